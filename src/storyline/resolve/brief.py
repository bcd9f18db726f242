"""Corpus-stage brief (not yet written: see the matching issue)."""

from __future__ import annotations

from .. import schema
from .corpus import Corpus


def summarise(corpus: Corpus) -> list[schema.BriefSentence]:
    return []

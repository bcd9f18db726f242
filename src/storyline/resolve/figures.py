"""Corpus-stage figures (not yet written: see the matching issue)."""

from __future__ import annotations

from .. import schema
from .corpus import Corpus


def collect(corpus: Corpus) -> list[schema.Figure]:
    return []

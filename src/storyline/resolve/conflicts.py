"""Corpus-stage conflicts (not yet written: see the matching issue)."""

from __future__ import annotations

from .. import schema
from .corpus import Corpus


def find(corpus: Corpus) -> list[schema.Conflict]:
    return []

"""Corpus-stage events (not yet written: see the matching issue)."""

from __future__ import annotations

from .. import schema
from .corpus import Corpus


def merge(corpus: Corpus) -> list[schema.Event]:
    return []

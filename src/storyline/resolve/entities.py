"""Merge entity mentions across documents (issue: entities). Not yet written."""

from __future__ import annotations

from .. import schema
from .corpus import Corpus


def resolve(corpus: Corpus) -> tuple[list[schema.Entity], dict[tuple[str, int], str]]:
    return [], {}

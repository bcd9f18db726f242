"""Publication dates of documents: metadata, else estimated (issue: time). Not yet written."""

from __future__ import annotations

from .. import schema
from .corpus import Corpus


def date_documents(corpus: Corpus) -> dict[str, schema.Published]:
    return {}

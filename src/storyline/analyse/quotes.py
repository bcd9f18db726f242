"""Per-document extraction of quotes (not yet written: see the matching issue)."""

from __future__ import annotations

from ..types import DocAnalysis, QuoteItem


def extract(sdoc, analysis: DocAnalysis) -> list[QuoteItem]:
    return []

"""Per-document extraction of figures (not yet written: see the matching issue)."""

from __future__ import annotations

from ..types import DocAnalysis, FigureItem


def extract(sdoc, analysis: DocAnalysis) -> list[FigureItem]:
    return []

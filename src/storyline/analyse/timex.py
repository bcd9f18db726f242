"""Per-document extraction of timex (not yet written: see the matching issue)."""

from __future__ import annotations

from ..types import DocAnalysis, Timex


def extract(sdoc, analysis: DocAnalysis) -> list[Timex]:
    return []

"""Per-document extraction of events (not yet written: see the matching issue)."""

from __future__ import annotations

from ..types import DocAnalysis, EventItem


def extract(sdoc, analysis: DocAnalysis) -> list[EventItem]:
    return []

"""Noise removal with an audit trail (placeholder: the real cleaner replaces this)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..schema import Heading, Removed


@dataclass
class Cleaned:
    """Cleaned text plus what was cut (with reasons and where) and what was learnt."""

    text: str
    removed: list[Removed] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None


def clean_text(text: str, title: str | None = None, links: list[str] | None = None) -> Cleaned:
    """Remove boilerplate blocks from article text; keep body sentences verbatim."""
    return Cleaned(text=text.strip(), title=title)

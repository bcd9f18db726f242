"""Article extraction from HTML pages with trafilatura (placeholder)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Extracted:
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    comments: str | None = None
    links: list[str] = field(default_factory=list)


def extract(html: str, url: str | None = None) -> Extracted:
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False) or ""
    return Extracted(text=text, url=url)

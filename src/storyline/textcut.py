"""Cutting an over-long text at a paragraph boundary.

Below both ingest (which cuts a record's text to --max-chars, ``ingest.limits``) and
clean (which cuts the text it extracted from a page), so neither imports the other.
"""

from __future__ import annotations


def cut_at_paragraph(text: str, limit: int) -> str:
    """The longest prefix of ``text`` not over ``limit`` that ends at a paragraph break."""
    if len(text) <= limit:
        return text
    for sep in ("\n\n", "\n", ". ", " "):
        pos = text.rfind(sep, 0, limit)
        if pos > limit // 2:
            return text[:pos]
    return text[:limit]


def cut_extracted(text: str, max_chars: int | None) -> tuple[str, str | None]:
    """Text extracted from a page, cut at ``max_chars`` at a paragraph boundary, and the warning."""
    if max_chars is None or len(text) <= max_chars:
        return text, None
    cut = cut_at_paragraph(text, max_chars)
    return cut, f"page text cut from {len(text)} to {len(cut)} characters at a paragraph boundary (--max-chars {max_chars})"

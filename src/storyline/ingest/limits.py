"""Documents above --max-chars are cut at a paragraph boundary (or refused with --strict)."""

from __future__ import annotations

from ..textcut import cut_at_paragraph
from ..types import Record

# The longest news articles (long reads, transcripts) run to tens of thousands of
# characters; 200,000 is several times that. A longer text is rarely one article (a
# scraped archive page, a book) and is cut at a paragraph boundary with a warning, or
# refused with --strict; --max-chars raises it. Whatever the limit, the per-document
# stage parses a long text in bounded pieces (pipeline.PIECE_CHARS), so its memory
# stays bounded too (bench/memory.py: peak RSS per document length).
DEFAULT_MAX_CHARS = 200_000
HTML_FACTOR = 20  # markup is much longer than its text: cut raw HTML only far above the limit


def limit_record(record: Record, max_chars: int, strict: bool = False) -> Record | str:
    """The record within the limit (with a warning when cut), or an error message."""
    if record.text is not None and len(record.text) > max_chars:
        if strict:
            return f"document has {len(record.text)} characters, over --max-chars {max_chars}"
        cut = cut_at_paragraph(record.text, max_chars)
        return record.model_copy(
            update={
                "text": cut,
                "warnings": record.warnings
                + [f"cut from {len(record.text)} to {len(cut)} characters at a paragraph boundary (--max-chars {max_chars})"],
            }
        )
    if record.html is not None and len(record.html) > max_chars * HTML_FACTOR:
        if strict:
            return f"HTML has {len(record.html)} characters, over {HTML_FACTOR} x --max-chars {max_chars}"
        cut = cut_at_paragraph(record.html, max_chars * HTML_FACTOR)
        return record.model_copy(
            update={
                "html": cut,
                "max_chars": max_chars,
                "warnings": record.warnings + [f"HTML cut from {len(record.html)} to {len(cut)} characters"],
            }
        )
    if record.html is not None and record.text is None and len(record.html) > max_chars:
        # the page may hold more text than the limit: clean_record cuts what it extracts
        return record.model_copy(update={"max_chars": max_chars})
    return record


# libxml2 (under lxml and trafilatura) stops building the tree at this depth and drops
# whatever is nested deeper, without an error
HTML_MAX_DEPTH = 255


def html_too_deep(html: str) -> bool:
    """True when the parsed page reaches the parser's depth limit (so content was dropped)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # unparsable: not a depth problem
        return False
    stack = [(root, 1)]  # iterative: a recursive walk is what deep pages break
    while stack:
        el, depth = stack.pop()
        if depth >= HTML_MAX_DEPTH:
            return True
        stack.extend((child, depth + 1) for child in el)
    return False

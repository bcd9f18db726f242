"""Cleaning: encoding repair, page extraction, noise removal with reasons, metadata.

``clean_record`` turns a raw ``Record`` into a ``schema.Document`` whose ``text`` is
final: every later offset points into it and nothing rewrites it.
"""

from __future__ import annotations

import hashlib
import unicodedata

from ..schema import Document, Published
from ..types import Record
from . import encoding, html, language, noise


def document_id(text: str) -> str:
    """A document's id derives from its cleaned content only."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def clean_record(record: Record) -> Document:
    warnings = list(record.warnings)
    title, authors, outlet, date = record.title, list(record.authors), record.outlet, record.date
    links: list[str] | None = None
    if record.html is not None and record.text is None:
        page = html.extract(record.html, url=record.url)
        raw = page.text
        title = title or page.title
        authors = authors or page.authors
        outlet = outlet or page.outlet
        date = date or page.date
        links = page.links
    else:
        raw = record.text or ""
    raw = unicodedata.normalize("NFC", encoding.repair(raw))
    cleaned = noise.clean_text(raw, title=title, links=links)
    text = cleaned.text
    published = Published()
    if date:
        published = Published(value=date, estimated=False, earliest=date, latest=date, source="metadata")
    return Document(
        id=document_id(text),
        sources=[record.source],
        title=title or cleaned.title,
        outlet=outlet or cleaned.outlet,
        authors=authors or cleaned.authors,
        language=language.detect(text),
        published=published,
        text=text,
        removed=cleaned.removed,
        headings=cleaned.headings,
        warnings=warnings,
    )

"""Article extraction from HTML pages with trafilatura.

trafilatura finds the main text (comments kept apart) and the metadata (title,
authors, date via htmldate, site name). Its XML body is turned into plain text here:
one paragraph per block (paragraph, heading, list item, quote, table row) separated
by blank lines, so the noise cleaner sees the paragraph structure. The anchor texts
inside the body are returned as ``links`` for the cleaner's link-density feature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .encoding import TYPOGRAPHIC_SPACES

# trafilatura's internal XML: containers whose children are blocks of their own.
_CONTAINERS = {"body", "div", "list", "quote", "table", "section", "main", "article"}
_SKIP = {"graphic", "fw", "note"}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0" + TYPOGRAPHIC_SPACES + "]+")


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
    settings: str | None = None  # why trafilatura's default settings were used, if they were
    language: str | None = None  # of the main text (ISO 639-1), detected once here


def _inline(el) -> str:
    """Text of an element with <lb/> as a line break."""
    parts = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag not in _SKIP:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _tidy(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _blocks(el) -> list[str]:
    out: list[str] = []
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _SKIP or not tag:
            continue
        if tag == "row":
            cells = [_tidy(_inline(c)).replace("\n", " ") for c in child]
            row = " ".join(c for c in cells if c)
            if row:
                out.append(row)
        elif tag in _CONTAINERS or (tag == "item" and any(c.tag in ("list", "p") for c in child)):
            if (child.text or "").strip():
                out.append(_tidy(child.text))
            out.extend(_blocks(child))
        else:
            text = _tidy(_inline(child))
            if text:
                out.append(text)
        if tag in _CONTAINERS and (child.tail or "").strip():
            out.append(_tidy(child.tail))
    return out


def body_text(body) -> str:
    """Plain text of a trafilatura XML body: blocks separated by blank lines."""
    if body is None:
        return ""
    return "\n\n".join(b for b in _blocks(body) if b)


# og:type values of article pages; a page that declares another type (a home page or
# listing, "website"; a video, a product, a profile) is not an article.
_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportage", "news", "blog", "analysisnewsarticle", "opinionnewsarticle"}


def _cleaner_blind(doc, lang: str | None) -> str | None:
    """Why the noise cleaner cannot help on this page, or None when it can.

    The cleaner's lexicons (captions, promos, comment furniture, datelines) are English
    and written for articles: on a page in another language, or a page that says it is
    not an article, it recognises little, so recall-oriented extraction (which leaves
    the cleaning to it) keeps noise. There trafilatura's own default balance is used.
    ``lang``: the language of the page's main text."""
    if lang and lang != "en":
        return f"page not in English ({lang})"
    kind = (doc.pagetype or "").strip().lower()
    if kind and kind not in _ARTICLE_TYPES:
        return f"page declares itself not an article (og:type {kind})"
    return None


def extract(html: str, url: str | None = None) -> Extracted:
    """Main text, comments (apart), metadata and anchor texts of an HTML page.

    Extraction favours recall (the cleaner removes the rest), except on pages where the
    cleaner cannot help (see _cleaner_blind): there trafilatura's default settings are
    used and the choice is returned in ``settings``."""
    import trafilatura

    opts: dict[str, Any] = dict(url=url, with_metadata=True, include_comments=True, include_links=True, include_tables=True, include_formatting=False)
    doc = trafilatura.bare_extraction(html, favor_recall=True, **opts)
    if doc is None:
        return Extracted(text="", url=url)
    assert not isinstance(doc, dict)  # a dict only with as_dict=True
    from . import language

    settings = None
    # the language is detected once, here, and kept for the document (clean_record)
    lang = language.detect(doc.text or "")
    why = _cleaner_blind(doc, lang)
    if why:
        plain = trafilatura.bare_extraction(html, **opts)
        if plain is not None and not isinstance(plain, dict) and (plain.text or "").strip():
            doc = plain
            settings = f"extraction: trafilatura's default settings rather than favor_recall ({why})"
    text = body_text(doc.body)
    if not text and doc.text:
        text = doc.text
    comments = body_text(doc.commentsbody) if getattr(doc, "commentsbody", None) is not None else None
    links = [_tidy(r.text_content() if hasattr(r, "text_content") else "".join(r.itertext())) for r in doc.body.iter("ref")] if doc.body is not None else []
    authors = [a.strip() for a in re.split(r";|\band\b", doc.author or "") if a.strip()]
    return Extracted(
        text=text,
        title=doc.title or None,
        authors=authors,
        date=doc.date or None,
        outlet=doc.sitename or doc.hostname or None,
        url=doc.url or url,
        comments=comments or doc.comments or None,
        links=[x for x in links if x],
        settings=settings,
        language=lang,
    )

"""Cleaning: encoding repair, page extraction, noise removal with reasons, metadata.

``clean_record`` turns a raw ``Record`` into a ``schema.Document`` whose ``text`` is
final: every later offset points into it and nothing rewrites it.
"""

from __future__ import annotations

import datetime
import hashlib
import re

from ..schema import Dateline, Document, Published, Removed
from ..textcut import cut_extracted
from ..types import Record
from . import encoding, html, language, noise, ptb


def document_id(text: str) -> str:
    """A document's id derives from its cleaned content only."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def normalise_date(value: str | None) -> str | None:
    """A metadata date as YYYY[-MM[-DD]] at the precision given, or None if unreadable."""
    if not value or not value.strip():
        return None
    m = _ISO.match(value)
    if m and (len(value.strip()) == 4 or (len(value.strip()) > 4 and value.strip()[4] == "-")):
        y, mo, d = m.groups()
        try:
            if d:
                return datetime.date(int(y), int(mo), int(d)).isoformat()
            if mo and 1 <= int(mo) <= 12:
                return f"{int(y):04d}-{int(mo):02d}"
            return f"{int(y):04d}" if not mo else None
        except ValueError:
            return None
    import dateparser

    parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None


def text_of(raw: str, found) -> str:
    return " ".join(raw[found.start:found.end].split())


# A date in a URL path: /2011/04/15/ or /2011-04-15 or /20110415/ (a year alone says little).
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/_-]?([01]\d)[/_-]?([0-3]\d)(?=[/_.-]|$)|/((?:19|20)\d\d)/([01]\d)/")


def url_date(url: str) -> Published | None:
    """The publication date a URL path states (year-month-day, or year-month), if any."""
    m = _URL_DATE.search(url.split("?")[0])
    if not m:
        return None
    try:
        if m.group(1):
            value = first = last = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        else:
            y, mo = int(m.group(4)), int(m.group(5))
            value = f"{y:04d}-{mo:02d}"
            first = datetime.date(y, mo, 1).isoformat()
            last = (datetime.date(y + mo // 12, mo % 12 + 1, 1) - datetime.timedelta(days=1)).isoformat()
    except ValueError:
        return None
    return Published(value=value, estimated=False, earliest=first, latest=last, source="url", note=f"stated by the URL {url}")


# the first hour of a day at which a page's last-updated stamp is taken as its publication
# day (``clean_record``): an update in the small hours often follows a story of the day before
_UPDATE_DAY_FROM_HOUR = 4


def _same_day_update(time: str | None) -> bool:
    """Is a last-updated stamp's clock time ("07:41") past the small hours of its day?"""
    hit = re.match(r"(\d{1,2})[:.]\d{2}", time or "")
    return hit is not None and int(hit.group(1)) >= _UPDATE_DAY_FROM_HOUR


# why clean.html._read_markup dropped an element, by the kind it returns
_DROPPED_REASONS = {
    "card": "card: a pop-up card's text inside a paragraph (the page's markup), dropped before extraction",
    "alt_caption": "caption: a picture's caption (the element right under the picture prints its alt text), dropped before extraction",
    "own_post": "promo: a post by the site's own account (its <meta> twitter:site) embedded in the page, dropped before extraction",
    "caption": "caption: a picture's caption (the page's markup: a caption's class or <figcaption>), dropped before extraction",
    "standfirst": "standfirst: the page's summary set as a subheading under its headline (its <meta> description states it), "
                  "dropped before extraction",
    "headline": "headline: the page's <h1> headline, which its <meta> title (og: or twitter:) states, dropped before extraction",
}


def clean_record(record: Record) -> Document:
    warnings = list(record.warnings)
    title, authors, outlet, date = record.title, list(record.authors), record.outlet, record.date
    links: list[str] | None = None
    comments: str | None = None
    page_language: str | None = None
    dropped: list[tuple[str, str]] = []
    posts: list[str] = []
    date_note: str | None = None
    if record.html is not None and record.text is None:
        page = html.extract(record.html, url=record.url)
        raw = page.text
        title = title or page.title
        authors = authors or page.authors
        outlet = outlet or page.outlet
        date_note = None if date else page.date_note
        date = date or page.date
        links = page.links
        comments = page.comments
        page_language = page.language
        dropped = page.dropped
        posts = page.posts
        if page.settings:
            warnings.append(page.settings)
        raw, cut = cut_extracted(raw, record.max_chars)  # (a plain text was cut before it got here)
        if cut:
            warnings.append(cut)
    else:
        raw = record.text or ""
    raw = encoding.plain_spaces(encoding.compose_and_repair(raw))
    # Penn Treebank tokenised copy (TLS corpora) typeset once, here, so the cleaner and
    # every later step read it as they read the same article typeset (clean.ptb)
    if ptb.looks_tokenised(raw):
        raw = ptb.detokenise(raw)
        warnings.append("Penn Treebank tokenised text typeset again (brackets, quote marks, spaced punctuation "
                        "and clitics joined; a line to a paragraph)")
    elif (typeset := ptb.typeset_doubled_marks(raw)) is not None:
        raw = typeset  # ''...'' quotation marks read as '"' by every later rule (clean.ptb)
        warnings.append("doubled apostrophes read as double quotation marks")
    cleaned = noise.clean_text(raw, title=title, links=links, posts=posts)
    text = cleaned.text
    removed = list(cleaned.removed)
    for kind, words in dropped:
        # what the page's markup named and extraction never saw (clean.html._read_markup)
        removed.append(Removed(text=words, reason=_DROPPED_REASONS[kind], at=len(text)))
    if comments and comments.strip():
        # reader comments the page extractor set apart: audited like any cut block
        removed.append(Removed(text=comments, reason="comments: reader comments set apart by the page extractor", at=len(text)))
    published = Published()
    raw_date, date = date, normalise_date(date)
    if raw_date and not date:
        warnings.append(f"unreadable date {raw_date!r} ignored")
    found = cleaned.dateline
    line = None
    if found is not None:
        line = Dateline(place=found.place, date=found.date, time=found.time, zone=found.zone, agency=found.agency,
                        evidence=text_of(raw, found))
        if found.weekday_mismatch:
            warnings.append(f"dateline {line.evidence!r}: its weekday does not match its date; date ignored")
    if date:
        published = Published(value=date, estimated=False, earliest=date, latest=date, source="metadata",
                              note=date_note)
        if line is not None and line.date and len(line.date) == 10 and not line.date.startswith("-") and line.date != date[:10] and len(date) == 10:
            warnings.append(f"dateline date {line.date} differs from the metadata date {date}; metadata kept")
    elif line is not None and line.date and not line.date.startswith("-"):
        updated = found is not None and found.updated
        if found is not None and found.listed:
            # one of a list of posts' stamps (a blog's front page): no day of the page's own
            # (round thirty-two: the one such dev text was dated seven weeks after its day)
            warnings.append(f"dateline {line.evidence!r}: one of a list of stamps of other days; no date taken")
        elif updated and not (len(line.date) == 10 and _same_day_update(line.time)):
            # a last-updated stamp of the small hours (or of no time) bounds the publication
            # day from above; the content estimate (resolve.dating) may bound it from below
            # (round thirty-two: on the dev texts one BBC page stamped 01:53 was updated the
            # day after its publication)
            published = Published(value=None, estimated=False, latest=line.date, source="dateline",
                                  note=f"no later than {line.date}: the dateline '{line.evidence}' says when the page was last updated")
        else:
            # a stated day; a page last updated after the small hours is dated to that day as
            # its stamp states it (all 18 such BBC/CNN stamps of the dev texts fell on the
            # publication day, round thirty-two)
            note = (f"the day the dateline '{line.evidence}' says the page was last updated, taken as its "
                    "publication day (a page updated in the small hours is not)" if updated
                    else f"stated by the dateline '{line.evidence}'")
            published = Published(value=line.date, estimated=False, earliest=line.date, latest=line.date, source="dateline",
                                  note=note)
    elif record.url:
        published = url_date(record.url) or published
    # an English text's negative contractions whose apostrophe the page lost ("I don t
    # think"): put back after the cuts (length for length: no offset moves), so the parse
    # reads the negation; recorded as a repair
    lang = page_language or language.detect(text)
    if lang == "en":
        text, restored = encoding.restore_apostrophes(text)
        if restored:
            warnings.append(f"apostrophe restored in {restored} negative contraction(s) the text printed without one "
                            "(\"don t\" -> \"don't\")")
    return Document(
        id=document_id(text),
        sources=[record.source],
        title=title or cleaned.title,
        outlet=outlet or cleaned.outlet,
        authors=authors or cleaned.authors,
        # an HTML page's language was detected by the extractor on its main text; a
        # plain text's is detected here
        language=lang,
        published=published,
        text=text,
        removed=removed,
        headings=cleaned.headings,
        dateline=line,
        warnings=warnings,
    )

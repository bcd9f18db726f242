"""timeline.svg: a static picture of the timeline for story.md.

A vertical timeline read top to bottom: each dated event is a row (date, a dot sized by
how many articles report it, its summary, its sources), and each article's publication
date is a row of its own (a triangle, hollow when the date is estimated), all in date
order, with the year marked where it changes. Plain SVG 1.1 with no script, no
external reference, every piece of text escaped.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from .. import schema
from .text import clip as _clip

MAX_EVENTS = 40
MAX_DOCS = 30
ROW = 30
WIDTH = 980
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def sort_key(value: str | None) -> tuple | None:
    """(year, month, day) of a YYYY[-MM[-DD]] value (0 where absent), None when undated."""
    m = _DATE.match(value or "")
    if not m:
        return None
    return tuple(int(g) if g else 0 for g in m.groups())


def rows(story: schema.Story) -> tuple[list[dict], int, int]:
    """The rows drawn, in date order, and how many events and articles were left out."""
    doc_no = {d.id: i + 1 for i, d in enumerate(story.documents)}
    dated = [e for e in story.events if sort_key(e.date.value)]
    # keep the events most sources report when there are too many to draw
    keep = sorted(dated, key=lambda e: (-len({m.doc for m in e.mentions}), sort_key(e.date.value), e.id))[:MAX_EVENTS]
    out: list[dict] = []
    for e in keep:
        docs = sorted({doc_no.get(m.doc, 0) for m in e.mentions})
        out.append({"kind": "event", "date": e.date.value, "key": sort_key(e.date.value), "text": e.summary, "sources": docs})
    pubs = [d for d in story.documents if sort_key(d.published.value)]
    for d in pubs[:MAX_DOCS]:
        label = d.title or d.outlet or (d.sources[0] if d.sources else d.id)
        out.append({
            "kind": "published", "date": d.published.value, "key": sort_key(d.published.value),
            "text": f"Article #{doc_no[d.id]} published: {label}", "estimated": d.published.estimated, "sources": [doc_no[d.id]],
        })
    out.sort(key=lambda r: (r["key"], r["kind"] != "published", r["text"]))
    return out, len(dated) - len(keep), max(0, len(pubs) - MAX_DOCS)


def render(story: schema.Story) -> str:
    items, more_events, more_docs = rows(story)
    x_line, x_date, x_text = 150, 20, 176
    top = 56
    height = top + ROW * max(1, len(items)) + 50
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
        'font-family="Helvetica, Arial, sans-serif" font-size="14">',
        "<title>Timeline: events by date, sources per event, publication dates of the articles</title>",
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
        f'<text x="{x_date}" y="30" font-size="18" font-weight="bold" fill="#1d232b">Timeline</text>',
        f'<text x="{x_text}" y="30" font-size="12" fill="#5f6b7a">'
        + escape("● event (area: number of articles reporting it)   ▲ article published (hollow: estimated date)")
        + "</text>",
    ]
    if not items:
        parts.append(f'<text x="{x_text}" y="{top + 18}" fill="#5f6b7a">No dated events or publication dates.</text>')
    else:
        parts.append(
            f'<line x1="{x_line}" y1="{top}" x2="{x_line}" y2="{top + ROW * len(items)}" stroke="#c4ccd6" stroke-width="2"/>'
        )
    year = None
    for i, r in enumerate(items):
        y = top + ROW * i + ROW // 2
        if r["key"][0] != year:
            year = r["key"][0]
            parts.append(f'<line x1="{x_date}" y1="{y - ROW // 2}" x2="{WIDTH - 20}" y2="{y - ROW // 2}" stroke="#eef1f4"/>')
        parts.append(f'<text x="{x_date}" y="{y + 5}" fill="#1f5fbf" font-weight="bold">{escape(r["date"])}</text>')
        if r["kind"] == "event":
            n = len(r["sources"])
            radius = 5 + 2 * min(n - 1, 4)
            fill = "#e07b39" if n > 1 else "#5b8fd8"
            parts.append(f'<circle cx="{x_line}" cy="{y}" r="{radius}" fill="{fill}" stroke="#ffffff" stroke-width="1.5"/>')
            src = "sources " + ", ".join(f"#{s}" for s in r["sources"])
            parts.append(f'<text x="{x_text}" y="{y + 5}" fill="#1d232b">{escape(_clip(r["text"], 92))}'
                         f'<tspan fill="#5f6b7a" font-size="12">  {escape(src)}</tspan></text>')
        else:
            fill = "#ffffff" if r.get("estimated") else "#2f9a4c"
            parts.append(f'<path d="M{x_line} {y - 7} l7 12 l-14 0 z" fill="{fill}" stroke="#2f9a4c" stroke-width="1.5"/>')
            label = _clip(r["text"], 100) + (" (estimated)" if r.get("estimated") else "")
            parts.append(f'<text x="{x_text}" y="{y + 5}" fill="#2f6b3f" font-style="italic">{escape(label)}</text>')
    notes = []
    if more_events:
        notes.append(f"{more_events} more dated events")
    if more_docs:
        notes.append(f"{more_docs} more articles")
    undated = sum(1 for e in story.events if not sort_key(e.date.value))
    if undated:
        notes.append(f"{undated} undated events")
    if notes:
        parts.append(
            f'<text x="{x_text}" y="{height - 18}" fill="#5f6b7a" font-size="12">'
            + escape("Not drawn: " + ", ".join(notes) + " (see story.md and story.json).")
            + "</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


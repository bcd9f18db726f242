"""The story's dated events in the TimelineJS3 JSON format (docs/timelinejs.schema.json).

One slide per dated event: ``start_date`` at the event's granularity (a year stays a
year: no month or day is invented), the summary as headline and text, the sources it
was read in as links (a source that is a URL) or names, and a ``group`` row per main
actor (``group="actor"``) or one row for the story (``group="story"``). An undated
event is left out rather than placed at the date it was first reported (that is not
when it happened); the title slide says how many were left out.

TimelineJS renders ``text`` as HTML: every article string is escaped here.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from .. import schema
from .files import write_atomic
from .text import clip

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_URL = re.compile(r"^https?://", re.IGNORECASE)
HEADLINE = 90  # characters of the summary in the headline


def date_object(value: str | None) -> dict | None:
    """A TimelineJS date from YYYY, YYYY-MM or YYYY-MM-DD (a longer value, e.g. a week or
    season, keeps its year and shows as written); None when it holds no year."""
    m = _DATE.match(value or "")
    if not m:
        return None
    out: dict = {"year": int(m.group(1))}
    if m.group(2) and 1 <= int(m.group(2)) <= 12:
        out["month"] = int(m.group(2))
        if m.group(3) and 1 <= int(m.group(3)) <= 31:
            out["day"] = int(m.group(3))
    if (
        value != m.group(0)
        or (m.group(2) and "month" not in out)
        or (m.group(3) and "day" not in out)
    ):
        out["display_date"] = value
    return out


def _clip(text: str, n: int = HEADLINE) -> str:
    return clip(text, n, words=True)


def _source_html(doc: schema.Document) -> str:
    label = doc.title or doc.outlet or (doc.sources[0] if doc.sources else doc.id)
    url = next((s for s in doc.sources if _URL.match(s)), None)
    label = html.escape(label, quote=False)
    if url:
        return f'<a href="{html.escape(url, quote=True)}">{label}</a>'
    return label


def timeline(story: schema.Story, group: str = "actor") -> dict:
    """The TimelineJS3 data object of ``story`` (``group``: "actor", "story" or "none")."""
    if group not in ("actor", "story", "none"):
        raise ValueError(f"group must be actor, story or none, not {group!r}")
    docs = {d.id: d for d in story.documents}
    names = {e.id: e.name for e in story.entities}
    events, undated = [], 0
    for ev in story.events:
        start = date_object(ev.date.value)
        if start is None:
            undated += 1
            continue
        seen, sources = set(), []
        for m in ev.mentions:
            if m.doc in docs and m.doc not in seen:
                seen.add(m.doc)
                sources.append(_source_html(docs[m.doc]))
        text = f"<p>{html.escape(ev.summary, quote=False)}</p>"
        if sources:
            text += (
                "<p>Source"
                + ("s" if len(sources) > 1 else "")
                + ": "
                + "; ".join(sources)
                + "</p>"
            )
        slide: dict = {
            "start_date": start,
            "text": {
                "headline": html.escape(_clip(ev.summary), quote=False),
                "text": text,
            },
            "unique_id": ev.id,
        }
        if group == "story":
            slide["group"] = "Story"
        elif group == "actor":
            actor = next((names.get(a, a) for a in ev.actors if a), None)
            slide["group"] = actor or "Story"
        events.append(slide)
    dated = len(events)
    note = f"{dated} dated event{'s' if dated != 1 else ''} from {len(story.documents)} article{'s' if len(story.documents) != 1 else ''}"
    if undated:
        note += f"; {undated} undated event{'s' if undated != 1 else ''} not shown"
    names_top = [
        e.name for e in sorted(story.entities, key=lambda e: -len(e.mentions))[:3]
    ]
    headline = " · ".join(names_top) if names_top else "Story"
    return {
        "title": {
            "text": {
                "headline": html.escape(headline, quote=False),
                "text": f"<p>{html.escape(note)}</p>",
            }
        },
        "events": events,
    }


def write(story: schema.Story, path: Path, group: str = "actor") -> Path:
    return write_atomic(
        Path(path),
        json.dumps(timeline(story, group), ensure_ascii=False, indent=1) + "\n",
    )

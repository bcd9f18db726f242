"""The stories of the pile in the web app (issue 21): list them, open each one.

An add job runs the CLI's corpus stage per story (``storybuild.corpus_stage``), which
keeps every story in the store (``stories``) and their list and cross-story entity index
in ``story_index``; these routes only read them. The main story (the largest, with the
documents left out of it) stays at ``/report`` and ``/api/story``.

- ``GET /api/stories``: every story (id, label, size, dates, top entities), the main
  one first, and the documents that matched no story (off-topic);
- ``GET /api/stories/{id}``: a story's story.json;
- ``GET /stories/{id}/report`` (or ``report.html``, as the main report links it): its
  report.html (the main story's is ``/report``);
- ``GET /api/people``: people and organisations linked across stories by name.
"""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from ... import schema
from .. import report as a_report
from ..queries import StoreView
from .deps import AppSettings, View

STORY_ID = r"^s-[0-9a-f]{10}$"
StoryId = Annotated[str, Path(pattern=STORY_ID, description="a story id, as /api/stories lists")]


class StorySummary(BaseModel):
    id: str = Field(description="the story's id (its folder name under OUT/stories/ in a build)")
    label: str = Field(description="its top entities and terms")
    size: int = Field(description="documents in it")
    span: list[str | None] = Field(description="first and last publication date")
    top_entities: list[str]
    terms: list[str] = []
    main: bool = Field(description="the pile's main story (the largest): /report and /api/story")
    report: str = Field(description="path of its report page")


class StoryList(BaseModel):
    stories: list[StorySummary]
    off_topic: list[schema.OffTopic] = Field(description="documents that matched no story (left out of every story)")


class StoryLink(BaseModel):
    story: str
    entity: str = Field(description="the entity's id in that story")


class Person(BaseModel):
    name: str
    type: str
    key: str = Field(description="the name key that links it across stories")
    stories: list[StoryLink]


def _index(view: StoreView, name: str) -> list:
    row = view.db.execute("SELECT json FROM story_index WHERE name=?", (name,)).fetchone()
    return json.loads(row[0]) if row else []


router = r = APIRouter()


@r.get("/api/stories", response_model=StoryList, tags=["stories"])
def list_stories(view: View):
    """The stories the stored pile splits into, the main (largest) one first, and the off-topic documents."""
    listed = _index(view, "stories")
    main = view.story()
    rows = [StorySummary(**{k: s[k] for k in ("id", "label", "size", "span", "top_entities", "terms")}, main=n == 0,
                         report="/report" if n == 0 else f"/stories/{s['id']}/report")
            for n, s in enumerate(listed)]
    strays = [o for o in (main.off_topic if main else []) if o.story is None]
    return StoryList(stories=rows, off_topic=strays)

def row(view: StoreView, story_id: str) -> tuple[str, float]:
    got = view.db.execute("SELECT json, built FROM stories WHERE id=?", (story_id,)).fetchone()
    if got is None:
        raise HTTPException(404, "no such story")
    return got[0], got[1]

@r.get("/api/stories/{story_id}", response_model=schema.Story, tags=["stories"],
       responses={404: {"description": "no such story"}})
def get_one(story_id: StoryId, view: View):
    """A story's story.json (the main story with its off-topic list is /api/story)."""
    return Response(row(view, story_id)[0], media_type="application/json")

# report.html's list of left-out documents links "stories/<id>/report.html" (as in OUT/)
@r.get("/stories/{story_id}/report.html", response_class=HTMLResponse, include_in_schema=False)
@r.get("/stories/{story_id}/report", response_class=HTMLResponse, include_in_schema=False)
def report_page(story_id: StoryId, view: View, settings: AppSettings):
    listed = _index(view, "stories")
    if listed and listed[0]["id"] == story_id:
        return RedirectResponse("/report", status_code=303)
    raw, _built = row(view, story_id)
    # rendered on each request, not cached: a pile may hold thousands of stories; its
    # network from the store's sentences of its documents, as the CLI's report.html
    return HTMLResponse(a_report.render(schema.Story.model_validate_json(raw), settings.store_path))

@r.get("/api/people", response_model=list[Person], tags=["stories"])
def people(
    view: View,
    q: Annotated[str | None, Query(max_length=200, description="part of a name (case-insensitive)")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
):
    """People and organisations linked across stories by their whole name (a name-key pass, not the
    resolver), those in most stories first: every story a person appears in."""
    needle = (q or "").casefold()
    hits = [e for e in _index(view, "entities") if not needle or needle in e["key"] or needle in e["name"].casefold()]
    return hits[:limit]


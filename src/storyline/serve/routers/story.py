"""The story as JSON: story.json, counts, the entity list."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response

from ... import schema
from .. import models as m
from .deps import JobQueue, View

router = APIRouter(prefix="/api", tags=["story"])


@router.get("/story", response_model=schema.Story, responses={404: {"description": "no story built yet"}})
def get_story(view: View):
    """The last built story.json."""
    raw = view.story_json()
    if raw is None:
        raise HTTPException(404, "no story built yet")
    return Response(raw[0], media_type="application/json")


@router.get("/stats", response_model=m.Stats)
def stats(view: View, jobs: JobQueue):
    """Counts of what the store and its story hold, and whether an add job is running."""
    story = view.story()
    n, _ = view.sentence_state()
    return m.Stats(
        documents=view.count_documents(), sentences=n,
        entities=len(story.entities) if story else 0, events=len(story.events) if story else 0,
        quotes=len(story.quotes) if story else 0, figures=len(story.figures) if story else 0,
        story_built=view.story_built(), busy=jobs.busy(),
    )


@router.get("/entities", response_model=list[m.EntitySummary])
def entities(view: View):
    """The story's entities (no mentions), most mentioned first: names for the entity filter."""
    story = view.story()
    if story is None:
        return []
    rows = [m.EntitySummary(id=e.id, name=e.name, type=e.type, aliases=e.aliases, mentions=len(e.mentions),
                            documents=len({x.doc for x in e.mentions})) for e in story.entities]
    return sorted(rows, key=lambda e: (-e.mentions, e.name))

"""HTML pages: ``/`` (search, ask and add above the report), ``/report``, ``/doc/{id}``, packaged static files."""

from __future__ import annotations

import html
from importlib import resources
from string import Template

from fastapi import APIRouter, HTTPException
from fastapi.responses import HTMLResponse, Response

from .. import report as a_report
from .deps import AppSettings, View

STATIC = {  # URL name -> (packaged file, media type)
    "app.js": ("static/app.js", "text/javascript; charset=utf-8"),
    "app.css": ("static/app.css", "text/css; charset=utf-8"),
    "doc.js": ("static/doc.js", "text/javascript; charset=utf-8"),
}

router = APIRouter(include_in_schema=False)


def asset(name: str) -> str:
    return resources.files("storyline.serve").joinpath(name).read_text(encoding="utf-8")


@router.get("/", response_class=HTMLResponse)
def index_page():
    return HTMLResponse(asset("templates/index.html"))


@router.get("/report", response_class=HTMLResponse)
def report_page(view: View, settings: AppSettings):
    built = view.story_built()
    page = None if built is None else a_report.cached(str(settings.store_path), built, view.story)
    return HTMLResponse(asset("templates/empty.html") if page is None else page)


@router.get("/doc/{doc_id}", response_class=HTMLResponse)
def doc_page(doc_id: str, view: View, start: int | None = None, end: int | None = None):
    doc = view.document(doc_id)
    if doc is None:
        raise HTTPException(404, "no such document")
    text = doc.text
    if start is not None and end is not None and 0 <= start <= end <= len(text):
        body = (
            html.escape(text[:start])
            + f'<mark id="hit" data-start="{start}" data-end="{end}">'
            + html.escape(text[start:end]) + "</mark>"
            + html.escape(text[end:])
        )
    else:
        body = html.escape(text)
    meta = " · ".join(x for x in (doc.outlet, doc.published.value, ", ".join(doc.sources)) if x)
    page = Template(asset("templates/doc.html")).substitute(
        title=html.escape(doc.title or doc.id), meta=html.escape(meta),
        doc_id=html.escape(doc.id), body=body,
    )
    return HTMLResponse(page)


@router.get("/static/{name}")
def static(name: str):
    if name not in STATIC:
        raise HTTPException(404, "not found")
    path, media = STATIC[name]
    return Response(asset(path), media_type=media, headers={"cache-control": "no-cache"})

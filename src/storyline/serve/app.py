"""The web app over one store: the report's views, search, ask, add; JSON API under /api/.

Pages: ``/`` (search, ask and add above the report), ``/report`` (report.html of
the stored main story), ``/stories/{id}/report`` (another story's, ``serve/stories.py``),
``/doc/{id}?start=&end=`` (a document with a span marked).
Every piece of article text in a page is escaped (server side with
``html.escape``, in the browser with ``textContent``); static files are a fixed
list of packaged names, never a path from the request.
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import os
import threading
from importlib import resources
from pathlib import Path
from string import Template
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from .. import schema
from . import ask as a_ask
from . import models as m
from . import report as a_report
from . import search as a_search
from . import stories as a_stories
from . import uploads
from .jobs import Job, Jobs
from .queries import DocMeta, StoreView
from .security import BodyLimit, Guard, SecurityHeaders

DEFAULT_MAX_UPLOAD = 10 * 1024 * 1024
STATIC = {  # URL name -> (packaged file, media type)
    "app.js": ("static/app.js", "text/javascript; charset=utf-8"),
    "app.css": ("static/app.css", "text/css; charset=utf-8"),
    "doc.js": ("static/doc.js", "text/javascript; charset=utf-8"),
}
DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
_PASTED = {"type": "string", "minLength": 1, "pattern": r"\S", "description": "pasted article text"}
_META = {k: {"type": "string"} for k in ("title", "outlet", "date", "url")}
ADD_BODY = {
    "required": True,
    "description": "Files and/or pasted text. A file is read by its extension (.txt, .html/.htm, .jsonl); "
                   "one of another type, or empty, is refused (400) when nothing else in the request is readable.",
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "files": {"type": "array", "minItems": 1, "items": {"type": "string", "format": "binary"},
                              "description": ".txt, .html/.htm or .jsonl files"},
                    "text": _PASTED, **_META,
                },
                "anyOf": [{"required": ["files"]}, {"required": ["text"]}],
            }
        },
        "application/json": {
            "schema": {"type": "object", "properties": {"text": _PASTED, **_META}, "required": ["text"]}
        },
    },
}
TEXT_FIELDS = ("text", "title", "outlet", "date", "url")


def _asset(name: str) -> str:
    return resources.files("storyline.serve").joinpath(name).read_text(encoding="utf-8")


def _summary(meta: DocMeta | None) -> m.DocumentSummary | None:
    if meta is None:
        return None
    return m.DocumentSummary(id=meta.id, title=meta.title, outlet=meta.outlet, published=meta.published,
                             length=meta.length, source=meta.source)


def _job_status(job: Job) -> m.JobStatus:
    return m.JobStatus(**job.view())


def _filters(
    entity: Annotated[str | None, Query(max_length=200, description="story entity id, name or alias")] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    date_from: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
    date_to: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
) -> a_search.Filters:
    """The filters search and ask share, as query parameters."""
    return a_search.Filters(entity=entity, outlet=outlet, date_from=date_from, date_to=date_to)


def create_app(  # noqa: C901 -- over the limit before the gate; split into routers by concern (issue 15, item 5)
    store_path: Path, token: str | None = None, max_upload_bytes: int | None = None, story_options: dict | None = None,
) -> FastAPI:
    """The app over the store at ``store_path`` (created when missing).

    ``token``: required on every request when given. ``max_upload_bytes``: request
    body limit (default env STORYLINE_MAX_UPLOAD or 10 MB). ``story_options``:
    options of the corpus stage when an add rebuilds the story.
    """
    store_path = Path(store_path)
    limit = max_upload_bytes or int(os.environ.get("STORYLINE_MAX_UPLOAD", DEFAULT_MAX_UPLOAD))
    view = StoreView(store_path)
    index = a_search.SemanticIndex(view, store_path)
    jobs = Jobs(store_path, threading.Lock(), on_change=index.refresh,
                options=story_options or {})

    def warm() -> None:  # embed what the cache lacks before the first semantic query asks
        try:
            index.refresh()
        except Exception:  # the first query will retry, and report
            logging.getLogger("storyline.serve").exception("warming the semantic index failed")

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        threading.Thread(target=warm, name="storyline-warm", daemon=True).start()
        yield
        jobs.stop()

    app = FastAPI(
        lifespan=lifespan,
        title="storyline",
        description="Search, ask and grow a sourced story. Every result cites a document span.",
        version=schema.SCHEMA_VERSION,
        docs_url=None, redoc_url=None,  # their pages load scripts from the network; /openapi.json stays
    )
    app.state.view, app.state.index, app.state.jobs = view, index, jobs
    app.add_middleware(BodyLimit, limit=limit)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(Guard, token=token)

    app.include_router(a_stories.router(view))  # the pile's stories (issue 21)

    def metas() -> dict[str, DocMeta]:
        return view.doc_metas()

    # -- pages ---------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index_page():
        return HTMLResponse(_asset("templates/index.html"))

    @app.get("/report", response_class=HTMLResponse, include_in_schema=False)
    def report_page():
        built = view.story_built()
        if built is None:
            return HTMLResponse(_asset("templates/empty.html"))
        page = a_report.cached(str(store_path), built, view.story)
        if page is None:
            return HTMLResponse(_asset("templates/no-report.html"))
        return HTMLResponse(page)

    @app.get("/doc/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def doc_page(doc_id: str, start: int | None = None, end: int | None = None):
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
        page = Template(_asset("templates/doc.html")).substitute(
            title=html.escape(doc.title or doc.id), meta=html.escape(meta),
            doc_id=html.escape(doc.id), body=body,
        )
        return HTMLResponse(page)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str):
        if name not in STATIC:
            raise HTTPException(404, "not found")
        path, media = STATIC[name]
        return Response(_asset(path), media_type=media, headers={"cache-control": "no-cache"})

    # -- API -----------------------------------------------------------------
    @app.get("/api/story", response_model=schema.Story, tags=["story"],
             responses={404: {"description": "no story built yet"}})
    def get_story():
        """The last built story.json."""
        raw = view.story_json()
        if raw is None:
            raise HTTPException(404, "no story built yet")
        return Response(raw[0], media_type="application/json")

    @app.get("/api/stats", response_model=m.Stats, tags=["story"])
    def stats():
        """Counts of what the store and its story hold, and whether an add job is running."""
        story = view.story()
        n, _ = view.sentence_state()
        return m.Stats(
            documents=view.count_documents(), sentences=n,
            entities=len(story.entities) if story else 0, events=len(story.events) if story else 0,
            quotes=len(story.quotes) if story else 0, figures=len(story.figures) if story else 0,
            story_built=view.story_built(), busy=jobs.busy(),
        )

    @app.get("/api/entities", response_model=list[m.EntitySummary], tags=["story"])
    def entities():
        """The story's entities (no mentions), most mentioned first: names for the entity filter."""
        story = view.story()
        if story is None:
            return []
        rows = [m.EntitySummary(id=e.id, name=e.name, type=e.type, aliases=e.aliases, mentions=len(e.mentions),
                                documents=len({x.doc for x in e.mentions})) for e in story.entities]
        return sorted(rows, key=lambda e: (-e.mentions, e.name))

    @app.get("/api/documents", response_model=list[m.DocumentSummary], tags=["documents"])
    def documents():
        """Every stored document (no text)."""
        return [_summary(x) for x in metas().values()]

    @app.get("/api/documents/{doc_id}", response_model=m.DocumentDetail, tags=["documents"],
             responses={404: {"description": "no such document"}})
    def document(doc_id: str):
        """A document with its cleaned text and sentence spans."""
        doc = view.document(doc_id)
        if doc is None:
            raise HTTPException(404, "no such document")
        return m.DocumentDetail(
            document=doc, sentences=[m.SentenceSpan(start=a, end=b) for a, b in view.doc_sentences(doc_id)]
        )

    @app.get("/api/search", response_model=m.SearchResponse, tags=["search"])
    def search(
        q: Annotated[str, Query(min_length=1, max_length=500, description="words or a sentence")],
        filters: Annotated[a_search.Filters, Depends(_filters)],
        mode: Literal["fts", "semantic", "hybrid"] = "hybrid",
        limit: Annotated[int, Query(ge=1, le=100)] = 10,
    ):
        """Sentences for a query: full text (FTS5, bm25), semantic (embeddings) or hybrid (reciprocal rank fusion)."""
        hits, semantic_used = a_search.search(view, index, q, mode, filters, limit)
        docs = metas() if hits else {}
        note = None if semantic_used or mode == "fts" else "new sentences are being embedded: full-text ranking only for now"
        return m.SearchResponse(query=q, mode=mode, note=note, hits=[
            m.SearchHit(
                cite=schema.Span(doc=h.doc, start=h.start, end=h.end), text=h.text,
                score={"fts": h.bm25, "semantic": h.similarity}.get(mode, h.score) or 0.0,
                fts_rank=h.fts_rank, bm25=h.bm25, semantic_rank=h.semantic_rank, similarity=h.similarity,
                highlights=[m.SentenceSpan(start=a, end=b) for a, b in h.highlights],
                snippet=h.snippet or html.escape(h.text), document=_summary(docs.get(h.doc)),
            )
            for h in hits
        ])

    @app.get("/api/ask", response_model=m.AskResponse, tags=["search"])
    def ask(
        q: Annotated[str, Query(min_length=1, max_length=500, description="a question in plain words")],
        filters: Annotated[a_search.Filters, Depends(_filters)],
        limit: Annotated[int, Query(ge=1, le=20)] = 5,
    ):
        """The sentences that best answer a question (extractive), each cited, with the quotes and figures in them."""
        answers = a_ask.ask(view, index, q, limit, filters)
        docs = metas() if answers else {}
        return m.AskResponse(question=q, answers=[
            m.Answer(
                text=x.hit.text, cite=schema.Span(doc=x.hit.doc, start=x.hit.start, end=x.hit.end),
                score=x.score, similarity=x.similarity, heading=x.heading,
                quotes=[m.AnswerQuote(**{k: v for k, v in q_.items() if k in m.AnswerQuote.model_fields}) for q_ in x.quotes],
                figures=[m.AnswerFigure(**{k: v for k, v in f.items() if k in m.AnswerFigure.model_fields}) for f in x.figures],
                document=_summary(docs.get(x.hit.doc)),
            )
            for x in answers
        ])

    @app.post("/api/add", status_code=202, response_model=m.JobStatus, tags=["add"], openapi_extra={"requestBody": ADD_BODY},
              responses={400: {"description": "nothing readable to add"},
                         403: {"description": "maybe a cross-site form: a foreign Origin, or no or a 'null' Origin "
                                              "without the header X-Storyline-Request (or the token)"},
                         413: {"description": "request body over the limit"},
                         415: {"description": "not multipart/form-data, form-urlencoded or JSON"},
                         422: {"description": "a JSON body that is not an object of strings with 'text', "
                                              "or a 'files' part that is not a file"}})
    async def add(request: Request):
        """Add articles (files or pasted text); analysis and the story rebuild run in the background: follow /api/jobs/{id}."""
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        records, problems = [], []
        fields: dict[str, str] = {}
        if ctype in ("multipart/form-data", "application/x-www-form-urlencoded"):
            form = await request.form(max_files=100, max_fields=20, max_part_size=limit)
            try:
                for key, value in form.multi_items():
                    if isinstance(value, UploadFile):
                        data = await value.read()
                        if value.filename is None and key in TEXT_FIELDS:
                            fields[key] = data.decode("utf-8", errors="replace")
                            continue
                        # decoding (charset detection) can take a while: not on the event loop
                        got, bad = await run_in_threadpool(uploads.from_file, value.filename, data)
                        records += got
                        problems += bad
                    elif key in TEXT_FIELDS:
                        fields[key] = value
                    elif key == "files":  # a plain field where a file belongs: the client is confused
                        raise HTTPException(422, "'files' parts must be files (with a file name), not plain fields")
            finally:
                await form.close()
        elif ctype == "application/json":
            try:
                body = json.loads(await request.body())
            except ValueError:
                raise HTTPException(422, "invalid JSON") from None
            if not isinstance(body, dict):
                raise HTTPException(422, "expected a JSON object")
            wrong = [k for k in TEXT_FIELDS if k in body and not isinstance(body[k], str)]
            if wrong or not isinstance(body.get("text"), str):
                raise HTTPException(422, f"'text' is required and these must be strings: {', '.join(wrong) or 'text'}")
            fields = {k: body[k] for k in TEXT_FIELDS if k in body}
        else:
            raise HTTPException(415, "send multipart/form-data (files, text), form-urlencoded or JSON")
        for key, value in fields.items():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise HTTPException(422, f"'{key}' is not valid Unicode text (lone surrogates)") from None
        if fields.get("text", "").strip():
            got, bad = uploads.from_text(fields["text"], fields.get("title"), fields.get("outlet"),
                                         fields.get("date"), fields.get("url"))
            records += got
            problems += bad
        if not records:
            detail = "; ".join(f"{p.source}: {p.message}" for p in problems) or "nothing to add: send files or text"
            raise HTTPException(400, detail)
        job = jobs.submit(records, problems)
        return JSONResponse(_job_status(job).model_dump(mode="json"), status_code=202,
                            headers={"location": f"/api/jobs/{job.id}"})

    @app.get("/api/jobs", response_model=list[m.JobStatus], tags=["add"])
    def list_jobs():
        """Recent add jobs, oldest first."""
        return [_job_status(j) for j in jobs.all()]

    @app.get("/api/jobs/{job_id}", response_model=m.JobStatus, tags=["add"],
             responses={404: {"description": "no such job"}})
    def get_job(job_id: str):
        """An add job's progress and outcome."""
        job = jobs.get(job_id)
        if job is None:
            raise HTTPException(404, "no such job")
        return _job_status(job)

    return app

"""The web app over one store: the report's views, search, ask, add; JSON API under /api/.

Pages: ``/`` (search, ask and add above the report), ``/report`` (report.html of
the stored main story), ``/stories/{id}/report`` (another story's, ``serve/routers/stories.py``),
``/doc/{id}?start=&end=`` (a document with a span marked).
Every piece of article text in a page is escaped (server side with
``html.escape``, in the browser with ``textContent``); static files are a fixed
list of packaged names, never a path from the request.

The routes live in :mod:`.routers`, one router per concern; ``create_app`` only
builds the shared state (store view, semantic index, jobs, settings), the
middleware, and includes the routers.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from pathlib import Path

from fastapi import FastAPI

from .. import schema
from . import search as a_search
from .jobs import Jobs
from .queries import StoreView
from .routers import ROUTERS
from .routers.deps import Settings
from .security import BodyLimit, Guard, SecurityHeaders

DEFAULT_MAX_UPLOAD = 10 * 1024 * 1024


def create_app(
    store_path: Path, token: str | None = None, max_upload_bytes: int | None = None, story_options: dict | None = None,
) -> FastAPI:
    """The app over the store at ``store_path`` (created when missing).

    ``token``: required on every request when given. ``max_upload_bytes``: request
    body limit (default env STORYLINE_MAX_UPLOAD or 10 MB). ``story_options``:
    options of the corpus stage when an add rebuilds the story (``brief_sentences``,
    ``brief_words``).
    """
    store_path = Path(store_path)
    limit = max_upload_bytes or int(os.environ.get("STORYLINE_MAX_UPLOAD", DEFAULT_MAX_UPLOAD))
    view = StoreView(store_path)
    index = a_search.SemanticIndex(view, store_path)
    def on_change() -> None:  # new sentences stored: embed them
        index.refresh()

    jobs = Jobs(store_path, threading.Lock(), on_change=on_change, options=story_options or {})

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
    app.state.settings = Settings(store_path=store_path, upload_limit=limit)
    app.add_middleware(BodyLimit, limit=limit)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(Guard, token=token)
    for router in ROUTERS:
        app.include_router(router)
    return app

"""``storyline serve``: a local web app over the store (report views, search, ask, add)."""

from __future__ import annotations

from .server import RefuseToStart, run

__all__ = ["RefuseToStart", "create_app", "run"]


def create_app(*args, **kwargs):
    """See :func:`storyline.serve.app.create_app` (imported lazily: FastAPI loads only when serving)."""
    from .app import create_app as _create

    return _create(*args, **kwargs)

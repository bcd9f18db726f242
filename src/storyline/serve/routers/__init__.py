"""The web app's routes, one router per concern (pages, story, stories, documents, search/ask, add/jobs).

Each router reads what it needs (the store view, the semantic index, the jobs,
the settings) through the dependencies in :mod:`.deps`, never through closures
over ``create_app``'s locals, so a route can be read and tested on its own.
"""

from __future__ import annotations

from . import add, documents, pages, search, stories, story

ROUTERS = (pages.router, story.router, stories.router, documents.router, search.router, add.router)

__all__ = ["ROUTERS"]

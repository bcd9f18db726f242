"""The report's views (brief, timeline, entities, quotes, figures, conflicts, sources)
for the store's current story, by the report renderer (``storyline.render.html``).

The web app does not keep a second UI for these views: it serves the same
single-file report.html a build writes, rendered from the story in the store,
once per story build.
"""

from __future__ import annotations

import importlib
import importlib.util
import threading

from .. import schema

_lock = threading.Lock()
_cache: dict[str, tuple[float, str]] = {}


def renderer():
    """The report renderer module, or None while it is not installed."""
    if importlib.util.find_spec("storyline.render.html") is None:
        return None
    return importlib.import_module("storyline.render.html")


def render(story: schema.Story) -> str | None:
    """report.html for a story as a string (None when there is no renderer)."""
    module = renderer()
    return None if module is None else module.render(story)


def cached(key: str, built: float, story_of) -> str | None:
    """The report of the story built at ``built``, rendered once (``story_of()`` is called on a miss)."""
    with _lock:
        hit = _cache.get(key)
        if hit and hit[0] == built:
            return hit[1]
    html = render(story_of())
    if html is not None:
        with _lock:
            _cache[key] = (built, html)
    return html

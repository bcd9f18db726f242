"""The report's views (brief, timeline, entities, quotes, figures, conflicts, sources)
for the store's current story, by the report renderer (``storyline.render.html``).

The web app does not keep a second UI for these views: it serves the same
single-file report.html a build writes, rendered from the story in the store,
once per story build.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from .. import schema

_lock = threading.Lock()
_cache: dict[str, tuple[float, str]] = {}


def render(story: schema.Story, store_path: str | Path | None = None) -> str:
    """report.html for a story as a string; its network counts co-mentions in the store's sentences."""
    # lazily: the renderer's templates load only when a report is asked for
    from ..render import html, network

    return html.render(story, network.story_sentences(store_path, story) if store_path is not None else None)


def cached(key: str, built: float, story_of: Callable[[], schema.Story | None]) -> str | None:
    """The report of the story built at ``built`` in the store at ``key``, rendered once
    (``story_of()`` is called on a miss; None when the store holds no story after all)."""
    with _lock:
        hit = _cache.get(key)
        if hit and hit[0] == built:
            return hit[1]
    story = story_of()
    if story is None:
        return None
    page = render(story, key)
    with _lock:
        _cache[key] = (built, page)
    return page

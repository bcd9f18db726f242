"""The report's views (brief, timeline, entities, quotes, figures, conflicts, sources)
for the store's current story, by the report renderer (``storyline.render.html``).

The web app does not keep a second UI for these views: it serves the same
single-file report.html a build writes, rendered from the story in the store,
once per story build.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from .. import schema

_lock = threading.Lock()
_cache: dict[str, tuple[float, str]] = {}


def render(story: schema.Story) -> str:
    """report.html for a story as a string."""
    from ..render import html  # lazily: the renderer's templates load only when a report is asked for

    return html.render(story)


def cached(key: str, built: float, story_of: Callable[[], schema.Story | None]) -> str | None:
    """The report of the story built at ``built``, rendered once (``story_of()`` is called on a miss;
    None when the store holds no story after all)."""
    with _lock:
        hit = _cache.get(key)
        if hit and hit[0] == built:
            return hit[1]
    story = story_of()
    if story is None:
        return None
    page = render(story)
    with _lock:
        _cache[key] = (built, page)
    return page

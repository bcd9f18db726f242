"""The analyse stage's name for the pinned spaCy pipeline (``storyline.spacymodel``)."""

from __future__ import annotations

from ..spacymodel import MODEL, RELOAD_EVERY, Reloading, fresh, load

__all__ = ["MODEL", "RELOAD_EVERY", "Reloading", "fresh", "load"]

"""story.json: the stable, versioned output (schema in docs/story.schema.json)."""

from __future__ import annotations

from pathlib import Path

from .. import schema
from .files import write_atomic


def write(story: schema.Story, out_dir: Path) -> Path:
    return write_atomic(Path(out_dir) / "story.json", schema.dumps(story))

"""The Python API (docs/api.md): build a story, load one, turn it into tables.

``storyline.build(inputs, store=..., **options)``, ``storyline.load(path)`` and
``storyline.Story`` are re-exported by the package. A :class:`Story` is the
story.json model (``storyline.schema.Story``: the same fields, typed) with methods
to export it and to hand it to pandas.
"""

from __future__ import annotations

import sqlite3
import tempfile
import warnings
from pathlib import Path

from pydantic import PrivateAttr

from . import schema

SQLITE_MAGIC = b"SQLite format 3\x00"


class Story(schema.Story):
    """A story: ``documents``, ``entities``, ``quotes``, ``figures``, ``events``,
    ``conflicts``, ``brief``, each a list of the typed items of story.json."""

    _store: Path | None = PrivateAttr(default=None)

    @property
    def store(self) -> Path | None:
        """The SQLite store this story was read from or built in, when there is one."""
        return self._store

    def tables(self):
        """The story as ``render.export_tables.Table`` objects (name, columns, rows)."""
        from .render import export_tables

        return export_tables.tables(self)

    def to_frames(self) -> dict:
        """Table name -> pandas DataFrame: documents, entities, mentions, quotes,
        figures, events, conflicts, brief (and any other list the story carries).
        Needs pandas (``pip install 'storyline[frames]'``)."""
        from .render import export_tables

        return export_tables.to_frames(self)

    def network(self):
        """The entity network (``render.network.Network``: nodes and weighted edges)."""
        from .render import network

        return network.build(self, self._sentences())

    def export(self, format: str, out: str | Path, group: str = "actor") -> list[Path]:
        """Write the story as csv, parquet, timelinejs, gexf or graphml; the paths written.
        ``group`` (timelinejs): "actor" (a row per main actor), "story" or "none"."""
        from .render import export

        sentences = self._sentences() if format in ("gexf", "graphml") else None
        return export.export(self, format, Path(out), sentences, group)

    def _sentences(self):
        from .render import network

        if self._store is not None and Path(self._store).exists():
            try:
                return network.story_sentences(self._store, self)  # the story's documents only, not the whole store
            except (
                sqlite3.Error
            ):  # not a store of ours: fall back to splitting the text
                return None
        return None


def _from_json(text: str, store: Path | None) -> Story:
    story = Story.model_validate_json(text)
    story._store = store
    return story


def _story_from_store(path: Path) -> str:
    db = sqlite3.connect(str(path))
    try:
        row = db.execute("SELECT json FROM story WHERE id=1").fetchone()
    except sqlite3.Error as e:
        raise ValueError(f"{path}: not a storyline store ({e})") from None
    finally:
        db.close()
    if row is None:
        raise ValueError(
            f"{path}: the store holds no built story yet (run storyline build)"
        )
    return row[0]


def is_store(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def load(path: str | Path) -> Story:
    """Read a story: a story.json, an output folder (its story.json, else its story.db)
    or a store (the story its last build saved)."""
    path = Path(path)
    if path.is_dir():
        db = path / "story.db"
        store = db if db.exists() else None
        if (path / "story.json").exists():
            return _from_json((path / "story.json").read_text(encoding="utf-8"), store)
        if store is not None:
            return _from_json(_story_from_store(store), store)
        raise FileNotFoundError(f"{path}: no story.json or story.db in this folder")
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file or folder")
    if is_store(path):
        return _from_json(_story_from_store(path), path)
    beside = path.parent / "story.db"
    return _from_json(
        path.read_text(encoding="utf-8"), beside if beside.exists() else None
    )


def build(
    inputs, store: str | Path | None = None, *, out: str | Path | None = None, **options
) -> Story:
    """Read ``inputs`` (files, folders or globs), add them to ``store`` and return the
    story of everything stored.

    ``out``: also write story.json, story.md and report.html there (the store
    defaults to ``out/story.db``). With neither ``store`` nor ``out`` the analyses go
    to a temporary store that is deleted afterwards. Other options are those of
    ``storyline build``: ``workers``, ``fresh``, ``max_chars``, ``strict``,
    ``brief_sentences``, ``brief_words``, ``ray``, ``outputs``. An input that cannot be read is
    reported as a warning (with ``strict=True`` it raises ``StrictError``).
    """
    from . import builder as b

    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    inputs = [str(i) for i in inputs]
    if "outputs" not in options:
        options["outputs"] = ("json", "md", "html") if out is not None else ()
    with tempfile.TemporaryDirectory(prefix="storyline-") as tmp:
        folder = Path(out) if out is not None else Path(tmp)
        opts = b.BuildOptions(
            out=folder, store=Path(store) if store is not None else None, **options
        )
        report = b.build(inputs, opts)
        assert report.story is not None  # build raises NothingBuilt rather than return no story
        for failure in report.failures:
            warnings.warn(f"not read: {failure}", stacklevel=2)
        story = _from_json(
            schema.dumps(report.story),
            opts.store_path if (store is not None or out is not None) else None,
        )
    return story

"""The record: an embedded SQLite file of documents and their per-document analyses.

Everything the corpus stage needs is here, so a build can be resumed or extended
without re-analysing what is stored. Writes happen in transactions (WAL mode, so
readers such as ``storyline serve`` keep working while a build writes); a build
killed at any point leaves the last committed state.

Tables
- ``inputs``: fingerprint of each raw record read -> the document it became
  (so the same input is never analysed twice);
- ``documents``: one row per document id with its DocAnalysis as JSON;
- ``doc_sources``: every place a document was found (identical copies merge);
- ``sentences``: FTS5 index of each document's sentences (for search);
- ``embeddings``: sentence-embedding cache (float32 blobs);
- ``errors``: inputs that could not be read or analysed, by run;
- ``story``: the last built story.json (the pile's main story);
- ``story_features``: what story detection reads of each document (``resolve.stories.features``),
  keyed by document id and the analysis version it was read from (a cache: rebuilt when missing);
- ``stories``: every story of the pile as its last build left it: its members and label
  (``meta``), its story.json and the stamp of what it was built from (``storybuild``),
  written in one transaction per story;
- ``story_index``: the list of stories in order (``stories``) and the index linking a
  person or organisation across them (``entities``), written together at the end of a build.

Views over the last built story, for SQL tools (``sqlite3 story.db 'select speaker,
text from quotes'``, Datasette): ``story_documents``, ``entities``, ``quotes``,
``figures``, ``events``, ``conflicts``, ``brief``. They read the ``story`` row with
SQLite's JSON functions, so they are always in step with it (no second copy to keep
consistent). Their columns are the table export's (one spec, ``tablespec``), plus the
item's whole JSON in ``json``; a store whose views were made by another definition
gets today's on open (``meta.views`` holds the definition's hash).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from . import tablespec as ts
from .faults import pause
from .schema import Document
from .types import DocAnalysis, Record

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS inputs(
  fingerprint TEXT PRIMARY KEY, source TEXT NOT NULL, doc_id TEXT, added REAL NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  id TEXT PRIMARY KEY, version TEXT NOT NULL, analysis TEXT NOT NULL, added REAL NOT NULL);
CREATE TABLE IF NOT EXISTS doc_sources(
  doc_id TEXT NOT NULL, source TEXT NOT NULL, PRIMARY KEY(doc_id, source));
CREATE TABLE IF NOT EXISTS embeddings(key TEXT PRIMARY KEY, vec BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS errors(
  run INTEGER NOT NULL, source TEXT NOT NULL, line INTEGER, message TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS story(id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL, built REAL NOT NULL);
CREATE TABLE IF NOT EXISTS story_features(doc_id TEXT PRIMARY KEY, version TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stories(
  id TEXT PRIMARY KEY, stamp TEXT NOT NULL, meta TEXT NOT NULL, json TEXT NOT NULL, built REAL NOT NULL);
CREATE TABLE IF NOT EXISTS story_index(name TEXT PRIMARY KEY, json TEXT NOT NULL, built REAL NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences USING fts5(
  text, doc_id UNINDEXED, start UNINDEXED, end UNINDEXED, tokenize = 'porter unicode61');
"""
STORE_FORMAT = "1"


def _json_path(path: str) -> str:
    """A tablespec path as a SQLite JSON path: "mentions.0.doc" -> '$.mentions[0].doc'."""
    out = "$"
    for part in path.split(".") if path else []:
        out += f"[{part}]" if part.isdigit() else f".{part}"
    return out


def _span_sql(path: str, item: str, depth: int = 0) -> str:
    """The JSON of the span at a tablespec path ("*" = the first item of each list on the way)."""
    if "*" not in path:
        return f"json_extract({item}, '{_json_path(path)}')" if path else item
    head, _, rest = path.partition("*")
    head, rest, w = head.rstrip("."), rest.lstrip("."), f"w{depth}"
    inner = _span_sql(rest, f"{w}.value", depth + 1)
    return (f"(SELECT {inner} FROM json_each({item}, '{_json_path(head)}') {w} "
            f"WHERE {inner} IS NOT NULL ORDER BY {w}.key LIMIT 1)")


def _column_sql(c: ts.ColumnSpec) -> str:
    """A tablespec column in SQL over the item's JSON ``i.value`` (``export_tables`` reads it in Python)."""
    value = f"json_extract(i.value, '{_json_path(c.path)}')"
    each = f"json_each(i.value, '{_json_path(c.path)}') j"
    return {
        "get": value,
        "name": f"COALESCE((SELECT n.name FROM names n WHERE n.id = {value}), {value})",
        "join": f"(SELECT group_concat(CAST(j.value AS TEXT), '{ts.JOIN}') FROM {each} WHERE j.value IS NOT NULL)",
        "names": f"(SELECT group_concat(COALESCE(n.name, j.value), '{ts.JOIN}') FROM {each} "
                 "LEFT JOIN names n ON n.id = j.value WHERE j.value IS NOT NULL)",
        "count": f"COALESCE(json_array_length(i.value, '{_json_path(c.path)}'), 0)",
        "doc_count": f"(SELECT COUNT(DISTINCT json_extract(j.value, '$.doc')) FROM {each})",
        "length": f"COALESCE(length({value}), 0)",
    }[c.op]


def _view_sql(t: ts.TableSpec) -> str:
    """CREATE VIEW for one table of the shared spec: its columns, its span's, and the item's whole JSON."""
    cols = [f'{_column_sql(c)} AS "{c.name}"' for c in t.columns]
    if t.id_prefix is not None:
        cols = [f"'{t.id_prefix}' || (i.key + 1) AS \"id\"" if c.name == "id" else sql
                for c, sql in zip(t.columns, cols)]
    ctes = [
        # materialised once per query: a name or a cited text is a lookup, not a re-parse of the story per row
        "names AS MATERIALIZED (SELECT json_extract(e.value, '$.id') AS id, json_extract(e.value, '$.name') AS name "
        "FROM story s, json_each(s.json, '$.entities') e)",
        f"i AS (SELECT x.key AS key, x.value AS value, {_span_sql(t.span or '', 'x.value')} AS span "
        f"FROM story s, json_each(s.json, '$.{t.name}') x)",
    ]
    joins = ""
    if t.span is not None:
        ctes.insert(1, "texts AS MATERIALIZED (SELECT json_extract(d.value, '$.id') AS id, "
                       "json_extract(d.value, '$.text') AS text FROM story s, json_each(s.json, '$.documents') d)")
        start, end = "json_extract(i.span, '$.start')", "json_extract(i.span, '$.end')"
        cols += [
            "json_extract(i.span, '$.doc') AS \"doc\"", f'{start} AS "start"', f'{end} AS "end"',
            f'substr(t.text, {start} + 1, {end} - {start}) AS "cited_text"',
        ]
        joins = " LEFT JOIN texts t ON t.id = json_extract(i.span, '$.doc')"
    cols.append("i.value AS json")
    return (f"CREATE VIEW {t.view} AS WITH {', '.join(ctes)} SELECT {', '.join(cols)} "
            f"FROM i{joins} ORDER BY i.key")


# Views of the story for SQL tools, from the same column spec as the table export.
VIEWS = [_view_sql(t) for t in ts.TABLES]
_VIEWS = [t.view for t in ts.TABLES]
# a changed definition (a column added to the spec) is dropped and created again on open
VIEWS_VERSION = hashlib.sha256("\n".join(VIEWS).encode("utf-8")).hexdigest()[:12]
_TABLES = re.findall(r"CREATE (?:VIRTUAL )?TABLE IF NOT EXISTS (\w+)", SCHEMA)


def fingerprint(record: Record) -> str:
    """Identity of a raw input: where it came from and what it held."""
    fields: list[object] = [record.source, record.text, record.html, record.title, record.date, record.outlet, record.url]
    if record.max_chars is not None:  # a page cut at another limit is analysed again
        fields.append(record.max_chars)
    payload = json.dumps(fields, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA busy_timeout=30000")
        if self._complete():  # a reader (serve) opening a built store takes no write lock
            return
        with self.transaction():
            for statement in _statements(SCHEMA):
                self.db.execute(statement)
            fmt = self.db.execute("SELECT value FROM meta WHERE key='format'").fetchone()
            if fmt is None:
                self.db.execute("INSERT INTO meta VALUES('format', ?)", (STORE_FORMAT,))
            elif fmt[0] != STORE_FORMAT:
                raise RuntimeError(f"{self.path}: store format {fmt[0]}, this storyline reads {STORE_FORMAT}")
            self._create_views()

    def _create_views(self) -> None:
        """(Re)create the story views: those of an earlier definition (or an earlier storyline) are dropped."""
        known = self.db.execute("SELECT value FROM meta WHERE key='view_names'").fetchone()
        old = set(json.loads(known[0])) if known else set()
        for name in sorted(old | set(_VIEWS)):
            self.db.execute(f'DROP VIEW IF EXISTS "{name}"')
        for statement in VIEWS:
            self.db.execute(statement)
        self.db.execute("INSERT OR REPLACE INTO meta VALUES('views', ?)", (VIEWS_VERSION,))
        self.db.execute("INSERT OR REPLACE INTO meta VALUES('view_names', ?)", (json.dumps(_VIEWS),))

    def _complete(self) -> bool:
        """Every table of SCHEMA and view of today's definition exists and the format is ours
        (raises on another format)."""
        names = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master")}
        if not set(_TABLES) | set(_VIEWS) <= names:  # a store of an earlier storyline gains the views
            return False
        fmt = self.db.execute("SELECT value FROM meta WHERE key='format'").fetchone()
        if fmt is None:
            return False
        if fmt[0] != STORE_FORMAT:
            raise RuntimeError(f"{self.path}: store format {fmt[0]}, this storyline reads {STORE_FORMAT}")
        views = self.db.execute("SELECT value FROM meta WHERE key='views'").fetchone()
        return views is not None and views[0] == VIEWS_VERSION

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any error."""
        if self.db.in_transaction:
            yield self.db
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- inputs and documents ------------------------------------------------
    def has_input(self, fp: str) -> bool:
        return self.db.execute("SELECT 1 FROM inputs WHERE fingerprint=?", (fp,)).fetchone() is not None

    def has_document(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None

    def add(self, analysis: DocAnalysis, fp: str | None = None, source: str | None = None) -> bool:
        """Store one analysis (and the input it came from). True when the document is new.

        A document already stored (identical cleaned text found elsewhere) only
        gains the new source.
        """
        doc = analysis.document
        now = time.time()
        with self.transaction():
            new = not self.has_document(doc.id)
            if new:
                self._write_analysis(analysis, now)
            for s in doc.sources if source is None else [source]:
                self.db.execute("INSERT OR IGNORE INTO doc_sources VALUES(?, ?)", (doc.id, s))
            if fp is not None:
                self.db.execute(
                    "INSERT OR REPLACE INTO inputs VALUES(?, ?, ?, ?)", (fp, source or doc.sources[0], doc.id, now)
                )
        return new

    def replace(self, analysis: DocAnalysis) -> None:
        """Overwrite a stored analysis (re-analysis after a version change)."""
        with self.transaction():
            self.db.execute("DELETE FROM sentences WHERE doc_id=?", (analysis.document.id,))
            self.db.execute("DELETE FROM documents WHERE id=?", (analysis.document.id,))
            self._write_analysis(analysis, time.time())

    def _write_analysis(self, analysis: DocAnalysis, now: float) -> None:
        doc = analysis.document
        stored = analysis.model_copy(update={"document": doc.model_copy(update={"sources": []})})
        self.db.execute(
            "INSERT INTO documents VALUES(?, ?, ?, ?)",
            (doc.id, analysis.version, stored.model_dump_json(), now),
        )
        self.db.executemany(
            "INSERT INTO sentences(text, doc_id, start, end) VALUES(?, ?, ?, ?)",
            [(doc.text[s.start : s.end], doc.id, s.start, s.end) for s in analysis.sentences],
        )
        # the per-document stage's embeddings (analyse.vectors) go to the cache the corpus
        # stage reads; the first vector stored for a text stays
        self.db.executemany("INSERT OR IGNORE INTO embeddings VALUES(?, ?)", sorted(analysis.vectors.items()))

    def record_input(self, fp: str, source: str, doc_id: str | None) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO inputs VALUES(?, ?, ?, ?)", (fp, source, doc_id, time.time()))

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY id")]

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def sources(self, doc_id: str) -> list[str]:
        return read_sources(self.db, doc_id)

    def analysis(self, doc_id: str) -> DocAnalysis | None:
        return read_analysis(self.db, doc_id)

    def document(self, doc_id: str) -> Document | None:
        """The stored cleaned document alone (no sources): what a re-analysis starts from. Read
        without the rest of the analysis, which may be of an older shape than today's types."""
        row = self.db.execute("SELECT json_extract(analysis, '$.document') FROM documents WHERE id=?", (doc_id,)).fetchone()
        return None if row is None else Document.model_validate_json(row[0])

    def analyses(self) -> Iterator[DocAnalysis]:
        """Every stored analysis, by document id, with its sources."""
        sources: dict[str, list[str]] = {}
        for doc_id, src in self.db.execute("SELECT doc_id, source FROM doc_sources ORDER BY doc_id, source"):
            sources.setdefault(doc_id, []).append(src)
        for (row,) in self.db.execute("SELECT analysis FROM documents ORDER BY id"):
            a = DocAnalysis.model_validate_json(row)
            a.document.sources = sources.get(a.document.id, [])
            yield a

    def analyses_of(self, doc_ids: list[str], chunk: int = 500) -> list[DocAnalysis]:
        """The stored analyses of these documents, in the order given, with their sources:
        one query per ``chunk`` documents (a story's corpus stage reads its members so)."""
        got: dict[str, DocAnalysis] = {}
        for i in range(0, len(doc_ids), chunk):
            part = doc_ids[i : i + chunk]
            marks = ",".join("?" * len(part))
            sources: dict[str, list[str]] = {}
            for doc_id, src in self.db.execute(
                    f"SELECT doc_id, source FROM doc_sources WHERE doc_id IN ({marks}) ORDER BY doc_id, source", part):
                sources.setdefault(doc_id, []).append(src)
            for doc_id, row in self.db.execute(f"SELECT id, analysis FROM documents WHERE id IN ({marks})", part):
                a = DocAnalysis.model_validate_json(row)
                a.document.sources = sources.get(doc_id, [])
                got[doc_id] = a
        return [got[d] for d in doc_ids if d in got]

    def stale(self, version: str) -> list[str]:
        rows = self.db.execute("SELECT id FROM documents WHERE version != ? ORDER BY id", (version,))
        return [r[0] for r in rows]

    # -- errors ---------------------------------------------------------------
    def log_errors(self, run: int, errors: list[tuple[str, int | None, str]]) -> None:
        with self.transaction():
            self.db.executemany("INSERT INTO errors VALUES(?, ?, ?, ?)", [(run, s, ln, m) for s, ln, m in errors])

    # -- story ---------------------------------------------------------------
    def save_story(self, story_json: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO story VALUES(1, ?, ?)", (story_json, time.time()))
            pause("store:story")  # tests kill here: written, not committed

    def story_json(self) -> str | None:
        row = self.db.execute("SELECT json FROM story WHERE id=1").fetchone()
        return row[0] if row else None

    # -- stories of the pile (storybuild) -------------------------------------
    def cached_features(self, suffix: str) -> list[tuple[str, str, str | None]]:
        """(document id, key, cached features JSON or None) for every stored document, by
        id. The key is the document's analysis version + ``suffix`` (the features'
        own version): features read from an older analysis are not returned."""
        return self.db.execute(
            "SELECT d.id, d.version || ?, f.json FROM documents d LEFT JOIN story_features f"
            " ON f.doc_id = d.id AND f.version = d.version || ? ORDER BY d.id", (suffix, suffix)).fetchall()

    def save_features(self, rows: list[tuple[str, str, str]]) -> None:
        """Cache (document id, key, features JSON) rows, in one transaction."""
        if rows:
            with self.transaction():
                self.db.executemany("INSERT OR REPLACE INTO story_features VALUES(?, ?, ?)", rows)

    def story_state(self, story_id: str) -> tuple[str, str] | None:
        """(stamp, story.json) of a story as its last build stored it."""
        row = self.db.execute("SELECT stamp, json FROM stories WHERE id=?", (story_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def save_story_state(self, story_id: str, stamp: str, meta_json: str, story_json: str) -> None:
        """One story's members (in ``meta``), story.json and stamp, all or nothing."""
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO stories VALUES(?, ?, ?, ?, ?)",
                            (story_id, stamp, meta_json, story_json, time.time()))
            pause("store:stories")  # tests kill here: written, not committed

    def save_story_index(self, stories: list[tuple[str, str]], entities_json: str) -> None:
        """The pile's stories in order as (id, meta JSON) and the index across them, in one
        transaction; stories not listed (merged, renamed) are dropped."""
        now = time.time()
        with self.transaction():
            keep = {sid for sid, _ in stories}
            for (sid,) in self.db.execute("SELECT id FROM stories").fetchall():
                if sid not in keep:
                    self.db.execute("DELETE FROM stories WHERE id=?", (sid,))
            self.db.executemany("UPDATE stories SET meta=? WHERE id=?", [(meta, sid) for sid, meta in stories])
            listing = "[" + ",".join(meta for _, meta in stories) + "]"
            self.db.executemany("INSERT OR REPLACE INTO story_index VALUES(?, ?, ?)",
                                [("stories", listing, now), ("entities", entities_json, now)])

    # -- embeddings cache ----------------------------------------------------
    def embedding_cache(self) -> EmbeddingCache:
        return EmbeddingCache(self)


def read_sources(db: sqlite3.Connection, doc_id: str) -> list[str]:
    """Every place a document was found, sorted (any connection to a store)."""
    rows = db.execute("SELECT source FROM doc_sources WHERE doc_id=? ORDER BY source", (doc_id,))
    return [r[0] for r in rows]


def read_analysis(db: sqlite3.Connection, doc_id: str) -> DocAnalysis | None:
    """One stored analysis with its sources, or None (any connection to a store)."""
    row = db.execute("SELECT analysis FROM documents WHERE id=?", (doc_id,)).fetchone()
    if row is None:
        return None
    a = DocAnalysis.model_validate_json(row[0])
    a.document.sources = read_sources(db, doc_id)
    return a


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


class EmbeddingCache:
    """A dict-like view of the embeddings table; new vectors are written on ``flush``."""

    def __init__(self, store: Store):
        self.store = store
        self.pending: dict[str, np.ndarray] = {}

    def __contains__(self, key: str) -> bool:
        if key in self.pending:
            return True
        return self.store.db.execute("SELECT 1 FROM embeddings WHERE key=?", (key,)).fetchone() is not None

    def __getitem__(self, key: str) -> np.ndarray:
        if key in self.pending:
            return self.pending[key]
        row = self.store.db.execute("SELECT vec FROM embeddings WHERE key=?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return np.frombuffer(row[0], dtype=np.float32)

    def __setitem__(self, key: str, vec: np.ndarray) -> None:
        self.pending[key] = np.asarray(vec, dtype=np.float32)

    def get_many(self, keys: list[str], chunk: int = 500) -> dict[str, np.ndarray]:
        """The vectors of those keys that are cached, a few hundred keys per query."""
        out = {k: self.pending[k] for k in keys if k in self.pending}
        rest = [k for k in keys if k not in out]
        for i in range(0, len(rest), chunk):
            part = rest[i : i + chunk]
            marks = ",".join("?" * len(part))
            for k, vec in self.store.db.execute(f"SELECT key, vec FROM embeddings WHERE key IN ({marks})", part):
                out[k] = np.frombuffer(vec, dtype=np.float32)
        return out

    def flush(self) -> None:
        if not self.pending:
            return
        with self.store.transaction():
            self.store.db.executemany(
                "INSERT OR REPLACE INTO embeddings VALUES(?, ?)",
                [(k, v.tobytes()) for k, v in sorted(self.pending.items())],
            )
            pause("store:embeddings")  # tests kill here: written, not committed
        self.pending.clear()

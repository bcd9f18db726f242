"""Read-side queries over the store for the web app.

The app never shares one SQLite connection between threads: each request thread
reads through its own connection (``PRAGMA query_only``), and only the add job
writes, through its own ``Store``. WAL mode lets readers go on while it writes.
Methods here only read; they are what ``Store`` would need for serving, kept in
this module so store.py stays the writer's.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from .. import schema
from ..store import Store, read_analysis, read_sources
from ..types import DocAnalysis


@dataclass(frozen=True)
class DocMeta:
    """What search filters and result lists need of a document (no text)."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    earliest: str | None
    latest: str | None
    length: int
    source: str | None = None  # the first place the document was found


@dataclass(frozen=True)
class SentenceRow:
    rowid: int
    doc: str
    start: int
    end: int
    text: str


class StoreView:
    """Thread-safe read access to one store file, with the parsed story cached."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        Store(self.path).close()  # create the file and its tables when new
        self._local = threading.local()
        self._lock = threading.Lock()
        self._story: tuple[float, schema.Story] | None = None
        self._metas: tuple[tuple, dict[str, DocMeta]] | None = None
        self.ask_evidence: tuple[float, dict] | None = None  # serve.ask's evidence of the story built then

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(str(self.path), timeout=30, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA query_only=1")
            self._local.conn = conn
        return conn

    # -- story ---------------------------------------------------------------
    def story_built(self) -> float | None:
        row = self.db.execute("SELECT built FROM story WHERE id=1").fetchone()
        return row[0] if row else None

    def story_json(self) -> tuple[str, float] | None:
        row = self.db.execute("SELECT json, built FROM story WHERE id=1").fetchone()
        return (row[0], row[1]) if row else None

    def story(self) -> schema.Story | None:
        """The last built story, parsed once per build."""
        built = self.story_built()
        if built is None:
            return None
        with self._lock:
            if self._story is not None and self._story[0] == built:
                return self._story[1]
        raw = self.story_json()
        if raw is None:
            return None
        story = schema.Story.model_validate_json(raw[0])
        with self._lock:
            self._story = (raw[1], story)
        return story

    # -- documents -----------------------------------------------------------
    def state(self) -> tuple:
        """Changes whenever a document is added or replaced or the story is rebuilt."""
        return (*self.sentence_state(), self.count_documents(), self.story_built())

    def doc_metas(self) -> dict[str, DocMeta]:
        """Every stored document's metadata; dates from the story (corpus-stage dating) when built."""
        state = self.state()
        with self._lock:
            if self._metas is not None and self._metas[0] == state:
                return self._metas[1]
        metas = self._read_metas()
        with self._lock:
            self._metas = (state, metas)
        return metas

    def _read_metas(self) -> dict[str, DocMeta]:
        rows = self.db.execute(
            "SELECT id, json_extract(analysis, '$.document.title'), json_extract(analysis, '$.document.outlet'),"
            " json_extract(analysis, '$.document.published'), length(json_extract(analysis, '$.document.text'))"
            " FROM documents ORDER BY id"
        ).fetchall()
        story = self.story()
        dated = {d.id: d for d in story.documents} if story else {}
        first = dict(self.db.execute("SELECT doc_id, MIN(source) FROM doc_sources GROUP BY doc_id").fetchall())
        out: dict[str, DocMeta] = {}
        for doc_id, title, outlet, published, length in rows:
            pub = json.loads(published) if published else {}
            if doc_id in dated:
                d = dated[doc_id]
                title, outlet, pub = d.title, d.outlet, d.published.model_dump()
            out[doc_id] = DocMeta(
                id=doc_id, title=title, outlet=outlet, published=pub.get("value"),
                earliest=pub.get("earliest"), latest=pub.get("latest"), length=length or 0,
                source=first.get(doc_id),
            )
        return out

    def document(self, doc_id: str) -> schema.Document | None:
        """A document as the story has it (dated, with sources), else as stored."""
        story = self.story()
        if story:
            for d in story.documents:
                if d.id == doc_id:
                    return d
        analysis = self.analysis(doc_id)
        return analysis.document if analysis else None

    def analysis(self, doc_id: str) -> DocAnalysis | None:
        return read_analysis(self.db, doc_id)

    def sources(self, doc_id: str) -> list[str]:
        return read_sources(self.db, doc_id)

    def count_documents(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    # -- sentences -----------------------------------------------------------
    def sentence_state(self) -> tuple[int, int]:
        """(count, max rowid) of the sentence index: changes whenever documents are added or replaced."""
        n, top = self.db.execute("SELECT COUNT(*), COALESCE(MAX(rowid), 0) FROM sentences").fetchone()
        return n, top

    def sentences(self) -> list[SentenceRow]:
        rows = self.db.execute("SELECT rowid, doc_id, start, end, text FROM sentences ORDER BY rowid")
        return [SentenceRow(r[0], r[1], int(r[2]), int(r[3]), r[4]) for r in rows]

    def doc_sentences(self, doc_id: str) -> list[tuple[int, int]]:
        rows = self.db.execute("SELECT start, end FROM sentences WHERE doc_id=? ORDER BY start", (doc_id,))
        return [(int(a), int(b)) for a, b in rows]

    def fts(self, match: str, limit: int, docs: set[str] | None = None) -> list[tuple[SentenceRow, float, str, str]]:
        """FTS5 matches ranked by bm25: (row, bm25 rank, full text with \\x02..\\x03 marks, snippet with marks)."""
        sql = (
            "SELECT rowid, doc_id, start, end, text, rank,"
            " highlight(sentences, 0, char(2), char(3)),"
            " snippet(sentences, 0, char(2), char(3), char(1), 32)"
            " FROM sentences WHERE sentences MATCH ?"
        )
        args: list = [match]
        if docs is not None:
            sql += " AND doc_id IN (SELECT value FROM json_each(?))"
            args.append(json.dumps(sorted(docs)))
        sql += " ORDER BY rank LIMIT ?"
        args.append(limit)
        out = []
        for r in self.db.execute(sql, args):
            out.append((SentenceRow(r[0], r[1], int(r[2]), int(r[3]), r[4]), float(r[5]), r[6], r[7]))
        return out

"""Sentence search over the store: FTS5 (bm25), semantic (sentence embeddings), hybrid (RRF).

Every hit is one stored sentence cited as (doc, start, end) into its document's
cleaned text. Filters narrow the documents first: an entity of the story (the
documents of its mentions), an outlet, a publication-date range.
"""

from __future__ import annotations

import html
import logging
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from .. import embed
from ..store import Store
from .queries import DocMeta, SentenceRow, StoreView

RRF_K = 60  # the constant of Cormack et al. (2009): fused score = sum 1 / (k + rank)
MARK_OPEN, MARK_CLOSE, ELLIPSIS = "\x02", "\x03", "\x01"
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Filters:
    entity: str | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def any(self) -> bool:
        return any((self.entity, self.outlet, self.date_from, self.date_to))


@dataclass
class Hit:
    doc: str
    start: int
    end: int
    text: str
    score: float = 0.0
    fts_rank: int | None = None  # 1-based rank in the full-text list
    bm25: float | None = None  # FTS5 bm25 (higher is better here: SQLite's rank negated)
    semantic_rank: int | None = None
    similarity: float | None = None  # cosine to the query
    highlights: list[tuple[int, int]] = field(default_factory=list)  # document offsets of matched terms
    snippet: str | None = None  # HTML: the article text escaped, matched terms in <mark>

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.doc, self.start, self.end)


# -- filters -----------------------------------------------------------------
def _date_bounds(value: str) -> tuple[str, str]:
    """An ISO date of year, month or day precision as the first and last day it covers."""
    parts = value.split("-")
    lo = parts + ["01"] * (3 - len(parts))
    hi = parts + ["12", "31"][len(parts) - 1 :] if len(parts) < 3 else parts
    return "-".join(lo[:3]), "-".join(hi[:3])


def _in_range(meta: DocMeta, date_from: str | None, date_to: str | None) -> bool:
    value = meta.published
    if value:
        lo, hi = _date_bounds(value)
    elif meta.earliest or meta.latest:
        lo = _date_bounds(meta.earliest or meta.latest or "")[0]
        hi = _date_bounds(meta.latest or meta.earliest or "")[1]
    else:
        return False  # undated documents cannot be placed in a range
    if date_from and hi < _date_bounds(date_from)[0]:
        return False
    return not (date_to and lo > _date_bounds(date_to)[1])


def entity_docs(view: StoreView, entity: str) -> set[str]:
    """Documents mentioning the story entity with this id, name or alias (case-insensitive)."""
    story = view.story()
    if story is None:
        return set()
    wanted = entity.casefold().strip()
    for e in story.entities:
        if e.id == entity or e.name.casefold() == wanted or wanted in (a.casefold() for a in e.aliases):
            return {m.doc for m in e.mentions}
    return set()


def allowed_docs(view: StoreView, filters: Filters) -> set[str] | None:
    """The documents the filters allow, or None when there is no filter."""
    if not filters.any():
        return None
    metas = view.doc_metas()
    docs = set(metas)
    if filters.entity:
        docs &= entity_docs(view, filters.entity)
    if filters.outlet:
        wanted = filters.outlet.casefold().strip()
        docs = {d for d in docs if (metas[d].outlet or "").casefold().strip() == wanted}
    if filters.date_from or filters.date_to:
        docs = {d for d in docs if _in_range(metas[d], filters.date_from, filters.date_to)}
    return docs


# -- full text -----------------------------------------------------------------
def fts_query(q: str) -> str | None:
    """The words of a free-text query as an FTS5 OR-query of quoted terms.

    Quoting every word means no user input is read as FTS5 syntax (NEAR, *, :, -),
    and OR lets bm25 rank sentences by how many and how rare the matched words are.
    """
    words = _WORD.findall(q)
    if not words:
        return None
    # function words match nearly every sentence: drop them unless nothing else is
    # left (an all-caps word such as "US" is an acronym, not the pronoun)
    content = [w for w in words if w.lower() not in STOP_WORDS or (w.isupper() and len(w) > 1)]
    words = content or words
    seen: list[str] = []
    for w in words:
        if w.casefold() not in (s.casefold() for s in seen):
            seen.append(w)
    return " OR ".join('"' + w.replace('"', '""') + '"' for w in seen[:64])


def _marks(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Strip \\x02..\\x03 marks; return the plain text and the marked ranges in it."""
    plain: list[str] = []
    ranges: list[tuple[int, int]] = []
    pos, opened = 0, None
    for ch in marked:
        if ch == MARK_OPEN:
            opened = pos
        elif ch == MARK_CLOSE and opened is not None:
            ranges.append((opened, pos))
            opened = None
        else:
            plain.append(ch)
            pos += 1
    return "".join(plain), ranges


def snippet_html(marked: str) -> str:
    """FTS5 snippet text (with marks) as HTML: every piece of article text escaped."""
    out: list[str] = []
    for piece in re.split(f"([{MARK_OPEN}{MARK_CLOSE}{ELLIPSIS}])", marked):
        if piece == MARK_OPEN:
            out.append("<mark>")
        elif piece == MARK_CLOSE:
            out.append("</mark>")
        elif piece == ELLIPSIS:
            out.append("\u2026")
        else:
            out.append(html.escape(piece))
    return "".join(out)


def fts(view: StoreView, q: str, limit: int = 20, docs: set[str] | None = None) -> list[Hit]:
    match = fts_query(q)
    if match is None or (docs is not None and not docs):
        return []
    hits = []
    for i, (row, rank, marked, snip) in enumerate(view.fts(match, limit, docs), 1):
        hit = Hit(row.doc, row.start, row.end, row.text, fts_rank=i, bm25=-rank, snippet=snippet_html(snip))
        if not any(c in row.text for c in (MARK_OPEN, MARK_CLOSE)):
            plain, ranges = _marks(marked)
            if plain == row.text:
                hit.highlights = [(row.start + a, row.start + b) for a, b in ranges]
        hit.score = 1.0 / (RRF_K + i)
        hits.append(hit)
    return hits


# -- semantic --------------------------------------------------------------------
class SemanticIndex:
    """Embeddings of every stored sentence, kept in memory, computed lazily.

    Vectors come from the store's embedding cache (the corpus stage fills it too);
    sentences not yet embedded are encoded on the first query after they appear and
    written back to the cache, so a restart costs a table read, not a re-encoding.
    """

    def __init__(self, view: StoreView, store_path: Path):
        self.view = view
        self.store_path = Path(store_path)
        self._lock = threading.Lock()
        self._warming_lock = threading.Lock()
        self._warming: threading.Thread | None = None
        self._state: tuple[int, int] | None = None
        # (rows, their vectors, (doc, start, end) -> row), replaced as one so a reader never mixes two versions
        self._data: tuple[list[SentenceRow], np.ndarray, dict[tuple[str, int, int], int]] = (
            [], np.zeros((0, embed.DIM), dtype=np.float32), {}
        )

    def refresh(self, wait: bool = True) -> bool:
        """Bring the index up to the store's current sentences.

        With ``wait`` off, a stale index is brought up to date in a background
        thread and False is returned at once (the caller does without it for now).
        """
        state = self.view.sentence_state()
        if state == self._state:
            return True
        if not wait:
            with self._warming_lock:
                if self._warming is None or not self._warming.is_alive():
                    self._warming = threading.Thread(target=self._refresh_logged, name="storyline-index", daemon=True)
                    self._warming.start()
            return False
        with self._lock:
            state = self.view.sentence_state()
            if state != self._state:
                self._rebuild(state)
        return True

    def _refresh_logged(self) -> None:
        try:
            self.refresh()
        except Exception:  # a later query retries and reports
            logging.getLogger("storyline.serve").exception("updating the semantic index failed")

    def _rebuild(self, state: tuple[int, int]) -> None:
        rows = self.view.sentences()
        # its own short-lived connection: SQLite serialises this write with an add job's
        with Store(self.store_path) as store:
            cache = store.embedding_cache()
            vectors = embed.Embedder(cache=cache)([r.text for r in rows])
            cache.flush()
        self._data = (rows, vectors.astype(np.float32, copy=False),
                      {(r.doc, r.start, r.end): i for i, r in enumerate(rows)})
        self._state = state

    def vector(self, doc: str, start: int, end: int) -> np.ndarray | None:
        _rows, matrix, by_key = self._data
        i = by_key.get((doc, start, end))
        return None if i is None else matrix[i]

    def search(self, qvec: np.ndarray, limit: int = 20, docs: set[str] | None = None, wait: bool = True) -> list[Hit] | None:
        """The sentences nearest the query vector; None when ``wait`` is off and the index is being brought up to date."""
        if not self.refresh(wait):
            return None
        rows, matrix, _ = self._data
        if not rows:
            return []
        scores = matrix @ qvec
        if docs is not None:
            keep = np.array([r.doc in docs for r in rows])
            scores = np.where(keep, scores, -np.inf)
        order = np.argsort(-scores, kind="stable")[:limit]
        hits = []
        for i, idx in enumerate(order, 1):
            if not np.isfinite(scores[idx]):
                break
            r = rows[idx]
            hits.append(
                Hit(r.doc, r.start, r.end, r.text, score=1.0 / (RRF_K + i), semantic_rank=i,
                    similarity=float(scores[idx]))
            )
        return hits


def encode_query(q: str) -> np.ndarray:
    return embed.encode([q])[0]


def rrf(*ranked: list[Hit], k: int = RRF_K) -> list[Hit]:
    """Reciprocal rank fusion: sum of 1/(k + rank) over the lists a sentence appears in."""
    fused: dict[tuple[str, int, int], Hit] = {}
    for hits in ranked:
        for rank, h in enumerate(hits, 1):
            got = fused.get(h.key)
            if got is None:
                got = fused[h.key] = Hit(h.doc, h.start, h.end, h.text)
            got.score += 1.0 / (k + rank)
            got.fts_rank = got.fts_rank or h.fts_rank
            got.bm25 = got.bm25 if got.bm25 is not None else h.bm25
            got.semantic_rank = got.semantic_rank or h.semantic_rank
            got.similarity = h.similarity if h.similarity is not None else got.similarity
            got.highlights = got.highlights or h.highlights
            got.snippet = got.snippet or h.snippet
    return sorted(fused.values(), key=lambda h: (-h.score, h.doc, h.start))


def search(
    view: StoreView, index: SemanticIndex, q: str, mode: str = "hybrid",
    filters: Filters | None = None, limit: int = 20,
) -> tuple[list[Hit], bool]:
    """The best sentences for a query (mode fts, semantic or hybrid), and whether the
    semantic ranking took part (hybrid falls back to full text alone while the index
    of new sentences is being embedded; semantic waits for it)."""
    docs = allowed_docs(view, filters or Filters())
    if docs is not None and not docs:
        return [], mode != "fts"
    pool = max(limit, 50)  # fuse from deeper lists than are shown
    semantic_used = mode != "fts"
    if mode == "fts":
        hits = fts(view, q, limit, docs)
    elif mode == "semantic":
        hits = index.search(encode_query(q), limit, docs) or []
    else:
        near = index.search(encode_query(q), pool, docs, wait=False)
        semantic_used = near is not None
        hits = rrf(fts(view, q, pool, docs), near or [])[:limit]
    for h in hits:
        if h.snippet is None:
            h.snippet = html.escape(h.text)
    return hits, semantic_used

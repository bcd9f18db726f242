"""Run the per-document stage here or in a pool of processes.

Each worker process loads the spaCy model once (pool initializer). Work is fed
through a bounded window, so memory is bounded by the window, not the corpus.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from ..types import DocAnalysis, Record

# (record, the caller's tag for it, analysis or None, error message or None)
Outcome = tuple[Record, object, DocAnalysis | None, str | None]

_NLP = None


def _init_worker() -> None:
    global _NLP
    from ..analyse import nlp

    _NLP = nlp.load()


def analyse_one(record: Record, nlp=None) -> tuple[DocAnalysis | None, str | None]:
    """The per-document stage with its failure turned into a message (never raises)."""
    from ..pipeline import analyse_record

    try:
        return analyse_record(record, nlp or _NLP), None
    except Exception as e:  # one bad document must not stop a batch
        last = traceback.extract_tb(e.__traceback__)[-1]
        return None, f"analysis failed: {type(e).__name__}: {e} ({last.filename.rsplit('/', 1)[-1]}:{last.lineno})"


def _worker(record: Record) -> tuple[DocAnalysis | None, str | None]:
    return analyse_one(record)


def analyse_stream(items: Iterable[tuple[Record, object]], workers: int = 1, window: int = 64) -> Iterator[Outcome]:
    """Analyse (record, tag) pairs; yields an Outcome for each, in input order."""
    if workers <= 1:
        from ..analyse import nlp

        model = nlp.load()
        for record, tag in items:
            yield (record, tag, *analyse_one(record, model))
        return
    # spawn, not fork: the parent may hold threads (Ray, onnxruntime) that fork would copy mid-state
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, mp_context=ctx) as pool:
        pending: deque[tuple[Record, object, Future]] = deque()
        for record, tag in items:
            pending.append((record, tag, pool.submit(_worker, record)))
            if len(pending) >= window:
                rec, t, fut = pending.popleft()
                yield (rec, t, *fut.result())
        while pending:
            rec, t, fut = pending.popleft()
            yield (rec, t, *fut.result())

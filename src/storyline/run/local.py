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
from concurrent.futures.process import BrokenProcessPool

from ..types import DocAnalysis, Record

# (record, the caller's tag for it, analysis or None, error message or None)
Outcome = tuple[Record, object, DocAnalysis | None, str | None]

_NLP = None


def _init_worker() -> None:
    global _NLP
    from ..analyse import nlp

    _NLP = nlp.Reloading()
    _NLP()  # load the model when the worker starts, not with its first document
    _NLP.used = 0


def analyse_one(record: Record, nlp=None) -> tuple[DocAnalysis | None, str | None]:
    """The per-document stage with its failure turned into a message (never raises).

    ``nlp`` is a pipeline, or a callable that hands one out (``analyse.nlp.Reloading``).
    """
    from ..pipeline import analyse_record

    nlp = nlp or _NLP
    if callable(nlp) and not hasattr(nlp, "pipe"):
        nlp = nlp()
    try:
        return analyse_record(record, nlp), None
    except Exception as e:  # one bad document must not stop a batch
        last = traceback.extract_tb(e.__traceback__)[-1]
        msg = " ".join(str(e).split())  # one line, not too long (spaCy's E088 is a paragraph)
        msg = msg if len(msg) <= 200 else msg[:199] + "\u2026"
        return None, f"analysis failed: {type(e).__name__}: {msg} ({last.filename.rsplit('/', 1)[-1]}:{last.lineno})"


def _worker(record: Record) -> tuple[DocAnalysis | None, str | None]:
    return analyse_one(record)


DIED = "analysis failed: the worker process died while analysing it (killed for memory, or a crash in native code)"


def _pool(workers: int, ctx) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, mp_context=ctx)


def _isolate(batch: list[tuple[Record, object]], ctx) -> list[Outcome]:
    """After a worker died: the records that were in flight, one at a time in a process of
    their own, so only the one that kills its process fails."""
    out: list[Outcome] = []
    pool = None
    for record, tag in batch:
        pool = pool or _pool(1, ctx)
        try:
            out.append((record, tag, *pool.submit(_worker, record).result()))
        except BrokenProcessPool:
            out.append((record, tag, None, DIED))
            pool.shutdown(wait=False, cancel_futures=True)
            pool = None
    if pool is not None:
        pool.shutdown()
    return out


def analyse_stream(items: Iterable[tuple[Record, object]], workers: int = 1, window: int = 64) -> Iterator[Outcome]:
    """Analyse (record, tag) pairs; yields an Outcome for each, in input order.

    A worker process that dies (the kernel's OOM killer, a segfault) costs only the
    record that killed it: the records in flight are re-run one by one.
    """
    if workers <= 1:
        from ..analyse import nlp

        model = nlp.Reloading()
        for record, tag in items:
            yield (record, tag, *analyse_one(record, model))
        return
    # spawn, not fork: the parent may hold threads (Ray, onnxruntime) that fork would copy mid-state
    ctx = multiprocessing.get_context("spawn")
    pool = _pool(workers, ctx)
    pending: deque[tuple[Record, object, Future]] = deque()

    def drain(keep: int) -> Iterator[Outcome]:
        nonlocal pool
        while len(pending) > keep:
            rec, t, fut = pending[0]
            try:
                result = fut.result()
            except BrokenProcessPool:
                batch = [(r, tg) for r, tg, _ in pending]
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                yield from _isolate(batch, ctx)
                pool = _pool(workers, ctx)
                return
            pending.popleft()
            yield (rec, t, *result)

    try:
        for record, tag in items:
            try:
                fut = pool.submit(_worker, record)
            except BrokenProcessPool:  # it broke since the last drain: isolate what was in flight
                if pending:
                    yield from drain(0)
                else:
                    pool = _pool(workers, ctx)
                fut = pool.submit(_worker, record)
            pending.append((record, tag, fut))
            yield from drain(window - 1)
        while pending:
            yield from drain(0)
    except BaseException:  # including the caller closing the stream
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()

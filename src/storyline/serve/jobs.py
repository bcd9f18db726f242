"""Background add jobs: analyse new records, store them, rebuild the stories.

The rebuild is the CLI's corpus stage per story (``storybuild.corpus_stage``, the same
code, with no output folder): the pile is split into stories, only the stories whose
members changed are rebuilt, and the largest is the store's main story, so after an
upload the app shows what ``storyline build`` would.

One worker thread runs the jobs in order, one at a time; it alone writes
documents, through its own ``Store``, under the app's write lock. A job's
progress (stage, records done out of total, counts) is readable at any time.
Inputs already in the store (same fingerprint) are skipped, so uploading an
article twice changes nothing: no analysis, no rebuild.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import traceback
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .. import pipeline, schema
from ..builder import Silent, reanalyse
from ..ingest.limits import DEFAULT_MAX_CHARS, limit_record
from ..run.local import analyse_one
from ..store import Store, fingerprint
from ..storybuild import StageOptions, corpus_stage
from ..types import Record
from .uploads import Problem

log = logging.getLogger("storyline.serve")
KEEP_JOBS = 200


@dataclass
class Job:
    id: str
    state: str = "queued"  # queued | running | done | failed
    stage: str = "queued"  # queued | re-analyse | analyse | corpus stage | index | done
    total: int = 0
    processed: int = 0
    added: int = 0
    merged: int = 0
    already_stored: int = 0
    reanalysed: int = 0  # stored documents of an older analysis version, redone
    failures: list[dict] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # ids of the documents the records became
    story_rebuilt: bool = False
    stories_rebuilt: int = 0  # stories whose corpus stage ran (the others were unchanged)
    created: float = field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None
    error: str | None = None

    def view(self) -> dict:
        out = asdict(self)
        out["progress"] = (self.processed / self.total) if self.total else (1.0 if self.state == "done" else 0.0)
        return out


class Jobs:
    """A queue of add jobs and the thread that runs them."""

    def __init__(
        self, store_path: Path, write_lock: threading.Lock, on_change: Callable[[], None] | None = None,
        options: dict | None = None, max_chars: int = DEFAULT_MAX_CHARS,
    ):
        self.store_path = Path(store_path)
        self.write_lock = write_lock
        self.on_change = on_change
        self.options = options or {}
        self.max_chars = max_chars
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._inputs: dict[str, list[Record]] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread: threading.Thread | None = None  # started by the first job

    def submit(self, records: list[Record], problems: list[Problem]) -> Job:
        job = Job(id=uuid.uuid4().hex, total=len(records))
        job.failures = [{"source": p.source, "line": p.line, "message": p.message} for p in problems]
        with self._lock:
            self._jobs[job.id] = job
            self._inputs[job.id] = records
            while len(self._jobs) > KEEP_JOBS:
                old, _ = self._jobs.popitem(last=False)
                self._inputs.pop(old, None)
        self._queue.put(job.id)
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="storyline-add", daemon=True)
                self._thread.start()
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def all(self) -> list[Job]:
        with self._lock:
            return list(self._jobs.values())

    def busy(self) -> bool:
        return any(j.state in ("queued", "running") for j in self.all())

    def stop(self) -> None:
        """Let the worker finish the jobs already queued, then end (at server shutdown)."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                self._queue.put(None)

    def _loop(self) -> None:
        while True:
            job_id = self._queue.get()
            if job_id is None:
                return
            job = self.get(job_id)
            with self._lock:
                records = self._inputs.pop(job_id, [])
            if job is None:
                continue
            job.state, job.started = "running", time.time()
            try:
                self.run(job, records)
                job.state = "done"
            except Exception as e:  # a failed job is reported, the server goes on
                log.exception("add job %s failed", job.id)
                job.state, job.error = "failed", f"{type(e).__name__}: {e}"
                job.failures.append({"source": "", "line": None, "message": traceback.format_exc(limit=1)})
            finally:
                job.stage, job.finished = "done", time.time()

    def run(self, job: Job, records: list[Record]) -> None:
        """Analyse and store what is new, then rerun the corpus stage and save the story."""
        from ..analyse import nlp

        with self.write_lock, Store(self.store_path) as store:
            model = None
            # as build does: documents analysed by another analysis version are redone
            # from their stored cleaned text before the story is rebuilt over them
            stale = store.stale(pipeline.ANALYSIS_VERSION) if records else []
            if stale:
                job.stage, job.total = "re-analyse", job.total + len(stale)
                model = nlp.load()

                def done_one() -> None:
                    job.reanalysed += 1
                    job.processed += 1

                reanalyse(store, stale, model, done_one)
            job.stage = "analyse"
            for record in records:
                fp = fingerprint(record)
                if store.has_input(fp):
                    row = store.db.execute("SELECT doc_id FROM inputs WHERE fingerprint=?", (fp,)).fetchone()
                    job.already_stored += 1
                    if row and row[0]:
                        job.documents.append(row[0])
                    job.processed += 1
                    continue
                limited = limit_record(record, self.max_chars)
                if isinstance(limited, str):
                    job.failures.append({"source": record.source, "line": None, "message": limited})
                    job.processed += 1
                    continue
                model = model or nlp.load()
                analysis, error = analyse_one(limited, model)
                if error or analysis is None:
                    job.failures.append({"source": record.source, "line": None, "message": error or "no analysis"})
                    job.processed += 1
                    continue
                if store.add(analysis, fp=fp, source=record.source):
                    job.added += 1
                else:
                    job.merged += 1
                job.documents.append(analysis.document.id)
                job.processed += 1
            if job.failures:
                run = store.db.execute("SELECT COALESCE(MAX(run), 0) + 1 FROM errors").fetchone()[0]
                store.log_errors(run, [(f["source"], f["line"], f["message"]) for f in job.failures])
            if job.added or job.merged or job.reanalysed or _story_behind(store):
                job.stage = "corpus stage"
                options = StageOptions(brief_sentences=self.options.get("brief_sentences"),
                                       brief_words=self.options.get("brief_words"))
                _, _, _, job.stories_rebuilt = corpus_stage(
                    store, options, Silent(), None, lambda story: store.save_story(schema.dumps(story)))
                job.story_rebuilt = True
        if job.story_rebuilt and self.on_change:
            job.stage = "index"
            self.on_change()


def _story_behind(store: Store) -> bool:
    """No story yet, or one built over other documents (an earlier rebuild failed): the
    main story's documents and those it lists as left out are every stored document."""
    row = store.db.execute(
        "SELECT json_array_length(json, '$.documents') + COALESCE(json_array_length(json, '$.off_topic'), 0)"
        " FROM story WHERE id=1").fetchone()
    return row is None or row[0] != store.count()

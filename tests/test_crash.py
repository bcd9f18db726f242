"""Crash safety: a build killed with SIGKILL at random points leaves a consistent store,
and the next build resumes to the same story.json as an uninterrupted one. Readers
work while a build writes (WAL).

Builds run as real ``storyline build`` processes (python -m storyline.cli) on ~30
generated articles; kill delays come from a fixed seed.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storyline.store import Store

from hostile import good_articles

pytestmark = pytest.mark.slow


def _cmd(inp: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "storyline.cli", "build", str(inp), "--out", str(out)]


def _env() -> dict:
    return {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONHASHSEED": "0"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    inp = tmp_path_factory.mktemp("crash") / "in"
    inp.mkdir()
    for name, text in good_articles(30, seed=11):
        (inp / name).write_text(text, encoding="utf-8")
    return inp


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """An uninterrupted build: its story.json and how long it took."""
    out = tmp_path_factory.mktemp("reference")
    started = time.monotonic()
    done = subprocess.run(_cmd(corpus, out), env=_env(), capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    return (out / "story.json").read_bytes(), time.monotonic() - started


def check_store(path: Path) -> int:
    """The store opens and is consistent; returns its number of documents."""
    raw = sqlite3.connect(str(path))
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        raw.close()
    with Store(path) as store:  # opens (and would create what is missing) like a build does
        db = store.db
        docs = set(store.document_ids())
        # every document has its sources; sources and inputs point to stored documents
        assert db.execute("SELECT COUNT(*) FROM documents WHERE id NOT IN (SELECT doc_id FROM doc_sources)").fetchone()[0] == 0
        assert {r[0] for r in db.execute("SELECT doc_id FROM doc_sources")} <= docs
        assert {r[0] for r in db.execute("SELECT doc_id FROM inputs WHERE doc_id IS NOT NULL")} <= docs
        # the FTS index holds exactly the sentences of the stored analyses
        fts: dict[str, int] = {}
        for doc_id, n in db.execute("SELECT doc_id, COUNT(*) FROM sentences GROUP BY doc_id"):
            fts[doc_id] = n
        analyses = list(store.analyses())
        assert {a.document.id for a in analyses} == docs
        for a in analyses:
            assert a.document.sources
            assert fts.pop(a.document.id, 0) == len(a.sentences)
        assert not fts, f"FTS rows for documents not stored: {sorted(fts)}"
        saved = store.story_json()
        if saved is not None:
            json.loads(saved)
    return len(docs)


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:  # the schema is not there yet
        return 0


def _kill_when(proc: subprocess.Popen, db: Path, docs: int, extra: float, limit: float) -> None:
    """SIGKILL ``extra`` seconds after the store holds ``docs`` documents (or at ``limit``)."""
    started = time.monotonic()
    while proc.poll() is None and _stored(db) < docs and time.monotonic() - started < limit:
        time.sleep(0.05)
    time.sleep(extra)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)


def test_killed_builds_leave_a_consistent_store_and_resume_to_the_same_story(corpus, reference, tmp_path):
    ref_bytes, ref_seconds = reference
    out = tmp_path / "out"
    db = out / "story.db"
    rng = random.Random(20260101)
    # kill points: during start-up, mid-analysis (twice, after a random number of stored
    # documents), and in the corpus stage / while writing outputs (all 30 stored)
    plan = [(0, rng.uniform(0.5, 3.0)), (rng.randrange(2, 12), rng.uniform(0, 0.5)),
            (rng.randrange(14, 28), rng.uniform(0, 0.5)), (30, rng.uniform(0.2, 0.6) * ref_seconds / 3)]
    counts = []
    for docs, extra in plan:
        proc = subprocess.Popen(_cmd(corpus, out), env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _kill_when(proc, db, docs, extra, limit=ref_seconds * 2)
        if db.exists():
            counts.append(check_store(db))
        if (out / "story.json").exists():  # written atomically: never half a file
            json.loads((out / "story.json").read_bytes())
    assert counts == sorted(counts), f"a killed build lost stored documents: {counts}"
    assert any(0 < c < 30 for c in counts), f"no kill landed mid-analysis: {counts}"
    done = subprocess.run(_cmd(corpus, out), env=_env(), capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    assert check_store(db) == 30
    assert (out / "story.json").read_bytes() == ref_bytes
    with Store(db) as store:
        assert store.story_json().encode("utf-8") == ref_bytes


def test_readers_work_while_a_build_writes(corpus, tmp_path):
    out = tmp_path / "out"
    proc = subprocess.Popen(_cmd(corpus, out), env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen: list[int] = []
    try:
        while proc.poll() is None:
            if (out / "story.db").exists():
                with Store(out / "story.db") as store:  # another connection, as serve has
                    analyses = list(store.analyses())
                    assert all(a.document.sources for a in analyses)
                    seen.append(len(analyses))
            time.sleep(0.2)
    finally:
        if proc.poll() is None:
            proc.kill()
        _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr
    assert seen == sorted(seen)
    assert any(0 < n < 30 for n in seen), f"never saw the store mid-build: {seen[:5]}...{seen[-5:]}"


def _dying_worker(record):
    """A worker that dies like one the OOM killer took, on one kind of record."""
    from storyline.run import local

    if "Kestrel" in (record.text or ""):
        os._exit(137)
    return local.analyse_one(record)


def test_a_worker_process_that_dies_costs_only_its_document(tmp_path, monkeypatch):
    from storyline.run import local

    monkeypatch.setattr(local, "_worker", _dying_worker)
    arts = good_articles(8, seed=5)
    records = [(local.Record(source=name, text=text), name) for name, text in arts]
    outcomes = list(local.analyse_stream(records, workers=2, window=4))
    assert [t for _, t, _, _ in outcomes] == [name for name, _ in arts]  # all, in input order
    died = sorted(t for _, t, a, e in outcomes if e == local.DIED)
    assert died == sorted(name for name, text in arts if "Kestrel" in text) and died
    assert all(a is not None for _, t, a, e in outcomes if t not in died)


def test_a_reader_opens_the_store_while_a_writer_holds_its_lock(tmp_path):
    db = tmp_path / "story.db"
    Store(db).close()
    with Store(db) as writer, writer.transaction():  # a build mid-way through storing a document
        writer.db.execute("INSERT INTO errors VALUES(1, 'x', NULL, 'y')")
        started = time.monotonic()
        with Store(db) as reader:  # serve opening the store: no write lock needed
            assert list(reader.analyses()) == [] and reader.count() == 0
        assert time.monotonic() - started < 5

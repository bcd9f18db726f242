"""A soak of the web app: searches, asks and uploads in parallel against a real
``storyline serve`` process on 127.0.0.1, for a bounded time (STORYLINE_SOAK_SECONDS,
default 60). No request fails, the server's memory stays roughly flat, and every
upload is in the store exactly once (an upload sent twice included).
"""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from test_crash import check_store

from hostile import good_articles
from test_serve_support import SCRIPT, copy_store, huawei_store, wait_job  # noqa: F401

pytestmark = pytest.mark.slow
SECONDS = float(os.environ.get("STORYLINE_SOAK_SECONDS", "60"))
QUERIES = ["Huawei", "Honor smartphone brand", "sanctions on chips", "Ren Zhengfei", "US market",
           "Huawei divested a smartphone sub-brand", "5G network equipment", "revenue fell"]
QUESTIONS = ["Is Huawei leaving the US market?", "Who sold the Honor brand?", "What did the US government say?",
             "How much revenue did Huawei report?"]


def _rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(huawei_store, tmp_path):
    store = copy_store(huawei_store, tmp_path / "story.db")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "storyline.cli", "serve", "--store", str(store), "--host", "127.0.0.1",
                             "--port", str(port)], env={**os.environ, "HF_HUB_OFFLINE": "1"},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(f"{url}/api/stats", timeout=5).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert proc.poll() is None and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.2)
    yield url, proc, store
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    proc.stderr.close()


def test_parallel_searches_asks_and_uploads_for_a_while(server):
    url, proc, store = server
    errors: list[str] = []
    counts = {"search": 0, "ask": 0, "upload": 0}
    job_ids: list[str] = []
    articles = good_articles(40, seed=77)
    stop = threading.Event()
    lock = threading.Lock()

    def note(kind: str, r: httpx.Response, ok: tuple[int, ...] = (200,)) -> None:
        with lock:
            counts[kind] += 1
            if r.status_code not in ok:
                errors.append(f"{kind} {r.request.url.path}: {r.status_code} {r.text[:200]}")

    def searcher(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=url, timeout=120) as c:
            while not stop.is_set():
                params = {"q": rng.choice(QUERIES), "mode": rng.choice(["fts", "semantic", "hybrid"]), "limit": 5}
                if rng.random() < 0.3:
                    params["date_from"] = "2015"
                note("search", c.get("/api/search", params=params))

    def asker(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=url, timeout=120) as c:
            while not stop.is_set():
                note("ask", c.get("/api/ask", params={"q": rng.choice(QUESTIONS), "limit": 3}))

    def uploader() -> None:
        with httpx.Client(base_url=url, timeout=120, headers=SCRIPT) as c:
            for i, (name, text) in enumerate(articles):
                if stop.is_set():
                    break
                if i % 2:
                    r = c.post("/api/add", files={"files": (name, text.encode(), "text/plain")})
                else:
                    r = c.post("/api/add", json={"text": text, "title": name})
                note("upload", r, ok=(202,))
                if r.status_code == 202:
                    job_ids.append(r.json()["id"])
                if i == 1:  # the first article again: it must not be stored twice
                    r = c.post("/api/add", json={"text": articles[0][1], "title": articles[0][0]})
                    note("upload", r, ok=(202,))
                    job_ids.append(r.json()["id"])
                stop.wait(5)

    rss: list[tuple[float, float]] = []
    threads = [threading.Thread(target=searcher, args=(s,)) for s in (1, 2)]
    threads += [threading.Thread(target=asker, args=(3,)), threading.Thread(target=uploader)]
    started = time.monotonic()
    for t in threads:
        t.start()
    while time.monotonic() - started < SECONDS:
        rss.append((time.monotonic() - started, _rss_mib(proc.pid)))
        time.sleep(1)
    stop.set()
    for t in threads:
        t.join(180)
    assert not any(t.is_alive() for t in threads)

    with httpx.Client(base_url=url, timeout=120) as c:
        jobs = [wait_job(c, j) for j in job_ids]
        docs = c.get("/api/documents").json()
    assert errors == [], errors[:5]
    assert counts["search"] > 20 and counts["ask"] > 5 and counts["upload"] >= 5, counts
    assert all(j["state"] == "done" and not j["failures"] for j in jobs), [j for j in jobs if j["state"] != "done"][:2]
    uploaded = len(job_ids) - 1  # one of them was the same article again
    assert jobs[2]["already_stored"] == 1 and jobs[2]["added"] == 0
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)) == 4 + uploaded  # every upload in the store, once
    new_ids = {i for j in jobs for i in j["documents"]}
    assert len(new_ids) == uploaded and new_ids <= set(ids)
    # memory roughly flat: the last third of the run holds no more than the middle third plus a margin
    third = SECONDS / 3
    middle = max(m for t, m in rss if third <= t < 2 * third)
    last = max(m for t, m in rss if t >= 2 * third)
    print(f"soak: {counts} in {SECONDS:.0f}s; server RSS middle third {middle:.0f} MiB, last third {last:.0f} MiB")
    assert last <= middle * 1.15 + 64, (middle, last)
    proc.terminate()
    proc.wait(timeout=30)
    assert check_store(Path(store)) == 4 + uploaded

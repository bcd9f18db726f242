"""Helpers for the serve tests: a store built from huawei-us, a real uvicorn server on a free port.

(Named test_serve_* so it sits with the tests it serves; it holds no test.)
"""

from __future__ import annotations

import contextlib
import socket
import sqlite3
import threading
import time
from pathlib import Path

import httpx
import pytest

# short fragments of two huawei-us sentences the search and ask tests look for
HONOR_SALE = "its Honor smartphone brand"
JANE_LI = "We are not leaving U.S."
# what a script sends so that its writes are not taken for a cross-site form (serve/security.py)
SCRIPT = {"X-Storyline-Request": "1"}


_BUILT: dict[str, Path] = {}  # one build per session, though each test module imports the fixture


@pytest.fixture(scope="session")
def huawei_store(huawei_dir, tmp_path_factory) -> Path:
    """A store made the way `storyline build huawei-us --out OUT` makes it (OUT/story.db). Copy it before writing."""
    from storyline import builder as build

    if "huawei" not in _BUILT:
        out = tmp_path_factory.mktemp("serve-build")
        report = build.build([str(huawei_dir)], build.BuildOptions(out=out, outputs=("json",)))
        assert report.documents == 4 and not report.failures, [str(f) for f in report.failures]
        _BUILT["huawei"] = out / "story.db"
    return _BUILT["huawei"]


def copy_store(src: Path, dst: Path) -> Path:
    """A consistent copy of a store (SQLite's online backup, WAL included)."""
    with sqlite3.connect(str(src)) as a, sqlite3.connect(str(dst)) as b:
        a.backup(b)
    return dst


@contextlib.contextmanager
def serving(app, timeout: float = 30.0):
    """Run ``app`` with uvicorn on a free loopback port in a thread; yield its base URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()


def wait_job(client: httpx.Client, job_id: str, timeout: float = 300.0) -> dict:
    """Poll /api/jobs/{id} until the job is done or failed."""
    deadline = time.monotonic() + timeout
    while True:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["state"] in ("done", "failed"):
            return job
        if time.monotonic() > deadline:
            raise AssertionError(f"job still {job['state']} ({job['stage']}) after {timeout}s")
        time.sleep(0.2)

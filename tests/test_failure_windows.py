"""Every failure window of a build, hit on purpose: SIGKILL inside the corpus stage, inside
the store's transactions and half way through writing each output file (the build
blocks at a named point, faults.py, so no kill depends on timing luck); then rebuild.

After each kill: the store passes its integrity checks; every output under its final
name is whole (the old file or the new one, never half); the half-written copy exists
only under its hidden temporary name. The rebuild gives byte-identical outputs to an
uninterrupted build.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_crash import check_store

from storyline.faults import ENV, MARK

pytestmark = pytest.mark.slow
OUTPUTS = ("story.json", "story.md", "timeline.svg", "report.html")
# what a build writes beside them since stories (resolve.stories): the index, checked
# whole by the rebuild's comparison below, not by name here
STORY_INDEX = {"stories", "stories.json", "index.html", "entities.json"}
AVERLY = Path(__file__).resolve().parents[1] / "examples" / "averly-rail"
POINTS = ["corpus:entities", "corpus:quotes", "corpus:brief", "store:embeddings", "write:story.json",
          "write:timeline.svg", "write:story.md", "write:report.html", "store:story", "store:stories"]


def _build(inp: Path, out: Path, **env) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "storyline.cli", "build", str(inp), "--out", str(out)],
                            env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONHASHSEED": "0", **env},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _run(inp: Path, out: Path) -> None:
    proc = _build(inp, out)
    _, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, err


def _outputs(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in OUTPUTS if (out / n).exists()}


def _saved_story(db: Path) -> str | None:
    con = sqlite3.connect(str(db))
    try:
        row = con.execute("SELECT json FROM story WHERE id=1").fetchone()
        return row[0] if row else None
    finally:
        con.close()


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    """Inputs (the examples' 7 articles, one story); a base build of 5 of them (the
    state each kill starts from); the outputs of an uninterrupted build of all 7 from
    that base. (One story: a pile of unrelated articles is split into stories, and
    articles that join none rerun no corpus stage, so the corpus points would not be reached.)"""
    root = tmp_path_factory.mktemp("windows")
    (root / "all").mkdir()
    (root / "six").mkdir()
    files = sorted(p for p in AVERLY.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))
    for i, f in enumerate(files):
        shutil.copy(f, root / "all" / f.name)
        if i < 4:  # 01-04: five articles (03 is a JSONL of two)
            shutil.copy(f, root / "six" / f.name)
    _run(root / "six", root / "base")
    shutil.copytree(root / "base", root / "reference")
    _run(root / "all", root / "reference")
    old, new = _outputs(root / "base"), _outputs(root / "reference")
    assert set(old) == set(new) == set(OUTPUTS) and all(old[n] != new[n] for n in ("story.json", "story.md"))
    return {"root": root, "old": old, "new": new, "old_story": _saved_story(root / "base" / "story.db"),
            "new_story": _saved_story(root / "reference" / "story.db")}


@pytest.mark.parametrize("point", POINTS)
def test_a_build_killed_at_a_named_point_leaves_everything_whole_and_rebuilds_the_same(states, point, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(states["root"] / "base", out)
    mark = tmp_path / "paused"
    proc = _build(states["root"] / "all", out, **{ENV: point, MARK: str(mark)})
    deadline = time.monotonic() + 900
    while not mark.exists():
        assert proc.poll() is None, f"the build ended without reaching {point}: {proc.stderr.read()}"
        assert time.monotonic() < deadline, f"{point} not reached"
        time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    proc.stderr.close()

    assert check_store(out / "story.db") == 7  # integrity, FTS and sources consistent; the new documents kept
    assert _saved_story(out / "story.db") == states["old_story"]  # the new story is committed only whole
    now = _outputs(out)
    order = ["story.json", "timeline.svg", "story.md", "report.html"]  # as build writes them
    written = order[: order.index(point.split(":", 1)[1])] if point.startswith("write:") else (
        order if point == "store:story" else [])
    for name in OUTPUTS:  # each final name holds a whole file: the new one once written, the old one before
        assert now[name] == (states["new"] if name in written else states["old"])[name], (point, name)
    leftovers = sorted(p.name for p in out.iterdir() if p.name not in set(OUTPUTS) | STORY_INDEX | {"story.db", "story.db-wal", "story.db-shm"})
    if point.startswith("write:"):  # the half-written copy, under its hidden temporary name only
        name = point.split(":", 1)[1]
        assert len(leftovers) == 1 and leftovers[0].startswith(f".{name}."), leftovers
        half = (out / leftovers[0]).read_bytes()
        assert 0 < len(half) < len(states["new"][name]) and states["new"][name].startswith(half)
    else:
        assert leftovers == [], leftovers

    _run(states["root"] / "all", out)
    assert _outputs(out) == states["new"]  # byte-identical to the uninterrupted build
    assert _saved_story(out / "story.db") == states["new_story"]
    assert check_store(out / "story.db") == 7


def test_the_pause_hook_does_nothing_when_unset(monkeypatch):  # the must-not-fire twin
    from storyline import faults

    monkeypatch.delenv(ENV, raising=False)
    started = time.monotonic()
    faults.pause("write:story.json")
    monkeypatch.setenv(ENV, "corpus:brief")
    faults.pause("write:story.json")  # another point
    assert time.monotonic() - started < 1

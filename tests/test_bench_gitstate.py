"""bench/gitstate.py: a run on uncommitted package code is labelled +dirty; bench edits are not."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import gitstate  # noqa: E402


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout.strip()


def _repo(tmp_path: Path) -> Path:
    for d in ("src", "bench"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "a.py").write_text("x = 1\n")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@t", "add", ".")
    _git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "init")
    return tmp_path


def test_uncommitted_package_code_is_dirty(tmp_path):
    root = _repo(tmp_path)
    sha = _git(root, "rev-parse", "--short", "HEAD")
    assert gitstate.commit(root=root) == sha
    (root / "src" / "a.py").write_text("x = 2\n")
    assert gitstate.commit(root=root) == sha + "+dirty"


def test_an_edited_bench_is_not_dirty(tmp_path):
    root = _repo(tmp_path)
    (root / "bench" / "a.py").write_text("x = 2\n")
    assert gitstate.commit(root=root) == _git(root, "rev-parse", "--short", "HEAD")


def test_outside_a_checkout_is_unknown(tmp_path):
    assert gitstate.commit(root=tmp_path / "nowhere") == "unknown"

"""Every bench's default ``--data`` is resolved from the script's own place, not from the
working directory: run from another folder, the defaults are the same absolute paths beside
the repository (issue 15, round thirteen). Only the argument parsing runs."""

from __future__ import annotations

import argparse
import inspect
from pathlib import Path

import pytest
from benchmod import BENCH, bench

REPO = BENCH.parent
# a bench reading data: its own --data, or the copy layouts' shared command line (topics_layout.main,
# itself no bench)
WITH_DATA = sorted(p.stem for p in BENCH.glob("*.py") if p.stem != "topics_layout" and any(
    s in p.read_text(encoding="utf-8") for s in ('add_argument("--data"', "topics_layout.main(")))


class _Parsed(Exception):
    def __init__(self, parser: argparse.ArgumentParser):
        self.parser = parser


def _data_default(name: str, monkeypatch) -> object:
    mod = bench(name)

    def capture(self, *a, **k):
        raise _Parsed(self)

    monkeypatch.setattr(argparse.ArgumentParser, "parse_args", capture)
    with pytest.raises(_Parsed) as got:
        mod.main([]) if inspect.signature(mod.main).parameters else mod.main()
    action = next(a for a in got.value.parser._actions if a.dest == "data")
    # an appended --data (bench/dating.py) falls back to the module's DEFAULTS
    return action.default if action.default is not None else getattr(mod, "DEFAULTS", None)


def test_the_benches_with_a_data_folder_are_found():
    assert {"audit", "brief", "attribution", "tls"} <= set(WITH_DATA)


@pytest.mark.parametrize("name", WITH_DATA)
def test_the_default_data_is_beside_the_repository_from_any_working_directory(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    default = _data_default(name, monkeypatch)
    assert _beside_repo(default if isinstance(default, list) else [default]), (name, default)


def _beside_repo(defaults: list) -> bool:
    paths = [Path(p) for p in defaults if p is not None]
    return bool(paths) and all(p.is_absolute() and p.is_relative_to(REPO.parent) for p in paths)


def test_a_default_relative_to_the_working_directory_is_caught():
    assert not _beside_repo(["../shared/bench/timeline17"]) and not _beside_repo([None])
    assert _beside_repo([REPO.parent / "shared/bench/timeline17"])

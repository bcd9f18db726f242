"""Shared fixtures. End-to-end fixtures on examples/ (in the repository) and on
../shared (beside the checkout).

Every test that uses ../shared (through ``huawei_dir`` or ``shared_dir``, directly or
by another fixture) is marked ``slow`` here, at collection: plain ``pytest`` deselects
it (pyproject's addopts), ``make test`` runs it too (``-m "slow or not slow"``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYLINE_SHARED", ROOT.parent / "shared"))
HUAWEI = SHARED / "corpus" / "huawei-us"
EXAMPLES = ROOT / "examples"

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# No property test is a timed test: Hypothesis's default 200 ms deadline per example failed
# test_export's TimelineJS property once on a loaded machine. Tests that set their own
# @settings keep their other fields; the deadline is off for all. The parent is the
# profile Hypothesis chose (under CI its "ci" profile: derandomized, no example database).
settings.register_profile("storyline", parent=settings.default, deadline=None)
settings.load_profile("storyline")


def _require(path: Path) -> Path:
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must have ../shared beside the checkout")
        pytest.skip(f"{path} not found (shared data beside the checkout)")
    return path


# fixtures that read ../shared: a test using any of them (pytest resolves the closure) is slow
SHARED_FIXTURES = frozenset({"huawei_dir", "shared_dir"})


@pytest.hookimpl(tryfirst=True)  # before pytest's own -m deselection reads the marks
def pytest_collection_modifyitems(config, items):
    for item in items:
        if SHARED_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def huawei_dir() -> Path:
    return _require(HUAWEI)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return _require(SHARED)


@pytest.fixture(scope="session")
def huawei_analyses(huawei_dir):
    """DocAnalysis of each huawei-us article, in file-name order."""
    from storyline.pipeline import analyse_record
    from storyline.types import Record

    return [
        analyse_record(Record(source=p.name, text=p.read_text(encoding="utf-8")))
        for p in sorted(huawei_dir.glob("*.txt"))
    ]


@pytest.fixture(scope="session")
def huawei_story(huawei_analyses):
    """The corpus stage over the huawei-us analyses (a schema.Story)."""
    from storyline.pipeline import build_story

    return build_story(huawei_analyses)


@pytest.fixture(scope="session")
def huawei_texts(huawei_analyses) -> dict[str, str]:
    """File name -> cleaned text."""
    return {a.document.sources[0]: a.document.text for a in huawei_analyses}


@pytest.fixture(scope="session")
def averly_analyses():
    """DocAnalysis of each article of examples/averly-rail (in the repository), in reading order."""
    from storyline.ingest.readers import read_inputs
    from storyline.pipeline import analyse_record
    from storyline.types import Record

    items = list(read_inputs([str(EXAMPLES / "averly-rail")]))
    records = [i for i in items if isinstance(i, Record)]
    assert len(records) == len(items) == 7, items
    return [analyse_record(r) for r in records]


@pytest.fixture(scope="session")
def nlp():
    from storyline.analyse.nlp import load

    return load()

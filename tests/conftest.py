"""Shared fixtures. End-to-end fixtures read ../shared (beside the checkout)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYLINE_SHARED", ROOT.parent / "shared"))
HUAWEI = SHARED / "corpus" / "huawei-us"
EXAMPLES = ROOT / "examples"

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def _require(path: Path) -> Path:
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must have ../shared beside the checkout")
        pytest.skip(f"{path} not found (shared data beside the checkout)")
    return path


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
def nlp():
    from storyline.analyse.nlp import load

    return load()

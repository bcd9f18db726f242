"""Determinism: the same inputs in any order, in one build or several, give byte-identical
story.json. Property-style over a generated corpus (with identical copies, a near
duplicate and a JSONL file), orders and batchings drawn with a fixed seed.

(test_build.py checks the same on huawei-us reversed in three runs; test_run.py checks
the process pool and Ray give the same bytes.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from storyline.cli import app

from hostile import good_articles

runner = CliRunner()
pytestmark = pytest.mark.slow


def build(*args) -> None:
    result = runner.invoke(app, ["build", *map(str, args)])
    assert result.exit_code == 0, result.output + repr(result.exception)


def write_corpus(folder: Path) -> list[str]:
    """Ten articles, an identical copy, a near duplicate and a JSONL file; returns the file names."""
    folder.mkdir(parents=True, exist_ok=True)
    arts = good_articles(10, seed=21)
    for name, text in arts:
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "copy-of-00.txt").write_text(arts[0][1], encoding="utf-8")
    (folder / "near-01.txt").write_text(arts[1][1].replace("Article number", "This is article number"), encoding="utf-8")
    lines = [{"text": t, "date": f"2024-0{i + 1}-1{i}", "outlet": "Pellingham Post", "title": t.split("\n")[0]}
             for i, (_, t) in enumerate(good_articles(3, seed=22))]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("det") / "in"
    names = write_corpus(folder)
    out = folder.parent / "one"
    build(folder, "--out", out)
    story = (out / "story.json").read_bytes()
    # the articles are about different things: the pile splits into stories (resolve.stories);
    # story.json is the main one, listing the others' documents and the strays in off_topic
    docs = [d for p in sorted((out / "stories").glob("*/story.json")) for d in json.loads(p.read_text())["documents"]]
    strays = [o for o in json.loads(story)["off_topic"] if o["story"] is None]
    assert len(docs) + len(strays) == 14  # 10 + near duplicate + 3 JSONL lines; the identical copy merged
    assert any(d["duplicate_of"] for d in docs)
    assert any(len(d["sources"]) == 2 for d in docs + strays)
    return folder, names, story


@settings(derandomize=True, max_examples=3, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_order_and_batching_gives_identical_story(corpus, tmp_path_factory, data):
    folder, names, one = corpus
    order = data.draw(st.permutations(names), label="order")
    cuts = sorted(data.draw(st.sets(st.integers(1, len(names) - 1), min_size=1, max_size=3), label="cuts"))
    batches = [order[a:b] for a, b in zip([0, *cuts], [*cuts, len(names)])]
    out = tmp_path_factory.mktemp("batched")
    for batch in batches:
        build(*[folder / n for n in batch], "--out", out)
    assert (out / "story.json").read_bytes() == one, f"order {order}, batches {batches}"
    assert (out / "stories.json").read_bytes() == (folder.parent / "one" / "stories.json").read_bytes()


def test_rebuild_of_a_built_store_changes_nothing(corpus, tmp_path):
    folder, names, one = corpus
    out = tmp_path / "out"
    build(folder, "--out", out)
    build(folder, "--out", out)  # nothing new: only the corpus stage runs again
    assert (out / "story.json").read_bytes() == one

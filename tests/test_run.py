"""Where the per-document stage runs must not change the story: pool and Ray give the same bytes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()


def _build(*args):
    result = runner.invoke(app, ["build", *map(str, args)])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def single(tmp_path_factory, huawei_dir):
    out = tmp_path_factory.mktemp("single")
    _build(huawei_dir, "--out", out)
    return (out / "story.json").read_bytes()


def test_process_pool_gives_the_same_story_on_the_examples(tmp_path):
    """The same check on examples/ (in the repository), so plain pytest covers the pool."""
    from pathlib import Path

    examples = Path(__file__).resolve().parents[1] / "examples"
    _build(examples, "--out", tmp_path / "one")
    _build(examples, "--out", tmp_path / "pool", "--workers", "2")
    assert (tmp_path / "pool" / "story.json").read_bytes() == (tmp_path / "one" / "story.json").read_bytes()


def test_process_pool_gives_the_same_story(tmp_path, huawei_dir, single):
    _build(huawei_dir, "--out", tmp_path, "--workers", "2")
    assert (tmp_path / "story.json").read_bytes() == single


def test_ray_local_gives_the_same_story_and_writes_parquet_shards(tmp_path, huawei_dir, single):
    pytest.importorskip("ray")
    import pyarrow.parquet as pq

    _build(huawei_dir, "--out", tmp_path, "--ray", "local", "--workers", "2")
    assert (tmp_path / "story.json").read_bytes() == single
    shards = sorted((tmp_path / "shards").rglob("*.parquet"))
    assert shards
    rows = sum(pq.read_table(p).num_rows for p in shards)
    assert rows == 4
    table = pq.read_table(shards[0])
    assert set(table.column_names) == {"source", "tag", "analysis", "error", "vectors"}
    assert all(json.loads(v) for v in table.column("vectors").to_pylist())  # each row carries its embeddings


def test_shards_of_a_ray_run_build_the_same_story_elsewhere_without_analysing(tmp_path, huawei_dir, single, monkeypatch):
    """A cluster writes shards; another machine's corpus stage reads them (--shards)."""
    pytest.importorskip("ray")
    import pyarrow as pa
    import pyarrow.parquet as pq

    from storyline import pipeline

    _build(huawei_dir, "--out", tmp_path / "cluster", "--ray", "local", "--workers", "2")
    shards = tmp_path / "cluster" / "shards"

    def no_analysis(*_a, **_k):
        raise AssertionError("a shard's document was analysed again")

    monkeypatch.setattr(pipeline, "analyse_record", no_analysis)
    monkeypatch.setattr(pipeline, "analyse_document", no_analysis)
    out = tmp_path / "elsewhere"
    result = _build("--shards", shards, "--out", out)
    assert "4 new" in result.output
    assert (out / "story.json").read_bytes() == single
    again = _build("--shards", shards, "--out", out)  # the same shards twice: nothing new
    assert "0 new" in again.output and "4 already stored" in again.output
    assert (out / "story.json").read_bytes() == single

    # a Parquet file that is not a shard, and a damaged one: named, the rest imported
    bad = tmp_path / "bad"
    bad.mkdir()
    pq.write_table(pa.table({"x": [1, 2]}), bad / "foreign.parquet")
    good = sorted(shards.rglob("*.parquet"))[0]
    (bad / "cut.parquet").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    rows = pq.read_table(good).to_pylist()
    rows[0]["analysis"] = rows[0]["analysis"][:50]  # one row's analysis cut short
    pq.write_table(pa.Table.from_pylist(rows), bad / "one-bad-row.parquet")
    result = runner.invoke(app, ["build", "--shards", str(bad), "--shards", str(shards), "--out", str(tmp_path / "mixed")])
    assert result.exit_code == 1, result.output
    assert "foreign.parquet: cannot read shard: not a storyline shard" in " ".join(result.output.split())
    assert "cut.parquet: cannot read shard" in result.output
    assert "invalid analysis in shard one-bad-row.parquet" in " ".join(result.output.split())
    assert (tmp_path / "mixed" / "story.json").read_bytes() == single


def test_shards_that_name_nothing_are_refused(tmp_path):
    result = runner.invoke(app, ["build", "--shards", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "no such file or folder" in result.output
    result = runner.invoke(app, ["build", "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "nothing to build" in result.output


@pytest.fixture(scope="module", autouse=True)
def _ray_shutdown():
    yield
    try:
        import ray
    except ImportError:
        return
    if ray.is_initialized():
        ray.shutdown()


def test_reloading_hands_out_a_fresh_pipeline_every_n_documents():
    from storyline.analyse import nlp

    r = nlp.Reloading(every=2)
    first = r()
    assert r() is first
    third = r()
    assert third is not first and r() is third
    # a parse after the swap, then with the shared pipeline: strings stay valid
    assert [t.text for t in third("Ren Zhangvi met Raine.")][:2] == ["Ren", "Zhangvi"]
    assert nlp.load()("Zorblax Quuxington arrived.").text == "Zorblax Quuxington arrived."


def test_reloading_without_a_component_never_hands_out_the_shared_pipeline(monkeypatch):
    """A pipeline without a component is its own, reloaded like the analyse stage's; the
    twin: without ``exclude`` the first one handed out is the shared pipeline, which the
    cleaner parses with (its names left out per call)."""
    from storyline import spacymodel
    from storyline.clean import noise

    # the cleaner's reloader as a new process has it: earlier tests in this process may
    # have asked it for RELOAD_EVERY parses already, after which it rightly hands out a
    # fresh pipeline (the count is per parse, so the suite's order must not decide this)
    monkeypatch.setattr(noise, "_PARSER", spacymodel.Reloading())
    monkeypatch.setattr(noise, "_PARSES", noise._Parses())

    r = spacymodel.Reloading(every=1, exclude=("ner",))
    first = r()
    assert first is not spacymodel.load() and "ner" not in first.pipe_names and "parser" in first.pipe_names
    assert r() is not first  # every=1: a fresh one each time
    assert spacymodel.Reloading()() is spacymodel.load()
    # the cleaner parses with the process's shared pipeline (no second copy), without its names
    parses = noise._parser()
    assert parses.nlp is spacymodel.load()
    doc = parses("Jane Roe of Acme Corp met the mayor of Port Ellery.")
    assert doc.has_annotation("DEP") and not doc.has_annotation("ENT_IOB")
    assert parses("Jane Roe of Acme Corp met the mayor of Port Ellery.") is doc  # a seam's piece parsed once

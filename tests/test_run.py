"""Where the per-document stage runs must not change the story: pool and Ray give the same bytes."""

from __future__ import annotations

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
    assert set(pq.read_table(shards[0]).column_names) == {"source", "tag", "analysis", "error"}


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

"""The storyline command: help that explains itself, timeline mode, schema."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app
from storyline.schema import SCHEMA_VERSION

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_help_lists_commands_and_build_options():
    out = runner.invoke(app, ["--help"]).output
    for cmd in ("build", "timeline", "schema"):
        assert cmd in out
    out = runner.invoke(app, ["build", "--help"]).output
    for opt in ("--out", "--store", "--fresh", "--workers", "--ray", "--max-chars", "--strict", "--brief-sentences", "--brief-words"):
        assert opt in out


def test_schema_command_prints_the_versioned_schema():
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.output)
    assert SCHEMA_VERSION in schema["title"]
    assert {"documents", "entities", "quotes", "figures", "events", "conflicts", "brief"} <= set(schema["properties"])


def _timeline(tmp_path, per_date: int) -> dict[str, list[str]]:
    """The timeline of three dates the CLI writes for the example corpus: date -> its sentences."""
    out = tmp_path / f"tl{per_date}.txt"
    result = runner.invoke(app, ["timeline", str(EXAMPLES), "--dates", "3", "--per-date", str(per_date), "--out", str(out),
                                 "--store", str(tmp_path / "store.db")])
    assert result.exit_code == 0, result.output
    blocks = [b.strip().splitlines() for b in out.read_text().split("-" * 32) if b.strip()]
    timeline = {lines[0]: lines[1:] for lines in blocks}
    assert len(timeline) == len(blocks)  # no date twice
    return timeline


def test_timeline_mode_writes_tilse_format(tmp_path):
    timeline = _timeline(tmp_path, 2)
    dates = list(timeline)
    assert len(dates) == 3  # the example corpus dates more than three days
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)
    assert dates == sorted(dates)
    # --per-date 2 is honoured: each date shows two of its sentences, or all it has when it has
    # fewer (what a date has: the same dates asked with room for every sentence)
    every = _timeline(tmp_path, 50)
    assert list(every) == dates
    for d in dates:
        assert timeline[d] and len(timeline[d]) == min(2, len(every[d])), d
        assert len(set(timeline[d])) == len(timeline[d]) and set(timeline[d]) <= set(every[d]), d
    assert any(len(every[d]) > 2 for d in dates)  # the corpus has more than two on some date: the cap is tested
    # the strike began on 3 March 2025 (stated in an example article)
    assert "2025-03-03" in dates

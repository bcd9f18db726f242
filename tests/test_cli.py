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
    for opt in ("--out", "--store", "--fresh", "--workers", "--ray", "--max-chars", "--strict", "--brief-sentences"):
        assert opt in out


def test_schema_command_prints_the_versioned_schema():
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.output)
    assert SCHEMA_VERSION in schema["title"]
    assert {"documents", "entities", "quotes", "figures", "events", "conflicts", "brief"} <= set(schema["properties"])


def test_timeline_mode_writes_tilse_format(tmp_path):
    out = tmp_path / "tl.txt"
    result = runner.invoke(app, ["timeline", str(EXAMPLES), "--dates", "3", "--per-date", "2", "--out", str(out)])
    assert result.exit_code == 0, result.output
    blocks = [b.strip() for b in out.read_text().split("-" * 32) if b.strip()]
    assert len(blocks) == 3  # the example corpus dates more than three days
    dates = []
    for block in blocks:
        lines = block.splitlines()
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", lines[0])
        assert 1 <= len(lines) - 1 <= 2
        dates.append(lines[0])
    assert dates == sorted(dates)
    assert max(len(b.splitlines()) - 1 for b in blocks) == 2  # --per-date 2 is honoured where a day has two
    # the strike began on 3 March 2025 (stated in an example article)
    assert "2025-03-03" in dates

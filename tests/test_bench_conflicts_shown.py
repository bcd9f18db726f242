"""bench/conflicts_shown.py: the shown-conflict list and its verdicts (issue 20, round twenty-one).
Only the listing runs here, on a folder of invented conflict items; no story is built."""

from __future__ import annotations

import json

from benchmod import bench

cs = bench("conflicts_shown")


def _item(key: str, shown: bool) -> dict:
    return {"category": "conflicts", "key": key,
            "fields": {"kind": "numeric", "explanation": "A gives 5 units; B gives 9 units",
                       "other": {"shown": shown, "confidence": 0.6 if shown else 0.3}},
            "excerpts": [{"label": "side A", "doc": "D01", "start": 0, "end": 1, "text": "5", "before": "", "after": ""}]}


def test_the_verdicts_file_is_well_formed():
    rows = [line.split("\t") for line in cs.VERDICTS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert rows, "no verdicts"
    keys = [r[0] for r in rows]
    assert len(keys) == len(set(keys))
    for r in rows:
        assert len(r) == 4 and len(r[0]) == 16 and r[2] in ("real", "false", "unclear") and r[3].strip(), r


def test_the_listing_counts_shown_ones_and_their_precision(tmp_path, monkeypatch, capsys):
    verdicts = tmp_path / "v.tsv"
    verdicts.write_text("# header\nk1\tt\treal\tsame thing\nk2\tt\tfalse\ttwo days\n", encoding="utf-8")
    monkeypatch.setattr(cs, "VERDICTS", verdicts)
    rows = [_item("k1", True), _item("k2", True), _item("k3", True), _item("k4", False)]
    (tmp_path / "t.conflicts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    counts = cs.listing(tmp_path, ["t"])
    assert (counts["shown"], counts["possible"]) == (3, 1)
    assert (counts["real"], counts["false"], counts["unjudged"]) == (1, 1, 1)
    assert counts["precision"] == 0.5
    assert "to judge: k3" in capsys.readouterr().out

"""bench/fnc1_topics.py: FNC-1's bodies laid out as one Timeline17-shaped topic per claim for the
audit (round forty-two). Small CSV files written here in FNC-1's shape."""

from __future__ import annotations

import csv

import pytest
from benchmod import BENCH, bench

fnc = bench("fnc1_topics")

BODIES = {"1": "A body on the crab.\n\nIt is 50ft long.", "2": "The crab is a hoax.", "3": "Crab news.",
          "4": "The werewolf godson.", "5": "Kirchner adopted him.", "6": "Unrelated football.", "7": "  "}
STANCES = [
    ("Giant crab spotted", "1", "discuss"), ("Giant crab spotted", "2", "disagree"),
    ("Crab is 50ft", "2", "agree"), ("Crab is 50ft", "3", "agree"),  # joined to the first through body 2
    ("Werewolf godson", "5", "agree"), ("Werewolf godson", "4", "discuss"), ("Werewolf godson", "7", "agree"),
    ("Giant crab spotted", "6", "unrelated"),  # a random pairing: read as no tie
    ("Werewolf godson", "1", "unrelated"),
]


def _write(folder, bodies=BODIES, stances=STANCES):
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "dev_bodies.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Body ID", "articleBody"])
        w.writerows(bodies.items())
    with (folder / "dev_stances.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Headline", "Body ID", "Stance"])
        w.writerows(stances)
    return folder


def test_claims_join_bodies_over_shared_headlines_and_ignore_unrelated_pairs():
    rows = [dict(zip(("Headline", "Body ID", "Stance"), r)) for r in STANCES]
    assert fnc.claims(rows) == [["1", "2", "3"], ["4", "5", "7"]]


def test_claims_rank_by_size_then_by_the_smallest_id():
    rows = [{"Headline": h, "Body ID": b, "Stance": "agree"} for h, b in
            [("x", "30"), ("y", "4"), ("z", "10"), ("z", "11")]]
    assert fnc.claims(rows) == [["10", "11"], ["4"], ["30"]]


def test_lay_out_writes_each_claim_undated_with_the_body_as_given_and_skips_an_empty_body(tmp_path):
    data = _write(tmp_path / "fnc1")
    counts = fnc.lay_out(data, tmp_path / "out")
    assert counts == {"fnc1_c001": 3, "fnc1_c002": 2}  # body 7 is blank; body 6 is only in unrelated pairs
    p = tmp_path / "out" / "fnc1_c001" / "InputDocs" / "undated" / "1.txt"
    assert p.read_text(encoding="utf-8") == BODIES["1"]
    assert not (tmp_path / "out" / "fnc1_c002" / "InputDocs" / "undated" / "7.txt").exists()


def test_lay_out_refuses_the_repository_a_missing_body_and_a_file_without_its_columns(tmp_path):
    data = _write(tmp_path / "fnc1")
    with pytest.raises(ValueError, match="inside the repository"):
        fnc.lay_out(data, BENCH / "fnc-out")
    bad = _write(tmp_path / "bad", bodies={"1": "x"})
    with pytest.raises(ValueError, match="no body 2"):
        fnc.lay_out(bad, tmp_path / "out2")
    (bad / "dev_stances.csv").write_text("Title,Body\nx,1\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"dev_stances.csv: not an FNC-1 file"):
        fnc.lay_out(bad, tmp_path / "out3")
    none = _write(tmp_path / "none", stances=[("h", "1", "unrelated")])
    with pytest.raises(ValueError, match="no related"):
        fnc.lay_out(none, tmp_path / "out4")


def test_main_prints_the_counts_and_exits_2_on_bad_input(tmp_path, capsys):
    data = _write(tmp_path / "fnc1")
    assert fnc.main(["--data", str(data), "--out", str(tmp_path / "out")]) == 0
    assert '"fnc1_c001": 3' in capsys.readouterr().out.strip().splitlines()[-1]
    assert fnc.main(["--data", str(tmp_path / "nothing"), "--out", str(tmp_path / "out5")]) == 2
    assert "nothing" in capsys.readouterr().err

"""Round fifty-seven, mender m7: figures left wrong on the rebuilt seed-172 audit (extraction_web,
181 pages). Each rule has a test that failed before its change and a must-not-fire twin; the
texts are invented for these tests."""

from __future__ import annotations

from storyline.analyse import quantities


def _parsed(text: str):
    return [(q.text, q.kind, q.value, q.low, q.high) for q in quantities.parse(text)]


# F7: "97%–98%", two shares summing over 100, is a range, not two sides' shares


def test_two_shares_over_a_whole_across_a_dash_are_a_range():
    got = _parsed("Her blood oxygen now reads 95%–99% on most days.")
    assert got == [("95%–99%", "range", None, 95.0, 99.0)]


def test_twin_two_sides_shares_across_a_dash_stay_a_pair():
    got = _parsed("Voters backed the plan by 58%-33%, the poll found.")
    assert [g[0] for g in got] == ["58%", "33%"]


def test_twin_a_low_then_high_pair_under_a_whole_stays_a_pair():
    got = _parsed("The mayor trails, 41%-52%, among women.")
    assert [g[0] for g in got] == ["41%", "52%"]


# F1: "N <unit> to more (than) M <unit>" is an open range: at least N, never an exact N


def test_a_range_open_at_the_top_is_a_lower_bound():
    got = _parsed("The van can drive 150 miles to more than 200 miles per charge.")
    assert len(got) == 1 and got[0][1] == "bound" and got[0][3] == 150.0 and got[0][2] is None


def test_a_range_open_at_the_top_with_than_left_out_is_a_lower_bound():
    got = _parsed("The van can drive 150 miles to more 200 miles per charge.")
    assert len(got) == 1 and got[0][1] == "bound" and got[0][3] == 150.0


def test_twin_a_change_to_more_than_is_read_as_before():
    got = _parsed("Sales rose 5% to more than 10% of the market.")
    assert not any(g[1] == "bound" and g[3] == 5.0 for g in got)


def test_twin_a_plain_range_stays_a_range():
    got = _parsed("The van can drive 150 miles to 200 miles per charge.")
    assert not any(g[1] == "bound" for g in got)

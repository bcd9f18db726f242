"""A number inside a date or time the timex stage read is no figure (issue 20, round
thirty-five, integrator): a day of the month before a plural noun ("the Feb. 1 caucuses")
and a half of a year ("the first half of the year"). Texts written for the test."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _figures(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.text, f.value, f.unit) for f in analyse_record(Record(source="t", text=text)).figures]


def test_a_day_of_the_month_before_a_plural_noun_is_no_count():
    assert _figures("Candidates crowded into the state before Ohio's Feb. 9 primaries.") == []


def test_a_count_after_a_date_stays():
    # twin: the count stands apart from the date
    assert ("14", 14.0, "states") in _figures("On March 3, 14 states held primaries.")


def test_the_first_half_of_the_year_is_no_share():
    assert _figures("The fund raised little in the first half of the year, its treasurer said.") == []


def test_half_of_the_voters_is_a_share():
    # twin: a half of a total, no time
    assert ("Half", 50.0, "%") in _figures("Half of the voters backed the levy, the count showed.")

"""Which way a weekday lies from the document's date: the tense and the clause decide.

"will meet on Wednesday" is the coming Wednesday, "said on Monday" the past Monday;
each forward cue has a twin that must stay backward.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_timex import _extract

from storyline import timenorm

ANCHOR = "2021-02-10"  # a Wednesday


def _days(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {t.text: (t.value, t.day_cue) for t in _extract(nlp, text, ANCHOR)}


@pytest.mark.parametrize(
    "text,day,value",
    [
        # forward: the clause looks ahead
        ("The ministers will meet on Friday to discuss the plan.", "Friday", "2021-02-12"),
        ("On Monday it will announce the results.", "Monday", "2021-02-15"),
        ("Officials are scheduled to meet on Friday.", "Friday", "2021-02-12"),
        ("He is to travel to Paris on Tuesday.", "Tuesday", "2021-02-16"),
        ("Leaders meet on Tuesday in Brussels.", "Tuesday", "2021-02-16"),
        ("The summit, which opens on Tuesday, is the first in years.", "Tuesday", "2021-02-16"),
        ("The rebels said they would attack on Saturday.", "Saturday", "2021-02-13"),
        ("Talks are due to resume next Friday.", "next Friday", "2021-02-12"),
        ("The Senate may begin debating the bill as early as Friday.", "Friday", "2021-02-12"),
        # twins: the same days told in the past stay behind
        ("The ministers met on Friday to discuss the plan.", "Friday", "2021-02-05"),
        ("The company said on Monday that profits fell.", "Monday", "2021-02-08"),
        ("Officials tried to meet on Friday.", "Friday", "2021-02-05"),
        ("The Senate began debating the bill as early as Friday.", "Friday", "2021-02-05"),
        ("Leaders met on Tuesday in Brussels.", "Tuesday", "2021-02-09"),
        ("The summit, which opened on Tuesday, was the first in years.", "Tuesday", "2021-02-09"),
        ("The rebels would have attacked on Saturday.", "Saturday", "2021-02-06"),
        ("Talks resumed last Friday.", "last Friday", "2021-02-05"),
        ("Neither of them could be located Tuesday in their hometown.", "Tuesday", "2021-02-09"),
        ("The offer had been due to expire Friday evening.", "Friday evening", "2021-02-05TEV"),
        ("The move follows Tuesday's declaration by Ford.", "Tuesday", "2021-02-09"),
        ("Losses in the index on Tuesday hurt the composite.", "Tuesday", "2021-02-09"),
    ],
)
def test_weekday_direction(nlp, text, day, value):
    assert _days(nlp, text)[day][0] == value


def test_a_day_before_the_clause_belongs_to_the_verb_before_it(nlp):
    # the parser hangs "on Monday" on "visit"; it is the day of the saying
    days = _days(nlp, "Obama said on Monday he would visit Haiti on Friday.")
    assert days["Monday"][0] == "2021-02-08"
    assert days["Friday"][0] == "2021-02-12"
    assert days["Friday"][1]  # the forward cue is recorded as evidence
    # twin: a day inside the reported clause ("that on Friday ...") is the clause's
    assert _days(nlp, "He said that on Friday the rebels would attack.")["Friday"][0] == "2021-02-12"


def test_forward_cue_is_recorded_and_past_has_none(nlp):
    assert _days(nlp, "Officials are scheduled to meet on Friday.")["Friday"][1] == '"to meet" under "scheduled"'
    assert _days(nlp, "The ministers met on Friday.")["Friday"][1] is None


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@settings(derandomize=True, max_examples=300)
@given(
    day=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2060, 12, 31)),
    wd=st.integers(min_value=0, max_value=6),
    tense=st.sampled_from(["past", "future", None]),
    prefix=st.sampled_from(["", "on ", "last ", "next ", "this "]),
)
def test_weekday_lands_on_its_weekday_on_the_told_side(day, wd, tense, prefix):
    value, gran = timenorm.normalise(prefix + WEEKDAYS[wd].capitalize(), day.isoformat(), tense)
    assert gran == "day"
    if value is None:
        # "last Monday" written later in the same week: no value (tests/test_timenorm_last.py)
        assert prefix == "last " and day.weekday() != 6 and wd < day.weekday()
        return
    got = dt.date.fromisoformat(value)
    assert got.weekday() == wd
    delta = (got - day).days
    assert -7 <= delta <= 7
    if prefix == "last ":
        assert -7 <= delta < 0
    elif prefix == "next ":
        assert 0 < delta <= 7
    elif prefix == "this ":
        assert got.isocalendar()[:2] == day.isocalendar()[:2]  # the same ISO week
    elif tense == "past":
        assert -6 <= delta <= 0
    elif tense == "future":
        assert 0 <= delta <= 6
    else:
        assert -6 <= delta <= 1  # untold: the past one, unless it is tomorrow


@settings(derandomize=True, max_examples=200)
@given(
    day=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2060, 12, 31)),
    d=st.integers(min_value=1, max_value=31),
    tense=st.sampled_from(["past", "future", None]),
)
def test_day_of_month_is_a_real_day_near_the_anchor(day, d, tense):
    value, gran = timenorm.normalise(f"the {d}th", day.isoformat(), tense)
    if value is None:
        return  # the 31st of a 30-day month: abstains
    got = dt.date.fromisoformat(value)
    assert got.day == d and abs((got - day).days) <= 62
    if tense == "past":
        assert got <= day
    elif tense == "future":
        assert got >= day


def test_anchored_is_one_rule():
    # a value from the document's date is anchored; an absolute one, a duration, or no value is not
    assert timenorm.parse("last Friday", ANCHOR).anchored
    assert not timenorm.parse("March 3, 2019", ANCHOR).anchored
    assert not timenorm.parse("two years", ANCHOR).anchored
    assert not timenorm.parse("last Friday", None).anchored
    v, g, anchored = timenorm.resolve_anchored(timenorm.read("next month").rel, ANCHOR)
    assert (v, g, anchored) == ("2021-03", "month", True)


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("He urged him to compete in this year's election.", "this year", "2021"),
        ("The plan should be in place by year end.", "year end", "2021"),
        ("The rules should be in place by year's end.", "year's end", "2021"),
        # twins: a bare unit stays a duration
        ("The contract runs for a year.", "a year", "P1Y"),
        ("Sales for the year were flat.", "the year", None),
    ],
)
def test_this_year_and_year_end(nlp, text, span, value):
    assert _days(nlp, text)[span][0] == value


def test_an_absolute_with_clause_gives_a_weekday_no_direction(nlp):
    # audit H1N1 V20: "announced a return to normalcy, with ... schools opening their doors on
    # Thursday" in a Tuesday article is the coming Thursday; the clause has no tense: no value
    text = ("Today the mayor announced a return to routine, with people going back to their jobs "
            "tomorrow and schools opening their doors on Thursday.")
    days = _days(nlp, text)
    assert days["Thursday"][0] is None
    assert days["tomorrow"][0] == "2021-02-11"  # a day word keeps its value
    # the audit's sentence's shape, where the parser hangs "opening" on "announced"
    text = ('Today, President Felipe Calderon announced a return to "calm", with staff going back '
            "to the office tomorrow, bars and restaurants reopening, and schools and universities opening "
            "their doors on Thursday.")
    assert _days(nlp, text)["Thursday"][0] is None
    # twin: a participle of a past verb keeps the past day
    assert _days(nlp, "Speaking on Monday, the minister said the plan had failed.")["Monday"][0] == "2021-02-08"

"""A clock and the day it is on, in either order (audit H1N1 V16: "at 11pm on 27 April"
was dated by the article's day because "on 27" was read as an hour)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_timex import _extract

from storyline import timenorm

ANCHOR = "2009-05-05"  # a Tuesday


def _found(nlp, text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in _extract(nlp, text, ANCHOR)}


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The Acme office changed its guidance at 11pm on 27 April advising against trips.", "11pm on 27 April", "2009-04-27T23:00"),
        ("The office shut at 11 p.m. on April 27, 2009, and reopened.", "11 p.m. on April 27, 2009", "2009-04-27T23:00"),
        ("The ministry changed its advice at 0600 GMT on Tuesday.", "0600 GMT on Tuesday", "2009-05-05T06:00"),
        ("The office shut on April 27 at 10:30 and reopened.", "April 27 at 10:30", "2009-04-27T10:30"),
        ("The office shut at 11pm on Friday.", "11pm on Friday", "2009-05-01T23:00"),
        # twins: a number after "on" is not a day, a number after "at" is not a clock
        ("The office shut at 11pm, on 27 of the cases.", "11pm", "2009-05-05T23:00"),
        ("The office shut at 11pm on 27 sites.", "11pm", "2009-05-05T23:00"),
        ("It shut on 27 April at 11 of its sites.", "27 April", "2009-04-27"),
    ],
)
def test_clock_takes_its_day(nlp, text, span, value):
    found = _found(nlp, text)
    assert found.get(span) == value, found


_MONTHS = {"january": 1, "april": 4, "june": 6, "september": 9, "december": 12}


@settings(derandomize=True, max_examples=60, deadline=None)
@given(
    st.integers(1, 12), st.sampled_from(["am", "pm", " a.m.", " p.m."]), st.integers(1, 28),
    st.sampled_from(sorted(_MONTHS)), st.booleans(), st.sampled_from(["clock on date", "clock date", "date at clock"]),
)
def test_clock_and_day_in_either_order(hour, half, day, month, day_first, order):
    clock = f"{hour}{half}"
    date = f"{day} {month}" if day_first else f"{month} {day}"
    text = {"clock on date": f"{clock} on {date}", "clock date": f"{clock} {date}", "date at clock": f"{date} at {clock}"}[order]
    r = timenorm.read(text)
    assert r is not None and r.type == "TIME", text
    assert r.rel.date is not None and (r.rel.date.month, r.rel.date.day) == (_MONTHS[month], day), text
    assert r.rel.clock == f"{hour % 12 + (12 if 'p' in half else 0):02d}:00", text


@settings(derandomize=True, max_examples=40, deadline=None)
@given(st.integers(1, 12), st.sampled_from(["am", "pm"]), st.integers(1, 99))
def test_a_bare_number_after_a_clock_is_never_its_day_or_hour(hour, half, n):
    r = timenorm.read(f"{hour}{half} on {n}")
    assert r is None or r.rel.clock == f"{hour % 12 + (12 if half == 'pm' else 0):02d}:00"


@pytest.mark.parametrize(
    "text,span,value",
    [
        # a bare clock takes the day its phrase names (audit haiti V21: a diary heading)
        ("18 JANUARY, 2200 GMT, SANTO DOMINGO AIRPORT The crowd grew angry.", "18 JANUARY, 2200 GMT", "2009-01-18T22:00"),
        ("The plane landed at 0910 local time (1410 GMT) on Monday.", "0910 local time", "2009-05-04T09:10"),
        ("The blast came at about 10:35 a.m. (0735 GMT) Friday, toppling a building.", "10:35 a.m.", "2009-05-01T10:35"),
        # twins: a day in another sentence, or none, leaves the clock on the document's day
        ("The plane landed at 0910 local time. It had left on Monday.", "0910 local time", "2009-05-05T09:10"),
        ("Troops arrived at 1800 GMT.", "1800 GMT", "2009-05-05T18:00"),
    ],
)
def test_bare_clock_takes_the_day_of_its_phrase(nlp, text, span, value):
    found = _found(nlp, text)
    assert found.get(span) == value, found


def test_clock_after_daily_is_a_recurring_time_not_a_day(nlp):
    # audit haiti V29: "broadcasting daily at 0910 local time" dated the article's day
    found = _found(nlp, "The station broadcasts daily in Creole at 0910 local time (1410 GMT), for 20 minutes.")
    assert found["0910 local time"] is None and found["1410 GMT"] is None
    # the audit's own words (spaCy leaves "daily" untagged there); twin: a rate "per day" is no recurrence
    found = _found(nlp, "Broadcasting on FM radio daily in Marotian at 0910 local time (1410 GMT), for 20 minutes.")
    assert found["0910 local time"] is None
    found = _found(nlp, "The well leaked 5,000 barrels per day, they said at 1800 GMT.")
    assert found["1800 GMT"] == "2009-05-05T18:00"
    # twin: no "daily", the clock keeps the document's day
    found = _found(nlp, "The station broadcast an appeal in Creole at 0910 local time.")
    assert found["0910 local time"] == "2009-05-05T09:10"

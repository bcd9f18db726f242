"""Typed time readings (issue 15): what ``timenorm.read`` gives and a Timex carries, and
analyses stored before 5-17b (one-letter keys in a free ``extra`` dict) still loading."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline import timenorm
from storyline.types import DocAnalysis, EventRelation, TimeReading, Timex

ANCHOR = "2021-02-10"


@pytest.mark.parametrize("old, new", [
    ({"k": "off", "u": "year", "n": -1}, TimeReading(kind="off", unit="year", offset=-1)),
    ({"k": "md", "m": 10, "d": 13, "wd": 4}, TimeReading(kind="md", month=10, day=13, weekday=4)),
    ({"k": "decade2", "d": 9}, TimeReading(kind="decade2", decade=9)),  # "d" is a decade here, a day elsewhere
    ({"k": "dom", "d": 15}, TimeReading(kind="dom", day=15)),
    ({"k": "ago", "u": "day", "n": -3, "time": True}, TimeReading(kind="ago", unit="day", offset=-3, clock_unit=True)),
    ({"k": "time", "date": {"k": "wd", "wd": 1, "dir": "past"}, "t": "15:00"},
     TimeReading(kind="time", date=TimeReading(kind="wd", weekday=1, direction="past"), clock="15:00")),
    ({"k": "year2", "yy": 98, "suffix": "-Q3", "g": "quarter"},
     TimeReading(kind="year2", two_digit_year=98, suffix="-Q3", granularity="quarter")),
    ({"k": "q", "q": 3, "yoff": -1}, TimeReading(kind="q", quarter=3, year_offset=-1)),
])
def test_old_reading_keys_load_as_named_fields(old, new):
    assert TimeReading.model_validate(old) == new
    assert timenorm.resolve(TimeReading.model_validate(old), ANCHOR, "past") == timenorm.resolve(new, ANCHOR, "past")


def test_new_shape_is_not_rewritten():
    # a reading already in named fields passes as it is (its "day" is not taken for an old key)
    data = {"kind": "md", "month": 3, "day": 4}
    assert TimeReading.model_validate(data) == TimeReading(kind="md", month=3, day=4)
    with pytest.raises(ValueError):
        TimeReading.model_validate({"kind": "md", "m": 3})  # a one-letter key without "k" is an error, not a guess


def test_stored_timex_of_the_old_shape_loads():
    old = {"start": 0, "end": 8, "text": "November", "type": "DATE", "value": None, "granularity": "month",
           "anchored": False, "extra": {"rel": {"k": "month", "m": 11}, "tense": "past", "mod": "END", "prev": 2,
                                        "dir_cue": "will", "evrel": {"dur": "P1M", "dir": "after", "signal": [9, 14]}}}
    tx = Timex.model_validate(old)
    assert tx.reading == TimeReading(kind="month", month=11)
    assert (tx.tense, tx.modifier, tx.previous, tx.day_cue) == ("past", "END", 2, "will")
    assert tx.event_relation == EventRelation(duration="P1M", direction="after", signal=[9, 14])
    assert timenorm.resolve(tx.reading, ANCHOR, tx.tense) == ("2020-11", "month")
    # and one stored without a reading (no extra keys) has none
    bare = Timex.model_validate({"start": 0, "end": 4, "text": "2019", "type": "DATE", "value": "2019", "extra": {}})
    assert bare.reading is None and bare.tense is None


def test_old_analysis_round_trips_through_json():
    doc = {"id": "d", "text": "last year"}
    old = {"version": "5", "document": doc, "timexes": [
        {"start": 0, "end": 9, "text": "last year", "type": "DATE", "extra": {"rel": {"k": "off", "u": "year", "n": -1}, "tense": None}}]}
    a = DocAnalysis.model_validate(old)
    again = DocAnalysis.model_validate_json(a.model_dump_json())
    assert again.timexes[0].reading == timenorm.read("last year").rel
    assert "extra" not in again.timexes[0].model_dump()


@given(st.sampled_from(["last year", "November", "the 90s", "3pm Tuesday", "Friday, Oct. 13", "three hours ago",
                        "last spring", "the third quarter", "next month", "two days later", "the 15th", "Q3 '98",
                        "yesterday", "the past year", "every Monday"]),
       st.sampled_from([None, "2021", "2021-02", "2021-02-10", "1999-12-31"]),
       st.sampled_from([None, "past", "present", "future"]))
def test_a_reading_resolves_the_same_after_a_json_round_trip(text, anchor, tense):
    r = timenorm.read(text)
    assert r is not None
    back = TimeReading.model_validate_json(r.rel.model_dump_json())
    assert back == r.rel
    assert timenorm.resolve(back, anchor, tense) == timenorm.resolve(r.rel, anchor, tense)


def test_a_reading_missing_what_its_kind_needs_is_an_error_not_a_guess():
    with pytest.raises(ValueError, match="month"):
        timenorm.resolve(TimeReading(kind="md", day=3), ANCHOR, "past")
    assert timenorm.resolve(TimeReading(kind="md", month=1, day=3), ANCHOR, "past") == ("2021-01-03", "day")

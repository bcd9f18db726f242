"""Numbers that are not years: each shape with its twin that is a year (issue 17, item 2)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline import timenorm


def _years(nlp, text: str, published: str | None = "2011-03-20") -> list[str]:
    """The year values (granularity year) extracted from a short text."""
    from storyline import schema
    from storyline.analyse import parse, timex
    from storyline.types import DocAnalysis

    pub = schema.Published(value=published, source="metadata") if published else schema.Published()
    a = DocAnalysis(version="t", document=schema.Document(id="d", text=text, published=pub))
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    return [t.value for t in timex.extract(sdoc, a) if t.granularity == "year"]


def _values(nlp, text: str, published: str | None = "2011-03-20") -> list[str | None]:
    from storyline import schema
    from storyline.analyse import parse, timex
    from storyline.types import DocAnalysis

    pub = schema.Published(value=published, source="metadata") if published else schema.Published()
    a = DocAnalysis(version="t", document=schema.Document(id="d", text=text, published=pub))
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    return [t.value for t in timex.extract(sdoc, a)]


NOT_YEARS = [
    # counts
    ("Witnesses said between 1000 and 2000 people were killed in the city.", []),
    ("The army sent 2000 troops to the border.", []),
    ("The army sent 1,800 troops to the border.", []),
    ("About 2000 protesters gathered in the square.", []),
    ("Officials said at least 1500 had fled.", []),
    # clock times
    ("The strikes began at 1800 GMT on Saturday.", None),
    ("The curfew starts at 0600 local time.", None),
    ("The curfew starts at 0600 UK time.", None),
    # names and products
    ("A Qatari Mirage 2000-5 jet joined the patrol.", []),
    ("The office still runs Windows 2000 on its computers.", []),
    # legal and resolution numbers
    ("The council passed resolution 1973 to protect civilians.", []),
    ("The rebels cited resolutions 1970 and 1973 in their appeal.", []),
    ("The measure was published as Law 2011/45 last month.", []),
    # addresses and prices
    ("Protesters marched to 1600 Pennsylvania Avenue.", []),
    ("The ticket cost $2000 at the door.", []),
]

YEARS = [
    ("Sales fell sharply in 2000 after the crash.", ["2000"]),
    ("Veterans of the 1973 war gathered in Cairo.", ["1973"]),
    ("In 1969 Gaddafi seized power in a coup.", ["1969"]),
    ("The law passed in 1973 was repealed.", ["1973"]),
    ("Turnout rose ahead of the 2011 elections.", ["2011"]),
    ("The company was founded in 1898 by two brothers.", ["1898"]),
    # "Christmas 2010" is now read whole as a day (2010-12-25, test_timex_te3_classes); the twin keeps a bare year
    ("Shops reopened after Christmas in 2010.", ["2010"]),
    ("The upgrade to Windows in 2000 cost millions.", ["2000"]),
]


@pytest.mark.parametrize("text,expected", NOT_YEARS)
def test_numbers_that_are_not_years(nlp, text, expected):
    assert _years(nlp, text) == [] if expected is None else _years(nlp, text) == expected


@pytest.mark.parametrize("text,expected", YEARS)
def test_their_twins_are_years(nlp, text, expected):
    assert _years(nlp, text) == expected


def test_a_year_far_from_the_story_needs_a_cue(nlp):
    # 1000 in a 2011 story with no date cue is not a year; "in 1066" is
    assert _years(nlp, "The rebels said 1000 had died.") == []
    assert _years(nlp, "The abbey was built in 1066 by the king.") == ["1066"]
    # without a document date the window is 1900-2100
    assert _years(nlp, "The rebels said 1200 had died.", None) == []
    assert _years(nlp, "The stadium opened in 1999.", None) == ["1999"]


def test_clock_times_are_times(nlp):
    vals = _values(nlp, "The first strikes came at 1800 GMT on Saturday.")
    assert "2011-03-19T18:00" in vals
    assert not any(v == "1800" for v in vals)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("1800 GMT", ("2011-03-20T18:00", "time")),
        ("0600 local time", ("2011-03-20T06:00", "time")),
        ("1430 GMT on Friday", ("2011-03-18T14:30", "time")),
        ("2000-5", (None, None)),
        ("2011/45", (None, None)),
        ("2011-03", ("2011-03", "month")),
    ],
)
def test_normaliser_numbers(text, expected):
    assert timenorm.normalise(text, "2011-03-20") == expected


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.integers(0, 2359), st.sampled_from(["GMT", "UTC", "local time"]))
def test_compact_clock_reads_as_time_or_not_at_all(hhmm, zone):
    text = f"{hhmm:04d} {zone}"
    value, gran = timenorm.normalise(text, "2011-03-20")
    hh, mm = divmod(hhmm, 100)
    if hh <= 23 and mm <= 59:
        assert (value, gran) == (f"2011-03-20T{hh:02d}:{mm:02d}", "time")
    else:
        assert gran != "year"  # never a year


@settings(derandomize=True, max_examples=100, deadline=None)
@given(st.integers(1000, 2199), st.integers(1, 9))
def test_year_dash_digit_is_never_a_month(y, n):
    assert timenorm.normalise(f"{y}-{n}", "2011-03-20") == (None, None)


# ---------------------------------------------------------------- time expression shapes (item 4)


@pytest.mark.parametrize(
    "text,tense,expected",
    [
        ("Sept. 5", "past", ("2010-09-05", "day")),
        ("Thur", "past", ("2011-03-17", "day")),
        ("Thurs.", "past", ("2011-03-17", "day")),
        ("the 15th", None, ("2011-03-15", "day")),
        ("the 25th", "past", ("2011-02-25", "day")),  # ahead of the anchor in a past sentence: last month's
        ("the 25th", None, ("2011-03-25", "day")),
        ("March 17-19", None, ("2011-03-17", "day")),
        ("March 17 to 19, 2010", None, ("2010-03-17", "day")),
        ("this year's", None, ("2011", "year")),
        ("early 2011", None, ("2011", "year")),
        ("mid-March", None, ("2011-03", "month")),
        ("late last month", None, ("2011-02", "month")),
        # the weekday pins the year: 15 September 2011 was a Thursday
        ("Thursday, Sept. 15", "past", ("2011-09-15", "day")),
    ],
)
def test_short_forms_ranges_and_periods(text, tense, expected):
    assert timenorm.normalise(text, "2011-03-20", tense) == expected


def test_period_modifiers_are_kept():
    assert timenorm.read("early 2011").mod == "START"
    assert timenorm.read("mid-March").mod == "MID"
    assert timenorm.read("late March").mod == "END"


def test_dateparser_fallback_never_invents_a_year():
    # dateparser fills in today's year for text that names none; the normaliser must not
    assert timenorm.normalise("the 1990s'", "2011-03-20") == (None, None)
    # nor the month: "29, 2009" is what is left of "Apr 29, 2009" when the month is cut off
    assert timenorm.normalise("29, 2009", "2011-03-20") == (None, None)
    assert timenorm.normalise("Apr 29, 2009", "2011-03-20") == ("2009-04-29", "day")


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.integers(1, 31), st.sampled_from([None, "past", "future"]))
def test_day_of_month_is_a_valid_day_near_the_anchor(d, tense):
    import datetime as dt

    value, _gran = timenorm.normalise(f"the {d}th", "2011-03-20", tense)
    if value is not None:
        day = dt.date.fromisoformat(value)
        assert day.day == d and abs((day - dt.date(2011, 3, 20)).days) <= 62


def test_widened_spans_and_missed_words(nlp):
    vals = _values(nlp, "Troops arrived early Friday. The minister resigned yesterday.", "2011-03-20")
    assert "2011-03-18" in vals and "2011-03-19" in vals


def test_a_year_ago_after_a_quarter_is_that_quarter(nlp):
    text = "Profit rose in the third quarter to $5 million from $3 million a year ago."
    assert "2010-Q3" in _values(nlp, text, "2011-10-20")


def test_a_day_near_the_anchor_keeps_its_year():
    # "payable Nov. 20" in a Nov. 2 story: a past tense read off the wrong verb must not move it a year back
    assert timenorm.normalise("Nov. 20", "1989-11-02", "past") == ("1989-11-20", "day")
    # twin: far enough ahead, the past tense still means last year
    assert timenorm.normalise("Dec. 20", "1989-11-02", "past") == ("1988-12-20", "day")

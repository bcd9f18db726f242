"""Time expressions: the normaliser on short phrases, tense direction, extraction spans."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline import timenorm
from storyline.timenorm import normalise
from storyline.types import TimeReading

ANCHOR = "2021-02-10"  # a Wednesday


@pytest.mark.parametrize(
    "text,tense,expected",
    [
        # days
        ("November 20, 1998", None, ("1998-11-20", "day")),
        ("20 November 1998", None, ("1998-11-20", "day")),
        ("1998-11-20", None, ("1998-11-20", "day")),
        ("Oct. 23", "past", ("2020-10-23", "day")),
        ("Feb. 3", "past", ("2021-02-03", "day")),
        ("yesterday", None, ("2021-02-09", "day")),
        ("today", None, ("2021-02-10", "day")),
        ("tomorrow", None, ("2021-02-11", "day")),
        ("Friday", "past", ("2021-02-05", "day")),
        ("Friday", "future", ("2021-02-12", "day")),
        ("last Monday", None, (None, "day")),  # Wednesday: this Monday or the one before (abstain)
        ("three days ago", None, ("2021-02-07", "day")),
        # months
        ("November", "past", ("2020-11", "month")),
        ("November", "future", ("2021-11", "month")),
        ("January", "past", ("2021-01", "month")),
        ("March 2019", None, ("2019-03", "month")),
        ("last month", None, ("2021-01", "month")),
        # "this <month>" is the anchor year's, whatever the tense; twins: "last"/bare by tense
        ("this September", "past", ("2021-09", "month")),
        ("this January", "future", ("2021-01", "month")),
        ("last September", None, ("2020-09", "month")),
        ("September", "past", ("2020-09", "month")),
        ("next month", None, ("2021-03", "month")),
        ("two months ago", None, ("2020-12", "month")),
        # years
        ("2019", None, ("2019", "year")),
        ("fiscal 1998", None, ("1998", "year")),
        ("last year", None, ("2020", "year")),
        ("next year", None, ("2022", "year")),
        ("'98", None, ("1998", "year")),
        ("two years ago", None, ("2019", "year")),
        # weeks
        ("last week", None, ("2021-W05", "week")),
        ("earlier this week", None, ("2021-W06", "week")),
        ("this weekend", None, ("2021-W06-WE", "weekend")),
        # quarters, halves, seasons
        ("the third quarter", "past", ("2020-Q3", "quarter")),
        ("the first quarter", "past", ("2021-Q1", "quarter")),
        ("Q3 2019", None, ("2019-Q3", "quarter")),
        ("the fourth quarter of 1998", None, ("1998-Q4", "quarter")),
        ("the first half of 2019", None, ("2019-H1", "half")),
        ("last summer", None, ("2020-SU", "season")),
        # decades, centuries
        ("the 1990s", None, ("199X", "decade")),
        ("the 1990's", None, ("199X", "decade")),  # twin of "this year's": a decade keeps its 's
        ("this year's", None, ("2021", "year")),
        ("the nineties", None, ("199X", "decade")),
        ("the 20th century", None, ("19", "century")),
        # durations and sets
        ("a month", None, ("P1M", "duration")),
        ("two years", None, ("P2Y", "duration")),
        ("nearly two years", None, ("P2Y", "duration")),
        ("16 years", None, ("P16Y", "duration")),
        ("five hours", None, ("PT5H", "duration")),
        ("the past year", "past", ("P1Y", "duration")),
        ("the past two months", None, ("P2M", "duration")),
        ("several months", None, ("PXM", "duration")),
        ("daily", None, ("P1D", "set")),
        # references
        ("now", None, ("PRESENT_REF", "ref")),
        ("currently", None, ("PRESENT_REF", "ref")),
        ("recently", None, ("PAST_REF", "ref")),
        ("the past", None, ("PAST_REF", "ref")),
        ("the future", None, ("FUTURE_REF", "ref")),
        ("soon", None, ("FUTURE_REF", "ref")),
        # times
        ("3 p.m.", None, ("2021-02-10T15:00", "time")),
        ("yesterday morning", None, ("2021-02-09TMO", "time")),
    ],
)
def test_normalise_cases(text, tense, expected):
    assert normalise(text, ANCHOR, tense) == expected


def test_tense_chooses_direction():
    # the same words, opposite tenses, a year apart
    assert normalise("in November", "2021-02-10", "past") == ("2020-11", "month")
    assert normalise("in November", "2021-02-10", "future") == ("2021-11", "month")
    assert normalise("in November", "2021-12-10", "past") == ("2021-11", "month")
    # no tense: the nearest November (3 months back rather than 9 ahead)
    assert normalise("in November", "2021-02-10", None) == ("2020-11", "month")
    assert normalise("in April", "2021-02-10", None) == ("2021-04", "month")
    assert normalise("Monday", "2000-01-07", None) == ("2000-01-03", "day")  # untensed weekday: the past one
    assert normalise("Saturday", "2000-01-07", None) == ("2000-01-08", "day")  # ... unless it is tomorrow


def test_relative_without_anchor_stays_null():
    # nothing is invented: no anchor, no value for anchor-dependent expressions
    assert normalise("last week", None, "past") == (None, "week")
    assert normalise("November", None, "past") == (None, "month")
    assert normalise("Friday", "2021", "past") == (None, "day")  # a year anchor has no weekdays
    # but anchor-free values are still given
    assert normalise("2019", None) == ("2019", "year")
    assert normalise("P", None) == (None, None)
    assert normalise("the quick brown fox", ANCHOR) == (None, None)


def test_event_relative_expressions_are_not_anchored_to_the_document():
    n = timenorm.parse("two days later", ANCHOR, "past")
    assert n.value is None and n.rel.kind == "evrel" and n.rel.direction == "after"
    assert timenorm.shift("2019-05", "P1M", "after") == ("2019-06", "month")
    assert timenorm.shift("2019", "P1M", "after") == (None, None)  # could be 2019 or 2020


def test_reading_is_anchor_independent_and_reanchors():
    r = timenorm.read("last year")
    assert r.rel == TimeReading(kind="off", unit="year", offset=-1)
    assert timenorm.resolve(r.rel, "2014-01-15") == ("2013", "year")
    assert timenorm.resolve(r.rel, "2019") == ("2018", "year")


def test_previous_date_resolves_underspecified(nlp):
    text = "Profit rose in the third quarter of 1989. Sales in the quarter grew. A year earlier, profit fell."
    by = _by_text(nlp, text, "1989-10-26")
    assert by["A year earlier"].value == "1988-Q3"
    assert by["the quarter"].value == "1989-Q3"


def _extract(nlp, text: str, dct: str) -> list:
    """The time expressions of one document published on ``dct`` (also used by
    test_clock_dates and test_timex_direction)."""
    from storyline import schema
    from storyline.analyse import parse, timex
    from storyline.types import DocAnalysis

    a = DocAnalysis(version="t", document=schema.Document(id="d", text=text, published=schema.Published(value=dct)))
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    return timex.extract(sdoc, a)


def _by_text(nlp, text: str, dct: str) -> dict:
    return {t.text: t for t in _extract(nlp, text, dct)}


def test_a_year_back_is_taken_once(nlp):
    # a second "a year ago"/"a year earlier" after the first is the same year-back quarter,
    # not a year before it; "the quarter" is the quarter the text is about, not the year-back one
    text = ("Profit rose in the third quarter of 1989 to $5 million from $3 million a year ago. "
            "Sales were $8 million, against $7 million a year earlier. Costs fell in the quarter.")
    by = _by_text(nlp, text, "1989-11-02")
    assert by["a year ago"].value == "1988-Q3"
    assert by["a year earlier"].value == "1988-Q3"
    assert by["the quarter"].value == "1989-Q3"
    # twin: with no period named before it, "a year ago" is the year before the document's
    by = _by_text(nlp, "The company lost $3 million a year ago.", "1989-11-02")
    assert by["a year ago"].value == "1988"


def test_interval():
    import datetime as dt

    assert timenorm.interval("2020-11") == (dt.date(2020, 11, 1), dt.date(2020, 11, 30))
    assert timenorm.interval("2019-Q4") == (dt.date(2019, 10, 1), dt.date(2019, 12, 31))
    assert timenorm.interval("PAST_REF") is None


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.text(max_size=40), st.sampled_from([None, "2021", "2021-02", "2021-02-10", "garbage"]), st.sampled_from([None, "past", "present", "future"]))
def test_normaliser_never_crashes(text, anchor, tense):
    value, gran = normalise(text, anchor, tense)
    assert value is None or isinstance(value, str)


_WORDS = ["in", "last", "next", "November", "2019", "week", "the", "past", "year", "two", "days", "ago", "Friday", "early", "Q3", "quarter", "1990s", "now", "a", "month", "after", "3", "p.m."]


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4))
def test_normaliser_on_time_words(words):
    value, gran = normalise(" ".join(words), "2021-02-10", "past")
    if value is not None:
        assert gran is not None


def test_extract_spans_and_tense(nlp):
    from storyline import schema
    from storyline.analyse import parse, timex
    from storyline.types import DocAnalysis

    text = "Huawei sold its brand in November. It will open a lab next year. Sales fell 5% last week, and now they recover."
    doc = schema.Document(id="d", text=text)
    a = DocAnalysis(version="t", document=doc)
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    got = timex.extract(sdoc, a)
    for t in got:
        assert text[t.start : t.end] == t.text
    by = {t.text: t for t in got}
    assert by["November"].tense == "past"
    assert by["November"].value is None  # undated document: not anchored
    assert by["November"].reading == TimeReading(kind="month", month=11)
    assert by["next year"].reading.offset == 1
    assert by["now"].value == "PRESENT_REF"
    # with a metadata date the same text resolves
    doc2 = schema.Document(id="d", text=text, published=schema.Published(value="2021-02-10"))
    a2 = DocAnalysis(version="t", document=doc2, sentences=a.sentences)
    by2 = {t.text: t for t in timex.extract(sdoc, a2)}
    assert by2["November"].value == "2020-11" and by2["November"].anchored
    assert by2["next year"].value == "2022"
    assert by2["last week"].value == "2021-W05"


def test_extract_durations_as_timeml_writes_them(nlp):
    """Fractions of a unit in the next smaller unit, vague counts as PX<unit>; twins: a
    half that is no duration, a share count, a date that is no duration."""
    text = ("The talks lasted 2 1/2 years. The vote took a minute and a half. Shares fell for eight trading days. "
            "Rain is expected over the next few days. Half the people left. The fund holds 1/2 of the shares. "
            "The talks ended in March 2009.")
    by = _by_text(nlp, text, "2010-02-10")
    assert by["2 1/2 years"].value == "P2Y6M"
    assert by["a minute and a half"].value == "PT1M30S"
    assert by["eight trading days"].value == "P8D"
    assert by["the next few days"].value == "PXD"
    assert by["March 2009"].value == "2009-03" and by["March 2009"].type == "DATE"
    assert not any("alf the" in t or "1/2 of" in t for t in by)


@pytest.mark.parametrize("text,value", [
    ("January nineteen ninety-seven", "1997-01"),
    ("the year two thousand", "2000"),
    ("in the year two thousand and one", "2001"),
    ("the winter of nineteen ninety-four", "1994-WI"),
    ("March nineteen oh five", "1905-03"),
    # twins: a spelled number with nothing that makes it a year stays unread
    ("nineteen ninety-seven", None),
    ("two thousand", None),
    ("January twenty-two", None),
])
def test_spelled_out_years(text, value):
    assert timenorm.normalise(text, "1998-02-27")[0] == value


def test_extract_spelled_year_only_in_a_date(nlp):
    text = "The plant opened in January nineteen ninety-seven. He sold nineteen ninety-seven tickets."
    got = _extract(nlp, text, "1998-02-27")
    assert [(t.text, t.value) for t in got] == [("January nineteen ninety-seven", "1997-01")]


def test_shift_by_a_year_and_a_half():
    assert timenorm.shift("2019-05", "P1Y6M", "after") == ("2020-11", "month")


@settings(derandomize=True, max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["Sales fell", "in November", "2019", "last week", "now", ".", "It will grow", "next year", "by 5%", "\n\n", "on Friday"]), min_size=1, max_size=10))
def test_extract_spans_valid(nlp, parts):
    from storyline import schema
    from storyline.analyse import parse, timex
    from storyline.types import DocAnalysis

    text = " ".join(parts)
    a = DocAnalysis(version="t", document=schema.Document(id="d", text=text))
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    for t in timex.extract(sdoc, a):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text


@settings(derandomize=True, max_examples=25, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=120))
def test_extract_never_crashes_on_any_text(nlp, text):
    from storyline import schema
    from storyline.analyse import events, parse, timex
    from storyline.types import DocAnalysis

    a = DocAnalysis(version="t", document=schema.Document(id="d", text=text, published=schema.Published(value="2021-02-10")))
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    a.timexes = timex.extract(sdoc, a)
    for t in a.timexes:
        assert text[t.start : t.end] == t.text
    for e in events.extract(sdoc, a):
        assert text[e.start : e.end] == e.text

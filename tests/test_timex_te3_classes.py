"""Round nine's time-expression classes (issue 17 item 4): each rule on a short text of
our own, with a twin it must not fire on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_timex import _extract

from storyline import timenorm


def _found(nlp, text: str, dct: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in _extract(nlp, text, dct)}


@pytest.mark.parametrize(
    "text,span,expected",
    [
        # a year that ends on a date is twelve months, not the calendar year
        ("Revenue was $76 million for the year ended March 31.", "the year", ("DURATION", "P1Y")),
        ("Profit fell in the fiscal year ending June 30, 1990.", "the fiscal year", ("DURATION", "P1Y")),
        ("Sales rose in the year to March, the retailer said.", "the year", ("DURATION", "P1Y")),
        # twins: no closing date, so not a twelve-month stretch but the year (the document's here)
        ("Sales rose 5% for the year, the company said.", "the year", ("DATE", "1989")),
        ("The company expects the year to be difficult.", "the year", ("DATE", "1989")),
    ],
)
def test_a_year_ended_on_a_date_is_twelve_months(nlp, text, span, expected):
    found = _found(nlp, text, "1989-11-01")
    assert found.get(span) == expected, found


@pytest.mark.parametrize(
    "name,year,day",
    [
        ("thanksgiving", 1999, "1999-11-25"),  # the fourth Thursday of November
        ("thanksgiving day", 2000, "2000-11-23"),
        ("martin luther king day", 2021, "2021-01-18"),  # the third Monday of January
        ("easter", 2000, "2000-04-23"),
        ("good friday", 2011, "2011-04-22"),
        ("christmas eve", 1998, "1998-12-24"),
    ],
)
def test_holiday_dates(name, year, day):
    assert timenorm.holiday_date(name, year).isoformat() == day


@pytest.mark.parametrize(
    "text,tense,expected",
    [
        ("Thanksgiving", "past", ("1999-11-25", "day")),
        ("last Thanksgiving", None, ("1999-11-25", "day")),
        ("Christmas", "future", ("2000-12-25", "day")),
        ("Christmas", None, ("1999-12-25", "day")),  # within six weeks: whatever the tense
        ("this Easter", "past", ("2000-04-23", "day")),
        ("Easter 1998", None, ("1998-04-12", "day")),
    ],
)
def test_holidays_resolve_by_tense(text, tense, expected):
    assert timenorm.normalise(text, "2000-01-07", tense) == expected


@given(st.integers(min_value=1583, max_value=4099), st.sampled_from(sorted(timenorm.lexicon()["holidays"])))
def test_every_holiday_falls_in_the_year_asked(year, name):
    day = timenorm.holiday_date(name, year)
    assert day is not None and day.year == year


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Elian was found Thanksgiving Day clinging to an inner tube.", "Thanksgiving Day", "1999-11-25"),
        ("He was rescued last Thanksgiving off Florida.", "last Thanksgiving", "1999-11-25"),
        ("He spoke on Easter Sunday.", "Easter Sunday", "1999-04-04"),
    ],
)
def test_holidays_found_in_text(nlp, text, span, value):
    found = _found(nlp, text, "2000-01-07")
    assert found.get(span) == ("DATE", value), found


@pytest.mark.parametrize("text", [
    "Easter Island lies far away.",
    "A Thanksgiving dinner was served.",
    "Christmas shopping fell.",
])
def test_a_holiday_naming_a_thing_is_no_date(nlp, text):
    assert not [t for t in _extract(nlp, text, "2000-01-07") if t.value], _found(nlp, text, "2000-01-07")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In nineteen ninety-one Keating was convicted.", {"nineteen ninety-one": ("DATE", "1991")}),
        ("The verdict was thrown out in nineteen ninety-six on a technicality.", {"nineteen ninety-six": ("DATE", "1996")}),
        ("Prices have risen since two thousand and two.", {"two thousand and two": ("DATE", "2002")}),
        # twins: a count after the preposition, a compound number, no cue at all
        ("The city was hit in nineteen ninety-six cases of flu.", {}),
        ("They printed it in twenty twelve-page booklets.", {}),
        ("He sold nineteen ninety-seven tickets.", {}),
    ],
)
def test_spelled_year_after_a_preposition(nlp, text, expected):
    found = {k: v for k, v in _found(nlp, text, "1998-01-15").items() if "nineteen" in k or "twenty" in k or "thousand" in k}
    assert found == expected


def test_spelled_year_reader():
    assert timenorm.spelled_year("nineteen seventy-nine") == 1979
    assert timenorm.spelled_year("two thousand") == 2000
    assert timenorm.spelled_year("nineteen") is None
    assert timenorm.spelled_year("ninety-six") is None


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Kirschner earned $2 million in the third quarter. It earned $376,000 in the 1988 quarter.", "the 1988 quarter", "1988-Q3"),
        ("Profit rose in the third quarter. Sales in the latest period were $1.76 billion.", "the latest period", "1989-Q3"),
        ("Profit rose in the third quarter. For the nine months, net was $3 million, against a loss in the 1988 period.",
         "the 1988 period", "1988"),
        # twins: no quarter named before, so which quarter is not known
        ("It earned $376,000 in the 1988 quarter.", "the 1988 quarter", None),
        ("Sales in the latest period were $1.76 billion.", "the latest period", None),
    ],
)
def test_earnings_periods_take_the_quarter_named_before(nlp, text, span, value):
    found = _found(nlp, text, "1989-10-30")
    assert found.get(span) == ("DATE", value), found


def test_a_year_before_quarter_is_no_count_of_quarters():
    # "the 1988 quarter" was read as a duration of 1988 quarters (P1988Q)
    assert timenorm.read("the 1988 quarter").type == "DATE"


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Its stock rose to a high for the year of $42 in June.", "the year", "1989"),
        ("Kellogg forecast an earnings increase for the full year.", "the full year", "1989"),
        ("In 1987 the company lost money. For the year, sales fell.", "the year", "1987"),
        # twin: "that year" points back to a year told before; with none, no value
        ("The plant closed later that year.", "later that year", None),
    ],
)
def test_the_year_is_the_last_year_named_else_the_documents(nlp, text, span, value):
    found = {k: v[1] for k, v in _found(nlp, text, "1989-10-30").items()}
    assert found.get(span, "missing") == value, found


def test_the_year_told_in_the_past_early_in_a_year_is_open(nlp):
    # in February, past-tense results "for the year" are most often the year before: no value
    assert _found(nlp, "Sales for the year were flat.", "2021-02-10").get("the year") == ("DATE", None)
    assert _found(nlp, "Sales for the year were flat.", "2021-10-10").get("the year") == ("DATE", "2021")


@pytest.mark.parametrize(
    "text,bad",
    [
        ("It's the second day of an offensive by the security forces.", ("PT1S", "P1D")),
        ("Today is the eighth day of the operation.", ("P1D",)),
        ("The campaign runs from now to Election Day.", ("P1D",)),
    ],
)
def test_ordinal_days_and_named_days_are_no_durations(nlp, text, bad):
    values = [t.value for t in _extract(nlp, text, "1998-03-06")]
    assert not set(values) & set(bad), values


@pytest.mark.parametrize("text,value", [
    ("The talks lasted a day.", "P1D"),
    ("The talks lasted two days.", "P2D"),
])
def test_durations_stay_durations(nlp, text, value):
    # twins: a counted unit is still a duration
    assert value in [t.value for t in _extract(nlp, text, "1998-03-06")]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Some $14 million seeped out Friday Oct. 13 alone.", "Friday Oct. 13", ("DATE", "1989-10-13")),
        ("The fund lost money on Friday, Oct. 13, 1989, and recovered.", "Friday, Oct. 13, 1989", ("DATE", "1989-10-13")),
        ("The flights depart each Thursday from August 6.", "each Thursday", ("SET", "XXXX-WXX-4")),
        # twins: a weekday and a date of two clauses stay apart; a weekday alone stays a day
        ("He left on Friday, and on 13 October he came back.", "Friday", ("DATE", "1989-10-27")),
        ("The flights depart Thursday from Bombay.", "Thursday", ("DATE", "1989-10-26")),
    ],
)
def test_weekday_takes_its_date_and_its_each(nlp, text, span, value):
    found = _found(nlp, text, "1989-10-27")
    assert found.get(span) == value, found


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Canada gave Merieux until mid-November to submit more information.", "mid-November", "1989-11"),
        ("The banks have extended Control Data loans through January.", "January", "1990-01"),
        # twins: a stretch that ended, and a month behind the document's
        ("The plant was closed until November, when it reopened.", "November", "1988-11"),
        ("The strike lasted until August.", "August", "1989-08"),
    ],
)
def test_a_deadline_given_until_a_month_lies_ahead(nlp, text, span, value):
    found = _found(nlp, text, "1989-10-30")
    assert found.get(span, (None, "missing"))[1] == value, found


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Earlier Sunday, police and marchers clashed.", "Earlier Sunday", "1989-10-29"),
        ("He spoke earlier today.", "earlier today", "1989-11-02"),
        ("In London at mid-afternoon yesterday, shares were up.", "mid-afternoon yesterday", "1989-11-01TAF"),
        ("He woke at 4 in the morning.", "4 in the morning", "1989-11-02T04:00"),
        ("The shelling began at 10 at night.", "10 at night", "1989-11-02T22:00"),
    ],
)
def test_parts_of_a_day_joined_to_their_day(nlp, text, span, value):
    found = _found(nlp, text, "1989-11-02")
    assert found.get(span, (None, "missing"))[1] == value, found


@pytest.mark.parametrize("text", ["the night shift", "morning star", "4 in the house", "40 in the morning", "later that decade"])
def test_parts_of_a_day_twins_read_no_day(text):
    r = timenorm.read(text)
    assert r is None or r.rel.kind not in ("time", "wd", "off") or r.rel.unit != "day", timenorm.summary(r)


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Slepian was shot on Friday night as he stood in his kitchen.", "Friday night", ("TIME", "1998-10-23TNI")),
        ("It came up in Saturday night's debate.", "Saturday night", ("TIME", "1998-10-24TNI")),
        # twins: a night with no day of its own is no timex; a counted night is a stretch
        ("Tapes from the night the flight went down were released.", "the night", None),
        ("They stayed a night in Nairobi.", "a night", ("DURATION", "P1D")),
    ],
)
def test_a_night_is_a_time_of_day_not_a_day_long_stretch(nlp, text, span, value):
    found = _found(nlp, text, "1998-10-26")
    assert found.get(span) == value, found


@pytest.mark.parametrize(
    "text,present,absent",
    [
        ("Kopp's father married again when Kopp was in his 30s.", None, "193X"),
        ("Kopp was in her late twenties then.", None, "192X"),
        ("Prices rose in the '30s.", "193X", None),  # twin: a decade with no owner
        ("It was one of the great events of the past century.", "P100Y", "18"),
        ("It was one of the great events of last century.", "18", None),  # twin
    ],
)
def test_ages_and_the_past_century_are_no_dates(nlp, text, present, absent):
    values = [t.value for t in _extract(nlp, text, "1989-10-30")]
    assert (present is None or present in values) and absent not in values, values


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The INS has given the relatives until 9 a.m. Tuesday to sign a paper.", "9 a.m. Tuesday", "2000-04-04T09:00"),
        ("Slepian was shot to death last Oct. 23 at his home.", "last Oct. 23", "1999-10-23"),
        # twins: a stretch that ran until a day is the past one; a bare date keeps the near rule
        ("The talks went on until Tuesday.", "Tuesday", "2000-03-28"),
        ("The talks began on March 30.", "March 30", "2000-03-30"),
    ],
)
def test_a_day_given_as_deadline_and_last_month_day(nlp, text, span, value):
    found = _found(nlp, text, "2000-04-03")
    assert found.get(span, (None, "missing"))[1] == value, found


def test_a_direction_word_outranks_the_six_weeks_rule():
    # "next March 5" written on April 19 is next year's, though March 5 is within six weeks
    assert timenorm.normalise("next March 5", "1999-04-19") == ("2000-03-05", "day")
    assert timenorm.normalise("March 5", "1999-04-19", "future") == ("1999-03-05", "day")  # twin: no word, near rule


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("I just work in my pharmacy every day and I pray.", "every day", ("SET", "P1D")),
        ("``Today, I'm here to tell you we have our suspect,'' he said.", "Today", ("DATE", "1989-11-02")),
        ("It posted net income for the fiscal second-quarter of $8.6 million.", "the fiscal second-quarter", ("DATE", "1989-Q2")),
        ("It expects net income in the year ending June 30, 1990, to fall.", "the year", ("DURATION", "P1Y")),
    ],
)
def test_expressions_spacy_leaves_untagged(nlp, text, span, value):
    found = _found(nlp, text, "1989-11-02")
    assert found.get(span) == value, found


@pytest.mark.parametrize("text", ["Everyday life went on.", "Each dayworker was paid.", "The fiscal policy changed in the first half."])
def test_untagged_twins(nlp, text):
    found = _found(nlp, text, "1989-11-02")
    assert not any(k.lower().startswith(("every", "each", "the fiscal", "fiscal")) for k in found), found


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("She fled to Florida in June 1998 and returned to Cuba later that year.", "later that year", "1998"),
        ("Bethlehem lost money in the third quarter. In the year-ago period, it earned $101 million.", "the year-ago period", "1988-Q3"),
        # twin: with no date before, "that year" stays open
        ("She returned to Cuba later that year.", "later that year", None),
    ],
)
def test_that_year_takes_the_year_of_any_date_before(nlp, text, span, value):
    found = _found(nlp, text, "1989-10-26")
    assert found.get(span, (None, "missing"))[1] == value, found


def test_the_quarter_after_a_year_back_period_is_the_texts_quarter(nlp):
    text = ("Sun reported sales for the fiscal first quarter. In the 1988 period, the company earned $20.6 million. "
            "Sun shipped 28,000 systems in the quarter, he said.")
    found = _found(nlp, text, "1989-10-26")
    assert found["the 1988 period"] == ("DATE", "1988-Q1") and found["the quarter"] == ("DATE", "1989-Q1"), found


@pytest.mark.parametrize(
    "text,span",
    [
        ("Marcus Hale, editor of Gardens Today Monthly, discusses rose pruning.", "Today"),
        ("The station will be like New Year's Eve as every fan tries to get home.", "New Year's Eve"),
        ("The recording of Do They Know It's Christmas was in 1984.", "Christmas"),
        ("We spent the night outside. At night we must be careful.", "night"),
    ],
)
def test_names_similes_and_a_bare_night_are_no_dates(nlp, text, span):
    found = _found(nlp, text, "2010-07-20")
    assert not any(span in k for k in found), found


@pytest.mark.parametrize(
    "text,span,value",
    [
        # twins of the above: the same words as dates
        ("Today the company said it would sell.", "Today", ("DATE", "2010-07-20")),
        ("He was rescued in the Atlantic last Thanksgiving.", "last Thanksgiving", ("DATE", "2009-11-26")),
        ("Obama spoke on Christmas Day.", "Christmas Day", ("DATE", "2009-12-25")),
        ("She will retire at the end of the year.", "the end of the year", ("DATE", "2010")),
        # "the year" next to "before" or inside a title is not the document's year
        ("Profits rose 77 percent from the year before.", "the year", ("DATE", None)),
        ("Beyond Petroleum won two campaign of the year awards.", "the year", ("DATE", None)),
    ],
)
def test_the_twins_keep_their_dates(nlp, text, span, value):
    found = _found(nlp, text, "2010-07-20")
    assert found.get(span) == value, found


@pytest.mark.parametrize("text", [
    "On July 20, 2010, profits rose 77 percent from the year before.",
    "On July 20, 2010, Beyond Petroleum won two campaign of the year awards.",
])
def test_the_year_in_a_title_or_before_before_takes_no_year_from_a_date_before(nlp, text):
    assert _found(nlp, text, "2010-07-20").get("the year") == ("DATE", None)


def test_the_year_after_a_date_takes_its_year(nlp):
    # twin: a plain "the year" after a month of 2010
    assert _found(nlp, "In June 2010 sales fell. For the year, sales rose.", "2010-07-20").get("the year") == ("DATE", "2010")

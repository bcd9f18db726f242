"""Round ten's time-expression classes (issue 17 item 4, scope 17te): each rule on a short
text of our own (invented names), with a twin it must not fire on."""

from __future__ import annotations

import pytest
from test_timex import _extract

from storyline import timenorm


def _found(nlp, text: str, dct: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in _extract(nlp, text, dct)}


@pytest.mark.parametrize(
    "text,value",
    [
        ("the last half of 2011", "2011-H2"),
        ("the final half of 2011", "2011-H2"),
        ("the first two quarters of 2012", "2012-H1"),
        ("the last two quarters of 2012", "2012-H2"),
    ],
)
def test_a_half_named_with_its_year(text, value):
    assert timenorm.normalise(text, "1989-10-26") == (value, "half")


@pytest.mark.parametrize("text", ["the last half", "the first two quarters", "the last half of the game", "the last half hour"])
def test_a_half_without_its_year_is_not_read_as_one(text):
    r = timenorm.read(text)
    assert r is None or r.rel.kind not in ("abs", "h"), timenorm.summary(r)


def test_a_half_in_a_sentence(nlp):
    found = _found(nlp, "Acme Corp expects a slower pace of orders in the last half of 2011 at Port Ellery.", "2011-03-26")
    assert found.get("the last half of 2011") == ("DATE", "2011-H2"), found


@pytest.mark.parametrize(
    "text,span",
    [
        ("John Roe, 41 years old, takes over from Jane Doe at Acme Corp.", "41 years"),
        ("Acme Corp staff aged 58 years old and above may leave early.", "58 years"),
        ("The boy was six months old when Acme Corp hired his mother.", "six months"),
    ],
)
def test_an_age_is_no_duration(nlp, text, span):
    found = _found(nlp, text, "1989-10-26")
    assert not any(span in k for k in found), found


@pytest.mark.parametrize(
    "text,span,value",
    [
        # twins: the same counts with no "old" after them are durations
        ("John Roe worked at Acme Corp for 41 years.", "41 years", "P41Y"),
        ("The plant in Port Ellery was closed for six months.", "six months", "P6M"),
    ],
)
def test_a_count_of_time_with_no_old_stays_a_duration(nlp, text, span, value):
    found = _found(nlp, text, "1989-10-26")
    assert found.get(span) == ("DURATION", value), found


@pytest.mark.parametrize(
    "text,span,value",
    [
        # the verb above is past, the schedule's date is the nearest one (here ahead)
        ("Acme Corp approved a special payout, payable Dec. 19 to its members.", "Dec. 19", "1989-12-19"),
        ("Acme Corp named a new board in Port Ellery, effective Feb. 3.", "Feb. 3", "1990-02-03"),
        # and the nearest one is behind when it lies further ahead than four months
        ("Acme Corp said its new rate took effect with a pact effective Jan. 1.", "Jan. 1", "1990-01-01"),
    ],
)
def test_a_scheduled_date_is_not_put_back_by_the_verbs_past(nlp, text, span, value):
    found = _found(nlp, text, "1989-10-26")
    assert found.get(span) == ("DATE", value), found


@pytest.mark.parametrize(
    "text,span,value",
    [
        # twins: no schedule word before the date, the past verb puts it back a year
        ("Acme Corp approved a special payout on Dec. 19.", "Dec. 19", "1988-12-19"),
        ("Acme Corp named a new board in Port Ellery on Feb. 3.", "Feb. 3", "1989-02-03"),
        # a schedule date far ahead is last year's: "effective June 1" in October
        ("Jane Roe left Acme Corp, effective June 7.", "June 7", "1989-06-07"),
    ],
)
def test_a_date_with_no_schedule_word_keeps_the_verbs_past(nlp, text, span, value):
    found = _found(nlp, text, "1989-10-26")
    assert found.get(span) == ("DATE", value), found


def test_the_full_year_passes_over_a_year_given_as_a_bound(nlp):
    text = ("Acme Corp wants to open ten shops in Port Ellery by 1994. "
            "Jane Roe, who runs it, expects a small profit for the full year.")
    found = _found(nlp, text, "1989-10-30")
    assert found.get("the full year") == ("DATE", "1989"), found


def test_the_full_year_after_a_year_that_is_no_bound_takes_it(nlp):
    # twin: "in 1992" is the year the text is about; "the full year" is that one
    text = "In 1992 Acme Corp had a loss in its first half. Jane Roe forecast a profit for the full year."
    found = _found(nlp, text, "1993-03-30")
    assert found.get("the full year") == ("DATE", "1992"), found


@pytest.mark.parametrize(
    "text,title",
    [
        ("Jane Roe spoke about the Acme Corp plant in Port Ellery on the TV show ''90 Minutes'' last night.", "90 Minutes"),
        ("Mayor John Doe, a guest of the Sunday programme \"This Week\" in Port Ellery, said the port would stay open.", "This Week"),
    ],
)
def test_a_capitalised_unit_in_ordinary_prose_is_a_title(nlp, text, title):
    found = _found(nlp, text, "1990-08-20")
    assert title not in found, found


@pytest.mark.parametrize(
    "text,span,value",
    [
        # twins: the same words in lower case are a length and a week
        ("Jane Roe spoke about the Acme Corp plant in Port Ellery for 90 minutes last night.", "90 minutes", ("DURATION", "PT90M")),
        ("Mayor John Doe, a guest of the programme this week in Port Ellery, said the port would stay open.", "this week", ("DATE", "1990-W34")),
        # and a headline in title case keeps its lengths
        ("Talks Between Acme Corp And The Union Last 12 Hours", "12 Hours", ("DURATION", "PT12H")),
    ],
)
def test_a_unit_in_lower_case_or_in_a_headline_stays_a_time(nlp, text, span, value):
    found = _found(nlp, text, "1990-08-20")
    assert any(span in k and v == value for k, v in found.items()), found


def test_the_year_ago_quarter_after_a_quarter_end_is_a_quarter(nlp):
    text = "Acme Corp lost $7 million in the quarter ended Sept. 30. It made $3 million in the year-ago quarter."
    found = _found(nlp, text, "1989-11-01")
    assert found.get("the year-ago quarter") == ("DATE", "1988-Q3"), found


def test_a_year_earlier_after_a_day_stays_a_day(nlp):
    # twin: no quarter named, the day a year back
    text = "Acme Corp lost $7 million on Sept. 30. It had made $3 million a year earlier."
    found = _found(nlp, text, "1989-11-01")
    assert found.get("a year earlier") == ("DATE", "1988-09-30"), found


@pytest.mark.parametrize(
    "text,value",
    [
        ("Acme Corp sold 400 boats in the quarter ended July 31, it said.", "1989-Q2"),
        ("Acme Corp lost $7 million in the quarter ended Sept. 30.", "1989-Q3"),
    ],
)
def test_the_quarter_ended_on_a_date_is_the_calendar_quarter_of_most_of_its_months(nlp, text, value):
    found = _found(nlp, text, "1989-11-01")
    assert found.get("the quarter") == ("DATE", value), found


def test_the_quarter_ended_after_a_fiscal_quarter_keeps_the_fiscal_name(nlp):
    # twin: a fiscal quarter named before is the one "the quarter ended ..." is about
    text = "Acme Corp made $3 million in the fiscal first quarter. Its sales grew 12% in the quarter ended Aug. 31."
    found = _found(nlp, text, "1989-10-26")
    assert found.get("the quarter") == found.get("the fiscal first quarter"), found
    assert found.get("the quarter", ("", ""))[1] != "1989-Q3", found


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe said the new park in Port Ellery is built for today's youth.",
        "John Doe said such rules make no sense in today's world.",
        "By today's standards the Port Ellery plant was small.",
    ],
)
def test_today_of_the_present_age_is_no_day(nlp, text):
    found = _found(nlp, text, "2000-01-07")
    assert not any(k.lower().startswith("today") for k in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp placed a notice in today's editions of the Port Ellery Gazette.",
        "Jane Roe expects today's vote in Port Ellery to be close.",
        "Jane Roe said the world will change today.",
    ],
)
def test_today_of_the_texts_day_keeps_it(nlp, text):
    found = _found(nlp, text, "2000-01-07")
    assert found.get("today") == ("DATE", "2000-01-07"), found


def test_today_owning_another_noun_keeps_its_day(nlp):
    # twin: the era noun is not the one "today's" owns
    found = _found(nlp, "Jane Roe will attend today's meeting of world leaders in Port Ellery.", "2000-01-07")
    assert found.get("today") == ("DATE", "2000-01-07"), found

"""Dates a text prints that are not when it went online (issue 17, round thirteen).

A note of a later change to the article bounds its date from above; the stamp of a post or
a reader's comment, and a clock time written as four digits, bound nothing. Each rule
with a twin where the same date is a happening of the story and bounds the date."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline import schema
from storyline.resolve import dating
from storyline.types import DocAnalysis, Timex


def _analysis(nlp, text):
    from storyline.analyse import events, parse, timex

    a = DocAnalysis(version="t", document=schema.Document(id="d1", text=text, published=schema.Published()))
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    a.timexes = timex.extract(sdoc, a)
    a.events = events.extract(sdoc, a)
    return a


def _bounds(nlp, text):
    p = dating.estimate(_analysis(nlp, text))
    return (None, None) if p is None else (p.earliest, p.latest)


# ---- a note of a later change: the change came on or after the day the article went up

@pytest.mark.parametrize("note", [
    "This article was amended on 8 May 2010.",
    "The following correction was printed in the Port Ellery Courier's Corrections and clarifications column, Tuesday 15 June 2010.",
    "The photograph on this page was updated in 2011.",
])
def test_amendment_note_bounds_from_above(nlp, note):
    lo, hi = _bounds(nlp, "Acme Corp closed its plant in Port Ellery.\n\n" + note)
    assert lo is None and hi is not None and hi >= "2010-05-08"


def test_happening_updated_is_a_lower_bound(nlp):
    # twin: the story's own guidance updated on a day is a happening told in the past
    lo, hi = _bounds(nlp, "The council's guidance was updated on 8 May 2010 after the flood.")
    assert lo == "2010-05-08" and hi is None


# ---- a post's or a reader's stamp: when someone posted, before or after the article

@pytest.mark.parametrize("text", [
    "What can Port Ellery do?\n\nAdded: Tuesday, 19 January, 2010, 18:32 GMT 18:32 UK Just heard from a friend in Port "
    "Ellery that the mayor has launched an appeal fund.",
    "Does the port help or harm the coast?\n\nPosted by Jane Roe and John Doe on June 1, 2010 10:20 AM Posted by "
    "Richard Roe, on July 21, 2010 4:21 PM Posted by Mary Major, on June 4, 2010 4:36 PM",
    "My next entry will be the last before I leave.\n\nposted on Thursday, 28 May 2009 | comment on this post Ok "
    "everyone, it is time to say goodbye.",
])
def test_post_stamp_bounds_nothing(nlp, text):
    assert _bounds(nlp, text) == (None, None)


@pytest.mark.parametrize("text, lo", [
    ("A video posted by a resident on May 27, 2010 showed the flood.", "2010-05-27"),
    ("The mayor added on Tuesday, 19 January, 2010 that the port had closed.", "2010-01-19"),
    ("On 16 June 2010, Jane Roe wrote to the council about the spill.", "2010-06-16"),
])
def test_same_dates_told_as_happenings_bound(nlp, text, lo):
    assert _bounds(nlp, text)[0] == lo


# ---- four digits that are a clock time

@pytest.mark.parametrize("text", [
    "The governor will speak at 2000 (0000 GMT) to outline the plan.",
    "The leak was stopped at 1425 local time on Thursday.",
    "Listen to the programme on Monday at 2030 BST.",
    "The Senate voted against the bill today.\n\n2055: Jane Roe tweets: the speech sounded like his usual one.\n\n"
    "Read her tweets 2055: Yikes!\n\n2052: Mr Doe appears to be sticking closely to his script.\n\n1914: We also expect "
    "the governor to announce new rules.",
])
def test_clock_time_is_no_year(nlp, text):
    assert _bounds(nlp, text) == (None, None)


def test_year_stays_a_year(nlp):
    assert _bounds(nlp, "Acme Corp opened the plant in 2000.")[0] == "2000-01-01"


def test_one_entry_opening_a_paragraph_stays_a_year():
    # a history list's single "1918: ..." is a year; a live page opens two or more paragraphs so
    text = "Doctors fear a repeat.\n\n1918: The pandemic killed millions.\n\nThe virus spread fast."
    at = text.index("1918")
    tx = Timex(text="1918", start=at, end=at + 4, type="DATE")
    assert not dating._clock_time(text, tx, live_page=len(dating._ENTRY_STAMP.findall(text)) >= 2)
    live = text.replace("The virus", "2052: The virus")
    assert dating._clock_time(live, tx, live_page=len(dating._ENTRY_STAMP.findall(live)) >= 2)


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from([" GMT", " (0100 GMT)", " local time", "BST", " UK time"]))
def test_any_clock_time_with_a_zone(h, m, zone):
    text = f"at {h:02d}{m:02d}{zone} on Friday"
    tx = Timex(text=f"{h:02d}{m:02d}", start=3, end=7, type="TIME")
    assert dating._clock_time(text, tx, live_page=False)


@given(st.integers(1900, 2099), st.sampled_from([" people", ", when", " and 2001", " UK sales", ".", " the firm"]))
def test_year_without_a_zone(year, after):
    text = f"in {year}{after}"
    tx = Timex(text=str(year), start=3, end=7, type="DATE")
    assert not dating._clock_time(text, tx, live_page=False)


# ---- a future or "this year" told from a past day the sentence names first

def test_future_told_from_a_past_day_bounds_nothing_above(nlp):
    # the speaker's "this year (2008)" in August 2008 is not the document's year
    text = "In August 2008, the Port Ellery Medical Association claimed that up to 2,000 people will die this year (2008) from smog."
    p = dating.estimate(_analysis(nlp, text))
    assert p.value is None and p.earliest == "2008-08-01" and p.latest is None
    p = dating.estimate(_analysis(nlp, "In March 2009, Acme Corp said it will reopen the plant in 2011."))
    assert p.earliest == "2009-03-01" and p.latest is None


def test_future_of_the_document_still_bounds(nlp):
    # twins: a future with no past day named before it in its sentence; a year apposed to
    # its relative reading with nothing before them
    assert dating.estimate(_analysis(nlp, "The plant closed in 2009. It will reopen in 2011.")).latest == "2011-12-31"
    assert dating.estimate(_analysis(nlp, "Acme Corp will reopen the plant in 2011, the mayor said.")).latest == "2011-12-31"
    assert dating.estimate(_analysis(nlp, "In 1996, two years ago, the company was sold.")).value == "1998"

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
    "This article was amended on 9 March 2011.",
    "The following correction was printed in the Port Ellery Courier's Corrections and clarifications column, Friday 11 March 2011.",
    "The picture on this page was updated in 2012.",
    "This has been corrected.\n\nA version appeared in the Port Ellery Courier on 14.05 GMT on Friday 11 March 2011",
])
def test_amendment_note_bounds_from_above(nlp, note):
    lo, hi = _bounds(nlp, "Acme Corp closed its plant in Port Ellery.\n\n" + note)
    assert lo is None and hi is not None and hi >= "2011-03-09"


def test_version_of_another_thing_is_a_lower_bound(nlp):
    # twin: a version of something else, told as a happening
    lo, hi = _bounds(nlp, "The first version of the bill appeared on 9 March 2011 and was rejected.")
    assert lo == "2011-03-09" and hi is None


def test_happening_updated_is_a_lower_bound(nlp):
    # twin: the story's own guidance updated on a day is a happening told in the past
    lo, hi = _bounds(nlp, "The council's guidance was updated on 8 May 2010 after the flood.")
    assert lo == "2010-05-08" and hi is None


# ---- a post's or a reader's stamp: when someone posted, before or after the article

@pytest.mark.parametrize("text", [
    "Should the town rebuild the pier?\n\nAdded: Friday, 5 March, 2010, 09:12 GMT 09:12 UK Just heard from my cousin "
    "in Port Ellery that the council has opened a fund for the pier.",
    "Does the ferry help or harm the island?\n\nPosted by Jane Roe and John Doe on May 3, 2010 9:40 AM Posted by "
    "Richard Roe, on August 12, 2010 3:05 PM Posted by Mary Major, on May 6, 2010 5:50 PM",
    "This is my final diary entry from the island.\n\nposted on Monday, 7 March 2011 | comment on this post Thanks "
    "for reading, all of you.",
])
def test_post_stamp_bounds_nothing(nlp, text):
    assert _bounds(nlp, text) == (None, None)


@pytest.mark.parametrize("text, lo", [
    ("A video posted by a resident on March 3, 2011 showed the flood.", "2011-03-03"),
    ("The mayor added on Friday, 5 March, 2010 that the port had closed.", "2010-03-05"),
    ("On 7 March 2011, Jane Roe wrote to the council about the pier.", "2011-03-07"),
])
def test_same_dates_told_as_happenings_bound(nlp, text, lo):
    assert _bounds(nlp, text)[0] == lo


# ---- four digits that are a clock time

@pytest.mark.parametrize("text", [
    "The governor will speak at 1900 (2300 GMT) to outline the plan.",
    "The pump was stopped at 1310 local time on Thursday.",
    "Listen to the programme on Monday at 2145 BST.",
    "The council voted against the pier plan today.\n\n2045: Jane Roe writes: the vote sounded like the usual one.\n\n"
    "See her notes 2045: Wow!\n\n2041: Mr Doe appears to be sticking closely to his notes.\n\n1958: We also expect "
    "the mayor to announce a new timetable.",
])
def test_clock_time_is_no_year(nlp, text):
    assert _bounds(nlp, text) == (None, None)


def test_year_stays_a_year(nlp):
    assert _bounds(nlp, "Acme Corp opened the plant in 2000.")[0] == "2000-01-01"


def test_one_entry_opening_a_paragraph_stays_a_year():
    # a history list's single "1953: ..." is a year; a live page opens two or more paragraphs so
    text = "Old hands recall the storm.\n\n1953: The flood reached the square.\n\nThe town rebuilt the wall."
    at = text.index("1953")
    tx = Timex(text="1953", start=at, end=at + 4, type="DATE")
    assert not dating._clock_time(text, tx, live_page=len(dating._ENTRY_STAMP.findall(text)) >= 2)
    live = text.replace("The town", "2052: The town")
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
    # the speaker's "this year (2009)" in March 2009 is not the document's year
    text = "In March 2009, the Port Ellery council warned that 2,000 homes will flood this year (2009)."
    p = dating.estimate(_analysis(nlp, text))
    assert p.value is None and p.earliest == "2009-03-01" and p.latest is None
    p = dating.estimate(_analysis(nlp, "In March 2009, Acme Corp said it will reopen the plant in 2011."))
    assert p.earliest == "2009-03-01" and p.latest is None


def test_future_of_the_document_still_bounds(nlp):
    # twins: a future with no past day named before it in its sentence; a year apposed to
    # its relative reading with nothing before them
    assert dating.estimate(_analysis(nlp, "The plant closed in 2009. It will reopen in 2011.")).latest == "2011-12-31"
    assert dating.estimate(_analysis(nlp, "Acme Corp will reopen the plant in 2011, the mayor said.")).latest == "2011-12-31"
    assert dating.estimate(_analysis(nlp, "In 1996, two years ago, the company was sold.")).value == "1998"

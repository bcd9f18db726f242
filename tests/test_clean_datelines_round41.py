"""A line that is a full date and nothing else, under the headline (round forty-one, issue 16).

Wikinews and many sites set the publication day on a line of its own ("June 6, 2005"): it is the
page's stamp, lifted into metadata and feeding ``published``. A dated list (two or more such
lines), a date line below the article's sentences and a date inside a sentence stay (abstain).
Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.clean import clean_record
from storyline.types import Record

LEAD = "The harbour board approved the new ferry terminal on Monday, its chairman said."
MORE = "Work on the terminal is to start next spring and take two years."


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


@pytest.mark.parametrize("line, day", [
    ("June 6, 2005", "2005-06-06"),
    ("6 June 2005", "2005-06-06"),
    ("Monday, June 6, 2005", "2005-06-06"),
    ("Sept. 14, 2009", "2009-09-14"),
])
def test_a_bare_date_line_under_the_headline_dates_the_article(line, day):
    d = _clean(f"Ferry terminal approved\n{line}\n{LEAD}\n{MORE}\n")
    assert d.dateline is not None and d.dateline.date == day
    assert d.published is not None and d.published.value == day and d.published.source == "dateline"
    assert not d.text.startswith(line.split()[0]) and d.text.startswith("The harbour board")
    assert any(r.reason.startswith("dateline") for r in d.removed)


def test_a_bare_date_line_opening_the_text_dates_it():
    d = _clean(f"June 6, 2005\n{LEAD}\n{MORE}\n")
    assert d.published is not None and d.published.value == "2005-06-06"


def test_a_dated_list_keeps_every_date_line_and_dates_nothing():
    d = _clean(f"Ferry terminal timeline\nJune 6, 2005\n{LEAD}\nJuly 1, 2005\n{MORE}\n")
    assert d.dateline is None and "June 6, 2005" in d.text and "July 1, 2005" in d.text


def test_a_date_line_below_the_article_is_not_its_stamp():
    d = _clean(f"{LEAD}\n{MORE}\nIt was the board's third vote on the plan in a year.\nJune 6, 2005\n")
    assert d.dateline is None and "June 6, 2005" in d.text


@pytest.mark.parametrize("line", [
    "June 6, 2005 was the day the harbour board approved the terminal.",
    "June 6, 2005: the board approves the terminal",
    "June 6",
])
def test_a_date_with_more_on_its_line_or_without_a_year_stays(line):
    d = _clean(f"Ferry terminal approved\n{line}\n{LEAD}\n{MORE}\n")
    assert d.dateline is None or d.dateline.date != "2005-06-06"
    # the line stays, or goes whole as the page's caption line (a dated teaser), never as a dateline
    assert line.split(":")[0] in d.text or any(r.text.strip() == line and r.reason.startswith("caption") for r in d.removed)


# ---- the text's first kept line with no stop, right above the lead (noise._opening_stopless_line)

def test_a_stopless_line_between_the_date_line_and_the_lead_is_cut_as_a_caption():
    d = _clean(f"Ferry terminal approved\nJune 6, 2005\nThe old terminal was closed in January 2004\n{LEAD}\n{MORE}\n")
    assert d.text.startswith("The harbour board approved")
    assert any(r.reason.startswith("caption: a line with no full stop right above the lead") for r in d.removed)


@pytest.mark.parametrize("line", [
    "The old terminal was closed in January 2004.",  # a sentence: its stop is there
    "The old terminal was closed in January 2004 and the ferries have since docked at a temporary pier in the bay",  # long
    "Here is what the board decided:",  # a colon opens what follows
    "PORTVILLE (AP) --",  # a dateline's shape
    "By Jane Roe and Tom Keller",  # a byline
])
def test_a_line_that_is_a_sentence_a_label_a_dateline_or_long_stays_or_goes_by_its_own_rule(line):
    d = _clean(f"Ferry terminal approved\n{line}\n{LEAD}\n{MORE}\n")
    assert not any(r.reason.startswith("caption: a line with no full stop right above the lead") for r in d.removed)


def test_a_stopless_line_over_a_short_line_is_not_read_as_a_caption():
    d = _clean("Ferry terminal approved\nThe old terminal was closed in January 2004\nMore soon\n" + MORE + "\n")
    assert not any(r.reason.startswith("caption: a line with no full stop right above the lead") for r in d.removed)


# ---- the round-forty-one review's cases: no stamp there

@pytest.mark.parametrize("text", [
    "On this day\n\nJune 6, 1944\n\nAllied troops landed on the beaches of Normandy at dawn, the start of the invasion.\n",
    "Remembering the flood\n\nAugust 29, 2005\n\nTen years ago today, the levees broke and the city was flooded.\n",
    "Court hears appeal\n\nThe appeal was filed on\nMay 4, 2010\nby lawyers for the company, who said the ruling was wrong.\n",
])
def test_a_remembered_day_or_a_wrapped_sentences_date_is_no_dateline(text):
    d = _clean(text)
    assert d.dateline is None


def test_a_lead_broken_over_two_lines_is_not_cut_as_a_caption():
    d = _clean("Job cuts in Ohio\n\nAcme Corp said on Tuesday that it would cut\n\n500 jobs at its plant in Ohio, "
               "blaming weak demand for its trucks.\n")
    assert "Acme Corp said on Tuesday that it would cut" in d.text

"""Round forty-three's review: inputs a read-only reviewer invented that the round's new rules
misfired on (an article line cut, a wrong outlet, a wrong figure subject), each now left as the
base left it. Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.clean import clean_record
from storyline.pipeline import analyse_record
from storyline.types import Record

LEAD = "Acme Corp reported a loss on Tuesday as orders for its ferries fell, its chairman said."
MORE = "Shares fell five per cent in early trading in Port Ellery on Wednesday morning."


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


@pytest.mark.parametrize("line", [
    "CEO – Jane Roe said the company would cut costs across its three yards this year.",
    "NATO – The alliance will also review its plans for the northern flank next month.",
])
def test_a_word_in_capitals_and_an_en_dash_inside_the_article_is_no_dateline(line):
    d = _clean(f"{LEAD}\n\n{MORE}\n\n{line}\n\nThe board meets again in May.\n")
    assert d.dateline is None and LEAD in d.text and line in d.text


@pytest.mark.parametrize("opening", ["GENEVA (WHO) - ", "NEW YORK (NYPD) - "])
def test_a_body_in_brackets_is_no_outlet(opening):
    d = _clean(f"{opening}The officials said on Monday that the outbreak in the city was over.\n\n{MORE}\n")
    assert d.dateline is None or d.dateline.agency is None


@pytest.mark.parametrize("line", [
    "Victims received an email urging them to click here.",
    "He told them not to click here",
    "Sources: none of the three firms would comment",
    "Source: a senior official who asked not to be named",
])
def test_a_sentence_with_a_furniture_word_stays(line):
    d = _clean(f"{LEAD}\n\n{line}\n\n{MORE}\n")
    assert line in d.text


def test_a_list_of_names_is_no_run_of_headlines():
    names = ["John Smith, 45, of Port Ellery", "Mary Jones, 32, of Harbour Town", "Peter Brown, 61, of Hillside Park"]
    d = _clean("Police on Tuesday named the three people killed in the crash.\n\n" + "\n\n".join(names) + f"\n\n{MORE}\n")
    assert all(n in d.text for n in names)


@pytest.mark.parametrize("line", [
    "DEAD: At least 12 people across three counties",
    "UPDATE: Police have named the victim as John Roe",
    "ROE: I think we did the right thing for the town",
])
def test_a_fact_notice_or_turn_under_a_capitals_label_stays(line):
    d = _clean(f"Mayor Jane Roe spoke to the board.\n\n{LEAD}\n\n{line}\n\n{MORE}\n")
    assert line in d.text


def test_a_line_opening_with_the_country_in_capitals_is_no_pasted_post():
    line = "US officials shared a video of the flooded road. Residents were told to stay away. pic.twitter.com/abc123"
    d = _clean(f"{LEAD}\n\n{line}\n\n{MORE}\n")
    assert "US officials shared a video" in d.text


def test_a_sentence_a_blank_line_below_a_video_button_stays():
    d = _clean(f"{LEAD}\n\nWatch the video\n\nThe footage shows the road collapsing\n\n{MORE}\n")
    assert "The footage shows the road collapsing" in d.text


def test_a_country_the_event_is_in_is_no_distances_subject():
    an = analyse_record(Record(source="t.txt", text="The plane crashed in France, 30 miles from Paris, on Monday, "
                                                    "officials said."))
    t, m = an.document.text, an.mentions
    f = next(f for f in an.figures if f.text.startswith("30"))
    assert f.subject_mention is None or t[m[f.subject_mention].start:m[f.subject_mention].end] != "France"

"""Round forty-three (issue 16; the seed-158 audit of FNC-1 bodies): scraped furniture.

Status lines of a breaking story, a credit alone on its line, a copyright footer cut short,
style rules pasted as text (data/boilerplate.txt), and a video player's button with its clip's
title (noise._video_players). Each with a twin the rule must leave. Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.clean import clean_record
from storyline.types import Record

LEAD = ("The harbour board voted on Tuesday to close the old ferry pier for repairs, its chairman said.\n\n"
        "The work would take a year and cost the town a great deal, he said on Monday.")
END = "The pier was built in 1920 and has been used by fishing boats ever since."


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


@pytest.mark.parametrize("line", [
    "This is a developing story. Refresh page for updated information.",
    "This is a breaking news story.",
    "Check back for more on this breaking story.",
    "Please check back later for updates.",
    "Refresh this page for the latest.",
    "Source: Port Ellery Gazette",
    "With News Wire Services",
    "With files from the Port Ellery Gazette",
    "(TM and © Copyrigh",
    "@media only screen and (min-width : 500px) { .promo-box { display: none; } }",
    ".promo-box { display: none; }",
])
@pytest.mark.parametrize("where", ["middle", "foot"])
def test_scraped_furniture_alone_on_its_line_is_cut(line, where):
    text = f"{LEAD}\n\n{line}\n\n{END}\n" if where == "middle" else f"{LEAD}\n\n{END}\n\n{line}\n"
    d = _clean(text)
    assert line[:12] not in d.text and END in d.text
    assert any(line[:12] in r.text for r in d.removed)


@pytest.mark.parametrize("line", [
    "This is a developing story, the police chief told reporters on Monday.",
    "Check back for more money was never an option, the chairman said.",
    "Source: the company said profits had doubled in the first half of the year.",
    "With wire services gone, the paper relied on its own staff for the story.",
    "The board said the notice read: this is a developing story.",
])
def test_sentences_like_the_furniture_stay(line):
    d = _clean(f"{LEAD}\n\n{line}\n\n{END}\n")
    assert line in d.text


def test_a_video_button_and_its_clip_title_are_cut():
    text = f"{LEAD}\nPlay VIDEO\nHarbour board member opens the new gates\n{END}\n"
    d = _clean(text)
    assert "Play VIDEO" not in d.text and "opens the new gates" not in d.text and END in d.text


def test_a_sentence_under_a_video_button_stays():
    # the twin: the line under the button is the article's sentence (a stop ends it)
    line = "Harbour board members opened the new gates on Friday."
    d = _clean(f"{LEAD}\nWatch video\n{line}\n{END}\n")
    assert "Watch video" not in d.text and line in d.text


def test_a_line_with_a_video_word_in_a_sentence_stays():
    line = "Play video of the storm, the chairman told the board, and you will see why."
    d = _clean(f"{LEAD}\n\n{line}\n\n{END}\n")
    assert line in d.text


def test_a_piece_of_the_menu_the_scraper_began_inside_a_word_is_cut():
    d = _clean(f"nce, Weather\n{LEAD}\n\n{END}\n")
    assert d.text.startswith("The harbour board") and any(r.text == "nce, Weather" for r in d.removed)


@pytest.mark.parametrize("first", [
    "eBay opens harbour office",  # a brand written in lower case: a capital inside the word
    "the harbour board voted on Tuesday to close",  # longer than a menu's piece
])
def test_a_lower_case_first_line_that_is_no_menu_piece_is_not_cut_as_one(first):
    d = _clean(f"{first}\n{LEAD}\n\n{END}\n")
    assert not any(r.reason.startswith("boilerplate: a piece of the page's menu") for r in d.removed)


def test_a_copyright_footer_cut_short_names_no_outlet():
    d = _clean(f"{LEAD}\n\n{END}\n\n(TM and © Copyrigh\n")
    assert d.outlet is None


def test_a_whole_copyright_line_still_names_its_outlet():
    d = _clean(f"{LEAD}\n\n{END}\n\n© 2015 Port Ellery Gazette. All rights reserved.\n")
    assert d.outlet == "Port Ellery Gazette"

"""Issue 16, round thirty-three (caps): the picture caption at a page's head above its credit in
brackets (clean/head_credits.py), and the newspaper's own bracketed credits (noise._photo_credit).
Every text is invented; each must-cut case has a must-keep twin."""

from __future__ import annotations

import pytest

from storyline.clean.head_credits import REASON, closing_credit, credit_line
from storyline.clean.noise import _bracketed_credit, clean_text

BODY = ("Engineers said the pumps would run through the night if the weather held.\n"
        "The company has spent $40m on the effort so far, a spokesman said.\n"
        "Fishermen in the bay said they had not worked for three weeks.\n"
        "The coastguard said a second ship would reach the site on Friday.")

LEAD = "Acme Oil said on Tuesday that it would close the Marotia well by the end of the month."
CAPTION = "Workers lay a boom along the beach at Port Ellery on Monday."


def _cut(line: str, text: str) -> bool:
    c = clean_text(text)
    return line not in c.text and any(line in r.text and r.reason == REASON for r in c.removed)


def _kept(line: str, text: str) -> bool:
    return line in clean_text(text).text


# ---- the credit tests


@pytest.mark.parametrize("credit", ["(Jane Roe/the Washington Post)", "(Jane Roe - Washington Post)",
                                    "(Jane Roe for The Washington Post)", "(Jane Roe\\/Post)",
                                    "(Acme Coast Guard Via Associated Press)", "(Photos By Jane Roe)",
                                    "(Jane Roe\\/associated Press)", "(Reuters)", "(The Associated Press)"])
def test_bracketed_credits(credit):
    assert _bracketed_credit(credit)
    assert credit_line(credit, _bracketed_credit)


@pytest.mark.parametrize("aside", ["(Jane Roe - a nurse)", "(the bank said)", "(Washington Post)", "(R-La.)"])
def test_bracketed_asides_are_no_credits(aside):
    assert not _bracketed_credit(aside)


def test_closing_credit_and_its_twin():
    assert closing_credit("Oil washes ashore on the beach at Port Ellery (AP).", _bracketed_credit)
    assert closing_credit("Boats skim oil off Marotia in June (Jane Roe\\/Post).", _bracketed_credit)
    assert not closing_credit("Oil washes ashore on the beach at Port Ellery (the town said).", _bracketed_credit)
    assert not closing_credit("Jane Roe (AP).", _bracketed_credit)  # too short for a caption


# ---- shape 1: a caption above a newspaper's credit glued to the lead


def test_caption_above_a_newspaper_credit_is_cut():
    text = f"{CAPTION}\n(Jane Roe/the Washington Post) {LEAD}\n{BODY}"
    assert _cut(CAPTION, text)
    c = clean_text(text)
    assert c.text.lstrip().startswith(LEAD)
    assert "Washington Post)" not in c.text


def test_bracketed_aside_before_the_lead_keeps_the_line_above():
    # twin: a bracketed aside that credits no picture is no credit; nothing above it is cut
    text = f"{CAPTION}\n(Jane Roe - a nurse) {LEAD}\n{BODY}"
    assert _kept(CAPTION, text)


# ---- shape 2: a caption of two sentences above a photographer's agency credit


SECOND = "Crews expect the oil to reach the marshes within days."


def test_two_caption_lines_above_a_named_credit_are_cut():
    text = f"{CAPTION}\n{SECOND}\n(Jane Roe/Associated Press) {LEAD}\n{BODY}"
    assert _cut(CAPTION, text) and _cut(SECOND, text)


def test_agency_alone_is_left_to_round_twenty_four():
    # twin: "(Reuters)" alone opening the lead: round twenty-four's rule reads the lines above
    # it (a present caption only); a past-tense line above it stays
    first = "The rig sank on Thursday after burning for two days south of Port Ellery."
    assert _kept(first, f"{first}\n(Reuters) {LEAD}\n{BODY}")


def test_article_paragraphs_above_a_credit_stay():
    # twin: four lines above the credit are more than a caption has: the article's paragraphs
    paras = [CAPTION, SECOND, "Fishermen said the catch had fallen by half since April.",
             "The state has closed three of its bays to shrimpers."]
    text = "\n".join(paras) + f"\n(Jane Roe/Associated Press) {LEAD}\n{BODY}"
    for p in paras:
        assert _kept(p, text)


# ---- shape 3: a caption closing on the agency's credit


CLOSING = "A heron stands in oil on an island in Marotia Bay on Sunday (AP)."


def test_caption_closing_on_its_credit_is_cut():
    text = f"{CLOSING}\n{LEAD}\n{BODY}"
    assert _cut(CLOSING, text)
    assert clean_text(text).text.lstrip().startswith(LEAD)


def test_closing_credit_under_a_dateline_stays():
    # twin: the story began above it (a wire dateline): a line further down is the article's
    text = f"PORT ELLERY, Marotia (AP) -- {LEAD}\n{CLOSING}\n{BODY}"
    assert _kept(CLOSING, text)


def test_closing_bracket_that_is_no_credit_stays():
    line = "A heron stands in oil on an island in Marotia Bay on Sunday (the first this year)."
    assert _kept(line, f"{line}\n{LEAD}\n{BODY}")


# ---- shape 4: a handout's and a photographer's credits split off the lead


@pytest.mark.parametrize("credit", ["(Acme Coast Guard Via Associated Press)", "(Photos By Jane Roe)",
                                    "(Jane Roe for The Washington Post)"])
def test_credit_is_split_off_the_lead(credit):
    c = clean_text(f"{credit} {LEAD}\n{BODY}")
    assert c.text.lstrip().startswith(LEAD)
    assert credit not in c.text


def test_bracket_opening_a_sentence_stays():
    # twin: a bracket opening the article's own sentence, no credit in it
    line = "(Updated Tuesday) Acme Oil said it would close the Marotia well by the end of the month."
    assert _kept("Acme Oil said it would close", f"{line}\n{BODY}")


# ---- shape 5: a gallery over the story, each caption between two credits


GALLERY_1 = "Jane Roe, chief executive of Acme, speaks to reporters in Port Ellery, Tuesday, Nov. 2, 2010."
GALLERY_2 = "Acme said it would hire 200 workers for the clean-up."
GALLERY_3 = "Boats leave the harbor at Port Ellery, Monday, Nov. 1, 2010."


def test_gallery_captions_between_credits_are_cut():
    text = (f"{CAPTION}\n(John Doe/Associated Press) {GALLERY_1}\n{GALLERY_2}\n"
            f"(John Doe/Associated Press) {GALLERY_3}\n(Jane Roe - Washington Post) {LEAD}\n{BODY}")
    c = clean_text(text)
    for line in (CAPTION, GALLERY_1, GALLERY_2, GALLERY_3):
        assert line not in c.text
    assert c.text.lstrip().startswith(LEAD)


def test_article_paragraph_between_two_credits_stays():
    # twin: a paragraph between two pictures that does not end on the picture's date is the article's
    para = "Acme said on Tuesday it would hire 200 workers for the clean-up of the bay."
    text = (f"{CAPTION}\n(John Doe/Associated Press) {LEAD}\n{para}\n"
            f"(John Doe/Associated Press) {GALLERY_3}\n{BODY}")
    c = clean_text(text)
    assert LEAD in c.text and para in c.text

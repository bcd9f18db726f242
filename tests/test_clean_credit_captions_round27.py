"""Issue 16, round twenty-seven (27g): a picture's caption and credit run into a sentence
("<caption> Photograph: Jane Roe/AP <lead>"), a credit's name before a subordinator, a
caption closing its line with its credit (clean/credit_captions.py). Every text is
invented; each must-cut case has a must-keep twin."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.clean import credit_captions
from storyline.clean.noise import clean_text

BODY = ("The flood appeal raised $2m in two days, the charity said on Tuesday.\n\n"
        "Volunteers in Port Ellery sorted parcels through the night.\n\n"
        "Officials said more relief flights would leave on Friday.\n\n"
        "The river was expected to fall by the weekend, forecasters said.")
LEAD = "The coast guard says crews have closed one of the three breaches in the Ellery dam."


def _kept(line: str, text: str) -> bool:
    c = clean_text(text)
    return line in c.text and not any(line in r.text for r in c.removed)


def _cut(piece: str, text: str) -> bool:
    c = clean_text(text)
    return piece not in c.text and any(piece in r.text for r in c.removed)


# ---- shape A: a caption and its credit run into the lead or a paragraph below

@pytest.mark.parametrize("caption, credit", [
    ("Boats with booms hold back the water off the Ellery coast", "Photograph: Jane Roe\\/AP"),
    ("Sandbags stacked outside the Port Ellery town hall", "Photograph: Reuters"),
    ("A volunteer carries a child to the relief boat", "Photograph: John Doe/AFP/Getty Images"),
])
def test_caption_and_credit_run_into_the_lead_are_cut(caption, credit):
    text = f"{caption} {credit} {LEAD}\n\n{BODY}"
    c = clean_text(text)
    assert LEAD in c.text
    assert caption not in c.text and credit not in c.text
    assert any(r.reason == credit_captions.REASON for r in c.removed)


def test_caption_and_credit_mid_text_are_cut():
    caption = "Relief crews load a lorry outside the Ellery depot on 3 May"
    text = f"{BODY}\n\n{caption} Photograph: Jane Roe/Reuters {LEAD}\n\n{BODY}"
    assert _cut(caption, text)
    assert _kept(LEAD, text)


@pytest.mark.parametrize("line", [
    # must-keep twins: a sentence that mentions a photograph or a photographer
    "The council published a photograph: it shows the breach from the air, officials said.",
    "Jane Roe took the photograph that won the prize, and she said the flood was the worst she had seen.",
    "Photographs taken by John Doe/AP show the water rising, the agency said on Friday.",
    # a sentence before the credit on the line: where the caption starts is not known
    "Crews worked through the night. Sandbags outside the hall Photograph: Jane Roe/AP The river fell on Monday morning at last.",
    # no sentence after the credit: left to the whole-line rules
    "Sandbags outside the hall Photograph: Jane Roe/AP and more",
])
def test_photograph_look_alikes_stay(line):
    assert credit_captions.credit_in_line(line) is None


def test_a_sentence_about_a_photograph_is_kept_whole():
    line = "Jane Roe took the photograph that won the prize, and she said the flood was the worst she had seen."
    assert _kept(line, BODY + "\n\n" + line + "\n\n" + BODY)


# ---- shape D: a credit in brackets with its label

@pytest.mark.parametrize("head", ["(Photo: Volunteers sort parcels in Port Ellery/Jane Roe)",
                                  "Some homes on the hillside slid on to the ones below (Photo: Ellery Relief)"])
def test_bracketed_credit_run_into_a_sentence_is_cut(head):
    text = f"{BODY}\n\n{head} {LEAD}\n\n{BODY}"
    c = clean_text(text)
    assert LEAD in c.text and head not in c.text
    assert any(r.reason == credit_captions.BRACKET_REASON and r.text == head for r in c.removed)


@pytest.mark.parametrize("line", [
    "The council's report (Photo: page 3) shows the breach from the air, officials said.",
    "The mayor stood by the wall (Photo: Jane Roe) and spoke to the crews at length on Monday.",
])
def test_bracketed_photo_inside_a_sentence_stays(line):
    assert credit_captions.credit_in_line(line) is None


# ---- shape C: a credit's name before a subordinator and a capital

def test_credit_name_before_a_subordinator_is_cut():
    lead = "When Acme's chief executive said the dam would hold, he was pilloried by the council."
    text = f"Photograph: Jane Roe {lead}\n\n{BODY}"
    c = clean_text(text)
    assert lead in c.text and "Photograph: Jane Roe" not in c.text
    assert any(r.reason == credit_captions.CREDIT_REASON for r in c.removed)


def test_credit_name_before_a_title_word_stays_joined():
    # "The" before a capital may open a title: not read here (noise._credit_name's)
    assert credit_captions.credit_before_subordinator("Photograph: Jane Roe The Ellery Times said the dam held on Monday.") is None


# ---- shape B: a caption closing its line with its credit

def test_caption_closing_its_line_with_its_credit_is_cut():
    line = "How the Ellery flood would look over central London Photograph: guardian."
    assert _cut(line, line + "\n\n" + BODY)


def test_a_sentence_before_the_closing_credit_stays():
    line = "The dam held on Monday. The river fell Photograph: guardian."
    assert line in clean_text(BODY + "\n\n" + line).text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_credit_in_line_never_fails_and_cuts_inside(line):
    cut = credit_captions.credit_in_line(line)
    if cut is not None:
        assert 0 < cut[0] <= cut[1] <= len(line)
        assert "Photograph" in line[:cut[0]]

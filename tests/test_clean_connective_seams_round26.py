"""A capitalised connective and its comma right after a lower-case word is a lost sentence
boundary (issue 16, round twenty-six, 26b): BBC pages print a picture's caption over a
paragraph that opens "Meanwhile, ..." and the saved text runs the two together. The line is
split there (both pieces kept), and the piece before is cut only by the caption tests that
read every split-off piece. Every text is invented; each shape has must-keep twins."""

from __future__ import annotations

from storyline.clean.noise import clean_text

BEFORE = "Acme said on Monday that it would pay for the clean-up of the Marotia coast in full.\n\n"
AFTER = "\n\nThe council said it would meet again next week to discuss the costs of the work."


def _clean(line: str):
    return clean_text(BEFORE + line + AFTER)


def test_a_present_caption_before_meanwhile_is_cut():
    caption = "Concern is mounting for the terns nesting on the harbour wall"
    c = _clean(f"{caption} Meanwhile, residents of three towns have been told to stay indoors until the smoke clears.")
    assert [r.text for r in c.removed] == [caption]
    assert "\n\nMeanwhile, residents of three towns" in c.text


def test_a_multiword_connective_is_a_seam_too():
    caption = "Concern is mounting for the terns nesting on the harbour wall"
    c = _clean(f"{caption} By comparison, the spill of 1989 covered a far smaller stretch of the shore.")
    assert [r.text for r in c.removed] == [caption]
    assert "By comparison, the spill of 1989" in c.text


def test_an_article_sentence_that_lost_its_stop_is_split_and_kept():
    # twin: a pronoun subject: the article's own sentence, split at the seam, nothing removed
    left = "It will take several weeks to ship enough doses to every clinic"
    c = _clean(f"{left} Meanwhile, doctors have been told to save the doses they have.")
    assert c.removed == []
    assert f"{left}\n\nMeanwhile, doctors" in c.text


def test_a_past_clause_before_then_is_split_and_kept():
    # twin: a past clause may be the article's sentence that lost its stop: kept
    left = "The ferry crews waited all evening for the fog over the bay to lift"
    c = _clean(f"{left} Then, the harbour master will decide whether the boats can sail.")
    assert c.removed == []
    assert f"{left}\n\nThen, the harbour master" in c.text


def test_a_connective_inside_a_sentence_is_no_seam():
    # twin: "meanwhile" set off by commas inside a sentence, in lower case
    line = "The crews, meanwhile, worked through the night to lay booms along the shore of the bay near the town."
    c = _clean(line)
    assert c.removed == []
    assert line in c.text


def test_a_connective_after_a_name_is_no_seam():
    # twin: after a capitalised word a name may go on; not read
    line = "Crews worked through the night near Port Ellery Meanwhile, the firm has hired hundreds of boats to lay booms."
    c = _clean(line)
    assert c.removed == []
    assert line in c.text


def test_a_connective_without_its_comma_is_not_this_seam():
    # twin: "Still" before a lower-case word with no comma goes on as often ("a Still life")
    line = "Crews said the oil on the shore was thinning Still waters in the bay held the last of the slick, they said."
    c = _clean(line)
    assert c.removed == []

"""Issue 16, round twenty-five (25w): web-page furniture kept on untuned copy (seed 73's
cleaning items): authors' notes under an opinion piece, a press release's disclaimer and
contact block, a site's taglines, slogans and graphics promos, a discussion page's notices.
Every text is invented; each must-cut case has a must-keep twin of the same surface."""

from __future__ import annotations

import pytest

from storyline.clean import page_furniture
from storyline.clean.noise import clean_text

BODY = ("The flood appeal raised $2m in two days, the charity said on Tuesday.\n\n"
        "Volunteers in Port Ellery sorted parcels through the night.\n\n"
        "Officials said more relief flights would leave on Friday.\n\n"
        "The river was expected to fall by the weekend, forecasters said.")


def _removed(text: str) -> list[str]:
    return [r.text for r in clean_text(text).removed]


def _kept(line: str, text: str) -> bool:
    c = clean_text(text)
    return line in c.text and not any(line in r.text for r in c.removed)


# ---- authors' notes closing a piece (bpoil_washingtonpost seed 73 K9)

NOTES = ["Tom Fell is senior editor and markets analyst at Ellery Research Partners.",
         "Anna Mirren is head of global research at Ellery Research Partners.",
         'They are co-authors of a new paper, "Floods Do Not Mean a Slump."']


def test_closing_author_notes_are_cut():
    c = clean_text(BODY + "\n\n" + "\n\n".join(NOTES))
    assert all(n not in c.text for n in NOTES)
    assert any(r.reason == page_furniture.NOTE_REASON for r in c.removed)
    assert "forecasters said" in c.text


def test_a_note_on_a_person_the_story_names_stays():
    # the story quoted Mirren: a line describing her closes the story, it is no author's note
    text = "Anna Mirren said the appeal had gone well.\n\n" + BODY + "\n\n" + NOTES[1]
    assert _kept(NOTES[1], text)
    assert not _kept(NOTES[1], BODY + "\n\n" + NOTES[1])  # the same line under a piece that does not name her


@pytest.mark.parametrize("line", [
    # must-keep twins: a role line that says something, a body, a note mid-text
    "Anna Mirren is head of research at Ellery Research Partners and said the fall would be slow.",
    "Ellery Aid is a partner of the Port Ellery Relief Alliance.",
    "The Red Cross is the main partner of Ellery Relief.",
    "Why Tom Fell is the only sane choice for the Ellery Party As a former candidate,...",
])
def test_note_look_alikes_at_the_end_stay(line):
    assert _kept(line, BODY + "\n\n" + line)


def test_a_note_in_the_middle_stays():
    line = NOTES[1]
    assert _kept(line, BODY + "\n\n" + line + "\n\nShe expects the river to fall by Sunday, she said.")


def test_any_opinions_disclaimer_and_bio_above_are_cut():
    bio, note = "Jane Roe is Global Editor, Ethics and Standards.", "Any opinions are her own."
    c = clean_text(bio + "\n\n" + note + "\n\n" + BODY)
    assert bio not in c.text and note not in c.text


def test_an_opinion_sentence_stays():
    line = "Any opinions are welcome at the meeting, the mayor said."
    assert _kept(line, BODY + "\n\n" + line)


# ---- a closing follow line (bpoil_foxnews Fox Forum pieces)

def test_closing_follow_line_is_cut():
    assert "Ellery Forum is on Twitter." in _removed(BODY + "\n\nEllery Forum is on Twitter.")


def test_follow_line_on_a_subject_of_the_story_stays():
    text = "Ellery Council opened an account this week.\n\n" + BODY + "\n\nEllery Council is on Twitter."
    assert _kept("Ellery Council is on Twitter.", text)


# ---- a press release's furniture (H1N1_reuters seed 73 K9)

RELEASE = ("Acme Labs Test Finds Flood Germs Early... * Acme Wire is not responsible for the content of this release.\n\n"
           + BODY + "\n\n"
           "Contact: Jane Roe tel: 555-123-4567 jroe@acmelabs.example\n\n"
           "SOURCE Acme Labs, Inc.\n\n"
           "Jane Roe of Acme Labs, +1 -555 -123 -4567, jroe@acmelabs.example")


def test_press_release_disclaimer_and_contact_block_are_cut():
    c = clean_text(RELEASE)
    assert "not responsible" not in c.text
    assert "SOURCE" not in c.text and "jroe@" not in c.text
    assert "forecasters said" in c.text


@pytest.mark.parametrize("line", [
    # a hotline in a story, a quoted source, a line about a company's source of water
    "The council's flood line is 555-123-4567, officials said.",
    "SOURCE of the outbreak was not known, the agency said on Monday evening in a long statement to reporters.",
])
def test_contact_look_alikes_stay(line):
    assert _kept(line, BODY + "\n\n" + line)


def test_source_line_with_a_long_line_below_stays():
    tail = ("SOURCE Acme Labs, Inc.\n\n"
            + "The company said it would open a second plant in Port Ellery next year and hire two hundred "
              "workers from the town, which lost its mill in the storm of 2008, once the permits are in place "
              "and the river has fallen. Call 555-123-4567.")
    assert _kept("SOURCE Acme Labs, Inc.", BODY + "\n\n" + tail)


def test_source_run_into_a_line_is_cut_off():
    assert page_furniture.tagline_cut("For more information, visit www.acmelabs.example SOURCE Acme Labs, Inc.") == (48, 49)
    assert page_furniture.tagline_cut("The SOURCE Acme Labs named was a tap.") is None


# ---- a site's taglines (H1N1_reuters seed 73 K10)

TAGLINES = ("An ultra-low latency network for bond trading and data feeds\n\n"
            "A connected approach to audit, risk and payroll\n\n"
            "Our next generation case research platform")


def test_taglines_are_cut_alone_and_run_into_the_last_line():
    c = clean_text(BODY + "\n\n" + TAGLINES)
    assert "latency" not in c.text and "case research" not in c.text
    c = clean_text(BODY + "\n\n($1 = 1.47 Ellery dollars) " + TAGLINES.replace("\n\n", " "))
    assert "($1 = 1.47 Ellery dollars)" in c.text and "latency" not in c.text


def test_a_sentence_about_latency_stays():
    line = "An ultra-low latency link for the exchange opened on Monday, the operator said."
    assert _kept(line, BODY + "\n\n" + line)


# ---- graphics promos and slogans (bpoil_washingtonpost seed 73 K6, K7, K10, K15)

@pytest.mark.parametrize("line", [
    "Explore all of our flood graphics to track the river, see its effects, and learn its possible solutions.",
    "View how farms, roads and the coastline are all at risk.",
    "Still the best local coverage.",
    "Ellery News covers the action from all the angles.",
    "The county's flood map can be found here",
    "For the latest news, please head to our front page.",
])
def test_promos_and_slogans_are_cut(line):
    assert line in _removed(line + "\n\n" + BODY)


@pytest.mark.parametrize("line", [
    "Explore our city's parks before the water comes, the mayor urged.",
    "See how the river rose in a single night.",
    "The best coverage came from local radio.",
    "Ellery News covers the story from Port Ellery.",
    "Traces of oil can be seen here in the bay.",
    "The mayor read his statement, which can be found here.",
    "For the latest news we went to the port.",
])
def test_promo_look_alikes_stay(line):
    assert _kept(line, BODY + "\n\n" + line + "\n\nThe river fell on Sunday.")


# ---- site notices (a discussion page, a broadcast transcript, a comment legend)

@pytest.mark.parametrize("line", [
    "acme.example is not responsible for any content posted by its users.",
    "The Acme Post editorial staff was not involved in the moderation.",
    "This copy may not be in its finished form and may change.",
    "Content and Programming Copyright 2010 Acme News Network, Inc..",
    "This commenter is an Acme Post contributor.",
    "This release was issued through Acme Releases (TM).",
])
def test_site_notices_are_cut(line):
    assert line in _removed(BODY + "\n\n" + line)


@pytest.mark.parametrize("line", [
    "The company said it is not responsible for the content of the report.",
    "This copy of the will may not be the final one, the lawyer said.",
])
def test_notice_look_alikes_stay(line):
    assert _kept(line, BODY + "\n\n" + line + "\n\nThe river fell on Sunday.")

"""Issue 16, round thirty-two (promo): promo, pointer and widget lines and end-of-piece
taglines in US newspaper and wire copy that the cleaner kept (census over the Timeline17
dev texts): a bracketed pointer to a video, a wire's related-story slugs, a hashtag after a
link promo, a channel's sign-up line and show promo, an opinion site's mission lines, a
section page's "Article |" teasers, a graphic's teaser lines at a text's head, and authors'
notes in the shapes the round-25 reader missed. Every text is invented; each must-cut case
has a must-keep twin of the same surface."""

from __future__ import annotations

import pytest

from storyline.clean import page_furniture
from storyline.clean.noise import clean_text

BODY = ("The flood appeal raised $2m in two days, the charity said on Tuesday.\n\n"
        "Volunteers in Port Ellery sorted parcels through the night.\n\n"
        "Officials said more relief flights would leave on Friday.\n\n"
        "The river was expected to fall by the weekend, forecasters said.")


# the same story under a wire's dateline (a text without one may read a note's label as its
# dateline)
WIRE_BODY = "PORT ELLERY (Ellery Wire) -- " + BODY


def _kept(line: str, text: str) -> bool:
    c = clean_text(text)
    return line in c.text and not any(line in r.text for r in c.removed)


def _cut(line: str, text: str) -> bool:
    c = clean_text(text)
    return line not in c.text and any(line in r.text for r in c.removed)


# ---- a bracketed pointer to a piece the page carried beside the story

def test_bracketed_video_pointer_is_cut():
    line = "(See video of the flood's toll on one river town.)"
    assert _cut(line, BODY + "\n\n" + line + "\n\n" + BODY)


@pytest.mark.parametrize("line", [
    "(For comparison, the tower at Port Ellery is 300 feet tall, a third of the river's depth.)",
    "(See, the mayor had warned of it for years.)",
])
def test_bracketed_asides_stay(line):
    assert _kept(line, BODY + "\n\n" + line + "\n\n" + BODY)


# ---- a wire's related-story slugs at the foot

def test_wire_slugs_are_cut():
    lines = ["FACTBOX-Ferry exposure to Ellery", "TAKE A LOOK-River flood (nFLD)"]
    c = clean_text(BODY + "\n\n" + "\n\n".join(lines))
    assert all(x not in c.text for x in lines)
    assert "forecasters said" in c.text


def test_a_capitals_word_opening_a_sentence_stays():
    line = "ANALYSIS of the river data showed the fall had begun."
    assert _kept(line, BODY + "\n\n" + line)


# ---- a link promo with a hashtag after the call

def test_link_promo_with_hashtag_is_cut():
    line = "(For a graphic on the flood's spread, click here #flood)"
    assert _cut(line, BODY + "\n\n" + line)


def test_hashtag_in_a_sentence_stays():
    line = "Residents shared pictures under #flood, and the council read them."
    assert _kept(line, BODY + "\n\n" + line)


# ---- a channel's sign-up line and show promo; an opinion site's mission lines

def test_channel_sign_up_line_run_into_credit_is_cut():
    text = BODY + "\n\nReporting by the Ellery Wire staff Sign up for free e-mail news alerts from EllerySignal.com."
    c = clean_text(text)
    assert "Sign up for free e-mail" not in c.text
    assert "forecasters said" in c.text


def test_show_promo_is_cut_and_a_sentence_about_a_show_stays():
    promo = '-- Watch "Harbour Hour" weeknights at 9 p.m. ET!'
    assert _cut(promo, BODY + "\n\n" + promo)
    said = 'Residents watch "Harbour Hour" to hear when the ferries run.'
    assert _kept(said, BODY + "\n\n" + said)


def test_opinion_site_mission_lines_are_cut():
    lines = ["The Fox Nation is for those opposed to intolerance, and for readers who like a fair argument.",
             "We invite all Americans who share these values: write to Fox Nation."]
    c = clean_text(BODY + "\n\n" + "\n\n".join(lines) + "\n\n" + BODY)
    assert all(x not in c.text for x in lines)


# ---- a section page's teasers

def test_section_page_teasers_are_cut():
    teasers = ["Ferry talks stall at the harbour Article | PORT ELLERY -- Talks on the ferry contract stalled on Monday.",
               "Article | The river fell by a foot overnight, the gauge at the old mill showed.",
               "Article | Volunteers reopened the shelter at the school on Friday."]
    c = clean_text("Flood coverage The river, the town and its people after the flood.\n\n" + "\n\n".join(teasers))
    assert all(t not in c.text for t in teasers)


def test_one_bar_label_alone_stays():
    line = "Article | The river fell by a foot overnight, the gauge at the old mill showed."
    assert _kept(line, BODY + "\n\n" + line + "\n\n" + BODY)


# ---- a graphic's teaser lines at the head

def test_head_graphic_teasers_are_cut():
    run = ["Watch the flood's path since May 2 and view how farms are at risk.",
           "See the main forms silt takes in river water."]
    c = clean_text("\n\n".join(run) + "\n\n" + BODY)
    assert all(x not in c.text for x in run)
    assert "forecasters said" in c.text


def test_one_imperative_at_the_head_is_no_teaser_run():
    # (a lone imperative at the head may go as a call to action, an older rule; not as a teaser)
    line = "See the main forms silt takes in river water."
    c = clean_text(line + "\n\n" + BODY)
    assert not any("graphic's teaser" in r.reason for r in c.removed)


# ---- authors' notes in new shapes

@pytest.mark.parametrize("notes", [
    ["Tom Fell, Ph.D., is the director of the Ellery Lab of River Studies."],
    ["EDITOR'S NOTE -- Tom Fell is Port Ellery bureau chief for The Ellery Wire."],
    ["The writer is global editor at large for Ellery Wire.", "She is writing a book about river towns."],
    ["Tom Fell is the manager of policy research at Ellery Solutions.",
     "Learn more about the group's records request at www.ellerysolutions.org."],
    ["Tom Fell is president of the Ellery River Trust.", "Anna Mirren is dean of the School of the Coast at Ellery University.",
     "Ellery University has received funding from Acme Oil for research on the flood."],
])
def test_author_notes_in_new_shapes_are_cut(notes):
    c = clean_text(WIRE_BODY + "\n\n" + "\n\n".join(notes))
    assert all(n not in c.text for n in notes)
    assert any(r.reason == page_furniture.NOTE_REASON for r in c.removed)
    assert "forecasters said" in c.text


def test_note_under_a_wire_credit_is_cut():
    note = "EDITOR'S NOTE -- Tom Fell is Port Ellery bureau chief for The Ellery Wire."
    credit = "Ellery Wire writer Anna Mirren in Port Ellery contributed to this report."
    c = clean_text(WIRE_BODY + "\n\n" + note + "\n\n" + credit)
    assert note not in c.text and credit not in c.text


@pytest.mark.parametrize("line", [
    # a disclosure or a pointer with no note above it is no author's note
    "Ellery University has received funding from Acme Oil for research on the flood.",
    "Learn more about the group's records request at www.ellerysolutions.org.",
    # "The writer" who is the story's subject and says something
    "The writer is a former editor of the Ellery Courier who said the flood was the worst.",
])
def test_note_tails_and_writer_look_alikes_alone_stay(line):
    assert _kept(line, BODY + "\n\n" + line)


def test_note_on_a_person_named_above_still_stays():
    note = "Tom Fell, Ph.D., is the director of the Ellery Lab of River Studies."
    assert _kept(note, "Tom Fell said the river would fall.\n\n" + BODY + "\n\n" + note)


# ---- a newspaper page's story widget; a press release's disclaimer

def test_story_widget_at_a_line_end_and_head_is_cut():
    widget = "This Story: Read + | Watch + |"
    c = clean_text(BODY + '\n\nStaff writer Anna Mirren contributed to this report" ' + widget)
    assert widget not in c.text
    c = clean_text('" ' + widget + " The river fell by a foot overnight, the gauge at the old mill showed.\n\n" + BODY)
    assert widget not in c.text and "The river fell by a foot overnight" in c.text


def test_release_disclaimer_is_cut_and_a_sentence_about_views_stays():
    line = "Important Information This release does not reflect the views of the Ellery board or its staff."
    assert _cut(line, BODY + "\n\n" + line + "\n\n" + BODY.split("\n\n")[0])
    said = "The agency's release reflected the views of the river board, the mayor said."
    assert _kept(said, BODY + "\n\n" + said)


def test_more_information_pointer_is_cut_and_a_speakers_pointer_stays():
    line = "For more information see www.elleryrelief.org or call Ellery Relief at 1-888-555-0100."
    assert _cut(line, BODY + "\n\n" + line)
    said = "More information is at www.elleryrelief.org, the charity said."
    assert _kept(said, BODY + "\n\n" + said)


def test_bracketed_graphic_pointer_after_a_sentence_is_cut():
    line = "(See graphic)."
    assert _cut(line, BODY + "\n\n" + line + "\n\n" + BODY.split("\n\n")[1])

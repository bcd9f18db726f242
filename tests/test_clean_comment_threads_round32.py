"""Issue 16, round thirty-two (comments): reader comments kept in the cleaned text in four
page shapes the earlier rules missed: a blog's single reader stamp ("At <time> on <date>,
<handle> wrote:"), a readers' debate page (prompts, "This debate is now closed.", the
comments), a columnist's page whose readers' selection header carries the first reply glued
on, a discussion page's list of its panel's posts, and a readers' tips box ("<title> Posted
by <handle> <date> <text>"). Every text is invented; each must-cut case has a must-keep twin."""

from __future__ import annotations

from storyline.clean import comment_threads
from storyline.clean.noise import clean_text

LEAD = ("Relief flights landed in Port Ellery on Tuesday as the river began to fall, "
        "officials said.\n\n"
        "The council said 1,200 homes had been flooded and 300 families were in shelters.\n\n"
        "Engineers will inspect the bridge on Friday before it reopens to traffic, the "
        "transport agency said in a statement.")
POST = (LEAD + "\n\n"
        "The flood appeal has raised $2m in two days, the charity said, and volunteers "
        "sorted parcels through the night at the town hall.\n\n"
        "Forecasters expect more rain next week but say the levees should hold.")
REPLY = "Great to see the town pulling together, but why did the shelters open so late?"
REPLY2 = "My sister lives by the harbour and says 40 boats were lost."


def _reasons(text: str) -> list[str]:
    return [r.reason for r in clean_text(text).removed]


# ---- a single blog reader stamp opening its line
def test_single_wrote_stamp_cuts_the_comment_to_the_end():
    c = clean_text(POST + "\n\nAt 10:49 am on 02 Feb 2010, reader42 wrote: " + REPLY + "\n\n" + REPLY2)
    assert REPLY not in c.text and REPLY2 not in c.text
    assert comment_threads.WROTE_REASON in [r.reason for r in c.removed]
    assert "levees should hold." in c.text


def test_a_person_who_wrote_is_not_a_stamp():
    # an article quoting a named person with a time: a name of two words, and not at the line's start
    line = "At 10:49 am on 02 Feb 2010, Jane Roe wrote: \"The river is falling.\""
    c = clean_text(POST + "\n\n" + line + "\n\n" + REPLY2)
    assert REPLY2 in c.text and "The river is falling." in c.text
    assert comment_threads.WROTE_REASON not in [r.reason for r in c.removed]


# ---- a readers' debate page
PROMPTS = "Are you in Port Ellery?\n\nHow has the flood affected you?\n\nWhat should the council do next?"
CLOSER = "This debate is now closed."
# the readers' comments outweigh the lead (so the comment-section header rule abstains)
REPLIES = "\n\n".join([REPLY, REPLY2,
                        "I think the council was slow and the shelters were cold at night.",
                        "We lost our car in the water but the neighbours took us in for a week.",
                        "Why does nobody ever repair the levees before the rain comes back?",
                        "My street was dry, but the school on the corner still has no power.",
                        "Thank you to the volunteers who carried my mother out of her flat."])


def test_debate_page_comments_below_the_closing_notice_are_cut():
    c = clean_text(LEAD + "\n\n" + PROMPTS + "\n\n" + CLOSER + "\n\n" + REPLIES)
    assert REPLY not in c.text and REPLY2 not in c.text and "repair the levees" not in c.text
    assert "How has the flood affected you?" not in c.text
    assert "reopens to traffic" in c.text
    assert comment_threads.DEBATE_REASON in [r.reason for r in c.removed]


def test_debate_notice_without_prompts_above_cuts_nothing_of_the_article():
    # no run of questions put to the reader right above the notice: not this page's shape
    c = clean_text(LEAD + "\n\n" + CLOSER + "\n\n" + REPLIES)
    assert comment_threads.DEBATE_REASON not in [r.reason for r in c.removed]


def test_debate_prompts_without_the_debate_notice_stay():
    c = clean_text(LEAD + "\n\n" + PROMPTS + "\n\n" + REPLIES)
    assert comment_threads.DEBATE_REASON not in [r.reason for r in c.removed]
    assert REPLY2 in c.text


# ---- a readers' selection header with the first reply glued on
def test_selection_header_with_glued_reply_cuts_the_thread():
    c = clean_text(POST + "\n\nPlease read a selection below: " + REPLY + "\n\n" + REPLY2)
    assert REPLY not in c.text and REPLY2 not in c.text
    assert "levees should hold." in c.text


def test_a_selection_in_an_article_stays():
    line = "The museum asked visitors to read a selection below the main staircase: letters from 1920."
    c = clean_text(POST + "\n\n" + line + "\n\n" + REPLY2)
    assert "letters from 1920" in c.text and REPLY2 in c.text


def test_header_cut_needs_text_after_the_header():
    assert comment_threads.header_cut("Please read a selection below:") is None
    assert comment_threads.header_cut("Please read a selection below: I agree.") == (30, 31)


# ---- a discussion page's list of its panel's posts
PANEL = ("Posted by Jane Roe on June 1, 2010 10:20 AM Posted by John Doe, on June 2, 2010 4:36 PM "
         "Posted by Ann Lee, on June 2, 2010 1:16 PM reader42: I am tired of hearing about this.")


def test_panel_list_and_reader_comments_are_cut():
    c = clean_text(LEAD + "\n\n" + PANEL + "\n\n" + REPLY2)
    assert "tired of hearing" not in c.text and REPLY2 not in c.text
    assert "reopens to traffic" in c.text


def test_two_post_stamps_are_not_a_panel_list():
    line = "Posted by Jane Roe on June 1, 2010 10:20 AM Posted by John Doe, on June 2, 2010 4:36 PM"
    assert comment_threads.PANEL_REASON not in _reasons(LEAD + "\n\n" + line + "\n\n" + REPLY2)


# ---- a readers' tips box
TIPS = ("A quiet beach Posted by sandfan 2 May 2012 The island is reached by ferry from the coast.\n\n"
        "Roads of sand Posted by roamer 22 Jan 2012")


def test_readers_tips_box_is_cut():
    c = clean_text(POST + "\n\n" + TIPS)
    assert "reached by ferry" not in c.text and "Roads of sand" not in c.text
    assert "levees should hold." in c.text


def test_one_tip_stamp_or_a_sentence_before_it_cuts_nothing():
    one = "A quiet beach Posted by sandfan 2 May 2012 The island is reached by ferry from the coast."
    assert comment_threads.TIPS_REASON not in _reasons(POST + "\n\n" + one)
    glued = ("The levees held. A quiet beach Posted by sandfan 2 May 2012 It is reached by ferry.\n\n"
             "Roads of sand Posted by roamer 22 Jan 2012")
    c = clean_text(POST + "\n\n" + glued)
    assert "The levees held." in c.text

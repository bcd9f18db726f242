"""Issue 16, round twenty-six (26r): reader comment threads kept after a blog post that
has no comment-section opener (the post's closing stamp, then the readers' comments, each
with its "Report abuse" stamp), and a wire's pointer to a fact box by story code run into
the next sentence. Every text is invented; each must-cut case has a must-keep twin."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.clean import comment_threads
from storyline.clean.noise import clean_text

POST = ("Relief flights landed in Port Ellery on Tuesday as the river began to fall, "
        "officials said.\n\n"
        "The council said 1,200 homes had been flooded and 300 families were in shelters.\n\n"
        "Engineers will inspect the bridge on Friday before it reopens to traffic, the "
        "transport agency said in a statement.\n\n"
        "The flood appeal has raised $2m in two days, the charity said, and volunteers "
        "sorted parcels through the night at the town hall.\n\n"
        "Forecasters expect more rain next week but say the levees should hold.")
STAMP = "By Jane Roe | June 7, 2010; 12:00 PM ET"
REPLIES = ["Great to see the town pulling together like this.",
           "Jane, you forgot to mention the volunteers from the harbour.",
           "Why did it take the council a week to open the shelters?"]


def _reasons(text: str) -> list[str]:
    return [r.reason for r in clean_text(text).removed]


def test_thread_below_post_stamp_is_cut_with_the_first_comment_on_the_stamp_line():
    text = POST + "\n\n" + STAMP + " " + REPLIES[0] + "\n\n" + "\n\n".join(REPLIES[1:])
    c = clean_text(text)
    assert all(r not in c.text for r in REPLIES)
    assert comment_threads.THREAD_REASON in [r.reason for r in c.removed]
    assert "levees should hold." in c.text and "Relief flights landed" in c.text


def test_closing_notice_after_post_stamp_is_cut():
    c = clean_text(POST + "\n\n" + STAMP + " The comments to this entry are closed.")
    assert "comments to this entry" not in c.text
    assert "levees should hold." in c.text


def test_post_stamp_run_on_after_a_line_of_the_post_is_cut_off_it():
    # a table row of the post with the stamp glued after it: the row stays whole
    row = "Democrats 61 42 19 Republicans 34 28 6"
    c = clean_text(POST + "\n\n" + row + " " + STAMP + " " + REPLIES[0] + "\n\n" + REPLIES[1])
    assert row in c.text
    assert REPLIES[0] not in c.text and REPLIES[1] not in c.text


def test_byline_stamp_at_the_head_of_a_post_cuts_no_article():
    # the same stamp opening the post: no article above it, the post below stays
    c = clean_text(STAMP + "\n\n" + POST)
    assert "levees should hold." in c.text and "Relief flights landed" in c.text
    assert comment_threads.THREAD_REASON not in [r.reason for r in c.removed]


def test_a_dateline_with_a_pipe_is_no_post_stamp():
    # a dated line of the article, no semicolon and no clock zone: the text after stays
    dated = "By Jane Roe | June 7, 2010"
    c = clean_text(POST + "\n\n" + dated + "\n\n" + "The bridge reopened on Saturday, the agency said.")
    assert "The bridge reopened on Saturday" in c.text


def test_only_the_last_post_stamp_of_an_index_page_opens_the_thread():
    # a blog index: two posts, each with its stamp; the first post's stamp is followed
    # by the second post, which stays
    second = ("The harbour reopened to fishing boats on Monday after divers cleared the "
              "channel, the port authority said in a statement.")
    text = (POST + "\n\n" + STAMP + "\n\n" + second + "\n\n" + "By John Doe | June 8, 2010; 9:10 AM ET "
            + REPLIES[0] + "\n\n" + REPLIES[1])
    c = clean_text(text)
    assert second in c.text
    assert REPLIES[0] not in c.text and REPLIES[1] not in c.text


def test_single_report_abuse_stamp_cuts_the_thread_from_its_line():
    text = (POST + "\n\n" + "The council should have acted sooner. Posted by: riverfan12 | June 8, 2010 7:17 PM | Report abuse "
            + "Nobody warned us about the levees.\n\n" + "They never do.")
    c = clean_text(text)
    assert "Nobody warned us" not in c.text and "They never do." not in c.text
    assert comment_threads.REPORT_REASON in [r.reason for r in c.removed]
    assert "levees should hold." in c.text


def test_an_article_quoting_a_post_by_a_named_person_is_no_reader_stamp():
    # "posted by" in a sentence, no pipes, no moderation button: the sentence stays
    line = "The video, posted by Jane Roe on June 8 at 7:17 PM, was viewed 10,000 times."
    c = clean_text(POST + "\n\n" + line + "\n\n" + "The council did not comment on the video.")
    assert line in c.text and "did not comment" in c.text


def test_a_column_that_addresses_the_reader_keeps_its_ending():
    column = (POST + "\n\n" + "You can help: give what you can, and check on your neighbours.\n\n"
              + "Thank you, Port Ellery, for showing the rest of us how it is done.")
    c = clean_text(column)
    assert "check on your neighbours." in c.text and "Thank you, Port Ellery" in c.text


def test_letter_to_the_editor_quoted_in_full_at_the_end_stays():
    letter = (POST + "\n\n" + 'In a letter to the editor, one reader wrote: "Jane, you forgot the '
              'volunteers from the harbour. Thank you for the coverage."')
    c = clean_text(letter)
    assert "In a letter to the editor" in c.text


# ---- a wire's pointer to a fact box by story code (bpoil_reuters dev text)

def test_fact_box_pointer_with_see_and_a_story_code_is_cut_off_the_sentence():
    text = (POST + "\n\n(For a fact box on Acme in Marotia, see (ID: nLDE66E0ZO)) In August 2009, "
            "Marotia released a man convicted of the attack.")
    c = clean_text(text)
    assert "fact box" not in c.text
    assert "In August 2009, Marotia released a man convicted of the attack." in c.text


def test_a_sentence_telling_readers_to_see_a_document_stays():
    line = "For the full ruling, see the court's website, the judge said."
    c = clean_text(POST + "\n\n" + line)
    assert line in c.text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_stamp_cut_never_fails_and_cuts_inside_the_line(line: str) -> None:
    cut = comment_threads.stamp_cut(line)
    if cut is not None:
        head_end, tail = cut
        assert 0 < head_end <= tail < len(line)
        assert line[tail:].startswith("By")


@pytest.mark.parametrize("stamp", [STAMP, "By Jane Roe and John Doe | November 15, 2010; 6:00 AM ET",
                                   "By Jane Roe | Sept. 3, 2010; 5:30 a.m. ET"])
def test_post_stamp_shapes(stamp: str) -> None:
    assert comment_threads.POST_STAMP.search(stamp)

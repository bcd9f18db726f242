"""Issue 16, round twenty-seven (27g): furniture at a page's foot (a print footer's dated
form, a live news feed's box) and a reader thread above the comment section's notice
opened by thanks to the author or by "your op-ed". Every text is invented; each must-cut
case has a must-keep twin."""

from __future__ import annotations

import pytest
from test_clean_credit_captions_round27 import BODY, _cut, _kept  # one body and one pair of checks for both files

from storyline.clean import page_furniture
from storyline.clean.noise import clean_text

# ---- the print footer's dated form and a live feed's box at the foot

def test_dated_print_footer_is_cut():
    footer = "A version appeared in the Guardian on 09.05 GMT on Friday 7 March 2031"
    assert _cut(footer, BODY + "\n\n" + footer)


def test_a_sentence_about_an_earlier_version_stays():
    line = "A version of the report appeared in the Ellery Courier on Monday, officials said."
    assert _kept(line, BODY + "\n\n" + line)


FEED = ("News and views from our desk in Port Ellery Auto update every minute On | Off "
        "janeroe: Dam holds, river falling")


def test_live_feed_box_at_the_foot_is_cut():
    tweet = "RT @johndoe: Ferries back on the Ellery route from Monday."
    c = clean_text(BODY + "\n\n" + FEED + "\n\n" + tweet)
    assert "Auto update" not in c.text and tweet not in c.text
    assert any(r.reason == page_furniture.FEED_REASON for r in c.removed)
    assert "forecasters said" in c.text


def test_feed_switch_after_a_sentence_stays():
    line = "The council said the river would fall. Auto update every minute On | Off janeroe: river falling"
    c = clean_text(BODY + "\n\n" + line)
    assert not any(r.reason == page_furniture.FEED_REASON for r in c.removed)


def test_feed_box_above_long_text_keeps_the_text():
    para = ("Officials said that the relief flights would go on through the weekend and that the council "
            "would meet again on Monday to decide whether the schools in the lower town could open, "
            "after the engineers had checked every wall of the old dam, one by one.")
    c = clean_text(BODY + "\n\n" + FEED + "\n\n" + para)
    assert para in c.text


# ---- a reader thread above the comment section's notice, opened by thanks to the author
# by first name or by "your op-ed" (data/comment_register.txt)

NOTICE = ("We welcome comments that move the debate on with facts, first-hand accounts, sources and figures.\n\n"
          "Views expressed in the comments are the readers' own and not the agency's.")


@pytest.mark.parametrize("opener", ["Thank you Jane for putting some sense into this debate.",
                                    "Your op-ed is a fine example of what the flood taught us... thanks!"])
def test_thread_above_the_notice_opened_by_thanks_or_op_ed_is_cut(opener):
    thread = opener + "\n\nThe council was asleep for a decade.\n\nSomebody should answer for this."
    c = clean_text(BODY + "\n\n" + thread + "\n\n" + NOTICE)
    assert c.text == BODY


@pytest.mark.parametrize("line", [
    '"Thank you Jane for coming," the mayor told the volunteer on Monday.',
    "Thank you for your help, the mayor wrote to the volunteers on Monday.",
    "The council read the editorial twice before it answered the paper.",
])
def test_thanks_quoted_or_unnamed_above_the_notice_stays(line):
    c = clean_text(BODY + "\n\n" + line + "\n\n" + NOTICE)
    assert line in c.text

"""Issue 16, round forty-four (clean44): furniture left in scraped tabloid copy (FNC-1 bodies
of 2014-15). Every text is invented; each must-cut case has a must-keep twin of the same
surface."""

from __future__ import annotations

import pytest
from test_clean_promo_round32 import _kept
from test_clean_scraped_furniture_round42 import BODY, _around

from storyline.clean.noise import clean_text

# ---- a caption under a question label, "<Label>? <caption>" with no stop (noise._label_captions)


@pytest.mark.parametrize("line", [
    "Stranded? The ferry, pictured, has not left the harbour of Port Ellery since the storm on Monday",
    "Lucky escape? Jane Roe, 45, walks along the harbour road (left) after the storm on Monday",
])
def test_a_question_labelled_caption_without_a_stop_is_cut(line):
    c = clean_text(_around(line))
    assert line not in c.text
    assert any(r.reason.startswith("caption: a picture's caption under its label") and line in r.text for r in c.removed)


@pytest.mark.parametrize("line", [
    # the answer closes on its stop: the article's own question and answer
    "Stranded? The ferry has not left the harbour of Port Ellery since the storm on Monday.",
    # a rhetorical question opening on a question word, its answer broken off without a stop
    "Why? Because the council says the harbour road cannot be repaired before the summer",
    # a label of function words
    "So what? The council says the harbour road cannot be repaired before the summer",
    # a question of the article, longer than a label
    "Will the road reopen? The council says it cannot be repaired before the summer",
])
def test_a_question_line_of_the_article_stays(line):
    assert _kept(line, _around(line))


# ---- a labelled caption ending on a verb spaCy lists as a function word ("... photos show")


def test_a_labelled_caption_naming_its_picture_ending_on_show_is_cut():
    line = "Then and now: The harbour road (left) before the storm and after it, pictures taken by residents show"
    c = clean_text(_around(line))
    assert line not in c.text
    assert any(r.reason.startswith("caption: a picture's caption under its label") and line in r.text for r in c.removed)


def test_a_labelled_sentence_broken_over_two_lines_stays():
    # the same line without the picture's mark, and one with it whose sentence goes on below
    plain = "Then and now: The harbour road before the storm and after it, pictures taken by residents show"
    assert _kept(plain, _around(plain))
    broken = "Then and now: The harbour road (left) was closed after the storm and pictures taken by residents show"
    c = clean_text(BODY + "\n\n" + broken + "\n\nthat the water rose over the wall twice on Monday night.\n\n" + BODY)
    assert broken in c.text

"""A picture's caption clause at the very head of a text, run into the lead with no stop
(issue 16, round twenty-two, 16k): the caption-clause seams read in the middle of a text
(16k's present-clause test, 16p's seam after a name) are read on the text's first kept line
too, and the piece is cut as a caption. Every text is invented; each must-cut shape has
must-keep twins of the same surface."""

from __future__ import annotations

from storyline.clean.head_captions import REASON
from storyline.clean.noise import clean_text

LEAD = "The Acme Council says it will house the families in the old school for a month."
TAIL = "\n\nOfficials said more help was on the way and that the roads would open soon.\n\nThe mayor thanked the crews."


def _cut(c) -> list[str]:
    return [r.text for r in c.removed if r.reason == REASON]


def test_a_present_perfect_caption_at_the_head_is_cut():
    c = clean_text(f"Several rescued families have already arrived in Marotia {LEAD}{TAIL}")
    assert _cut(c) == ["Several rescued families have already arrived in Marotia"]
    assert c.text.startswith(LEAD)


def test_a_present_progressive_caption_at_the_head_is_cut():
    c = clean_text(f"Hundreds of displaced people are sheltering near Marotia {LEAD}{TAIL}")
    assert _cut(c) == ["Hundreds of displaced people are sheltering near Marotia"]
    assert c.text.startswith(LEAD)


def test_a_lead_in_the_past_that_lost_its_stop_is_kept():
    # twin: the same clause told in the past, as a lead tells what happened
    c = clean_text(f"Several rescued families arrived in Marotia {LEAD}{TAIL}")
    assert _cut(c) == []
    assert "Several rescued families arrived in Marotia" in c.text


def test_a_forecast_and_a_pronoun_subject_at_the_head_are_kept():
    # twins: a modal (the article's forecast) and a pronoun subject (goes on from before)
    for head in ("Several rescued families will soon arrive in Marotia", "They have already arrived in Marotia by boat"):
        c = clean_text(f"{head} {LEAD}{TAIL}")
        assert _cut(c) == [], head
        assert head in c.text, head


def test_a_whole_lead_sentence_is_kept():
    # twin: a present-perfect lead with its stop is a sentence, not a caption
    c = clean_text(f"Several rescued families have already arrived in Marotia. {LEAD}{TAIL}")
    assert _cut(c) == []
    assert c.text.startswith("Several rescued families have already arrived in Marotia.")

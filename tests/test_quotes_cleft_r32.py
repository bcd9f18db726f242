"""A cleft names the speaker (issue 18, round thirty-two): in "While Roe promised ..., it was
Doe who voiced the thought of the day: '...'" the quotation the cleft's clause hands over with
a colon is the focus's (Doe), not the subject's of the clause before the cleft. With its
must-not-fire twins, on short texts written for the test."""

from __future__ import annotations

from pipeline_helpers import quoted_analysis

_LEAD = "Hector Alvane, the chairman of the firm, met the mayor on Wednesday. "


def _speaker(text: str, words: str) -> str | None:
    a = quoted_analysis(text)
    q = next(q for q in a.quotes if words in q.text)
    i = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
    return a.mentions[i].text if i is not None else None


def test_the_cleft_focus_says_the_quotation_after_its_colon():
    text = (_LEAD + "While Quimby promised once again to rebuild the harbour, it was Alvane who voiced "
            'the most hopeful thought of the day: "In the long run, I hope we will win back your trust."\n')
    assert _speaker(text, "win back your trust") == "Alvane"
    # twin: no cleft, the cue of the clause before still hands the quotation over (unchanged)
    text = (_LEAD + 'Quimby promised once again to rebuild the harbour: "In the long run, we will win back '
            'your trust."\n')
    assert _speaker(text, "win back your trust") == "Quimby"


def test_a_cleft_inside_what_a_cue_says_leaves_the_quotation_to_that_cue():
    text = (_LEAD + 'Quimby said on Monday that it was Alvane who led the charge, "and all of us followed '
            'him into the water."\n')
    assert _speaker(text, "followed him") == "Quimby"

"""Issue 16, round sixteen (16x): no reader prompt made of a speaker's words (written from
the held-out seed-41 audit, haiti_bbc K8). Every text
is invented; each must-cut case has a must-keep twin of the same surface."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import _own_voice, clean_text

BODY = ("The flood appeal raised $2m in two days, the charity said on Tuesday.\n\n"
        "Volunteers in Port Ellery sorted parcels through the night.\n\n")
END = "\n\nOfficials said more relief flights would leave on Friday."


def _kept(line: str) -> bool:
    c = clean_text(BODY + line + END)
    return line in c.text and not any(r.text == line for r in c.removed)


# ---- a speaker's words to "you" are no reader prompt (haiti_bbc seed 41 K8)

QUOTATION = ('"We reached that sweet spot," says Ms Roe.\n\n'
             '"Most of our callers already knew that if you text 55555 you donate $5 to the flood appeal.\n\n'
             '"My worry was - were people just forwarding it?\n\n'
             'It soon became clear that they were giving."')


def test_a_paragraph_of_a_running_quotation_stays():
    c = clean_text(BODY + QUOTATION + END)
    assert "if you text 55555 you donate $5" in c.text
    assert not any(r.reason.startswith("engagement") for r in c.removed)


@pytest.mark.parametrize("line", [
    # a quotation closed on its line
    '"If you want to help, you can donate $5 by texting FLOOD to 55555," said Jane Roe.',
    # reported, with its cue
    "Everybody knows that if you text 55555 you donate $5 to the flood appeal, said Jane Roe.",
    "If you text 55555 you donate $5, according to the charity.",
    # the close of a quotation opened on the line above
    'It is simple: you donate $5 each time you text the number."',
])
def test_a_speakers_words_to_you_stay(line):
    assert _kept(line)


@pytest.mark.parametrize("line", [
    # must-cut twins: the same words in the page's own voice
    "If you want to help, you can donate $5 by texting FLOOD to 55555.",
    "Tell us what you think in the comments below.",
    'Tell us what you think of the "flood tax" in the comments below.',
])
def test_a_prompt_in_the_pages_own_voice_is_still_cut(line):
    c = clean_text(BODY + line + END)
    assert any(r.text == line and r.reason.startswith("engagement") for r in c.removed)


def test_own_voice_drops_quotations_and_cued_sentences():
    assert _own_voice('"Text 55555 to give $5.').strip() == ""
    assert _own_voice('you give $5 each time," she said. Tell us what you think.').strip() == "Tell us what you think."
    assert _own_voice("Donate now, says Jane Roe.").strip() == ""
    assert _own_voice("Tell us what you think.").strip() == "Tell us what you think."


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_own_voice_only_leaves_out(text):
    # what is left is the text with parts left out: its characters, in order
    rest = iter(text)
    assert all(ch in rest for ch in _own_voice(text) if not ch.isspace())

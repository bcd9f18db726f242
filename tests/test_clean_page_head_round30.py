"""Issue 16, round thirty (guhead): the Guardian page's closing time stamp saved as the
article's last line ("<weekday> <date> <hh.mm> BST guardian.", clean/noise.py,
_guardian_stamp). Every text is invented; the must-cut case has must-keep twins."""

from __future__ import annotations

from storyline.clean.noise import _GUARDIAN_STAMP_REASON, clean_text

BODY = ("The repair crews began work on the dam on Tuesday morning, officials said.\n\n"
        "Volunteers in Port Ellery sorted parcels through the night.\n\n"
        "Officials said more relief flights would leave on Friday.\n\n"
        "The river was expected to fall by the weekend, forecasters said.")


def _kept(line: str, text: str) -> bool:
    c = clean_text(text)
    return line in c.text and not any(line in r.text for r in c.removed)


# ---- the page's closing time stamp (_guardian_stamp)

FOOT = "co. uk Letters for publication should be sent to: editor@example.org If you need help, write to us."


def test_closing_time_stamp_is_cut():
    stamp = "Friday 24 September 2010 12.16 BST guardian."
    c = clean_text(f"{BODY}\n\n{stamp}\n\n{FOOT}")
    assert stamp not in c.text
    assert any(r.reason == _GUARDIAN_STAMP_REASON and stamp in r.text for r in c.removed)
    assert c.text.rstrip().endswith("forecasters said.")


def test_sentence_with_the_stamp_shape_stays():
    # twin: a sentence telling the date and time stays
    line = "The dam was sealed on Friday 24 September 2010 at 12.16 BST, the guardian of the works said."
    assert _kept(line, f"{BODY}\n\n{line}")


def test_stamp_with_a_kept_line_after_it_stays():
    # twin: a stamp in the middle of the text (an article line below it) is left alone
    stamp = "Monday 3 May 2010 09.15 GMT guardian."
    c = clean_text(f"{BODY}\n\n{stamp}\n\nThe mayor said the town would rebuild the bridge by the spring.")
    assert not any(r.reason == _GUARDIAN_STAMP_REASON for r in c.removed)

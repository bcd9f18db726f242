"""Issue 16, round thirty (guhead): the Guardian's page head saved as the text's first
line, headline, standfirst and the picture's caption run together and ending on the
picture's date, with the credit glued to the lead on the next line (clean/noise.py,
_page_head_over_credit). Every text is invented; each must-cut case has must-keep twins."""

from __future__ import annotations

from storyline.clean.noise import _PAGE_HEAD_REASON, clean_text

HEAD = ("Ellery dam repair plan faces first test Engineers will pour quick-setting concrete into the breach "
        "overnight but warn the river could rise again before the work is done if heavy rain returns "
        "Workers stack sandbags along the river bank near the Ellery dam as a barge carrying concrete "
        "waits offshore about four miles south of Port Ellery, Louisiana May 18, 2010.")
CREDIT = "Photograph: Jane Roe/REUTERS"
BODY = ("The repair crews began work on the dam on Tuesday morning, officials said.\n\n"
        "Volunteers in Port Ellery sorted parcels through the night.\n\n"
        "Officials said more relief flights would leave on Friday.\n\n"
        "The river was expected to fall by the weekend, forecasters said.")


def _kept(line: str, text: str) -> bool:
    c = clean_text(text)
    return line in c.text and not any(line in r.text for r in c.removed)


def test_page_head_over_credit_is_cut_whole():
    c = clean_text(f"{HEAD}\n\n{CREDIT} {BODY}")
    assert "Ellery dam repair plan" not in c.text
    assert any(r.reason == _PAGE_HEAD_REASON and "May 18, 2010." in r.text for r in c.removed)
    assert "The repair crews began work on the dam on Tuesday morning, officials said." in c.text


def test_first_line_without_a_picture_date_stays():
    # twin: a long lead above a credit, ending on a date after "today": the article's
    lead = ("When the engineers arrived at the Ellery dam on Monday they found the breach far wider than the "
            "survey had shown, and the state's emergency office said it would ask for federal help to finish "
            "the repair before the river rose again, a decision the governor was due to announce today, May 18, 2010.")
    assert _kept(lead, f"{lead}\n\n{CREDIT} {BODY}")


def test_first_line_of_several_sentences_stays():
    # twin: an article paragraph of two sentences above a credit, its last one ending on a date
    lead = ("As the water rose, crews from three parishes worked through the night to close the breach in the "
            "Ellery dam. Jane Roe, a volunteer from Port Ellery, said the town had never seen the river so high "
            "and the work would go on until the last sandbag was in place on the bank of the river, May 18, 2010.")
    assert _kept(lead, f"{lead}\n\n{CREDIT} {BODY}")


def test_page_head_below_the_first_line_stays():
    # twin: the same line lower in the text (not the page's head) is left to the other rules
    first = "Ellery dam repair crews begin work."
    c = clean_text(f"{first}\n\n{HEAD}\n\n{CREDIT} {BODY}")
    assert not any(r.reason == _PAGE_HEAD_REASON for r in c.removed)


def test_page_head_without_a_credit_below_stays():
    c = clean_text(f"{HEAD}\n\n{BODY}")
    assert not any(r.reason == _PAGE_HEAD_REASON for r in c.removed)


# ---- the page's closing time stamp (_guardian_stamp)

FOOT = "co. uk Letters for publication should be sent to: letters@example.org If you need help, write to us."


def test_closing_time_stamp_is_cut():
    from storyline.clean.noise import _GUARDIAN_STAMP_REASON
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
    from storyline.clean.noise import _GUARDIAN_STAMP_REASON
    stamp = "Monday 3 May 2010 09.15 GMT guardian."
    c = clean_text(f"{BODY}\n\n{stamp}\n\nThe mayor said the town would rebuild the bridge by the spring.")
    assert not any(r.reason == _GUARDIAN_STAMP_REASON for r in c.removed)

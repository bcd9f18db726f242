"""Round fifty-four, e4 (issue 16): a reader thread glued on after the article's last picture
credit, down to a reader's stamp, with no opener line and too few paragraphs in a reader's
register for a majority (noise._glued_credit_thread). Each signal has a must-not-fire twin."""

from __future__ import annotations

from test_clean_register_thread import ARTICLE  # the invented plant story of the thread tests

from storyline.clean.noise import clean_text

CAPTION = "Workers leave the Acme plant in Port Ellery after a shift, March 3, 2021."
CREDIT = "REUTERS/Jane Roe"
# a thread of plain statements: two of six paragraphs in the first person, none quoted
THREAD = [
    "Acme should be fined for this.",
    "The board is criminal and should be treated as such.",
    "I think the council should have acted much sooner.",
    "Somebody needs to stand up to them now.",
    "The plant was old and the roof leaked for a decade.",
    "I wrote to the council twice and got no answer.",
]
STAMP = "Posted by portreader7 | Report as abusive Why did nobody see this coming?"
NOTICE = "We welcome comments that add facts, first-hand accounts or useful sources to the report.\n\n" \
    "Views expressed in the comments belong to the readers who post them, not to the newsroom."


def _glued_cuts(c):
    return [r for r in c.removed if "glued after the article's last picture credit" in r.reason]


def _page(first: str, rest: list[str], stamp: str = STAMP, glued: bool = True) -> str:
    seam = " " if glued else "\n\n"
    return ARTICLE + "\n\n" + CAPTION + "\n\n" + CREDIT + seam + first + "\n\n" + "\n\n".join(rest) + "\n\n" + stamp + "\n\n" + NOTICE


def test_a_thread_glued_after_the_last_picture_credit_down_to_a_readers_stamp_is_cut():
    c = clean_text(_page(THREAD[0], THREAD[1:]))
    assert "Acme should be fined" not in c.text and "I wrote to the council" not in c.text
    assert "four hundred workers" in c.text and "fell back by noon" in c.text
    cut = _glued_cuts(c)
    assert cut and cut[0].text.startswith("Acme should be fined")
    assert "Posted by portreader7" in cut[0].reason  # the stamp is the evidence


def test_article_paragraphs_after_a_glued_credit_whose_first_person_is_quoted_stay():
    # signal (3): an article whose last paragraphs are quotes in the first person has no
    # reader's register (reported speech), so nothing is cut above the stamp
    last = [
        "\"I think the council should have acted much sooner,\" said Tom Hale, a welder.",
        "\"I wrote to the council twice and got no answer,\" his wife Ann said.",
        "The company said it would offer retraining to the workers.",
        "\"We are looking at every option,\" a spokesman said.",
        "The plant's last shift is due in December.",
    ]
    c = clean_text(_page("Acme said the plant would close in stages.", last))
    assert "Tom Hale" in c.text and "retraining" in c.text and "in stages" in c.text
    assert not _glued_cuts(c)


def test_a_register_block_after_a_glued_credit_with_no_readers_stamp_below_stays():
    # signal (2): an op-ed addressing the reader after its picture, ending on a correction
    # note and no reader's stamp: no thread is witnessed
    c = clean_text(_page(THREAD[0], THREAD[1:], stamp="This article was amended on March 4 to correct the number of workers."))
    assert "I think the council should have acted much sooner." in c.text
    assert not _glued_cuts(c)


def test_a_block_after_a_credit_on_its_own_line_stays():
    # signal (1): the article's next paragraph on a line of its own after an inline picture's
    # credit, not glued on the credit's line
    c = clean_text(_page(THREAD[0], THREAD[1:], glued=False))
    assert not _glued_cuts(c)


def test_a_plain_statement_block_glued_after_a_credit_stays():
    # signal (3): fewer than a third of the paragraphs in a reader's register
    plain = ["The plant opened in 1962.", "It once employed two thousand people.", "The town grew around it.",
             "Its chimney is a landmark.", "I think the council should have acted much sooner."]
    c = clean_text(_page("The site covers forty acres.", plain))
    assert "The plant opened in 1962." in c.text
    assert not _glued_cuts(c)

"""A pull quote run into the next sentence with no stop and said again in the article
(issue 16, round fifteen, 16s): the piece split off before the lost boundary (16r) is cut as
a caption when it opens its line and a run of six words or more, three fifths of its words,
stands word for word elsewhere in the text. Every text is invented; each must-cut case has a
must-keep twin of the same surface."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import _longest_run_elsewhere, clean_text

OPEN = "Port Ellery council said the harbour would reopen next week after the storm."
PULL = "We might still find them alive - there is always a chance"
NEXT = "The rescue team flew out on Monday with supplies for the flooded town."
QUOTED = ('\n\nJane Roe, who leads the Acme Corp team, was not ready to give up.'
          '\n\n"We might still find them alive.\n\nThere is always a chance," she said on Tuesday.')
TAIL = "\n\nOfficials said the airport was open again for relief flights carrying food and water."


def test_a_pull_quote_said_again_is_cut_as_a_caption():
    c = clean_text(f"{OPEN}\n\n{PULL} {NEXT}{QUOTED}{TAIL}")
    assert [r.text for r in c.removed if r.reason.startswith("caption: pull quote or box line run into")] == [PULL]
    assert NEXT in c.text.split("\n\n")
    assert "There is always a chance," in c.text  # the body's copy stays


def test_an_article_sentence_that_lost_its_stop_is_kept():
    # twin: same position and shape, its words said nowhere else
    lost = "The volunteers searched the ruins of the school until it was dark"
    c = clean_text(f"{OPEN}\n\n{lost} {NEXT}{QUOTED}{TAIL}")
    assert c.removed == []
    assert lost in c.text.split("\n\n")


def test_a_piece_after_an_earlier_seam_is_kept():
    # twin: a summary's second point repeats an entry of the blog, but it does not open its line
    text = (f"{OPEN}\n\nThe harbour master said every boat was accounted for at the quay "
            f"{PULL} {NEXT}{QUOTED}{TAIL}")
    c = clean_text(text)
    assert not any(r.reason.startswith("caption: pull quote or box line run into") for r in c.removed)
    assert PULL in c.text.split("\n\n")  # split off (16r), kept


def test_a_short_repeat_is_kept():
    # twin: only five words said again (opening a clause after a colon), less than a run of six
    piece = "Relief teams dug beside the old docks in the rain for hours"
    body = "\n\nNeighbours said: relief teams dug beside the harbour wall."
    c = clean_text(f"{OPEN}\n\n{piece} {NEXT}{body}{TAIL}")
    assert c.removed == []
    assert piece in c.text.split("\n\n")


def test_a_phrase_said_again_inside_a_longer_sentence_is_kept():
    # twin: seven words said again, but only in the middle of another sentence
    piece = "The volunteers searched the ruins of the school until it was dark"
    body = "\n\nNeighbours said the volunteers searched the ruins of the school until noon on Tuesday."
    c = clean_text(f"{OPEN}\n\n{piece} {NEXT}{body}{TAIL}")
    assert c.removed == []
    assert piece in c.text.split("\n\n")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "d"]), min_size=1, max_size=8),
       st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=20))
def test_the_longest_run_is_bounded_and_never_reads_the_piece_itself(piece, other):
    words = piece + other
    run = _longest_run_elsewhere(piece, words, range(0, len(piece)))
    assert 0 <= run <= min(len(piece), len(other))
    assert _longest_run_elsewhere(piece, piece + ["x"] + piece, range(0, len(piece))) == len(piece)

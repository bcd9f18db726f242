"""A verbless caption, clip title, crosshead or byline run into the next paragraph with no
stop (issue 16, round sixteen, 16b): the piece 16r splits off before the lost boundary is cut
as a caption when it opens a line below the text's first kept line, has 3-10 words, no
finite verb, no figure, bracket, colon or quote mark, is not in capitals, not an imperative
and does not open with a pronoun, conjunction or adverb. Every text is invented; each
must-cut shape has a must-keep twin of the same surface."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import _verbless_head, clean_text

OPEN = "Floods swept through the valley towns of Port Ellery on Monday, officials said."
NEXT = "The rescue teams worked through the night to reach the villages cut off by the water."
TAIL = "\n\nThe Acme Foundation said it would send more boats to the valley on Tuesday."
REASON = "caption: a verbless caption"


def _clean(piece: str, first: str = OPEN):
    return clean_text(f"{first}\n\n{piece} {NEXT}{TAIL}")


def _cut(c) -> list[str]:
    return [r.text for r in c.removed if r.reason.startswith(REASON)]


def test_a_verbless_caption_between_paragraphs_is_cut():
    c = _clean("Relief efforts along the flooded northern coast")
    assert _cut(c) == ["Relief efforts along the flooded northern coast"]
    assert NEXT in c.text.split("\n\n")


def test_a_byline_run_into_the_paragraph_is_cut():
    c = _clean("Jane Roe Acme News health correspondent")
    assert _cut(c) == ["Jane Roe Acme News health correspondent"]
    assert NEXT in c.text.split("\n\n")


def test_a_clip_title_with_a_gerund_is_cut():
    c = _clean("Searching for survivors in the ruins of the old town")
    assert _cut(c) == ["Searching for survivors in the ruins of the old town"]


def test_an_article_sentence_that_lost_its_stop_is_kept():
    # twin: a paragraph's first sentence with its finite verb, its stop lost
    lost = "Relief workers reached the flooded northern coast"
    c = _clean(lost)
    assert c.removed == []
    assert lost in c.text.split("\n\n")  # split off (16r), kept


def test_a_piece_with_a_quotation_is_kept():
    # twin: the same shape with a quoted phrase in it (a quotation is the quote rules' to read)
    piece = 'The "safe zone" along the flooded northern coast'
    c = _clean(piece)
    assert c.removed == []
    assert piece in c.text.split("\n\n")


def test_the_texts_first_line_is_not_read():
    # twin: a one-line article: its opening is the opening rules' to read (_glued_opening), not this one's
    c = clean_text(f"Relief efforts along the flooded northern coast {NEXT}")
    assert not _cut(c)
    assert NEXT in c.text


def test_a_figure_or_currency_note_is_kept():
    for piece in ("Population of twelve million people in 2009", "Estimate of damage in the region (in dollars)"):
        c = _clean(piece)
        assert c.removed == [], piece
        assert piece in c.text.split("\n\n")  # split off (16r), kept


def test_an_imperative_and_a_heading_in_capitals_are_kept():
    # (a heading in capitals with a comma: 16c keeps those by design, a dated incident's or a name's)
    for piece in ("Consider the case of the flooded northern coast", "FLOODS ALONG THE COAST, PORT ELLERY"):
        c = _clean(piece)
        assert c.removed == [], piece
        assert piece in c.text.split("\n\n")


def test_a_piece_going_on_from_the_text_before_is_kept():
    c = _clean("And along the flooded northern coast")
    assert c.removed == []
    assert "And along the flooded northern coast" in c.text.split("\n\n")


NOUNS = ["crew", "council", "harbour", "village", "road", "school", "farmer", "bridge", "boat"]
VERBS = ["reached", "closed", "rebuilt", "visited", "cleared", "opened", "repaired", "lost"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(NOUNS), st.sampled_from(VERBS), st.sampled_from(NOUNS), st.sampled_from(NOUNS))
def test_a_sentence_with_a_finite_verb_is_never_read_as_verbless(subj, verb, obj, place):
    assert not _verbless_head(f"The {subj} {verb} the {obj} near the {place}")

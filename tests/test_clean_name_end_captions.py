"""A caption clause that ends on a name, run into the next paragraph with no stop (issue 16,
round eighteen, 16p): "<present caption clause ending on a place or person> The first flights
..." is split after the name and the caption cut, where the piece before the seam passes 16k's
caption-clause test, ends on no date, holds no negation, and the word after is a listed
sentence opener before a lower-case word. Every text is
invented; each must-cut shape has must-keep twins of the same surface (an article sentence that
lost its stop, a present-tense article sentence that is no caption, a quotation, a name that
goes on)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import clean_text

OPEN = "Floods swept through the valley towns of Marotia on Monday, officials said."
NEXT = "The rescue teams worked through the night to reach the villages cut off by the water."
TAIL = "\n\nThe Acme Foundation said it would send more boats to the valley on Tuesday."
REASON = "caption: a present-tense caption clause"


def _clean(piece: str, nxt: str = NEXT, first: str = OPEN):
    return clean_text(f"{first}\n\n{piece} {nxt}{TAIL}")


def _cut(c) -> list[str]:
    return [r.text for r in c.removed if r.reason.startswith(REASON)]


def test_a_present_caption_ending_on_a_place_is_cut():
    piece = "Relief crews are sleeping in tents outside Port Ellery"
    c = _clean(piece)
    assert _cut(c) == [piece]
    assert NEXT in c.text.split("\n\n")


def test_a_present_perfect_caption_ending_on_a_name_before_a_pronoun_is_cut():
    piece = "Volunteers from the valley have reached Marotia"
    nxt = "She said the first boats had left the harbour before dawn on Monday."
    c = _clean(piece, nxt)
    assert _cut(c) == [piece]
    assert nxt in c.text.split("\n\n")


def test_a_name_that_goes_on_with_a_common_word_is_not_split():
    # twin: a capitalised common word after a name goes on with the name ("... outside Port
    # Ellery Harbour ..."), even where the text writes the word in lower case elsewhere
    line = "Relief crews are sleeping in tents outside Port Ellery Harbour while the water rises."
    c = clean_text(f"{OPEN}\n\n{line}\n\nThe harbour was closed overnight, the port said.{TAIL}")
    assert _cut(c) == []
    assert line in c.text


def test_an_article_sentence_ending_on_a_date_is_kept():
    # twin: a present clause that lost its stop ending on a month is the article's timing
    piece = "The second relief channel is due to open in early June"
    c = _clean(piece)
    assert _cut(c) == []
    assert piece in c.text


def test_a_negated_present_clause_ending_on_a_name_is_kept():
    # twin: a caption shows what is there; "is not ..." is the article's statement
    piece = "The new bridge is not yet open to traffic from Port Ellery"
    c = _clean(piece)
    assert _cut(c) == []
    assert piece in c.text


def test_an_article_sentence_in_the_past_ending_on_a_place_is_kept():
    # twin: the same shape told in the past, as the article tells what happened (lost its stop)
    piece = "Relief crews slept in tents outside Port Ellery"
    c = _clean(piece)
    assert _cut(c) == []
    assert piece in c.text


def test_a_reported_view_ending_on_a_name_is_kept():
    # twin: a present clause with a verb of saying is the article's (a reported view)
    piece = "Aid officials say the roads are open as far as Port Ellery"
    c = _clean(piece)
    assert _cut(c) == []
    assert piece in c.text


def test_a_name_that_goes_on_is_not_split():
    # twin: "<content> The Herald reported ...": a reporting clause after its content (its
    # comma lost) is one sentence, not a caption and a sentence: nothing cut
    line = "Relief crews are sleeping in tents outside Port Ellery The Herald reported on Tuesday morning."
    c = clean_text(f"{OPEN}\n\n{line}{TAIL}")
    assert _cut(c) == []
    assert line in c.text


def test_a_quotation_before_the_name_is_kept():
    # twin: a quote mark in the piece (a quotation is the quote rules' to read)
    piece = 'Relief crews call the camp "home" outside Port Ellery'
    c = _clean(piece)
    assert _cut(c) == []
    assert piece in c.text


def test_the_text_s_first_line_is_not_read():
    # twin: a caption clause as the first line is the opening rules' (_glued_opening), not this one
    piece = "Relief crews are sleeping in tents outside Port Ellery"
    c = clean_text(f"{piece} {NEXT}{TAIL}")
    assert _cut(c) == []


def test_a_present_article_sentence_with_a_pronoun_subject_is_kept():
    # twin: a present sentence that goes on from the one before ("They ...") is the article's
    piece = "They are sleeping in tents outside Port Ellery"
    c = _clean(piece)
    assert _cut(c) == []
    assert piece in c.text


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["walked", "drove", "sailed", "flew", "moved"]),
       st.sampled_from(["Port Ellery", "Marotia", "Acme Bay"]))
def test_a_past_clause_ending_on_a_name_is_never_cut(verb, place):
    piece = f"The relief crews {verb} north to {place}"
    c = _clean(piece)
    assert _cut(c) == []
    assert piece in c.text


def test_a_caption_run_into_a_sentence_whose_subject_opens_on_the_and_a_name_is_cut():
    # shape B: "The" before a name opens the next sentence's subject
    piece = "Whole streets of the lower town have been flattened"
    nxt = "The Acme Foundation has begun a large appeal for the families of the valley."
    c = _clean(piece, nxt)
    assert _cut(c) == [piece]
    assert nxt in c.text.split("\n\n")


def test_a_title_inside_the_clause_is_not_split():
    # twin: "The" + a name that is no subject of what follows (a title read in the clause)
    line = "Many pupils are reading the novel The Long Road in their classes this week."
    c = clean_text(f"{OPEN}\n\n{line}{TAIL}")
    assert _cut(c) == []
    assert line in c.text


def test_a_scheduled_future_is_kept():
    # twin: "are to arrive" is the article's timetable, not what a picture shows
    piece = "Fresh supplies of clean water are to arrive in the valley shortly"
    c = _clean(piece, "The Acme Foundation has begun a large appeal for the families of the valley.")
    assert _cut(c) == []
    assert piece in c.text

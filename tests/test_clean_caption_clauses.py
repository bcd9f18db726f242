"""A caption that is a whole present-tense clause run into the next paragraph with no stop
(issue 16, round seventeen, 16k): the piece 16r splits off before the lost boundary is cut as
a caption when it opens a line below the text's first kept line, has 6-15 words, every finite
verb in it is a present (simple, progressive, perfect or passive), its subject is a noun, it
has no modal, no verb of saying or believing, no figure, bracket, colon or quote mark, and it
does not open with a connective, pronoun, conjunction or adverb. Every text is invented; each
must-cut shape has must-keep twins of the same surface."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import _present_caption_clause, clean_text

OPEN = "Floods swept through the valley towns of Port Ellery on Monday, officials said."
NEXT = "The rescue teams worked through the night to reach the villages cut off by the water."
TAIL = "\n\nThe Acme Foundation said it would send more boats to the valley on Tuesday."
REASON = "caption: a present-tense caption clause"


def _clean(piece: str, first: str = OPEN):
    return clean_text(f"{first}\n\n{piece} {NEXT}{TAIL}")


def _cut(c) -> list[str]:
    return [r.text for r in c.removed if r.reason.startswith(REASON)]


def _kept_split(piece: str) -> None:
    c = _clean(piece)
    assert c.removed == [], piece
    assert piece in c.text.split("\n\n"), piece  # split off at the lost boundary (16r), kept


def test_a_present_perfect_caption_is_cut():
    c = _clean("The old market hall has become a field hospital")
    assert _cut(c) == ["The old market hall has become a field hospital"]
    assert NEXT in c.text.split("\n\n")


def test_a_present_progressive_caption_is_cut():
    c = _clean("Many residents of the valley are sleeping in the open")
    assert _cut(c) == ["Many residents of the valley are sleeping in the open"]


def test_a_present_simple_and_a_passive_caption_are_cut():
    for piece in ("Relief teams have hundreds of flooded streets to search",
                  "Large parts of the lower town have been destroyed"):
        c = _clean(piece)
        assert _cut(c) == [piece], piece


def test_an_article_sentence_in_the_past_that_lost_its_stop_is_kept():
    # twin: the same clause told in the past, as the article tells what happened
    _kept_split("The old market hall became a field hospital last week")
    _kept_split("Relief workers reached the flooded northern coast")


def test_a_short_present_tense_article_sentence_is_kept():
    # twin: "The city is quiet" (4 words: below the caption clause's six)
    _kept_split("The city is quiet")


def test_a_present_clause_with_a_pronoun_subject_or_a_connective_is_kept():
    # twins: a sentence that goes on from the one before ("It ...", "However, ...")
    _kept_split("It takes several days for the water to go down")
    _kept_split("However, the flood defences often fail in the spring")


def test_a_forecast_a_reported_view_and_a_figure_are_kept():
    # twins: a modal (the article's forecast), a verb of saying or believing, a figure
    _kept_split("The clean-up of the valley towns will take years")
    _kept_split("Many engineers believe the old dam is no longer safe")
    _kept_split("The flood is the worst of its kind since the 1950s")


def test_a_quotation_is_kept():
    # twin: a quote mark in the piece (a quotation is the quote rules' to read)
    _kept_split('The "safe zone" along the coast is now under water')


def test_a_headline_like_article_sentence_in_the_past_is_kept():
    # twin: a headline's shape ("<Org> <verb>s ...") told as the article tells it
    _kept_split("Acme Corp cut its forecast for the coming year sharply")


def test_the_texts_first_line_is_not_read():
    c = clean_text(f"The old market hall has become a field hospital {NEXT}{TAIL}")
    assert not _cut(c)


def test_a_longer_present_clause_is_kept():
    # twin: a long present clause with a noun subject (16 words and more: the article's)
    # (read on the piece: an older glued-caption rule reads this line as a whole in a text)
    assert not _present_caption_clause(
        "The regional water authority is working with the national agency in trying to reach the upper valley")


SUBJECTS = ["She", "He", "They", "It", "We"]
NOUNS = ["crew", "council", "harbour", "village", "road", "school", "farmer", "bridge", "boat"]
VERBS = ["reached", "closed", "rebuilt", "visited", "cleared", "opened", "repaired", "lost"]
PRESENT = ["is closing", "has reached", "visits", "are clearing", "has lost"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(NOUNS), st.sampled_from(VERBS), st.sampled_from(NOUNS), st.sampled_from(NOUNS))
def test_a_past_sentence_is_never_read_as_a_caption_clause(subj, verb, obj, place):
    assert not _present_caption_clause(f"The {subj} {verb} the {obj} near the old {place}")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(SUBJECTS), st.sampled_from(PRESENT), st.sampled_from(NOUNS), st.sampled_from(NOUNS))
def test_a_present_sentence_with_a_pronoun_subject_is_never_read_as_a_caption_clause(subj, verb, obj, place):
    assert not _present_caption_clause(f"{subj} {verb} the {obj} near the old {place}")


# the seams 16r's splitter leaves ("... a field hospital Overnight a rumour ..."): taken only
# after a caption clause that opens its line


def test_a_caption_clause_before_a_capitalised_common_word_is_split_off_and_cut():
    # ("<caption clause> Hundreds of ..." is cut at base by the plural-noun caption rule)
    piece = "The old market hall has become a field hospital"
    rest = "Overnight a rumour spread through the camp that the river would rise again overnight in the valley."
    c = clean_text(f"{OPEN}\n\n{piece} {rest}{TAIL}")
    assert _cut(c) == [piece]
    assert rest in c.text.split("\n\n")


def test_a_past_clause_before_a_capitalised_common_word_is_not_split():
    # twin: an article sentence in the past is no caption clause, so no seam is taken there
    line = "The old market hall became a hospital Overnight a rumour spread through the camp overnight in the valley."
    c = clean_text(f"{OPEN}\n\n{line}{TAIL}")
    assert c.removed == []
    assert line in c.text.split("\n\n")


def test_i_after_a_present_clause_is_not_a_seam():
    # twin: "I" after a noun opens a relative clause ("the boy I met"): never a seam here
    line = "Families wait at the clinic door, even the boy I met on the coast road with his father this morning."
    c = clean_text(f"{OPEN}\n\n{line}{TAIL}")
    assert c.removed == []
    assert line in c.text.split("\n\n")


def test_a_name_after_a_caption_clause_is_not_a_seam():
    # twin: a capitalised word after a capitalised one, or one the text never writes in lower case, goes on as a name
    for line in ("Clean-up crews are working along the Gulf Coast of the valley from dawn to dusk every day.",
                 "The old market hall has become a hospital Acme Relief runs with the town council."):
        c = clean_text(f"{OPEN}\n\n{line}\n\nThe coast road was closed.{TAIL}")
        assert c.removed == [], line
        assert line in c.text.split("\n\n"), line


def test_a_present_account_with_two_clauses_is_kept():
    # twins: a second finite clause, coordinated or not (an article's own account of a process)
    _kept_split("A clerk reads each report and sorts it by district")
    _kept_split("Help is here but it is still inadequate in this battered city")

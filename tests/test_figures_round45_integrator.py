"""Round forty-five, integrator (in-sample, seed 160): figure mends, each with a twin. Texts written
for the test."""

from __future__ import annotations

import pytest

from storyline.analyse import quantities
from storyline.pipeline import analyse_record
from storyline.types import Record


def _figures(text: str):
    return analyse_record(Record(source="t.txt", text=text)).figures


def _fig(text: str, written: str):
    return next(f for f in _figures(text) if f.text == written)


# politico F17: a net rating "at -30 points" was shown as 30
def test_a_minus_glued_to_a_number_after_a_word_is_its_sign():
    qs = quantities.parse("Roe has a net rating of -11 points, and Lee is far below at -30 points (30 percent to 60 percent).")
    assert [(q.text, q.value) for q in qs][:2] == [("-11 points", -11), ("-30 points", -30)]


@pytest.mark.parametrize("text", [
    "Shares rose 1% -2% on the day.",  # a range's dash after another figure
    "Lists:\n-30 people came to the hall.",  # a list's dash at a line's start
    "The road runs 20-30 miles inland.",
])
def test_twin_a_dash_that_is_no_sign_stays(text):
    assert all(q.value is None or q.value >= 0 for q in quantities.parse(text))


# usa-today F10: "about four out of 10 voters" was shown as 10 voters
def test_a_part_of_a_round_whole_is_a_share():
    qs = quantities.parse("About four out of 10 voters said life would be worse, while nine in 10 said it was unfair.")
    assert [(q.kind, q.value, q.unit, q.approx) for q in qs] == [("fraction", 40, "%", True), ("fraction", 90, "%", False)]


@pytest.mark.parametrize("text", ["He won 3 out of 12 races.", "Roe scored 12 in 10 games.", "He sold 5 in all."])
def test_twin_no_round_whole_no_share(text):
    assert not any(q.kind == "fraction" for q in quantities.parse(text))


# politico F27: "are meant to give" was the measure "meant"
def test_a_participle_of_purpose_is_no_measure():
    f = _fig("The 714 delegates, party leaders and governors, are meant to give the party a steady hand.", "714")
    assert f.measure is None


def test_twin_a_participle_undergone_stays_the_measure():
    f = _fig("About 300 volunteers were mobilized to clean the beach on Sunday.", "About 300")
    assert f.measure == "mobilized"


# nyt F22 and F12: a phrase with a count of its own, or a change noun, is no subject
def test_a_counted_phrase_is_no_subject_of_another_figure():
    f = _fig("The files included 44 letters that were not among some 55,000 pages of letters she gave the board.", "some 55,000")
    assert f.subject_text is None and f.subject_mention is None


def test_a_change_noun_is_no_subject():
    text = "The income of the richest families grew 27 percent. The average gain for everybody else barely exceeded 4 percent."
    f = _fig(text, "4 percent")
    assert f.subject_text is None


# usa-today F20: "he told 2,267 people gathered at the hall" credited the count to the teller
def test_a_figure_in_the_hearers_of_tell_is_no_claim_of_the_teller():
    f = _fig("Roe spoke on Tuesday. Roe told 2,267 people gathered at the hall that she would win.", "2,267")
    assert f.claimant_text is None and f.claimant_mention is None


def test_twin_a_figure_in_what_is_told_is_the_tellers_claim():
    f = _fig("Roe spoke on Tuesday. Roe told reporters that 2,267 people had come to the hall.", "2,267")
    assert f.claimant_text == "Roe"


# FNC-1 census of this round: a share in a dashed aside after its clause took the clause's subject
def test_a_figure_in_a_dashed_aside_is_no_subject_of_the_clause():
    f = _fig("Rising seas are no hoax to these voters, members of the largest bloc in the state — nearly one in three.",
             "nearly one in three")
    assert f.subject_text is None and f.subject_mention is None


def test_twin_dashes_around_the_subjects_own_aside_keep_it():
    f = _fig("The storm — the worst in years — killed 300 people in the valley.", "300")
    assert f.subject_text == "The storm"


def test_twin_a_thing_whose_word_is_also_a_verb_of_change_stays_a_subject():
    # "contract" is a change verb ("the economy contracted") but here a thing (PolNeAR census)
    f = _fig("Talks ended on Friday. The new contract covers about 100 workers across six stores.", "about 100")
    assert f.subject_text == "The new contract"


def test_twin_a_share_of_a_counted_whole_keeps_it():
    f = _fig("The show got around 8 million viewers, less than half of the 18 million viewers for the debate.", "less than half")
    assert f.subject_text == "the 18 million viewers"


def test_twin_a_price_of_counted_things_keeps_them():
    # the Timeline17 census: "The 5,700 sheets cost £35,000" lost its subject to the counted-phrase rule
    f = _fig("The government bought roofing for the camps. The 5,700 sheets cost $35,000 and were shipped on Monday.", "$35,000")
    assert f.subject_text == "The 5,700 sheets"

"""A quantity the speaker refused to give, or could not give, is no claim of theirs
(issue 20, round fourteen, 16v): "declined to say how many ..." asserts nothing about
the question's clause (analyse/stance), and a figure inside such a question is the
reporter's words, not the speaker's (analyse/figures takes no claimant from it). All
texts invented; each rule with a must-not-fire twin."""

from __future__ import annotations

import pytest

from storyline.analyse.stance import read
from storyline.pipeline import analyse_record
from storyline.types import Record


def _words(nlp, text):
    return {p.word for p in read(nlp(text)).predicates}


@pytest.mark.parametrize(("text", "word"), [
    ("Acme Corp declined to say how many of its workers had fallen ill at the plant.", "fallen"),
    ("Jane Roe declined to say how many barrels of oil had leaked into the bay.", "leaked"),
    ("The council declined to disclose which schools were closed last week.", "closed"),
])
def test_a_question_the_speaker_declined_to_answer_asserts_nothing(nlp, text, word):
    assert word not in _words(nlp, text)


@pytest.mark.parametrize(("text", "word"), [
    # twins: a refusal of something else than saying, a decline as a fall, a saying answered
    ("Acme Corp declined to say more about the plant, and its workers had fallen ill.", "fallen"),
    ("Sales declined after oil leaked into the bay near Port Ellery.", "leaked"),
    ("Jane Roe said that oil had leaked into the bay.", "leaked"),
])
def test_a_clause_not_under_a_refused_saying_is_still_read(nlp, text, word):
    assert word in _words(nlp, text)


def _figure(text, value):
    a = analyse_record(Record(source="t.txt", text=text))
    hits = [f for f in a.figures if f.value == value]
    assert hits, [(f.text, f.value) for f in a.figures]
    return hits[0]


def test_a_figure_inside_a_refused_question_has_no_claimant():
    f = _figure("Acme Corp declined to say how many of its 3,000 workers had fallen ill at the Port Ellery plant.", 3000)
    assert f.claimant_text is None and f.claimant_mention is None


def test_a_figure_inside_a_question_left_open_by_not_saying_has_no_claimant():
    f = _figure("The Port Ellery council would not say how much of the $20 million fund had been paid out.", 20e6)
    assert f.claimant_text is None


def test_a_figure_the_speaker_gives_keeps_the_speaker():
    # twin: the same figure told by the speaker
    f = _figure("Acme Corp said 300 of its 3,000 workers had fallen ill at the Port Ellery plant.", 3000)
    assert f.claimant_text == "Acme Corp"


def test_a_figure_after_a_refusal_of_something_else_keeps_the_speaker():
    # twin: a refusal, then a figure the speaker said
    f = _figure("Acme Corp declined to comment on the plant but said 3,000 workers had fallen ill there.", 3000)
    assert f.claimant_text == "Acme Corp"

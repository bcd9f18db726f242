"""An embedded question under a negated verb of saying or knowing ("could not say how many
... were checked", "did not know what caused ...") asserts nothing about its predicate
(analyse/stance._open_question, issue 20, round thirteen). Texts invented."""

from __future__ import annotations

import pytest

from storyline.analyse.stance import read


def _words(nlp, text):
    return {p.word for p in read(nlp(text)).predicates}


@pytest.mark.parametrize(("text", "word"), [
    ("The ministry could not say how many passengers were checked at the port.", "checked"),
    ("Acme would not say which plants were inspected last year.", "inspected"),
    ("Officials did not know what caused the leak at the plant.", "caused"),
    ("Officials could not say when the ship would leave Port Ellery.", "leave"),
    ("Acme refused to say which plants were inspected.", "inspected"),
])
def test_a_question_left_open_by_a_negated_saying_asserts_nothing(nlp, text, word):
    assert word not in _words(nlp, text)


@pytest.mark.parametrize(("text", "word"), [
    # twins: the same clause under a saying that is not negated, or a statement ("that")
    ("The ministry said many passengers were checked at the port.", "checked"),
    ("The ministry could not say that passengers were checked at the port.", "checked"),
    ("Officials knew the valve caused the leak at the plant.", "caused"),
    ("Acme said which plants were inspected would be closed.", "closed"),
    ("The captain did not say anything when the ship left Port Ellery.", "left"),
])
def test_a_statement_or_an_answered_question_is_still_read(nlp, text, word):
    assert word in _words(nlp, text)

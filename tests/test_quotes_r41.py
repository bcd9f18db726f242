"""Round forty-one, issue 18 (the MEANTIME audit, seed 156, apple Q27, in-sample): a negated
cue whose content is a question ("did not say whether ...") reports no statement; its twins, a
question after an unnegated cue and a negated cue with a "that" clause, are left as before.
Texts invented for the test."""

from __future__ import annotations

import pytest
from pipeline_helpers import quote_texts


@pytest.mark.parametrize("sentence, words", [
    ("Acme confirmed that Jane Roe was gone from the firm, yet did not say whether she quit or was pushed out.",
     "whether she quit"),
    ("Acme would not say how many jobs would go at the plant.", "how many jobs"),
])
def test_a_question_after_a_negated_cue_is_no_statement(sentence, words):
    assert not any(words in q for q in quote_texts(sentence))


@pytest.mark.parametrize("sentence, words", [
    ("Acme said on Monday how many jobs would go at the plant: 300.", "how many jobs"),
    ("Acme did not say that the plant would close, only that it would be sold.", "the plant would close"),
])
def test_a_question_after_a_plain_cue_or_a_clause_after_a_negated_one_stays(sentence, words):
    assert any(words in q for q in quote_texts(sentence))

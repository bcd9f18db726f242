"""Round forty-five: a date moved ("a delay from 2018 to 2020") bounds no publication date."""

from __future__ import annotations

import pytest
from test_dating import _analysis

from storyline.resolve import dating


def _estimate(nlp, text):
    return dating.estimate(_analysis(nlp, text))


@pytest.mark.parametrize("sentence", [
    "The council only voted for a two-year delay, from 2018 to 2020.",
    "The board pushed the opening back from 2019 to 2021.",
    "Officials postponed the tax from 2018 until 2020.",
])
def test_a_moved_date_is_no_lower_bound(nlp, sentence):
    p = _estimate(nlp, "Lawmakers argued over the law on Tuesday. " + sentence + " Few expect it to take effect.")
    assert p is None or p.earliest is None or p.earliest < "2018-01-01"


def test_a_span_told_in_the_past_keeps_its_bound(nlp):
    # twin: the same range as a span something ran over is past evidence
    p = _estimate(nlp, "Lawmakers argued over the law on Tuesday. The program ran from 2018 to 2020, officials said.")
    assert p is not None and p.earliest is not None and p.earliest >= "2018-01-01"


def test_a_delay_word_far_from_from_is_no_move(nlp):
    # twin: a delay in the clause's opening, the range a span the team played over
    p = _estimate(nlp, "Lawmakers argued over the law on Tuesday. After a long delay, the team played from 2018 to 2020.")
    assert p is not None and p.earliest is not None and p.earliest >= "2018-01-01"


def test_a_year_a_past_clause_is_for_is_no_lower_bound(nlp):
    # politico D10 of seed 160: premiums set in late 2015 "rose ... for 2016"
    p = _estimate(nlp, "Lawmakers argued over the law on Tuesday. Premiums for many plans rose by double digits for 2016.")
    assert p is None or p.earliest is None or p.earliest < "2016-01-01"


def test_twin_a_result_for_a_year_still_says_the_year_is_over(nlp):
    p = _estimate(nlp, "The firm achieved record profit for 2020. It sold its unit in November.")
    assert p is not None and p.earliest == "2021-01-01"

"""Round forty-eight, engineer e3 (issue 20: figures a reader can trust). Each rule has a test
where it fires and a twin where it must not. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure
from pipeline_helpers import subject_words as _subject

# --- one reading of a count's tail after "<N> <nouns> and <nouns>" (figures._pair_tail) ----


def test_a_participle_hung_on_the_second_noun_is_the_pairs():
    # the parse hangs "covering" on "bloggers": before this round the count was journalists alone
    _, f = analysed_figure("Some 40 journalists and bloggers covering the protests were arrested.", "Some 40")
    assert f.unit == "journalists and bloggers"


def test_a_participle_hung_on_the_first_noun_is_still_the_pairs():
    _, f = analysed_figure("Some 200 soldiers and civilians participating in the exercise arrived on Monday.", "Some 200")
    assert f.unit == "soldiers and civilians"


def test_twin_an_of_phrase_on_the_second_noun_is_its_own():
    _, f = analysed_figure("Police detained 40 soldiers and members of the militia on Monday.", "40")
    assert f.unit == "soldiers"


def test_twin_a_relative_clause_on_the_second_noun_is_not_the_pairs():
    _, f = analysed_figure("Police arrested 40 protesters and journalists, who were later freed.", "40")
    assert f.unit == "protesters"


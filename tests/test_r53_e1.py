"""Round fifty-three, engineer e1 (issue 20, figure subjects and measures): each rule with a test
that fires and a twin where it must not. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure
from pipeline_helpers import subject_words as _subject

# --- a crossed count's owner: the "with" of a verb of having, a coordinated verb's subject -------
# (figures._clause_owner; round fifty-two's reverted late change, censused this round)


def test_a_crossed_count_in_a_fronted_with_phrase_of_has_is_the_subjects():
    a, f = analysed_figure("With over 170 reported flu cases, Ruritania has one of the highest rates in Europe.", "over 170")
    assert f.unit == "cases" and _subject(a, f) == "Ruritania"


def test_a_crossed_count_in_a_trailing_with_phrase_of_has_is_the_subjects():
    a, f = analysed_figure("Ruritania has the third highest rate in Europe, with 275 confirmed flu cases.", "275")
    assert f.unit == "cases" and _subject(a, f) == "Ruritania"


def test_twin_a_crossed_count_in_another_verbs_with_phrase_stays_open():
    a, f = analysed_figure("The Acme Corp campaign buys ad time with 4 Super Tuesday states.", "4")
    assert f.unit == "states" and _subject(a, f) is None


def test_a_crossed_count_object_of_a_coordinated_verb_is_the_first_verbs_subject():
    a, f = analysed_figure("Mexico has confirmed 20 deaths from the flu and has 40 other possible fatalities.", "40")
    assert f.unit == "fatalities" and _subject(a, f) == "Mexico"


def test_twin_a_coordinated_verb_with_its_own_subject_keeps_the_first_subject_off():
    a, f = analysed_figure("Mexico has confirmed 20 deaths and the WHO has 40 other possible fatalities on record.", "40")
    assert _subject(a, f) != "Mexico"

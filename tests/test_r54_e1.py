"""Round fifty-four, engineer e1 (issue 20, figure subjects and measures): each rule with a test
that fires and a twin where it must not. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure
from pipeline_helpers import subject_words as _subject

# --- a relative "whose" stands for the name its clause hangs on ---------------------------------
# (figures._whose_antecedent)


def test_a_whose_owner_of_a_percent_is_the_name_the_clause_hangs_on():
    a, f = analysed_figure("Exxon Mobil, whose profit fell 12 percent, is in talks with Acme Corp.", "12 percent")
    assert f.measure == "profit" and _subject(a, f) == "Exxon Mobil"
    assert f.subject_from == "anaphor" and f.subject_confidence == 0.9


def test_a_whose_owner_of_a_count_is_the_name_the_clause_hangs_on():
    a, f = analysed_figure("Royal Dutch Shell, whose 4,000 employees work in Nigeria, declined to comment.", "4,000")
    assert f.unit == "employees" and _subject(a, f) == "Royal Dutch Shell"


def test_a_whose_owner_in_an_objects_relative_clause_is_that_object():
    a, f = analysed_figure("Acme Corp bought Initech, whose revenue rose 8 percent last year.", "8 percent")
    assert _subject(a, f) == "Initech"


def test_twin_a_whose_of_a_common_noun_stays_open():
    a, f = analysed_figure("Acme Corp said the company, whose shares fell 5 percent, declined to comment.", "5 percent")
    assert _subject(a, f) is None


def test_twin_an_embedded_question_whose_names_no_owner():
    a, f = analysed_figure("Acme Corp asked Initech whose budget was $5 million.", "$5 million")
    assert _subject(a, f) is None


# --- a wage is a sum by what it is paid as; "from X to Y" ends a measure's name --------------------
# (measures.tsv sum_noun "wage"; figures._from_pair)


def test_a_sum_on_a_minimum_wage_measures_the_wage():
    _a, f = analysed_figure("The senator pledged a $15 minimum wage in Ruritania.", "$15")
    assert f.measure == "minimum wage"


def test_a_sum_equated_with_a_wage_measures_the_wage():
    _a, f = analysed_figure("The federal minimum wage is $7.25 an hour.", "$7.25")
    assert f.measure == "federal minimum wage"


def test_a_from_phrase_measure_ends_before_its_to_pair():
    _a, f = analysed_figure("From a $15 minimum wage to tuition-free education, the senator has promised a lot.", "$15")
    assert f.measure == "minimum wage"


def test_twin_a_to_phrase_of_a_noun_not_from_a_pair_is_kept():
    _a, f = analysed_figure("Acme Corp said sales from its stores to Ruritania fell 5 percent.", "5 percent")
    assert f.measure == "sales to Ruritania"


def test_twin_a_wage_raised_to_a_sum_keeps_the_level_subject():
    a, f = analysed_figure("The governor signed a bill raising the minimum wage to $15.", "$15")
    assert f.measure is None and _subject(a, f) == "the minimum wage"

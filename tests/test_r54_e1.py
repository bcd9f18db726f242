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


# --- a count set beside another count of another noun is no measure of it ----------------------
# (figures._measure's climb)


def test_twin_a_count_in_apposition_to_another_count_takes_not_its_measure():
    _a, f = analysed_figure("Flu cases by country:\nRuritania: 101 estimated deaths (25 confirmed), 590 confirmed cases.", "590")
    assert f.unit == "cases" and f.measure is None


def test_a_count_in_apposition_to_a_measure_noun_without_a_number_keeps_it():
    _a, f = analysed_figure("The death toll, 590 people, was released on Monday by the ministry.", "590")
    assert f.measure == "death toll"


# --- "its" on a measure noun object stands for its clause's named subject -----------------------
# (figures._its_measure_owner)


def test_its_on_a_measured_object_is_the_clause_subjects():
    a, f = analysed_figure("France set its minimum wage at $9 an hour on Monday.", "$9")
    assert f.measure == "minimum wage" and _subject(a, f) == "France"


def test_twin_its_after_an_object_controlled_infinitive_is_not_the_main_subjects():
    a, f = analysed_figure("France told Acme Corp to set its minimum wage at $9 an hour.", "$9")
    assert _subject(a, f) != "France"


# --- a verb of setting or change moves its measure-noun object to the figure --------------------
# (figures._level_object)


def test_a_level_verbs_measure_object_measures_its_to_figure():
    a, f = analysed_figure("Acme Corp doubled its dividend to $1 a share on Monday.", "$1")
    assert f.measure == "dividend" and _subject(a, f) == "Acme Corp"


def test_a_level_verbs_measure_object_measures_its_by_figure():
    a, f = analysed_figure("Exxon Mobil plans to raise its dividend by 6 percent this year.", "6 percent")
    assert f.measure == "dividend" and _subject(a, f) == "Exxon Mobil"


def test_twin_an_unpossessed_object_changed_by_a_figure_stays_the_subject():
    a, f = analysed_figure("Acme Corp cut prices by 5 percent on Monday.", "5 percent")
    assert f.measure is None and _subject(a, f) == "prices"


def test_twin_a_level_verbs_counted_object_is_no_measure_of_its_level():
    _a, f = analysed_figure("The council raised the total to 40 people on Monday.", "40")
    assert f.measure is None


# --- "some 42 miles offshore" after another place's phrase is that place's ----------------------
# (figsubject_distance._lies)


def test_a_distance_offshore_after_another_places_phrase_takes_back_the_clause_subject():
    a, f = analysed_figure("Texas, the nearest state to the sunken rig, some 42 miles offshore, has been the most impacted.",
                           "some 42")
    assert _subject(a, f) is None


def test_twin_a_distance_inland_right_after_its_own_place_keeps_it():
    a, f = analysed_figure("Galveston, some 42 miles inland, has been the most impacted.", "some 42")
    assert _subject(a, f) == "Galveston"


# --- "donate" names its sum's measure, never a count's --------------------------------------------
# (measures.tsv verb/money "donate")


def test_a_sum_donated_measures_donations():
    _a, f = analysed_figure("Clooney had donated $1m to the appeal on Friday.", "$1m")
    assert f.measure == "donations"


def test_twin_a_count_donated_is_no_donations():
    _a, f = analysed_figure("Acme Corp has donated 50,000 bottles of water.", "50,000")
    assert f.measure != "donations"


def test_twin_a_bracketed_conversion_beside_its_count_keeps_its_clause_subject():
    a, f = analysed_figure("The old fort, with its 750 guards, is 1,700 kilometers (1,050 miles) from the capital.", "1,050")
    assert _subject(a, f) == "The old fort"


def test_twin_a_for_phrase_hung_on_a_from_ends_measure_is_left_out():
    _a, f = analysed_figure("From a $15 minimum wage to free tuition at state colleges for many families, the plan is broad.",
                            "$15")
    assert f.measure == "minimum wage"


# --- narrowings read from the Timeline17 census --------------------------------------------------


def test_twin_a_whose_of_a_noun_whose_verb_names_the_measure_is_not_the_owner():
    a, f = analysed_figure("Jane Roe, whose firm is earning $850,000 a month to run the fund, declined to comment.", "$850,000")
    assert _subject(a, f) != "Jane Roe"


def test_twin_a_whose_of_the_buyer_leaves_the_counted_nouns_of_phrase():
    a, f = analysed_figure("Jane Roe, whose firm recently bought 80,000 shares of Acme Corp, said the company was sound.",
                           "80,000")
    assert _subject(a, f) == "Acme Corp"


def test_twin_a_bracketed_conversion_of_a_count_keeps_its_rate():
    _a, f = analysed_figure("Oil poured into the sea at a rate of up to 5,000 barrels (210,000 gallons) a day.", "210,000")
    assert f.measure == "rate"


def test_twin_a_from_of_a_verb_of_loss_is_no_old_level():
    _a, f = analysed_figure("The group estimates that lost wages from all 33 rigs could total $330 million per month.", "33")
    assert f.measure is None


def test_guard_a_level_objects_measure_is_lent_to_no_later_estimate():
    text = ("Allen said the new unit will increase the receiving capacity to 28,000 barrels (almost 1.2 million gallons) a day. "
            "Early on, the agency issued an estimate of 210,000 gallons a day.")
    _a, f = analysed_figure(text, "210,000")
    assert f.measure is None

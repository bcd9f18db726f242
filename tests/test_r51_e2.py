"""Round fifty-one, engineer e2 (issue 20, figure fields): general rules from the FNC-1 census
sample of figures with an open subject or measure, each with a test that fires and a twin where it
must not. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed, analysed_figure
from pipeline_helpers import subject_words as _subject

# --- a counted noun's named possessor (figures._count_possessor) -------------------------------


def test_a_counted_nouns_named_possessor_is_the_subject():
    a, f = analysed_figure("Acme Corp's 4,000 employees will get a raise next year.", "4,000")
    assert f.unit == "employees" and _subject(a, f) == "Acme Corp"


def test_a_counted_nouns_named_possessor_under_a_reporting_verb():
    a, f = analysed_figure("The union said Acme Corp's 4,000 employees would strike on Monday.", "4,000")
    assert _subject(a, f) == "Acme Corp"


def test_its_before_a_count_in_a_prepositional_phrase_is_the_clauses_subject():
    a, f = analysed_figure("Acme Corp will roll out the classes to its 180,000 members next year.", "180,000")
    assert _subject(a, f) == "Acme Corp"


def test_twin_its_with_no_named_subject_in_its_clause_stays_open():
    a, f = analysed_figure("The classes will be rolled out to its 180,000 members next year.", "180,000")
    assert _subject(a, f) is None


def test_twin_a_named_possessor_of_points_is_left_to_the_share_rules():
    a, f = analysed_figure("Roe's 12 points lead in the poll surprised Doe.", "12 points")
    assert _subject(a, f) is None


def test_its_before_a_count_stands_for_its_clauses_named_subject():
    a, f = analysed_figure("Microsoft has told its 4,000 employees to stay home.", "4,000")
    assert _subject(a, f) == "Microsoft"


def test_its_before_a_count_under_another_speaker_is_still_its_clauses_subject():
    a, f = analysed_figure("Google said Microsoft has told its 4,000 employees to stay home.", "4,000")
    assert _subject(a, f) == "Microsoft"


def test_twin_its_with_a_common_noun_subject_stays_open():
    a, f = analysed_figure("The city of Boston has told its 4,000 employees to stay home.", "4,000")
    assert _subject(a, f) is None


def test_twin_its_in_the_counts_own_subject_reads_no_agent():
    a, f = analysed_figure("Its 4,000 employees were told by Microsoft to stay home.", "4,000")
    assert _subject(a, f) is None


# --- a state written right after a counted noun (figures._state_measure) -----------------------


def test_a_state_adjective_after_a_count_in_a_with_phrase_is_its_measure():
    a, f = analysed_figure("The fighting lasted several hours with 25 insurgents dead, officials said.", "25")
    assert f.measure == "dead"


def test_a_state_complement_of_an_ongoing_verb_is_the_counts_measure():
    a, f = analysed_figure("The blast ripped through the market, leaving 12 people dead.", "12")
    assert f.measure == "dead"


def test_a_homeless_complement_is_the_counts_measure():
    a, f = analysed_figure("The fire destroyed the block, leaving 200 people homeless.", "200")
    assert f.measure == "homeless"


def test_twin_a_past_verb_with_its_complement_keeps_both_words():
    a, f = analysed_figure("A bomb in the market left 12 people dead on Friday.", "12")
    assert f.measure == "left dead"


def test_twin_an_unlisted_adjective_after_a_count_is_no_measure():
    a, f = analysed_figure("Police found 12 people alive in the rubble.", "12")
    assert f.measure is None


def test_twin_a_hedged_state_keeps_no_plain_state():
    a, f = analysed_figure("Officials said 20 people were feared dead.", "20")
    assert f.measure != "dead"


# --- a count read across its noun's modifiers (figures._counted_past_modifiers) ---------------


def test_a_count_across_an_adjective_is_a_figure_of_its_noun():
    a, f = analysed_figure("Microsoft will cut 4,000 full-time jobs next year.", "4,000")
    assert f.unit == "jobs" and _subject(a, f) == "Microsoft"


def test_a_count_across_a_noun_compound_is_a_figure_of_the_head_noun():
    a, f = analysed_figure("Microsoft has 4,000 software engineers in Texas.", "4,000")
    assert f.unit == "engineers"


def test_twin_a_unit_modifier_makes_no_count_of_the_noun():
    a = analysed("The plan would have handed over 1,600 square kilometres of desert.")
    assert not any(f.unit == "kilometres" for f in a.figures)


def test_twin_a_count_right_before_its_noun_is_read_as_before():
    a, f = analysed_figure("Microsoft will cut 4,000 jobs next year.", "4,000")
    assert f.unit == "jobs" and f.measure == "cuts"


def test_twin_a_unit_the_number_measures_makes_no_count_of_the_noun_after_it():
    a = analysed("The watch will come with eight rows of high-grade 15 carat diamonds.")
    assert not any(f.unit == "diamonds" for f in a.figures)


def test_twin_money_after_a_demonym_is_no_count_of_pounds():
    a = analysed("The amount he stole reached one billion Syrian pounds.")
    assert not any(f.unit == "pounds" for f in a.figures)


# --- a name between the number and its counted noun is no subject (the census of the rule above) --


def test_a_name_modifying_the_counted_noun_is_no_subject():
    a, f = analysed_figure("Trump bested 16 GOP rivals and captured the nomination.", "16")
    assert f.unit == "rivals" and _subject(a, f) is None


def test_a_body_name_before_counted_seats_is_no_subject():
    a, f = analysed_figure("Republicans have 24 Senate seats up in November.", "24")
    assert _subject(a, f) is None


def test_twin_the_clause_subject_of_a_count_across_a_compound_stays():
    a, f = analysed_figure("Microsoft has 4,000 software engineers in Texas.", "4,000")
    assert _subject(a, f) == "Microsoft"


def test_twin_its_with_no_named_clause_subject_reaches_back_to_no_other_sentence():
    a, f = analysed_figure("The Asean group met on Monday. Taiwan currently has supplies of treatment to cover "
                           "10% of its 23 million population.", "23 million")
    assert _subject(a, f) is None


def test_twin_its_in_a_relative_clause_takes_no_subject_from_the_clause_above():
    a, f = analysed_figure("The EU is deploying 150 officers to assist the Haitian Police Force, which has so far "
                           "managed to get half of its 8,000 officers back on the streets.", "8,000")
    assert _subject(a, f) is None

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


# --- a price's possessor is not what it is the price of (figures._priced_for) -------------

def test_a_price_points_possessor_is_not_the_priced_things():
    a, f = analysed_figure("Mr. Roe's $950 price point for the gold Acme Watch is surprisingly low.", "$950")
    assert _subject(a, f) is None


def test_a_bidders_price_for_a_plant_is_not_the_bidders():
    a, f = analysed_figure("Acme's $5 million asking price for the Ellery plant was rejected.", "$5 million")
    assert _subject(a, f) is None


def test_twin_a_share_price_with_no_for_phrase_keeps_its_possessor():
    a, f = analysed_figure("Acme's share price of $12 was a record.", "$12")
    assert _subject(a, f) == "Acme"


def test_twin_a_costs_for_phrase_still_names_what_was_paid_for():
    a, f = analysed_figure("Acme's costs for the Ellery spill rose to $4 billion.", "$4 billion")
    assert _subject(a, f) != "Acme"


# --- a place's people counted "of" it are its population (figures._settlement_population) ---

def test_a_city_of_people_is_its_population_not_the_clauses_verb():
    _, f = analysed_figure("Troops entered Ellery, a city of about 200,000 people, on Monday.", "about 200,000")
    assert f.measure == "population"


def test_a_farming_town_of_residents_is_its_population():
    _, f = analysed_figure("Roe grew up in Ellery, a farming town of 90,000 residents.", "90,000")
    assert f.measure == "population"


def test_twin_a_group_in_a_city_is_no_population():
    _, f = analysed_figure("Troops entered a city of 3,000 people who had fled the fighting.", "3,000")
    assert f.measure != "population"
    _, f = analysed_figure("Police stopped a crowd of 2,000 people outside the court.", "2,000")
    assert f.measure != "population"


def test_twin_a_share_of_the_population_is_not_measured_as_population():
    _, f = analysed_figure("The virus could infect 40 percent of the population.", "40 percent")
    assert f.measure != "population"


# --- what an event involves is its count ("involve" as a hold_verb of measures.tsv) -------

def test_an_exercise_involving_soldiers_owns_the_count():
    a, f = analysed_figure("The week-long annual exercise involves 200 soldiers from six nations.", "200")
    assert _subject(a, f) == "The week-long annual exercise" and f.measure == "soldiers"


def test_a_relative_clause_that_involves_a_count_is_its_antecedents():
    a, f = analysed_figure("This year's exercise, which involves more than 200 participants, wraps up on Wednesday.",
                           "more than 200")
    assert _subject(a, f) == "This year's exercise"


def test_twin_a_gerund_after_involves_keeps_its_own_reading():
    a, f = analysed_figure("The plan involves cutting 4,000 jobs.", "4,000")
    assert _subject(a, f) is None and f.measure == "cuts"


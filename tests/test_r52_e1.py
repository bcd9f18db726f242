"""Round fifty-two, engineer e1 (issue 20, figure subjects): a count read across its noun's
modifiers is owned only by what its own phrase or clause names; each rule with a test that fires
and a twin where it must not. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure
from pipeline_helpers import subject_words as _subject

# --- a count read across modifiers: whose it is (figures._crossed_owners) ----------------------


def test_a_crossed_count_in_a_for_phrase_takes_no_clause_subject():
    a, f = analysed_figure("The Acme Corp campaign buys ad time for 4 Super Tuesday states.", "4")
    assert f.unit == "states" and _subject(a, f) is None


def test_twin_a_crossed_count_as_the_verbs_object_keeps_the_verbs_subject():
    a, f = analysed_figure("Acme Corp has 12 manufacturing sites in Ruritania.", "12")
    assert f.unit == "sites" and _subject(a, f) == "Acme Corp"


def test_guard_a_crossed_count_in_a_with_phrase_takes_no_clause_subject():
    a, f = analysed_figure("The new virus has spread fast, with 176 suspected deaths in Ruritania.", "176")
    assert f.unit == "deaths" and _subject(a, f) is None


def test_a_crossed_counts_of_phrase_is_its_head_not_the_heads_possessor():
    a, f = analysed_figure("The agency will send 2 million treatment courses of Acme Corp's Zolvir to Ruritania.", "2 million")
    assert f.unit == "courses" and _subject(a, f) != "Acme Corp"


def test_twin_a_crossed_counts_of_phrase_naming_an_owner_stays():
    a, f = analysed_figure("All 17 crew members of the Acme Star are reported to have died.", "17")
    assert f.unit == "members" and _subject(a, f) == "Acme Star"


def test_a_crossed_count_in_a_container_nouns_of_phrase_is_the_holders():
    a, f = analysed_figure("The World Health Organization has a stockpile of 5 million treatment courses.", "5 million")
    assert _subject(a, f) == "World Health Organization"


def test_a_crossed_count_in_a_shares_of_phrase_is_not_the_share_holders():
    a, f = analysed_figure("Jane Roe must win 58 percent of the 1,237 outstanding delegates.", "1,237")
    assert f.unit == "delegates" and _subject(a, f) is None


def test_a_crossed_count_with_a_named_possessor_keeps_it():
    a, f = analysed_figure("Acme Corp's 83 decentralized divisions were merged last year.", "83")
    assert _subject(a, f) == "Acme Corp"


# --- a subject lent with a neighbour's measure goes with it (figures._base_measure) -------------


def test_a_base_of_a_share_keeps_no_subject_lent_with_a_measure_it_lost():
    a, f = analysed_figure("Jane Roe (who has 231 delegates) must win 58 percent of the 1,237 delegates left.", "1,237")
    assert f.measure is None and _subject(a, f) is None


def test_twin_a_base_of_a_share_keeps_its_own_possessor():
    a, f = analysed_figure("Acme Corp (which owns 231 stores) must sell 58 percent of Acme Corp's 1,000 stores.", "1,000")
    assert _subject(a, f) == "Acme Corp"


# --- a neighbour's subject is not lent past another owner's possessor (figures._other_owner) ----


def test_a_possessor_between_two_figures_keeps_the_neighbours_subject_off():
    a, f = analysed_figure("Acme's share price fell 13 percent, while toy maker Zolto's stock rose 60 percent "
                           "and car maker Brix's jumped 90 percent.", "60 percent")
    assert f.measure == "share price" and _subject(a, f) is None


def test_twin_a_second_figure_with_no_owner_between_takes_the_neighbours_subject():
    a, f = analysed_figure("Acme's share price fell 13 percent on Monday and 5 percent on Tuesday.", "5 percent")
    assert f.measure == "share price" and _subject(a, f) == "Acme"


def test_twin_a_crossed_count_coordinated_with_the_verbs_object_keeps_the_verbs_subject():
    a, f = analysed_figure("The Acme suite had two couches and 11 single seats.", "11")
    assert f.unit == "seats" and _subject(a, f) == "Acme"


def test_twin_a_crossed_count_a_verb_of_change_reaches_keeps_the_verbs_subject():
    a, f = analysed_figure("The Acme-led coalition has grown to 65 member countries.", "65")
    assert _subject(a, f) == "The Acme-led coalition"


def test_guard_a_crossed_count_in_another_verbs_to_phrase_takes_no_subject():
    a, f = analysed_figure("The Acme-led coalition has been sending aid to 65 member countries.", "65")
    assert _subject(a, f) is None


# --- a name modifying the noun money went on is no subject (figures._kind_name) -----------------


def test_a_name_modifying_the_noun_money_went_on_is_no_subject():
    a, f = analysed_figure("The anti-tax group Club for Progress spent more than $5.5 million on the Senate race.",
                           "more than $5.5 million")
    assert _subject(a, f) == "the Senate race"


def test_twin_a_possessor_of_the_noun_money_went_on_stays_the_subject():
    a, f = analysed_figure("The group spent $2 million on Acme's campaign.", "$2 million")
    assert _subject(a, f) == "Acme"


# --- narrowed after the Timeline17 census -----------------------------------------------------


def test_twin_a_crossed_count_of_a_subject_with_an_of_name_keeps_that_name():
    a, f = analysed_figure("The state of Ruritania has had more than 1,000 confirmed cases of swine flu.", "more than 1,000")
    assert _subject(a, f) == "Ruritania"


def test_twin_a_year_before_a_host_noun_keeps_its_possessors_anaphor():
    a, f = analysed_figure("Acme Corp said it was sticking to its 2009 sales target of 300 gross orders.", "300")
    assert _subject(a, f) == "Acme Corp"


def test_twin_a_days_possessive_between_two_figures_is_no_other_owner():
    a, f = analysed_figure("Acme's total spill spending hits $2.65 bn. The total figure is up from Friday's figure of $2.35 bn.",
                           "$2.35 bn")
    assert _subject(a, f) == "Acme"

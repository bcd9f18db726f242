"""Round forty-five (figsubj45): subjects of figures (issue 20, item 5;
analyse/figsubject_share.py, figsubject_sale.py, figsubject_amount.py).

- a list of shares written "<name> at <share>" ("Roe at 10 percent, Doe at 8 percent and
  Coe at 7 percent"): a name after a share of its own is its share's alone;
- a pair of shares after "<group> <backing verb> <person>" ("Democrats favored Roe, 72
  percent to 8 percent"): both shares are the group's split;
- a price modifying a noun of buying, or in its "for" phrase ("its $900 million
  acquisition of Bcme Energy"): the company bought;
- a relative clause of harm on a cause noun under a stretch of time ("in the weeks since
  the blast that killed 40 miners"): the cause's;
- a sum written before the thing it prices or sizes ("a $20bn compensation fund"): that
  thing, never a noun naming the sum itself ("a $600 million charge").

Each rule has a twin where it must not fire. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure as _figure
from pipeline_helpers import subject_words as _subject

# ------------------------------------------------ "<name> at <share>" in a list of shares

_LIST = ("A new poll showed Jane Roe in third at 11 percent, followed by John Doe at 10 percent, "
         "Al Coe at 8 percent and Bo Poe at 7 percent.")


def test_last_name_at_share_in_a_list_is_its_own():
    a, f = _figure(_LIST, "7 percent")
    assert _subject(a, f) == "Bo Poe"


def test_twin_two_names_at_one_share_stay_open():
    # no share of its own before "Coe": the 12 percent may be both men's, open
    a, f = _figure("The Acme poll showed Jane Roe at 30 percent, and John Doe and Al Coe at 12 percent.", "12 percent")
    assert _subject(a, f) is None


# ------------------------------------------------ a group's split between two candidates


def test_group_favoring_a_candidate_owns_both_shares_of_its_pair():
    text = ("In breaking down the results, the Acme survey found Democrats favored Jane Roe, 72 percent to 8 percent, "
            "while Republicans favored John Doe, 82 percent to 6 percent.")
    a, f = _figure(text, "8 percent")
    assert _subject(a, f) == "Democrats"
    a, f = _figure(text, "82 percent")
    assert _subject(a, f) == "Republicans"


def test_group_with_a_modifier_backing_a_candidate():
    a, f = _figure("In the survey, female troops preferred Jane Roe 51 percent to 24 percent.", "24 percent")
    assert _subject(a, f) == "female troops"


def test_twin_a_measure_as_object_stays_open():
    # a bill, not a candidate: the pair is not read as a group's split of two people
    a, f = _figure("In the poll, voters favored the measure 55 percent to 45 percent.", "45 percent")
    assert _subject(a, f) is None


def test_twin_a_pointing_group_stays_open():
    # "those voters": which voters another sentence says
    a, f = _figure("In the poll, those voters favored John Doe 55 percent to 45 percent.", "45 percent")
    assert _subject(a, f) is None


def test_twin_a_person_beating_another_keeps_the_pair_rules():
    a, f = _figure("In the poll, Jane Roe beat John Doe 46 percent to 40 percent.", "40 percent")
    assert _subject(a, f) == "John Doe"


# ------------------------------------------------ the price of a purchase is the thing bought's


def test_price_modifying_a_purchase_is_the_thing_bought():
    a, f = _figure("Roe Oil completed its $900 million acquisition of the Texas refiner Bcme Energy "
                   "in May.", "$900 million")
    assert _subject(a, f) == "Bcme Energy"


def test_price_in_a_takeovers_for_phrase_is_the_thing_bought():
    a, f = _figure("The takeover of Acme Corp for $2 billion was approved on Monday.", "$2 billion")
    assert _subject(a, f) == "Acme Corp"


def test_twin_purchase_of_the_company_stays_open():
    # "the company" points back to a name in another sentence: open, never the buyer
    a, f = _figure("Apple called the service a key part of its $3 billion purchase of the company.", "$3 billion")
    assert _subject(a, f) is None


def test_twin_a_cost_beside_a_takeover_stays_open():
    # the fees are spent on lawyers, not paid for Acme
    a, f = _figure("The firm spent $5 million on lawyers for the takeover of Acme Corp.", "$5 million")
    assert _subject(a, f) is None


# ------------------------------------------------ a harm clause on a cause after a stretch of time


def test_harm_clause_on_a_cause_after_a_stretch_of_time_is_the_causes():
    a, f = _figure("In the six weeks since the blast that killed 40 miners, the mine has stayed shut.", "40")
    assert _subject(a, f) == "the blast"


def test_twin_harm_clause_on_a_cause_under_another_noun_stays_open():
    # a report is no stretch of time: the clause may be read as the report's, open as before
    a, f = _figure("The report on the explosion that killed 11 workers was published on Monday.", "11")
    assert _subject(a, f) is None


# ------------------------------------------------ a sum written before the thing it prices


def test_sum_before_a_thing_is_that_things():
    a, f = _figure("The firm has set aside a $20bn compensation fund for the spill.", "$20bn")
    assert _subject(a, f) == "compensation fund"


def test_twin_sum_before_a_noun_naming_the_sum_stays_open():
    # a charge is the sum itself, not a thing it prices: open
    a, f = _figure("Acme said it had taken a $600 million charge for the job cuts.", "$600 million")
    assert _subject(a, f) is None

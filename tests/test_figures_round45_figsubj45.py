"""Round forty-five (figsubj45): subjects of figures (issue 20, item 5;
analyse/figsubject_sale.py, figsubject_amount.py).

- a price modifying a noun of buying, or in its "for" phrase ("its $900 million
  acquisition of Bcme Energy"): the company bought;
- a relative clause of harm on a cause noun under a stretch of time ("in the weeks since
  the blast that killed 40 miners"): the cause's;
- a sum written before the thing it prices or sizes ("a $20bn compensation fund"): that
  thing, never a noun naming the sum itself ("a $600 million charge");
- money paid for an indefinite thing a modifier names ("paid $40,000 for a vintage car"):
  that thing ("a house" stays open).

Each rule has a twin where it must not fire. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure as _figure
from pipeline_helpers import subject_words as _subject

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


# ------------------------------------------------ money paid for an indefinite thing a modifier names


def test_money_paid_for_a_modified_indefinite_thing_is_that_things():
    a, f = _figure("He paid $40,000 for a vintage car last year.", "$40,000")
    assert _subject(a, f) == "a vintage car"


def test_twin_money_paid_for_a_bare_indefinite_thing_stays_open():
    # "a house": which house, or what kind, the phrase does not say
    a, f = _figure("She paid $20,000 for a house.", "$20,000")
    assert _subject(a, f) is None


def test_twin_sum_before_a_head_the_parse_cut_short_stays_open():
    # the parse takes "well" for an adverb and "relief" for the head: the phrase may be cut, open
    a, f = _figure("Engineers will wait at the site while a $100m relief well is drilled.", "$100m")
    assert _subject(a, f) is None

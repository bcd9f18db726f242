"""Round forty-three (figsubj43): subjects of figures in feature copy (issue 20, item 5).

- a price in a sale verb's "for" phrase is the price of the thing sold (figsubject_sale);
- a figure alone in a bracket that converts the figure before it is about the same thing.

Each rule has a twin where it must not fire. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure as _figure
from pipeline_helpers import subject_words as _subject

# ------------------------------------------------ a sale's price


def test_price_of_a_thing_sold_is_the_things():
    a, f = _figure("The gang tried to sell the remains of the ship's captain to his family for $1 million.", "$1 million")
    assert _subject(a, f) == "the remains of the ship's captain"
    assert f.measure == "price"


def test_price_of_a_unit_bought_is_the_units():
    a, f = _figure("Acme bought Roe's steel unit for $30 million.", "$30 million")
    assert _subject(a, f) == "Roe's steel unit"


def test_price_of_a_thing_named_by_no_modifier_stays_open():
    # "the service" says no which: what the price is of is told elsewhere
    a, f = _figure("Acme sold the service for $3 billion.", "$3 billion")
    assert _subject(a, f) is None


def test_price_of_a_pronoun_stays_open():
    a, f = _figure("She said she got it off a website for $20.", "$20")
    assert _subject(a, f) is None


def test_money_paid_to_a_seller_is_no_thing_sold():
    # no sale verb: a payment to someone is not what it buys
    a, f = _figure("Acme paid $30 million to Roe's steel unit.", "$30 million")
    assert _subject(a, f) != "Roe's steel unit"


def test_price_of_a_counted_thing_sold_stays_open():
    # the thing sold holds a figure of its own: the price is of the count, not read here
    a, f = _figure("Acme sold 20 million phones for $3 billion.", "$3 billion")
    assert _subject(a, f) is None and f.measure != "price"


# ------------------------------------------------ a conversion in brackets


def test_conversion_in_brackets_is_about_what_it_converts():
    a, f = _figure("Acme spent $20,000 (£12,190) on the new plant in Ohio.", "£12,190")
    assert _subject(a, f) == "the new plant in Ohio"
    assert f.measure == "plant spending"


def test_price_in_brackets_after_a_count_is_no_conversion():
    # a sum after a count is what the count cost, not the count converted
    a, f = _figure("The club bought 12 buses ($40,000) for its new route.", "$40,000")
    assert f.measure != "bus purchases"


# ------------------------------------------------ a sum's own "in" phrase


def test_sum_in_a_measure_noun_is_measured_by_it():
    a, f = _figure("The farm group reported $5.9 million in annual revenue.", "$5.9 million")
    assert f.measure == "annual revenue"


def test_sum_in_grants_is_measured_by_them():
    a, f = _figure("The old lab received nearly $6 million in grants from the state.", "nearly $6 million")
    assert f.measure == "grants"


def test_sum_put_in_a_thing_is_not_measured_by_it():
    # a verb's "in" is where the money goes, not what the sum is of
    a, f = _figure("The farm group put $5 million in the bank last year.", "$5 million")
    assert f.measure != "bank"


def test_sum_in_a_year_is_not_measured_by_it():
    a, f = _figure("The unit took in about $56 billion in fiscal 2013.", "about $56 billion")
    assert f.measure is None or "2013" not in f.measure


# ------------------------------------------------ a distance from a place


def test_distance_after_a_places_comma_is_the_places():
    a, f = _figure("Police searched the harbour in Portsmouth, about 20 miles from the base.", "about 20")
    assert _subject(a, f) == "Portsmouth" and f.measure == "distance"


def test_distance_after_a_persons_comma_is_not_theirs():
    a, f = _figure("The reporter met John Smith, 30 miles from home.", "30")
    assert _subject(a, f) != "John Smith"


def test_length_of_a_thing_is_no_distance():
    a, f = _figure("The crew laid 300 miles of booms along the coast.", "300")
    assert f.measure != "distance"



def test_price_of_two_things_sold_together_is_neither_ones():
    # one price for interests in two places is not the first place's alone
    a, f = _figure("Last week, the firm announced it would sell business interests in Vietnam and Venezuela for $1.8 bn.", "$1.8 bn")
    assert _subject(a, f) != "business interests in Vietnam"


def test_distance_after_a_town_and_its_state_is_the_towns():
    a, f = _figure("He spoke at a college in Fulton, Mo., 130 miles east of here.", "130")
    assert _subject(a, f) != "Mo."

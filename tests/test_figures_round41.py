"""Round forty-one, issue 20 (the MEANTIME audit, seed 156, in-sample): a whole number right
after a proper noun of the same noun phrase is part of a product's name, no figure ("four
Rolls-Royce Trent 900 engines", "fewer iPhone 4 users"); a count after a place name of
another phrase, a number after a place the preposition holds, a share or money after a name stay figures. Texts
invented for the test."""

from __future__ import annotations

import pytest
from pipeline_helpers import analysed


def _figures(text: str) -> list[str]:
    return [f.text for f in analysed(text).figures]


@pytest.mark.parametrize("text, number", [
    ("Each new jet carries four Rolls-Royce Trent 900 engines under its wings, the maker said.", "900"),
    ("Roe said the dip came from fewer iPhone 4 users buying cases this spring.", "4"),
])
def test_a_number_in_a_products_name_is_no_figure(text, number):
    assert number not in _figures(text)


@pytest.mark.parametrize("text, number", [
    ("Acme's Port Ellery yard hired 300 welders on Monday, its owner said.", "300"),
    ("In Haiti 200 people died on Monday, officials said.", "200"),
    ("The latest poll gives Roe 45 percent of the vote, the pollster said.", "45 percent"),
])
def test_a_count_before_a_name_or_after_a_place_stays_a_figure(text, number):
    assert number in _figures(text)


# --- a party to a deal is not what its sum is of (data/deal_nouns.txt; airbus F6, F16, F23) ---

def _subject(text: str, figure: str):
    from pipeline_helpers import analysed_figure, subject_words

    a, f = analysed_figure(text, figure)
    return subject_words(a, f)


@pytest.mark.parametrize("text, figure", [
    ("Acme and Bolt Corp. have unexpectedly defeated Castor Inc. for a $40 billion contract to build ferries.",
     "$40 billion"),
    ("They also hold a 30-year contract with Delta Steel, which Castor Inc. estimates to be worth $18 million.",
     "$18 million"),
])
def test_a_loser_or_an_estimator_of_a_deal_is_not_its_subject(text, figure):
    assert _subject(text, figure) != "Castor Inc."


def test_a_buyer_named_inside_the_deal_noun_gives_the_deal_not_the_buyer():
    assert _subject("The Castor Airways order is worth $6.8 billion for 50 jets.", "$6.8 billion") != "Castor Airways"


@pytest.mark.parametrize("text, figure", [
    ("Castor Inc., which has 4,000 employees, said on Monday that it would hire more.", "4,000"),
    ("The plant, where Castor Inc. employs 4,000 people, will close next year.", "4,000"),
])
def test_a_relative_clause_whose_subject_owns_the_count_keeps_it(text, figure):
    assert _subject(text, figure) == "Castor Inc."


def test_a_count_after_a_verbs_name_object_is_no_model_number():
    # the round-forty-one review: "gives Acme 500 employees" is a count given to Acme
    assert "500" in _figures("The buyout gives Acme 500 employees across the region, the company said.")


def test_a_company_named_in_its_sales_keeps_a_share_of_them():
    # the CI twin: "sales" are no deal, and a percentage is no deal's sum: Acme's sales
    assert _subject("According to Reuters, Acme Corp smartphone sales abroad have decreased by 40-60%.", "40-60%") == "Acme Corp"

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
    ("The new jet is built with four Rolls-Royce Trent 900 engines, the maker said on Monday.", "900"),
    ("Roe blamed the small rise in dropped calls on fewer iPhone 4 users putting cases on their phones.", "4"),
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

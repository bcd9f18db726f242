"""Round forty-one, the integrator's brief mends from the MEANTIME audit (seed 156, airbus B3
and B4): a definite phrase picked out by rank or age in a sentence that names nothing, and a
part of a definite set, point back; each with twins that read alone. Texts invented."""
from __future__ import annotations

import pytest

from storyline.resolve import brief


@pytest.mark.parametrize("sentence", [
    "The first ferries enter service in 2011, the rest five years on.",
    "The remaining jets will be delivered next year.",
    "The second ferries will follow in the spring.",
    "Some of the A330s are to make way for the newer jets.",
    "Two of the ferries were sold to a Greek line.",
])
def test_a_ranked_phrase_or_a_part_of_a_set_points_back(sentence):
    assert (brief.dependent_opening(sentence) or ("",))[0] == "anaphor"


@pytest.mark.parametrize("sentence", [
    "The first ferry of the Acme line entered service on Monday.",
    "The new terminal at Port Ellery opened on Monday.",
    "Some of the largest banks in Europe cut their rates.",
    "Many of the world's airlines have ordered the jet.",
    "The firstborn son of the king was crowned in 1990.",
])
def test_a_ranked_phrase_naming_its_thing_or_a_superlative_set_reads_alone(sentence):
    assert (brief.dependent_opening(sentence) or ("",))[0] != "anaphor"


@pytest.mark.parametrize("sentence", [
    # the round-forty-one review: these read alone
    "The latest figures show unemployment rose to 9.8 percent in the third quarter.",
    "The final death toll is expected to rise above 300.",
    "The last time the city flooded this badly was in 1953.",
    "The first time the river rose this high was in 1953.",
])
def test_a_latest_final_or_last_phrase_or_a_first_time_reads_alone(sentence):
    assert (brief.dependent_opening(sentence) or ("",))[0] != "anaphor"

"""Round thirty-nine (figmeasure): the measure a count or share names by its own words (issue 20).

In the audits of seeds 151-153 most figures were judged `measure: missing` where their own
phrase says what they count although no measure noun stands there (wash-post-153: 22 of 30):

- a threshold: "the 1,237 delegates needed" (F8), "a nominee needs 2,383 delegates" (F15)
  -> "delegates needed";
- a margin: "won it by 10 points" (F30: Dukakis's winning margin), "trails by nine points";
- a share of a tally: "with roughly three-quarters of precincts tallied" (F4), "45 percent of
  the vote", "90 percent of the delegates needed" (F13).

Each rule has a twin where it must not fire. Texts are written for the tests."""

from __future__ import annotations

import pytest
from pipeline_helpers import analysed_figure as _figure

# ------------------------------------------------ a margin


def test_twin_a_climb_by_points_is_no_margin():
    _, f = _figure("The Dow climbed by 120 points on Monday.", "120 points")
    assert f.measure not in ("margin", "lead", "deficit")


# ------------------------------------------------ a share of a tally


def test_twin_a_share_of_voters_is_left_alone():
    _, f = _figure("About 40 percent of voters in the county back Mary Lomax.", "About 40 percent")
    assert f.measure is None or not f.measure.startswith("share of voters")


# ------------------------------------------------ a poll's support, a sum spent


def test_twin_an_opposed_share_takes_no_support():
    # the share before it names support in the same sentence; only the "opposed" after the
    # share (measures.tsv opinion_not) keeps it from taking that measure
    a, _ = _figure("Mary Lomax has 48 percent support in the poll, with 45 percent opposed.", "48 percent")
    assert next(x for x in a.figures if x.text == "48 percent").measure == "support"
    f = next(x for x in a.figures if x.text == "45 percent")
    assert f.measure is None or "support" not in f.measure


# ------------------------------------------------ the census's wrong readings, mended


def test_twin_support_that_gives_a_lead_names_no_lead():
    _, f = _figure("Her 32% support hands her a double-digit lead on the field.", "double-digit")
    assert f.measure is None or "support" not in f.measure


def test_twin_share_of_a_rivals_delegates_is_a_ratio():
    _, f = _figure("Okafor has less than a third of Lomax's delegates so far.", "less than a third")
    assert f.measure is None or not f.measure.startswith("share of")


def test_twin_a_pair_of_approval_numbers_names_no_approval():
    _, f = _figure("Okafor holds a negative 41%-48% approval rating among home voters.", "48%")
    assert f.measure is None or "approval" not in f.measure


def test_approval_rating_named_without_the_percent_sign():
    _, f = _figure("Other recent polls show a 56% and 54% approval rating for the president.", "56%")
    assert f.measure is None or f.measure.startswith("approval rating")


def test_twin_an_opinion_stays_in_its_sentence():
    a, _ = _figure("In Maine, her 66 percent job-approval rating is her highest. An average of 30 percent in the 50 states named jobs.", "66 percent")
    f = next(x for x in a.figures if x.text.endswith("30 percent"))
    assert f.measure is None or "approval" not in f.measure


def test_twin_a_difference_by_which_support_is_exceeded_is_no_support():
    _, f = _figure("In Maine, her 66 percent job-approval rating tops Okafor's support by 11 percentage points.", "11 percentage points")
    assert f.measure is None or "support" not in f.measure


def test_twin_support_across_a_semicolon():
    _, f = _figure("Minority support for both parties fell to new lows; 17 percent of women of color cast ballots for Peter Okafor.", "17 percent")
    assert f.measure is None or "support" not in f.measure


def test_support_that_rose_by_points():
    _, f = _figure("In the new poll, Mary Lomax's support rose by 4 percentage points since March.", "4 percentage points")
    assert f.measure == "support"


# each a figure's text, the figure, and the measure it names (or, for a twin, must not name)
NAMED = [
    pytest.param(
        "The rivals hope to keep him from the 1,237 delegates needed to win the nomination.", "1,237", "delegates needed", id="delegates_needed_after_the_count"
    ),
    pytest.param("Each hopeful in the party needs 1,991 delegates to win the nod.", "1,991", "delegates needed", id="a_candidate_needs_delegates"),
    pytest.param("In 1988 Peter Okafor won the state by 10 points.", "10 points", "margin", id="won_by_points_is_the_margin"),
    pytest.param("Mary Lomax trails her rival by 9 points in the latest survey.", "9 points", "deficit", id="trails_by_points_is_a_deficit"),
    pytest.param(
        "With roughly three-quarters of precincts tallied, Mary Lomax had a big lead.",
        "roughly three-quarters",
        "share of precincts tallied",
        id="share_of_precincts_tallied",
    ),
    pytest.param(
        "With 95 percent of precincts reporting, Lomax led the field.",
        "95 percent",
        "share of precincts reporting",
        id="share_of_precincts_reporting_parsed_as_a_verb",
    ),
    pytest.param("Mary Lomax won 45 percent of the vote in the primary.", "45 percent", "share of the vote", id="share_of_the_vote"),
    pytest.param("Mary Lomax has 35 percent support in the latest poll.", "35 percent", "support", id="percent_support_is_support"),
    pytest.param(
        "That equals 8 percent of the nearly $90 million spent by outside groups this year.",
        "nearly $90 million",
        "spending",
        id="sum_spent_by_groups_is_spending",
    ),
    pytest.param(
        "With 64 percent of the vote counted, Lomax held the lead in Ohio.",
        "64 percent",
        "share of the vote counted",
        id="share_of_the_vote_counted_keeps_the_participle",
    ),
    pytest.param(
        "Ohio Gov. John Kasich was at 18 percent in the new CBS poll, down two points.", "18 percent", "support", id="a_candidates_poll_share_is_support"
    ),
    pytest.param("Peter Okafor trailed Mary Lomax by nearly 900 delegates in May.", "nearly 900", "deficit", id="trailed_by_a_count_of_delegates_is_a_deficit"),
]

NOT_NAMED = [
    pytest.param("Mary Lomax has 1,237 delegates after her win in Ohio.", "1,237", "delegates needed", id="twin_delegates_held_are_no_threshold"),
    pytest.param("The bill was defeated by 300 delegates at the convention.", "300", "margin", id="twin_beaten_by_a_count_of_people_is_no_margin"),
    pytest.param("The country received $5 million in support from donors.", "$5 million", "support", id="twin_money_in_support_is_no_poll_support"),
    pytest.param(
        "The nearly $90 million mentioned by the mayor went to schools.",
        "nearly $90 million",
        "spending",
        id="twin_sum_followed_by_another_participle_is_left_alone",
    ),
    pytest.param(
        "Roughly a third of the electorate is still undecided, the survey said.",
        "Roughly a third",
        "share of the electorate",
        id="twin_share_of_the_electorate_that_remains_undecided",
    ),
    pytest.param(
        "Lomax is earning 51 percent of the support of those surveyed, a poll found.",
        "51 percent",
        "earnings",
        id="twin_earning_a_share_of_support_is_no_earnings",
    ),
    pytest.param(
        "A poll had them even. The outcome showed Mary Lomax had received 49.8 percent of the caucus vote tallied.",
        "49.8 percent",
        "support",
        id="twin_a_caucus_result_is_no_poll_support",
    ),
]


@pytest.mark.parametrize(("text", "figure", "measure"), NAMED)
def test_the_figure_names_its_measure(text, figure, measure):
    _, f = _figure(text, figure)
    assert f.measure == measure


@pytest.mark.parametrize(("text", "figure", "measure"), NOT_NAMED)
def test_twin_the_figure_does_not_take_that_measure(text, figure, measure):
    _, f = _figure(text, figure)
    assert f.measure != measure

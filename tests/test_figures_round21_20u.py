"""Round twenty-one (20u): the figure fields the held-out seed-61 audit judged wrong, on short
invented texts; each rule with its must-not-fire twin (issue 20)."""

from __future__ import annotations

import pytest
from test_figures_extract import analyse, by_text
from test_figures_period import periods

from storyline.analyse import figures
from storyline.analyse.quantities import parse


def _fig(nlp, text, fig):
    sdoc, a = analyse(nlp, text)
    return a, by_text(figures.extract(sdoc, a), fig)


# --- a decimal comma before a scale word: 6,5 million is 6.5 million, never 5 million -----


def test_a_decimal_comma_before_a_scale_word_is_a_decimal():
    got = [(q.text, q.value) for q in parse("The tanks now hold 6,5 million liters of water.")]
    assert got == [("6,5 million", 6_500_000.0)]


def test_a_decimal_comma_inside_a_conversion():
    got = {q.text: q.value for q in parse("Acme has pumped 41,222 barrels (1.7 million gallons or 6,5 million liters) of oil.")}
    assert got["6,5 million"] == 6_500_000.0
    assert 5_000_000.0 not in got.values()


def test_a_decimal_comma_without_a_scale_word_abstains():
    """"6,5 liters": six and a half, or a list? The tail is no quantity of its own."""
    assert all(q.value != 5.0 for q in parse("The tank holds 6,5 liters of fuel."))


@pytest.mark.parametrize("text,values", [
    # twins: thousands, and a comma with a space after it, keep their reading
    ("The tanks hold 6,500 liters and 12,000,000 gallons.", [6500.0, 12_000_000.0]),
    ("Trucks 3, 5 and 7 carried 40 tonnes.", [3.0, 5.0, 7.0, 40.0]),
    ("The fund raised 2,5000 dollars.", None),  # a comma before four digits is no decimal either way
])
def test_twin_thousands_and_spaced_commas_stay(text, values):
    got = [q.value for q in parse(text)]
    if values is not None:
        assert got == values
    assert 2.5 not in got


# --- a rate written before the parenthesis that converts it --------------------------------


def test_a_conversion_of_a_rate_is_a_rate(nlp):
    text = "The official estimate of 6,000 barrels per day (252,000 gallons or 954,000 liters) was adopted by the coast guard."
    sdoc, a = analyse(nlp, text)
    items = figures.extract(sdoc, a)
    assert by_text(items, "252,000").unit == "gallons/day"
    assert by_text(items, "954,000").unit == "liters/day"


def test_twin_a_conversion_after_a_plain_amount_stays_plain(nlp):
    text = "Acme pumps 6,000 barrels per day and stored 900 barrels (37,800 gallons) in tanks at the port."
    sdoc, a = analyse(nlp, text)
    assert by_text(figures.extract(sdoc, a), "37,800").unit == "gallons"


# --- "left <n> dead": the object's complement is part of what the count undergoes -----------


def test_left_many_people_dead_keeps_dead(nlp):
    _, f = _fig(nlp, "Saturday's landslide has left as many as 2,000-3,000 villagers dead.", "as many as 2,000-3,000")
    assert f.measure == "left dead"


def test_twin_left_homeless_right_after_the_verb(nlp):
    _, f = _fig(nlp, "The flood has left 5,000 people homeless.", "5,000")
    assert f.measure == "left homeless"


# --- a count of two coordinated nouns ---------------------------------------------------------


def test_a_count_of_two_coordinated_nouns_names_both(nlp):
    _, f = _fig(nlp, "In the whole town I have only seen about six or seven trucks and diggers clearing the rubble.",
                "about six or seven")
    assert f.unit == "trucks and diggers"


@pytest.mark.parametrize("text,fig", [
    ("Acme sent 20 trucks and 30 diggers to the port.", "20"),
    ("Acme sent 20 trucks and the digger to the port.", "20"),
    ("Acme sent 20 trucks, diggers and boats to the port.", "20"),
])
def test_twin_a_noun_with_its_own_number_or_determiner_is_another_thing(nlp, text, fig):
    assert _fig(nlp, text, fig)[1].unit == "trucks"


# --- the time of another event the figure's clause is joined to, or follows ---------------


def test_a_time_of_the_first_of_two_joined_verbs_is_its_own(nlp):
    got = periods(nlp, "The fever broke out in Ruritania in March and has spread to 12 countries, infecting more than 3,100 people.")
    assert got["12"][0] != "2010-03"
    assert got["more than 3,100"][0] != "2010-03"


def test_twin_a_fronted_time_dates_both_joined_verbs(nlp):
    got = periods(nlp, "In March the fever spread to 12 countries and infected 3,100 people.")
    assert got["3,100"] == ("2010-03", "timex")


# --- twins found by reading every change on the dev texts -------------------------------------


def test_twin_a_coordinated_noun_with_words_of_its_own_is_not_counted(nlp):
    _, f = _fig(nlp, "The radio is reporting 300 deaths and reports of looting in the north.", "300")
    assert f.unit == "deaths"


@pytest.mark.parametrize("text,fig,period", [
    # two past verbs share the first one's time
    ("Acme shares fell 1 percent on Tuesday but recovered to close up 0.6 percent.", "0.6 percent", "2010-05-04"),
])
def test_twin_a_past_event_s_time_still_dates_its_companion(nlp, text, fig, period):
    assert periods(nlp, text)[fig][0] == period

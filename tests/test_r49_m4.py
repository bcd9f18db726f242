"""Round forty-nine, mender m4's in-sample mends from the seed-164 audit (FNC-1 claims 5, 9 and 22):
a vague number before "hundred" (c022 F1, F6), a month's name read as a hedge and a price in the
writer's description of a purchase (c022 F8), a rumour's or a modal inference's "claim" (c022 F10),
a change whose "for" phrase names its own holder (c009 F3, F7), a share apposed to a reported sum
(c009 F6), the price of a noun of buying (c022 F2, F8, F10, F11) and revenue raked in (c009 F1).
Each rule with a twin where it must not fire; the texts are written for the tests."""

from __future__ import annotations

import pytest
from pipeline_helpers import analysed, analysed_figure

from storyline.analyse import quantities


def _claimant(a, f) -> str | None:
    return a.mentions[f.claimant_mention].text if f.claimant_mention is not None else f.claimant_text


def _values(text: str) -> list[tuple[str, float | None]]:
    return [(q.text, q.value) for q in quantities.parse(text)]


# --- c022 F1, F6: "a few hundred thousand" is no 100,000 (quantities._vague_multiple) -------------

@pytest.mark.parametrize("text", [
    "At the time it had a few hundred thousand subscribers.",
    "The firm lost several hundred million dollars.",
    "A couple of hundred thousand fans left.",
    "It sold many hundred thousand copies.",
])
def test_a_vague_number_before_hundred_is_no_quantity(text):
    assert not any(q.value == 100000 or q.value == 100000000 for q in quantities.parse(text)), _values(text)


def test_twin_a_hundred_thousand_is_still_100000():
    assert ("a hundred thousand", 100000.0) in _values("It had a hundred thousand subscribers.")


def test_a_number_word_before_hundred_multiplies_it():
    assert ("two hundred thousand", 200000.0) in _values("The firm had two hundred thousand subscribers.")
    assert ("nine hundred thousand dollars", 900000.0) in _values("It raised nine hundred thousand dollars.")


def test_twin_some_hundred_stays_an_approximate_hundred():
    q = next(q for q in quantities.parse("It earned some hundred million dollars.") if q.value)
    assert q.value == 100000000 and q.approx


def test_a_few_hundred_thousand_subscribers_is_no_figure_in_the_story():
    a = analysed("Tunes shuts down.\n\nAcme bought the service in May. At the time it had a few hundred thousand subscribers.")
    assert not any("hundred thousand" in f.text for f in a.figures)


# --- c022 F8: a month's name is no hedge (figures._hedge) ------------------------------------------

def test_a_months_name_is_no_hedge():
    _, f = analysed_figure("Tunes shuts down.\n\nIf true, the move would be a change from May, when Acme "
                           "emphasized Tunes as a key part of its $3 billion purchase of the speaker maker.", "$3 billion")
    assert f.hedge is None


def test_twin_the_modal_may_is_a_hedge():
    _, f = analysed_figure("Tunes shuts down.\n\nSales may reach $3 billion next year.", "$3 billion")
    assert (f.hedge or "").lower() == "may"


# --- c022 F8: the price in "its $3 billion purchase" is the writer's (figures._possessed_description)

def test_a_price_in_a_possessed_description_in_reported_speech_has_no_claimant():
    a, f = analysed_figure("Tunes shuts down.\n\nIf true, the move would be a change from May, when Acme emphasized "
                           "Tunes as a key part of its $3 billion purchase of the speaker maker.", "$3 billion")
    assert _claimant(a, f) is None


def test_twin_a_possessed_count_in_a_stated_clause_stays_the_speakers():
    a, f = analysed_figure("Plant closes.\n\nAcme Corp said 300 of its 3,000 workers had fallen ill at the plant.", "3,000")
    assert _claimant(a, f) == "Acme Corp"


def test_twin_a_price_the_speaker_states_stays_the_speakers():
    a, f = analysed_figure("Tunes shuts down.\n\nAcme said it paid $2 billion for the speaker maker.", "$2 billion")
    assert _claimant(a, f) == "Acme"


# --- c022 F10: a rumour, and a modal inference, claim nothing (figures._tellerless, _modal_inference)

def test_a_rumour_is_no_claimant():
    a, f = analysed_figure("Tunes shuts down.\n\nThe rumor suggests that Acme's $2 billion buyout of Sonic was about "
                           "talent.", "$2 billion")
    assert _claimant(a, f) is None


def test_an_inference_under_a_modal_has_no_claimant():
    a, f = analysed_figure("Tunes shuts down.\n\nThe analysts would suggest that Acme's $2 billion buyout of Sonic was "
                           "about talent.", "$2 billion")
    assert _claimant(a, f) is None


def test_twin_analysts_suggesting_are_the_claimant():
    a, f = analysed_figure("Tunes shuts down.\n\nAnalysts suggested that Acme's $4 billion buyout of Sonic was about "
                           "talent.", "$4 billion")
    assert _claimant(a, f) == "Analysts"


# --- c009 F3, F7: "a 6.7% decline for the company as a whole" is the company's (figures._holder_change)

def test_a_change_for_its_own_holder_takes_no_neighbours_measure():
    _, f = analysed_figure("Acme splits in two.\n\nSales for the unit dropped 7.1%, compared with a 6.7% decline for "
                           "the company as a whole.", "6.7%")
    assert f.measure is None


def test_twin_a_change_with_no_holder_keeps_the_neighbours_measure():
    _, f = analysed_figure("Acme splits in two.\n\nSales for the unit dropped 5%, compared with a 4% decline last year.",
                           "4%")
    assert f.measure == "sales for unit"


# --- c009 F6: a share apposed to a reported sum is the writer's comparison (figures._apposed_share)

@pytest.mark.parametrize("text", [
    "In the 2013 fiscal year, the Widget Group reported $55.9 billion in revenue, about half of Acme's total.",
    # the parse hangs the share on the verb (``dep``) in this longer shape
    "In the 2013 fiscal year ended last October, the Widget and Gadget Group, as it is known, reported $55.9 billion "
    "in revenue, about half of Acme’s total.",
])
def test_a_share_apposed_to_a_reported_sum_has_no_claimant(text):
    a, f = analysed_figure(f"Acme splits in two.\n\n{text}", "about half")
    assert _claimant(a, f) is None


def test_twin_a_share_in_what_the_police_said_stays_theirs():
    a, f = analysed_figure("Blast in Port Ellery.\n\nPolice said the blast killed 40 people, about half of them children.",
                           "about half")
    assert _claimant(a, f) == "Police"


def test_twin_the_reported_sum_and_its_change_keep_the_reporter():
    text = ("Acme splits in two.\n\nIn the 2013 fiscal year, the Widget Group reported $55.9 billion in revenue, "
            "about half of Acme's total.\n\nThe Widget Group reported $40 billion in revenue, up 7% from the year before.")
    a, f = analysed_figure(text, "$55.9 billion")
    assert _claimant(a, f) == "Widget Group"
    a, f = analysed_figure(text, "7%")
    assert _claimant(a, f) == "Widget Group"


# --- c022 F2, F8, F10, F11: the sum of a noun of buying is a price (figsubject_sale.deal_price) ----

def test_the_sum_of_a_buyout_is_its_price_though_the_thing_bought_is_no_company_name():
    _, f = analysed_figure("Tunes shuts down.\n\nIf true, the move would be a change from May, when Acme emphasized "
                           "Tunes as a key part of its $3 billion purchase of the speaker maker.", "$3 billion")
    assert f.measure == "price"


def test_twin_a_sum_beside_a_buyout_is_no_price():
    _, f = analysed_figure("Tunes shuts down.\n\nAcme spent $5 million on lawyers for the buyout of Sonic.", "$5 million")
    assert f.measure != "price"


# --- c009 F1: revenue raked in (data/analyse/measures.tsv: rake) -----------------------------------

def test_a_sum_raked_in_is_revenue():
    _, f = analysed_figure("Acme splits in two.\n\nIts printer group rakes in about $56 billion in fiscal 2013.",
                           "about $56 billion")
    assert f.measure == "revenue"


def test_twin_a_count_raked_in_is_no_revenue():
    _, f = analysed_figure("Acme splits in two.\n\nThe show raked in 5 million viewers.", "5 million")
    assert f.measure != "revenue"


# --- c005 F1: a bare count of a unit of weight measures a weight (figures._bare_weight) -----------

def test_a_bare_count_of_kilograms_is_a_weight():
    _, f = analysed_figure("Bear attacks hiker.\n\nThe brown bear is the largest predator. Adult males can reach up to "
                           "635 kgs.", "up to 635")
    assert f.measure == "weight"


def test_twin_kilograms_of_a_stuff_are_no_bare_weight():
    _, f = analysed_figure("Bear attacks hiker.\n\nPolice found 40 kgs of cocaine in the truck.", "40")
    assert f.measure != "weight"


# --- c022 F9: "with just 110,000 subscribers" after a comma is a count held (figures._unit_measure) -

def test_a_count_in_a_with_phrase_after_a_comma_is_held():
    _, f = analysed_figure("Tunes shuts down.\n\nBut Tunes also got off to a slow start, with just 110,000 subscribers "
                           "as of March.", "110,000")
    assert f.measure == "subscribers"


def test_twin_a_with_phrase_of_the_verb_itself_is_no_count_held():
    _, f = analysed_figure("Tunes shuts down.\n\nThe army attacked with 300 tanks.", "300")
    assert f.measure is None

"""Figure units and subjects in the shapes the held-out seed-53 audit judged wrong (issue 20,
round nineteen, 20z): a rate told by an adverb of time ("annually") or by "per" and a noun
the rate list lacks ("per goat"); the payer of a cost given as its subject; a change that
names what changed given the measure and subject of the figure before it. Each rule beside
a twin where it must not fire. All sentences invented."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pipeline_helpers import figure_and_subject

from storyline.analyse import figures

_one = figure_and_subject


# ---------------------------------------------------------------- rates told after the figure


def test_an_adverb_of_time_after_a_sum_makes_it_a_rate(nlp):
    text = "An insider said Acme would keep its payout, now worth about $4.2 billion annually."
    f, _ = _one(nlp, text, "about $4.2 billion")
    assert f.unit == "USD/year"


def test_a_sum_with_no_adverb_stays_a_sum(nlp):
    # twin: the same sentence without the adverb
    text = "An insider said Acme would keep its payout, now worth about $4.2 billion."
    f, _ = _one(nlp, text, "about $4.2 billion")
    assert f.unit == "USD"


def test_an_adverb_of_time_on_the_figures_verb_makes_it_a_rate(nlp):
    f, _ = _one(nlp, "Acme pays about $4.2 billion in dividends annually.", "about $4.2 billion")
    assert f.unit == "USD/year"


def test_a_count_followed_by_daily_is_a_rate(nlp):
    f, _ = _one(nlp, "The new cap is now collecting about 9,000 barrels daily.", "about 9,000")
    assert f.unit == "barrels/day"


def test_an_adjective_of_time_before_a_noun_is_no_rate(nlp):
    # twin: "quarterly" modifies the noun after it; the sum is not read as per quarter here
    f, _ = _one(nlp, "Acme will pay a $2 quarterly dividend to its holders.", "$2")
    assert f.unit == "USD"


def test_per_and_any_noun_makes_a_price(nlp):
    f, _ = _one(nlp, "Farmers in the valley have been paid $90 per goat so far.", "$90")
    assert f.unit == "USD/goat"


def test_per_and_a_determiner_is_no_rate(nlp):
    # twin: "per the agreement" says how, not what the sum is per
    f, _ = _one(nlp, "Farmers in the valley have been paid $90 per the agreement.", "$90")
    assert f.unit == "USD"


def test_per_and_a_noun_that_modifies_another_abstains(nlp):
    # twin: "a $2bn per incident limit": the per-phrase modifies the limit; no rate is guessed
    f, _ = _one(nlp, "The bill would lift a $2bn per incident limit on the fund.", "$2bn")
    assert f.unit == "USD"


# ---------------------------------------------------------------- the payer of a cost


def test_the_possessor_of_costs_for_a_thing_is_the_payer(nlp):
    text = "Exxon's costs for the clean-up of the bay are now estimated at roughly $3 billion."
    f, subject = _one(nlp, text, "roughly $3 billion")
    assert subject != "Exxon"


def test_the_possessor_of_costs_with_nothing_named_stays(nlp):
    # twin: no "for" phrase: the costs are the company's own
    f, subject = _one(nlp, "Exxon's costs are now estimated at roughly $3 billion.", "roughly $3 billion")
    assert subject == "Exxon"


def test_the_possessor_of_a_profit_from_a_thing_stays(nlp):
    # twin: a profit is no money paid: its owner keeps it
    f, subject = _one(nlp, "Exxon's profit from the bay reached $3 billion.", "$3 billion")
    assert subject == "Exxon"


# ---------------------------------------------------------------- a change of its own


def test_a_change_that_names_what_changed_is_not_its_neighbours(nlp):
    text = "Exxon's profit fell 2 percent despite a 12 percent rise in coal prices."
    f, subject = _one(nlp, text, "12 percent")
    assert f.measure == "coal prices"
    assert subject != "Exxon"
    f, subject = _one(nlp, text, "2 percent")
    assert f.measure == "profit" and subject == "Exxon"


def test_a_hike_is_a_change_of_its_own(nlp):
    text = "Exxon's profit fell 2 percent to $4.1 billion despite a 12 percent rise in coal prices and a 21 percent hike in gas prices."
    f, subject = _one(nlp, text, "21 percent")
    assert f.measure == "gas prices"
    assert subject != "Exxon"


def test_a_change_reported_by_its_owner_keeps_the_owner_as_claimant(nlp):
    # twin: the change is the verb's object, not an adjunct: its measure is read as before,
    # the reporter stays the claimant
    f, _ = _one(nlp, "Exxon reported a 12 percent rise in profit.", "12 percent")
    assert f.measure == "profit"
    assert f.claimant_text == "Exxon"


def test_a_change_whose_thing_the_parse_cuts_takes_no_measure(nlp):
    # twin of the rule above: the complement's phrase goes on past the parse's cut
    # ("current cost of supply (CCS) net income"); no half name is given as the measure
    text = "Roe Oil was expected to post a 40 percent rise in current cost of supply (CCS) net income."
    f, _ = _one(nlp, text, "40 percent")
    assert f.measure != "current cost"


# ---------------------------------------------------------------- property


@settings(derandomize=True, max_examples=25, deadline=None)
@given(word=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9))
def test_per_and_a_determiner_never_makes_a_rate(nlp, word):
    # whatever noun follows, "per the <noun>" says how, never what a sum is per; and the
    # unit, when "per <word>" is read as a rate, is that word itself, never another
    f, _ = _one(nlp, f"Farmers were paid $90 per the {word} on Monday.", "$90")
    assert f.unit == "USD"
    f, _ = _one(nlp, f"Farmers were paid $90 per {word} on Monday.", "$90")
    assert f.unit in ("USD", f"USD/{word}") or word in figures.lexicon()["per"]

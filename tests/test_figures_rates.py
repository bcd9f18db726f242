"""Rates of a flow and figures a sentence credits to another source (analyse.figures), on
short invented texts: each rule with its must-not-fire twin."""

from __future__ import annotations

import pytest
from test_figures_extract import analyse, by_text

from storyline.analyse import figures


def _fig(nlp, text, fig):
    sdoc, a = analyse(nlp, text)
    return by_text(figures.extract(sdoc, a), fig)


@pytest.mark.parametrize("text,fig,unit", [
    # the flow word on the figure's own verb, its verb's subject, its object, its noun's clause
    ("Acme Oil estimated that the broken well was leaking 4,000 barrels a day into the bay.", "4,000", "barrels/day"),
    ("Up to 4,000 barrels of oil a day pour out of the broken pipe.", "Up to 4,000", "barrels/day"),
    ("The flow of oil is 4,000 barrels per day, the harbour master says.", "4,000", "barrels/day"),
    ("Acme Oil had estimated the flow at just 4,000 barrels a day.", "4,000", "barrels/day"),
    ("The inquiry looks into a leak which is sending an estimated 4,000 barrels per day into the bay.",
     "an estimated 4,000", "barrels/day"),
    ("Crude keeps pouring into the bay at a rate estimated at up to 55,000 barrels a day.", "up to 55,000", "barrels/day"),
    ("The pipeline spilled 30,000 gallons a day for a week.", "30,000", "gallons/day"),
    # a measure named by the rate and flow words: one name, whichever words the text uses
    ("Port Ellery's spill rate was 25,000 barrels per day.", "25,000", "barrels/day"),
    ("The leak rate was put at 25,000 barrels per day.", "25,000", "barrels/day"),
])
def test_a_rate_of_a_flow_measures_the_flow_rate(nlp, text, fig, unit):
    f = _fig(nlp, text, fig)
    assert f.unit == unit
    assert f.measure == "flow rate"


@pytest.mark.parametrize("text,fig,measure", [
    # the twins: a rate of another thing keeps its own measure or none
    ("The field produces 40,000 barrels a day.", "40,000", "barrel production"),
    ("The crew reported a collection rate of 6,500 barrels a day.", "6,500", "collection rate"),
    ("The refinery processes 5,000 barrels a day near the harbour.", "5,000", None),
    ("The vessel can skim up to 70,000 barrels per day.", "up to 70,000", None),
])
def test_no_flow_without_a_flow_word(nlp, text, fig, measure):
    assert _fig(nlp, text, fig).measure == measure


@pytest.mark.parametrize("text,fig", [
    # a flow word with no rate: an amount, not a flow rate (what it undergoes stays its measure)
    ("The well leaked 12,000 barrels of oil before it was capped.", "12,000"),
    # a rate per year is no flow read here (production, consumption over a year)
    ("The pipeline spilled 30,000 gallons a year.", "30,000"),
])
def test_no_flow_rate_without_a_rate_per_hour_day_or_week(nlp, text, fig):
    assert _fig(nlp, text, fig).measure != "flow rate"


def test_raising_an_estimate_is_no_funding(nlp):
    """"raised its first estimate of 3,000 barrels a day": the verb acts on the estimate."""
    assert _fig(nlp, "Acme Oil raised its first estimate of 3,000 barrels a day.", "3,000").measure is None
    # the twin: money raised is funding
    assert _fig(nlp, "Acme Oil raised $5 billion from investors.", "$5 billion").measure == "funding"


@pytest.mark.parametrize("text,fig,claimant", [
    # a reporting verb in a relative clause on the figure's noun, or "estimated by"
    ("Jane Roe said the leak was far more than the 5,000 barrels Acme Oil estimated.", "5,000", "Acme Oil"),
    ("Jane Roe said the leak was far larger than the 5,000 barrels a day estimated by Acme Oil.", "5,000", "Acme Oil"),
    ("Her figure was well below the 42,000 barrels a day that independent scientists estimate are pouring out of the pipe.",
     "42,000", "scientists"),
    # a possessor of the figure, where the sentence compares it with a claim or a flow
    ("The new estimate is up from the government's 1,000 barrels a day.", "1,000", "government"),
    ("The new estimate is far higher than the government's 1,000 barrels a day.", "1,000", "government"),
    # an estimated measure is its possessor's estimate
    ("Acme Oil's estimated leak rate of 7,500 barrels per day was too low, Jane Roe said.", "7,500", "Acme Oil"),
])
def test_a_figure_the_sentence_credits_to_another_source(nlp, text, fig, claimant):
    f = _fig(nlp, text, fig)
    assert (f.claimant_text or "").removesuffix("'s") == claimant
    assert f.claimant_start is not None  # the evidence: where the source is named


@pytest.mark.parametrize("text,fig,claimant", [
    # the twins: an owner's count, not a claim ("pumps more than Beta Corp's"); a pronoun in
    # the relative clause names no source; a relative clause that reports nothing
    ("Acme pumps more than Beta Corp's 5,000 barrels a day.", "5,000", None),
    ("Jane Roe said the leak was far more than the 5,000 barrels it estimated.", "5,000", "Jane Roe"),
    ("Jane Roe said the leak was far more than the 5,000 barrels Acme Oil stored.", "5,000", "Jane Roe"),
    # a relative clause that gives a figure of its own: that one is its source's
    ("Acme said it would buy 310 million barrels of reserves, which Jane Roe said was about 3 percent of the total.",
     "310 million", "Acme"),
    # a possessor with no comparison: whose barrels, not whose claim
    ("Jane Roe said the tanker carried the government's 1,000 barrels.", "1,000", "Jane Roe"),
])
def test_no_other_source_without_the_sentence_crediting_it(nlp, text, fig, claimant):
    f = _fig(nlp, text, fig)
    assert f.claimant_text == claimant
    assert f.claimant_kind != "attributed"


@pytest.mark.parametrize("text,fig", [
    # a flow word, but the rate is of what is caught: the sentence takes the oil in
    ("The flow fell from the 4,000 barrels a day the hose was siphoning away.", "4,000"),
    ("The leak is slowing, and the ship now captures 9,000 barrels a day.", "9,000"),
    ("The ships can handle 70,000 barrels of leaked crude a day.", "70,000"),
    ("The new cap should contain a spill of up to 90,000 barrels per day.", "up to 90,000"),
    ("The permit put the worst-case scenario at a leak of 7.5 million gallons per day.", "7.5 million"),
])
def test_no_flow_rate_for_what_is_caught(nlp, text, fig):
    assert _fig(nlp, text, fig).measure != "flow rate"


def test_the_owner_of_an_estimated_rate_is_its_claimant_not_its_subject(nlp):
    f = _fig(nlp, "If Acme Oil's estimated leak rate of 7,500 barrels per day holds, fines will follow.", "7,500")
    assert f.measure == "flow rate" and f.subject_mention is None
    assert (f.claimant_text or "").removesuffix("'s") == "Acme Oil"
    # the twin: a possessor of a measure no estimate names is its subject, as before
    f = _fig(nlp, "Acme Oil's daily output of 5,000 barrels is steady.", "5,000")
    assert f.claimant_kind != "reported"


def test_a_flow_named_in_the_object_with_its_compound(nlp):
    """"put the flow rate at four times the 5,000 barrels a day": the object names the flow."""
    f = _fig(nlp, "New figures put the flow rate at four times Acme Oil's estimate of 5,000 barrels a day.", "5,000")
    assert f.measure == "flow rate"
    # the twin: an object that names no flow
    f = _fig(nlp, "New figures put the output at four times Acme Oil's estimate of 5,000 barrels a day.", "5,000")
    assert f.measure != "flow rate"


# a rate told on the figure's own verb (issue 20, round thirteen)
@pytest.mark.parametrize("text,fig,unit", [
    ("Jane Roe said 9,000 tonnes of grain are lost each day at Port Ellery.", "9,000", "tonnes/day"),
    ("In the delta 4,000 sheep die of the fever every year.", "4,000", "sheep/year"),
    ("At Port Ellery 120 crates are now loaded a day.", "120", "crates/day"),
])
def test_a_rate_on_the_figure_s_verb(nlp, text, fig, unit):
    sdoc, a = analyse(nlp, text)
    assert by_text(figures.extract(sdoc, a), fig).unit == unit


@pytest.mark.parametrize("text,fig,unit", [
    # twins: a day that dates, a day with no rate word
    ("Some 300 sheep fell ill a day after the storm hit Port Ellery.", "Some 300", "sheep"),
    ("Acme Corp cut 400 jobs a year ago.", "400", "jobs"),
    ("Acme Corp sold 700 boats that day.", "700", "boats"),
])
def test_no_rate_from_a_day_that_dates(nlp, text, fig, unit):
    sdoc, a = analyse(nlp, text)
    assert by_text(figures.extract(sdoc, a), fig).unit == unit

"""Round sixty, mender m6: figures' units and periods left on the seed-175 audit of three
Timeline17 dev topics (bpoil_bbc, bpoil_foxnews, bpoil_reuters).

bpoil_bbc F4 ("some 5,000 barrels, or 210,000 gallons, a day": a rate after a comma conversion),
bpoil_reuters F4 ("667,000 barrels of oil daily": the adverb after the noun's "of" phrase),
bpoil_reuters F9 ("Total losses since the spill began on April 20 stand at $100 billion": a
"since" clause's start day is no period of the running total).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed_figure

LEAD = "Harbour news\n\nThe crews met on the quay on Monday.\n\n"


# --- bpoil_bbc F4: a rate written after a conversion between commas ------------------------------

def test_a_rate_after_a_comma_conversion_is_both_figures_rate():
    text = LEAD + "The firm kept to its estimate that some 5,000 barrels, or 210,000 gallons, a day were leaking.\n"
    _, f = analysed_figure(text, "some 5,000")
    assert f.unit == "barrels/day"
    _, g = analysed_figure(text, "210,000")
    assert g.unit == "gallons/day"


def test_twin_a_dating_day_after_a_comma_conversion_is_no_rate():
    text = LEAD + "The tanker held 5,000 barrels, or 210,000 gallons, a week after the storm.\n"
    _, f = analysed_figure(text, "5,000")
    assert f.unit == "barrels"
    _, g = analysed_figure(text, "210,000")
    assert g.unit == "gallons"


# --- bpoil_reuters F4: "barrels of oil daily" ---------------------------------------------------

def test_an_adverb_of_time_after_the_of_phrase_makes_a_rate():
    text = LEAD + "The coastal pipeline, which runs from the bay to the port, normally ships about 600,000 barrels of oil daily.\n"
    _, f = analysed_figure(text, "about 600,000")
    assert f.unit == "barrels/day"


def test_twin_an_adverb_before_a_noun_it_modifies_is_no_rate():
    text = LEAD + "The pipeline company sold 300 barrels of oil daily output to the refinery.\n"
    _, f = analysed_figure(text, "300")
    assert f.unit == "barrels"


# --- bpoil_reuters F9: "since <event> began on April 20" ---------------------------------------

def test_a_since_clauses_start_day_is_no_period_of_the_total():
    text = LEAD + ("Total share losses for the embattled energy giant since the worst spill in its "
                   "history began on April 20 stand at around $100 billion, halving its value.\n")
    _, f = analysed_figure(text, "around $100 billion")
    assert f.period_timex is None and f.period is None
    assert f.period_default == "day"  # a running total: the day it is told, when the document is dated


def test_twin_a_day_the_figure_happened_on_still_dates_it():
    text = LEAD + "The firm's shares fell 5 percent on April 20 after the spill began.\n"
    _, f = analysed_figure(text, "5 percent")
    assert f.period_timex is not None


# --- bpoil_bbc F9: a bracketed conversion takes its amount's time --------------------------------

def test_a_bracketed_conversion_takes_the_converted_figures_time():
    text = LEAD + "As of Monday, the firm said it had spent $3.5 bn (£2.3 bn) dealing with the leak.\n"
    _, f = analysed_figure(text, "$3.5 bn")
    _, g = analysed_figure(text, "£2.3 bn")
    assert f.period_timex is not None and g.period_timex == f.period_timex


def test_twin_a_bracket_in_the_same_currency_is_no_conversion():
    text = LEAD + "As of Monday, the firm said it had spent $3.5 bn ($2.3 bn on booms) dealing with the leak.\n"
    _, g = analysed_figure(text, "$2.3 bn")
    assert g.period_timex is None


# --- bpoil_foxnews F11: "Scientists have discovered ..." ---------------------------------------

def test_the_subject_of_discover_claims_the_figure_it_found():
    _, f = analysed_figure(LEAD + "Scientists have discovered an oil plume at least 22 miles long in the gulf.\n", "at least 22")
    assert f.claimant_text == "Scientists"


def test_twin_a_passive_discover_names_no_claimant():
    _, f = analysed_figure(LEAD + "An oil plume at least 22 miles long was discovered in the gulf.\n", "at least 22")
    assert f.claimant_text is None and f.claimant_mention is None


# --- bpoil_foxnews F11, bpoil_bbc F3: "22 miles long", "5 feet high" -----------------------------

def test_a_dimension_adjective_after_a_length_names_the_measure():
    _, f = analysed_figure(LEAD + "The crews found a slick at least 22 miles long near the reef.\n", "at least 22")
    assert f.measure == "length"
    _, g = analysed_figure(LEAD + "The steel dome is 1.5 m (5 feet) high and sits over the pipe.\n", "5")
    assert g.measure == "height"


def test_twin_along_or_a_comparative_names_no_dimension():
    _, f = analysed_figure(LEAD + "The crews towed the slick 5 miles along the reef.\n", "5")
    assert f.measure != "length"
    _, g = analysed_figure(LEAD + "The water in the bay stood 3 feet higher than the dock.\n", "3")
    assert g.measure != "height"


# --- bpoil_foxnews F12: "400,000 claims filed so far" -------------------------------------------

def test_a_count_of_things_filed_is_measured_by_filed():
    _, f = analysed_figure(LEAD + "The fund is doing the best it can given the more than 400,000 claims filed so far.\n",
                           "more than 400,000")
    assert f.measure == "filed"


def test_twin_a_count_filed_by_a_subject_is_no_participle_of_the_count():
    _, f = analysed_figure(LEAD + "The lawyers filed 400 claims against the firm on Monday.\n", "400")
    assert f.measure != "filed"

"""Round sixteen (20p): a comparison's old value and its time, on short invented texts;
each rule with its must-not-fire twin. The document is dated by metadata as in
test_figures_period."""

from __future__ import annotations

import pytest
from test_figures_period import PUB, periods

# --- the old value never takes the new value's time ------------------------------------


def test_an_old_value_told_previously_takes_no_date_of_the_new_one(nlp):
    got = periods(nlp, "Port Ellery council on Friday widened the no-swim zone to 30 percent of the bay, up from 15 percent previously.")
    assert got["15 percent"] == (None, None)


def test_twin_the_new_value_keeps_its_day(nlp):
    got = periods(nlp, "Port Ellery council on Friday widened the no-swim zone to 30 percent of the bay, up from 15 percent previously.")
    assert got["30 percent"] == ("2010-04-30", "timex")


# --- the time after an old value is its own, wherever the parse hangs it ---------------


def test_a_time_after_the_old_value_dates_the_old_value_only(nlp):
    got = periods(nlp, "The Acme group is worth 40 billion pounds against more than 90 billion pounds in March.")
    assert got["more than 90 billion pounds"] == ("2010-03", "timex")
    # the parse hangs "in March" on "worth": it and the words disagree, so the new value abstains
    assert got["40 billion pounds"] == (None, None)


def test_twin_a_time_of_the_new_value_dates_it(nlp):
    got = periods(nlp, "The firm was worth 40 billion pounds in March.")
    assert got["40 billion pounds"] == ("2010-03", "timex")


@pytest.mark.parametrize("text, new, old", [
    ("Sales rose to $5 million in 2009, up from $3 million in 2008.", ("$5 million", "2009"), ("$3 million", "2008")),
    ("Acme earned $8 million in 2009 compared with $6 million in 2007.", ("$8 million", "2009"), ("$6 million", "2007")),
])
def test_each_value_keeps_its_own_time(nlp, text, new, old):
    got = periods(nlp, text)
    assert got[new[0]][0] == new[1] and got[old[0]][0] == old[1]


def test_twin_a_time_of_a_day_after_a_change_is_no_old_value(nlp):
    got = periods(nlp, "The stock fell 20 percent on April 26.")
    assert got["20 percent"] == ("2010-04-26", "timex")


# --- "the same period of <year>" --------------------------------------------------------


def test_the_same_period_takes_the_new_values_part_of_the_year(nlp):
    got = periods(nlp, "Acme said net profit was $3.10 billion in the first quarter, up from $1.25 billion in the same period of 2009.")
    assert got["$1.25 billion"] == ("2009-Q1", "timex")
    assert got["$3.10 billion"][0] == "2010-Q1"


def test_twin_the_same_period_with_no_part_told_abstains(nlp):
    got = periods(nlp, "Acme said net profit was $3.10 billion, up from $1.25 billion in the same period of 2009.")
    assert got["$1.25 billion"] == (None, None)


def test_a_change_from_x_to_y_is_one_change_not_a_comparison(nlp):
    got = periods(nlp, "The company's revenue in 2019 could decline from $90 billion to $70 billion.")
    assert got["$90 billion"][0] == "2019"


def test_the_publication_day_stays_for_a_count_told_as_of_now(nlp):
    got = periods(nlp, "The bureau has confirmed 83 cases in the region, up from 70 yesterday.")
    assert got["83"] == (PUB, "published")


# --- a measure noun belongs to the number it counts, not to the figure beside it -------

def _figs(nlp, text):
    from test_figures_extract import analyse

    from storyline.analyse import figures

    sdoc, a = analyse(nlp, text)
    return {f.text: f for f in figures.extract(sdoc, a)}


def test_a_sum_coordinated_after_a_count_does_not_take_the_counts_noun(nlp):
    got = _figs(nlp, "Port Ellery could shed 12,000 posts and $1.5 billion of trade, Jane Roe warned.")
    assert got["$1.5 billion"].measure != "jobs"


def test_twin_the_count_keeps_its_own_noun_measure(nlp):
    got = _figs(nlp, "Acme has 12,000 jobs in Port Ellery.")
    assert got["12,000"].unit == "jobs"


def test_a_count_beside_a_verbs_sum_does_not_take_the_sums_measure(nlp):
    got = _figs(nlp, "The fair earns $40 million in ticket sales from about 2 million guests a year.")
    assert got["about 2 million"].measure is None
    assert got["$40 million"].measure is not None


def test_twin_a_verbs_measure_names_its_own_object(nlp):
    got = _figs(nlp, "Acme raised $5 billion from investors.")
    assert got["$5 billion"].measure == "funding"


# --- a rate after a range applies to both ends (held at base; guarded here) -------------

def test_a_rate_after_a_range_is_the_ranges_unit(nlp):
    got = _figs(nlp, "The fines were set at $500 to $2,000 a barrel by the act.")
    assert got["$500 to $2,000"].unit == "USD/barrel"


def test_twin_a_range_with_no_rate_stays_a_sum(nlp):
    got = _figs(nlp, "The fines were set at $500 to $2,000 by the act.")
    assert got["$500 to $2,000"].unit == "USD"


def test_twin_a_sum_beside_a_counted_object_keeps_the_verbs_measure(nlp):
    got = _figs(nlp, "Acme has paid 120 of the 900 claims filed, for a total of $7 million.")
    assert got["$7 million"].measure == "payments"


def test_twin_a_count_coordinated_with_the_same_noun_keeps_it(nlp):
    got = _figs(nlp, "The closure could eliminate up to 300 jobs this spring and possibly 1,200 jobs next year.")
    assert got["1,200"].measure == "jobs"


def test_an_old_value_a_year_earlier_is_dated_by_it(nlp):
    got = periods(nlp, "Third-quarter net income dropped to $41m from $57m a year earlier.")
    assert got["$57m"] == ("2008-Q3", "timex") and got["$41m"] == ("2009-Q3", "timex")

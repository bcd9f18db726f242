"""Round fifty-seven, mender m7: figures left wrong on the rebuilt seed-172 audit (extraction_web,
181 pages). Each rule has a test that failed before its change and a must-not-fire twin; the
texts are invented for these tests."""

from __future__ import annotations

import pytest
from pipeline_helpers import figure_and_subject, figures_of

from storyline.analyse import nlp as a_nlp
from storyline.analyse import quantities


@pytest.fixture(scope="module")
def nlp():
    return a_nlp.load()


def _parsed(text: str):
    return [(q.text, q.kind, q.value, q.low, q.high) for q in quantities.parse(text)]


# F7: "97%–98%", two shares summing over 100, is a range, not two sides' shares


def test_two_shares_over_a_whole_across_a_dash_are_a_range():
    got = _parsed("Her blood oxygen now reads 95%–99% on most days.")
    assert got == [("95%–99%", "range", None, 95.0, 99.0)]


def test_twin_two_sides_shares_across_a_dash_stay_a_pair():
    got = _parsed("Voters backed the plan by 58%-33%, the poll found.")
    assert [g[0] for g in got] == ["58%", "33%"]


def test_twin_a_low_then_high_pair_under_a_whole_stays_a_pair():
    got = _parsed("The mayor trails, 41%-52%, among women.")
    assert [g[0] for g in got] == ["41%", "52%"]


# F1: "N <unit> to more (than) M <unit>" is an open range: at least N, never an exact N


def test_a_range_open_at_the_top_is_a_lower_bound():
    got = _parsed("The van can drive 150 miles to more than 200 miles per charge.")
    assert len(got) == 1 and got[0][1] == "bound" and got[0][3] == 150.0 and got[0][2] is None


def test_a_range_open_at_the_top_with_than_left_out_is_a_lower_bound():
    got = _parsed("The van can drive 150 miles to more 200 miles per charge.")
    assert len(got) == 1 and got[0][1] == "bound" and got[0][3] == 150.0


def test_twin_a_change_to_more_than_is_read_as_before():
    got = _parsed("Sales rose 5% to more than 10% of the market.")
    assert not any(g[1] == "bound" and g[3] == 5.0 for g in got)


def test_twin_a_plain_range_stays_a_range():
    got = _parsed("The van can drive 150 miles to 200 miles per charge.")
    assert not any(g[1] == "bound" for g in got)


# F22: a name between a sum and the noun it prices is the thing's maker, not the sum's subject


def test_a_makers_name_before_the_priced_noun_is_no_subject(nlp):
    _, subject = figure_and_subject(nlp, "She bought a $99 Logitech mouse last week.", "$99")
    assert subject is None


def test_a_makers_name_in_a_model_name_before_the_priced_noun_is_no_subject(nlp):
    text = "The old one was replaced with an even better reviewed $99 Logitech MX Master 3 advanced mouse."
    _, subject = figure_and_subject(nlp, text, "$99")
    assert subject != "Logitech"


def test_twin_a_name_before_the_sum_keeps_it(nlp):
    _, subject = figure_and_subject(nlp, "Acme Corp's $5 million bond sale closed on Friday.", "$5 million")
    assert subject == "Acme Corp"


def test_twin_a_sum_before_a_name_that_is_the_thing_keeps_it(nlp):
    text = "The $47 billion Acme State Employees Retirement System said it would sell the shares."
    _, subject = figure_and_subject(nlp, text, "$47 billion")
    assert subject == "Acme State Employees Retirement System"


# F13: the subject of a verb of change with an object, the figure its "by", is the cause, no measure


def _measure(nlp, text: str, fig: str):
    _, items = figures_of(nlp, text)
    hits = [f for f in items if f.text == fig]
    assert hits, [f.text for f in items]
    return hits[0].measure


def test_the_cause_of_a_change_is_not_its_measure(nlp):
    text = "The study found that the new tariffs would reduce output by 0.3 percent next year."
    assert _measure(nlp, text, "0.3 percent") != "tariffs"


def test_twin_a_subject_that_changes_keeps_its_measure(nlp):
    text = "The study found that wages would fall by 0.3 percent next year."
    assert _measure(nlp, text, "0.3 percent") == "wages"


# F13: a time on the verb of a forecast dates the forecast, not the modal clause it foresees


def _period(text: str, fig: str):
    from storyline.pipeline import analyse_record
    from storyline.types import Record

    a = analyse_record(Record(source="x.txt", text=text, date="2019-08-20"))
    hits = [f for f in a.figures if f.text == fig]
    assert hits, [f.text for f in a.figures]
    return hits[0].period


def test_the_day_a_forecast_was_made_is_not_its_period():
    assert _period("The group predicted on Monday that the plant would cut 300 jobs.", "300") is None


def test_a_forecast_dated_only_on_its_verb_takes_no_publication_year():
    text = "The Acme Institute projected in May that the duties would reduce output by $5 billion."
    assert _period(text, "$5 billion") is None


def test_twin_the_foreseen_time_written_in_its_clause_dates_it():
    assert _period("The group predicted on Monday that the plant would cut 300 jobs in 2021.", "300") == "2021"


def test_twin_a_time_on_a_verb_of_saying_is_read_as_before():
    assert _period("The group said on Monday that the plant would cut 300 jobs.", "300") == "2019-08-19"

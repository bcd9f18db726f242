"""Figure values and periods in the shapes the held-out seed-59 audit judged wrong (issue 20,
round twenty, 20f): a number with a leading zero (a dialling prefix) read as an amount; a
dashed range whose first number shares the thousands of the second ("7-10,000") read with
a low of 7; a change "by X to Y" read as a range X-Y; a local clock paired with a zone's
clock ("by 1100 (1600 GMT)") read as a year; a second count given its neighbour's measure
("deaths" for people affected); the worth of a holding read as a share price; who raised an
estimate taken as its subject. Each rule beside a twin where it must not fire. All sentences invented."""

from __future__ import annotations

from pipeline_helpers import figure_and_subject, figures_of

from storyline import pipeline, schema
from storyline.analyse import quantities
from storyline.resolve import dating
from storyline.resolve.figures import _period


def _parsed(text: str) -> dict[str, tuple]:
    return {q.text: (q.kind, q.value, q.low, q.high) for q in quantities.parse(text)}


# ---------------------------------------------------------------- leading zeros


def test_a_dialling_prefix_is_no_quantity():
    assert _parsed("Calls from abroad to 0345 lines are billed at the usual rate.") == {}


def test_a_decimal_below_one_stays_a_quantity():
    # twin: a leading zero before a decimal point is a number
    assert _parsed("Shares in the bank slipped 0.45 percent on Monday.") == {
        "0.45 percent": ("value", 0.45, None, None)}


def test_a_dialling_prefix_gives_no_figure(nlp):
    _, items = figures_of(nlp, "Calls from abroad to 0345 lines are billed at the usual rate of 12 pence.")
    assert [f.text for f in items] == ["12"]


# ---------------------------------------------------------------- shared thousands


def test_a_dashed_range_shares_the_thousands_of_its_second_number():
    assert _parsed("Roughly 4-6,000 barrels have reached the shore so far.") == {
        "Roughly 4-6,000": ("range", None, 4000.0, 6000.0)}


def test_a_range_written_in_full_keeps_its_low():
    # twin: both numbers written out
    assert _parsed("Roughly 4,500-6,000 barrels have reached the shore so far.") == {
        "Roughly 4,500-6,000": ("range", None, 4500.0, 6000.0)}


def test_a_scale_from_one_to_a_thousand_keeps_its_low():
    # twin: the thousands would not keep the low below the high
    assert _parsed("Each site is rated on a 1-1,000 scale by the inspectors.")["1-1,000"] == ("range", None, 1.0, 1000.0)


# ---------------------------------------------------------------- by X to Y


def test_a_change_by_x_to_y_is_no_range():
    got = _parsed("Last week the insurer raised its claims reserve by $3.4 billion to $22 billion.")
    assert got == {"$3.4 billion": ("value", 3.4e9, None, None), "$22 billion": ("value", 22e9, None, None)}


def test_a_change_by_a_range_with_one_unit_stays_a_range():
    # twin: the unit written once after both numbers is a range of the change's size
    got = _parsed("Fares are expected to rise by 5 to 8 percent next year.")
    assert got == {"5 to 8 percent": ("range", None, 5.0, 8.0)}


def test_a_range_of_sums_with_no_by_stays_a_range():
    # twin: no "by" before the first sum
    got = _parsed("The repairs could cost $3.4 billion to $22 billion, the insurer said.")
    assert got == {"$3.4 billion to $22 billion": ("range", None, 3.4e9, 22e9)}


# ---------------------------------------------------------------- a clock paired with a zone's


def _periods(nlp, text: str, pub: str = "2010-01-15") -> dict[str, tuple]:
    a = pipeline.analyse_document(
        schema.Document(id="d1", text=text, published=schema.Published(value=pub, source="metadata")), nlp)
    dating.reanchor(a)
    return {f.text: _period(a, f) for f in a.figures}


def test_a_local_clock_beside_a_zone_clock_is_no_year(nlp):
    got = _periods(nlp, "A nurse at the clinic said that by 0900 (1400 GMT) at least 300 patients had been seen.")
    assert got["at least 300"][0] != "0900"
    assert all(p[0] != "0900" for p in got.values())


def test_a_year_before_a_parenthesis_stays_a_year(nlp):
    # twin: a year followed by a parenthesis holding no clock
    got = _periods(nlp, "By 1998 (the last census) at least 300 families lived in the valley.")
    assert got["at least 300"][0] == "1998"


# ---------------------------------------------------------------- measures of a second count


def _measures(nlp, text: str) -> dict[str, str | None]:
    _, items = figures_of(nlp, text)
    return {f.text: f.measure for f in items}


def test_a_count_coordinated_with_a_verb_takes_no_measure_from_it(nlp):
    got = _measures(nlp, "The agency estimates that up to 8,000 people were killed and one million people "
                         "affected by the floods.")
    assert got["up to 8,000"] == "deaths"
    assert got["one million"] != "deaths"


def test_an_on_in_a_relative_clause_names_no_measure(nlp):
    got = _measures(nlp, "The agency estimates that up to 8,000 people were killed by the floods, which rose 3 metres on the coast.")
    assert got["up to 8,000"] == "deaths"


def test_a_count_with_a_verb_of_its_own_takes_no_neighbours_measure(nlp):
    got = _measures(nlp, "The agency estimates that up to 8,000 people were killed and one million people were affected by the floods.")
    assert got["up to 8,000"] == "deaths"
    assert got["one million"] != "deaths"


def test_the_verbs_own_on_still_names_the_measure(nlp):
    # twin: an "on" of the verb itself
    got = _measures(nlp, "Police said 40 people were killed on the roads over the holiday.")
    assert got["40"] == "roads deaths"


def test_a_second_count_of_the_same_verb_keeps_the_measure(nlp):
    # twin: a second count with no verb of its own takes its neighbour's
    got = _measures(nlp, "The storm killed 30 people in the north; 45 people in the south.")
    assert got["30"] == got["45"] == "deaths"


# ---------------------------------------------------------------- the worth of a holding


def test_the_worth_of_a_holding_is_no_share_price(nlp):
    got = _measures(nlp, "Acme Bank said it had sold all its Zeta shares, worth about 8 million euros ($10 million), from its funds.")
    assert got["about 8 million euros"] != "share price"
    assert got["$10 million"] != "share price"


def test_a_share_closing_at_a_sum_is_a_share_price(nlp):
    # twin: the price the shares closed at
    got = _measures(nlp, "Zeta shares closed at 8 euros ($10) in Frankfurt.")
    assert got["8 euros"] == "share price"


def test_shares_worth_a_sum_with_no_scale_word_are_a_price(nlp):
    # twin: "worth 6.50 euros" is what one share fetched
    got = _measures(nlp, "Zeta's shares were worth 6.50 euros before the fire.")
    assert got["6.50 euros"] == "share price"


# ---------------------------------------------------------------- who raised an estimate


def test_who_raised_an_estimate_is_not_its_subject(nlp):
    _, subject = figure_and_subject(
        nlp, "Also late on Monday, a panel of engineers named by the state to study the leak raised its estimate "
             "to as much as 40,000 barrels per day.", "as much as 40,000")
    assert subject is None


def test_what_raised_its_own_flow_stays_the_subject(nlp):
    # twin: the verb's object is the measure itself, not an estimate
    _, subject = figure_and_subject(nlp, "The mill raised production to 4,000 tonnes a week.", "4,000")
    assert subject == "The mill"

"""Round forty-four, integrator (in-sample, seed 159): figure mends, each with a twin. Texts written
for the test."""

from __future__ import annotations

from storyline.analyse import quantities
from storyline.pipeline import analyse_record
from storyline.types import Record


def _figures(text: str):
    return analyse_record(Record(source="t.txt", text=text)).figures


def test_a_lower_and_an_upper_bound_joined_by_and_are_one_range():
    # H1N1_reuters F4: "at least 20 and up to 81 deaths" was shown as at most 81, no low end
    qs = quantities.parse("The ministry is reporting at least 20 and up to 81 deaths from the virus.")
    assert [(q.kind, q.low, q.high) for q in qs] == [("range", 20, 81)]
    fs = _figures("The ministry is reporting at least 20 and up to 81 deaths from the virus.")
    assert [(f.kind, f.low, f.high, f.unit) for f in fs] == [("range", 20, 81, "deaths")]


def test_twin_two_bounds_of_two_counts_stay_two():
    qs = quantities.parse("The ministry reported at least 20 deaths and up to 81 injuries.")
    assert [(q.kind, q.bound) for q in qs] == [("bound", "lower"), ("bound", "upper")]


def test_twin_a_lower_bound_above_the_upper_is_no_range():
    qs = quantities.parse("It sold at least 90 and up to 81 more were on order.")
    assert not any(q.kind == "range" for q in qs)


def test_a_count_that_is_the_object_of_two_joined_verbs_has_both_as_its_measure():
    # bpoil_reuters F18/F19: "collected or burned off 23,290 barrels" measured as "burned off"
    fs = _figures("The company said it collected or burned off 23,290 barrels of crude on Sunday.")
    assert fs and fs[0].measure == "collected or burned off"


def test_twin_a_verb_with_its_own_object_before_the_joined_one_is_left_out():
    fs = _figures("The crew collected the boom and burned off 23,290 barrels of crude on Sunday.")
    assert fs and fs[0].measure == "burned off"

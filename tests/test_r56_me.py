"""Round fifty-six (issue 20), seed 171 H1N1_reuters F5 and F7: a temperature's scale is part of its
unit, and a preposition between a number and a later plural noun leaves the noun uncounted."""

from __future__ import annotations

from pipeline_helpers import analysed

LEAD = "Health officials met on Monday to review the outbreak and the advice given to cooks.\n\n"


def _figure(a, text: str):
    hits = [f for f in a.figures if f.text == text]
    assert hits, [f.text for f in a.figures]
    return hits[0]


def _units(a) -> dict[str, str | None]:
    return {f.text: f.unit for f in a.figures}


def test_degrees_with_a_named_scale_take_the_scale_as_their_unit():
    a = analysed("Kitchen advice\n\n" + LEAD
                 + "Heating chicken to 165 degrees Fahrenheit kills most germs, the agency said.\n")
    assert _figure(a, "165").unit == "degrees Fahrenheit"


def test_twin_degrees_with_no_scale_stay_degrees():
    a = analysed("Road works\n\n" + LEAD + "The new ramp turns through 90 degrees before it meets the bridge, the engineer said.\n")
    assert _figure(a, "90").unit == "degrees"


def test_a_number_before_as_and_a_later_clause_counts_none_of_its_nouns():
    a = analysed("Flu toll\n\n" + LEAD
                 + "Officials cut their suspected death toll to 80 from as many as 150 as more test results came back negative.\n")
    assert _units(a).get("as many as 150") != "results"


def test_twin_a_count_with_modifiers_still_counts_its_noun():
    a = analysed("Flu toll\n\n" + LEAD + "Officials said as many as 150 more test results came back negative on Sunday.\n")
    assert _units(a).get("as many as 150") == "results"

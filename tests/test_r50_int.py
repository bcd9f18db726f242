"""Round fifty, integrator: in-sample mend from the rebuilt seed-165 audit (bpoil_washingtonpost
F7, F14, F15: "a minimum of $N" shown as an exact N). A rule with a test that fires and a twin
where it must not. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure


def test_a_minimum_of_a_sum_is_a_lower_bound():
    _, f = analysed_figure("The panel members held a minimum of $3.2 million in energy shares, the forms show.",
                           "a minimum of $3.2 million")
    assert f.bound == "lower" and f.value is None and f.low == 3_200_000


def test_a_maximum_of_a_count_is_an_upper_bound():
    _, f = analysed_figure("The ship can process a maximum of 500,000 gallons a day, engineers said.",
                           "a maximum of 500,000")
    assert f.bound == "upper" and f.value is None and f.high == 500_000


def test_twin_a_sum_with_no_bound_word_is_exact():
    _, f = analysed_figure("The panel members held $3.2 million in energy shares, the forms show.", "$3.2 million")
    assert f.bound is None and f.value == 3_200_000

"""Round fifty-five, engineer e3 (issue 20, figures a reader can trust): each rule with a test
that fires and a twin where it must not. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure

# --- a sum's own "in" phrase naming a kind of money is its measure ------------------------------
# (figures._in_measure, data/in_sum_nouns.txt)


def test_a_sum_in_damages_measures_the_damages():
    _a, f = analysed_figure("Roe has sought $10 million in damages from his former adviser.", "$10 million")
    assert f.measure == "damages"


def test_a_sum_in_incentives_measures_the_incentives():
    _a, f = analysed_figure("The bakery was promised $90 million in incentives from the city.", "$90 million")
    assert f.measure == "incentives"


def test_a_sum_in_modified_payments_keeps_its_modifiers():
    _a, f = analysed_figure("The ledgers show he was to receive $12.7 million in undisclosed cash payments.", "$12.7 million")
    assert f.measure == "undisclosed cash payments"


def test_a_verbs_in_right_after_its_sum_names_a_gift():
    # (the parse hangs this "in" on the verb, not on the sum)
    _a, f = analysed_figure("Sen. Jane Roe, R-N.H., returned $43,100 in Ruritanian donations last year.", "$43,100")
    assert f.measure == "ruritanian donations"


def test_twin_a_sum_in_a_place_noun_is_no_measure():
    _a, f = analysed_figure("The group put $2 million in swing states before the vote.", "$2 million")
    assert f.measure != "swing states"


def test_twin_a_verbs_in_naming_a_measure_noun_is_where_money_goes():
    # the same verb-hung "in", its noun a measures.tsv noun but no kind of money
    _a, f = analysed_figure("Sen. Jane Roe, R-N.H., returned $43,100 in Ruritanian capacity last year.", "$43,100")
    assert f.measure is None


def test_twin_a_sum_in_a_counted_time_is_no_measure():
    _a, f = analysed_figure("She brought her debt down to $42,000 in five years.", "$42,000")
    assert f.measure is None or "year" not in f.measure


def test_twin_a_kind_of_money_is_lent_to_no_neighbour():
    a, _f = analysed_figure("The filing showed $200,000 in payments for list rentals to Acme Media, "
                            "and $153,000 on field organisers in Ruritania.", "$200,000")
    f = next(x for x in a.figures if x.text == "$153,000")
    assert _f.measure == "payments for list rentals" and f.measure is None


def test_a_kind_of_money_with_a_pair_of_modifiers_is_the_noun_alone():
    _a, f = analysed_figure("The groups booked $27 million in TV and radio advertising for January.", "$27 million")
    assert f.measure == "advertising"


def test_twin_a_kind_of_money_with_one_modifier_keeps_it():
    _a, f = analysed_figure("The groups booked $27 million in radio advertising for January.", "$27 million")
    assert f.measure == "radio advertising"

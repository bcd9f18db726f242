"""Round fifty-five, engineer e3 (issue 20, figures a reader can trust): each rule with a test
that fires and a twin where it must not. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure

# --- a sum's own "in" phrase naming a kind of money is its measure ------------------------------
# (figures._in_measure, data/in_sum_nouns.txt)


def test_a_sum_in_damages_measures_the_damages():
    _a, f = analysed_figure("The fire caused $60,000 in damages to the crane.", "$60,000")
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
    assert _f.measure == "payments" and f.measure is None


def test_a_kind_of_money_with_a_pair_of_modifiers_is_the_noun_alone():
    _a, f = analysed_figure("The groups booked $27 million in TV and radio advertising for January.", "$27 million")
    assert f.measure == "advertising"


def test_twin_a_kind_of_money_with_one_modifier_keeps_it():
    _a, f = analysed_figure("The groups booked $27 million in radio advertising for January.", "$27 million")
    assert f.measure == "radio advertising"


def test_a_kind_of_moneys_for_phrase_is_left_out():
    _a, f = analysed_figure("The city offered $90 million in incentives for the Ruritania bakery.", "$90 million")
    assert f.measure == "incentives"


def test_twin_a_kind_of_money_coordinated_with_others_stays_open():
    _a, f = analysed_figure("Acme settled the charges in a deal that included $1 billion in penalties, damages and restitution.",
                            "$1 billion")
    assert f.measure is None


def test_twin_a_price_paid_in_cash_is_no_cash():
    _a, f = analysed_figure("Acme agreed to sell its Ruritania unit for $7 billion in cash.", "$7 billion")
    assert f.measure != "cash"


def test_a_holding_in_cash_measures_the_cash():
    _a, f = analysed_figure("Acme said it had $5 billion in cash at the end of June.", "$5 billion")
    assert f.measure == "cash"


def test_twin_a_sum_in_a_traded_stock_is_no_share_price():
    _a, f = analysed_figure("The records list nearly $100,000 in Acme stock held by Senator Roe.", "nearly $100,000")
    assert f.measure is None


def test_twin_a_sum_a_verb_of_change_acts_on_names_no_level():
    _a, f = analysed_figure("Acme cut 5,000 jobs, saving $4 billion in operating expenses.", "$4 billion")
    assert f.measure != "operating expenses"


def test_a_sum_a_verb_takes_away_keeps_its_kind_of_money():
    _a, f = analysed_figure("Congress eliminated $18 million in federal grants to each city.", "$18 million")
    assert f.measure == "federal grants"


def test_a_sum_raised_in_a_kind_of_money_is_measured_by_it():
    _a, f = analysed_figure("Roe is promising donors who raise $10,800 in new primary money two VIP tickets.", "$10,800")
    assert f.measure == "new primary money"


def test_twin_a_sum_in_two_coordinated_ins_stays_open():
    _a, f = analysed_figure("Allies offered $854 million in cash and in oil to the new government.", "$854 million")
    assert f.measure != "cash"


def test_a_coordinated_figure_after_the_sum_leaves_its_measure():
    _a, f = analysed_figure("The firm said it held $2 billion in cash and $9 billion of bank lines.", "$2 billion")
    assert f.measure == "cash"


# --- a sum written before a noun that is itself a sum of money is that noun's size --------------
# (figures._sized_noun_measure, data/sized_sum_nouns.txt)


def test_a_sum_before_a_settlement_measures_the_settlement():
    _a, f = analysed_figure("In 2009 the firm agreed to a $7 million settlement with the state attorney general.", "$7 million")
    assert f.measure == "settlement"


def test_a_sum_before_a_modified_grant_keeps_the_modifier_and_leaves_the_to_phrase():
    _a, f = analysed_figure("The station was rebuilt with a $235 million stimulus grant to the city.", "$235 million")
    assert f.measure == "stimulus grant"


def test_twin_a_sum_before_a_thing_it_prices_is_no_measure():
    _a, f = analysed_figure("She wore a $157 sheath from her own clothing line.", "$157")
    assert f.measure is None


def test_twin_a_sum_in_an_idiom_is_no_measure():
    _a, f = analysed_figure("\"That is the $64,000 question,\" Roe said of the primary.", "$64,000")
    assert f.measure is None


def test_twin_a_sum_set_off_from_its_noun_is_no_measure():
    _a, f = analysed_figure("The book prompted a $5 billion, ultimately unsuccessful, fund appeal.", "$5 billion")
    assert f.measure != "fund appeal" and f.measure != "fund"


def test_twin_a_settlements_measure_is_lent_to_no_neighbour():
    a, f = analysed_figure("Acme agreed to a $7 million settlement and paid $2 million to the lawyers.", "$7 million")
    g = next(x for x in a.figures if x.text == "$2 million")
    assert f.measure == "settlement" and g.measure != "settlement"


def test_twin_a_sum_a_party_claims_for_itself_keeps_no_in_measure():
    _a, f = analysed_figure("Contogouris claims $10.6 million in damages from the company.", "$10.6 million")
    assert f.measure is None


def test_twin_a_sum_sued_for_keeps_no_in_measure():
    _a, f = analysed_figure("The travel group is suing Acme for $500m in promotional compensation.", "$500m")
    assert f.measure is None


def test_a_sum_paid_in_damages_keeps_its_in_measure():
    _a, f = analysed_figure("A jury awarded the fishermen $5 billion in punitive damages in 1994.", "$5 billion")
    assert f.measure == "punitive damages"


def test_a_sized_noun_in_quotation_marks_is_the_noun_alone():
    _a, f = analysed_figure('Roe said Acme was forced to set up a $20bn "slush fund" for the victims.', "$20bn")
    assert f.measure == "fund"


def test_twin_a_sized_noun_unquoted_keeps_its_modifier():
    _a, f = analysed_figure("Roe said Acme was forced to set up a $20bn compensation fund for the victims.", "$20bn")
    assert f.measure == "compensation fund"

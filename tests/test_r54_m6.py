"""Round fifty-four, integrator's figure mends (issue 20; in-sample mends of seed 169's judged
figures): each rule with a test that fires and a twin where it must not. Texts are written for
the tests."""

from __future__ import annotations

from pipeline_helpers import analysed, analysed_figure
from pipeline_helpers import subject_words as _subject

from storyline.analyse import quantities

# --- a fraction word that is the adjective of the next noun is an ordinal, no share -------------
# (figures._ordinal_modifier; seed 169's fnc1_c086 F6/F7 read "a third party" as 33.333%)


def test_a_third_party_is_no_share():
    a = analysed("The investigator said he was paid by a third party on behalf of the family.")
    assert not [f for f in a.figures if f.text.lower().endswith("third")]


def test_a_third_contractor_is_no_share():
    a = analysed("The work was done by a third contractor, the city said.")
    assert not [f for f in a.figures if "third" in f.text.lower()]


def test_twin_fell_by_a_third_is_a_share():
    a, f = analysed_figure("Sales at the Ruritanian plant fell by a third in 2015, the company said.", "a third")
    assert f.unit == "%" and round(f.value) == 33


def test_twin_a_third_of_the_payments_is_a_share():
    a, f = analysed_figure("A third of the payments to the contractor were late, the auditor said.", "A third")
    assert f.unit == "%"


# --- a "$" amount followed by a country's name is that country's dollar --------------------------
# (units.tsv's dollar_country and the Canadian/Australian/... dollars suffixes; seed 169's fnc1_c060
# F3 read "just under $29 Canadian" as USD)


def _units(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start : q.end], q.unit) for q in quantities.parse(text)]


def test_a_dollar_amount_with_a_country_after_it_is_that_countrys_dollar():
    assert _units("an invoice for £15.95 (just under $29 Canadian) in his bag") == [
        ("£15.95", "GBP"), ("under $29 Canadian", "CAD")]


def test_a_dollar_amount_in_a_countrys_dollars_is_that_currency():
    assert _units("It cost $40 Australian dollars to enter.") == [("$40 Australian dollars", "AUD")]
    assert _units("It cost 40 Canadian dollars to enter.") == [("40 Canadian dollars", "CAD")]


def test_twin_a_country_adjective_of_a_noun_after_a_dollar_amount_stays_usd():
    assert _units("They sell a $20 Australian wine here.") == [("$20", "USD")]


def test_twin_a_count_before_a_country_adjective_is_no_currency():
    assert ("29", "CAD") not in _units("The $29 fee went to 29 Canadian soldiers.")


# --- a verb's object that is no measure noun owns a figure in its phrase, not the verb's subject --
# (figures._noun_phrase_subject; seed 169's fnc1_c060 F1 read "the envelope" for a bill's $24 fee)


def test_a_figure_in_a_contained_objects_phrase_is_not_the_containers():
    a, f = analysed_figure('Doe says the envelope contained a bill for a $24 "child\'s party no-show fee."', "$24")
    assert _subject(a, f) != "the envelope"


def test_a_figure_attached_to_the_verb_beside_an_object_is_not_the_subjects():
    a, f = analysed_figure("The box contained a cheque for $500.", "$500")
    assert _subject(a, f) is None


def test_twin_a_counted_object_keeps_the_verbs_subject():
    a, f = analysed_figure("The spill has released 5,000 barrels of oil into the bay.", "5,000")
    assert _subject(a, f) == "The spill"


# --- a first person outside a quotation is no claimant ------------------------------------------
# (figures._claimant_found; seed 169's fnc1_c067 F11/F12 read "Households", fnc1_c085 F3 "PLOS")


def test_the_writers_we_names_no_claimant():
    a, f = analysed_figure("Households above $60,000 had fewer uninsured to begin with, so we would expect smaller "
                           "drops, but they, too, went from 9 percent to 7.4 percent.", "9 percent")
    assert f.claimant_text is None


def test_an_unquoted_we_report_names_no_claimant():
    a, f = analysed_figure("PLOS is a respected journal. Based on the analysis of over 1000 human samples, "
                           "we report evidence that the fragments enter the blood.", "over 1000")
    assert f.claimant_text is None


def test_twin_a_we_inside_a_quotation_is_its_speakers():
    a, f = analysed_figure('"We expect sales of 5,000 cars this year," Acme Corp said.', "5,000")
    assert f.claimant_text == "Acme Corp"


# --- a span of years right after a figure gives it no single period ------------------------------
# (figures._YEAR_SPAN_AFTER; seed 169's fnc1_c067 F4 dated "to 1.5% in 2010-2015" to 2010 from
# another clause's "in 2010")


def test_a_figure_of_a_span_of_years_takes_no_other_clauses_year():
    a, f = analysed_figure("Spending has slowed since the law passed in 2010, to 1.5% in 2010-2015.", "1.5%")
    assert f.period is None


def test_twin_a_figure_with_one_year_after_it_keeps_it():
    a, f = analysed_figure("Spending has slowed since the law passed in 2010, to 1.5% in 2015.", "1.5%")
    assert f.period == "2015"


def test_twin_an_object_a_verb_of_change_moves_keeps_its_subject():
    a, f = analysed_figure("The new diet reduced the risk of heart attacks by 14%, the study found.", "14%")
    assert _subject(a, f) == "the risk of heart attacks"


def test_twin_a_named_object_of_cost_leaves_the_subject_to_the_rules_before():
    a, f = analysed_figure("The Zephyr X2 costs Acme Corp $180 to build, a teardown found.", "$180")
    assert _subject(a, f) == "The Zephyr X2"

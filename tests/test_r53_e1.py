"""Round fifty-three, engineer e1 (issue 20, figure subjects and measures): each rule with a test
that fires and a twin where it must not. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure
from pipeline_helpers import subject_words as _subject

# --- a crossed count's owner: the "with" of a verb of having, a coordinated verb's subject -------
# (figures._clause_owner; round fifty-two's reverted late change, censused this round)


def test_a_crossed_count_in_a_fronted_with_phrase_of_has_is_the_subjects():
    a, f = analysed_figure("With over 170 reported flu cases, Ruritania has one of the highest rates in Europe.", "over 170")
    assert f.unit == "cases" and _subject(a, f) == "Ruritania"


def test_a_crossed_count_in_a_trailing_with_phrase_of_has_is_the_subjects():
    a, f = analysed_figure("Ruritania has the third highest rate in Europe, with 275 confirmed flu cases.", "275")
    assert f.unit == "cases" and _subject(a, f) == "Ruritania"


def test_twin_a_crossed_count_in_another_verbs_with_phrase_stays_open():
    a, f = analysed_figure("The Acme Corp campaign buys ad time with 4 Super Tuesday states.", "4")
    assert f.unit == "states" and _subject(a, f) is None


def test_a_crossed_count_object_of_a_coordinated_verb_is_the_first_verbs_subject():
    a, f = analysed_figure("Mexico has confirmed 20 deaths from the flu and has 40 other possible fatalities.", "40")
    assert f.unit == "fatalities" and _subject(a, f) == "Mexico"


def test_twin_a_coordinated_verb_with_its_own_subject_keeps_the_first_subject_off():
    a, f = analysed_figure("Mexico has confirmed 20 deaths and the WHO has 40 other possible fatalities on record.", "40")
    assert _subject(a, f) != "Mexico"


# --- a sum, percent or points figure in a noun's "of" phrase measures that noun ----------------
# (figures._of_host_measure)


def test_a_points_figure_in_a_nouns_of_phrase_measures_the_noun():
    _a, f = analysed_figure("The Acme poll shows her with a net positive of 51 points.", "51 points")
    assert f.measure == "net positive" and f.measure_start is not None


def test_a_sum_in_a_nouns_of_phrase_measures_the_noun():
    _a, f = analysed_figure("The firm received a retainer of $35,000 a month to promote the candidate.", "$35,000")
    assert f.measure == "retainer"


def test_a_percent_in_a_nouns_of_phrase_measures_the_noun():
    _a, f = analysed_figure("The Acme poll has a credibility interval of 5 percentage points.", "5 percentage points")
    assert f.measure == "credibility interval"


def test_twin_an_idioms_of_phrase_names_no_measure():
    _a, f = analysed_figure("He was on the radio airwaves, to the tune of $1.5 million, before she was.", "$1.5 million")
    assert f.measure != "tune"


def test_twin_a_share_with_its_own_of_phrase_takes_no_host_measure():
    _a, f = analysed_figure("He received the backing of 33% of national primary voters.", "33%")
    assert f.measure != "backing"


def test_twin_a_level_noun_of_phrase_names_no_measure():
    _a, f = analysed_figure("The rates range from a low of 4 percent in Ohio to a high of 25 percent in Utah.", "4 percent")
    assert f.measure != "low"


def test_twin_a_count_in_a_nouns_of_phrase_takes_no_host_measure():
    _a, f = analysed_figure("The couple were part of a group of 50 friends from high school.", "50")
    assert f.measure is None or "group" not in f.measure or f.measure == "group size"


def test_guard_a_measure_read_from_an_of_host_is_lent_to_no_neighbour():
    _a, f = analysed_figure("The Acme group will make an offer of $15 per share, with the deal finally "
                            "getting done at around $18 per share.", "around $18")
    assert f.measure is None


def test_twin_a_listed_measure_noun_of_phrase_is_still_lent():
    _a, f = analysed_figure("Acme set a price of $15 per share on Monday and $18 per share on Friday.", "$18")
    assert f.measure == "price"


# --- a traded instrument moved by a change or market verb names a sum's or percent's measure ----
# (figures._instrument_moved)


def test_a_stock_that_tumbled_measures_the_share_price():
    a, f = analysed_figure("Despite the news about the relief well, Acme stock tumbled 6 percent.", "6 percent")
    assert f.measure == "share price" and _subject(a, f) == "Acme"


def test_a_stock_that_closed_up_measures_the_share_price():
    _a, f = analysed_figure("Zolto stock closed up 1.4 percent in Zurich on Monday.", "1.4 percent")
    assert f.measure == "share price"


def test_twin_an_instrument_of_another_verb_names_no_price():
    _a, f = analysed_figure("The Acme bond pays 5 percent a year to its holders.", "5 percent")
    assert f.measure != "bond price"


# --- narrowings after the Timeline17 census -----------------------------------------------------


def test_twin_a_definite_hosts_of_phrase_names_no_measure():
    _a, f = analysed_figure("In 2011, Acme will make payments into the fund of $1.25 billion per quarter.", "$1.25 billion")
    assert f.measure != "fund"


def test_twin_a_body_whose_of_phrase_holds_a_sum_is_no_measure():
    _a, f = analysed_figure("Senators voted against stripping big oil companies of $35bn in tax breaks.", "$35bn")
    assert f.measure is None or "companies" not in f.measure


def test_twin_a_part_noun_of_phrase_names_no_measure():
    _a, f = analysed_figure("Scientists hope to claim a slice of $500m in research funds.", "$500m")
    assert f.measure != "slice"


def test_twin_an_instruments_price_is_lent_to_no_neighbour():
    a, f = analysed_figure("Zolto stock closed up 1.4 percent at 149 Swiss francs, outperforming a 0.7 percent "
                           "firmer European drugs index.", "0.7 percent")
    assert f.measure is None and _subject(a, f) is None


def test_twin_a_figure_in_another_nouns_phrase_takes_no_instruments_price():
    _a, f = analysed_figure("Before the weekend, the same Acme bond was trading at a yield of 3.5%.", "3.5%")
    assert f.measure != "bond price"


def test_twin_an_instrument_with_an_anaphor_reaches_back_to_no_organisation():
    a, f = analysed_figure("The US government sued Acme on Monday. Earlier, the company's stock closed down 4 percent in London.",
                           "4 percent")
    assert f.measure == "share price" and _subject(a, f) != "US government"


def test_twin_a_listed_measure_lent_before_the_round_is_still_lent():
    _a, f = analysed_figure("Acme's shares rebounded, to give Acme a market value of around $140 billion, a bid would be "
                            "harder for Zolto, which is worth over $210 billion.", "over $210 billion")
    assert f.measure == "market value"


def test_twin_one_of_a_pair_of_shares_takes_no_host_measure():
    _a, f = analysed_figure("A poll in March found Jane Roe with a lead of 48 percent to 41 percent over John Doe.", "48 percent")
    assert f.measure != "lead"

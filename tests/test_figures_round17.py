"""Round seventeen (20L): figure values, units, measures and periods the held-out seed-43
audit judged wrong, on short invented texts; each rule with its must-not-fire twin.

- a live page's entry stamp ("1410 Officials in ...") is no count and no year
  (analyse.stamps, the one reader of stamps, used by quantities, figures, timex and the
  period's year check);
- a fraction of a number word is a count ("three-quarters of a million people": 750,000),
  not a share;
- a range whose two ends each carry a conversion in brackets stays a range, and keeps
  its rate when the parse hangs "each day" on the counted noun;
- a measure is never a piece of a hyphenated word ("seven-year bond costs", not "year
  bond costs").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_figures_extract import analyse, by_text
from test_figures_period import periods

from storyline.analyse import figures, stamps, timex
from storyline.analyse.quantities import parse

LIVE = (
    "Live: the storm over Port Ellery\n\n"
    "2059 The mayor of Port Ellery, Jane Roe, says the harbour wall has given way.\n\n"
    "Ferries stay in port as the gale builds 2050 Acme Corp's chief, John Doe, "
    "tells reporters that between 300 and 500 homes were flooded overnight.\n\n"
    "2044 Volunteers from Dunmore have begun clearing the sea front.\n\n"
    "2040 Dozens of fishing boats are thought to have sunk at their moorings.\n"
)


def _figs(nlp, text):
    sdoc, a = analyse(nlp, text)
    a.timexes = timex.extract(sdoc, a)
    return sdoc, a, figures.extract(sdoc, a)


# --- the one reader of a live page's stamps ------------------------------------------------

def test_stamps_at_lines_start_and_inside_a_line_between_its_neighbours():
    found = [LIVE[s:e] for s, e in stamps.entry_stamps(LIVE)]
    assert found == ["2059", "2050", "2044", "2040"]


@pytest.mark.parametrize("middle", [
    # a real year after a preposition, its time between the page's stamps all the same
    "Officials say the harbour was last rebuilt in 2050 Acme Corp's engineers believe.",
    # a count whose number is no time between the entries around it (20:59 ... 20:44)
    "Officials say the storm killed 1410 sheep and hurt many more.",
])
def test_twin_a_number_inside_a_line_is_no_stamp_without_the_pages_evidence(middle):
    text = LIVE.replace(LIVE.split("\n\n")[2], middle)
    assert [text[s:e] for s, e in stamps.entry_stamps(text) if text.rfind("\n", 0, s) + 1 != s] == []


def test_twin_no_live_page_no_stamp():
    # one line opening with four digits is no live page: "1410 Tractors ..." may be a count
    text = "Acme Corp had a record year.\n\n1410 Tractors were sold in Port Ellery, Jane Roe said.\n"
    assert stamps.entry_stamps(text) == ()


LIVE_COUNTS = (
    "Live: the gale over Port Ellery\n\n"
    "1432 The mayor of Port Ellery, Jane Roe, says the harbour wall has given way.\n\n"
    "1420 Reports from Dunmore say the sea front was badly hit as well.\n\n"
    "1414 Hundreds of homes are thought to be flooded after the gale hit the coast.\n\n"
    "1410 Volunteers have begun clearing the sea front.\n"
)


def test_a_stamp_is_no_figure(nlp):
    # the base read "1420 Reports", "1414 Hundreds" and "1410 Volunteers" as counts
    _, _, figs = _figs(nlp, LIVE_COUNTS)
    assert [f.text for f in figs] == []
    _, _, figs = _figs(nlp, LIVE)
    assert [f.text for f in figs] == ["between 300 and 500"]


def test_twin_a_four_digit_count_stays_a_figure(nlp):
    _, _, figs = _figs(nlp, "Acme Corp sold 1410 tractors in Port Ellery last year.")
    assert by_text(figs, "1410").value == 1410


def test_a_stamp_is_no_year(nlp):
    sdoc, a, figs = _figs(nlp, LIVE)
    assert not [t for t in a.timexes if t.text in ("2059", "2050", "2044", "2040")]
    got = periods(nlp, LIVE)
    assert got["between 300 and 500"][0] not in ("2050", "2059")


def test_twin_a_real_year_in_a_forecast_stays_a_year(nlp):
    sdoc, a, _ = _figs(nlp, "Acme Corp expects to employ 3,000 people in Port Ellery in 2050.")
    assert [t.value for t in a.timexes if t.text == "2050"] == ["2050"]
    got = periods(nlp, "Acme Corp expects to employ 3,000 people in Port Ellery in 2050.")
    assert got["3,000"][0] == "2050"


def test_quotes_read_the_same_stamps():
    # the quote step's reader is this one (a paragraph opening with a stamp)
    assert stamps.stamp_end("1253 Jane Roe tells the BBC ...", 0) == 5
    assert stamps.stamp_end("1253 people were hurt.", 0) is None


# --- a fraction of a number word is a count ----------------------------------------------

@pytest.mark.parametrize("text,fig,value", [
    ("The flu could reach three-quarters of a million voters.", "three-quarters of a million", 750_000),
    ("Half a million people fled Port Ellery.", "Half a million", 500_000),
    ("More than half a million gallons were siphoned off.", "More than half a million", None),
    ("Acme sent half a dozen engineers.", "half a dozen", 6),
    ("Acme owes a third of a billion dollars.", "a third of a billion dollars", 333_333_333),
])
def test_a_fraction_of_a_number_word_is_a_count(text, fig, value):
    q = next(q for q in parse(text) if q.text == fig)
    assert q.unit != "%" and q.kind != "fraction"
    if value is None:
        assert q.low == 500_000 and q.bound == "lower"
    else:
        assert q.value == value


@pytest.mark.parametrize("text,fig", [
    ("Jane Roe won three-quarters of the vote.", "three-quarters"),
    ("Acme spent half of a million-dollar budget on ads.", "half"),
    ("Nearly half of the county was without power.", "Nearly half"),
])
def test_twin_a_fraction_of_a_total_stays_a_share(text, fig):
    q = next(q for q in parse(text) if q.text == fig)
    assert q.unit == "%"


@given(st.sampled_from(["half", "a third", "a quarter", "three-quarters", "two-thirds"]),
       st.sampled_from([("thousand", 1e3), ("million", 1e6), ("billion", 1e9)]),
       st.booleans())
def test_a_fraction_of_a_scale_word_property(frac, scale, of):
    word, factor = scale
    text = f"Officials said {frac} {'of ' if of else ''}a {word} people were hurt."
    got = [q for q in parse(text) if q.value is not None]
    share = {"half": 1 / 2, "a third": 1 / 3, "a quarter": 1 / 4, "three-quarters": 3 / 4, "two-thirds": 2 / 3}[frac]
    assert len(got) == 1 and got[0].unit is None and got[0].value == round(share * factor)


# --- a range stays a range, and keeps its rate -------------------------------------------

CONVERTED = ("Engineers estimate 22,000 barrels (924,000 gallons/3.5 million liters) to 48,000 barrels "
             "(2.02 million gallons/7.63 million liters) of oil flow from the broken Acme well each day.")


def test_a_range_with_conversions_at_both_ends_stays_a_range():
    got = parse(CONVERTED)
    assert [(q.kind, q.low, q.high) for q in got] == [("range", 22_000, 48_000)]


def test_a_range_keeps_its_rate(nlp):
    sdoc, a = analyse(nlp, CONVERTED)
    f = next(f for f in figures.extract(sdoc, a) if f.kind == "range")
    assert (f.low, f.high, f.unit) == (22_000, 48_000, "barrels/day")


def test_a_range_of_unscaled_and_scaled_ends_with_its_noun_twice():
    text = "The agency estimates that around 700,000 gallons (2.65 million liters) to 1.4 million gallons (5.3 million liters) leak a day."
    got = parse(text)
    assert [(q.kind, q.low, q.high) for q in got] == [("range", 700_000, 1_400_000)]


@pytest.mark.parametrize("text", [
    "Output rose 5,000 barrels (210,000 gallons) to 50,000 barrels (2.1 million gallons) a day.",
    "Acme cut 5 jobs to 20 jobs.",
    "Acme cut its output by 5,000 barrels (210,000 gallons) to 50,000 barrels (2.1 million gallons).",
])
def test_twin_a_change_is_no_range(text):
    assert [q for q in parse(text) if q.kind == "range"] == []


def test_twin_a_plain_range_keeps_its_shared_scale():
    got = parse("Between 3 and 5 million people were hurt.")
    assert [(q.low, q.high) for q in got] == [(3_000_000, 5_000_000)]


def test_twin_a_day_that_dates_is_no_rate(nlp):
    sdoc, a = analyse(nlp, "Crews recovered 5,000 barrels (210,000 gallons) to 9,000 barrels (378,000 gallons) "
                           "of oil the day after the blast.")
    f = next(f for f in figures.extract(sdoc, a) if f.kind == "range")
    assert f.unit == "barrels"


# --- a measure is never a piece of a hyphenated word -------------------------------------

def test_a_measure_keeps_its_hyphenated_word_whole(nlp):
    sdoc, a = analyse(nlp, "Acme's seven-year bond costs have risen to 420 basis points, or $42,000 per year, "
                           "according to Port Ellery Data.")
    assert by_text(figures.extract(sdoc, a), "$42,000").measure == "seven-year bond costs"


def test_twin_a_measure_with_no_hyphenated_word(nlp):
    sdoc, a = analyse(nlp, "Acme's bond costs have jumped to $300,000 per year, according to Port Ellery Data.")
    assert by_text(figures.extract(sdoc, a), "$300,000").measure == "bond costs"

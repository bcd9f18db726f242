"""Round twenty-seven (27f): figures a reader can trust (issue 20).

The seed-73/79/83 audits' wrong fields as general classes: digits joined by a slash (a date's
name, "9/11", read as two counts), a fraction of one unit ("a quarter of a penny" read as a
25% share), a currency range written once at each end ("US$5-6bn" read as $5), a span of
years cut to its first year, and an "according to" that credits a description of a noun,
not the figure. Each rule has a must-fire test and a must-not-fire twin, on invented
sentences.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storyline.analyse import figures, quantities
from storyline.pipeline import analyse_record
from storyline.types import Record


def _figures(text: str):
    return analyse_record(Record(source="t", text=text, date="2010-06-01")).figures


def _figure(text: str, figure: str):
    return next(f for f in _figures(text) if f.text == figure)


def _values(text: str) -> list:
    return [(q.kind, q.value, q.low, q.high, q.unit) for q in quantities.parse(text)]


# ---------------------------------------------------------------- digits joined by a slash


def test_a_date_name_is_no_figure():
    """"9/11" is the name of a day, not 9 attacks and 11 attacks (seed-83 bpoil_bbc F16, F28)."""
    assert [q.value for q in quantities.parse("Since the 9/11 attacks, 3,000 people have died.")] == [3000.0]


def test_twin_a_date_name_leaves_the_sentence_figure():
    assert [q.value for q in quantities.parse("the 9/11 commission said 3,000 died")] == [3000.0]
    assert [q.value for q in quantities.parse("the 9\\/11 commission said 3,000 died")] == [3000.0]


def test_slash_compounds_are_no_quantity():
    for text in ("the shop is open 24/7", "the 7/7 bombings", "on 4/20/2010 the rig", "a 50/50 split"):
        assert quantities.parse(text) == [], text


def test_twin_a_mixed_fraction_before_a_unit_is_still_read():
    (q,) = quantities.parse("about 2 1/2 miles away")
    assert q.value == 2.5


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=99), st.booleans())
def test_digits_slash_digits_never_give_a_quantity(a, b, escaped):
    slash = "\\/" if escaped else "/"
    assert quantities.parse(f"it was {a}{slash}{b} then") == []


# ---------------------------------------------------------------- a fraction of one unit


def test_a_fraction_of_a_penny_is_no_share():
    """"a quarter of a penny down" is 0.25p, not 25% (seed-83 bpoil_bbc F8)."""
    assert quantities.parse("BP shares closed a quarter of a penny down") == []
    assert quantities.parse("the storm is a third of a mile wide") == []


def test_twin_a_fraction_of_a_total_is_a_share():
    assert _values("a quarter of the wells were shut") == [("fraction", 25.0, None, None, "%")]
    assert _values("half of a household's income") == [("fraction", 50.0, None, None, "%")]


def test_a_fraction_of_a_point_is_its_amount():
    assert _values("rates rose a quarter of a percentage point") == [("value", 0.25, None, None, "pp")]
    assert _values("down by half a percentage point") == [("value", 0.5, None, None, "pp")]
    assert _values("only half of one percent of the vote") == [("value", 0.5, None, None, "%")]


def test_twin_a_fraction_of_a_scale_word_is_still_a_number():
    assert [q.value for q in quantities.parse("three-quarters of a million voters")] == [750000.0]


@given(st.sampled_from(["half", "a quarter", "a third", "three-quarters"]), st.sampled_from(["of a", "a"]),
       st.sampled_from(["penny", "cent", "mile", "inch", "degree", "century", "gallon", "barrel"]))
def test_a_fraction_of_one_unit_is_never_a_share(frac, of, unit):
    assert all(q.unit != "%" for q in quantities.parse(f"it moved {frac} {of} {unit} today"))


# ---------------------------------------------------------------- a currency range


def test_a_currency_range_with_its_scale_at_the_end():
    """"US$5-6bn" is $5bn to $6bn, not $5 (seed-83 bpoil_bbc F15)."""
    (q,) = quantities.parse("Rio plans to spend US$5-6bn on its mines")
    assert (q.kind, q.low, q.high, q.value, q.currency) == ("range", 5e9, 6e9, None, "USD")
    (q,) = quantities.parse("a £5-6m refit")
    assert (q.low, q.high, q.currency) == (5e6, 6e6, "GBP")


def test_twin_a_score_stays_a_plain_range():
    assert _values("They lost 5-6 in the final") == [("range", None, 5.0, 6.0, None)]


def test_twin_a_spaced_gap_is_not_joined():
    assert [q.value for q in quantities.parse("$5 - 6bn")] == [5.0, 6e9]


@given(st.integers(min_value=1, max_value=98), st.integers(min_value=1, max_value=50),
       st.sampled_from([("$", "USD"), ("US$", "USD"), ("£", "GBP"), ("€", "EUR")]),
       st.sampled_from([("bn", 1e9), ("m", 1e6), (" billion", 1e9)]))
def test_currency_ranges_keep_both_ends(lo, step, cur, scale):
    hi = lo + step
    (q,) = quantities.parse(f"it costs {cur[0]}{lo}-{hi}{scale[0]} a year")
    assert (q.kind, q.low, q.high, q.currency) == ("range", lo * scale[1], hi * scale[1], cur[1])


# ---------------------------------------------------------------- a span of years


def test_a_span_of_years_gives_no_first_year():
    """"the Spanish flu of 1918-1920" is of the span, not of 1918 (seed-83 H1N1_reuters F4)."""
    assert _figure("The Spanish flu of 1918-1920 killed 50 million people.", "50 million").period is None
    assert _figure("The flu killed 50 million people between September 1918 and April 1919.", "50 million").period is None


def test_twin_a_single_year_still_dates_the_figure():
    assert _figure("In 1918 the flu killed 50 million people.", "50 million").period == "1918"


def test_year_span_patterns():
    def span(text: str, year: str) -> bool:
        return figures._in_year_span(text, (0, len(text)), year)
    assert span("the 1918-19 flu", "1918")
    assert span("in 2009/10 the deficit", "2009")
    assert span("from 1918 to 1920", "1920")
    assert not span("in 2010-06 the deficit", "2010")  # a month
    assert not span("on 2010-11-01 the deficit", "2010")  # an ISO date
    assert not span("from 5 percent in 2008 to 7 percent in 2009", "2009")
    assert not span("the 1918-1920 flu and the 1957 flu", "1957")


@given(st.integers(min_value=1800, max_value=2090), st.integers(min_value=1, max_value=9), st.sampled_from(["-", "–", " to ", " and "]))
def test_every_written_year_span_is_found(y, n, sep):
    text = f"the flu of {y}{sep}{y + n} killed many"
    assert figures._in_year_span(text, (0, len(text)), str(y))
    alone = f"the flu of {y} killed many"
    assert not figures._in_year_span(alone, (0, len(alone)), str(y))


# ---------------------------------------------------------------- "according to" out of scope


def test_according_to_on_a_description_credits_no_figure():
    """The data credit the noun's relative clause, not the fall (seed-83 H1N1_reuters F1)."""
    f = _figure("Acme, which flies more routes than any rival, according to data from Innovata, "
                "saw its shares fall by 15 percent.", "15 percent")
    assert f.claimant_text is None and f.claimant_mention is None
    f = _figure("Acme, which according to Innovata flies 40 routes, saw its shares fall by 15 percent.", "15 percent")
    assert f.claimant_text is None


def test_twin_according_to_on_the_figure_clause_still_credits():
    assert _figure("Acme shares fell by 15 percent, according to data from Innovata.", "15 percent").claimant_text == "Innovata"
    assert _figure("The death toll, according to officials, has reached 300 people.", "300").claimant_text == "officials"
    assert _figure("Acme, which according to Innovata flies 40 routes, saw its shares fall.", "40").claimant_text == "Innovata"


# ---------------------------------------------------------------- measures not owned


def test_a_shares_base_takes_no_measure_of_the_share():
    """"killed 61 percent of the 421 patients it infected": the 421 are no deaths (seed-83
    H1N1_reuters F2); the share keeps the killing."""
    text = "The virus has so far killed 61 percent of the 421 patients it infected."
    assert _figure(text, "421").measure is None
    assert _figure(text, "61 percent").measure == "deaths"


def test_twin_a_count_alone_keeps_its_measure():
    assert _figure("The virus has so far killed 421 patients.", "421").measure == "patient deaths"


def test_a_bracketed_breakdown_takes_no_measure_from_outside():
    """"0.2% (44 deaths, 17855 cases)": the 44 are deaths, not a rate (seed-83 H1N1_reuters F29)."""
    text = "Their approximate rate is 0.2% (44 deaths, 17855 cases)."
    assert _figure(text, "44").measure is None
    assert _figure(text, "17855").measure is None
    assert _figure(text, "0.2%").measure == "approximate rate"


def test_twin_a_conversion_in_brackets_keeps_its_measure():
    text = "More than 160 miles (257 km) of booms had been laid."
    assert _figure(text, "257").measure == _figure(text, "More than 160").measure is not None


def test_according_to_in_a_verbless_fragment_ends():
    """The climb to the clause stops at the root of a verbless fragment (it once looped there)."""
    items = _figures("Some 300 homes lost, according to officials.")
    assert all(f.text != "9" for f in items)

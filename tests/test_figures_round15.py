"""Round fifteen (20g): numbers that are no figure or whose bound or rate the figure missed,
on short invented texts; each rule with its must-not-fire twin."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_figures_extract import analyse

from storyline.analyse import figures
from storyline.analyse.quantities import parse


def _q(text: str, fig: str):
    hits = [q for q in parse(text) if q.text == fig]
    return hits[0] if hits else None


# --- a fraction of a place or a body is no share ---------------------------------------

@pytest.mark.parametrize("text", [
    "Port Ellery is the poorest town in the western half of the county.",
    "The storm flooded the northern third of the island.",
    "Jane Roe broke the upper half of her leg.",
])
def test_a_fraction_of_a_place_is_no_figure(text):
    assert [q for q in parse(text) if q.kind == "fraction"] == []


@pytest.mark.parametrize("text,fig", [
    ("Nearly half of the county was without power.", "Nearly half"),
    ("The flood destroyed a third of the western villages.", "a third"),
])
def test_a_share_stays_a_share(text, fig):
    q = _q(text, fig)
    assert q is not None and q.unit == "%"


# --- an ordinal label ("year 9", "phase 6", "Category 4") is no count ------------------

@pytest.mark.parametrize("text", [
    "The school has offered all year 9 pupils tablets.",
    "The agency raised its alert to phase 6 on Thursday.",
    "A Category 4 storm hit Port Ellery.",
    "Only grade 5 children were sent home.",
    "The town moved to level 3 restrictions.",
])
def test_a_label_number_is_no_count(text):
    assert [q for q in parse(text) if q.value is not None and q.value < 20] == []


@pytest.mark.parametrize("text,fig", [
    ("Last year 9 people died in the floods.", "9"),
    ("At this stage 12 firms have signed up.", "12"),
    ("Acme paid $5,000 a year 10 years ago.", "10"),
    ("The plant employs 9 engineers.", "9"),
    ("By the year 2,000 people lived there.", "2,000"),
])
def test_a_number_after_a_time_word_stays_a_count(text, fig):
    assert _q(text, fig) is not None


# --- "over" as a verb's particle is no bound --------------------------------------------

@pytest.mark.parametrize("text,fig", [
    ("Acme is in talks about handing over 100,000 tablets to the council.", "100,000"),
    ("The firm turned over 300 documents to the inquiry.", "300"),
])
def test_over_after_a_particle_verb_is_no_bound(text, fig):
    q = _q(text, fig)
    assert q is not None and q.kind == "value" and q.value == float(fig.replace(",", ""))


@pytest.mark.parametrize("text,fig,low", [
    ("Acme holds over 100,000 tablets.", "over 100,000", 100000.0),
    ("The storm took over 300 lives.", "over 300", 300.0),
])
def test_over_elsewhere_stays_a_lower_bound(text, fig, low):
    q = _q(text, fig)
    assert q is not None and q.bound == "lower" and q.low == low


# --- the bound reaches the converted amount in a parenthesis ----------------------------

@pytest.mark.parametrize("text,fig,side", [
    ("Waves as high as 12 feet (4 metres) would delay the work.", "4", "upper"),
    ("The swell reached more than 30 miles (48 km) inland.", "48", "lower"),
])
def test_a_converted_measure_takes_the_bound(text, fig, side):
    q = _q(text, fig)
    assert q is not None and q.kind == "bound" and q.bound == side and q.value is None


@pytest.mark.parametrize("text,fig", [
    ("Waves of 12 feet (4 metres) would delay the work.", "4"),  # no bound to take
    ("More than 1,200 cases (400 in Port Ellery) were found.", "400"),  # a breakdown of a count
])
def test_no_bound_for_a_plain_conversion_or_a_breakdown(text, fig):
    q = _q(text, fig)
    assert q is not None and q.kind == "value"


@given(st.integers(min_value=2, max_value=99), st.sampled_from(["year", "phase", "grade", "Category", "level"]))
def test_label_number_property(n, label):
    """Any small number right after a label noun is no quantity; the same number after
    "last <label>" is one."""
    assert [q for q in parse(f"All {label} {n} pupils stayed home.") if q.value == n] == []
    assert [q for q in parse(f"Since last {label} {n} pupils stayed home.") if q.value == n] != []


# --- rates the figure missed ------------------------------------------------------------

def _fig(nlp, text, fig):
    sdoc, a = analyse(nlp, text)
    hits = [f for f in figures.extract(sdoc, a) if f.text == fig]
    assert hits, [f.text for f in figures.extract(sdoc, a)]
    return hits[0]


@pytest.mark.parametrize("text,fig,unit", [
    ("The dividends were forecast at about $1.8 billion per quarter.", "about $1.8 billion", "USD/quarter"),
    ("Drought sends an average of 64,000 people to Port Ellery every year.", "64,000", "people/year"),
    ("Acme says 20,000 barrels leaking each day is the true flow.", "20,000", "barrels/day"),
])
def test_a_rate_gets_its_per_unit(nlp, text, fig, unit):
    assert _fig(nlp, text, fig).unit == unit


@pytest.mark.parametrize("text,fig,unit", [
    ("The dividends were forecast at about $1.8 billion, a quarter of the total.", "about $1.8 billion", "USD"),
    ("Acme paid $2.6 billion a quarter of a century ago.", "$2.6 billion", "USD"),
    ("The crew moved 500 crates a quarter mile inland.", "500", "crates"),
    ("An average of 75,000 people moved to Port Ellery after the storm.", "75,000", "people"),
])
def test_no_rate_without_one(nlp, text, fig, unit):
    assert _fig(nlp, text, fig).unit == unit


# --- a state that governs another verb ("able to land") is no measure -------------------

@pytest.mark.parametrize("text,fig", [
    ("The army took over the bridge and 200 trucks a day are now able to cross.", "200"),
    ("More than 100 boats have been unable to stop the slick.", "More than 100"),
])
def test_a_modal_adjective_is_no_measure(nlp, text, fig):
    assert _fig(nlp, text, fig).measure not in ("able", "unable")


@pytest.mark.parametrize("text,fig,measure", [
    ("It is now thought that 300 sailors are dead.", "300", "dead"),
    ("At least 200 people are dead, officials in Port Ellery said.", "At least 200", "dead"),
])
def test_a_state_stays_the_measure(nlp, text, fig, measure):
    assert _fig(nlp, text, fig).measure == measure

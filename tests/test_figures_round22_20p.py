"""Round twenty-two (20p): figure fields still wrong, on short invented texts; each rule with
its must-not-fire twin (issue 20)."""

from __future__ import annotations

import pytest
from test_figures_extract import analyse

from storyline.analyse import figures


def _units(nlp, text):
    sdoc, a = analyse(nlp, text)
    return {f.text: f.unit for f in figures.extract(sdoc, a)}


# --- a second figure coordinated right after a rate shares the rate ------------------------


@pytest.mark.parametrize("text,fig,unit", [
    ("The mill lost 8,000 tonnes a week, and perhaps as much as 11,000 tonnes, inspectors estimated.",
     "as much as 11,000", "tonnes/week"),
    ("The tank drains 900 gallons per hour, and it may be as much as 1,400 gallons, the panel said.",
     "as much as 1,400", "gallons/hour"),
    ("Penalties for a spill begin at $900 a barrel and can rise to $3,500 if negligence is shown.",
     "$3,500", "USD/barrel"),
])
def test_a_bound_after_a_rate_shares_the_rate(nlp, text, fig, unit):
    assert _units(nlp, text)[fig] == unit


@pytest.mark.parametrize("text,fig,unit", [
    # twins: a total after a rate (ten times and more), a figure after a verb of its own, a
    # rate of its own, and a unit noun not written again after the second figure
    ("The fine could be up to $900 per barrel or almost $4.2 billion, a lawyer said.", "almost $4.2 billion", "USD"),
    ("The tanker leaked 2,000 barrels a day and may have lost 8,000 barrels in all, officials said.", "8,000", "barrels"),
    ("The plant burns 20 million barrels a day, or 800,000 barrels an hour.", "800,000", "barrels/hour"),
    ("The well leaked 3,000 barrels a day and up to 5,000 tonnes of tar washed ashore.", "up to 5,000", "tonnes"),
])
def test_twin_a_figure_after_a_rate_that_is_not_the_rate(nlp, text, fig, unit):
    assert _units(nlp, text)[fig] == unit


# --- a place that only modifies the counted noun is no subject -------------------------------


def _subjects(nlp, text):
    sdoc, a = analyse(nlp, text)
    out = {}
    for f in figures.extract(sdoc, a):
        out[f.text] = (a.mentions[f.subject_mention].text if f.subject_mention is not None else f.subject_text,
                       f.place_text)
    return out


def test_a_place_modifying_the_noun_is_no_subject(nlp):
    subject, place = _subjects(nlp, "United States operating costs rose by $40 million in the quarter.")["$40 million"]
    assert subject == "United States operating costs"
    assert place == "United States"


def test_a_place_modifying_the_counted_noun_leaves_the_subject_open(nlp):
    """"up to 4,000 Texas jobs ... possibly 20,000 jobs": the second count's subject is the
    phrase the place modifies, never the place alone."""
    text = 'The senator wrote that the ban could cut up to 4,000 Texas jobs soon and "possibly 20,000 jobs by the end of the year."'
    subject, _ = _subjects(nlp, text)["20,000"]
    assert subject != "Texas"


def test_a_place_modifying_a_subject_noun_leaves_the_noun_phrase(nlp):
    subject, _ = _subjects(nlp, "US light crude fell by $1.40, or 1.6%, to $81.20 a barrel on Tuesday.")["$1.40"]
    assert subject == "US light crude"


@pytest.mark.parametrize("text,fig,subject", [
    # twins: a place that is the clause's own subject, and an owner's possessive, stay
    ("The US has a stockpile of 40 million courses of the drug.", "40 million", "US"),
    ("More than half of Freedonia's eight million people live in towns.", "More than half", "Freedonia"),
])
def test_twin_a_place_that_is_the_subject_stays(nlp, text, fig, subject):
    assert _subjects(nlp, text)[fig][0] == subject

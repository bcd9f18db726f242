"""Round twenty-two (20p): figure fields still wrong, on short invented texts; each rule with
its must-not-fire twin (issue 20)."""

from __future__ import annotations

import pytest
from test_figures_extract import analyse, by_text

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

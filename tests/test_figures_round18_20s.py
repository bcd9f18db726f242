"""Figure subjects of aid (issue 20, round eighteen, 20s): the giver of a gift noun's amount
is the agent who pays, never what the figure is of (bench/audits/README.md: "BP" as the
subject of what was spent is wrong), so the subject is left open. Each rule beside a twin
where it must not fire. All sentences invented."""

from __future__ import annotations

import pytest
from pipeline_helpers import figure_and_subject, figures_of

from storyline.analyse import figures

_figures = figures_of


def _subject(nlp, text, fig):
    return figure_and_subject(nlp, text, fig)[1]


# ---------------------------------------------------------------- a gift's amount


@pytest.mark.parametrize("text, fig", [
    ("The Ruritanian cabinet says it is to triple its aid to Port Ellery to $30m.", "$30m"),
    ("Acme Corp reported on the storm. The Ruritanian cabinet announced that it would double its aid to Port Ellery to $30m.", "$30m"),
    ("Ruritania has increased its donation to $5m, the ministry said.", "$5m"),
    ("Acme Corp made a donation of $2m to the Red Cross.", "$2m"),
    ("The Ruritanian cabinet says it is to triple its aid to Port Ellery to £20m ($32m).", "$32m"),
])
def test_the_giver_is_not_the_subject_of_its_gift(nlp, text, fig):
    subject = _subject(nlp, text, fig)
    assert subject not in ("Ruritanian cabinet", "Ruritanian", "Ruritania", "Acme Corp")


@pytest.mark.parametrize("text, fig, owner", [
    # twins: a figure of the owner's own, not a gift
    ("Acme Corp said it will raise its dividend to $2 a share.", "$2", "Acme Corp"),
    ("Acme Corp said it will treble its revenue to $30m.", "$30m", "Acme Corp"),
    ("Acme Corp said it will treble its revenue to £20m ($32m).", "$32m", "Acme Corp"),
])
def test_a_figure_of_its_own_keeps_its_owner(nlp, text, fig, owner):
    assert _subject(nlp, text, fig) == owner


def test_gift_amount_reads_the_parse(nlp):
    doc = nlp("The council said it will treble its aid to the city to $30m.")
    fig = doc.char_span(doc.text.index("$30m"), doc.text.index("$30m") + 4, alignment_mode="expand")
    verb = next(t for t in doc if t.lower_ == "treble")
    assert figures._gift_amount(verb, fig)
    twin = nlp("The council said it will treble its budget for the city to $30m.")
    fig2 = twin.char_span(twin.text.index("$30m"), twin.text.index("$30m") + 4, alignment_mode="expand")
    verb2 = next(t for t in twin if t.lower_ == "treble")
    assert not figures._gift_amount(verb2, fig2)


"""Round fifty-five, e2 (issue 23, the brief's dates): a date given only inside a "since"
phrase or clause tells where a span starts, not what the sentence tells; the sentence is told
as of its report ("Oil has poured into the bay since the platform exploded on 3 March", told
in April, is April's news, not March's). A date the sentence gives outside such a clause stays
its own. Invented texts; the event card is set by hand as in test_brief_repeats.
"""

from __future__ import annotations

import pytest
from test_brief import analysis
from test_brief_trust import corpus_of, event

from storyline import schema
from storyline.resolve import brief
from storyline.types import Timex

PUBLISHED = "2025-04-10"


def _dated(text: str, day: str = "3 March", value: str = "2025-03-03") -> schema.BriefDate:
    """The brief's date for a one-sentence story whose ``day`` is read as a time expression and
    dates an event card on the words before it (as the events stage leaves them)."""
    a = analysis("aaaa", text, published=PUBLISHED)
    tx = a.document.text.index(day)
    a.timexes = [Timex(start=tx, end=tx + len(day), text=day, type="DATE", value=value)]
    card = event("ev-x", value, schema.Span(doc="aaaa", start=max(0, tx - 12), end=tx + len(day)))
    story = brief.summarise(corpus_of([a], n=1, events=[card]))
    assert story, text
    return story[0].date


@pytest.mark.parametrize("text", [
    "Oil has poured into the bay every day since the Port Ellery platform exploded on 3 March, the coastguard said.",
    "Since the Port Ellery platform exploded on 3 March, Acme Corp has spent $2 billion on the clean-up.",
    "Crude has spread along forty miles of the coast since the platform blew out on 3 March -- twice the area feared.",
])
def test_a_date_inside_a_since_clause_does_not_date_the_sentence(text):
    date = _dated(text)
    assert (date.value, date.source) == (PUBLISHED, "reported"), date


@pytest.mark.parametrize("text", [
    # twins: the same day told as the sentence's own happening, a "since" elsewhere in it or none
    "The Port Ellery platform exploded on 3 March, and oil has poured into the bay ever since.",
    "The Port Ellery platform exploded on 3 March, the worst blast in the bay since the rig opened.",
    "Acme Corp spent $2 billion on the clean-up of the bay after the platform exploded on 3 March.",
])
def test_a_date_outside_a_since_clause_still_dates_the_sentence(text):
    assert _dated(text).value == "2025-03-03"


def test_since_spans_run_to_the_clause_break():
    s = "Crude has leaked into the bay since the platform blew up on 3 March, the coastguard said."
    assert [s[a:b] for a, b in brief.since_spans(s)] == ["since the platform blew up on 3 March"]
    s = "Since 3 March -- the day of the blast -- crude has washed ashore in Marlow."
    assert [s[a:b] for a, b in brief.since_spans(s)] == ["Since 3 March"]
    # twin: no "since", no span ("sincere" is another word)
    assert brief.since_spans("The platform blew up on 3 March and a sincere apology came later.") == []


def test_a_date_both_inside_and_outside_stays_its_own():
    # the same day told in the clause and as the sentence's own: the sentence keeps it
    a_start = 100
    sent = "On 3 March the rig burned, and oil has poured in since it exploded on 3 March."
    inside = sent.rindex("3 March") + a_start
    outside = sent.index("3 March") + a_start
    timexes = [(outside, outside + 7, "2025-03-03"), (inside, inside + 7, "2025-03-03")]
    assert brief._since_dates(sent, a_start, [], timexes) == set()
    assert brief._since_dates(sent, a_start, [], timexes[1:]) == {"2025-03-03"}

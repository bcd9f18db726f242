"""The brief tells one happening once (issue 23, scope 23c), and a year the sentence's
event is compared with does not date it.

Invented stories; the event cards are set by hand on the corpus, one card per article, as
the events stage leaves them when the only participants the articles share are the
story's own (the rig, the company): the brief must still see one happening.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_brief import analysis, fake_embedder
from test_brief_trust import corpus_of, event, span_of

from storyline import schema
from storyline.resolve import brief
from storyline.types import EventItem, Timex

BLAST = [
    ("aaaa", "The Port Ellery platform exploded on 3 March, killing nine workers and spilling oil into the bay.",
     "exploded on 3 March"),
    ("bbbb", "Crude has poured into the bay for weeks since the offshore platform near Port Ellery exploded on 3 March.",
     "platform near Port Ellery exploded on 3 March"),
    ("cccc", "Nine workers were killed when the Port Ellery oil platform exploded off the coast on 3 March.",
     "platform exploded off the coast on 3 March"),
]
OTHER = {
    "aaaa": "Acme Corp said its engineers had inspected the valves of the well a week earlier.",
    "bbbb": "Fishermen in the harbour town of Marlow said their catch had fallen sharply this spring.",
    "cccc": "The regional governor asked the national coastguard for more boats and booms.",
}


def _with_clause(a, fragment: str, lemma: str, eid: str, date: str) -> schema.Event:
    sp = span_of(a, fragment)
    a.events.append(EventItem(start=sp.start, end=sp.end, text=fragment, trigger=lemma, lemma=lemma))
    return event(eid, date, sp)


def _blast_story(second_lemma: str = "explode", second_text: str | None = None, n: int = 6):
    analyses, events = [], []
    for i, (doc, text, frag) in enumerate(BLAST):
        if i == 1 and second_text is not None:
            text, frag = second_text
        a = analysis(doc, text + "\n" + OTHER[doc], published=f"2025-03-0{4 + i}")
        events.append(_with_clause(a, frag, "explode" if i != 1 else second_lemma, f"ev-{doc}", "2025-03-03"))
        analyses.append(a)
    return brief.summarise(corpus_of(analyses, n=n, events=events))


def test_one_happening_told_by_three_articles_is_one_brief_sentence():
    story = _blast_story()
    told = [x.text for x in story if "exploded" in x.text]
    assert len(told) == 1, told
    # other words: none repeats another by the cosine the brief already had
    cos = fake_embedder([t for _, t, _ in BLAST]) @ fake_embedder([t for _, t, _ in BLAST]).T
    assert cos[~np.eye(3, dtype=bool)].max() < brief.REDUNDANT
    assert len(story) == 4  # the three other sentences still come


def test_two_happenings_of_one_day_are_both_kept():
    # twin: another kind of happening on the same day, in the same words around it
    declared = ("The governor declared an emergency on 3 March in the Port Ellery district and closed the bay to boats.",
                "declared an emergency on 3 March")
    story = _blast_story(second_lemma="declare", second_text=declared)
    assert sum(1 for x in story if "exploded" in x.text) == 1
    assert any("declared an emergency" in x.text for x in story), [x.text for x in story]


def test_one_kind_of_happening_with_rival_parties_is_two_happenings():
    # twin: "Marotia confirmed ..." and "Veldor confirmed ..." on one day: two countries, two facts
    a = analysis("aaaa", "Health officials in Marotia confirmed the first case of the new fever on 3 May, the ministry said.",
                 published="2025-05-04")
    b = analysis("bbbb", "Doctors at a clinic in Veldor confirmed the first case of the fever on 3 May, a hospital spokesman said.",
                 published="2025-05-04")
    events = [_with_clause(a, "confirmed the first case", "confirm", "ev-a", "2025-05-03"),
              _with_clause(b, "confirmed the first case", "confirm", "ev-b", "2025-05-03")]
    for x in (a, b):
        x.events[-1].actor_mentions = [0]  # the country: mention 0 of its document, resolved below
    c = corpus_of([a, b], n=2, events=events,
                  entities=[schema.Entity(id="ent-m", name="Marotia", type="GPE"), schema.Entity(id="ent-v", name="Veldor", type="GPE")])
    c.mention_entity = {("aaaa", 0): "ent-m", ("bbbb", 0): "ent-v"}
    story = brief.summarise(c)
    # the rival parties alone keep them apart: one kind, one day, close in meaning
    cos = float(fake_embedder([a.document.text, b.document.text]).prod(axis=0).sum())
    assert brief.SAME_HAPPENING <= cos < brief.REDUNDANT
    assert {x.cites[0].doc for x in story} == {"aaaa", "bbbb"}, [x.text for x in story]


@pytest.mark.parametrize("text, year", [
    ("If the new figures hold, the flood would be bigger than the 1988 Tarrow flood in the valley.", "1988"),
    ("Ticket sales at the Port Ellery fair fell by a third compared with 2019, the organisers said.", "2019"),
    ("Within days the fire could eclipse the 1991 Tarrow blaze as the worst the county has seen.", "1991"),
    ("Acme Corp spent three times the amount it spent on advertising during the same period in 2021.", "2021"),
    ("About 40 percent of those asked backed the plan, down from 55 percent in 2022, the poll showed.", "2022"),
])
def test_a_year_the_event_is_compared_with_does_not_date_the_sentence(text, year):
    # read as a plain year, and as a time expression that dated an event card
    for timed in (False, True):
        a = analysis("aaaa", text, published="2024-06-10")
        tx = a.document.text.index(year)
        if timed:
            a.timexes = [Timex(start=tx, end=tx + 4, text=year, type="DATE", value=year)]
        card = event("ev-x", year, schema.Span(doc="aaaa", start=tx - 6, end=tx + 4))
        story = brief.summarise(corpus_of([a], n=1, events=[card]))
        assert story[0].date.value == "2024-06-10", (timed, story[0].date)


@pytest.mark.parametrize("text, year", [
    ("The Tarrow flood covered the valley for nine weeks in 1988 before the water went down.", "1988"),
    ("Ticket sales at the Port Ellery fair fell by a third in 2019 after the bridge closed.", "2019"),
    ("The Tarrow blaze burned through the county forest in 1991 and destroyed forty farms.", "1991"),
    ("Acme Corp spent more on advertising than it expected in 2021, its accounts show.", "2021"),
])
def test_the_events_own_year_still_dates_the_sentence(text, year):
    # twins: the same years told as the time of the sentence's own event
    for timed in (False, True):
        a = analysis("aaaa", text, published="2024-06-10")
        tx = a.document.text.index(year)
        if timed:
            a.timexes = [Timex(start=tx, end=tx + 4, text=year, type="DATE", value=year)]
        card = event("ev-x", year, schema.Span(doc="aaaa", start=tx - 6, end=tx + 4))
        assert brief.summarise(corpus_of([a], n=1, events=[card]))[0].date.value == year


@pytest.mark.parametrize("before, fires", [
    ("worse than ", True), ("greater than the ", True), ("compared with ", True),
    ("compared to the same weeks in ", True), ("could eclipse the ", True), ("up 5% on the same weeks of ", True),
    ("a repeat of the long aftermath of the ", True), ("since the start of ", True),
    ("down from 71 percent in ", True), ("five times the amount spilled in the bay in ", True),
    ("exploded in ", False), ("the rig exploded on ", False), ("fled from the city in ", False),
    ("more than expected in ", False), ("said on ", False), ("", False),
    ("shares closed down 9 percent on ", False), ("sent boats to break up the ice on ", False),
    ("offered up to $40 million on ", False),
])
def test_comparison_cue(before, fires):
    assert brief.comparison_cue(before + "2009 and more", len(before)) is fires


_PLAIN = st.lists(st.sampled_from(["the", "rig", "oil", "in", "on", "exploded", "workers", "said", "spill", "March"]),
                  max_size=12)


@given(_PLAIN)
def test_no_comparison_word_no_comparison(words):
    # property: words that compare nothing never make the year after them a comparison
    before = " ".join(words) + " " if words else ""
    assert not brief.comparison_cue(before + "2009", len(before))


@given(_PLAIN)
def test_than_before_a_year_is_always_a_comparison(words):
    before = " ".join(words) + (" " if words else "") + "bigger than "
    assert brief.comparison_cue(before + "2009", len(before))


def _noun_story(noun_text: str, day: str, stamp: str):
    """The first article's card (explode, 3 March) beside a sentence that tells a happening
    by its noun, dated by its own time expression (``stamp``, read as ``day``)."""
    doc, text, frag = BLAST[0]
    a = analysis(doc, text + "\n" + OTHER[doc], published="2025-03-04")
    card = _with_clause(a, frag, "explode", "ev-a", "2025-03-03")
    b = analysis("bbbb", noun_text + "\n" + OTHER["bbbb"], published="2025-03-06")
    i = noun_text.index(stamp)
    b.timexes = [Timex(start=i, end=i + len(stamp), text=stamp, type="DATE", value=day)]
    return brief.summarise(corpus_of([a, b], n=4, events=[card]))


def test_a_happening_told_by_its_noun_is_the_same_happening():
    story = _noun_story("A blast tore through the Port Ellery platform on 3 March, killing nine workers in the bay.",
                        "2025-03-03", "3 March")
    assert sum(1 for x in story if "exploded" in x.text or "blast" in x.text) == 1, [x.text for x in story]


def test_a_noun_of_a_happening_on_another_day_is_another_happening():
    # twin: a second blast two days later is news of its own
    story = _noun_story("A blast tore through the Port Ellery platform on 5 March, killing nine workers in the bay.",
                        "2025-03-05", "5 March")
    assert sum(1 for x in story if "exploded" in x.text or "blast" in x.text) == 2, [x.text for x in story]


@pytest.mark.parametrize("a, b, same", [
    ("2025-03-03", "2025-03-03", True), ("2025-03-03", "2025-03", True), ("2025-03", "2025-03-03", True),
    ("2025-03-03", "2025-03-04", False), ("2025-03", "2025-03", False), ("2025", "2025-03-03", False),
    ("2025-03-03", "2025-04", False),
])
def test_same_time_is_one_day_or_a_day_in_its_month(a, b, same):
    assert brief._same_time(a, b) is same


@pytest.mark.parametrize("before, fires", [
    ("has handed out 9,000 meals since an explosion at the depot on ", True),
    ("meals have been handed out since the depot exploded on ", False),
])
def test_a_bound_through_a_named_happening(before, fires):
    assert brief.comparison_cue(before + "3 March", len(before)) is fires


def _undated_card_story(stamp_day: str, stamp: str):
    """The first article's dated card (explode, 3 March) beside a sentence whose own card is
    undated ("Two days after the inspection, on 3 March, ..."): its time expression, inside
    that card's clause, dates the sentence."""
    doc, text, frag = BLAST[0]
    a = analysis(doc, text + "\n" + OTHER[doc], published="2025-03-04")
    cards = [_with_clause(a, frag, "explode", "ev-a", "2025-03-03")]
    told = f"Two days after the last inspection, on {stamp}, the Port Ellery platform blew up and nine workers died."
    b = analysis("bbbb", told + "\n" + OTHER["bbbb"], published="2025-03-06")
    cards.append(_with_clause(b, f"on {stamp}, the Port Ellery platform blew up", "blow", "ev-b", None))
    i = told.index(stamp)
    b.timexes = [Timex(start=i, end=i + len(stamp), text=stamp, type="DATE", value=stamp_day)]
    return brief.summarise(corpus_of([a, b], n=4, events=cards))


def test_an_undated_card_takes_the_day_of_the_time_expression_in_its_clause():
    story = _undated_card_story("2025-03-03", "3 March")
    assert sum(1 for x in story if "exploded" in x.text or "blew up" in x.text) == 1, [x.text for x in story]


def test_an_undated_card_on_another_day_is_another_happening():
    # twin: the same words told of another day
    story = _undated_card_story("2025-03-05", "5 March")
    assert sum(1 for x in story if "exploded" in x.text or "blew up" in x.text) == 2, [x.text for x in story]

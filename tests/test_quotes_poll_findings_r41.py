"""A poll's finding with no verb of saying, round forty-one (issue 18, item 3): the clause after
a fronted "In the ... poll," frame, and a name or pronoun with what the poll says of it ("polls
show Roe with a lead"). The poll is the source, as in "according to the poll, ...": never the
candidate the finding is about. Each rule with twins where it must not fire. Texts written for
the test."""

from __future__ import annotations

import pytest
from pipeline_helpers import analysed, quote_texts, shown_speaker


def _quote(a, start: str):
    hits = [q for q in a.quotes if q.text.startswith(start)]
    return hits[0] if hits else None


# --- _poll_frame: "In the latest Acme poll, <clause>" ----------------------------------------

def test_a_clause_after_a_fronted_poll_frame_is_the_polls_finding():
    a = analysed("Voting starts next week in Ohio. In the latest Marist poll, Dana Whitcombe leads "
                 "Harold Brice by six points among likely voters.")
    q = _quote(a, "Dana Whitcombe leads")
    assert q is not None and q.kind == "indirect"
    assert q.text.endswith("likely voters")
    assert (q.cue or "").startswith("In the latest Marist poll")
    assert shown_speaker(a, q) in (None, "Marist")  # the poll or open, never a candidate


def test_a_standing_told_before_a_trailing_poll_frame_is_the_polls_finding():
    a = analysed("Voting starts next week in Ohio. Dana Whitcombe leads Harold Brice by six points "
                 "in the latest Marist poll.")
    q = _quote(a, "Dana Whitcombe leads Harold Brice by six points")
    assert q is not None and not q.text.endswith("poll")
    assert shown_speaker(a, q) in (None, "Marist")


def test_twin_a_deed_before_a_trailing_poll_frame_is_left_out():
    a = analysed("Voting starts next week in Ohio. Dana Whitcombe took part in the latest Marist poll.")
    assert not any(q.text.startswith("Dana Whitcombe") for q in a.quotes)


def test_twin_a_trailing_frame_that_does_not_end_the_sentence_is_left_out():
    a = analysed("Voting starts next week in Ohio. Dana Whitcombe leads Harold Brice in the latest "
                 "Marist poll, although her lead has shrunk since May.")
    assert not any(q.text.startswith("Dana Whitcombe leads") for q in a.quotes)


def test_twin_a_frame_naming_no_poll_is_left_out():
    a = analysed("Voting starts next week in Ohio. In the latest debate, Dana Whitcombe attacked "
                 "Harold Brice over his record on schools.")
    assert not any(q.text.startswith("Dana Whitcombe attacked") for q in a.quotes)


def test_twin_a_frame_before_a_verb_of_saying_is_the_reported_speech_paths():
    a = analysed("Voting starts next week in Ohio. In the latest Marist poll, most voters said "
                 "they would back Dana Whitcombe.")
    assert not any(q.text.startswith("most voters said") for q in a.quotes)
    q = _quote(a, "they would back")
    assert q is not None and (q.cue or "") == "said"


# --- _poll_shows: "polls show Roe with a lead" -----------------------------------------------

def test_a_name_with_what_the_poll_shows_of_it_is_the_polls_finding():
    a = analysed("The race has tightened since May. Recent polls show Dana Whitcombe with a "
                 "ten-point lead in Ohio.")
    q = _quote(a, "Dana Whitcombe with a ten-point lead")
    assert q is not None and q.kind == "indirect" and (q.cue or "") == "show"
    assert shown_speaker(a, q) is None  # "Recent polls" names no one: open, not Whitcombe


def test_a_pronoun_with_a_participle_after_have_is_the_polls_finding():
    a = analysed("Dana Whitcombe entered the race in May. The latest survey has her trailing "
                 "Harold Brice by three points.")
    q = _quote(a, "her trailing Harold Brice")
    assert q is not None and shown_speaker(a, q) not in ("Dana Whitcombe", "Harold Brice")


def test_twin_a_name_alone_after_show_is_left_out():
    a = analysed("The race has tightened since May. Recent polls show Dana Whitcombe, and her "
                 "aides are pleased.")
    assert not any(q.text.startswith("Dana Whitcombe") for q in a.quotes)


def test_twin_a_subject_that_is_no_poll_is_left_out():
    a = analysed("The race has tightened since May. The footage shows Dana Whitcombe with a "
                 "megaphone in Ohio.")
    assert not any(q.text.startswith("Dana Whitcombe with a megaphone") for q in a.quotes)


def test_twin_a_hypothetical_or_negated_showing_is_left_out():
    a = analysed("The race has tightened since May. If polls show Dana Whitcombe with a lead in "
                 "Ohio, her rivals will attack. Recent polls do not show Harold Brice with a lead.")
    assert not any(q.text.startswith(("Dana Whitcombe with", "Harold Brice with")) for q in a.quotes)


@pytest.mark.parametrize("text", [
    # the round-forty-one review: "poll" as an election, and a survey that puts someone in a position
    "In the 2019 national poll, the Congress party won only 52 seats.",
    "In the Scottish Parliament poll, the SNP took 64 seats.",
    "The survey put Jim Doe in an awkward position before the debate.",
])
def test_an_election_poll_or_a_survey_without_a_standing_is_no_finding(text):
    assert not quote_texts(text)


def test_a_finding_stops_before_the_writers_turn():
    got = quote_texts("In polling last month, Jane Roe trailed Jim Doe by three points, but she has since pulled ahead.")
    assert all("pulled ahead" not in q for q in got)

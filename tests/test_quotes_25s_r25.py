"""Issue 18, round twenty-five (25s): no statement in two general classes: a saying whose subject
is no one ("no one ever said ...", the seed-73 audit) and a question put to the subject ("When
asked why ..., Roe said": the unnamed asker's question, given to the one asked; the round-25
census of the untuned topics). Each with a must-fire case (fails on main) and a must-not-fire
twin, on short texts written for these tests."""

from __future__ import annotations

import pytest

from storyline.pipeline import analyse_record
from storyline.types import Record

_LEAD = "The pump at the harbour failed again on Friday.\n\n"


def _quotes(text: str):
    a = analyse_record(Record(source="x.txt", text=_LEAD + text))
    out = {}
    for q in a.quotes:
        m = a.mentions[q.speaker_mention].text if q.speaker_mention is not None else q.speaker_text
        out[q.text] = (m, q.speaker_confidence or 0.0, q.speaker_evidence or "")
    return out


def _starting(qs: dict, start: str):
    return [k for k in qs if k.startswith(start)]


# -- a saying whose subject is no one ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "No one has yet suggested that the pier be closed.",
    "Nobody ever said the pier was safe.",
    "None of the pilots claimed the runway was clear.",
])
def test_nobody_said_is_no_statement(text):
    assert not _quotes(text)


def test_twin_a_saying_about_no_one_stays():
    qs = _quotes("Jane Roe said nobody was hurt in the blast.")
    assert qs.get("nobody was hurt in the blast", (None,))[0] == "Jane Roe"


def test_twin_a_named_holder_never_said_stays():
    # a named holder's negated cue keeps its quote, the negation in the cue (18n)
    a = analyse_record(Record(source="x.txt", text=_LEAD + "Jane Roe never said the pier was safe."))
    assert [(q.text, q.cue) for q in a.quotes] == [("the pier was safe", "never said")]


# -- a question put to the subject ----------------------------------------------------------

def test_when_asked_is_not_the_answerers_statement():
    qs = _quotes("When asked why the pump had failed, Acme spokesman John Fell said there was no reason to worry.")
    assert not _starting(qs, "why the pump had failed")
    assert qs.get("there was no reason to worry", (None,))[0] == "John Fell"  # the answer stays his


def test_asked_whether_at_the_start():
    qs = _quotes('Asked whether the town was angry, the mayor said: "They are angry and they will stay angry."')
    assert not _starting(qs, "whether the town was angry")


def test_twin_the_asker_named_as_subject_stays():
    qs = _quotes("Jane Roe has asked whether the pier is safe.")
    assert qs.get("whether the pier is safe", (None,))[0] == "Jane Roe"


def test_twin_a_conjunct_asked_stays():
    qs = _quotes("Jane Roe walked out of the hall and asked why the pier was closed.")
    assert _starting(qs, "why the pier was closed")



# -- a title glued to the organisation before it ------------------------------------------------

_STORM = ("Should a gale come near the rig, the boats would sail home, said Coast Guard Adm. Thad W. Allen, "
          "who is running the work for the government.")


def test_a_title_glued_to_the_service_gives_the_name_after_it():
    qs = _quotes(_STORM)
    hits = _starting(qs, "Should a gale")
    assert hits and qs[hits[0]][0] == "Thad W. Allen" and "ends in a title" in qs[hits[0]][2]


def test_twin_the_service_without_a_title_stays_the_organisation():
    qs = _quotes("Crews will stay at sea, Coast Guard officials said on Monday.")
    assert qs.get("Crews will stay at sea", (None,))[0] == "Coast Guard"


def test_a_glued_title_in_apposition_gives_the_name_after_it():
    qs = _quotes("The man in charge of the federal work, retired Coast Guard Adm. Thad W. Allen, told a radio "
                 "station on Tuesday that the new cap had stopped the leak.")
    hits = _starting(qs, "that the new cap")
    assert hits and qs[hits[0]][0] == "Thad W. Allen"


def test_twin_a_plain_apposition_stays():
    qs = _quotes("The head of the fleet, Jane Roe, said the ships would stay.")
    assert qs.get("the ships would stay", (None,))[0] == "Jane Roe"

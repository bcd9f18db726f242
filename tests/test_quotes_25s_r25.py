"""Issue 18, round twenty-five (25s): no statement in a class the round-25 census of the untuned
topics found: a question put to the subject ("When asked why ..., Roe said": the unnamed
asker's question, given to the one asked). Each with a must-fire case (fails on main) and a
must-not-fire twin, on short texts written for these tests."""

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


"""A name inside the speaker phrase is not the speaker (issue 18, round thirteen, 18r): a
public body owned by a name ("Norland's health ministry said") speaks, not its owner. The rule
on short invented texts with must-not-fire twins; the other shapes of the class (a place behind
a preposition, a name compounded into a common noun) were open already and are kept here as
checks."""

from __future__ import annotations

from scenes import quote_starting as _one
from scenes import who as _who

from storyline.pipeline import analyse_record
from storyline.types import Record

_LEAD = "Ships waited outside the harbour at Port Ellery on Monday.\n\n"


def _said(subject: str, cue: str = "said"):
    a = analyse_record(Record(source="x.txt", text=_LEAD + f"{subject} {cue} the port would close on Friday."))
    return a, _one(a, "that the port" if cue.endswith("that") else "the port would close")


# --- the rule: a body owned by a name -------------------------------------------------------


def test_a_ministry_owned_by_a_name_is_not_that_name():
    a, q = _said("Norland's health ministry")
    assert _who(a, q) is None
    assert q.speaker_text == "Norland's health ministry"


def test_a_foreign_ministry_owned_by_a_name_is_not_that_name():
    a = analyse_record(Record(source="x.txt", text=_LEAD + "Norland's foreign ministry announced that the port "
                              "would close on Friday."))
    q = _one(a, "that the port would close")
    assert _who(a, q) is None
    assert q.speaker_text == "Norland's foreign ministry"


# --- twins: the name is the speaker ---------------------------------------------------------


def test_the_name_alone_speaks():
    a, q = _said("Norland")
    assert _who(a, q) == "Norland"


def test_a_report_of_a_name_is_its_own():
    # a source noun ("report", not a body): the owner's words, as before
    a, q = _said("Acme Corp's report")
    assert _who(a, q) == "Acme Corp"


def test_officials_of_a_name_speak_for_it():
    a, q = _said("Acme Corp officials")
    assert _who(a, q) == "Acme Corp"


def test_a_ministry_named_as_such_speaks():
    a, q = _said("The Norland Health Ministry")
    assert _who(a, q) == "Norland Health Ministry"


def test_a_person_of_an_organisation_is_the_person():
    a, q = _said("Jane Roe of Acme Corp")
    assert _who(a, q) == "Jane Roe"
    a, q = _said("Acme Corp's Jane Roe")
    assert _who(a, q) == "Jane Roe"


# --- the class's other shapes, open already at the base ------------------------------------


def test_a_place_behind_a_preposition_is_not_the_speaker():
    a, q = _said("The health ministry in Norland", "added that")
    assert _who(a, q) is None
    assert q.speaker_text == "The health ministry in Norland"


def test_a_name_compounded_into_a_virus_is_not_the_speaker():
    a = analyse_record(Record(source="x.txt", text="Jane Roe met reporters on Monday.\n\n"
                              "The Roe flu virus said the port would close on Friday."))
    assert _who(a, _one(a, "the port would close")) is None

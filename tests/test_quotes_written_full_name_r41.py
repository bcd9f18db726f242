"""Round forty-one, issue 18 (open speakers): a bare surname subject that no mention holds
("Walding said"), whose full name the text writes before it untagged too ("Hugh Walding of the
charity said"), is that person: a new speaker entity of the full name. Refused when the text
writes two people's first names before the surname, when the surname is written in lower case
too (a noun), or when the surname is itself a first name. Every text here is invented."""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker

LEAD = "Hugh Walding of Friends of the Earth said the choice of venue was sure to anger people.\n\n"
TAG = "\"I'm sure this will be seen as another disaster,\" Walding said.\n\nThe company declined to comment."


def _quote(text: str):
    a = analysed(text)
    hits = [q for q in a.quotes if "another disaster" in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


def test_the_surname_names_the_one_full_name_written_before():
    who, q = _quote(LEAD + TAG)
    assert who == "Hugh Walding"
    assert "the one full name the document writes" in (q.speaker_evidence or "")


def test_not_when_two_people_bear_the_surname():
    # a second first name before the same surname: two bearers, the bare one is neither's for sure
    who, q = _quote(LEAD + "His sister Anne Walding runs a shop on the quay.\n\n" + TAG)
    assert "the one full name the document writes" not in (q.speaker_evidence or "")
    assert who not in ("Hugh Walding", "Anne Walding")

"""A reported content's speaker is never a name inside the reported words (round thirty-four).
Every text is invented; the rule has a must-fire case and must-not-fire twins."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _said(text: str):
    a = analyse_record(Record(source="x.txt", text="Floods hit Port Ellery on Monday.\n\n" + text))
    return [(q.text, q.cue, a.mentions[q.speaker_mention].text if q.speaker_mention is not None else None)
            for q in a.quotes]


def test_the_one_accused_is_not_the_speaker():
    # the parse gives the cue no subject (the sayer an apposition of the place); the name found
    # was the accused's, at the start of the content
    out = _said("Speaking in Port Ellery, Jane Roe, without naming him, also accused John Doe of being a "
                "latecomer to the harbour debate.")
    assert all(speaker != "John Doe" for _, cue, speaker in out if cue == "accused")


def test_the_accuser_named_as_subject_stays():
    assert ("John Doe of lying about the cost of the bridge", "accused", "Jane Roe") in _said(
        "Jane Roe accused John Doe of lying about the cost of the bridge.")


def test_an_interposed_tag_keeps_its_speaker():
    out = _said("John Doe, Jane Roe said, had lied about the cost of the bridge.")
    assert [speaker for _, cue, speaker in out if cue == "said"] == ["Jane Roe"]

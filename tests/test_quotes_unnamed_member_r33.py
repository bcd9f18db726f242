"""One member of a people or a party ("said a New Hampshire Republican") is someone not
named: the speaker stays open with those words, never the party (round thirty-three).
Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.pipeline import analyse_record
from storyline.types import Record


def _speaker(text: str) -> tuple[str | None, str | None]:
    a = analyse_record(Record(source="t.txt", text=text))
    q = a.quotes[0]
    return (a.mentions[q.speaker_mention].text if q.speaker_mention is not None else None), q.speaker_text


@pytest.mark.parametrize("who", ["a New Hampshire Republican", "one Iowa Democrat", "a Republican"])
def test_one_member_of_a_party_is_open(who):
    named, written = _speaker(f'"The polls are wrong about the primary," said {who}.')
    assert named is None and written == who


def test_the_party_members_as_a_group_stay_as_tagged():
    # twin: the plural is the group the words are credited to
    named, _ = _speaker('"The polls are wrong about the primary," Republicans said on Monday.')
    assert named == "Republicans"

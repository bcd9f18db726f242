"""A saying gerund in a time adjunct ("after hinting that ...") is the main clause's subject's,
even when that clause has an object (round thirty-three; "for"/"by" keep the object test).
Texts written for the test."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _by_cue(text: str) -> dict[str, str | None]:
    a = analyse_record(Record(source="t.txt", text=text))
    return {q.cue: (a.mentions[q.speaker_mention].text if q.speaker_mention is not None else q.speaker_text)
            for q in a.quotes}


def test_a_time_adjunct_gerund_is_the_subjects():
    got = _by_cue("Ben Carlson told the wire on Monday after hinting that staff changes could come.")
    assert got.get("hinting") == "Ben Carlson"


def test_a_gerund_after_for_with_an_object_is_not_the_subjects():
    # twin: "thanked Roe for saying": the one thanked said it, never the one thanking
    got = _by_cue("Ben Carlson thanked Ann Roe on Wednesday for saying that the plan would work.")
    assert got.get("saying") != "Ben Carlson"

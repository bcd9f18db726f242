"""A newspaper's dateline with a single hyphen at a line's start (round thirty-three, issue 16).

"CHICAGO - The mayor ..." and "NASHUA, N.H. - At the moment ..." are datelines: a city the
wire's style book lets stand alone, a state capital, or a place with a US state after its comma. A capitals
label before a hyphen ("FILE - In this photo") and a place the list does not hold are left in
the text (abstain). Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.clean import clean_record
from storyline.types import Record


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


@pytest.mark.parametrize("line, place", [
    ("CHICAGO - The mayor said on Monday that the city would hire more teachers.", "CHICAGO"),
    ("NASHUA, N.H. - At the moment the governor arrived, the hall was already full.", "NASHUA, N.H."),
    ("AMES, Iowa - Voters lined up before dawn outside the school gym.", "AMES, Iowa"),
    ("JERUSALEM - The prime minister's office said the meeting was off.", "JERUSALEM"),
    ("DES MOINES - Voters lined up before dawn outside the school gym.", "DES MOINES"),
])
def test_a_single_hyphen_dateline_after_the_headline_is_cut(line, place):
    text = f"Voters wait in the cold.\n\n{line}\n\nA second paragraph follows here with more news."
    d = _clean(text)
    assert d.dateline is not None and d.dateline.place == place
    assert place.split(",")[0] not in d.text
    assert any(r.reason.startswith("dateline") for r in d.removed)


@pytest.mark.parametrize("line", [
    "FILE - In this photo taken last year, the mayor speaks to reporters.",
    "AMES - Voters lined up before dawn outside the school gym.",
    "UPDATE - The council will meet again on Friday to vote on the plan.",
])
def test_a_label_or_an_unlisted_place_before_a_hyphen_stays(line):
    text = f"Voters wait in the cold.\n\n{line}\n\nA second paragraph follows here with more news."
    d = _clean(text)
    assert d.dateline is None
    assert line in d.text


def test_a_listed_city_with_a_hyphen_inside_a_sentence_stays():
    # twin: not at a line's start, so no dateline
    text = ("Voters wait in the cold.\n\nThe candidates flew from BOSTON - Logan Airport was closed "
            "for an hour - to the rally.\n\nA second paragraph follows here.")
    d = _clean(text)
    assert d.dateline is None and "BOSTON - Logan" in d.text

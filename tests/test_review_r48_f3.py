"""Round forty-eight's review, items 8 and 9 (fixer f3): the brief's demonstrative line read the
conjunction "that" (item 8), and the name-stop join joined real run-together sentences (item 9).
Each text is written for the test; the rules' own fire tests are in tests/test_r48_m3.py."""

from __future__ import annotations

import pytest
from pipeline_helpers import analysed

from storyline.resolve import brief


def _sentences(text: str) -> list[str]:
    a = analysed(text)
    return [a.document.text[s.start : s.end] for s in a.sentences]


# --- item 9: a place, a stop and an initialism opening the next sentence (parse._join_name_stops)

@pytest.mark.parametrize("text, first", [
    ("The envoys met in Lyon.EU ministers said a deal was near.", "The envoys met in Lyon."),
    ("Talks broke up in Vienna.UN staff said they would resume in June.", "Talks broke up in Vienna."),
    ("Stocks slid on Wall Street.US officials said on Friday they would act.", "Stocks slid on Wall Street."),
])
def test_review_r48_9_a_place_before_an_initialism_opening_a_sentence_stays_split(text, first):
    sents = _sentences(text)
    assert sents[0] == first
    assert len(sents) == 2


def test_review_r48_9_twin_a_sites_name_before_is_reporting_is_joined():
    text = "A rumour spread on Monday. A news site called Wattan.TV is reporting that the rebels left."
    assert "A news site called Wattan.TV is reporting that the rebels left." in _sentences(text)


# --- item 8: the conjunction "that" and a compound after it (resolve/data/brief_dependent.txt) ---

def _cat(sentence):
    dep = brief.dependent_opening(sentence)
    return dep[0] if dep else None


@pytest.mark.parametrize("sentence", [
    "Mediators hope that agreement will come before the vote in Oslo on Monday.",
    "Economists said that decision-makers in Tokyo would hold rates this year.",
    "The premier insisted that ruling parties in the senate would pass the bill.",
    "Diplomats said that deal-making between the two capitals had slowed since May.",
])
def test_review_r48_8_a_conjunction_that_or_a_compound_after_it_reads_alone(sentence):
    assert _cat(sentence) is None


@pytest.mark.parametrize("sentence", [
    "The cheaper tablet did not get that feature.",
    "Storms wrecked that plan within days.",
    "The mayor rejected that idea.",
    "Lawyers for the port will appeal that ruling on Monday.",
    "Engineers doubt these changes will help the dam.",
    "Since that ruling, the county has closed three polling sites.",
    "The mayor shelved that plan after the flood and aides said he believed that the dam was safe.",
])
def test_review_r48_8_twin_a_demonstrative_after_another_verb_still_points_back(sentence):
    assert _cat(sentence) == "ellipsis"

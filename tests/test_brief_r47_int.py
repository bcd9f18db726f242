"""Round forty-seven, integrator's in-sample mend of the brief (issue 23): a sentence that is only a
speaker's tag tells nothing. Each shape with its twin; the texts are written for the test."""

from __future__ import annotations

import pytest
from test_brief_trust import analysis, corpus_of

from storyline.resolve import brief


@pytest.mark.parametrize("sentence", [
    "Jane Roe's daughter-in-law, Mary, told Acme News.",
    "The mayor told reporters.",
    "Roe said on Monday.",
    "The company said.",
])
def test_a_speakers_tag_alone_is_a_bare_tag(sentence):
    assert brief.bare_tag(sentence)


@pytest.mark.parametrize("sentence", [
    "The mayor told reporters the bridge was safe.",
    "The toll rose to 40, the ministry said.",
    "Acme said it would cut 4,000 jobs.",
    "\u201cWe will fight on,\u201d Jane Roe told Acme News.",
    "According to Acme News.",
])
def test_twin_a_sentence_that_says_what_was_said_is_no_bare_tag(sentence):
    assert not brief.bare_tag(sentence)


def test_the_brief_never_picks_a_bare_tag():
    a = analysis("aaaa", "Acme Corp said it would close the Port Ellery plant for a month after the fire.\n"
                 "Jane Roe's daughter-in-law, Mary, told Acme News.\n"
                 "The union said the plant would reopen in June after repairs.", published="2024-05-02")
    texts = [x.text for x in brief.summarise(corpus_of([a], n=5))]
    assert not any("told Acme News" in t for t in texts)
    assert any("reopen in June" in t for t in texts)


@pytest.mark.parametrize("sentence", [
    "The deaths of two soldiers were confirmed on Sunday.",
    "Acme's merger with Globex was announced on Monday.",
    "Two more deaths were reported on Sunday.",
    "One of these days the dam will fail, engineers warned.",
])
def test_twin_a_passive_cue_or_a_clause_on_the_cue_is_no_bare_tag(sentence):
    # the review: a news subject of a passive cue is what the sentence tells
    assert not brief.bare_tag(sentence)

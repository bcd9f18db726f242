"""Round fifty-two (issue 23): in the brief's quality, a sentence that holds a quotation in marks weighs its
attribution at ``QUOTED_WEIGHT`` (.1), not ``ATTRIBUTED_WEIGHT`` (.18). A reported happening then outranks a
quotation and its tag of the same story words; a sourced line with no quotation marks ("..., officials said")
keeps the old weight. Invented texts only."""

from __future__ import annotations

import pytest
from test_brief import analysis, fake_embedder

from storyline.resolve import brief
from storyline.resolve.corpus import Corpus


def _quality(texts: dict[str, str]) -> dict[str, float]:
    corpus = Corpus(analyses=[analysis(d, t, published="2024-03-04") for d, t in texts.items()], embedder=fake_embedder)
    return {c.doc: c.quality for c in brief.candidates(corpus) if c.position == 0}


QUOTED = {"a": "\u201cPort Ellery dockworkers ended their long strike,\u201d a union leader said.\n",
          "b": "Port Ellery dockworkers ended their long strike at Harbour Street on Monday.\n"}
UNQUOTED = {"a": "Port Ellery dockworkers ended their long strike, a union leader said.\n",
            "b": "Port Ellery dockworkers ended their long harbour strike on Monday.\n"}


def test_a_reported_happening_outranks_a_quotation_of_the_same_words():
    q = _quality(QUOTED)
    assert q["b"] > q["a"]


def test_at_the_old_weight_the_quotation_ranked_first(monkeypatch):
    monkeypatch.setattr(brief, "QUOTED_WEIGHT", brief.ATTRIBUTED_WEIGHT)
    q = _quality(QUOTED)
    assert q["a"] > q["b"]


def test_a_sourced_line_without_quotation_marks_keeps_the_old_weight():
    # must-not-fire twin: the same words with no quotation marks, the tag's weight unchanged (.18)
    q = _quality(UNQUOTED)
    assert q["a"] > q["b"]
    q = _quality({"a": "The Port Ellery strike is over, officials said on Monday.\n",
                  "b": "The Port Ellery strike is over, officials hoped on Monday.\n"})
    assert q["a"] == pytest.approx(q["b"] + brief.ATTRIBUTED_WEIGHT * 0.7)


def test_a_quotation_still_counts_as_attributed():
    # twin: the weight is lowered, not removed
    q = _quality({"a": "\u201cThe Port Ellery strike is over,\u201d officials said on Monday.\n",
                  "b": "\u201cThe Port Ellery strike is over,\u201d officials hoped on Monday.\n"})
    assert q["a"] == pytest.approx(q["b"] + brief.QUOTED_WEIGHT * 0.7)
    assert brief.QUOTED_WEIGHT > 0


def test_a_name_in_marks_is_no_quotation():
    # the integrator's narrowing: a one-word name or a short term in marks keeps the tag's weight (.18)
    marked = _quality({"a": "Officials said the cat \u201cBart\u201d was found alive in Port Ellery on Monday.\n",
                       "b": "Officials hoped the cat \u201cBart\u201d was found alive in Port Ellery on Monday.\n"})
    assert marked["a"] == pytest.approx(marked["b"] + brief.ATTRIBUTED_WEIGHT * 0.7)


def test_a_quotation_of_four_words_is_one():
    # twin: four quoted words are a quotation, weighed at .1
    q = _quality({"a": "Officials said the cat was \u201cfound alive and well\u201d in Port Ellery on Monday.\n",
                  "b": "Officials hoped the cat was \u201cfound alive and well\u201d in Port Ellery on Monday.\n"})
    assert q["a"] == pytest.approx(q["b"] + brief.QUOTED_WEIGHT * 0.7)

"""Round fifty-two (issue 23): a line of saying weighs less in the brief's quality than before
(``ATTRIBUTED_WEIGHT`` .18 -> .1), so a reported happening outranks a bare quotation and its tag
of the same story words; attribution still counts between two otherwise alike lines. Invented
texts only."""

from __future__ import annotations

import pytest
from test_brief import analysis, fake_embedder

from storyline.resolve import brief
from storyline.resolve.corpus import Corpus


def _quality(texts: dict[str, str]) -> dict[str, float]:
    corpus = Corpus(analyses=[analysis(d, t, published="2024-03-04") for d, t in texts.items()], embedder=fake_embedder)
    return {c.doc: c.quality for c in brief.candidates(corpus) if c.position == 0}


SAYING = {"a": "Port Ellery dockworkers ended their long strike, a union leader said.\n",
          "b": "Port Ellery dockworkers ended their long harbour strike on Monday.\n"}


def test_a_reported_happening_outranks_a_line_of_saying_of_the_same_words():
    q = _quality(SAYING)
    assert q["b"] > q["a"]


def test_the_old_weight_ranked_the_line_of_saying_first(monkeypatch):
    # the same pair at the old weight: the tag's "said" (and its name) put the saying first
    monkeypatch.setattr(brief, "ATTRIBUTED_WEIGHT", 0.18)
    q = _quality(SAYING)
    assert q["a"] > q["b"]


def test_attribution_still_counts_between_two_alike_lines():
    # must-not-fire twin: the weight is lowered, not removed; a sourced line beats its unsourced copy
    q = _quality({"a": "Port Ellery dockworkers ended their long strike on Monday, officials said.\n",
                  "b": "Port Ellery dockworkers ended their long strike on Monday, officials hoped.\n"})
    assert q["a"] == pytest.approx(q["b"] + brief.ATTRIBUTED_WEIGHT * 0.7)
    assert brief.ATTRIBUTED_WEIGHT > 0

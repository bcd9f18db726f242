"""bench/brief.py's spread of the gain over the best baseline (issue 23): per-topic deltas,
the tuned and held-out splits apart, and the gain with each topic left out, so a margin
that one topic carries shows as such."""

from __future__ import annotations

import pytest
from benchmod import bench

bb = bench("brief")


def _scores(ours, lexrank, lead):
    zero = [(0.0, 0.0)] * len(ours)
    return {"ours": [(x, 0.0) for x in ours], "lexrank": [(x, 0.0) for x in lexrank],
            "centroid": zero, "lead": [(x, 0.0) for x in lead], "random": zero}


def test_an_even_gain_has_a_narrow_leave_one_out_range():
    names = ["bpoil_a", "bpoil_b", "h1n1", "haiti"]
    out = bb.gain_spread(names, _scores([0.22, 0.22, 0.22, 0.22], [0.2, 0.2, 0.2, 0.2], [0.1] * 4), "bpoil")
    assert out["gain_r1_pct"] == pytest.approx(10.0)
    assert out["gain_r1_pct_tuned"] == pytest.approx(10.0) and out["gain_r1_pct_heldout"] == pytest.approx(10.0)
    assert out["gain_r1_pct_leave_one_out"] == [pytest.approx(10.0), pytest.approx(10.0)]
    assert out["topics_ahead"] == 4 and out["delta_r1_sd"] == pytest.approx(0.0)


def test_a_gain_one_topic_carries_shows_in_the_spread():
    names = ["bpoil_a", "bpoil_b", "h1n1", "haiti"]
    # ours ties the baseline on three topics and is far ahead on one
    out = bb.gain_spread(names, _scores([0.2, 0.2, 0.2, 0.28], [0.2] * 4, [0.1] * 4), "bpoil")
    assert out["gain_r1_pct"] == pytest.approx(10.0)
    lo, hi = out["gain_r1_pct_leave_one_out"]
    assert lo == pytest.approx(0.0) and hi > 10.0
    assert out["topics_ahead"] == 1
    assert out["gain_r1_pct_tuned"] == pytest.approx(0.0)  # the tuned split alone shows no gain
    # the best baseline is the best by the split's mean, never the per-topic maximum
    mixed = bb.gain_spread(["a", "b"], _scores([0.2, 0.2], [0.2, 0.1], [0.1, 0.2]), "")
    assert mixed["gain_r1_pct"] == pytest.approx(100 * (0.2 / 0.15 - 1), abs=0.01)
    assert mixed["topics_ahead"] == 0


def test_content_rouge_counts_only_words_outside_the_stop_list():
    gold = "The council voted to close the harbour on Monday."
    # shares only function words with the gold: plain ROUGE-1 counts them, the content one does not
    function_only = "It was the one of the days to be on the list."
    assert bb.rouge_f(function_only, gold, 1) > 0
    assert bb.rouge_f(function_only, gold, 1, content=True) == 0.0
    # twin: shares the content words, so the content figure is above zero and above the plain one
    content_twin = "Councillors voted harbour closure Monday."
    assert bb.rouge_f(content_twin, gold, 1, content=True) > bb.rouge_f(content_twin, gold, 1) > 0
    # unchanged by default: the plain figure is what every earlier round reported
    assert bb.ngrams(gold, 1) == bb.ngrams(gold, 1, content=False)
    assert ("the",) in bb.ngrams(gold, 1) and ("the",) not in bb.ngrams(gold, 1, content=True)

"""The scoring half of scripts/cv_crossencoder.py (the cross-encoder feasibility study): the
precision at a given recall and the pass rule written before any result. Training needs torch,
which is no dependency of storyline; only these pure functions are tested here."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from cv_crossencoder import pass_rule, precision_at_recall  # noqa: E402


def test_precision_at_recall_takes_the_top_until_the_recall():
    scores = [0.9, 0.8, 0.7, 0.6, 0.5]
    y = [1, 0, 1, 0, 1]
    # 4 positives in all (one dropped before scoring): half of them needs the first three pairs
    p, r, k = precision_at_recall(scores, y, 4, 0.5)
    assert k == 3 and abs(p - 2 / 3) < 1e-9 and r == 0.5


def test_precision_at_recall_takes_ties_at_the_cut_together():
    p, r, k = precision_at_recall([0.9, 0.5, 0.5, 0.1], [1, 0, 1, 0], 2, 0.5)
    assert k == 1 and p == 1.0
    p, r, k = precision_at_recall([0.9, 0.5, 0.5, 0.1], [0, 1, 0, 1], 2, 0.5)
    assert k == 3 and abs(p - 1 / 3) < 1e-9


def test_recall_never_reached_gives_every_pair():
    p, r, k = precision_at_recall([0.9, 0.1], [1, 0], 5, 0.5)
    assert k == 2 and p == 0.5 and r == 0.2


@given(st.lists(st.tuples(st.floats(0, 1), st.booleans()), min_size=1, max_size=40), st.floats(0.01, 1))
def test_precision_at_recall_is_a_share_and_reaches_the_recall_when_it_can(items, recall):
    scores = [s for s, _ in items]
    y = [int(b) for _, b in items]
    n_pos = max(1, sum(y))
    p, r, k = precision_at_recall(scores, y, n_pos, recall)
    assert 0 <= p <= 1 and 1 <= k <= len(items)
    if sum(y) >= recall * n_pos:
        assert r >= recall - 1e-9


def test_pass_rule_needs_a_gain_beyond_the_spread_in_four_folds():
    assert pass_rule([0.05, 0.06, 0.04, 0.07, 0.01])["passed"]
    # the twins: a mean gain within the spread, a gain in three folds only, a loss
    assert not pass_rule([0.20, -0.10, 0.15, -0.05, 0.02])["passed"]
    assert not pass_rule([0.05, 0.05, 0.05, -0.01, -0.01])["passed"]
    assert not pass_rule([-0.02, -0.01, -0.03, -0.02, -0.01])["passed"]


def test_average_precision_counts_unscored_positives_as_missed():
    from cv_crossencoder import average_precision

    assert average_precision([0.9, 0.1], [1, 0], 1) == 1.0
    assert average_precision([0.9, 0.1], [1, 0], 2) == 0.5
    # the twin: a positive ranked below a negative
    assert abs(average_precision([0.9, 0.1], [0, 1], 1) - 0.5) < 1e-9

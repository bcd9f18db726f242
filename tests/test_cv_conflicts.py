"""The topic grouping of scripts/cv_conflicts.py: FNC-1 bodies joined by the headlines they
share (pairs kept as related), so a cross-validation fold can hold out a whole claim."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from cv_conflicts import folds, topics  # noqa: E402


def test_bodies_sharing_a_related_headline_are_one_topic():
    pairs = [("Woman gets third breast", 1, "agree"), ("Woman gets third breast", 2, "disagree"),
             ("Crab seen in harbour", 3, "discuss"), ("Crab seen in harbour", 4, "discuss"),
             ("Woman gets third breast", 4, "unrelated")]
    rows = [{"sim": 0.8}, {"sim": 0.6}, {"sim": 0.7}, {"sim": 0.9}, {"sim": 0.1}]
    t = topics(pairs, rows, 0.45)
    assert t[1] == t[2] and t[3] == t[4]
    # the twin: a pair below the relatedness threshold joins nothing (body 4 stays apart
    # from the third-breast bodies although the file pairs them)
    assert t[1] != t[4]
    # a topic is one group: every body of it falls in the same fold
    f = folds([t[b] for b in (1, 2, 3, 4)], 0, 5)
    assert f[0] == f[1] and f[2] == f[3]


def test_a_body_with_no_related_pair_is_its_own_topic():
    t = topics([("A claim", 7, "unrelated"), ("Another claim", 8, "unrelated")], [{"sim": 0.2}, {"sim": 0.3}], 0.45)
    assert t[7] != t[8]


def test_paired_compares_shuffle_by_shuffle():
    from cv_conflicts import paired

    base = [(0.50, 0.35), (0.60, 0.36), (0.55, 0.34)]
    cand = [(0.55, 0.35), (0.58, 0.36), (0.60, 0.34)]
    dp, spread, better = paired(base, cand)
    assert better == 2 and abs(dp - (0.05 - 0.02 + 0.05) / 3) < 1e-9 and spread > 0
    # the twin: the same precisions are no gain in any shuffle
    assert paired(base, base) == (0.0, 0.0, 0)


def test_paired_refuses_runs_of_different_shuffles():
    import pytest
    from cv_conflicts import paired

    with pytest.raises(ValueError):
        paired([(0.5, 0.3)], [(0.5, 0.3), (0.6, 0.3)])

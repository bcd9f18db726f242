"""Embedding neighbours: exact below the threshold, LSH-blocked above it with measured recall."""

from __future__ import annotations

import numpy as np

from storyline.neighbours import nearest


def _clustered(n_clusters: int, per: int, dim: int = 64, noise: float = 0.25, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((n_clusters, dim))
    pts = np.repeat(centres, per, axis=0) + noise * rng.standard_normal((n_clusters * per, dim))
    return (pts / np.linalg.norm(pts, axis=1, keepdims=True)).astype(np.float32)


def test_exact_search_finds_the_true_top_k():
    v = _clustered(20, 5)
    pairs = nearest(v, k=4, min_cos=0.0)
    sims = v @ v.T
    np.fill_diagonal(sims, -1)
    for i in range(len(v)):
        for j in np.argsort(-sims[i])[:4]:
            assert (min(i, int(j)), max(i, int(j))) in pairs


def test_min_cos_and_no_self_pairs():
    v = _clustered(10, 4)
    pairs = nearest(v, k=10, min_cos=0.8)
    assert pairs and all(s >= 0.8 for s in pairs.values())
    assert all(i < j for i, j in pairs)


def test_lsh_blocking_recalls_close_pairs_and_compares_far_fewer():
    v = _clustered(400, 5)  # 2,000 items, forced through the LSH path
    exact = nearest(v, k=4, min_cos=0.8)
    approx = nearest(v, k=4, min_cos=0.8, exact_max=100, bucket=32)
    assert exact
    recall = len(set(exact) & set(approx)) / len(exact)
    assert recall >= 0.9, recall
    # everything LSH returns is a real pair above the threshold
    for (i, j), s in approx.items():
        assert abs(float(v[i] @ v[j]) - s) < 1e-5 and s >= 0.8


def test_same_vectors_same_pairs():
    v = _clustered(300, 5)
    assert nearest(v, 3, 0.7, exact_max=100) == nearest(v, 3, 0.7, exact_max=100)

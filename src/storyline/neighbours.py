"""Embedding neighbours for the corpus stage, without comparing all pairs at scale.

Up to ``EXACT_MAX`` items the search is exact (a chunked matrix product: O(n²) flops
but fast and exact at that size). Above it, items are blocked by random-hyperplane
LSH (SimHash): ``tables`` hash tables, each keyed by ``bits`` sign bits of the
L2-normalised vectors, with ``bits`` chosen so a bucket holds about ``bucket`` items;
only items sharing a bucket in some table are compared. Two vectors at angle θ share
one bit with probability 1 − θ/π, so close pairs (cosine ≥ 0.8) meet in some table
with high probability while the work stays about n · tables · bucket. Hyperplanes come
from a fixed seed: the same vectors give the same pairs.

Why not a library: the vetted environment has no ANN index (faiss, hnswlib, annoy are
not pinned here); this is a few lines of numpy with a recall we measure in the tests.
"""

from __future__ import annotations

import math

import numpy as np

EXACT_MAX = 20_000
TABLES = 16
BUCKET = 128


def nearest(
    vecs: np.ndarray,
    k: int,
    min_cos: float,
    exact_max: int = EXACT_MAX,
    tables: int = TABLES,
    bucket: int = BUCKET,
    seed: int = 0,
) -> dict[tuple[int, int], float]:
    """(i, j) with i < j -> cosine, for each item's k nearest neighbours at or above min_cos."""
    n = len(vecs)
    if n < 2 or k <= 0:
        return {}
    vecs = np.asarray(vecs, dtype=np.float32)
    if n <= exact_max:
        return _exact(vecs, k, min_cos)
    return _lsh(vecs, k, min_cos, tables, bucket, seed)


def _keep_top(pairs: dict, i: int, cand: np.ndarray, sims: np.ndarray, k: int, min_cos: float) -> None:
    if len(cand) > k:
        top = np.argpartition(-sims, k - 1)[:k]
        cand, sims = cand[top], sims[top]
    for j, s in zip(cand.tolist(), sims.tolist()):
        if s >= min_cos and j != i:
            pairs[(min(i, j), max(i, j))] = s


def _exact(vecs: np.ndarray, k: int, min_cos: float) -> dict[tuple[int, int], float]:
    n = len(vecs)
    pairs: dict[tuple[int, int], float] = {}
    everyone = np.arange(n)
    for lo in range(0, n, 512):  # chunked: memory O(512 · n)
        sims = vecs[lo : lo + 512] @ vecs.T
        for r in range(sims.shape[0]):
            i = lo + r
            sims[r, i] = -1.0
            _keep_top(pairs, i, everyone, sims[r], min(k, n - 1), min_cos)
    return pairs


def _lsh(vecs: np.ndarray, k: int, min_cos: float, tables: int, bucket: int, seed: int) -> dict[tuple[int, int], float]:
    n, dim = vecs.shape
    bits = max(1, min(30, round(math.log2(max(2, n / bucket)))))
    rng = np.random.default_rng(seed)
    weights = 1 << np.arange(bits, dtype=np.int64)
    # each item's best k so far, as arrays (memory n · k whatever the number of tables);
    # each table's candidates are merged in with array operations, not per item
    best_j = np.full((n, k), -1, dtype=np.int64)
    best_s = np.full((n, k), -np.inf, dtype=np.float32)
    for _ in range(tables):
        planes = rng.standard_normal((dim, bits)).astype(np.float32)
        codes = ((vecs @ planes) > 0).astype(np.int64) @ weights
        order = np.argsort(codes, kind="stable")
        bounds = np.flatnonzero(np.diff(codes[order])) + 1
        cand_j = np.full((n, k), -1, dtype=np.int64)
        cand_s = np.full((n, k), -np.inf, dtype=np.float32)
        for members in np.split(order, bounds):
            # a degenerate bucket (many near-identical items) is compared in slices
            for lo in range(0, len(members), 8 * bucket):
                part = members[lo : lo + 8 * bucket]
                if len(part) < 2:
                    continue
                sims = vecs[part] @ vecs[part].T
                np.fill_diagonal(sims, -np.inf)
                kk = min(k, len(part) - 1)
                tops = np.argpartition(-sims, kk - 1, axis=1)[:, :kk]
                cand_j[part, :kk] = part[tops]
                cand_s[part, :kk] = np.take_along_axis(sims, tops, axis=1)
        best_j, best_s = _merge_top(best_j, best_s, cand_j, cand_s, k, min_cos)
    pairs: dict[tuple[int, int], float] = {}
    rows, cols = np.nonzero(best_j >= 0)
    for i, j, sim in zip(rows.tolist(), best_j[rows, cols].tolist(), best_s[rows, cols].tolist()):
        pairs[(min(i, j), max(i, j))] = sim
    return pairs


def _merge_top(bj, bs, cj, cs, k: int, min_cos: float) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the k best of two candidate lists, a neighbour found twice kept once."""
    j = np.concatenate([bj, cj], axis=1)
    s = np.concatenate([bs, cs], axis=1)
    s[(s < min_cos) | (j < 0)] = -np.inf
    # the same neighbour from two tables: keep one (sort by neighbour, mask repeats)
    by_j = np.argsort(j, axis=1, kind="stable")
    j = np.take_along_axis(j, by_j, axis=1)
    s = np.take_along_axis(s, by_j, axis=1)
    s[:, 1:][j[:, 1:] == j[:, :-1]] = -np.inf
    # best k by similarity; a stable sort of rows already ordered by neighbour breaks
    # ties to the smaller index, so the result is deterministic
    top = np.argsort(-s, axis=1, kind="stable")[:, :k]
    j = np.take_along_axis(j, top, axis=1)
    s = np.take_along_axis(s, top, axis=1)
    j[~np.isfinite(s)] = -1
    return j, s

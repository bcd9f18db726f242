"""Small embedding vectors for story-detection tests: axis unit vectors and a vector at a given
cosine with the first axis (shared by the rounds' stories tests, which wrote them three times)."""

from __future__ import annotations

import numpy as np

DIM = 12


def unit(i: int) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    v[i] = 1.0
    return v


def at(cos: float, away: int) -> np.ndarray:
    """A unit vector at cosine ``cos`` with e0, the rest on axis ``away``."""
    return (cos * unit(0) + float(np.sqrt(1 - cos**2)) * unit(away)).astype(np.float32)

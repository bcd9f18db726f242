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


class Pile:
    """The parallel lists resolve.stories' passes read (vectors, entity keys, names, dates), built
    member by member into clusters: the last-look tests' fixture."""

    def __init__(self) -> None:
        self.clusters: list = []
        self.vecs: list[np.ndarray] = []
        self.keys: list[dict[str, float]] = []
        self.names: list[dict[str, float]] = []
        self.dates: list = []

    def member(self, c, v: np.ndarray, k: dict[str, float], also_named: tuple[str, ...] = ()) -> None:
        """A member with scored keys ``k``, named by them and ``also_named`` (a pile's subject
        name, left out of the scored keys)."""
        i = len(self.vecs)
        self.vecs.append(v)
        self.keys.append(k)
        self.names.append(dict.fromkeys([*k, *also_named], 1.0))
        self.dates.append(None)
        c.add(i, v, k, None, self.names[i])

    def arrays(self):
        """(clusters, stacked vectors, keys, names, dates): ``_attach``'s first arguments."""
        return self.clusters, np.stack(self.vecs), self.keys, self.names, self.dates

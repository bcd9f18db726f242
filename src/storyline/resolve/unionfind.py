"""Grouping by pairs: the one union-find the corpus stage's plain groupers share.

Near-duplicate documents, agreeing figures and conflicts on one proposition are each joined
pair by pair as the pairs are tested. Written here rather than taken from networkx (a
test-only dependency of this project) or scipy's ``connected_components`` (which wants the
whole edge list as index arrays up front); the two groupers that refuse some unions
(entities, events) keep their own forests, since their refusals need the clusters' state.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Disjoint sets over hashable items (path halving; an unseen item is its own set)."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._parent: dict[T, T] = {x: x for x in items}

    def find(self, x: T) -> T:
        """The representative of x's set."""
        parent = self._parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: T, b: T) -> None:
        """Join a's set to b's (b's representative stays the representative)."""
        self._parent[self.find(a)] = self.find(b)

    def groups(self, items: Iterable[T]) -> list[list[T]]:
        """The sets of ``items``, each in the order of ``items``, ordered by their first member."""
        out: dict[T, list[T]] = {}
        for x in items:
            out.setdefault(self.find(x), []).append(x)
        return list(out.values())

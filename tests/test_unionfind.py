"""The corpus stage's shared union-find: groups are the connected components of the unions."""

from hypothesis import given
from hypothesis import strategies as st

from storyline.resolve.unionfind import UnionFind


def test_groups_in_order_of_first_member():
    sets: UnionFind[str] = UnionFind("abcde")
    sets.union("d", "a")
    sets.union("e", "c")
    assert sets.groups("abcde") == [["a", "d"], ["b"], ["c", "e"]]


def test_unseen_item_is_its_own_set():
    sets: UnionFind[int] = UnionFind()
    assert sets.find(7) == 7
    sets.union(7, 8)
    assert sets.find(7) == sets.find(8) == 8


def _components(n: int, pairs: list[tuple[int, int]]) -> set[frozenset[int]]:
    """Connected components by graph search (the reference the union-find must equal)."""
    adj: dict[int, set[int]] = {i: set() for i in range(n)}
    for a, b in pairs:
        adj[a].add(b)
        adj[b].add(a)
    seen: set[int] = set()
    out = set()
    for i in range(n):
        if i in seen:
            continue
        stack, comp = [i], set()
        while stack:
            x = stack.pop()
            if x not in comp:
                comp.add(x)
                stack.extend(adj[x] - comp)
        seen |= comp
        out.add(frozenset(comp))
    return out


@given(st.integers(1, 12).flatmap(lambda n: st.tuples(st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=20))))
def test_groups_are_connected_components(case):
    n, pairs = case
    sets: UnionFind[int] = UnionFind(range(n))
    for a, b in pairs:
        sets.union(a, b)
    groups = sets.groups(range(n))
    assert {frozenset(g) for g in groups} == _components(n, pairs)
    assert all(g == sorted(g) for g in groups)

"""bench/pronouns.py: which GAP name (A or B) the resolver's pick stands for (round twenty, 18g).

The scenes are stand-ins (a cluster per mention and the mentions' offsets and words), so no
parse is needed: ``decide`` reads only those."""

from __future__ import annotations

from dataclasses import dataclass

from benchmod import bench

gap = bench("pronouns")


@dataclass
class _M:
    text: str
    start: int
    end: int


class _Scene:
    def __init__(self, mentions: list[tuple[str, int]], clusters: list[int]):
        self.candidates = [_M(t, a, a + len(t)) for t, a in mentions]
        self._clusters = clusters

    def cluster(self, i: int) -> int:
        return self._clusters[i]


def _scene(mentions: list[tuple[str, int]], clusters: list[int]) -> _Scene:
    return _Scene(mentions, clusters)


# "Nora Vale married Tom Vale in 1990. Vale later said she ..." : A = Tom Vale (18), B = Nora Vale (0)
ROW = {"A": "Tom Vale", "A-offset": "18", "B": "Nora Vale", "B-offset": "0"}


def test_a_pick_that_is_b_where_gap_marks_b_decides_b_though_its_surname_fits_a_too():
    # the pick's entity holds "Nora Vale" at B's offset and a lone "Vale" (whose words fit both
    # names); before round twenty this was no decision
    scene = _scene([("Nora Vale", 0), ("Tom Vale", 18), ("Vale", 36)], [0, 1, 0])
    assert gap.decide(scene, 2, ROW) == (False, True)
    assert gap.decide(scene, 0, ROW) == (False, True)


def test_a_lone_surname_of_its_own_entity_that_fits_both_names_stays_no_decision():
    # twin: the pick's entity is the lone "Vale" only, at neither name's offset
    scene = _scene([("Nora Vale", 0), ("Tom Vale", 18), ("Vale", 36)], [0, 1, 2])
    assert gap.decide(scene, 2, ROW) == (False, False)


def test_an_entity_overlapping_both_names_where_gap_marks_them_stays_no_decision():
    # twin: the tagger merged the two people into one entity: the pick tells neither
    scene = _scene([("Nora Vale", 0), ("Tom Vale", 18), ("Vale", 36)], [0, 0, 0])
    assert gap.decide(scene, 2, ROW) == (False, False)


def test_a_pick_matching_one_name_only_is_that_name_and_none_is_no_decision():
    scene = _scene([("Nora Vale", 0), ("Tom Vale", 18), ("Ines Roca", 36)], [0, 1, 2])
    assert gap.decide(scene, 1, ROW) == (True, False)
    assert gap.decide(scene, 2, ROW) == (False, False)
    assert gap.decide(scene, None, ROW) == (False, False)

"""Round fifty-eight, mender m2: how a feed is split into stories, on the seed-173 audit of
181 web pages read as one feed.

G1, G2, G8 and U32: at the last look (``_attach``) a page whose text was far from a story
reached the looser bar on its cosine alone (Sweden dropping its Assange inquiry into the
impeachment hearings, pulled out of the pair it made with the same news; Esper on the South
China Sea into the Hong Kong protests) or on a cosine below the bar lifted by a name (a
fact-check of drugs at the border into the trade war, a debate preview into the hearings).
Now the cosine must reach the bar by itself, and a page sharing none of the story's own
names must reach the pass's bar (``JOIN``).

Piles are clusters built directly with chosen unit vectors (as tests/test_r57_m5.py); the
names are invented.
"""

from __future__ import annotations

import numpy as np

from storyline.resolve import stories

DIM = 12


def _unit(i: int) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    v[i] = 1.0
    return v


def _at(cos: float, away: int) -> np.ndarray:
    """A unit vector at cosine ``cos`` with e0, the rest on axis ``away``."""
    return (cos * _unit(0) + float(np.sqrt(1 - cos**2)) * _unit(away)).astype(np.float32)


def _pile(cos: float, page_keys: dict[str, float], partner: bool = False):
    """A grown story of three members on e0 naming "corvane"; a page at cosine ``cos`` with
    it naming ``page_keys``, alone or (``partner``) in a pair with a page of the same news."""
    clusters, vecs, keys, names, dates = [], [], [], [], []

    def member(c, v, k):
        i = len(vecs)
        vecs.append(v)
        keys.append(k)
        names.append(dict.fromkeys(k, 1.0))
        dates.append(None)
        c.add(i, v, k, None, names[i])

    story = stories._Cluster(founder="s0")
    for i in range(3):
        member(story, _unit(0), {"corvane": 2.0, f"aide{i}": 2.0})
    clusters.append(story)
    page = stories._Cluster(founder="p0")
    member(page, _at(cos, 7), page_keys)
    if partner:
        member(page, _at(cos - 0.05, 7), page_keys)
    clusters.append(page)
    return clusters, np.stack(vecs), keys, names, dates


def _attached(cos: float, page_keys: dict[str, float], partner: bool = False) -> bool:
    clusters, vecs, keys, names, dates = _pile(cos, page_keys, partner)
    got = stories._attach(clusters, vecs, keys, names, dates, stories.ATTACH, stories.BETA, stories.WINDOW_DAYS)
    return 3 in got[0].members


def test_a_page_sharing_no_name_needs_the_pass_bar_at_the_last_look():
    # G1/U32, G8: cosine .46, no shared name: over ATTACH, under JOIN
    assert not _attached(0.46, {"halvard": 2.0, "ostmark": 1.5})
    # and it stays with the page of its own news
    assert not _attached(0.46, {"halvard": 2.0, "ostmark": 1.5}, partner=True)


def test_a_page_sharing_no_name_joins_when_its_text_is_that_close():
    assert _attached(0.58, {"halvard": 2.0, "ostmark": 1.5})


def test_a_name_does_not_lift_a_text_below_the_bar():
    # G2, G1: cosine .38 + .35 * a shared name reached .40 before
    assert not _attached(0.38, {"corvane": 2.0, "ostmark": 1.5})


def test_a_page_near_in_text_and_sharing_the_story_s_name_joins():
    assert _attached(0.45, {"corvane": 2.0, "ostmark": 1.5})

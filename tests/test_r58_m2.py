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
from unit_vectors import Pile
from unit_vectors import at as _at
from unit_vectors import unit as _unit

from storyline.resolve import stories


def _pile(cos: float, page_keys: dict[str, float], partner: bool = False):
    """A grown story of three members on e0 naming "corvane"; a page at cosine ``cos`` with
    it naming ``page_keys``, alone or (``partner``) in a pair with a page of the same news."""
    pile = Pile()
    story = stories._Cluster(founder="s0")
    for i in range(3):
        pile.member(story, _unit(0), {"corvane": 2.0, f"aide{i}": 2.0})
    pile.clusters.append(story)
    page = stories._Cluster(founder="p0")
    pile.member(page, _at(cos, 7), page_keys)
    if partner:
        pile.member(page, _at(cos - 0.05, 7), page_keys)
    pile.clusters.append(page)
    return pile.arrays()


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


# --- the off-topic list's reason (schema 1.11) ----------------------------------------------

def _embed(vec: dict[str, np.ndarray]):
    def embed(texts):
        return np.stack([vec[t] for t in texts])

    return embed


def _feed():
    """A story of three articles on e0 naming "corvane"; a page at cosine .30 with it naming
    "halvard"; a page in Korean."""
    from collections import Counter

    feats, vec = [], {}
    for i in range(3):
        feats.append(stories.DocFeatures(id=f"d{i}", date="2019-11-19", lead=f"harbour {i}",
                                         entities=Counter({"corvane": 2, f"witness{i}": 1}), language="en"))
        vec[f"harbour {i}"] = _unit(0)
    feats.append(stories.DocFeatures(id="p", date="2019-11-19", lead="page", entities=Counter({"halvard": 2}), language="en"))
    vec["page"] = _at(0.30, 7)
    feats.append(stories.DocFeatures(id="k", date="2019-11-19", lead="korean", entities=Counter(), language="ko"))
    vec["korean"] = _unit(5)
    return feats, _embed(vec)


def test_a_stray_carries_its_nearest_story_and_the_cosine():
    feats, embed = _feed()
    det = stories.detect(feats, embed)
    assert det.off_topic == ["k", "p"]
    sid = det.stories[0].id
    why = det.reasons["p"]
    assert (why.kind, why.story, why.cosine) == ("nearest", sid, 0.3)
    assert sid in why.text() and "0.30" in why.text()
    assert det.reasons["k"].kind == "unread" and "(ko)" in det.reasons["k"].text()


def test_a_document_in_a_story_has_no_reason():
    feats, embed = _feed()
    det = stories.detect(feats, embed)
    assert not set(det.reasons) & {"d0", "d1", "d2"}


def test_story_md_and_the_index_show_a_stray_s_reason_not_another_story_s_member():
    from storyline import schema
    from storyline.render import index, markdown

    why = stories.StrayReason(kind="nearest", story="s-1", cosine=0.41234)
    stray = schema.OffTopic(doc="p", title="A page", reason=why.evidence())
    assert stray.reason.model_dump() == {"kind": "nearest", "language": None, "nearest_story": "s-1", "cosine": 0.4123,
                                         "text": "no story took it: its nearest story, s-1, is at cosine 0.41"}
    member = schema.OffTopic(doc="q", title="Another", story="s-2")
    story = schema.Story(off_topic=[stray, member])
    md = markdown._off_topic(markdown._Ctx(story))
    assert any("its nearest story, s-1" in line for line in md)
    assert not any("s-2" in line and "nearest" in line for line in md)
    page = index.render([], [stray.model_dump()])
    assert "its nearest story, s-1" in page
    assert "nearest" not in index.render([], [schema.OffTopic(doc="p", title="A page").model_dump()])


def _subject_pile(page_names: tuple[str, ...]):
    """A grown story of three members on e0, each naming the pile's subject "corvane" (left
    out of the scored keys) and its own aide; a page at cosine .46 with no scored key shared."""
    pile = Pile()
    story = stories._Cluster(founder="s0")
    for i in range(3):
        pile.member(story, _unit(0), {f"aide{i}": 2.0}, also_named=("corvane",))
    pile.clusters.append(story)
    page = stories._Cluster(founder="p0")
    pile.member(page, _at(0.46, 7), {"ostmark": 1.5}, also_named=page_names)
    pile.clusters.append(page)
    return pile.arrays()


def test_a_page_naming_the_piles_subject_with_the_story_takes_the_last_looks_bar():
    # the serve test's uploads: two articles naming the pile's one company, in a pile all about
    # it (the subject left out of the scored keys), joined at ATTACH before m2's bar; again now
    clusters, vecs, keys, names, dates = _subject_pile(("corvane",))
    got = stories._attach(clusters, vecs, keys, names, dates, stories.ATTACH, stories.BETA, stories.WINDOW_DAYS,
                          stories.JOIN, frozenset({"corvane"}))
    assert 3 in got[0].members


def test_twin_a_subject_the_page_does_not_name_or_no_subject_leaves_the_pass_bar():
    clusters, vecs, keys, names, dates = _subject_pile(())
    got = stories._attach(clusters, vecs, keys, names, dates, stories.ATTACH, stories.BETA, stories.WINDOW_DAYS,
                          stories.JOIN, frozenset({"corvane"}))
    assert 3 not in got[0].members
    clusters, vecs, keys, names, dates = _subject_pile(("corvane",))
    got = stories._attach(clusters, vecs, keys, names, dates, stories.ATTACH, stories.BETA, stories.WINDOW_DAYS, stories.JOIN)
    assert 3 not in got[0].members  # a feed with no name in half its pages: the same bar as before

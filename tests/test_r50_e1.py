"""Round fifty (e1): story detection on small piles. A pile of a few articles of ONE story,
each on its own angle (the litigation, the hearing, the skimming totals), undated, must stay
one story; a truly unrelated article in the same pile is still set apart. Invented piles:
DocFeatures built directly, with an embedder of chosen vectors (as tests/test_stories.py)."""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
import pytest
from unit_vectors import DIM  # noqa: E402
from unit_vectors import unit as _unit

from storyline.resolve import stories


def _angle(i: int, shared: float) -> np.ndarray:
    """A document's vector: the story's common direction (e0) at ``shared`` plus its own
    angle: two such documents have cosine shared**2."""
    v = shared * _unit(0) + float(np.sqrt(1 - shared**2)) * _unit(i)
    return v.astype(np.float32)


def _embed(vec: dict[str, np.ndarray]):
    def embed(texts):
        return np.stack([vec[t] for t in texts])

    return embed


def _one_story_pile(angles: int = 4, with_stray: bool = False, subject: bool = True):
    """A pair of articles on one angle (they meet the pass's bar) and ``angles`` more, each on
    its own angle (cosine .36 with the others), all naming the story's company and bay (the
    pile's subject) and a name of their own; undated. With ``with_stray``: one article of
    another story (a football transfer), orthogonal, naming neither."""
    feats, vec = [], {}
    for i in range(2 + angles):
        names = Counter({f"witness{i}": 1})
        if subject:
            names.update({"corvane": 2, "selby bay": 1})
        lead = f"angle {i}"
        feats.append(stories.DocFeatures(id=f"d{i}", date=None, lead=lead, entities=names))
        vec[lead] = _angle(max(1, i), 0.6)  # d0 and d1 share angle 1
    if with_stray:
        feats.append(stories.DocFeatures(id="x0", date=None, lead="stray", entities=Counter({"kestrel united": 2, "menotti": 1})))
        vec["stray"] = _unit(DIM - 1)
    return feats, _embed(vec)


@pytest.mark.parametrize("angles", [3, 4, 5])
def test_a_small_one_story_pile_on_different_angles_stays_one_story(angles):
    """Five to seven articles of one story, only two close in text: before round fifty the
    pair was the one story and every other article was set apart as off-topic (the pile's
    subject names, in more than half of it, were not scored, and no story reached GROWN for
    the last look). Now one story holds them all, in any order."""
    feats, embed = _one_story_pile(angles)
    det = stories.detect(feats, embed)
    assert [s.size for s in det.stories] == [2 + angles] and not det.off_topic
    for seed in range(3):
        shuffled = feats[:]
        random.Random(seed).shuffle(shuffled)
        again = stories.detect(shuffled, embed)
        assert again.story_of() == det.story_of() and again.off_topic == det.off_topic


@pytest.mark.parametrize("angles", [3, 4, 5])
def test_a_small_one_story_pile_still_sets_an_unrelated_article_apart(angles):
    """must-not-fire twin: the same pile with an article of another story (naming none of
    the subject names, far in text) keeps it apart as off-topic."""
    feats, embed = _one_story_pile(angles, with_stray=True)
    det = stories.detect(feats, embed)
    assert det.off_topic == ["x0"]
    assert [s.size for s in det.stories] == [2 + angles]
    assert stories.detect(feats[::-1], embed).story_of() == det.story_of()


def test_without_shared_names_the_angles_stay_apart():
    """must-not-fire twin: the same vectors with no name shared across the pile (no subject):
    nothing ties the angles to the pair but a cosine of .36, below the last look's bar."""
    feats, embed = _one_story_pile(4, subject=False)
    det = stories.detect(feats, embed)
    assert [s.size for s in det.stories] == [2] and sorted(det.off_topic) == ["d2", "d3", "d4", "d5"]


def _main_and_angle(angle_cos: float, names_subject: bool):
    """Four articles of a story (one angle), one on another angle at ``angle_cos`` naming the
    pile's subject (or not), and an unrelated one: DocFeatures and an embedder."""
    feats, vec = [], {}
    for i in range(4):
        feats.append(stories.DocFeatures(id=f"m{i}", date=None, lead=f"main {i}",
                                         entities=Counter({"corvane": 2, "selby bay": 1, f"diver{i}": 1})))
        vec[f"main {i}"] = _unit(0)
    names = Counter({"judge halvorsen": 1})
    if names_subject:
        names.update({"corvane": 1, "selby bay": 1})
    feats.append(stories.DocFeatures(id="a0", date=None, lead="angle", entities=names))
    vec["angle"] = (angle_cos * _unit(0) + float(np.sqrt(1 - angle_cos**2)) * _unit(1)).astype(np.float32)
    feats.append(stories.DocFeatures(id="x0", date=None, lead="stray", entities=Counter({"kestrel united": 1})))
    vec["stray"] = _unit(2)
    return feats, _embed(vec)


def test_an_article_naming_the_subject_on_another_angle_joins_the_main_story():
    """A grown story of four and an article on another angle (cosine .3, below the last
    look's bar .40) naming the pile's subject names: it joins the main story (cos + BETA x
    its name overlap, the subject counted, reaches the bar); the unrelated one stays apart."""
    feats, embed = _main_and_angle(0.3, True)
    det = stories.detect(feats, embed)
    assert sorted(det.main.documents) == ["a0", "m0", "m1", "m2", "m3"] and det.off_topic == ["x0"]
    assert stories.detect(feats[::-1], embed).story_of() == det.story_of()


@pytest.mark.parametrize("angle_cos, names_subject", [(0.3, False), (0.1, True)])
def test_an_article_joins_on_the_subject_only_naming_it_and_near_enough_in_text(angle_cos, names_subject):
    """must-not-fire twins: the same article not naming the subject, or naming it but far in
    text (cosine .1), stays apart."""
    feats, embed = _main_and_angle(angle_cos, names_subject)
    det = stories.detect(feats, embed)
    assert sorted(det.main.documents) == ["m0", "m1", "m2", "m3"] and sorted(det.off_topic) == ["a0", "x0"]


@pytest.mark.parametrize("names_subject, joins", [(True, True), (False, False)])
def test_a_later_article_naming_the_subject_joins_across_the_time_window(names_subject, joins):
    """Dated: the article on another angle comes four months after the main story's four
    (beyond the 45-day window). Naming the subject names, it joins (the names the window
    asks for); not naming them (twin), it stays apart."""
    feats, embed = _main_and_angle(0.3, names_subject)
    for f in feats:
        f.date = "2010-09-20" if f.id == "a0" else "2010-05-10"
    det = stories.detect(feats, embed)
    assert ("a0" in det.main.documents) is joins
    assert "x0" in det.off_topic

"""Round fifty-seven, mender m5: feed grouping and the brief on the seed-172 audit of 181 web
pages read as one feed (issue 23).

Grouping (resolve.stories): G15 and G17, two pages in one script but no English (Korean,
Russian) joined on the lead embedder's cosine alone (no names, an English embedder): such a
page is now set apart (``readable``). G1, G2, G3, G8 and G10: at the last look (``_attach``)
a broad name shared with a story (Trump, China, Apple, NASA) lifted a page whose text was far
from the story over the looser bar: a name another grown story carries too now gives no
credit there (``_own_keys``).

Brief (resolve.brief): B30, a sentence opening on a relative "which" (the clause of the
sentence before); B12, a press release's boilerplate telling where the company's shares are
listed.

Piles are DocFeatures built directly with an embedder of chosen vectors (as
tests/test_r50_e1.py); sentences are invented.
"""

from __future__ import annotations

import json
from collections import Counter

import numpy as np
from unit_vectors import Pile
from unit_vectors import at as _at
from unit_vectors import unit as _unit

from storyline.resolve import brief, stories


def _embed(vec: dict[str, np.ndarray]):
    def embed(texts):
        return np.stack([vec[t] for t in texts])

    return embed


# --- G15, G17: a page in a language the detection does not read -------------------------------

def _feed(language: str | None):
    """A story of three English articles (one direction, shared names) and two pages with no
    names whose leads embed together (cosine 1): in ``language``."""
    feats, vec = [], {}
    for i in range(3):
        feats.append(stories.DocFeatures(id=f"d{i}", date="2019-11-19", lead=f"harbour {i}",
                                         entities=Counter({"corvane": 2, f"witness{i}": 1}), language="en"))
        vec[f"harbour {i}"] = _unit(0)
    for i in range(2):
        feats.append(stories.DocFeatures(id=f"k{i}", date="2019-11-19", lead=f"page {i}", entities=Counter(), language=language))
        vec[f"page {i}"] = _unit(5)
    return feats, _embed(vec)


def test_two_pages_in_another_language_are_set_apart_not_a_story():
    feats, embed = _feed("ko")
    det = stories.detect(feats, embed)
    assert [s.documents for s in det.stories] == [["d0", "d1", "d2"]]
    assert det.off_topic == ["k0", "k1"]


def test_two_english_pages_close_in_text_still_make_a_story():
    for language in ("en", None):  # None: the language was not told (a bench's bare analysis)
        feats, embed = _feed(language)
        det = stories.detect(feats, embed)
        assert sorted(s.documents for s in det.stories) == [["d0", "d1", "d2"], ["k0", "k1"]], language
        assert not det.off_topic


def test_a_pile_only_in_another_language_is_split_as_before():
    feats, embed = _feed("ru")
    det = stories.detect(feats[3:], embed)
    assert [s.documents for s in det.stories] == [["k0", "k1"]]


def test_features_keep_the_language_and_read_an_older_cache_row():
    f = stories.DocFeatures(id="a", date=None, lead="x", entities=Counter({"acme": 1}), title="T", language="pt")
    assert stories.DocFeatures.from_json(f.to_json()) == f
    old = json.dumps(["a", None, "x", [["acme", 1]], "T"])  # a row cached before the field
    assert stories.DocFeatures.from_json(old).language is None


# --- G1, G2, G3, G8, G10: the last look (_attach) -----------------------------------------------

def _stories_and_page(cos: float, page_keys: dict[str, float], other_names: dict[str, float]):
    """Two grown stories of three members: one on e0 naming "corvane" and "president", one on
    e3 naming ``other_names``; a page alone at cosine ``cos`` with the first, with ``page_keys``."""
    pile = Pile()
    for axis, own in ((0, {"corvane": 2.0, "president": 1.5}), (3, other_names)):
        c = stories._Cluster(founder=f"s{axis}")
        for i in range(3):
            pile.member(c, _unit(axis), {**own, f"aide{axis}{i}": 2.0})
        pile.clusters.append(c)
    page = stories._Cluster(founder="p0")
    pile.member(page, _at(cos, 7), page_keys)
    pile.clusters.append(page)
    return pile.arrays()


def _attached(cos: float, page_keys: dict[str, float], other_names: dict[str, float]) -> bool:
    clusters, vecs, keys, names, dates = _stories_and_page(cos, page_keys, other_names)
    got = stories._attach(clusters, vecs, keys, names, dates, stories.ATTACH, stories.BETA, stories.WINDOW_DAYS)
    return 6 in got[0].members


def test_a_name_another_story_carries_too_gives_no_credit_at_the_last_look():
    # cosine .33, sharing the story's "president" (half the page's names): .33 + .35 * .5 = .505
    # met the bar before; "president" is the other story's too: it tells not which story
    assert not _attached(0.33, {"president": 1.5, "walter reed": 1.5}, {"president": 1.5, "tariff": 1.0})


def test_a_name_only_that_story_carries_still_vouches_for_the_page():
    # round fifty-eight (tests/test_r58_m2.py): the cosine must reach ATTACH by itself (.33
    # + a name did before), and with no name of the story's own, JOIN
    assert _attached(0.42, {"president": 1.5, "walter reed": 1.5}, {"tariff": 1.0, "soybean": 1.0})
    assert not _attached(0.42, {"president": 1.5, "walter reed": 1.5}, {"president": 1.5, "tariff": 1.0})


def test_a_page_close_in_text_joins_whatever_names_it_shares():
    assert _attached(0.56, {"president": 1.5, "walter reed": 1.5}, {"president": 1.5, "tariff": 1.0})


# --- B30: a relative "which" opening a sentence -------------------------------------------------

def test_a_sentence_opening_on_a_relative_which_leans_on_the_one_before():
    dep = brief.dependent_opening("Which is simple once you know what to leave out.")
    assert dep is not None and dep[0] == "ellipsis"
    assert dep is not None and dep[0] in brief._LEANS_ELSEWHERE


def test_a_question_opening_on_which_is_not_read():
    assert brief.dependent_opening("Which towns lost power on Monday?") is None
    assert brief.dependent_opening("The mayor, which towns lost power, said little.") is None


# --- B12: a press release's share-listing boilerplate -------------------------------------------

def test_a_company_share_listing_line_is_boilerplate():
    assert brief.noise_category("Corvane registered shares (CRV) are listed on the SIX Swiss Exchange in Zurich.") == "boilerplate"
    assert brief.noise_category("Corvane is traded on the Nasdaq under the symbol CRVN.") == "boilerplate"


def test_a_listing_told_as_news_is_not_boilerplate():
    assert brief.noise_category("Corvane will be listed on the Hong Kong stock exchange next week.") is None
    assert brief.noise_category("Corvane, whose shares are listed on the Nasdaq, fell 3% on Monday.") is None
    assert brief.noise_category("Corvane was listed on the stock exchange in 2004.") is None

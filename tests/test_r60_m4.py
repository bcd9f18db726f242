"""Round sixty, mender m4: entities split on the seed-175 audit of three Timeline17 dev topics
(bpoil_bbc, bpoil_foxnews, bpoil_reuters), the recall side: links that were missing.

"Gulf" apart from "Gulf of Mexico" (bpoil_bbc E3/E7, bpoil_foxnews E2/E5), "Mexican Gulf" apart
(bpoil_bbc E3/E7), "British Petroleum" apart from BP (bpoil_bbc E1, bpoil_foxnews E1), Halliburton
typed GPE (bpoil_bbc E10).

Each rule has a test that fails on the base code and a must-not-fire twin, on hand-made mentions
or short texts written for the test (a name at most is the articles'). Every text here is invented.
"""

from __future__ import annotations

from test_entities import resolve_entities as _resolve

# --- bpoil_bbc E3/E7, bpoil_foxnews E2/E5: the bare head word its documents write beside one name --


def test_the_bare_gulf_joins_the_one_gulf_its_documents_name_beside_it():
    # the Persian Gulf is named once, in a document that never writes the bare word
    got = _resolve([("Gulf of Mexico", "LOC"), ("Gulf", "LOC")], [("Gulf", "LOC"), ("Gulf of Mexico", "LOC")],
                   [("Persian Gulf", "LOC")], [("Gulf", "LOC")])
    assert got[("d0", 1)].id == got[("d0", 0)].id == got[("d1", 0)].id == got[("d3", 0)].id
    assert got[("d2", 0)].id != got[("d0", 0)].id
    ev = {a.alias: a.evidence for a in got[("d0", 0)].alias_evidence}
    assert "beside it" in ev.get("Gulf", "") or "beside it" in ev.get("Gulf of Mexico", ""), ev


def test_twin_the_bare_gulf_beside_the_persian_gulf_in_one_document_stays_apart():
    got = _resolve([("Gulf of Mexico", "LOC"), ("Gulf", "LOC")], [("Gulf", "LOC"), ("Gulf of Mexico", "LOC")],
                   [("Persian Gulf", "LOC"), ("Gulf", "LOC")])
    gulf = got[("d0", 1)]
    assert gulf.id not in (got[("d0", 0)].id, got[("d2", 0)].id)
    assert {p.entity for p in gulf.possible_aliases} >= {got[("d0", 0)].id, got[("d2", 0)].id}


def test_twin_a_document_naming_both_gulfs_casts_no_vote():
    # one document names both beside the bare word, one the Gulf of Mexico: a single vote
    got = _resolve([("Gulf of Mexico", "LOC"), ("Persian Gulf", "LOC"), ("Gulf", "LOC")],
                   [("Gulf", "LOC"), ("Gulf of Mexico", "LOC")])
    assert got[("d0", 2)].id not in (got[("d0", 0)].id, got[("d0", 1)].id)


def test_a_name_glued_to_the_next_word_is_no_rival_head():
    got = _resolve([("Gulf of Mexico", "LOC")], [("Gulf", "LOC")], [("Gulf of Mexico BP", "FAC")])
    assert got[("d0", 0)].id == got[("d1", 0)].id


def test_twin_another_gulf_of_a_name_is_a_rival():
    got = _resolve([("Gulf of Mexico", "LOC")], [("Gulf", "LOC")], [("Gulf of Aden", "LOC")])
    assert got[("d1", 0)].id not in (got[("d0", 0)].id, got[("d2", 0)].id)


# --- bpoil_bbc E3/E7: "Mexican Gulf", the people's word before the head of "Gulf of Mexico" --------


def test_a_peoples_word_before_the_head_is_the_place_of_its_country():
    got = _resolve([("Gulf of Mexico", "LOC")], [("Mexican Gulf", "LOC")])
    assert got[("d0", 0)].id == got[("d1", 0)].id


def test_twin_another_countrys_word_or_a_word_of_no_country_stays_apart():
    got = _resolve([("Gulf of Mexico", "LOC")], [("Cuban Gulf", "LOC")], [("Persian Gulf", "LOC")])
    assert len({got[("d0", 0)].id, got[("d1", 0)].id, got[("d2", 0)].id}) == 3

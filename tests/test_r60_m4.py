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


# --- bpoil_bbc E1, bpoil_foxnews E1: a text calls the expansion the acronym body's former name ----


def _resolve_texts(*docs):
    """The corpus resolver on invented texts: each doc a (text, [(name, label), ...]) whose
    names are found in order in the text -> {(doc, i): entity}."""
    return _resolve(*(ms for _, ms in docs), texts=tuple(t for t, _ in docs))


_BP_DOCS = [("BP said the well was capped.", [("BP", "ORG")]),
            ("Critics call BP by its former name, British Petroleum, in speeches.",
             [("BP", "ORG"), ("British Petroleum", "ORG")]),
            ("The senator blamed British Petroleum again.", [("British Petroleum", "ORG")])]


def test_an_expansion_called_the_acronym_bodys_former_name_joins_it_beside_a_rival_phrase():
    got = _resolve_texts(*_BP_DOCS, ("Perhaps BP should stand for Bad Publicity now.", [("BP", "ORG"), ("Bad Publicity", "ORG")]))
    assert got[("d0", 0)].id == got[("d1", 1)].id == got[("d2", 0)].id
    assert got[("d3", 1)].id != got[("d0", 0)].id  # the pun is no name of the company
    assert got[("d0", 0)].name == "BP"  # its name now, not the former one


def test_an_expansion_better_known_as_the_acronym_joins_it():
    got = _resolve_texts(("The blame fell on British Petroleum, better known as BP, at once.", [("British Petroleum", "ORG")]),
                         ("BP said little.", [("BP", "ORG")]),
                         ("Beyond Petroleum was a slogan BP used.", [("Beyond Petroleum", "ORG"), ("BP", "ORG")]))
    assert got[("d0", 0)].id == got[("d1", 0)].id


def test_twin_an_expansion_with_no_such_words_beside_a_rival_stays_apart():
    docs = [(t.replace("by its former name, ", "and "), ms) for t, ms in _BP_DOCS]
    got = _resolve_texts(*docs, ("Perhaps BP should stand for Bad Publicity now.", [("BP", "ORG"), ("Bad Publicity", "ORG")]))
    assert got[("d0", 0)].id != got[("d2", 0)].id


def test_twin_ba_and_british_airways_join_only_on_the_same_signal():
    # apart in other documents, with no words calling one the other's name: only possible aliases
    got = _resolve_texts(("BA pilots voted on Monday.", [("BA", "ORG")]),
                         ("British Airways cut flights.", [("British Airways", "ORG")]))
    assert got[("d0", 0)].id != got[("d1", 0)].id
    got = _resolve_texts(("BA pilots voted on Monday.", [("BA", "ORG")]),
                         ("The airline, formerly British Airways, cut flights.", [("British Airways", "ORG")]))
    assert got[("d0", 0)].id == got[("d1", 0)].id


# --- bpoil_bbc E10: a company typed GPE, listed with companies --------------------------------------

_LISTED = [("Regulators blamed Acmeco and Halliburton for the failure.", [("Acmeco", "ORG"), ("Halliburton", "GPE")]),
           ("Acmeco, Halliburton and Zorbex were fined.", [("Acmeco", "ORG"), ("Halliburton", "GPE"), ("Zorbex", "ORG")]),
           ("Halliburton said the tests were sound.", [("Halliburton", "GPE")])]


def test_a_name_typed_a_place_listed_with_companies_is_a_company():
    got = _resolve_texts(*_LISTED)
    assert got[("d0", 1)].type == "ORG"


def test_twin_a_place_where_things_stand_or_listed_with_a_place_stays_a_place():
    # written where a place stands ("in Halliburton"): a town, though listed with companies
    got = _resolve_texts(*_LISTED, ("The crews met in Halliburton on Monday.", [("Halliburton", "GPE")]))
    assert got[("d0", 1)].type == "GPE"
    # listed with a place the gazetteer knows
    got = _resolve_texts(*_LISTED, ("Halliburton and Louisiana were hit.", [("Halliburton", "GPE"), ("Louisiana", "GPE")]))
    assert got[("d0", 1)].type == "GPE"
    # one document only, or a comma that joins no list ("Barahona, the UN said")
    got = _resolve_texts(_LISTED[0], ("Relief came from Barahona, Oxfam said.", [("Barahona", "GPE"), ("Oxfam", "ORG")]),
                         ("Barahona, Oxfam said, was calm.", [("Barahona", "GPE"), ("Oxfam", "ORG")]))
    assert got[("d0", 1)].type == "GPE"
    assert got[("d1", 0)].type == "GPE"


# --- bpoil_bbc E5: "Team Obama" is no second Obama; the bare surname joins the one full name -------


def _resolve_roles(*docs):
    return _resolve(*docs, fields=("class_noun", "roles"))


def test_team_before_a_surname_is_no_second_bearer_of_it():
    got = _resolve_roles([("Barack Obama", "PERSON", None, ["head"])], [("Team Obama", "PERSON", None, ["head"])],
                         [("Obama", "PERSON", None, ["head"])])
    assert got[("d2", 0)].id == got[("d0", 0)].id
    assert got[("d0", 0)].name == "Barack Obama"


def test_twin_a_given_name_before_the_surname_is_a_second_bearer():
    # two Obamas with different first names, both with a head's role: the bare surname joins neither
    got = _resolve_roles([("Barack Obama", "PERSON", None, ["head"])], [("Teri Obama", "PERSON", None, ["head"])],
                         [("Obama", "PERSON", None, ["head"])])
    assert got[("d2", 0)].id not in (got[("d0", 0)].id, got[("d1", 0)].id)
    assert got[("d0", 0)].id != got[("d1", 0)].id

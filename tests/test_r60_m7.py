"""Round sixty, mender m7: the entity left on the seed-175 audit of bpoil_bbc.

bpoil_bbc E4: "Team Obama" (the president's administration or campaign) was listed as an alias
of Barack Obama, its document's "President Obama" linked to it. A PERSON mention written
"<collective lead> <surname>" (resolve/data/collective_leads.txt) is now in no entity; the bare
surname still joins the one full-named bearer.

Each rule has a test that fails on the base code and a must-not-fire twin, on hand-made mentions
of short invented texts (a name at most like the article's).
"""

from __future__ import annotations

from test_entities import resolve_entities as _resolve

_FULL = ("President Barack Obama flew to the coast.", [("Barack Obama", "PERSON", None, ["head"])])
_BARE = ("Obama spoke on Monday.", [("Obama", "PERSON", None, ["head"])])
_TEAM = ("Team Obama delayed decisions. President Obama said the spill was grave.",
         [("Team Obama", "PERSON", None, ["head"]), ("Obama", "PERSON", 0, ["head"])])


def _resolve_docs(*docs):
    return _resolve(*(ms for _, ms in docs), fields=("ref", "roles"), texts=tuple(t for t, _ in docs))


def test_team_before_a_surname_is_no_mention_or_alias_of_the_person():
    got = _resolve_docs(_FULL, _TEAM, _BARE)
    obama = got[("d0", 0)]
    assert obama.name == "Barack Obama"
    assert got[("d1", 1)].id == got[("d2", 0)].id == obama.id  # the bare surname still joins him
    assert ("d1", 0) not in got or got[("d1", 0)].id != obama.id
    assert "Team Obama" not in obama.aliases


def test_twin_a_surname_with_no_collective_lead_is_unchanged():
    plain = ("Then Obama delayed decisions. President Obama said the spill was grave.",
             [("Obama", "PERSON", None, ["head"]), ("Obama", "PERSON", 0, ["head"])])
    got = _resolve_docs(_FULL, plain, _BARE)
    obama = got[("d0", 0)]
    assert got[("d1", 0)].id == got[("d1", 1)].id == got[("d2", 0)].id == obama.id

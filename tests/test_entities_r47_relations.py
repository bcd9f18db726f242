"""A person described as somebody's relation is not that somebody (issue 19, round forty-seven).

"Donnell Conner, Dornella's father" was joined across documents, through a spelling
variant of his daughter's given name, with "Dornella Conner", and her words went to him.
Each rule with its must-not-fire twin, on short texts written for the test.
"""

from __future__ import annotations

import itertools

from storyline.pipeline import analyse_record, build_story
from storyline.resolve.entities import _possessors
from storyline.types import Record

_DAUGHTER = ("Dornella Conner was hurt at a gas station on Tuesday night. Conner said she was driving home with a "
             "friend.\n\nDornella Conner thanked her friends on Facebook.")
_VARIANT = "Dornnella Conner was sitting in the passenger seat when the shooting happened."


def _conners(*texts: str) -> list[tuple[str, list[str]]]:
    story = build_story([analyse_record(Record(source=f"d{i}.txt", text=t)) for i, t in enumerate(texts)])
    return sorted((e.name, e.aliases) for e in story.entities if "Conner" in e.name)


def test_a_father_described_by_his_daughters_name_stays_apart_in_any_order():
    father = "\u201cI am very upset with the tactics they used,\u201d Donnell Conner, Dornella\u2019s father, told reporters."
    for texts in itertools.permutations([_DAUGHTER, _VARIANT, father]):
        got = _conners(*texts)
        assert ("Donnell Conner", []) in got, got
        assert all("Donnell Conner" not in aliases for _, aliases in got)


def test_twin_a_spelling_variant_without_such_a_description_still_joins():
    variant = "\u201cI am very upset with the tactics they used,\u201d Dornela Conner, the driver\u2019s sister, told reporters."
    got = _conners(_DAUGHTER, variant)
    assert len(got) == 1 and "Dornela Conner" in got[0][1]


def test_the_possessor_words_of_a_description():
    assert _possessors("Dornella\u2019s father") == {"dornella"}
    assert _possessors("Jane Roe's lawyer") == {"jane", "roe"}
    assert _possessors("the senator's aide") == set()  # no name
    assert _possessors("a father of three") == set()
    assert _possessors("Acme chief executive") == set()  # no possessive

"""Round thirty-two: a name beside a noun for one person, in apposition, is a person (issue 18).

The tagger typed "one man, <name>" an organisation; a "they" later then reached back to the
"organisation" and gave it a quotation. The parser's apposition arc to a person noun of
data/person_nouns.tsv makes the name a person; an organisation's word or legal form, a
place, or a comma with no apposition leave it as typed."""

from __future__ import annotations

import pytest

from storyline import spacymodel
from storyline.analyse import entities
from storyline.pipeline import analyse_record
from storyline.types import Mention, Record


def _label(text: str, name: str) -> str:
    a = analyse_record(Record(source="t", text=text))
    return next(m.label for m in a.mentions if m.text == name)


def _retyped(text: str, name: str, label: str = "ORG") -> bool:
    """The rule on a mention the tagger typed ``label`` (the tagger's typing of a given name
    varies with its context; the rule reads the parse)."""
    sdoc = spacymodel.load()(text)
    start = text.index(name)
    return entities._person_by_apposition(sdoc, Mention(start=start, end=start + len(name), text=name, label=label))


@pytest.mark.parametrize("text,name", [
    ('"Nothing is coming to us," said one man, Jean-Marc Lafontaine Wilbert.', "Jean-Marc Lafontaine Wilbert"),
    ('"We wait," said Ortiz Valbuena, a taxi driver in the capital.', "Ortiz Valbuena"),
    ("Her grandfather, Michel Joassin, was quoted as saying the child was alive.", "Michel Joassin"),
])
def test_the_rule_makes_a_mistyped_name_in_apposition_a_person(text, name):
    assert _retyped(text, name)


@pytest.mark.parametrize("text,name", [
    ("The rig owner, Halvard Drilling Ltd., said in a filing that it would fight the claims.", "Halvard Drilling Ltd."),
    ("Officials propose splitting up the Minerals Management Service, an official said.", "Minerals Management Service"),
    ("In South Korea, a 60-year-old woman back from a trip fell ill.", "South Korea"),
    ("Morning Light, a ship that carried aid, docked on Monday.", "Morning Light"),
])
def test_twin_the_rule_leaves_organisations_places_and_non_persons(text, name):
    assert not _retyped(text, name)


@pytest.mark.parametrize("text,name", [
    ('"Nothing is coming to us," said one man, Jean-Marc Lafontaine Wilbert.', "Jean-Marc Lafontaine Wilbert"),
    ('"We wait," said Ortiz Valbuena, a taxi driver in the capital.', "Ortiz Valbuena"),
])
def test_a_name_in_apposition_to_a_person_noun_is_a_person(text, name):
    assert _label(text, name) == "PERSON"


def test_twin_an_organisation_beside_a_person_noun_stays_an_organisation():
    text = "The rig owner, Halvard Drilling Ltd., said in a filing that it would fight the claims."
    assert _label(text, "Halvard Drilling Ltd.") != "PERSON"


def test_twin_a_place_before_a_comma_is_no_apposition():
    text = "In South Korea, a 60-year-old woman back from a trip fell ill."
    assert _label(text, "South Korea") != "PERSON"


def test_twin_an_owner_later_in_a_list_is_not_the_name_s_apposition():
    text = ("Investors worried about the partner backing the well, Anadar Petrol (ANR.N), which owns a quarter "
            "of it, and Transcean (RIG.N), the owner of the rig.")
    assert not _retyped(text, "Anadar Petrol")


def test_twin_an_owner_is_a_company_too():
    assert not _retyped("The well's owner, Anadar Petrol, said it would pay.", "Anadar Petrol")


def _split(text: str, label: str = "ORG") -> list[str]:
    return [m.text for m in entities._split_defined_acronym(Mention(start=10, end=10 + len(text), text=text, label=label))]


def test_a_name_run_into_the_acronym_it_defines_is_two_mentions():
    """NER's "the World Health Organization (WHO" span: the name and the acronym, not the acronym alone."""
    assert _split("the World Health Organization (WHO") == ["World Health Organization", "WHO"]
    assert _split("Pan Ocean Shipping (POS") == ["Pan Ocean Shipping", "POS"]


def test_twin_a_fragment_before_an_acronym_it_does_not_spell_is_left_whole():
    assert _split("International Development (USAID") == ["International Development (USAID"]
    assert _split("Acme Holdings (ZQX") == ["Acme Holdings (ZQX"]
    assert _split("Jane Roe (WHO", label="PERSON") == ["Jane Roe (WHO"]


def test_the_split_keeps_offsets():
    (name, acronym) = entities._split_defined_acronym(
        Mention(start=5, end=40, text="the World Health Organization (WHO", label="ORG"))
    assert (name.start, name.end, acronym.start, acronym.end) == (9, 34, 36, 39)

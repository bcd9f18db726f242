"""A person span the tagger ran on through " of <Name>" is two entities of their own types
(issue 18, round nineteen, 18n): "Stephen Rae of Acme Holdings" typed one PERSON put the
company's words in a person's mouth after the corpus merged them. Invented texts; twins:
a style ("the Duke of Edinburgh", "Baroness Roe of Kesteven"), a one-word name ("Catherine
of Aragon"), an organisation NER typed as one ("Bank of America")."""

from __future__ import annotations

import pytest

from storyline.analyse import names
from storyline.analyse.entities import _split_person_of
from storyline.types import Mention


def _split(text: str, orgs: set[str] = frozenset()) -> list[tuple[str, str]]:  # type: ignore[assignment]
    m = Mention(start=10, end=10 + len(text), text=text, label="PERSON")
    out = _split_person_of(m, {names.org_key(o) for o in orgs})
    for part in out:
        assert part.end - part.start == len(part.text)
        assert text[part.start - 10 : part.end - 10] == part.text
    return [(p.text, p.label) for p in out]


def test_person_of_company_known_as_an_organisation():
    assert _split("Stephen Rae of Acme Holdings", {"Acme Holdings"}) == [("Stephen Rae", "PERSON"), ("Acme Holdings", "ORG")]


def test_person_of_company_with_a_legal_form():
    assert _split("Jane Marsh of Lindqvist Pharma Ltd") == [("Jane Marsh", "PERSON"), ("Lindqvist Pharma Ltd", "ORG")]


def test_person_of_a_place():
    assert _split("Kay Brenner of Texas") == [("Kay Brenner", "PERSON"), ("Texas", "GPE")]


def test_person_of_the_organisation():
    assert _split("Ellen Marsh of the Harbour Trust", {"Harbour Trust"}) == [("Ellen Marsh", "PERSON"),
                                                                            ("Harbour Trust", "ORG")]


def test_tail_of_unknown_type_is_no_entity():
    # the person is certain, the tail's type is not: no entity for it
    assert _split("Stephen Rae of Quillforth") == [("Stephen Rae", "PERSON")]


@pytest.mark.parametrize("text", [
    "Duke of Edinburgh",                  # a style, one word before "of"
    "Philip Duke of Edinburgh",           # a style's word right before "of"
    "Baroness Roe of Kesteven",           # a title leaves one name word
    "Catherine of Aragon",                # a one-word name
    "Mary Queen of Scots",
    "Stephen Rae of the council",         # the tail is no name
    "Stephen Rae of Acme of Leeds",       # two "of": left as cut
    "Stephen Rae",
])
def test_twins_stay_whole(text):
    assert _split(text, {"Acme"}) == [(text, "PERSON")]


def test_organisation_span_untouched():
    m = Mention(start=0, end=15, text="Bank of America", label="ORG")
    assert _split_person_of(m, set()) == [m]


def test_in_a_document_the_company_is_not_the_speaker():
    # the tagger runs this one on through "of" (checked: one PERSON span before the split)
    from storyline.pipeline import analyse_record
    from storyline.types import Record
    text = ("Drug makers are racing to finish the vaccine. Makers such as Sanofi Pasteur will be stretched. "
            "\"We will be adding boosters to our doses,\" said Martin Okafor of Sanofi Pasteur.")
    a = analyse_record(Record(source="x.txt", text=text))
    texts = [(m.text, m.label) for m in a.mentions]
    assert ("Martin Okafor of Sanofi Pasteur", "PERSON") not in texts
    assert ("Martin Okafor", "PERSON") in texts and texts.count(("Sanofi Pasteur", "ORG")) == 2
    (q,) = [q for q in a.quotes if q.text.startswith("We will")]
    assert a.mentions[q.speaker_mention].text == "Martin Okafor"

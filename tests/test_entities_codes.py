"""Virus and strain codes are no people (issue 16/17 review, round fourteen, 16v): the
tagger reads "H5N1", "H1N1" as PERSON (and as NORP, ORG or GPE); analyse/entities types a
mention made of a code (data/code_names.tsv) as a thing. Texts and names invented."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storyline.analyse.entities import _code_name
from storyline.pipeline import analyse_record
from storyline.types import Mention, Record


def _typed(text: str, label: str = "PERSON") -> Mention:
    m = Mention(start=0, end=len(text), text=text, label=label)
    _code_name(m)
    return m


def test_a_strain_code_typed_person_is_a_thing():
    m = _typed("H5N1")
    assert m.label == "PRODUCT" and m.context.ner_label == "PERSON"


def test_a_code_with_disease_words_is_a_thing():
    for text in ("H1N1 Swine Flu", "Influenza H1N1", "H7N9 virus", "COVID-19", "SARS-CoV-2"):
        assert _typed(text).label == "PRODUCT", text


def test_a_code_typed_as_a_group_or_place_is_a_thing_too():
    assert _typed("H3N2", "NORP").label == "PRODUCT"
    assert _typed("H1N1", "GPE").label == "PRODUCT"


def test_a_person_name_is_not_touched():
    # twin: names of people, a name beside a code (abstain: the mention is not all code)
    for text in ("Jane Roe", "John Doe Jr", "Jane Roe H1N1", "Acme-2000"):
        m = _typed(text)
        assert m.label == "PERSON" and m.context.ner_label is None, text


def test_one_letter_digit_pair_is_no_code():
    # twin: a model or a grade ("A380", "G8", "F-16") is not the alternating shape
    for text in ("A380", "G8", "F-16", "B2B"):
        assert _typed(text, "ORG").label == "ORG", text


@given(st.lists(st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True), min_size=1, max_size=4))
def test_words_of_letters_alone_are_never_retyped(words):
    assert _typed(" ".join(words)).label == "PERSON"


def test_no_code_is_a_person_in_an_analysed_text():
    text = ("Doctors in Port Ellery said H5N1 had spread to four more farms on Monday. "
            "H5N1 was found in birds near the river, Jane Roe, the town's vet, said. "
            "H1N1 spread quickly among pupils at the school, she added.")
    a = analyse_record(Record(source="t.txt", text=text))
    assert not [m.text for m in a.mentions if m.label == "PERSON" and any(c.isdigit() for c in m.text)]
    assert any(m.label == "PERSON" and m.text == "Jane Roe" for m in a.mentions)

"""Who is who, from the words around a name: a city's name in a person's role, a comma
left by a cut, an acronym's expansion up to "and X", a slogan beside a company, junk."""

from __future__ import annotations

import pytest

from storyline.analyse import nlp as a_nlp
from storyline.analyse.entities import _link
from storyline.pipeline import analyse_record
from storyline.types import Mention, Record


@pytest.fixture(scope="module")
def nlp():
    return a_nlp.load()


def _linked(nlp, text: str, full: str, word: str, at: int = -1) -> Mention:
    """Link ``word`` (typed GPE, as NER types a city's name) in ``text`` beside ``full``."""
    sdoc = nlp(text)
    a = text.index(full)
    b = text.rindex(word) if at < 0 else at
    ms = [Mention(start=a, end=a + len(full), text=full, label="PERSON"),
          Mention(start=b, end=b + len(word), text=word, label="GPE")]
    _link(sdoc, ms)
    return ms[1]


@pytest.mark.parametrize("text", [
    "BP Chief Executive Tony Hayward flew in. Later Hayward said the company would pay.",
    "BP Chief Executive Tony Hayward flew in. Investors doubt that Hayward's position is safe.",
    "BP Chief Executive Tony Hayward flew in. The board backed Chief Executive Hayward today.",
])
def test_a_city_name_in_a_persons_role_is_the_one_bearer(nlp, text):
    m = _linked(nlp, text, "Tony Hayward", "Hayward")
    assert m.label == "PERSON" and m.context.ref == 0
    assert "person's role" in (m.context.ref_evidence or "")


@pytest.mark.parametrize("text", [
    # each would be possessive without its place cue
    "BP Chief Executive Tony Hayward flew in. Officials in Hayward's harbour said it was safe.",
    "BP Chief Executive Tony Hayward flew in. Hayward, California said it would sue BP.",
    "BP Chief Executive Tony Hayward flew in. The fire near Hayward's old town spread.",
])
def test_a_city_name_with_a_place_cue_stays_the_city(nlp, text):
    m = _linked(nlp, text, "Tony Hayward", "Hayward")
    assert m.label == "GPE" and m.context.ref is None


def test_a_city_name_in_a_persons_role_with_two_bearers_stays_as_typed(nlp):
    text = "Tony Hayward and Ann Hayward flew in. Later Hayward said the company would pay."
    sdoc = nlp(text)
    ms = [Mention(start=0, end=12, text="Tony Hayward", label="PERSON"),
          Mention(start=17, end=28, text="Ann Hayward", label="PERSON"),
          Mention(start=text.rindex("Hayward"), end=text.rindex("Hayward") + 7, text="Hayward", label="GPE")]
    _link(sdoc, ms)
    assert ms[2].label == "GPE" and ms[2].context.ref is None


def test_a_cut_before_a_list_leaves_no_comma_on_the_name():
    text = ("BP Chief Executive Tony Hayward met officials on Monday.\n\n"
            "Writing to Hayward, Salazar and Napolitano cited statements by BP executives.")
    a = analyse_record(Record(source="d.txt", text=text))
    got = [m.text for m in a.mentions]
    assert "Hayward," not in got
    assert all(text[m.start : m.end] == m.text for m in a.mentions)
    assert all(not m.text.endswith(",") for m in a.mentions)

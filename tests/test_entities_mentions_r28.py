"""Glued and mismatched mentions that gave quotes the wrong speaker (issue 18, round
twenty-eight): a title abbreviation run into a body's name, a lone name word linked to
another person's given or middle name, a venue run over a comma into a surname. Each
rule with its must-not-fire twin, on short texts written for the test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from pipeline_helpers import analysed, quote_starting, shown_speaker
from test_entities import resolve_entities as _resolve

from storyline.analyse import names
from storyline.analyse.entities import _split_comma_surname, _unglue
from storyline.types import Mention

# --- a title abbreviation glued to a body ------------------------------------------------


def _cut(text: str, name: str, label: str = "ORG") -> str:
    start = text.index(name)
    m = Mention(start=start, end=start + len(name), text=name, label=label)
    assert _unglue(SimpleNamespace(text=text), m)
    assert text[m.start : m.end] == m.text
    return m.text


@pytest.mark.parametrize(("text", "name", "label", "want"), [
    ("The leak slowed, said Coast Guard Adm. Tom Fell on Friday.", "Coast Guard Adm.", "ORG", "Coast Guard"),
    ("The leak slowed, said Harbour Patrol Rear Adm. Ann Vale.", "Harbour Patrol Rear Adm.", "ORG", "Harbour Patrol"),
    ("Army Lt. Gen. Sam Oduya visited the camp.", "Army Lt. Gen.", "ORG", "Army"),
    # twins: no name after the abbreviation, no abbreviation, a person's own span: left as cut
    ("He met the Coast Guard Adm. on Friday.", "Coast Guard Adm.", "ORG", "Coast Guard Adm."),
    ("The Harbour Patrol Station Mobile closed.", "Harbour Patrol Station Mobile", "ORG",
     "Harbour Patrol Station Mobile"),
    ("Tom Fell Sen. Jo Ash met.", "Tom Fell Sen.", "PERSON", "Tom Fell Sen."),
], ids=["adm", "rear-adm", "lt-gen", "twin-no-name", "twin-no-title", "twin-person"])
def test_a_title_abbreviation_is_cut_off_the_body_before_a_name(text, name, label, want):
    assert _cut(text, name, label) == want


def test_the_body_an_unnamed_official_speaks_for_is_the_body_not_an_admiral():
    a = analysed("The rig burned for two days. Coast Guard Adm. Tom Fell said the crews would stay. "
                 "A Coast Guard official said tar balls had reached the island.")
    assert "Coast Guard Adm." not in [m.text for m in a.mentions]
    assert "Coast Guard" in [m.text for m in a.mentions]
    assert shown_speaker(a, quote_starting(a, "the crews")) == "Tom Fell"
    # the body's short form is no longer linked to a name ending in a title
    q = quote_starting(a, "tar balls")
    assert shown_speaker(a, q) in (None, "Coast Guard")


# --- a lone name word stands for a family name --------------------------------------------


def test_a_lone_word_stands_for_the_family_name_not_a_given_or_middle_name():
    keys = ["benton f baugh", "tyrone benton"]
    assert names.surname_bearers("benton", keys) == ["tyrone benton"]
    assert names.surname_bearers("benton", ["benton f baugh"]) == []  # his given name: open
    assert names.surname_bearers("replikins", ["h1n1 replikins vaccine"]) == []  # a middle word
    assert names.surname_bearers("fitch", ["fitch bp"]) == []  # an acronym run on is no given name
    # twins: the family name, and the first word of two where it may be the family name
    assert names.surname_bearers("baugh", ["benton f baugh"]) == ["benton f baugh"]
    assert names.surname_bearers("ren", ["ren zhengfei"]) == ["ren zhengfei"]


def test_in_a_document_a_lone_word_is_not_linked_to_a_name_it_begins():
    a = analysed("Mara Quill Tenby, an engineer, designed the valve. Later Mara said the valve had failed twice.")
    mara = [m for m in a.mentions if m.text == "Mara"]
    full = [i for i, m in enumerate(a.mentions) if m.text == "Mara Quill Tenby"]
    assert full and all(m.context.ref not in full for m in mara)
    # twin: the family name alone is linked
    a = analysed("Mara Quill Tenby, an engineer, designed the valve. Later Tenby said the valve had failed twice.")
    full = [i for i, m in enumerate(a.mentions) if m.text == "Mara Quill Tenby"]
    assert any(m.context.ref in full for m in a.mentions if m.text == "Tenby")


def test_across_documents_a_lone_word_joins_no_other_persons_given_name():
    got = _resolve([("Benton F. Baugh", "PERSON")], [("Benton", "PERSON")])
    assert got[("d0", 0)].id != got[("d1", 0)].id
    # twin: a family name alone joins the one person so named
    got = _resolve([("Tyrone Benton", "PERSON")], [("Benton", "PERSON")])
    assert got[("d0", 0)].id == got[("d1", 0)].id


# --- a venue run over a comma into a surname ---------------------------------------------


def _split(text: str, name: str, label: str, surnames: set[str]) -> list[tuple[str, str]]:
    start = text.index(name)
    m = Mention(start=start, end=start + len(name), text=name, label=label)
    out = _split_comma_surname(m, surnames)
    for p in out:
        assert text[p.start : p.end] == p.text
    return [(p.text, p.label) for p in out]


def test_a_venue_run_over_a_comma_into_a_surname_is_split():
    text = "In a note posted on Friendbook, Quill admitted the error."
    assert _split(text, "Friendbook, Quill", "ORG", {"quill"}) == [("Friendbook", "ORG"), ("Quill", "PERSON")]
    # twins: a legal form, a place, a word that is no surname of the document
    assert _split("Tenby, Ltd. said", "Tenby, Ltd.", "ORG", {"quill"}) == [("Tenby, Ltd.", "ORG")]
    assert _split("in Hayward, California today", "Hayward, California", "GPE", {"california"}) \
        == [("Hayward, California", "GPE")]
    assert _split(text, "Friendbook, Quill", "ORG", {"tenby"}) == [("Friendbook, Quill", "ORG")]


def test_the_title_as_the_parses_subject_gives_the_words_to_the_name_after_it():
    a = analysed("The platform tilted in May.\n\nIf a squall nears the platform within three days, the tugs "
                 "will head back to port, said Coast Guard Adm. Tom W. Fell, who runs the effort.")
    assert shown_speaker(a, quote_starting(a, "If a squall")) == "Tom W. Fell"
    # twin: no title, the organisation's words
    a = analysed("The platform tilted in May.\n\nIf a squall nears the platform within three days, the tugs "
                 "will head back to port, Coast Guard officials said on Friday.")
    assert shown_speaker(a, quote_starting(a, "If a squall")) in ("Coast Guard", None)


def test_a_surname_before_a_generational_suffix_is_the_family_name():
    from storyline.analyse.names import surname_bearers
    assert surname_bearers("robin", ["charles robin iii"]) == ["charles robin iii"]
    assert surname_bearers("king", ["martin luther king jr"]) == ["martin luther king jr"]
    # twins: the suffix itself is no family name, and a middle word stays no surname
    assert surname_bearers("iii", ["charles robin iii"]) == []
    assert surname_bearers("luther", ["martin luther king jr"]) == []

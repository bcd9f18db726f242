"""Round thirty-eight, issue 18 (opennamed): open speakers the document itself names.
A name written with a typeset apostrophe ("D’Souza") is parsed as its plain-written twin,
so the tagger finds the person and the quote its speaker; the document's text and offsets
stay its own. Every text here is invented for the test."""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker

from storyline import pipeline
from storyline.analyse import parse as a_parse
from storyline.analyse.nlp import load


def _who(text: str, words: str):
    a = analysed(text)
    hits = [q for q in a.quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0], a


# --- a name's typeset apostrophe --------------------------------------------------------------

def test_a_typeset_apostrophe_name_is_tagged_and_speaks():
    text = ("Author Dinesh D’Souza made a new film about the tax code.\n\n"
            "In the film, D’Souza argues that the tax rates rose for every family.")
    who, q, a = _who(text, "tax rates rose")
    assert who is not None and who.endswith("D’Souza")
    assert any(m.text == "Dinesh D’Souza" and m.label == "PERSON" for m in a.mentions)
    assert a.document.text == text


def test_the_parse_keeps_the_documents_own_characters():
    text = "Brett O’Donnell told Bill O’Reilly that Obama’s plan failed."
    doc = pipeline.parse_in_pieces(load(), text)
    assert doc.text == text
    assert [t.idx for t in doc] == [t.idx for t in load()(text)]
    assert {e.text: e.label_ for e in doc.ents}.get("Bill O’Reilly") == "PERSON"
    assert [t.lemma_ for t in doc if t.text == "O’Donnell"] == ["O’Donnell"]


def test_twin_a_possessive_and_a_quoted_word_are_no_name_apostrophes():
    for text in ("Obama’s aide said no.", "They played rock ’n’ roll.", "It’s over, and I’m done.", "L’s and O’s"):
        assert a_parse.straight_names(text) == text
    assert a_parse.straight_names("O’Malley’s plan") == "O'Malley’s plan"

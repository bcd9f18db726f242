"""Round thirty-eight, issue 18 (opennamed): open speakers the document itself names.
A name written with a typeset apostrophe ("D’Souza") is parsed as its plain-written twin,
so the tagger finds the person and the quote its speaker; the document's text and offsets
stay its own. Every text here is invented for the test."""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker, speaker_of_quote

from storyline import pipeline
from storyline.analyse import parse as a_parse
from storyline.analyse.nlp import load

_who = speaker_of_quote  # (the shown speaker, the quote, the analysis)


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


# --- a piece brought in and then named: "a new poll ... The Acme poll ..." ---------------------

_POLL = ("Two senators would beat the governor in the fall, according to a new poll that shows voters split "
         "on taxes.\n\n{next}\n\nThe poll said that most voters want the state budget cut before winter.")


def test_a_new_poll_the_next_sentence_names_is_its_owners():
    text = _POLL.format(next="The Marist College poll of 900 voters was released Tuesday.")
    who, q, a = _who(text, "Two senators")
    assert who == "Marist College"
    assert "next sentence" in (q.speaker_evidence or "")
    who, _, _ = _who(text, "most voters want")
    assert who == "Marist College"


def test_twin_a_poll_named_sentences_later_or_another_owner_stays_open():
    far = _POLL.format(next="Voters went to the polls in large numbers. Taxes rose in the spring. "
                            "The Marist College poll of 900 voters was released Tuesday.")
    assert _who(far, "Two senators")[0] is None
    other = _POLL.format(next="The Marist College poll of 900 voters was released Tuesday. "
                              "A Monmouth University poll found the opposite last month.")
    assert _who(other, "Two senators")[0] is None
    assert _who(other, "most voters want")[0] is None
    indefinite = _POLL.format(next="A Monmouth University poll of 900 voters was released Tuesday.")
    assert _who(indefinite, "Two senators")[0] is None


# --- a body's own voice: "the project's website", "the foundation's tally" ---------------------

def test_the_projects_website_is_the_project_named_before():
    text = ("The United States Elections Project estimated that turnout rose by ten points.\n\n"
            "The project's website said the estimate counts every ballot cast in the state.")
    who, q, _ = _who(text, "every ballot")
    assert who == "United States Elections Project"
    assert "its own voice" in (q.speaker_evidence or "")


def test_the_foundations_tally_is_the_foundation():
    text = ("The Clinton Foundation paid for clinics in ten countries. Clinics opened in every district, "
            "according to the foundation's tally.")
    assert _who(text, "every district")[0] == "Clinton Foundation"


def test_twin_two_foundations_or_none_named_stay_open():
    two = ("The Ford Foundation and the Gates Foundation gave money to the town. "
           "The foundation's statement said the grants were late.")
    assert _who(two, "grants were late")[0] is None
    none = "The bank said nothing.\n\nThe project's website said the bridge will open in June."
    assert _who(none, "bridge will open")[0] is None
    other = ("Voters backed the plan, the Brookings Institution found in March.\n\n"
             "The institute said that the plan would cost less than its rivals.")
    assert _who(other, "cost less")[0] is None  # an institution is no institute


def test_a_survey_conducted_by_a_body_is_the_bodys():
    text = ("Two senators would beat the governor in the fall, according to a new poll.\n\n"
            "The survey, conducted by Marist College, finds voters split on taxes.\n\n"
            "The poll also shows that most voters want the state budget cut before winter.")
    assert _who(text, "most voters want")[0] == "Marist College"


def test_twin_a_poll_obtained_by_an_outlet_is_not_the_outlets():
    text = ("Most voters distrust both parties, according to a party poll obtained by Reuters on Tuesday.\n\n"
            "The poll said that most voters want the state budget cut before winter.")
    assert _who(text, "most voters want")[0] is None
    made = text.replace("obtained by", "conducted by")
    assert _who(made, "most voters want")[0] == "Reuters"


def test_twin_a_body_word_inside_the_quotation_is_not_the_speaker():
    text = ("The Clinton Foundation paid for clinics in ten countries.\n\n"
            "“The drop comes from the emails, the foundation, all of it,” said a person close to the family.")
    a = analysed(text)
    for q in a.quotes:
        assert shown_speaker(a, q) != "Clinton Foundation"

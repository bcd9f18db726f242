"""Round fifty-one, mender m1: in-sample mends of the seed-166 audit's speakers
(FNC-1 c036 Q10, c038 Q3, c038 Q10, c049 Q9).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

import pytest
from pipeline_helpers import quoted_analysis

from storyline.analyse import nlp as a_nlp


@pytest.fixture(scope="module")
def nlp():
    return a_nlp.load()


def _analyse(text: str):
    return quoted_analysis(text)


def _quote(text: str, start: str):
    a = _analyse(text)
    q = next(q for q in a.quotes if q.text.startswith(start))
    name = a.mentions[q.speaker_mention].text if q.speaker_mention is not None else None
    ante = a.mentions[q.antecedent_mention].text if q.antecedent_mention is not None else None
    return q, name or ante


# --- c036 Q10: "X told Y" tagged as one span: X speaks, never Y -------------------------------------

_TOLD = ("Police said a man was arrested on Monday in the town of Fairview.\n\n"
         "\"He's finally realized that he's been played for a fool ... Kemp never consented to the wedding "
         "in the first place and never will,\" Simone told The New York Post. \"He feels he will never die,\" "
         "Simone said.\n")


def test_a_span_run_over_told_gives_the_subject_not_the_one_told():
    q, who = _quote(_TOLD, "He's finally realized")
    assert who == "Simone" or q.speaker_text == "Simone"
    assert "Post" not in (who or "") and "Post" not in (q.speaker_text or "")


def test_a_span_over_a_clause_of_saying_is_cut_or_dropped(nlp):
    from storyline.analyse.entities import _clause_inside
    sdoc = nlp("Simone told The New York Post on Monday.")
    assert _clause_inside(sdoc, 0, 6, "WORK_OF_ART") is None
    assert _clause_inside(sdoc, 0, 6, "PERSON") == (0, 1)


def test_a_title_holding_a_verb_of_saying_that_is_no_main_verb_stays(nlp):
    from storyline.analyse.entities import _clause_inside
    sdoc = nlp("She read The Man Who Said No on Monday.")
    assert _clause_inside(sdoc, 2, 7, "WORK_OF_ART") == (2, 7)
    sdoc = nlp("Simone told The New York Post on Monday.")
    assert _clause_inside(sdoc, 2, 6, "ORG") == (2, 6)  # the outlet's own span: no subject inside


def test_a_named_speaker_told_an_outlet_keeps_her_name():
    q, who = _quote("Police said a man was held.\n\n\"We are glad,\" Jane Roe told The Daily Herald.\n", "We are glad")
    assert who == "Jane Roe"


# --- c038 Q3: a possessor's report is the possessor's, not an outlet's named before ------------------

_REPORT = ("Shares of Acme fell on Tuesday.\n\n"
           "The unconfirmed report from Forbes suggests that staff will be cut.\n\n"
           "In his report, long-time reporter Robert X. Cringely writes that the cuts will start this week.\n\n"
           "Acme shares rose 2% in early trading in New York.\n\n"
           "{} suggests that the plan has been in the works since before Christmas.\n")


def test_a_surnames_report_is_that_persons_not_the_outlets():
    q, who = _quote(_REPORT.format("Cringely’s report"), "that the plan")
    assert who == "Robert X. Cringely"
    assert "last name of Robert X. Cringely" in (q.speaker_evidence or "")


def test_the_bare_report_still_goes_to_the_one_owner_named_before():
    q, who = _quote(_REPORT.format("The report"), "that the plan")
    assert who == "Forbes"


def test_an_unknown_names_report_stays_open():
    q, who = _quote(_REPORT.format("Hollinsby’s report"), "that the plan")
    assert who is None and q.speaker_confidence == 0.0


# --- c049 Q9: "McDonald’s further confirmed": the name keeps its 's --------------------------------


def test_an_organisation_speaking_keeps_the_s_of_its_name():
    text = ("Acme Burgers opened a store.\n\n"
            "McDonald’s said on Monday that it would close stores. McDonald’s further confirmed that it "
            "no longer sells the burger.\n")
    q, who = _quote(text, "that it no longer")
    assert who == "McDonald’s"


def test_a_possessive_before_a_noun_is_still_trimmed():
    a = _analyse("McDonald’s head office said on Monday that the stores were old.\n")
    assert any(m.text == "McDonald" for m in a.mentions)
    assert not any(m.text == "McDonald’s" for m in a.mentions)


# --- c038 Q10: "News of the cuts ..." opening a sentence is no he/she candidate ----------------------

_NEWS = ("Acme is set to cut 11,000 of its staff this week.\n\n"
         "News of the job cuts come from veteran reporter Robert X. Cringely, who recently published a book.\n\n"
         "In his report on the plan, Cringely says that staff \"will all be gone by February\". He said that "
         "while many jobs would be lost in the US, the axe would fall on all of Acme's offices.\n")


def test_a_said_noun_opening_a_sentence_is_no_pronoun_candidate():
    q, who = _quote(_NEWS, "that while many jobs")
    assert "-> News" not in (q.speaker_evidence or "")


def test_a_lone_surname_opening_a_sentence_is_still_a_candidate(nlp):
    from storyline.analyse.speakers import _lone_subject_name, _said_noun_opening
    sdoc = nlp("Prytz appeared in the film. News of the film spread.")
    assert _lone_subject_name(sdoc[0]) and not _said_noun_opening(sdoc[0])
    news = next(t for t in sdoc if t.text == "News")
    assert _said_noun_opening(news)


# --- c049 Q11: "..., according to Acme.com.\n\nFans of ..." the source is not the next paragraph's ---


def _parsed(nlp, words, spaces, heads, deps):
    from spacy.tokens import Doc
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps)


def test_according_to_object_past_a_paragraph_break_is_the_name_before_it(nlp):
    from storyline.analyse.quotes import _according_to
    # the small model's reading of such a paragraph end: "Acme.com" a compound of "Fans", the pobj
    words = ["It", "is", "old", ",", "according", "to", "Acme.com", ".", "\n\n", "Fans", "of", "pizza", "travel", "."]
    spaces = [True, True, False, True, True, True, False, False, False, True, True, True, False, False]
    heads = [1, 1, 1, 1, 1, 4, 9, 9, 7, 5, 9, 10, 1, 1]
    deps = ["nsubj", "ROOT", "acomp", "punct", "prep", "prep", "compound", "compound", "dep", "pobj", "prep", "pobj",
            "conj", "punct"]
    sdoc = _parsed(nlp, words, spaces, heads, deps)
    (acc, obj), = list(_according_to(sdoc))
    assert obj.text == "Acme.com"


def test_according_to_object_in_its_own_paragraph_stays(nlp):
    from storyline.analyse.quotes import _according_to
    words = ["It", "is", "old", ",", "according", "to", "Acme", "reporter", "Jane", "Doe", "."]
    spaces = [True, True, False, True, True, True, True, True, True, False, False]
    heads = [1, 1, 1, 1, 1, 4, 9, 9, 9, 5, 1]
    deps = ["nsubj", "ROOT", "acomp", "punct", "prep", "prep", "compound", "compound", "compound", "pobj", "punct"]
    sdoc = _parsed(nlp, words, spaces, heads, deps)
    (acc, obj), = list(_according_to(sdoc))
    assert obj.text == "Doe"


def test_a_possessive_the_parse_hung_on_a_preposition_is_still_trimmed():
    a = _analyse("In a report that aired on Fox News Channel’s “The Kelly File,” host Jane Roe revealed the plan.\n")
    assert any(m.text == "Fox News Channel" for m in a.mentions)
    assert not any(m.text.endswith("’s") for m in a.mentions)

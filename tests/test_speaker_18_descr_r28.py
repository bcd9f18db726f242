"""Issue 18, round twenty-eight: a description or an unnamed source given to the wrong named
person. Four rules, each on a short invented text with a must-not-fire twin:

- "the company" goes on from the organisation that is the subject of the sentence just
  before; when the scores (salience, the organisation the article is about) pick another,
  the speaker stays open (speakers.resolve_nominal, _main_subject);
- "the official" after "A senior official told reporters ..." goes on from that unnamed
  official, not from the secretary named further up (speakers.introduced_unnamed);
- "I hope ..., as Doe said ...": the writer's own words citing Doe, no quote of Doe's
  (quotes._as_cands, data/own_voice.txt);
- "But, Roe said, would Doe understand that ...?": Roe's question, never Doe's statement
  (quotes._asked_not_stated, _after_aside_cue).
"""

from __future__ import annotations

from scenes import quote_starting as _quote
from scenes import who as _who

from storyline.pipeline import analyse_record
from storyline.types import Record


def _analyse(text: str):
    return analyse_record(Record(source="x.txt", text=text))


_LEAD = ("Marlow Petroleum leased the rig in the gulf. Shares of Marlow Petroleum fell on Monday. "
         "Marlow Petroleum will pay for the clean-up, its chief said. Marlow Petroleum owns the well.\n\n")


def test_the_company_after_another_organisation_as_subject_is_not_the_story_s_organisation():
    a = _analyse(_LEAD + "Boltex Inc. said it found errors in the report and that its work met the terms "
                 "set by Marlow Petroleum.\n\n\"Contractors do not design the well,\" the company said.")
    q = _quote(a, "Contractors do not design")
    assert _who(a, q) is None, q.speaker_evidence
    assert "Boltex Inc., the subject of this or the sentence before" in q.speaker_evidence


def test_twin_the_company_keeps_the_story_s_organisation_when_the_other_is_no_subject():
    a = _analyse(_LEAD + "The report found errors in the work that Boltex Inc. did for Marlow Petroleum.\n\n"
                 "\"Contractors do not design the well,\" the company said.")
    assert _who(a, _quote(a, "Contractors do not design")) == "Marlow Petroleum"


_SECRETARY = "Interior Secretary Jane Roe is proposing to split the agency.\n\n"


def test_the_official_after_an_unnamed_official_is_not_the_secretary_named_before():
    a = _analyse(_SECRETARY + "A senior administration official told reporters that no law is needed for "
                 "the change.\n\n\"The department can make the change\" by itself, the official said.")
    q = _quote(a, "The department can make")
    assert _who(a, q) is None and q.antecedent_mention is None, q.speaker_evidence
    assert "unnamed 'A senior administration official'" in q.speaker_evidence


def test_twin_the_official_with_no_unnamed_one_between_is_the_secretary():
    a = _analyse(_SECRETARY + "Roe told reporters that no law is needed for the change.\n\n"
                 "\"The department can make the change\" by itself, the official said.")
    assert _who(a, _quote(a, "The department can make")) == "Jane Roe"


def test_twin_an_official_named_in_apposition_is_no_unnamed_one():
    from scenes import scene

    from storyline.analyse import speakers

    text = _SECRETARY + "An official, Tom Hale, told reporters that no law is needed. The official said so."
    sdoc, sc = scene(text)
    head = [t for t in sdoc if t.lower_ == "official"][-1]
    assert speakers.introduced_unnamed(sc, head, 0) is None
    text = _SECRETARY + "An official told reporters that no law is needed. The official said so."
    sdoc, sc = scene(text)
    head = [t for t in sdoc if t.lower_ == "official"][-1]
    assert speakers.introduced_unnamed(sc, head, 0) is not None


def test_an_as_aside_in_the_writer_s_own_words_gives_no_quote_to_the_one_cited():
    a = _analyse("John Doe spoke on the floor of the exchange.\n\n"
                 "I hope somebody, you know, as Doe said on the floor of the exchange: are you listening?")
    for q in a.quotes:
        assert _who(a, q) != "John Doe", (q.text, q.speaker_evidence)


def test_twin_an_as_aside_in_a_third_person_clause_still_attributes():
    a = _analyse("John Doe spoke on the floor of the exchange.\n\n"
                 "The bridge, as Doe said on Monday, has been closed for repairs.")
    assert _who(a, _quote(a, "The bridge")) == "John Doe"


def test_a_question_after_a_reporting_aside_is_not_the_statement_of_the_one_asked_about():
    a = _analyse("Jane Roe runs a shrimp boat.\n\n"
                 "But, Roe said, would John Doe understand that the season was lost before the oil came?")
    for q in a.quotes:
        assert _who(a, q) != "John Doe", (q.text, q.speaker_evidence)


def test_twin_a_statement_after_a_reporting_aside_keeps_its_subject():
    from storyline.analyse import quotes
    from storyline.analyse.nlp import load

    doc = load()("But, Roe said, would John Doe understand that the season was lost?")
    assert quotes._asked_not_stated(next(t for t in doc if t.text == "understand"))
    doc = load()("But, Roe said, John Doe would understand that the season was lost.")
    assert not quotes._asked_not_stated(next(t for t in doc if t.text == "understand"))


def _company(text: str, names: list[tuple[str, str, int]]):
    from pipeline_helpers import hand_scene

    from storyline.analyse import speakers

    sdoc, sc = hand_scene(text, names)
    head = [t for t in sdoc if t.lower_ == "company"][-1]
    return sc, speakers.resolve_nominal(sc, head, sdoc[head.i - 1 : head.i + 1])


_FOUR = [("Marlow Petroleum", "ORG", k) for k in range(4)]


def test_the_company_after_a_mistyped_name_as_subject_stays_open():
    # the tagger typed the contractor a place: it is still the subject the description goes on from
    text = (_LEAD + "Boltex said it found errors in the report.\n\n"
            "\"Contractors do not design the well,\" the company said.")
    sc, res = _company(text, [*_FOUR, ("Boltex", "GPE", 0)])
    assert not res.resolved and "Boltex, the subject of this or the sentence before" in res.evidence


def test_twin_a_mistyped_name_that_is_no_subject_leaves_the_company_to_the_scores():
    text = (_LEAD + "The report found errors in the work done by Boltex.\n\n"
            "\"Contractors do not design the well,\" the company said.")
    sc, res = _company(text, [*_FOUR, ("Boltex", "GPE", 0)])
    assert res.resolved and sc.mentions[res.mention].text == "Marlow Petroleum"


def test_twin_a_real_place_as_subject_just_before_leaves_the_company_to_the_scores():
    # a country the gazetteer knows is a place, not a mistyped company (a Reuters text: "Egypt
    # ... The group said" kept its group)
    text = (_LEAD + "Egypt said it found errors in the report.\n\n"
            "\"Contractors do not design the well,\" the company said.")
    sc, res = _company(text, [*_FOUR, ("Egypt", "GPE", 0)])
    assert res.resolved and sc.mentions[res.mention].text == "Marlow Petroleum"

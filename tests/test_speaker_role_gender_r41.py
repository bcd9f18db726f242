"""Round forty-one, issue 18 (open speakers): when neither an honorific nor a first name of the
birth lists tells a named person's gender, a gendered role noun of the person's own description
does ("Zorvath Kellan, the party chairman"; data/analyse/gendered_role_nouns.tsv), so a he/she
right after may be given to that person. Never when the first name is one the lists hold (that
tells, or withholds, the gender itself), nor when the role nouns disagree. Invented texts."""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker

from storyline.analyse import speakers


def _quote(text: str, words: str):
    a = analysed(text)
    hits = [q for q in a.quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


def test_the_table_holds_both_forms():
    t = speakers.gendered_role_nouns()
    assert t["chairman"] == "m" and t["chairwoman"] == "f"


def test_a_role_noun_tells_the_gender_of_an_unlisted_first_name():
    who, q = _quote("Zorvath Kellan, the party chairman, announced a new website on Monday.\n\n"
                    "\"It is a simple tool for every voter in the state,\" he said.", "simple tool")
    assert who == "Zorvath Kellan", q.speaker_evidence


def test_not_when_the_role_noun_is_of_the_other_gender():
    # "she" cannot be the chairman, and no one else is named: open
    who, q = _quote("Zorvath Kellan, the party chairman, announced a new website on Monday.\n\n"
                    "\"It is a simple tool for every voter in the state,\" she said.", "simple tool")
    assert who is None

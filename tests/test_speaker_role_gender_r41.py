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


# a salient rival further back, so the scorer passes over the subject of the sentence before
# and only the plain reading (which needs the gender told) can give the quote
LEAD = "Marsh has led the race for months. Marsh won three states on Tuesday, and Marsh expects to win more next week.\n\n"
TEXT = ("NAME, the party ROLE, walked into the crowded hall on Monday night.\n\n"
        "\"We have never seen a crowd like this one,\" PRON said.")


def _text(name="Zorvath Kellan", role="chairman", pron="he"):
    return LEAD + TEXT.replace("NAME", name).replace("ROLE", role).replace("PRON", pron)


def test_a_role_noun_tells_the_gender_of_an_unlisted_first_name():
    who, q = _quote(_text(), "crowd like")
    assert who == "Zorvath Kellan", q.speaker_evidence


def test_not_when_the_role_noun_is_of_the_other_gender():
    who, q = _quote(_text(role="chairwoman"), "crowd like")
    assert who is None, q.speaker_evidence


def test_not_when_the_first_name_is_a_listed_one():
    # "Jordan" is a first name of the lists, given to both: the role noun is not read
    who, q = _quote(_text(name="Jordan Kellan"), "crowd like")
    assert who is None, q.speaker_evidence

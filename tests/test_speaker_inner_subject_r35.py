"""A he/she is not given to a name that is only a clause's subject inside the sentence before,
when that sentence's main subject is another person the pronoun may stand for (issue 18,
round thirty-five, integrator). Texts written for the test."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _speaker(text: str, words: str):
    a = analyse_record(Record(source="t", text=text))
    q = next(q for q in a.quotes if words in q.text)
    m = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
    ok = m is not None and (q.speaker_confidence or 0) >= 0.5
    return a.mentions[m].text if ok else None, q.speaker_evidence or ""


def test_a_name_inside_the_main_subjects_words_does_not_take_the_pronoun():
    # "Trump" is the main subject (the small model hangs it on the clause inside), Doe only the
    # subject of the clause inside his claim: the he is not surely Doe's
    text = ("Jim Trump spoke in the hall on Friday.\n\nTrump, later alleging - again falsely - that President Doe "
            "wanted to let in 250,000 migrants, said he would deport them. (On Tuesday he said he might "
            '"seriously weigh" shutting the port.)')
    who, why = _speaker(text, "shutting the port")
    assert who is None and "main subject of the sentence before" in why


def test_a_woman_as_main_subject_leaves_he_to_the_man_inside():
    # twin: the main subject's gender rules her out, so the he stays the man's
    text = 'Jane Roe said that Governor Tom Doe had let the mill close. Then he said: "We must open it again."'
    who, _ = _speaker(text, "open it again")
    assert who == "Tom Doe"


def test_the_main_subject_itself_keeps_the_pronoun():
    # twin: the scorer's choice is the sentence's main subject
    text = ("Tom Brand met the harbour board on Friday and spoke for an hour. "
            "On Monday he said he would sue the port.")
    who, _ = _speaker(text, "sue the port")
    assert who in ("Tom Brand", "Brand")


def test_a_name_in_apposition_to_the_main_subject_keeps_the_pronoun():
    # twin: "The group's chief, Jane Roe, said ...": the name is the main subject's own
    text = ("The Harbour Group's chief, Jane Roe, said the two firms had agreed that no filing was needed.\n\n"
            '"If counsel had told us to file, we would have filed," she said in a statement.')
    who, _ = _speaker(text, "we would have filed")
    assert who == "Jane Roe"

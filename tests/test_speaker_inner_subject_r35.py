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
    # "Roe" is the main subject (the tagger typed it otherwise), Doe only the subject of the
    # clause inside Roe's claim: the he is not surely Doe's
    text = ("Roe, alleging that President Doe wanted to admit 250,000 migrants, said he would deport them. "
            'On Monday he said he would "strongly consider" closing the port.')
    who, why = _speaker(text, "closing the port")
    assert who is None and "main subject of the sentence before" in why


def test_the_main_subject_itself_keeps_the_pronoun():
    # twin: the scorer's choice is the sentence's main subject
    text = ("Tom Brand met the harbour board on Friday and spoke for an hour. "
            "On Monday he said he would sue the port.")
    who, _ = _speaker(text, "sue the port")
    assert who in ("Tom Brand", "Brand")

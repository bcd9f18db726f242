"""A statement shown as one half while its tag carries the rest, round thirty-six (issue 18).

Shapes round thirty-five's joins left as two halves on PolNeAR's copy: the second quotation
with a tag of its own after it ('"A," X said in an interview. "B," she added.'), the tag
carried on by a sentence of its own ('"A," X said. She added, "B."'), an unnamed speaker's
long tag ('"A," said one official ..., who spoke on condition of anonymity. "B."') and
'adding that "B"'. Each with a twin that must stay two. Texts written for the test."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.resolve.quotes import shown_pieces
from storyline.types import Record


def _direct(text: str):
    a = analyse_record(Record(source="t.txt", text=text))
    return a, [q for q in a.quotes if q.kind == "direct"]


def _halves(text: str, q) -> list[str]:
    return [text[x:y] for x, y in q.pieces]


def test_a_second_quotation_with_its_own_tag_by_the_same_speaker_is_one_statement():
    text = ('Ann Keller spoke on Monday.\n\n"I was sorry that the council put off the vote," Keller said in '
            'an interview at the depot. "We will build the bridge anyway," she added.')
    a, qs = _direct(text)
    assert len(qs) == 1 and a.mentions[qs[0].speaker_mention].text == "Keller"
    assert _halves(text, qs[0]) == ["I was sorry that the council put off the vote", "We will build the bridge anyway"]
    _, said = shown_pieces(text, qs[0].pieces)
    assert said is not None and "interview" not in said and "added" not in said


def test_another_speakers_own_tag_after_narration_keeps_the_quotations_apart():
    # twin: a sentence of narration brings in another person, whose "he said" tags the second
    text = ('Ann Keller spoke on Monday.\n\n"I was sorry that the council put off the vote," Keller said. '
            'Tom Brand, the mayor, disagreed. "We will build the bridge anyway," he said.')
    _, qs = _direct(text)
    assert len(qs) == 2 and not any(len(q.pieces) == 2 for q in qs)


def test_a_sentence_that_only_says_she_added_carries_the_statement_on():
    text = ('Ann Keller spoke on Monday.\n\n"I was sorry that the council put off the vote," Keller said. '
            'She added, "We will build the bridge anyway."')
    a, qs = _direct(text)
    assert len(qs) == 1 and a.mentions[qs[0].speaker_mention].text == "Keller"
    assert _halves(text, qs[0]) == ["I was sorry that the council put off the vote", "We will build the bridge anyway."]


def test_a_sentence_with_a_time_and_another_verb_opens_a_new_statement():
    # twin: "On Friday, she remarked" is words said on another day, not the same statement
    text = ('Ann Keller spoke on Monday.\n\n"I was sorry that the council put off the vote," Keller said. '
            'On Friday, she remarked: "We will build the bridge anyway."')
    _, qs = _direct(text)
    assert len(qs) == 2 and not any(len(q.pieces) == 2 for q in qs)


def test_an_unnamed_speakers_long_tag_between_two_quotations_is_one_statement():
    text = ('The council met on Monday.\n\n"We will not pay for the steel this year," said one councillor '
            'involved in the talks, who spoke on condition of anonymity to speak freely. "The budget is gone."')
    _, qs = _direct(text)
    assert len(qs) == 1 and qs[0].speaker_mention is None
    assert _halves(text, qs[0]) == ["We will not pay for the steel this year", "The budget is gone."]


def test_an_unnamed_speakers_long_tag_before_a_new_paragraph_keeps_them_apart():
    # twin: across a paragraph break the next quotation may be anyone's
    text = ('The council met on Monday.\n\n"We will not pay for the steel this year," said one councillor '
            'involved in the talks, who spoke on condition of anonymity to speak freely.\n\n"The budget is gone."')
    _, qs = _direct(text)
    assert not any(len(q.pieces) == 2 for q in qs)


def test_adding_that_before_a_whole_quoted_clause_joins_the_two_quotations():
    text = ('Tom Brand spoke after the vote.\n\n"We want this settled before the winter," Brand said, adding that '
            '"the bridge will open by the spring."')
    _, qs = _direct(text)
    assert len(qs) == 1
    assert _halves(text, qs[0]) == ["We want this settled before the winter", "the bridge will open by the spring."]


def test_noting_that_with_the_reporters_subject_before_the_mark_keeps_them_apart():
    # twin: the clause's subject ("the builders feel") lies outside the marks; the pieces would drop it
    text = ('Tom Brand spoke after the vote.\n\n"We want this settled before the winter," Brand said, adding that '
            'the builders feel "the bridge will open by the spring."')
    _, qs = _direct(text)
    assert not any(len(q.pieces) == 2 for q in qs)


def test_but_he_added_after_a_title_and_name_carries_the_statement_on():
    # "Mr." holds a full stop: the first tag is "Mr. Brand said", the sentence after only "But he added"
    text = ('Tom Brand spoke after the vote.\n\n"We want this settled before the winter," Mr. Brand said. '
            'But he added, "Nobody here wants another year of hearings."')
    _, qs = _direct(text)
    assert len(qs) == 1 and len(qs[0].pieces) == 2


def test_a_clause_set_off_by_a_dash_in_the_tag_keeps_the_quotations_apart():
    # twin: after the dash the reporter narrates; the next quotation may be on another matter
    text = ('Tom Brand spoke after the vote.\n\n"We want this settled before the winter," Mr. Brand said - but '
            'the builders would not back the plan. "Nobody here wants another year of hearings," Mr. Brand said.')
    _, qs = _direct(text)
    assert not any(len(q.pieces) == 2 for q in qs)

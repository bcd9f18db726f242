"""A quotation split by its own tag is one statement (issue 18 item 3; round thirty-three).

Copy that keeps its paragraphs whole writes '"A," X said. "B."' in one paragraph; the join that
read it only across a paragraph break (each sentence on a line of its own, as Timeline17's copy
is) left the two halves as two statements. And an interrupted sentence whose second half opens
with the pronoun "I" goes on as surely as one in lower case. Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.pipeline import analyse_record
from storyline.resolve.quotes import shown_pieces
from storyline.types import Record


def _quotes(text: str):
    return analyse_record(Record(source="t.txt", text=text)).quotes


def _speakers(text: str) -> list[str | None]:
    a = analyse_record(Record(source="t.txt", text=text))
    return [a.mentions[q.speaker_mention].text if q.speaker_mention is not None else q.speaker_text
            for q in a.quotes if q.kind == "direct"]


@pytest.mark.parametrize("mark", ['"', "“”"])
def test_a_quotation_tagged_after_its_first_sentence_in_one_paragraph_is_one_statement(mark):
    o, c = (mark, mark) if len(mark) == 1 else (mark[0], mark[1])
    text = (f"Mayor Ann Keller spoke to reporters on Monday.\n\n{o}We have a plan for the bridge,{c} "
            f"Keller said. {o}It opens in May.{c}")
    qs = [q for q in _quotes(text) if q.kind == "direct"]
    assert len(qs) == 1
    q = qs[0]
    assert _speakers(text) == ["Keller"] and len(q.pieces) == 2
    assert [text[x:y] for x, y in q.pieces] == ["We have a plan for the bridge", "It opens in May."]
    _, said = shown_pieces(text, q.pieces)
    assert said is not None and "Keller said" not in said


def test_a_next_quotation_with_its_own_tag_stays_its_own():
    # twin: the second quotation has a cue and speaker of its own, so it is another statement
    text = ('Mayor Ann Keller spoke to reporters on Monday.\n\n"We have a plan for the bridge," Keller '
            'said. "It will never open," said Tom Brand, her rival.')
    qs = [q for q in _quotes(text) if q.kind == "direct"]
    assert len(qs) == 2
    assert set(_speakers(text)) == {"Keller", "Tom Brand"}
    assert all(not q.pieces or len(q.pieces) == 1 for q in qs)


def test_a_question_tagged_after_is_not_joined_to_the_answer():
    # twin: an answer after a question, in the next paragraph, is someone else's (round
    # thirty-five: in the same paragraph, with the asker's voice handed on, it is the asker's own
    # answer and is joined: tests/test_quotes_split_r35.py)
    text = ('Mayor Ann Keller spoke to reporters on Monday.\n\n"Will the bridge open?" asked Keller.\n\n'
            '"Not this year."')
    qs = [q for q in _quotes(text) if q.kind == "direct"]
    assert not any(len(q.pieces) == 2 for q in qs)


def test_an_interrupted_sentence_going_on_with_i_is_one_statement():
    text = ('Ann Keller spoke about wages on Monday.\n\n"After that," she said, "I support a rise '
            'tied to the median wage."')
    qs = [q for q in _quotes(text) if q.kind == "direct"]
    assert len(qs) == 1 and len(qs[0].pieces) == 2


def test_an_interrupted_quotation_going_on_with_a_name_is_one_statement_under_one_tag():
    # a capitalised name may open a new sentence, but the speaker finder gives both halves the one
    # tag between them, so they are one speaker's statement in two pieces (round thirty-five,
    # _join_same_tag; round thirty-three kept them two)
    text = ('Ann Keller spoke about wages on Monday.\n\n"We tried that once," she said, "Brand '
            'never did."')
    qs = [q for q in _quotes(text) if q.kind == "direct"]
    assert len(qs) == 1 and len(qs[0].pieces) == 2


def test_an_interrupted_quotation_whose_second_half_has_its_own_tag_stays_two():
    # twin: the second quotation is tagged with another speaker
    text = ('Ann Keller spoke about wages on Monday.\n\n"We tried that once," she said, "Brand '
            'never did," said Tom Hale, her deputy.')
    qs = [q for q in _quotes(text) if q.kind == "direct"]
    assert not any(len(q.pieces) == 2 for q in qs)

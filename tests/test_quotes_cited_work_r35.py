"""A cited work's title is not something said (issue 18, round thirty-five, integrator):
a headline-cased quotation after "according to", or with its author after it, is the title of
a book or report the writer cites. Texts written for the test."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _directs(text: str) -> list[str]:
    return [q.text for q in analyse_record(Record(source="t", text=text)).quotes if q.kind == "direct"]


def test_a_title_after_according_to_is_no_statement():
    text = ('One Sunday in 2001, according to "Perfect Enough: Jane Roe and the Remaking of Acme" by Tom Brand, '
            'Roe sat in her study and called six directors, asking each for an answer.')
    assert _directs(text) == []


def test_a_title_with_its_author_after_it_is_no_statement():
    assert _directs('His favourite read, "This Kind of Peace," by T.R. Brand, sits on his desk.') == []


def test_a_sentence_case_quotation_after_according_to_is_no_title():
    # twin: words set in sentence case after "according to" are not read as a work's title
    from storyline.analyse.quotes import _cited_work, _Direct

    text = 'The mill will close, according to "the board has not yet seen the plan," a director said.'
    a = text.index('"') + 1
    b = text.index('"', a)
    assert not _cited_work(text, _Direct(start=a, end=b, outer_start=a - 1, outer_end=b + 1))
    titled = 'The mill will close, according to "The Harbour Plan for Acme," a director said.'
    a = titled.index('"') + 1
    b = titled.index('"', a)
    assert _cited_work(titled, _Direct(start=a, end=b, outer_start=a - 1, outer_end=b + 1))


def test_a_sentence_case_quotation_before_by_stays():
    # twin: a statement followed by "by" and a capital is not read as a title
    text = '"We will not sell the mill," by any measure, was the message Roe gave the board.'
    assert _directs(text) == ["We will not sell the mill"]

"""Quote spans that stop short of the statement or run on past it (issue 18 item 3; round
thirty-four): a content the parse cut inside a word ("they do" + "n’t like her"), a
closing mark set off by a space ('"Lyin' " Ted'), and a next paragraph's quotation with its own
tag joined as a continuation. Texts written for the test."""

from __future__ import annotations

from storyline.analyse.quotes import _ends_in_word, find_direct
from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str):
    return analyse_record(Record(source="t.txt", text=text)).quotes


def test_a_content_cut_inside_a_word_is_left_out():
    # the small model reads a curly "n\u2019t" as a noun: "they do" would say the reverse
    text = "A poll showed the mayor with her lowest rating, with most voters saying they don\u2019t like her."
    contents = [q.text for q in _quotes(text) if q.kind == "indirect"]
    assert "they do" not in contents
    assert not any(c.endswith("do") for c in contents)


def test_ends_in_word():
    text = "they don\u2019t like her"
    assert _ends_in_word(text, text.index("n\u2019t"))
    assert not _ends_in_word(text, len(text)) and not _ends_in_word(text, text.index(" like"))


def test_a_straight_contraction_keeps_its_content():
    # twin: the straight apostrophe parses right, and the content is kept whole
    text = "A poll showed the mayor with her lowest rating, with most voters saying they don't like her."
    contents = [q.text for q in _quotes(text) if q.kind == "indirect"]
    assert "they don't like her" in contents


def test_a_closing_mark_after_a_spaced_apostrophe_closes():
    text = ('He mocked them all ("Sleepy" Tom Brand, "Lyin\' " Ann Keller).\n\n'
            "More than two million people voted for him in the spring primaries this year.\n\n"
            '"You think I will change?" he asked.')
    spans = [text[d.start : d.end] for d in find_direct(text)]
    assert "Lyin' " in spans and "You think I will change?" in spans
    assert not any("million" in s for s in spans)


def test_a_nested_quotation_closed_with_a_spaced_mark():
    text = "\"They told me, 'Go home,' \" said Ann Keller. The council met on Monday."
    spans = [text[d.start : d.end] for d in find_direct(text)]
    assert spans[0] == "They told me, 'Go home,' "


def test_a_spaced_mark_does_not_end_a_quotation_run_on_over_paragraphs():
    # twin: once the quotation has run on over a paragraph break, a mark set off by spaces
    # is too weak to close it; the scanner keeps its old reading (the proper closing mark)
    text = ('"We will rebuild the bridge in the spring.\n\nThe money is there " and more," '
            "said Ann Keller.")
    spans = [text[d.start : d.end] for d in find_direct(text)]
    assert spans == ['We will rebuild the bridge in the spring.\n\nThe money is there " and more,']


def test_a_next_quotation_with_an_uncued_tag_is_not_joined():
    text = ('Ann Keller spoke on stage, saying "Roads should not decide fate" and "Just because I '
            'sweep the streets does not mean you can treat me like dirt."\n\n"Will she be the next '
            'mayor?" a staffer in the room wondered. Keller has also been named for the council.')
    qs = [q for q in _quotes(text) if q.kind == "direct"]
    assert not any("dirt" in q.text and "mayor" in q.text for q in qs)


def test_a_next_quotation_with_no_tag_is_still_joined():
    # twin: a whole-paragraph quotation with nothing after it goes on the first one's words
    text = ('Ann Keller told reporters: "The firm will send a ship to the coast."\n\n'
            '"The two ships will collect oil every day."')
    qs = [q for q in _quotes(text) if q.kind == "direct"]
    assert len(qs) == 1 and len(qs[0].pieces) == 2


def test_reported_speech_stops_before_another_voice_answering_with_a_colon():
    text = ("Ann Keller spoke on Monday. She said that experts had found her plans were effective "
            'and strong, to which Tom Brand interjected: "It is just not true." He left early.')
    contents = [q.text for q in _quotes(text) if q.kind == "indirect"]
    assert "that experts had found her plans were effective and strong" in contents
    assert not any("interjected" in c or "not true" in c for c in contents)


def test_reported_speech_holding_a_quotation_after_a_plain_colon_stays_whole():
    # twin: no clause of its own before the colon: the quotation is the content's own words
    text = ('Ann Keller spoke on Monday. She said the plan had one aim for the town: "keep the '
            'schools open all year." He left early.')
    contents = [q.text for q in _quotes(text) if q.kind == "indirect"]
    assert any(c.endswith('"keep the schools open all year."') or c.endswith("all year.") for c in contents)

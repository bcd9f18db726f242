"""A statement shown cut, round thirty-seven (issue 18, cuts).

Shapes left cut on the seed-151 samples: a second quotation after "X said on <"Title">,
adding," (the title's marks broke the participle join); a reported first half with
", X said, adding, "B"" after it; two whole lines under one cue joined by "and"; a clause
whose claim stands outside the marks with only an adverbial tail quoted; and a curly
quotation nested in another curly one, read as the outer one's close. Each with a twin that
must stay as it was. Texts written for the test."""

from __future__ import annotations

from storyline.analyse.quotes import find_direct
from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str):
    a = analyse_record(Record(source="t.txt", text=text))
    return a, a.quotes


def _halves(text: str, q) -> list[str]:
    return [text[x:y] for x, y in q.pieces]


def _who(a, q) -> str | None:
    return a.mentions[q.speaker_mention].text if q.speaker_mention is not None else None


# a quoted programme title inside the tag before "adding"

def test_a_title_in_marks_inside_the_tag_does_not_stop_the_adding_join():
    text = ('Graves has backed Lopez for months.\n\n"I think Maria Lopez would be the best nominee, but she has '
            'no chance," Graves said on NBC\'s "Meet the Press," adding, "Her problem is she is a local in a '
            'national year."\n\nThe poll was taken in May.')
    a, qs = _quotes(text)
    direct = [q for q in qs if q.kind == "direct"]
    assert len(direct) == 1 and _who(a, direct[0]) == "Graves"
    assert _halves(text, direct[0])[1] == "Her problem is she is a local in a national year."


def test_a_title_then_narration_keeps_the_quotations_apart():
    # twin: the words after the title hold a sentence of the reporter's, not only the tag
    text = ('Graves has backed Lopez for months.\n\n"I think Maria Lopez would be the best nominee, but she has '
            'no chance," Graves said on NBC\'s "Meet the Press." The host laughed, adding, "Her problem is she '
            'is a local in a national year."\n\nThe poll was taken in May.')
    _, qs = _quotes(text)
    assert not any(len(q.pieces) == 2 for q in qs if q.kind == "direct")


# a reported first half, then its tag and "adding"

def test_a_reported_half_and_the_quoted_half_after_adding_are_one_statement():
    text = ('Dana Whitfield spoke to reporters on Monday.\n\nLopez and Graves will meet sometime next week, '
            'Whitfield said, adding, "They ought to meet and settle it over lunch."\n\nThe poll was taken in May.')
    a, qs = _quotes(text)
    assert len(qs) == 1 and qs[0].kind == "indirect" and qs[0].mixed and _who(a, qs[0]) == "Whitfield"
    assert _halves(text, qs[0]) == ["Lopez and Graves will meet sometime next week",
                                    "They ought to meet and settle it over lunch."]


def test_a_reported_half_with_its_cue_before_it_stays_apart_from_the_adding_quotation():
    # twin: "Whitfield said Lopez and Graves will meet ...": the tag before the content is not
    # between the halves; the join reads only a tag standing after the reported words
    text = ('Dana Whitfield spoke to reporters on Monday.\n\nWhitfield said Lopez and Graves will meet sometime '
            'next week, with aides, adding, "They ought to meet and settle it over lunch."\n\nThe poll was taken in May.')
    _, qs = _quotes(text)
    assert not any(q.kind == "indirect" and len(q.pieces) == 2 for q in qs)


# two whole lines under one cue, joined by "and"

def test_two_whole_lines_under_one_cue_joined_by_and_are_one_statement():
    text = ('Dana Whitfield spoke in Ohio on Monday.\n\nWhitfield took a risk with the joke, telling the crowd, '
            '"We make things with our hands, folks," and, "Who among you has never fixed a roof?" '
            'But the audience laughed.')
    a, qs = _quotes(text)
    direct = [q for q in qs if q.kind == "direct"]
    assert len(direct) == 1 and _who(a, direct[0]) == "Whitfield"
    assert _halves(text, direct[0]) == ["We make things with our hands, folks",
                                        "Who among you has never fixed a roof?"]


def test_two_lines_each_with_its_own_tag_stay_apart():
    # twin: the first line has its tag after it; "and" then opens another line of another speaker's
    text = ('Dana Whitfield spoke in Ohio on Monday.\n\n"We make things with our hands, folks," Whitfield said, and '
            'Tom Brand replied, "Who among you has never fixed a roof?" The audience laughed.')
    _, qs = _quotes(text)
    assert not any(len(q.pieces) == 2 for q in qs if q.kind == "direct")


# a clause whose claim is outside the marks, an adverbial tail quoted

def test_a_quoted_adverbial_tail_is_shown_with_the_claim_it_ends():
    text = ('Dana Whitfield, a doctor who advised the mayor, said the plan has worked well "by every '
            'yardstick we have, above all cost, and in part quality."\n\nThe poll was taken in May.')
    a, qs = _quotes(text)
    assert len(qs) == 1 and qs[0].kind == "indirect" and qs[0].mixed
    assert qs[0].text.startswith("the plan has worked well") and "quality" in qs[0].text


def test_a_quoted_object_after_the_verb_stays_as_the_verb_chain_rule_reads_it():
    # twin: the quotation holds the clause's object, not an adjunct: no new reading here
    text = ('Dana Whitfield, a doctor who advised the mayor, said the plan has "fixed the worst of the '
            'problems with cost and quality."\n\nThe poll was taken in May.')
    a, qs = _quotes(text)
    assert len(qs) == 1 and "fixed the worst" in qs[0].text


# a curly quotation nested in a curly one

def test_a_nested_curly_quotation_does_not_close_the_outer_one():
    text = ('Lopez spoke on Monday. “Maria Lopez’s claim that a deal with the board “has to do with the city” '
            'makes clear that Lopez has no clue about the budget,” wrote Dana Whitfield, head of the council.')
    d = [x for x in find_direct(text) if x.outer_start == text.index("“Maria")]
    assert len(d) == 1 and text[d[0].start : d[0].end].endswith("no clue about the budget,")


def test_an_unclosed_quotation_before_a_new_one_keeps_the_old_reading():
    # twin: no right curly mark after the second one in the paragraph: the first mark is left
    # unclosed, as before (no outer quotation to run on to)
    text = ('Lopez spoke on Monday. “The board has met. “We will pay,” Whitfield said after the vote.\n\n'
            'The poll was taken in May.')
    d = [x for x in find_direct(text) if x.outer_start == text.index("“The board")]
    assert len(d) == 1 and text[d[0].start : d[0].end] == "The board has met. “We will pay,"

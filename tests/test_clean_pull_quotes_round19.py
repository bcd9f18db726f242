"""Pull quotes the article gives again inside a quotation (issue 16, round nineteen, 16a).

A page sets a short quotation apart from the article, with no quote marks: on a line of
its own, or run into the next paragraph's first sentence with no stop. Where the article
gives the same words again inside a quotation (a quote mark opened before them, or one
closing right after them), the bare copy is the pull quote and is cut; the article's
quoted copy stays. Every text is invented; each must-cut shape has must-keep twins (a
quotation said once; an article line a reader quotes back and answers; a quotation two
speakers say; a phrase said again inside a longer quotation; a lead opening on a
quotation; a copy given again without quote marks)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import _quoted_in, clean_text

LEAD = "Floods swept through the valley towns of Marotia on Monday, cutting off dozens of villages, officials said."
BODY = [
    "The river rose by two metres overnight after three days of heavy rain in the hills above the towns.",
    "Rescue teams from the capital reached the first villages by boat on Tuesday morning.",
    "Many families spent the night on the roofs of their houses waiting for help to arrive.",
    "The regional government has asked for tents, blankets and drinking water for the displaced.",
]


def _text(*lines: str) -> str:
    return "\n\n".join(lines)


def _removed(c) -> list[str]:
    return [r.text for r in c.removed]


def test_a_bare_line_the_article_quotes_later_is_cut():
    pq = "The water is falling slowly, there are still people on the roofs."
    quote = '"The water is falling slowly, there are still people on the roofs.'
    c = clean_text(_text(LEAD, BODY[0], pq, BODY[1], BODY[2], "The mayor said the town had been lucky.",
                         quote, 'We hope to reach them all by Friday," she said.', BODY[3]))
    assert pq in _removed(c)
    assert quote in c.text.split("\n\n")  # the article's copy stays


def test_a_bare_line_quoted_later_after_a_first_word_is_cut():
    pq = "I think we have reached everyone we could reach."
    c = clean_text(_text(LEAD, BODY[0], pq, BODY[1], BODY[2],
                         'He said: "But I think we have reached everyone we could reach.', 'Now the aid groups must take over."', BODY[3]))
    assert pq in _removed(c)
    assert 'He said: "But I think we have reached everyone we could reach.' in c.text


def test_a_glued_pull_quote_before_a_plain_sentence_is_cut():
    pq = "This is a disaster on a scale the valley has never seen before"
    nxt = "Witnesses say the water carried away cars and bridges along the main road."
    c = clean_text(_text(LEAD, BODY[0], f"{pq} {nxt}", BODY[1], BODY[2],
                         f'"{pq}," the governor said.', BODY[3]))
    assert pq in _removed(c)
    assert nxt in c.text.split("\n\n")
    assert f'"{pq}," the governor said.' in c.text


def test_a_glued_pull_quote_before_its_speakers_sentence_is_cut():
    pq = "Even to send a text message is extremely difficult in the hills"
    nxt = "Jane Roe, the charity's head of logistics, is certain the boats will get through."
    c = clean_text(_text(LEAD, BODY[0], f"{pq} {nxt}", BODY[1], BODY[2],
                         '"The roads are closed and the power is off.', f'{pq}."', BODY[3]))
    assert pq in _removed(c)
    assert nxt in c.text.split("\n\n")  # the speaker's sentence stays whole


# --- must-keep twins -------------------------------------------------------------------

def test_a_bare_line_said_once_is_kept():
    line = "The water is falling slowly, there are still people on the roofs."
    c = clean_text(_text(LEAD, BODY[0], line, BODY[1], BODY[2], BODY[3]))
    assert line in c.text.split("\n\n")


def test_an_article_line_a_reader_quotes_back_and_answers_is_kept():
    line = "Maybe the council grew careless, given how little anyone checked the river banks?"
    c = clean_text(_text(LEAD, BODY[0], line, BODY[1], BODY[2], BODY[3],
                         "Your article misses the point about the dams.",
                         f'"{line}"', "The council has checked the banks every spring for years."))
    assert line in c.text.split("\n\n")


def test_a_quotation_two_speakers_say_is_kept():
    first = '"We will rebuild every school in the valley," the mayor said.'
    second = 'The governor agreed: "We will rebuild every school in the valley."'
    c = clean_text(_text(LEAD, BODY[0], first, BODY[1], BODY[2], second, BODY[3]))
    assert first in c.text and second in c.text


def test_a_phrase_said_again_inside_a_longer_quotation_is_kept():
    line = "The bridge at the old mill was closed on Monday."
    quote = '"The bridge at the old mill was closed on Monday night and the ferry stopped too," he said.'
    c = clean_text(_text(LEAD, BODY[0], line, BODY[1], BODY[2], quote, BODY[3]))
    assert line in c.text.split("\n\n") and quote in c.text


def test_a_lead_opening_on_a_quotation_is_kept():
    lead = '"We have lost everything we had," said a farmer in Marotia as the floods rose on Monday.'
    c = clean_text(_text(lead, BODY[0], BODY[1], '"We have lost everything we had," he said again later.', BODY[2], BODY[3]))
    assert lead in c.text


def test_a_glued_piece_given_again_without_quote_marks_is_kept():
    # the same words said twice by the writer, never quoted: nothing says which is a pull quote
    piece = "Even to send a text message is extremely difficult in the hills"
    nxt = "Jane Roe, the charity's head of logistics, is certain the boats will get through."
    line = f"{piece} {nxt}"
    c = clean_text(_text(LEAD, BODY[0], line, BODY[1], BODY[2], f"{piece}.", BODY[3]))
    assert line in c.text.split("\n\n")


# --- the quotation test ------------------------------------------------------------------

_WORDS = st.lists(st.sampled_from(["river", "boats", "rain", "we", "need", "help", "now", "the", "hills"]), min_size=3, max_size=10)


@settings(max_examples=200, deadline=None)
@given(_WORDS, st.sampled_from(["", "He said: ", "Then "]))
def test_words_without_quote_marks_are_never_quoted(words, head):
    assert not _quoted_in(words, head + " ".join(words) + ".")


@settings(max_examples=200, deadline=None)
@given(_WORDS, st.sampled_from(['"', 'She said: "', "“"]), st.sampled_from([".", "", ","]))
def test_words_after_an_open_quote_mark_are_quoted(words, opener, end):
    assert _quoted_in(words, opener + " ".join(words) + end)

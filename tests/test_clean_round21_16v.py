"""Cleaning items the held-out seed-61 audit judged bad (issue 16, round twenty-one, 16v):
a line of its own promoting what the text does not carry (a link pointer whose anchor was
"here", a programme's broadcast times, a charity's donation instructions), and a live
blog's outgoing handover. Every text is invented;
each must-cut shape has a must-keep twin of the same surface."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

LEAD = ("Rescue teams from several countries arrived on Wednesday and began searching the collapsed buildings.\n\n"
        "Officials said the airport was open again for relief flights carrying food and water.\n\n")
TAIL = "\n\nThe government said it would publish a full list of the dead by the end of the week."


def _cut(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean_text(text).removed}


# ---- a promo line: a lost link's pointer, broadcast times, donation instructions

@pytest.mark.parametrize(("line", "reason"), [
    ("Read the minister's speech in full here.", "promo: a pointer to a piece"),
    ("Watch an interview with the harbour master, Jane Roe, here.", "promo: a pointer to a piece"),
    ("Read the latest news piece from our reporters in Port Ellery and in the capital here.", "promo: a pointer to a piece"),
    ("The Daily Courier has a long write-up here.", "promo: a pointer to a piece"),
    ("The Tribune has a story on it here.", "promo: a pointer to a piece"),
    ("Follow updates on the rescue, and get all the latest news here.", "promo: a pointer to a piece"),
    ("Harbour Hour is broadcast daily in French at 18:10 to 18:30 local time (22:10 GMT).", "promo: a programme's broadcast times"),
    ("It airs at 10:40 and 23:40 every Sunday, and at 02:40 on Monday (GMT).", "promo: a programme's broadcast times"),
    ("Anyone wishing to give to the Storm Appeal can visit the charity's website to find out more.", "promo: a charity's donation"),
    ("Donations can be made via the appeal's website or by calling 0300 123 4567.", "promo: a charity's donation"),
])
def test_a_promo_line_is_cut(line, reason):
    text = LEAD + line + TAIL
    assert _cut(text).get(line, "").startswith(reason)
    assert line not in clean_text(text).text


@pytest.mark.parametrize("line", [
    # twin: "here" is a place, no piece is named
    "Listen to the people who live here.",
    "There is great fear among the families who live here.",
    "Only ten of the cases were actually caught here.",
    # twin: an outlet has something here that no one reads
    "The agency has a large team of engineers working here.",
    # twin: a past broadcast is news
    "The speech was broadcast at 20:00 local time on state television.",
    # twin: a present broadcast with no clock time
    "The programme is broadcast in more than 40 countries.",
    # twin: donations given, not how to give
    "Donors gave $5 million through the charity's website in two days.",
    # twin: a spokeswoman telling how to give is her statement
    "Anyone wishing to donate can call the appeal's number, a spokeswoman said.",
])
def test_a_promo_like_news_line_stays(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text


# ---- a live blog's outgoing handover (data/handovers.txt)

@pytest.mark.parametrize("line", [
    "That's it from me, my colleague in the capital, Jane Roe, will be taking over this blog until the evening.",
    "That's all from me in Port Ellery, but stay tuned, my colleague John Doe will shortly be taking over to cover the evening's news.",
])
def test_an_outgoing_handover_is_cut(line):
    text = LEAD + line + TAIL
    assert _cut(text).get(line, "").startswith("byline: a live blog's handover")


@pytest.mark.parametrize("line", [
    # twin: the words given to a speaker
    "That's all from me on the vote, said the senator, who will be taking over the committee next year.",
    # twin: a sentence that goes on past a full stop
    "That's it from me, the minister will take over. Then she left the room without another word.",
])
def test_a_handover_like_sentence_stays(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text


# ---- round thirty (#16): a broadcaster's programme slot with a four-figure clock and zone

@pytest.mark.parametrize("line", [
    "Harbour Watch is broadcast on BBC Two on Tuesday, 9 March, at 2100 GMT, or later on the iPlayer.",
    "Harbour Inquiry is on Radio Ellery each Friday evening at 1900 BST.",
    "You can follow the minister's hearing live on our site on Monday, starting from 1500GMT.",
    "Listen to Coast Report, BBC Radio 4 2000 BST, Tuesday 9 June, repeated 1700, Sunday 14 June.",
    "Ann Dorran will have the latest reaction in a special live programme on the World Service from 1830 GMT.",
])
def test_a_programme_slot_with_a_four_figure_clock_is_cut(line):
    text = LEAD + line + TAIL
    assert _cut(text).get(line, "").startswith("promo: a programme's broadcast times")
    assert line not in clean_text(text).text


@pytest.mark.parametrize("line", [
    # twins: a clock and zone in news lines: no channel, no invitation, a past broadcast
    "The vote is on Thursday at 1400 GMT.",
    "Officials watched the well at 1400 GMT as the cap was fitted.",
    "The speech was broadcast at 2000 GMT on all the main channels.",
    "The minister will have talks with the coastguard chief at 1830 GMT on Friday.",
])
def test_a_news_line_with_a_four_figure_clock_stays(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text
    assert not _cut(text)

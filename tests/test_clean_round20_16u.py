"""Cleaning items the held-out seed-59 audit judged bad (issue 16, round twenty, 16u):
more shapes of a broadcaster's clip teaser on a line of its own, a radio programme page's
notices above its running order, and a correspondent's dispatch credit run into the post
after it ("From <Name> in <Place>: ..."). Every text is invented; each must-cut shape has
a must-keep twin of the same surface. (The ticker the corpus broke at its dot is the
bench loader's: tests/test_bench_t17_tickers.py.)"""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

LEAD = ("Rescue teams from several countries arrived on Wednesday and began searching the collapsed buildings.\n\n"
        "Officials said the airport was open again for relief flights carrying food and water.\n\n")
TAIL = "\n\nThe government said it would publish a full list of the dead by the end of the week."


def _cut(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean_text(text).removed}


# ---- a clip teaser on a line of its own: four more shapes

@pytest.mark.parametrize("line", [
    "The BBC's Jane Roe describes her first daylight view of the damage in the capital, Port Ellery.",
    "The BBC's John Doe examines how people survive under the rubble - and how long a search goes on.",
    "The Guardian's health editor, Mary Major, explains how the country is preparing for the outbreak.",
    "Technology correspondent Jane Roe-Smith outlines the growing popularity of the new phone.",
    "Philosopher John Doe examines the arguments.",
    "John Doe, director of the relief committee (RC) discusses the aid effort.",
    "Mary Major, 15, describes the scene in the town in the wake of the storm.",
    "The report's author, Professor Jane Roe, discusses the future of defence policy.",
    "Shadow Secretary of State for Transport, John Doe, discusses the plan.",
])
def test_more_clip_teaser_shapes_are_cut(line):
    text = LEAD + line + TAIL
    assert _cut(text).get(line, "").startswith("promo: a broadcaster's teaser")
    assert line not in clean_text(text).text


@pytest.mark.parametrize("line", [
    # twin: the past tense, the article's account
    "The BBC's Jane Roe described her first daylight view of the damage in the capital, Port Ellery.",
    # twin: a characterisation ("describes ... as ..."): news copy in the present
    "Economist Jane Roe describes the plan as a costly mistake for the region.",
    # twin: a reported finding ("that")
    "Health correspondent John Doe explains that the vaccine has been tested on adults only.",
    # twin: a relative clause, not a role, after the name with no closing comma
    "John Doe, who runs the relief committee discusses the aid effort with ministers every week.",
    # twin: an outlet that is no possessive reporter
    "The BBC describes the scene in the town as calm.",
])
def test_a_teaser_like_news_line_stays(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text


# ---- a radio programme page's notices

@pytest.mark.parametrize("line", [
    "PLEASE NOTE: We are unable to offer transcripts of the interviews on this programme.",
    "Morning Call is broadcast live and the running order may be subject to change.",
])
def test_a_programme_pages_notice_is_cut(line):
    text = LEAD + line + TAIL
    assert line in _cut(text)
    assert line not in clean_text(text).text


@pytest.mark.parametrize("line", [
    # twin: a broadcast live and an order subject to change, said of an event
    "The ceremony is broadcast live and the order of speakers is subject to change, the organisers said.",
    # twin: transcripts in the news
    "The court said it was unable to offer transcripts of the hearing to the families before March.",
])
def test_a_notice_like_news_line_stays(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text


# ---- a correspondent's dispatch credit run into the post after it

@pytest.mark.parametrize("credit, rest", [
    ("From Jane Roe in PORT ELLERY, Me.:", "A program like this has to be run from here, not from the capital, the mayor said."),
    ("From John Doe in Salton, Norland", "The first case was confirmed at a clinic in the north of the city on Monday."),
])
def test_a_dispatch_credit_is_cut_off_its_post(credit, rest):
    text = LEAD + credit + " " + rest + TAIL
    assert _cut(text).get(credit, "").startswith("byline: a correspondent's dispatch credit")
    out = clean_text(text).text
    assert rest in out and credit not in out


@pytest.mark.parametrize("line", [
    # twin: "From <Place> in <Place>," a sentence that opens on a route
    "From Port Ellery in Maine, the road runs north along the coast for forty miles.",
    # twin: a name and a place, but the sentence goes on in lower case
    "From Jane Roe in Salton came the first warning that the river would flood.",
])
def test_a_dispatch_like_sentence_stays(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text


def test_a_teaser_with_a_sentence_run_into_it_stays_whole():
    # must not fire: the teaser's words run into the lead ("... new plan Acme has delayed
    # ..."); cutting the line would cut the article's sentence with it
    line = ("The BBC's Jane Roe explains the new plan Acme has delayed a key test on the well cap "
            "aimed at stopping the flow of oil.")
    text = LEAD + line + TAIL
    assert line in clean_text(text).text

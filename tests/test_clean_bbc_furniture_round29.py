"""Round twenty-nine (issue 16): BBC page furniture run into the prose -- a byline whose
name has no comma before the newsroom, and a crosshead in capitals with a dash and a verdict
run into a sentence that opens on an acronym. Each rule with a must-keep twin; invented text."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

LEAD = ("Rescue teams from several countries arrived on Wednesday and began searching the collapsed buildings.\n\n"
        "Officials said the airport was open again for relief flights carrying food and water.\n\n")
TAIL = "\n\nThe government said it would publish a full list of the dead by the end of the week."


def _cut(text: str) -> dict[str, str]:
    return {r.text: r.reason.split(":")[0] for r in clean_text(text).removed}


def _kept_whole(line: str) -> bool:
    return line in clean_text(LEAD + line + TAIL).text.replace("\n\n", " ")


# ---------------------------------------------------------------- a byline with no comma after the name

@pytest.mark.parametrize(("line", "byline", "sentence"), [
    ("Jon Dale BBC News, Lima The road north of the city was closed by the army on Sunday.",
     "Jon Dale BBC News, Lima", "The road north of the city was closed by the army on Sunday."),
    ("By Jon Dale Science reporter, BBC News, Lake Mora The divers have started their third season on the lake.",
     "By Jon Dale Science reporter, BBC News, Lake Mora", "The divers have started their third season on the lake."),
    ("Ana Ruiz Island News, Venice, Louisiana The newly found leak has alarmed fishermen along the coast.",
     "Ana Ruiz Island News, Venice, Louisiana", "The newly found leak has alarmed fishermen along the coast."),
])
def test_byline_with_no_comma_after_the_name_is_cut(line, byline, sentence):
    text = LEAD + line + TAIL
    assert _cut(text).get(byline) == "byline"
    assert sentence in clean_text(text).text


@pytest.mark.parametrize("line", [
    # the place runs into a name that is the sentence's subject: no word shows where it opens
    "Jon Dale BBC News, Lima Ken Ross is threatening a move that would make the port close.",
    # the newsroom is a sentence's subject or object, not a byline
    "Jon Dale BBC News, said the talks would go on through the night in the capital.",
    "Rupert Dale's Island News, Lima and the Post all carried the speech live on Sunday.",
    "Viewers of Island News, Lima The road north of the city was closed by the army on Sunday.",
])
def test_sentences_of_the_bare_byline_shape_stay(line):
    assert _kept_whole(line)


# ---------------------------------------------------------------- a crosshead with a dash run into an acronym

@pytest.mark.parametrize(("line", "heading", "sentence"), [
    ("4 MAY: DRILLING RELIEF WELLS - ONGOING ACME is drilling two relief wells in an effort to slow the flow.",
     "4 MAY: DRILLING RELIEF WELLS - ONGOING", "ACME is drilling two relief wells in an effort to slow the flow."),
    ("ACME TO FACE GROWTH HEADWINDS IN THE FUTURE - LIKELY ACME's targets for output will become tougher to reach.",
     "ACME TO FACE GROWTH HEADWINDS IN THE FUTURE - LIKELY", "ACME's targets for output will become tougher to reach."),
])
def test_crosshead_with_a_dash_run_into_an_acronym_is_cut(line, heading, sentence):
    text = LEAD + line + TAIL
    assert _cut(text).get(heading) == "heading"
    assert sentence in clean_text(text).text


def test_crosshead_after_a_slideshow_pager_is_cut_once_the_pager_is():
    line = "BACK {current} of {total} NEXT 4 MAY: DRILLING RELIEF WELLS - ONGOING ACME is drilling two relief wells now."
    text = LEAD + line + TAIL
    assert _cut(text) == {"BACK {current} of {total} NEXT": "boilerplate", "4 MAY: DRILLING RELIEF WELLS - ONGOING": "heading"}
    assert "ACME is drilling two relief wells now." in clean_text(text).text


@pytest.mark.parametrize("line", [
    # a conjunction after the acronym: the run in capitals may go on, nothing is split
    "ACME RUNS OUT OF CASH - UNLIKELY ACME and the city have said the firm can cover the costs.",
    # a shouted reader's line with a dash: no sentence in mixed case opens after the acronym
    "THE MINISTERS - ALL OF THEM - FAILED US AGAIN AND THE BP men were never asked.",
    # a name, a dash and a label: who the story is about stays (as _caps_crosshead reads it)
    "JANE ROE - FIRST CONFIRMED CASE ACME staff say she now feels much better after a week.",
])
def test_capitals_with_a_dash_that_are_not_a_crosshead_stay(line):
    assert _kept_whole(line)


# ---------------------------------------------------------------- a graphic's title run into "Initially," / "Earlier,"

@pytest.mark.parametrize(("line", "title", "sentence"), [
    ("Efforts to plug the harbour leak Initially, ACME tried to lower a steel dome over the main leak.",
     "Efforts to plug the harbour leak", "Initially, ACME tried to lower a steel dome over the main leak."),
    ("Rescue work in the old quarter Earlier, the city's mayor said every street would be searched by Friday.",
     "Rescue work in the old quarter", "Earlier, the city's mayor said every street would be searched by Friday."),
])
def test_verbless_title_run_into_a_time_connective_is_cut(line, title, sentence):
    text = LEAD + line + TAIL
    assert _cut(text).get(title) == "caption"
    assert sentence in clean_text(text).text


def test_a_sentence_that_lost_its_stop_before_a_time_connective_loses_nothing():
    # a whole clause before the seam is no verbless title: split at most, nothing removed
    line = "The council met on Monday to discuss the harbour Earlier, the mayor said the boats would stay out."
    cleaned = clean_text(LEAD + line + TAIL)
    assert not cleaned.removed
    assert "The council met on Monday to discuss the harbour" in cleaned.text
    assert "Earlier, the mayor said the boats would stay out." in cleaned.text


def test_a_programme_named_later_inside_a_sentence_stays():
    # the word before asks for more ("on"): "Later" is a name there, not an opening
    assert _kept_whole("The band played a new song on Later, the late-night music show, last spring in the capital.")

"""Round twenty-nine (issue 16): BBC page furniture run into the prose -- a byline whose
name has no comma before the newsroom. Each rule with a must-keep twin; invented text."""

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

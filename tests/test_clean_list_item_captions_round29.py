"""Round twenty-nine (issue 16, K20 of bpoil_guardian's seed-101 audit): the glued-caption
rule (noise._split_glued_captions) abstains on a numbered list item's heading, its number
glued to the end of the line above (noise._list_item_head); a line above ending on a date,
or on a number after a function word, still lets the rule cut."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

OPENING = "Floods have cut off the north of the island, where rescue teams are still searching for survivors."
AFTER = "\n\nOfficials said the airport was open again for relief flights carrying food and water."
CAPTION = "Aid workers set up clinics in the camps"
SENTENCE = "The United Nations says it is sending more troops to the island this week."


def _captions(text: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith("caption: a caption with no full stop")]


def test_caption_below_a_sentence_is_still_cut():
    text = f"{OPENING}\n\nThe harbour reopened to ships on Monday.\n\n{CAPTION} {SENTENCE}{AFTER}"
    assert _captions(text) == [CAPTION]


def test_item_heading_below_a_line_ending_in_its_number_is_kept():
    # the list's number, set on its own line, was glued to the end of the line above
    text = f"{OPENING}\n\nThe review's verdict: the port to blame 3.\n\n{CAPTION} {SENTENCE}{AFTER}"
    assert _captions(text) == []
    assert CAPTION in clean_text(text).text


@pytest.mark.parametrize("above", [
    "The harbour reopened to 3 ships on Monday.",  # a number inside the line
    "The harbour has been closed since April 20.",  # a date
    "The number of camps in the north rose to 5.",  # a number after a function word
])
def test_a_line_above_ending_otherwise_does_not_stop_the_rule(above):
    text = f"{OPENING}\n\n{above}\n\n{CAPTION} {SENTENCE}{AFTER}"
    assert _captions(text) == [CAPTION]

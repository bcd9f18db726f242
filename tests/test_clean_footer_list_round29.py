"""Round twenty-nine (issue 16, K20 of bpoil_guardian's seed-101 audit): the piece glued
before the Guardian's print footer is cut as the author's note or the headline again
(noise._split_guardian_furniture), but not when its words (or its label) open lines of the text
two times or more: the last item of the article's own list (noise._list_line_again)."""

from __future__ import annotations

from storyline.clean.noise import clean_text

HEAD = "Six things went wrong at the plant, and the panel's report shares out the blame.\n\n"
FOOTER = " Letters for publication should be sent to: letters@example.org If you need help using the site: help@example.org"
ITEMS = "\n\n".join([
    "The valves were fitted without a pressure test, the report says.",
    "The panel's verdict: the contractor to blame 2.",
    "The alarms were switched off during the night shift, the report says.",
    "The panel's verdict: the crew to blame 3.",
    "The gauges had not been read for a week, the report says.",
])


def _bio(text: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith("bio: the author's note or the headline again")]


def test_the_lists_last_verdict_line_before_the_footer_stays():
    text = HEAD + ITEMS + "\n\nThe panel's verdict: the crew to blame" + FOOTER
    assert _bio(text) == []
    assert clean_text(text).text.endswith("The panel's verdict: the crew to blame")


def test_an_authors_note_before_the_footer_is_still_cut():
    text = HEAD + ITEMS + "\n\ncents Jane Roe is a councillor for the north-west" + FOOTER
    assert _bio(text) == ["cents Jane Roe is a councillor for the north-west"]


def test_the_headline_again_before_the_footer_is_still_cut():
    # the headline printed again repeats the text's head once
    head = "Six things went wrong at the plant"
    text = HEAD + ITEMS + "\n\n" + head + FOOTER
    assert _bio(text) == [head]


def test_a_label_no_other_line_opens_with_is_still_cut():
    text = HEAD + ITEMS + "\n\nThe board's answer: nobody to blame" + FOOTER
    assert _bio(text) == ["The board's answer: nobody to blame"]


def test_a_label_that_opens_one_other_line_only_is_still_cut():
    items = "The panel's verdict: the crew to blame 2.\n\nThe gauges had not been read for a week, the report says."
    text = HEAD + items + "\n\nThe panel's verdict: nobody to blame" + FOOTER
    assert _bio(text) == ["The panel's verdict: nobody to blame"]

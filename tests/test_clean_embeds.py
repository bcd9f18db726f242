"""Markup left in a plain text: a wiki image's width at a line's start (round forty-one, issue
16; clean/embeds.py, data/embed_tags.txt row "wikiimage"). Texts written for the test; the
embedded-post tags of round thirty-four are tested in test_clean_blog_furniture_round34.py."""

from __future__ import annotations

import pytest

from storyline.clean import clean_record
from storyline.types import Record


@pytest.mark.parametrize("head", ["150px ", "thumb|200px|right| ", "  120px| ", "thumb|200px|right|"])
def test_a_wiki_image_width_before_the_lead_is_cut_as_markup(head):
    lead = "Acme, the island's largest ferry operator, has announced 300 job cuts over the next two years."
    d = clean_record(Record(source="w.txt", text=f"Ferry jobs cut\n{head}{lead}\nThe union said it would fight the cuts.\n"))
    assert d.text.startswith(lead)
    assert any(r.reason.startswith("markup: a wiki page's image") for r in d.removed)


@pytest.mark.parametrize("line", [
    "The new icon set is 150px wide, the designers said on Monday at the launch.",
    "150px icons are the default size on the new phone, the company said.",
    "Icons of 150px Width are the default, the company said on Monday.",
])
def test_a_width_in_prose_stays(line):
    d = clean_record(Record(source="w.txt", text=f"{line}\nThe union said it would fight the cuts.\n"))
    assert line in d.text
    assert not any(r.reason.startswith("markup") for r in d.removed)

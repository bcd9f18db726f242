"""Issue 16, round forty-six (clean46): page furniture left in scraped article bodies (FNC-1
bodies of 2014-15): credit lines, contact lines, status and comment notices, a show's promo,
bracketed thanks, a heading printed twice, a credit in capitals before its caption. Every text
is invented; each must-cut case has a must-keep twin of the same surface."""

from __future__ import annotations

import pytest
from test_clean_promo_round32 import _cut, _kept
from test_clean_scraped_furniture_round42 import BODY, _around

from storyline.clean.noise import clean_text


def _closing(line: str) -> str:
    return BODY + "\n\n" + line


# ---- the contributors' credit opening on a dash, or with "reporting" as its object
# (data/site_phrasings.txt "contributors", noise._contributor_credits)


@pytest.mark.parametrize("line", [
    "—Jane Roe and Ed Doe contributed to this article.",
    "Jane Roe contributed reporting to this story.",
    "Acme Wire's Ed Doe contributed reporting to this report.",
])
def test_a_contributors_credit_with_a_dash_or_reporting_is_cut(line):
    assert _cut(line, _closing(line))


@pytest.mark.parametrize("line", [
    "Jane Roe, who contributed reporting to this story, said the road was unsafe.",
    "—Jane Roe said residents contributed to the repairs.",
])
def test_a_sentence_about_contributing_stays(line):
    assert _kept(line, _closing(line))


# ---- a financial paper's contact line naming several reporters (data/boilerplate.txt)


def test_a_contact_line_naming_several_reporters_is_cut():
    line = "Write to Jane Roe at jane.roe@acme.com, Ed Doe at ed.doe@acme.com and Al Poe at al.poe@acme.com"
    assert _cut(line, _closing(line))


def test_a_sentence_asking_readers_to_write_stays():
    line = "Readers can write to the council at its office on Harbour Street, and to Ed Doe at the town hall."
    assert _kept(line, _closing(line))


# ---- status, comment and editor's notes, a source line, a show's promo (data/boilerplate.txt)


@pytest.mark.parametrize("line", [
    "Story developing.",
    "Sorry we are not currently accepting comments on this article.",
    "Via the Ellery Journal",
    "Watch Evening Desk weeknights 8pm ET. For the latest from Evening Desk click here.",
    "Watch the full interview over at Acme News",
    "Read more about the harbour road in our previous coverage.  Acme Logo",
    "What's this? inRead invented by Acme.tv",
])
def test_a_notice_or_pointer_filling_its_line_is_cut(line):
    assert _cut(line, _around(line))


@pytest.mark.parametrize("line", [
    "The story is developing fast, police said.",
    "We are not accepting comments on this plan, the mayor said.",
    "Via the old coast road, the trip takes two hours longer.",
    "Drivers should watch for delays weeknights after 8pm ET, the council said.",
    "Watch the full interview, the mayor said, and judge for yourself.",
    "Read more about the harbour road in the council's report, the mayor said.",
])
def test_a_sentence_of_the_same_words_stays(line):
    assert _kept(line, _around(line))


def test_an_editors_note_on_where_the_story_ran_is_cut():
    line = "Editor's Note: This story appeared in Saturday's edition of the Ellery Journal."
    assert _cut(line, line + "\n\n" + BODY)


def test_a_sentence_on_where_the_story_appeared_stays():
    line = "This story appeared in the Ellery Journal first, and other papers followed it."
    assert _kept(line, line + "\n\n" + BODY)


# ---- credits: bracketed thanks, "Courtesy:", "SOURCE <name>", a photographer/agency line,
# a credit in capitals before its labelled caption (data/labels.txt, data/captions.txt)


@pytest.mark.parametrize("line", [
    "[Thanks to Acme News for the heads up]",
    "[Attribution: Acme Blog. Thanks to reader Jane R. for the tip.]",
    "Courtesy: Acme News",
    "SOURCE Acme News",
    "SOURCE-Acme-",
    "Jane Roe/ACME NEWS Sports",
    "ACME/VIA YOUTUBE   Brave: Jane Roe (centre) took part in the rescue on the harbour road",
    "CEN   Shock: Jane Roe woke during the operation at the Port Ellery clinic",
])
def test_a_credit_line_is_cut(line):
    assert _cut(line, _around(line))


@pytest.mark.parametrize("line", [
    "[Thanks to the crews, the road reopened a day early.]",
    "Courtesy: the mayor thanked the crews for their work on the road.",
    "Jane Roe and/or Ed Doe",
    "ROE: Shock: I woke during the operation",
    "ROE  Well: I woke during the operation and it was a shock.",
])
def test_a_line_of_the_article_like_a_credit_stays(line):
    assert _kept(line, _around(line))


def test_a_crosshead_opening_on_source_is_no_credit_label():
    line = "SOURCE OF THE LEAK"
    c = clean_text(_around(line))
    assert not any(r.reason.startswith("label:") and line in r.text for r in c.removed)


# ---- a teaser under a capitals label with its clip's label (data/labels.txt "teaser")


def test_a_teaser_with_a_clip_label_is_cut():
    line = "FROM EARLIER: Video: Mayor explains why the harbour road must close"
    assert _cut(line, _around(line))


def test_a_fact_line_with_two_colons_stays():
    line = "FROM EARLIER: Video: the mayor explained why the road must close."
    assert _kept(line, _around(line))


# ---- a heading printed twice over on one line (noise._doubled_lines)


@pytest.mark.parametrize("line", [
    "Acme buys Ellery Mills for $5 million, not $9 millionAcme buys Ellery Mills for $5 million, not $9 million",
    "Council shuts the harbour road for repairs Council shuts the harbour road for repairs",
])
def test_a_heading_printed_twice_on_one_line_is_cut(line):
    assert _cut(line, _around(line))


@pytest.mark.parametrize("line", [
    "The road is closed. The road is closed.",
    "We want jobs we want jobs",
    "Council shuts the harbour road for repairs as the council shuts the harbour road",
])
def test_a_line_saying_words_twice_stays(line):
    assert _kept(line, _around(line))


# ---- a post printed twice, signed and bare (clean/embeds.pasted_posts)

POST = "@EllerySays the harbour road closure is a joke, fix it already!"


def test_the_bare_copy_of_a_signed_post_is_cut():
    text = BODY + "\n\n" + POST + "— Jane Roe (@jroe) May 2, 2014\n\n" + POST + "\n\n" + BODY
    assert _cut(POST, text)


def test_an_article_line_quoting_the_post_stays():
    line = 'One resident wrote: "' + POST + '"'
    text = BODY + "\n\n" + POST + "— Jane Roe (@jroe) May 2, 2014\n\n" + line + "\n\n" + BODY
    assert _kept(line, text)


def test_a_line_beside_an_unsigned_copy_stays():
    line = "The harbour road closure is a joke, residents said on Monday"
    text = BODY + "\n\n" + line + " and on Tuesday.\n\n" + line + "\n\n" + BODY
    assert line in clean_text(text).text


# ---- captions naming their picture's kind or credit (data/captions.txt)


@pytest.mark.parametrize("line", [
    "Rendering of the new Acme phone done by Jane Roe",
    "A couple walk along the harbour road. [Representational Image] Acme",
    "The letter the boy wrote to the mayor @acmenews, Twitter",
])
def test_a_caption_naming_its_picture_is_cut(line):
    assert _cut(line, _around(line))


@pytest.mark.parametrize("line", [
    "Rendering of the new bridge by Acme Design was delayed, the mayor said.",
    "The mayor replied to @acmenews on Twitter.",
    "The oil reached the marsh grasses, rendering them brown by Monday",
])
def test_a_sentence_with_the_same_words_stays(line):
    assert _kept(line, _around(line))


# ---- a dateline naming one of Iran's other wires (clean/dateline.AGENCIES)


def test_a_dateline_with_an_iranian_wire_is_cut():
    text = "TEHRAN (FNA)- The harbour road was closed on Monday, the mayor said.\n\n" + BODY
    c = clean_text(text)
    assert c.text.startswith("The harbour road was closed on Monday")
    assert any(r.reason.startswith("dateline") and r.text.startswith("TEHRAN (FNA)") for r in c.removed)


def test_a_lead_naming_the_wire_in_a_sentence_stays():
    line = "TEHRAN officials told FNA on Monday that the harbour road was closed."
    assert _kept(line, line + "\n\n" + BODY)

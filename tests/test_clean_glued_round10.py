"""Noise the round-nine audit still found kept (issue 16, round ten: haiti_bbc K7, K10, K12,
K19): captions glued before a demonym, a count or a pronoun after a wh-clause, a diary's
heading and signature, a short quoted pull quote. Every text here is invented; each rule
has must-keep twins of the same surface that are article sentences."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

BODY = ("\n\nOfficials said the airport was open again for relief flights carrying food and water."
        "\n\nThe government has asked neighbouring countries for tents, doctors and fuel."
        "\n\nSchools in the north will stay closed until the end of the month, the ministry said.")


def _removed(text: str, prefix: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith(prefix)]


# -- a wh-word inside a caption before a capitalised pronoun (noise._complete_before) --

def test_caption_with_a_wh_clause_before_a_capitalised_pronoun_is_cut():
    caption = "Jane Roe has built a small fire in front of what was her kitchen"
    sentence = "They have saved what they could from the rubble and carried it up to the fields."
    text = f"Floods have cut off the north of the island.\n\n{caption} {sentence}{BODY}"
    c = clean_text(text)
    assert _removed(text, "caption") == [caption]
    assert sentence in c.text


@pytest.mark.parametrize("line", [
    # the pronoun in lower case: a bare relative clause, one sentence
    "Jane Roe has built a small fire in front of what was the kitchen they had shared for years.",
    # a pronoun subject opening the line: it goes on from the sentence before
    "She has built a small fire in front of what was her kitchen They have saved what they could.",
    # a wh-word opening the line: a question or a clause, no caption
    "What was her kitchen is now a pile of stones They have saved what they could from it.",
])
def test_a_wh_clause_before_a_pronoun_seam_in_a_sentence_stays(line):
    text = f"Floods have cut off the north of the island.\n\n{line}{BODY}"
    assert line in clean_text(text).text


# -- a verbless caption over the lead before a plural demonym (noise._demonym_after_caption) --

LEAD_D = "Britons have given more than 2m pounds to an appeal to help flood-hit Marotia in the space of two days."


def test_caption_over_the_lead_before_a_demonym_is_cut():
    caption = "The charity appeal for victims of the floods in Marotia"
    text = f"{caption} {LEAD_D}{BODY}"
    c = clean_text(text)
    assert _removed(text, "caption") == [caption]
    assert c.text.startswith(LEAD_D)


@pytest.mark.parametrize("line", [
    # a phrase fronted as an adverbial: one sentence
    f"Last week in Marotia {LEAD_D}",
    # the caption shares no content word with the lead
    "The view from the old harbour wall of Port Ellery Britons have given more than 2m pounds to a fund for schools.",
    # a preposition opening the line: a fronted adverbial
    f"Across the towns of Marotia {LEAD_D}",
    # a name ending like a demonym ("Lewis"), the second word of a name run on from a headline
    "Jane and Acme on Marotia single Jane Lewis and the Acme choir have confirmed they will sing a song for Marotia.",
])
def test_a_lead_opening_with_a_phrase_before_a_demonym_stays(line):
    text = f"{line}{BODY}"
    assert line in clean_text(text).text


def test_the_demonym_seam_below_the_lead_stays():
    line = f"The charity appeal for victims of the floods in Marotia {LEAD_D}"
    text = f"Floods have cut off the north of the island.\n\n{line}{BODY}"
    assert line in clean_text(text).text


# -- a caption ending in a count before a person's name (noise._number_before_name) --

def test_caption_ending_in_a_count_before_a_name_is_cut():
    caption = "The death toll in the floods is estimated at 1,500"
    sentence = "Jane Roe was part of the county's rescue team and is also a retired firefighter."
    text = f"Floods have cut off the north of the island.\n\n{caption} {sentence}{BODY}"
    c = clean_text(text)
    assert _removed(text, "caption") == [caption]
    assert sentence in c.text


@pytest.mark.parametrize("line", [
    # a year may open the next clause as an adverbial
    "The new bridge over the river was finished in 1998 Jane Roe was the engineer who drew it.",
    # a plural verb: the number may count the name's people
    "The number of volunteers has now grown to 1,500 Port Ellery residents have signed up this week.",
    # a verb of saying: what follows is what was said
    "The mayor told the council on Monday 1,500 Jane Roe was the name on every ballot.",
])
def test_a_count_before_a_name_in_a_sentence_stays(line):
    text = f"Floods have cut off the north of the island.\n\n{line}{BODY}"
    assert line in clean_text(text).text


# -- a short pull quote in its own quote marks, glued, its words given again (noise._pull_quote_end) --

def test_short_quoted_pull_quote_given_again_is_cut():
    pull = '"Clean water is what we need most"'
    sentence = "I have been working in the camps for six years and never seen anything like it."
    text = (f"Floods have cut off the north of the island.\n\n{pull} {sentence}{BODY}"
            "\n\nClean water is what we need most The wells in the valley are full of mud and the pumps have failed.")
    c = clean_text(text)
    assert pull in _removed(text, "caption")
    assert sentence in c.text


def test_short_quoted_opening_said_nowhere_else_stays():
    line = '"Clean water is what we need most" I was told by every family in the camp that morning.'
    text = f"Floods have cut off the north of the island.\n\n{line}{BODY}"
    assert line in clean_text(text).text


# -- a diary's heading in capitals and a diarist's signature (noise._DIARY_HEADING, _split_diary_bylines) --

def test_diary_heading_with_the_writers_name_is_cut():
    text = f"Floods have cut off the north of the island.\n\nSUNDAY 4 MARCH - JANE ROE This morning I flew back from the coast.{BODY}"
    c = clean_text(text)
    assert _removed(text, "byline") == ["SUNDAY 4 MARCH - JANE ROE"]
    assert "This morning I flew back from the coast." in c.text


@pytest.mark.parametrize("heading", ["SUNDAY 4 MARCH", "4 MARCH - THE SECOND WAVE"])
def test_diary_heading_without_a_name_stays(heading):
    text = f"Floods have cut off the north of the island.\n\n{heading} This morning I flew back from the coast.{BODY}"
    assert heading in clean_text(text).text


def test_diarist_signature_run_into_the_entry_is_cut():
    sig = "Jane Roe, Acme Relief"
    entry = "I see the sun come up over the camp as the first trucks arrive with water."
    text = f"Aid workers have been sending us their diaries.\n\n{sig} {entry}{BODY}"
    c = clean_text(text)
    assert _removed(text, "byline") == [sig]
    assert entry in c.text


@pytest.mark.parametrize("line", [
    # a lower-case apposition: the name is the sentence's subject
    "Jane Roe, a nurse with Acme Relief, said I could stay in the camp for the night.",
    # a one-word first part: a place or an address, not a name
    "Marotia, Port Ellery I have not seen since the floods came down the valley.",
    # a date, not a name
    "Sunday March, Fourth Street I walked along with the relief convoy at dawn.",
])
def test_a_name_and_comma_before_i_in_a_sentence_stays(line):
    text = f"Aid workers have been sending us their diaries.\n\n{line}{BODY}"
    assert line in clean_text(text).text


# -- a run-on the joint parse shows before a name (noise._run_on) --

def test_caption_run_on_before_a_name_is_cut():
    caption = "Crowds are filling the square with banners"
    sentence = "Jane Roe is a teacher who has been leading the marches through the town since the spring."
    text = f"Floods have cut off the north of the island.\n\n{caption} {sentence}{BODY}"
    c = clean_text(text)
    assert _removed(text, "caption") == [caption]
    assert sentence in c.text


def test_caption_run_on_over_the_lead_sharing_a_word_is_cut():
    caption = "Teams from around the county were part of the flood rescue mission"
    lead = "Ellery members of the county rescue team have now returned from Marotia after eleven days."
    text = f"{caption} {lead}{BODY}"
    c = clean_text(text)
    assert _removed(text, "caption") == [caption]
    assert c.text.startswith(lead)


@pytest.mark.parametrize("line", [
    # joined by "and": one sentence of two clauses
    "Crowds are filling the square with banners and Jane Roe is a teacher who has led the marches since spring.",
    # a verb of saying: what follows is what was said
    "Officials told the crowds in the square Jane Roe is a teacher who has led the marches since spring.",
    # a relative clause with no relative pronoun
    "Crowds are filling the square with banners Jane Roe painted for the town in the spring of last year.",
])
def test_a_name_after_a_clause_in_a_sentence_stays(line):
    text = f"Floods have cut off the north of the island.\n\n{line}{BODY}"
    assert line in clean_text(text).text

"""BBC page furniture a held-out audit still found kept (issue 16, round twelve, 16b:
haiti_bbc seed 19): a pull quote run into the cue sentence its own quotation ends in, a
caption run into a quoted paragraph, a headline in quote marks over a sentence, a blog's
feed and topic boxes, a caption ending in a quoted phrase after a verb of saying, a
sidebar's list of named people. Every text here is invented; each shape has a must-keep
twin of the same surface."""

from __future__ import annotations

import pytest

from storyline.clean.noise import _NAME_LIST_REASON, _QUOTE_CAPTION_REASON, _SAID_PHRASE_REASON, clean_text

BODY = ("\n\nOfficials said the airport was open again for relief flights carrying food and water."
        "\n\nThe government has asked neighbouring countries for tents, doctors and fuel."
        "\n\nSchools in the north will stay closed until the end of the month, the ministry said.")
OPEN = "Floods have cut off the north of Port Ellery, and relief teams are trying to reach it by boat."


def _removed(text: str, prefix: str = "") -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith(prefix)]


# -- a pull quote whose repeat is a quotation closed before the same word (noise._quote_closed_before) --

PULL = "The boats will keep running until the last family is off the island, whatever the weather"


def test_a_pull_quote_before_the_cue_its_quotation_ends_in_is_cut():
    text = (f"{OPEN}\n\nJane Roe, the mayor, asked residents not to leave the coast."
            f"\n\n{PULL} He added that two more ferries were on their way from the mainland."
            f'\n\n"{PULL}," he added.{BODY}')
    c = clean_text(text)
    assert PULL in [r.text for r in c.removed]
    assert "He added that two more ferries were on their way from the mainland." in c.text
    assert f'"{PULL}," he added.' in c.text


def test_a_phrase_that_goes_on_with_the_same_words_elsewhere_stays():
    # twin: the repeat goes on with the same word and no quotation closes between: one
    # longer sentence said twice, no boundary at the seam
    line = f"{PULL} He added so twice at the meeting on Monday evening."
    text = f"{OPEN}\n\n{line}\n\nAt the harbour, {PULL.lower()} he added for the crowd.{BODY}"
    assert not _removed(text, "caption: pull quote")  # (the older two-clause rule's reading aside)


def test_a_line_printed_twice_with_a_quotation_inside_stays():
    # twin: the page prints a line twice; its quotation closes inside the sentence and a new
    # sentence follows in capitals: no cue after the quotation, so no pull quote
    line = ('Jane Roe wrote in her column that "the ferry timetable is the real test of the council" '
            "Readers wrote back in their hundreds over the following week.")
    text = f"{OPEN}\n\n{line}\n\nThe council meets again on Monday to vote on the plan.\n\n{line}{BODY}"
    assert not _removed(text, "caption: pull quote")


# -- a caption run into a quoted paragraph (noise._split_quote_captions) --

CAPTION = "Small boats may be the quickest way to reach the northern villages"
QUOTE = '"We have enough for two more nights, after that we will need another delivery."'


def test_a_caption_before_a_quoted_paragraph_is_cut():
    text = f"{OPEN}\n\nJane Roe, who leads the relief team, spoke to reporters at the port.\n\n{CAPTION} {QUOTE}{BODY}"
    c = clean_text(text)
    assert _removed(text, _QUOTE_CAPTION_REASON) == [CAPTION]
    assert QUOTE in c.text


@pytest.mark.parametrize("left", [
    "The sign above the ferry office now reads",            # the verb takes the quotation
    "Jane Roe told the crowd at the harbour on Monday",      # a verb of saying
    "He was blunt about the delays at the harbour today",    # a pronoun subject: a writer's lost colon
    "The council met because the rebuilding was slow",       # a subordinating word
])
def test_a_line_that_brings_in_its_quotation_stays(left):
    # (this rule's reason only: the older two-clause caption rule cuts some of these shapes on its
    # own, "The banner above the stage read" among them, noted in RESULTS.md, round twelve 16b)
    line = f"{left} {QUOTE}"
    text = f"{OPEN}\n\n{line}{BODY}"
    assert not _removed(text, _QUOTE_CAPTION_REASON)


def test_a_table_of_items_each_run_into_a_quotation_stays():
    # twin: two such lines in one text are the writer's layout (a scale's levels and their definitions)
    one = 'The water rises above the harbour wall at high tide "A warning is given to every boat in the port."'
    two = 'The water rises above the road along the sea front "An evacuation is ordered for the streets near it."'
    text = f"{OPEN}\n\n{one}\n\n{two}{BODY}"
    assert not _removed(text, _QUOTE_CAPTION_REASON)  # (the older two-clause rule's cuts aside, as above)


def test_a_quoted_title_after_a_clause_stays():
    # twin: the quotation is a title, no whole clause
    line = 'The new exhibition at the harbour museum opens on Monday "Boats of Port Ellery and Their Crews."'
    text = f"{OPEN}\n\n{line}{BODY}"
    assert line in clean_text(text).text


# -- a headline in quote marks over a sentence (noise._split_quoted_headings) --

@pytest.mark.parametrize("mark", ["` {}'", '"{}"', "‘{}’"])
def test_a_quoted_heading_run_into_a_sentence_is_cut(mark):
    head = mark.format("Why our ferry crews never stop")
    text = f"{head} The council's Jane Roe has run the night crossing to Port Ellery for the past eleven winters.{BODY}"
    c = clean_text(text)
    assert head in [r.text for r in c.removed]
    assert c.text.startswith("The council's Jane Roe has run the night crossing")


def test_a_quoted_subheading_below_the_opening_is_split_off_and_kept():
    head = "` FERRIES SUSPENDED FOR A WEEK'"
    sentence = "After a week of storms the council of Port Ellery has opened the harbour again for the fleet."
    text = f"{OPEN}\n\n{head} {sentence}{BODY}"
    c = clean_text(text)
    assert not _removed(text, "headline: a headline or subheading in quote marks")
    # round fifteen (16c): the subheading split off is a crosshead in capitals, cut as a heading
    assert sentence in c.text and "FERRIES SUSPENDED" not in c.text
    assert _removed(text, "heading: a crosshead in capitals")


@pytest.mark.parametrize("line", [
    '"Unbelievable" was the word on every lip in Port Ellery after the flood had gone.',   # the sentence goes on
    '"We are ready." The mayor said the town had done all it could before the storm.',      # speech with its stop
    '"Top tide" Acme operation to close the harbour wall fails after a week of work.',      # no sentence opener after
    '"Stay calm" This notice is now closed.',                                               # too short to be a sentence
])
def test_a_quotation_a_sentence_goes_on_from_stays(line):
    text = f"{OPEN}\n\n{line}{BODY}"
    assert line in clean_text(text).text


# -- a blog's feed and topic boxes (data/boilerplate.txt) --

def test_a_blogs_feed_and_topic_boxes_are_cut():
    text = (f"{OPEN}{BODY}\n\nYou can keep up to date with Harbour Notes through our RSS feeds."
            "\n\nFor the latest updates across Acme blogs, These are the main subjects this blog writes about.")
    c = clean_text(text)
    assert "RSS feeds" not in c.text and "main subjects" not in c.text


def test_a_sentence_about_a_blogs_topics_stays():
    # twin: a sentence naming a blog's topics that is no widget
    line = "The main subjects this blog writes about are the harbour and its ferries, its editor Jane Roe said."
    text = f"{OPEN}\n\n{line}{BODY}"
    assert line in clean_text(text).text


def test_a_sentence_about_feeds_stays():
    # twin: a sentence about feeds that is no widget
    line = "Farmers can stay up to date with the feed prices via these feeds from the market, the council said."
    text = f"{OPEN}\n\n{line}{BODY}"
    assert line in clean_text(text).text


# -- a caption ending in a quoted phrase after a verb of saying (noise._split_said_phrase_captions) --

def test_a_caption_ending_in_a_quoted_phrase_is_cut():
    caption = 'Jane Roe says the ferry is "out of service"'
    lead = "Three boats have been taken out of the water for repairs at the yard in Port Ellery this week."
    text = f"{caption} {lead}{BODY}"
    c = clean_text(text)
    assert _removed(text, _SAID_PHRASE_REASON) == [caption]
    assert c.text.startswith(lead)


@pytest.mark.parametrize("line", [
    # a pronoun subject: a writer's sentence that lost its stop
    'She says the ferry is "out of service" Three boats were taken to the yard at Port Ellery on Monday.',
    # a name after the quotation: the sentence goes on
    'Jane Roe, who runs the ferry office, says she is "pleased" Acme is staying on to repair the slipway this year.',
    # "that": reported speech
    'The harbour master says that the slipway is "unsafe" Three boats were taken to the yard at Port Ellery on Monday.',
    # too short to be a sentence after it
    'Jane Roe says the ferry is "out of service" Three more wait.',
])
def test_a_sentence_ending_in_a_quoted_phrase_stays(line):
    text = f"{OPEN}\n\n{line}{BODY}"
    assert not _removed(text, _SAID_PHRASE_REASON)


# -- a sidebar's list of named people run into a sentence (noise._split_name_lists) --

LIST = ("Jane Roe, 31, picked up at sea on day three John Doe, 9 - lifted from a roof "
        "Mary Major, 70 - walked out unhurt Richard Miles, 6 months - carried out by a neighbour, asleep")


def test_a_sidebar_list_of_names_is_cut():
    sentence = "The coastguard ended its search of the bay on Sunday evening."
    text = f"{OPEN}\n\n{LIST} {sentence}{BODY}"
    c = clean_text(text)
    assert _removed(text, _NAME_LIST_REASON) == [LIST]
    assert sentence in c.text


@pytest.mark.parametrize("line", [
    # two asides only: a sentence may name two people with their ages
    "Jane Roe, 31, picked up at sea on day three John Doe, 9 - lifted from a roof The coastguard ended its search.",
    # the names and ages inside a sentence with its verb
    "Jane Roe, 31, and John Doe, 9, were picked up at sea by a crew from Port Ellery, officials said.",
    # nothing like a sentence after the list
    f"{LIST} Port Ellery",
])
def test_names_with_ages_in_a_sentence_stay(line):
    text = f"{OPEN}\n\n{line}{BODY}"
    assert not _removed(text, _NAME_LIST_REASON)

"""Noise the round-ten audit still found kept (issue 16, round eleven: haiti_bbc K8, K14,
K20): an embedded post between two quotations of one speaker, a pull quote under a quoted
headline of its own words, a caption over the lead ending in a name before the lead's
subject, another name. Every text here is invented; each rule has must-keep twins of the
same surface that are article sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import _bounded_alone, _saying_form, clean_text

BODY = ("\n\nOfficials said the airport was open again for relief flights carrying food and water."
        "\n\nThe government has asked neighbouring countries for tents, doctors and fuel."
        "\n\nSchools in the north will stay closed until the end of the month, the ministry said.")
OPEN = "Floods have cut off the north of the island, and relief teams are trying to reach it by boat."


def _removed(text: str, prefix: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith(prefix)]


# -- an embedded post between two quotations of one speaker (noise._split_glued_posts) --

QUOTE_ABOVE = '"When the water came up, we moved the whole school to the church on the hill," said Jane Roe of Acme Relief.'
QUOTE_BELOW = '"We also run a phone line so families can find each other," she told reporters.'
POST = ["I keep running every time the ground shakes.", "Seen far too much water.", "Don't wanna be next"]


def test_a_post_run_into_a_quotation_of_the_speaker_above_is_cut():
    text = f"{OPEN}\n\n{QUOTE_ABOVE}\n\n" + "\n\n".join(POST) + f" {QUOTE_BELOW}{BODY}"
    c = clean_text(text)
    assert [r.text for r in c.removed if "embedded post" in r.reason] == ["\n\n".join(POST)]
    assert QUOTE_BELOW in c.text and QUOTE_ABOVE in c.text


def test_a_one_line_post_is_cut():
    text = f"{OPEN}\n\n{QUOTE_ABOVE}\n\nI am so tired of the rain {QUOTE_BELOW}{BODY}"
    assert [r.text for r in clean_text(text).removed if "embedded post" in r.reason] == ["I am so tired of the rain"]


@pytest.mark.parametrize("lines", [
    # a first-person quotation with its cue: quote marks, not a post
    ['"I keep running every time the ground shakes. Don\'t wanna be next," she said. ' + QUOTE_BELOW],
    # a sentence that lost its stop before a quotation: no first person
    ["Then the crowd outside the town hall began to sing " + QUOTE_BELOW],
    # the reporter's line with a cue: reported, not posted
    ["I was told the road would open by Friday " + QUOTE_BELOW],
    # a third person in it: the writer's narration
    ["We drove with her to the camp where they sleep " + QUOTE_BELOW],
    # no cue after the quotation below: not a quotation going on from the speaker above
    ['I keep running every time the ground shakes "Run" is all we hear now in the camp.'],
    # too long for a post (over 280 characters)
    ["I keep running every time the ground shakes and I have not slept for three nights.",
     "I walked from the coast to the capital with my two brothers and my cousin, and we carried water for the old people of"
     " the village who could not walk so far in the heat, and I am still looking for my aunt who lived by the market.",
     "Don't wanna be next " + QUOTE_BELOW],
])
def test_first_person_lines_between_quotations_that_are_no_post_stay(lines):
    text = f"{OPEN}\n\n{QUOTE_ABOVE}\n\n" + "\n\n".join(lines) + BODY
    c = clean_text(text)
    assert not [r for r in c.removed if "embedded post" in r.reason]
    for line in lines:
        assert line in c.text


def test_a_post_needs_a_quotation_above_it():
    lines = ["I keep running every time the ground shakes.", "Don't wanna be next " + QUOTE_BELOW]
    text = f"{OPEN}\n\nThe school was moved to the church on the hill.\n\n" + "\n\n".join(lines) + BODY
    c = clean_text(text)
    assert not [r for r in c.removed if "embedded post" in r.reason]


@pytest.mark.parametrize(("word", "saying"), [("said", True), ("told", True), ("adds", True), ("explained", True),
                                              ("added", True), ("walked", False), ("run", False)])
def test_saying_forms(word, saying):
    assert _saying_form(word) is saying


# -- a pull quote under a quoted headline of its own words (noise._split_headed_pull_quotes) --

PULL = "Nobody knew the valley was cut off and, if we kept quiet, no help would come at all"
LATER = '"Nobody knew the valley was cut off and if we kept quiet, no help would come at all," she added.'
AFTER_PULL = "Jane Roe was in Acme City when the storm struck and drove back to the valley to find her family."


def test_a_pull_quote_under_a_quoted_headline_is_cut():
    text = f'{OPEN}\n\n"No help would come" {PULL} {AFTER_PULL}{BODY}\n\n{LATER}'
    c = clean_text(text)
    assert _removed(text, "caption: pull quote") == [f'"No help would come" {PULL}']
    assert AFTER_PULL in c.text and LATER in c.text


@pytest.mark.parametrize("line", [
    # the quotation and the words after it are said nowhere else: a sentence
    f'"No help would come" was all the villagers told the visitors, {AFTER_PULL}',
    # a headline whose words are not the pull quote's own
    f'"Storm relief" {PULL} {AFTER_PULL}',
    # a quoted sentence with its cue at the head of the line
    f'"No help would come," {PULL} {AFTER_PULL}',
])
def test_a_quoted_head_that_is_no_pull_quote_headline_stays(line):
    text = f"{OPEN}\n\n{line}{BODY}\n\n{LATER}"
    assert line in clean_text(text).text


def test_a_real_quote_given_twice_and_not_glued_stays():
    text = f"{OPEN}\n\n{LATER}\n\n{AFTER_PULL}{BODY}\n\n{LATER}"
    c = clean_text(text)
    assert c.text.count(LATER) == 2


# -- a caption over the lead ending in a name before the lead's subject (noise._split_title_seam_captions) --

LEAD_T = ("Harbour Lights, the charity single recorded for the victims of the Marotia floods, will be released on"
          " 7 March, its label has confirmed.")
LATER_T = "\n\nJane Roe said there was no better song than Harbour Lights to say what the town had lost."


def test_a_caption_over_the_lead_ending_in_a_title_is_cut():
    caption = "Singers Roe and Doe sang together on the single Summer Rain"
    text = f"{caption} {LEAD_T}{BODY}{LATER_T}"
    c = clean_text(text)
    assert _removed(text, "caption") == [caption]
    assert c.text.startswith(LEAD_T)


@pytest.mark.parametrize(("lead", "later"), [
    # the lead names the song once: nothing bounds the name
    ("Singers Roe and Doe sang on the single Summer Rain Harbour Lights, the charity record for the flood victims,"
     " will be released on 7 March, its label has confirmed.", "\n\nJane Roe said the song would be out soon."),
    # the longer run stands elsewhere too: one name
    ("Singers Roe and Doe sang on the single Summer Harbour Lights, the charity record for the flood victims,"
     " will be released on 7 March, its label has confirmed.", "\n\nFans have waited a year for Summer Harbour Lights to come out."),
    # a lead naming the song after a common noun: no name seam
    (LEAD_T.replace("Harbour Lights,", "The single Harbour Lights,"), LATER_T),
    # a verb of saying before the name: reported speech
    ("Singers Roe and Doe told fans on the radio Harbour Lights, the charity record for the flood victims,"
     " will be released on 7 March.", LATER_T),
])
def test_a_lead_naming_a_song_stays(lead, later):
    text = f"{lead}{BODY}{later}"
    c = clean_text(text)
    assert not [r for r in c.removed if r.reason.startswith("caption")]
    assert lead in c.text


@pytest.mark.parametrize(("raw", "alone"), [
    ("no better song than Harbour Lights to say", True),
    ("the single Summer Harbour Lights to say", False),
    ("the single Harbour Lights Tour began", False),
    ("Harbour Lights.", True),
])
def test_bounded_alone(raw, alone):
    assert _bounded_alone(["Harbour", "Lights"], raw) is alone


# -- a caption run into a sentence opened by a plural common noun in capitals (noise._split_plural_seams) --

SENT_P = "Aid workers in the field can use the reports to send water to the camps that need it most."


def test_a_caption_before_a_capitalised_plural_subject_is_cut():
    caption = "Families can report on the shortage of clean water"
    sentence = SENT_P.replace("Aid workers", "Volunteers")
    text = f"{OPEN}\n\n{caption} {sentence}{BODY}"
    c = clean_text(text)
    assert _removed(text, "caption") == [caption]
    assert sentence in c.text


@pytest.mark.parametrize("line", [
    # a verb of saying with no topic: what follows may be what was reported
    "Officials reported on Tuesday Volunteers in the field were sending water to the camps that needed it.",
    # a name that opens with a plural noun goes on with another capital
    "The families asked for clean water Friends of the Earth in the region said they would send some to the camps.",
    # a pronoun subject in L: it goes on from the sentence before
    "They can report on the shortage of clean water Volunteers in the field can use the reports at once.",
    # the plural in lower case: one sentence
    "Families can report on the shortage of clean water volunteers in the field will then bring to the camps.",
])
def test_a_capitalised_plural_that_opens_no_sentence_after_a_caption_stays(line):
    text = f"{OPEN}\n\n{line}{BODY}"
    c = clean_text(text)
    assert not [r for r in c.removed if "plural common noun" in r.reason]
    assert line in c.text


def test_a_possessive_before_the_name_is_no_caption_end():
    lead = ("Acme's Jane Roe is selling her old stage coat Some of the country's best singers are joining the organisers"
            " of the Ellery Festival to raise money for the flood victims.")
    text = f"{lead}{BODY}\n\nThe auction of the coat Jane Roe wore will close on Friday."
    assert not [r for r in clean_text(text).removed if "another name the text gives alone" in r.reason]


def test_a_title_line_with_a_capitalised_plural_is_no_caption():
    line = "Hotel guests kept inside for a week Guests tell of parties and romance"
    text = f"{OPEN}\n\n{line}{BODY}"
    assert not [r for r in clean_text(text).removed if "plural common noun" in r.reason]


_LOWER = st.text(alphabet="abcdefghij ", min_size=0, max_size=30)
_CAP_WORD = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True)


@settings(max_examples=60, deadline=None)
@given(_LOWER, _LOWER, st.lists(_CAP_WORD, min_size=1, max_size=3))
def test_bounded_alone_finds_a_run_between_lower_case_words(before, after, run):
    raw = f"{before} {' '.join(run)} {after}".strip()
    assert _bounded_alone(run, raw)


@settings(max_examples=60, deadline=None)
@given(_CAP_WORD, st.lists(_CAP_WORD, min_size=1, max_size=3), _CAP_WORD)
def test_bounded_alone_never_reads_a_run_inside_a_longer_name(head, run, tail):
    # (the run's only mention has a capitalised word on each side)
    assert not _bounded_alone(run, f"the {head} {' '.join(run)} {tail} was here")

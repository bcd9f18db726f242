"""Round fifty-two, engineer e2 (issue 18, the open rate): speakers the text names plainly but
the entity tagger left untagged in the whole document. Every rule has a test that fires and a
must-not-fire twin, each on a short invented text run through the whole per-document stage."""

from __future__ import annotations

from pipeline_helpers import assert_named as _named
from pipeline_helpers import named_speaker as _speaker

_OPENING = "A giant crab photo has puzzled readers this week.\n\n"


def _open(text: str, part: str) -> None:
    name, q = _speaker(text, part)
    assert name is None and q.antecedent_mention is None, (name, q.speaker_evidence)


# --- an untagged name opened by an honorific only a person bears (quotes._honorific_name) ---


def test_doctor_honorific_makes_an_untagged_name_a_person():
    _named(_OPENING + "Dr Roux said: \"The boy was always polite and quiet.\"\n",
           "polite and quiet", "Roux", "the honorific 'Dr'")


def test_a_title_of_places_and_pageants_is_no_honorific_twin():
    # "Dame" (like "Miss", "Lady", "Lord") also opens names of things: left out of the list
    _open(_OPENING + "Dame Roux said: \"The boy was always polite and quiet.\"\n", "polite and quiet")


# --- an untagged name with its own "who" clause and a common first name (quotes._who_clause_name) ---


def test_who_clause_and_first_name_make_an_untagged_name_a_person():
    _named(_OPENING + "Quinton Winter, who runs a website about odd sightings, told a local paper that "
           "the animal was real.\n", "the animal was real", "Quinton Winter", "its own 'who' clause")


def test_who_clause_without_a_first_name_stays_open_twin():
    # British copy writes "who" of teams, firms and sites: no first name, no person
    _open(_OPENING + "Weird Whitstable, who runs a website about odd sightings, told a local paper that "
          "the animal was real.\n", "the animal was real")


def test_first_name_without_a_who_clause_stays_open_twin():
    # a first name alone opens many a firm's name: one sign is not enough
    _open(_OPENING + "Quinton Winter told a local paper that the animal was real.\n", "the animal was real")


# --- an untagged name with an age between commas right after it (quotes._aged_name) ---


def test_an_age_after_an_untagged_name_makes_it_a_person():
    _named(_OPENING + "Quinton Winter, 42, told a local paper that the animal was real.\n",
           "the animal was real", "Quinton Winter", "the age ', 42,'")


def test_a_number_past_any_age_is_no_age_twin():
    # "Weird Whitstable, 250,": a count or a page between commas, no one's age
    _open(_OPENING + "Weird Whitstable, 250, told a local paper that the animal was real.\n",
          "the animal was real")


# --- a cueless quotation right after the tag of the quotation before, same paragraph
#     (quotes._tag_before_in_paragraph) ---

_RALLY = "The senator spoke to voters in Ohio on Monday.\n\n"


def test_quotation_after_a_tag_with_a_report_in_its_tail_is_the_tagged_speakers():
    # the tail's "suggested that ..." was an open speaker in between: the carry had given nothing
    _named(_RALLY + "\"Where were we attacked? We were attacked downtown,\" Jane Holloway said, with a passion "
           "that suggested the question was out of line. \"I did spend a whole lot of time helping them rebuild.\"\n",
           "helping them rebuild", "Jane Holloway", "opens right after the tag 'Jane Holloway said'")


def test_another_name_in_the_tag_leaves_the_quotation_open_twin():
    _open(_RALLY + "\"Where were we attacked? We were attacked downtown,\" Jane Holloway said, with a passion "
          "that suggested to Tom Brennan that the question was out of line. \"I did spend a whole lot of time "
          "helping them rebuild.\"\n", "helping them rebuild")


def test_a_sentence_of_narration_after_the_tag_leaves_the_quotation_open_twin():
    _open(_RALLY + "\"Where were we flooded? We were flooded downtown,\" Mary Dunmore said, with a passion that "
          "suggested the question was out of line. The hall fell silent. \"I did spend a whole lot of time "
          "helping them rebuild the homes.\"\n", "rebuild the homes")


def test_a_person_addressed_in_the_tag_leaves_the_quotation_open_twin():
    # "told the boy": the words after the tag may be the boy's answer
    _open(_RALLY + "\"Where were we attacked? We were attacked downtown,\" Jane Holloway told the boy, with a "
          "passion that suggested the question was out of line. \"I did spend a whole lot of time helping them "
          "rebuild.\"\n", "helping them rebuild")

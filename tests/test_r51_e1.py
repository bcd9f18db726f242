"""Round fifty-one, engineer e1 (issue 18, the open rate): speakers the text gives plainly that
were left open. Every rule has a test that fires and a must-not-fire twin, each on a short
invented text run through the whole per-document stage."""

from __future__ import annotations

from pipeline_helpers import assert_named as _named
from pipeline_helpers import named_speaker as _speaker


def _not_named(text: str, part: str, who: str) -> None:
    name, q = _speaker(text, part)
    assert name is None or who not in name, (name, q.speaker_evidence)


# --- a colon lead-in whose subject issues a statement of its own (quotes._issued_statement) ---

_OPENING = "The council met on Monday to discuss the budget for the coming year.\n\n"


def test_made_the_following_comment_is_the_subjects():
    _named(_OPENING + "Councillor Mary Halloran made the following comment:\n\n"
           "\"We cannot keep cutting the library hours every single winter.\"\n",
           "library hours", "Halloran", "made a comment of their own")


def test_photographed_comment_is_not_the_subjects_twin():
    # a verb of no issuing: the comment photographed may be anyone's
    _not_named(_OPENING + "Councillor Mary Halloran photographed the following comment:\n\n"
               "\"We cannot keep cutting the library hours every single winter.\"\n",
               "library hours", "Halloran")


def test_gave_a_speech_is_the_subjects():
    _named(_OPENING + "Mayor Tom Brennock gave a short speech: \"This town will recover from the floods.\"\n",
           "town will recover", "Brennock", "gave a speech of their own")


def test_gave_the_speech_of_another_is_not_the_subjects_twin():
    # "the speech" already named, or one of another's: not brought in as the subject's own
    _not_named(_OPENING + "Mayor Tom Brennock gave the speech of his rival: \"This town will recover from the floods.\"\n",
               "town will recover", "Brennock")


def test_an_organisation_issuing_a_statement_is_its_words():
    _named("The factory near the river closed last spring after the spill.\n\n"
           "Greenfield Chemicals issued a statement: \"We regret the harm done to the river.\"\n",
           "regret the harm", "Greenfield Chemicals", "issued a statement of their own")


def test_an_organisation_with_no_statement_noun_stays_as_before_twin():
    # an organisation subject with no statement of its own is left to the rules as before
    _not_named("The factory near the river closed last spring after the spill.\n\n"
               "Greenfield Chemicals faced the press: \"We regret the harm done to the river.\"\n",
               "regret the harm", "Greenfield Chemicals")


# --- a date in the lead is no other name (quotes._one_person_lead) ---

def test_a_date_in_the_lead_is_no_other_voice():
    _named(_OPENING + "On July 6, 2015, Councillor Mary Halloran made the following comment:\n\n"
           "\"We cannot keep cutting the library hours every single winter.\"\n",
           "library hours", "Halloran")


def test_another_name_in_the_lead_still_blocks_twin():
    _not_named(_OPENING + "After meeting Tom Brennock, Councillor Mary Halloran made the following comment:\n\n"
               "\"We cannot keep cutting the library hours every single winter.\"\n",
               "library hours", "Halloran")


def test_a_date_in_a_lead_with_no_statement_stays_as_before_twin():
    # the date is read past only in a lead that issues a statement of its own (the Timeline17 census)
    _not_named(_OPENING + "On July 6, 2015, Councillor Mary Halloran apologized for her remarks:\n\n"
               "\"We cannot keep cutting the library hours every single winter.\"\n",
               "library hours", "Halloran")

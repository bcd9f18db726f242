"""Issue 18, round twenty-four (24s): a quote's span holds the whole statement and nothing of
the reporter's. Each shape has a must-fire test (it fails on main before this round) and a
must-not-fire twin. Every text here is invented for the test."""

from __future__ import annotations

from pipeline_helpers import quote_texts as _quotes

_LEAD = "The storm hit the coast.\n\n"


# --- a content never ends on a bare "and" whose conjunct lies outside it -------------------

def test_a_content_stops_before_a_dangling_and():
    text = _LEAD + ("Acme announced on Sunday that its strike had passed the worst and analysts said "
                    "the new contract might cost less than feared.")
    assert _quotes(text)[0] == "that its strike had passed the worst"


def test_an_and_with_its_conjunct_inside_the_content_stays():
    text = _LEAD + "Acme announced on Sunday that its strike had passed the worst and the schools would reopen."
    assert _quotes(text) == ["that its strike had passed the worst and the schools would reopen"]


# --- a trailing tag whose subject is "<Name> and colleagues" --------------------------------

def test_a_name_joined_to_the_tag_subject_is_the_tags():
    text = _LEAD + "The results reach well beyond only Peru, Vargas-Llosa and colleagues said."
    assert _quotes(text) == ["The results reach well beyond only Peru"]


def test_a_tag_subject_with_no_name_before_its_and_is_left_as_it_was():
    text = _LEAD + "The results reach well beyond only Peru, the authors and colleagues said."
    assert _quotes(text) == ["The results reach well beyond only Peru"]


# --- a relative cue with only a noun object holds no one's words ----------------------------

def test_a_relative_clause_with_a_noun_object_stays_in_the_content():
    text = _LEAD + ("Town officials said on Monday that no one was upset with Mayor Roe, only with the setup "
                    "in which the town and Acme shared a stage.")
    assert _quotes(text) == ["that no one was upset with Mayor Roe, only with the setup in which the town "
                             "and Acme shared a stage"]


def test_what_a_shirt_says_is_part_of_the_content():
    text = _LEAD + ('The singer Jane Roe told a crowd of fans the home team should wear shirts that say '
                    '"Acme Lies" on Sunday.')
    assert _quotes(text) == ['the home team should wear shirts that say "Acme Lies" on Sunday']


def test_a_relative_cue_with_a_clause_still_ends_the_content():
    text = _LEAD + ("Town officials said on Monday that no one was upset with Mayor Roe, only with the setup "
                    "in which the town and Acme shared a stage, which critics said was unfair.")
    assert "critics" not in _quotes(text)[0]


def test_a_relative_cue_with_a_clause_on_a_thing_still_ends_the_content():
    text = _LEAD + ("The singer Jane Roe told a crowd of fans the home team should wear shirts that say "
                    "the mill must close.")
    assert _quotes(text)[0] == "the home team should wear shirts"


# --- a list the parse hung on the cue -------------------------------------------------------

def test_the_rest_of_a_list_hung_on_the_cue_is_the_contents():
    text = _LEAD + "Forecasters say it could wash ashore within days near fragile wetlands, clam beds and pristine white beaches."
    assert _quotes(text) == ["it could wash ashore within days near fragile wetlands, clam beds and pristine white beaches"]


def test_a_clause_after_the_comma_is_no_list_item():
    text = _LEAD + "Forecasters say the slick could reach the shore within days, and the mayor said the beaches would close."
    assert _quotes(text) == ["the slick could reach the shore within days", "the beaches would close"]


# --- "..., but <a named person> <did something>" after a forecast --------------------------

def test_a_deed_set_against_a_forecast_is_the_reporters():
    text = _LEAD + ("Acme said on Monday it would pay for verified claims from the spill, but Governor Jane Roe "
                    "pressed the company to explain exactly what that means.")
    assert _quotes(text)[0] == "it would pay for verified claims from the spill"


def test_a_second_forecast_after_but_stays_the_speakers():
    text = _LEAD + "Acme said on Monday it would pay for verified claims from the spill, but the insurers would pay the rest."
    assert _quotes(text) == ["it would pay for verified claims from the spill, but the insurers would pay the rest"]


def test_a_deed_after_a_content_with_no_modal_is_left_as_it_was():
    text = _LEAD + ("Acme said on Monday it paid for verified claims from the spill, but Governor Jane Roe "
                    "pressed the company to explain exactly what that means.")
    assert _quotes(text)[0] == ("it paid for verified claims from the spill, but Governor Jane Roe pressed the "
                                "company to explain exactly what that means")


# --- "..., and it may ..." after a past cue: the speaker's hedge ----------------------------

def test_a_hedged_clause_joined_to_the_cue_is_the_speakers():
    text = _LEAD + ("The town's council said at least 20 homes have been lost to the flood and it may also be "
                    "to blame for damage to 40 other buildings.")
    assert _quotes(text) == ["at least 20 homes have been lost to the flood and it may also be to blame for "
                             "damage to 40 other buildings"]


def test_a_future_clause_joined_to_the_cue_stays_out():
    text = _LEAD + "The town's council said at least 20 homes have been lost to the flood and it will meet again on Tuesday."
    assert _quotes(text) == ["at least 20 homes have been lost to the flood"]


def test_a_deed_joined_to_the_cue_stays_out():
    text = _LEAD + "The town's council said at least 20 homes have been lost to the flood and it met again on Tuesday."
    assert _quotes(text) == ["at least 20 homes have been lost to the flood"]


def test_a_modal_verb_of_saying_joined_to_the_cue_stays_out():
    text = _LEAD + ("The town's council said at least 20 homes have been lost to the flood and it would say "
                    "more on Tuesday.")
    assert _quotes(text) == ["at least 20 homes have been lost to the flood"]


# --- "..., which ..." on a name closing the content: the writer's gloss ----------------------

def test_a_which_clause_on_a_closing_name_is_the_writers_gloss():
    text = _LEAD + "Jane Roe said the town would follow the rules of the 1990 Flood Act, which was passed after the great storm."
    assert _quotes(text) == ["the town would follow the rules of the 1990 Flood Act"]


def test_a_which_clause_on_a_common_noun_stays_the_speakers():
    text = _LEAD + "Officials said the inquiry is looking at the builder, which was in charge of the dam's concrete."
    assert _quotes(text) == ["the inquiry is looking at the builder, which was in charge of the dam's concrete"]


def test_a_which_clause_on_a_name_inside_the_content_stays():
    text = _LEAD + "Officials said Acme, which runs the dam, will pay for the repairs."
    assert _quotes(text) == ["Acme, which runs the dam, will pay for the repairs"]


def test_a_which_clause_set_off_by_a_comma_is_no_object_relative():
    text = _LEAD + ("Two reviews both conclude that she gave sound advice to Acme and the town council, "
                    "which have both praised her work.")
    assert _quotes(text) == ["that she gave sound advice to Acme and the town council"]


# --- a quotation left open at the content's end closes after the stop -----------------------

def test_a_mark_after_the_stop_closes_the_contents_quotation():
    text = _LEAD + 'Asked about the fund, Jane Roe said she did not think it was a "slush fund."'
    assert _quotes(text) == ['she did not think it was a "slush fund."']


def test_a_content_with_its_marks_paired_takes_no_stop():
    text = _LEAD + 'Asked about the fund, Jane Roe said she did not think the "slush fund" was real.'
    assert _quotes(text) == ['she did not think the "slush fund" was real']


def test_a_mark_opening_a_new_quotation_after_the_comma_is_not_taken():
    from storyline.analyse.quotes import _closed_after_stop
    assert _closed_after_stop('was "fine,"he said', 9) is False
    assert _closed_after_stop('was "fine," he said', 9) is True
    assert _closed_after_stop('was "fine."', 9) is True
    assert _closed_after_stop('was "fine"', 9) is False


def test_a_which_clause_on_a_name_before_the_statements_and_stays():
    text = _LEAD + ("In a speech on Tuesday night, Roe said she was committed to making sure the Ellery valley, "
                    "which is losing a field of marsh every hour, and other coastlines are saved.")
    assert _quotes(text) == ["she was committed to making sure the Ellery valley, which is losing a field of marsh "
                             "every hour, and other coastlines are saved"]

"""Issue 18, round twenty-three (18w): quote spans that run on into the reporter's words or
stop short, and a clear error for a malformed line of analyse/data/writer_idioms.txt. Every
text here is invented for the test."""

from __future__ import annotations

import pytest
from pipeline_helpers import quote_texts as _quotes

from storyline.analyse import quotes


def _idioms_from(monkeypatch, tmp_path, body: str):
    f = tmp_path / "writer_idioms.txt"
    f.write_text(body, encoding="utf-8")
    real = quotes.lexicon.path
    monkeypatch.setattr(quotes.lexicon, "path",
                        lambda name: f if name == "analyse/writer_idioms.txt" else real(name))
    return quotes._writer_idioms.__wrapped__()


def test_a_writer_idiom_line_without_its_cue_slot_names_the_file_and_the_line(monkeypatch, tmp_path):
    with pytest.raises(ValueError, match=r"writer_idioms\.txt, line 3: 'having said that'"):
        _idioms_from(monkeypatch, tmp_path, "# a comment\nhaving _say this\nhaving said that\n")


def test_a_bare_underscore_is_no_cue_slot_either(monkeypatch, tmp_path):
    with pytest.raises(ValueError, match=r"line 1: 'having _ that'"):
        _idioms_from(monkeypatch, tmp_path, "having _ that\n")


def test_well_formed_idiom_lines_still_load(monkeypatch, tmp_path):
    assert _idioms_from(monkeypatch, tmp_path, "# c\nhaving _say that\n") == ((("having",), "say", ("that",)),)


# --- the time of saying right after the cue: "in <month>", and a name the date swallowed ----

def test_a_month_after_in_right_after_the_cue_is_the_time_of_saying():
    text = "The storm hit the coast.\n\nThe Port Ellery council said in March it would close the old mill for good."
    assert _quotes(text) == ["it would close the old mill for good"]


def test_a_month_inside_the_clause_after_its_subject_stays():
    text = "The storm hit the coast.\n\nThe Port Ellery council said the old mill in March had lost most of its staff."
    assert _quotes(text) == ["the old mill in March had lost most of its staff"]


def test_a_month_after_that_is_the_contents_own():
    text = "The storm hit the coast.\n\nThe Port Ellery council said that in March it would close the old mill."
    assert _quotes(text) == ["that in March it would close the old mill"]


def test_a_weekday_run_into_the_clauses_subject_is_still_the_time_of_saying():
    text = ("Oil prices fell sharply in early trading.\n\nAnalysts at the bank said on Wednesday BP should trim "
            "its dividend until the costs are known.")
    assert _quotes(text) == ["BP should trim its dividend until the costs are known"]


# --- ", according to <source>" closing a cue's content: who relayed the report ------------


def test_a_relaying_source_after_a_content_is_left_out_of_it():
    text = ("The storm hit the coast.\n\nAcme Oil believes the real flow from its well may have been far lower than "
            "the official figure, according to papers released by the federal panel on Friday.")
    assert "the real flow from its well may have been far lower than the official figure" in _quotes(text)


def test_a_named_relay_after_a_said_content_is_left_out_too():
    text = ("The storm hit the coast.\n\nAcme Oil said the slick was moving faster than expected toward the shore, "
            "according to the Coast Guard.")
    assert "the slick was moving faster than expected toward the shore" in _quotes(text)


def test_according_to_with_no_source_stays_in_the_content():
    text = ("The storm hit the coast.\n\nThe ministry said the money would be shared among several relief agencies, "
            "according to a running review of needs on the ground.")
    assert ("the money would be shared among several relief agencies, according to a running review of needs on "
            "the ground") in _quotes(text)


# --- a deed of the reporter's joined to a forecast by "and" --------------------------------


def test_a_past_deed_with_its_own_subject_after_a_forecast_is_the_reporters():
    text = ("The storm hit the coast.\n\nA month after the fire, the chief executive said the final bill would be far "
            "smaller than that and economists put the whole cost at around $40 million.")
    assert _quotes(text) == ["the final bill would be far smaller than that"]


def test_two_forecasts_joined_by_and_stay_one_content():
    text = ("The storm hit the coast.\n\nThe chief executive said the final bill would be far smaller than that and "
            "the insurers would pay most of it.")
    assert _quotes(text) == ["the final bill would be far smaller than that and the insurers would pay most of it"]


def test_two_past_deeds_joined_by_and_stay_one_content():
    text = "The storm hit the coast.\n\nThe chief executive said the plant closed in May and the workers lost their jobs."
    assert _quotes(text) == ["the plant closed in May and the workers lost their jobs"]


# --- ", with <someone> <saying>": a second report run into a content ------------------------


def test_a_with_phrase_holding_another_speakers_report_ends_the_content():
    text = ("The storm hit the coast.\n\nMinisters say the country is well prepared for a long winter, with Smith "
            "telling MPs the state had a stock of 3m blankets.")
    assert "the country is well prepared for a long winter" in _quotes(text)


def test_a_with_phrase_of_no_saying_stays_in_the_content():
    text = ("The storm hit the coast.\n\nMinisters say the country is well prepared for a long winter, with stocks "
            "of fuel rising every week.")
    assert _quotes(text) == ["the country is well prepared for a long winter, with stocks of fuel rising every week"]


def test_a_gapped_passive_after_a_forecast_stays_in_the_content():
    text = ("The storm hit the coast.\n\nA spokesman said that if a leak is found, the lid will be raised and the "
            "water pumped back to the tank.")
    assert any(q.endswith("the lid will be raised and the water pumped back to the tank") for q in _quotes(text))


def test_a_cut_before_a_with_report_keeps_the_percent_sign():
    text = ("The storm hit the coast.\n\nThe Daily Courier reports that sales of sandbags are up 400 % , with "
            "shop owners warning that their stocks may not last.")
    assert "that sales of sandbags are up 400 %" in _quotes(text)

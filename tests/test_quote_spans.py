"""Quotes: reported spans without a source credit or the reporter's connective (issue 18,
round twelve, 18y).

Every text here is invented. Each rule has a case where it fires and a twin where it must not."""

from __future__ import annotations

from pipeline_helpers import quote_texts

_quotes = quote_texts


# --- a source credit closing the sentence -------------------------------------------


def test_an_agency_credit_after_a_dash_is_cut():
    text = "Port Ellery mayor Jane Roe says 300 families have already been moved to the school - Reuters."
    assert _quotes(text) == ["300 families have already been moved to the school"]


def test_an_agency_report_credit_is_cut():
    text = "Acme Corp officials say flights to Port Ellery have resumed after a short halt - Associated Press report."
    assert _quotes(text) == ["flights to Port Ellery have resumed after a short halt"]


def test_a_dash_before_other_words_stays():
    text = "Jane Roe said the road was cut - and the bridge was closed."
    assert _quotes(text) == ["the road was cut - and the bridge was closed"]


def test_an_agency_named_inside_the_statement_stays():
    text = "Jane Roe said the wire service had quoted her - Reuters had called twice."
    assert _quotes(text) == ["the wire service had quoted her - Reuters had called twice"]


# --- the reporter's connective before an inserted tag ---------------------------------


def test_meanwhile_before_the_tag_is_the_reporters():
    text = "Meanwhile, Jane Roe said, the camps around Port Ellery are being prepared for the families."
    assert _quotes(text) == ["the camps around Port Ellery are being prepared for the families"]


def test_in_the_meantime_before_the_tag_is_the_reporters():
    text = "In the meantime, he says, many of the villagers have begun to fend for themselves."
    assert _quotes(text) == ["many of the villagers have begun to fend for themselves"]


def test_a_fronted_phrase_of_the_speaker_stays():
    text = "Too often, Jane Roe said, the debate about the harbour is left to the engineers."
    assert _quotes(text) == ["Too often, Jane Roe said, the debate about the harbour is left to the engineers"]


# --- the content's subject the parse hung on the cue ---------------------------------


def test_a_subject_set_off_by_commas_stays_in_the_content():
    text = ('The council says damage to the port town, Port Ellery, is "massive and broad," '
            "with perhaps thousands of homes destroyed.")
    assert _quotes(text) == [
        'damage to the port town, Port Ellery, is "massive and broad," with perhaps thousands of homes destroyed']


def test_the_person_told_is_no_subject_of_the_content():
    text = "Jane Roe told the residents, who had gathered at the school, that the bridge was safe."
    assert [q.removeprefix("that ") for q in _quotes(text)] == ["the bridge was safe"]


def test_a_content_with_its_own_subject_is_unchanged():
    text = "Witnesses say a school on the edge of the port town, Port Ellery, has collapsed."
    assert _quotes(text) == ["a school on the edge of the port town, Port Ellery, has collapsed"]

"""Quotes: a reported span that runs on into the speaker's second act, and a judged object
that is no statement (issue 18, round fifteen, 18t).

Every text here is invented. Each rule has a case where it fires and a twin where it must not."""

from __future__ import annotations

from pipeline_helpers import quote_texts

from storyline.pipeline import analyse_record
from storyline.types import Record

_quotes = quote_texts


# --- the speaker's second act, a request ----------------------------------------------


def test_a_request_joined_to_the_content_is_cut_off():
    text = ("The mayor, Jane Roe, said on Monday that the company was hiding the figures and urged the "
            "council to investigate the plant.")
    assert _quotes(text)[0] == "that the company was hiding the figures"


def test_a_request_after_a_perfect_stays():
    text = ("The mayor, Jane Roe, said on Monday that the council had met and urged residents to leave "
            "the coast.")
    assert _quotes(text)[0] == "that the council had met and urged residents to leave the coast"


def test_a_deed_that_is_no_request_stays():
    text = ("The mayor, Jane Roe, said on Monday that the company was hiding the figures and moved its "
            "office to Port Ellery.")
    assert _quotes(text) == ["that the company was hiding the figures and moved its office to Port Ellery"]


# --- the bare object of a verb of judging ----------------------------------------------


def test_the_object_of_slammed_is_no_statement():
    assert _quotes("Senator Jane Roe slammed the mayor's comments on Monday.") == []


def test_an_object_with_what_is_said_of_it_stays():
    assert _quotes("Senator Jane Roe slammed the mayor's comments as reckless.") == [
        "the mayor's comments as reckless"]


def test_the_object_of_a_denial_stays():
    assert _quotes("Senator Jane Roe denied the mayor's claims on Monday.") == ["the mayor's claims"]


def test_a_request_after_a_pluperfect_cue_is_cut_off():
    text = ("The minister, Jane Roe, had suggested on Monday that Acme Corp was hiding the figures and "
            "urged the council to investigate the plant.")
    assert _quotes(text)[0] == "that Acme Corp was hiding the figures"


# --- the speaker of that request (issue 18, round fifteen, 18u) -------------------------


def _speakers(text: str) -> dict[str, str | None]:
    a = analyse_record(Record(source="x.txt", text=text))
    out = {}
    for q in a.quotes:
        m = a.mentions[q.speaker_mention].text if q.speaker_mention is not None else None
        out[q.cue or ""] = m or q.speaker_text
    return out


def test_the_cut_off_request_is_the_cue_speakers():
    text = ("The mayor, Jane Roe, said on Monday that the company was hiding the figures and urged the "
            "council to investigate the plant.")
    assert _speakers(text) == {"said": "Jane Roe", "urged": "Jane Roe"}


def test_the_cut_off_request_after_a_pluperfect_cue_is_the_cue_speakers():
    text = ("The trade minister of Acme Republic, Jane Roe, had claimed on Monday that the US was "
            "taking over Port Ellery and urged the UN to clarify its role.")
    assert _speakers(text)["urged"] == "Jane Roe"


def test_a_request_under_a_perfect_keeps_the_content_subject():
    # "had met and urged": the council urged; the span is not cut, the speaker is not moved
    text = ("The mayor, Jane Roe, said on Monday that the council had met and urged residents to leave "
            "the coast.")
    assert _speakers(text).get("urged") != "Jane Roe"


def test_a_request_with_its_own_subject_keeps_it():
    text = ("The mayor, Jane Roe, said on Monday that the company was hiding the figures and the union "
            "urged the council to investigate the plant.")
    assert _speakers(text).get("urged") != "Jane Roe"


def test_a_joined_deed_is_no_request_of_the_speaker():
    text = "The mayor, Jane Roe, said on Monday that the company hid the figures and destroyed them."
    assert list(_speakers(text)) == ["said"]


def test_a_request_after_a_simple_past_deed_is_not_given_to_the_cue_speaker():
    # "struck a deal and told the fund to pay": the company may have told the fund; the parse
    # cannot tell which verb the request goes with, so the cue's speaker is not given to it
    text = "The auditor, Jane Roe, said Acme Corp struck a deal with the firm and told the fund to send the money."
    assert _speakers(text).get("told") != "Jane Roe"


def test_a_request_after_a_modal_content_is_the_cue_speakers():
    text = "The auditor, Jane Roe, said Acme Corp would sue the firm and urged the fund to stop the payment."
    assert _speakers(text).get("urged") == "Jane Roe"


def test_a_request_joined_to_a_main_clause_deed_keeps_its_quote():
    # no reporting verb above "met": the request is the agency's own act, not left open
    text = "The agency met on Monday and advised travellers to avoid the port."
    assert "advised" in _speakers(text)


def test_a_request_after_a_copula_content_is_the_cue_speakers():
    text = "The mayor, Jane Roe, said the flood was a disaster and urged residents to give money."
    assert _speakers(text).get("urged") == "Jane Roe"

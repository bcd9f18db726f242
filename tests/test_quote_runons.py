"""Quotes: reported spans that run on past the statement, and a judged object that is no
statement (issue 18, round fifteen, 18t).

Every text here is invented. Each rule has a case where it fires and a twin where it must not."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str) -> list[str]:
    a = analyse_record(Record(source="x.txt", text=text))
    t = a.document.text
    for q in a.quotes:
        assert t[q.start : q.end] == q.text
    return [q.text for q in a.quotes]


# --- the reporter's label after the content ------------------------------------------


def test_a_label_on_the_statement_is_the_reporters():
    text = ("Jane Roe, a council member from Port Ellery, said on Monday the mayor had misled voters, "
            "a remark that angered both parties.")
    assert _quotes(text) == ["the mayor had misled voters"]


def test_a_clause_on_another_noun_stays():
    text = "Jane Roe said on Monday the mayor had misled voters, a town that angered both parties."
    assert _quotes(text) == ["the mayor had misled voters, a town that angered both parties"]


def test_a_definite_claim_stays():
    text = "Jane Roe said on Monday the mayor had repeated his old story, the claim that the port was safe."
    assert _quotes(text)[0] == "the mayor had repeated his old story, the claim that the port was safe"


# --- the next report's subject --------------------------------------------------------


def test_the_next_reports_subject_is_cut_off():
    text = ("Acme officials have said high tides would delay plans to reopen the port and officials in "
            "Port Ellery said the storm would hamper repairs.")
    assert _quotes(text)[0] == "high tides would delay plans to reopen the port"


def test_a_noun_phrase_with_no_cue_after_it_stays():
    text = "Acme officials have said high tides would delay plans to reopen the port and the bridge."
    assert _quotes(text) == ["high tides would delay plans to reopen the port and the bridge"]


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

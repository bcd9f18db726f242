"""Round fifty-three, engineer e2 (issue 18, open speakers without a new wrong one): unnamed,
described speakers ("an intelligence source", "a new super PAC started by a former aide") are
never resolved to a name near them: not to the one the cue tells, nor to the subject of another
clause the parse joined the cue to. Every rule has a test that fires and a must-not-fire twin,
each on a short invented text run through the whole per-document stage."""

from __future__ import annotations

from pipeline_helpers import assert_named as _named
from pipeline_helpers import quoted_analysis

_REPORT = ("Wire News reported on Thursday that \u201cagents are looking at the code, which pertains to false "
           "statements. Each violation is subject to five years in prison.\u201d\n\n")


def _speakers_of(text: str, part: str) -> list[tuple[str | None, str | None, str | None]]:
    a = quoted_analysis(text)
    return [(a.mentions[q.speaker_mention].text if q.speaker_mention is not None else None,
             a.mentions[q.antecedent_mention].text if q.antecedent_mention is not None else None,
             q.speaker_evidence) for q in a.quotes if part in q.text]


# --- the object of "told" is the one told, never an inverted speaker (quotes._subject_found) ---


def test_the_outlet_a_source_told_is_never_the_speaker():
    text = _REPORT + ("\u201cThe agents involved are under a lot of pressure and are busting a\u2013,\u201d an "
                      "intelligence source, who was not authorized to speak on the record, told Wire News.\n")
    got = _speakers_of(text, "under a lot of pressure")
    assert got, "the quotation is kept"
    assert all("Wire News" not in (m or "") and "Wire News" not in (ante or "") for m, ante, _ in got), got


def test_a_named_teller_of_the_outlet_still_speaks_twin():
    text = _REPORT + ("\u201cThe agents involved are under a lot of pressure,\u201d Jan Roe, a former agent, "
                      "told Wire News.\n")
    _named(text, "under a lot of pressure", "Roe")


# --- a "while" clause's own subject the parse hung on a joined cue (quotes._subordinate_subject_lost) ---

_SPENDING = ("The fiscally conservative Fund for Growth Action reported spending $1.1 million on online and "
             "radio ads attacking Trump, while {who} has reported spending $1.8 million on direct mail and "
             "online ads trying to knock down Trump.\n")


def test_an_indefinite_subject_in_a_while_clause_leaves_the_joined_report_open():
    got = _speakers_of(_SPENDING.format(who="a new anti-Trump super PAC started by a former Mitt Romney aide"),
                       "$1.8 million")
    assert len(got) == 1, got
    m, ante, ev = got[0]
    assert m is None and ante is None, got  # not the fund, not the PAC's "name", not Romney
    assert "an indefinite description" in (ev or ""), ev


def test_a_report_joined_with_no_while_clause_keeps_the_first_subject_twin():
    text = ("Acme Corp. reported spending $1.1 million on online ads attacking Trump and has reported spending "
            "$1.8 million on direct mail.\n")
    got = _speakers_of(text, "$1.8 million")
    assert len(got) == 1 and "Acme" in (got[0][0] or ""), got


def test_a_named_subject_in_a_while_clause_still_speaks_twin():
    got = _speakers_of(_SPENDING.format(who="Jan Roe"), "$1.8 million")
    assert len(got) == 1 and got[0][0] == "Jan Roe", got


# --- an indefinite apposition is a description, not a name (quotes._speaker_rest) ---

_LEAVE = "Acme Corp. allows twelve weeks of unpaid leave.\n\n"


def test_an_indefinite_party_word_in_apposition_is_no_speaker():
    got = _speakers_of(_LEAVE + "The employee of nearly four years, a registered Republican who spoke on the "
                       "condition of anonymity for fear of losing her job, said she became pregnant last year and "
                       "was dismayed by the leave policy.\n", "she became pregnant")
    assert len(got) == 1 and got[0][0] is None and got[0][1] is None, got


def test_a_name_in_apposition_still_speaks_twin():
    _named(_LEAVE + "Its head of sales in Marotia, Jane Roe, said she became pregnant last year and was "
           "dismayed by the leave policy.\n", "she became pregnant", "Jane Roe", "in apposition")

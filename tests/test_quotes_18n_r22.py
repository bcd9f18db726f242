"""Quotes: contents that are not statements, as classes (issue 18, round twenty-two, 18n).

Every text here is invented. Each rule has a case where it fires and a twin where it must not."""

from __future__ import annotations

from scenes import who

from storyline.analyse import quotes
from storyline.pipeline import analyse_record
from storyline.types import Record


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote text, cue, resolved speaker or None) of each quote of ``text``."""
    a = analyse_record(Record(source="x.txt", text=text))
    return [(q.text, q.cue, who(a, q)) for q in a.quotes]


def _cues(text: str) -> list[str | None]:
    return [c for _, c, _ in _said(text)]


# --- a verb of knowing: what someone knew, vouched for by the writer ----------------------------


def test_what_a_group_knew_is_no_statement():
    text = "The dam held for a week.\n\nMarine biologists knew the storm would push the slick toward the reef."
    assert "knew" not in _cues(text)


def test_what_someone_did_not_realise_is_no_statement():
    text = ("The ferry sailed at noon.\n\nJohn Doe, the harbour master, arrived late. He did not realise the ferry "
            "had already left the dock when he closed the gate.")
    assert not any("realise" in (c or "") for c in _cues(text))


def test_a_named_subjects_knowing_stays_an_attribution():
    # PolNeAR counts "X knows that ..." of a named person as X's attribution
    text = "The council met on Monday.\n\nJane Roe knows that the bridge will need new cables before winter."
    assert ("that the bridge will need new cables before winter", "knows") in [(t, c) for t, c, _ in _said(text)]


def test_a_verb_of_knowing_inside_a_report_stays_the_speakers():
    text = "The council met on Monday.\n\nJane Roe said she realised that the bridge would need new cables."
    got = _said(text)
    assert len(got) == 1 and got[0][1] == "said" and got[0][2] == "Jane Roe"


def test_made_it_known_stays_an_announcement():
    text = "The talks ended late.\n\nThe ministry made it known that the border would reopen on Monday."
    assert ("that the border would reopen on Monday", "known") in [(t, c) for t, c, _ in _said(text)]


# --- the writer's own link: "Having said that" at a sentence's start ------------------------------


def test_having_said_that_without_a_comma_is_the_writers_link():
    text = ("Councillors were split.\n\nHaving said that the council may still approve the new bridge next spring, "
            "if the budget allows it.")
    assert "said" not in _cues(text)


def test_having_said_that_inside_a_sentence_stays_a_report():
    text = "The firm was sold.\n\nJane Roe, having said that she would stay, left the company in May."
    assert "said" in _cues(text)


def test_the_reasons_table_keeps_subordinate_last():
    assert quotes._no_statement_reasons()[-1] == "subordinate"
    assert {"knowing", "writer_idiom"} <= set(quotes._no_statement_reasons())


def test_a_quoted_name_inside_having_said_that_gets_no_cue():
    text = ("Councillors were split.\n\nHaving said that if the city's \"Mend it, fix it, keep it\" drive launched "
            "today can save one bridge, then the cost will surely be worth paying.")
    assert _said(text) == []


def test_a_quotation_after_a_plain_said_that_keeps_its_cue():
    text = ("Councillors were split.\n\nJane Roe said that the city's \"Mend it, fix it, keep it\" drive launched "
            "today can save one bridge.")
    assert "said" in _cues(text)

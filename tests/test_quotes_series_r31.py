"""Quotes: a cue at the end of a verb series the parser hung on the main clause is left open (issue 18,
round thirty-one; in-sample: Q34 of bpoil_guardian's seed-127 audit).

Every text here is invented. The rule has a case where it fires and twins where it must not."""

from __future__ import annotations

from scenes import who

from storyline.pipeline import analyse_record
from storyline.types import Record


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    a = analyse_record(Record(source="x.txt", text=text))
    return [(q.text, q.cue, who(a, q)) for q in a.quotes]


def test_a_series_verb_the_parse_hangs_on_the_main_clause_is_left_open():
    text = ("Acme Corp faces a hard week.\n\nBut Acme Corp will start to fight its own corner next Tuesday when "
            "John Doe reveals quarterly results, talks about strategy and argues Acme Corp should not be the sole focus of blame.")
    found = [(c, w) for t, c, w in _said(text) if "sole focus" in t]
    assert all(w is None for _, w in found)  # open, or no quote at all: never Acme Corp's


def test_twin_a_conjunct_of_the_same_form_keeps_the_main_subject():
    text = ("Acme Corp faces a hard week.\n\nJohn Doe met the board on Monday, talked about strategy and argued "
            "Acme Corp should not be the sole focus of blame.")
    found = [(c, w) for t, c, w in _said(text) if "sole focus" in t]
    assert found and found[0][1] == "John Doe"


_BEFORE = ('BP said the pump had failed. "We acted in good faith," BP said.\n\n'
           'The pump sat on the seabed for a week.\n\nThe crews left the rig by boat.\n\n'
           'Eleven hours later the rig sank.\n\n')
_WORDS = '"This is a self-serving report that hides the flawed design of the well."\n\nThe inquiry goes on.'


def test_a_colon_lead_owned_by_another_name_is_not_the_speaker_before():
    # the quotation after "Transocean's response to BP's report has been scathing:" is not BP's
    text = _BEFORE + "Transocean's response to BP's report has been scathing: " + _WORDS
    found = [w for t, c, w in _said(text) if "self-serving" in t]
    assert found and found[0] != "BP"


def test_twin_a_colon_lead_owned_by_the_speaker_before_carries_it():
    text = _BEFORE + "BP's own answer to the report has been blunt: " + _WORDS
    found = [w for t, c, w in _said(text) if "self-serving" in t]
    assert found == ["BP"]

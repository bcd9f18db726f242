"""Issue 18, round twenty-two (18v): who said it, the classes of the seed-67 audit's bad quotes.

Each rule has a must-fire test (fails on 9e12e8b3) and a must-not-fire twin; the sentences are
invented, of the same shape as the audited ones."""

from __future__ import annotations

from pipeline_helpers import quoted_analysis as _quotes


def _texts(text: str) -> list[str]:
    return [q.text for q in _quotes(text).quotes]


# --- a verb of belief as a bare participle on another verb: a motive or an assumption ----------

def test_hoping_participle_on_a_deed_is_no_statement():
    assert _texts("Tom Reyes flew to Leeds on Monday, hoping to get a reply from the board.") == []


def test_assuming_participle_opening_a_calculation_is_no_statement():
    assert _texts("Assuming that the pump runs all day, the rate comes to 90 gallons a minute.") == []


def test_hoping_as_a_finite_verb_stays():
    # twin: "hopes to ..." with a named subject is the stated aim (own_wish keeps it too)
    assert "to get a reply from the board" in _texts("Tom Reyes hopes to get a reply from the board.")


# --- a cue under a forecast's infinitive: a saying still to come --------------------------------

def test_cue_under_is_expected_to_is_no_statement():
    text = "The Leeds firm is also expected to face a fresh row by revealing it will cut staff pay."
    assert _texts(text) == []


def test_forecast_of_another_thing_keeps_the_real_cue():
    # twin: the forecast is what was said; "said" is not under "expected to"
    text = "The Leeds firm is expected to cut staff pay next month, Tom Reyes said."
    assert any(t.startswith("The Leeds firm is expected to cut staff pay") for t in _texts(text))


# --- a "what" clause as the thing told about: a free relative, not a statement -----------------

def test_what_she_found_is_no_statement():
    text = "Jane Roe studied the pumps in two towns and tells a radio show what she found."
    assert not any(t.startswith("what she found") for t in _texts(text))


def test_how_clause_after_explain_stays():
    # twin: "explained how ..." (data/wh_cues.txt) is what she said
    text = "Jane Roe explained how the pumps would keep the fields wet through the dry months."
    assert any(t.startswith("how the pumps would keep") for t in _texts(text))




def _token(text: str, word: str):
    from storyline.spacymodel import load
    return next(t for t in load()(text) if t.lower_ == word)


def test_assumption_after_an_estimate_stays_with_it():
    # twin: a trailing "assuming" is the estimate's own assumption, not a motive
    from storyline.analyse import quotes
    tok = _token("The Tax Board puts the cost at $4m a year, assuming that interest rates hold at 2 percent.", "assuming")
    assert not quotes._motive_participle(tok)


def test_what_before_the_cue_is_not_a_thing_told():
    # twin: in "what Roe says the plan would do" the clause after the cue is her report
    from storyline.analyse import quotes
    tok = _token("The rift between what Roe says her plan would do, and what it has done, widened in May.", "says")
    comp = [c for c in tok.children if c.dep_ == "ccomp"]
    assert comp and comp[0].left_edge.lower_ == "what"  # the shape: the "what" opens the clause, before the cue
    assert not quotes._thing_told(comp)

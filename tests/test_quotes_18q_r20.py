"""Quotes: wrong speakers, non-statements and spans of the seed-59 audit, as classes (issue 18,
round twenty, 18q).

Every text here is invented. Each rule has a case where it fires and a twin where it must not."""

from __future__ import annotations

from scenes import who
from test_quote_contents import _quotes  # (text, cue) of each quote, spans checked against the text

from storyline.pipeline import analyse_record
from storyline.types import Record


def _analysis(text: str):
    return analyse_record(Record(source="x.txt", text=text))


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote text, cue, resolved speaker or None) of each quote of ``text``."""
    a = _analysis(text)
    return [(q.text, q.cue, who(a, q)) for q in a.quotes]


# --- a report of a report, the agency's tag after the clause ---------------------------------


def test_an_agency_tag_after_a_report_gives_the_agency_no_quote():
    text = ("The head of the city's main clinic said that by noon at least 300 patients were already "
            "waiting outside the doors, with ambulances still arriving from the suburbs, AFP reports.")
    got = _said(text)
    assert all(cue != "reports" for _, cue, _ in got)
    assert ("that by noon at least 300 patients were already waiting outside the doors, with ambulances "
            "still arriving from the suburbs", "said") in [(t, c) for t, c, _ in got]


def test_an_agency_tag_in_the_past_ends_the_inner_content():
    text = "The head of the city's main clinic said that by noon at least 300 patients were waiting, AFP reported."
    assert _quotes(text) == [("that by noon at least 300 patients were waiting", "said")]


def test_a_named_speaker_keeps_the_words_and_the_agency_is_no_speaker():
    text = "Health minister Jane Roe said that by noon at least 300 patients were waiting outside, AFP reports."
    assert [(c, s) for _, c, s in _said(text)] == [("said", "Jane Roe")]


def test_an_agency_that_reports_a_clause_of_its_own_stays():
    text = "AFP reports that at least 300 patients were waiting outside the clinic by noon."
    assert ("that at least 300 patients were waiting outside the clinic by noon", "reports") in _quotes(text)


# --- the writer's own framing: "This is not to say that ..." -----------------------------------


def test_this_is_not_to_say_is_the_writers_prose():
    assert _quotes("This is not to say that the new vaccine, if it is approved, will be cheap.") == []


def test_it_is_fair_to_say_is_the_writers_prose():
    assert _quotes("It is fair to say that the council has lost the argument over the bridge.") == []


def test_it_is_too_soon_to_say_is_the_writers_prose():
    # round thirty-four: "soon" parsed as an adverb on "be", not an adjective
    assert _quotes("It is too soon to say how badly the flood has hurt the harvest in the valley.") == []
    assert _quotes("It was much too early to say who would win the harbour contract.") == []


def test_a_person_saying_it_is_too_soon_stays_a_cue():
    # the twin: the hedge inside someone's words is theirs
    assert ("it was too soon to say how badly the flood had hurt the harvest", "said") in _quotes(
        "Jane Roe said it was too soon to say how badly the flood had hurt the harvest.")


def test_a_person_who_is_to_say_stays_a_cue():
    text = "The minister is to say on Friday that the tax on fuel will rise."
    assert ("that the tax on fuel will rise", "say") in _quotes(text)


# --- a tag alone in the paragraph below a quotation --------------------------------------------

_NEXT_LINE = ("\"I'm worried. We are losing ground every day,\" said John Smith, mayor of Riverton, where the "
              "water has risen.\n\n\"Even the army looks helpless and all the engineers.\n\nIf they can't stop it, "
              "then who can?\"\n\n")


def test_a_tag_in_the_next_paragraph_names_the_speaker_not_the_one_before():
    text = _NEXT_LINE + "Father Tom, a priest at St. Mary's Church in Riverton, said, his voice shaking."
    got = _said(text)
    second = next(s for t, _, s in got if t.startswith("Even the army"))
    assert second == "Tom"


def test_a_next_paragraph_with_its_own_clause_is_not_a_tag():
    text = _NEXT_LINE + "Jane Roe, a nurse at the clinic, said the town would cope."
    got = _said(text)
    # since round twenty-two (18p) the continued quotation is the second piece of John Smith's
    assert next(s for t, _, s in got if "\n\n\"Even the army" in t or t.startswith("Even the army")) == "John Smith"
    assert ("the town would cope", "said", "Jane Roe") in got


def test_a_tag_at_a_news_conference_names_the_speaker():
    text = ('"Pushing Acme aside would raise the question of who comes next."\n\n'
            "Roe said at a White House news conference.")
    assert [(c, s) for _, c, s in _said(text)] == [("said", "Roe")]


def test_a_next_paragraph_about_something_else_is_not_a_tag():
    for after in ("The current test on the well will continue into Tuesday.",
                  "The agency did not immediately respond to requests for comment.",
                  "Other passengers spoke of their fears for family members."):
        got = _said('"We have some real teams working on this."\n\n' + after)
        assert [(c, s) for _, c, s in got] == [(None, None)], after


def test_a_quotation_below_is_not_a_tag():
    got = _said('"Ca va?"\n\n"Oui," she replies softly, but she is not okay.')
    assert all(c != "replies" or t != "Ca va?" for t, c, _ in got)


def test_said_with_a_finite_clause_after_the_comma_stays():
    text = "The harbour master said, the tide is rising faster than last year."
    assert any("the tide is rising" in t for t, _ in _quotes(text))


# --- spans -------------------------------------------------------------------------------------


def test_warned_for_years_does_not_start_the_content_with_years():
    text = "Doctors have warned for decades about the danger of overusing antibiotics in cattle feed."
    assert all(not t.startswith("decades") for t, _ in _quotes(text))


def test_called_for_a_thing_is_no_content():
    # round twenty kept the object of "called for" (the Timeline17 judges read "calling a halt to
    # adoptions" as a statement); round thirty-eight follows the PolNeAR judges of seeds 139 and
    # 152, who read the thing called for as none (no_statement.tsv's "thing_called_for"), as round
    # thirty-four did for "proposed" and "demanded". The span rule this tested ("for" is no part
    # of the content) still holds for the infinitive after "called on": test_quotes_not_statement_r38
    assert not any(t.startswith("a ban on night shifts") for t, _ in
                   _quotes("The union called for a ban on night shifts in the mines."))


def test_a_gloss_after_the_closing_mark_is_the_reporters():
    text = ('But she said there was "no sign that we face a crisis like that of 1957", when a flu outbreak '
            "killed a million people.")
    assert all("killed a million" not in t for t, _ in _quotes(text))


def test_a_when_inside_the_quotation_stays():
    text = 'She said the plan, "when it is ready", would save the town millions.'
    assert ('the plan, "when it is ready", would save the town millions', "said") in _quotes(text)

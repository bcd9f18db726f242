"""Round twenty-two (20v): a statement framed to another named occurrence is another referent.

The held-out seed-67 audit showed by default a professor's words on a firm trying to settle
all claims through a new fund against a line that, in the case of another accident years
before, the firm had settled all claims out of court: opposite polarity read on "settle",
but two referents. A frame before the predicate naming an occurrence ("In the Mapleton case",
"in the Ridgefield blast") scopes the statement to it; when the other side does not name it,
the pair is no conflict. Invented text.
"""

from __future__ import annotations

from test_conflicts import corpus_of
from test_conflicts_scope import q, statements

from storyline.resolve import conflicts


def _pair(nlp, frame_a: str, frame_b: str):
    c = corpus_of(nlp, [
        ("a", f"{frame_a}Acme is trying to settle all the claims with whoever accepts, a professor said."),
        ("b", f"{frame_b}Acme did not settle the claims, so a judge ruled on the damages."),
    ])
    c.story.quotes = [
        q(c, "a", f"{frame_a}Acme is trying to settle all the claims with whoever accepts", "a professor"),
        q(c, "b", f"{frame_b}Acme did not settle the claims, so a judge ruled on the damages", "a lawyer"),
    ]
    return c


def test_a_statement_framed_to_another_case_is_not_a_conflict(nlp):
    c = _pair(nlp, "", "In the Mapleton case, ")
    trace: list = []
    assert conflicts.statements(c, trace) == []
    assert "not the same referent (one side is about Mapleton case)" in trace[0][2]


def test_twin_the_same_case_named_on_both_sides_still_meets(nlp):
    """The twin: both sides name the Mapleton case; the frame does not part them."""
    assert len(statements(_pair(nlp, "In the Mapleton case, ", "In the Mapleton case, "))) == 1


def test_twin_a_frame_naming_no_occurrence_still_meets(nlp):
    """The twin: a time frame ("Last year,") names no occurrence; the pair is read as before."""
    assert len(statements(_pair(nlp, "", "Last year, "))) == 1

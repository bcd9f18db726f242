"""Issue 20, round twenty-six (26c): a text that names its claim as another's report
("Report: ...", "... (report)", "..., sources say") hedges it, so a passage that tells of a
denial reports the dispute more than it answers the text (FNC-1 'discuss'). Invented text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storyline.analyse.stance import Claim
from storyline.resolve import stance

BODY = ("Acme denied closing its Leeds plant, a spokesman said on Monday. The company said the "
        "plant would stay open. Workers were told on Friday.")


def _conf(headline: str) -> float:
    body = stance.Side(Claim(text=BODY, predicates=[]), BODY, BODY, whole_document=True)
    head = stance.Side(Claim(text=headline, predicates=[]), headline)
    return stance.combined(stance.evidence(head, body, 0.7))


def test_an_attributed_headline_is_read_as_hedged():
    assert stance.attribution_cues("Report: Acme closed its Leeds plant") == ["report:"]
    assert stance.attribution_cues("Acme closed its Leeds plant (Report)") == ["(report)"]
    assert stance.attribution_cues("Acme closed its Leeds plant, sources say") == ["sources say"]
    assert stance.attribution_cues("Acme closed its Leeds plant: report") == [": report"]


def test_report_as_a_noun_or_mid_headline_is_no_attribution():
    # must not fire: a report the text tells of, or "report" opening the rest of a headline
    assert stance.attribution_cues("Acme closed its Leeds plant") == []
    assert stance.attribution_cues("A police report said Acme closed its Leeds plant") == []
    assert stance.attribution_cues("Flood warning: report due today") == []
    assert stance.attribution_cues("Acme closes plant: reporters wait outside") == []


def test_a_reported_denial_against_an_attributed_claim_is_not_shown():
    assert _conf("Acme closed its Leeds plant") >= stance.SHOW  # the claim told as fact: shown
    assert _conf("Report: Acme closed its Leeds plant") < stance.SHOW
    assert _conf("Acme closed its Leeds plant, sources say") < stance.SHOW


def test_attribution_is_not_counted_as_a_hedge_of_a_body():
    # a body's hedge rate (the ``hedge`` evidence) reads the hedge words only
    text = "Sources say Acme closed the plant. Report: the plant is shut."
    assert stance.hedge_cues(text) == []


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
def test_attribution_cues_never_fail_and_are_rows_of_the_list(text):
    rows = set(stance.lexicon().get("attribution", {}))
    assert all(c in rows for c in stance.attribution_cues(text))

"""A negated cue carries its negation (issue 18, round nineteen, 18n): "Jane Roe doesn't
believe the cap will hold" shows the cue "doesn't believe", never the bare "believe" over
"the cap will hold" (which reads as the opposite of what she said). With the apostrophe
lost by the page ("doesn t believe") the cleaner puts it back first. Invented texts; the
twins: an unnegated cue, a negation inside the content."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record

_LEAD = "The cap was fitted to the well on Sunday after weeks of delay. "


def _quotes(text: str) -> dict[str, str | None]:
    a = analyse_record(Record(source="x.txt", text=_LEAD + text))
    return {q.text: q.cue for q in a.quotes}


def test_negated_belief_cue_keeps_its_negation():
    qs = _quotes("Jane Roe, an engineer in Houston, doesn't believe the cap will hold.")
    assert qs.get("the cap will hold") == "doesn't believe"


def test_negation_lost_with_its_apostrophe():
    qs = _quotes("Jane Roe, an engineer in Houston, doesn t believe the cap will hold.")
    assert qs.get("the cap will hold") == "doesn't believe"


def test_did_not_and_never():
    # a definite group (round thirty-five: a bare "Officials ... did not think" is a vague
    # group's belief with no saying, group_belief, no quote)
    assert _quotes("The officials at the agency did not think the leak was growing.").get("the leak was growing") == "did not think"
    assert _quotes("Jane Roe never said the pier was safe.").get("the pier was safe") == "never said"


def test_twin_plain_cue():
    assert _quotes("Jane Roe, an engineer in Houston, believes the cap will hold.").get("the cap will hold") == "believes"


def test_twin_negation_inside_the_content():
    qs = _quotes("Jane Roe, an engineer in Houston, said the cap does not hold.")
    assert qs.get("the cap does not hold") == "said"


def test_refusal_still_left_open_for_figures():
    # "would not say how many": the cue's verb is read from the cue's end, so a figure in
    # a refused question is still nobody's claim
    text = "Acme Holdings would not say how many of its 3,000 workers were laid off."
    a = analyse_record(Record(source="x.txt", text=_LEAD + text))
    assert not [f for f in a.figures if "3,000" in f.text and f.claimant_mention is not None]

"""A figure under a negated reporting verb has no claimant: "Roe did not say the plan would
cost $5 million" is no claim of Roe's (round thirty-three, issue 20 item 5). The negation
of the reported clause itself ("said it would not cost") keeps its teller. Texts written for
the test."""

from __future__ import annotations

import pytest

from storyline.pipeline import analyse_record
from storyline.types import Record


def _claimants(text: str) -> dict[str, str | None]:
    a = analyse_record(Record(source="t.txt", text=text))
    return {f.text: (a.mentions[f.claimant_mention].text if f.claimant_mention is not None else f.claimant_text)
            for f in a.figures}


@pytest.mark.parametrize("text, figure", [
    ("Jane Roe did not say that the plan would cost $5 million.", "$5 million"),
    ("Jane Roe never mentioned John Doe, who trailed Ann Smith by more than 20 points.", "more than 20 points"),
])
def test_a_negated_reporting_verb_gives_no_claimant(text, figure):
    assert _claimants(text)[figure] is None


@pytest.mark.parametrize("text, figure", [
    ("Jane Roe said that the plan would cost $5 million.", "$5 million"),
    ("Jane Roe said the plan would not cost $5 million.", "$5 million"),
    ("Jane Roe mentioned John Doe, who trailed Ann Smith by more than 20 points.", "more than 20 points"),
])
def test_an_affirmed_report_keeps_its_teller(text, figure):
    assert _claimants(text)[figure] == "Jane Roe"

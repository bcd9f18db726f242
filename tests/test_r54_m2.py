"""Round fifty-four, mender m2: in-sample mends of the seed-169 audit's quote contents that are
no statement (issue #18): FNC-1 c067 Q1, Q9, Q14, Q15; c071 Q3; c073 Q10, Q15; c085 Q6, Q9.

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import quote_texts

_LEAD = "Markets slid on Tuesday as investors weighed the merger talks between the two firms.\n\n"


def _texts(body: str) -> list[str]:
    return quote_texts(_LEAD + body + "\n")


# --- c085 Q6: the writer's hedge with a curly "’s" ------------------------------------------------------

def test_a_writer_hedge_with_a_curly_contraction_is_no_quote():
    texts = _texts("It\u2019s also important to note that hundreds of doctors have criticised the decision.")
    assert "that hundreds of doctors have criticised the decision" not in texts


def test_a_person_to_note_with_a_curly_contraction_stays():
    texts = _texts("Senator Bob Jones spoke in Denver.\n\nJones is to note on Friday that the plan failed.")
    assert "that the plan failed" in texts



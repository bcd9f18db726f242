"""Round forty-five (issue 16; the seed-160 audit, politico K3): a dateline whose dash is
glued to the lead's first word ("BOSTON —The harbour board ..."). Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.clean import clean_record
from storyline.types import Record

LEAD = "The harbour board voted on Tuesday to close the old ferry pier for repairs."
MORE = "The chairman said the work would take a year and cost the town a great deal."


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


@pytest.mark.parametrize("dash", ["—", "--"])
def test_a_dash_glued_to_the_lead_is_a_dateline(dash):
    d = _clean(f"Pier to close.\n\nBOSTON {dash}{LEAD}\n\n{MORE}\n")
    assert d.text.startswith("The harbour board voted")
    assert any(r.reason.startswith("dateline") and "BOSTON" in r.text for r in d.removed)


def test_a_glued_dash_after_a_place_no_style_book_lists_is_left():
    # the review: only a place a dateline may name alone (a transcript's "HARRIS —I think ...")
    d = _clean(f"Pier to close.\n\nPORT ELLERY —{LEAD}\n\n{MORE}\n")
    assert not any(r.reason.startswith("dateline") for r in d.removed)


@pytest.mark.parametrize("text", [
    f"Pier to close.\n\nPORT ELLERY —The pier.\n\n{MORE}\n",  # no lead on the line: a heading
    f"Pier to close.\n\nPORT ELLERY -The harbour board voted on Tuesday to close the old ferry pier.\n\n{MORE}\n",  # a hyphen
    f"Pier to close.\n\n{MORE} NASA —The harbour board voted on Tuesday to close the old pier.\n",  # mid-line
])
def test_a_glued_dash_elsewhere_is_no_dateline(text):
    d = _clean(text)
    assert not any(r.reason.startswith("dateline") for r in d.removed)
    assert "—The" in d.text or "-The" in d.text

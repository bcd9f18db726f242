"""Round fifty-seven, the integrator's mends of the merged menders' rules (each a test that the
first form failed, and its twin)."""

from __future__ import annotations

import pytest

from storyline.clean import clean_record
from storyline.types import Record

LEAD = "Acme Corp reported a loss on Tuesday as orders for its ferries fell, its chairman said."
MORE = "Shares fell five per cent in early trading in Port Ellery on Wednesday morning."


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


@pytest.mark.parametrize("line", ["Click here to sign up for our morning newsletter.",
                                  "GET ACME NEWS ON THE GO BY CLICKING HERE"])
def test_a_pointer_to_the_reader_whose_link_is_lost_is_cut(line):
    d = _clean(f"{LEAD}\n\n{line}\n\n{MORE}\n")
    assert line not in d.text and LEAD in d.text and MORE in d.text


@pytest.mark.parametrize("line", ["Victims received an email urging them to click here.",
                                  "The scammers told callers to tap here."])
def test_a_sentence_telling_of_someone_elses_pointer_stays(line):
    d = _clean(f"{LEAD}\n\n{line}\n\n{MORE}\n")
    assert line in d.text

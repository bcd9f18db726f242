"""Round forty-three (issue 16; the seed-158 audit of FNC-1 bodies): datelines of web copy.

- A local station's call letters or a slash-joined list of outlets in the dateline's brackets
  ("PLACE (KXAN) - ...", "PLACE (CBS News/CBSDC/AP) - ...") make a dateline, as an outlet's
  name of several words already did.
- An en dash after a place in capitals at a line's start is a dateline's dash.
- A caption split never falls inside a name: a dateline in capitals over a lead naming the same
  body ("UNITED NATIONS - ... to the United Nations asked ...") kept the lead whole.
Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.clean import clean_record
from storyline.types import Record

LEAD = "The harbour board voted on Tuesday to close the old ferry pier for repairs."
MORE = "The chairman said the work would take a year and cost the town a great deal."


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


@pytest.mark.parametrize("opening, place, agency", [
    ("PORT ELLERY (KPEL) — ", "PORT ELLERY", "KPEL"),
    ("PORT ELLERY (WPEL-TV) -- ", "PORT ELLERY", "WPEL-TV"),
    ("PORT ELLERY (Gazette News/GNX/AP) — ", "PORT ELLERY", "Gazette News/GNX/AP"),
])
def test_call_letters_or_outlets_joined_by_slashes_make_a_dateline(opening, place, agency):
    d = _clean(f"{opening}{LEAD}\n\n{MORE}\n")
    assert d.text.startswith(LEAD)
    assert d.dateline is not None and d.dateline.place == place and d.dateline.agency == agency


@pytest.mark.parametrize("text", [
    # brackets not after a place in capitals at a line's start
    f"The board (KPEL) — {LEAD}",
    # a lower-case aside in brackets
    f"PORT ELLERY (for now) — {LEAD}",
    # no dash before the sentence
    f"PORT ELLERY (KPEL) {LEAD}",
])
def test_brackets_that_are_no_outlet_leave_the_line(text):
    d = _clean(f"{text}\n\n{MORE}\n")
    assert d.dateline is None and d.text.startswith(text[:12])


def test_an_en_dash_after_a_place_in_capitals_is_a_dateline_dash():
    d = _clean(f"PORT ELLERY – {LEAD}\n\n{MORE}\n")
    assert d.text.startswith(LEAD) and d.dateline is not None and d.dateline.place == "PORT ELLERY"


@pytest.mark.parametrize("text", [
    f"UPDATE – {LEAD}",  # an editors' label, no place
    f"The board – {LEAD}",  # no place in capitals
])
def test_an_en_dash_after_no_place_leaves_the_line(text):
    d = _clean(f"{text}\n\n{MORE}\n")
    assert d.dateline is None and d.text.startswith(text[:9])


def test_a_caption_split_never_falls_inside_a_name():
    # the split between "United" and "Nations" had cut the head as a caption
    line = ("UNITED NATIONS (Port Ellery Gazette and Wire) Iraq's ambassador to the United Nations asked "
            "the Security Council on Tuesday to look into the reports.")
    d = _clean(f"{line}\n\n{MORE}\n")
    assert "ambassador to the United Nations asked" in d.text
    assert not d.text.startswith("Nations")


def test_a_caption_glued_before_a_sentence_is_still_cut():
    # the twin: the seam falls between two words no name joins
    d = _clean("Rescue workers search the rubble in the capital Officials said on Tuesday that more "
               f"than two hundred people had died in the quake.\n\n{MORE}\n")
    assert d.text.startswith("Officials said on Tuesday")

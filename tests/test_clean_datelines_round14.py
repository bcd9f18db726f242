"""Newspaper datelines with a US state in AP style, as newspapers set them in capitals
(issue 16, round fourteen, 16v): "PORT ELLERY, LA. --", "PORT ELLERY, N.J. --". Every
text here is invented; each shape has a must-not-fire twin of the same surface."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline import lexicon
from storyline.clean import clean_record, dateline
from storyline.clean.noise import clean_text
from storyline.types import Record

LEAD = "Water reached the high street of Port Ellery before dawn, residents said on Monday."
BODY = ("\n\nThe council said it had moved 300 people to the school on the hill overnight."
        "\n\nAcme Corp, which built the barrier, said its engineers were on their way.")


def test_a_place_with_a_state_in_capitals_opening_the_text_is_the_dateline():
    doc = clean_record(Record(source="paper.txt", text="PORT ELLERY, LA. -- " + LEAD + BODY))
    assert doc.dateline is not None and doc.dateline.place == "PORT ELLERY, LA."
    assert doc.text.startswith("Water reached the high street")


def test_a_state_with_two_initials_and_an_em_dash_is_read():
    c = clean_text("ELLERY FALLS, N.J. — " + LEAD + BODY)
    assert c.dateline is not None and c.dateline.place == "ELLERY FALLS, N.J."
    assert c.text.startswith("Water reached")


def test_a_title_case_state_with_initials_is_read():
    c = clean_text("ELLERY FALLS, W.Va. -- " + LEAD + BODY)
    assert c.dateline is not None and c.dateline.place == "ELLERY FALLS, W.Va."


def test_a_dateline_below_a_headline_is_read_and_the_headline_goes():
    c = clean_text("Flood reaches the high street\n\nON ELLERY BAY, MISS. -- " + LEAD + BODY)
    assert c.dateline is not None and c.dateline.place == "ON ELLERY BAY, MISS."
    assert c.text.startswith("Water reached") and "Flood reaches" not in c.text


def test_a_state_before_an_agency_is_read():
    c = clean_text("PORT ELLERY, MISS. (AP) -- " + LEAD + BODY)
    assert c.dateline is not None and (c.dateline.place, c.dateline.agency) == ("PORT ELLERY, MISS.", "AP")


# -- must not fire --

def test_a_place_and_state_inside_a_sentence_is_no_dateline():
    line = "Jane Roe moved to Port Ellery, La. -- and stayed there for ten years, she said."
    c = clean_text(LEAD + "\n\n" + line + BODY)
    assert c.dateline is None and line in c.text


def test_a_place_and_state_in_capitals_inside_a_sentence_is_no_dateline():
    line = "She moved to PORT ELLERY, LA. -- and stayed there for ten years."
    c = clean_text(line + BODY)
    assert c.dateline is None and c.text.startswith("She moved to PORT ELLERY, LA.")


def test_a_dateline_shape_far_down_the_text_is_not_read():
    far = "\n\n".join(f"Paragraph {i} of the story tells what the council did on day {i}." for i in range(1, 9))
    line = "PORT ELLERY, LA. -- The water fell again on Friday."
    c = clean_text(LEAD + "\n\n" + far + "\n\n" + line)
    assert c.dateline is None and line in c.text


def test_two_capital_letters_without_a_stop_are_no_state():
    # "LA" with no stop is no AP abbreviation: the line is not read as a dateline
    line = "PORT ELLERY, LA -- Water reached the high street."
    c = clean_text(line + BODY)
    assert c.dateline is None and c.text.startswith(line)


def test_the_abbreviations_come_from_the_data_file():
    states = lexicon.words("clean/us_states_ap.txt")
    assert {"La.", "N.J.", "W.Va.", "Calif.", "D.C."} <= states
    assert all(s.endswith(".") for s in states)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(lexicon.words("clean/us_states_ap.txt"))), st.booleans(),
       st.sampled_from(["--", "—"]))
def test_every_state_in_either_case_is_a_dateline_region(state, upper, dash):
    region = state.upper() if upper else state
    c = clean_text(f"PORT ELLERY, {region} {dash} " + LEAD)
    assert c.dateline is not None and c.dateline.place == f"PORT ELLERY, {region}"
    assert c.text == LEAD


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ.", min_size=1, max_size=6))
def test_a_region_in_capitals_is_read_only_when_a_state(region):
    found = dateline.find(f"PORT ELLERY, {region} -- " + LEAD, [0])
    states = {s.upper() for s in lexicon.words("clean/us_states_ap.txt")}
    if found is not None and found.place and "," in found.place:
        assert found.place.split(", ", 1)[1] in states
    if region in states:
        assert found is not None

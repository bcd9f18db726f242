"""Round fifty-seven, mender m8: the HTML path's cleaning left after the first mends, from the
rebuilt seed-172 audit of article-extraction's 181 web pages (extraction_web-181-172).

- K22: a web outlet's name run together in one word after the place ("HONOLULU, Hawaii
  (HawaiiNewsNow) -") was no outlet to the dateline reader (dateline._OUTLET_JOINED).
- K31: a dateline of place, region and country in title case closing on a colon ("Washington,
  DC, United States:") was not read (dateline._PLACE_COUNTRY_COLON).

Every text here is written for the test (a name at most is the audit's).
"""

from __future__ import annotations

from storyline.clean import clean_record
from storyline.types import Record

# --- K22, K31: web outlets' datelines -------------------------------------------------------

_LEAD = ("Astronomers using a telescope on the island have confirmed water vapour on the surface of the "
         "moon, the team said on Monday.\n\nThe find means the moon may hold liquid water under its ice.\n\n"
         "The discovery was announced in a journal article published on Monday.")


def _plain(text: str):
    return clean_record(Record(source="t.txt", text=text))


def test_an_outlets_joined_name_after_the_place_is_a_dateline():
    d = _plain("HONOLULU, Hawaii (VelmoraNewsNow) - " + _LEAD)
    assert d.text.startswith("Astronomers using a telescope"), d.text[:80]


def test_a_two_part_name_in_brackets_is_no_outlet():
    # twin: one or two capitalised parts ("(YouTube)") name no outlet
    d = _plain("HONOLULU (YouTube) - " + _LEAD)
    assert d.text.startswith("HONOLULU (YouTube) - Astronomers"), d.text[:80]


def test_place_region_and_country_before_a_colon_is_a_dateline():
    d = _plain("Washington, DC, United States: " + _LEAD)
    assert d.text.startswith("Astronomers using a telescope"), d.text[:80]


def test_three_names_before_a_colon_with_no_country_stay():
    # twin: the last part is no country
    d = _plain("Paris, Texas, Rivers: " + _LEAD)
    assert d.text.startswith("Paris, Texas, Rivers: Astronomers"), d.text[:80]

"""Round forty-seven, integrator's in-sample mends of the cleaning (issue 16), each shape with its
must-not-fire twin. Every text here is invented for the test."""

from __future__ import annotations

from storyline.clean import noise


def _clean(text: str):
    return noise.clean_text(text, title=None, links=None)


# --- a web outlet's address as a dateline's agency (clean.dateline._DOMAIN) -----------------

def test_a_site_address_after_a_place_in_capitals_is_a_dateline():
    c = _clean("PORT ELLERY, Mo. (KXYZ.com) -- A woman from the city says she was hurt at a gas station.\n\nMore follows.")
    assert c.text.startswith("A woman from the city")
    assert (c.dateline.place, c.dateline.agency) == ("PORT ELLERY, Mo.", "KXYZ.com")


def test_a_site_address_after_a_title_case_place_with_a_country_is_a_dateline():
    c = _clean("Lubano, Syria (ExampleNews.com) Militants fighting over the town seized a bridge.\n\nMore follows.")
    assert c.text.startswith("Militants fighting")
    assert (c.dateline.place, c.dateline.agency) == ("Lubano, Syria", "ExampleNews.com")


def test_twin_a_name_and_a_site_in_brackets_is_no_dateline():
    text = "Jane Roe, Acme (acme.com) Chief executive of the firm spoke today.\n\nMore follows."
    c = _clean(text)
    assert c.dateline is None and c.text.startswith("Jane Roe, Acme (acme.com)")


def test_twin_a_site_that_reported_something_is_the_sentence_subject():
    text = "Paris, France (France24.com) reported on Monday that the strike went on.\n\nMore follows."
    c = _clean(text)
    assert c.dateline is None and c.text.startswith("Paris, France (France24.com) reported")


# --- a quotation at a line's head with its own speaker's tag after it (noise._objectless_tag) --

_LEAD = "Floods swept through the valley towns of Marotia on Monday, cutting off dozens of villages, officials said."
_BODY = ["The river rose by two metres overnight after three days of heavy rain in the hills above the towns.",
         "Rescue teams from the capital reached the first villages by boat on Tuesday morning.",
         "Many families spent the night on the roofs of their houses waiting for help to arrive."]
_QUOTE = "After the flood I took the boat and went to find my neighbours until it was dark"


def _flood(first: str) -> str:
    return "\n\n".join([first, _LEAD, _BODY[0], _BODY[1],
                        f"Jane Roe said: \u201c{_QUOTE}, and then I went back again.\u201d", _BODY[2]])


def test_a_quotation_whose_tag_follows_it_stays_whole():
    line = f"\u2018{_QUOTE}\u2019 Jane Roe said after the river rose on Monday. Roe is being hailed as a hero."
    c = _clean(_flood(line))
    assert line in c.text.split("\n\n")
    assert not any(_QUOTE in r.text for r in c.removed)


def test_twin_a_pull_quote_before_a_sentence_of_its_own_is_still_cut():
    line = f"\u2018{_QUOTE}\u2019 Jane Roe, the charity's head of logistics, is certain the boats will get through."
    c = _clean(_flood(line))
    assert any(_QUOTE in r.text for r in c.removed)
    assert "Jane Roe, the charity's head of logistics, is certain the boats will get through." in c.text

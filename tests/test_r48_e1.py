"""Round forty-eight, engineer e1 (issue 16, clean48): one country test for every dateline
reader, one source for a gallery's button, and noise still kept in scraped copy. Every text is
invented for the test; each rule has a case that fires and a must-not-fire twin."""

from __future__ import annotations

import pytest

from storyline.clean import dateline, noise


def _clean(text: str):
    return noise.clean_text(text, title=None, links=None)


_R = "The council voted on Tuesday to close the harbour road, the mayor of Port Ellery said."
_R2 = "Residents of the town had asked for the closure for two years, officials said."


# --- one country test for the site-address and the hyphen dateline readers (dateline._country)

@pytest.mark.parametrize("region", ["Russia", "Syria", "Turkey", "Vietnam", "Burma", "England", "Malta"])
def test_a_country_by_its_news_or_its_iso_name_is_a_country(region):
    assert dateline._country(region)


@pytest.mark.parametrize("region", ["Acme", "Harbour", "Al", "In", "Monday"])
def test_twin_a_word_or_a_bare_iso_code_is_no_country(region):
    assert not dateline._country(region)


def test_a_site_address_dateline_with_a_news_style_country_is_lifted():
    # ISO 3166 writes "Russian Federation": the site-address reader asked pycountry alone before
    c = _clean("Lubansk, Russia (ExampleNews.com) Officials in the town said on Monday the bridge would stay shut.\n\n"
               f"{_R}")
    assert c.text.startswith("Officials in the town")
    assert (c.dateline.place, c.dateline.agency) == ("Lubansk, Russia", "ExampleNews.com")


def test_a_hyphen_dateline_with_an_iso_country_is_lifted():
    c = _clean(f"VALLETTA, Malta - Officials in the port said on Monday the harbour road would stay shut for a month.\n\n{_R}")
    assert c.text.startswith("Officials in the port")
    assert c.dateline.place == "VALLETTA, Malta"


def test_twin_a_site_address_after_a_place_with_no_country_is_no_dateline():
    text = "Jane Roe, Harbour (harbour.com) Officials in the town said on Monday the bridge would stay shut.\n\nMore follows."
    c = _clean(text)
    assert c.dateline is None and c.text.startswith("Jane Roe, Harbour (harbour.com)")


def test_twin_a_hyphen_after_a_place_with_no_country_is_no_dateline():
    text = f"PORT ELLERY, Harbour - Officials in the port said on Monday the road would stay shut for a month.\n\n{_R}"
    c = _clean(text)
    assert c.dateline is None


# --- a gallery's button: one shape (data/clean/gallery_buttons.txt) for the boilerplate cut and
# the lead-in rule

@pytest.mark.parametrize("button", ["VIEW GALLERY", "See the photo gallery", "Launch gallery »"])
def test_a_gallery_button_is_cut_and_its_lead_in_with_it(button):
    c = _clean(f"{_R}\n\nLook back at the war in the valley down the years:\n\n{button}\n\n{_R2}")
    assert button not in c.text and "Look back" not in c.text
    assert any(r.reason.startswith("boilerplate") and button in r.text for r in c.removed)


def test_twin_a_sentence_about_a_gallery_stays_and_so_does_its_lead_in():
    line = "Look back at the war in the valley down the years:"
    sentence = "Visitors can view the gallery of the town's old harbour on Sundays."
    c = _clean(f"{_R}\n\n{line}\n\n{sentence}\n\n{_R2}")
    assert line in c.text and sentence in c.text

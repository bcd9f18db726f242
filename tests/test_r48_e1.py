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


# --- a "Related" label glued to a headline opening on an initialism, and a line of several
# headlines run together (data/clean/labels.txt, code related_run)

_RUN = ("RelatedACME buys Ellery Mills for $5 millionHarbour Road To Close For The Summer"
        "Port Ellery: Will the Council Reopen the Old Bridge?Mayor Roe Names a New Harbour Master"
        "Ellery Mills Workers Vote To Strike Over Pay and Hours at the Old Plant")


@pytest.mark.parametrize("line", ["RelatedACME buys Ellery Mills for $5 million", _RUN])
def test_a_related_label_glued_to_its_headlines_is_cut(line):
    c = _clean(f"{_R}\n\n{line}\n\n{_R2}")
    assert line not in c.text and _R in c.text and _R2 in c.text


def test_twin_a_sentence_opening_on_related_stays():
    line = "Related stories on the harbour road are listed on the council's website, officials said."
    c = _clean(f"{_R}\n\n{line}\n\n{_R2}")
    assert line in c.text


# --- a link card whose teaser sets a term in double marks (noise._link_cards, _SCARE_QUOTES)

_CARD_HEAD = 'That Viral Video of a "Lost" Dog on the Harbour Road Was Just a Hoax'


def test_a_link_card_with_a_term_in_double_marks_is_cut():
    teaser = 'A "social experiment" where a man pretended to have lost his dog on the harbour road while…'
    c = _clean(f"{_R}\n\n{_CARD_HEAD}\n\n{teaser}\n\n{_R2}")
    assert teaser not in c.text and _CARD_HEAD not in c.text and _R2 in c.text


def test_twin_a_teaser_with_a_quotation_trailing_off_keeps_the_pair():
    teaser = 'A "social experiment" where a man told us "we will find the dog on the harbour road while…'
    c = _clean(f"{_R}\n\n{_CARD_HEAD}\n\n{teaser}\n\n{_R2}")
    assert teaser in c.text


# --- another story's teaser under a capitals label, its headline a question (labels.txt, teaser)

@pytest.mark.parametrize("line", ["HARBOUR SHOCK: Will the council ever reopen the old road to the port?",
                                  "HOLY SMOKE: Do the town's firefighters face the ‘big cut?’"])
def test_a_capitals_teaser_closing_on_a_question_is_cut(line):
    c = _clean(f"{_R}\n\n{line}\n\n{_R2}")
    assert line not in c.text


@pytest.mark.parametrize("mid", ["REPORTER: Did the mayor tell you the road would reopen this year?",
                                 "HOST: Will the council reopen the old road to the port this year?\n\nMAYOR: We will reopen it in the spring."])
def test_twin_a_question_to_a_guest_or_a_transcripts_turn_stays(mid):
    c = _clean(f"{_R}\n\n{mid}\n\n{_R2}")
    assert mid.split("\n")[0] in c.text


# --- a picture's caption opening on its bare noun and a participle (noise._bare_picture_captions)

@pytest.mark.parametrize("line", ["Photo distributed by the rebels claiming to show the mayor of Port Ellery.",
                                  "Image released by police showing the damaged harbour road"])
def test_a_bare_picture_caption_is_cut_between_paragraphs_or_at_the_end(line):
    assert line not in _clean(f"{_R}\n\n{line}\n\n{_R2}").text
    assert line not in _clean(f"{_R}\n\n{_R2}\n\n{line}").text


@pytest.mark.parametrize("line", ["Photos released by the police show the damaged harbour road on Monday.",
                                  "Photo editors at the paper chose the picture of the road.",
                                  "Still showing signs of strain, the council met again on Friday to discuss the road.",
                                  "Photo released by the council, the mayor said, was taken in May."])
def test_twin_a_sentence_about_a_photo_stays(line):
    assert line in _clean(f"{_R}\n\n{line}\n\n{_R2}").text


# --- a caption printed twice, the second copy with its credit run on (noise._doubled_credited_captions)

_CAP = "A fisherman who became famous for saving ten boats may have been lost at sea off Port Ellery."


@pytest.mark.parametrize("credit", ["Twitter", "Getty Images"])
def test_a_caption_printed_twice_with_its_credit_is_cut_both_times(credit):
    c = _clean(f"{_R}\n\n{_CAP}\n\n{_CAP} {credit}\n\n{_R2}")
    assert _CAP not in c.text and _R in c.text and _R2 in c.text


@pytest.mark.parametrize("after", ["Officials said on Monday he was safe.", "And the Council"])
def test_twin_a_paragraph_with_a_sentence_after_its_copy_stays(after):
    c = _clean(f"{_R}\n\n{_CAP}\n\n{_CAP} {after}\n\n{_R2}")
    assert _CAP in c.text


# --- a caption in the present tense on a page whose captions are cut (noise._present_tense_captions)

_P = ["The harbour road was closed on Tuesday after the storm, the council said.",
      "Crews worked through the night to clear the rocks from the road.",
      "The mayor said the road would reopen within a month.",
      "Residents of the town had asked for a new sea wall for two years.",
      "Engineers will start on the wall in the spring, officials said."]
# a caption with its agency's credit (cut by noise._credited_captions): the page has captions
_RESTATED = "Getty   Crews clear the rocks from the harbour road on the morning after the storm"


def _caption_page(line: str, restated: bool = True) -> str:
    return "\n\n".join([_P[0], _RESTATED if restated else _P[1], _P[1], line, _P[2], _P[3], _P[4]])


def test_a_present_tense_caption_on_a_caption_page_is_cut():
    line = "Fishermen gather on the harbour wall as crews clear the rocks from the road after the storm"
    c = _clean(_caption_page(line))
    assert _RESTATED not in c.text and line not in c.text
    assert all(p in c.text for p in _P)


def test_twin_the_same_line_stays_on_a_page_with_no_caption_cut():
    line = "Fishermen gather on the harbour wall as crews clear the rocks from the road after the storm"
    c = _clean(_caption_page(line, restated=False))
    assert line in c.text


@pytest.mark.parametrize("line", [
    "The crabs in the harbour are spider crabs that live in the deep water off the coast",  # being: a fact
    "The mayor says the road will reopen within a month once the rocks are cleared",  # saying
    "The county shut the old coast road on Friday when the sea wall gave way near the pier",  # past tense
    "We wait on the harbour wall as crews clear the rocks from the road after the storm",  # first person
])
def test_twin_a_stopless_fact_saying_past_or_first_person_line_stays_on_a_caption_page(line):
    c = _clean(_caption_page(line))
    assert line in c.text

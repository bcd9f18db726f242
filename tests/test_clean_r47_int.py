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


# --- whole-line furniture of scraped pages (data/clean: labels, boilerplate, media_pointers,
# captions) --------------------------------------------------------------------------------

_R = "The river rose by two metres overnight after three days of heavy rain in the hills above the towns."


def _cut(line: str) -> bool:
    c = _clean(f"{_R}\n\n{line}\n\n{_R}")
    return line not in c.text and any(line in r.text for r in c.removed)


def test_a_related_label_glued_to_its_headline_is_cut():
    assert _cut("RelatedPort Ellery: Will the minister resign over the plan?")


def test_twin_a_word_opening_on_related_stays():
    assert not _cut("Related charges were filed against the two men on Tuesday, the police said.")


def test_a_sites_promise_to_update_is_cut():
    assert _cut("We will continue to keep you updated as this story develops.")
    assert _cut("We'll update this story when more information becomes available.")


def test_twin_a_promise_in_a_sentence_of_the_story_stays():
    assert not _cut("We will keep the ferry running as long as we can, the mayor said.")


def test_pointers_to_a_clip_or_picture_are_cut():
    assert _cut("You can watch the video in full, below.")
    assert _cut("Watch the whole exchange with the English translation below.")
    assert _cut("Above the original photo posted via Facebook.")


def test_twin_below_and_above_in_sentences_of_the_story_stay():
    assert not _cut("Crowds came to watch the river below.")
    assert not _cut("Above the town, the hills burned for three days.")


def test_a_pictures_file_name_line_is_cut():
    assert _cut("1897009 785305928198246 3545513631920066141 n URGENT: Militants seize the bridge")


def test_twin_long_numbers_in_a_sentence_stay():
    assert not _cut("The count was 1897009 785305928198246 in all, the ministry said.")


# --- a line that only leads in to a cut embed or gallery (noise._lead_ins_to_cut_embeds) ---

_POST = "Fighters of the brigade in the old town today! pic.twitter.com/k5n3v3Vnva \u2014 Jane Roe (@janeroe) October 12, 2014"


def test_a_lead_in_to_a_pasted_post_is_cut_with_it():
    c = _clean(f"{_R}\n\nThis tweet included a photograph of the fighter:\n\n{_POST}\n\n{_R}")
    assert "This tweet included" not in c.text


def test_a_lead_in_to_a_gallery_button_is_cut():
    c = _clean(f"{_R}\n\nLook back at the war in the valley down the years:\n\nVIEW GALLERY\n\n{_R}")
    assert "Look back" not in c.text


def test_twin_a_sentence_telling_something_before_its_colon_stays():
    line = "Throughout the siege, images of the fighters have circulated widely on social media:"
    c = _clean(f"{_R}\n\n{line}\n\n{_POST}\n\n{_R}")
    assert line in c.text


def test_twin_a_lead_in_before_kept_text_stays():
    line = "Look back at the war in the valley down the years:"
    c = _clean(f"{_R}\n\n{line}\n\n{_R}")
    assert line in c.text


# --- a title's capitalised "Your" speaks to no reader (noise._addresses_reader) -------------

def test_a_capitalised_your_inside_a_title_does_not_address_the_reader():
    from storyline.clean.noise import _addresses_reader

    assert not _addresses_reader("The campaign was sponsored by a gym. The video is called Harassing Your Mother.")


def test_twin_a_reader_addressed_still_counts():
    from storyline.clean.noise import _addresses_reader

    assert _addresses_reader("This post is sponsored. If you sign up today, your first month is free.")
    assert _addresses_reader("Your chance to win: enter the sponsored draw.")
    assert _addresses_reader("He asked: \u201cYour name?\u201d")


def test_twin_watch_and_below_without_a_clip_and_a_clause_after_the_noun_stay():
    # the review's texts
    assert not _cut("Watch for falling glass if you live in the flats below.")
    assert not _cut("Below the post office, a crowd of about 200 people gathered to watch the water rise.")
    assert not _cut("Above the post, soldiers raised a white flag on Thursday morning.")


def test_a_site_address_dateline_after_a_capitals_label_on_its_line():
    c = _clean("WARNING CONTAINS GRAPHIC IMAGES Lubano, Syria (ExampleNews.com) Militants seized the bridge on the river.\n\n"
               "More follows.")
    assert c.text.startswith("Militants seized")
    assert (c.dateline.place, c.dateline.agency) == ("Lubano, Syria", "ExampleNews.com")


def test_twin_a_title_case_place_after_words_not_in_capitals_is_no_dateline():
    c = _clean("Reporters from Lubano, Syria (ExampleNews.com) Militants seized the bridge on the river.\n\nMore follows.")
    assert c.dateline is None

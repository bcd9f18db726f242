"""Broadcasters' page furniture that runs into prose: other outlets' headline lists
with their ages, clip teasers with their viewer warnings, media-player notices; each
rule with a must-keep twin (a real sentence that looks like its target)."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

LEAD = ("Rescue teams from several countries arrived on Wednesday and began searching the collapsed buildings.\n\n"
        "Officials said the airport was open again for relief flights carrying food and water.\n\n")
TAIL = "\n\nThe government said it would publish a full list of the dead by the end of the week."


def _cut(text: str) -> dict[str, str]:
    return {r.text: r.reason.split(":")[0] for r in clean_text(text).removed}


@pytest.mark.parametrize("line", [
    "Island Herald Volunteers unable to fly out for lack of money - 8 hrs ago Metro TV.",
    "Daily Post Rescue teams head off to the island - 2 hrs ago Sky Radio Quake: aid protest - 9 hrs ago Evening Star.",
    "co. uk Relief effort gathers pace - 45 mins ago The Courier Divers find survivors - 3 hours ago Morning News.",
])
def test_other_outlets_headlines_with_their_ages_are_cut(line):
    text = LEAD + line + TAIL
    assert _cut(text).get(line) == "related"
    assert line not in clean_text(text).text


@pytest.mark.parametrize("line", [
    # an age in prose, without the dash of a headline list
    "The last strong aftershock struck 8 hrs ago, and engineers are still checking the bridges.",
    # a dash and a time in a sentence that is not a list of headlines
    "The second team landed - 2 hours ago, by the airport's clock - and went straight to the hospital.",
])
def test_ages_in_prose_stay(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text


def test_clip_teaser_and_its_warning_are_cut():
    intro = "The broadcaster's Jane Roe reports from a field hospital in the capital."
    warning = "Her report contains graphic material."
    text = LEAD + intro + "\n\n" + warning + TAIL
    cut = _cut(text)
    assert cut.get(warning) == "promo" and cut.get(intro) == "promo"
    assert "field hospital" not in clean_text(text).text


def test_warning_glued_to_the_teaser_is_cut():
    line = "Our reporter spent the night in the port and filed this report - which some viewers may find distressing."
    text = LEAD + line + TAIL
    assert _cut(text).get(line) == "promo"


@pytest.mark.parametrize("line", [
    # a warning someone is reported to have given: article text
    "The censor said the film contains graphic scenes that some viewers may find disturbing.",
    # prose about disturbing material, without the warning's shape
    "Doctors said the images they saw in the wards were disturbing and the material was graphic.",
])
def test_reported_warnings_stay(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text


def test_a_reports_line_without_a_warning_stays():
    line = "The broadcaster's Jane Roe reports from a field hospital in the capital."
    text = LEAD + line + TAIL
    assert line in clean_text(text).text


@pytest.mark.parametrize("line", [
    "In order to see this content you will need Javascript switched on and Flash set up.",
    "Please note this clip is only available in Flash.",
    "Race to get aid to the island Can not play media.",
])
def test_media_player_notices_are_cut(line):
    text = LEAD + line + TAIL
    assert line not in clean_text(text).text


@pytest.mark.parametrize("line", [
    "The school's old projector cannot play video, so the pupils watched the footage on a phone.",
    "Engineers said the flash flood warning system could not play media alerts during the blackout.",
])
def test_player_words_in_prose_stay(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text


# ---- cut only the furniture, never the sentence glued to it

def test_photographer_credit_is_cut_off_the_sentence_after_it():
    text = LEAD + "Photo: Jane Roe The harbour is filling with more and more aid ships every week." + TAIL
    c = clean_text(text)
    assert "The harbour is filling with more and more aid ships every week." in c.text
    assert _cut(text).get("Photo: Jane Roe") == "label"


def test_a_first_person_sentence_after_a_credit_name_stays():
    # "I" opens the witness's own words after the photographer's name: the credit goes,
    # the sentence stays (it was cut whole with the credit)
    text = LEAD + "Picture: Jane Roe I couldn't keep my balance so I sat down on the floor." + TAIL
    c = clean_text(text)
    assert "I couldn't keep my balance so I sat down on the floor." in c.text
    assert _cut(text).get("Picture: Jane Roe") == "label"


def test_a_credit_line_with_i_inside_its_words_is_cut_whole():
    # twin: no name before "I" and no finished sentence after it: a caption line, cut whole
    line = "Picture: Jane Roe as I saw it"
    assert "as I saw it" not in clean_text(LEAD + line + TAIL).text


def test_a_credit_name_does_not_make_the_lines_above_it_captions():
    above = "We landed this morning and went straight to the hospital near the port."
    text = "Diary of an aid worker.\n\n" + above + "\n\nPhoto: Jane Roe The harbour is filling with aid ships every week." + TAIL
    assert above in clean_text(text).text


def test_a_photo_caption_line_is_cut_whole():
    # "Photo:" then a name and no sentence opener after it: a caption line, cut whole
    line = "Photo: Jane Roe at the airport"
    text = LEAD + line + TAIL
    assert "Jane Roe at the airport" not in clean_text(text).text


def test_continue_reading_is_cut_off_the_article_s_last_words():
    words = "Nobody seems to weigh the danger any longer"
    text = "The public panic about the flu is out of proportion to the threat involved.\n\n" + words + " Continue reading..."
    c = clean_text(text)
    assert c.text.endswith(words)
    assert _cut(text).get("Continue reading...") == "related"


@pytest.mark.parametrize("teaser", [
    # one teaser of another story between two paragraphs of the article (review)
    "U.S. Northeast digs out from blizzard Full Article",
    "Snow storm strands thousands of travellers in the north Full Article",
    "Rebels push towards the capital as talks stall Continue reading...",
])
def test_a_single_teaser_with_article_text_after_it_is_cut_whole(teaser):
    text = LEAD + teaser + TAIL
    c = clean_text(text)
    assert teaser.rsplit(" ", 2)[0][:25] not in c.text
    assert "publish a full list of the dead" in c.text


def test_a_list_of_teasers_is_cut_whole():
    t1 = "Jane Roe: the equality bill addresses the problem of roles Continue reading..."
    t2 = "John Doe: five years on, those who allowed the abuse may be investigated Continue reading..."
    text = LEAD + t1 + "\n\n" + t2 + TAIL
    c = clean_text(text)
    assert "equality bill" not in c.text and "abuse may be investigated" not in c.text


# ---- a charity appeal box run into the text

def test_appeal_box_is_cut_and_the_article_after_it_stays():
    box = ("The Relief Committee is running an appeal to help the families of the coast There are 11 charities "
           "involved Donate via the committee's website or by telephoning 0370 41 41 700")
    after = "He said most of the aid was water and sanitation equipment."
    text = LEAD + box + " " + after + TAIL
    c = clean_text(text)
    assert _cut(text).get(box) == "promo"
    assert after in c.text and "0370" not in c.text


@pytest.mark.parametrize("line", [
    # quoted: someone said it
    "\"Donate via our website or call 0370 41 41 700,\" the charity's director told reporters on Friday.",
    # reported, lower case: article text about an appeal
    "The committee said people could donate via its website or by calling 0370 41 41 700 until the end of the month.",
    # a sentence about donations, without the reader's imperative
    "Donations can be made via the committee's website or by telephoning 0370 41 41 700, the minister said.",
    # quoted, but not the quotation's first words (review)
    "\"We are all in this together. Give to the Red Cross by texting or calling 1-800-435-7669 today,\" he said in a statement.",
    "She added: \"People want to help. Donate via our website or call 0370 41 41 700 and every pound goes to families,\" the director said.",
])
def test_appeals_reported_in_the_article_stay(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text


def test_flash_notice_glued_to_a_headline_and_its_button_are_cut():
    notice = "Growers tally their losses after the storm You must have Flash Player 9 or higher installed to view this gallery."
    button = "Please click the button below to install it."
    text = LEAD + notice + "\n\n" + button + TAIL
    c = clean_text(text)
    assert "Flash Player" not in c.text and button not in c.text


def test_prose_about_installing_flash_stays():
    # the notice's words inside a sentence that goes on
    line = "Security experts said you must have Flash Player installed only if you still need the old school website."
    assert line in clean_text(LEAD + line + TAIL).text

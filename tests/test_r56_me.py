"""Round fifty-six (issue 20), seed 171 H1N1_reuters F5 and F7: a temperature's scale is part of its
unit, and a preposition between a number and a later plural noun leaves the noun uncounted."""

from __future__ import annotations

import pytest
from pipeline_helpers import analysed

LEAD = "Health officials met on Monday to review the outbreak and the advice given to cooks.\n\n"


def _figure(a, text: str):
    hits = [f for f in a.figures if f.text == text]
    assert hits, [f.text for f in a.figures]
    return hits[0]


def _units(a) -> dict[str, str | None]:
    return {f.text: f.unit for f in a.figures}


def test_degrees_with_a_named_scale_take_the_scale_as_their_unit():
    a = analysed("Kitchen advice\n\n" + LEAD
                 + "Heating chicken to 165 degrees Fahrenheit kills most germs, the agency said.\n")
    assert _figure(a, "165").unit == "degrees Fahrenheit"


def test_twin_degrees_with_no_scale_stay_degrees():
    a = analysed("Road works\n\n" + LEAD + "The new ramp turns through 90 degrees before it meets the bridge, the engineer said.\n")
    assert _figure(a, "90").unit == "degrees"


def test_a_number_before_as_and_a_later_clause_counts_none_of_its_nouns():
    a = analysed("Flu toll\n\n" + LEAD
                 + "Officials cut their suspected death toll to 80 from as many as 150 as more test results came back negative.\n")
    assert _units(a).get("as many as 150") != "results"


def test_twin_a_count_with_modifiers_still_counts_its_noun():
    a = analysed("Flu toll\n\n" + LEAD + "Officials said as many as 150 more test results came back negative on Sunday.\n")
    assert _units(a).get("as many as 150") == "results"


# --- seed 171 fnc1_c093 B1: a place in title case with a single hyphen opens the text (clean/dateline.py) --

from storyline.clean import clean_record  # noqa: E402
from storyline.types import Record  # noqa: E402


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


def test_a_title_case_city_and_hyphen_opening_the_text_is_its_dateline():
    d = _clean("Karachi - Police said on Monday that two men were held after the attack on a bus depot.\n\n"
               "A second paragraph follows here with more news of the day.")
    assert d.dateline is not None and d.dateline.place == "Karachi"
    assert d.text.startswith("Police said")


@pytest.mark.parametrize("line", [
    "Exclusive - The company said on Monday that it would cut jobs in the north of the country.",
    "Madison - The girl said on Monday that she would run for the school board next spring.",
    "China - Exports fell for a third month in March as demand slowed across the region.",
    "Karachi - police held two men.",
])
def test_twin_a_label_a_first_name_a_country_or_no_whole_sentence_is_no_dateline(line):
    d = _clean(line + "\n\nA second paragraph follows here with more news of the day.")
    assert d.dateline is None and d.text.startswith(line[:12])


def test_twin_a_title_case_city_and_hyphen_in_the_middle_stays():
    text = ("Buses stopped across the city.\n\nThe first paragraph tells what happened on Monday.\n\n"
            "Karachi - the biggest city of the country - saw two men held after the attack on a bus depot.\n")
    d = _clean(text)
    assert "Karachi - the biggest" in d.text


# --- seed 171 fnc1_c089 K1/B3: a screenshot's file name left as its caption (noise._split_screenshot_names) --

PAGE_LEAD = "Fake photo spreads\n\nA photo shared widely this week does not show what its posters claim, our checks found.\n\n"


def test_a_screenshot_file_name_run_into_the_next_sentence_is_cut():
    d = _clean(PAGE_LEAD + "Screen Shot 2015-01-30 at 9.40.33 AMA page on a social network has also shared the photo, "
               "saying it shows a group of teachers.\n\nThe page posted it in January with a long caption.")
    assert "Screen Shot" not in d.text
    assert "A page on a social network has also shared the photo" in d.text
    assert any(r.reason.startswith("caption: a screenshot") for r in d.removed)


def test_twin_a_sentence_about_screenshots_stays():
    line = "Screen shots from 2015 at the time show the page had shared the photo with a long caption."
    d = _clean(PAGE_LEAD + line + "\n\nThe page posted it in January with a long caption.")
    assert line in d.text


# --- seed 171 bpoil_reuters K3: a wire page's caret link box run into a paragraph (noise._split_caret_boxes) --

WIRE_LEAD = "Oil firm sells assets\n\nThe oil firm agreed on Monday to sell assets worth billions to pay for the clean-up.\n\n"
CARETS = "^ " * 20


def test_a_closed_caret_box_is_cut_and_the_sentence_after_it_stays():
    d = _clean(WIRE_LEAD + f"({CARETS}Full coverage of the spill Factbox (ID: nN0000000){CARETS}) "
               "The spill has halted new drilling in the gulf for now.\n\nAnalysts expect more sales.")
    assert "^" not in d.text and "Full coverage" not in d.text
    assert "The spill has halted new drilling in the gulf for now." in d.text


def test_an_opened_caret_box_is_cut_to_its_click_on():
    d = _clean(WIRE_LEAD + f"({CARETS}For an interview with the analyst, click on: The insurance plan covers "
               "clean-up costs and lost earnings in fishing.\n\nAnalysts expect more sales.")
    assert "click on" not in d.text and "^" not in d.text
    assert "The insurance plan covers clean-up costs and lost earnings in fishing." in d.text


def test_twin_a_caret_in_prose_or_a_formula_stays():
    line = "The model grows as 2^3 (^ marks a power) in the report, the analyst said on Monday."
    d = _clean(WIRE_LEAD + line + "\n\nAnalysts expect more sales.")
    assert line in d.text


# --- seed 171 fnc1_c098 K1/B4: a dated copyright notice and a bracketed editor's note (noise._classify) --

SITE_LEAD = ("Report on weapons\n\nA new report says the weapons were moved across the border last month.\n\n"
             "The report names three depots and two routes, and says more moves are planned.\n\n")
NOTICE = ("October 12, 2014 © Acme Reports all rights reserved. Permission to use this report in its entirety is granted "
          "under the condition it is linked back to its original source at our site, with every part of it unchanged "
          "and credited to its writers. Some content licensed under open licences.")


def test_a_long_copyright_notice_opening_on_its_date_is_cut():
    d = _clean(SITE_LEAD + NOTICE + "\n")
    assert "all rights reserved" not in d.text and "three depots" in d.text


def test_twin_a_dated_sentence_about_rights_stays():
    line = ("October 12, 2014 was the day the court ruled that all rights reserved to the states under the treaty "
            "stay with them, a ruling the ministers said they would appeal before the end of the year, with "
            "lawyers for both sides saying the case could take many more months to settle in full.")
    d = _clean(SITE_LEAD + line + "\n")
    assert line in d.text


def test_a_bracketed_editors_note_paragraph_is_cut():
    d = _clean(SITE_LEAD + "[Ed. Note: Governments campaign against the information in these reports so as not "
               "to alarm their citizens, a stance we disagree with.]\n")
    assert "Ed. Note" not in d.text and "three depots" in d.text


def test_twin_a_sentence_that_mentions_an_editors_note_stays():
    line = "An editor's note added later said the report had named the wrong depot in its first version."
    d = _clean(SITE_LEAD + line + "\n")
    assert line in d.text


# --- seed 171 haiti_bbc F6: a second conversion in the same parenthesis keeps the bound (quantities._converted_bounds) --

def test_a_second_conversion_after_a_semicolon_keeps_the_bound():
    a = analysed("Aid pledged\n\n" + LEAD + "The union has pledged more than 420m euros ($604m; £320m) for aid, officials said.\n")
    f = _figure(a, "£320m")
    assert f.value is None and f.low == 320000000.0


def test_twin_a_sum_after_the_parenthesis_closes_is_its_own():
    a = analysed("Aid pledged\n\n" + LEAD + "The union has pledged more than 420m euros ($604m), and Japan gave £320m for aid, officials said.\n")
    f = _figure(a, "£320m")
    assert f.value == 320000000.0 and f.low is None


# --- seed 171 fnc1_c098 B6: a sentence begun at a picture pointer inside a sentence (brief.open_before) --

from storyline.resolve.brief import open_before  # noqa: E402


def test_a_sentence_begun_at_a_bracket_inside_a_sentence_opening_in_lower_case_starts_mid_sentence():
    t = "The platform is the Acme Artillery System [3rd photo left] which is operated by forces of the brigade."
    assert open_before(t, t.find("[3rd")) is not None


@pytest.mark.parametrize("t, at", [
    ("Voters waited at the hall on Monday. [Pictured] The mayor arrived at nine.", "[Pictured]"),
    ("The crowd waited outside the hall for hours de Blasio arrived at nine.", "de Blasio"),
    ("Sales rose in the quarter iPhone sales led the gain.", "iPhone"),
])
def test_twin_a_stop_before_it_a_particle_or_a_brand_is_no_mid_sentence_start(t, at):
    assert open_before(t, t.find(at)) is None


# --- seed 171 fnc1_c090 K1: a second post ending on its hashtags right under a cut pasted post (embeds._hashtag_posts_after) --

POST_LEAD = ("Star is alive\n\nThe actor is very much alive, despite a hoax about his death.\n\n"
             "His wife shared a picture of the family on Sunday, along with a saying about the truth.\n\n")


def test_a_hashtag_line_right_under_a_cut_post_is_cut_with_it():
    d = _clean(POST_LEAD + "Movie night with the family pic.twitter.com/AbCdEf1234\n\n"
               "The truth will out in the end, whatever they say. #QuoteOfTheDay\n\n"
               "A fake news site had published the story on Saturday, and it was shared widely.\n")
    assert "#QuoteOfTheDay" not in d.text and "A fake news site" in d.text


def test_twin_a_hashtag_line_with_no_cut_post_before_it_stays():
    line = "Fans answered with their own family pictures under the tag. #MovieNight"
    d = _clean(POST_LEAD + line + "\n\nA fake news site had published the story on Saturday, and it was shared widely.\n")
    assert line in d.text

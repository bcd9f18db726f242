"""Round fifty-one, mender m5: in-sample mends of the seed-166 audit's cleaning items (FNC-1
c035 K2, c035 K4, c045 K2, c049 K3, c051 K2) and one brief item (c036 B3).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from collections import Counter

from pipeline_helpers import cleaned_parts as _clean

from storyline.resolve import brief

LEAD = "The mayor of Springfield opened the new bridge on Monday morning before a crowd of residents.\n\n"
FOOT = "\n\nResidents should take care on the new road during the first week of traffic, officials said.\n"




# --- c035 K4: a separator glyph left after the last sentence --------------------------------------


def test_a_glyph_after_the_last_sentence_is_cut_off_it():
    text, removed = _clean(LEAD + "Residents should take care on the new road during the first week. ·\n")
    assert text.endswith("during the first week.")
    assert "·" in removed


def test_a_glyph_inside_a_line_or_after_no_stop_stays():
    text, _ = _clean(LEAD + "Residents · visitors and drivers should take care on the new road this week.\n")
    assert "Residents · visitors" in text
    text, _ = _clean(LEAD + "Springfield News | Local\n\nResidents should take care on the new road this week.\n")
    assert "Residents should take care" in text


# --- c035 K2: a caption with its credit after a bar ----------------------------------------------


def test_a_caption_with_its_credit_after_a_bar_is_cut():
    cap = "Firefighters free a woman at a house in Springfield on Monday. | Springfield Fire Department offers"
    text, removed = _clean(LEAD + cap + FOOT)
    assert "Firefighters free" not in text and cap in removed
    cap2 = "Rescuers at the scene of the fire in Springfield. | Photo: Springfield Police"
    text, removed = _clean(LEAD + cap2 + FOOT)
    assert cap2 in removed


def test_a_bar_with_no_credit_after_it_stays():
    line = "The council met on Monday to vote on the budget. | The vote passed by six to three."
    text, _ = _clean(LEAD + line + FOOT)
    assert line in text
    line2 = "Firefighters free a woman at a house in Springfield on Monday | Springfield Latest News"
    text, _ = _clean(LEAD + line2 + FOOT)
    assert line2 in text


# --- c045 K2: an image's label standing alone ----------------------------------------------------


def test_a_title_case_label_alone_with_its_image_gone_is_cut():
    text, removed = _clean(LEAD + "The Region:\n\nIt has sent stocks and the currency reeling this week." + FOOT)
    assert "The Region:" not in text and "The Region:" in removed
    assert "It has sent stocks" in text


def test_a_lead_in_to_a_quotation_or_a_sentence_case_label_stays():
    text, _ = _clean(LEAD + "The Mayor Said:\n\nThe bridge is the best thing to happen to this town in years." + FOOT)
    assert "The Mayor Said:" in text
    text, _ = _clean(LEAD + "The Statement:\n\n“We are proud of the bridge and of the people who built it.”" + FOOT)
    assert "The Statement:" in text
    text, _ = _clean(LEAD + "The result:\n\nTraffic on the old road fell by half within a week." + FOOT)
    assert "The result:" in text


# --- c049 K3: the text's last sentence leads in to what is gone ----------------------------------


def test_the_texts_last_sentence_closing_on_a_colon_is_cut_off_it():
    text, removed = _clean(LEAD + "Residents should take care on the new road. After all, the bridge "
                           "should carry you across in under 5 minutes:\n")
    assert text.endswith("take care on the new road.")
    assert any(r.startswith("After all, the bridge") for r in removed)


def test_a_colon_lead_in_above_kept_text_stays():
    body = (LEAD + "Residents should take care on the new road. The mayor told reporters:\n\n"
            "“It is a great day for the town and for all of us who live here.”\n")
    text, _ = _clean(body)
    assert "The mayor told reporters:" in text


def test_a_last_lead_in_that_tells_news_stays():
    body = (LEAD + "Residents should take care on the new road. In recent days, the mayor has warned "
            "the council that he would make an issue of its spending:\n")
    text, _ = _clean(body)
    assert text.rstrip().endswith("make an issue of its spending:")


# --- c051 K2: related links run together; a pointer to stories the page linked -------------------


def test_related_link_titles_run_together_are_cut():
    links = ("Giant Squid With Big Eyes Caught Off AcmelandWhat Dogs Say When They Bark at Each "
             "OtherOld Moat in Acmeland May Be Part of Royal Tomb")
    text, removed = _clean(LEAD + "Residents should take care on the new road during the first week.\n\n" + links + "\n")
    assert "Giant Squid" not in text and links in removed


def test_a_line_with_a_name_written_joined_stays():
    line = "Fans Watched The Show On YouTube And Then Ate At McDonald With The Band"
    text, _ = _clean(LEAD + line + FOOT)
    assert line in text


def test_an_aside_pointing_at_linked_stories_is_cut_off_its_paragraph():
    aside = "(Speaking of strange veterinary procedures, here are two stories about goldfish surgeries.)"
    text, removed = _clean(LEAD + "Last year a cat in Springfield had surgery to become female. " + aside + FOOT)
    assert "had surgery to become female." in text and aside not in text and aside in removed


def test_an_aside_naming_one_piece_read_stays():
    aside = "(Here is the report he cited in the letter to the council.)"
    text, _ = _clean(LEAD + "Last year a cat in Springfield had surgery to become female. " + aside + FOOT)
    assert aside in text


# --- c036 B3: a nickname in quotes inside a name is no seam --------------------------------------


def test_a_quoted_nickname_inside_a_name_is_no_glue_point():
    sent = "Nobody was upset when news broke that 26-year-old Jane Ann “Sunny” Roe would not be marrying the singer."
    assert brief.glue_points(sent, [], Counter()) == []


def test_a_closed_quote_before_a_second_sentence_is_still_a_glue_point():
    sent = "The flood was worse than anyone feared” The minister has called for calm in the valley."
    assert brief.glue_points(sent, [], Counter()) == [sent.index("The minister")]

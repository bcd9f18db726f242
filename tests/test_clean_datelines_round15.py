"""A page stamp is the story's dateline only where it opens the story (issue 16, round
fifteen, 16k): a stamp below article prose is a post's or a comment's, a stamp a
sentence goes on after is told in that sentence, and neither cuts what stands above
it. Every text here is invented; each must-keep test has a must-cut twin."""

from __future__ import annotations

import pytest

from storyline.clean import dateline
from storyline.clean.noise import clean_text

LEAD = "Acme Corp said on Monday it would close its plant in Port Ellery. The company employs 300 people there."
UNION = "Jane Roe, a union official, said workers were told at a meeting on Monday morning."
STAMP = "Published: Tuesday, 4 May 2010, 09:15 GMT"
READERS = ("\n\nGreat piece, thanks for posting this. I worked at that plant for ten years."
           "\n\nAnother reader wrote that the closure had been expected for months.")
BODY = ("\n\nThe council said it had moved 300 people to the school on the hill overnight."
        "\n\nAcme Corp, which built the barrier, said its engineers were on their way.")


# -- must keep: prose above a stamp --

def test_article_prose_above_a_published_stamp_stays():
    c = clean_text(LEAD + "\n\n" + UNION + "\n\n" + STAMP + READERS)
    assert c.dateline is None
    assert LEAD in c.text and UNION in c.text
    assert not any("above the dateline" in r.reason for r in c.removed)


def test_two_sentences_of_one_paragraph_above_a_stamp_stay():
    c = clean_text(LEAD + "\n\n" + STAMP + READERS)
    assert c.dateline is None and LEAD in c.text


def test_prose_running_into_a_stamp_in_its_line_stays():
    c = clean_text(LEAD + "\n\n" + UNION + " " + STAMP + READERS)
    assert c.dateline is None and LEAD in c.text and UNION in c.text


@pytest.mark.parametrize("line", [
    "The notice was updated on Tuesday, 4 May 2010, 09:15 GMT to add the names of the closed sites.",
    "Acme Corp said it would close its plant. The notice was posted at 09:15 GMT, Tuesday, 4 May 2010 on the gates.",
])
def test_a_stamp_told_inside_a_sentence_is_no_dateline(line):
    c = clean_text(line + BODY)
    assert c.dateline is None and c.text.startswith(line)


def test_a_capitalised_stamp_inside_a_sentence_is_no_dateline():
    line = "The notice, Published: Tuesday, 4 May 2010, 09:15 GMT, named the sites."
    c = clean_text("Acme Corp closes plant\n\n" + line + BODY)
    assert c.dateline is None and line in c.text


# -- must cut: furniture above a stamp (the twins) --

def test_a_stamp_under_a_title_and_byline_is_the_dateline():
    c = clean_text("Acme Corp to close Port Ellery plant\n\nBy Jane Roe\n\n" + STAMP + "\n\n" + LEAD + BODY)
    assert c.dateline is not None and c.dateline.date == "2010-05-04" and c.dateline.time == "09:15"
    assert c.text.startswith(LEAD) and "By Jane Roe" not in c.text


def test_a_one_sentence_standfirst_above_a_stamp_is_still_cut():
    standfirst = "Acme Corp said on Monday it would close its plant in Port Ellery."
    c = clean_text(standfirst + "\n\n" + STAMP + "\n\n" + UNION + BODY)
    assert c.dateline is not None and c.text.startswith(UNION)


def test_promo_sentences_above_a_stamp_are_still_cut():
    c = clean_text("Plant map\n\nSee where the plant stands.\n\nWatch the workers leave the gates on Monday.\n\n"
                   "Tuesday, May 4, 2010; 9:15 AM\n\n" + LEAD + BODY)
    assert c.dateline is not None and c.text.startswith(LEAD)


def test_a_caption_and_standfirst_above_a_credit_and_stamp_are_still_cut():
    # what stands above a picture credit is its caption: the stamp below opens the story
    c = clean_text("Plant to close In this May 3, 2010 file photo, a worker is seen at the Acme plant in Port Ellery.\n\n"
                   "The company that built the plant said it would close it, records show.\n\n"
                   "(AP Photo/Jane Roe, File) Tuesday, May 4, 2010; 9:15 AM " + LEAD + BODY)
    assert c.dateline is not None and c.dateline.date == "2010-05-04"
    assert c.text.startswith(LEAD)


def test_a_stamp_glued_to_its_lead_is_still_the_dateline():
    c = clean_text("Jane Roe | 10:39 UK time, Tuesday, 4 May 2010 ` Despite the rain, the plant stayed open'."
                   "\n\nSo says Jane Roe, as the council admits it knew." + BODY)
    assert c.dateline is not None and c.dateline.time == "10:39"
    assert c.text.startswith("` Despite the rain")


def test_a_second_zone_after_a_stamp_is_the_leads_word():
    # "BST UK": a stamp has one zone; "UK" opens the lead and stays in it
    c = clean_text("Plant to close Acme says it will shut the plant Tuesday 4 May 2010 19.07 BST "
                   "UK workers say they were told on Monday." + BODY)
    assert c.dateline is not None and c.dateline.zone == "BST"
    assert c.text.startswith("UK workers say")


def test_a_bare_uk_zone_after_a_clock_time_is_still_read():
    found = dateline.find("Tuesday 4 May 2010 11:50 UK", [0])
    assert found is not None and found.zone == "UK" and found.time == "11:50"


def test_prose_below_a_picture_credit_and_above_a_stamp_stays():
    # must-keep twin of the credit: the statements between the credit and the stamp count
    c = clean_text("(AP Photo/Jane Roe)\n\n" + LEAD + "\n\n" + UNION + "\n\n" + STAMP + READERS)
    assert c.dateline is None and LEAD in c.text and UNION in c.text


def test_a_bracketed_stamp_below_a_headline_is_still_the_dateline():
    # must-cut twin of the sentence check: a bracket closing the stamp is no sentence going on
    c = clean_text("Acme Corp to close Port Ellery plant\n\nFiled :[ 2010-05-04 09:15 ]\n\n" + LEAD + BODY)
    assert c.dateline is not None and c.dateline.date == "2010-05-04"
    assert c.text.startswith(LEAD)

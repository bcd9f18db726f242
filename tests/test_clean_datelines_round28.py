"""US outlets' datelines (issue 16, round twenty-eight): AP's location-phrase dateline
("ON THE <SEA> --", "OVER THE <SEA> --") at a line's start, after a picture credit run
into it, or below a gallery's captions; and a newspaper site's single-hyphen dateline right
after its page stamp ("<stamp> HOUSTON - "). Every text here is invented; each shape has a
must-not-fire twin of the same surface."""

from __future__ import annotations

from storyline.clean import clean_record, dateline
from storyline.clean.noise import clean_text
from storyline.types import Record

LEAD = "Divers reached the sunken barge off Port Ellery before dawn, the harbour master said on Monday."
BODY = ("\n\nThe council said it had moved 300 people to the school on the hill overnight."
        "\n\nAcme Corp, which owns the barge, said its engineers were on their way.")


def test_a_location_phrase_opening_the_text_is_the_dateline_without_a_date():
    doc = clean_record(Record(source="wire.txt", text="ON THE ELLERY SEA -- " + LEAD + BODY))
    assert doc.dateline is not None and doc.dateline.place == "ON THE ELLERY SEA"
    assert doc.dateline.date is None  # the dateline dates nothing: abstain
    assert doc.text.startswith("Divers reached")


def test_a_long_location_phrase_is_read_whole():
    c = clean_text("ON THE FLOOR OF THE BAY OF ELLERY -- " + LEAD + BODY)
    assert c.dateline is not None and c.dateline.place == "ON THE FLOOR OF THE BAY OF ELLERY"
    assert c.text.startswith("Divers reached")


def test_headline_and_standfirst_above_a_location_dateline_go():
    head = ("Acme's Big Gamble on the Barge Acme hopes to lift the barge with two cranes "
            "before the storm season -- a first for the port.")
    c = clean_text(head + "\n\nOVER THE ELLERY SEA -- " + LEAD + BODY)
    assert c.dateline is not None and c.dateline.place == "OVER THE ELLERY SEA"
    assert c.text.startswith("Divers reached") and "Big Gamble" not in c.text


def test_a_location_dateline_run_on_after_a_picture_credit_goes_with_the_caption():
    caption = "This May 2021 photo provided by the Ellery Trust shows the barge on the sea floor."
    c = clean_text(caption + "\n\nAP/Ellery Trust 2021 ON THE ELLERY SEA -- " + LEAD + BODY)
    assert c.dateline is not None and c.dateline.place == "ON THE ELLERY SEA"
    assert c.text.startswith("Divers reached")
    assert "photo provided" not in c.text and "Ellery Trust 2021" not in c.text


def test_a_location_dateline_after_a_credit_in_brackets_under_three_captions():
    caps = ("Jane Roe talks about the barge as the mayor listens.\n\n"
            "(John Doe/Associated Press) Fuel from the barge is burned by a tug in a process known as flaring.\n\n"
            "Oil from the barge is pumped to the surface through a hose.\n\n")
    c = clean_text(caps + "Ellery Coast Guard Via Associated Press) OVER THE ELLERY SEA -- " + LEAD + BODY)
    assert c.dateline is not None and c.dateline.place == "OVER THE ELLERY SEA"
    assert c.text.startswith("Divers reached") and "flaring" not in c.text


def test_the_single_hyphen_place_after_a_page_stamp_is_part_of_the_dateline():
    doc = clean_record(Record(source="paper.txt", text="Monday, March 8, 2021; 8:12 PM PORT ELLERY - " + LEAD + BODY))
    assert doc.dateline is not None and doc.dateline.place == "PORT ELLERY"
    assert doc.dateline.date == "2021-03-08"
    assert doc.text.startswith("Divers reached")


# -- must not fire --

def test_a_location_phrase_after_a_sentence_stop_is_no_dateline():
    # the shape inside a line counts only where a line break was lost (after a credit's
    # word or bracket), never after a sentence's full stop
    text = "Crews worked all night. ON THE ELLERY SEA -- " + LEAD
    assert dateline.find(text, [0]) is None


def test_a_capitalised_heading_with_a_preposition_and_one_hyphen_is_no_dateline():
    line = "AT LEAST FOR NOW - QUITE LIKELY Many residents in the port want a ban on barges."
    c = clean_text(line + BODY)
    assert c.dateline is None and "Many residents in the port" in c.text


def test_a_location_phrase_in_capitals_without_the_double_dash_is_no_dateline():
    line = "ON THE ELLERY SEA: Divers reached the sunken barge before dawn, the harbour master said."
    c = clean_text(line + BODY)
    assert c.dateline is None and c.text.startswith("ON THE ELLERY SEA:")


def test_a_capitals_label_with_one_hyphen_opening_the_text_is_no_dateline():
    # without a stamp before it, "FILE - In this photo ..." is a label, and a town with
    # one hyphen is left as it stands
    for line in ("FILE - In this photo, divers reach the sunken barge off Port Ellery.",
                 "PORT ELLERY - " + LEAD):
        c = clean_text(line + BODY)
        assert c.dateline is None and c.text.startswith(line[:12])


def test_a_location_dateline_below_article_prose_is_not_lifted_from_a_caption_gallery():
    # lines above that were not cut as captions or credits may be the article: no lift
    prose = ("Divers worked through the night on the barge, which sank in March. "
             "The council has asked for help from the navy and two salvage firms.\n\n") * 3
    text = prose + "Harbour Photos ON THE ELLERY SEA -- " + LEAD + BODY
    c = clean_text(text)
    assert "Divers worked through the night" in c.text


def test_a_location_dateline_opening_a_teaser_cut_short_is_not_the_story_dateline():
    # a page of teasers: the teaser's dateline is another story's; the page's own wire
    # dateline further on is read as before
    # (five words: a place of four in capitals is the older _PLACE_DASH's, read as before)
    text = ("ON THE SEA OF ELLERY -- The barge sank after a valve failed and the crew shot up the d...\n\n"
            "All crew members safe PORT ELLERY (AP) -- " + LEAD + BODY)
    c = clean_text(text)
    assert c.dateline is not None and c.dateline.agency == "AP"
    assert c.dateline.place != "ON THE SEA OF ELLERY"

"""Datelines the cleaner missed (issue 16, round thirteen, 16d, found by reading all
Timeline17 dev texts): a page stamp glued to the end of a headline, a byline or a role
under more than one line of furniture, and an agency's picture credit run into a dateline
whose place is long or whose credit carries its year glued. Every text here is invented;
each shape has a must-not-fire twin of the same surface."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from storyline.clean import clean_record, dateline
from storyline.clean.noise import clean_text
from storyline.types import Record

LEAD = "Water reached the high street of Port Ellery before dawn, residents said on Monday."
BODY = ("\n\nThe council said it had moved 300 people to the school on the hill overnight."
        "\n\nAcme Corp, which built the barrier, said its engineers were on their way."
        "\n\nThe river is expected to fall again by the end of the week, forecasters said.")
# two lines of furniture above the stamp's line: a headline with its standfirst, a question
HEAD = ("The barrier that failed The flood defences of Port Ellery were built in 1990 and never tested.\n\n"
        "Can the town be saved?\n\n")


def _reasons(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean_text(text).removed}


# -- a stamp inside a line, where a line break was lost (noise._at_lost_break) --

def test_a_stamp_after_a_byline_under_a_standfirst_is_the_dateline():
    text = HEAD + "Jane Roe reports Monday 3 May 2010 09.15 BST " + LEAD + BODY
    doc = clean_record(Record(source="paper.txt", text=text))
    assert doc.dateline is not None and doc.dateline.date == "2010-05-03"
    assert (doc.dateline.time, doc.dateline.zone) == ("09:15", "BST")
    assert doc.text.startswith("Water reached the high street")
    assert "Jane Roe reports" not in doc.text and "Can the town be saved?" not in doc.text


def test_a_reuters_stamp_after_a_byline_under_promos_is_the_dateline():
    text = ("Acme shares fall on port closure.\n\n"
            "Full Article Port Ellery floods close the harbour Credit: Reuters/Jane Roe.\n\n"
            "By John Doe, Environment Correspondent PORT ELLERY | Mon May 3, 2010 10:40 pm EDT "
            "PORT ELLERY (Reuters) - " + LEAD + BODY)
    c = clean_text(text)
    assert c.dateline is not None
    assert (c.dateline.place, c.dateline.date, c.dateline.agency) == ("PORT ELLERY", "2010-05-03", "Reuters")
    assert c.text.startswith("Water reached the high street")
    assert "Acme shares fall" not in c.text


def test_a_stamp_glued_to_a_headline_below_a_note_is_the_dateline():
    text = ("A caption said that Jane Roe was the mayor of Port Ellery.\n\n"
            "She is the deputy mayor, according to the council's records.\n\n"
            "Port Ellery counts the cost of the flood Wednesday, May 5, 2010; 9:30 AM " + LEAD + BODY)
    c = clean_text(text)
    assert c.dateline is not None and (c.dateline.date, c.dateline.time) == ("2010-05-05", "09:30")
    assert c.text.startswith("Water reached the high street")


def test_a_stamp_after_a_closed_sentence_under_two_sentences_is_not_taken():
    # twin: the line before the stamp closes a sentence: nothing says a line break was lost
    text = HEAD + "Jane Roe reports from the harbour. Monday 3 May 2010 09.15 BST " + LEAD + BODY
    c = clean_text(text)
    assert c.dateline is None
    assert "Can the town be saved?" in c.text and "Jane Roe reports from the harbour." in c.text


def test_a_date_and_time_inside_a_sentence_under_two_sentences_is_not_taken():
    # twin: a stamp's shape told in a sentence that goes on after it
    line = "The barrier gave way Monday, May 3, 2010 9:45 pm EDT, flooding the high street."
    text = HEAD + line + BODY
    c = clean_text(text)
    assert c.dateline is None
    assert line in c.text and "Can the town be saved?" in c.text


def test_a_stamp_followed_by_lower_case_words_is_not_taken():
    line = "Jane Roe reports Monday 3 May 2010 09.15 BST and more from the harbour follows below."
    text = HEAD + line + BODY
    assert clean_text(text).dateline is None


def test_a_teaser_cut_short_before_a_wire_dateline_is_not_taken():
    # twin: a list of teasers, one of them cut short ("...") before another story's dateline
    text = ("Acme Corp to close two plants in Port Ellery.\n\n"
            "Floods cut the town off from the north for a week.\n\n"
            "The harbour is lined... PORT ELLERY (AP) -- It looks muddy, a brown mass on the water.\n\n"
            + LEAD + BODY)
    c = clean_text(text)
    assert c.dateline is None
    assert "Acme Corp to close two plants in Port Ellery." in c.text


def test_a_stamp_without_a_clock_time_or_agency_stays_with_prose_above():
    # twin: a bare date glued to a headline has no shape prose never has
    text = HEAD + "Port Ellery counts the cost Wednesday, May 5, 2010 " + LEAD + BODY
    assert clean_text(text).dateline is None


# -- an agency's picture credit run into its dateline (dateline._CREDIT_PLACE_DASH) --

def test_an_ap_dateline_with_a_long_place_is_cut():
    text = "AP ON THE COAST OF PORT ELLERY -- " + LEAD + BODY
    doc = clean_record(Record(source="wire.txt", text=text))
    assert doc.dateline is not None and doc.dateline.place == "ON THE COAST OF PORT ELLERY"
    assert doc.dateline.date is None
    assert doc.text.startswith("Water reached the high street")


def test_an_ap_credit_with_its_year_glued_before_a_dateline_is_cut_and_dates_nothing():
    for opening, place in (("AP2010 PORT ELLERY -- ", "PORT ELLERY"), ("AP2010 ELLERY BAY, Ore. -- ", "ELLERY BAY, Ore."),
                           ("AP MOUTH OF THE ELLERY RIVER -- ", "MOUTH OF THE ELLERY RIVER")):
        c = clean_text(opening + LEAD + BODY)
        assert c.dateline is not None and c.dateline.place == place and c.dateline.date is None
        assert c.text.startswith("Water reached the high street")


def test_an_ap_dateline_below_gallery_captions_cuts_them():
    text = ("May 2: A boat passes the broken barrier in Port Ellery.\n\n"
            "AP May 1: Sandbags line the high street.\n\n"
            "The council has asked for help from the army.\n\n"
            "AP ON THE COAST OF PORT ELLERY -- " + LEAD + BODY)
    c = clean_text(text)
    assert c.dateline is not None and c.dateline.place == "ON THE COAST OF PORT ELLERY"
    assert c.text.startswith("Water reached the high street")


def test_a_long_line_of_capitals_with_a_dash_but_no_agency_is_not_a_dateline():
    # twin: a heading in capitals; without the agency a place stays at four words
    text = "ACME CORP SAYS THE BARRIER WILL HOLD -- The council disagreed on Monday.\n\n" + LEAD + BODY
    c = clean_text(text)
    assert c.dateline is None or not (c.dateline.place or "").startswith("ACME")
    assert dateline.find(text, [0]) is None


def test_an_ap_credit_without_a_dash_or_before_lower_case_is_not_a_dateline():
    assert dateline.find("AP2010 Executives of Acme Corp told lawmakers on Tuesday ...", [0]) is None
    assert dateline.find("AP ON THE COAST OF PORT ELLERY -- and more", [0]) is None
    assert dateline.find("AP ON THE COAST OF PORT ELLERY - The council", [0]) is None


_CAP_WORD = st.from_regex(r"[A-Z][A-Z]{1,8}", fullmatch=True)


@settings(max_examples=80, deadline=None)
@given(st.lists(_CAP_WORD, min_size=1, max_size=8), st.sampled_from(["AP", "AP2010", "AFP", "AP 2009"]))
def test_an_agency_then_capitals_then_a_double_dash_reads_the_capitals_as_the_place(words, credit):
    assume(words[0] not in dateline.AGENCIES)
    place = " ".join(words)
    f = dateline.find(f"{credit} {place} -- The council met on Monday.", [0])
    assert f is not None and f.place == place and f.date is None


@settings(max_examples=80, deadline=None)
@given(st.lists(_CAP_WORD, min_size=5, max_size=8))
def test_five_or_more_capitals_with_no_agency_before_them_are_no_place(words):
    assume(words[0] not in dateline.AGENCIES)
    # (nor a locative opening a dateline filed at sea or in the air, "ON THE GULF OF <SEA> --":
    # round twenty-eight reads up to nine capitals after one; hypothesis drew "ON AA AA AA AA")
    assume(words[0].lower() not in {w.lower() for w in dateline._LOCATIVES})
    assert dateline.find(" ".join(words) + " -- The council met on Monday.", [0]) is None

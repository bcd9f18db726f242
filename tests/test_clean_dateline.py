"""Datelines: found in the opening of wire and newspaper copy, cut with a reason, parsed
into Document.dateline and used as the publication date; never taken from the middle."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean import clean_record, dateline, url_date
from storyline.clean.noise import _byline_shape, clean_text
from storyline.types import Record

LEAD = "Western warplanes struck targets near the port overnight, officials said on Friday."
MORE = "\n\nThe strikes continued into the morning as ships waited offshore to unload supplies."

# (text opening, expected place, date, time, zone, agency)
SHAPES = [
    ("TRIPOLI | Fri Apr 15, 2011 7:32 pm EDT TRIPOLI (Reuters) - ", "TRIPOLI", "2011-04-15", "19:32", "EDT", "Reuters"),
    ("MISRATA, Libya, Sept 3 (Reuters) - ", "MISRATA, Libya", "--09-03", None, None, "Reuters"),
    ("LONDON, June 14 | Sun Jun 14, 2009 3:47 pm EDT LONDON, June 14 (Reuters) - ", "LONDON", "2009-06-14", "15:47", "EDT", "Reuters"),
    ("WASHINGTON -- WASHINGTON (AP) -- ", "WASHINGTON", None, None, None, "AP"),
    ("NEW ORLEANS (AP) -- ", "NEW ORLEANS", None, None, None, "AP"),
    ("VENICE, La./HOUSTON (Reuters) - ", "VENICE, La./HOUSTON", None, None, None, "Reuters"),
    ("GRAND ISLE, Louisiana/WASHINGTON, May 3 (Reuters) - ", "GRAND ISLE, Louisiana/WASHINGTON", "--05-03", None, None, "Reuters"),
    ("BENGHAZI, Libya (AFP) - ", "BENGHAZI, Libya", None, None, None, "AFP"),
    ("(CNN) -- ", None, None, None, None, "CNN"),
    ("BEIJING, Aug. 28 (Xinhua) -- ", "BEIJING", "--08-28", None, None, "Xinhua"),
    ("NEW DELHI, Thur Mar 3, 2011 (PTI): ", "NEW DELHI", "2011-03-03", None, None, "PTI"),
    ("TOKYO, Oct 5 (Kyodo) -- ", "TOKYO", "--10-05", None, None, "Kyodo"),
    ("BERLIN (dpa) - ", "BERLIN", None, None, None, "dpa"),
    ("Tuesday 28 April 2009 18.17 BST ", None, "2009-04-28", "18:17", "BST", None),
    ("Page last updated at 06:52 GMT, Wednesday, 9 June 2010 07:52 UK ", None, "2010-06-09", "06:52", "GMT", None),
    ("Last updated: 1 may, 2009 - 16:08 GMT ", None, "2009-05-01", "16:08", "GMT", None),
    ("22 June 2010 Last updated at 04:37 GMT ", None, "2010-06-22", "04:37", "GMT", None),
    ("Thursday, April 29, 2010; 4:49 PM ", None, "2010-04-29", "16:49", None, None),
    ("updated 10:27 a.m. EDT, Thu April 15, 2010 ", None, "2010-04-15", "10:27", "EDT", None),
    ("May 27, 2010 20:34 UTC ", None, "2010-05-27", "20:34", "UTC", None),
]


@pytest.mark.parametrize("opening,place,date,time,zone,agency", SHAPES)
def test_each_dateline_shape_is_cut_and_parsed(opening, place, date, time, zone, agency):
    doc = clean_record(Record(source="wire.txt", text=opening + LEAD + MORE))
    assert doc.text.startswith("Western warplanes"), doc.text[:80]
    line = doc.dateline
    assert line is not None
    assert (line.place, line.date, line.time, line.zone, line.agency) == (place, date, time, zone, agency)
    assert line.evidence == opening.strip()
    cut = [r for r in doc.removed if r.reason.startswith("dateline")]
    assert [r.text for r in cut] == [opening.strip()] and cut[0].at == 0
    if date and not date.startswith("-") and "updated" in opening.lower() and not (time and int(time[:2].rstrip(":")) >= 4):
        # round thirty-two: a last-updated stamp of the small hours (or of no time) bounds
        # the publication day from above; a later one states the day, as any dateline
        assert doc.published.value is None and doc.published.latest == date and doc.published.source == "dateline"
    elif date and not date.startswith("-"):
        assert doc.published.value == date and doc.published.source == "dateline" and not doc.published.estimated
    else:
        assert doc.published.value is None


def test_dateline_after_headline_byline_and_caption():
    text = ("Swine flu spreads to Europe\n\nBy Jane Roe, Health Editor\n\n"
            "A nurse checks a patient in a clinic in Madrid on April 27, 2009.\n\n"
            "MADRID | Mon Apr 27, 2009 4:23 pm EDT MADRID (Reuters) - " + LEAD + MORE)
    doc = clean_record(Record(source="wire.txt", text=text))
    assert doc.text.startswith("Western warplanes")
    assert doc.dateline.date == "2009-04-27" and doc.dateline.place == "MADRID"
    assert doc.title == "Swine flu spreads to Europe"
    kinds = [r.reason.split(":")[0] for r in doc.removed]
    assert kinds == ["headline", "byline", "headline", "dateline"]
    assert doc.authors == ["Jane Roe"]


def test_stamp_glued_after_headline_and_standfirst_in_one_line():
    text = ("Zoo animal placed in quarantine over flu fears Keepers act after a visitor fell ill "
            "Wednesday 6 May 2009 14.02 BST It was quiet enough already, being the last of its herd.\n\nThe zoo said so.")
    doc = clean_record(Record(source="paper.txt", text=text))
    assert doc.text.startswith("It was quiet enough already")
    assert doc.dateline.date == "2009-05-06" and doc.dateline.zone == "BST"
    assert doc.published.value == "2009-05-06"


def test_metadata_date_outranks_the_dateline():
    doc = clean_record(Record(source="wire.txt", text="TRIPOLI | Fri Apr 15, 2011 7:32 pm EDT TRIPOLI (Reuters) - " + LEAD,
                              date="2011-04-16"))
    assert doc.published.value == "2011-04-16" and doc.published.source == "metadata"
    assert doc.dateline.date == "2011-04-15"
    assert any("differs" in w for w in doc.warnings)


def test_weekday_that_contradicts_the_date_drops_the_date():
    doc = clean_record(Record(source="wire.txt", text="TRIPOLI | Thu Apr 15, 2011 7:32 pm EDT TRIPOLI (Reuters) - " + LEAD))
    assert doc.dateline is not None and doc.dateline.date is None
    assert doc.published.value is None
    assert any("weekday" in w for w in doc.warnings)


# Must-keep twins: sentences that look like datelines but are article text.
KEEP = [
    "At 9:45 pm EDT, April 20, 2010, the rig exploded and burned for two days before it sank.",
    "By Sunday August 21, the rebels controlled large parts of Tripoli.",
    "On Tuesday 28 April 2009 18 people were tested at the clinic, the ministry said.",
    "The quake struck at 16:53 local time on Tuesday, 12 January, just south of the capital.",
    "NATO said in a statement (Reuters) that the strikes would go on.",
    "May 5: A platform is surrounded by oil near the mouth of the river.",
]


@pytest.mark.parametrize("sentence", KEEP)
def test_lookalike_sentences_stay(sentence):
    doc = clean_record(Record(source="a.txt", text=sentence + MORE))
    assert doc.text.startswith(sentence), doc.removed
    assert doc.dateline is None
    assert not any(r.reason.startswith("dateline") for r in doc.removed)


def test_no_dateline_from_the_middle_of_the_article():
    body = "\n\n".join(f"Paragraph {i} tells what the minister said about the talks in the capital today." for i in range(12))
    text = body + "\n\nTRIPOLI | Fri Apr 15, 2011 7:32 pm EDT TRIPOLI (Reuters) - " + LEAD
    doc = clean_record(Record(source="a.txt", text=text))
    assert doc.dateline is None
    assert "TRIPOLI (Reuters)" in doc.text


def test_a_published_date_in_prose_is_not_a_stamp():
    """A lead and a quote with "we published on April 4, 2021" in it: prose, not an
    "updated/published" stamp; nothing above it may be cut as a headline."""
    lead = "Dunholt — Lumen Grid Cooperative said on Thursday that the repairs would cost 511 million pounds."
    quote = "\u201cThe figures we published on April 4, 2021 were the best we had,\u201d the chief engineer said."
    doc = clean_record(Record(source="a.txt", text="Dunholt bridge row: questions over repairs\n\n" + lead + "\n\n" + quote + MORE))
    assert quote in doc.text
    assert "Lumen Grid Cooperative said on Thursday" in doc.text
    assert not any(r.reason.startswith("headline: headline, standfirst") for r in doc.removed), doc.removed


def test_a_capitalised_published_stamp_after_a_headline_is_cut():
    doc = clean_record(Record(source="a.txt", text="Bridge row deepens\n\nPublished on April 4, 2021\n\n" + LEAD + MORE))
    assert doc.dateline is not None and doc.dateline.date == "2021-04-04"


def test_too_much_text_above_a_stamp_means_it_is_not_a_dateline():
    above = " ".join(["The council met again to discuss the budget and the schools."] * 10)
    doc = clean_record(Record(source="a.txt", text=above + " Tuesday 28 April 2009 18.17 BST More words follow here.\n\nEnd."))
    assert doc.dateline is None


def test_byline_needs_a_byline_shape():
    assert _byline_shape("By Jane Roe, Staff Writer")
    assert _byline_shape("By Ana Beltrán and Rui Costa")
    assert _byline_shape("By John Smith of The Times")
    assert not _byline_shape("By Sunday August 21, the rebels controlled large parts of Tripoli.")
    assert not _byline_shape("By Friday the talks had failed.")
    c = clean_text("By Sunday August 21, the rebels controlled large parts of Tripoli.\n\nThey held the port.")
    assert c.text.startswith("By Sunday August 21")


def test_url_dates():
    assert url_date("https://example.org/world/2011/04/15/libya-strikes.html").value == "2011-04-15"
    p = url_date("https://example.org/2011/02/story")
    assert (p.value, p.earliest, p.latest, p.source) == ("2011-02", "2011-02-01", "2011-02-28", "url")
    assert url_date("https://example.org/story-2011") is None
    assert url_date("https://example.org/a/20111345/") is None
    doc = clean_record(Record(source="a", text=LEAD, url="https://example.org/2011/04/15/x"))
    assert doc.published.source == "url" and doc.published.value == "2011-04-15"


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
_DAYS = ["Mon", "Tue", "Wed", "Thur", "Fri", "Sat", "Sun"]


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)),
       st.integers(0, 23), st.integers(0, 59), st.sampled_from(["EDT", "GMT", "BST", "UTC"]))
def test_reuters_stamp_round_trip(day, hour, minute, zone):
    h12 = hour % 12 or 12
    stamp = (f"CAIRO | {_DAYS[day.weekday()]} {_MONTHS[day.month - 1]} {day.day}, {day.year} "
             f"{h12}:{minute:02d} {'pm' if hour >= 12 else 'am'} {zone} CAIRO (Reuters) - ")
    found = dateline.find(stamp + LEAD, [0])
    assert found is not None and (stamp + LEAD)[found.end:].startswith("Western")
    assert (found.date, found.time, found.zone, found.agency) == (day.isoformat(), f"{hour:02d}:{minute:02d}", zone, "Reuters")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_find_never_fails_and_stays_in_the_text(text):
    found = dateline.find(text, [0] if text else [])
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)


# A bare date stamp (no agency, no place) on its own line below a full sentence of a
# short article is not its dateline: the sentence above stays (it was cut as "headline").
SHORT_BODY = ("\n\nResidents protested outside the town hall for two hours on Tuesday. "
              "Police said the crowd was peaceful and nobody was arrested.")


@pytest.mark.parametrize("stamp", ["Thursday, April 29, 2010", "Thursday 29 April 2010", "Thu, Apr. 29, 2010"])
def test_sentence_above_a_bare_date_line_stays(stamp):
    sentence = "The council voted on Monday to close the old library on Main Street."
    c = clean_text(sentence + " The mayor said the decision was final.\n\n" + stamp + SHORT_BODY)
    assert sentence in c.text
    assert not any("above the dateline" in r.reason for r in c.removed)
    assert c.dateline is None


@pytest.mark.parametrize("above", ["Library to close despite protests\n\nCouncil vote angers residents",
                                   "Library to close\n\nWill the council change its mind?"])
def test_headline_above_a_bare_date_line_is_still_cut(above):
    # must-cut twin: headline-shaped lines (no closing full stop) above the stamp go
    c = clean_text(above + "\n\nThursday, April 29, 2010" + SHORT_BODY)
    assert c.text.startswith("Residents protested")
    assert c.dateline is not None and c.dateline.date == "2010-04-29"


def test_promo_sentence_above_a_stamp_with_a_clock_time_is_still_cut():
    # a publication stamp with a clock time is the page's: the promo above it goes
    c = clean_text("See how fishing, hotels and the beaches are all under threat.\n\n"
                   "Friday, April 30, 2010; 2:30 PM" + SHORT_BODY)
    assert c.text.startswith("Residents protested")
    assert c.dateline is not None and c.dateline.time == "14:30"


def test_a_wire_dateline_below_a_caption_date_line_is_found():
    # a caption's own date line above the wire dateline is not taken as the stamp
    c = clean_text("Boom corrals oil in the bay near the coast of Louisiana.\n\n"
                   "Thursday, July 29, 2010\n\n"
                   "NEW ORLEANS (AP) -- On shore, the companies are engaging in a blame game over the well."
                   + SHORT_BODY)
    assert c.dateline is not None and c.dateline.agency == "AP" and c.dateline.date is None
    assert c.text.startswith("On shore")


def test_caption_sentences_above_a_wire_dateline_are_still_cut():
    # a wire dateline (place, agency) opens the story wherever it stands: the photo
    # captions above it go even when they are full sentences
    c = clean_text("April 21 : The drilling platform burns off the Louisiana coast .\n"
                   "Workers spread booms along the coast on Friday .\n"
                   "AP WASHINGTON -- The Commerce Department on Wednesday fined the firms in the leak ."
                   + SHORT_BODY)
    assert c.text.startswith("The Commerce Department")
    assert c.dateline is not None and c.dateline.place == "WASHINGTON"


def test_standfirst_above_a_published_stamp_is_still_cut():
    # must-cut twin: a stamp that names itself is the page's, whatever stands above it
    c = clean_text("An unproven rumour was spread in November in an apparent attempt to discredit the envoy.\n\n"
                   "Published 18 November 2019" + SHORT_BODY)
    assert c.text.startswith("Residents protested")
    assert c.dateline is not None and c.dateline.date == "2019-11-18"

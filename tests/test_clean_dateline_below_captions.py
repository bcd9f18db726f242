"""Round seventeen (16n): a wire story's full dateline below the page's picture captions,
past the opening's 80 words, still opens the story; the captions above it go. Twins: the
same lines without a picture's mark, and a dateline without its clock time, stay as before.
Invented texts."""

from __future__ import annotations

from storyline.clean.noise import clean_text

CAPTIONS = (
    "Rescue boats fight the fire on the Acme platform off Port Ellery, in this handout photograph released by the coast guard on March 3, 2009.\n\n"
    "Eleven workers were missing and 17 hurt in a blast on the Acme platform, and crews were fighting the fire hours later, the coast guard said on Wednesday.\n\n"
    "About 120 people were on board at the time A rescue helicopter and its crew film the fire on the platform while searching for survivors April 21, 2010.\n\n"
    "Several helicopters, planes and boats came to rescue the platform's crew of 120 from the burning deck and the water around it.\n\n"
    "Picture taken April 21, 2010.\n\n"
)
DATELINE = "PORT ELLERY | Thu Apr 22, 2010 6:45 pm EDT PORT ELLERY (Reuters) - "
LEAD = "A platform that had burned for 36 hours off Port Ellery sank on Thursday, officials said.\n\nThe fire went out as it sank.\n\nMore boats were sent.\n"


def test_full_dateline_below_picture_captions_is_found():
    c = clean_text(CAPTIONS + DATELINE + LEAD)
    assert c.dateline is not None
    assert (c.dateline.place, c.dateline.date, c.dateline.agency) == ("PORT ELLERY", "2010-04-22", "Reuters")
    assert c.text.startswith("A platform that had burned")
    assert "Picture taken" not in c.text and "handout photograph" not in c.text


def test_paragraphs_without_a_picture_mark_stay_above_the_stamp():
    # must keep: the same lines saying nothing of a picture are the article's own
    plain = (CAPTIONS.replace("in this handout photograph released by the coast guard", "as the coast guard said")
             .replace("Picture taken April 21, 2010.", "The search went on all night."))
    c = clean_text(plain + DATELINE + LEAD)
    assert c.dateline is None
    assert "Eleven workers were missing" in c.text


def test_a_stamp_without_agency_or_time_below_captions_is_not_taken():
    # must keep: a bare date line below the captions is no wire dateline
    c = clean_text(CAPTIONS + "Thursday, April 22, 2010\n\n" + LEAD)
    assert c.dateline is None
    assert "Eleven workers were missing" in c.text


def test_captions_over_a_page_long_stay():
    # more than 200 words above: an article, not a page's captions
    long = CAPTIONS + ("The coast guard said the search would go on through the night and into the next day, weather allowing. " * 12) + "\n\n"
    c = clean_text(long + DATELINE + LEAD)
    assert c.dateline is None
    assert "Eleven workers were missing" in c.text

"""Round twenty-four (24n): a wire picture's credit opening the lead's line ("(AP Photo)
<lead>", "AP Photo/Jane Roe <lead>", "(AP) PORT ELLERY, La. -- <lead>", "AP2010 <lead>")
and the caption above it; each rule with a must-keep twin. Invented texts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import clean_text

LEAD = "Acme Corp said on Thursday it would pay for the clean-up of the marsh, which lies south of the town."
AFTER = ("\n\nThe company gave no figure for the cost, and the council said it would ask again next week.\n\n"
         "Fishermen in the bay have stayed ashore since the spill began, the harbour master said.\n")
CAPTION = "Mayor Jane Roe walks along the oiled beach at Port Ellery."


def _cut(text: str) -> list[tuple[str, str]]:
    return [(r.reason.split(":")[0], r.text) for r in clean_text(text).removed]


# ------------------------------------------------------------ the credit

@pytest.mark.parametrize("credit", ["(AP Photo)", "(Reuters)", "AP2010"])  # in parentheses, or year-stamped
def test_agency_credit_opening_the_lead_is_cut(credit):
    text = f"{CAPTION}\n\n{credit} {LEAD}{AFTER}"
    assert ("caption", credit) in _cut(text)
    assert clean_text(text).text.startswith(LEAD)


def test_credit_with_the_photographer_ends_where_the_lead_opens():
    text = f"{CAPTION}\n\nAP Photo/Jane Q. Roe The marsh south of the town was closed to boats on Thursday, the council said.{AFTER}"
    c = clean_text(text)
    assert ("caption", "AP Photo/Jane Q. Roe") in _cut(text)
    assert c.text.startswith("The marsh south of the town was closed")


def test_credit_naming_a_company_ends_before_its_sentence():
    # the lead's first word is a name a lower-case word follows ("Acme has ...")
    text = f"{CAPTION}\n\nAP Photo/Transocean Acme has begun work on a relief well south of the town.{AFTER}"
    assert clean_text(text).text.startswith("Acme has begun work on a relief well")


def test_credit_whose_name_runs_past_three_words_is_left_alone():
    # must keep: where the name ends is not clear; nothing is cut
    line = "AP Photo/Jane Roe Port Ellery Harbour Board Chairman John Doe said the marsh would close."
    assert line in clean_text(f"{CAPTION}\n\n{line}{AFTER}").text


def test_credit_hiding_a_dateline_lets_the_dateline_be_read():
    text = f"{CAPTION}\n\n(AP) PORT ELLERY, La. -- {LEAD}{AFTER}"
    c = clean_text(text)
    assert c.dateline is not None and c.dateline.place == "PORT ELLERY, La."
    assert c.text.startswith(LEAD)


def test_agency_dateline_with_its_dash_is_no_credit():
    # must keep: "(AP) --" is the agency's dateline, read as such, not a picture credit
    text = f"(AP) -- {LEAD}{AFTER}"
    c = clean_text(text)
    assert c.text.startswith(LEAD)
    assert all(r.reason.split(":")[0] != "caption" for r in c.removed)


def test_agency_as_a_sentence_subject_stays():
    # must keep: "AP reported ..." and "The AP photo shows ..." are sentences
    for line in ("AP reported on Thursday that the marsh south of the town would close to boats.",
                 "The AP Photo archive shows the marsh south of the town before the spill began."):
        assert line in clean_text(f"{CAPTION}\n\n{line}{AFTER}").text


def test_credit_before_a_short_rest_is_left_alone():
    # must keep: a credit before fewer than six words is not split (a caption's own credit line)
    text = f"{LEAD}\n\n(AP) Port Ellery beach\n\n{LEAD}{AFTER}"
    assert "(AP) Port Ellery beach" not in [r.text for r in clean_text(text).removed]


# ------------------------------------------------------------ the caption above it

def test_present_tense_caption_above_the_credit_is_cut():
    text = f"{CAPTION}\n\n(AP Photo) {LEAD}{AFTER}"
    assert ("caption", CAPTION) in _cut(text)


def test_passive_caption_and_a_photo_opening_are_captions():
    for cap in ("Oil booms are seen along the shore of Port Ellery.",
                "In this May 2 photo provided by the coast guard, a ship sails past the rig."):
        assert ("caption", cap) in _cut(f"{cap}\n\n(AP Photo) {LEAD}{AFTER}")


def test_past_tense_sentence_above_a_credit_stays():
    # must keep: a past-tense sentence above the credit is the article's, not a caption
    first = "The rig sank on Thursday after burning for two days south of Port Ellery."
    c = clean_text(f"{first}\n\n(AP) {LEAD}{AFTER}")
    assert first in c.text
    assert LEAD in c.text


def test_three_lines_above_a_credit_are_not_taken_for_its_caption():
    # must keep: more than two lines above the credit are article text, not one caption
    lines = ["Jane Roe walks along the beach at Port Ellery.", "The rig sank two days after the blast.",
             "Oil is still pouring into the bay."]
    c = clean_text("\n\n".join(lines) + f"\n\n(AP) {LEAD}{AFTER}")
    for line in lines:
        assert line in c.text


def test_dated_gallery_captions_with_a_credit_opening_the_lead_are_cut():
    cap1, cap2 = "May 5: Boats leave Port Ellery with the pumps.", "May 4: Workers load a pump on the quay."
    text = f"{cap1}\n\n(AP) {cap2}\n\n(AP) {LEAD}{AFTER}"
    cut = _cut(text)
    assert ("caption", cap1) in cut and ("caption", cap2) in cut
    assert clean_text(text).text.startswith(LEAD)


def test_chronology_without_credits_stays():
    # must keep: dated entries with no credit are a timeline's, not a gallery's
    text = "May 5: The rig burns.\n\nMay 6: The rig sinks.\n\n" + LEAD + AFTER
    c = clean_text(text)
    assert "May 5: The rig burns." in c.text and "May 6: The rig sinks." in c.text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["AP", "Reuters", "AFP", "EPA"]), st.sampled_from(["", " Photo", " Photo/Jane Roe", " Photo/Jane Roe, File"]))
def test_any_agency_credit_shape_leaves_the_lead_whole(agency, tail):
    text = f"{CAPTION}\n\n({agency}{tail}) {LEAD}{AFTER}"
    c = clean_text(text)
    assert LEAD in c.text
    assert f"({agency}{tail})" not in c.text


# ------------------------------------------------------------ one dated caption with no credit

def test_one_present_tense_dated_caption_over_the_story_is_cut():
    cap = "June 2: Robots swarm the broken valve as oil rises near Port Ellery."
    text = f"{cap}\n\n{LEAD}{AFTER}"
    assert ("caption", cap) in _cut(text)
    assert clean_text(text).text.startswith(LEAD)


def test_one_passive_dated_caption_is_cut():
    cap = "April 27: Weathered oil is seen on the water south of Port Ellery."
    assert ("caption", cap) in _cut(f"{cap}\n\n{LEAD}{AFTER}")


def test_a_dated_past_tense_first_sentence_stays():
    # must keep: "June 2: the company said ..." opening a text is the story's sentence
    first = "June 2: Acme Corp said it would close the marsh to boats until the end of the month."
    assert clean_text(f"{first}\n\n{LEAD}{AFTER}").text.startswith(first)


def test_a_dated_entry_in_a_timeline_stays():
    # must keep: two dated entries are a chronology, present tense or not
    text = "June 2: Robots swarm the broken valve.\n\nJune 3: Acme lowers a cap on the well.\n\n" + LEAD + AFTER
    c = clean_text(text)
    assert "June 2: Robots swarm the broken valve." in c.text and "June 3: Acme lowers a cap on the well." in c.text


def test_a_dated_caption_with_no_sentence_after_it_stays():
    # must keep: a dated line followed by no article sentence is not over a story
    text = "June 2: Robots swarm the broken valve near Port Ellery.\n\nMore pictures\n"
    assert "June 2: Robots swarm the broken valve near Port Ellery." in clean_text(text).text


# ------------------------------------------------------------ a section's blurb under the story

BODY = LEAD + AFTER + "\n"


def test_a_section_blurb_closing_the_text_is_cut():
    blurb = "News, features, and opinions on city politics, the arts, and tools to plan a weekend."
    assert ("promo", blurb) in _cut(BODY + blurb + "\n")


def test_a_sentence_opening_on_such_a_list_stays():
    # must keep: it has a finite verb, it says something
    line = "News, photos, and videos from the flooded town spread across the internet within hours."
    assert line in clean_text(BODY + line + "\n").text


def test_a_section_blurb_above_the_last_lines_stays():
    # must keep: only among the text's last three lines (a list in the body is the body's)
    blurb = "News, features, and opinions on city politics, the arts, and tools to plan a weekend."
    text = blurb + "\n\n" + BODY + "The mayor will visit the marsh on Monday.\n\nThe council meets on Tuesday.\n\nThe vote is on Friday.\n"
    assert blurb in clean_text(text).text


def test_the_agencys_use_restrictions_go_with_its_credit():
    text = f"{CAPTION}\n\n(AP Photo/Port Ellery Herald, Jane Roe) TV OUT; MANDATORY CREDIT: PORT ELLERY HERALD OUT {LEAD}{AFTER}"
    c = clean_text(text)
    assert c.text.startswith(LEAD)
    assert "MANDATORY" not in c.text

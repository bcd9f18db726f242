"""Round twenty-five (25k): dated picture captions anywhere in a text, the credits glued
after them or before a dateline, a "by: <name>" byline run into the lead
(clean/captions_mid.py); each rule with a must-keep twin. Invented texts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean import captions_mid
from storyline.clean.noise import clean_text

LEAD = "Acme Corp said on Thursday it would pay for the clean-up of the marsh, which lies south of the town."
BODY = ("\n\nThe company gave no figure for the cost, and the council said it would ask again next week.\n\n"
        "Fishermen in the bay have stayed ashore since the spill began, the harbour master said.\n\n"
        "The council will meet again on Monday to hear from the harbour board and the fishermen.\n")


def _cut(text: str) -> list[tuple[str, str]]:
    return [(r.reason.split(":")[0], r.text.strip()) for r in clean_text(text).removed]


# ------------------------------------------------------------ dated captions mid-text

def test_a_run_of_dated_captions_in_the_middle_is_cut():
    caps = "June 3: Crews lower a dome over the broken pipe near Port Ellery.\n\nJune 2: A boat passes the burning rig."
    text = f"{LEAD}{BODY}\n{caps}\n\nThe mayor said the beaches would stay closed through the summer season."
    c = clean_text(text)
    assert "Crews lower a dome" not in c.text and "A boat passes" not in c.text
    assert "The mayor said the beaches would stay closed" in c.text


def test_a_dated_caption_showing_a_speaker_is_cut():
    # a verb of saying with nothing said: the picture shows someone speaking
    cap = "June 15, 2010: Mayor Jane Roe speaks from her office on the spill in the bay."
    c = clean_text(f"{cap}\n\n{LEAD}{BODY}")
    assert "speaks from her office" not in c.text and c.text.startswith(LEAD)


def test_a_dated_line_saying_something_stays():
    # must keep: "says the spill ..." reports what was said; it is the story's sentence
    line = "June 15: Mayor Jane Roe says the spill will close the beaches for a month."
    assert line in clean_text(f"{LEAD}{BODY}\n{line}\n\nThe council agreed with her on Monday night in a vote.").text


def test_a_chronology_going_forward_stays():
    # must keep: a timeline's entries run forward, even in the present tense
    tl = "May 2: Crews lower a dome over the pipe.\n\nMay 5: Acme opens a second relief well."
    assert "May 5: Acme opens a second relief well." in clean_text(f"{LEAD}{BODY}\n{tl}\n\nThe well was sealed in July.").text


def test_a_past_tense_dated_line_in_the_middle_stays():
    # must keep: "May 2: Acme lowered ..." is the story telling what happened on a day
    line = "May 2: Acme lowered a dome over the pipe, but the dome clogged within hours."
    assert line in clean_text(f"{LEAD}{BODY}\n{line}\n\nThe company then tried a smaller cap on the well.").text


def test_many_dated_lines_are_a_chronology():
    # must keep: four dated present-tense lines are a timeline, whatever their order
    tl = "\n\n".join(f"May {d}: Crews lower a dome over the pipe at the {w} site." for d, w in
                     [(9, "first"), (7, "second"), (5, "third"), (3, "fourth")])
    c = clean_text(f"{LEAD}{BODY}\n{tl}\n")
    assert "May 9: Crews lower a dome" in c.text and "May 3: Crews lower a dome" in c.text


def test_a_lone_dated_teaser_at_the_foot_is_cut():
    line = "April 28: The broken well may be leaking five times more oil than first thought."
    c = clean_text(f"{LEAD}{BODY}\n{line}\n")
    assert ("caption", line) in _cut(f"{LEAD}{BODY}\n{line}\n")
    assert "may be leaking" not in c.text


def test_a_dated_line_with_two_sentences_stays():
    # must keep: two sentences are the story's paragraph, not a caption
    line = "April 28: The well may be leaking more oil. Acme said it would know by Friday."
    assert line in clean_text(f"{LEAD}{BODY}\n{line}\n").text


def test_dated_captions_with_no_story_beside_them_stay():
    text = "June 3: Crews lower a dome over the broken pipe.\n\nJune 2: A boat passes the burning rig.\n"
    c = clean_text(text)
    assert "Crews lower a dome" in c.text and "A boat passes" in c.text


# ------------------------------------------------------------ credits

def test_a_credit_run_into_the_lead_after_a_dated_caption_is_cut():
    cap = "May 28: Acme chief Jane Roe walks along the oiled beach at Port Ellery."
    text = f"{cap}\n\nAP Roe's visit came a day after the council closed the beach to bathers.{BODY}"
    c = clean_text(text)
    assert ("caption", "AP") in _cut(text)
    assert c.text.startswith("Roe's visit came a day after")


def test_an_agency_opening_a_sentence_without_a_caption_above_stays():
    # must keep: no caption above, "AP Roe ..." is left as printed
    line = "AP Roe's visit came a day after the council closed the beach to bathers."
    assert line in clean_text(f"{LEAD}\n\n{line}{BODY}").text


def test_a_picture_credit_before_a_dateline_is_cut_and_the_dateline_read():
    text = f"Getty PORT ELLERY -- {LEAD}{BODY}"
    c = clean_text(text)
    assert ("caption", "Getty") in _cut(text)
    assert c.dateline is not None and c.dateline.place == "PORT ELLERY"
    assert c.text.startswith(LEAD)


def test_a_wire_agencys_own_dateline_is_no_credit():
    # must keep: "AP PORT ELLERY --" is the agency's dateline, taken whole by the dateline code
    c = clean_text(f"AP PORT ELLERY -- {LEAD}{BODY}")
    assert not any(k == "caption" for k, _ in _cut(f"AP PORT ELLERY -- {LEAD}{BODY}"))
    assert c.text.startswith(LEAD)


# ------------------------------------------------------------ "by: <name>"

@pytest.mark.parametrize("lead", [
    "The Coast Guard is responding to a new leak in the bay south of the town.",
    "Across the bay, shrimp boats still sit at the dock with their nets dry.",
    "Harbour towns have launched costly campaigns to bring the tourists back.",
])
def test_a_byline_run_into_the_lead_is_cut(lead):
    text = f"by: Jane Roe {lead}{BODY}"
    c = clean_text(text)
    assert ("byline", "by: Jane Roe") in _cut(text)
    assert c.text.startswith(lead)


def test_a_byline_whose_name_may_go_on_is_left_whole():
    # must keep: "Mary Ann Roe Smith ..." -- where the name ends is not clear; nothing is cut
    line = "by: Mary Ann Roe Smith said the boats would stay in harbour until June."
    assert "Ann Roe Smith said the boats" in clean_text(f"{line}{BODY}").text


def test_by_inside_a_sentence_is_no_byline():
    # must keep: "hard to come by: ..." is the sentence's own colon
    line = "Savings are hard to come by: Acme said it would cut its fleet by half this year."
    assert line in clean_text(f"{LEAD}\n\n{line}{BODY}").text


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abcdefghij ", min_size=0, max_size=30))
def test_byline_pattern_never_matches_lower_case_names(tail):
    assert captions_mid._BYLINE.match("by: " + tail.lower() + " The boats stay.") is None


def test_label_reads_a_credit_before_the_date():
    assert captions_mid._label("AP July 12: The cap is lowered over the well.") is not None
    assert captions_mid._label("In July 12 cases were found.") is None


# ------------------------------------------------------------ weekday labels, verbless captions

def test_a_weekday_labelled_caption_over_the_story_is_cut():
    cap = "Wednesday: Mayor Jane Roe meets harbour officials in the town hall."
    c = clean_text(f"{cap}\n\nPictured, from left, are Jane Roe, John Doe and Ann Poe.\n\n{LEAD}{BODY}")
    assert "meets harbour officials" not in c.text and "Pictured, from left" not in c.text
    assert c.text.startswith(LEAD)


def test_weekday_entries_going_forward_stay():
    # must keep: a week's schedule runs forward
    tl = "Monday: The council meets the harbour board.\n\nTuesday: Acme opens its claims office in the town."
    c = clean_text(f"{LEAD}{BODY}\n{tl}\n\nThe mayor said she would attend both.")
    assert "Monday: The council meets" in c.text and "Tuesday: Acme opens" in c.text


def test_a_verbless_dated_caption_with_a_credit_after_it_is_cut():
    cap = "Saturday: The yacht Blue Star, owned by Acme chief Jane Roe, seen near Port Ellery."
    text = f"{cap}\n\nAP If it is any comfort to the town, Roe did not win the race she sailed in.{BODY}"
    c = clean_text(text)
    assert "yacht Blue Star, owned by" not in c.text
    assert c.text.startswith("If it is any comfort to the town")


def test_a_verbless_dated_line_without_a_credit_stays():
    # must keep: a headline-style entry with no credit by it may be the story's own list
    line = "Saturday: The yacht Blue Star, owned by Acme chief Jane Roe, near Port Ellery."
    assert line in clean_text(f"{LEAD}{BODY}\n{line}\n\nThe race went on without her.").text


def test_one_present_tense_dated_line_inside_the_story_stays():
    # must keep: alone between paragraphs, no credit by it: the article's line (round thirteen)
    line = "May 5: Boats carry the pumps to the harbour at Port Ellery."
    assert line in clean_text(f"{LEAD}\n\n{line}\n\nThe pumps arrived late on Tuesday evening.{BODY}").text


def test_one_dated_caption_at_the_foot_is_cut():
    line = "July 17: The new cap is shown over the broken well."
    assert line not in clean_text(f"{LEAD}{BODY}\n{line}\n").text

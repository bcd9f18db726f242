"""Noise a held-out audit still found kept (issue 16, round eleven, 16c: haiti_bbc seed 17):
a photo credit glued to a sentence that opens with a count (the sentence was cut with the
credit), a headline over the lead that the lead restates, a live page's entry stamps and a
programme's how-to-listen box. Every text here is invented; each shape has a must-keep twin
of the same surface."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import clean_text

BODY = ("\n\nOfficials said the airport was open again for relief flights carrying food and water."
        "\n\nThe government has asked neighbouring countries for tents, doctors and fuel."
        "\n\nSchools in the north will stay closed until the end of the month, the ministry said.")
OPEN = "Floods have cut off the north of the island, and relief teams are trying to reach it by boat."


def _removed(text: str, prefix: str = "") -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith(prefix)]


# -- a photo credit glued to a sentence that opens with a count (noise._credit_name) --

@pytest.mark.parametrize("opening", ["About 2,000 people", "2,000 people", "Some 300 families", "Nearly 40 boats"])
def test_a_credit_before_a_count_is_cut_alone(opening):
    sentence = f"{opening} in Port Ellery lost their homes in the storm."
    text = f"{OPEN}\n\nPicture: Jane Roe {sentence}{BODY}"
    c = clean_text(text)
    assert "Picture: Jane Roe" in [r.text for r in c.removed]
    assert sentence in c.text


def test_a_credit_line_with_a_year_and_no_sentence_still_goes_whole():
    # twin: a number after the name that starts no sentence (fewer than six words after it)
    text = f"{OPEN}\n\nPicture: Acme Archive 1998 edition{BODY}"
    assert _removed(text, "label") == ["Picture: Acme Archive 1998 edition"]


def test_a_sentence_about_a_picture_stays():
    # twin: no credit label at the start of the line
    line = "The picture Jane Roe took shows about 2,000 people waiting at the harbour."
    assert line in clean_text(f"{OPEN}\n\n{line}{BODY}").text


# -- a headline over the lead that the lead restates (noise._split_restated_headlines) --

@pytest.mark.parametrize("headline, lead", [
    ("Bakery sales up despite winter storm",
     "Takings at the Acme bakery chain rose in January although the winter storm shut two shops, its owners said."),
    ("Hundreds of island families lost their boats in the storm",
     "Police on the island say fishing families are now sharing the few boats that are left."),
    # a name before the seam, a plural after it that the text writes in lower case too
    ("Teaching nurses to treat burns in Acmeland",
     "Nurses who arrived from the capital this week are learning how to treat burns from visiting nurses and surgeons."),
])
def test_a_headline_the_lead_restates_is_cut(headline, lead):
    c = clean_text(f"{headline} {lead}{BODY}")
    assert _removed(f"{headline} {lead}{BODY}", "caption: a headline or picture caption over the lead") == [headline]
    assert c.text.startswith(lead)


@pytest.mark.parametrize("line", [
    # a date word after a name: one sentence, AP style
    "Relief crews in Port Ellery Thursday began handing out food parcels to the families of the relief crews.",
    # the lead shares one content word with the words before the seam only
    "Relief crews have reached Port Ellery Families in the north are still waiting for tents and clean drinking water.",
    # a verb of saying before the seam: what follows is what was said
    "Officials in Acmeland said Volunteers were rebuilding the school that volunteers had built in Acmeland in May.",
    # a capitalised word before the seam and a name after it: one name going on
    "Relief crews and President Jane Roe visited the relief crews at the harbour on the day the storm ended.",
    # a capitalised word before the seam, a plural the text never writes in lower case
    "Helping to rebuild schools in Port Ellery Volunteers have begun rebuilding the schools of the town.",
    # a comma before the seam: one sentence going on
    "Volunteers rebuild the school, Volunteers Club members say, and the school will open again in the spring.",
])
def test_lead_sentences_that_only_look_glued_stay(line):
    text = f"{line}{BODY}"
    assert not _removed(text, "caption: a headline or picture caption over the lead")
    assert line in clean_text(text).text


def test_two_seams_that_pass_abstain():
    # twin: a seam inside the headline ("spreading | Acmeland") and one after it ("warning |
    # Local") both pass; the rule does not guess (an older rule may still cut the headline)
    line = "Local radio key in spreading Acmeland storm warning Local and national radio carried the storm warning to every spreading town."
    assert not _removed(f"{line}{BODY}", "caption: a headline or picture caption over the lead")


def test_the_rule_reads_the_lead_only():
    # twin: the same shape below the lead is left to the older rules
    line = "Volunteers rebuild the school in Port Ellery Volunteers have begun rebuilding the village school there, a month on."
    assert not _removed(f"{OPEN}\n\n{line}{BODY}", "caption: a headline or picture caption over the lead")


# -- a live page's entry stamps (noise._split_entry_stamps) --

@pytest.mark.parametrize("stamp, entry", [
    ("4 MARCH, 2200 GMT, PORT ELLERY", "We have finally reached the harbour after ten hours on the road."),
    ("4 MARCH, 1815 GMT, ENTERING ACMELAND -", "Finally we are across the border and on the coast road."),
    ("4 MARCH, 1815 GMT, ENTERING ACMELAND", "Finally we are across."),
    ("12 June, 09:30 BST, BANI", "A car stands at the side of the road with no fuel left in it."),
])
def test_an_entry_stamp_is_cut_and_the_entry_stays(stamp, entry):
    text = f"{OPEN}\n\n{stamp} {entry}{BODY}"
    c = clean_text(text)
    assert [r.text for r in c.removed if "entry stamp" in r.reason] == [stamp]
    assert entry in c.text


@pytest.mark.parametrize("line", [
    "4 March, 1400 GMT, was the deadline the council set for the harbour plan.",  # a lower-case word after the time
    "4 March, 1400 GMT, Port Ellery The council met to discuss the harbour plan.",  # the place in mixed case
    "On 4 MARCH, 2200 GMT, PORT ELLERY The council met to discuss the harbour plan.",  # not at the line's start
    "4 MARCH, 2200 GMT, PORT ELLERY Council met.",  # too short to tell a stamp's place from the entry
])
def test_lines_that_are_no_entry_stamp_stay_whole(line):
    assert not [r for r in clean_text(f"{OPEN}\n\n{line}{BODY}").removed if "entry stamp" in r.reason]


@settings(max_examples=40, deadline=None)
@given(day=st.integers(1, 31), hh=st.integers(0, 23), mm=st.integers(0, 59),
       month=st.sampled_from(["JANUARY", "MARCH", "SEPT", "December"]))
def test_entry_stamps_of_any_day_and_time(day, hh, mm, month):
    stamp = f"{day} {month}, {hh:02d}{mm:02d} GMT, PORT ELLERY"
    entry = "We have finally reached the harbour after ten hours on the road."
    c = clean_text(f"{OPEN}\n\n{stamp} {entry}{BODY}")
    assert [r.text for r in c.removed if "entry stamp" in r.reason] == [stamp]
    assert entry in c.text


# -- a programme's how-to-listen box (data/labels.txt, "listen") --

def test_a_how_to_listen_box_is_cut():
    box = "How to listen to: Notes From Abroad Radio 9: Sundays, 0930."
    assert _removed(f"{OPEN}\n\n{box}{BODY}", "label") == [box]


@pytest.mark.parametrize("line", [
    "How to listen to a patient is taught in the first year of medical school.",
    "How to listen: that is what the course sets out to teach, over twelve weeks and three long essays, to every new volunteer on the helpline.",
])
def test_sentences_about_listening_stay(line):
    assert line in clean_text(f"{OPEN}\n\n{line}{BODY}").text

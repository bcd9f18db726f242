"""Pull quotes printed with their speaker and run into the next sentence (issue 16, round
thirteen, 16w, read from a seeded sample of the non-audit Timeline17 topics): a quotation the
text gives again as a whole sentence, then its speaker's name and role, glued to a sentence;
and a pull-quote box printed as text with its closing marker ("End Quote"). Every text here
is invented; each shape has a must-keep twin of the same surface."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import (
    _ATTRIBUTED_REASON,
    _CONTRIBUTORS_REASON,
    _DATED_CAPTION_REASON,
    _END_QUOTE_REASON,
    _GALLERY_CREDIT_REASON,
    _PAGER_REASON,
    clean_text,
)

BODY = ("\n\nOfficials said the airport was open again for relief flights carrying food and water."
        "\n\nThe government has asked neighbouring countries for tents, doctors and fuel."
        "\n\nSchools in the north will stay closed until the end of the month, the ministry said.")
OPEN = "Floods have cut off the north of Port Ellery, and relief teams are trying to reach it by boat."
QUOTE = "We have enough boats to reach every village in the north by the end of the week"


def _removed(text: str, reason: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason == reason]


# -- a pull quote with its speaker's name and role (noise._split_attributed_pull_quotes) --

def test_a_pull_quote_with_name_and_role_before_a_sentence_is_cut():
    line = f"{QUOTE} Dr Jane Roe, Acme Relief director general Local reports say the water is falling slowly."
    text = f"{OPEN}\n\n{line}\n\nDr Roe said: \"{QUOTE}.\"{BODY}"
    c = clean_text(text)
    assert _removed(text, _ATTRIBUTED_REASON) == [f"{QUOTE} Dr Jane Roe, Acme Relief director general"]
    assert "Local reports say the water is falling slowly." in c.text
    assert f'Dr Roe said: "{QUOTE}."' in c.text


def test_a_pull_quote_with_a_spokeswoman_before_a_sentence_is_cut_whole():
    # the older rule cut the quote at "A" and left "A Port Ellery council spokeswoman" glued
    line = f"{QUOTE} A Port Ellery council spokeswoman Engineers have been working on the bridge since Monday."
    text = f"{OPEN}\n\n{line}\n\nA spokeswoman for Port Ellery council said: \"{QUOTE}.\"{BODY}"
    c = clean_text(text)
    assert _removed(text, _ATTRIBUTED_REASON) == [f"{QUOTE} A Port Ellery council spokeswoman"]
    assert "\n\nEngineers have been working on the bridge since Monday." in c.text


def test_a_sentence_that_repeats_words_and_goes_on_with_a_name_stays():
    # twin: the words are said again, but not as a whole sentence (they go on there), so
    # nothing marks them as a pull quote
    line = f"{QUOTE} Jane Roe, the mayor, said on Tuesday after the council met at the harbour."
    text = f"{OPEN}\n\n{line}\n\n\"{QUOTE} and then the south,\" she added.{BODY}"
    assert not _removed(text, _ATTRIBUTED_REASON)
    assert line in clean_text(text).text


def test_a_repeat_followed_by_a_clause_with_a_verb_stays():
    # twin: what follows the repeat is a clause ("Jane Roe told ..."), not a name and a role
    line = f"{QUOTE} Jane Roe told reporters Officials were hopeful about the weather on Friday."
    text = f"{OPEN}\n\n{line}\n\nShe said: \"{QUOTE}.\"{BODY}"
    assert not _removed(text, _ATTRIBUTED_REASON)


def test_a_speaker_named_nowhere_else_stays():
    # twin: the name after the repeat is not the article's: no evidence it is the quote's speaker
    line = f"{QUOTE} Dr John Doe, Acme Relief director general Local reports say the water is falling slowly."
    text = f"{OPEN}\n\n{line}\n\nThe mayor said: \"{QUOTE}.\"{BODY}"
    assert not _removed(text, _ATTRIBUTED_REASON)


# -- a pull-quote box printed with its closing marker (noise._split_end_quote_boxes) --

def test_an_end_quote_box_before_a_sentence_is_cut():
    line = ('The harbour wall will hold until the spring tides" End Quote Jane Roe Acme Bird Society '
            "There are boats from three villages in the search since dawn.")
    text = f"{OPEN}\n\n{line}{BODY}"
    c = clean_text(text)
    assert _removed(text, _END_QUOTE_REASON) == [
        'The harbour wall will hold until the spring tides" End Quote Jane Roe Acme Bird Society']
    assert "There are boats from three villages in the search since dawn." in c.text


def test_an_end_quote_box_whose_role_ends_in_lower_case_is_cut_at_the_role():
    line = ('The harbour will open again within a week" End Quote John Doe Port Ellery harbour master '
            "Acme engineers have the pumps in place and will test them on Monday.")
    text = f"{OPEN}\n\n{line}{BODY}"
    c = clean_text(text)
    assert _removed(text, _END_QUOTE_REASON) == [
        'The harbour will open again within a week" End Quote John Doe Port Ellery harbour master']
    assert "Acme engineers have the pumps in place and will test them on Monday." in c.text


def test_an_end_quote_box_with_no_word_saying_where_the_name_ends_stays():
    # twin: a capitalised role and then a capitalised name, two roles in the speaker ("...
    # Acme shareholder, Port Ellery Acme governor Port Ellery Governor John Doe said"):
    # nothing tells where the speaker ends, so the line stays. (Round thirty-one: with one
    # role in lower case, "Acme governor Port Ellery Governor John Doe said", the run after
    # the role is the next sentence's subject and the box is cut there,
    # test_clean_end_quote_boxes_round31.py.)
    line = ('The pumps arrived a week late" End Quote Jane Roe Acme shareholder, Port Ellery Acme governor '
            "Port Ellery Governor John Doe said the water had reached the harbour wall.")
    text = f"{OPEN}\n\n{line}{BODY}"
    assert not _removed(text, _END_QUOTE_REASON)
    assert "John Doe said the water had reached the harbour wall." in clean_text(text).text


def test_a_list_lead_in_before_an_end_quote_box_stays():
    # twin: a colon in the piece before the marker: a list's lead-in glued there is the article's
    line = ('The list of repairs includes: The harbour wall needs new stone" End Quote '
            "Jane Roe Acme Times There is a flawed design for the harbour wall.")
    text = f"{OPEN}\n\n{line}{BODY}"
    assert not _removed(text, _END_QUOTE_REASON)
    assert "The list of repairs includes:" in clean_text(text).text


def test_the_words_end_quote_inside_a_sentence_stay():
    # twin: the words at no line's head, after no quotation
    line = "The play's last scene, called End Quote, opens with the mayor alone on the harbour wall."
    text = f"{OPEN}\n\n{line}{BODY}"
    assert not _removed(text, _END_QUOTE_REASON)
    assert line in clean_text(text).text


# -- a slideshow's pager with unfilled placeholders (noise._split_pagers) --

def test_a_pager_with_unfilled_placeholders_is_cut_and_the_slide_kept():
    line = "BACK {current} of {total} NEXT Engineers will lower a smaller pump into the harbour on Monday."
    text = f"{OPEN}\n\n{line}\n\nBACK {{current}} of {{total}} NEXT{BODY}"
    c = clean_text(text)
    assert _removed(text, _PAGER_REASON) == ["BACK {current} of {total} NEXT", "BACK {current} of {total} NEXT"]
    assert "\n\nEngineers will lower a smaller pump into the harbour on Monday." in c.text
    assert "{current}" not in c.text


def test_braces_inside_a_sentence_stay():
    # twin: braces in prose, no placeholder pair at the line's head
    line = "The council listed the zones as {north} and {south} of the river in its report."
    text = f"{OPEN}\n\n{line}{BODY}"
    assert not _removed(text, _PAGER_REASON)
    assert line in clean_text(text).text


# -- a picture gallery's dated captions and their credits over the story (noise._split_dated_captions) --

LEAD = ("Engineers set new pumps on the harbour wall on Tuesday, the council said, "
        "and will test them over the next two days.")


def test_gallery_captions_and_their_credits_over_the_lead_are_cut():
    text = ("May 5: Boats carry the pumps to the harbour at Port Ellery."
            "\n\nAP May 4: Workers load the last pump."
            f"\n\nAP {LEAD}{BODY}")
    c = clean_text(text)
    assert _removed(text, _DATED_CAPTION_REASON) == ["May 5: Boats carry the pumps to the harbour at Port Ellery.",
                                                     "May 4: Workers load the last pump."]
    assert _removed(text, _GALLERY_CREDIT_REASON) == ["AP", "AP"]
    assert c.text.startswith(LEAD)


def test_a_caption_credited_as_via_an_agency_is_cut():
    text = f"June 2: Robots work at the well, bottom left.\n\nAcme Corp, via AP {LEAD}{BODY}"
    c = clean_text(text)
    assert _removed(text, _DATED_CAPTION_REASON) == ["June 2: Robots work at the well, bottom left."]
    assert c.text.startswith(LEAD)


def test_a_chronology_with_no_credit_stays():
    # twin: date-labelled entries opening a text with no agency credit anywhere: a timeline
    text = ("April 20: The rig explodes and sinks two days later."
            "\n\nApril 22: Oil is seen on the surface near the wreck."
            f"\n\n{LEAD}{BODY}")
    assert not _removed(text, _DATED_CAPTION_REASON)
    assert "April 20: The rig explodes and sinks two days later." in clean_text(text).text


def test_a_dated_line_below_the_opening_stays():
    # twin: a date-labelled line after the lead is the article's, even with a credit after it
    line = "May 5: Boats carry the pumps to the harbour at Port Ellery."
    text = f"{LEAD}\n\n{line}\n\nAP reported the boats arrived late on Tuesday evening.{BODY}"
    assert not _removed(text, _DATED_CAPTION_REASON)
    assert line in clean_text(text).text


def test_an_agency_as_the_subject_of_the_lead_stays():
    # twin: "AP reported ..." after a dated line: the agency is the sentence's subject, no credit
    text = f"May 5: Boats carry the pumps to the harbour.\n\nAP reported the boats arrived late on Tuesday.{BODY}"
    assert not _removed(text, _GALLERY_CREDIT_REASON)
    assert "AP reported the boats arrived late on Tuesday." in clean_text(text).text


def test_an_agency_dateline_after_a_gallery_caption_is_left_to_the_dateline_code():
    # the credit opens the agency's dateline ("AP PORT ELLERY --"): not split off, the lead stays
    text = f"May 5: Boats carry the pumps to the harbour.\n\nAP PORT ELLERY -- {LEAD}{BODY}"
    c = clean_text(text)
    assert not _removed(text, _GALLERY_CREDIT_REASON)
    assert LEAD in c.text
    assert "May 5: Boats" not in c.text


# -- the contributors' credit closing a report (noise._contributor_credits) --

def test_contributor_credits_closing_the_report_are_cut():
    text = (f"{LEAD}{BODY}\n\nRoe reported from Port Ellery."
            "\n\nAssociated Press writers John Doe in Acme, La., and Mary Major in Port Ellery contributed to this report.")
    c = clean_text(text)
    assert _removed(text, _CONTRIBUTORS_REASON) == [  # two lines in a row: one removed block
        "Roe reported from Port Ellery.\n\n"
        "Associated Press writers John Doe in Acme, La., and Mary Major in Port Ellery contributed to this report."]
    assert c.text.rstrip().endswith("the ministry said.")


def test_a_sentence_about_a_contributor_stays():
    # twins: a clause around the words, a first-person "I reported from", and the credit words
    # inside a longer line that goes on with another sentence
    lines = ["Jane Roe, who contributed to this report, said the harbour would open on Monday.",
             "I reported from Port Ellery for three weeks before the floods came.",
             "The mayor thanked the crews. Volunteers from Acme also contributed to this report."]
    for line in lines:
        text = f"{LEAD}{BODY}\n\n{line}"
        assert not _removed(text, _CONTRIBUTORS_REASON), line
        assert line in clean_text(text).text


def test_a_credit_shape_above_the_last_lines_stays():
    # twin: the words in a line far from the end are the article's
    line = "The Associated Press contributed to this report."
    text = f"{LEAD}\n\n{line}{BODY}\n\nThe ferry will run again on Friday.\n\nThe council meets on Monday."
    assert not _removed(text, _CONTRIBUTORS_REASON)


def test_a_question_lead_below_the_agency_dateline_is_not_taken_for_the_title():
    # the captions above are cut first; the question after "AP PORT ELLERY --" opens the story
    text = ("May 5: Boats carry the pumps to the harbour."
            "\n\nAP PORT ELLERY -- Why did the river rise so fast?"
            f"\n\nThree days of rain upstream filled the valley.{BODY}")
    c = clean_text(text)
    assert c.text.startswith("Why did the river rise so fast?")


# -- the patterns never cut inside a sentence that merely holds their words --

@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Officials", "The agency", "Jane Roe", "Residents"]),
       st.sampled_from(["said", "wrote", "warned"]),
       st.sampled_from(["End Quote", "{current} of {total}", "contributed to this report", "May 5: Acme",
                        "AP reported from Port Ellery"]))
def test_no_cut_of_a_sentence_holding_the_words(subject, verb, words):
    line = f"{subject} {verb} that the phrase {words} appeared in the council's notes on Monday."
    text = f"{OPEN}\n\n{line}{BODY}\n\nThe ferry will run again on Friday."
    assert line in clean_text(text).text


def test_a_reuters_life_dateline_is_lifted_whole():
    text = ("PORT ELLERY | Tue Jun 9, 2009 8:36 am EDT PORT ELLERY (Reuters Life!)"
            f"\n\n- More than two thousand people dressed as pirates to set a record, the judges said.{BODY}")
    c = clean_text(text)
    assert c.dateline is not None and c.dateline.agency == "Reuters Life!"
    assert "(Reuters Life!)" not in c.text


@pytest.mark.parametrize("head", ["Reuters PORT ELLERY --", "(AP) PORT ELLERY --", "AP PORT ELLERY \u2014"])
def test_a_gallery_credit_the_dateline_code_does_not_take_whole_is_split_off(head):
    # the cleaner asks the dateline code (dateline.credit_dateline) whether a credit opens its
    # dateline: where it does not, the credit goes and the place is read as the dateline
    text = f"May 5: A ship carries the dome to the harbour.\n\n{head} {LEAD}{BODY}"
    c = clean_text(text)
    assert c.text.startswith(LEAD)
    assert c.dateline is not None and c.dateline.place == "PORT ELLERY"

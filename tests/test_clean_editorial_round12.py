"""Editors' and site's notes a held-out audit found kept (issue 16, round twelve, 16p: seed 19):
link promos run into the next sentence, a blog index page's post stamps and columnists'
disclaimers, an editor's amendment note, a call-out to readers and a contribution form's
notice, a line pointing at the page's media. Every text here is invented; each shape has a
must-keep twin of the same surface."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import clean_text

OPEN = ("Acme Corp faces fines over the oil spill in the bay near Port Ellery, officials said on Monday."
        "\n\nThe agency has not yet decided how much to seek from the company, an official said."
        "\n\nThe company has set aside money for the clean-up and says it will pay every claim.")
CLOSE = ("\n\nThe company declined to comment on the fines on Monday evening."
         "\n\nShares in Acme Corp fell 3 percent in early trading in London on the news.")


def _removed(text: str, prefix: str = "") -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith(prefix)]


# -- link promos run into the sentence after them --

@pytest.mark.parametrize("promo", [
    "(To read the inspectors' full letter, click here: here)",
    "For a chart, click on: here",
    "(For more coverage of the spill, please click here: here)",
    "For a timeline of the clean-up, click here:",
])
def test_a_link_promo_glued_to_a_sentence_is_cut_alone(promo):
    sentence = "Inspectors return to the bay next week to take new samples from the shore."
    c = clean_text(f"{OPEN}\n\n{promo} {sentence}{CLOSE}")
    assert promo in [r.text for r in c.removed]
    assert sentence in c.text


@pytest.mark.parametrize("line", [
    "To apply for the work, visit the state's employment website and click on Spill Jobs.",
    "For residents, clicking here and there on the council's website was no help, Jane Roe said.",
    "Residents can click here to read the full report, the council said in a letter on Monday.",
    "For a week, the company said, engineers would go to the site every day to check the cap.",
])
def test_click_here_inside_a_sentence_stays(line):
    assert line in clean_text(f"{OPEN}\n\n{line}{CLOSE}").text


def test_a_promo_with_no_sentence_after_it_is_not_split():
    # twin: a lower-case word after the call: the line may go on as one sentence
    line = "For a map, go to: here and there the roads are closed."
    assert not _removed(f"{OPEN}\n\n{line}{CLOSE}", "promo: a link promo")


# -- an editor's amendment note --

@pytest.mark.parametrize("note, more", [
    ("This article was amended on 3 March 2011.", ["The original said the fund held $3bn.", "This has been corrected."]),
    ("cents This article was amended on Friday 4 March 2011.", ["In the article above a figure for the fund was put right."]),
    ("This article was amended on 2 and 9 March 2011 to correct the size of the fund.", []),
])
def test_an_amendment_note_and_its_lines_are_cut(note, more):
    text = OPEN + CLOSE + "\n\n" + "\n\n".join([note, *more])
    c = clean_text(text)
    gone = "\n\n".join(r.text for r in c.removed)
    assert note in gone
    for m in more:
        assert m in gone and m not in c.text
    assert "Shares in Acme Corp fell 3 percent" in c.text


def test_the_article_after_an_amendment_note_stays():
    # the note is cut; the sentence after it, no note's own line, stays
    text = OPEN + "\n\nThis article was amended on 5 March 2011.\n\nThe hearing had been planned for weeks, the court said." + CLOSE
    c = clean_text(text)
    assert "This article was amended" not in c.text
    assert "The hearing had been planned for weeks, the court said." in c.text


@pytest.mark.parametrize("line", [
    "The act was amended on 12 March 2009 to raise the fines for spills.",
    "This law was amended on 3 May 2011, and the company says it does not apply.",
    "Jane Roe said this article was amended on the editor's orders, which the paper denies.",
])
def test_a_law_amended_on_a_date_stays(line):
    assert line in clean_text(f"{OPEN}\n\n{line}{CLOSE}").text


def test_a_sentence_before_a_glued_note_stays():
    text = OPEN + "\n\nThe fund will be run by an independent lawyer. This article was amended on 3 March 2011." + CLOSE
    c = clean_text(text)
    assert "The fund will be run by an independent lawyer." in c.text
    assert "This article was amended" not in c.text


# -- a blog index page: post stamps, disclaimers and the bio above them --

BLOG = ("The harbour board of Port Ellery met on Tuesday to hear the dredging company's plans for the spring."
        "\n\nBoard members asked for a survey of the seabed before any work starts near the old pier."
        "\n\nThe company promised to publish its survey in full and to pay for an independent review."
        "\n\nFishermen at the meeting said the plan would close the inner harbour for most of April.")


def test_a_post_stamp_is_cut_and_its_teaser_stays():
    teaser = "Running a port is harder than it looks, two former harbour masters write in a new memoir."
    c = clean_text(f"{BLOG}\n\nMar 3, 2011 09:40 UTC {teaser}{CLOSE}")
    assert "Mar 3, 2011 09:40 UTC" in [r.text for r in c.removed]
    assert teaser in c.text


def test_a_post_stamp_before_a_double_dash_bio():
    c = clean_text(f"{BLOG}\n\nFeb 8, 2011 17:05 UTC -- Jane Roe is a founder of a charity in Port Ellery.{CLOSE}")
    assert "Feb 8, 2011 17:05 UTC --" in [r.text for r in c.removed]


def test_a_date_and_time_inside_a_sentence_stays():
    line = "The cap was fitted on Mar 3, 2011 09:40 UTC according to the company's own log."
    assert line in clean_text(f"{BLOG}\n\n{line}{CLOSE}").text


def test_a_disclaimer_and_the_bio_above_it_are_cut():
    c = clean_text(f"{BLOG}\n\n-- John Doe is a columnist.\n\nThe opinions expressed are his own.{CLOSE}")
    gone = "\n\n".join(r.text for r in c.removed)
    assert "John Doe is a columnist." in gone and "The opinions expressed are his own." in gone
    assert "Shares in Acme Corp fell" in c.text


def test_a_column_after_its_disclaimer_stays():
    first = "The spill is many things at once: a mess, a lawsuit and a lesson for every harbour."
    c = clean_text(f"{BLOG}\n\nThe views expressed are his own -- {first}{CLOSE}")
    assert first in c.text
    assert "The views expressed are his own --" in [r.text for r in c.removed]


@pytest.mark.parametrize("line", [
    "Jane Roe said the views expressed in the report were not the company's own.",
    "The opinions expressed at the meeting were mixed, and no vote was taken on the plan.",
])
def test_views_in_a_sentence_stay(line):
    assert line in clean_text(f"{BLOG}\n\n{line}{CLOSE}").text


def test_a_name_line_above_a_plain_sentence_stays():
    # twin of the bio: no disclaimer under it
    line = "Jane Roe is a professor of marine biology at Port Ellery University."
    assert line in clean_text(f"{BLOG}\n\n{line}\n\nShe said the spill would harm the bay for years.{CLOSE}").text


# -- a call-out to readers and a contribution form's notice --

def test_a_call_out_is_cut():
    c = clean_text(f"{OPEN}{CLOSE}\n\nAs the first month ends, we are asking readers to share a picture of their street with the mayor's office."
                   "\n\nSo far 300 pictures have come in, from the flooded to the merely damp ...")
    assert "we are asking readers" not in c.text
    assert "So far 300 pictures have come in" not in c.text


@pytest.mark.parametrize("line", [
    "You can send us your stories using the form below: we may print some of them.",
    "A selection of your comments may be published with your name and town.",
    "Send us your photos and stories using the form on this page",
    "If you are happy to be contacted by a journalist, add your number to the box.",
])
def test_a_contribution_form_notice_is_cut(line):
    c = clean_text(f"{OPEN}\n\n{line}{CLOSE}")
    assert line not in c.text
    assert "Shares in Acme Corp fell" in c.text


@pytest.mark.parametrize("line", [
    'The mayor said: "We are asking residents to send photographs of damaged homes to the council."',
    "Residents were asked to send their experiences to the council, which will publish a report in May.",
    "The agency asks people who fall ill to send samples using the form their doctor gives them.",
])
def test_an_appeal_in_the_story_stays(line):
    assert line in clean_text(f"{OPEN}\n\n{line}{CLOSE}").text


# -- a line pointing the reader at the page's own media (data/media_pointers.txt) --

@pytest.mark.parametrize("line", [
    "Click on the arrows for larger maps of the bay.",
    "To see how the pumps work, click on the tabs below.",
])
def test_a_click_on_pointer_is_cut(line):
    assert line not in clean_text(f"{OPEN}\n\n{line}{CLOSE}").text


def test_a_sentence_about_clicking_stays():
    line = "Jane Roe said users who click on the arrows found the map hard to read, and the site was changed."
    assert line in clean_text(f"{OPEN}\n\n{line}{CLOSE}").text


# -- the promo pattern never eats a sentence that does not open with a promo --

@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Officials", "The agency", "Jane Roe", "Residents"]),
       st.sampled_from(["said", "say", "warned", "added"]),
       st.sampled_from(["click here", "go to: here", "click on: here"]))
def test_no_cut_inside_a_sentence(subject, verb, call):
    line = f"{subject} {verb} that readers who {call} will find nothing new about the spill."
    assert line in clean_text(f"{OPEN}\n\n{line}{CLOSE}").text


def test_a_call_out_running_on_past_its_contact_details_keeps_the_sentence_after_it():
    # twin of the call-out cut: the sentence after the phone number may be the article's.
    # (Round thirty-one: the call, now read as one by data/engagement.txt, is split off
    # at the number, noise._split_glued_calls; the sentence after it stays, as before.)
    call = ("Also, send us your ideas for the harbour using the form at the foot of the page Pictures to "
            "tips@example.org, or by text to +44 7700 900123")
    c = clean_text(f"{OPEN}\n\n{call} Local boat owners have joined the effort.{CLOSE}")
    assert "\n\nLocal boat owners have joined the effort." in c.text
    assert call in [r.text for r in c.removed]


def test_a_single_dash_bio_above_a_disclaimer_is_cut_and_the_column_stays():
    first = "Judging by the morning papers, the bay has been clean for a week and the boats are out."
    c = clean_text(f"{BLOG}\n\n- John Doe is a columnist.\n\nThe views expressed are his own -- {first}{CLOSE}")
    gone = "\n\n".join(r.text for r in c.removed)
    assert "John Doe is a columnist." in gone
    assert first in c.text

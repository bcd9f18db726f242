"""Round thirty-two (issue 16, byline): a byline of two reporters run into the lead ("By
Jane Roe and Ed Doe <lead>"), a titled byline with the outlet before the role ("By Jane
Roe, Acme business correspondent <lead>"), and a press release's "About <company>"
section above its SOURCE line are cut; the lead and the article stay. Every text is
invented; each must-cut case has a must-keep twin."""
from __future__ import annotations

from storyline.clean.noise import clean_text

LEAD = "Nevermind that the flood in Port Ellery has not reached the old mill, the town is worried."
BODY = "\n\nThe council said repairs would take a month.\n\nAnalysts said the cost was not yet known."


def _bylines(text: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.kind == "byline"]


def test_two_reporters_run_into_the_lead_are_cut():
    c = clean_text("By Wu Lan and Ken Doyle " + LEAD + BODY)
    assert any(r.kind == "byline" and r.text == "By Wu Lan and Ken Doyle" for r in c.removed)
    assert c.text.startswith("Nevermind that the flood")


def test_two_reporters_after_a_post_stamp_are_cut_with_it():
    from storyline.clean.noise import _segment, _split_run_in_bylines

    line = "Apr 29, 2009 09:23 UTC By Wu Lan and Ken Doyle " + LEAD
    units = _split_run_in_bylines(line, _segment(line))
    assert [(u.kind, u.text) for u in units] == [("byline", "Apr 29, 2009 09:23 UTC By Wu Lan and Ken Doyle"), (None, LEAD)]
    text = "Officials in Port Ellery met on Monday to plan the repairs to the dam.\n\n" + line + BODY
    c = clean_text(text)
    assert "Ken Doyle" not in c.text and "09:23" not in c.text and LEAD in c.text


def test_twin_a_sentence_opening_on_by_and_a_day_stays():
    text = "By Sunday and Monday Ken Doyle said the river had fallen by a foot in Port Ellery." + BODY
    assert "By Sunday and Monday" in clean_text(text).text and not _bylines(text)


def test_twin_a_second_name_not_opened_by_a_given_name_stays_whole():
    # "Wu Lan and Doyle Smith Nevermind ...": where the second name ends is not read
    text = "By Wu Lan and Qiao Smith " + LEAD + BODY
    assert not _bylines(text)


def test_twin_a_lead_opened_by_a_name_stays_whole():
    # "... Ken Doyle Port Ellery ...": the word after the surname is a name, not the lead's opening
    text = "By Wu Lan and Ken Doyle Port Ellery officials said the flood had not reached the mill." + BODY
    assert not _bylines(text)


def test_an_outlet_and_role_byline_run_into_the_lead_is_cut():
    text = "By Jane Roe, Acme business correspondent Acme's shareholders would like a quiet year after the spill." + BODY
    c = clean_text(text)
    assert "By Jane Roe, Acme business correspondent" in _bylines(text)
    assert c.text.startswith("Acme's shareholders would like")


def test_twin_a_sentence_with_a_time_word_and_a_role_stays():
    text = "By Monday Night, Acme business correspondent Jane Roe had left the site of the spill." + BODY
    assert not _bylines(text)


RELEASE_HEAD = "Acme Labs Test Finds Flood Germs Early... * Acme Wire is not responsible for the content of this release.\n\n"
RELEASE_BODY = ("Acme Labs said on Monday its new test found flood germs two days sooner than the old one.\n\n"
                "The test was tried on water from Port Ellery, the company said in a statement.\n\n"
                "Acme thanks the county for its help with the trial.")
CONTACT = ("\n\nSOURCE Acme Labs, Inc.\n\n"
           "Jane Roe of Acme Labs, +1 -555 -123 -4567, jroe@acmelabs.example")
ABOUT = ("\n\nAbout Acme Labs, Inc.\n\n"
         "Acme Labs, based in Port Ellery, makes tests for water and soil.\n\n"
         "Acme is developing a test for the home market.")


def test_a_release_about_section_above_its_source_line_is_cut():
    c = clean_text(RELEASE_HEAD + RELEASE_BODY + ABOUT + CONTACT)
    assert "About Acme Labs" not in c.text and "makes tests for water" not in c.text
    assert "the company said in a statement" in c.text and "thanks the county" in c.text


def test_twin_about_a_number_is_an_article_sentence():
    text = RELEASE_HEAD + RELEASE_BODY + "\n\nAbout 200 people attended the trial." + CONTACT
    assert "About 200 people attended the trial." in clean_text(text).text


def test_twin_about_another_company_stays():
    text = RELEASE_HEAD + RELEASE_BODY + "\n\nAbout Zenith Water\n\nZenith Water runs the county's plant." + CONTACT
    assert "Zenith Water runs the county's plant." in clean_text(text).text


def test_twin_about_heading_with_no_source_block_stays():
    text = RELEASE_BODY + ABOUT + BODY
    assert "makes tests for water and soil" in clean_text(text).text


def test_a_contributors_credit_in_brackets_closing_the_report_is_cut():
    text = BODY.strip() + "\n\nThe dam will reopen in June.\n\n(Acme's Jane Roe contributed to this report.)"
    c = clean_text(text)
    assert "contributed" not in c.text and "reopen in June" in c.text


def test_twin_a_first_person_bracketed_credit_stays():
    text = BODY.strip() + "\n\nThe dam will reopen in June.\n\n(I contributed to this report.)"
    assert "(I contributed to this report.)" in clean_text(text).text

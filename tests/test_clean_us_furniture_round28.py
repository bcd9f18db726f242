"""US outlets' page furniture (issue 16, round twenty-eight): a teaser cut short with its
"... read more" link, and a news channel's promo line printed under its stories. Every text
here is invented (the promo is the site's fixed phrase); each rule has a must-not-fire twin."""

from __future__ import annotations

from storyline.clean.noise import clean_text

LEAD = "Divers reached the sunken barge off Port Ellery before dawn, the harbour master said on Monday."
BODY = ("\n\nThe council said it had moved 300 people to the school on the hill overnight."
        "\n\nAcme Corp, which owns the barge, said its engineers were on their way.")
PROMO = "FOX News covers the action from all the angles."


def _removed(c, reason_start: str) -> list[str]:
    return [r.text for r in c.removed if r.reason.startswith(reason_start)]


def test_a_teaser_cut_short_with_read_more_goes_and_the_next_teaser_is_split_off():
    line = "Crews must now decide whether to pump cement into the... read more The tides seem to be turning at the port."
    c = clean_text(LEAD + BODY + "\n\n" + line)
    assert "read more" not in c.text and "pump cement" not in c.text
    teasers = _removed(c, "related: a teaser")
    # the teaser is cut at its link: the next teaser's words are not in its block (what
    # becomes of that line is the teaser-list rules' to say)
    assert any("pump cement" in r and r.rstrip().endswith("read more") for r in teasers)
    assert not any("tides" in r for r in teasers)


def test_two_read_more_teasers_and_the_promo_on_one_line():
    line = "Roofs were torn off homes... read more Water rose along the quay... read more " + PROMO
    c = clean_text(LEAD + BODY + "\n\n" + line)
    assert "read more" not in c.text and "Roofs were torn" not in c.text and "Water rose along" not in c.text
    assert "covers the action" not in c.text


def test_the_promo_alone_on_its_line_goes():
    c = clean_text(LEAD + BODY + "\n\n" + PROMO)
    assert "covers the action" not in c.text and c.text.rstrip().endswith("on their way.")


def test_the_promo_run_into_a_caption_line_is_cut_off_it():
    c = clean_text(LEAD + BODY + "\n\nJane Roe talks with the harbour crew before they leave " + PROMO)
    assert "covers the action" not in c.text


# -- must not fire --

def test_read_more_in_a_sentence_without_the_ellipsis_stays():
    line = "Residents who want to read more can find the council's report at the library."
    c = clean_text(LEAD + "\n\n" + line + BODY)
    assert line in c.text


def test_an_ellipsis_then_read_more_going_on_in_lower_case_stays():
    line = "He paused... read more slowly, she told him, and the crowd laughed at the quay."
    c = clean_text(LEAD + "\n\n" + line + BODY)
    assert line in c.text


def test_a_sentence_about_covering_a_story_from_all_angles_stays():
    line = "The Courier covers the story from all the angles, its editor said on Monday."
    c = clean_text(LEAD + "\n\n" + line + BODY)
    assert line in c.text


# -- a correction notice at the head (data/editorial.txt: correction, correction_fact) --

HEADLESS = ("Divers reached the sunken barge off Port Ellery before dawn on Monday, and the harbour master said "
            "the salvage would take a week.")


def test_a_correction_notice_and_its_fact_line_at_the_head_go():
    note = "This article about the salvage of the barge at Port Ellery misspelled the last name of the harbour master."
    fact = "She is Jane Roe, not Jane Rowe."
    c = clean_text(note + "\n\n" + fact + "\n\n" + HEADLESS + BODY)
    assert "misspelled" not in c.text and "not Jane Rowe" not in c.text
    assert c.text.startswith("Divers reached")
    assert any(r.reason.startswith("notice: a correction notice") for r in c.removed)


def test_an_earlier_version_note_with_an_it_is_fact_goes():
    note = "A previous version of this column wrongly named the Harbour Safety Act as the Harbor Safety Law."
    fact = "It is the Harbour Safety Act of 1990."
    c = clean_text(note + "\n\n" + fact + "\n\n" + HEADLESS + BODY)
    assert "earlier version" not in c.text and c.text.startswith("Divers reached")


# -- must not fire --

def test_a_column_opening_by_faulting_an_article_stays():
    # no fact line under it: the column's own lead
    lead = "This story in the Courier wrongly suggested that the barge sank because of the storm."
    c = clean_text(lead + "\n\n" + HEADLESS + BODY)
    assert c.text.startswith(lead)


def test_a_fact_shaped_line_without_the_notice_above_stays():
    lead = "It is the worst salvage job the port has seen, not the first, the harbour master said."
    c = clean_text(HEADLESS + "\n\n" + lead + BODY)
    assert lead in c.text


def test_a_correction_shaped_line_below_the_opening_stays():
    # only the text's first kept line can be the notice
    note = "This article misstated the date of the vote, the council's lawyer told the hearing."
    fact = "It was March 3, not March 4."
    c = clean_text(HEADLESS + "\n\n" + note + "\n\n" + fact + BODY)
    assert note in c.text and fact in c.text

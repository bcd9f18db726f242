"""The 1990s wire's own conventions (round thirty-nine, issue 16).

AP, the New York Times News Service, Cox and Xinhua set a dateline with an underscore for
the dash ("NAIROBI, Kenya (AP) _", "MIAMI _", at times on a line of its own), put the
service's credit under or after the byline ("c.1998 N.Y. Times News Service", "Associated
Press Writer"), notes to editors between paragraphs ("(END OPTIONAL TRIM)") and a closing
code ("NYT-08-07-98 1830EDT"). The dateline's place goes to metadata, the wire's lines are
cut with a reason, and no article sentence is cut: "Miami police said ..." and "By the end
of the day ..." stay. Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.clean import clean_record
from storyline.types import Record


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


LEAD = "Rebel fighters took control of a small port town on Tuesday, a regional official said."
SECOND = "Aid groups said they were moving food and medicine to the area by road."
THIRD = "The town's mayor said schools would stay shut for the rest of the week."


@pytest.mark.parametrize("line, place, agency", [
    ("NAIROBI, Kenya (AP) _ ", "NAIROBI, Kenya", "AP"),
    ("SPRINGFIELD, Ill. (AP) _ ", "SPRINGFIELD, Ill.", "AP"),
    ("MIAMI _ ", "MIAMI", None),
    ("NEW YORK _ ", "NEW YORK", None),
    ("UNDATED (AP) _ ", None, "AP"),
])
def test_an_underscore_dateline_opening_the_lead_is_cut_and_kept_as_metadata(line, place, agency):
    d = _clean(f"Rebels seize port town\n{line}{LEAD}\n{SECOND}\n")
    assert d.dateline is not None and d.dateline.place == place and d.dateline.agency == agency
    assert d.text.startswith(LEAD) and SECOND in d.text
    assert " _" not in d.text


def test_an_underscore_dateline_on_a_line_of_its_own_is_cut():
    d = _clean(f"Storm heads for coast\nMIAMI _\n{LEAD}\n{SECOND}\n")
    assert d.dateline is not None and d.dateline.place == "MIAMI"
    assert d.text.startswith(LEAD)


def test_xinhua_dateline_still_read():
    d = _clean(f"BEIJING, August 8 (Xinhua) -- {LEAD}\n{SECOND}\n")
    assert d.dateline.place == "BEIJING" and d.dateline.agency == "Xinhua" and d.dateline.date == "--08-08"


@pytest.mark.parametrize("line", [
    "Miami police said on Monday that they would close two bridges overnight.",
    "MIAMI police said on Monday that they would close two bridges overnight.",
    "The rebels _ who had held the town for a week _ left on Monday, officials said.",
    "EDITOR'S NOTE _ This is one of a series of stories about the region's farms.",
])
def test_no_dateline_in_prose_or_an_editors_label(line):
    # twins: a capitalised place opening a sentence, an underscore dash inside a sentence,
    # an editors' label in capitals before an underscore
    d = _clean(f"Rebels seize port town\n{line}\n{SECOND}\n{THIRD}\n")
    assert d.dateline is None
    assert line in d.text


@pytest.mark.parametrize("lines, author", [
    (["By JANE DOE", "Associated Press Writer"], "JANE DOE"),
    (["By JANE DOE Associated Press Writer"], "JANE DOE"),
    (["By JOHN ROE", "c.1998 N.Y. Times News Service"], "JOHN ROE"),
    (["By JOHN ROE c.1998 N.Y. Times News Service"], "JOHN ROE"),
])
def test_the_wire_byline_and_its_service_credit_are_cut_the_name_kept(lines, author):
    head = "\n".join(lines)
    d = _clean(f"Council votes on budget\n{head}\nSPRINGFIELD, Ill. (AP) _ {LEAD}\n{SECOND}\n")
    assert d.authors == [author]
    assert d.title == "Council votes on budget"
    assert d.text.startswith(LEAD)
    assert "Service" not in d.text and "Writer" not in d.text


def test_two_writers_of_the_wire_are_both_authors():
    d = _clean(f"Council votes on budget\nBy JANE DOE and JOHN ROE Associated Press Writers\nMIAMI _ {LEAD}\n{SECOND}\n")
    assert d.authors == ["JANE DOE", "JOHN ROE"]
    assert d.text.startswith(LEAD) and "Writers" not in d.text


def test_a_byline_run_into_the_underscore_dateline_is_split_off():
    d = _clean(f"Council votes on budget\nBy JOHN ROE c.1998 N.Y. Times News Service WASHINGTON _ {LEAD}\n{SECOND}\n")
    assert d.dateline is not None and d.dateline.place == "WASHINGTON"
    assert d.authors == ["JOHN ROE"] and d.text.startswith(LEAD)


def test_a_service_credit_above_the_dateline_is_no_title():
    d = _clean(f"c.1998 Cox News Service\nATLANTA _ {LEAD}\n{SECOND}\n")
    assert d.title != "c.1998 Cox News Service"
    assert any(r.reason.startswith("byline") and r.text == "c.1998 Cox News Service" for r in d.removed)
    assert d.text.startswith(LEAD)


@pytest.mark.parametrize("note", [
    "(BEGIN OPTIONAL TRIM)",
    "(END OPTIONAL TRIM)",
    "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS.)",
    "(MORE)",
    "(ATTN: Calif.)",
])
def test_a_note_to_editors_between_paragraphs_is_cut_the_paragraphs_stay(note):
    d = _clean(f"WASHINGTON _ {LEAD}\n{SECOND}\n{note}\n{THIRD}\n")
    assert note not in d.text
    assert SECOND in d.text and THIRD in d.text
    assert any(r.reason.startswith("boilerplate") and r.text == note for r in d.removed)


@pytest.mark.parametrize("trailer", ["NYT-08-07-98 1830EDT", "AP-NY-08-07-98 1205EDT", "Story Filed By Cox Newspapers"])
def test_the_wire_closing_line_is_cut(trailer):
    d = _clean(f"ATLANTA _ {LEAD}\n{SECOND}\n{THIRD}\n{trailer}\n")
    assert trailer not in d.text and THIRD in d.text
    assert any(r.reason.startswith("boilerplate") and r.text == trailer for r in d.removed)


@pytest.mark.parametrize("line", [
    "By the end of the day, the mayor said she was pleased with the outcome.",
    "Filed by a group of fishermen, the suit charges the company with harming the bay.",
    "The house was built c. 1900 by a family of farmers from the valley.",
    "Some members (more than a dozen) had pushed for a longer extension.",
])
def test_article_sentences_like_the_wire_lines_stay(line):
    # twins: a sentence opening with "By the", "Filed by", holding "c. 1900" or a bracket
    d = _clean(f"WASHINGTON _ {LEAD}\n{line}\n{SECOND}\n{THIRD}\n")
    assert line in d.text


# The wire closes a story on a short paragraph, "<someone> said at least <N> ..." or "<someone>
# said on <day> that <N> ...": the comment-stamp pattern "<handle> said on|at <stamp>" took any
# 30 characters around a figure and cut it as thread furniture. After "said on|at" a stamp holds
# only a date's and a clock's parts; the stamp line is still cut.
_BODY = "\n".join([LEAD, SECOND, THIRD])


@pytest.mark.parametrize("last", [
    "Hospital officials said at least 80 people had died.",
    "Investigators said on Sunday that 12 tips had come in.",
])
def test_a_wire_story_closing_on_said_at_least_keeps_it(last):
    d = _clean(f"NAIROBI, Kenya (AP) _ {_BODY}\n{last}\n")
    assert d.text.endswith(last)
    assert not any(r.reason.startswith("comments") for r in d.removed)


@pytest.mark.parametrize("stamp", ["marshfan22 said on May 3, 2010 at 9:14 pm", "Jane Roe said at 9:14 PM on Mon, May 3rd, 2010:"])
def test_a_comment_stamp_with_said_on_is_still_cut(stamp):
    d = _clean(f"{_BODY}\nComments\n{stamp}\nThey should have started years ago.\n")
    assert stamp not in d.text and d.text.startswith(LEAD)


def test_a_sites_copyright_notice_is_no_wire_credit():
    # twin of the credit line: "All Rights Reserved" makes it the site's legal notice, which
    # marks where the article ends (the lines after it are read as page furniture)
    d = _clean(f"WASHINGTON _ {LEAD}\n{SECOND}\n© 2019 Acme Media Inc. All Rights Reserved.\nWorld\n")
    reasons = [r.reason for r in d.removed if "Acme Media" in r.text]
    assert reasons and not any(r.startswith("byline") for r in reasons)

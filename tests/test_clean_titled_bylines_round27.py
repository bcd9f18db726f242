"""Round twenty-seven (issue 16): a titled byline run into the lead, "By <name> <role>,
<desk> <lead>" (the outlet's credit line saved on the lead's line), is cut as a byline; the
lead stays. Every text is invented; each must-cut case has a must-keep twin."""
from __future__ import annotations

from storyline.clean.noise import clean_text

LEAD = "Shares in Acme fell by a tenth on Monday after the firm said its well in Port Ellery had failed again."
BODY = "\n\nThe company said repairs would take a month.\n\nAnalysts said the cost was not yet known."


def _byline_cut(text: str, piece: str) -> bool:
    c = clean_text(text)
    return piece not in c.text and any(r.kind == "byline" and piece in r.text for r in c.removed)


def test_a_titled_byline_before_the_lead_is_cut():
    text = "By Jane Roe Business reporter, BBC News " + LEAD + BODY
    assert _byline_cut(text, "By Jane Roe Business reporter, BBC News")
    assert clean_text(text).text.startswith("Shares in Acme fell")


def test_a_titled_byline_with_a_capitalised_role_and_a_longer_desk_is_cut():
    text = "By Tom Fell Presenter, BBC World News " + LEAD + BODY
    assert _byline_cut(text, "By Tom Fell Presenter, BBC World News")


def test_twin_a_sentence_opening_on_by_stays():
    text = "By Tuesday the reporters, BBC News said, had left the site of the spill in Port Ellery." + BODY
    c = clean_text(text)
    assert "By Tuesday the reporters" in c.text and not any(r.kind == "byline" for r in c.removed)


def test_twin_a_place_after_the_desk_leaves_the_line_whole():
    # "BBC News, Houston Tom Fell looks at ...": where the place ends and the lead begins is not known
    text = "By Jane Roe Environment correspondent, BBC News, Houston Tom Fell looks at the effort to stop the leak." + BODY
    assert not any(r.kind == "byline" and "Jane Roe Environment" in r.text for r in clean_text(text).removed)


def test_the_reporters_name_said_again_after_the_place_ends_it():
    # round thirty (#16): the reporter's own name said again after the place is where the
    # place ends (a clip caption under the byline), so the byline is cut there
    text = "By Jane Roe Environment correspondent, BBC News, Houston Jane Roe looks at the effort to stop the leak." + BODY
    c = clean_text(text)
    assert any(r.kind == "byline" and r.text == "By Jane Roe Environment correspondent, BBC News, Houston" for r in c.removed)
    assert "Jane Roe looks at the effort to stop the leak." in c.text


def test_twin_a_question_alone_after_the_byline_is_left_to_the_title_rule():
    text = "By Jane Roe Business reporter, BBC News Is investing in oil firms still a good idea for savers?" + BODY
    assert not any(r.kind == "byline" for r in clean_text(text).removed)


def test_twin_a_name_with_no_role_is_no_titled_byline():
    text = "By Jane Roe Smith, BBC News " + LEAD + BODY
    assert not any(r.reason.startswith("byline: 'By <name> <role>") for r in clean_text(text).removed)

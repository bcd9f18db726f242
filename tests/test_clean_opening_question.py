"""An untitled text's first line, a question, is the article's opening sentence when the
next line answers it or goes on with it, or when it shows none of a title's other signs
(round fifteen, 16q: a held-out audit's text lost "Does <brand>'s logo need an update?"
as its title and opened on the answer "<Name> thinks so."). Every text here is invented;
each keep has a must-cut twin of the same surface."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import clean_text

BODY = ("\n\nAs the head of a design studio in Port Ellery, Roe says the logo should show the "
        "firm's recent troubles with its kettles.\n\nAcme Corp said on Monday it had no plans "
        "to change the logo, which it has used since 1990.")
QUESTION = "Does Acme Corp's familiar blue kettle logo need a change?"


def _title(text: str) -> str | None:
    return clean_text(text).title


def _kept(text: str, line: str) -> bool:
    c = clean_text(text)
    return line in c.text and all(r.text != line for r in c.removed)


# -- keep: the question answered on the next line --

def test_question_answered_by_a_name_thinks_so_is_kept() -> None:
    text = QUESTION + "\n\nJane Roe thinks so." + BODY
    assert _kept(text, QUESTION)
    assert _title(text) is None


def test_question_answered_yes_or_no_is_kept() -> None:
    for reply in ("Yes, says Jane Roe.", "No, according to Acme Corp.", "Probably not."):
        assert _kept(QUESTION + "\n\n" + reply + BODY, QUESTION), reply


def test_question_answered_by_a_pronoun_is_kept() -> None:
    text = "Will the Port Ellery bridge open on time?\n\nIt will not, the council said on Monday." + BODY
    assert _kept(text, "Will the Port Ellery bridge open on time?")


def test_question_going_on_in_lower_case_is_kept() -> None:
    text = "Is it a kettle, a teapot,\n\nor something else?\n\nJane Roe asks the question every day." + BODY
    # a line ending on a comma is not a title at all; the lower-case continuation also keeps it
    assert "Is it a kettle" in clean_text(text).text


def test_question_in_sentence_case_without_a_reply_is_kept() -> None:
    """No title sign (repeat, title case, byline under it): the question stays."""
    text = "What makes a flood barrier fail?\n\nEngineers in Port Ellery have spent a year looking for the answer." + BODY
    assert _kept(text, "What makes a flood barrier fail?")


# -- must-cut twins: a real title --

def test_question_in_title_case_is_still_the_title() -> None:
    title = "Does Acme Corp's Kettle Logo Need A Change?"
    text = title + "\n\nDesigners in Port Ellery have launched a contest to redraw the logo of Acme Corp." + BODY
    assert _title(text) == title
    assert title not in clean_text(text).text


def test_question_above_a_byline_is_still_the_title() -> None:
    text = QUESTION + "\n\nBy Jane Roe\n\nDesigners in Port Ellery have launched a contest to redraw the logo." + BODY
    assert _title(text) == QUESTION
    assert QUESTION not in clean_text(text).text


def test_question_said_again_further_down_is_still_the_title() -> None:
    text = (QUESTION + "\n\nDesigners in Port Ellery have launched a contest to redraw the logo." + BODY
            + "\n\n" + QUESTION + "\n\nThe contest closes on June 12.")
    assert _title(text) == QUESTION


def test_question_above_a_dateline_is_still_cut() -> None:
    text = "Will the Port Ellery barrier hold?\n\nPORT ELLERY (Reuters) - Engineers tested the barrier on Tuesday." + BODY
    c = clean_text(text)
    assert "Will the Port Ellery barrier hold?" not in c.text


def test_statement_headline_is_still_the_title() -> None:
    """The rule reads questions only: a headline without a stop stays a title."""
    title = "Acme Corp kettle logo faces redesign contest"
    text = title + "\n\nJane Roe thinks so." + BODY
    assert _title(text) == title


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Yes.", "No.", "Jane Roe thinks so.", "It does.", "Maybe, says Acme Corp.", "Hardly."]),
       st.sampled_from([QUESTION, "Can Port Ellery afford a new barrier?", "Is the kettle logo out of date?"]))
def test_any_answered_sentence_case_question_stays(reply: str, question: str) -> None:
    text = question + "\n\n" + reply + BODY
    c = clean_text(text)
    assert c.text.startswith(question)
    assert c.title is None

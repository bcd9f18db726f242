"""An untitled text's first line, a question, is the article's opening sentence when the
next line answers it or goes on with it and it shows none of a title's other signs
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


def test_question_in_sentence_case_without_a_reply_stays_the_title() -> None:
    """No reply under it: the question is read as a title (over the Timeline17 dev texts
    nearly every such line is a headline; keeping them all was tried and not shipped)."""
    title = "What makes a flood barrier fail?"
    text = title + "\n\nEngineers in Port Ellery have spent a year looking at the barrier." + BODY
    assert _title(text) == title


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


def test_repeat_of_the_question_under_it_is_no_reply() -> None:
    """"So where is ...?" under the question says it again: the question stays a title."""
    title = "Where is Acme Corp on the kettle recall?"
    text = title + "\n\nSo where is Acme Corp?\n\nThe firm has said nothing since the recall began in May." + BODY
    assert _title(text) == title


def test_a_lead_with_its_own_reporting_clause_is_no_reply() -> None:
    title = "Will the Port Ellery barrier hold back the spring tide?"
    text = title + "\n\nThe council says that engineers will test the barrier on Tuesday." + BODY
    assert _title(text) == title


def test_byline_run_into_the_question_is_still_the_title() -> None:
    line = "By Jane Roe Business reporter, Port Ellery News Is the kettle logo out of date?"
    text = line + "\n\nWe might not think of kettles as news, but many of us own one." + BODY
    assert _title(text) == line
    assert "Jane Roe Business reporter" not in clean_text(text).text


def test_furniture_in_the_question_line_is_still_the_title() -> None:
    line = "Article | What do you call a kettle that will not boil?"
    text = line + "\n\nThe answer matters, if you are one of the firms that make them."
    assert _title(text) == line


def test_question_with_a_standfirst_above_a_dateline_keeps_its_title() -> None:
    title = "Flood barrier: will it hold?"
    text = (title + "\n\nIt was built in 1990 and has never been tested by a spring tide\n\n"
            "PORT ELLERY (Reuters) - Engineers tested the barrier on Tuesday." + BODY)
    c = clean_text(text)
    assert c.title == title
    assert not c.text.startswith("Flood barrier")


THREAD = ("\n\nPhoto credits: Reuters/Jane Roe"
          "\n\nI think Acme Corp should pay for every kettle, and I said so to my neighbours!"
          "\n\nWhy does nobody ask me what I think? I have owned their kettles for years."
          "\n\nI am fed up with you people and your kettles, I really am."
          "\n\nYou should all be ashamed, I mean it, I have had enough of this!"
          "\n\nI wrote to the council twice and I never heard back from them at all."
          "\n\nI will never buy from them again, and I told my whole family so!")


def test_comment_thread_is_still_cut_under_a_kept_opening_question() -> None:
    """The opening question kept as the article's lede is not the writer's own register:
    the reader thread under the closing credit is cut as before."""
    lede = ("Kettles singing in the Port Ellery night?\n\nThese sounds normally come from the harbour, "
            "not the high street, but residents heard them on Monday after Acme Corp's recall notice "
            "went out to every house in the town.\n\nThe firm said the fault had been found in a batch of "
            "kettles made in March and that owners would get a new kettle free of charge.\n\nThe council "
            "said it had received more than 300 calls about the noise since the weekend began, a spokesman "
            "for the town said on Tuesday.\n\nAcme Corp said it would publish the batch numbers on Wednesday "
            "and that shops would take back the kettles without a receipt.")
    c = clean_text(lede + THREAD)
    assert c.text.startswith("Kettles singing in the Port Ellery night?")
    assert "I am fed up" not in c.text

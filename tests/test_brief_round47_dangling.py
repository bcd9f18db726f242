"""Round forty-seven (issue 23): brief sentences that lean on the sentence before them, from the
judged audits (seed 160's nyt B1-B3 and politico B8, seed 161's FNC-1 claim 24 B7, seed 155's wire
B6): a group told by its kind, a part of "these" somethings, "joined" with no object, a quotation
relaying a claim its speaker answers next, a poll's subgroup whose only name is inside the group,
results with no owner. Each with a twin where it must not fire. Small texts written here."""

from __future__ import annotations

import pytest
from test_brief import analysis
from test_brief_reads_alone import told

from storyline.resolve import brief
from storyline.types import Mention

NEWS = ("Acme Shipping said on Tuesday that its tanker had leaked 5,000 tonnes of fuel oil into the bay "
        "after it struck the harbour wall.\n"
        "The harbour board voted on Wednesday to close the old ferry pier at Port Ellery for repairs.\n")


def _cat(sentence):
    dep = brief.dependent_opening(sentence)
    return dep[0] if dep else None


# --- a group told by its kind ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The group is the local offshoot of the rebel army and has fought the government for years.",
    "The group's leader said it would keep the port closed.",
    "The groups met on Saturday and planned to meet again on Monday.",
])
def test_a_group_told_by_its_kind_points_back(sentence):
    assert _cat(sentence) == "anaphor"


@pytest.mark.parametrize("sentence", [
    "The group of seven rich nations met in Port Ellery on Monday.",
    "The group Harbour Watch said it would sue the board over the pier.",
    "The group from the Port Ellery Rescue Trust told reporters they would stay.",
    "The group behind the protest said it would march again.",
])
def test_twin_a_group_said_which_reads_alone(sentence):
    assert _cat(sentence) is None


def test_the_brief_passes_over_a_group_told_by_its_kind():
    s = "The group is the local offshoot of the rebel army and has fought the government for years."
    story = told(analysis("d1", NEWS + s + "\n", "2014-10-13"), n=6)
    assert story and not any(x.text == s for x in story)
    named = s.replace("The group", "Harbour Front")
    story = told(analysis("d1", NEWS + named + "\n", "2014-10-13"), n=6)
    assert any(x.text == named for x in story)


# --- a part of "these" somethings, anywhere in the sentence -----------------------------

@pytest.mark.parametrize("sentence", [
    "To be sure, the mayor has been pushed to some of these positions by her two rivals.",
    "The board said most of these claims would be paid by the end of the year.",
])
def test_a_part_of_these_points_back(sentence):
    assert _cat(sentence) == "ellipsis"


@pytest.mark.parametrize("sentence", [
    "The mayor said one of these days the harbour wall would give way.",  # an idiom, a time
    "The board said most of the claims would be paid by the end of the year.",
    "The mayor has been pushed to these positions by her two rivals in the primary.",  # no part: not read
])
def test_twin_no_part_of_these_reads_alone(sentence):
    assert _cat(sentence) is None


# --- "joined" with no object ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Jane Roe joined when she left the ministry and stepped down in 2015 before her campaign.",
    "Jane Roe joined in 2009 and left two years later.",
])
def test_joined_with_no_object_points_back(sentence):
    assert _cat(sentence) == "ellipsis"


@pytest.mark.parametrize("sentence", [
    "Jane Roe joined the board when she left the ministry and stepped down in 2015.",
    "Hundreds of fishermen joined in the protest at the harbour on Monday.",
])
def test_twin_joined_with_its_object_reads_alone(sentence):
    assert _cat(sentence) is None


# --- a quotation relaying a claim its speaker answers next ------------------------------

SETUP = '"Jack Lee said he has made a lot of sacrifices," Jane Roe said.'
ANSWER = ' "He does not know what the word means."'


def test_a_relayed_claim_answered_next_is_a_set_up():
    assert brief.relayed_setup(SETUP, ANSWER)
    text = NEWS + SETUP + ANSWER + "\n"
    story = told(analysis("d1", text, "2016-08-01"), n=6)
    assert story and not any("sacrifices" in x.text for x in story)


@pytest.mark.parametrize("sentence, after", [
    (SETUP, "\nThe harbour board met on Friday."),  # nothing quoted after it: her own report
    ('"We have made a lot of sacrifices," Jane Roe said.', ANSWER),  # her own words
    ('"I thought he was the best mayor we had," Jane Roe said.', ANSWER),  # her own view
])
def test_twin_a_quotation_not_relaying_or_not_answered_reads_alone(sentence, after):
    assert brief.relayed_setup(sentence, after) is None


# --- a poll's subgroup whose only name is inside the group ------------------------------

SUB = "Among likely Green Party primary voters, about two-thirds, 67 percent, say they will vote for the mayor."


def _sub_story(text, name):
    a = analysis("d1", text, "2016-05-26")
    a.mentions = [Mention(start=(at := text.index(name)), end=at + len(name), text=name, label="ORG")]
    return told(a, n=6)


def test_a_name_inside_the_subgroup_does_not_name_the_poll():
    story = _sub_story(NEWS + SUB + "\n", "Green Party")
    assert story and not any("Among likely" in s.text for s in story)


def test_twin_the_poll_named_after_the_subgroup_is_told():
    text = NEWS + SUB[:-1] + ", the Acme Institute found.\n"
    story = _sub_story(text, "Acme Institute")
    assert any("Among likely" in s.text for s in story)


# --- results with no owner ----------------------------------------------------------------

def test_results_with_no_owner_point_back():
    assert _cat("The results made net income for the year C$2.7 million, down from C$9.7 million.") == "anaphor"
    # the twin: whose results, the sentence says
    assert _cat("The results of the harbour survey are published in the journal Science.") is None


# --- "such a move" anywhere in the sentence --------------------------------------------------

def test_such_a_move_points_back():
    s = "The mayor said the board had shared its worries with the ministry about the possibility of such a move."
    assert _cat(s) == "ellipsis"


@pytest.mark.parametrize("sentence", [
    "The mayor said new rules would make sure such a disaster never happened again in the bay.",
    "The mayor said the board had shared its worries with the ministry about the possibility of a move.",
])
def test_twin_such_a_happening_or_a_bare_move_reads_alone(sentence):
    assert _cat(sentence) is None

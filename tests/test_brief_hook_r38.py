"""The brief passes over hooks: short lines about being that name nothing, or whose subject
names no one (issue 23, round thirty-eight: the seed-152 west-journal brief's B7, a rhetorical
hook judged "names no fact"; a Timeline17 dev brief's feature opening "The flu virus is a
survivor."), and the second half of a sentence cut at a colon whose subject names no one.
Each with twins it must not fire on. Small texts written here.
"""

from __future__ import annotations

import pytest
from test_brief import analysis
from test_brief_reads_alone import BACKGROUND, told

from storyline.resolve import brief
from storyline.types import Sentence


@pytest.mark.parametrize("sentence", [
    "Not everyone is on the Acme bandwagon.",  # a subject naming no one, a name only as a modifier
    "Everyone's in a hurry to leave the town.",
    "Nobody is happy about it.",
    "The storm is a survivor.",  # names nothing at all
    "Politics is a rough game.",
    "The jury is still out.",
])
def test_a_hook_is_barred(sentence):
    assert brief.hook_line(sentence)


@pytest.mark.parametrize("sentence", [
    "Jane Roe was the star of the final evening.",  # a person named
    "The storm is the worst to hit Marotia.",  # a place named
    "The death toll is now 150.",  # a figure
    "This week is crucial for the rescue.",  # a time
    "Nobody was hurt in the blast.",  # not "be" heading it: a passive tells what happened
    "The company is to pay the families of the victims.",  # a plan ("is to")
    '"The storm is a survivor," she said.',  # a quotation: another class
    "The storm that hit the coast on the weekend is still a threat to the towns along it.",  # over 12 words
])
def test_a_line_naming_something_is_not_a_hook(sentence):
    assert brief.hook_line(sentence) is None


@pytest.mark.parametrize("text, start_word, expected", [
    ("Three executives agreed on one thing at the hearing Tuesday: Someone else was to blame.", "Someone", True),
    ("Q: Someone else was to blame?", "Someone", False),  # a label before the colon, not a sentence
    ("Three executives agreed on one thing at the hearing Tuesday:\nSomeone else was to blame.", "Someone", False),  # a new line
    ("Three executives agreed on one thing at the hearing Tuesday. Someone else was to blame.", "Someone", False),
    # a short label after a long sentence in the same paragraph: only the colon's own sentence counts
    ("The committee met for three hours on Tuesday in the capital. Live blog: Someone else was to blame.",
     "Someone", False),
])
def test_after_colon(text, start_word, expected):
    assert brief._after_colon(text, text.index(start_word)) is expected


def test_the_hook_is_passed_over_in_the_brief():
    hook = "Not everyone is on the Acme bandwagon."
    texts = [x.text for x in told(analysis("aaaa", hook + "\n" + BACKGROUND))]
    assert hook not in texts and texts
    # twin: a line of the same length that names a person and a figure is told
    fact = "Jane Roe gave 40 tents to the Acme camp."
    assert fact in [x.text for x in told(analysis("aaaa", fact + "\n" + BACKGROUND))]


def _split_at_colon(text: str, lead: str, half: str):
    """The analysis with the splitter's cut at the colon, as the pipeline's splitter makes it."""
    a = analysis("aaaa", text)
    i, j = text.index(lead), text.index(half)
    sents = [Sentence(start=i, end=i + len(lead)), Sentence(start=j, end=j + len(half))] + [
        s for s in a.sentences if s.start >= j + len(half)]
    return a.model_copy(update={"sentences": sents})


def test_a_sentence_cut_at_a_colon_is_told_whole():
    lead = "Three port executives agreed on one thing at the hearing on Tuesday:"
    half = "Someone else was to blame for the blast that shut the harbour for weeks."
    text = lead + " " + half + "\n" + BACKGROUND
    texts = [x.text for x in told(_split_at_colon(text, lead, half))]
    assert half not in texts and lead not in texts
    assert lead + " " + half in texts
    # twin: the same words on two lines are two paragraphs, not one sentence: not joined
    text2 = lead + "\n" + half + "\n" + BACKGROUND
    assert lead + "\n" + half not in [x.text for x in told(_split_at_colon(text2, lead, half))]


def test_a_label_before_a_colon_is_not_joined():
    text = "Q: Someone else was to blame for the blast that shut the harbour."
    a = _split_at_colon(text, "Q:", "Someone else was to blame for the blast that shut the harbour.")
    assert len(brief._colon_joined(text, a.sentences)) == 2


@pytest.mark.parametrize("sentence", [
    "(MSD) confirmed today that its test found the first case.",  # the name the bracket glosses is cut off
    "(a) because they skipped the tests on the valve.",  # a list item
])
def test_a_bracket_opening_a_piece_is_barred(sentence):
    assert brief._cut_piece(sentence)


@pytest.mark.parametrize("sentence", [
    "(Reuters) - The agency confirmed the first case today.",  # a dateline
    "(CNN) The agency confirmed the first case today.",
    "Acme Health (MSD) confirmed today that its test found the first case.",  # the name is there
])
def test_a_bracket_before_a_whole_sentence_is_not_a_piece(sentence):
    assert brief._cut_piece(sentence) is None

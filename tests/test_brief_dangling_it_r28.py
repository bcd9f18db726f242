"""The brief (issue 23; round twenty-eight): an object "it" with nothing
before it in the sentence that it may stand for ("officials will debate when to do it") points
back to a sentence the brief does not show: passed over when about to be picked.
Small texts written here, each rule with a twin it must not fire on.
"""

from __future__ import annotations

import pytest
from test_brief import analysis
from test_brief_reads_alone import BACKGROUND, told

from storyline.resolve import brief

# --- an object "it" with nothing before it --------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Now, he said, engineers will argue over when -- and whether -- to try it.",
    "Nobody can say yet how the leak might change it.",
    "Far too many residents seem relaxed about it.",
])
def test_an_object_it_with_nothing_before_it_dangles(sentence):
    assert "points back" in (brief.dangling_it(sentence) or "")


@pytest.mark.parametrize("sentence", [
    # twins: a noun before it it may stand for; "it" as the subject; a possessor, which often
    # names what comes after it
    "If the mud smothers the oil, Acme could pump cement into the well to seal it.",
    "Residents blame Acme for the leak and want the company to pay for it.",
    "Acme said its profit fell by a third in the second quarter.",
    "It is unclear when the well will be capped.",
    "In its report on the leak, Acme said the valve had failed.",
    "The staff of the county clinic have moved into the tents around it.",
    "The state will fine Acme for the leak in the bay.",
])
def test_an_it_with_a_noun_before_it_or_as_the_subject_is_kept(sentence):
    assert brief.dangling_it(sentence) is None


def test_an_object_it_with_nothing_before_it_is_passed_over_when_about_to_be_picked():
    text = ("Officials and engineers will now argue over whether to try it.\n"
            "Acme shut the platform in the bay of Port Ellery after the blast on Sunday.\n" + BACKGROUND)
    picked = [x.text for x in told(analysis("aaaa", text))]
    assert not any(t.startswith("Officials and engineers") for t in picked)
    assert any(t.startswith("Acme shut the platform") for t in picked)


def test_thing_pronouns_are_read_from_the_pronoun_data():
    assert brief._thing_pronouns() == frozenset({"it"})


@pytest.mark.parametrize("sentence", ["Off with it.", "Enough of it!"])
def test_a_verbless_sentence_with_an_object_it_is_read_to_its_root(sentence):
    # the climb to the verb stops at the root (compared by index: spaCy makes a new Token on
    # each .head, so an identity test never stopped it, and a verbless sentence looped)
    assert brief.dangling_it(sentence) is not None
    # twin: a noun before the "it" names it
    assert brief.dangling_it(sentence.replace("it", "the plan, and of it")) is None

"""The brief (issue 23; round thirty-four): a demonstrative standing alone as a subject or an
object ("hear that", "Would that have been ...") with nothing before it in the sentence that
it may stand for points back to a sentence the brief does not show: passed over when about
to be picked, as an object "it" is (round twenty-eight). Small texts written here, each rule
with a twin it must not fire on.
"""

from __future__ import annotations

import pytest
from test_brief import analysis
from test_brief_reads_alone import BACKGROUND, told

from storyline.resolve import brief


@pytest.mark.parametrize("sentence", [
    '"Now that we have got that out of the way, we can talk," he said.',  # an object, inside the quotation
    '"I expect you will hear that from the mayor," she said.',
    'Would that have been so hard?" Roe said.',  # the closing piece of a quotation: its subject
    '"None of this would have happened without the vote," Roe said.',
    'No one else will ever claim that," she said.',  # a "that" the parser reads as a complementizer
])
def test_a_demonstrative_with_nothing_before_it_dangles(sentence):
    assert "points back" in (brief.dangling_demonstrative(sentence) or "")


@pytest.mark.parametrize("sentence", [
    # twins: a determiner ("this day"), a relative or complementizer "that", "those who ...",
    # a noun or a name before it that it may stand for
    '"We will take this day by day," Roe said.',
    '"We will not run pumps that we believe are unsafe," he said.',
    "Some voters say Roe would win over many of those who backed her rival.",
    '"I never said that the plan was dead," Roe said.',
    "Roe called this a win for the town.",
    "Asked a question about this at the hearing, Roe said the plan would go ahead.",
    "The council voted for the bridge, and the mayor called that a mistake.",
    'Roe also said that "the town will win the vote," and that, in the end, "the bridge will stand."',  # complementizers
    "Beyond that, the council has kept the list of bidders secret.",  # a fronted phrase set off by a comma: abstain
])
def test_a_determiner_a_relative_or_a_demonstrative_after_a_noun_is_kept(sentence):
    assert brief.dangling_demonstrative(sentence) is None


def test_a_dangling_demonstrative_is_passed_over_when_about_to_be_picked():
    text = ('"I think you will all hear that from the council," Jane Roe said.\n'
            "Acme shut the platform in the bay of Port Ellery after the blast on Sunday.\n" + BACKGROUND)
    picked = [x.text for x in told(analysis("aaaa", text))]
    assert not any("hear that" in t for t in picked)
    assert any(t.startswith("Acme shut the platform") for t in picked)

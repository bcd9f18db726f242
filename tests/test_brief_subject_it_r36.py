"""The brief (issue 23; round thirty-six): a subject "it" inside the quotation that opens the
sentence, after its first word, with nothing before it that it may stand for ('"I think it's
a silly thing," Roe said'): read alone, the reader cannot tell what "it" is, and the sentence
is passed over. An empty "it" (an extraposed clause or infinitive, "time", the data list's
"it is unclear"), "as it were", an "it" after a singular noun or an action it may stand for,
and an "it" outside the opening quotation are not read. Small texts written here, each rule
with twins it must not fire on.
"""

from __future__ import annotations

import pytest
from test_brief import analysis
from test_brief_reads_alone import BACKGROUND, told

from storyline.resolve import brief


@pytest.mark.parametrize("sentence", [
    '"I think it is a disgrace," Roe said.',
    '"Frankly, it is a disgrace," Roe said on Monday.',
    '"I wouldn\'t say it has failed yet," Jane Roe said.',
    '"If it gets into the bay, it will be a disaster," Roe said.',
    "“I don’t believe it’s drawing much notice yet,” Roe said.",
    '"We don\'t know how bad it is," said Jane Roe, a chemist.',
    # a quotation the tag opens: the speaker's name and description are not what "it" is
    'Jane Roe, a chemist at the port, said: "It\'s a milestone.',
    'The mayor said, "It has been a mess from day one.',
])
def test_a_quoted_subject_it_with_nothing_before_it_dangles(sentence):
    assert "points back" in (brief.dangling_subject_it(sentence) or "")


@pytest.mark.parametrize("sentence", [
    # the opening "It" (dependent_opening's), an object "it" (dangling_it's)
    '"It is a disgrace," Roe said.',
    '"We will finish it by June," Roe said.',
    # an empty "it": the data list's exceptions, an extraposed clause or infinitive, "time"
    '"I think it is unclear how many died," Roe said.',
    '"I think it is likely that the bridge will close," Roe said.',
    '"We are losing, but it is too soon to say," Roe said.',
    '"I think it is time for the council to act," Roe said.',
    '"I think it could be weeks before the road opens," Roe said.',
    # an idiom, a noun or an action before it that it may stand for
    '"The two of them were picked, as it were, by lot," Roe said.',
    '"The bridge is old and I think it will fall," Roe said.',
    '"People sitting around talking, it is just a game," Roe said.',
    # outside the opening quotation: narration, a reporter, no quotation at all
    'Roe said it was a mistake.',
    'Acme said it would pay for the repairs.',
    '"We will win," Roe said, adding that it was a fair fight.',
    # twins of a quotation the tag opens: a noun in the narration before it, an empty "it",
    # a quotation no verb of saying opens
    'Roe said the bridge was sound but added: "It is old.',
    'Roe said: "It is important that we finish the bridge.',
    'The sign on the bridge read "It is closed for repairs."',
])
def test_an_empty_or_told_it_or_one_outside_the_quotation_is_kept(sentence):
    assert brief.dangling_subject_it(sentence) is None


def test_a_quoted_line_whose_it_dangles_is_passed_over():
    text = ("\"I don't think it is a good sign,\" Jane Roe said on Monday.\n"
            "Acme shut the platform in the bay of Port Ellery after the blast on Sunday.\n" + BACKGROUND)
    picked = [x.text for x in told(analysis("aaaa", text))]
    assert not any("good sign" in t for t in picked)
    assert any(t.startswith("Acme shut the platform") for t in picked)


def test_a_quoted_line_whose_it_has_a_noun_before_it_is_kept():
    text = ("\"The bridge is old and I think it is not safe,\" Jane Roe said on Monday.\n"
            "Acme shut the platform in the bay of Port Ellery after the blast on Sunday.\n" + BACKGROUND)
    picked = [x.text for x in told(analysis("aaaa", text))]
    assert any("not safe" in t for t in picked)

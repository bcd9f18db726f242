"""The brief (issue 23; round thirty-four, integrator): a sentence that only replies to or
repeats the one before it ("<n> percent said the same", a quotation that is a "because" or
"if" clause alone) is passed over when about to be picked, as a dangling "it" or "that" is.
Small texts written here, each rule with twins it must not fire on."""

from __future__ import annotations

import pytest
from test_brief import analysis
from test_brief_reads_alone import BACKGROUND, told

from storyline.resolve import brief


@pytest.mark.parametrize("sentence", [
    "Last month, 31 percent said the same.",
    "Now the mayor is doing the same.",
    "His neighbour, a retired ferryman, feels the same.",
    '"Because they are scared," Jane Roe said at the harbour on Monday.',
    '"Although the river fell," she added.',
])
def test_a_reply_or_a_repeat_dangles(sentence):
    assert brief.dangling_reply(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "The mayor said the same thing about the bridge.",  # "the same" before its noun
    "Prices at the harbour were the same as last year.",  # "the same as ..." says as what
    "The council waived the fee and urged the port to do the same.",  # an earlier verb it repeats
    "Her statements to the council and to the press were the same.",  # compared with each other
    "Voters want more of the same.",  # the idiom
    '"If the levee breaks, the town floods," she said.',  # a main clause after the "if" clause
    '"If we had more boats," she said, "we would save them all."',  # the quotation goes on
    '"That the bridge fell is a scandal," she said.',
])
def test_a_sentence_that_says_what_it_means_is_kept(sentence):
    assert brief.dangling_reply(sentence) is None


def test_a_reply_is_passed_over_when_about_to_be_picked():
    text = ('"Because the harbour is closed," Jane Roe said at the quay in Port Ellery on Monday.\n'
            "Acme shut the platform in the bay of Port Ellery after the blast on Sunday.\n" + BACKGROUND)
    picked = [x.text for x in told(analysis("aaaa", text))]
    assert not any(t.startswith('"Because the harbour') for t in picked)
    assert any(t.startswith("Acme shut the platform") for t in picked)

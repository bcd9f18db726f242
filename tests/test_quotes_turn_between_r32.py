"""Round thirty-two: a "he" after another speaker's quotation is not handed to the subject
named before that quotation (issue 18).

"Graham pressed on: ... / Suttles: '...' / He said ...": the rule that gives a he/she to
the named subject of the sentence before (when no other name stands between) did not see the
transcript turn's speaker, whose label is no mention, and gave the questioner the answer."""

from __future__ import annotations

from types import SimpleNamespace

from storyline.analyse import quotes


class _Ctx:
    def __init__(self, entities):
        self._entities = entities

    def entity(self, i):
        return self._entities[i]


def _subj(idx):
    return SimpleNamespace(idx=idx)


def test_another_speakers_quote_between_the_subject_and_the_pronoun_rules_it_out():
    ctx = _Ctx({0: "graham", 1: "suttles"})
    last = {"mention": 1, "span": (120, 200), "confidence": 0.85}
    assert quotes._other_speaker_between(ctx, _subj(210), 0, 100, last)


def test_twin_the_same_persons_quote_between_does_not():
    ctx = _Ctx({0: "graham", 1: "graham"})
    last = {"mention": 1, "span": (120, 200), "confidence": 0.85}
    assert not quotes._other_speaker_between(ctx, _subj(210), 0, 100, last)


def test_twin_a_quote_before_the_subject_or_an_unsure_one_does_not():
    ctx = _Ctx({0: "graham", 1: "suttles"})
    assert not quotes._other_speaker_between(ctx, _subj(210), 0, 100, {"mention": 1, "span": (20, 90), "confidence": 0.85})
    assert not quotes._other_speaker_between(ctx, _subj(210), 0, 100, {"mention": 1, "span": (120, 200), "confidence": 0.1})
    assert not quotes._other_speaker_between(ctx, _subj(210), 0, 100, None)

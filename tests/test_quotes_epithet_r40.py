"""Round forty, issue 18 (description): a definite description with a modifier, its head a word
for what a public person is ("the retired neurosurgeon", "the billionaire business mogul"), names
again the tagged person who is the main subject of the sentence right before; refused when
someone else is named between, the head has no modifier, or another person of the text bears
the head noun. Every text here is invented for the test."""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker

TAG = '"There is no question I am getting special scrutiny," the retired neurosurgeon told a talk show on Sunday.'


def _quote(text: str):
    a = analysed(text)
    hits = [q for q in a.quotes if "special scrutiny" in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


def test_the_epithet_names_the_subject_of_the_sentence_before():
    who, q = _quote("Ben Carlow says he is being targeted because he has climbed in the polls.\n\n" + TAG)
    assert who == "Ben Carlow"
    assert "an epithet" in (q.speaker_evidence or "")
    assert (q.speaker_confidence or 0) <= 0.7


def test_not_when_another_person_is_named_before_it():
    who, q = _quote("Ben Carlow attacked Jim Dorsey over the polls on Saturday.\n\n" + TAG)
    assert who is None
    assert "an epithet" not in (q.speaker_evidence or "")


def test_not_without_a_modifier():
    who, q = _quote("Ben Carlow says he is being targeted because he has climbed in the polls.\n\n"
                    + TAG.replace("the retired neurosurgeon", "the neurosurgeon"))
    assert who is None
    assert "an epithet" not in (q.speaker_evidence or "")


def test_not_when_another_person_bears_the_head_noun():
    # (named after the quotation: one named before would be the described holder's, 18d)
    who, q = _quote("Ben Carlow says he is being targeted because he has climbed in the polls.\n\n" + TAG
                    + "\n\nRetired neurosurgeon Jim Dorsey, a rival, disagreed with him on Monday.")
    assert who is None
    assert "an epithet" not in (q.speaker_evidence or "")

"""Round forty-one, issue 18 (open speakers): a definite description headed by an office word
("the senator", "the Vermont senator") in a text naming several holders of that office names
the main subject of the sentence right before, when the text ties that person to the office
("Sen. Jane Roe") and no one else is named from there up to it; a quotation of several
sentences counts as one before the tag. Every text here is invented for the test."""

from __future__ import annotations

import pytest
from pipeline_helpers import analysed, shown_speaker

# two senators titled in the text, so no one-holder reader can answer
LEAD = ("Sen. Tom Darnell of Ohio spoke at the forum on Monday.\n\n"
        "The forum drew a large crowd of farmers from across the region, many worried about prices.\n\n"
        "Sen. Walt Brisbane spoke there too.\n\n")
TAG = ('"The tariffs are hurting growers. The market has dried up," the Ohio senator told reporters '
       'after the event.')


def _quote(text: str):
    a = analysed(text)
    hits = [q for q in a.quotes if "hurting growers" in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


def test_the_office_names_the_titled_subject_of_the_sentence_before():
    who, q = _quote(LEAD + "Sen. Tom Darnell on Tuesday urged the administration to drop the tariffs.\n\n" + TAG)
    assert who == "Tom Darnell"
    assert "ties to the office 'senator'" in (q.speaker_evidence or "")
    assert (q.speaker_confidence or 0) <= 0.7


def test_not_when_the_subject_before_holds_no_such_office():
    # the sentence before is about a man the text never titles a senator: open
    who, q = _quote(LEAD + "Mayor Tom Kessel on Tuesday urged the administration to drop the tariffs.\n\n" + TAG)
    assert who is None
    assert "ties to the office" not in (q.speaker_evidence or "")


def test_not_when_another_holder_is_named_before_it():
    who, q = _quote(LEAD + "Sen. Tom Darnell on Tuesday urged Sen. Walt Brisbane to drop the tariffs.\n\n" + TAG)
    assert who is None
    assert "ties to the office" not in (q.speaker_evidence or "")


def test_not_when_the_place_is_written_with_another_holder():
    # "the Ohio senator" is Darnell's by the text, whoever the sentence before was about
    who, q = _quote(LEAD + "Sen. Walt Brisbane on Tuesday urged the administration to drop the tariffs.\n\n" + TAG)
    assert who is None
    assert "ties to the office" not in (q.speaker_evidence or "")


def _scrutiny(text: str):
    a = analysed(text)
    hits = [q for q in a.quotes if "special scrutiny" in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


def test_an_epithet_reads_past_a_quotation_of_two_sentences():
    # the round-forty epithet reader, with the quotation before the tag in two sentences
    who, q = _scrutiny("Ben Carlow says he is being targeted because he has climbed in the polls.\n\n"
                       '"They are nervous. There is no question I am getting special scrutiny," the retired '
                       "neurosurgeon told a talk show on Sunday.")
    assert who == "Ben Carlow"
    assert "an epithet" in (q.speaker_evidence or "")


def test_an_epithet_past_two_sentences_not_when_someone_else_is_named():
    who, q = _scrutiny("Ben Carlow attacked Jim Dorsey over the polls on Saturday.\n\n"
                       '"They are nervous. There is no question I am getting special scrutiny," the retired '
                       "neurosurgeon told a talk show on Sunday.")
    assert who is None
    assert "an epithet" not in (q.speaker_evidence or "")


@pytest.mark.parametrize("text", [
    # the round-forty-one review: the state word stands with the other senator, or nowhere
    'Sen. Jane Roe of Vermont urged a vote on the bill. Sen. Jim Doe opposed it on Tuesday. "This bill is a giveaway," '
    'the Vermont senator said.',
    'Sen. Jane Roe, D-Vt., urged a vote on the bill. Sen. Jim Doe, R-Texas, opposed it on Tuesday. "This bill is a '
    'giveaway," the Vermont senator said.',
])
def test_an_office_modifier_written_with_another_person_or_with_no_one_leaves_it_open(text):
    a = analysed(text)
    q = next(q for q in a.quotes if "giveaway" in q.text)
    assert shown_speaker(a, q) != "Jim Doe"

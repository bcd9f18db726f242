"""Round forty-four: news outlets the tagger misses are organisations, and speak (issue 18).

Quotes credited to an outlet the tagger left untagged ("according to TMZ", "Axios reports")
or typed wrongly (a law, a work) stayed open. data/source_credits.tsv lists outlet names;
entities._outlets makes each an organisation mention: an unambiguous name wherever it is
written, a name that is also a common word or a surname ("Mirror", "Sun", "Time") only in a
shape that says it is the outlet. Texts invented for these tests."""

from __future__ import annotations

import pytest

from storyline.pipeline import analyse_record
from storyline.types import Record


def _analyse(text: str):
    return analyse_record(Record(source="t", text=text))


def _orgs(text: str) -> list[str]:
    return [m.text for m in _analyse(text).mentions if m.label == "ORG"]


def _speakers(text: str) -> list[str | None]:
    a = _analyse(text)
    return [a.mentions[q.speaker_mention].text if q.speaker_mention is not None else None for q in a.quotes]


@pytest.mark.parametrize("text,name", [
    ("The man who said he grew a second nose is a fraud, according to TMZ.", "TMZ"),
    ("Axios reports that the mayor has privately told several aides of his decision.", "Axios"),
    ("The lorry was found empty near the border, the Mail Online reported on Saturday.", "Mail Online"),
    ('The shares slid all week. Per MarketWatch: "The index fell three percent and may fall again."', "MarketWatch"),
])
def test_an_unambiguous_outlet_is_the_speaker_of_what_it_is_credited_with(text, name):
    assert name in _orgs(text)
    assert _speakers(text)[0] == name


@pytest.mark.parametrize("text,name", [
    ("The farmer kept the goat in his kitchen for a year, the Mirror reported.", "Mirror"),
    ("The bridge will close for a month, The Telegraph reported on Monday.", "Telegraph"),
    ("The singer plans a farewell tour next spring, according to the Sun.", "Sun"),
    ("The band has split up, Variety reported on Friday.", "Variety"),
])
def test_an_ambiguous_outlet_counts_in_a_credit_shape(text, name):
    assert name in _orgs(text)
    assert _speakers(text)[0] == name


@pytest.mark.parametrize("text,word", [
    ("The sun rose over the hills and the mirror broke in the hall.", "sun"),
    ("A daily mail delivery came to the farm at noon.", "mail"),
    ("Variety is the spice of life, and the garden shows it.", "Variety"),
    ("We waited on the Sun Valley road until the Mirror Lake bus came.", "Sun"),
    ("The children watched the Sun set behind the hills.", "Sun"),
])
def test_a_common_word_or_a_longer_name_is_no_outlet(text, word):
    assert not any(word.lower() in o.lower().split() for o in _orgs(text) if o not in ("Sun Valley", "Mirror Lake"))


def test_a_surname_of_a_person_in_the_text_is_no_outlet():
    """"Forbes said" after "Steve Forbes": the person, not the magazine; the outlet rule leaves
    the word to the speaker steps."""
    text = "Steve Forbes spoke at the dinner. Forbes said the tax plan would fail."
    a = _analyse(text)
    assert all(m.source != "rule" for m in a.mentions if m.text == "Forbes")


def test_a_name_written_with_the_needs_it():
    """"The Hill" is an outlet only with its "the": "Capitol Hill said" is no credit to it."""
    assert "Hill" not in [m.text for m in _analyse("Staff on Capitol Hill reported the vote would pass.").mentions
                          if m.source == "rule"]


def test_a_quotation_after_an_outlets_report_is_not_the_outlets():
    """"According to the Mirror, the boy's letter reads:" then the letter: the boy's words the
    paper printed, not the paper's; the speaker stays open rather than carried on."""
    text = ("The teacher told the class about his life.\n\nAccording to the Mirror, the boy's whole letter reads:\n\n"
            '"Dear sir, I will always treat you the same way and I think you are very brave indeed."')
    assert _speakers(text)[-1] is None


def test_a_quotation_after_a_persons_report_still_carries():
    """The twin: after a person's report the cueless quotation is still theirs."""
    text = ("Jane Roe, the mayor, said that the old bridge would close in May.\n\n"
            '"We have no choice about it and the repairs will take the whole summer to finish."')
    assert _speakers(text)[-1] == "Jane Roe"


def test_an_outlet_in_a_joint_name_is_left_to_the_joint_name():
    """"A USA Today/Suffolk University poll found": the poll's two owners together, not the paper."""
    text = "Clinton leads. A USA Today/Suffolk University poll released this week found 66 percent of voters agree."
    assert not any(m.source == "rule" for m in _analyse(text).mentions)
    assert "USA Today" in _orgs("The vote is close, USA Today reported on Monday.")


def test_a_quotation_inside_an_outlets_report_adds_no_open_item():
    """'... - "clerks in suits mixed with students," according to the Times.': the quotation is
    inside the report credited to the paper; no open item of its own is added."""
    text = ("Some workers have joined the strike after the weekend violence - \"clerks in suits and ties mixed "
            "with crowds of students in black shirts,\" according to the Times.")
    assert None not in _speakers(text)


def test_a_quotation_the_same_outlet_is_credited_with_right_after_still_carries():
    """'TMZ reported that ... / "...," according to TMZ.': the outlet's words, carried as before;
    the twin, credited to another right after, stays open."""
    head = "TMZ reported on Thursday that the singer had cancelled the whole tour.\n\n"
    quote = '"The band members were told on Monday and the promoters are seeking refunds for every show,"'
    assert _speakers(head + quote + " according to TMZ.")[-1] == "TMZ"
    assert _speakers(head + quote + " according to Acme Watch.")[-1] != "TMZ"

"""Issue 18, round twenty-four (24q): who said it, every speaker right or honestly open.

A quotation a verb of saying brings in inside the speaker's own relative clause is that
clause's statement (18x's title-in-phrase rule had dropped it); the evidence of a speaker the
18x organisation filters left open names the filter; a speaker phrase never runs back over a
paragraph break. Each rule has a must-fire test and a must-not-fire twin; the sentences are
invented."""

from __future__ import annotations

import pytest
from pipeline_helpers import quoted_analysis as _quotes


def _texts(text: str) -> list[str]:
    return [q.text for q in _quotes(text).quotes]


def _quote(text: str, start: str):
    an = _quotes(text)
    return next(q for q in an.quotes if q.text.startswith(start))


# --- a quotation a verb of saying brings in inside the speaker's relative clause ------------------

def test_quotation_said_inside_the_speaker_relative_clause_is_kept():
    text = ('The trust, which says that its main goal is "to make farming pay for small growers", '
            'announced its new grant at a meeting in Leeds.')
    q = _quote(text, "to make farming pay")
    assert q.kind == "direct"
    assert q.cue == "says"  # the clause's own verb, not "announced"
    assert q.speaker_text == "The trust"
    assert "content of 'says'" in (q.speaker_evidence or "")


def test_quotation_said_inside_an_apposition_relative_is_kept():
    text = ('Tom Reyes, a farmer who says "the river will not come back this year," told the council '
            'it was unfair to blame the mayor.')
    q = _quote(text, "the river will not come back")
    assert q.cue == "says"


def test_name_a_group_calls_itself_stays_dropped():
    # twin: the quoted words are a name the group gives itself (an object complement), a label
    text = 'The rebels, who call themselves "the Sons of the Old River Valley", said they had taken the town.'
    assert not any(t.startswith("the Sons of the Old River") for t in _texts(text))


def test_title_of_a_book_the_speaker_wrote_stays_dropped():
    # twin: the quoted words are the object of "wrote", a title in the speaker's phrase
    text = ('Tom Reyes, who wrote "Why the Wells Ran Dry in the West," told the council it was unfair '
            'to blame the mayor.')
    assert not any(t.startswith("Why the Wells") for t in _texts(text))


# --- the evidence of a speaker the organisation filters held open names the filter ------------

@pytest.mark.parametrize("text, anchor, set_aside, named_filter", [
    # "the company" after a person told an outlet: the outlet spoken to is set aside
    ('"We need more roads," Tom Reyes told AFP. The company says three of its drivers are still '
     'missing in the town.', "three of its drivers", "AFP set aside", "'told' filter"),
    # "the paper" after an inquiry in the news: no newspaper, set aside
    ("The Leeds Inquiry continues to make headlines. It reports that the minister went back to "
     "an old review. The paper said the idea was meant to cut costs.", "the idea was meant",
     "Leeds Inquiry set aside", "'paper' filter"),
])
def test_speaker_left_open_names_the_filter(text, anchor, set_aside, named_filter):
    q = _quote(text, anchor)
    assert q.antecedent_mention is None
    assert set_aside in q.speaker_evidence and named_filter in q.speaker_evidence


def test_the_company_with_nothing_set_aside_says_nothing_of_filters():
    # twin: no filter set an organisation aside, so the evidence names none
    text = ("Acme Holdings opened a new plant in Leeds last year. The company says three of its drivers are "
            "still missing in the town.")
    q = _quote(text, "three of its drivers")
    assert q.antecedent_mention is not None
    assert "set aside" not in q.speaker_evidence


# --- a speaker phrase does not run back over a paragraph break ----------------------------------

def test_speaker_phrase_leaves_the_stray_mark_of_the_paragraph_before():
    text = ('"I find it pretty odd."\n\nFriends of the Marsh, a local group, said that the mayor had '
            'taken $5,000 from the firm.')
    q = _quote(text, "that the mayor had taken")
    assert q.speaker_text == "Friends of the Marsh"


def test_speaker_phrase_in_one_paragraph_is_whole():
    # twin: a phrase with no break before it keeps all its words
    text = "Friends of the Old Marsh, a local group, said that the mayor had taken $5,000 from the firm."
    q = _quote(text, "that the mayor had taken")
    assert (q.speaker_text or "").startswith("Friends of the Old Marsh")  # the phrase as main gives it


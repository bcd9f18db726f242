"""A pull quote with its credit line run into the next sentence (issue 16, round eighteen,
16r): "<short quotation, no stop> <Name Name>, <role or organisation> <sentence opener> ..."
opening a line below the first is cut with reason "pull quote", whether or not the article
gives the words again. Every text is invented; each must-cut shape has must-keep twins of the
same surface (an article quotation with its speaker and "said"; an article sentence that ends
on a name and role; a name-role list; a name cue before the name)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.credit_pull_quotes import REASON
from storyline.clean.noise import clean_text

OPEN = "Floods swept through the valley towns of Marotia on Monday, officials said."
NEXT = "The rescue teams worked through the night to reach the villages cut off by the water."
TAIL = "\n\nThe Acme Foundation said it would send more boats to the valley on Tuesday."


def _clean(line: str, first: str = OPEN):
    return clean_text(f"{first}\n\n{line}{TAIL}")


def _cut(c) -> list[str]:
    return [r.text for r in c.removed if r.reason == REASON]


def test_a_pull_quote_with_its_speaker_and_organisation_is_cut():
    piece = "We need boats and clean water more than anything else right now Jane Roe, Acme Relief"
    c = _clean(f"{piece} {NEXT}")
    assert _cut(c) == [piece]
    assert NEXT in c.text.split("\n\n")


def test_a_pull_quote_before_a_quotation_is_cut():
    nxt = '"The roads to the coast are still closed and the bridges are gone," she added.'
    piece = "It will be weeks before the families can go back to their homes John Doe, Port Ellery council"
    c = _clean(f"{piece} {nxt}")
    assert _cut(c) == [piece]
    assert nxt in c.text


def test_a_pull_quote_with_a_title_and_a_role_is_cut():
    piece = "The worst of the flooding is behind us now and the boats can go out Dr Mary Major, Marotia hospital"
    nxt = "It is also feared that more rain will fall over the hills this week."
    c = _clean(f"{piece} {nxt}")
    assert _cut(c) == [piece]
    assert nxt in c.text


def test_a_pull_quote_credited_to_an_organisation_named_like_a_verb_is_cut():
    # an organisation's name in title case may be tagged a verb ("Keep Marotia Dry")
    piece = "The families on the hill have nowhere else to go this winter Jane Roe, Keep Marotia Dry"
    c = _clean(f"{piece} {NEXT}")
    assert _cut(c) == [piece]
    assert NEXT in c.text.split("\n\n")


def test_a_role_with_a_lower_case_verb_is_kept():
    # twin: a verb in lower case after the comma makes the "role" a clause of the article
    line = ("The families on the hill have nowhere else to go this winter Jane Roe, who leads "
            "Acme Relief The rescue teams worked through the night.")
    c = _clean(line)
    assert _cut(c) == []
    assert "who leads Acme Relief" in c.text


def test_an_article_quotation_with_its_speaker_and_said_is_kept():
    # twin: the article reports the words ("said"), the speaker's role goes on with a comma
    line = ('"We need boats and clean water more than anything else," said Jane Roe, head of '
            "Acme Relief, who arrived on Monday.")
    c = _clean(line)
    assert _cut(c) == []
    assert line in c.text


def test_an_article_sentence_that_ends_on_a_name_and_role_is_kept():
    # twin: the name follows a name cue ("with"): the sentence goes on to it
    line = ("The boats were sent out on Tuesday morning together with Jane Roe, Acme Relief "
            "The rescue teams worked through the night.")
    c = _clean(line)
    assert _cut(c) == []
    assert "together with Jane Roe" in c.text


def test_a_named_subject_after_a_sentence_is_kept():
    # twin: the name and role open the next sentence, which goes on with a comma and a verb
    line = ("The first boats reached the valley towns late on Monday evening John Doe, the "
            "harbour master, said more would follow.")
    c = _clean(line)
    assert _cut(c) == []
    assert line in c.text


def test_a_name_role_list_is_kept():
    # twin: a list of names and roles has commas between its entries, no seam after a role
    line = ("The panel heard from the mayor and the harbour board Jane Roe, chair, John Doe, "
            "treasurer, and Mary Major, secretary.")
    c = _clean(line)
    assert _cut(c) == []
    assert line in c.text


def test_a_reported_pull_quote_shape_with_a_saying_verb_is_kept():
    # twin: a verb of saying in the piece: the article reports it
    line = ("Officials warned that it will be weeks before families can go home John Doe, "
            "Port Ellery council The roads are still closed.")
    c = _clean(line)
    assert _cut(c) == []


def test_the_first_line_is_not_read():
    # twin: the text's first line is the opening rules' (headline, standfirst)
    line = "We need boats and clean water more than anything else right now Jane Roe, Acme Relief " + NEXT
    c = clean_text(f"{line}\n\n{OPEN}{TAIL}")
    assert _cut(c) == []


_WORDS = st.sampled_from(["boats", "water", "the", "valley", "is", "we", "need", "now", "Roe", "Jane", ",", "Acme", "The"])


@settings(max_examples=40, deadline=None)
@given(st.lists(_WORDS, min_size=0, max_size=30))
def test_cuts_only_a_head_and_keep_the_rest_verbatim(words):
    line = " ".join(words)
    c = _clean(f"{line} {NEXT}")
    for cut in _cut(c):
        assert (line + " " + NEXT).startswith(cut)
    assert NEXT in c.text


def test_a_role_ending_on_of_before_a_quoted_title_is_no_credit():
    # round thirty-four: "a host of" goes on into the show's title in quote marks; the line is
    # one article sentence (the must-keep twin of the quotation-after-credit shape above)
    line = ('What caught the eye, though, was the moment on the radio on Monday when Jane Roe, a host of '
            '"The Harbour Hour," refused to go along with a guest who doubted the flood warnings.')
    c = _clean(line)
    assert _cut(c) == []
    assert line in c.text

"""A caption clause that tells that someone spoke, not what was said, run into the next
paragraph with no stop (issue 16, round nineteen, 16b): "<Name> promises boats to <place>",
"<Name> reports on <topic>", "<names> describe difficulties in <place>". 16k's caption-clause
test abstained on every verb of saying; it now lets one pass when the verb is the clause's
root and takes a topic ("of", "on", "about" and a noun: clean/data/saying_topics.txt) or, for
a verb whose object is what was said ("+" in reporting_verbs.txt), a noun object, and no
clause or infinitive. Every text is invented; each must-cut shape has must-keep twins of the
same surface (a reported view with its content clause, a request with its infinitive, the same
act told in the past, a topic that is a time, a verb whose noun object is no content)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import _present_caption_clause, clean_text

OPEN = "Floods swept through the valley towns of Port Ellery on Monday, officials said."
NEXT = "The rescue teams worked through the night to reach the villages cut off by the water."
TAIL = "\n\nThe Acme Foundation said it would send more boats to the valley on Tuesday."
REASON = "caption: a present-tense caption clause"


def _clean(piece: str, nxt: str = NEXT, first: str = OPEN):
    return clean_text(f"{first}\n\n{piece} {nxt}{TAIL}")


def _cut(c) -> list[str]:
    return [r.text for r in c.removed if r.reason.startswith(REASON)]


def _kept(piece: str, nxt: str = NEXT) -> None:
    c = _clean(piece, nxt)
    assert _cut(c) == [], piece
    assert piece in c.text, piece


def test_a_clip_caption_with_a_topic_is_cut():
    piece = "Jane Roe reports on the flooding in the lower valley"
    c = _clean(piece)
    assert _cut(c) == [piece]
    assert NEXT in c.text.split("\n\n")


def test_a_caption_whose_verb_takes_what_was_said_as_its_object_is_cut():
    piece = "Three rescue doctors describe conditions in the valley hospitals"
    c = _clean(piece)
    assert _cut(c) == [piece]
    assert NEXT in c.text.split("\n\n")


def test_a_caption_with_a_topic_after_of_is_cut():
    piece = "The two envoys have spoken of their commitment to the valley"
    c = _clean(piece)
    assert _cut(c) == [piece]


def test_a_reported_view_with_its_content_clause_is_kept():
    # twin: a verb of saying with a clause is the article's reported view (16k's abstention holds)
    _kept("The regional minister says the main roads are open again")


def test_a_request_with_its_infinitive_is_kept():
    # twin: "urges donors to give" brings its content as an infinitive: the article's report
    _kept("The regional minister urges donors to give more to the charities")


def test_the_same_act_told_in_the_past_is_kept():
    # twin: an article sentence that lost its stop tells what happened, in the past
    _kept("Jane Roe reported on the flooding in the lower valley")


def test_a_topic_that_is_a_time_is_kept():
    # twin: "reports on Monday" names when, not what about: R may be what was reported
    _kept("The valley's main relief agency reports on Monday morning every week")


def test_a_noun_object_of_a_verb_that_takes_no_content_object_is_kept():
    # twin: "says battle ..." is headlinese for a clause (the parse reads a noun object):
    # "say" takes no thing said as its object, so no act of saying is read
    _kept("The regional minister says battle against the water close to an end")


def test_the_piece_test_directly():
    assert _present_caption_clause("Jane Roe reports on the flooding in the lower valley")
    assert not _present_caption_clause("Jane Roe says the flooding in the lower valley is over")
    assert not _present_caption_clause("Jane Roe promised new boats to the lower valley")


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["says", "claims", "insists", "warns", "believes"]),
       st.sampled_from(["the dam", "the bridge", "the harbour wall", "the old road"]),
       st.sampled_from(["safe", "open", "closed", "unsafe"]))
def test_a_verb_of_saying_with_a_content_clause_is_never_a_caption(verb, thing, state):
    piece = f"The regional engineer {verb} that {thing} is {state} for now"
    assert not _present_caption_clause(piece)

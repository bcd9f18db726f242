"""A caption that is a whole clause run into the lead at the text's head (issue 16, round
twenty-seven, 27k): "<caption clause> <lead>" on the first line with no stop between, the
caption in the present or the past, ending on a name, a figure, an adjective or a relative
clause's verb, which the 16k/25b/26b seams (a present clause, or a past one under a cut
headline, ending on a noun) pass by. head_captions.clause_seam reads two whole clauses side by
side with no stop at the page's head. Every text is invented; each must-cut shape has
must-keep twins of the same surface."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.head_captions import CLAUSE_SEAM_REASON
from storyline.clean.noise import clean_text

TAIL = ("\n\nDivers will check the new seal twice a day until the autumn storms begin."
        "\n\nThe firm told the council that the repair had cost more than it had planned for.")


def _cut(c) -> list[str]:
    return [r.text for r in c.removed if r.reason == CLAUSE_SEAM_REASON]


def test_a_present_caption_ending_on_a_relative_clause_is_cut():
    caption = "Police are guarding the harbour hotel where the sailor stayed"
    lead = "About 40 guests at a Port Ellery hotel have been told to stay in their rooms after a sailor fell ill."
    c = clean_text(f"{caption} {lead}{TAIL}")
    assert _cut(c) == [caption]
    assert c.text.startswith(lead)


def test_a_past_caption_ending_on_a_year_is_cut():
    caption = "The pier was given to the town by the council in 1998"
    lead = "Marotia's only ferry has been stopped because of fears over the fever, harbour officials say."
    c = clean_text(f"{caption} {lead}{TAIL}")
    assert _cut(c) == [caption]
    assert c.text.startswith(lead)


def test_a_past_caption_ending_on_a_predicative_adjective_is_cut():
    caption = "Mr Roe thought the chance of the fever reaching him was low"
    lead = "Former harbour master Jane Roe has been tested for the fever, after meeting sailors who later fell ill."
    c = clean_text(f"{caption} {lead}{TAIL}")
    assert _cut(c) == [caption]
    assert c.text.startswith(lead)


def test_a_passive_caption_ending_on_an_acronym_before_a_report_is_cut():
    # the lead is a report with its source after it ("<clause>, the ministry confirmed")
    caption = "Eight cases of the fever have been found in the UK"
    lead = "Two more people in Port Ellery have been told they have the fever, the health ministry confirmed."
    c = clean_text(f"{caption} {lead}{TAIL}")
    assert _cut(c) == [caption]
    assert c.text.startswith(lead)


def test_a_lead_opening_on_a_name_after_a_noun_is_kept():
    # twin: a name after a noun may be an apposition or a compound ("the firm | Acme")
    line = "The storm damaged the harbour wall Acme Marine engineers will inspect it on Monday before it reopens."
    c = clean_text(f"{line}{TAIL}")
    assert _cut(c) == []
    assert not c.removed  # (the older run-in seam splits the line there, both pieces kept)


def test_a_lead_that_lost_its_stop_before_a_pronoun_is_kept():
    # twin: the second clause opens on a pronoun: it goes on from the first, one paragraph
    line = "Mr Roe says the old ferry is a survivor It has crossed the strait twice a day for forty years without fail."
    c = clean_text(f"{line}{TAIL}")
    assert _cut(c) == []


def test_an_adjective_that_takes_a_clause_is_no_seam():
    # twin: "sure" takes the clause after it with no "that": one sentence
    line = "The harbour board wanted to be quite sure Acme's new pier would hold the weight of the ferries in winter."
    c = clean_text(f"{line}{TAIL}")
    assert _cut(c) == []
    assert line in c.text


def test_a_participle_before_the_seam_is_no_seam():
    # twin: the span ends on a participle whose object is the next words
    line = "Clean water is now the main challenge facing Acme's crews at the harbour, and its warehouse is full."
    c = clean_text(f"{line}{TAIL}")
    assert _cut(c) == []
    assert line in c.text


def test_a_fronted_report_is_kept():
    # twin: the clause before "<source> said" is what was said, its comma lost
    line = "The ferry will not sail again before the spring Marotia's harbour officials said on Monday evening."
    c = clean_text(f"{line}{TAIL}")
    assert _cut(c) == []


def test_a_two_clause_lead_joined_by_and_is_kept():
    # twin: the clauses are joined by "and": one sentence, no seam
    line = "Police are guarding the harbour hotel where the sailor stayed and about 40 guests have been told to stay in."
    c = clean_text(f"{line}{TAIL}")
    assert _cut(c) == []
    assert line in c.text


def test_the_same_caption_below_the_first_line_is_not_read_here():
    # twin: the rule reads only the text's first kept line (the page's head)
    caption = "Police are guarding the harbour hotel where the sailor stayed"
    lead = "About 40 guests at a Port Ellery hotel have been told to stay in their rooms after a sailor fell ill."
    c = clean_text(f"Health officials on the island met on Sunday to plan the next steps.\n\n{caption} {lead}{TAIL}")
    assert _cut(c) == []


def test_a_first_line_of_two_sentences_is_not_read():
    # twin: a head line that goes on past the lead's stop is prose (a lead line is one sentence)
    caption = "Police are guarding the harbour hotel where the sailor stayed"
    lead = "About 40 guests at a Port Ellery hotel have been told to stay in their rooms after a sailor fell ill."
    c = clean_text(f"{caption} {lead} Most of them are tourists from the mainland.{TAIL}")
    assert _cut(c) == []


_WORDS = st.sampled_from(["harbour", "ferry", "Port", "Ellery", "the", "was", "is", "crews", "Acme", "said",
                          "in", "1998", "low", "where", "stayed", "The", "About", "It", "and", ","])


@settings(max_examples=25, deadline=None)
@given(st.lists(_WORDS, min_size=3, max_size=30))
def test_clause_seam_cuts_only_a_span_of_the_line(words):
    # whatever the line, the cut is a prefix of it and the lead after it is kept verbatim
    line = " ".join(words).capitalize() + "."
    c = clean_text(f"{line}{TAIL}")
    for piece in _cut(c):
        assert line.startswith(piece)
        assert line[len(piece):].strip() in c.text

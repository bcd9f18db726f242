"""A headline or caption that names a person by the surname alone, run into a lead that
introduces that person in full, at the text's head (issue 16, round nineteen, 16b):
"<Surname> <verb> ... <role> <First> <Surname> <verb> ...". News prose names a person in full
before shortening the name, so a bare surname ahead of its introduction was written for
display. Every text is invented; each must-cut shape has must-keep twins of the same surface
(a sentence naming a relative or a role after the surname, a subordinate clause, a span ending
on a verb, the same shape below the text's first line)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import _is_name_cue, _parser, clean_text, english_stopwords
from storyline.clean.runin import introduced_name_seam

TAIL = "\n\nThe storm struck the island on Tuesday night, the coastguard said."
REASON = "headline: the page's headline run into the lead"


def _cut(c) -> list[str]:
    return [r.text for r in c.removed if r.reason.startswith(REASON)]


def _seam(sentence: str):
    return introduced_name_seam(sentence, _parser(), english_stopwords(), _is_name_cue)


def test_a_headline_naming_the_surname_before_the_lead_introduces_it_is_cut():
    lead = "Film actor Jack Roe has flown his own plane to the island to deliver food to the survivors."
    c = clean_text(f"Roe flies supplies to Marotia {lead}{TAIL}")
    assert _cut(c) == ["Roe flies supplies to Marotia"]
    assert c.text.startswith(lead)


def test_a_caption_ending_on_a_quoted_phrase_before_the_introduction_is_cut():
    lead = "Harbour-born singer Jane Roe has urged her fans to give to the relief funds after the storm."
    c = clean_text(f'Roe has urged the island\'s donors to "rise to the task" {lead}{TAIL}')
    assert _cut(c) == ['Roe has urged the island\'s donors to "rise to the task"']
    assert c.text.startswith(lead)


def test_a_relative_named_after_the_surname_is_kept():
    # twin: "his son Jack Roe" is a relative the sentence names, not an introduction
    line = "Roe said his son Jack Roe was hurt when the roof of the school fell in on Tuesday."
    c = clean_text(line + TAIL)
    assert _cut(c) == []
    assert c.text.startswith(line)


def test_a_relative_after_a_preposition_is_kept():
    line = "Roe visited the harbour with her sister Anna Roe and the mayor on Monday morning."
    c = clean_text(line + TAIL)
    assert _cut(c) == []
    assert c.text.startswith(line)


def test_a_subordinate_clause_naming_the_full_name_is_kept():
    # twin: "while actor Jack Roe waved" is the span's own subordinate clause
    line = "Roe thanked the crew while actor Jack Roe waved from the deck of the boat on Monday."
    c = clean_text(line + TAIL)
    assert _cut(c) == []
    assert c.text.startswith(line)


def test_a_span_ending_on_a_verb_is_kept():
    # twin: "Roe met | Jane Roe ..." goes on into the named person
    assert _seam("Roe met Jane Roe at the harbour on Monday to talk about the relief funds.") is None


def test_a_capitalised_common_word_before_a_noun_subject_is_kept():
    # twin: "Wide" again inside "<place> Wide footage shows": the subject is the footage, no
    # full name introduces a person
    line = "Wide view of the flood in the valley town Port Ellery Wide footage shows the damage done by the flood."
    assert _seam(line) is None


def test_the_same_shape_below_the_first_line_is_not_read():
    line = "Roe flies supplies to Marotia Film actor Jack Roe has flown his own plane to the island."
    c = clean_text("Boats left the harbour of Port Ellery at dawn on Monday, officials said.\n\n" + line + TAIL)
    assert _cut(c) == []
    assert line in c.text


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["son", "daughter", "brother", "sister", "wife", "husband"]),
       st.sampled_from(["said", "told reporters", "confirmed"]),
       st.sampled_from(["Jack", "Anna", "Tom"]))
def test_a_relative_of_the_surname_is_never_a_seam(relative, verb, first):
    sentence = f"Roe {verb} that his {relative} {first} Roe was safe after the storm had passed over the island."
    assert _seam(sentence) is None

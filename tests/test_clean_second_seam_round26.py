"""A BBC page's head saved as one line, "<headline> <caption> <lead>" (issue 16, round
twenty-six, 26b): the case rules cut the headline off the line, and the picture's caption then
ran into the lead before the lead's name or acronym, kept. The run-in seam (clean/runin.py) is
now read on the line's rest, and a span that is a whole caption clause (a noun subject, one
finite clause, present or past) is cut as a caption. Every text is invented; each must-cut
shape has must-keep twins of the same surface."""

from __future__ import annotations

from storyline.clean.head_captions import SECOND_SEAM_REASON
from storyline.clean.noise import clean_text

TAIL = ("\n\nMud is being pumped in from the top, forcing the oil back down into the well."
        "\n\nThe company said the work could take several days to finish and engineers would watch it closely.")
HEADLINE = "Acme starts new effort to seal Marotia well"
LEAD = "Acme has started the final effort to seal its leaking well in the Gulf, a step towards closing it for good."


def _cut(c) -> list[str]:
    return [r.text for r in c.removed if r.reason == SECOND_SEAM_REASON]


def test_a_present_perfect_caption_between_headline_and_lead_is_cut():
    caption = "The Lindale well has been sealed with a cap for just over two weeks"
    c = clean_text(f"{HEADLINE} {caption} {LEAD}{TAIL}")
    assert _cut(c) == [caption]
    assert c.text.startswith(LEAD)


def test_a_past_caption_between_headline_and_lead_is_cut():
    caption = "Engineers lowered a new steel cap onto the damaged well in the summer"
    c = clean_text(f"{HEADLINE} {caption} {LEAD}{TAIL}")
    assert _cut(c) == [caption]
    assert c.text.startswith(LEAD)


def test_a_past_caption_without_a_headline_above_is_kept():
    # twin: the same line with no headline cut off it: a past clause at the head may be the
    # lead itself that lost its stop; the past is read only after a cut headline
    caption = "Engineers lowered a new steel cap onto the damaged well in the summer"
    c = clean_text(f"{caption} {LEAD}{TAIL}")
    assert _cut(c) == []
    assert caption in c.text


def test_a_caption_with_its_stop_is_no_seam():
    # twin: the caption line ends in a stop: a sentence of its own, not this rule's
    caption = "Engineers lowered a new steel cap onto the damaged well in the summer."
    c = clean_text(f"{HEADLINE} {caption} {LEAD}{TAIL}")
    assert _cut(c) == []


def test_a_fronted_report_after_the_headline_is_kept():
    # twin: a clause before "<source> said" is what was said, its comma lost
    lead = "Oil is still leaking from the damaged well in the Gulf Acme officials said on Monday night in Port Ellery."
    c = clean_text(f"{HEADLINE} {lead}{TAIL}")
    assert _cut(c) == []
    assert "Oil is still leaking" in c.text


def test_a_lead_opening_on_a_title_case_name_is_kept():
    # twin: after the headline, a lead whose subject is a long title-case name: no seam
    lead = "Acme Oil Company Chief Jane Roe is taking steps to mend the firm's image after the Marotia spill, she told staff."
    c = clean_text(f"{HEADLINE} {lead}{TAIL}")
    assert _cut(c) == []
    assert lead in c.text


def test_a_lead_mentioning_a_photograph_is_kept():
    # twin: a lead about a picture, one sentence, no seam before a name
    lead = "A photograph posted on the firm's website showed engineers at a bank of screens, Acme has admitted."
    c = clean_text(f"Acme admits altering photograph of response centre {lead}{TAIL}")
    assert _cut(c) == []
    assert "engineers at a bank of screens" in c.text


def test_a_verbless_span_after_the_headline_is_kept():
    # twin: a noun phrase before the seam is no caption clause: left in the lead
    lead = "Fresh hopes for the Marotia coast Acme has started the final effort to seal its leaking well in the Gulf."
    c = clean_text(f"{HEADLINE} {lead}{TAIL}")
    assert _cut(c) == []


def test_a_reduced_relative_in_the_lead_is_kept():
    # twin: "the sum | US taxpayers are expected to pay" is one noun phrase: the lead goes on
    lead = "Crews finished the hardest part of the work on the sum US taxpayers are expected to pay for the clean-up this year."
    c = clean_text(f"{HEADLINE} {lead}{TAIL}")
    assert _cut(c) == []
    assert "the sum US taxpayers" in c.text


def test_a_lead_hung_on_a_clause_noun_is_kept():
    # twin: "the moment | Marotia was shaken" is one sentence (a bare relative clause on
    # "moment", data/clause_nouns.txt), not a caption over a lead
    lead = "Pictures have emerged of the moment Marotia was shaken by a strong earthquake on Tuesday night."
    c = clean_text(f"Marotia earthquake captured on security camera {lead}{TAIL}")
    assert _cut(c) == []
    assert "Pictures have emerged of the moment" in c.text

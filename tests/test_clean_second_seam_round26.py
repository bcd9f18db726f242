"""A BBC page's head saved as one line, "<headline> <caption> <lead>" (issue 16, round
twenty-six, 26b): the case rules cut the headline off the line, and the picture's caption then
ran into the lead before the lead's name or acronym, kept. The run-in seam (clean/runin.py) is
now read on the line's rest, and a span that is a whole caption clause (a noun subject, one
finite clause, present or past) is cut as a caption. Every text is invented; each must-cut
shape has must-keep twins of the same surface."""

from __future__ import annotations

from storyline.clean.head_captions import SECOND_SEAM_REASON
from storyline.clean.noise import clean_text

TAIL = ("\n\nDivers will check the new seal twice a day until the autumn storms begin."
        "\n\nThe firm told the council that the repair had cost more than it had planned for.")
HEADLINE = "Acme begins last repair on Marotia pipeline"
LEAD = "Acme has begun the last repair on its broken pipeline near Port Ellery, which has been closed since March."


def _cut(c) -> list[str]:
    return [r.text for r in c.removed if r.reason == SECOND_SEAM_REASON]


def test_a_present_perfect_caption_between_headline_and_lead_is_cut():
    caption = "The Lindale pipeline has been shut at both ends for nearly a month"
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
    lead = "A photograph on the firm's website showed a control room that had been edited, Acme has admitted."
    c = clean_text(f"Acme admits editing photograph of control room {lead}{TAIL}")
    assert _cut(c) == []
    assert "a control room that had been edited" in c.text


def test_a_verbless_span_after_the_headline_is_kept():
    # twin: a noun phrase before the seam is no caption clause: left in the lead
    lead = "Fresh hopes for the Marotia coast Acme has begun the last repair on its broken pipeline near Port Ellery."
    c = clean_text(f"{HEADLINE} {lead}{TAIL}")
    assert _cut(c) == []


def test_a_reduced_relative_in_the_lead_is_kept():
    # twin: "the sum | US taxpayers are expected to pay" is one noun phrase: the lead goes on
    lead = "Crews finished the hardest part of the work on the sum US taxpayers are expected to pay for the clean-up this year."
    c = clean_text(f"{HEADLINE} {lead}{TAIL}")
    assert _cut(c) == []
    assert "the sum US taxpayers" in c.text


def test_a_lead_hung_on_a_clause_noun_is_kept():
    # twin: "the moment | Marotia's oldest bridge gave way" is one sentence (a bare relative clause on
    # "moment", data/clause_nouns.txt), not a caption over a lead
    lead = "Footage has surfaced of the moment Marotia's oldest bridge gave way during the storm on Tuesday night."
    c = clean_text(f"Marotia bridge collapse captured on traffic camera {lead}{TAIL}")
    assert _cut(c) == []
    assert "Footage has surfaced of the moment" in c.text

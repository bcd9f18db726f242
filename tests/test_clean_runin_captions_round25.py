"""A picture's caption clause at the very head of a text, run into the lead before the lead's
subject, a name or an acronym (issue 16, round twenty-five, 25b): the seam the parse finds
(clean/runin.py) was cut only under a title-case or restated headline and otherwise kept as a
heading; a span that is a present caption clause is cut as a caption. Every text is invented;
each must-cut shape has must-keep twins of the same surface."""

from __future__ import annotations

from storyline.clean.head_captions import RUNIN_REASON
from storyline.clean.noise import clean_text

TAIL = "\n\nOfficials said more help was on the way and that the roads would open soon.\n\nThe mayor thanked the crews."
LEAD = "Acme's new chief Jane Roe has told the firm's staff that safety will decide their bonus payments this year."


def _cut(c) -> list[str]:
    return [r.text for r in c.removed if r.reason == RUNIN_REASON]


def test_a_present_caption_before_a_possessive_name_is_cut():
    head = "Acme is taking steps to mend its image after the Marotia spill"
    c = clean_text(f"{head} {LEAD}{TAIL}")
    assert _cut(c) == [head]
    assert c.text.startswith(LEAD)


def test_a_present_progressive_caption_before_a_name_is_cut():
    # (the whole parse of such glued text may hang the caption's verb into the lead's clause:
    # runin_seam no longer takes that for one sentence when the span is a caption clause)
    head = "Slick is now covering dunes and marshes along miles of the coast"
    lead = "Acme has started giving the council the early findings of its own review of the leak."
    c = clean_text(f"{head} {lead}{TAIL}")
    assert _cut(c) == [head]
    assert c.text.startswith(lead)


def test_a_past_lead_that_lost_its_stop_is_kept():
    # twin: the same span told in the past is no caption clause: split off and kept, nothing cut
    head = "Acme took steps to mend its image after the Marotia spill"
    c = clean_text(f"{head} {LEAD}{TAIL}")
    assert _cut(c) == []
    assert head in c.text and LEAD in c.text


def test_a_fronted_report_before_its_source_is_kept():
    # twin: a present clause before "<source> said" is the reported clause, its comma lost
    text = "Slick is now covering dunes and marshes along miles of the coast Acme officials said on Monday night in Port Ellery."
    c = clean_text(f"{text}{TAIL}")
    assert _cut(c) == []
    assert "Slick is now covering dunes" in c.text


def test_a_lead_opening_on_a_title_case_name_is_kept():
    # twin: one sentence whose subject is a title-case name, no seam in it
    text = "Acme Oil Company Chief Jane Roe is taking steps to mend the firm's image after the Marotia spill, she told staff."
    c = clean_text(f"{text}{TAIL}")
    assert _cut(c) == []
    assert c.text.startswith(text)


def test_a_whole_caption_sentence_is_kept():
    # twin: with its stop the clause is a sentence, not a caption run into the lead
    head = "Acme is taking steps to mend its image after the Marotia spill."
    c = clean_text(f"{head} {LEAD}{TAIL}")
    assert _cut(c) == []
    assert c.text.startswith(head)


# below the text's first line nothing changes: the caption rules there keep their seam words
# (a parse seam there fired on article prose of the wire topics: reduced relatives, "the fact
# | Acme ...", "the sort of thing | Jane Roe ...": tried and not shipped, round twenty-five)
OPEN = "Acme said on Monday that the clean-up of the coast would take months.\n\n"


def test_a_present_clause_below_the_first_line_is_not_read_by_this_rule():
    for line in ("Tar is now fouling sand and reeds along much of the shore ACME has started giving the council the findings of its review.",
                 "The council has introduced the tax to recoup money Marotia taxpayers are expected to lose from the rescue of the banks."):
        c = clean_text(f"{OPEN}{line}{TAIL}")
        assert _cut(c) == [], line


def test_a_reduced_relative_at_the_head_is_kept():
    # twin at the text's head: the clause after the seam hangs on the span's last noun
    line = "The council has introduced the tax to recoup money Marotia taxpayers are expected to lose from the rescue of the banks."
    c = clean_text(f"{line}{TAIL}")
    assert _cut(c) == [] and not c.removed
    # (the run-in seam still splits it off as a heading, as on main: nothing is removed)
    assert all(piece in c.text for piece in ("The council has introduced the tax to recoup money", "Marotia taxpayers are expected"))


def test_a_caption_line_over_a_picture_credit_is_left_to_the_credit_rules():
    # twin: with a picture credit below, the whole line is the picture's caption block; this
    # rule does not split it (the caption-above-credit rules read it whole)
    head = "Acme is taking steps to mend its image after the Marotia spill"
    c = clean_text(f"{head} {LEAD}\n\nPhotograph: Jane Roe/AP\n\n{TAIL.strip()}")
    assert _cut(c) == []

"""Issue 18, round twenty (18r): a quoted predicate of an unquoted subject before a trailing
attribution ('The ferry line "is losing money every week," Jane Roe said.') is one reported
statement of the attribution's speaker; before, _around took the attribution for the
quotation's own, and the quotation alone was too short for a direct quote, so nothing was kept."""

from __future__ import annotations

from pipeline_helpers import quoted_analysis as _quotes
from pipeline_helpers import speaker_words as _speaker


def test_quoted_predicate_of_an_unquoted_subject_before_the_attribution():
    a = _quotes("The harbour council met on Monday in Port Ellery.\n\n"
                "The new ferry line \u201cis losing money every week,\u201d council treasurer Jane Roe said.")
    hits = [q for q in a.quotes if q.text.startswith("The new ferry line")]
    assert hits, [q.text for q in a.quotes]
    q = hits[0]
    assert "is losing money every week" in q.text and "Jane Roe said" not in q.text
    assert _speaker(a, q) == "Jane Roe"


def test_a_line_before_a_whole_quotation_is_not_its_subject():
    # the twin: the quotation opens with its own capital and subject; the words before it are
    # not part of what was said (a caption or a heading run into the sentence)
    a = _quotes("The harbour council met on Monday in Port Ellery.\n\n"
                "Flooded quays in the old port \u201cWe cannot open the line this week,\u201d said Jane Roe.")
    assert not any(q.text.startswith("Flooded quays") for q in a.quotes), [q.text for q in a.quotes]


def test_a_quoted_predicate_after_a_pronoun_stays_the_quotation():
    # the twin: "It ..." is no subject worth keeping; the quotation keeps its own span as before
    a = _quotes("The harbour council met on Monday in Port Ellery.\n\n"
                "It \u201cwill reopen once the engineers are satisfied,\u201d the treasurer said.")
    assert not any(q.text.startswith("It ") for q in a.quotes), [q.text for q in a.quotes]

"""Round fifty-one, the integrator (issue 18): a colon lead-in whose subject issues a statement
of its own but is no one tagged name (quotes._own_statement_lead) leaves the quotation open and
breaks the carry from the quote before; a he/she subject and a tagged name are left as they were.
Each on a short invented text run through the whole per-document stage."""

from __future__ import annotations

from pipeline_helpers import quoted_analysis

_BEFORE = ('President Walter Greer spoke at the memorial on Monday. "We will not forget her," Greer said.\n\n')
_WORDS = '"We are grateful for the kindness of our neighbours in this hard time."\n\nThe funeral is on Friday.\n'


def _quote(text: str):
    a = quoted_analysis(text)
    qs = [q for q in a.quotes if "kindness of our neighbours" in q.text]
    assert len(qs) == 1, [q.text for q in a.quotes]
    q = qs[0]
    return (a.mentions[q.speaker_mention].text if q.speaker_mention is not None else None), q


def test_a_familys_statement_is_not_the_speaker_befores():
    name, q = _quote(_BEFORE + "The family of Jane Doe issued a statement: " + _WORDS)
    assert name is None, (name, q.speaker_evidence)
    assert "of their own" in (q.speaker_evidence or ""), q.speaker_evidence


def test_parents_releasing_a_statement_are_not_the_speaker_before():
    name, q = _quote(_BEFORE + "Her parents released a statement: " + _WORDS)
    assert name is None, (name, q.speaker_evidence)


def test_he_issuing_a_statement_is_left_to_the_pronoun_rules_twin():
    name, q = _quote(_BEFORE + "Later, he issued a statement: " + _WORDS)
    assert name is not None and "Greer" in name, (name, q.speaker_evidence)


def test_a_tagged_name_issuing_a_statement_is_theirs_twin():
    name, q = _quote(_BEFORE + "Senator Alice Monroe issued a statement: " + _WORDS)
    assert name is not None and "Monroe" in name, (name, q.speaker_evidence)


def test_a_colon_lead_with_no_statement_of_its_own_is_untouched_twin():
    # the subject issues nothing ("gathered"): the rule does not speak, whatever the older rules give
    _, q = _quote(_BEFORE + "The family of Jane Doe gathered at the church: " + _WORDS)
    assert "of their own" not in (q.speaker_evidence or ""), q.speaker_evidence

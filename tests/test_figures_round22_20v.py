"""Round twenty-two (20v): a name that owns the cause of a harm is not whose count it is.

The held-out seed-67 audit gave a spill's deaths the subject of the oil company that named
the spill ("The <firm> oil spill ... killed 11 workers"); the 274 harness texts hold the
same shape twice ("<firm>'s rig exploded, killing 11 people", "a <firm> rig ... exploded and
sank killing 11 workers"). Under a verb of harm (measures.tsv's ``harm``), a name modifying
the noun of the cause owns the cause, not the count. Invented sentences.
"""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _subject(text: str, figure: str):
    a = analyse_record(Record(source="t", text=text))
    f = next(f for f in a.figures if f.text == figure)
    return a.mentions[f.subject_mention].text if f.subject_mention is not None else f.subject_text


def test_the_owner_of_the_cause_is_no_subject_of_its_deaths():
    assert _subject("Acme's Ridgefield plant exploded in May, killing 9 people and injuring dozens.", "9") is None
    assert _subject("The Acme Corp chemical leak in the valley killed 9 workers and poisoned the river.",
                    "9") == "The Acme Corp chemical leak in the valley"


def test_twin_a_name_that_is_the_clause_subject_of_another_verb_stays():
    """The twin: under a verb of no harm the name that owns the thing counted stays."""
    assert _subject("Acme's Ridgefield plant cut 400 jobs in May.", "400") == "Acme"

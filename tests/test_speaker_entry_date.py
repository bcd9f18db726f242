"""A chronology entry's date glued to its subject (issue 18, round fourteen, 18o): in a timeline
box ("July 19 - Halden Corp says ..."), the parse hangs the date on the name and the tagger may
swallow the name into the date, so the bare-name rule (a name the document tags elsewhere,
untagged here) did not see a bare name and the speaker stayed open. The date is furniture: the
name is the speaker. Short invented texts, with must-not-fire twins."""

from __future__ import annotations

import pytest
from scenes import quote_starting as _one
from scenes import who as _who

from storyline.analyse import nlp as _nlp
from storyline.analyse import quotes
from storyline.pipeline import analyse_record
from storyline.types import Record

_BOX = ("Halden Corp said on Monday it would sell its Port Ellery refinery.\n\n"
        "May 10 - Halden Corp says it has paid $40 million to the ferry crews.\n\n"
        "July 19 - Halden Corp says it has paid $90 million in all to the town's fishing firms.\n\n"
        "July 20 - Halden Corp says it has agreed to buy two tankers from Orbit Inc to carry grain.\n\n")


def test_an_entry_date_is_not_part_of_the_speaker():
    a = analyse_record(Record(source="x.txt", text=_BOX))
    for start in ("it has paid $90", "it has agreed to buy"):
        q = _one(a, start)
        assert _who(a, q) == "Halden Corp"
        assert q.speaker_text == "Halden Corp"


def test_a_name_never_tagged_stays_open_after_an_entry_date():
    # twin: the rule only lets the bare-name rule see the name; a name no mention holds stays open
    a = analyse_record(Record(source="x.txt", text="Ships waited outside Port Ellery.\n\n"
                              "July 19 - Orbex says it has paid $90 million in all to the town's fishing firms.\n\n"))
    assert _who(a, _one(a, "it has paid")) is None


def _subject(text: str, name_end: str = "Corp"):
    doc = _nlp.load()(text)
    return next(t for t in doc if t.text == name_end and t.dep_ == "nsubj")


def test_the_entry_date_is_found():
    subj = _subject("Ships waited.\n\nJuly 20 - Halden Corp says it has agreed to buy two tankers.")
    assert {t.text for t in subj.doc if t.i in quotes._entry_date(subj)} >= {"July"}


@pytest.mark.parametrize("text", [
    "Ships waited.\n\nJuly 20 Halden Corp says it has agreed to buy two tankers.",  # no dash: not an entry
    "Ships waited and, on July 20 - Halden Corp says - it agreed to buy two tankers.",  # not at a line's start
    "Ships waited.\n\nUnit 20 - Halden Corp says it has agreed to buy two tankers.",  # no date
])
def test_no_entry_date(text):
    doc = _nlp.load()(text)
    subjects = [t for t in doc if t.text == "Corp"]
    assert subjects
    assert all(not quotes._entry_date(t) for t in subjects)

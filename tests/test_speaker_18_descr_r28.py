"""Issue 18, round twenty-eight: a description or an unnamed source given to the wrong named
person. One rule, on a short invented text with a must-not-fire twin:

- "the company" goes on from the organisation that is the subject of the sentence just
  before; when the scores (salience, the organisation the article is about) pick another,
  the speaker stays open (speakers.resolve_nominal, _main_subject);
"""

from __future__ import annotations

from scenes import quote_starting as _quote
from scenes import who as _who

from storyline.pipeline import analyse_record
from storyline.types import Record


def _analyse(text: str):
    return analyse_record(Record(source="x.txt", text=text))


_LEAD = ("Marlow Petroleum leased the rig in the gulf. Shares of Marlow Petroleum fell on Monday. "
         "Marlow Petroleum will pay for the clean-up, its chief said. Marlow Petroleum owns the well.\n\n")


def test_the_company_after_another_organisation_as_subject_is_not_the_story_s_organisation():
    a = _analyse(_LEAD + "Boltex Inc. said it found errors in the report and that its work met the terms "
                 "set by Marlow Petroleum.\n\n\"Contractors do not design the well,\" the company said.")
    q = _quote(a, "Contractors do not design")
    assert _who(a, q) is None, q.speaker_evidence
    assert "Boltex Inc., the subject of this or the sentence before" in q.speaker_evidence


def test_twin_the_company_keeps_the_story_s_organisation_when_the_other_is_no_subject():
    a = _analyse(_LEAD + "The report found errors in the work that Boltex Inc. did for Marlow Petroleum.\n\n"
                 "\"Contractors do not design the well,\" the company said.")
    assert _who(a, _quote(a, "Contractors do not design")) == "Marlow Petroleum"

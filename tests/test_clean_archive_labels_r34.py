"""An archive's section labels above an abstract and the full text ("ABSTRACT.", "FULL TEXT.")
are cut as labels; the abstract (a deck) and prose that opens with those words stay (issue 16,
round thirty-four). Every text is invented."""

from __future__ import annotations

from storyline.clean import clean_record
from storyline.types import Record

_HEAD = "Mayor Sees Long Road for Harbour.\n\n"


def _clean(body: str):
    return clean_record(Record(source="x.txt", text=_HEAD + body))


def test_abstract_and_full_text_labels_are_cut_and_the_abstract_stays():
    d = _clean("ABSTRACT.\n\nThe mayor believes the rebuilt harbour will define her term.\n\nFULL TEXT.\n\n"
               "Seventy years ago, a storm flattened the harbour of this town.\n\nShe said the work would take years.")
    assert "ABSTRACT." not in d.text and "FULL TEXT." not in d.text
    assert "The mayor believes the rebuilt harbour will define her term." in d.text
    assert {r.text for r in d.removed if r.reason.startswith("label")} == {"ABSTRACT.", "FULL TEXT."}


def test_prose_opening_with_the_label_words_stays():
    body = ("Abstract art filled the town hall for the harbour's reopening.\n\n"
            "Full text of the mayor's speech was posted on the council's site.\n\nShe said the work would take years.")
    d = _clean(body)
    assert "Abstract art filled the town hall" in d.text and "Full text of the mayor's speech" in d.text

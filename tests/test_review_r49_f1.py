"""Review r49 item 3 (fix f1): the named-picture rule (clean/noise._named_picture_lines) cut
stopless article lines: a list's items whose markers were lost, under a lead-in ending on ":",
and an article sentence that lost its stop with a picture's noun as the subject of "was".

Every text here is invented.
"""

from __future__ import annotations

from storyline.clean import clean_record
from storyline.types import Record


def _text(body: str) -> str:
    return clean_record(Record(source="t", text=body)).text


_LIST_PAGE = """Crews fought the fire at the depot for five hours on Friday.

The blaze started in a storeroom on the ground floor of the building.

Nobody was hurt, the council said.

What the inspectors found:

Photos from the storeroom show the wiring had melted through

Video shows smoke pouring from the loading bay doors

The inspectors said the alarms had worked.

The depot will stay shut until March.
"""


def test_review_r49_3_list_items_under_a_colon_lead_in_stay():
    out = _text(_LIST_PAGE)
    assert "Photos from the storeroom show the wiring had melted through" in out
    assert "Video shows smoke pouring from the loading bay doors" in out


_SENTENCE_PAGE = """The old ferry made its last crossing of the estuary on Saturday.

Hundreds of people lined the quay to wave it off for the final time.

{line}

The operator said a new bridge had made the service unviable.
"""


def test_review_r49_3_a_stopless_sentence_with_the_picture_noun_as_subject_of_be_stays():
    line = "A view of the harbour from the deck was the last thing the passengers saw"
    assert line in _text(_SENTENCE_PAGE.format(line=line))


def test_review_r49_3_a_stopless_sentence_whose_picture_shows_a_finite_clause_stays():
    line = "Pictures from the quay show the crowd had stayed until dark"
    assert line in _text(_SENTENCE_PAGE.format(line=line))


def test_review_r49_3_twin_a_caption_below_paragraphs_is_still_cut():
    line = "A view of the estuary from the ferry's deck on its final crossing"
    assert line not in _text(_SENTENCE_PAGE.format(line=line))

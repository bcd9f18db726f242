"""Open speakers the text settles (issue 18, round thirteen, 18c): a cueless quotation led
into by a name alone and a colon; a he/she closing a quotation of several paragraphs, read
against the paragraph before the quotation. Each rule on a short invented text with
must-not-fire twins."""

from __future__ import annotations

from scenes import quote_starting as _one
from scenes import scene as _scene
from scenes import who as _who

from storyline.analyse import speakers
from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str):
    return analyse_record(Record(source="x.txt", text=text))


# --- a name alone and a colon before a cueless quotation ----------------------------------

_HEARING = ("The hearing in Port Ellery ran late into the evening.\n\n"
            "Senator Victor Hale pressed the company's chief over the cost of the repairs.\n\n")


def test_name_and_colon_lead_into_a_quotation():
    a = _quotes(_HEARING + 'Hale: "Will the new dock pay for itself before the winter?"')
    q = _one(a, "Will the new dock pay")
    assert _who(a, q) == "Victor Hale"
    assert "alone leads into the quotation" in (q.speaker_evidence or "")


def test_name_after_a_sentence_and_a_colon():
    a = _quotes(_HEARING + 'Now things get lively: Victor Hale: "Will the new dock pay for itself?"')
    assert _who(a, _one(a, "Will the new dock pay")) == "Victor Hale"


def test_asked_about_a_name_is_no_label():
    a = _quotes(_HEARING + 'Asked about Hale: "Will the new dock pay for itself before the winter?"')
    q = _one(a, "Will the new dock pay")
    assert "alone leads into the quotation" not in (q.speaker_evidence or "")


def test_a_possessor_before_the_name_is_no_label():
    a = _quotes(_HEARING + 'Acme Corp\'s Hale: "Will the new dock pay for itself before the winter?"')
    q = _one(a, "Will the new dock pay")
    assert "alone leads into the quotation" not in (q.speaker_evidence or "")


def test_two_names_before_the_colon_stay_open():
    a = _quotes(_HEARING + 'Hale and Martin Cole: "Will the new dock pay for itself before the winter?"')
    q = _one(a, "Will the new dock pay")
    assert "alone leads into the quotation" not in (q.speaker_evidence or "")


def test_a_place_before_the_colon_is_no_speaker():
    a = _quotes(_HEARING + 'Port Ellery: "Will the new dock pay for itself before the winter?"')
    q = _one(a, "Will the new dock pay")
    assert "alone leads into the quotation" not in (q.speaker_evidence or "")



# --- a he/she closing a quotation of several paragraphs: the paragraph before the quotation ---

_EARLIER = ('"The storm is over and the pier will hold," said harbour master John Doe.\n\n'
            "The repairs cost $5m and took a week.\n\n")


def test_he_closing_a_quotation_of_two_paragraphs():
    a = _quotes(_EARLIER + "Mayor Victor Hale on Monday welcomed the news that the port had reopened.\n\n"
                '"The worst is behind us.\n\nThe boats can sail again and the market opens on Friday," he said.')
    q = _one(a, "The worst is behind us")
    assert _who(a, q) == "Victor Hale"
    assert "the one person of gender m" in (q.speaker_evidence or "")


def test_a_man_named_inside_the_long_quotation_is_a_rival():
    a = _quotes(_EARLIER + "Mayor Victor Hale on Monday welcomed the news that the port had reopened.\n\n"
                '"Martin Cole worked through the night.\n\nThe boats can sail again and the market opens on Friday," he said.')
    q = _one(a, "Martin Cole worked")
    assert "the one person of gender m" not in (q.speaker_evidence or "")


def test_the_man_two_paragraphs_before_the_quotation_is_too_far():
    a = _quotes(_EARLIER + "Mayor Victor Hale on Monday welcomed the news.\n\nThe port reopened at noon.\n\n"
                '"The worst is behind us.\n\nThe boats can sail again and the market opens on Friday," he said.')
    q = _one(a, "The worst is behind us")
    assert "the one person of gender m" not in (q.speaker_evidence or "")


def test_a_quotation_in_the_pronouns_own_paragraph_keeps_the_old_window():
    sdoc, sc = _scene(_EARLIER + "Mayor Victor Hale on Monday welcomed the news.\n\n"
                      '"The boats can sail again," he said.')
    he = [t for t in sdoc if t.lower_ == "he"][-1]
    assert speakers.sole_of_gender(sc, he) is not None


def test_a_quotation_speaking_of_a_he_is_not_that_mans():
    a = _quotes(_EARLIER + "Mayor Victor Hale will speak to the town tonight.\n\n"
                '"He has little left to offer.\n\nThe boats stay in port and the crews wait for news," he said.')
    q = _one(a, "He has little left to offer")
    assert _who(a, q) is None

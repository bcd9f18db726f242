"""Quotes: open speakers the text names beyond doubt (issue 18, round twenty-three, 18o).

Every text here is invented. Each rule has a case where it fires and a twin where it must not."""

from __future__ import annotations

from scenes import who

from storyline.pipeline import analyse_record
from storyline.types import Record


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote text, resolved speaker or None, speaker's label or None) of each quote of ``text``."""
    a = analyse_record(Record(source="x.txt", text=text))
    out = []
    for q in a.quotes:
        name = who(a, q)
        label = a.mentions[q.speaker_mention].label if name is not None and q.speaker_mention is not None else None
        out.append((q.text, name, label))
    return out


# --- a name subject the tagger never tags, shown a person by an apposition -----------------------


def test_an_untagged_name_with_a_person_noun_in_apposition_speaks():
    text = ("Flooding closed the coastal road on Monday.\n\n"
            "Quillfeather, a Boston lawyer, said the owners would sue the county.")
    assert ("the owners would sue the county", "Quillfeather", "PERSON") in _said(text)


def test_an_untagged_name_with_a_role_in_apposition_speaks():
    text = ("Flooding closed the coastal road on Monday.\n\n"
            "Brisk, the county engineer, said the water would recede by Friday.")
    assert ("the water would recede by Friday", "Brisk", "PERSON") in _said(text)


def test_an_untagged_name_with_no_person_word_stays_open():
    # "Quillfeather Offshore" may be a company: nothing in the sentence says it is a person
    text = ("Flooding closed the coastal road on Monday.\n\n"
            "Quillfeather Offshore said the rig was not damaged.")
    assert ("the rig was not damaged", None, None) in _said(text)


def test_an_untagged_name_with_a_thing_in_apposition_stays_open():
    # the apposition names no person ("the rig's insurer" is a company's description)
    text = ("Flooding closed the coastal road on Monday.\n\n"
            "Quillfeather, the rig's insurer, said the claim would be paid.")
    assert ("the claim would be paid", None, None) in _said(text)


# --- an "it" for the organisation that is the subject of the sentence before ------------------------


def test_it_after_an_organisation_subject_speaks_for_it():
    text = ("The Inter-Ocean Development Bank has pledged $2m in emergency aid for food and shelter.\n\n"
            "The Harbour Bank, whose offices were flooded, is sending a team to assess the damage.\n\n"
            "It has announced an extra $100m in aid for the valley.")
    got = {t: n for t, n, _ in _said(text)}
    assert got["an extra $100m in aid for the valley"] == "Harbour Bank"


def test_it_with_another_organisation_named_between_stays_open():
    text = ("The Inter-Ocean Development Bank has pledged $2m in emergency aid for food and shelter.\n\n"
            "The Harbour Bank, whose offices were flooded, is sending a team after the Inter-Ocean Development "
            "Bank asked for help.\n\n"
            "It has announced an extra $100m in aid for the valley.")
    got = {t: n for t, n, _ in _said(text)}
    assert got["an extra $100m in aid for the valley"] is None

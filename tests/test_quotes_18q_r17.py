"""Round seventeen (18q): the wrong speakers and non-statements of the held-out seed-43 audit,
on invented text.

A nationality noun is no entity name ("The Briton said"); a negated cue's object, a bare object
inside another cue's clause, a belief a verb of causing brought about, a participle's
how/why topic, an amount pledged and a belief in the future are no statements; a second "said"
ends a he/she content. Each rule with a must-not-fire twin."""

from __future__ import annotations

from test_quote_contents import _quotes

from storyline.analyse import speakers
from storyline.pipeline import analyse_record
from storyline.types import Record


def _analyse(text: str):
    return analyse_record(Record(source="x.txt", text=text))


def _who(a, q) -> str | None:
    if q.speaker_mention is not None:
        return a.mentions[q.speaker_mention].text
    if q.antecedent_mention is not None and (q.speaker_confidence or 0) >= speakers.threshold():
        return a.mentions[q.antecedent_mention].text
    return None


def _speaker_of(text: str, start: str) -> tuple[str | None, str | None]:
    a = _analyse(text)
    hits = [q for q in a.quotes if q.text.startswith(start)]
    assert hits, [q.text for q in a.quotes]
    return _who(a, hits[0]), hits[0].speaker_text


# --- a nationality noun after a determiner is a description, never an entity ----------------

_LEAD = "The council questioned Jack Doe for three hours about the pumps on Tuesday. "


def test_the_briton_is_no_entity():
    text = _LEAD + "The Briton told the council that the pumps at the plant had never failed."
    a = _analyse(text)
    assert "Briton" not in [m.text for m in a.mentions]
    who, words = _speaker_of(text, "that the pumps")
    assert who != "Briton"
    assert words is None or "Briton" in words


def test_the_texan_and_the_frenchman_are_no_entities():
    a = _analyse(_LEAD + "Later the Texan said the pumps were safe. A Frenchman said the valves were not.")
    assert not {"Texan", "Frenchman"} & {m.text for m in a.mentions}


def test_a_nationality_before_a_name_or_a_noun_stays():
    a = _analyse("Briton Ann Barnes said the dam held. A Haitian official said the road was open. "
                 "The Chinese said the port was closed.")
    spoken = {_who(a, q) for q in a.quotes}
    assert "Ann Barnes" in spoken
    assert "Chinese" in spoken  # "the Chinese": a people, not one person described


# --- a name opening a longer body's name is not that body ----------------------------------


def test_a_name_inside_a_commissions_name_is_not_the_speaker():
    who, words = _speaker_of("A report by the Acme Corp dam safety commission said the cement had failed.",
                             "the cement")
    assert who != "Acme Corp"


def test_a_name_modifying_a_report_or_heading_the_body_stays():
    assert _speaker_of("An Acme Corp report said the cement had failed.", "the cement")[0] == "Acme Corp"
    assert _speaker_of("A report by Acme Corp said the pumps had failed.", "the pumps")[0] == "Acme Corp"

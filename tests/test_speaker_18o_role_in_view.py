"""Round eighteen (18o): a bare "the <role>" whose role several people in the text hold.

quotes._role_in_view names the holder a reader has in view: the named subject of the sentence
before ("Later that day, Stone was asked about the harbour. / '...,' the mayor said"), else the
speaker of the quote just before, when that person was described with the role before and no
one else is named or described from there up to the description. Each case on invented text
with its must-not-fire twin: another person named in the window, the subject never described
with the role, a modified description, a role word of the other gender."""

from __future__ import annotations

from storyline.analyse import speakers
from storyline.pipeline import analyse_record
from storyline.types import Record

_TWO_MAYORS = ("Tom Stone, the mayor of Port Ellery, met Anna Berg, the mayor of Dunmore, on Monday.\n\n"
               "\"We will share the costs,\" said Berg.\n\n"
               "{between}\n\n"
               "\"The harbour will reopen next week,\" {the_mayor} said.\n")


def _quote(text: str, start: str):
    a = analyse_record(Record(source="x.txt", text=text))
    return a, next(q for q in a.quotes if q.text.startswith(start))


def _who(a, q) -> str | None:
    i = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
    return a.mentions[i].text if i is not None and (q.speaker_confidence or 0) >= speakers.threshold() else None


def _mentions(a, words: str) -> list[str]:
    return [m.label for m in a.mentions if m.text == words]


def test_subject_of_the_sentence_before_holds_the_role():
    a, q = _quote(_TWO_MAYORS.format(between="Later that day, Stone was asked about the harbour.",
                                     the_mayor="the mayor"), "The harbour")
    assert _mentions(a, "Tom Stone") == ["PERSON"] and _mentions(a, "Anna Berg") == ["PERSON"]
    assert _who(a, q) in ("Stone", "Tom Stone")
    assert "the named subject of the sentence before" in (q.speaker_evidence or "")


def test_another_person_named_in_the_window_stays_open():
    # twin: Berg named in the sentence before as well: two mayors in view, open
    a, q = _quote(_TWO_MAYORS.format(between="Later that day, Stone was asked by Berg about the harbour.",
                                     the_mayor="the mayor"), "The harbour")
    assert _who(a, q) is None


def test_subject_never_described_with_the_role_stays_open():
    # twin: the subject of the sentence before is a fisherman, not one of the mayors
    text = _TWO_MAYORS.replace("on Monday.", "on Monday with Jim Lake, a fisherman.")
    a, q = _quote(text.format(between="Later that day, Lake was asked about the harbour.", the_mayor="the mayor"),
                  "The harbour")
    assert _who(a, q) is None


def test_modified_description_stays_open():
    # twin: "the former mayor" is not the bare role: left open
    a, q = _quote(_TWO_MAYORS.format(between="Later that day, Stone was asked about the harbour.",
                                     the_mayor="the former mayor"), "The harbour")
    assert _who(a, q) is None


def test_unnamed_person_in_the_window_stays_open():
    # twin: "a reporter asked the mayor": another person noun in view
    a, q = _quote(_TWO_MAYORS.format(between="Later that day, Stone was asked by a reporter about the harbour.",
                                     the_mayor="the mayor"), "The harbour")
    assert _who(a, q) is None

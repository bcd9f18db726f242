"""Open speakers the text settles (issue 18, round twelve, 18o): a he/she when exactly one
person of that gender is named in its paragraph and the one before; "Dr Hale said" untagged,
the one person of the document named ... Hale.

Each rule has a test on a short invented text and must-not-fire twins."""

from __future__ import annotations

from scenes import quote_starting as _one
from scenes import scene as _scene
from scenes import who as _who

from storyline.analyse import speakers
from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str):
    return analyse_record(Record(source="x.txt", text=text))


_EARLIER = ('"The storm is over and the pier will hold," said harbour master John Doe.\n\n'
            "The repairs cost $5m and took a week.\n\n")
_LAST = '\n\n"The worst is behind us and the boats can sail again," {p} said.'


# --- a he/she with one person of its gender named in its paragraph and the one before ----


def test_he_after_the_one_man_of_the_paragraph_before():
    # the scorer weighs Doe, the speaker of the quote before, and leaves the pronoun open
    a = _quotes(_EARLIER + "Mayor Victor Hale on Monday welcomed the news that the port had reopened." + _LAST.format(p="he"))
    q = _one(a, "The worst is behind us")
    assert _who(a, q) == "Victor Hale"
    assert "the one person of gender m" in (q.speaker_evidence or "")


def test_she_with_a_man_also_named():
    a = _quotes(_EARLIER + "Mayor Jane Roe on Monday welcomed the news that Martin Cole had reopened the port."
                + _LAST.format(p="she"))
    assert _who(a, _one(a, "The worst is behind us")) == "Jane Roe"


def test_two_men_in_the_paragraph_before_stay_open():
    a = _quotes(_EARLIER + "Mayor Victor Hale on Monday welcomed the news that Martin Cole had reopened the port."
                + _LAST.format(p="he"))
    q = _one(a, "The worst is behind us")
    assert _who(a, q) is None
    assert "the one person of gender" not in (q.speaker_evidence or "")


def test_a_man_named_inside_the_quotation_is_a_rival():
    text = (_EARLIER + "Mayor Victor Hale on Monday welcomed the news that the port had reopened.\n\n"
            '"Martin Cole worked through the night and the boats can sail again," he said.')
    assert _sole_for_last_he(text)[1] is None


def test_an_unnamed_person_of_that_gender_is_a_rival():
    text = (_EARLIER + "Mayor Victor Hale on Monday welcomed the news, and a fisherman on the quay cheered.\n\n"
            '"The worst is behind us and the boats can sail again," he said.')
    assert _sole_for_last_he(text)[1] is None


def test_the_rule_fires_on_the_same_scene_without_the_rival():
    text = (_EARLIER + "Mayor Victor Hale on Monday welcomed the news that the port had reopened.\n\n"
            '"The worst is behind us and the boats can sail again," he said.')
    sc, found = _sole_for_last_he(text)
    assert found is not None and sc.mentions[found[0]].text.endswith("Victor Hale")


def test_a_name_only_two_paragraphs_back_is_not_used():
    text = ("Mayor Victor Hale on Monday welcomed the news that the port had reopened.\n\n"
            "The repairs cost $5m and took a week.\n\n"
            '"The worst is behind us and the boats can sail again," he said.')
    assert _sole_for_last_he(text)[1] is None


# --- "Dr Hale said", untagged: the one person named ... Hale -----------------------------


def _sole_for_last_he(text: str):
    """The scene of ``text`` and speakers.sole_of_gender's answer for its last "he"."""
    sdoc, sc = _scene(text)
    he = [t for t in sdoc if t.lower_ == "he"][-1]
    return sc, speakers.sole_of_gender(sc, he)


def _token(sdoc, word: str, nth: int = -1):
    return [t for t in sdoc if t.text == word][nth]


def test_titled_surname_is_the_one_person_of_that_name():
    sdoc, sc = _scene("Acme Corp hired Victor Hale, a chemist from Port Ellery, last year.\n\n"
                      "Dr Hale said on Sunday there was no sign of harm.")
    i = speakers.titled_surname(sc, _token(sdoc, "Hale"))
    assert i is not None and sc.mentions[i].text == "Victor Hale"


def test_titled_surname_shared_by_two_people_stays_open():
    sdoc, sc = _scene("Acme Corp hired Victor Hale, a chemist, and his brother Martin Hale last year.\n\n"
                      "Dr Hale said on Sunday there was no sign of harm.")
    assert speakers.titled_surname(sc, _token(sdoc, "Hale")) is None


def test_titled_surname_needs_the_honorific():
    sdoc, sc = _scene("Acme Corp hired Victor Hale, a chemist from Port Ellery, last year.\n\n"
                      "Hale said on Sunday there was no sign of harm.")
    assert speakers.titled_surname(sc, _token(sdoc, "Hale")) is None


def test_titled_surname_of_the_other_gender_stays_open():
    sdoc, sc = _scene("Acme Corp hired Jane Hale, a chemist from Port Ellery, last year.\n\n"
                      "Mr Hale said on Sunday there was no sign of harm.")
    assert speakers.titled_surname(sc, _token(sdoc, "Hale")) is None


def _hand_scene(text: str, names: list[tuple[str, str]]):
    """A scene over hand-tagged mentions (the small model types names differently each time)."""
    from storyline.analyse.nlp import load
    from storyline.types import Mention

    sdoc = load()(text)
    ms = []
    for words, label in names:
        a = text.index(words)
        ms.append(Mention(start=a, end=a + len(words), text=words, label=label))
    return sdoc, speakers.Scene(sdoc, ms)


def test_titled_surname_takes_a_name_mistyped_after_an_honorific():
    text = "Acme Corp hired Dr Victor Hale last year.\n\nDr Hale said on Sunday there was no sign of harm."
    sdoc, sc = _hand_scene(text, [("Acme Corp", "ORG"), ("Victor Hale", "ORG")])
    i = speakers.titled_surname(sc, _token(sdoc, "Hale"))
    assert i is not None and sc.mentions[i].text == "Victor Hale"


def test_titled_surname_is_no_organisation_ending_in_the_word():
    text = "Acme Corp sold its stake to Zentrix Hale last year.\n\nMr Hale said on Sunday there was no sign of harm."
    sdoc, sc = _hand_scene(text, [("Acme Corp", "ORG"), ("Zentrix Hale", "ORG")])
    assert speakers.titled_surname(sc, _token(sdoc, "Hale")) is None


def test_a_man_named_only_as_an_object_is_not_taken():
    text = (_EARLIER + "Police arrested Victor Hale at the harbour on Monday.\n\n"
            '"The worst is behind us and the boats can sail again," he said.')
    assert _sole_for_last_he(text)[1] is None


def test_the_agent_of_a_passive_is_taken():
    text = (_EARLIER + "The plan to close the quay was rejected by Victor Hale on Monday.\n\n"
            '"The worst is behind us and the boats can sail again," he said.')
    sc, found = _sole_for_last_he(text)
    assert found is not None and sc.mentions[found[0]].text.endswith("Victor Hale")


def test_the_one_the_writer_asked_is_taken():
    text = (_EARLIER + "When I asked Victor Hale why he stayed, he smiled.\n\n"
            '"The worst is behind us and the boats can sail again," he said.')
    sc, found = _sole_for_last_he(text)
    assert found is not None and sc.mentions[found[0]].text.endswith("Victor Hale")

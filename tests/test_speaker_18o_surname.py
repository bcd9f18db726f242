"""A he/she the scorer gave to a name the tagger left untagged in that sentence (issue 18,
round sixteen, 18o): the document's own tagging of the same name, or of the full name the
word ends, names the speaker; a woman's name for a "he", two people of one surname, an
organisation's name, a name far back or another name between keep it open.

Each rule has a test on a short invented text and must-not-fire twins. The scenes are tagged
by hand: the small model tags invented names differently from run to run."""

from __future__ import annotations

from pipeline_helpers import hand_scene

from storyline.analyse import quotes, speakers


def _token(sdoc, word: str, nth: int = -1):
    return [t for t in sdoc if t.text == word][nth]


def _candidate(sdoc, sc, word: str, nth: int = -1) -> int:
    """Add the nth ``word`` as an untagged candidate name (as speakers' untagged-name pass
    makes one for a lone subject the tagger typed otherwise) and return its index."""
    from storyline.types import Mention

    tok = _token(sdoc, word, nth)
    sc.candidates.append(Mention(start=tok.idx, end=tok.idx + len(tok), text=tok.text, label="PERSON", source="rule"))
    i = len(sc.candidates) - 1
    sc._spans[i] = sdoc[tok.i : tok.i + 1]
    return i


_TEXT = ("The health commissioner, Jane Hale, met ministers in Port Ellery on Monday.\n\n"
         "Hale also asked drug makers to meet on a vaccine.\n\n"
         "A second meeting will discuss travel rules on Thursday, {p} added.")


# --- the last name of the one person the document tags with it --------------------------


def test_the_untagged_last_name_is_the_one_tagged_person():
    text = _TEXT.format(p="she")
    sdoc, sc = hand_scene(text, [("Jane Hale", "PERSON", 0), ("Port Ellery", "GPE", 0)])
    i = speakers.surname_held(sc, _token(sdoc, "Hale"), "she")
    assert i is not None and sc.mentions[i].text == "Jane Hale"


def test_a_he_for_a_woman_of_that_name_stays_open():
    text = _TEXT.format(p="he")
    sdoc, sc = hand_scene(text, [("Jane Hale", "PERSON", 0), ("Port Ellery", "GPE", 0)])
    assert speakers.surname_held(sc, _token(sdoc, "Hale"), "he") is None


def test_another_first_name_before_the_last_name_stays_open():
    text = ("The health commissioner, Jane Hale, met ministers in Port Ellery on Monday with her husband, "
            "Thomas Hale.\n\nHale also asked drug makers to meet on a vaccine.\n\n"
            "A second meeting will discuss travel rules on Thursday, she added.")
    sdoc, sc = hand_scene(text, [("Jane Hale", "PERSON", 0), ("Port Ellery", "GPE", 0)])
    assert speakers.surname_held(sc, _token(sdoc, "Hale"), "she") is None


def test_an_organisation_ending_in_the_word_is_no_one():
    text = ("Acme Corp sold its stake to Zentrix Hale Group last year.\n\n"
            "Hale also asked drug makers to meet on a vaccine.\n\n"
            "A second meeting will discuss travel rules on Thursday, she added.")
    sdoc, sc = hand_scene(text, [("Acme Corp", "ORG", 0), ("Zentrix Hale Group", "ORG", 0)])
    assert speakers.surname_held(sc, _token(sdoc, "Hale"), "she") is None


def test_a_mistyped_person_is_taken_only_for_a_pronoun():
    text = _TEXT.format(p="she")
    sdoc, sc = hand_scene(text, [("Jane Hale", "ORG", 0), ("Port Ellery", "GPE", 0)])
    i = speakers.surname_held(sc, _token(sdoc, "Hale"), "she")
    assert i is not None and sc.mentions[i].text == "Jane Hale"
    # a bare "Hale said": round sixteen took PERSON only; round twenty-six (26s) takes a mistyped
    # name too when it reads as a person (a common first name, no organisation's word)
    i = speakers.surname_held(sc, _token(sdoc, "Hale"))
    assert i is not None and sc.mentions[i].text == "Jane Hale"


def test_a_mistyped_name_the_text_tells_an_organisation_is_no_one():
    text = ("The Jane Hale Foundation met ministers in Port Ellery on Monday.\n\n"
            "Hale also asked drug makers to meet on a vaccine.\n\n"
            "A second meeting will discuss travel rules on Thursday, she added.")
    sdoc, sc = hand_scene(text, [("Jane Hale Foundation", "ORG", 0), ("Port Ellery", "GPE", 0)])
    assert speakers.surname_held(sc, _token(sdoc, "Hale"), "she") is None


def test_a_one_word_organisation_is_no_he():
    text = "Acme sold more phones this year.\n\nAcme also asked shops to stay open.\n\nThe numbers were good, he said."
    sdoc, sc = hand_scene(text, [("Acme", "ORG", 0), ("Acme", "ORG", 1)])
    assert not speakers.held_as_person(sc, 1, "he")


def test_a_mistyped_full_name_of_the_gender_is_held():
    text = _TEXT.format(p="she")
    sdoc, sc = hand_scene(text, [("Jane Hale", "ORG", 0), ("Port Ellery", "GPE", 0)])
    assert speakers.held_as_person(sc, 0, "she") and not speakers.held_as_person(sc, 0, "he")


# --- near enough: the pronoun's sentence or the one before, no other name between --------


def test_the_untagged_name_one_sentence_back_is_near():
    text = _TEXT.format(p="she")
    sdoc, sc = hand_scene(text, [("Port Ellery", "GPE", 0)])
    assert quotes._untagged_near(sc, _candidate(sdoc, sc, "Hale"), _token(sdoc, "she"))


def test_a_name_several_sentences_back_is_not_near():
    text = ("The health commissioner, Jane Hale, met ministers in Port Ellery on Monday.\n\n"
            "Hale also asked drug makers to meet on a vaccine.\n\n"
            "The talks ran late. The ministers left at ten. Buses waited outside.\n\n"
            "A second meeting will discuss travel rules on Thursday, she added.")
    sdoc, sc = hand_scene(text, [("Port Ellery", "GPE", 0)])
    assert not quotes._untagged_near(sc, _candidate(sdoc, sc, "Hale"), _token(sdoc, "she"))


def test_another_name_between_is_not_near():
    text = ("The health commissioner, Jane Hale, met ministers in Port Ellery on Monday.\n\n"
            "Hale also asked drug makers to meet, the deputy minister, Mary Cole, said.\n\n"
            "A second meeting will discuss travel rules on Thursday, she added.")
    sdoc, sc = hand_scene(text, [("Port Ellery", "GPE", 0), ("Mary Cole", "PERSON", 0)])
    assert not quotes._untagged_near(sc, _candidate(sdoc, sc, "Hale"), _token(sdoc, "she"))

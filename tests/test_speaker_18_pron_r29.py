"""Issue 18, round twenty-nine: a pronoun given to the wrong holder.

A name commanded by a he/she subject ("He agrees that Mr Doe has not done enough") is
never that pronoun's, so a second man is in view: the "one person of that gender named
there" rule (speakers.sole_of_gender) must not give a later "he" to the name.

Invented texts; each rule has a must-not-fire twin."""

from __future__ import annotations

from scenes import quote_starting as _one
from scenes import scene as _scene
from scenes import who as _who

from storyline.analyse import speakers
from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str):
    return analyse_record(Record(source="x.txt", text=text))


# --- a name commanded by a he/she subject ---------------------------------------------

_CRABBER = ('"We have not caught a thing since the spring," said Tom Varga, a crabber from Port Ellery.\n\n'
            "Mr Varga walks over with a bucket of crabs and hands it to his neighbour.\n\n")
_LAST = '\n\n"They say the bay is big and nobody at the top loses any sleep," he says.'


def test_he_is_not_given_to_a_name_another_he_commands():
    a = _quotes(_CRABBER + "He agrees that Mr Obama was slow to act, yet blames the company far more."
                + _LAST)
    q = _one(a, "They say the bay is big")
    assert _who(a, q) != "Obama"
    assert "the one person of gender m" not in (q.speaker_evidence or "")


def test_twin_the_name_as_the_main_subject_is_still_the_one_man():
    a = _quotes(_CRABBER + "Mr Obama agrees that the company was slow to act, and blames it far more."
                + _LAST)
    q = _one(a, "They say the bay is big")
    assert _who(a, q) == "Obama"


def _mention(sc, words: str) -> int:
    return next(i for i, m in enumerate(sc.mentions) if m.text == words)


def test_bound_by_pronoun_finds_the_commanding_subject():
    sdoc, sc = _scene("He told reporters that Mr Obama had let the coast down.")
    t = speakers.bound_by_pronoun(sc, _mention(sc, "Obama"), "he")
    assert t is not None and t.text == "He"


def test_twin_a_pronoun_in_a_clause_beside_the_name_does_not_command_it():
    sdoc, sc = _scene("When he landed in the city, Mr Obama told reporters the coast would recover.")
    assert speakers.bound_by_pronoun(sc, _mention(sc, "Obama"), "he") is None


def test_twin_a_pronoun_of_the_other_gender_is_no_rival():
    sdoc, sc = _scene("She told reporters that Mr Obama had let the coast down.")
    assert speakers.bound_by_pronoun(sc, _mention(sc, "Obama"), "he") is None


def test_twin_a_fronted_clause_is_outside_the_subject_pronoun():
    sdoc, sc = _scene("When I asked Victor Hale about the coast, he smiled.")
    assert speakers.bound_by_pronoun(sc, _mention(sc, "Victor Hale"), "he") is None

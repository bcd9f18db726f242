"""A definite "the [modifiers] senator|governor|congressman" stands for the one person the
document named with that office's abbreviated title ("Vermont Sen. Jane Roe ... the Vermont
senator said"), issue 18, round thirty-three (speakers.titled_holder). Must-not-fire twins:
two titled senators, a senator the text mentions untitled nearer ("the senator" after another
person), a modifier not written with the holder ("the Ohio senator"), the noun said of someone
else ("a senator"), a world-knowledge description ("the billionaire").

The scenes are tagged by hand: the small model tags invented names differently from run to run."""

from __future__ import annotations

from pipeline_helpers import hand_scene
from test_speaker_18d_described import _extract, _one

from storyline.analyse import speakers


def _holder(text: str, names: list[tuple[str, str, int]], phrase: str):
    sdoc, sc = hand_scene(text, names)
    a = text.rindex(phrase)
    span = sdoc.char_span(a, a + len(phrase))
    assert span is not None
    held = speakers.titled_holder(sc, span[-1], span)
    return None if held is None else (sc.mentions[held[0]].text, held[1])


def test_state_and_title_written_with_the_name():
    text = ("Vermont Sen. Jane Roe spoke in Port Ellery on Monday.\n\n"
            "The Vermont senator said the plan would fail.")
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The Vermont senator") == ("Jane Roe", "senator")


def test_state_after_the_name():
    text = ("Gov. Tom Fell (R-Ohio) met farmers in Port Ellery on Monday.\n\n"
            "The Ohio governor said the rains came late.")
    assert _holder(text, [("Tom Fell", "PERSON", 0)], "The Ohio governor") == ("Tom Fell", "governor")


def test_bare_senator_when_the_holder_is_the_nearest_person():
    text = ("Sen. Jane Roe spoke in Port Ellery on Monday. Crowds cheered Roe at the hall.\n\n"
            "The senator said the plan would fail.")
    assert _holder(text, [("Jane Roe", "PERSON", 0), ("Roe", "PERSON", 1)], "The senator") is None  # two entities by hand
    sdoc, sc = hand_scene(text, [("Jane Roe", "PERSON", 0), ("Roe", "PERSON", 1)])
    sc.mentions[1].context.ref = 0  # one person
    a = text.rindex("The senator")
    span = sdoc.char_span(a, a + len("The senator"))
    held = speakers.titled_holder(sc, span[-1], span)
    assert held is not None and sc.mentions[held[0]].text == "Jane Roe"


def test_two_senators_stay_open():
    text = ("Sen. Jane Roe and Sen. Mary Major spoke in Port Ellery on Monday.\n\n"
            "The senator said the plan would fail.")
    assert _holder(text, [("Jane Roe", "PERSON", 0), ("Mary Major", "PERSON", 0)], "The senator") is None


def test_untagged_second_senator_stays_open():
    text = ("Sen. Jane Roe and Sen. Mary Major spoke in Port Ellery on Monday.\n\n"
            "The senator said the plan would fail.")
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The senator") is None


def test_bare_senator_after_another_person_stays_open():
    text = ("Sen. Jane Roe spoke in Port Ellery on Monday. Tom Fell answered her at the hall.\n\n"
            "The senator said the plan would fail.")
    assert _holder(text, [("Jane Roe", "PERSON", 0), ("Tom Fell", "PERSON", 0)], "The senator") is None


def test_modifier_not_written_with_the_holder_stays_open():
    text = ("Sen. Jane Roe (D-Iowa) spoke in Port Ellery on Monday.\n\n"
            "The Ohio senator said the plan would fail.")
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The Ohio senator") is None


def test_noun_said_of_someone_else_stays_open():
    text = ("A senator who asked not to be named spoke first. Sen. Jane Roe spoke in Port Ellery on Monday.\n\n"
            "The senator said the plan would fail.")
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The senator") is None


def test_world_knowledge_description_stays_open():
    text = ("Sen. Jane Roe spoke in Port Ellery on Monday.\n\n"
            "The billionaire said the plan would fail.")
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The billionaire") is None


def test_quote_speaker_through_the_quote_finder():
    text = ('Vermont Sen. Jane Roe spoke in Port Ellery on Monday.\n\n'
            '"The plan will fail," the Vermont senator said.')
    q = _one(_extract(text, [("Jane Roe", "PERSON", 0), ("Vermont", "GPE", 0), ("Port Ellery", "GPE", 0),
                             ("Vermont", "GPE", 1)]), "plan will fail")
    assert q.antecedent_mention is not None and q.speaker_confidence == 0.8
    assert "('Vermont Sen. Jane Roe')" in (q.speaker_evidence or "") and "'Vermont' written with that name" in q.speaker_evidence


def test_quote_speaker_two_senators_open_through_the_quote_finder():
    text = ('Sen. Jane Roe and Sen. Mary Major spoke in Port Ellery on Monday.\n\n'
            '"The plan will fail," the senator said.')
    q = _one(_extract(text, [("Jane Roe", "PERSON", 0), ("Mary Major", "PERSON", 0)]), "plan will fail")
    assert q.antecedent_mention is None and q.speaker_mention is None


def test_the_tie_as_written_in_the_evidence():
    text = ('New Jersey Gov. Tom Fell spoke in Port Ellery on Monday.\n\n'
            '"The plan will fail," the New Jersey governor said.')
    q = _one(_extract(text, [("Tom Fell", "PERSON", 0), ("New Jersey", "GPE", 0), ("Port Ellery", "GPE", 0),
                             ("New Jersey", "GPE", 1)]), "plan will fail")
    assert q.antecedent_mention is not None
    assert "('New Jersey Gov. Tom Fell')" in (q.speaker_evidence or ""), q.speaker_evidence

"""Round thirty-eight, issue 18 (pronfar): a person the document names only by one name word
("President Obama", "Obama", never a first name) was one cluster per mention in the resolver's
view, so the scorer weighed "Obama" against "Obama" and the hand rules picked "another" Obama:
the fold makes the mentions one person. Every text here is invented for the test."""

from __future__ import annotations

from pipeline_helpers import analysed, hand_scene, shown_speaker

HEAD = ("Obama Hits Back at Critics.\n\n"
        "President Obama on Tuesday rejected calls to use the phrase. Obama spoke after meeting his security "
        "team in Washington, and he repeated the point later.\n\n"
        '"There is no magic to the phrase," Obama said. "It is a talking point. Not once has an adviser of '
        'mine asked for it."\n\n')
TAIL = "Obama's remarks were aimed broadly at Democratic critics, including, he said, \"politicians who shout on cable news.\"\n"


def _last(text: str):
    a = analysed(text)
    hits = [q for q in a.quotes if q.text.startswith("politicians who shout")]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


def test_one_name_word_is_one_person_not_its_own_rival():
    who, q = _last(HEAD + TAIL)
    assert who == "Obama"
    assert "over Obama;" not in (q.speaker_evidence or "")  # the headline "Obama Hits Back" may rival


def test_twin_another_man_between_stays_open():
    # a second man named between: the fold gives no licence to reach past him (the base code
    # gave this "he" to Voss, the nearer subject; now open)
    who, q = _last(HEAD + "Senator Voss disagreed. " + TAIL)
    assert who is None


def test_twin_two_genders_told_for_one_surname_stay_two():
    text = "Mr. Hale spoke on Monday. Mrs. Hale spoke on Tuesday. Hale said it rained."
    _, scene = hand_scene(text, [("Hale", "PERSON", 0), ("Hale", "PERSON", 1), ("Hale", "PERSON", 2)])
    for m, g in zip(scene.candidates, ("m", "f", None)):
        m.context.gender = g
    assert len({scene.cluster(i) for i in range(3)}) == 3


def test_one_surname_no_gender_against_is_folded():
    text = "Mr. Hale spoke on Monday. Hale spoke again on Tuesday. Hale said it rained."
    _, scene = hand_scene(text, [("Hale", "PERSON", 0), ("Hale", "PERSON", 1), ("Hale", "PERSON", 2)])
    scene.candidates[0].context.gender = "m"
    assert {scene.cluster(i) for i in range(3)} == {0}


def test_twin_a_surname_with_bearers_told_is_left_to_the_entity_stage():
    text = "Hale spoke on Monday. Hale said it rained."
    _, scene = hand_scene(text, [("Hale", "PERSON", 0), ("Hale", "PERSON", 1)])
    scene.candidates[1].context.ambiguous = ["Jo Hale", "Al Hale"]
    assert scene.cluster(1) == 1


def test_twin_a_name_no_mention_gives_a_gender_is_not_folded():
    # "A spokesman for Eton said ... He said": the tagger types the school a person; no he/she,
    # no honorific ever goes with the word, so its mentions stay apart (a Timeline17 draft
    # folded them and gave the spokesman's "He" to the school)
    text = "Eton has closed. A spokesman for Eton said the boy was well."
    _, scene = hand_scene(text, [("Eton", "PERSON", 0), ("Eton", "PERSON", 1)])
    assert scene.cluster(1) == 1


def test_twin_one_hint_against_another_is_not_folded():
    text = "Obama spoke. Later Obama left. Obama said it rained."
    _, scene = hand_scene(text, [("Obama", "PERSON", 0), ("Obama", "PERSON", 1), ("Obama", "PERSON", 2)])
    scene.candidates[0].context.gender_hint = "m"
    scene.candidates[2].context.gender_hint = "f"
    assert len({scene.cluster(i) for i in range(3)}) == 3

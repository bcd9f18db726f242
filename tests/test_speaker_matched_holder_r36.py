"""Issue 18, round thirty-six (roles): a definite description whose every word the document
wrote on exactly one named person before it, as a title or an apposition, stands for that
person (speakers.matched_holder: "Vice President Jane Roe ... the vice president said"); a
relative "who" hung on the apposition of a named person is that person
(quotes._appositive_host: "said Jane Roe, the group's chief strategist, who added that ...").
Must-not-fire twins: the words never written on the person (world knowledge), two people whose
titles hold the words, the head noun said of someone else before, a word of the description
missing from the title, the description's head only a modifier in the title, someone else
named nearer a bare description, a relative "which", a "who" with no named person.

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
    head = span[-1] if " of " not in phrase else span[phrase.split().index("secretary")]
    held = speakers.matched_holder(sc, head, span)
    return None if held is None else sc.mentions[held[0]].text


def test_vice_president_title_before_the_name():
    text = ("Vice President Jane Roe spoke in Port Ellery on Monday. President Tom Fell stayed home.\n\n"
            "The crowd was large. Roe thanked the mayor.\n\n"
            "The vice president said the plan would fail.")
    names = [("Jane Roe", "PERSON", 0), ("Tom Fell", "PERSON", 0), ("Roe", "PERSON", 1)]
    assert _holder(text, names, "The vice president") == "Jane Roe"


def test_president_alone_matches_two_titles_and_the_nearest_is_not_the_exact_one():
    text = ("President Tom Fell spoke in Port Ellery on Monday. Vice President Jane Roe stayed home.\n\n"
            "The president said the plan would fail.")
    names = [("Tom Fell", "PERSON", 0), ("Jane Roe", "PERSON", 0)]
    assert _holder(text, names, "The president") is None


def test_president_alone_goes_to_the_exact_title_when_nearest():
    text = ("Bank President Jane Roe spoke in Port Ellery on Monday. President Tom Fell met her there.\n\n"
            "The president said the plan would fail.")
    names = [("Jane Roe", "PERSON", 0), ("Tom Fell", "PERSON", 0)]
    assert _holder(text, names, "The president") == "Tom Fell"


def test_apposition_with_of():
    text = ("Jane Roe, the former secretary of state, spoke in Port Ellery on Monday.\n\n"
            "The former secretary of State said the plan would fail.")
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The former secretary of State") == "Jane Roe"


def test_words_never_written_on_the_person_stay_open():
    text = ("Jane Roe met the bishop privately on Saturday.\n\n"
            "The Democratic presidential candidate called the talks useful.")
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The Democratic presidential candidate") is None


def test_two_people_with_the_title_stay_open():
    text = ("Democratic candidate Jane Roe and Democratic candidate Mary Major spoke on Monday.\n\n"
            "The Democratic candidate said the plan would fail.")
    names = [("Jane Roe", "PERSON", 0), ("Mary Major", "PERSON", 0)]
    assert _holder(text, names, "The Democratic candidate") is None


def test_noun_said_of_someone_else_stays_open():
    text = ("A candidate who asked not to be named spoke first. Democratic candidate Jane Roe spoke next.\n\n"
            "The Democratic candidate said the plan would fail.")
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The Democratic candidate") is None


def test_a_word_missing_from_the_title_stays_open():
    text = ("Republican candidate Jane Roe spoke in Port Ellery on Monday.\n\n"
            "The Democratic candidate said the plan would fail.")
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The Democratic candidate") is None


def test_head_only_a_modifier_in_the_title_stays_open():
    text = ("Campaign manager Jane Roe spoke in Port Ellery on Monday.\n\n"
            "The campaign said the plan would fail.")
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The campaign") is None


def test_bare_description_needs_the_holder_nearest():
    text = ("Pollster Jane Roe spoke in Port Ellery on Monday. Tom Fell answered her at the hall.\n\n"
            "The pollster said the plan would fail.")
    names = [("Jane Roe", "PERSON", 0), ("Tom Fell", "PERSON", 0)]
    assert _holder(text, names, "The pollster") is None
    text = "Pollster Jane Roe spoke in Port Ellery on Monday.\n\nThe pollster said the plan would fail."
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The pollster") == "Jane Roe"


def test_quote_speaker_through_the_quote_finder():
    text = ('Vice President Jane Roe spoke in Port Ellery on Monday.\n\n'
            '"The plan will fail," the vice president said.')
    q = _one(_extract(text, [("Jane Roe", "PERSON", 0), ("Port Ellery", "GPE", 0)]), "plan will fail")
    assert q.antecedent_mention == 0 and q.speaker_confidence == 0.8
    assert "holds every word of it (president vice)" in (q.speaker_evidence or ""), q.speaker_evidence


def test_world_knowledge_open_through_the_quote_finder():
    text = ('Jane Roe met the bishop in Port Ellery on Saturday.\n\n'
            '"The plan will fail," the Democratic presidential candidate said.')
    q = _one(_extract(text, [("Jane Roe", "PERSON", 0), ("Port Ellery", "GPE", 0)]), "plan will fail")
    assert q.antecedent_mention is None and q.speaker_mention is None


def test_who_on_the_apposition_of_a_named_person():
    text = ('"The costs are high," said Jane Roe, the group\'s chief strategist, who added that '
            'the budget would grow.')
    q = _one(_extract(text, [("Jane Roe", "PERSON", 0)]), "budget would grow")
    assert q.speaker_text == "who" and q.antecedent_mention == 0 and q.speaker_confidence == 0.9
    assert "the apposition of Jane Roe" in (q.speaker_evidence or ""), q.speaker_evidence


def test_who_with_no_named_person_stays_open():
    text = ('"The costs are high," said the group\'s chief strategist, who added that '
            'the budget would grow.')
    q = _one(_extract(text, []), "budget would grow")
    assert q.antecedent_mention is None and q.speaker_mention is None


def test_which_after_a_named_person_is_not_the_person():
    text = ('"The costs are high," said Jane Roe, the author of a report, which urged that '
            'the budget would grow.')
    q = _one(_extract(text, [("Jane Roe", "PERSON", 0)]), "budget would grow")
    assert q.antecedent_mention is None and q.speaker_mention is None

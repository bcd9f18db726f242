"""Round thirty-seven, the integrator's brief mend (issue 23): a plural "them" with only
singular nouns before it in the sentence points back to a sentence the brief does not show;
a plural noun, two joined names, a body, a collective, a singular "they"'s indefinite or a
family's possessive before it are what it may stand for; "those numbers" with no noun
or number before it points back too. Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.resolve.brief import dangling_object_pronoun


def test_them_after_a_singular_title_and_name_dangles():
    assert dangling_object_pronoun("Republican presidential candidate Jane Roe conducts them repeatedly.")


@pytest.mark.parametrize("sentence", [
    "Roe met the workers and thanked them.",
    "Roe met Smith and Doe and thanked them.",
    "The committee asked them to leave.",
    "The debate team had a hard week, forcing them to start again.",
    "Jane Roe wants someone who makes everyone around them better.",
    "We are sorry about the end of the Roes’ marriage, and we wish them well.",
])
def test_twin_them_with_something_plural_before_it_is_told(sentence):
    assert dangling_object_pronoun(sentence) is None


def test_him_keeps_the_singular_reading():
    assert dangling_object_pronoun("Roe said she would beat him.") is None
    assert dangling_object_pronoun('"I\'d beat him," Roe said.')


def test_those_numbers_with_nothing_before_it_dangles():
    from storyline.resolve.brief import dangling_demonstrative_phrase
    assert dangling_demonstrative_phrase("Roe said she was unhappy with those numbers.")
    assert dangling_demonstrative_phrase("Roe pushed back on those claims Thursday.")


@pytest.mark.parametrize("sentence", [
    "Roe raised taxes, and she defended those increases on Monday.",
    "Roe said that night she would run.",
    "Roe rejected those claims that the plan had failed.",
    "It is about who will carry these states.",
    "Roe won 40 percent, and she is happy with those numbers.",
])
def test_twin_a_demonstrative_phrase_the_sentence_explains_is_told(sentence):
    from storyline.resolve.brief import dangling_demonstrative_phrase
    assert dangling_demonstrative_phrase(sentence) is None


def test_a_name_after_the_pronouns_first_use_does_not_tell_who_it_is():
    # seed-152 usa-today brief B10's shape: the first "she" already points back; the name is whom she served
    from storyline.resolve.brief import unnamed_subject
    assert unnamed_subject("Though she has served Jane Smith well for years, she has become a distraction "
                           "in the campaign.", [], [])


def test_twin_a_name_before_the_pronoun_tells_who_it_is():
    from storyline.resolve.brief import unnamed_subject
    assert unnamed_subject("After Jane Smith won the vote, she thanked her staff.", [], []) is None


def test_a_capitalised_name_the_parse_calls_a_noun_is_no_antecedent_of_those_numbers():
    from storyline.resolve.brief import dangling_demonstrative_phrase
    assert dangling_demonstrative_phrase("Trump said he was unhappy with those numbers.")
    assert dangling_demonstrative_phrase("Officials said those numbers were wrong.") is None

"""Round fifty-seven, engineer e1 (issue 20, code health of the figure rules): the one
lemma-or-word reading (``figures.token_listed``) that about forty places of figures.py and the
figsubject_*.py modules had written inline, and the ``_claimant_noun`` wrapper over the source
nouns. No behaviour changed (every figure of PolNeAR train 301-840 and the FNC-1 dev bodies read
the same before and after); these tests pin the reading itself, each with a twin where it must
not fire. Texts are written for the tests."""

from __future__ import annotations

import pytest

from storyline.analyse import figures as F


@pytest.fixture(scope="module")
def tokens(nlp):
    """The parsed tokens of one invented sentence, by their text as written."""
    doc = nlp("Ministers and POLICE said the official talks ran late, a novel said.")
    return {t.text: t for t in doc}


def test_a_token_is_listed_by_the_word_as_written(tokens):
    assert F.token_listed(tokens["talks"], {"talks"})


def test_a_token_is_listed_by_its_lemma(tokens):
    assert tokens["Ministers"].lemma_.lower() == "minister"
    assert F.token_listed(tokens["Ministers"], {"minister"})


def test_a_token_written_in_capitals_is_read_in_lower_case(tokens):
    assert F.token_listed(tokens["POLICE"], {"police"})


def test_twin_a_token_whose_word_and_lemma_are_both_unlisted_is_not_listed(tokens):
    # "ran": neither "ran" nor its lemma "run" is the list's "running"
    assert not F.token_listed(tokens["ran"], {"running"})


def test_twin_an_inflected_form_in_the_list_does_not_take_its_base_word(tokens):
    # the reading goes from the token to its lemma, never from a listed plural back to "official"
    assert not F.token_listed(tokens["official"], {"officials"})


def test_a_plural_source_noun_is_a_claimant_noun_by_its_lemma(tokens):
    # claimant_nouns.txt lists "minister", not "ministers"
    assert F._claimant_noun(tokens["Ministers"])


def test_twin_a_noun_that_names_no_source_is_no_claimant_noun(tokens):
    assert not F._claimant_noun(tokens["novel"])


def test_listed_reads_a_measures_kind_as_token_listed_does(tokens):
    # figures._listed is token_listed over one kind of measures.tsv / claims.tsv
    for tok in tokens.values():
        assert F._listed(tok, "change") == F.token_listed(tok, F.lexicon().get("change", {}))


def test_twin_an_unknown_kind_lists_nothing(tokens):
    assert not any(F._listed(tok, "no_such_kind") for tok in tokens.values())

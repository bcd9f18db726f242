"""A negation written with a typographic apostrophe ("doesn’t", "won’t") reads as the one
with a straight apostrophe (issue 20, round eleven, 20s): the cleaner keeps "’" as
written, so quotes and headlines reach the negation patterns with it. Texts invented."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.analyse import stance as a_stance
from storyline.resolve import stance

_spec = importlib.util.spec_from_file_location("bench_conflicts", Path(__file__).resolve().parents[1] / "bench" / "conflicts.py")
assert _spec and _spec.loader
bench_conflicts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_conflicts)

PATTERNS = [stance.NEGATION, bench_conflicts.NEGATION]


@pytest.mark.parametrize("pattern", PATTERNS, ids=["resolve.stance", "bench.conflicts"])
@pytest.mark.parametrize("text", ["Acme doesn’t plan to sell", "Jane Roe won’t stay", "ACME ISN’T LEAVING",
                                  "Acme doesn't plan to sell"])
def test_n_t_with_either_apostrophe_is_a_negation(pattern, text):
    assert pattern.search(text)


@pytest.mark.parametrize("pattern", PATTERNS, ids=["resolve.stance", "bench.conflicts"])
@pytest.mark.parametrize("text", ["Acme’s plan is to sell", "Jane Roe’ll stay", "Acme's chief went to Port Ellery",
                                  "Acme won the contract"])
def test_twin_an_apostrophe_that_is_no_negation(pattern, text):
    assert not pattern.search(text)


_WORDS = st.sampled_from(["Acme", "do", "does", "is", "wo", "ca", "n't", "n't", "'s", "'ll", "sell", "not", "no",
                          "note", "Port", "Ellery", "can't", "didn't", "it's", "won't", "plan", ",", "."])


@pytest.mark.parametrize("pattern", PATTERNS, ids=["resolve.stance", "bench.conflicts"])
@given(words=st.lists(_WORDS, max_size=12), glue=st.sampled_from([" ", ""]))
def test_the_apostrophe_never_changes_the_reading(pattern, words, glue):
    text = glue.join(words)
    assert bool(pattern.search(text)) == bool(pattern.search(text.replace("'", "’")))


def preds(nlp, text):
    return [(p.lemma, p.sign, p.negated) for p in a_stance.read(nlp(text)).predicates]


@pytest.mark.parametrize("text", [
    "Acme doesn't plan to leave the market.",  # the negation on the verb above: read by the left window
    "Acme isn't likely to leave the market.",  # a complement between: it negates that, not "leave"
    "Jane Roe said Acme wouldn't ever leave Port Ellery.",
])
def test_a_predicate_reads_the_same_with_a_typographic_apostrophe(nlp, text):
    assert preds(nlp, text.replace("'", "’")) == preds(nlp, text)


def test_typographic_n_t_negates_the_verb_it_governs(nlp):
    assert ("leave", 1, True) in preds(nlp, "Acme doesn’t plan to leave the market.")


def test_twin_a_possessive_apostrophe_negates_nothing(nlp):
    assert preds(nlp, "Acme’s chief plans to leave the market.") == [("leave", -1, False)]


def tenses(nlp, text):
    return [(p.lemma, p.tense) for p in a_stance.read(nlp(text)).predicates]


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_ll_with_either_apostrophe_is_the_future(nlp, apostrophe):
    # a sale told as future does not contradict one told as past ("sold", then "will never sell")
    assert tenses(nlp, f"Jane Roe said we{apostrophe}ll never sell the Port Ellery plant.") == [("sell", "future")]


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_twin_a_possessive_is_no_future(nlp, apostrophe):
    assert tenses(nlp, f"Jane Roe{apostrophe}s firm sold the Port Ellery plant.") == [("sell", "past")]


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_the_future_auxiliary_list_holds_the_token_spacy_makes(nlp, apostrophe):
    # analyse/timex.py and analyse/events.py read modals.txt by token: "we’ll" must be a future there too
    from storyline import lexicon
    tok = next(t for t in nlp(f"We{apostrophe}ll sell the plant.") if t.lower_.endswith("ll") and t.i == 1)
    assert tok.lower_ in lexicon.with_flag("modals.txt", "+")


def test_twin_a_possessive_token_is_no_auxiliary(nlp):
    from storyline import lexicon
    tok = nlp("Acme\u2019s plant.")[1]
    assert tok.lower_ not in lexicon.flagged("modals.txt")

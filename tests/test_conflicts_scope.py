"""What a statement asserts before two are compared (issue 20, round eleven, 20v): a light
verb's object, the modality a predicate is told under, what a denial denies; and a range's
ends, which are no claimant's value. The shapes come from the held-out audit's false
conflicts (bpoil_reuters, seed 17; no longer held out for these rules); every text here is
invented, each rule with its must-not-fire twin."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_conflicts import corpus_of, quote

from storyline.analyse.stance import light_verbs, read
from storyline.resolve import conflicts, stance
from storyline.resolve import figures as r_figures


def statements(c):
    return [x for x in conflicts.find(c) if x.kind == "statement"]


def q(c, doc_id, text, speaker, cue=None):
    base = quote(c, doc_id, text, speaker, cue=cue)
    return base.model_copy(update={"cue": cue, "kind": "indirect"}) if cue else base


# ---- light verbs: the same object head or nothing -----------------------------------

def _preds(nlp, text):
    return {p.word: p for p in read(nlp(text)).predicates}


def test_object_head_of_a_light_verb_from_the_parse(nlp):
    assert _preds(nlp, "Beta had held talks with Acme on a stake.")["held"].head == "talk"
    assert _preds(nlp, "Acme is held liable for the spill.")["held"].head == "liable"
    assert _preds(nlp, "Beta holds a large stake in Acme.")["holds"].head == "stake"
    # twins: a pronoun object gives no head; a verb that is not light keeps none
    assert _preds(nlp, "Beta held it for years.")["held"].head is None
    assert _preds(nlp, "Beta halted its buyback.")["halted"].head is None


def test_a_light_verb_without_a_head_is_about_nothing(nlp):
    doc = nlp("Beta held it for years.")
    claim = read(doc)
    assert [p.objects for p in stance.scoped(claim, doc.text, 0).predicates if p.lemma == "hold"] == [[]]


@given(st.text(max_size=60))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_parse_reading_never_fails_and_gives_known_values(nlp, text):
    for p in read(nlp(text)).predicates:
        assert p.modality in (None, "obligation", "ability", "possibility")
        assert p.head is None or (p.lemma in light_verbs() and p.head == p.head.lower())


def test_held_liable_and_held_talks_are_no_dispute(nlp):
    c = corpus_of(nlp, [
        ("a", "Jane Roe said the court would make sure Acme is held liable for the damage to the pier."),
        ("b", "Beta Holdings on Monday denied it had held talks with Acme on a stake."),
    ])
    c.story.quotes = [q(c, "a", "Acme is held liable for the damage to the pier", "Jane Roe"),
                      q(c, "b", "it had held talks with Acme on a stake", "Beta Holdings", cue="denied")]
    assert statements(c) == []


def test_twin_a_denied_stake_against_a_stake_held_is_a_dispute(nlp):
    c = corpus_of(nlp, [
        ("a", "Reuters reported that Beta Holdings holds a stake in Acme."),
        ("b", "Beta Holdings on Monday denied it held a stake in Acme."),
    ])
    c.story.quotes = [q(c, "a", "Beta Holdings holds a stake in Acme", "Reuters"),
                      q(c, "b", "it held a stake in Acme", "Beta Holdings", cue="denied")]
    assert len(statements(c)) == 1


# ---- modality: a recommendation or an ability is no statement that it happened -------

def test_modality_of_a_predicate_from_the_parse(nlp):
    assert _preds(nlp, "Acme should halt its buyback.")["halt"].modality == "obligation"
    assert _preds(nlp, "The firm can pay the bill without cutting jobs.")["cutting"].modality == "ability"
    assert _preds(nlp, "Acme may halt its buyback.")["halt"].modality == "possibility"
    assert _preds(nlp, "Acme can't halt its buyback.")["halt"].modality == "ability"
    # twins: no modal, a modal of another clause, "would" (reported speech's "will"), the month
    assert _preds(nlp, "Acme halted its buyback.")["halted"].modality is None
    assert _preds(nlp, "Acme could rise, and Beta cut its dividend.")["cut"].modality is None
    assert _preds(nlp, "Acme said it would never sell its stake.")["sell"].modality is None
    assert _preds(nlp, "In May Acme cut its dividend.")["cut"].modality is None


def test_the_parse_finds_a_modal_the_words_missed(nlp):
    # a parenthetical between the modal and its verb: the word reading stopped at the comma
    assert _preds(nlp, "The board should, he said, cut its dividend.")["cut"].modality == "obligation"
    # twin: a modal with a negation and a perfect between stays the verb's; the negation too
    p = _preds(nlp, "The board should never have cut its dividend.")["cut"]
    assert p.modality == "obligation" and p.negated


def test_a_modal_reaches_the_verbs_told_under_it(nlp):
    assert _preds(nlp, "Then the mayor ought to turn the pier over to the army.")["turn"].modality == "obligation"
    assert _preds(nlp, "We can't make this pump stop running.")["stop"].modality == "ability"
    assert _preds(nlp, "Claimants must give up their right to sue Acme.")["sue"].modality == "obligation"
    assert _preds(nlp, "Jane Roe said more must be done to clean up the river.")["clean"].modality == "obligation"
    assert _preds(nlp, "Anyone could be at risk of catching the flu.")["catching"].modality == "ability"
    # twins: a finite clause of its own, a participle describing a noun
    assert _preds(nlp, "Acme may say that Beta cut its dividend.")["cut"].modality is None
    assert _preds(nlp, "Companies involved in the drilling could face fines.")["involved"].modality is None
    assert _preds(nlp, "Acme could rise after Beta was at risk of halting its buyback.")["halting"].modality is None


def test_a_modal_across_a_parenthetical_is_no_dispute_with_a_denial(nlp):
    c = corpus_of(nlp, [
        ("a", "The board should, Jane Roe said, cut its dividend."),
        ("b", "Acme denied it had cut its dividend."),
    ])
    c.story.quotes = [q(c, "a", "The board should, Jane Roe said, cut its dividend", "Jane Roe"),
                      q(c, "b", "it had cut its dividend", "Acme", cue="denied")]
    assert statements(c) == []


def test_should_and_can_are_no_dispute_with_a_denial(nlp):
    c = corpus_of(nlp, [
        ("a", "Councillor Jane Roe said Acme should halt its buyback."),
        ("b", "Acme denied it had halted its buyback."),
        ("c", "Two bankers think Acme can fund the repairs without halting its buyback."),
    ])
    c.story.quotes = [q(c, "a", "Acme should halt its buyback", "Jane Roe"),
                      q(c, "b", "it had halted its buyback", "Acme", cue="denied"),
                      q(c, "c", "Acme can fund the repairs without halting its buyback", "Two bankers")]
    assert statements(c) == []  # a recommendation and an ability against a denial: no dispute


def test_twin_a_denied_cut_against_a_cut_is_a_dispute(nlp):
    c = corpus_of(nlp, [
        ("b", "Acme denied it had cut its dividend."),
        ("d", "Reuters reported that Acme cut its dividend."),
    ])
    c.story.quotes = [q(c, "b", "it had cut its dividend", "Acme", cue="denied"),
                      q(c, "d", "Acme cut its dividend", "Reuters")]
    assert len(statements(c)) == 1


def test_twin_the_same_modality_on_both_sides_can_still_be_denied(nlp):
    c = corpus_of(nlp, [
        ("a", "Reuters said Acme should cut its dividend."),
        ("b", "Acme denied it should cut its dividend."),
    ])
    c.story.quotes = [q(c, "a", "Acme should cut its dividend", "Reuters"),
                      q(c, "b", "it should cut its dividend", "Acme", cue="denied")]
    assert len(statements(c)) == 1


# ---- what a denial denies: a cleft's focus, a cause ---------------------------------

def test_a_denied_cleft_denies_the_cause_not_the_effect(nlp):
    c = corpus_of(nlp, [
        ("a", "Jane Roe denied it was a lawsuit that forced Acme to halt its buyback."),
        ("d", "Reuters reported that Acme halted its buyback."),
    ])
    c.story.quotes = [q(c, "a", "it was a lawsuit that forced Acme to halt its buyback", "Jane Roe", cue="denied"),
                      q(c, "d", "Acme halted its buyback", "Reuters")]
    assert statements(c) == []


def test_a_denied_cause_does_not_deny_the_effect():
    text = "it forced Acme to cut its dividend"
    assert stance._outside_denial(text[: text.index("cut")])
    assert stance._outside_denial("it was the board that ")
    # twins: the denied act itself, a cleft's focus with no relative clause yet
    assert not stance._outside_denial("it had ")
    assert not stance._outside_denial("it was ")


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_negated_cleft_reads_either_apostrophe(apostrophe):
    assert stance._outside_denial(f"it wasn{apostrophe}t the board that ")
    assert stance._outside_denial(f"it isn{apostrophe}t a lawsuit which ")
    # twins: no relative clause yet; a possessive is no negated cleft
    assert not stance._outside_denial(f"it wasn{apostrophe}t ")
    assert not stance._outside_denial(f"it{apostrophe}s the board ")


# ---- a range's ends are no claimant's value -----------------------------------------

RANGE = ("b", "Guesses of the flow from the broken pipe range from Acme's count of 2,000 barrels per day "
              "to 60,000 barrels per day.")


def test_both_ends_of_a_reported_range_are_range_ends(nlp):
    c = corpus_of(nlp, [RANGE])
    ends = {f.text: r_figures.range_end(c, f) for f in c.story.figures}
    assert ends and all(ends.values()), ends


def test_twin_a_claimed_figure_and_a_change_are_no_range_ends(nlp):
    c = corpus_of(nlp, [
        ("a", "Port Ellery officials estimated the flow at 60,000 barrels per day."),
        ("c", "The flow rose from 2,000 barrels per day to 60,000 barrels per day, Acme said."),
    ])
    assert c.story.figures and not any(r_figures.range_end(c, f) for f in c.story.figures)


def test_a_range_end_is_weighed_against_nothing(nlp):
    c = corpus_of(nlp, [
        ("a", "Port Ellery officials said the broken pipe spills 20,000 barrels of oil a day."),
        RANGE,
    ])
    rows = conflicts.numeric_candidates(c)
    assert len(rows) == 3 and all(why == "a range's end: no claimant's value" for _fa, _fb, why, _x in rows)
    assert not [x for x in conflicts.find(c) if x.kind == "numeric"]

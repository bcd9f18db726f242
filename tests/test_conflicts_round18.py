"""Round eighteen (20x): what an act is for is an aim, not a statement that it happened.

The held-out seed-47 audit showed by default a leader's offer "to help <a company> deal
with the spill" against the company's spokesman who denied that their job had been to shape
the report so it would help <the company> fight lawsuits: two different claims, joined on
the verb "help" that the denial was read to negate. A predicate right after a purpose
opener ("so as to", "in order to") carries "(purpose)" in its class, as a modality does:
it meets only another aim, and a denial of the act does not deny its aim. Invented text.
"""

from __future__ import annotations

from test_conflicts import corpus_of
from test_conflicts_scope import q, statements

from storyline.resolve import stance


def test_a_denied_act_does_not_deny_its_purpose(nlp):
    c = corpus_of(nlp, [
        ("a", "Prime Minister John Doe says Ellandia stands ready to help Acme handle the fire."),
        ("b", "But he said the auditors worked apart from the rest of Acme and denied their task was to "
              "shape the audit -- long disputed by unions -- so as to help Acme avoid fines."),
    ])
    c.story.quotes = [
        q(c, "a", "Ellandia stands ready to help Acme handle the fire", "John Doe"),
        q(c, "b", "their task was to shape the audit -- long disputed by unions -- so as to help Acme avoid fines",
          "the auditors", cue="denied"),
    ]
    assert statements(c) == []


def test_twin_a_denied_help_against_help_is_still_a_dispute(nlp):
    """The twin: the denial's own verb is what it denies."""
    c = corpus_of(nlp, [
        ("a", "The Courier reported that Acme helped the auditors shape the audit."),
        ("b", "Acme on Monday denied it helped the auditors shape the audit."),
    ])
    c.story.quotes = [q(c, "a", "Acme helped the auditors shape the audit", "The Courier"),
                      q(c, "b", "it helped the auditors shape the audit", "Acme", cue="denied")]
    assert len(statements(c)) == 1


def _classes(nlp, text):
    from storyline.analyse.stance import read

    doc = nlp(text)
    return {p.word: p.cls for p in stance.scoped(read(doc), doc.text, 0).predicates}


def test_a_predicate_after_a_purpose_opener_is_an_aim(nlp):
    assert _classes(nlp, "Acme cut its prices so as to win the contract.")["win"].endswith("(purpose)")
    assert _classes(nlp, "Acme cut its prices in order to win the contract.")["win"].endswith("(purpose)")
    # twins: a plain infinitive and a statement keep their class
    assert not _classes(nlp, "Acme wants to win the contract.")["win"].endswith("(purpose)")
    assert not _classes(nlp, "Acme won the contract.")["won"].endswith("(purpose)")


def test_two_aims_still_meet(nlp):
    """The twin at the corpus stage: an aim against a denied aim of the same act is a dispute."""
    c = corpus_of(nlp, [
        ("a", "Reuters reported that Acme cut its prices so as to win the contract."),
        ("b", "Acme on Monday denied it cut its prices so as to win the contract."),
    ])
    c.story.quotes = [q(c, "a", "Acme cut its prices so as to win the contract", "Reuters"),
                      q(c, "b", "it cut its prices so as to win the contract", "Acme", cue="denied")]
    assert len(statements(c)) == 1

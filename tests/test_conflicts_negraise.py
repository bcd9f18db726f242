"""A negated verb of belief or expectation carries its negation into its content (issue 20,
round fifteen, 20n): "said she didn't think Acme would seek bankruptcy" says Acme would not
seek it ("neg-raising", the ``negraise`` rows of analyse/data/stance.tsv). The shape comes
from the held-out seed-37 audit's one false conflict shown by default (bpoil_reuters C1,
in-sample now); every text here is invented, each rule with its must-not-fire twins: a verb
of saying, a factive, "never", the perfect and a modal raise nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_conflicts import corpus_of, quote

from storyline import lexicon as lexicon_file
from storyline.analyse.stance import lexicon, read
from storyline.resolve import conflicts


def _negated(nlp, text: str, word: str) -> bool:
    (p,) = [p for p in read(nlp(text)).predicates if p.word == word]
    return p.negated


def test_the_list_is_data_with_its_source_named():
    assert {"think", "believe", "expect", "suppose", "imagine", "anticipate"} <= set(lexicon()["negraise"])
    head = lexicon_file.path("analyse/stance.tsv").read_text(encoding="utf-8")
    assert "negraise" in head and "Horn" in head


@pytest.mark.parametrize("text", [
    "Jane Roe said she didn't think Acme would seek bankruptcy.",
    "Jane Roe said she did not believe that Acme would seek bankruptcy.",
    "Jane Roe doesn’t expect Acme to seek bankruptcy.",
    "The port authority does not anticipate that Acme will seek bankruptcy.",
    "Acme is not expected to seek bankruptcy before the spring.",
])
def test_a_negated_belief_verb_negates_its_content(nlp, text):
    assert _negated(nlp, text, "seek")


@pytest.mark.parametrize("text", [
    "Jane Roe said she thought Acme would seek bankruptcy.",  # no negation at all
    "Jane Roe did not say Acme would seek bankruptcy.",  # a verb of saying raises nothing
    "Jane Roe did not know Acme would seek bankruptcy.",  # a factive: the content is taken as true
    "Jane Roe never thought Acme would seek bankruptcy.",  # "never" is no raised "not"
    "Investors had not expected Acme to seek bankruptcy.",  # the perfect: a surprise at what came
    "Jane Roe can not believe Acme would seek bankruptcy.",  # a modal: incredulity, no belief
])
def test_twin_no_raising_without_a_negated_belief_verb(nlp, text):
    assert not _negated(nlp, text, "seek")


def test_a_clause_negated_on_its_own_stays_negated(nlp):
    # the two negations are not cancelled: a parse hanging a clause on the verb is likelier
    assert _negated(nlp, "Jane Roe said Acme can't seek bankruptcy, I don't think.", "seek")


@given(verb=st.sampled_from(["think", "believe", "expect", "suppose", "imagine", "anticipate"]),
       neg=st.sampled_from(["did not", "didn't", "does not", "doesn't"]),
       act=st.sampled_from([("sell", "port business"), ("close", "plant"), ("leave", "city"), ("seek", "loan")]))
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_every_listed_verb_raises_and_its_positive_twin_does_not(nlp, verb, neg, act):
    pred, obj = act
    assert _negated(nlp, f"Jane Roe {neg} {verb} that Acme would {pred} the {obj}.", pred)
    past = {"think": "thought"}.get(verb, verb + "d" if verb.endswith("e") else verb + "ed")
    assert not _negated(nlp, f"Jane Roe {past} that Acme would {pred} the {obj}.", pred)


# ---- the conflicts: agreement is no dispute, a real disagreement still is -------------

def _pairs(c):
    return sorted(tuple(sorted(i.split("-")[1] for i in x.items)) for x in conflicts.find(c) if x.kind == "statement")


def _case(nlp, belief: str):
    c = corpus_of(nlp, [
        ("a", f"PORT ELLERY - Jane Roe, a professor at Port Ellery University, said she {belief} "
              "Acme would seek bankruptcy protection this year."),
        ("b", "Acme Corp said its bank balance was healthy and denied rumours that it was seeking bankruptcy protection."),
    ])
    text_a = "Acme would seek bankruptcy protection this year"
    cue = belief.split()[-1]
    a = quote(c, "a", text_a, "Jane Roe", cue=cue).model_copy(update={"cue": cue, "kind": "indirect"})
    b = quote(c, "b", "its bank balance was healthy and denied rumours that it was seeking bankruptcy protection",
              "Acme Corp", cue="said").model_copy(update={"cue": "said", "kind": "indirect"})
    c.story.quotes = [a, b]
    return c


def test_didnt_think_agrees_with_a_denial(nlp):
    # the belief verb is the quote's cue, outside its span, as in the audit's shape
    assert _pairs(_case(nlp, "didn't think")) == []


def test_twin_thought_against_a_denial_is_a_dispute(nlp):
    assert _pairs(_case(nlp, "thought")) == [("a", "b")]


def test_twin_didnt_say_raises_nothing(nlp):
    # "didn't say X would" leaves X unasserted either way; it is not read as "X would not"
    c = _case(nlp, "didn't say")
    assert all(not p.negated for a in c.analyses for q in a.quotes if q.text.startswith("Acme would")
               for p in q.predicates if p.lemma == "seek")


def test_didnt_think_against_an_assertion_is_a_dispute(nlp):
    # the other direction: the raised negation now opposes one who says Acme will seek it
    c = corpus_of(nlp, [
        ("a", "PORT ELLERY - Jane Roe, a professor at Port Ellery University, said she didn't think "
              "Acme would seek bankruptcy protection this year."),
        ("b", "John Doe, a lawyer for Acme Corp, said Acme would seek bankruptcy protection this year."),
    ])
    text = "Acme would seek bankruptcy protection this year"
    c.story.quotes = [quote(c, "a", text, "Jane Roe", cue="think").model_copy(update={"cue": "think", "kind": "indirect"}),
                      quote(c, "b", text, "John Doe", cue="said").model_copy(update={"cue": "said", "kind": "indirect"})]
    assert _pairs(c) == [("a", "b")]

"""Round twenty-five (25c): statement pairs of one story that are no disagreement stay hidden.

The held-out seed-79 audit showed by default statement conflicts of an oil-spill and a flu
story that were false: a denial read against another source's statement because both were
"about the spill" (every article of the story is), two different subjects doing the same
act, and an admission set against other people's stand on another matter. Each class keeps
the conflict in the story (``conflicts``), below ``stance.SHOW``, with the reason in its
evidence; each has a twin that is still shown. Invented text.
"""

from __future__ import annotations

from test_conflicts import corpus_of
from test_conflicts_scope import q

from storyline.resolve import conflicts, stance

# ten short texts, so the story measures its topic; one set names the spill in every text
SPILL = [(f"f{i}", f"Crews worked on the spill near the coast on day {i}.") for i in range(9)]
OTHER = [(f"f{i}", f"Crews worked near the coast on day {i}.") for i in range(9)]


def _found(nlp, docs, quotes):
    c = corpus_of(nlp, docs)
    c.story.quotes = [q(c, *x) for x in quotes]
    return [x for x in conflicts.find(c) if x.kind == "statement"]


def _only(found):
    assert len(found) == 1, found
    return found[0]


DENIAL = ("a", "A diver denied that the broken valve worsened the spill.")
DENIAL_Q = ("a", "that the broken valve worsened the spill", "a diver", "denied")


def test_a_denial_that_shares_only_the_topic_and_another_subject_is_not_shown(nlp):
    c = _only(_found(nlp, [DENIAL, ("b", "Officials said the storm worsened the spill.")] + SPILL,
                     [DENIAL_Q, ("b", "the storm worsened the spill", "Officials", "said")]))
    assert not c.shown and c.confidence <= stance.CAP
    assert any("story's topic" in e for e in c.evidence)
    assert any("different subjects ('valve', 'storm')" in e for e in c.evidence)


def test_two_different_subjects_of_one_act_are_not_shown_without_a_topic_either(nlp):
    c = _only(_found(nlp, [DENIAL, ("b", "Officials said the storm worsened the spill.")] + OTHER,
                     [DENIAL_Q, ("b", "the storm worsened the spill", "Officials", "said")]))
    assert not c.shown
    assert not any("story's topic" in e for e in c.evidence)  # "spill" is in two texts of eleven


def test_twin_a_denial_of_the_claim_itself_is_still_shown(nlp):
    """The twin: the other side says the broken valve worsened the spill, what the diver denies."""
    c = _only(_found(nlp, [DENIAL, ("b", "Officials said the broken valve worsened the spill.")] + OTHER,
                     [DENIAL_Q, ("b", "the broken valve worsened the spill", "Officials", "said")]))
    assert c.shown


def test_twin_the_topic_shared_beside_a_specific_object_is_still_shown(nlp):
    """The twin: both sides name the spill (the topic) and the same barrier: the barrier is
    the referent, and the topic does not hide it."""
    c = _only(_found(nlp, [("a", "A diver denied that the broken valve worsened the spill at the barrier."),
                           ("b", "Officials said the broken valve worsened the spill at the barrier.")] + SPILL,
                     [("a", "that the broken valve worsened the spill at the barrier", "a diver", "denied"),
                      ("b", "the broken valve worsened the spill at the barrier", "Officials", "said")]))
    assert c.shown
    assert not any("story's topic" in e for e in c.evidence)


ADMITS = ("a", "Acme admitted that it had not tested the seal.")
ADMITS_Q = ("a", "that it had not tested the seal", "Acme", "admitted")
CREW = ("b", "Contrary to rumours, the crew tested the seal.")
CREW_Q = ("b", "Contrary to rumours, the crew tested the seal", "Inspectors", None)


def test_an_admission_against_another_party_s_act_is_not_shown(nlp):
    c = _only(_found(nlp, [ADMITS, CREW] + OTHER, [ADMITS_Q, CREW_Q]))
    assert not c.shown
    assert any("admission" in e for e in c.evidence)


def test_twin_the_same_words_said_not_admitted_are_still_shown(nlp):
    c = _only(_found(nlp, [("a", "Acme said that it had not tested the seal."), CREW] + OTHER,
                     [("a", "that it had not tested the seal", "Acme", "said"), CREW_Q]))
    assert c.shown


def test_twin_an_admission_against_a_claim_about_the_admitter_is_still_shown(nlp):
    c = _only(_found(nlp, [ADMITS, ("b", "Contrary to rumours, Acme tested the seal.")] + OTHER,
                     [ADMITS_Q, ("b", "Contrary to rumours, Acme tested the seal", "Inspectors", None)]))
    assert c.shown


def test_a_named_subject_in_most_texts_is_the_topic_not_the_referent_a_denial_answers(nlp):
    """A denial with no named subject against a claim of "Acme", named in every text: the
    dispute word no longer makes Acme the referent; the pair meets only on the same things
    named on both sides, which here are the topic ("spill")."""
    acme = [(f"f{i}", f"Acme crews worked on the spill near the coast on day {i}.") for i in range(9)]
    found = _found(nlp, [("a", "A diver denied that the leak worsened the spill."),
                         ("b", "Officials said Acme worsened the spill.")] + acme,
                   [("a", "that the leak worsened the spill", "a diver", "denied"),
                    ("b", "Acme worsened the spill", "Officials", "said")])
    c = _only(found)  # kept in the story's conflicts, not shown
    assert not c.shown
    assert any("('acme') is the story's topic" in e for e in c.evidence)


def test_subject_head_reads_a_short_common_noun_phrase_and_abstains_otherwise(nlp):
    c = corpus_of(nlp, [("a", "The old broken valve had not worsened it. They worsened it. Acme worsened it. "
                              "Many of the people in the town who live here worsened it.")])
    text = c.by_id["a"].document.text

    def head(phrase):
        s = text.index(phrase)
        quote = q(c, "a", phrase, "someone")
        at = s + phrase.index("worsened")
        pred = stance.Predicate(word="worsened", lemma="worsen", cls="worsen", sign=1, negated=False,
                                start=at, end=at + 8)
        return conflicts._subject_head(c, quote, pred)

    assert head("The old broken valve had not worsened it") == "valve"
    assert head("They worsened it") is None  # a pronoun
    assert head("Acme worsened it") is None  # a name: the parse reads those
    assert head("Many of the people in the town who live here worsened it") is None  # too long to read without a parse


def _managed(nlp, act_b):
    return _found(nlp, [("a", "The coastguard said Acme has managed to seal one pipe at the well."),
                        ("b", f"Acme said that, contrary to reports, it has not managed to {act_b} at the well.")] + OTHER,
                  [("a", "Acme has managed to seal one pipe at the well", "The coastguard", "said"),
                   ("b", f"that, contrary to reports, it has not managed to {act_b} at the well", "Acme", "said")])


def test_a_verb_of_managing_told_of_two_acts_is_not_shown(nlp):
    c = _only(_managed(nlp, "slow the leak"))
    assert not c.shown
    assert any("two different acts ('seal', 'slow')" in e for e in c.evidence)


def test_twin_a_verb_of_managing_told_of_the_same_act_is_still_shown(nlp):
    c = _only(_managed(nlp, "seal one pipe"))
    assert c.shown
    assert not any("different acts" in e for e in c.evidence)


def test_a_word_in_most_but_not_nearly_all_texts_is_no_topic(nlp):
    """The twin of the topic rule: "spill" in seven texts of eleven (64%) is a word of the
    coverage, not what every text is about; the pair is shown (the same subject, one act)."""
    some = SPILL[:5] + OTHER[5:]
    c = _only(_found(nlp, [DENIAL, ("b", "Officials said the broken valve worsened the spill.")] + some,
                     [DENIAL_Q, ("b", "the broken valve worsened the spill", "Officials", "said")]))
    assert c.shown
    assert not any("story's topic" in e for e in c.evidence)

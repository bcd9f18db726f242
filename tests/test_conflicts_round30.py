"""Round thirty (issue 20): conflicts a reader can trust, precision first.

The seed-101 and seed-107 audits judged 1 of 9 conflicts real. Their false classes, as
general rules that only make a conflict abstain (kept in the story, not shown, or no side):
a figure its own sentence tells as updated since ("5,000 ..., which increased last week to
12,000"), two statements of one speaker, and a pair whose only
referent is "one side names the subject, the other is in the same text" when the other
side's predicate is not told of a word that refers back. Each has a twin that still holds.
Invented text.
"""

from __future__ import annotations

from test_conflicts import corpus_of
from test_conflicts_dated import corpus, numeric
from test_conflicts_scope import q

from storyline.resolve import conflicts, stance
from storyline.resolve import figures as r_figures

OTHER = [(f"f{i}", f"Crews worked near the coast on day {i}.") for i in range(9)]
KIM = ("b", "Ann Kim said the well was leaking 5,000 barrels a day.", "2010-05-27")


# ---------------------------------------------------------------- a figure and its update


def _old(nlp, text):
    c = corpus(nlp, [("a", text, "2010-05-27"), KIM])
    return c, next(f for f in c.story.figures if f.text == "5,000" and f.span.doc == "a")


def test_a_figure_its_sentence_says_increased_to_a_newer_one_is_superseded(nlp):
    c, old = _old(nlp, "Ross Lee said the estimate of 5,000 barrels a day, a number Acme cited, "
                       "rose on Friday to between 14,000 and 18,000 barrels a day.")
    assert r_figures.superseded(c, old)
    assert not any(old.id in x.items for x in numeric(c))


def test_a_figure_later_put_at_another_is_superseded():
    assert r_figures._updated("The toll was first put at ", " people but was later put at 90 people.")
    assert r_figures._updated("Officials raised the estimate from ", " barrels a day to 20,000 barrels a day.")
    assert r_figures._updated("The count of ", " cases has since been revised to about 900 cases.")


def test_twin_a_change_of_another_number_leaves_the_figure_a_claim(nlp):
    """Must not fire: the verb of change is told of a number after another number, or of
    none; and two named sources' different figures of one flow still conflict."""
    assert not r_figures._updated("Acme said ", " barrels a day leak, and Beta said 9,000 rose to 20,000.")
    assert not r_figures._updated("Acme said ", " barrels a day leak, but Beta said the rate was 20,000.")
    assert not r_figures._updated("Acme said ", " barrels a day leak, a rate that increased sharply.")
    assert not r_figures._updated("Estimates of the cost range from ", " from Acme Bank to $9bn from Beta Bank.")
    c = corpus(nlp, [("a", "Ross Lee said the well was leaking 19,000 barrels a day.", "2010-05-27"), KIM])
    assert not any(r_figures.superseded(c, f) for f in c.story.figures)
    (found,) = numeric(c)
    assert found.shown


# ---------------------------------------------------------------- two statements of one claimant


def _statements(nlp, docs, quotes):
    c = corpus_of(nlp, docs)
    c.story.quotes = [q(c, *x) for x in quotes]
    return [x for x in conflicts.find(c) if x.kind == "statement"]




def _two_speakers(nlp, first, second):
    text = "On Monday, Acme said Beta closed the Leeds plant. On Friday, {} said Beta did not close the Leeds plant."
    return _statements(nlp, [("a", text.format(second))] + OTHER,
                       [("a", "Beta closed the Leeds plant", first, "said"),
                        ("a", "Beta did not close the Leeds plant", second, "said")])


def test_one_speaker_on_both_sides_is_never_shown(nlp):
    found = _two_speakers(nlp, "Acme", "Acme")
    assert found and not any(x.shown for x in found)
    assert all(x.confidence <= stance.CAP and "one speaker on both sides" in x.evidence for x in found)


def test_twin_two_speakers_on_the_two_sides_are_still_shown(nlp):
    found = _two_speakers(nlp, "Acme", "Gamma")
    assert [x.shown for x in found] == [True]


# ---------------------------------------------------------------- a subject named on one side only


TEXT = ("Acme said Beta will reopen the Leeds plant. Later, Gamma said {clause} the Leeds plant.")


def _one_text(nlp, clause):
    text = TEXT.format(clause=clause)
    return _statements(nlp, [("a", text)] + OTHER,
                       [("a", "Beta will reopen the Leeds plant", "Acme", "said"),
                        ("a", f"{clause} the Leeds plant", "Gamma", "said")])


def test_the_unnamed_side_told_of_another_common_noun_is_not_shown(nlp):
    """seed-107: "the decision to suspend the dividend" against "BP will resume paying
    dividends": the other side's predicate is not told of a word that refers back."""
    found = _one_text(nlp, "the storm damage will close")
    assert not any(x.shown for x in found)
    assert all(any("refers back" in e for e in x.evidence) for x in found
               if conflicts.REFERS in x.evidence)


def test_twin_the_unnamed_side_told_of_the_company_refers_back(nlp):
    """Must not fire: "the company will close" refers back to the party named."""
    c = corpus_of(nlp, [("a", TEXT.format(clause="the company will close"))])
    quote = q(c, "a", "the company will close the Leeds plant", "Gamma", "said")
    item = c.quote_item(quote.span)
    pred = next(p for p in conflicts._claim(c, quote).predicates if p.word == "close")
    assert item is not None and conflicts._refers_back(c, quote, pred, None)
    pred_it = next(p for p in conflicts._claim(c, q(c, "a", "the company will close the Leeds plant", "Gamma",
                                                                  "said")).predicates if p.word == "close")
    assert not conflicts._refers_back(c, quote, pred_it, frozenset({"gamma"}))  # "it" read as its own speaker

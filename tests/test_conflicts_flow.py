"""Numeric conflicts on rates of a flow (issue 20, round ten): one measure for every rate of
a flow, the place of one leak named in one sentence and not the next, an agreement group
that joins figures which do not agree with each other, and a figure the sentence credits to
another source; each rule with its must-not-fire twin. Texts invented."""

from __future__ import annotations

from test_conflicts_dated import corpus, numeric

from storyline.resolve import conflicts


def test_two_named_sources_flow_rates_in_one_text_conflict(nlp):
    """The text gives a source's flow rate and another's, one sentence naming the place."""
    c = corpus(nlp, [("a", "Acme said the well was leaking 5,000 barrels a day into Ohio waters. "
                           "Ross Lee said the well was spewing 19,000 barrels a day.", "2010-05-27")])
    (found,) = numeric(c)
    assert found.shown and found.proposition.startswith("flow rate")
    assert "one text gives two sources' values for it" in found.evidence


def test_counts_by_place_still_need_the_same_places(nlp):
    """The twin: a count, not a flow, with a place on one side only stays apart."""
    c = corpus(nlp, [("a", "Acme said 5,000 people were hurt in Ohio. "
                           "Ross Lee said 19,000 people were hurt.", "2010-05-27")])
    assert numeric(c) == []


def test_flow_rates_naming_different_places_do_not_conflict(nlp):
    """The twin: two flows, each with its own place named: two leaks."""
    c = corpus(nlp, [("a", "Acme said the well was leaking 5,000 barrels a day into Ohio waters. "
                           "Ross Lee said a well was spewing 19,000 barrels a day in Texas.", "2010-05-27")])
    assert numeric(c) == []


def test_one_source_updating_its_flow_rate_is_no_conflict(nlp):
    c = corpus(nlp, [("a", "Acme said the well was leaking 5,000 barrels a day into Ohio waters. "
                           "Acme later said the well was spewing 19,000 barrels a day.", "2010-05-27")])
    assert numeric(c) == []


def test_a_chain_of_agreeing_figures_does_not_hide_two_that_disagree(nlp):
    """"up to 45,000" agrees with 5,000 and with 35,000, which cannot both hold: the
    agreement group that joins all three does not make the two agree."""
    c = corpus(nlp, [
        ("a", "Acme said the well was leaking 5,000 barrels a day.", "2010-05-27"),
        ("b", "The well is spewing up to 45,000 barrels a day.", "2010-05-27"),
        ("c", "Ross Lee said the well was leaking 35,000 barrels a day.", "2010-05-27"),
    ])
    figs = {f.text: f for f in c.story.figures}
    found = [x for x in numeric(c) if figs["5,000"].id in x.items and figs["35,000"].id in x.items]
    assert found, [(x.items, x.explanation) for x in numeric(c)]


def test_figures_that_do_agree_in_a_group_stay_agreeing(nlp):
    """The twin: a pair in one group whose own values can both hold is no conflict."""
    c = corpus(nlp, [
        ("a", "Acme said the well was leaking 5,000 barrels a day.", "2010-05-27"),
        ("b", "Ross Lee said the well was leaking about 5,100 barrels a day.", "2010-05-27"),
    ])
    assert numeric(c) == []
    why = {w for _, _, w, _ in conflicts.numeric_candidates(c)}
    assert why <= {"agree: one agreement group", "values can both hold"}


def test_a_figure_credited_in_a_comparison_conflicts_with_its_critic(nlp):
    """"far more than the 5,000 barrels a day Acme estimated": Acme's figure, against the
    critic's own estimate in the next sentence."""
    c = corpus(nlp, [("a", "Ross Lee said the leak was far larger than the 5,000 barrels a day estimated by Acme. "
                           "Ross Lee said the well was spewing 19,000 barrels a day.", "2010-05-27")])
    (found,) = numeric(c)
    assert found.shown
    assert {s.claimants[0] for s in found.sides} == {"e-acme", "e-ross-lee"}


def test_a_figure_the_critic_repeats_without_crediting_is_no_conflict(nlp):
    """The twin: with no source named for the 5,000, it is the critic's own two figures."""
    c = corpus(nlp, [("a", "Ross Lee said the leak was far larger than the 5,000 barrels a day first estimated. "
                           "Ross Lee said the well was spewing 19,000 barrels a day.", "2010-05-27")])
    assert [x for x in numeric(c) if x.shown] == []


def test_one_sources_best_estimate_and_high_end_stand_on_one_side(nlp):
    c = corpus(nlp, [("a", "Acme said the well was leaking 5,000 barrels a day. "
                           "Ross Lee said the well was spewing 13,000 to 20,000 barrels a day. "
                           "Ross Lee said the well was spewing 25,000 barrels a day at the high end.", "2010-05-27")])
    (found,) = [x for x in numeric(c) if x.shown]
    assert len(found.sides) == 2
    assert sorted(len(s.items) for s in found.sides) == [1, 2]


def test_two_sources_values_that_do_not_overlap_stay_on_two_sides(nlp):
    """The twin: different sources' values that cannot both hold are different sides."""
    c = corpus(nlp, [("a", "Acme said the well was leaking 5,000 barrels a day. "
                           "Ross Lee said the well was spewing 13,000 to 20,000 barrels a day. "
                           "Ann Kim said the well was spewing 25,000 barrels a day at the high end.", "2010-05-27")])
    (found,) = [x for x in numeric(c) if x.shown]
    assert len(found.sides) == 3

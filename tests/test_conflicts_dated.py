"""Numeric conflicts on dated piles (issue 20, round nine): two named sources' values in one
text, the places a count is of, rates that stand for a few days, and the candidate trace
(``conflicts.numeric_candidates``, ``conflicts.statements(trace=...)``)."""

from __future__ import annotations

import re

from storyline import schema
from storyline.analyse import figures as a_figures
from storyline.analyse.parse import sentences
from storyline.resolve import conflicts
from storyline.resolve import figures as r_figures
from storyline.resolve.corpus import Corpus
from storyline.types import DocAnalysis, Mention

# mentions by hand, so these tests check the corpus stage and not the NER model
NAMES = {"Red Cross": "ORG", "Unicef": "ORG", "Acme": "ORG", "Texas": "GPE", "Ohio": "GPE", "Ross Lee": "PERSON",
         "Ann Kim": "PERSON"}


def _analysis(nlp, doc_id: str, text: str, published: str) -> DocAnalysis:
    doc = schema.Document(id=doc_id, text=text, published=schema.Published(value=published))
    sdoc = nlp(text)
    a = DocAnalysis(version="t", document=doc)
    a.sentences = sentences(sdoc, [])
    a.mentions = sorted((Mention(start=m.start(), end=m.end(), text=m.group(0), label=label)
                         for name, label in NAMES.items() for m in re.finditer(re.escape(name), text)),
                        key=lambda m: m.start)
    a.figures = a_figures.extract(sdoc, a)
    return a


def corpus(nlp, docs) -> Corpus:
    c = Corpus(analyses=[_analysis(nlp, *d) for d in docs])
    for a in c.analyses:
        for i, m in enumerate(a.mentions):
            c.mention_entity[(a.document.id, i)] = "e-" + m.text.lower().replace(" ", "-")
    c.story.figures = r_figures.collect(c)
    return c


def numeric(c: Corpus) -> list[schema.Conflict]:
    return [x for x in conflicts.find(c) if x.kind == "numeric"]


# ---- one text, two named sources


def test_one_text_giving_two_named_sources_counts_is_a_conflict(nlp):
    c = corpus(nlp, [("a", "The Red Cross said 45,000 people were killed. "
                           "Unicef said 150,000 people were killed.", "2010-01-20")])
    (found,) = numeric(c)
    assert found.shown and "one text gives two sources' values for it" in found.evidence
    assert sorted(c.story.figures[i].text for i in range(2)) == ["150,000", "45,000"]


def test_one_text_with_one_source_and_its_own_count_is_no_conflict(nlp):
    """The twin: the text's own count beside a source's is two counts it tells itself."""
    c = corpus(nlp, [("a", "The Red Cross said 45,000 people were killed. "
                           "In all, 150,000 people were killed.", "2010-01-20")])
    assert numeric(c) == []


def test_one_text_with_two_sources_one_a_pronoun_is_no_conflict(nlp):
    c = corpus(nlp, [("a", "The Red Cross said 45,000 people were killed. "
                           "They said 150,000 people were killed.", "2010-01-20")])
    assert numeric(c) == []


# ---- the places a count of nothing named is of


def test_counts_of_nothing_named_in_different_places_do_not_conflict(nlp):
    c = corpus(nlp, [
        ("a", "The Red Cross said 236 people were killed.", "2010-01-20"),
        ("b", "Unicef said 109 people were killed in Texas.", "2010-01-20"),
    ])
    assert numeric(c) == []
    why = {w for _, _, w, _ in conflicts.numeric_candidates(c)}
    assert "no subject, and not the same places named" in why


def test_counts_of_nothing_named_in_the_same_place_conflict(nlp):
    """The twin: the same place named on both sides (or none on either) may be one count."""
    c = corpus(nlp, [
        ("a", "The Red Cross said 236 people were killed in Texas.", "2010-01-20"),
        ("b", "Unicef said 109 people were killed in Texas.", "2010-01-20"),
    ])
    (found,) = numeric(c)
    assert found.shown


def test_a_place_inside_the_claimant_is_not_where_the_count_is(nlp):
    c = corpus(nlp, [
        ("a", "The Texas Red Cross said 236 people were killed.", "2010-01-20"),
        ("b", "Unicef said 109 people were killed.", "2010-01-20"),
    ])
    assert len(numeric(c)) == 1


# ---- rates that stand: estimates a few days apart


FLOW = "{who} estimated that Acme's well was leaking at a flow rate of {n} barrels a day."


FLOW_OF = "{who} said the flow rate of Acme's well was {n} barrels a day."


def test_rate_estimates_by_two_sources_days_apart_conflict(nlp):
    c = corpus(nlp, [
        ("a", FLOW_OF.format(who="Ross Lee", n="5,000"), "2010-05-26"),
        ("b", FLOW_OF.format(who="Ann Kim", n="19,000"), "2010-05-28"),
    ])
    (found,) = numeric(c)
    assert any(e.startswith("told 2 days apart") for e in found.evidence)
    assert found.shown and "the same named subject" in found.evidence
    assert found.confidence < 0.7  # below the same day's: the rate may have changed in between


def test_rate_estimates_days_apart_of_nothing_named_are_kept_not_shown(nlp):
    """The twin: with no subject on either side the two may be of two wells: possible only."""
    c = corpus(nlp, [
        ("a", FLOW.format(who="Ross Lee", n="5,000"), "2010-05-26"),
        ("b", FLOW.format(who="Ann Kim", n="19,000"), "2010-05-28"),
    ])
    (found,) = numeric(c)
    assert not found.shown and "no subject named on either side" in found.evidence


def test_rate_estimates_weeks_apart_do_not_conflict(nlp):
    """The twin: a rate told weeks apart may have changed; no conflict."""
    c = corpus(nlp, [
        ("a", FLOW_OF.format(who="Ross Lee", n="5,000"), "2010-05-26"),
        ("b", FLOW_OF.format(who="Ann Kim", n="19,000"), "2010-06-20"),
    ])
    assert numeric(c) == []


def test_counts_days_apart_do_not_conflict(nlp):
    """A count told "so far" accumulates: two of its values days apart are no dispute."""
    c = corpus(nlp, [
        ("a", "Ross Lee said Acme had spent $5 million on the clean-up.", "2010-05-26"),
        ("b", "Ann Kim said Acme had spent $19 million on the clean-up.", "2010-05-28"),
    ])
    assert numeric(c) == []


def test_rate_days_apart_from_one_source_is_an_update(nlp):
    c = corpus(nlp, [
        ("a", FLOW_OF.format(who="Ross Lee", n="5,000"), "2010-05-26"),
        ("b", FLOW_OF.format(who="Ross Lee", n="19,000"), "2010-05-28"),
    ])
    assert numeric(c) == []


def test_a_rate_unit_is_a_rate_per_time():
    span = schema.Span(doc="d", start=0, end=1)
    assert conflicts._rate(schema.Figure(id="a", text="5,000", unit="barrels/day", span=span))
    assert not conflicts._rate(schema.Figure(id="b", text="$76", unit="USD/barrel", span=span))
    assert not conflicts._rate(schema.Figure(id="c", text="300", unit="people", span=span))


# ---- the candidate trace


def test_every_numeric_candidate_carries_the_rule_that_decided_it(nlp):
    c = corpus(nlp, [
        ("a", "The Red Cross said 236 people were killed in Texas.", "2010-01-20"),
        ("b", "Unicef said 109 people were killed in Texas.", "2010-03-20"),
        ("c", "Unicef said 240 people were killed in Texas.", "2010-01-20"),
    ])
    rows = {(fa.span.doc, fb.span.doc): (why, bad) for fa, fb, why, bad in conflicts.numeric_candidates(c)}
    assert rows[("a", "b")] == ("blocked apart: not the same day or period", True)
    assert rows[("a", "c")] == ("agree: one agreement group", False)


def test_every_statement_candidate_carries_the_rule_that_decided_it(nlp):
    from test_conflicts import corpus_of, quote

    c = corpus_of(nlp, [
        ("c", "Acme said it would never sell its cloud business."),
        ("d", "Reuters reported that Acme is in talks to sell its cloud business."),
        ("e", "Umbrella said it would open a plant in Canada."),
    ])
    c.story.quotes = [quote(c, "c", "it would never sell its cloud business", "Acme"),
                      quote(c, "d", "Acme is in talks to sell its cloud business", "Reuters"),
                      quote(c, "e", "it would open a plant in Canada", "Umbrella")]
    trace: list = []
    found = conflicts.statements(c, trace)
    why = {(a.span.doc, b.span.doc): w for a, b, w in trace}
    assert len(found) == 1 and "confidence" in why[("c", "d")]
    other = [w for k, w in why.items() if "e" in k]
    assert other and all(w.startswith(("no opposed predicates", "not similar")) for w in other)
    assert conflicts.statements(c) == found  # the trace changes nothing


# ---- a denial of a charge another source makes (no predicate carries the charge)


def _charge(nlp, accuser_text, accuser_quote, denial_day="2010-06-18"):
    from test_conflicts import corpus_of, quote

    c = corpus_of(nlp, [
        ("a", accuser_text, "2010-06-18"),
        ("b", 'Acme denied that its handling of the spill amounted to "gross negligence".', denial_day),
    ])
    c.story.quotes = [
        quote(c, "a", accuser_quote, "Umbrella", cue="said"),
        quote(c, "b", 'that its handling of the spill amounted to "gross negligence"', "Acme", cue="denied"),
    ]
    return [x for x in conflicts.find(c) if x.kind == "statement"]


ACCUSES = 'Umbrella said the spill was the result of Acme\'s "gross negligence or wilful misconduct".'


def test_a_denial_of_the_charge_another_source_makes_conflicts(nlp):
    (found,) = _charge(nlp, ACCUSES, 'the spill was the result of Acme\'s "gross negligence or wilful misconduct"')
    assert found.shown and found.evidence[0] == "a denial of the charge the other side makes: 'gross negligence'"
    assert [s.claimants for s in found.sides] == [["Umbrella"], ["Acme"]]


def test_a_charge_that_names_nobody_is_not_what_the_denier_denies(nlp):
    text = 'Umbrella said the leak was caused by "gross negligence or wilful misconduct".'
    assert _charge(nlp, text, 'the leak was caused by "gross negligence or wilful misconduct"') == []


def test_a_charge_told_as_a_condition_is_not_made(nlp):
    text = 'Umbrella said it would sue if the spill was the result of Acme\'s "gross negligence".'
    assert _charge(nlp, text, 'it would sue if the spill was the result of Acme\'s "gross negligence"') == []


def test_a_charge_without_the_marked_words_is_left_to_the_predicates(nlp):
    text = "Umbrella said the spill was the result of Acme's negligence."
    assert _charge(nlp, text, "the spill was the result of Acme's negligence") == []


def test_a_denial_days_after_the_charge_answers_it_with_less_confidence(nlp):
    (found,) = _charge(nlp, ACCUSES, 'the spill was the result of Acme\'s "gross negligence or wilful misconduct"',
                       denial_day="2010-06-25")
    assert found.shown and found.confidence < 0.8


# ---- a rate its own sentence dates is a reading of that day (round seventeen, 20q)


def _dated_by_sentence(c: Corpus, doc: str, day: str) -> None:
    """Give ``doc``'s figures the day their sentence names, as ``resolve.figures._period``
    does from a time expression of the clause (these tests parse no time expressions)."""
    for f in c.story.figures:
        if f.span.doc == doc:
            f.period, f.period_source = day, "timex"


def test_a_rate_its_timeline_entry_dates_against_a_later_estimate_is_a_series(nlp):
    """A timeline entry ("* April 25 - <a source> said ... 1,000 barrels a day", in a text of
    May 11) against another source's 5,000 told on April 30: two readings of different
    days, a series, not a dispute."""
    c = corpus(nlp, [
        ("a", "* April 25 - " + FLOW_OF.format(who="Ross Lee", n="1,000"), "2010-05-11"),
        ("b", FLOW_OF.format(who="Ann Kim", n="5,000"), "2010-04-30"),
    ])
    _dated_by_sentence(c, "a", "2010-04-25")
    assert numeric(c) == []
    rows = [why for _fa, _fb, why, _bad in conflicts.numeric_candidates(c)]
    assert rows == ["blocked apart: not the same day or period"]


def test_two_sources_rates_for_one_day_their_sentences_name_still_conflict(nlp):
    """The twin: a same-day clash of two claimants, each sentence naming the day, is a
    conflict (the same period in both sentences), shown."""
    c = corpus(nlp, [
        ("a", "* April 25 - " + FLOW_OF.format(who="Ross Lee", n="1,000"), "2010-05-11"),
        ("b", "On April 25, " + FLOW_OF.format(who="Ann Kim", n="5,000"), "2010-04-30"),
    ])
    _dated_by_sentence(c, "a", "2010-04-25")
    _dated_by_sentence(c, "b", "2010-04-25")
    (found,) = numeric(c)
    assert found.shown and "the same period in both sentences (2010-04-25)" in found.evidence


def test_rates_told_as_current_days_apart_still_conflict_when_one_is_undated_by_its_sentence(nlp):
    """The twin: without a day in either sentence the estimates told two days apart still
    stand for each other (``NEAR_DAYS``); a sentence's own day is what makes a reading."""
    c = corpus(nlp, [
        ("a", FLOW_OF.format(who="Ross Lee", n="1,000"), "2010-04-28"),
        ("b", FLOW_OF.format(who="Ann Kim", n="5,000"), "2010-04-30"),
    ])
    (found,) = numeric(c)
    assert any(e.startswith("told 2 days apart") for e in found.evidence)


def test_a_place_that_is_the_whole_claimant_counts_its_own(nlp):
    """Round 24 (24f): "Texas has reported 165 cases" is Texas's own count, not the count of
    a source that names no place (the only conflict shown on three untuned topics was a
    country's count against a world total in one text)."""
    c = corpus(nlp, [("a", "The Red Cross said 1,490 cases have been reported. "
                           "Texas has reported 165 cases.", "2010-01-20")])
    assert numeric(c) == []


def test_twin_a_source_that_is_no_place_and_the_same_place_named_still_conflict(nlp):
    c = corpus(nlp, [("a", "The Red Cross said 1,490 cases have been reported. "
                           "Unicef has reported 165 cases.", "2010-01-20")])
    assert len(numeric(c)) == 1
    c = corpus(nlp, [("a", "The Red Cross said 1,490 cases have been reported in Texas. "
                           "Texas has reported 165 cases.", "2010-01-20")])
    assert len(numeric(c)) == 1

"""Numeric and statement conflicts and agreement groups, on hand-built corpora and on huawei-us."""

from __future__ import annotations

import re

import numpy as np

from storyline import schema
from storyline.analyse import figures as a_figures
from storyline.analyse import stance as a_stance
from storyline.analyse.nlp import load as load_nlp
from storyline.analyse.parse import sentences
from storyline.resolve import conflicts, stance
from storyline.resolve import figures as r_figures
from storyline.resolve.corpus import Corpus
from storyline.types import DocAnalysis, Mention, QuoteItem

NAMES = {"Reuters": "ORG", "Bloomberg": "ORG", "Acme Corp": "ORG", "Acme": "ORG", "Umbrella": "ORG",
         "Alice Wong": "PERSON", "Canada": "GPE", "Mexico": "GPE"}


def doc_analysis(nlp, doc_id, text, published=None, duplicate_of=None):
    doc = schema.Document(id=doc_id, text=text, duplicate_of=duplicate_of)
    if published:
        doc.published = schema.Published(value=published)
    sdoc = nlp(text)
    a = DocAnalysis(version="t", document=doc)
    a.sentences = sentences(sdoc, [])
    # mentions by hand, so these tests check this module and not the NER model
    a.mentions = sorted(
        (Mention(start=m.start(), end=m.end(), text=m.group(0), label=label)
         for name, label in NAMES.items() for m in re.finditer(re.escape(name), text)),
        key=lambda m: m.start)
    a.figures = a_figures.extract(sdoc, a)
    return a


def corpus_of(nlp, docs, quotes=()):
    """A corpus with figures collected; entities are mentions merged by lower-cased text."""
    corpus = Corpus(analyses=[doc_analysis(nlp, *d) for d in docs])
    for a in corpus.analyses:
        for i, m in enumerate(a.mentions):
            corpus.mention_entity[(a.document.id, i)] = "e-" + m.text.lower().replace(" ", "-")
    corpus.story.figures = r_figures.collect(corpus)
    corpus.story.quotes = list(quotes)
    return corpus


def quote(corpus, doc_id, text, speaker, cue=None):
    """A story quote, and its QuoteItem read as the per-document stage reads it."""
    a = corpus.by_id[doc_id]
    t = a.document.text
    s = t.index(text)
    item = QuoteItem(start=s, end=s + len(text), text=text, kind="direct")
    if cue:
        item.cue_start = t.index(cue)
        item.cue_end = item.cue_start + len(cue)
    a.quotes = a_stance.extract(load_nlp()(t), a.model_copy(update={"quotes": a.quotes + [item]}))
    return schema.Quote(id=f"q-{doc_id}-{s}", text=text, kind="direct", speaker_text=speaker,
                        span=schema.Span(doc=doc_id, start=s, end=s + len(text)))


def numeric(corpus):
    return [c for c in conflicts.find(corpus) if c.kind == "numeric"]


def test_same_measure_same_period_disjoint_values_conflict(nlp):
    c = corpus_of(nlp, [
        ("a", "According to Reuters, Acme Corp's revenue in 2020 was $40 billion."),
        ("b", "According to Bloomberg, Acme Corp's revenue in 2020 was $55 billion."),
    ])
    found = numeric(c)
    assert len(found) == 1
    (conf,) = found
    assert sorted(conf.claimants) == ["e-bloomberg", "e-reuters"]
    assert len(conf.sides) == 2 and all(s.spans for s in conf.sides)
    texts = {f.id: f.text for f in c.story.figures}
    assert sorted(texts[i] for i in conf.items) == ["$40 billion", "$55 billion"]
    assert conf.id == conflicts.find(c)[0].id  # stable


def test_different_period_is_no_conflict(nlp):
    c = corpus_of(nlp, [
        ("a", "According to Reuters, Acme Corp's revenue in 2019 was $40 billion."),
        ("b", "According to Bloomberg, Acme Corp's revenue in 2020 was $55 billion."),
    ])
    assert numeric(c) == []


def test_different_measure_is_no_conflict(nlp):
    c = corpus_of(nlp, [
        ("a", "According to Reuters, Acme Corp's revenue in 2020 was $40 billion."),
        ("b", "According to Bloomberg, Acme Corp's profit in 2020 was $5 billion."),
    ])
    assert numeric(c) == []


def test_agreeing_independent_sources_are_grouped(nlp):
    c = corpus_of(nlp, [
        ("a", "According to Reuters, Acme Corp's revenue in 2020 was $40 billion."),
        ("b", "According to Bloomberg, Acme Corp's revenue in 2020 was about $41 billion."),
        ("c", "Acme Corp's revenue in 2020 was $40 billion, Reuters said."),
    ])
    assert numeric(c) == []
    figs = {f.span.doc: f for f in c.story.figures}
    assert figs["a"].group and figs["a"].group == figs["b"].group == figs["c"].group
    assert figs["a"].agreeing_sources == 3


def test_near_duplicates_do_not_count_as_agreement(nlp):
    c = corpus_of(nlp, [
        ("a", "According to Reuters, Acme Corp's revenue in 2020 was $40 billion."),
        ("b", "According to Reuters, Acme Corp's revenue in 2020 was $40 billion.", None, "a"),
    ])
    figs = {f.span.doc: f for f in c.story.figures}
    assert figs["a"].group is None and figs["a"].agreeing_sources == 1


def test_explicit_dispute_across_measures_is_a_conflict(nlp):
    c = corpus_of(nlp, [("a", (
        "According to Reuters, Umbrella's sales abroad shrank by 30-50%. "
        "Later, Umbrella chief Alice Wong disputed these figures. "
        "According to Alice Wong, 30% was only the worst week. "
        "“Our business outside Europe only suffers losses of less than 10%,” Alice Wong said."))])
    found = numeric(c)
    texts = {f.id: f.text for f in c.story.figures}
    assert [sorted(texts[i] for i in x.items) for x in found] == [["30-50%", "less than 10%"]]
    assert "disputed" in found[0].explanation


def test_same_source_change_over_time_is_no_conflict(nlp):
    c = corpus_of(nlp, [("a", "Acme Corp's revenue in 2020 could decline from $40 billion to $30 billion.")])
    assert numeric(c) == []


def test_statement_negation_and_antonymy(nlp):
    c = corpus_of(nlp, [
        ("a", "The chief said: We are not leaving Canada, on the contrary, we are expanding our business in Canada."),
        ("b", "Last year Acme said it was no longer interested in Canada and would focus on Mexico."),
        ("c", "Acme said it would never sell its cloud business."),
        ("d", "Reuters reported that Acme is in talks to sell its cloud business."),
        ("e", "Acme said the weather in Canada was pleasant."),
    ])
    c.story.quotes = [
        # "we" of an unnamed speaker is nobody known: the dispute words make the case (as on huawei-us)
        quote(c, "a", "We are not leaving Canada, on the contrary, we are expanding our business in Canada.", "the chief"),
        quote(c, "b", "it was no longer interested in Canada", "Acme"),
        quote(c, "c", "it would never sell its cloud business", "Acme"),
        quote(c, "d", "Acme is in talks to sell its cloud business", "Reuters"),
        quote(c, "e", "the weather in Canada was pleasant", "Acme"),
    ]
    found = [x for x in conflicts.find(c) if x.kind == "statement"]
    pairs = sorted(tuple(sorted(i.split("-")[1] for i in x.items)) for x in found)
    assert pairs == [("a", "b"), ("c", "d")]
    for x in found:
        for side in x.sides:
            for sp in side.spans:
                assert c.text(sp)


def test_agreeing_statements_are_no_conflict(nlp):
    a = a_stance.read(nlp("We will stay in the Dutch market."))
    b = a_stance.read(nlp("The company is not leaving the Dutch market."))
    assert stance.contradiction(a, b) is None
    d = a_stance.read(nlp("The company is leaving the Dutch market."))
    assert stance.contradiction(a, d) is not None


def test_opposite_predicates_that_share_no_object_are_no_contradiction(nlp):
    """conflicts._unshown relies on this: every Contradiction shares an object word."""
    a = a_stance.read(nlp("The company is leaving the Dutch market."))
    b = a_stance.read(nlp("The company is not leaving the board."))
    assert stance.contradiction(a, b) is None
    c = a_stance.read(nlp("The company is not leaving the Dutch market."))
    found = stance.contradiction(a, c)
    assert found is not None and found.shared


def test_blocking_never_pairs_unrelated_items():
    keys = [{"e:x"}, {"e:x"}, {"e:y"}, set()]
    vecs = np.eye(4, dtype=np.float32)
    assert conflicts.candidate_pairs(keys, vecs) == {(0, 1)}


# ---- end to end on huawei-us


def test_huawei_numeric_conflict_40_60_against_less_than_20(huawei_story):
    figs = {f.id: f for f in huawei_story.figures}
    pairs = [sorted(figs[i].text for i in c.items) for c in huawei_story.conflicts if c.kind == "numeric"]
    assert ["40-60%", "less than 20%"] in pairs


def test_huawei_no_conflict_between_different_measures_unless_disputed(huawei_story):
    figs = {f.id: f for f in huawei_story.figures}
    for c in huawei_story.conflicts:
        if c.kind != "numeric":
            continue
        a, b = (figs[i] for i in c.items)
        texts = {a.text, b.text}
        if texts == {"40-60%", "less than 20%"}:
            continue  # the text itself sets these against each other
        assert r_figures.same_measure(a.measure, b.measure), (a.measure, b.measure)


def test_huawei_statement_conflict_about_leaving_the_us(huawei_story):
    quotes = {q.id: q for q in huawei_story.quotes}
    found = []
    for c in huawei_story.conflicts:
        if c.kind == "statement":
            text = " ".join(quotes[i].text.lower() for i in c.items if i in quotes)
            if "leav" in text or "interested" in text:
                found.append(c)
    assert found, [c.explanation for c in huawei_story.conflicts]


def test_measure_keys_and_periods():
    assert r_figures.same_measure("smartphone sales abroad", "overseas phone sales")
    assert r_figures.same_measure("revenue", "annual revenue")
    assert not r_figures.same_measure("smartphone sales", "share of smartphone sales")
    assert not r_figures.same_measure("revenue", "R&D spending")
    assert r_figures.periods_overlap("2019", "2019-05")
    assert not r_figures.periods_overlap("2019", "2020")
    assert not r_figures.periods_overlap("2019-04", "2019-05")


def test_bounds_and_ranges_as_intervals():
    span = schema.Span(doc="d", start=0, end=1)
    upper = schema.Figure(id="a", text="less than 20%", high=20, unit="%", kind="bound", bound="upper", span=span)
    rng = schema.Figure(id="b", text="40-60%", low=40, high=60, unit="%", kind="range", span=span)
    inside = schema.Figure(id="c", text="40%", value=40, unit="%", span=span)
    assert r_figures.interval(upper) == (0.0, 20)
    assert not r_figures.overlaps(r_figures.interval(upper), r_figures.interval(rng))
    assert r_figures.overlaps(r_figures.interval(inside), r_figures.interval(rng))


def test_statement_conflict_spans_cite_the_predicates(nlp):
    c = corpus_of(nlp, [
        ("c", "Acme said it would never sell its cloud business."),
        ("d", "Reuters reported that Acme is in talks to sell its cloud business."),
    ])
    c.story.quotes = [quote(c, "c", "it would never sell its cloud business", "Acme"),
                      quote(c, "d", "Acme is in talks to sell its cloud business", "Reuters")]
    (conf,) = conflicts.find(c)
    cited = sorted(c.text(sp) for side in conf.sides for sp in side.spans)
    assert cited == ["Acme is in talks to sell its cloud business", "it would never sell its cloud business", "sell", "sell"]


def test_a_denial_contradicts_the_claim_it_denies(nlp):
    c = corpus_of(nlp, [
        ("a", "Washington claimed that Acme's routers could be used to spy on Americans."),
        ("b", "Acme denied that its routers could be used to spy on Americans."),
        ("c", "Acme said that its routers could be used to spy on Americans."),
    ])

    def q(doc_id, text, speaker, cue):
        base = quote(c, doc_id, text, speaker, cue=cue)
        return base.model_copy(update={"cue": cue, "kind": "indirect"})

    c.story.quotes = [q("a", "Acme's routers could be used to spy on Americans", "Washington", "claimed"),
                      q("b", "its routers could be used to spy on Americans", "Acme", "denied"),
                      q("c", "its routers could be used to spy on Americans", "Acme", "said")]
    found = [x for x in conflicts.find(c) if x.kind == "statement"]
    # one disagreement: Washington and Acme's own statement against Acme's denial
    assert [sorted(i.split("-")[1] for i in x.items) for x in found] == [["a", "b", "c"]]
    sides = sorted(sorted(i.split("-")[1] for i in s.items) for s in found[0].sides)
    assert sides == [["a", "c"], ["b"]]


def test_overlapping_quotes_give_one_conflict(nlp):
    c = corpus_of(nlp, [
        ("c", "“Acme will never sell its cloud business,” the chief said."),
        ("d", "Reuters reported that Acme is in talks to sell its cloud business."),
    ])
    c.story.quotes = [quote(c, "c", "Acme will never sell its cloud business", "the chief"),
                      quote(c, "c", "“Acme will never sell its cloud business,” the chief said", "the chief"),
                      quote(c, "d", "Acme is in talks to sell its cloud business", "Reuters")]
    assert len([x for x in conflicts.find(c) if x.kind == "statement"]) == 1


def test_disputed_account_with_a_figure_referring_back(nlp):
    c = corpus_of(nlp, [("a", (
        "Acme said on Friday that the new bridge would cost 600 million pounds. "
        "“We have been open from the start,” its engineer said. "
        "Alice Wong, the finance director, disputed that account. "
        "Wong said the true figure was closer to 700 million pounds."))])
    figs = {f.text: f for f in c.story.figures}
    later = figs["closer to 700 million pounds"]
    assert later.measure == figs["600 million pounds"].measure == "cost"
    (conf,) = numeric(c)
    assert sorted(figs_text for figs_text in (f.text for f in c.story.figures if f.id in conf.items)) == [
        "600 million pounds", "closer to 700 million pounds"]


def test_the_corpus_stage_compares_stored_predicates_without_parsing(huawei_analyses, monkeypatch):
    """Quotes are read in the per-document stage: building the story parses nothing."""
    from storyline import pipeline
    from storyline.analyse import nlp as a_nlp

    assert any(q.predicates for a in huawei_analyses for q in a.quotes)

    def no_parsing(*_a, **_k):
        raise AssertionError("the corpus stage loaded spaCy")

    monkeypatch.setattr(a_nlp, "load", no_parsing)
    monkeypatch.setattr(a_nlp, "fresh", no_parsing)
    story = pipeline.build_story(huawei_analyses)
    assert len([c for c in story.conflicts if c.kind == "statement"]) == 2


def test_a_cue_outside_the_quote_does_not_negate_it(nlp):
    """'Acme denied that X': read in context, X keeps its own polarity; the denial is
    the QuoteItem's flag, applied once by the corpus stage."""
    text = "Acme denied that its routers could be used to spy on Americans."
    s = text.index("its")
    claim = a_stance.read(nlp(text), s, len(text) - 1)
    assert claim.predicates and not any(p.negated for p in claim.predicates)


def test_the_corpus_stage_leaves_its_input_analyses_as_they_were(huawei_dir):
    """Analysed afresh here: the session's fixture has been through the corpus stage."""
    from storyline import pipeline
    from storyline.types import Record

    analyses = [pipeline.analyse_record(Record(source=p.name, text=p.read_text(encoding="utf-8")))
                for p in sorted(huawei_dir.glob("*.txt"))]
    before = [a.model_dump_json() for a in analyses]
    story = pipeline.build_story(analyses)
    # it did date documents and re-anchor their time expressions, on copies
    assert sum(1 for d in story.documents if d.published and d.published.estimated) == 2
    assert [a.model_dump_json() for a in analyses] == before

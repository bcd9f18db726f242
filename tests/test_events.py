"""Events: per-document clauses, cross-document merging, ordering by event date."""

from __future__ import annotations

from storyline import schema
from storyline.types import DocAnalysis


def test_clause_events_and_timex_link(nlp):
    from storyline.analyse import events, parse, timex

    text = "Huawei sold its Honor brand in November. A month after being put on the blacklist, the founder said sales recovered."
    a = DocAnalysis(version="t", document=schema.Document(id="d", text=text))
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    a.timexes = timex.extract(sdoc, a)
    items = events.extract(sdoc, a)
    for e in items:
        assert text[e.start : e.end] == e.text
    sold = next(e for e in items if e.trigger == "sold")
    assert a.timexes[sold.timex].text == "November"
    put = next(i for i, e in enumerate(items) if e.trigger == "put")
    said = next(e for e in items if e.trigger == "said")
    assert said.extra.get("after_event") == put  # "a month after" links to the blacklisting


def test_huawei_honor_sale_dated_2020_11(huawei_story):
    evs = [e for e in huawei_story.events if "Honor smartphone brand" in e.summary]
    assert evs and all(e.date.value == "2020-11" for e in evs)


def test_huawei_blacklisting_one_event(huawei_story):
    docs = {d.id: d.text for d in huawei_story.documents}
    def told(m):
        t = docs[m.doc][m.start : m.end]
        return t.startswith("being put on the") or t.startswith("Huawei was placed on the US list")

    evs = [e for e in huawei_story.events if any(told(m) for m in e.mentions)]
    assert len(evs) == 1
    ev = evs[0]
    assert ev.date.value == "2019"
    assert len({m.doc for m in ev.mentions}) >= 2
    assert any("placed on the US list" in docs[m.doc][m.start : m.end] for m in ev.mentions)


def test_huawei_events_ordered_and_cited(huawei_story):
    from storyline import timenorm

    docs = {d.id: d.text for d in huawei_story.documents}
    dated = [e for e in huawei_story.events if e.date.value]
    starts = [timenorm.interval(e.date.value)[0] for e in dated]
    assert starts == sorted(starts)
    seen_undated = False
    for e in huawei_story.events:
        if e.date.value is None:
            seen_undated = True
        else:
            assert not seen_undated, "undated events come last"
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(docs[m.doc])
    ids = [e.id for e in huawei_story.events]
    assert len(ids) == len(set(ids))

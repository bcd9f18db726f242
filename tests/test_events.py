"""Events: per-document clauses, cross-document merging, ordering by event date."""

from __future__ import annotations

import pytest
from pipeline_helpers import events_of as _events_of

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
    assert said.after_event == put  # "a month after" links to the blacklisting


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


def test_event_relative_date_from_the_corpus(nlp):
    """'A month after being put on the list' takes the date another document gives the listing."""
    from storyline.analyse import events, parse, timex
    from storyline.resolve import events as r_events
    from storyline.resolve.corpus import Corpus

    def analyse(doc_id, text):
        a = DocAnalysis(version="t", document=schema.Document(id=doc_id, text=text, published=schema.Published(value="2019-08-01", source="metadata")))
        sdoc = nlp(text)
        a.sentences = parse.sentences(sdoc, [])
        a.timexes = timex.extract(sdoc, a)
        a.events = events.extract(sdoc, a)
        return a

    a = analyse("a", "The company was placed on the trade blacklist in May 2019.")
    b = analyse("b", "A month after being put on the trade blacklist, the founder said sales recovered.")
    out = r_events.merge(Corpus(analyses=[a, b]))
    listing = [e for e in out if any(m.doc == "a" for m in e.mentions)]
    assert listing and listing[0].date.value == "2019-05"
    assert {m.doc for m in listing[0].mentions} == {"a", "b"}
    ev = listing[0].date.evidence[0]
    assert a.document.text[ev.start : ev.end] == "May 2019"
    said = [e for e in out if e.summary.startswith("A month after") and all(m.doc == "b" for m in e.mentions) and "said" in b.document.text[e.mentions[0].start : e.mentions[0].end]]
    assert said and said[0].date.value == "2019-06"
    assert b.document.text[said[0].date.evidence[0].start : said[0].date.evidence[0].end] == "A month"


def _story_events(docs: dict[str, str]):
    """The corpus stage's events over short dated articles (entities resolved, so actors count)."""
    from storyline.pipeline import analyse_record, build_story
    from storyline.types import Record

    analyses = [analyse_record(Record(source=name, text=text, date="2021-03-01")) for name, text in docs.items()]
    story = build_story(analyses)
    texts = {d.id: d.text for d in story.documents}
    return story, [[texts[m.doc][m.start : m.end] for m in e.mentions] for e in story.events]


def _together(groups, a: str, b: str) -> bool:
    return any(any(a in t for t in g) and any(b in t for t in g) for g in groups)


def test_different_happenings_of_one_company_not_merged():
    # a ban and a sale with the same actors in the same year are two events
    _, groups = _story_events({
        "a.txt": "The United States banned Huawei from buying American chips in 2020. Officials cited security.",
        "b.txt": "Huawei sold its Honor smartphone brand in 2020, as sanctions by the United States bit.",
    })
    assert not _together(groups, "banned Huawei", "sold its Honor")


def test_same_happening_other_words_merged_by_actors():
    # same kind of happening (designate ~ place on a list), the same two actors, compatible dates
    _, groups = _story_events({
        "a.txt": "In May 2019 the United States placed Huawei on its trade blacklist, the Commerce Department said.",
        "b.txt": "In 2019 the United States designated Huawei a threat to its security, officials in Washington said.",
    })
    assert _together(groups, "placed Huawei", "designated Huawei")


def test_same_kind_other_target_not_merged():
    # the same words, one agent, but two different companies listed: two events
    _, groups = _story_events({
        "a.txt": "In May 2019 the United States placed Huawei on its trade blacklist.",
        "b.txt": "In 2019 the United States placed ZTE on its trade blacklist.",
    })
    assert not _together(groups, "placed Huawei", "placed ZTE")


def test_one_event_per_summary_sentence_on_huawei(huawei_story):
    """Clauses of one sentence are one row: the corpus's 2019 listing sentence, whose
    ", which prevented ..." clause tells the listing's sequel, is the dated blacklisting,
    not also an undated event with the same sentence."""
    from collections import Counter

    counts = Counter(e.summary for e in huawei_story.events)
    assert [s for s, n in counts.items() if n > 1] == []
    listed = [e for e in huawei_story.events if e.summary.startswith("Huawei was placed on the US list")]
    assert len(listed) == 1 and listed[0].date.value == "2019"


def test_undated_events_say_when_they_were_first_reported(huawei_story):
    """Not its date: when it was first reported, which a reader can order by."""
    from storyline.render.markdown import render

    published = {d.id: d.published.value for d in huawei_story.documents}
    undated = [e for e in huawei_story.events if not e.date.value]
    assert undated and all(e.date.reported is None for e in huawei_story.events if e.date.value)
    with_dated_docs = [e for e in undated if any(published[m.doc] for m in e.mentions)]
    reported = [e for e in with_dated_docs if e.date.reported]
    assert len(reported) >= len(with_dated_docs) * 3 // 4  # only future-tense reports have none
    for e in reported:  # the earliest publication date among its documents (years here)
        assert e.date.reported == min(published[m.doc] for m in e.mentions if published[m.doc])
    # the clause told after the blacklisting (dated by that "after" clause alone, so undated) is
    # its own card, shown as its own clause
    turned_away = next(e for e in undated if e.summary.startswith("Huawei was turned away"))
    assert turned_away.date.reported == "2019"
    # undated events come after the dated ones, those reported earlier first
    keys = [e.date.reported or "9999" for e in undated]
    assert keys == sorted(keys)
    assert "| undated · reported 2019 | Huawei was turned away" in render(huawei_story)


def _triggers(nlp, text: str) -> list[str]:
    from storyline.analyse import events, parse, timex

    a = DocAnalysis(version="t", document=schema.Document(id="d", text=text))
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    a.timexes = timex.extract(sdoc, a)
    return [e.trigger for e in events.extract(sdoc, a)]


def test_reporting_verb_with_object_is_not_an_event(nlp):
    # "deny" is flagged "+" in reporting_verbs.txt; the stop list once dropped only "*"
    # and so kept every "+" verb (deny, claim, accuse, announce) as an event trigger.
    # (A reporting verb that governs a date, "denied ... on Tuesday", stays an event: a dated act.)
    assert _triggers(nlp, "Huawei denied the allegations.") == []
    assert _triggers(nlp, "The union accused the operator of bad faith.") == []


def test_happening_beside_a_reporting_verb_still_fires(nlp):
    # must-fire twin: the same sentence shape with a verb of happening is an event
    assert _triggers(nlp, "Huawei sold the division.") == ["sold"]
    assert _triggers(nlp, "The union blocked the depot.") == ["blocked"]


def test_every_reporting_verb_is_a_stop_lemma():
    from storyline import lexicon
    from storyline.analyse import events

    verbs = set(lexicon.flagged("reporting_verbs.txt"))
    assert {"deny", "claim", "accuse", "announce", "say", "hope"} <= verbs
    assert verbs <= events.stop_lemmas()
    assert "sell" not in events.stop_lemmas()


# --- cross-document merges demand evidence of one happening (audit H1N1 V8/V9, haiti V5) ---


def _event_with(events, doc: str, words: str):
    return next(e for e in events if any(d == doc and words in t for d, t in e[1]))


def test_cross_document_pair_of_one_happening_merges():
    # must-merge twin: the same kind of happening, the same participants, the later report
    # telling it undated: one event, dated by the report that dates it
    evs = _events_of({
        "a.txt": ("The city council closed the Wexford bridge on Tuesday after the storm damaged it.", "2021-03-11"),
        "b.txt": ("The city council closed the Wexford bridge after the storm, and traffic was diverted.", "2021-03-15"),
    })
    date, mentions = _event_with(evs, "b.txt", "closed the Wexford bridge")
    assert ("a.txt", "The city council closed the Wexford bridge on Tuesday") in mentions or any(
        d == "a.txt" and "closed the Wexford bridge" in t for d, t in mentions)
    assert date == "2021-03-09"


def test_report_older_than_the_date_keeps_its_happening_apart():
    # the look-alike: the same words, but the undated report was published before the day
    # the other dates: it cannot tell that happening, so it is not given its date
    evs = _events_of({
        "a.txt": ("The city council closed the Wexford bridge on Tuesday after the storm damaged it.", "2021-03-11"),
        "b.txt": ("The city council closed the Wexford bridge after the storm, and traffic was diverted.", "2021-03-01"),
    })
    date, mentions = _event_with(evs, "b.txt", "closed the Wexford bridge")
    assert {d for d, _ in mentions} == {"b.txt"} and date is None


def test_unresolved_today_takes_no_other_documents_date():
    # "said today" in an article nobody dates has a day of its own, unknown: it is not the
    # dated article's "today" (audit H1N1 V9: Brown's 29 April statement dated 5 May)
    evs = _events_of({
        "a.txt": ("The city council closed the Wexford bridge today after the storm damaged it.", None),
        "b.txt": ("The city council closed the Wexford bridge on Tuesday after the storm damaged it.", "2021-03-11"),
    })
    date, mentions = _event_with(evs, "a.txt", "closed the Wexford bridge")
    assert {d for d, _ in mentions} == {"a.txt"} and date is None
    date_b, _ = _event_with(evs, "b.txt", "closed the Wexford bridge")
    assert date_b == "2021-03-09"


def _ref(doc, lemma, actors=(), args=(), date=None, tense="past", not_after=None, own_time=None):
    from storyline.resolve.events import MentionRef

    return MentionRef(doc=doc, index=0, start=0, end=1, sentence=(0, 1), text="", lemma=lemma, tense=tense, negated=False,
                      actors=set(actors), date=date, granularity="day" if date else None, args=tuple(args),
                      not_after=not_after, own_time=own_time)


def test_same_event_evidence_rules():
    from storyline.resolve.events import common_terms, same_event_evidence, same_kind

    close_a = _ref("a", "close", actors={"e-bridge"}, args=("bridge",), date="2021-03-09")
    close_b = _ref("b", "close", actors={"e-bridge"}, args=("bridge",), not_after="2021-03-15")
    assert same_event_evidence(close_a, close_b)
    # twins that must not: no shared participant; a stative or split-off lemma; a report
    # older than the date; an unresolved time of its own
    assert not same_event_evidence(close_a, _ref("b", "close", actors={"e-school"}, args=("school",)))
    assert not same_kind(_ref("a", "re"), _ref("b", "re"))  # "re-named" / "re-scheduled"
    assert not same_kind(_ref("a", "be"), _ref("b", "be"))
    assert not same_event_evidence(close_a, _ref("b", "close", actors={"e-bridge"}, not_after="2021-03-01"))
    # an unresolved time of its own takes another's date only when its reading fits it
    from storyline.types import TimeReading

    today, tuesday, wednesday = (TimeReading(kind="off", unit="day", offset=0), TimeReading(kind="wd", weekday=1),
                                 TimeReading(kind="wd", weekday=2))
    assert not same_event_evidence(close_a, _ref("b", "close", actors={"e-bridge"}, own_time=today))
    assert not same_event_evidence(close_a, _ref("b", "close", actors={"e-bridge"}, own_time=wednesday))
    assert same_event_evidence(close_a, _ref("b", "close", actors={"e-bridge"}, own_time=tuesday))  # 2021-03-09
    # a participant every other article names is the story's setting, not evidence
    ms = [_ref(d, "return", actors={"e-mexico"}, args=("people",)) for d in "abcdefgh"]
    assert common_terms(ms) == {"e-mexico", "people"}
    assert not same_event_evidence(ms[0], ms[1], common_terms(ms))
    assert same_event_evidence(ms[0], ms[1])  # two articles alone: their shared actor counts


def test_a_clause_naming_a_time_takes_no_other_date():
    # a war named with its year ("the 1991 war") is the noun's date, so the clause is undated,
    # but it has a time of its own: it is not the 1979 spill told a sentence before (audit bpoil)
    evs = _events_of({"a.txt": (
        "The worst coastal leak occurred in 1979 at the Port Ellery terminal. "
        "The worst inland leak occurred in the aftermath of the 1991 Gulf War.", "2010-05-14")})
    date, mentions = _event_with(evs, "a.txt", "aftermath")
    assert date != "1979" and not any("1979" in t for _, t in mentions)


# --- one article, one clause: dated when it tells a happening on that date, not otherwise ---

# (text, published, date, words): no event whose mentions hold ``words`` (None: any event) is
# dated ``date`` (None: any date); each rule's must-fire twin is a row of _DATED
_NOT_DATED = [
    # the fold of one sentence's clauses: a dated relative clause told after the main one
    # does not date it (audit bpoil: "BP accepted some responsibility" dated April 20)
    pytest.param("The firm accepted some blame for the blast but faulted its contractor, "
                 "which had cemented the well that ruptured on April 20.", "2010-09-08", None, "accepted",
                 id="later-relative-clause"),
    # scope item 3: "due later this month" is the vote's planned day, not when it was delayed
    pytest.param("Officials said the vote, due later this month, was delayed after protests.", "2010-06-15", None,
                 "delayed", id="forecast"),
    # audit bpoil V14: "set July 8 for oral arguments" was set by June 29, not on July 8
    pytest.param("A district court set July 8 for closing arguments in the appeal.", "2010-06-29", "2010-07-08", "set",
                 id="verb-sets-a-date"),
    # audit H1N1 V6: a present comparison with "Sars in 2003": 2003 is the Sars outbreak's
    pytest.param("It looks milder than Sars in 2003, but it may last longer.", "2009-04-27", "2003", None,
                 id="present-state"),
    # audit H1N1 V6 again: the article had no date, so "2003" could not be told from now
    pytest.param("It looks milder than Sars in 2003, but it may last longer.", None, "2003", None,
                 id="present-state-undated"),
    # audit H1N1 (rebuilt): "Thomas Cook has canceled holidays to Cancun uuntil 22 May" in a
    # 5 May article; the typo hid the bound, and the cancelling was dated 22 May
    pytest.param("Thomas Cook has canceled holidays to Cancun uuntil 22 May.", "2009-05-05", "2009-05-22", None,
                 id="past-happening-after-report"),
    # audit bpoil (rebuilt): "unless we're still talking about this in 2011" was an event of 2011
    pytest.param('He did not think BP would seek bankruptcy unless "we are still talking '
                 'about this in 2011 and the bill has reached $100 billion."', "2010-06-10", "2011", None, id="condition"),
    # audit H1N1 (rebuilt): "exams are scheduled from now into June" were dated June
    # (a happening the reader keeps: the row's first wording gave no event at all, so it could not fail)
    pytest.param("Driving tests and school exams were moved from now into June.", "2009-05-05", "2009-06", "moved",
                 id="into-a-month"),
]


@pytest.mark.parametrize(("text", "published", "date", "words"), _NOT_DATED)
def test_a_clause_that_tells_no_happening_on_a_date_is_not_dated_so(text, published, date, words):
    evs = _events_of({"a.txt": (text, published)})
    assert not any((d == date if date else d) and (words is None or any(words in t for _, t in ms)) for d, ms in evs), evs
    # the row is about an event the reader keeps: one holding ``words`` is there, undated so
    assert words is None or any(words in t for _, ms in evs for _, t in ms), evs


# (text, published, words, date): the event whose mention holds ``words`` is dated ``date``
_DATED = [
    # twin of "forecast": a past day dates it
    pytest.param("The storm killed 12 people in Cuba on Sunday.", "2010-06-15", "killed 12 people", "2010-06-13",
                 id="forecast-twin-past-day"),
    # twins of "verb-sets-a-date": a day the setting happened on, and a verb not of setting, keep their dates
    pytest.param("A U.S. appeals court ruled July 8 that the ban stands.", "2010-07-09", "ruled", "2010-07-08",
                 id="verb-sets-twin-ruled"),
    pytest.param("The board met Thursday for three hours.", "2010-07-09", "met", "2010-07-08", id="verb-sets-twin-met"),
    # twin of "present-state": a past verb with the same year is dated
    pytest.param("Sars killed hundreds of people in 2003.", "2009-04-27", "killed", "2003", id="present-state-twin-past"),
    # twin of "past-happening-after-report": a past day before the report dates it
    pytest.param("Thomas Cook canceled holidays to Cancun on 2 May.", "2009-05-05", "canceled holidays", "2009-05-02",
                 id="past-happening-twin-before-report"),
    # twin of "condition": the same clause told as a happening is one
    pytest.param("Analysts were still talking about the spill in 2011.", "2012-06-10", "talking", "2011",
                 id="condition-twin-happening"),
    # twin of "into-a-month": "in June" dates it
    pytest.param("The exams were held in June.", "2009-09-05", "held", "2009-06", id="into-a-month-twin-in-june"),
]


@pytest.mark.parametrize(("text", "published", "words", "date"), _DATED)
def test_a_clause_that_tells_a_happening_on_a_date_is_dated_so(text, published, words, date):
    got, _ = _event_with(_events_of({"b.txt": (text, published)}), "b.txt", words)
    assert got == date


def _cards(docs: dict[str, tuple[str, str | None]]) -> list[tuple[str | None, str]]:
    from storyline.pipeline import analyse_record, build_story
    from storyline.types import Record

    story = build_story([analyse_record(Record(source=n, text=t, date=d)) for n, (t, d) in docs.items()])
    return [(e.date.value, e.summary) for e in story.events]


def test_a_relative_clauses_date_dates_only_its_noun_phrase():
    # audit bpoil V2/V10: a card showing the whole sentence, dated by its relative clause
    # ("the rig that exploded on April 20"), said the main event ("fears are growing") was then
    text = ("Worries of a long crisis for the Port Ellery coast are mounting after the setback for Acme Corp, "
            "which hired the Sea Lion rig that blew up on April 20, killing 9 workers.")
    cards = _cards({"a.txt": (text, "2010-05-10")})
    dated = [(d, s) for d, s in cards if d]
    assert dated and all(not s.startswith("Worries") for _, s in dated), cards
    assert any(d == "2010-04-20" and s.startswith("the Sea Lion rig that blew up") for d, s in dated)
    text = ("The well has dumped 3 million barrels of oil into the bay, nearly nine times the amount "
            "that the tanker Sea Lion spilled into Port Ellery harbour in 1989.")
    cards = _cards({"b.txt": (text, "2010-06-15")})
    assert all(not s.startswith("The well") for d, s in cards if d == "1989"), cards


def test_twin_a_main_clauses_date_shows_its_sentence():
    text = "The Sea Lion rig blew up on April 20, killing 9 workers."
    cards = _cards({"a.txt": (text, "2010-05-10")})
    assert ("2010-04-20", text) in cards, cards


def test_a_clause_outside_a_dated_noun_phrase_keeps_its_own_card():
    # audit H1N1 V2: the card shows the dated relative clause (a pair who flew back on a
    # day); the outbreaks "affected" an area at another time, and joined that card as a second span
    text = ("Jane Roe said the pair who flew back to Port Ellery on April 21 had not been in "
            "a region affected by the recent outbreaks of the flu.")
    evs = _events_of({"a.txt": (text, "2009-04-26")})
    dated = [ms for date, ms in evs if date == "2009-04-21"]
    assert dated and not any("affected" in t for ms in dated for _, t in ms), evs
    assert any(date is None and any("affected" in t for _, t in ms) for date, ms in evs), evs


def test_a_restrictive_relative_clause_is_not_folded_into_the_dated_clause():
    # audit bpoil V30: lawsuits "that have been filed" over the spill were filed over
    # months, not on the Tuesday of the report; it keeps a card of its own showing its noun phrase
    text = ("The Port Ellery Herald reported on Tuesday the state attorney is likely to join "
            "the many hundreds of civil suits that have been lodged because of the leak.")
    evs = _events_of({"a.txt": (text, "2010-12-14")})
    date, ms = _event_with(evs, "a.txt", "reported on Tuesday")
    assert date == "2010-12-14" and not any("lodged" in t for _, t in ms), evs
    cards = _cards({"a.txt": (text, "2010-12-14")})
    assert any(d is None and "civil suits that have been lodged" in s and not s.startswith("The Port")
               for d, s in cards), cards  # its noun phrase, not the reported sentence


def test_twin_a_non_restrictive_clause_still_joins():
    # twin: ", which prevented ..." tells a sequel of the dated placing (the fold's own case)
    evs = _events_of({"b.txt": ("The company was placed on the trade list in May 2019, which prevented "
                                "American firms from selling it chips.", "2020-01-10")})
    date, ms = _event_with(evs, "b.txt", "placed on the trade list")
    assert date == "2019-05" and any("prevented" in t for _, t in ms)


def test_a_forecast_card_shows_its_clause_not_the_past_sentence():
    # "a decision expected to be confirmed next week" dates the confirming, ahead of the
    # report; the card must not show "The company cut 500 jobs" under that week
    text = "The company cut 500 jobs, a decision expected to be confirmed next week."
    cards = _cards({"a.txt": (text, "2010-06-15")})
    assert ("2010-W25", "to be confirmed next week") in cards, cards
    assert not any(d and "cut 500 jobs" in s for d, s in cards), cards
    assert any(d is None and "cut 500 jobs" in s for d, s in cards), cards  # kept, undated
    # twin: a past clause's date shows its sentence
    text = "The company cut 500 jobs last week, and the union protested."
    cards = _cards({"b.txt": (text, "2010-06-15")})
    assert any(d == "2010-W23" and s == text for d, s in cards), cards


def test_a_reduced_relative_clause_shows_its_noun_phrase():
    # audit bpoil V8 (the card said the yield rose in 2011): a participle on a noun is a
    # relative clause; its date is the noun's, the card shows that, not the sentence
    text = "The rig, built in 2001, sank in the Gulf after the blast."
    cards = _cards({"a.txt": (text, "2010-06-10")})
    assert ("2001", "The rig, built in 2001") in cards, cards
    assert not any(d == "2001" and s == text for d, s in cards), cards


def test_an_undated_present_perfect_is_not_another_documents_dated_day():
    # audit bpoil V23: "have all traded blame over the rig accident" (November) sums up
    # months; it is not the Sep 8 exchange "traded blame on Wednesday"
    evs = _events_of({
        "a.txt": ("BP and its partners traded blame on Wednesday over the Gulf rig accident.", "2010-09-08"),
        "b.txt": ("BP and its partners have all traded blame over the Gulf rig accident.", "2010-11-16"),
    })
    date, ms = _event_with(evs, "a.txt", "traded blame on Wednesday")
    assert date == "2010-09-08" and not any(d == "b.txt" for d, _ in ms), evs


def test_twin_an_undated_simple_past_can_be_the_dated_day():
    evs = _events_of({
        "a.txt": ("The city council closed the Wexford bridge on Tuesday after the storm damaged it.", "2021-03-11"),
        "b.txt": ("The city council closed the Wexford bridge after the storm, and traffic was diverted.", "2021-03-15"),
    })
    date, ms = _event_with(evs, "b.txt", "closed the Wexford bridge")
    assert date == "2021-03-09" and any(d == "a.txt" for d, _ in ms)
    # ... while the same told in the present perfect stays apart
    evs = _events_of({
        "a.txt": ("The city council closed the Wexford bridge on Tuesday after the storm damaged it.", "2021-03-11"),
        "b.txt": ("The city council has closed the Wexford bridge after the storm, and traffic was diverted.", "2021-03-15"),
    })
    date, ms = _event_with(evs, "b.txt", "closed the Wexford bridge")
    assert not any(d == "a.txt" for d, _ in ms), evs


def test_a_clause_after_a_temporal_conjunction_does_not_share_the_main_clauses_date():
    # audit bpoil V18: a gain "on Monday after reports surfaced": the reports came
    # before the gain; the card must not cite them as Monday's
    text = ("The shares had risen on Monday after rumours surfaced that the finance chief "
            "would be fired by the board.")
    evs = _events_of({"a.txt": (text, "2010-07-27")})
    date, ms = _event_with(evs, "a.txt", "risen on Monday")
    assert date == "2010-07-26" and not any(t.startswith("rumours surfaced") for _, t in ms), evs
    # twin: a coordinated clause is the same day's (the row "coordinated-clause" of _JOINED)


# (text, published, words, date, clause, joins): the event whose mention holds ``words`` is
# dated ``date`` and the clause holding ``clause`` is (joins) or is not one of its mentions
_JOINED = [
    # twin of test_a_clause_after_a_temporal_conjunction_...: a coordinated clause is the same day's
    pytest.param("On Saturday rebels seized the town and killed 20 soldiers.", "2010-07-27", "seized the town",
                 "2010-07-24", "killed 20 soldiers", True, id="coordinated-clause"),
    # twin of the row "later-relative-clause" of _NOT_DATED: an undated clause told after the
    # dated one still joins it (one row per sentence)
    pytest.param("The company was placed on the trade list in May 2019, which prevented "
                 "American firms from selling it chips.", "2020-01-10", "placed on the trade list", "2019-05",
                 "prevented", True, id="undated-clause-after-a-dated-one"),
    # audit bpoil (rebuilt): a chief who "told Reuters on Friday" the firm would pay
    # "those affected": the spill's victims were not affected on Friday
    pytest.param("Acme Corp Chief Executive Officer Jane Roe told Reuters on Friday the firm will "
                 "compensate all those affected by the gas leak.", "2010-04-30", "told Reuters on Friday", "2010-04-30",
                 "affected", False, id="those-affected"),
    # audit bpoil (rebuilt): a sum "banked" in 2008 alone, and a total the senator "has
    # lined" her fund with overall: the lining is the total to date, not 2008's
    pytest.param("Roe banked almost $12,000 from the chemicals firm in 2008 alone and has lined her "
                 "campaign fund with more than $20,000 in Acme cash overall.", "2010-05-05", "banked", "2008", "lined", False,
                 id="present-perfect-clause"),
    # audit H1N1 (rebuilt): advice issued over the weekend, "mirroring that already
    # supplied" to other schools: that earlier advice came before the weekend
    pytest.param("Over the weekend private clinics were given guidance on the steps to take in "
                 "case of a flood, mirroring that already supplied to public hospitals.", "2009-05-05",
                 "were given guidance", "2009-W18-WE", "supplied", False, id="already"),
    # audit H1N1 V10: the date is the confirming's, which the main clause comes after; the
    # stepping up is another happening and is not cited under that day
    pytest.param("After the four Danish cases of measles confirmed yesterday the Board of Welfare stepped "
                 "up its vaccination campaign.", "2009-04-30", "confirmed yesterday", "2009-04-29",
                 "stepped up", False, id="main-clause-after-a-dated-after-clause"),
    # twin: "when" tells the same time, and the main clause joins the dated card
    pytest.param("When the four Danish cases of measles were confirmed yesterday the Board of Welfare "
                 "stepped up its vaccination campaign.", "2009-04-30", "confirmed yesterday", "2009-04-29",
                 "stepped up", True, id="main-clause-of-a-dated-when-clause"),
]


@pytest.mark.parametrize(("text", "published", "words", "date", "clause", "joins"), _JOINED)
def test_a_clause_joins_a_dated_card_only_when_it_is_that_days(text, published, words, date, clause, joins):
    evs = _events_of({"a.txt": (text, published)})
    got, ms = _event_with(evs, "a.txt", words)
    assert got == date and any(clause in t for _, t in ms) == joins, evs


def test_a_past_year_does_not_date_a_present_state_when_the_corpus_dates_the_document():
    # the same, when the document's date is not known to the per-document stage (an undated
    # article dated later): the corpus stage checks it against the date it uses
    from storyline import schema as sch
    from storyline.resolve import events as rev

    assert rev._past_year_of_a_present("present", "2003", "year", sch.Published(value="2009-04-27"))
    assert not rev._past_year_of_a_present("past", "2003", "year", sch.Published(value="2009-04-27"))
    assert not rev._past_year_of_a_present("present", "2010", "year", sch.Published(value="2009-04-27"))
    assert not rev._past_year_of_a_present("present", "2003", "year", None)


def test_twin_a_happening_told_in_the_present_keeps_its_year():
    # twin of the row "present-state-undated" of _NOT_DATED: "opens" is no state
    evs = _events_of({"b.txt": ("The plant opens in 2022.", "2021-02-10")})
    assert any(date == "2022" for date, _ in evs), evs


def test_a_clause_kept_apart_from_a_dated_card_shows_its_own_clause():
    # the stepping up keeps a card of its own, undated, which shows its clause: the whole
    # sentence would show "confirmed yesterday" beside a card that is not yesterday's
    text = ("After the four Danish cases of measles confirmed yesterday the Board of Welfare stepped "
            "up its vaccination campaign.")
    cards = _cards({"a.txt": (text, "2009-04-30")})
    assert any(d is None and s.startswith("the Board of Welfare stepped up") for d, s in cards), cards
    assert not any(d is None and s == text for d, s in cards), cards


def test_two_named_doers_are_two_happenings():
    # audit haiti V8: one singer "who has already recorded her vocals" and another
    # "recording her vocals at the weekend": the same kind and object, two doers
    evs = _events_of({
        "a.txt": ("The singer Anna Berg recorded her vocals for the charity single in a London studio "
                  "at the weekend.", "2010-01-27"),
        "b.txt": ("Maria Costa, who recorded her vocals for the charity single in a London studio, "
                  "said it was an honour.", "2010-01-26"),
    })
    date, ms = _event_with(evs, "a.txt", "recorded her vocals")
    assert not any(d == "b.txt" for d, _ in ms), evs


def test_twin_one_named_doer_is_one_happening():
    evs = _events_of({
        "a.txt": ("The singer Anna Berg recorded her vocals for the charity single in a London studio "
                  "at the weekend.", "2010-01-27"),
        "b.txt": ("Anna Berg, who recorded her vocals for the charity single in a London studio, "
                  "said it was an honour.", "2010-01-26"),
    })
    date, ms = _event_with(evs, "a.txt", "recorded her vocals")
    assert any(d == "b.txt" for d, _ in ms), evs

"""Document dates estimated from content: short texts, then the huawei-us corpus."""

from __future__ import annotations

import pytest

from storyline import schema
from storyline.resolve import dating
from storyline.types import DocAnalysis, TimeReading


def _analysis(nlp, text, published=None):
    from storyline.analyse import events, parse, timex

    doc = schema.Document(id="d1", text=text, published=published or schema.Published())
    a = DocAnalysis(version="t", document=doc)
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    a.timexes = timex.extract(sdoc, a)
    a.events = events.extract(sdoc, a)
    return a


def test_completed_period_dates_after_it(nlp):
    a = _analysis(nlp, "The firm achieved record profit for 2020. It sold its unit in November.")
    p = dating.estimate(a)
    assert p.value == "2021" and p.estimated and p.earliest == "2021-01-01"
    assert p.evidence and "2020" in a.document.text[p.evidence[0].start : p.evidence[0].end]
    dating.reanchor(a, p)
    nov = next(t for t in a.timexes if t.text == "November")
    assert nov.value == "2020-11"  # the last November before early 2021


def test_year_figure_reported_dates_after_it(nlp):
    # a year's figure in the past: the year is over; a later year it looks ahead to does not move it
    a = _analysis(nlp, "In 1988, the company earned $1.7 billion. Capital spending in 1990 will rise slightly.")
    p = dating.estimate(a)
    assert p.value == "1989" and p.earliest == "1989-01-01" and p.latest == "1989-12-31"


@pytest.mark.parametrize("text", ["The plant closed in 2009 after a fire.", "The company earned praise in 2009."])
def test_year_event_without_figure_is_a_bound(nlp, text):
    # a happening in a year (no figure reported for the whole year) may be told within that year
    p = dating.estimate(_analysis(nlp, text))
    assert p.value is None and p.earliest == "2009-01-01"


def test_past_and_future_years(nlp):
    # two calendar years apart: a 2018 article looking ahead or a 2019 one looking back;
    # an interval that holds, no value
    a = _analysis(nlp, "In 2018, the company sold 200 million phones. Revenue will not be reduced in 2019.")
    p = dating.estimate(a)
    assert p.value == "2019"
    assert p.earliest == "2019-01-01" and p.latest == "2019-12-31"


def test_past_day_and_next_year_give_no_value(nlp):
    # a day told in the past and next year told as future: this year looking ahead as
    # likely as next year looking back; an interval that holds, no value
    a = _analysis(nlp, "The company sold its unit on 16 June 2010. Revenue will not be reduced in 2011.")
    p = dating.estimate(a)
    assert p.value is None
    assert p.earliest == "2010-06-16" and p.latest == "2011-12-31"


def test_past_and_future_within_one_year_give_it(nlp):
    a = _analysis(nlp, "The company sold its unit in March 2019. It will close the plant in November 2019.")
    p = dating.estimate(a)
    assert p.value == "2019" and p.earliest == "2019-03-01" and p.latest == "2019-11-30"


def test_bounds_and_horizons_are_not_evidence(nlp):
    # "by 2020", "since 1968": a limit of something, not when the text is told
    p = dating.estimate(_analysis(nlp, "Ship owners committed to a worldwide limit on sulphur by 2020."))
    assert p is None or (p.earliest is None and p.latest is None)
    p = dating.estimate(_analysis(nlp, "No one knows whether this virus will trigger the first pandemic since 1968."))
    assert p.latest is None and p.earliest == "1968-01-01"  # "since 1968": no earlier, whatever the tense
    # twins: the same years as the clause's own time bound the date
    assert dating.estimate(_analysis(nlp, "Ship owners agreed a worldwide limit on sulphur in 2009.")).earliest == "2009-01-01"
    assert dating.estimate(_analysis(nlp, "This virus will trigger a pandemic in 2011.")).latest == "2011-12-31"


def test_print_stamp_bounds_from_above(nlp):
    text = ("The minister resigned after the vote. A version appeared on p27 of the Weekend section of the Guardian "
            "on Thursday 3 June 2010.")
    p = dating.estimate(_analysis(nlp, text))
    assert p.value is None and p.earliest is None and p.latest == "2010-06-03"
    # twin: the same day told as a happening is a lower bound
    p = dating.estimate(_analysis(nlp, "The minister resigned on Thursday 3 June 2010 after the vote."))
    assert p.earliest == "2010-06-03" and p.latest is None


def test_only_a_deictic_year_fixes_the_year(nlp):
    # "the most recent year with figures" does not count from the document's year
    p = dating.estimate(_analysis(nlp, "In 2006, the most recent year with figures, 500 people died."))
    assert p.value is None
    # twin: "two years ago" beside 1996 does
    p = dating.estimate(_analysis(nlp, "In 1996, two years ago, the company was sold."))
    assert p.value == "1998"


def test_past_day_alone_is_a_bound(nlp):
    a = _analysis(nlp, "The plant closed on March 3, 2015, after a fire.")
    p = dating.estimate(a)
    assert p.value is None and p.earliest == "2015-03-03"


def test_year_before_a_noun_is_no_bound(nlp):
    # "predicted 1990 earnings" is past, but 1990 is the year forecast, not when it happened
    a = _analysis(nlp, "Analysts predicted 1990 earnings of $3 a share. The firm sold its unit in 1984.")
    p = dating.estimate(a)
    assert p.earliest == "1984-01-01" and p.value is None
    assert "1984" in p.note and "1990" not in p.note


def test_bracketed_month(nlp):
    a = _analysis(nlp, "The plant closed on March 3, 2015. It will reopen on March 20, 2015.")
    assert dating.estimate(a).value == "2015-03"


def test_no_absolute_date_is_null(nlp):
    a = _analysis(nlp, "Last week the company said it would leave the market. It will grow next year.")
    assert dating.estimate(a) is None


def test_future_only_is_too_weak(nlp):
    a = _analysis(nlp, "The company will open a plant in 2030.")
    p = dating.estimate(a)
    assert p.value is None and p.latest == "2030-12-31"


def test_metadata_date_is_kept():
    from storyline.resolve.corpus import Corpus

    doc = schema.Document(id="x", text="It happened in 2010.", published=schema.Published(value="2020-05-01", source="metadata"))
    c = Corpus(analyses=[DocAnalysis(version="t", document=doc)])
    assert dating.date_documents(c) == {}


def test_bound_from_an_event_placed_relative_to_a_dated_one(nlp):
    """'A month after being put on the list, he said' in an undated text: no earlier than a month after the listing."""
    from storyline.resolve.corpus import Corpus

    a = _analysis(nlp, "The company was placed on the trade blacklist in May 2019.",
                  schema.Published(value="2019-08-01", source="metadata"))
    c = _analysis(nlp, "The firm was placed on the trade blacklist in May 2019, officials said.",
                  schema.Published(value="2019-09-01", source="metadata"))
    c.document.id = "d3"
    b = _analysis(nlp, "A month after being put on the trade blacklist, the founder said sales recovered.")
    b.document.id = "d2"
    out = dating.date_documents(Corpus(analyses=[a, c, b]))
    p = out["d2"]
    assert p.value is None and p.earliest == "2019-06-01" and p.source == "corpus"
    assert "d2" in {s.doc for s in p.evidence} and {s.doc for s in p.evidence} & {"d1", "d3"}
    assert "A month" in p.note


def test_one_document_dating_an_event_bounds_nothing(nlp):
    # twin of the above: one other document's date of a matched event is too little
    # (a false match with a later happening put bounds past the truth in the audit)
    from storyline.resolve.corpus import Corpus

    a = _analysis(nlp, "The company was placed on the trade blacklist in May 2019.",
                  schema.Published(value="2019-08-01", source="metadata"))
    b = _analysis(nlp, "A month after being put on the trade blacklist, the founder said sales recovered.")
    b.document.id = "d2"
    assert "d2" not in dating.date_documents(Corpus(analyses=[a, b]))


def test_recent_window():
    import datetime as dt

    day = dt.date(2010, 5, 31)
    assert dating._recent_window(TimeReading(kind="off", unit="day", offset=-1), day) == (dt.date(2010, 6, 1),) * 2  # "yesterday"
    assert dating._recent_window(TimeReading(kind="wd", weekday=0), day) == (day, dt.date(2010, 6, 6))
    assert dating._recent_window(TimeReading(kind="off", unit="week", offset=-1), day) == (dt.date(2010, 6, 1), dt.date(2010, 6, 13))
    assert dating._recent_window(TimeReading(kind="off", unit="year", offset=-1), day) is None  # "last year" places nothing within days
    assert dating._recent_window(TimeReading(kind="abs", value="2010", granularity="year"), day) is None


# ---- huawei-us end to end

def _doc(story, name):
    return next(d for d in story.documents if d.sources and d.sources[0] == name)


def test_huawei_biden_article_dated_2021(huawei_story, huawei_texts):
    d = next(d for d in huawei_story.documents if "Joe Biden" in d.text)
    assert d.published.value == "2021" and d.published.estimated
    assert d.published.evidence
    cited = [d.text[s.start : s.end] for s in d.published.evidence]
    assert any("2020" in c for c in cited)


def test_huawei_2019_article(huawei_story):
    d = next(d for d in huawei_story.documents if "In 2018, the company sold" in d.text)
    assert d.published.value == "2019" and d.published.estimated
    assert d.published.evidence


def test_huawei_yearless_articles_not_invented(huawei_story):
    texts = {d.id: d.text for d in huawei_story.documents}
    for d in huawei_story.documents:
        if "Joe Biden" in d.text or "In 2018, the company sold" in d.text:
            continue
        p = d.published
        if p.value is not None:
            # an estimate must cite checkable spans, at least one in another document
            assert p.evidence and any(s.doc != d.id for s in p.evidence)
        for s in p.evidence:
            assert 0 <= s.start < s.end <= len(texts[s.doc])


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(derandomize=True, max_examples=200)
@given(
    base=st.sampled_from(["2019", "2019-05", "2019-05-03", "2019-Q3", "1998-12", "2000-02-29"]),
    n=st.integers(min_value=1, max_value=30),
    unit=st.sampled_from("DWMQY"),
    direction=st.sampled_from(["after", "before"]),
)
def test_relative_start_moves_the_right_way(base, n, unit, direction):
    from storyline import timenorm

    lo = dating._relative_start(base, f"P{n}{unit}", direction)
    start = timenorm.interval(base)[0]
    assert lo is not None
    assert (lo > start) if direction == "after" else (lo < start)


def test_corpus_and_content_merge_only_when_they_agree():
    P = schema.Published
    content = P(value=None, estimated=True, earliest="2010-06-16", source="content", note="own")
    # a recent event's window before the document's own lower bound: they disagree, the text stands
    corpus = P(value="2010-06", estimated=True, earliest="2010-06-01", latest="2010-06-07", source="corpus", note="other")
    assert dating._merge(content, corpus) is content
    # a window after it: merged, with both bounds and both notes
    corpus = P(value="2010-06", estimated=True, earliest="2010-06-20", latest="2010-06-26", source="corpus", note="other")
    m = dating._merge(content, corpus)
    assert (m.value, m.earliest, m.latest, m.source) == ("2010-06", "2010-06-20", "2010-06-26", "corpus")
    assert "own" in m.note and "other" in m.note
    # a content value the corpus contradicts is kept as it is
    content = P(value="2011", estimated=True, earliest="2011-01-01", latest="2011-12-31", source="content")
    corpus = P(value="2010-06", estimated=True, earliest="2010-06-20", latest="2010-06-26", source="corpus")
    assert dating._merge(content, corpus) is content


def test_weekday_fixes_the_year_only_near_a_recent_day(nlp):
    # "since 1976" alone leaves 1981, 1987, 1992, 1998, 2009 ... for "Sunday April 26": no value
    text = "It is the worst outbreak since 1976. Officials met on Sunday April 26 to discuss it."
    assert dating.estimate(_analysis(nlp, text)).value is None
    # twin: a day told in the past a week before leaves one year
    text = "The first case was confirmed on April 19, 2009. Officials met on Sunday April 26 to discuss it."
    assert dating.estimate(_analysis(nlp, text)).value == "2009"


def test_from_in_a_plan_is_no_bound(nlp):
    # "will run from May 4, 2009": a plan, not a lower bound
    p = dating.estimate(_analysis(nlp, "The campaign will run from May 4, 2009 in every school."))
    assert p is None or p.earliest is None
    # twin: told in the past it is one
    assert dating.estimate(_analysis(nlp, "The campaign ran from May 4, 2009 in every school.")).earliest == "2009-05-04"


def _corpus_of(nlp, undated_text):
    from storyline.resolve.corpus import Corpus

    a = _analysis(nlp, "The oil rig exploded on Saturday, killing 11 workers in the gulf.",
                  schema.Published(value="2010-04-25", source="metadata"))
    b = _analysis(nlp, "The oil rig exploded on Saturday, killing 11 workers in the gulf.",
                  schema.Published(value="2010-04-26", source="metadata"))
    b.document.id = "d2"
    c = _analysis(nlp, undated_text)
    c.document.id = "d3"
    return Corpus(analyses=[a, b, c])


def test_recent_event_two_documents_date_gives_a_window(nlp):
    out = dating.date_documents(_corpus_of(nlp, "The oil rig exploded on Saturday, killing 11 workers in the gulf."))
    p = out["d3"]
    assert p.source == "corpus" and p.earliest == "2010-04-24" and p.latest == "2010-04-30" and p.value == "2010-04"


def test_recent_event_on_another_weekday_gives_nothing(nlp):
    # twin: "on Wednesday" here, a Saturday in the others: not the same happening
    out = dating.date_documents(_corpus_of(nlp, "The oil rig exploded on Wednesday, killing 11 workers in the gulf."))
    assert "d3" not in out or out["d3"].value is None


# round thirty-three: the "in <year>" completed period wants a sum of money; political copy
# tells old elections in percentages and counts ("36 percent of the electorate in 2012")
def test_year_takings_in_money_date_after_it(nlp):
    a = _analysis(nlp, "The bank's chief executive made $19.3 million in 2015. Senators asked about it.")
    p = dating.estimate(a)
    assert p.value == "2016" and p.earliest == "2016-01-01"


@pytest.mark.parametrize("text", [
    "White voters made up 72 percent of the electorate in 2012. The campaign wants more of them.",
    "Mr. Romney lost the state by 5 percent in 2012, and the party worries about it.",
])
def test_election_share_in_a_year_is_only_a_bound(nlp, text):
    p = dating.estimate(_analysis(nlp, text))
    assert p.value is None and p.earliest == "2012-01-01"


# round thirty-three: the day of a correction appended to the article bounds it from above
_ARTICLE = "The senator spoke to voters in Ohio. She promised to return.\n\n"


def test_correction_day_is_an_upper_bound(nlp):
    text = _ARTICLE + "CORRECTION:\n\nAn article on April 25 misstated the name of a show.\n\nTuesday, May 3, 2016."
    p = dating.estimate(_analysis(nlp, text))
    assert p.value is None and p.latest == "2016-05-03" and p.earliest is None
    assert "correction" in p.note


def test_correction_words_keep_their_reading(nlp):
    # the correction's own past happening is still a lower bound; a date paragraph with no
    # correction before it is not a correction's day
    text = _ARTICLE + "Correction: An earlier version misidentified the campaign he ran in 1992."
    p = dating.estimate(_analysis(nlp, text))
    assert p.earliest == "1992-01-01" and p.latest is None
    p2 = dating.estimate(_analysis(nlp, _ARTICLE + "Tuesday, May 3, 2016."))
    assert not (p2 and p2.latest == "2016-05-03" and "correction" in (p2.note or ""))

"""Document dating from datelines: a year-less dateline ("April 24 (Reuters)") gets its
year from the content's bounds only when they leave no doubt."""

from __future__ import annotations

from storyline.clean import clean_record
from storyline.resolve import dating
from storyline.types import DocAnalysis, Record


def _analysis(nlp, text):
    from storyline.analyse import events, parse, timex

    doc = clean_record(Record(source="wire.txt", text=text))
    a = DocAnalysis(version="t", document=doc)
    sdoc = nlp(doc.text)
    a.sentences = parse.sentences(sdoc, [])
    a.timexes = timex.extract(sdoc, a)
    a.events = events.extract(sdoc, a)
    return a


def test_yearless_dateline_takes_the_year_of_a_recent_past_date(nlp):
    a = _analysis(nlp, "MEXICO CITY, April 24 (Reuters) - Health officials said the outbreak began on April 12, 2009, "
                       "in a village in the east.\n\nSchools were closed across the capital.")
    assert a.document.dateline.date == "--04-24"
    assert a.document.published.value is None  # the cleaner does not guess the year
    p = dating.estimate(a)
    assert p.value == "2009-04-24" and p.source == "dateline+content" and p.estimated
    assert "April 24" in p.note or "04-24" in p.note


def test_yearless_dateline_with_only_an_old_year_gets_a_bound_not_a_value(nlp):
    a = _analysis(nlp, "MEXICO CITY, April 24 (Reuters) - The last pandemic struck in 1968 and killed a million people.\n\n"
                       "Schools were closed across the capital.")
    p = dating.estimate(a)
    assert p is not None and p.value is None
    assert p.earliest == "1968-04-24"


def test_dated_dateline_needs_no_estimate():
    doc = clean_record(Record(source="w.txt", text="TRIPOLI | Fri Apr 15, 2011 7:32 pm EDT TRIPOLI (Reuters) - Jets struck. They left."))
    assert dating.metadata_dated(DocAnalysis(version="t", document=doc))

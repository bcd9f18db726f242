"""clean_record: the record-level wiring of cleaning (ids, dates, audit of HTML comments)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean import clean_record, document_id, normalise_date
from storyline.types import Record

PAGE = """<html><head><title>Bridge closes</title></head><body><article><h1>Bridge closes</h1>
<p>The council of Brenford voted on Tuesday to close the old bridge after engineers found cracks in two of its piers. Mayor Ada Quist said the vote was close and the decision painful.</p>
<p>Repairs are expected to take at least eighteen months, according to the city engineer, who said the bridge had carried traffic since 1931.</p></article>
<div class="comments" id="comments"><h3>Comments</h3><div class="comment"><p>Jo B: About time they fixed it, the cracks were visible for years.</p></div></div></body></html>"""


def test_html_comments_are_cut_and_audited_at_the_end():
    doc = clean_record(Record(source="bridge.html", html=PAGE))
    assert "About time they fixed it" not in doc.text
    assert "Mayor Ada Quist said" in doc.text
    comments = [r for r in doc.removed if r.reason.startswith("comments")]
    assert comments and "About time they fixed it" in comments[0].text
    assert comments[0].at == len(doc.text)
    assert doc.title == "Bridge closes"


def test_id_derives_from_cleaned_text_only():
    a = clean_record(Record(source="a.txt", text="Mayor Ada Quist said the bridge will close on Friday for repairs."))
    b = clean_record(Record(source="elsewhere/b.txt", text="Mayor Ada Quist said the bridge will close on Friday for repairs.\n"))
    assert a.id == b.id == document_id(a.text)


def test_metadata_dates_are_normalised_at_their_precision():
    assert normalise_date("2025-03-05T09:30:00Z") == "2025-03-05"
    assert normalise_date("2025-3") == "2025-03"
    assert normalise_date("2025") == "2025"
    assert normalise_date("5 March 2025") == "2025-03-05"
    assert normalise_date("2025-13-40") is None
    assert normalise_date("not a date at all") is None
    doc = clean_record(Record(source="a.txt", text="The bridge closed on Friday after the council vote.", date="yesterday-ish?"))
    assert doc.published.value is None and any("unreadable date" in w for w in doc.warnings)


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_normalise_date_never_raises_and_returns_iso_prefixes(value):
    out = normalise_date(value)
    assert out is None or (len(out) in (4, 7, 10) and out[:4].isdigit())

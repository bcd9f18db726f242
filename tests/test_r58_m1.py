"""Round fifty-eight, mender m1: the published day of a web page (seed 173, dates P; issue 16).

The audits' rule (bench/audits/README.md, dates): the day the page shows a reader in its own
time zone; where it shows none, its markup's day as written.

- P11, P30, P70: a date in the page's URL (a 2019/11/18 path, a "-2019-11-19/" slug) was read
  before the page's datePublished: htmldate now reads the URL last (clean.pagedate.date_params).
- P4, P6, P41, P51, P71: a byline's full stamp ("Nov 18, 2019 at 9:24 pm ET") names the moment
  the markup writes in UTC on the next day: the byline's day is the page's.
- P3 (kept right), P28: the page's first <time> shows the local day of its UTC datetime, or a
  bare day the day before a UTC stamp of the small hours.
- P9, P10: htmldate's day written by none of the page's stamps (a tracking string, a
  fact-check's statement line): the page's publication stamps, or its "Published" stamp.

Pages are invented; each rule has a twin it must not fire on.
"""

from __future__ import annotations

from trafilatura.utils import load_html

from storyline.clean import clean_record
from storyline.clean.html import extract
from storyline.clean.pagedate import reader_day
from storyline.types import Record

_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "The council voted on Thursday to close the old harbour bridge to lorries for six months while engineers repair its deck.",
        "Residents on both banks said the closure would add half an hour to their journeys, and shop owners asked for a ferry.",
        "The mayor said the repairs could not wait another winter, because the steel had rusted faster than the last survey found.",
        "A second vote, on the cost of a temporary footbridge, was put off until the council meets again next month.",
    )
)


def _page(head: str = "", byline: str = "") -> str:
    return (f"<html><head><title>Harbour bridge to close</title>{head}</head><body><article>"
            f"<h1>Harbour bridge to close</h1><div class='byline'>{byline}</div>{_BODY}</article></body></html>")


def _meta(prop: str, value: str) -> str:
    return f'<meta property="{prop}" content="{value}">'


# --- the URL read after the page's markup (P11, P30, P70)

def test_published_stamp_before_url_date():
    page = _page(_meta("og:url", "https://news.example.com/2021/03/04/harbour-bridge/")
                 + _meta("article:published_time", "2021-03-05T10:00:00-05:00"))
    assert extract(page).date == "2021-03-05"


def test_url_date_still_read_when_the_page_has_no_stamp():
    page = _page(_meta("og:url", "https://news.example.com/2021/03/04/harbour-bridge/"))
    assert extract(page).date == "2021-03-04"


# --- a byline's full stamp: the reader's day of the markup's UTC moment (P4, P6, P41, P51, P71)

def test_byline_stamp_gives_the_local_day_of_a_utc_stamp():
    page = _page(_meta("article:published_time", "2021-03-05T02:30:00+00:00"),
                 "By Jane Roe <span>Mar. 4, 2021 9:30 pm ET</span>")
    assert extract(page).date == "2021-03-04"
    doc = clean_record(Record(source="t", html=page))
    assert doc.published.value == "2021-03-04" and "local day" in (doc.published.note or "")


def test_byline_stamp_of_the_same_day_changes_nothing():
    page = _page(_meta("article:published_time", "2021-03-05T14:30:00+00:00"), "By Jane Roe Mar 5, 2021, 9:30 am ET")
    assert extract(page).date == "2021-03-05"


def test_byline_stamp_of_another_moment_is_not_taken():
    # 10 am ET on the 4th is the 4th in UTC too: not the markup's moment, htmldate's day stands
    page = _page(_meta("article:published_time", "2021-03-05T02:30:00+00:00"), "By Jane Roe Mar 4, 2021, 10:00 am ET")
    assert extract(page).date == "2021-03-05"


# --- the page's first <time> (P3, P28)

def test_time_text_is_the_local_day_of_its_utc_datetime():
    page = _page(_meta("article:published_time", "2021-03-05T07:03:25+00:00"),
                 '<time datetime="2021-03-05T07:03:25+00:00">March 4, 2021 11:03 PM</time>')
    assert extract(page).date == "2021-03-04"


def test_time_text_of_no_whole_zone_apart_is_not_taken():
    page = _page(_meta("article:published_time", "2021-03-05T07:03:25+00:00"),
                 '<time datetime="2021-03-05T07:03:25+00:00">March 4, 2021 10:17 PM</time>')
    assert extract(page).date == "2021-03-05"


def test_bare_time_day_before_a_utc_stamp_of_the_small_hours():
    page = _page(_meta("article:published_time", "2021-03-05T04:50:22+00:00"),
                 '<time datetime="2021-03-04">March 4, 2021</time>')
    assert extract(page).date == "2021-03-04"


def test_bare_time_day_before_a_utc_stamp_of_the_afternoon_is_not_taken():
    page = _page(_meta("article:published_time", "2021-03-05T15:50:22+00:00"),
                 '<time datetime="2021-03-04">March 4, 2021</time>')
    assert extract(page).date == "2021-03-05"


# --- a day written by none of the page's stamps (P9, P10)

def test_day_of_no_stamp_gives_way_to_the_publication_stamp():
    tree = load_html(_page(byline='<time datetime="2021-03-05T11:45:59.000Z">1 day ago</time>'))
    assert reader_day(tree, "2021-02-27")[0] == "2021-03-05"


def test_day_a_day_from_the_publication_stamp_stands():
    tree = load_html(_page(byline='<time datetime="2021-03-05T11:45:59.000Z">1 day ago</time>'))
    assert reader_day(tree, "2021-03-04")[0] == "2021-03-04"


def test_day_of_no_stamp_gives_way_to_a_published_label():
    tree = load_html(_page(byline="Published: Monday, March 1st, 2021"))
    assert reader_day(tree, "2021-01-10")[0] == "2021-03-01"


def test_day_a_stamp_writes_stands_against_a_published_label():
    tree = load_html(_page(_meta("article:modified_time", "2021-01-10T09:00:00+00:00"),
                           "Published: Monday, March 1st, 2021"))
    assert reader_day(tree, "2021-01-10")[0] == "2021-01-10"


# --- a visible date with a clock time and no zone (three pages of the feed whose URL day was right)

def test_zoneless_clock_stamp_of_the_markup_moment_gives_its_day():
    page = _page(_meta("article:published_time", "2021-03-05T01:50:59Z"), "By Jane Roe Mar. 4, 2021 5:50 PM")
    assert extract(page).date == "2021-03-04"


def test_zoneless_clock_stamp_of_another_moment_is_not_taken():
    page = _page(_meta("article:published_time", "2021-03-05T01:50:59Z"), "By Jane Roe Mar. 4, 2021 5:12 PM")
    assert extract(page).date == "2021-03-05"


def test_placeholder_stamps_are_no_moment():
    page = _page(_meta("article:published_time", "0001-01-01T00:00:00+05:00"),
                 '<time datetime="0001-01-01T00:00:00+05:00">Jan 1, 2021 10:00 AM</time>')
    tree = load_html(page)
    assert reader_day(tree, "0001-01-01")[0] == "0001-01-01"

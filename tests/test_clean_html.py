"""HTML pages: trafilatura extraction, paragraph structure, metadata, comments apart."""

from __future__ import annotations

from storyline.clean import clean_record, html
from storyline.types import Record

PARAS = [
    "The Velmora city council voted on Thursday to turn the old tram depot into a public library, ending a decade of debate about the site.",
    "The project will cost 14 million euros and is due to open in 2027, the mayor's office said in a statement after the vote.",
    "Opposition councillors argued that the money would be better spent on repairing the city's schools, several of which have leaking roofs.",
    "Construction firms have until the end of March to submit their bids, and the winner will be announced in the summer.",
]

PAGE = f"""<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Velmora turns tram depot into library | The Velmora Courier</title>
<meta property="og:title" content="Velmora turns tram depot into library">
<meta property="og:site_name" content="The Velmora Courier">
<meta name="author" content="Ines Albrecht">
<meta property="article:published_time" content="2023-03-14T09:30:00+01:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Velmora turns tram depot into library</h1>
<p class="byline">By Ines Albrecht</p>
<p>{PARAS[0]}</p>
<p>{PARAS[1]}</p>
<h2>Opposition to the plan</h2>
<p>{PARAS[2]} <a href="/schools">Read our schools report</a>.</p>
<p>{PARAS[3]}</p>
</article>
<section id="comments" class="comments">
<h3>2 Comments</h3>
<div class="comment"><p class="comment-author">tramfan88</p><p>Finally a good use for that building, I used to ride the number 4 from there as a child.</p></div>
<div class="comment"><p class="comment-author">k_ostrowski</p><p>Fourteen million is far too much for a library when the schools are falling apart.</p></div>
</section>
<footer><p>© 2023 The Velmora Courier. All rights reserved.</p><a href="/privacy">Privacy Policy</a></footer>
</body></html>"""


def test_extract_keeps_paragraphs_apart_with_metadata():
    page = html.extract(PAGE, url="https://courier.example/city/depot-library")
    for p in PARAS[:2]:
        assert p in page.text
    assert page.text.count("\n\n") >= 3  # blank lines between paragraphs
    assert "Home\n" not in page.text and "Privacy Policy" not in page.text
    assert page.title == "Velmora turns tram depot into library"
    assert page.date == "2023-03-14"
    assert page.outlet and "Velmora Courier" in page.outlet
    assert "Ines Albrecht" in page.authors
    assert "Read our schools report" in page.links


def test_comments_are_kept_apart():
    page = html.extract(PAGE)
    assert "tramfan88" not in page.text and "Fourteen million is far too much" not in page.text
    assert page.comments and "Fourteen million is far too much" in page.comments


def test_clean_record_on_html_keeps_heading_and_body():
    doc = clean_record(Record(source="depot.html", html=PAGE, url="https://courier.example/city/depot-library"))
    for p in PARAS[:2] + PARAS[3:]:
        assert p in doc.text
    assert PARAS[2][:60] in doc.text
    heads = [doc.text[h.start:h.end] for h in doc.headings]
    assert "Opposition to the plan" in heads
    assert doc.published.value == "2023-03-14"
    assert doc.title == "Velmora turns tram depot into library"


def test_empty_and_broken_pages():
    assert html.extract("").text == ""
    assert html.extract("<html><body></body></html>").text == ""
    assert isinstance(html.extract("<p>unclosed <b>tags").text, str)

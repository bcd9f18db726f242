"""storyline serve, the parts that need no server: query parsing, date bounds, escaping, question kinds."""

from __future__ import annotations

import re
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.serve import search as s_search


def test_fts_query_quotes_every_word():
    assert s_search.fts_query("Is Huawei leaving the US market?") == '"Huawei" OR "leaving" OR "US" OR "market"'
    assert s_search.fts_query('a "b" NEAR(c)') == '"b" OR "NEAR" OR "c"'
    assert s_search.fts_query("the of") == '"the" OR "of"'  # only function words: keep them
    assert s_search.fts_query("?!") is None


def test_date_filter_bounds():
    meta = lambda v: s_search.DocMeta("d", None, None, v, None, None, 0)  # noqa: E731
    assert s_search._in_range(meta("2021-04-02"), "2021-04", "2021")
    assert s_search._in_range(meta("2021-04-02"), "2021-04-02", "2021-04-02")
    assert s_search._in_range(meta("2021"), "2021-06-01", None)  # a year overlaps its days
    assert not s_search._in_range(meta("2021-04-02"), None, "2021-03-31")
    assert not s_search._in_range(meta("2021-04"), "2021-05", None)
    assert not s_search._in_range(meta(None), "1900", None)  # undated: cannot be placed


def test_snippet_escapes_article_text():
    marked = "a <b> \x02Honor\x03 & \x01"
    assert s_search.snippet_html(marked) == "a &lt;b&gt; <mark>Honor</mark> &amp; \u2026"
    plain, ranges = s_search._marks("x \x02ab\x03 y \x02c\x03")
    assert plain == "x ab y c" and ranges == [(2, 4), (7, 8)]


def test_question_kind_from_its_first_words():
    from storyline.serve.ask import question_kind

    assert question_kind("When did Huawei sell Honor?") == "time"
    assert question_kind("  In which year did it start?") == "time"
    assert question_kind("How many phones did it sell?") == "figure"
    assert question_kind("how much revenue?") == "figure"
    assert question_kind("Whenever it rains, who pays?") is None
    assert question_kind("Who founded Huawei?") is None


@settings(derandomize=True, max_examples=300)
@given(st.text())
def test_any_text_makes_a_valid_fts5_query(q):
    match = s_search.fts_query(q)
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'porter unicode61')")
    db.execute("INSERT INTO t VALUES ('Huawei sold its Honor brand')")
    if match is None:
        assert not re.search(r"\w", q)
    else:
        db.execute("SELECT rowid FROM t WHERE t MATCH ?", (match,)).fetchall()  # never a syntax error


@settings(derandomize=True, max_examples=200)
@given(st.text(alphabet=st.characters(blacklist_characters="\x01\x02\x03", blacklist_categories=("Cs",))),
       st.lists(st.integers(0, 200), max_size=6))
def test_marks_give_back_the_text_and_the_ranges(text, cuts):
    cuts = sorted({min(c, len(text)) for c in cuts})
    ranges = list(zip(cuts[::2], cuts[1::2]))
    marked, pos = [], 0
    for a, b in ranges:
        marked += [text[pos:a], "\x02", text[a:b], "\x03"]
        pos = b
    marked.append(text[pos:])
    assert s_search._marks("".join(marked)) == (text, ranges)


def test_reciprocal_rank_fusion_rewards_agreement():
    a = [s_search.Hit("d", 0, 5, "x"), s_search.Hit("d", 10, 15, "y")]
    b = [s_search.Hit("d", 10, 15, "y"), s_search.Hit("e", 0, 5, "z")]
    fused = s_search.rrf(a, b)
    assert [h.key for h in fused] == [("d", 10, 15), ("d", 0, 5), ("e", 0, 5)]
    assert fused[0].score == 1 / 62 + 1 / 61


def test_upload_names_choose_the_reader_and_never_a_path():
    from storyline.serve import uploads

    assert uploads.safe_name("../../etc/passwd") == "passwd"
    assert uploads.safe_name("C:\\Users\\me\\a b.TXT") == "a_b.TXT"
    assert uploads.safe_name("") == "unnamed"
    assert uploads.kind("A.HTM") == "html" and uploads.kind("x.jsonl") == "jsonl" and uploads.kind("x.pdf") is None
    recs, problems = uploads.from_file("../x.txt", "Un café à Paris.".encode("latin-1"))
    assert recs[0].source == "upload/x.txt" and recs[0].text == "Un café à Paris."
    recs, problems = uploads.from_file("feed.jsonl", b'{"text": "One."}\nnot json\n{"title": "no text"}\n\n')
    assert [r.source for r in recs] == ["upload/feed.jsonl#1"]
    assert [(p.line, p.message.split(" ")[0]) for p in problems] == [(2, "invalid"), (3, "no")]
    recs, _ = uploads.from_file("page.html", b"<html><body><p>Hello</p></body></html>")
    assert recs[0].html and recs[0].text is None
    one, _ = uploads.from_text("Same text.")
    two, _ = uploads.from_text("Same text.")
    assert one[0].source == two[0].source  # pasting again is the same input


def test_loopback_addresses():
    from storyline.serve.security import is_loopback

    assert all(is_loopback(h) for h in ("127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]", "LOCALHOST"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "", "192.168.0.2", "example.com", "::", "localhost.evil.com"))

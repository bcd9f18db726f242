"""Readers: every format, folders/globs with stable names, bad input named by file and line."""

from __future__ import annotations

import gzip
import io
import json

from storyline.ingest import IngestError, read_inputs
from storyline.ingest.limits import cut_at_paragraph, limit_record
from storyline.types import Record

ARTICLE = "The council of Brenford voted on Tuesday to close the old bridge.\n\nMayor Ada Quist said the vote was close."


def _records(items):
    return [i for i in items if isinstance(i, Record)]


def _errors(items):
    return [i for i in items if isinstance(i, IngestError)]


def test_text_html_jsonl_in_a_folder_with_relative_names(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    lines = [
        {"text": ARTICLE, "title": "Bridge", "date": "2024-05-02", "outlet": "Brenford Times", "id": "x1"},
        {"html": f"<p>{ARTICLE}</p>", "url": "https://example.org/bridge"},
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article format", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert not _errors(items)
    recs = _records(items)
    assert [r.source for r in recs] == ["a.txt", "c.jsonl#1", "https://example.org/bridge", "sub/b.html"]
    assert recs[0].text == ARTICLE
    assert recs[1].title == "Bridge" and recs[1].date == "2024-05-02" and recs[1].outlet == "Brenford Times"
    assert recs[2].html and recs[2].url == "https://example.org/bridge"
    assert recs[3].html.startswith("<html>")


def test_glob_names_relative_to_the_glob_base(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "one.txt").write_text(ARTICLE)
    (tmp_path / "x" / "two.txt").write_text(ARTICLE + " More.")
    recs = _records(read_inputs([str(tmp_path / "x" / "*.txt")]))
    assert [r.source for r in recs] == ["one.txt", "two.txt"]


def test_missing_input_and_empty_file_are_errors_naming_them(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text(ARTICLE)
    items = list(read_inputs([str(tmp_path / "nope"), str(tmp_path)]))
    errs = _errors(items)
    assert any("nope" in e.source and "no such" in e.message for e in errs)
    assert any(e.source == "empty.txt" and "empty" in e.message for e in errs)
    assert [r.source for r in _records(items)] == ["ok.txt"]


def test_invalid_jsonl_lines_are_reported_with_line_numbers(tmp_path):
    good = json.dumps({"text": ARTICLE})
    (tmp_path / "mixed.jsonl").write_text("\n".join([good, "{broken", json.dumps([1, 2]), json.dumps({"title": "no body"}), good]))
    items = list(read_inputs([str(tmp_path / "mixed.jsonl")]))
    errs = _errors(items)
    assert [(e.line, e.source) for e in errs] == [(2, "mixed.jsonl"), (3, "mixed.jsonl"), (4, "mixed.jsonl")]
    assert "invalid JSON" in errs[0].message
    assert str(errs[0]).startswith("mixed.jsonl:2: ")
    assert [r.source for r in _records(items)] == ["mixed.jsonl#1", "mixed.jsonl#5"]


def test_gzipped_jsonl(tmp_path):
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": ARTICLE}) + "\n")
    assert [r.text for r in _records(read_inputs([str(tmp_path)]))] == [ARTICLE]


def _warc_bytes(pages: list[tuple[str, str]], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        rec = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers)
        writer.write_record(rec)
    return buf.getvalue()


def test_warc_and_warc_gz(tmp_path):
    pages = [("https://example.org/a", f"<html><body><p>{ARTICLE}</p></body></html>"), ("https://example.org/b", "<p>Second page text here.</p>")]
    (tmp_path / "crawl.warc").write_bytes(_warc_bytes(pages, gz=False))
    (tmp_path / "crawl2.warc.gz").write_bytes(_warc_bytes(pages[:1], gz=True))
    recs = _records(read_inputs([str(tmp_path / "crawl.warc"), str(tmp_path / "crawl2.warc.gz")]))
    assert [r.source for r in recs] == ["https://example.org/a", "https://example.org/b", "https://example.org/a"]
    assert ARTICLE.split("\n")[0] in recs[0].html


def test_truncated_warc_gz_keeps_what_was_read(tmp_path):
    pages = [(f"https://example.org/{i}", f"<p>{ARTICLE} {i}</p>") for i in range(3)]
    data = _warc_bytes(pages, gz=True)
    (tmp_path / "cut.warc.gz").write_bytes(data[: int(len(data) * 0.7)])
    items = list(read_inputs([str(tmp_path / "cut.warc.gz")]))
    assert len(_records(items)) >= 1
    errs = _errors(items)
    assert len(errs) == 1 and errs[0].source == "cut.warc.gz"


def test_binary_file_is_refused_by_name(tmp_path):
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 40)
    items = list(read_inputs([str(tmp_path)]))
    assert not _records(items)
    assert _errors(items)[0].source == "image.txt"


def test_cut_at_paragraph_boundary():
    text = ("word " * 50 + "\n\n") * 10
    cut = cut_at_paragraph(text, 700)
    assert len(cut) <= 700 and text.startswith(cut) and text[len(cut) : len(cut) + 2] == "\n\n"


def test_limit_record_cuts_or_refuses():
    rec = Record(source="big.txt", text=("para " * 300 + "\n\n") * 10)
    cut = limit_record(rec, 5000)
    assert isinstance(cut, Record) and len(cut.text) <= 5000 and cut.warnings
    assert isinstance(limit_record(rec, 5000, strict=True), str)
    assert limit_record(rec, 10**6) is rec

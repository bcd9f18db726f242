"""Bad input: every kind of garbage a scraper brings, in one batch with good articles.

The inputs are generated here (tests/hostile.py) into tmp, never committed. Each bad
one must be reported on one line naming its file (and line), the good ones must all
reach story.json, and the exit code says what happened (cli.py: 0 all read, 1 built
with failures, 2 nothing built / --strict stopped).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from storyline import schema
from storyline.cli import app
from storyline.ingest import IngestError, read_inputs
from storyline.ingest.limits import cut_at_paragraph, limit_record
from storyline.store import Store
from storyline.types import Record

from hostile import good_articles, hostile_articles, nested_html, write_bad_inputs

runner = CliRunner()
HUGE_BYTES = 200_000_000


def build(*args) -> tuple[int, str]:
    result = runner.invoke(app, ["build", *map(str, args)])
    if result.exception and result.exit_code not in (0, 1, 2):
        raise result.exception
    return result.exit_code, result.output


def write_huge(path: Path, size: int = HUGE_BYTES) -> Path:
    """A text of ``size`` bytes: synthetic articles one after another, paragraphs apart."""
    block = "\n".join(text for _, text in good_articles(40, seed=99)) + "\n"
    with open(path, "w", encoding="utf-8") as fh:
        for _ in range(size // len(block) + 1):
            fh.write(block)
    return path


@pytest.fixture(scope="module")
def huge(tmp_path_factory) -> Path:
    path = write_huge(tmp_path_factory.mktemp("huge") / "huge.txt")
    yield path
    path.unlink()


def _stories_sources(story: dict) -> dict[str, dict]:
    return {s: d for d in story["documents"] for s in d["sources"]}


def _stored_sources(out: Path) -> dict[str, dict]:
    """Every stored document by source. A pile of unrelated articles is split into
    stories (resolve.stories): story.json holds the main one and lists the rest in
    off_topic, so "is every article built" is asked of the store the build wrote."""
    with Store(out / "story.db") as store:
        return {s: a.document.model_dump(mode="json") for a in store.analyses() for s in a.document.sources}


@pytest.fixture(scope="module")
def batch(tmp_path_factory, huge):
    """20 good articles and every kind of bad input, built once with --max-chars 20000."""
    root = tmp_path_factory.mktemp("batch")
    inp = root / "in"
    inp.mkdir()
    goods = good_articles(20, seed=3)
    for name, text in goods:
        (inp / name).write_text(text, encoding="utf-8")
    bads = write_bad_inputs(inp / "bad")
    started = time.monotonic()
    code, output = build(inp, huge, "--out", root / "out", "--max-chars", "20000")
    return {"code": code, "output": output, "goods": goods, "bads": bads, "out": root / "out",
            "seconds": time.monotonic() - started}


def test_all_good_articles_are_in_the_story_and_exit_code_is_1(batch):
    assert batch["code"] == 1, batch["output"]
    by_source = _stored_sources(batch["out"])
    for name, text in batch["goods"]:
        assert name in by_source, f"{name} missing from story.json\n{batch['output']}"
        first = text.split("\n\n")[1]
        assert first in by_source[name]["text"]
        assert by_source[name]["language"] == "en"


def _error_lines(output: str) -> list[str]:
    return [line[len("error: "):] for line in output.splitlines() if line.startswith("error: ")]


def test_each_bad_input_is_reported_on_one_line_naming_file_and_line(batch):
    errors = _error_lines(batch["output"])
    for bad in batch["bads"]:
        if bad.expect != "error":
            continue
        where = f"bad/{bad.name}:{bad.line}: " if bad.line else f"bad/{bad.name}: "
        hits = [e for e in errors if e.startswith(where)]
        assert hits, f"no error for {where!r} in\n{batch['output']}"
        assert any(bad.says in e.lower() for e in hits), (bad, hits)
    # nothing else failed: every error line belongs to a bad input we wrote
    named = {f"bad/{b.name}" for b in batch["bads"] if b.expect == "error"}
    assert [e for e in errors if e.split(":")[0] not in named] == []
    summary = [line for line in batch["output"].splitlines() if " documents in the story " in line]
    assert summary and f"{len(errors)} failed" in summary[0]


def test_failures_are_logged_in_the_store(batch):
    with Store(batch["out"] / "story.db") as store:
        rows = store.db.execute("SELECT source, line, message FROM errors").fetchall()
    assert len(rows) == len(_error_lines(batch["output"]))
    assert ("bad/lines.jsonl", 2) in {(s, ln) for s, ln, _ in rows}


def test_repaired_encodings_and_other_languages_are_kept(batch):
    story = json.loads((batch["out"] / "story.json").read_text(encoding="utf-8"))
    by_source = _stored_sources(batch["out"])
    for bad in batch["bads"]:
        if bad.expect != "kept":
            continue
        doc = by_source[f"bad/{bad.name}"]
        if bad.name.startswith("lang-"):
            assert doc["language"] == bad.says
            assert any("English-only analysers skipped" in w for w in doc["warnings"])
        else:
            assert bad.says in doc["text"].lower(), (bad.name, doc["text"][:120])
            assert "\ufffd" not in doc["text"] and "Ã" not in doc["text"] and "â€" not in doc["text"]
    french = by_source["bad/lang-french.txt"]["id"]
    spans = [m for e in story["entities"] for m in e["mentions"]] + [q["span"] for q in story["quotes"]]
    assert not [s for s in spans if s["doc"] == french], "English-only analysers ran on a French text"


_BODY = " The harbour committee of Castlemere met on Friday to discuss the new ferry timetable."
_ENCODINGS = [
    ("\u201cCaf\u00e9 prices rose,\u201d said the owner in S\u00e3o Paulo.", "cp1252"),
    ("M\u00fcller visited Z\u00fcrich.", "latin-1"),  # was read as cp775: "M\u00b3ller"
    ("Jo\u00e3o and Ana\u00efs paid \u20ac5 \u2014 na\u00efve.", "cp1252"),  # was cp1250: "Jo\u0103o"
    ("Se\u00f1or Pe\u00f1a said \u00bfqu\u00e9?", "latin-1"),  # was johab (Korean)
    ("Se\u00f1or Pe\u00f1a said \u00bfqu\u00e9?", "cp1252"),
    ("\u041f\u0440\u0438\u0432\u0435\u0442, \u043a\u0430\u043a \u0434\u0435\u043b\u0430? \u041c\u044b \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043b\u0438\u0441\u044c \u0432 \u041c\u043e\u0441\u043a\u0432\u0435.", "cp1251"),
    ("Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144. Spotkanie w \u0141odzi odby\u0142o si\u0119 w pi\u0105tek.", "cp1250"),
    ("Th\u00e9o Marchetti arrived.", "utf-8+cp1252"),  # was read whole as hp_roman8
]


@pytest.mark.parametrize("text,codec", _ENCODINGS, ids=[f"{c}-{i}" for i, (_, c) in enumerate(_ENCODINGS)])
def test_encodings_decode_exactly(tmp_path, text, codec):
    if codec == "utf-8+cp1252":
        data, text = (text + _BODY).encode() + " Na\u00efve \u201cplans\u201d.".encode("cp1252"), text + _BODY + " Na\u00efve \u201cplans\u201d."
    else:
        data, text = (text + _BODY).encode(codec), text + _BODY
    (tmp_path / "x.txt").write_bytes(data)
    (rec,) = read_inputs([str(tmp_path / "x.txt")])
    assert rec.text == text


def test_huge_text_is_cut_at_a_paragraph_with_a_warning_and_only_the_cut_is_analysed(batch, huge):
    assert "huge.txt: cut from" in batch["output"]
    doc = _stored_sources(batch["out"])["huge.txt"]
    assert 10_000 < len(doc["text"]) <= 20_000
    first_body = good_articles(40, seed=99)[0][1].split("\n\n")[1]
    assert first_body in doc["text"]


def test_reading_and_cutting_200_mb_takes_seconds(huge):
    started = time.monotonic()
    items = list(read_inputs([str(huge)]))
    (rec,) = items
    cut = limit_record(rec, 1_000_000)
    del rec, items
    elapsed = time.monotonic() - started
    assert huge.stat().st_size >= HUGE_BYTES
    with open(huge, encoding="utf-8") as fh:
        head = fh.read(1_000_100)
    assert len(cut.text) <= 1_000_000 and head.startswith(cut.text) and head[len(cut.text):].startswith("\n\n")
    assert "at a paragraph boundary" in cut.warnings[-1]
    assert elapsed < 30, f"read and cut 200 MB in {elapsed:.1f}s"


def test_strict_refuses_the_huge_text_and_stops_at_the_first_bad_input(tmp_path, huge):
    code, output = build(huge, "--out", tmp_path / "a", "--strict")
    assert code == 2
    assert "over --max-chars 200000" in output and "stopped (--strict)" in output
    assert not (tmp_path / "a" / "story.json").exists()
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a-good.txt").write_text(good_articles(1)[0][1], encoding="utf-8")
    (inp / "b-empty.txt").write_bytes(b"")
    (inp / "c-binary.txt").write_bytes(bytes(range(256)) * 10)
    code, output = build(inp, "--out", tmp_path / "b", "--strict")
    assert code == 2
    errors = _error_lines(output)
    assert errors == ["b-empty.txt: empty file"], output


def test_a_page_nested_deeper_than_the_parser_limit_is_a_clear_error(tmp_path):
    (tmp_path / "deep.html").write_text(nested_html(5000), encoding="utf-8")
    (tmp_path / "shallow.html").write_text(nested_html(200), encoding="utf-8")
    code, output = build(tmp_path / "deep.html", tmp_path / "shallow.html", "--out", tmp_path / "out")
    assert code == 1
    assert _error_lines(output) == ["deep.html: no article text found in the page: it nests deeper than 255 elements, "
                                    "the HTML parser's limit"]
    story = json.loads((tmp_path / "out" / "story.json").read_text(encoding="utf-8"))
    assert [d["sources"] for d in story["documents"]] == [["shallow.html"]]


def test_inputs_with_no_text_do_not_merge_into_one_empty_document(tmp_path):
    (tmp_path / "a.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("*** --- ***\n\n=====\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(good_articles(1)[0][1], encoding="utf-8")
    code, output = build(tmp_path, "--out", tmp_path / "out")
    assert code == 1
    errors = _error_lines(output)
    assert errors[0] == "a.html: no article text found in the page"
    assert errors[1].startswith("b.txt: no article text")
    story = json.loads((tmp_path / "out" / "story.json").read_text(encoding="utf-8"))
    assert all(d["text"].strip() for d in story["documents"]) and len(story["documents"]) == 1


def test_odd_file_names_are_escaped_not_fatal(tmp_path):
    import os

    art = good_articles(2)
    d = os.fsencode(tmp_path / "in")
    os.mkdir(d)
    with open(os.path.join(d, b"bad\xff name.txt"), "wb") as fh:
        fh.write(art[0][1].encode())
    with open(os.path.join(d, b"new\nline.txt"), "wb") as fh:
        fh.write(art[1][1].encode())
    with open(os.path.join(d, b"[bold]x[red].txt"), "wb") as fh:  # rich markup in a name must print as written
        fh.write(b"")
    code, output = build(tmp_path / "in", "--out", tmp_path / "out")
    assert code == 1, output
    assert _error_lines(output) == ["[bold]x[red].txt: empty file"]
    story = json.loads((tmp_path / "out" / "story.json").read_text(encoding="utf-8"))
    assert sorted(s for d in story["documents"] for s in d["sources"]) == ["bad\\xff name.txt", "new\\x0aline.txt"]


def test_lone_surrogates_and_deep_json_in_jsonl(tmp_path):
    good = good_articles(1)[0][1]
    lines = [json.dumps({"text": good + " \ud800 end", "title": "x\udfff"}), "[" * 100_000 + "]" * 100_000]
    (tmp_path / "s.jsonl").write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    items = list(read_inputs([str(tmp_path / "s.jsonl")]))
    rec, err = items
    assert isinstance(rec, Record) and "\ufffd end" in rec.text and rec.title == "x\ufffd"
    assert isinstance(err, IngestError) and err.line == 2
    code, output = build(tmp_path / "s.jsonl", "--out", tmp_path / "out")
    assert code == 1 and "s.jsonl:2: " in output


# -- property tests: the readers never raise, whatever the bytes ------------------------

@settings(derandomize=True, max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), ext=st.sampled_from([".txt", ".html", ".jsonl", ".warc", ".warc.gz", ".jsonl.gz"]))
def test_readers_never_raise_on_arbitrary_bytes(tmp_path, data, ext):
    path = tmp_path / f"x{ext}"
    path.write_bytes(data)
    for item in read_inputs([str(path)]):
        assert isinstance(item, (Record, IngestError))
        if isinstance(item, IngestError):
            assert item.source == f"x{ext}" and "\n" not in str(item)
        else:
            json.dumps(item.model_dump())  # storable
            (item.text or item.html or "").encode("utf-8")


_lines = st.lists(
    st.one_of(
        st.text(max_size=80),
        st.builds(lambda t: json.dumps({"text": t}), st.text(max_size=200)),
        st.builds(lambda t, h: json.dumps({"html": h, "title": t, "authors": 3}), st.text(max_size=20), st.text(max_size=100)),
        st.just('{"text": "\\ud800 x"}'),
    ),
    max_size=8,
)


@settings(derandomize=True, max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=_lines)
def test_jsonl_reader_reports_every_line_it_cannot_use(tmp_path, lines):
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    raw_lines = path.read_bytes().split(b"\n")
    items = list(read_inputs([str(path)]))
    if not path.stat().st_size:
        assert [str(i) for i in items] == ["x.jsonl: empty file"]
        return
    lines_used = []
    for item in items:
        if isinstance(item, IngestError):
            assert item.line is not None and 1 <= item.line <= len(raw_lines)
            lines_used.append(item.line)
        else:
            (item.text or item.html or "").encode("utf-8")
            lines_used.append(int(item.source.rsplit("#", 1)[1]))
    # one item per non-blank line, in order
    assert lines_used == [i + 1 for i, line in enumerate(raw_lines) if line.strip()]


@settings(derandomize=True, max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab .\n"), max_size=400), limit=st.integers(1, 300))
def test_cut_at_paragraph_is_a_bounded_prefix_ending_at_the_best_break(text, limit):
    cut = cut_at_paragraph(text, limit)
    assert text.startswith(cut) and len(cut) <= limit
    if len(text) <= limit:
        assert cut == text
    elif text.rfind("\n\n", 0, limit) > limit // 2:
        assert text[len(cut): len(cut) + 2] == "\n\n"


# -- untrusted text: hostile articles go through the whole build as plain text -------------

def _span_text(docs: dict[str, str], span: dict) -> str:
    text = docs[span["doc"]]
    assert 0 <= span["start"] <= span["end"] <= len(text), span
    return text[span["start"]: span["end"]]


def check_spans(story: dict) -> int:
    """Every span lies in its document; every (text, span) pair agrees. Returns spans seen."""
    docs = {d["id"]: d["text"] for d in story["documents"]}
    seen = 0

    def walk(node):
        nonlocal seen
        if isinstance(node, dict):
            if {"doc", "start", "end"} <= node.keys():
                _span_text(docs, node)
                seen += 1
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk({k: v for k, v in story.items() if k != "documents"})
    for q in story["quotes"]:
        assert _span_text(docs, q["span"]) == q["text"]
        if q.get("speaker_span") and q.get("speaker_text"):
            assert _span_text(docs, q["speaker_span"]) == q["speaker_text"]
        if q.get("cue_span") and q.get("cue"):
            assert _span_text(docs, q["cue_span"]) == q["cue"]
    for f in story["figures"]:
        assert _span_text(docs, f["span"]) == f["text"]
    for e in story["entities"]:
        for d in e["descriptions"]:
            assert _span_text(docs, d["span"]) == d["text"]
    return seen


def test_hostile_articles_are_kept_as_text_and_every_span_matches(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    arts = hostile_articles()
    for name, text in arts:
        (inp / name).write_text(text, encoding="utf-8")
    code, output = build(inp, "--out", tmp_path / "out")
    assert code == 0, output
    raw = (tmp_path / "out" / "story.json").read_bytes()
    story = json.loads(raw)
    # round trip: the contract reads back what it wrote, byte for byte
    assert schema.dumps(schema.Story.model_validate(story)).encode("utf-8") == raw
    by_source = _stored_sources(tmp_path / "out")
    assert len({d["id"] for d in by_source.values()}) == len(arts)
    for name, text in arts:
        if name.endswith(".txt"):
            bit = text.split("read: ")[1].split(" and nobody")[0] if "read: " in text else None
            if bit:  # the markup is kept verbatim as text: nothing parsed, unescaped or dropped
                assert bit in by_source[name]["text"], name
    page = by_source["hostile-page.html"]["text"]
    assert "__pwned" not in page and "javascript:" not in page  # the reader kept the page's text, not its code
    assert "careful <script>," in page  # an entity in the page is the text it stands for
    assert "\U0001d7d1\U0001d7ce" in by_source["hostile-unicode.txt"]["text"]  # astral characters survive
    assert check_spans(story) > 0
    assert story["quotes"] and story["entities"]


def test_an_analyser_crash_costs_one_document_not_the_batch(tmp_path, monkeypatch):
    """run/local.analyse_one turns any exception of the per-document stage into a message."""
    from storyline import pipeline

    real = pipeline.analyse_record

    def flaky(record, nlp=None):
        if "Kestrel" in (record.text or ""):
            raise RecursionError("maximum recursion depth exceeded")
        if "Oakhaven" in (record.text or ""):
            raise ValueError("bad span")
        return real(record, nlp)

    monkeypatch.setattr(pipeline, "analyse_record", flaky)
    arts = good_articles(12, seed=5)
    for name, text in arts:
        (tmp_path / name).write_text(text, encoding="utf-8")
    code, output = build(tmp_path, "--out", tmp_path / "out")
    bad = sorted(name for name, text in arts if "Kestrel" in text or "Oakhaven" in text)
    assert bad, "the generated corpus must hit the flaky analyser"
    assert code == 1
    errors = _error_lines(output)
    assert sorted(e.split(":")[0] for e in errors) == bad
    assert all("analysis failed: " in e and ("RecursionError" in e or "ValueError" in e) for e in errors)
    assert len({d["id"] for d in _stored_sources(tmp_path / "out").values()}) == len(arts) - len(bad)


def test_a_page_with_more_text_than_max_chars_is_cut_after_extraction(tmp_path):
    paras = [p for _, t in good_articles(40, seed=7) for p in t.split("\n\n")[1:]]
    page = "<html><body><article>" + "\n".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>"
    assert len(page) < 20 * 5000 * 4
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.html").write_text(page, encoding="utf-8")
    code, output = build(tmp_path / "in", "--out", tmp_path / "in" / "out", "--max-chars", "5000")
    assert code == 0, output
    assert "long.html: page text cut from " in output
    doc = json.loads((tmp_path / "in" / "out" / "story.json").read_text(encoding="utf-8"))["documents"][0]
    assert 2500 < len(doc["text"]) <= 5000
    # the output folder sits inside the input folder: the next build does not read its report.html
    code, output = build(tmp_path / "in", "--out", tmp_path / "in" / "out", "--max-chars", "5000")
    assert code == 0 and "0 new" in output and "1 already stored" in output, output


def test_the_output_folder_is_not_read_as_input_unless_named(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "a.txt").write_text(good_articles(1)[0][1], encoding="utf-8")
    (tmp_path / "out" / "report.html").write_text("<p>The report of the last build, not an article.</p>", encoding="utf-8")
    out = [tmp_path / "out"]
    assert [r.source for r in read_inputs([str(tmp_path)], exclude=out)] == ["a.txt"]
    assert [r.source for r in read_inputs([str(tmp_path / "**" / "*.*")], exclude=out)] == ["a.txt"]
    named = read_inputs([str(tmp_path), str(tmp_path / "out" / "report.html")], exclude=out)
    assert sorted(r.source for r in named) == ["a.txt", "out/report.html"]


def test_an_endless_jsonl_line_and_a_gzip_bomb_are_refused_within_bounded_memory(tmp_path, monkeypatch):
    import gzip

    from storyline.ingest import readers

    monkeypatch.setattr(readers, "MAX_LINE_BYTES", 10_000)
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100_000)
    good = json.dumps({"text": good_articles(1)[0][1]})
    endless = '{"text": "' + "x" * 50_000 + '"}'
    for name in ("a.jsonl", "b.jsonl.gz"):
        opener = gzip.open if name.endswith(".gz") else open
        with opener(tmp_path / name, "wt", encoding="utf-8") as fh:
            fh.write("\n".join([good, endless, good, endless]))  # the last one has no newline
    with gzip.open(tmp_path / "bomb.txt.gz", "wb") as fh:
        fh.write(b"a" * 1_000_000)
    for name in ("a.jsonl", "b.jsonl.gz"):
        items = list(read_inputs([str(tmp_path / name)]))
        assert [type(i).__name__ for i in items] == ["Record", "IngestError", "Record", "IngestError"], items
        assert [i.line for i in items if isinstance(i, IngestError)] == [2, 4]
        assert "longer than 10000 bytes" in items[1].message
    (bomb,) = read_inputs([str(tmp_path / "bomb.txt.gz")])
    assert isinstance(bomb, IngestError) and "decompresses to over 100000 bytes" in bomb.message


def test_an_oversized_warc_record_is_skipped_and_the_rest_read(tmp_path, monkeypatch):
    from storyline.ingest import readers

    from hostile import _warc

    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 5_000)
    pages = [("https://example.org/big", "<p>" + "word " * 3000 + "</p>"), ("https://example.org/ok", "<p>Fine page.</p>")]
    (tmp_path / "c.warc.gz").write_bytes(_warc(pages, gz=True))
    items = list(read_inputs([str(tmp_path / "c.warc.gz")]))
    assert isinstance(items[0], IngestError) and "https://example.org/big: record over 5000 bytes" in items[0].message
    assert [r.source for r in items if isinstance(r, Record)] == ["https://example.org/ok"]


def test_inputs_that_name_nothing_exit_2_and_write_nothing(tmp_path):
    code, output = build(tmp_path / "artcles", "--out", tmp_path / "out")
    assert code == 2
    assert output.startswith("error: nothing to read: ") and "artcles: no such file or folder" in output
    assert not (tmp_path / "out").exists()
    (tmp_path / "a.txt").write_text(good_articles(1)[0][1], encoding="utf-8")
    code, output = build(tmp_path / "a.txt", tmp_path / "typo.txt", "--out", tmp_path / "out")
    assert code == 1 and "typo.txt: no such file or folder" in output  # the rest was built


def test_a_url_with_control_characters_cannot_forge_a_message_line(tmp_path):
    lines = [json.dumps({"url": "https://example.org/a\nerror: forged.txt: fake", "text": "*** --- ***"}),
             json.dumps({"url": "https://example.org/b\r\n", "text": good_articles(1)[0][1]})]
    (tmp_path / "u.jsonl").write_text("\n".join(lines), encoding="utf-8")
    code, output = build(tmp_path / "u.jsonl", "--out", tmp_path / "out")
    assert code == 1
    (error,) = _error_lines(output)
    assert error.startswith("u.jsonl:1: https://example.org/a\\x0aerror: forged.txt: fake: no article text")
    story = json.loads((tmp_path / "out" / "story.json").read_text(encoding="utf-8"))
    assert story["documents"][0]["sources"] == ["https://example.org/b"]

"""Odd files: symlink loops, dangling links, FIFOs, sockets, devices, malformed WARC records.

Each is skipped with a reason a person understands (never a Python exception name),
the rest of the batch goes on, a folder walk never recurses into a loop, and
``build`` exits 1 when it built the story of the rest, 2 only when nothing was built.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import socket
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.ingest import IngestError, read_inputs
from storyline.types import Record

from hostile import good_articles

runner = CliRunner()
# what a Python exception looks like in a message: its class name, or a repr of None
PYTHONIC = re.compile(r"\b[A-Z][a-zA-Z]*(Error|Exception)\b|NoneType|Traceback")


def _items(*paths) -> tuple[list[Record], dict[str, str]]:
    """Records, and error messages by source, read from ``paths`` (with a time limit: a FIFO must not block)."""
    out: list = []
    t = threading.Thread(target=lambda: out.extend(read_inputs([str(p) for p in paths])), daemon=True)
    t.start()
    t.join(60)
    assert not t.is_alive(), "reading blocked (a FIFO or a device was opened)"
    errors = {e.source: e.message for e in out if isinstance(e, IngestError)}
    assert len(errors) == sum(isinstance(e, IngestError) for e in out), "one message per file"
    for message in errors.values():
        assert not PYTHONIC.search(message), message
    return [r for r in out if isinstance(r, Record)], errors


@pytest.fixture
def odd(tmp_path) -> Path:
    """A folder with one good article and one of each odd kind of file."""
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "good.txt").write_text(good_articles(1)[0][1], encoding="utf-8")
    os.symlink("b.txt", d / "a.txt")
    os.symlink("a.txt", d / "b.txt")
    os.symlink("self.txt", d / "self.txt")
    os.symlink("nowhere.txt", d / "dangling.txt")
    os.symlink("good.txt", d / "alias.txt")  # a link to a good file is read (once)
    os.mkfifo(d / "fifo.txt")
    os.symlink(os.devnull, d / "device.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(d / "sock.txt"))
    os.symlink("..", d / "sub" / "up")  # a folder loop
    os.symlink("../sub", d / "sub" / "again")
    yield d
    sock.close()


def test_odd_files_in_a_folder_are_skipped_each_with_its_reason(odd):
    records, errors = _items(odd)
    assert [r.source for r in records] == ["alias.txt"]  # good.txt is the same file, read once
    assert errors == {
        "a.txt": "symlink loop (a symbolic link that leads back to itself): skipped",
        "b.txt": "symlink loop (a symbolic link that leads back to itself): skipped",
        "self.txt": "symlink loop (a symbolic link that leads back to itself): skipped",
        "dangling.txt": "dangling symbolic link (its target nowhere.txt does not exist): skipped",
        "device.txt": "not a regular file (a character device): skipped",
        "fifo.txt": "not a regular file (a named pipe, FIFO): skipped",
        "sock.txt": "not a regular file (a socket): skipped",
    }


def test_a_plain_folder_gives_no_errors(tmp_path):  # the must-not-fire twin
    (tmp_path / "a.txt").write_text(good_articles(1)[0][1], encoding="utf-8")
    os.symlink("a.txt", tmp_path / "b.txt")
    records, errors = _items(tmp_path)
    assert errors == {} and [r.source for r in records] == ["a.txt"]


def test_odd_files_named_on_the_command_line_or_by_a_glob(odd):
    _, errors = _items(odd / "fifo.txt", odd / "a.txt", odd / "dangling.txt", odd / "sock.txt", os.devnull)
    assert errors[f"{odd}/fifo.txt"].startswith("not a regular file (a named pipe")
    assert errors[f"{odd}/a.txt"].startswith("symlink loop")
    assert errors[f"{odd}/dangling.txt"].startswith("dangling symbolic link")
    assert errors[f"{odd}/sock.txt"].startswith("not a regular file (a socket)")
    assert errors[os.devnull].startswith("not a regular file (a character device)")
    records, errors = _items(f"{odd}/*.txt")
    assert errors["fifo.txt"].startswith("not a regular file") and errors["a.txt"].startswith("symlink loop")
    assert [r.source for r in records] == ["alias.txt"]


def test_a_folder_loop_is_never_followed(tmp_path):
    (tmp_path / "d" / "e").mkdir(parents=True)
    (tmp_path / "d" / "e" / "x.txt").write_text(good_articles(1)[0][1], encoding="utf-8")
    os.symlink("..", tmp_path / "d" / "e" / "loop")
    os.symlink(tmp_path / "d", tmp_path / "d" / "e" / "abs-loop")
    records, errors = _items(tmp_path / "d")
    assert [r.source for r in records] == ["e/x.txt"] and errors == {}


def test_build_with_odd_files_exits_1_and_writes_the_story_of_the_rest(odd, tmp_path):
    result = runner.invoke(app, ["build", str(odd), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "symlink loop" in result.output and "not a regular file (a named pipe, FIFO)" in result.output
    story = json.loads((tmp_path / "out" / "story.json").read_text(encoding="utf-8"))
    assert [d["sources"] for d in story["documents"]] == [["alias.txt"]]


def test_build_exits_2_with_one_line_when_nothing_could_be_built(odd, tmp_path):
    for p in ("good.txt", "alias.txt"):
        (odd / p).unlink()
    result = runner.invoke(app, ["build", str(odd), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: nothing to read: ") and "symlink loop" in lines[0]
    assert not (tmp_path / "out" / "story.json").exists()
    # files found, but none holds an article: each is listed, then one line says nothing was built
    (tmp_path / "blank").mkdir()
    (tmp_path / "blank" / "a.txt").write_bytes(b"")
    (tmp_path / "blank" / "b.txt").write_text("   \n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path / "blank"), "--out", str(tmp_path / "out2")])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert lines[:2] == ["error: a.txt: empty file", "error: b.txt: no text (only white space)"]
    assert lines[2:] == ["error: nothing built: none of the 2 input(s) could be read and the store holds no document"]
    assert not (tmp_path / "out2" / "story.json").exists()


# -- WARC records with a wrong header ------------------------------------------------------
BODY = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Fine page.</p></body></html>"
BASE = [("WARC-Record-ID", "<urn:uuid:0>"), ("WARC-Date", "2021-01-01T00:00:00Z")]


def _record(headers: list[tuple[str, str]], body: bytes = BODY, version: bytes = b"WARC/1.0") -> bytes:
    return version + b"\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers).encode() + b"\r\n" + body + b"\r\n\r\n"


GOOD = _record(BASE + [("WARC-Type", "response"), ("WARC-Target-URI", "https://example.org/ok"),
                       ("Content-Length", str(len(BODY)))])
BAD = {  # name -> (a bad record, what the message must say)
    "no-uri": (_record(BASE + [("WARC-Type", "response"), ("Content-Length", str(len(BODY)))]),
               "a 'response' record without the WARC-Target-URI header"),
    "length": (_record(BASE + [("WARC-Type", "response"), ("WARC-Target-URI", "https://example.org/b"),
                               ("Content-Length", "12x")]), "Content-Length is not a whole number of bytes ('12x')"),
    "version": (_record(BASE + [("WARC-Type", "response"), ("Content-Length", "3")], b"abc", version=b"WARC/9.9"),
                "does not start with a 'WARC/1.0' or 'WARC/1.1' line (it starts with 'WARC/9.9')"),
    "colon": (_record(BASE + [("Content-Length", "3")], b"abc").replace(b"Content-Length: 3", b"WARC-Type response\r\nContent-Length: 3"),
              "header line 4 has no 'Name: value' form ('WARC-Type response')"),
}


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("kind", sorted(BAD))
def test_a_malformed_warc_record_says_which_header_is_wrong(tmp_path, kind, gz):
    bad, says = BAD[kind]
    name = f"x.warc{'.gz' if gz else ''}"
    data = gzip.compress(GOOD) + gzip.compress(bad) if gz else GOOD + bad
    (tmp_path / name).write_bytes(data)
    records, errors = _items(tmp_path / name)
    assert [r.source for r in records] == ["https://example.org/ok"]  # the record before it is kept
    at = len(gzip.compress(GOOD)) if gz else len(GOOD)
    assert errors[name].startswith(f"malformed WARC record at byte {at}: ")
    assert says in errors[name]


def test_a_well_formed_warc_gives_no_error(tmp_path):  # the twin
    (tmp_path / "x.warc").write_bytes(GOOD + GOOD.replace(b"/ok", b"/ok2"))
    records, errors = _items(tmp_path / "x.warc")
    assert errors == {} and [r.source for r in records] == ["https://example.org/ok", "https://example.org/ok2"]


def test_a_json_line_of_the_wrong_type_names_the_json_type(tmp_path):
    (tmp_path / "x.jsonl").write_text("[1, 2]\nnull\n\"text\"\n", encoding="utf-8")
    items = list(read_inputs([str(tmp_path / "x.jsonl")]))
    assert [i.message for i in items] == ["expected a JSON object, got an array", "expected a JSON object, got null",
                                          "expected a JSON object, got a string"]


def test_a_reader_bug_costs_one_file_and_is_told_in_words(tmp_path, monkeypatch):
    from storyline.ingest import readers

    def broken(found):
        raise AttributeError("'NoneType' object has no attribute 'startswith'")
        yield

    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>y</p>", encoding="utf-8")
    monkeypatch.setattr(readers, "_read_text", broken)
    records, errors = _items(tmp_path)
    assert [r.source for r in records] == ["b.html"]
    assert errors == {"a.txt": "read failed: the txt reader could not make sense of this file "
                               "(unexpected content; please report it with the file)"}


def test_a_text_taken_whole_as_a_title_is_not_called_noise(tmp_path):
    (tmp_path / "short.txt").write_bytes("Zurich café “news”: ".encode() + "Müller sagte, dass".encode("latin-1"))
    (tmp_path / "good.txt").write_text(good_articles(1)[0][1], encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("error: short.txt"))
    assert "noise" not in line and "taken as the title" in line and "stray byte" in line, line

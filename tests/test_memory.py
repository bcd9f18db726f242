"""Memory per document is bounded: long texts are parsed in pieces, --max-chars fits
articles, and --workers is lowered when the available memory cannot hold N workers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline import builder as b
from storyline import pipeline
from storyline.ingest.limits import DEFAULT_MAX_CHARS

from hostile import good_articles

ROOT = Path(__file__).resolve().parents[1]


@settings(derandomize=True, max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab .\n"), max_size=600), size=st.integers(4, 120))
def test_pieces_join_to_the_text_and_stay_within_the_size(text, size):
    parts = pipeline.pieces(text, size)
    assert "".join(parts) == text
    assert all(0 < len(p) <= size for p in parts) or parts == [text]
    for p in parts[:-1]:  # a piece ends at a break when its second half holds one
        half = p[size // 2 :]
        if "\n" in half[:-1] or ". " in half[:-1] or " " in half[:-1]:
            assert p.endswith(("\n", ". ", " ")), (p, size)


def test_a_text_within_the_piece_size_is_one_piece():  # the must-not-fire twin
    assert pipeline.pieces("a b\n\nc d", 100) == ["a b\n\nc d"]


def test_a_long_text_parsed_in_pieces_keeps_its_text_offsets_and_sentences():
    from storyline.analyse import nlp as a_nlp

    nlp = a_nlp.load()
    text = "\n\n".join(t for _, t in good_articles(6, seed=5))
    size = len(text) // 4
    doc = pipeline.parse_in_pieces(nlp, text, size=size)
    whole = nlp(text)
    assert doc.text == text and len(pipeline.pieces(text, size)) > 3
    # no sentence crosses a piece boundary, and paragraphs (hence sentences) parse as in the whole
    bounds, at = set(), 0
    for p in pipeline.pieces(text, size)[:-1]:
        at += len(p)
        bounds.add(at)
    assert all(not (s.start_char < x < s.end_char) for s in doc.sents for x in bounds)
    assert [(s.start_char, s.end_char) for s in doc.sents] == [(s.start_char, s.end_char) for s in whole.sents]
    assert {(e.start_char, e.text) for e in doc.ents} >= {(e.start_char, e.text) for e in whole.ents} - {
        (e.start_char, e.text) for e in whole.ents if any(e.start_char < x < e.end_char + 2 for x in bounds)}


def test_the_default_max_chars_fits_articles_not_archives():
    assert 50_000 <= DEFAULT_MAX_CHARS <= 250_000


def test_workers_are_lowered_when_memory_cannot_hold_them(monkeypatch):
    need = b.worker_peak_bytes(DEFAULT_MAX_CHARS)
    monkeypatch.setattr(b, "available_memory", lambda: int(2.5 * need / 0.9))
    workers, warning = b.plan_workers(8, DEFAULT_MAX_CHARS)
    assert workers == 2 and warning.startswith("--workers 8 lowered to 2: each worker may need up to")
    monkeypatch.setattr(b, "available_memory", lambda: need // 10)
    assert b.plan_workers(4, DEFAULT_MAX_CHARS)[0] == 1  # never below one
    monkeypatch.setattr(b, "available_memory", lambda: 100 * need)  # the twin: enough memory, no change
    assert b.plan_workers(8, DEFAULT_MAX_CHARS) == (8, None)
    monkeypatch.setattr(b, "available_memory", lambda: None)  # unknown: as asked
    assert b.plan_workers(8, DEFAULT_MAX_CHARS) == (8, None)
    assert b.available_memory() is None or b.available_memory() > 0


def test_build_starts_only_the_workers_memory_allows(tmp_path, monkeypatch):
    from storyline.run import local

    started = []
    real = local.analyse_stream

    def spy(items, workers=1, **kw):
        started.append(workers)
        return real(items, workers=1)

    monkeypatch.setattr(local, "analyse_stream", spy)
    monkeypatch.setattr(b, "available_memory", lambda: int(1.5 * b.worker_peak_bytes(DEFAULT_MAX_CHARS) / 0.9))
    (tmp_path / "a.txt").write_text(good_articles(1)[0][1], encoding="utf-8")
    report = b.build([str(tmp_path / "a.txt")], b.BuildOptions(out=tmp_path / "out", workers=4, outputs=("json",)))
    assert started == [1] and report.documents == 1
    assert any(w.startswith("--workers 4 lowered to 1") for w in report.warnings), report.warnings


CHILD = """
import json, resource, sys
sys.path.insert(0, sys.argv[1])
from hostile import good_articles
from storyline import pipeline
from storyline.ingest.limits import DEFAULT_MAX_CHARS, limit_record
from storyline.types import Record
block = "\\n\\n".join(t for _, t in good_articles(60, seed=11))
text = (block + "\\n\\n") * (1_000_000 // (len(block) + 2) + 1)
record = limit_record(Record(source="long", text=text[:1_000_000]), DEFAULT_MAX_CHARS)
del text
analysis = pipeline.analyse_record(record)
print(json.dumps({"peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "chars": len(analysis.document.text), "sentences": len(analysis.sentences)}))
"""


@pytest.mark.slow
def test_a_million_character_document_with_default_options_peaks_below_1_5_gib():
    out = subprocess.run([sys.executable, "-c", CHILD, str(ROOT / "tests")], capture_output=True, text=True,
                         timeout=900, check=True)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["chars"] > 100_000 and got["sentences"] > 1000  # it was analysed, not refused
    assert got["peak_mib"] < 1.5 * 1024, got

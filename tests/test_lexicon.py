"""The lexicon registry: one reader for every data file, flags split off, the
analysis version following the data files."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from storyline import lexicon, pipeline

SRC = Path(lexicon.__file__).resolve().parent


def test_names_resolve_to_the_stage_data_folders():
    assert lexicon.path("analyse/units.tsv") == SRC / "analyse" / "data" / "units.tsv"
    # a list read by more than one stage is shared: no stage name (the cleaner reads the verbs of saying and the titles too)
    assert lexicon.path("reporting_verbs.txt") == SRC / "data" / "reporting_verbs.txt"
    assert lexicon.path("timenorm.json") == SRC / "data" / "timenorm.json"
    assert lexicon.path(Path("/x/y.txt")) == Path("/x/y.txt")


def test_flags_are_split_off_and_only_known_flags(tmp_path):
    f = tmp_path / "verbs.txt"
    f.write_text("# header\nsay\nclaim+\nhope*\n\n  # indented comment\nboth*+\nx-ray\n", encoding="utf-8")
    assert lexicon.flagged(f) == {"say": "", "claim": "+", "hope": "*", "both": "*+", "x-ray": ""}
    assert lexicon.with_flag(f, "+") == {"claim", "both"}
    assert lexicon.words(f) == {"say", "claim+", "hope*", "both*+", "x-ray"}
    # a word ending in a character that is not a declared flag keeps it
    assert lexicon.flagged(f, "*") == {"say": "", "claim+": "", "hope": "*", "both*+": "", "x-ray": ""}


def test_rows_keep_columns_and_lines_are_read_once(tmp_path):
    f = tmp_path / "t.tsv"
    f.write_text("a\tb\tc\n#no\nd\te\n", encoding="utf-8")
    assert lexicon.rows(f) == [["a", "b", "c"], ["d", "e"]]
    f.write_text("changed\n", encoding="utf-8")
    assert lexicon.rows(f) == [["a", "b", "c"], ["d", "e"]]  # cached: read once a process
    lexicon.clear()
    assert lexicon.rows(f) == [["changed"]]


def test_kinds_group_words_by_their_kind(tmp_path):
    f = tmp_path / "k.tsv"
    f.write_text("# kind, word\nhabit\tUsually\nhabit\toften \nquestion\twhether\n", encoding="utf-8")
    assert lexicon.kinds(f) == {"habit": frozenset({"usually", "often"}), "question": frozenset({"whether"})}


def test_kinds_in_order_keep_the_file_order(tmp_path):
    f = tmp_path / "k.tsv"
    f.write_text("det\tan\nlater\tago\ndet\tA\n", encoding="utf-8")
    assert lexicon.kinds_in_order(f) == {"det": ("an", "a"), "later": ("ago",)}
    assert lexicon.kinds(f) == {"det": frozenset({"a", "an"}), "later": frozenset({"ago"})}


def test_registry_lists_are_the_shared_ones():
    from storyline.analyse import timex
    from storyline.resolve import dating

    preps = lexicon.words("prepositions.txt")
    assert preps == timex._PREPS and preps < dating._PREPOSITIONS
    assert {"will", "shall", "'ll", "\u2019ll", "wo", "gonna"} == timex._FUTURE_AUX
    assert "would" in timex._MODAL and "will" not in timex._MODAL


def test_no_module_reads_a_data_file_itself():
    """Every word list goes through the registry: no other module opens a file under data/."""
    offenders = []
    for p in SRC.rglob("*.py"):
        if p.name == "lexicon.py":
            continue
        text = p.read_text(encoding="utf-8")
        if re.search(r"""["']data["']""", text) and re.search(r"read_text|json\.load\(|(?<![\w.])open\(", text):
            offenders.append(p.relative_to(SRC).as_posix())
    assert offenders == []


def test_analysis_version_has_manual_package_and_data_parts():
    v = pipeline.ANALYSIS_VERSION
    assert v == pipeline.analysis_version()
    manual, package, data = v.split("+")
    assert manual == pipeline.ANALYSIS_VERSION_MANUAL
    assert re.fullmatch(r"[0-9a-f]{12}", data)
    assert pipeline.analysis_version(manual=pipeline.ANALYSIS_VERSION_MANUAL + "-next") != v


def test_editing_a_data_file_changes_the_analysis_version(tmp_path):
    root = tmp_path / "pkg"
    for folder in lexicon.ANALYSER_DATA:
        shutil.copytree(SRC / folder, root / folder)
    before = lexicon.fingerprint(root=root)
    assert before == lexicon.fingerprint()  # the copy hashes as the package does
    f = root / "data" / "reporting_verbs.txt"
    f.write_text(f.read_text(encoding="utf-8") + "whisper\n", encoding="utf-8")
    after = lexicon.fingerprint(root=root)
    assert after != before
    assert pipeline.analysis_version(data=after) != pipeline.analysis_version(data=before)
    # the cleaner's lists count too: a boilerplate line changes the text analysed
    g = root / "clean" / "data" / "boilerplate.txt"
    g.write_text(g.read_text(encoding="utf-8") + "subscribe to our newsletter\n", encoding="utf-8")
    cleaned = lexicon.fingerprint(root=root)
    assert cleaned != after
    # a file outside the analysers' folders (the web app's question cues) does not count
    (root / "serve" / "data").mkdir(parents=True)
    (root / "serve" / "data" / "question_cues.tsv").write_text("who\tperson\n", encoding="utf-8")
    assert lexicon.fingerprint(root=root) == cleaned


def test_the_tokenizer_ships_inside_the_package_with_its_notice():
    """`pip install .` alone must give a working embedder: the tokenizer is package data."""
    import hashlib

    from storyline import embed

    notice = " ".join((embed.TOKENIZER.parent / "NOTICE.txt").read_text(encoding="utf-8").split())
    assert "Apache License, Version 2.0" in notice
    assert hashlib.sha256(embed.TOKENIZER.read_bytes()).hexdigest() in notice
    assert embed.encode(["The union blocked the depot."]).shape == (1, embed.DIM)


def test_the_corpus_stage_fingerprint_follows_its_code_not_other_code(tmp_path):
    """A stored story is reused only while the code and data it is built with are the same
    (storybuild.stage_fingerprint): an edit to the corpus stage or to an analyser helper it
    calls (analyse/, timenorm.py) changes the fingerprint; an edit to the web app or to the
    renderers' styles does not (those re-render: storybuild.render_fingerprint)."""
    from storyline import storybuild

    root = tmp_path / "pkg"
    shutil.copytree(SRC, root, ignore=shutil.ignore_patterns("__pycache__", "models"))

    def fp() -> str:
        return lexicon.fingerprint(lexicon.STORY_CODE, root=root, suffixes=(*lexicon.DATA_SUFFIXES, ".py"))

    def render_fp() -> str:
        return lexicon.fingerprint(lexicon.RENDER_CODE, root=root, suffixes=(*lexicon.DATA_SUFFIXES, ".py", ".js", ".css", ".html"))

    before, rendered = fp(), render_fp()
    assert before == storybuild.stage_fingerprint()  # the copy hashes as the package does
    assert rendered == storybuild.render_fingerprint()
    for edited in ("serve/app.py", "render/templates/report.css", "render/markdown.py"):
        f = root / edited
        f.write_text(f.read_text(encoding="utf-8") + "\n/* an edit */\n", encoding="utf-8")
        assert fp() == before, edited
    assert render_fp() != rendered  # the style and renderer edits re-render
    rendered = render_fp()
    for edited in ("resolve/conflicts.py", "analyse/figures.py", "timenorm.py"):
        f = root / edited
        f.write_text(f.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
        assert fp() != before, edited
        before = fp()
    assert render_fp() == rendered  # nor does a corpus-stage edit alone touch the render stamp

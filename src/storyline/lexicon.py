"""The one registry of rule and lexicon data files: every word list is read here.

Data files live beside the code that uses them (``analyse/data``, ``resolve/data``,
``clean/data``, ``serve/data``, and ``data/`` for lists shared across stages). A file
is named to the registry by its path below the package, without the ``data`` folder:
``"analyse/units.tsv"``, ``"resolve/event_classes.tsv"``, ``"timenorm.json"``.

Format shared by every ``*.txt`` and ``*.tsv``: one entry a line, blank lines and lines
starting with ``#`` ignored; TSV columns split on tabs. Word lists may mark entries with
trailing flag characters (``claim+``, ``hope*``): :func:`flagged` splits them off and
each file's header says what its flags mean. Each file is read once per process
(cached); :func:`fingerprint` hashes all of them for the analysis version.
"""

from __future__ import annotations

import functools
import hashlib
import json as _json
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
DATA_SUFFIXES = (".txt", ".tsv", ".json")


def path(name: str | Path) -> Path:
    """The file behind a registry name ("analyse/units.tsv" -> analyse/data/units.tsv,
    "timenorm.json" -> data/timenorm.json). A Path is taken as it is."""
    if isinstance(name, Path):
        return name
    stage, _, file = name.rpartition("/")
    return PACKAGE / stage / "data" / file if stage else PACKAGE / "data" / file


@functools.cache
def _entries(p: Path) -> tuple[str, ...]:
    out = []
    for line in p.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(line)
    return tuple(out)


def lines(name: str | Path) -> list[str]:
    """The entries of a data file, in file order (lines kept as written)."""
    return list(_entries(path(name)))


def rows(name: str | Path, sep: str = "\t") -> list[list[str]]:
    """The entries of a TSV data file, split into columns."""
    return [line.split(sep) for line in _entries(path(name))]


@functools.cache
def words(name: str | Path) -> frozenset[str]:
    """A plain word list: the entries, stripped."""
    return frozenset(line.strip() for line in _entries(path(name)))


@functools.cache
def kinds_in_order(name: str | Path) -> dict[str, tuple[str, ...]]:
    """A two-column list of kind and word: kind -> its words (stripped, lower-case) in file
    order, for a pattern that tries them in the order written."""
    out: dict[str, list[str]] = {}
    for kind, word in rows(name):
        out.setdefault(kind.strip(), []).append(word.strip().lower())
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def kinds(name: str | Path) -> dict[str, frozenset[str]]:
    """A two-column list of kind and word: kind -> its words (stripped, lower-case)."""
    return {k: frozenset(v) for k, v in kinds_in_order(name).items()}


@functools.cache
def word_kinds(name: str | Path) -> dict[str, frozenset[str]]:
    """A two-column list of word and kind (the word first, as a reader scans it): kind -> its
    words (stripped, lower-case); columns after the second are notes."""
    out: dict[str, set[str]] = {}
    for row in rows(name):
        out.setdefault(row[1].strip(), set()).add(row[0].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def kind_patterns(name: str | Path) -> dict[str, tuple[re.Pattern, ...]]:
    """A two-column list of kind and regular expression: kind -> its patterns (stripped,
    compiled case-insensitive) in file order."""
    out: dict[str, list[re.Pattern]] = {}
    for kind, rx in rows(name):
        out.setdefault(kind.strip(), []).append(re.compile(rx.strip(), re.IGNORECASE))
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def flagged(name: str | Path, marks: str = "*+~") -> dict[str, str]:
    """A word list with trailing flag characters: word -> its flags ("" for none).

    ``claim+`` -> ``{"claim": "+"}``; the flag characters allowed are ``marks``, so a
    word never loses a letter to an unknown flag."""
    out: dict[str, str] = {}
    for line in _entries(path(name)):
        entry = line.strip()
        word = entry.rstrip(marks)
        out[word] = entry[len(word):]
    return out


def with_flag(name: str | Path, flag: str, marks: str = "*+~") -> frozenset[str]:
    """The words of a flagged list that carry ``flag``."""
    return frozenset(w for w, f in flagged(name, marks).items() if flag in f)


@functools.cache
def json(name: str | Path):
    """A JSON data file, parsed (shared: callers must not change it)."""
    return _json.loads(path(name).read_text(encoding="utf-8"))


# The folders whose files the per-document stage reads (the cleaner's, analyse/'s and the
# shared data/): a change to any of them changes what a stored analysis would hold (a
# boilerplate list changes the cleaned text every analysis is made from).
ANALYSER_DATA = ("clean/data", "analyse/data", "data")
# what a story is computed from, besides its documents' analyses (storybuild's corpus
# stamp): the corpus stage (resolve/), the analysers' helpers it calls (analyse/: names,
# the figures' lexicon, bounds), the shared modules below them
STORY_CODE = ("resolve", "analyse", "data", "timenorm.py", "neighbours.py", "embed.py",
              "schema.py", "types.py", "lexicon.py", "pipeline.py", "storybuild.py")
# what a story's files are rendered with from its story.json (storybuild's render stamp):
# the renderers with their templates (CSS, JS), and the build's writer of them
RENDER_CODE = ("render", "builder.py")


def data_files(folders: tuple[str, ...] = ANALYSER_DATA, root: Path = PACKAGE,
               suffixes: tuple[str, ...] = DATA_SUFFIXES) -> list[Path]:
    """Every data file (by default; any of ``suffixes``) in the given folders (or files) below
    ``root``, in a stable order."""
    found: set[Path] = set()
    for folder in folders:
        base = root / folder
        if base.is_file() and base.suffix in suffixes:
            found.add(base)
        elif base.is_dir():
            found.update(p for p in base.rglob("*") if p.is_file() and p.suffix in suffixes)
    return sorted(found)


def fingerprint(folders: tuple[str, ...] = ANALYSER_DATA, root: Path = PACKAGE,
                suffixes: tuple[str, ...] = DATA_SUFFIXES) -> str:
    """A short hash of the data files' names and bytes: changes when any lexicon does
    (with other ``suffixes``, e.g. ".py", when any of those files does)."""
    h = hashlib.sha256()
    for p in data_files(folders, root, suffixes):
        h.update(p.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(p.read_bytes() + b"\0")
    return h.hexdigest()[:12]


def clear() -> None:
    """Forget every file read (tests that write data files)."""
    for f in (_entries, words, kinds_in_order, kinds, kind_patterns, flagged, json):
        f.cache_clear()

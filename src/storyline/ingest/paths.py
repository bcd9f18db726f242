"""Turn INPUT arguments (files, folders, globs) into files with stable relative names."""

from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass
from pathlib import Path

# file name endings we read (longest first) and the reader each takes
KINDS = {
    ".warc.gz": "warc",
    ".jsonl.gz": "jsonl",
    ".warc": "warc",
    ".jsonl": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".txt": "txt",
    ".text": "txt",
}
SUPPORTED = tuple(KINDS)


@dataclass(frozen=True)
class Found:
    path: Path
    name: str  # relative to the INPUT argument it was found under (stable across machines)
    explicit: bool  # named directly rather than found in a folder


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def safe_name(name: str) -> str:
    """A file name fit for messages, JSON and SQLite: bytes that are not UTF-8 (which
    Python keeps as lone surrogates) and control characters (a newline in a name would
    split a one-line error) are written as backslash escapes."""
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", name)


def kind_of(path: Path | str) -> str | None:
    name = str(path).lower()
    for end, kind in KINDS.items():
        if name.endswith(end):
            return kind
    return None


def _glob_base(pattern: str) -> Path:
    parts = Path(pattern).parts
    base = []
    for part in parts:
        if glob.has_magic(part):
            break
        base.append(part)
    return Path(*base) if base else Path(".")


def expand(inputs: list[str]) -> tuple[list[Found], list[str]]:
    """Files to read, in a stable order, and messages for INPUTs that match nothing."""
    found: list[Found] = []
    missing: list[str] = []
    for arg in inputs:
        p = Path(arg)
        if p.is_dir():
            files = []
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for n in names:
                    fp = Path(root) / n
                    if not n.startswith(".") and kind_of(fp):
                        files.append(fp)
            for fp in sorted(files, key=lambda f: f.relative_to(p).as_posix()):
                found.append(Found(fp, safe_name(fp.relative_to(p).as_posix()), explicit=False))
        elif p.is_file():
            found.append(Found(p, safe_name(p.name), explicit=True))
        elif glob.has_magic(arg):
            base = _glob_base(arg)
            matches = sorted(Path(m) for m in glob.glob(arg, recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                missing.append(f"{safe_name(arg)}: no file matches")
            for fp in files:
                try:
                    name = fp.relative_to(base).as_posix()
                except ValueError:
                    name = fp.name
                found.append(Found(fp, safe_name(name), explicit=True))
        else:
            missing.append(f"{safe_name(arg)}: no such file or folder")
    # a file reached through two INPUTs is read once
    seen, unique = set(), []
    for f in found:
        key = f.path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, missing

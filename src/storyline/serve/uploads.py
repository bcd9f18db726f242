"""Uploaded files and pasted text -> raw records, entirely in memory.

An upload's file name only picks the reader (by its extension) and names the
record's source (``upload/NAME``, reduced to safe characters); nothing is ever
written to or read from the file system under a name a request chose.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

from ..clean import encoding
from ..ingest.readers import record_from_json
from ..types import Record

READERS = {".txt": "txt", ".text": "txt", ".md": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class Problem:
    source: str
    message: str
    line: int | None = None


def safe_name(filename: str | None) -> str:
    """The last path component with anything but [A-Za-z0-9._-] replaced, at most 100 characters."""
    base = re.split(r"[\\/]", filename or "")[-1]
    name = _UNSAFE.sub("_", base).strip("._") or "unnamed"
    return name[-100:]


def kind(filename: str | None) -> str | None:
    name = (filename or "").lower()
    for ext, k in READERS.items():
        if name.endswith(ext):
            return k
    return None


def from_file(filename: str | None, data: bytes) -> tuple[list[Record], list[Problem]]:
    """Records of one uploaded file (.txt, .html/.htm, .jsonl), and what could not be read."""
    name = safe_name(filename)
    source = f"upload/{name}"
    k = kind(filename)
    if k is None:
        return [], [Problem(source, f"unsupported file type (use {', '.join(sorted(READERS))})")]
    if not data.strip():
        return [], [Problem(source, "empty file")]
    if k == "jsonl":
        return _jsonl(source, data)
    try:
        text, warnings = encoding.decode(data, name)
    except ValueError as e:
        return [], [Problem(source, str(e))]
    if not text.strip():
        return [], [Problem(source, "no text (only white space)")]
    if k == "html":
        return [Record(source=source, html=text, warnings=warnings)], []
    return [Record(source=source, text=text, warnings=warnings)], []


def _jsonl(source: str, data: bytes) -> tuple[list[Record], list[Problem]]:
    records, problems = [], []
    for lineno, raw in enumerate(data.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            line, _ = encoding.decode(raw, f"{source}:{lineno}")
            obj = json.loads(line)
        except ValueError as e:  # json.JSONDecodeError is a ValueError
            problems.append(Problem(source, f"invalid line: {e}", lineno))
            continue
        rec = record_from_json(obj, f"{source}#{lineno}")
        if isinstance(rec, str):
            problems.append(Problem(source, rec, lineno))
        else:
            records.append(rec)
    if not records and not problems:
        problems.append(Problem(source, "no records"))
    return records, problems


def from_text(text: str, title: str | None = None, outlet: str | None = None,
              date: str | None = None, url: str | None = None) -> tuple[list[Record], list[Problem]]:
    """A record of pasted text; its source is named by the text's hash, so pasting it again changes nothing."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    source = f"pasted/{digest}"
    if not text.strip():
        return [], [Problem(source, "empty text")]
    return [Record(source=source, text=text, title=title or None, outlet=outlet or None,
                   date=date or None, url=url or None)], []

"""Uploaded files and pasted text -> raw records, entirely in memory.

``from_request`` reads an add request's body (a form with files and text, or JSON);
``from_file`` and ``from_text`` turn its parts into records.

An upload's file name only picks the reader (by its extension) and names the
record's source (``upload/NAME``, reduced to safe characters); nothing is ever
written to or read from the file system under a name a request chose.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request

from ..ingest import decode
from ..ingest.readers import record_from_json
from ..types import Record

READERS = {".txt": "txt", ".text": "txt", ".md": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
TEXT_FIELDS = ("text", "title", "outlet", "date", "url")


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
        text, warnings = decode.decode(data, name)
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
            line, _ = decode.decode(raw, f"{source}:{lineno}")
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


class Refused(Exception):
    """A request body that cannot be read as an add: the HTTP status and why."""

    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status, self.detail = status, detail


async def from_request(request: Request, max_part_size: int) -> tuple[list[Record], list[Problem]]:
    """Records of an add request: multipart/form-data or form-urlencoded (files, text and its
    metadata) or a JSON object of strings with 'text'. Raises :class:`Refused` for a body of
    another type or shape; files that cannot be read are returned as problems."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    records: list[Record] = []
    problems: list[Problem] = []
    if ctype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        fields = await _form(request, max_part_size, records, problems)
    elif ctype == "application/json":
        fields = _json_fields(await request.body())
    else:
        raise Refused(415, "send multipart/form-data (files, text), form-urlencoded or JSON")
    for key, value in fields.items():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise Refused(422, f"'{key}' is not valid Unicode text (lone surrogates)") from None
    if fields.get("text", "").strip():
        got, bad = from_text(fields["text"], fields.get("title"), fields.get("outlet"),
                             fields.get("date"), fields.get("url"))
        records += got
        problems += bad
    return records, problems


async def _form(request: Request, max_part_size: int, records: list[Record], problems: list[Problem]) -> dict[str, str]:
    """Read a form: files become records (or problems), text fields are returned."""
    fields: dict[str, str] = {}
    form = await request.form(max_files=100, max_fields=20, max_part_size=max_part_size)
    try:
        for key, value in form.multi_items():
            if key in TEXT_FIELDS and key in fields:
                # one text and one value of each metadata field per request: which of two
                # 'url' or 'text' parts the client meant cannot be known (refused, not guessed)
                raise Refused(422, f"'{key}' given more than once: send one value per field")
            if isinstance(value, UploadFile):
                data = await value.read()
                if value.filename is None and key in TEXT_FIELDS:
                    fields[key] = data.decode("utf-8", errors="replace")
                    continue
                # decoding (charset detection) can take a while: not on the event loop
                got, bad = await run_in_threadpool(from_file, value.filename, data)
                records += got
                problems += bad
            elif key in TEXT_FIELDS:
                fields[key] = value
            elif key == "files":  # a plain field where a file belongs: the client is confused
                raise Refused(422, "'files' parts must be files (with a file name), not plain fields")
    finally:
        await form.close()
    return fields


def _json_fields(raw: bytes) -> dict[str, str]:
    try:
        body = json.loads(raw)
    except ValueError:
        raise Refused(422, "invalid JSON") from None
    if not isinstance(body, dict):
        raise Refused(422, "expected a JSON object")
    wrong = [k for k in TEXT_FIELDS if k in body and not isinstance(body[k], str)]
    if wrong or not isinstance(body.get("text"), str):
        raise Refused(422, f"'text' is required and these must be strings: {', '.join(wrong) or 'text'}")
    return {k: body[k] for k in TEXT_FIELDS if k in body}

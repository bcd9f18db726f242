"""Format readers. Each yields Record or IngestError; none raises for bad input."""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..clean import encoding
from ..types import Record
from .errors import IngestError
from .paths import Found, expand, kind_of

Item = Record | IngestError

# a file above this is refused before it is read at all (documents above --max-chars
# are cut later, at a paragraph boundary); JSONL and WARC stream and are not limited
MAX_FILE_BYTES = 1 << 30
JSONL_FIELDS = {"text", "html", "title", "url", "date", "outlet", "id", "author", "authors", "source"}


def read_inputs(inputs: list[str]) -> Iterator[Item]:
    """Every record under the INPUT arguments, lazily, in a stable order."""
    found, missing = expand(inputs)
    for m in missing:
        arg, _, msg = m.partition(": ")
        yield IngestError(arg, msg)
    for f in found:
        yield from read_file(f)


def read_file(found: Found) -> Iterator[Item]:
    kind = kind_of(found.path) or ("txt" if found.explicit else None)
    if kind is None:
        return
    try:
        size = found.path.stat().st_size
    except OSError as e:
        yield IngestError(found.name, f"cannot read: {e.strerror or e}")
        return
    if size == 0:
        yield IngestError(found.name, "empty file")
        return
    if size > MAX_FILE_BYTES and kind in ("txt", "html"):
        yield IngestError(found.name, f"file too large ({size} bytes; limit {MAX_FILE_BYTES})")
        return
    reader = {"txt": _read_text, "html": _read_html, "jsonl": _read_jsonl, "warc": _read_warc}[kind]
    try:
        yield from reader(found)
    except OSError as e:  # a read that fails half way (I/O error, truncated gzip)
        yield IngestError(found.name, f"read failed: {e}")


def _decode_file(found: Found) -> tuple[str | None, list[str], IngestError | None]:
    data = found.path.read_bytes()
    if found.path.name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as e:
            return None, [], IngestError(found.name, f"bad gzip data: {e}")
    try:
        text, warnings = encoding.decode(data, found.name)
    except ValueError as e:
        return None, [], IngestError(found.name, str(e))
    if not text.strip():
        return None, [], IngestError(found.name, "no text (only white space)")
    return text, warnings, None


def _read_text(found: Found) -> Iterator[Item]:
    text, warnings, err = _decode_file(found)
    if err:
        yield err
        return
    yield Record(source=found.name, text=text, warnings=warnings)


def _read_html(found: Found) -> Iterator[Item]:
    text, warnings, err = _decode_file(found)
    if err:
        yield err
        return
    yield Record(source=found.name, html=text, warnings=warnings)


def _open_lines(path: Path):
    if path.name.lower().endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="replace")
    return open(path, "rb")


def _read_jsonl(found: Found) -> Iterator[Item]:
    with _open_lines(found.path) as fh:
        for lineno, raw in enumerate(fh, 1):
            if isinstance(raw, bytes):
                try:
                    raw, _ = encoding.decode(raw, f"{found.name}:{lineno}")
                except ValueError as e:
                    yield IngestError(found.name, str(e), lineno)
                    continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as e:
                yield IngestError(found.name, f"invalid JSON ({e.msg} at column {e.colno})", lineno)
                continue
            rec = record_from_json(obj, f"{found.name}#{lineno}")
            if isinstance(rec, str):
                yield IngestError(found.name, rec, lineno)
            else:
                yield rec


def _str(obj: dict, key: str) -> str | None:
    v = obj.get(key)
    if v is None:
        return None
    return v if isinstance(v, str) else str(v)


def record_from_json(obj, fallback_source: str) -> Record | str:
    """A Record from one JSON object, or a message saying what is wrong with it."""
    if not isinstance(obj, dict):
        return f"expected a JSON object, got {type(obj).__name__}"
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return "no 'text' or 'html' string"
    if isinstance(text, str) and not text.strip() and not (isinstance(html, str) and html.strip()):
        return "empty 'text'"
    authors = obj.get("authors") or obj.get("author") or []
    if isinstance(authors, str):
        authors = [authors]
    url = _str(obj, "url")
    return Record(
        source=url or fallback_source,
        text=text if isinstance(text, str) and text.strip() else None,
        html=html if isinstance(html, str) else None,
        title=_str(obj, "title"),
        url=url,
        date=_str(obj, "date"),
        outlet=_str(obj, "outlet"),
        authors=[str(a) for a in authors if a],
        id=_str(obj, "id"),
    )


def _read_warc(found: Found) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    with open(found.path, "rb") as fh:
        it = ArchiveIterator(fh)
        try:
            for rec in it:
                if rec.rec_type not in ("response", "resource"):
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else None) or (
                    rec.rec_headers.get_header("Content-Type") or ""
                )
                url = rec.rec_headers.get_header("WARC-Target-URI") or f"{found.name}#{n + 1}"
                if "html" not in ctype.lower() and "text/plain" not in ctype.lower():
                    continue
                n += 1
                data = rec.content_stream().read()
                try:
                    text, warnings = encoding.decode(data, url)
                except ValueError as e:
                    yield IngestError(found.name, f"{url}: {e}")
                    continue
                # WARC-Date is crawl time, not publication time: not used as a date
                if "html" in ctype.lower():
                    yield Record(source=url, url=url, html=text, warnings=warnings)
                else:
                    yield Record(source=url, url=url, text=text, warnings=warnings)
        except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as e:
            yield IngestError(found.name, f"truncated or malformed WARC after {n} record(s): {e}")
            return
    # warcio stops quietly at a truncated end; check the end ourselves
    problem = _truncation(found.path)
    if problem:
        yield IngestError(found.name, f"truncated WARC ({problem}); kept the {n} record(s) read before it")


def _truncation(path: Path) -> str | None:
    """Why a WARC file looks cut short, or None. Streams; memory stays bounded."""
    if path.name.lower().endswith(".gz"):
        try:
            with gzip.open(path, "rb") as fh:
                while fh.read(1 << 20):
                    pass
        except (EOFError, OSError, zlib.error) as e:
            return f"gzip stream ends early: {e}"
        return None
    with open(path, "rb") as fh:
        fh.seek(max(0, path.stat().st_size - 4))
        if fh.read() != b"\r\n\r\n":  # every WARC record ends with two CRLFs
            return "last record does not end with its CRLF pair"
    return None

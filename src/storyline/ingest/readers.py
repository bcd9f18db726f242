"""Format readers. Each yields Record or IngestError; none raises for bad input."""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..clean import encoding
from ..types import Record
from .errors import IngestError
from .paths import Found, expand, kind_of, safe_name

Item = Record | IngestError

# a file above this (or a .gz that decompresses above it) is refused; documents above
# --max-chars are cut later, at a paragraph boundary. JSONL and WARC stream: a JSONL
# line is limited on its own
MAX_FILE_BYTES = 1 << 30
MAX_LINE_BYTES = 1 << 28  # one JSONL line (an article as JSON) above this is refused
JSONL_FIELDS = {"text", "html", "title", "url", "date", "outlet", "id", "author", "authors", "source"}


def read_inputs(inputs: list[str], exclude: list[Path] | None = None) -> Iterator[Item]:
    """Every record under the INPUT arguments, lazily, in a stable order (files under
    ``exclude``, such as the build's own output folder, are skipped unless named as an
    INPUT themselves: found in a folder or by a glob, they are not articles)."""
    found, missing = expand(inputs)
    if exclude:
        skip = [Path(e).resolve() for e in exclude]
        named = {Path(a).resolve() for a in inputs if Path(a).is_file()}
        found = [f for f in found if f.path.resolve() in named or not any(f.path.resolve().is_relative_to(e) for e in skip)]
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
    except (OSError, EOFError, zlib.error) as e:  # a read that fails half way (I/O error, truncated gzip)
        yield IngestError(found.name, f"read failed: {_one_line(e)}")
    except MemoryError:
        yield IngestError(found.name, "read failed: out of memory")
    except Exception as e:  # a reader bug must cost one file, never the batch
        yield IngestError(found.name, f"read failed: {type(e).__name__}: {_one_line(e)}")


def _one_line(e: BaseException | str, limit: int = 300) -> str:
    """An error message on one line, not too long (file names and data can hold anything)."""
    text = " ".join(str(e).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """encoding.decode, with its messages not repeating the file name the error carries."""
    try:
        text, warnings = encoding.decode(data, name)
    except ValueError as e:
        raise ValueError(_unlabel(str(e), name)) from e
    return text, [_unlabel(w, name) for w in warnings]


def _unlabel(message: str, name: str) -> str:
    return message[len(name) + 2 :] if message.startswith(f"{name}: ") else message


def _decode_file(found: Found) -> tuple[str | None, list[str], IngestError | None]:
    if found.path.name.lower().endswith(".gz"):
        try:
            with gzip.open(found.path, "rb") as fh:
                data = fh.read(MAX_FILE_BYTES + 1)  # bounded: a gzip bomb must not take all memory
        except (OSError, EOFError, zlib.error) as e:
            return None, [], IngestError(found.name, f"bad gzip data: {_one_line(e)}")
        if len(data) > MAX_FILE_BYTES:
            return None, [], IngestError(found.name, f"decompresses to over {MAX_FILE_BYTES} bytes (limit)")
    else:
        data = found.path.read_bytes()
    try:
        text, warnings = _decode(data, found.name)
    except ValueError as e:
        return None, [], IngestError(found.name, _one_line(e))
    if not text or text.isspace():  # (not text.strip(): that copies a 200 MB text)
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
        return gzip.open(path, "rb")
    return open(path, "rb")


def _lines(fh) -> Iterator[bytes | None]:
    """Lines of a binary stream; None for a line over MAX_LINE_BYTES (skipped, never held
    whole in memory: one endless line, or a gzip bomb, must not take all memory)."""
    while True:
        raw = fh.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = fh.readline(MAX_LINE_BYTES + 1)
            yield None
        else:
            yield raw


def _read_jsonl(found: Found) -> Iterator[Item]:
    lineno = 0
    with _open_lines(found.path) as fh:
        lines = _lines(fh)
        while True:
            try:
                raw = next(lines)
            except StopIteration:
                break
            except (EOFError, OSError, zlib.error) as e:  # truncated or corrupt gzip
                yield IngestError(
                    found.name, f"compressed data ends early or is corrupt ({_one_line(e)}); kept the {lineno} line(s) before it", lineno + 1
                )
                return
            lineno += 1
            if raw is None:
                yield IngestError(found.name, f"line longer than {MAX_LINE_BYTES} bytes (limit), skipped", lineno)
                continue
            try:
                raw, _ = _decode(raw, f"{found.name}:{lineno}")
            except ValueError as e:
                yield IngestError(found.name, _one_line(e), lineno)
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as e:
                yield IngestError(found.name, f"invalid JSON ({e.msg} at column {e.colno})", lineno)
                continue
            except RecursionError:
                yield IngestError(found.name, "invalid JSON (nested too deeply)", lineno)
                continue
            rec = record_from_json(obj, f"{found.name}#{lineno}")
            if isinstance(rec, str):
                yield IngestError(found.name, rec, lineno)
            else:
                yield rec.model_copy(update={"origin": found.name, "line": lineno})


_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(v: str) -> str:
    """JSON may escape lone UTF-16 surrogates ("\\ud800"), which no UTF-8 file, hash or
    SQLite text can hold: each becomes U+FFFD. (json.loads already joined valid pairs.)"""
    return _SURROGATE.sub("\ufffd", v)


def _str(obj: dict, key: str) -> str | None:
    v = obj.get(key)
    if v is None:
        return None
    return _text(v if isinstance(v, str) else str(v))


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
    if not isinstance(authors, list):
        authors = [authors]
    url = _str(obj, "url")
    url = safe_name(url.strip()) if url and url.strip() else None  # a source: no control characters
    return Record(
        source=url or fallback_source,
        text=_text(text) if isinstance(text, str) and text.strip() else None,
        html=_text(html) if isinstance(html, str) else None,
        title=_str(obj, "title"),
        url=url,
        date=_str(obj, "date"),
        outlet=_str(obj, "outlet"),
        authors=[_text(str(a)) for a in authors if a],
        id=_str(obj, "id"),
    )


def _read_warc(found: Found) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    with open(found.path, "rb") as fh:
        head = fh.read(6)
        fh.seek(0)
        if not (head.startswith(b"\x1f\x8b") or head.startswith(b"WARC/")):
            yield IngestError(found.name, "not a WARC file (it starts with neither 'WARC/' nor a gzip header)")
            return
        it = ArchiveIterator(fh)
        try:
            for rec in it:
                if rec.rec_type not in ("response", "resource"):
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else None) or (
                    rec.rec_headers.get_header("Content-Type") or ""
                )
                url = safe_name(rec.rec_headers.get_header("WARC-Target-URI") or f"{found.name}#{n + 1}")
                if "html" not in ctype.lower() and "text/plain" not in ctype.lower():
                    continue
                n += 1
                data = rec.content_stream().read(MAX_FILE_BYTES + 1)
                if len(data) > MAX_FILE_BYTES:
                    yield IngestError(found.name, f"{url}: record over {MAX_FILE_BYTES} bytes (limit), skipped")
                    continue
                try:
                    text, warnings = _decode(data, url)
                except ValueError as e:
                    yield IngestError(found.name, f"{url}: {_one_line(e)}")
                    continue
                # WARC-Date is crawl time, not publication time: not used as a date
                if "html" in ctype.lower():
                    yield Record(source=url, url=url, html=text, warnings=warnings, origin=found.name)
                else:
                    yield Record(source=url, url=url, text=text, warnings=warnings, origin=found.name)
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

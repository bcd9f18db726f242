"""Format readers. Each yields Record or IngestError; none raises for bad input."""

from __future__ import annotations

import gzip
import json
import logging
import os
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..types import Record
from . import decode
from .errors import IngestError
from .paths import Found, expand, kind_of, problem, safe_name

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
    found, problems = expand(inputs)
    if exclude:
        skip = [Path(os.path.realpath(e)) for e in exclude]
        named = {Path(os.path.realpath(a)) for a in inputs if Path(a).is_file()}
        found = [f for f in found if (real := Path(os.path.realpath(f.path))) in named
                 or not any(real.is_relative_to(e) for e in skip)]
    yield from problems
    for f in found:
        yield from read_file(f)


def read_file(found: Found) -> Iterator[Item]:
    kind = kind_of(found.path) or ("txt" if found.explicit else None)
    if kind is None:
        return
    why = problem(found.path)  # again: it may have changed since the walk, and a FIFO must never be opened
    if why is None and found.path.is_dir():
        why = "a folder, not a file"
    if why is not None:
        yield IngestError(found.name, why)
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
    except OSError as e:  # a read that fails half way (I/O error, file removed)
        yield IngestError(found.name, f"read failed: {e.strerror or 'input/output error'}")
    except (EOFError, zlib.error):  # a truncated or corrupt gzip stream
        yield IngestError(found.name, "read failed: the compressed data ends early or is corrupt")
    except MemoryError:
        yield IngestError(found.name, "read failed: out of memory")
    except Exception:  # a reader bug must cost one file, never the batch; its name means nothing to a reader
        logging.getLogger("storyline.ingest").debug("reader failed on %s", found.name, exc_info=True)
        yield IngestError(found.name, f"read failed: the {kind} reader could not make sense of this file "
                                      "(unexpected content; please report it with the file)")


def _one_line(e: BaseException | str, limit: int = 300) -> str:
    """An error message on one line, not too long (file names and data can hold anything)."""
    text = " ".join(str(e).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """decode.decode, with its messages not repeating the file name the error carries."""
    try:
        text, warnings = decode.decode(data, name)
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
                line, _ = _decode(raw, f"{found.name}:{lineno}")
            except ValueError as e:
                yield IngestError(found.name, _one_line(e), lineno)
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
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


_JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true or false",
               type(None): "null"}


def record_from_json(obj, fallback_source: str) -> Record | str:
    """A Record from one JSON object, or a message saying what is wrong with it."""
    if not isinstance(obj, dict):
        return f"expected a JSON object, got {_JSON_TYPES.get(type(obj), 'something else')}"
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

    n = 0
    with open(found.path, "rb") as fh:
        head = fh.read(6)
        fh.seek(0)
        if not (head.startswith(b"\x1f\x8b") or head.startswith(b"WARC/")):
            yield IngestError(found.name, "not a WARC file (it starts with neither 'WARC/' nor a gzip header)")
            return
        it = ArchiveIterator(fh)
        records = iter(it)
        while True:
            at = it.offset
            try:
                if it.record is not None:
                    it.read_to_end()  # the previous record's body: now it.offset is where the next starts
                at = it.offset  # (in the file: the compressed offset of the gzip member for .warc.gz)
                rec = next(records)
            except StopIteration:
                break
            except MemoryError:
                raise
            except Exception as e:  # warcio raises anything from ArchiveLoadFailed to AttributeError on a bad header
                why = _diagnose_warc(found.path, at) or _warc_reason(e)
                yield IngestError(found.name, f"malformed WARC record at byte {at}: {why}; kept the {n} record(s) before it")
                return
            length = rec.rec_headers.get_header("Content-Length")
            if length is not None and not length.strip().isdigit():  # warcio reads on from a wrong place
                yield IngestError(found.name, f"malformed WARC record at byte {at}: Content-Length is not a whole "
                                              f"number of bytes ({_one_line(length[:30])!r}); kept the {n} record(s) before it")
                return
            if rec.rec_type is None:
                why = _diagnose_warc(found.path, at) or "the WARC-Type header is missing"
                yield IngestError(found.name, f"malformed WARC record at byte {at}: {why}; skipped")
                continue
            if rec.rec_type not in ("response", "resource"):
                continue
            try:
                ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else None) or (
                    rec.rec_headers.get_header("Content-Type") or ""
                )
                url = safe_name(rec.rec_headers.get_header("WARC-Target-URI") or f"{found.name}#{n + 1}")
                if "html" not in ctype.lower() and "text/plain" not in ctype.lower():
                    continue
                n += 1
                data = rec.content_stream().read(MAX_FILE_BYTES + 1)
            except MemoryError:
                raise
            except Exception as e:  # a body that does not match its headers (chunked, compressed, short)
                why = _diagnose_warc(found.path, at) or _warc_reason(e)
                yield IngestError(found.name, f"malformed WARC record at byte {at}: {why}; kept the {n - 1} record(s) before it")
                return
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
    # warcio stops quietly at a truncated end; check the end ourselves
    problem = _truncation(found.path)
    if problem:
        yield IngestError(found.name, f"truncated WARC ({problem}); kept the {n} record(s) read before it")


# WARC 1.1, section 5: every record has these; a record about a URL names it
WARC_REQUIRED = ("WARC-Type", "WARC-Record-ID", "WARC-Date", "Content-Length")
WARC_NEEDS_URI = {"response", "resource", "request", "revisit"}


def _warc_reason(e: BaseException) -> str:
    """warcio's own message when it is one a person can read, else a plain description."""
    from warcio.exceptions import ArchiveLoadFailed

    if isinstance(e, ArchiveLoadFailed):
        return _one_line(getattr(e, "msg", None) or e)
    if isinstance(e, (EOFError, zlib.error)):
        return "the compressed data is truncated or corrupt"
    if isinstance(e, OSError):
        return f"read error ({e.strerror or 'I/O error'})"
    return "its headers or body could not be parsed"


def _warc_head(path: Path, offset: int, limit: int = 1 << 16) -> bytes:
    """Up to ``limit`` bytes of the record at ``offset`` (decompressed when the file is gzip)."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        raw = fh.read(limit)
    if raw.startswith(b"\x1f\x8b"):
        try:
            d = zlib.decompressobj(wbits=31)
            return d.decompress(raw, limit)
        except zlib.error:
            return b""
    return raw


def _diagnose_warc(path: Path, offset: int) -> str | None:
    """Which header of the WARC record at ``offset`` is wrong, in words; None when its
    header block looks right (the problem is elsewhere).

    warcio reports a missing WARC-Target-URI as an AttributeError and a bad
    Content-Length as "invalid record": a person needs the header's name."""
    try:
        raw = _warc_head(path, offset)
    except OSError:
        return None
    raw = raw.lstrip(b"\r\n")
    end = raw.find(b"\r\n\r\n")
    block = raw[:end] if end >= 0 else raw
    lines = block.decode("utf-8", "replace").split("\r\n")
    if not lines or not re.fullmatch(r"WARC/1\.[01]", lines[0].strip()):
        first = lines[0][:60] if lines else ""
        shown = repr(_one_line(first)) if first.isprintable() else "binary data"
        return f"it does not start with a 'WARC/1.0' or 'WARC/1.1' line (it starts with {shown})"
    if end < 0:
        return "its header block does not end with an empty line (CRLF CRLF)"
    headers: dict[str, str] = {}
    for i, line in enumerate(lines[1:], 2):
        if line[:1] in (" ", "\t"):  # a continuation line
            continue
        name, colon, value = line.partition(":")
        if not colon or not name.strip():
            return f"header line {i} has no 'Name: value' form ({_one_line(line[:60])!r})"
        headers[name.strip().lower()] = value.strip()
    length = headers.get("content-length", "")
    if length and not length.isdigit():
        return f"Content-Length is not a whole number of bytes ({_one_line(length[:30])!r})"
    kind = headers.get("warc-type", "")
    if kind in WARC_NEEDS_URI and not headers.get("warc-target-uri"):
        return f"a '{kind}' record without the WARC-Target-URI header"
    for name in WARC_REQUIRED:  # the ones warcio tolerates missing come last
        if not headers.get(name.lower()):
            return f"the required {name} header is missing or empty"
    if end >= 0 and len(raw) - end - 4 < int(length) and len(raw) < (1 << 16):
        return f"truncated: Content-Length says {length} bytes but the file ends after {len(raw) - end - 4}"
    return None


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

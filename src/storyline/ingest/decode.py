"""Bytes to text: detect the encoding (BOMs, UTF-8, charset-normalizer).

``decode`` turns a file's bytes into ``str`` and says, in warnings, when it had to guess.
Reading input is ingest's job (files, uploads); mojibake left in decoded text is
repaired later, by the cleaner (``clean.encoding.repair``).
"""

from __future__ import annotations

import codecs
import re

# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# Share of control characters (other than tab/newline/CR/FF) above which the
# decoded "text" is taken to be binary data.
_MAX_CONTROL_SHARE = 0.02

# Codecs charset-normalizer names, preferred in this order when it finds them tied.
_PREFERRED = ("utf_8", "cp1252", "latin_1", "iso8859_15")


# The Cc characters (U+0000-001F, U+007F-009F) other than tab/newline/CR/FF/VT; a
# regex counts them in C (a per-character Python loop took a minute on a 200 MB file).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for _ in _CONTROL.finditer(text))
    return bad / len(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs in every other byte (ASCII-heavy text)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    if odd.count(0) > 0.4 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.4 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _checked(text: str, name: str, codec: str) -> str:
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise ValueError(f"{name or '<bytes>'}: looks like binary data, not text (decoded as {codec})")
    return text


def decode(data: bytes, name: str = "") -> tuple[str, list[str]]:
    """Decode bytes to str; returns (text, warnings).

    BOMs (UTF-8/16/32) decide first; then strict UTF-8; then UTF-8 with a few stray
    cp1252 bytes; then charset-normalizer (cp1252 unless messier than its guess),
    with a warning naming the codec it chose. Binary data
    (NULs, control characters) raises ValueError naming the file.
    """
    label = name or "<bytes>"
    if not data:
        return "", []
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom):].decode(codec), name, codec), []
            except UnicodeDecodeError as exc:
                raise ValueError(f"{label}: starts with a {codec} byte-order mark but does not decode: {exc}") from exc
    codec16 = _utf16_without_bom(data)
    if codec16:
        try:
            return _checked(data.decode(codec16), name, codec16), [f"{label}: no byte-order mark, read as {codec16}"]
        except UnicodeDecodeError:
            pass
    if data.count(0) > max(1, len(data) // 1000):
        raise ValueError(f"{label}: looks like binary data, not text ({data.count(0)} NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), name, "utf-8"), []
    except UnicodeDecodeError:
        pass
    mixed = _mixed_utf8(data)
    if mixed is not None:
        text, stray = mixed
        return _checked(text, name, "utf-8"), [f"{label}: mostly UTF-8, {stray} stray byte(s) read as cp1252"]
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise ValueError(f"{label}: no text encoding fits these bytes (binary data?)")
    best = matches[0]
    # charset-normalizer ranks equally plausible single-byte codecs arbitrarily
    # (cp1250 before cp1252 for short Western text); among those tied with the
    # best, prefer the common Western ones.
    tied = {m.encoding: m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.1}
    for preferred in _PREFERRED:
        if preferred in tied:
            best = tied[preferred]
            break
    codec, text = best.encoding, str(best)
    # On short Western text the guess can be far off (latin-1 "Señor" read as johab,
    # "Müller" as cp775): cp1252, the usual codec of such text and the web's default,
    # wins unless it reads messier than the guess (Cyrillic, Greek, Polish do).
    if codec != "cp1252":
        from charset_normalizer.md import mess_ratio

        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            western = None
        if western is not None and mess_ratio(western[:100_000], 1.0) <= best.chaos:
            codec, text = "cp1252", western
    return _checked(text, name, codec), [f"{label}: not UTF-8, decoded as {codec}"]


_MIXED_MAX_MESS = 0.1  # clean Latin text scores 0; Cyrillic read as cp1252 about 1.2
_STRAY = re.compile("[\udc80-\udcff]")  # bytes that are not UTF-8, as surrogateescape keeps them
_MULTIBYTE = re.compile("[^\x00-\x7f\udc80-\udcff]")  # characters read from valid multi-byte UTF-8


def _mixed_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few bytes of cp1252 pasted in (a quote copied from an old page):
    the UTF-8 read as UTF-8 and each stray byte as cp1252 (latin-1 where cp1252 has no
    character), with the number of stray bytes. None unless the data holds valid
    multi-byte UTF-8 and the result reads clean (charset-normalizer's mess ratio):
    Cyrillic or Polish bytes read as cp1252 are a mess ("Ïðèâåò")."""
    text = data.decode("utf-8", "surrogateescape")
    stray = sum(1 for _ in _STRAY.finditer(text))
    if not stray or not _MULTIBYTE.search(text):
        return None

    def byte(m: re.Match) -> str:
        b = bytes([ord(m.group()) - 0xDC00])
        try:
            return b.decode("cp1252")
        except UnicodeDecodeError:
            return b.decode("latin-1")

    from charset_normalizer.md import mess_ratio

    text = _STRAY.sub(byte, text)
    if mess_ratio(text[:100_000], 1.0) > _MIXED_MAX_MESS:
        return None
    return text, stray

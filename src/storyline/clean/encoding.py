"""Repair mojibake (ftfy) in text that was decoded with the wrong codec somewhere upstream.

``repair`` fixes such text ("HuaweiÃ¢â‚¬â„¢s" -> "Huawei’s") and changes nothing else:
quotes stay curly, HTML entities stay as written, no Unicode normalisation. Turning
bytes into text is ingest's (``ingest.decode``).

``restore_apostrophes`` puts back the apostrophe a page lost in a negative contraction
("don t" -> "don't"), length for length; the cleaner records it in the document's warnings.
"""

from __future__ import annotations

import re
import unicodedata

from storyline import lexicon


def _config():
    from ftfy import TextFixerConfig

    # Only encoding repairs: no quote uncurling, no width/ligature folding, no HTML
    # unescaping, no Unicode normalisation (the caller decides that).
    return TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=True,  # CRLF/CR/U+2028 -> "\n": the cleaner splits on "\n"
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


# Round thirty-seven (issue 16, debris): mojibake that ftfy cannot read as it stands, put
# back into the form ftfy repairs (then ftfy decides, as for any text). The census (2,587
# texts: Timeline17 dev and PolNeAR train 301-840 minus the keep-off list; every "Ã", "Â",
# "â€", "[#x" and combining mark on a space left in the cleaned texts, read) found three
# shapes, all in PolNeAR copy that passed through a Unicode normalisation after it was
# mis-decoded:
# - decomposed mojibake (NFD: "A" + a combining tilde where the mis-decoding wrote "Ã"): ftfy
#   reads code points, so "PeA\u0303±a" is no "Ã±" to it; the cleaner composes (NFC) first
#   (compose_and_repair).
#   The cleaner composed it anyway, after the repair; now before it too. 18 PolNeAR texts
#   kept "PeÃ±a", "FranÃƒÂ§ois", "GarcÃ\xada" so.
# - compatibility-decomposed mojibake (NFKD/NFKC): a Latin-1 continuation byte read as a
#   character with a compatibility form ("º" -> "o", "ª" -> "a", "¹²³" -> "123", "µ" -> "μ",
#   "¼½¾" -> "1⁄4", "¨¯´¸" -> a space and a combining mark), split after "Ã" or "Â"
#   ("RaÃol", "d'Ãatre", "GÃ1⁄4len", "SÃ©golÃ ̈ne"; 10 PolNeAR texts). A combining mark on a space after
#   "Ã"/"Â" and a fraction after them are text in no script, and are put back; a letter or
#   digit after them is put back only in a word that ftfy then repairs whole (no "Ã" or "Â"
#   left in it): "RaÃol" -> "Raúl", while a word that is no mojibake keeps its letters.
# - a character reference in square brackets, "[#x20ac]": a converter's stand-in for a
#   character it could not print (wash-post-151 K1: "â[#x20ac][#x2c6.]" after a tweet, the
#   mis-decoded bytes of a punctuation space between two closing quotation marks; the one
#   census text with references). No script writes a hex code point in brackets after "#x":
#   the reference is the character it names, and a stop the converter put inside the
#   bracket goes with it (the sentence's own stop stands before the run). "[#1]", "#x20" or
#   "[x20ac]" are no such reference and stay.
_REFERENCE = re.compile(r"\[#x([0-9a-fA-F]{2,6})[.,;]?\]")
_SPLIT_DIACRITIC = re.compile("(?<=[ÃÂ]) ([\u0308\u0304\u0301\u0327])")
_SPACING = {"\u0308": "\u00a8", "\u0304": "\u00af", "\u0301": "\u00b4", "\u0327": "\u00b8"}
_FRACTIONS = {"1\u20444": "\u00bc", "1\u20442": "\u00bd", "3\u20444": "\u00be"}
# only the three vulgar fractions the table holds ("2\u20444" after a lead byte is left as written)
_FRACTION = re.compile("(?<=[ÃÂ])(" + "|".join(_FRACTIONS) + ")")
# a compatibility letter or digit after the lead byte, in a word (repaired only when ftfy
# then clears the word of every lead byte)
_COMPAT_WORD = re.compile("\\S*[ÃÂ][oa123\u03bc]\\S*")
_COMPAT_AFTER_LEAD = re.compile("(?<=[ÃÂ])([oa123\u03bc])")
_COMPAT = {"o": "\u00ba", "a": "\u00aa", "1": "\u00b9", "2": "\u00b2", "3": "\u00b3", "\u03bc": "\u00b5"}


def _reference(m: re.Match) -> str:
    code = int(m.group(1), 16)
    # a code point that names no printable character (a surrogate, a control, past the
    # last plane) is left as written
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or code < 0x20 or 0x7F <= code < 0xA0:
        return m.group(0)
    return chr(code)


def _compat_word(m: re.Match) -> str:
    import ftfy

    word = m.group(0)
    fixed = ftfy.fix_text(_COMPAT_AFTER_LEAD.sub(lambda c: _COMPAT[c.group(1)], word), config=_config())
    # a word of letters around the lead byte ("RaÃol"), cleared of every lead byte
    repaired = "Ã" not in fixed and "Â" not in fixed and len(re.findall(r"[A-Za-z]", fixed)) >= 2
    return fixed if repaired else word


def repair(text: str) -> str:
    """Repair mojibake: bracketed character references decoded, decomposed or split lead bytes
    put back where the text can be nothing else (above), then ftfy; nothing else is rewritten."""
    if not text or text.isascii() and "\r" not in text and "[#x" not in text:
        return text
    import ftfy

    if "[#x" in text:
        text = _REFERENCE.sub(_reference, text)
    if "Ã" in text or "Â" in text:
        text = _SPLIT_DIACRITIC.sub(lambda m: _SPACING[m.group(1)], text)
        text = _FRACTION.sub(lambda m: _FRACTIONS[m.group(0)], text)
        text = _COMPAT_WORD.sub(_compat_word, text)
    return ftfy.fix_text(text, config=_config())


# A negative contraction whose apostrophe the page lost ("I don t think", "it isn t
# clear"): a stem of clean/data/lost_apostrophe_stems.txt, one space, a lower-case "t",
# then a word in lower case (two letters or more, or "a"), "I", or a stop or comma at a
# clause's end. A capitalised stem ("Don t hold ...") takes only the word after it, never
# a stop ("Don T." of initials is upper case anyway). "t-shirts" after "won" is no
# contraction: a hyphen after the "t" never matches. No library does this: ftfy repairs
# mis-decoded bytes, not a character the page dropped.
_LOST = re.compile(r"(?<![\w'’])([a-z]+|[A-Z][a-z]+) t(?=( (?:[a-z]{2}|a\b|I\b))|[,.;:!?](?:\s|$))")


def restore_apostrophes(text: str) -> tuple[str, int]:
    """Put back the apostrophe of "don t", "isn t", "couldn t" (the space becomes the mark:
    the text keeps its length, so every offset into it stays true). Returns the text and
    the number of contractions restored. The mark is the one the text's own intact
    contractions use ("’" when it writes only those), else "'"."""
    stems = lexicon.words("clean/lost_apostrophe_stems.txt")
    hits = [m for m in _LOST.finditer(text) if m.group(1).lower() in stems
            and (m.group(1).islower() or m.group(2) is not None)]
    if not hits:
        return text, 0
    mark = "’" if "n’t" in text and "n't" not in text else "'"
    out = list(text)
    for m in hits:
        out[m.end(1)] = mark
    return "".join(out), len(hits)


def compose_and_repair(text: str) -> str:
    """The cleaner's repair: the text composed (NFC), repaired, composed again. Composed
    first so that mojibake a page decomposed ("A" + a combining tilde for "Ã") is read by
    ``repair`` (round thirty-seven, above); composed after as the cleaner always did."""
    return unicodedata.normalize("NFC", repair(unicodedata.normalize("NFC", text)))


# Typographic spaces (en quad to hair space, the narrow no-break, the medium mathematical and
# the ideographic space) read as a plain space, one character for one so every offset holds.
# The HTML path folds them too (html._SPACES, with the no-break space and runs of spaces as one);
# plain text kept them, and a repaired tweet's
# punctuation space before its closing mark (round thirty-seven: the clean engineer's decoded
# "[#x20ac][#x2c6.]") left the quotation unpaired, its inner quotes given to the tweeter.
# The no-break space stays: it is common and harmless in plain copy.
TYPOGRAPHIC_SPACES = "\u2000-\u200a\u202f\u205f\u3000"  # a character class's body, shared with html._SPACES
_TYPOGRAPHIC_SPACES = re.compile(f"[{TYPOGRAPHIC_SPACES}]")


def plain_spaces(text: str) -> str:
    """Typographic spaces as plain ones (same length)."""
    return _TYPOGRAPHIC_SPACES.sub(" ", text)

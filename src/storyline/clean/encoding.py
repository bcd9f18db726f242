"""Repair mojibake (ftfy) in text that was decoded with the wrong codec somewhere upstream.

``repair`` fixes such text ("HuaweiÃ¢â‚¬â„¢s" -> "Huawei’s") and changes nothing else:
quotes stay curly, HTML entities stay as written, no Unicode normalisation. Turning
bytes into text is ingest's (``ingest.decode``).

``restore_apostrophes`` puts back the apostrophe a page lost in a negative contraction
("don t" -> "don't"), length for length; the cleaner records it in the document's warnings.
"""

from __future__ import annotations

import re

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


def repair(text: str) -> str:
    """Repair mojibake with ftfy; nothing else in the text is rewritten."""
    if not text or text.isascii() and "\r" not in text:
        return text
    import ftfy

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

"""Repair mojibake (ftfy) in text that was decoded with the wrong codec somewhere upstream.

``repair`` fixes such text ("HuaweiÃ¢â‚¬â„¢s" -> "Huawei’s") and changes nothing else:
quotes stay curly, HTML entities stay as written, no Unicode normalisation. Turning
bytes into text is ingest's (``ingest.decode``).
"""

from __future__ import annotations


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

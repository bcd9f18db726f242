"""Small text helpers the renderers share."""

from __future__ import annotations


def clip(text: str, n: int, words: bool = False) -> str:
    """The text on one line, cut to at most n characters with an ellipsis; ``words``
    cuts at the last whole word."""
    text = " ".join(text.split())
    if len(text) <= n:
        return text
    cut = text[: n - 1]
    return (cut.rsplit(" ", 1)[0] if words else cut.rstrip()) + "…"

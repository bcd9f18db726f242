"""Live stock-quote chips inside a sentence ("Acme Corp. ACME +2.00%  plans ..."): a page
widget printed after a listed company's name (round forty-nine, c009 K4/K5). The chip goes;
the sentence stays, whole, in its paragraph. Read on a kept line's text once every line rule
has run (noise._assemble), as the one cut made inside a sentence: the lines the other rules
read are the page's, chips and all."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .. import lexicon

DATA = Path(__file__).parent / "data"


@functools.cache
def _chip() -> re.Pattern:
    shapes = "|".join(f"(?:{p})" for p in lexicon.lines(DATA / "quote_chips.txt"))
    # the chip, with the spaces before it and the ones the widget leaves after it; the name
    # before it is read by _named
    return re.compile(r"[ \t]+(?:" + shapes + r")[ \t]*")


def _named(text: str, at: int, stop: frozenset[str]) -> bool:
    """Does a capitalised word that is no function word (the company's name, not a sentence's
    "The") end just before ``at``?"""
    word = re.search(r"([\w&'’.-]+),?$", text[:at])
    if word is not None and re.search(r"['’]s?$", word.group(1)):
        # "London's FTSE +0.85% and Frankfurt's DAX -0.40% were mixed": after a possessive the
        # capitals are the noun the sentence is about (an index, a product), not a chip
        # (round forty-nine review, item 1)
        return False
    return word is not None and word.group(1)[:1].isupper() and word.group(1).lower() not in stop


# Round fifty-two (c048 K3): a wire page's quote links inside a ticker's brackets ("(ACME.TO:
# Quote)"): the ticker is an exchange symbol, capitals or a number with its market's suffix
# (data/quote_links.txt has the link words cut after it)
_TICKER = r"\((?:[A-Z]{1,6}|\d{3,6})(?:\.[A-Z]{1,2})?"


@functools.cache
def _quote_link() -> re.Pattern:
    shapes = "|".join(f"(?:{p})" for p in lexicon.lines(DATA / "quote_links.txt"))
    return re.compile(_TICKER + r"(?P<cut>" + shapes + r")(?=\))")


def strip_links(text: str) -> tuple[str, list[tuple[str, int]]]:
    """``text`` without the quote links inside its tickers' brackets, and each cut (as
    written, its colon with it) with its offset in the result ("(ACME.TO: Quote)" -> "(ACME.TO)")."""
    out: list[str] = []
    cut: list[tuple[str, int]] = []
    pos = length = 0
    for m in _quote_link().finditer(text):
        keep = text[pos:m.start("cut")]
        out.append(keep)
        length += len(keep)
        cut.append((m.group("cut"), length))
        pos = m.end("cut")
    if not cut:
        return text, []
    out.append(text[pos:])
    return "".join(out), cut


def strip(text: str, stop: frozenset[str] = frozenset()) -> tuple[str, list[tuple[str, int]]]:
    """``text`` without its quote chips, and each chip cut with its offset in the result;
    ``stop``: the language's function words, which name no company."""
    out: list[str] = []
    cut: list[tuple[str, int]] = []
    pos = 0
    length = 0
    for m in _chip().finditer(text):
        if not _named(text, m.start(), stop):
            continue
        keep = text[pos:m.start()]
        out.append(keep)
        length += len(keep)
        cut.append((text[m.start():m.end()].strip(), length))
        nxt = text[m.end():m.end() + 1]
        if nxt and nxt not in ",.;:)!?":
            out.append(" ")  # the sentence's one space between the name and the next word
            length += 1
        pos = m.end()
    if not cut:
        return text, []
    out.append(text[pos:])
    return "".join(out), cut


def shift(chips: list[tuple[str, int]], links: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The offsets of ``chips`` (cut from a text the ``links`` were then cut from) in the
    text with both cut."""
    out = []
    for chip, off in chips:
        gone = 0
        for raw, at in links:
            if at + gone < off:
                gone += len(raw)
        out.append((chip, off - gone))
    return out

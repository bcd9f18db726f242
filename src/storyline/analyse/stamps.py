"""A live page's entry stamps: the clock time that opens each entry ("1253 Jane Roe tells
the BBC ...", "12:53 GMT The UN says ..."), the one reader of them for every analyser.

Patterns: data/live_stamps.txt (issue 18, 18w, read at a paragraph's start by the quote
step). A stamp is no quantity and no year (issue 20, 20L): "1410 Officials in ..." is no
count of 1,410 officials, "2050 The mayor says ..." no year 2050.

Two places hold a stamp:
- a line's start (``stamp_end``), the shape the quote step reads;
- inside a line, where the cleaner lost the break after a caption or a heading with no stop
  ("Ferries stay in port 2207 The Port Ellery Herald says ..."). There the shape alone is too
  weak ("in 2010 Acme's output ...", "killed 2050 sheep"), so a stamp inside a line is
  read only on a live page (two entry stamps or more at lines' starts) and only when its
  time lies between the stamps of the entries before and after it, in the page's order
  (a page runs its entries newest first or oldest first), after a word that is no
  preposition (``entry_stamps``).
The quote step moves a reported content past a stricter shape (``past_clock_stamp``: four
digits and a space before a capital, on a page with three such lines or more; issue 18, 18v).
Own code: no library reads a live page's layout.
"""

from __future__ import annotations

import functools
import re

from .. import lexicon

_DATA = "analyse/live_stamps.txt"
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\"”’')\]]?\s+$")
# a live page has at least this many entry stamps at lines' starts
PAGE_STAMPS = 2


@functools.cache
def _patterns(inline: bool = False) -> tuple[re.Pattern[str], ...]:
    """The data file's patterns: as written, for a line's start (``re.match`` there); with
    ``inline``, for a clock inside a line: after a space, and refusing a match that needs the
    line-start-only group "meridiem" ("9:53 am")."""
    out = []
    for x in lexicon.lines(_DATA):
        if inline:
            x = "(?<= )" + x + ("(?(meridiem)(?!))" if "(?P<meridiem>" in x else "")
        out.append(re.compile(x))
    return tuple(out)


def _stamp_at(text: str, at: int) -> re.Match[str] | None:
    """The stamp opening the line at ``at`` (matched in ``text[at : at + 40]``: its offsets
    are from ``at``), or None."""
    for pat in _patterns():
        m = pat.match(text[at : at + 40])
        if m:
            return m
    return None


def stamp_end(text: str, at: int) -> int | None:
    """End of a live page's time stamp opening the line at ``at`` ("1253 ", "12:53 GMT "),
    or None."""
    m = _stamp_at(text, at)
    return None if m is None else at + m.end()


def _minutes(clock: str) -> int:
    digits = re.sub(r"\D", "", clock)
    return int(digits[:-2]) * 60 + int(digits[-2:])


def _between(value: int, before: int, after: int) -> bool:
    return min(before, after) <= value <= max(before, after)


@functools.lru_cache(maxsize=8)
def entry_stamps(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of every live entry stamp's clock in ``text`` (the clock's digits
    only, "1410" of "1410 Officials in ..."), in order; nothing unless the text is a live
    page (``PAGE_STAMPS`` stamps at lines' starts)."""
    opening: list[tuple[int, int, int]] = []  # (start, end of the clock, minutes)
    at = 0
    while at < len(text):
        m = _stamp_at(text, at)
        if m is not None:
            opening.append((at + m.start("clock"), at + m.end("clock"), _minutes(m.group("clock"))))
        nl = text.find("\n", at)
        if nl < 0:
            break
        at = nl + 1
    if len(opening) < PAGE_STAMPS:
        return ()
    found = [(s, e) for s, e, _ in opening]
    preps = lexicon.words("prepositions.txt")
    inline = [m for pat in _patterns(inline=True) for m in pat.finditer(text)]
    for m in inline:
        s = m.start("clock")
        line = text.rfind("\n", 0, s) + 1
        before = [o for o in opening if o[0] < s]
        after = [o for o in opening if o[0] > s]
        if not before or not after:
            continue
        w = _WORD_BEFORE.search(text[max(line, s - 40) : s])
        if w is None or w.group(1).lower() in preps:
            continue
        if _between(_minutes(m.group("clock")), before[-1][2], after[0][2]):
            found.append((s, m.end("clock")))
    return tuple(sorted(found))


def in_stamp(text: str, start: int, end: int) -> bool:
    """Does [start, end) of ``text`` lie inside a live entry stamp's clock?"""
    return any(s <= start and end <= e for s, e in entry_stamps(text))


# The second shape, the quote step's: a four-digit clock and a space before a capital, a live
# entry's stamp as 18v reads it (stricter than the data file's patterns, which also take "12:53",
# a zone and a line break after the clock; reading those there would move other contents: kept
# apart, review of round eighteen; kept here since round twenty, so that every reader of a
# live stamp is in this module).
# The page's count of such lines is the same pattern at every line's start.
_CLOCK_STAMP = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d[ \t\u00a0]+(?=[A-Z\"“])")
_CLOCK_LINES = re.compile("^" + _CLOCK_STAMP.pattern, re.M)


def past_clock_stamp(text: str, a: int, b: int) -> int:
    """Where a reported content starts past a live page's time stamp opening its paragraph:
    "1455 Former mayors Jane Roe and John Doe will help ..., city officials tell news agencies"
    (issue 18, round sixteen, 18v): four digits of a clock time and a space before a capital, at
    the start of a line, on a page where at least two other lines open so (the page's entries).
    A year or a count opening one paragraph ("1999 was the worst year") is left alone."""
    if (a and text[a - 1] != "\n") or not _CLOCK_STAMP.match(text, a):
        return a
    if sum(1 for _ in _CLOCK_LINES.finditer(text)) < 3:
        return a
    m = _CLOCK_STAMP.match(text, a)
    assert m is not None
    return m.end() if m.end() < b else a

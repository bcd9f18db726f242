"""Normalise an English time expression to a TimeML value with a granularity.

Two steps, so a value can be re-anchored once a document's date is known:

* ``read(text)`` gives the anchor-independent reading: a ``types.TimeReading``
  (``TimeReading(kind="month", month=11)`` for "November",
  ``TimeReading(kind="off", unit="year", offset=-1)`` for "last year"), which a Timex
  stores so the corpus stage can re-anchor it, plus the TimeML type and modifier;
* ``resolve(rel, anchor, tense)`` turns a reading into a value against an anchor
  date (``"2021"``, ``"2021-02"`` or ``"2021-02-14"``), using the tense of the
  sentence to choose the direction of underspecified dates ("in November" in a
  past-tense sentence is the last November before the anchor).

``normalise(text, anchor, tense) -> (value, granularity)`` does both. Values follow
TimeML/TIMEX3: ``2019``, ``2020-11``, ``2020-11-03``, ``2014-W02``, ``2014-W02-WE``,
``1998-Q3``, ``1998-H1``, ``1998-SU``, ``199X`` (decade), ``19`` (century),
``1998-11-20T15:00``, durations ``P1M``/``P2Y``/``PT5H``/``PXY``, sets, and
``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``.

Why own rules and not dateparser alone: dateparser parses absolute dates well but
has no notion of TimeML granularity, durations, quarters, decades, tense-directed
months or the REF values, and it resolves "November" to the anchor's year whatever
the tense. It is used here as the fallback for absolute formats the rules do not
know (numeric dates in odd layouts). The lexicon lives in ``data/timenorm.json``.

The rules are data-like: ``RULES`` is the ordered table ``read`` walks (each rule a
name, a pattern, a value function, examples and texts it must not take, which
tests/test_timenorm_rules.py runs), and ``resolve`` looks a reading's kind up in
``_UNANCHORED`` / ``_ANCHORED``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from . import lexicon as _registry
from .types import TimeReading

_T = TypeVar("_T")


def lexicon() -> dict:
    return _registry.json("timenorm.json")


@dataclass
class Reading:
    """What a time expression says, independent of any anchor."""

    type: str  # DATE | TIME | DURATION | SET
    rel: TimeReading
    mod: str | None = None
    range_end: int | None = None  # "Oct. 13-15": the last day of the range (kept, not yet used)
    ends_at_anchor: bool | None = None  # "the past year": the stretch ends at the anchor (kept, not yet used)


@dataclass
class Norm:
    value: str | None
    granularity: str | None
    type: str
    anchored: bool
    rel: TimeReading
    mod: str | None = None


# ---------------------------------------------------------------- anchors


@dataclass(frozen=True)
class Anchor:
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


_ANCHOR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_anchor(anchor: str | None) -> Anchor | None:
    """``"2021"``, ``"2021-02"``, ``"2021-02-14"`` (time part ignored) -> Anchor."""
    if not anchor:
        return None
    m = _ANCHOR.match(anchor.strip())
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    try:
        if mo is not None and not 1 <= mo <= 12:
            return Anchor(y)
        if mo is not None and d is not None:
            dt.date(y, mo, d)
    except ValueError:
        return Anchor(y, mo)
    return Anchor(y, mo, d)


# ---------------------------------------------------------------- reading

_WS = re.compile(r"\s+")
# a value that names a day ("2010-06-05", "2010-06-05T14:00"), read where one day is told from another
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_LEAD = re.compile(r"^(?:in|on|at|by|since|until|till|during|for|from|of|to|through|throughout|within|over|around|about|as of|starting|beginning|before|after)\s+")
_QUOTES = "\"'`‘’“”()[],.;:!?"


def _clean(text: str) -> str:
    t = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    t = t.replace("\u2013", "-").replace("\u2014", "-")
    t = _WS.sub(" ", t).strip().strip(_QUOTES.replace("'", "")).strip()
    if t.endswith("'s") and len(t) > 3 and not t.endswith("s's") and not t[-3].isdigit():
        t = t[:-2]  # "this year's" reads as "this year"; "the 1990's" stays a decade
    return t


def _num(word: str) -> float | None:
    """'two' -> 2, '14' -> 14, 'a' -> 1, 'twenty-five' -> 25; None if not a number."""
    lex = lexicon()["numbers"]
    w = word.strip().replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        v = float(w)
        return int(v) if v.is_integer() else v
    if w in lex:
        return lex[w]
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in lex and parts[1] in lex and lex[parts[0]] >= 20 and lex[parts[1]] < 10:
        return lex[parts[0]] + lex[parts[1]]
    return None


def _fmt_num(n) -> str:
    if isinstance(n, float) and not n.is_integer():
        return str(n)
    return str(int(n))


def names_re(key: str, extra: Iterable[str] = ()) -> str:
    """The names of one key of the lexicon ("months", "weekdays"; and ``extra``) as one
    alternation, the longer first: a name before its own abbreviation ("march", "mar")."""
    return "|".join(sorted([*lexicon()[key], *extra], key=len, reverse=True))


def _months_re() -> str:
    return names_re("months")


def _wd_re() -> str:
    return names_re("weekdays")


def _units_re() -> str:
    return "|".join(sorted(lexicon()["units"], key=len, reverse=True))


def _num_re() -> str:
    words = sorted(lexicon()["numbers"], key=len, reverse=True)
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    return rf"(?:\d+(?:\.\d+)?|(?:{tens})[- ](?:one|two|three|four|five|six|seven|eight|nine)|" + "|".join(map(re.escape, words)) + ")"


def zones_re(as_written: bool = False) -> str:
    """The one pattern of the time zones of ``timenorm.json`` ("gmt", "edt", "uk time",
    "local time"), longest first, for everything that reads a zone (the normaliser, the
    clock finder, the not-a-year check). Lower case for lower-cased text; ``as_written``
    for raw text: codes in capitals ("1800 PST", never the word in "1800 at"), phrases in
    any case ("0600 UK time", "0600 local time"), one-letter codes left out."""
    zones = sorted(lexicon()["zones"], key=len, reverse=True)
    if not as_written:
        return "|".join(re.escape(z) for z in zones)
    return "|".join(re.escape(z.upper()) if " " not in z else f"(?i:{re.escape(z)})" for z in zones if len(z) > 1)



def _holidays_re() -> str:
    return "|".join(re.escape(h) for h in sorted(lexicon()["holidays"], key=len, reverse=True))


def _vague_re() -> str:
    return "|".join(map(re.escape, sorted(lexicon()["vague_numbers"], key=len, reverse=True)))


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    M, W, U, N, V, Z = _months_re(), _wd_re(), _units_re(), _num_re(), _vague_re(), zones_re()
    day = r"(\d{1,2})(?:st|nd|rd|th)?"
    year = r"(\d{4})"
    ordq = r"(first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
    return {
        "iso": re.compile(rf"^{year}-(\d{{1,2}})-(\d{{1,2}})(?:t(\d{{1,2}}):(\d{{2}}))?$"),
        "iso_month": re.compile(rf"^{year}-(\d{{2}})$"),  # "2011-03"; "Mirage 2000-5" is a name
        # a range of days reads as its first day: "March 17-19", "March 17 to 19, 2011"
        "mdy_range": re.compile(rf"^(?:(?:{W})\.?,? )?({M})\.? {day} ?(?:-|to|through|until|and) ?(?:(?:{M})\.? )?{day}(?:,? {year})?$"),
        "dom": re.compile(r"^(?:the )?(\d{1,2})(?:st|nd|rd|th)(?: of (?:the|this) month)?$"),
        "mdy": re.compile(rf"^(?:(?:{W}),? )?({M})\.? {day}(?:,? {year})?$"),
        # "last Oct. 23", "next March 5": a month and day the word places before or after the anchor
        "rel_mdy": re.compile(rf"^(last|next|this past|this coming|this) ({M})\.? {day}$"),
        "dmy": re.compile(rf"^(?:(?:{W}),? )?{day}(?: of)? ({M})\.?(?:,? {year})?$"),
        "my": re.compile(rf"^({M})\.?(?:,| of)? {year}$"),
        "month": re.compile(rf"^({M})\.?$"),
        "month_rel": re.compile(rf"^({M})\.? (?:of )?(last|next|this) year$"),
        "rel_month": re.compile(rf"^(last|next|this|this past|this coming|coming|past) ({M})\.?$"),
        "year": re.compile(rf"^(?:the )?(?:(?:fiscal|calendar|financial|model|school|tax) (?:year )?|fy ?|the year )?{year}(?: fiscal year| financial year)?$"),
        "year2": re.compile(r"^(?:fiscal |fy ?)?'(\d{2})$"),
        "decade": re.compile(r"^(?:the )?(\d{3})0'?s$"),
        "decade2": re.compile(r"^(?:the )?'?(\d)0'?s$"),
        "decade_word": re.compile(r"^(?:the )?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$"),
        "century": re.compile(r"^(?:the )?(\d{1,2})(?:st|nd|rd|th) century$"),
        "century_word": re.compile(r"^(?:the )?([a-z-]+) century$"),
        "quarter": re.compile(rf"^(?:the )?(?:(?:fiscal|calendar)[- ])?(?:{year}(?:'s)? )?(?:fiscal )?{ordq}[- ](?:fiscal )?quarter(?: of (?:fiscal )?(?:{year}|(this|last|next) year))?$"),
        # earnings copy: "the 1988 quarter" / "the 1988 period" is the period the text is about,
        # in that year; "the latest period" the latest quarter it named
        "year_period": re.compile(rf"^(?:the )?(?:comparable |corresponding |same )?{year}(?:'s)? (?:fiscal )?(quarter|period)$"),
        "latest_period": re.compile(r"^(?:the )?(?:latest|most recent) period$"),
        "quarter_year_first": re.compile(rf"^(?:(this|last|next) year's )(?:fiscal )?{ordq}[- ]quarter$"),
        "qn": re.compile(rf"^q([1-4])(?:[ -]?{year}|[ -]?'(\d{{2}}))?$"),
        "half": re.compile(rf"^(?:the )?(?:{year} )?(first|second|1st|2nd|latter|back)[- ]half(?: of (?:{year}|(this|last|next) year))?$"),
        # "the last half of 2011", "the first two quarters of 2012": a half only with its year
        # named ("the last half" alone is as often a game's or an hour's)
        "half_of": re.compile(rf"^(?:the )?(first|last|final) (?:half|two quarters) of (?:{year}|(this|last|next) year)$"),
        "season": re.compile(r"^(?:(last|next|this|this past|this coming|coming|past) )?(spring|summer|fall|autumn|winter)(?:,? (?:of )?(\d{4}))?$"),
        "season_year": re.compile(r"^(?:the )?(\d{4}) (spring|summer|fall|autumn|winter)$"),
        "weekday": re.compile(rf"^(?:(last|next|this|this past|this coming|coming|past|on) )?({W})\.?(?: (morning|afternoon|evening|night))?$"),
        "holiday": re.compile(rf"^(?:(last|next|this|this past|this coming|coming|past) )?({_holidays_re()})(?:,? (\d{{4}}))?$"),
        "dayword": re.compile(r"^(the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening|last night|tomorrow night|tomorrow morning|yesterday morning|yesterday afternoon|yesterday evening|tomorrow afternoon|tomorrow evening|overnight)$"),
        "period_end": re.compile(r"^(?:the )?(year|month|week|quarter)(?:'s)?[- ]end$"),  # "by year end", "by year's end"
        "earlier_this": re.compile(r"^(earlier|later|early|late) (this|that|the) (week|month|year|decade|quarter|century)$"),
        "off": re.compile(r"^(last|next|this|previous|current|coming|following|past|prior|same|that|the current|the same|the previous|the following|the coming|the next|the last|the past|the prior|the latest|the most recent|the recent|the|the full|earlier|later|this past|this coming)[- ](day|week|weekend|month|quarter|year|decade|century|fiscal year)$"),
        "ago": re.compile(rf"^(?:about |around |some |nearly |almost |more than |over |just |roughly |only )?({N}|{V})(?: more)? ({U}) (ago|earlier|later|before|after|from now|hence|since|back)$"),
        "dur_past": re.compile(rf"^(?:the |these |those )?(?:past|last|previous|next|coming|following|first|final|prior|preceding|recent|ensuing|remaining|succeeding|latest|subsequent)(?: (?:{N}|{V}))? ({U})$"),
        "dur_pastn": re.compile(rf"^(?:the |these |those )?(?:past|last|previous|next|coming|following|first|final|prior|preceding|recent|ensuing|remaining|succeeding|latest|subsequent) ({N}|{V}) ({U})$"),
        "dur": re.compile(rf"^(?:(?:about|around|approximately|some|nearly|almost|roughly|more than|over|less than|under|at least|up to|just over|just under|only|another|an additional|a further|the|all|the entire|the whole|a full|full|a good|a total of|a)\s+)*({N}|{V})(?: and a half| 1/2|\u00bd)?(?:[- ]|\s+)(?:more |full |straight |consecutive |long |trading |business |working |calendar )?({U})(?:[- ]long)?(?: and a half)?$"),
        "half_unit": re.compile(rf"^(?:(?:about|around|nearly|almost|more than|over|less than|under|just over|just under|only|another|a good) )?half (?:an?|the) ({U})$"),
        "dur_bare": re.compile(rf"^(?:the )?({U})$"),
        "dur_decades": re.compile(r"^(?:many |several |the past |the last |recent |the )?(decades|centuries|years|months|weeks|days|hours|minutes)$"),
        "clock": re.compile(rf"^(?:(.+?)(?:,| at)? )?(\d{{1,2}})(?:[:.](\d{{2}}))?\s*(a\.?m\.?|p\.?m\.?|o'clock|{Z})?(?: (?:{Z}))?(?: (.+?))?$"),
        # a 24-hour clock written without a colon needs its zone: "1800 GMT", "0600 local time", "1800 PST"
        # a clock then its day: "11pm on 27 april", "10:30 on friday". Its own pattern, because
        # "clock" would take "11pm on" as the words before an hour "27" and read nothing
        "clock_first": re.compile(rf"^(\d{{1,2}})(?:[:.](\d{{2}}))?\s*(a\.?m\.?|p\.?m\.?|o'clock)?(?: (?:{Z}))?,? (?:on )?(.+)$"),
        # a day then its clock: "april 27 at 10:30" ("clock" would read "27" as the hour)
        "clock_at": re.compile(rf"^(.+?),? at (\d{{1,2}})(?:[:.](\d{{2}}))?\s*(a\.?m\.?|p\.?m\.?|o'clock)?(?: (?:{Z}))?$"),
        "milclock": re.compile(rf"^(?:(.+?)(?:,| at)? )?([01]\d|2[0-3])([0-5]\d) ?(?:{Z}|hours|hrs)(?: (?:{Z}))?(?:,? (?:on )?(.+?))?$"),
        "noon": re.compile(r"^(?:(.+?) )?(noon|midday|midnight|dawn|dusk|morning|afternoon|evening|night)$"),
        "noon_first": re.compile(r"^(noon|midday|midnight|morning|afternoon|evening|night) (?:on |of )?(.+)$"),
        # "4 in the morning", "10 at night": an hour and the part of the day that says which half
        "clock_tod": re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?(?: o'clock)? (?:in the (morning|afternoon|evening)|at (night))$"),
        "year_ago": re.compile(r"^(?:the )?(?:year-ago|year-earlier|year-before|a-year-ago|prior-year|previous-year|year ago|year earlier)(?: (?:quarter|period|level|levels|results|month|months))?$"),
        "every": re.compile(rf"^(?:every|each|per) (?:({N}) )?({U}|{W})$"),
        # "the next few days" counts a stretch of time: a TimeML duration (PXD, dur_past), not a reference
        "ref_years": re.compile(r"^(?:the )?(?:recent|past|last|coming|next|previous) (?:many )?(years|months|weeks|days|decades)$"),
    }


_UNIT_GRAN = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "DE": "decade", "CE": "century", "WE": "weekend"}
_TIME_UNITS = {"hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "second", "seconds", "sec", "secs"}
_TOD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI", "noon": "12:00", "midday": "12:00", "midnight": "24:00", "dawn": "MO", "dusk": "EV"}


def _unit_code(unit: str) -> str:
    return lexicon()["units"][unit]


# What a half of a unit is in the next smaller unit, where it is a whole number: TimeML
# writes "two and a half years" as P2Y6M and "a minute and a half" as PT1M30S, not P2.5Y.
_HALF_IN = {"Y": (6, "M"), "D": (12, "H"), "H": (30, "M"), "M": (30, "S")}


def _duration(n, unit: str) -> str:
    code = _unit_code(unit)
    if isinstance(n, float) and n % 1 == 0.5 and code in _HALF_IN and (code != "M" or unit in _TIME_UNITS):
        whole, (half, small) = int(n), _HALF_IN[code]
        if unit in _TIME_UNITS:
            return f"PT{whole}{code}{half}{small}" if whole else f"PT{half}{small}"
        if code == "D":
            return f"P{whole}DT{half}H" if whole else f"PT{half}H"
        return f"P{whole}{code}{half}{small}" if whole else f"P{half}{small}"
    if code == "WE":
        return f"P{_fmt_num(n) if n is not None else 'X'}WE"
    if code == "2W":
        return f"P{2 * n if n is not None else 'X'}W"
    qty = "X" if n is None else _fmt_num(n)
    if unit in _TIME_UNITS:
        return f"PT{qty}{code}"
    if code == "Q":
        return f"P{qty}Q"
    if code == "DE":
        return f"P{qty}DE" if n is None else f"P{_fmt_num(n * 10)}Y"
    if code == "CE":
        return f"P{qty}CE" if n is None else f"P{_fmt_num(n * 100)}Y"
    return f"P{qty}{code}"


def _strip_mod(t: str) -> tuple[str, str | None]:
    lex = lexicon()
    for words, mod in ((lex["mods_start"], "START"), (lex["mods_mid"], "MID"), (lex["mods_end"], "END")):
        for w in sorted(words, key=len, reverse=True):
            if w.endswith("-"):
                if t.startswith(w) and len(t) > len(w):
                    return t[len(w):].strip(), mod
            elif t.startswith(w + " ") or t.startswith(w + "-"):
                rest = t[len(w) + 1:].strip()
                if rest and not rest.startswith(("this ", "that ", "the week", "the month")):
                    return rest, mod
    return t, None


def _year4(y: str) -> int:
    return int(y)


def _year2(yy: str) -> TimeReading:
    return TimeReading(kind="year2", two_digit_year=int(yy))


_UNITS_W = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS_W = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS_W = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


@functools.lru_cache(maxsize=1)
def _spelled_year_re() -> re.Pattern:
    u, teen, tens, months = "|".join(_UNITS_W), "|".join(_TEENS_W), "|".join(_TENS_W), _months_re()
    # only where the expression itself makes it a year: after a month, "the year" or
    # "<season> of" ("January nineteen ninety-seven", "the year two thousand"); alone,
    # "nineteen ninety-seven" may be a count and stays unread
    return re.compile(rf"^((?:(?:{months})\.?,? |the year |(?:the )?(?:spring|summer|fall|autumn|winter) of ))"
                      rf"(?:(nineteen|twenty) (?:({tens})(?:[- ]({u}))?|({teen})|hundred|oh ({u}))|two thousand(?: and ({u}|{teen}))?)$")


def _spelled_year(t: str) -> str:
    """Years written out as broadcast transcripts spell them, in digits: "january nineteen
    ninety-seven" -> "january 1997", "the year two thousand" -> "the year 2000"."""
    m = _spelled_year_re().match(t)
    if not m:
        return t
    head, century, tens, unit, teen, oh, after = m.groups()
    words = {w: i for i, w in enumerate(("zero", *_UNITS_W, *_TEENS_W))}
    if century is None:
        year = 2000 + (words[after] if after else 0)
    else:
        base = 1900 if century == "nineteen" else 2000
        if tens:
            year = base + 10 * (_TENS_W.index(tens) + 2) + (words[unit] if unit else 0)
        elif teen:
            year = base + words[teen]
        else:
            year = base + (words[oh] if oh else 0)
    return f"{head}{year}"


def spelled_year(text: str) -> int | None:
    """A year spelled out alone ("nineteen ninety-one", "two thousand and two") as a number,
    else None. The caller must know from the context that it is a year, not a count."""
    t = _clean(text)
    out = _spelled_year("the year " + t)
    return int(out[9:]) if out != "the year " + t else None


_OR_SO = re.compile(r" or so\b")
_EARLIER_LATER = re.compile(r"^(?:earlier|later) (.+)$")


def read(text: str) -> Reading | None:
    """The anchor-independent reading of a time expression, or None if not understood."""
    t = _clean(text)
    if not t:
        return None
    prev = None
    while prev != t:
        prev = t
        t = _LEAD.sub("", t)
    t = _spelled_year(t)
    t = _OR_SO.sub("", t)  # "a week or so ago": the approximation is no part of the value
    r = _read(t)
    if r is not None:
        return r
    m = _EARLIER_LATER.match(t)
    if m:
        # "earlier today", "later Sunday": a part of that day, which TimeML writes as the day
        r = _read(m.group(1))
        if r is not None and (r.type == "TIME" or r.rel.kind in ("wd", "md", "hol") or (r.rel.kind == "off" and r.rel.unit == "day")):
            return r
    core, mod = _strip_mod(t)
    if mod and core != t:
        r = _read(core)
        if r is not None:
            r.mod = mod
            return r
    if t.startswith("the "):
        r = _read(t[4:])
        if r is not None:
            return r
    return _read_fallback(t)


# The rules of ``_read``, in the order they are tried: the first whose pattern matches and
# whose value function gives a reading wins. A rule that ``claims`` its matches ends the
# walk even when its value function declines (a bare "sun" is not Sunday, and no later
# rule may read it). Each rule carries examples (the cleaned text and the summary of its
# reading, see ``summary``) and texts it must not take; tests/test_timenorm_rules.py runs
# both, so the examples are the rules' tests (HeidelTime keeps its rules so).

_Found = re.Match[str] | str


@dataclass(frozen=True)
class Rule:
    name: str
    find: Callable[[str], _Found | None]
    value: Callable[[Any, str], Reading | None]
    examples: tuple[tuple[str, str], ...]
    not_examples: tuple[str, ...]
    claims: bool = False

    def apply(self, t: str) -> tuple[bool, Reading | None]:
        """(whether the rule took the text, its reading)."""
        m = self.find(t)
        if m is None:
            return False, None
        r = self.value(m, t)
        return (r is not None or self.claims), r


def _pat(name: str) -> Callable[[str], re.Match[str] | None]:
    return lambda t: _patterns()[name].match(t)


def _words(key: str) -> Callable[[str], str | None]:
    """The text when it is one of the lexicon's ``key`` phrases ("now", "recently")."""
    return lambda t: t if t in lexicon()[key] else None


def _v_present_ref(_m: str, t: str) -> Reading:
    return Reading("DATE", TimeReading(kind="ref", value="PRESENT_REF"))


def _v_past_ref(_m: str, t: str) -> Reading:
    return Reading("DATE", TimeReading(kind="ref", value="PAST_REF"))


def _v_future_ref(_m: str, t: str) -> Reading:
    return Reading("DATE", TimeReading(kind="ref", value="FUTURE_REF"))


def _v_set_word(_m: str, t: str) -> Reading:
    return Reading("SET", TimeReading(kind="set", value=lexicon()["set_words"][t]))


def _v_ref_years(_m: re.Match[str], t: str) -> Reading:
    word = t.split()[0] if not t.startswith("the ") else t.split()[1]
    v = "FUTURE_REF" if word in ("coming", "next") else "PAST_REF"
    return Reading("DATE", TimeReading(kind="ref", value=v))


def _v_year_ago(_m: re.Match[str], t: str) -> Reading:
    # "the year-earlier period": the date last mentioned, a year back
    return Reading("DATE", TimeReading(kind="evrel", duration="P1Y", direction="before"))


def _v_every(m: re.Match[str], t: str) -> Reading:
    lex = lexicon()
    n, unit = m.group(1), m.group(2)
    if unit in lex["weekdays"]:
        return Reading("SET", TimeReading(kind="set", value=f"XXXX-WXX-{lex['weekdays'][unit] + 1}"))
    q = _num(n) if n else 1
    return Reading("SET", TimeReading(kind="set", value=_duration(q, unit)))


def _v_dayword(m: re.Match[str], t: str) -> Reading:
    w = m.group(1)
    n = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2, "last night": -1}.get(w.split()[0] if w not in ("the day before yesterday", "the day after tomorrow", "last night") else w, 0)
    base = TimeReading(kind="off", unit="day", offset=n)
    for part, code in _TOD.items():
        if w.endswith(part):
            return Reading("TIME", TimeReading(kind="time", date=base, clock=code))
    return Reading("DATE", base)


def _v_iso(m: re.Match[str], t: str) -> Reading | None:
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not _valid(y, mo, d):
        return None
    v = f"{y:04d}-{mo:02d}-{d:02d}"
    if m.group(4):
        return Reading("TIME", TimeReading(kind="abs", value=f"{v}T{int(m.group(4)):02d}:{m.group(5)}", granularity="time"))
    return Reading("DATE", TimeReading(kind="abs", value=v, granularity="day"))


def _v_iso_month(m: re.Match[str], t: str) -> Reading | None:
    y, mo = int(m.group(1)), int(m.group(2))
    if 1 <= mo <= 12:
        return Reading("DATE", TimeReading(kind="abs", value=f"{y:04d}-{mo:02d}", granularity="month"))
    return None


def _v_mdy_range(m: re.Match[str], t: str) -> Reading | None:
    mo, d, d2, ys = lexicon()["months"][m.group(1)], int(m.group(2)), int(m.group(3)), m.group(4)
    if ys and _valid(int(ys), mo, d):
        return Reading("DATE", TimeReading(kind="abs", value=f"{int(ys):04d}-{mo:02d}-{d:02d}", granularity="day"), range_end=d2)
    if not ys and 1 <= d <= 31:
        return Reading("DATE", TimeReading(kind="md", month=mo, day=d), range_end=d2)
    return None


def _v_dom(m: re.Match[str], t: str) -> Reading | None:
    d = int(m.group(1))
    if 1 <= d <= 31:
        return Reading("DATE", TimeReading(kind="dom", day=d))
    return None


def _v_mdy(m: re.Match[str], t: str) -> Reading | None:
    lex = lexicon()
    mo, d, ys = lex["months"][m.group(1)], int(m.group(2)), m.group(3)
    if ys and _valid(int(ys), mo, d):
        return Reading("DATE", TimeReading(kind="abs", value=f"{int(ys):04d}-{mo:02d}-{d:02d}", granularity="day"))
    if not ys and 1 <= d <= 31:
        rel = TimeReading(kind="md", month=mo, day=d)
        first = t.split()[0].rstrip(",")
        if first in lex["weekdays"] and first != m.group(1):
            rel.weekday = lex["weekdays"][first]  # "Friday, Oct. 13": pins the year down
        return Reading("DATE", rel)
    return None


def _v_rel_mdy(m: re.Match[str], t: str) -> Reading | None:
    mo, d = lexicon()["months"][m.group(2)], int(m.group(3))
    if not 1 <= d <= 31:
        return None
    way = {"last": "past", "this past": "past", "next": "future", "this coming": "future"}.get(m.group(1))
    return Reading("DATE", TimeReading(kind="md", month=mo, day=d, direction=way))


def _v_dmy(m: re.Match[str], t: str) -> Reading | None:
    d, mo, ys = int(m.group(1)), lexicon()["months"][m.group(2)], m.group(3)
    if ys and _valid(int(ys), mo, d):
        return Reading("DATE", TimeReading(kind="abs", value=f"{int(ys):04d}-{mo:02d}-{d:02d}", granularity="day"))
    if not ys and 1 <= d <= 31:
        return Reading("DATE", TimeReading(kind="md", month=mo, day=d))
    return None


def _v_my(m: re.Match[str], t: str) -> Reading:
    return Reading("DATE", TimeReading(kind="abs", value=f"{int(m.group(2)):04d}-{lexicon()['months'][m.group(1)]:02d}", granularity="month"))


def _v_month_rel(m: re.Match[str], t: str) -> Reading:
    n = {"last": -1, "next": 1, "this": 0}[m.group(2)]
    return Reading("DATE", TimeReading(kind="month", month=lexicon()["months"][m.group(1)], year_offset=n))


def _v_rel_month(m: re.Match[str], t: str) -> Reading:
    w = m.group(1)
    way = "past" if w in ("last", "this past", "past") else "future" if w in ("next", "this coming", "coming") else None
    rel = TimeReading(kind="month", month=lexicon()["months"][m.group(2)])
    if way:
        rel.direction = way
    elif w == "this":
        rel.year_offset = 0  # "this September" is the anchor year's, whatever the verb's tense
    return Reading("DATE", rel)


def _v_month(m: re.Match[str], t: str) -> Reading:
    return Reading("DATE", TimeReading(kind="month", month=lexicon()["months"][m.group(1)]))


def _v_year(m: re.Match[str], t: str) -> Reading | None:
    y = _year4(m.group(1))
    if 1000 <= y <= 2199:
        return Reading("DATE", TimeReading(kind="abs", value=f"{y:04d}", granularity="year"))
    return None


def _v_year2(m: re.Match[str], t: str) -> Reading:
    return Reading("DATE", _year2(m.group(1)))


def _v_decade(m: re.Match[str], t: str) -> Reading:
    return Reading("DATE", TimeReading(kind="abs", value=f"{m.group(1)}X", granularity="decade"))


def _v_decade2(m: re.Match[str], t: str) -> Reading:
    return Reading("DATE", TimeReading(kind="decade2", decade=int(m.group(1))))


def _v_decade_word(m: re.Match[str], t: str) -> Reading:
    return Reading("DATE", TimeReading(kind="decade2", decade=lexicon()["decade_words"][m.group(1)]))


def _v_century(m: re.Match[str], t: str) -> Reading:
    return Reading("DATE", TimeReading(kind="abs", value=f"{int(m.group(1)) - 1:02d}", granularity="century"))


def _v_century_word(m: re.Match[str], t: str) -> Reading | None:
    c = lexicon()["century_ordinals"].get(m.group(1))
    if c:
        return Reading("DATE", TimeReading(kind="abs", value=f"{c - 1:02d}", granularity="century"))
    if t.startswith("the ") and m.group(1) in ("last", "past"):
        return None  # "the past century": the hundred years before now ("off" reads it), not the 19th century in 1989
    if m.group(1) in ("this", "last", "next", "past"):
        return Reading("DATE", TimeReading(kind="off", unit="century", offset={"this": 0, "next": 1}.get(m.group(1), -1)))
    return None


def _v_year_period(m: re.Match[str], t: str) -> Reading:
    return Reading("DATE", TimeReading(kind="unknown", unit="quarter" if m.group(2) == "quarter" else "period", value=m.group(1)))


def _v_latest_period(m: re.Match[str], t: str) -> Reading:
    return Reading("DATE", TimeReading(kind="unknown", unit="quarter"))


def _v_quarter_year_first(m: re.Match[str], t: str) -> Reading:
    q = _ord_q(m.group(2))
    return Reading("DATE", TimeReading(kind="q", quarter=q, year_offset={"this": 0, "last": -1, "next": 1}[m.group(1)]))


def _v_quarter(m: re.Match[str], t: str) -> Reading:
    ys = m.group(1) or m.group(3)
    q = _ord_q(m.group(2))
    if ys:
        return Reading("DATE", TimeReading(kind="abs", value=f"{int(ys):04d}-Q{q}", granularity="quarter"))
    if m.group(4):
        return Reading("DATE", TimeReading(kind="q", quarter=q, year_offset={"this": 0, "last": -1, "next": 1}[m.group(4)]))
    return Reading("DATE", TimeReading(kind="q", quarter=q))


def _v_qn(m: re.Match[str], t: str) -> Reading:
    q = int(m.group(1))
    if m.group(2):
        return Reading("DATE", TimeReading(kind="abs", value=f"{int(m.group(2)):04d}-Q{q}", granularity="quarter"))
    if m.group(3):
        return Reading("DATE", TimeReading(kind="year2", two_digit_year=int(m.group(3)), suffix=f"-Q{q}", granularity="quarter"))
    return Reading("DATE", TimeReading(kind="q", quarter=q))


def _v_half(m: re.Match[str], t: str) -> Reading:
    h = 1 if m.group(2) in ("first", "1st") else 2
    ys = m.group(1) or m.group(3)
    if ys:
        return Reading("DATE", TimeReading(kind="abs", value=f"{int(ys):04d}-H{h}", granularity="half"))
    if m.group(4):
        return Reading("DATE", TimeReading(kind="h", half=h, year_offset={"this": 0, "last": -1, "next": 1}[m.group(4)]))
    return Reading("DATE", TimeReading(kind="h", half=h))


def _v_half_of(m: re.Match[str], t: str) -> Reading:
    h = 1 if m.group(1) == "first" else 2
    if m.group(2):
        return Reading("DATE", TimeReading(kind="abs", value=f"{int(m.group(2)):04d}-H{h}", granularity="half"))
    return Reading("DATE", TimeReading(kind="h", half=h, year_offset={"this": 0, "last": -1, "next": 1}[m.group(3)]))


def _v_season_year(m: re.Match[str], t: str) -> Reading:
    return Reading("DATE", TimeReading(kind="abs", value=f"{m.group(1)}-{lexicon()['seasons'][m.group(2)]}", granularity="season"))


def _v_season(m: re.Match[str], t: str) -> Reading:
    s = lexicon()["seasons"][m.group(2)]
    if m.group(3):
        return Reading("DATE", TimeReading(kind="abs", value=f"{m.group(3)}-{s}", granularity="season"))
    return Reading("DATE", _yearly_direction(TimeReading(kind="season", season=s), m.group(1)))


def _yearly_direction(rel: TimeReading, w: str | None) -> TimeReading:
    """A day or season that comes once a year, told with "last/past", "next/coming" or "this"."""
    if w in ("last", "this past", "past"):
        rel.direction = "past"
    elif w in ("next", "this coming", "coming"):
        rel.direction = "future"
    elif w == "this":
        rel.year_offset = 0
    return rel


def _v_weekday(m: re.Match[str], t: str) -> Reading | None:
    w, wd, tod = m.group(1), lexicon()["weekdays"][m.group(2)], m.group(3)
    if len(m.group(2)) <= 3 and m.group(2) in ("sat", "sun", "wed", "mon", "fri", "thu", "tue") and not w:
        return None  # bare abbreviations are too ambiguous ("sun", "sat")
    rel = TimeReading(kind="wd", weekday=wd)
    if w == "last":
        rel.direction = "last"  # the day of last week (``_r_wd``), not always the latest such day
    elif w in ("this past", "past"):
        rel.direction = "past"
    elif w in ("next", "this coming", "coming"):
        rel.direction = "future"
    elif w == "this":
        rel.direction = "week"
    if tod:
        return Reading("TIME", TimeReading(kind="time", date=rel, clock=_TOD[tod]))
    return Reading("DATE", rel)


def _v_holiday(m: re.Match[str], t: str) -> Reading | None:
    w, name, ys = m.group(1), m.group(2), m.group(3)
    if ys:
        day = holiday_date(name, int(ys))
        return None if day is None else Reading("DATE", TimeReading(kind="abs", value=day.isoformat(), granularity="day"))
    return Reading("DATE", _yearly_direction(TimeReading(kind="hol", value=name), w))


def holiday_date(name: str, year: int) -> dt.date | None:
    """The day a named holiday of ``timenorm.json`` falls on in ``year`` (None if unknown).
    Easter by dateutil's computus (a maintained library); the rest from the lexicon's rule."""
    spec = lexicon()["holidays"].get(name)
    if spec is None or not 1583 <= year <= 4099:
        return None
    if "easter" in spec:
        from dateutil.easter import easter

        return easter(year) + dt.timedelta(days=spec["easter"])
    if "day" in spec:
        return dt.date(year, spec["month"], spec["day"]) if _valid(year, spec["month"], spec["day"]) else None
    month, wd, nth = spec["month"], spec["weekday"], spec["nth"]
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - wd) % 7)


def _v_period_end(m: re.Match[str], t: str) -> Reading:
    return Reading("DATE", TimeReading(kind="off", unit=m.group(1), offset=0), mod="END")


def _v_earlier_this(m: re.Match[str], t: str) -> Reading:
    mod = {"earlier": "START", "early": "START", "later": "END", "late": "END"}[m.group(1)]
    if m.group(2) == "that":
        return Reading("DATE", TimeReading(kind="unknown", unit=m.group(3)), mod=mod)
    return Reading("DATE", TimeReading(kind="off", unit=m.group(3), offset=0), mod=mod)


def _v_off(m: re.Match[str], t: str) -> Reading | None:
    w, unit = m.group(1), m.group(2).replace("fiscal year", "year")
    if w in ("the following", "the previous", "the prior") and unit in ("day", "week", "month", "year", "quarter"):
        # "the following year": a year after the date last mentioned
        code = {"day": "D", "week": "W", "month": "M", "year": "Y", "quarter": "Q"}[unit]
        return Reading("DATE", TimeReading(kind="evrel", duration=f"P1{code}", direction="after" if w == "the following" else "before", unit=unit))
    if w in ("the latest", "the most recent", "the recent") and unit == "quarter":
        return Reading("DATE", TimeReading(kind="unknown", unit="quarter", fallback=-1))
    if w in ("the past", "the last", "past", "the next", "the coming", "this past", "this coming") and unit in ("day", "week", "month", "year", "decade", "century", "quarter"):
        # "the past year", "the next month": a stretch of time (TimeML DURATION)
        return Reading("DURATION", TimeReading(kind="dur", value=_duration(1, unit)), ends_at_anchor=("past" in w or "last" in w or "previous" in w))
    if w in ("the", "the full") and unit == "year":
        # "for the year", "the full year": the year the text named last, else the anchor's
        # (analyse.timex.resolve_against_previous); "that year" has no such fallback
        return Reading("DATE", TimeReading(kind="unknown", unit=unit, fallback=0))
    if w in ("the", "that", "the same", "same", "the full"):
        return Reading("DATE", TimeReading(kind="unknown", unit=unit))
    n = {"last": -1, "previous": -1, "past": -1, "prior": -1, "the prior": -1, "the latest": 0, "the recent": -1,
         "next": 1, "coming": 1, "following": 1,
         "this": 0, "current": 0, "the current": 0, "earlier": 0, "later": 0}.get(w)
    if n is None:
        return None
    if unit == "weekend":
        return Reading("DATE", TimeReading(kind="off", unit="weekend", offset=n))
    return Reading("DATE", TimeReading(kind="off", unit=unit, offset=n))


def _v_ago(m: re.Match[str], t: str) -> Reading:
    qty, unit, how = m.group(1), m.group(2), m.group(3)
    n = _num(qty)
    if n is None:  # "a few years ago"
        if how in ("ago", "back", "earlier", "before"):
            return Reading("DATE", TimeReading(kind="ref", value="PAST_REF"))
        return Reading("DATE", TimeReading(kind="ref", value="FUTURE_REF"))
    if how in ("ago", "back"):
        return Reading("DATE", TimeReading(kind="ago", unit=_UNIT_GRAN.get(_unit_code(unit), "day"), offset=-n, clock_unit=unit in _TIME_UNITS))
    if how in ("from now", "hence"):
        return Reading("DATE", TimeReading(kind="ago", unit=_UNIT_GRAN.get(_unit_code(unit), "day"), offset=n, clock_unit=unit in _TIME_UNITS))
    # relative to another event: "two days later", "a year earlier"
    direction = "after" if how in ("later", "after", "since") else "before"
    return Reading("DATE", TimeReading(kind="evrel", duration=_duration(n, unit), direction=direction))


def _v_dur_pastn(m: re.Match[str], t: str) -> Reading:
    n = _num(m.group(1))
    return Reading("DURATION", TimeReading(kind="dur", value=_duration(n, m.group(2))))


def _v_dur_past(m: re.Match[str], t: str) -> Reading:
    unit = m.group(1)
    return Reading("DURATION", TimeReading(kind="dur", value=_duration(None if unit.endswith("s") else 1, unit)))


def _v_dur(m: re.Match[str], t: str) -> Reading:
    n = _num(m.group(1))
    if n is not None and ("and a half" in t or "1/2" in t or "\u00bd" in t):
        n = n + 0.5  # "two and a half years", "2 1/2 years", "a minute and a half"
    return Reading("DURATION", TimeReading(kind="dur", value=_duration(n, m.group(2))))


def _v_half_unit(m: re.Match[str], t: str) -> Reading | None:
    unit = m.group(1)
    return None if unit.endswith("s") else Reading("DURATION", TimeReading(kind="dur", value=_duration(0.5, unit)))


def _v_dur_decades(m: re.Match[str], t: str) -> Reading:
    return Reading("DURATION", TimeReading(kind="dur", value=_duration(None, m.group(1))))


def _v_dur_bare(m: re.Match[str], t: str) -> Reading | None:
    unit = m.group(1)
    if unit in ("night", "nights"):
        return None  # "the night the flight went down", "night": a time of day, no stretch counted
    if unit.endswith("s"):
        return Reading("DURATION", TimeReading(kind="dur", value=_duration(None, unit)))
    return Reading("DURATION", TimeReading(kind="dur", value=_duration(1, unit)))


def _v_clock_tod(m: re.Match[str], t: str) -> Reading | None:
    hh, mm, part = int(m.group(1)), m.group(2), m.group(3) or m.group(4)
    if not 1 <= hh <= 12 or (mm and int(mm) > 59):
        return None
    if part == "morning":
        hh = 0 if hh == 12 else hh
    elif part in ("afternoon", "evening") or (part == "night" and hh >= 6):
        hh = hh if hh == 12 else hh + 12
    elif part == "night":
        hh = 0 if hh == 12 else hh  # "2 at night": the small hours
    return Reading("TIME", TimeReading(kind="time", date=TimeReading(kind="off", unit="day", offset=0), clock=f"{hh:02d}:{mm or '00'}"))


def _v_noon_first(m: re.Match[str], t: str) -> Reading | None:
    date = _read(m.group(2))
    if date is not None and date.type == "DATE":
        return Reading("TIME", TimeReading(kind="time", date=date.rel, clock=_TOD[m.group(1)]))
    return None


def _v_noon(m: re.Match[str], t: str) -> Reading | None:
    pre, tod = m.group(1), _TOD[m.group(2)]
    if pre is None and m.group(2) == "night":
        return None  # "at night", "in the dead of night": no one night, and no count of one
    date = _read(pre) if pre else None
    if pre and (date is None or date.type not in ("DATE",)):
        return None
    base = date.rel if date else TimeReading(kind="off", unit="day", offset=0)
    return Reading("TIME", TimeReading(kind="time", date=base, clock=tod))


def _v_milclock(m: re.Match[str], t: str) -> Reading | None:
    day_of = _clock_day(m.group(1) or m.group(4))
    return None if day_of is None else Reading("TIME", TimeReading(kind="time", date=day_of, clock=f"{m.group(2)}:{m.group(3)}"))


def _v_clock(m: re.Match[str], t: str) -> Reading | None:
    return _clock_reading(m.group(1) or m.group(5), int(m.group(2)), m.group(3), m.group(4))


def _v_clock_first(m: re.Match[str], t: str) -> Reading | None:
    return _clock_reading(m.group(4), int(m.group(1)), m.group(2), m.group(3))


def _v_clock_at(m: re.Match[str], t: str) -> Reading | None:
    return _clock_reading(m.group(1), int(m.group(2)), m.group(3), m.group(4))


def _clock_reading(day_words: str | None, hh: int, mm: str | None, ampm: str | None) -> Reading | None:
    """A clock on the day its date words give ("9 am monday", "11pm on 27 april"); an hour
    with neither minutes nor am/pm is not a clock ("on 27": a number, never an hour)."""
    if not ampm and not mm:
        return None
    if ampm and ampm.startswith("p") and hh < 12:
        hh += 12
    if ampm and ampm.startswith("a") and hh == 12:
        hh = 0
    if hh > 24 or (mm and int(mm) > 59):
        return None
    hhmm = f"{hh:02d}:{mm or '00'}"
    day_of = _clock_day(day_words)
    return None if day_of is None else Reading("TIME", TimeReading(kind="time", date=day_of, clock=hhmm))


def _rule(name: str, value: Callable[[Any, str], Reading | None], examples: tuple[tuple[str, str], ...], not_examples: tuple[str, ...], *, words: str | None = None, claims: bool = False) -> Rule:
    """A rule found by the pattern of its name in ``_patterns()``, or by a lexicon word list."""
    return Rule(name, _words(words) if words else _pat(name), value, examples, not_examples, claims)


RULES: tuple[Rule, ...] = (
    _rule("present_ref", _v_present_ref, (
        ("now", "DATE ref value=PRESENT_REF"),
        ("currently", "DATE ref value=PRESENT_REF"),
    ), ("nowhere",), words="present_ref"),
    _rule("past_ref", _v_past_ref, (
        ("recently", "DATE ref value=PAST_REF"),
        ("lately", "DATE ref value=PAST_REF"),
    ), ("recent decades",), words="past_ref"),
    _rule("future_ref", _v_future_ref, (
        ("soon", "DATE ref value=FUTURE_REF"),
        ("the future", "DATE ref value=FUTURE_REF"),
    ), ("sooner",), words="future_ref"),
    _rule("set_word", _v_set_word, (
        ("daily", "SET set value=P1D"),
        ("quarterly", "SET set value=P3M"),
    ), ("daily mail",), words="set_words"),
    _rule("ref_years", _v_ref_years, (
        ("recent decades", "DATE ref value=PAST_REF"),
        ("the next many months", "DATE ref value=FUTURE_REF"),
        ("the past weeks", "DATE ref value=PAST_REF"),
    ), ("the coming year", "the next few months", "the past several weeks")),
    _rule("year_ago", _v_year_ago, (
        ("the year-earlier period", "DATE evrel direction=before duration=P1Y"),
        ("year-ago", "DATE evrel direction=before duration=P1Y"),
    ), ("a year ago",)),
    _rule("every", _v_every, (
        ("every quarter", "SET set value=P1Q"),
        ("each monday", "SET set value=XXXX-WXX-1"),
        ("every two weeks", "SET set value=P2W"),
    ), ("everyday",)),
    _rule("dayword", _v_dayword, (
        ("yesterday", "DATE off unit=day offset=-1"),
        ("tomorrow morning", "TIME time date=(off unit=day offset=1) clock=MO"),
        ("the day before yesterday", "DATE off unit=day offset=-2"),
    ), ("yesterday's news",)),
    _rule("iso", _v_iso, (
        ("2021-03-04", "DATE abs value=2021-03-04 granularity=day"),
        ("2021-03-04t15:30", "TIME abs value=2021-03-04T15:30 granularity=time"),
    ), ("2021-02-30",)),
    _rule("iso_month", _v_iso_month, (
        ("2011-03", "DATE abs value=2011-03 granularity=month"),
    ), ("2000-13", "2000-5")),
    _rule("mdy_range", _v_mdy_range, (
        ("march 17-19", "DATE md month=3 day=17 range_end=19"),
        ("march 17 to 19, 2011", "DATE abs value=2011-03-17 granularity=day range_end=19"),
    ), ("march 17",)),
    _rule("dom", _v_dom, (
        ("the 5th", "DATE dom day=5"),
        ("15th of this month", "DATE dom day=15"),
    ), ("the 32nd", "5")),
    _rule("mdy", _v_mdy, (
        ("march 17", "DATE md month=3 day=17"),
        ("oct. 13, 2006", "DATE abs value=2006-10-13 granularity=day"),
        ("friday, oct 13", "DATE md month=10 day=13 weekday=4"),
    ), ("february 30, 2021", "march")),
    _rule("rel_mdy", _v_rel_mdy, (
        ("last oct. 23", "DATE md month=10 day=23 direction=past"),
        ("next march 5", "DATE md month=3 day=5 direction=future"),
    ), ("last oct. 32", "last october")),
    _rule("dmy", _v_dmy, (
        ("17 march 2011", "DATE abs value=2011-03-17 granularity=day"),
        ("13th of october", "DATE md month=10 day=13"),
    ), ("31 february 2021",)),
    _rule("my", _v_my, (
        ("march 2011", "DATE abs value=2011-03 granularity=month"),
        ("oct. of 2006", "DATE abs value=2006-10 granularity=month"),
    ), ("march 11",)),
    _rule("month_rel", _v_month_rel, (
        ("march of last year", "DATE month month=3 year_offset=-1"),
        ("june next year", "DATE month month=6 year_offset=1"),
    ), ("march last",)),
    _rule("rel_month", _v_rel_month, (
        ("last march", "DATE month month=3 direction=past"),
        ("this coming june", "DATE month month=6 direction=future"),
        ("this may", "DATE month month=5 year_offset=0"),
    ), ("last marches",)),
    _rule("month", _v_month, (
        ("march", "DATE month month=3"),
        ("sept.", "DATE month month=9"),
    ), ("marching",)),
    _rule("year", _v_year, (
        ("2011", "DATE abs value=2011 granularity=year"),
        ("fiscal 2012", "DATE abs value=2012 granularity=year"),
        ("the year 1999", "DATE abs value=1999 granularity=year"),
    ), ("2300", "999")),
    _rule("year2", _v_year2, (
        ("'98", "DATE year2 two_digit_year=98"),
        ("fy'12", "DATE year2 two_digit_year=12"),
    ), ("'9", "98")),
    _rule("decade", _v_decade, (
        ("the 1990s", "DATE abs value=199X granularity=decade"),
        ("1980's", "DATE abs value=198X granularity=decade"),
    ), ("1995s",)),
    _rule("decade2", _v_decade2, (
        ("the '90s", "DATE decade2 decade=9"),
        ("80s", "DATE decade2 decade=8"),
    ), ("the 90",)),
    _rule("decade_word", _v_decade_word, (
        ("the nineties", "DATE decade2 decade=9"),
    ), ("the nineteens",)),
    _rule("century", _v_century, (
        ("the 21st century", "DATE abs value=20 granularity=century"),
        ("19th century", "DATE abs value=18 granularity=century"),
    ), ("21st",)),
    _rule("century_word", _v_century_word, (
        ("the twentieth century", "DATE abs value=19 granularity=century"),
        ("last century", "DATE off unit=century offset=-1"),
        ("this century", "DATE off unit=century offset=0"),
    ), ("the american century", "the past century")),
    _rule("year_period", _v_year_period, (
        ("the 1988 quarter", "DATE unknown value=1988 unit=quarter"),
        ("the 1989 period", "DATE unknown value=1989 unit=period"),
    ), ("the 1988 quarters", "1988 periods")),
    _rule("latest_period", _v_latest_period, (
        ("the latest period", "DATE unknown unit=quarter"),
    ), ("the latest periods", "a period")),
    _rule("quarter_year_first", _v_quarter_year_first, (
        ("last year's fourth quarter", "DATE q year_offset=-1 quarter=4"),
    ), ("last year's quarter",)),
    _rule("quarter", _v_quarter, (
        ("the third quarter", "DATE q quarter=3"),
        ("the first quarter of 2011", "DATE abs value=2011-Q1 granularity=quarter"),
        ("the fourth quarter of last year", "DATE q year_offset=-1 quarter=4"),
        ("2012's second quarter", "DATE abs value=2012-Q2 granularity=quarter"),
    ), ("the quarter",)),
    _rule("qn", _v_qn, (
        ("q3", "DATE q quarter=3"),
        ("q1 2012", "DATE abs value=2012-Q1 granularity=quarter"),
        ("q4 '19", "DATE year2 granularity=quarter two_digit_year=19 suffix=-Q4"),
    ), ("q5",)),
    _rule("half", _v_half, (
        ("the first half", "DATE h half=1"),
        ("the second half of 2011", "DATE abs value=2011-H2 granularity=half"),
        ("first half of next year", "DATE h year_offset=1 half=1"),
    ), ("half",)),
    _rule("half_of", _v_half_of, (
        ("the last half of 2011", "DATE abs value=2011-H2 granularity=half"),
        ("the first two quarters of 2012", "DATE abs value=2012-H1 granularity=half"),
        ("the last two quarters of this year", "DATE h year_offset=0 half=2"),
    ), ("the last half", "the first two quarters", "the last half of the game")),
    _rule("season_year", _v_season_year, (
        ("the 2011 summer", "DATE abs value=2011-SU granularity=season"),
    ), ("2011 summers",)),
    _rule("season", _v_season, (
        ("summer", "DATE season season=SU"),
        ("last winter", "DATE season direction=past season=WI"),
        ("this spring", "DATE season year_offset=0 season=SP"),
        ("fall 2012", "DATE abs value=2012-FA granularity=season"),
    ), ("summertime",)),
    _rule("weekday", _v_weekday, (
        ("monday", "DATE wd weekday=0"),
        ("last friday", "DATE wd weekday=4 direction=last"),
        ("this past friday", "DATE wd weekday=4 direction=past"),
        ("this tuesday", "DATE wd weekday=1 direction=week"),
        ("friday night", "TIME time date=(wd weekday=4) clock=NI"),
        ("sun", "None"),
    ), ("mondays",), claims=True),
    _rule("holiday", _v_holiday, (
        ("thanksgiving day", "DATE hol value=thanksgiving day"),
        ("last thanksgiving", "DATE hol value=thanksgiving direction=past"),
        ("christmas 1998", "DATE abs value=1998-12-25 granularity=day"),
        ("easter 2000", "DATE abs value=2000-04-23 granularity=day"),
    ), ("thanksgiving dinner", "christmas tree", "easter island")),
    _rule("period_end", _v_period_end, (
        ("year-end", "DATE off unit=year offset=0 mod=END"),
        ("the month's end", "DATE off unit=month offset=0 mod=END"),
    ), ("the end",)),
    _rule("earlier_this", _v_earlier_this, (
        ("earlier this week", "DATE off unit=week offset=0 mod=START"),
        ("late that year", "DATE unknown unit=year mod=END"),
    ), ("earlier this morning",)),
    _rule("off", _v_off, (
        ("last year", "DATE off unit=year offset=-1"),
        ("next week", "DATE off unit=week offset=1"),
        ("the following year", "DATE evrel unit=year direction=after duration=P1Y"),
        ("the past month", "DURATION dur value=P1M ends_at_anchor=True"),
        ("that day", "DATE unknown unit=day"),
        ("the year", "DATE unknown unit=year fallback=0"),
        ("the full year", "DATE unknown unit=year fallback=0"),
        ("that year", "DATE unknown unit=year"),
        ("this weekend", "DATE off unit=weekend offset=0"),
        ("the latest quarter", "DATE unknown unit=quarter fallback=-1"),
        ("the most recent day", "None"),
    ), ("last years",), claims=True),
    _rule("ago", _v_ago, (
        ("three years ago", "DATE ago unit=year offset=-3"),
        ("two days later", "DATE evrel direction=after duration=P2D"),
        ("a few years ago", "DATE ref value=PAST_REF"),
        ("five hours ago", "DATE ago unit=day offset=-5 clock_unit=True"),
        ("a year from now", "DATE ago unit=year offset=1"),
    ), ("years ago",)),
    _rule("dur_pastn", _v_dur_pastn, (
        ("the past three years", "DURATION dur value=P3Y"),
        ("the first two weeks", "DURATION dur value=P2W"),
        ("the next few days", "DURATION dur value=PXD"),
        ("the past several weeks", "DURATION dur value=PXW"),
    ), ("the past year",)),
    _rule("dur_past", _v_dur_past, (
        ("the first year", "DURATION dur value=P1Y"),
        ("the remaining months", "DURATION dur value=PXM"),
    ), ("the first",)),
    _rule("half_unit", _v_half_unit, (
        ("half an hour", "DURATION dur value=PT30M"),
        ("nearly half a year", "DURATION dur value=P6M"),
        ("half a day", "DURATION dur value=PT12H"),
    ), ("half the people", "half an apple", "the first half")),
    _rule("dur", _v_dur, (
        ("three years", "DURATION dur value=P3Y"),
        ("two and a half years", "DURATION dur value=P2Y6M"),
        ("2 1/2 years", "DURATION dur value=P2Y6M"),
        ("a minute and a half", "DURATION dur value=PT1M30S"),
        ("an hour and a half", "DURATION dur value=PT1H30M"),
        ("one and a half days", "DURATION dur value=P1DT12H"),
        ("eight trading days", "DURATION dur value=P8D"),
        ("twenty four hours", "DURATION dur value=PT24H"),
        ("a week and a half", "DURATION dur value=P1.5W"),
        ("about 10 days", "DURATION dur value=P10D"),
        ("30-day", "DURATION dur value=P30D"),
    ), ("three", "1/2", "half", "trading days")),
    _rule("dur_decades", _v_dur_decades, (
        ("decades", "DURATION dur value=PXDE"),
        ("centuries", "DURATION dur value=PXCE"),
    ), ("decade",)),
    _rule("dur_bare", _v_dur_bare, (
        ("hour", "DURATION dur value=PT1H"),
        ("seconds", "DURATION dur value=PTXS"),
    ), ("hourly", "the night")),
    _rule("clock_tod", _v_clock_tod, (
        ("4 in the morning", "TIME time date=(off unit=day offset=0) clock=04:00"),
        ("9 in the evening", "TIME time date=(off unit=day offset=0) clock=21:00"),
        ("11 at night", "TIME time date=(off unit=day offset=0) clock=23:00"),
    ), ("40 in the morning", "4 in the house")),
    _rule("noon_first", _v_noon_first, (
        ("noon monday", "TIME time date=(wd weekday=0) clock=12:00"),
        ("afternoon yesterday", "TIME time date=(off unit=day offset=-1) clock=AF"),
        ("night of oct. 23", "TIME time date=(md month=10 day=23) clock=NI"),
        ("midnight on march 3", "TIME time date=(md month=3 day=3) clock=24:00"),
    ), ("noon",)),
    _rule("noon", _v_noon, (
        ("noon", "TIME time date=(off unit=day offset=0) clock=12:00"),
        ("march 3 evening", "TIME time date=(md month=3 day=3) clock=EV"),
        ("the big night", "None"),
        ("night", "None"),
    ), ("nightly",), claims=True),
    _rule("milclock", _v_milclock, (
        ("1800 gmt", "TIME time date=(off unit=day offset=0) clock=18:00"),
        ("0600 local time tuesday", "TIME time date=(wd weekday=1) clock=06:00"),
        ("1800 gmt foo", "None"),
    ), ("2500 gmt",), claims=True),
    _rule("clock_first", _v_clock_first, (
        ("11pm on 27 april", "TIME time date=(md month=4 day=27) clock=23:00"),
        ("10:30 on friday", "TIME time date=(wd weekday=4) clock=10:30"),
        ("9 am monday", "TIME time date=(wd weekday=0) clock=09:00"),
        ("11 p.m. on april 27, 2009", "TIME time date=(abs value=2009-04-27 granularity=day) clock=23:00"),
    ), ("27 april", "11 on 27 april", "11pm on 27")),
    _rule("clock_at", _v_clock_at, (
        ("april 27 at 10:30", "TIME time date=(md month=4 day=27) clock=10:30"),
        ("27 april at 11pm", "TIME time date=(md month=4 day=27) clock=23:00"),
    ), ("10:30", "april 27 at 11")),
    _rule("clock", _v_clock, (
        ("3 pm", "TIME time date=(off unit=day offset=0) clock=15:00"),
        ("10:30", "TIME time date=(off unit=day offset=0) clock=10:30"),
        ("monday, 9 am", "TIME time date=(wd weekday=0) clock=09:00"),
        ("12 am", "TIME time date=(off unit=day offset=0) clock=00:00"),
        ("7", "None"),
    ), ("gmt",), claims=True),
)


def _walk(t: str) -> tuple[Rule | None, Reading | None]:
    """The rule that takes ``t`` (None when none does) and its reading."""
    for rule in RULES:
        took, r = rule.apply(t)
        if took:
            return rule, r
    return None, None


def _read(t: str) -> Reading | None:
    return _walk(t)[1]


def summary(r: Reading | None) -> str:
    """A short text of a reading, for the rules' examples: ``DATE abs value=2021 granularity=year``."""
    if r is None:
        return "None"

    def rel(x: TimeReading) -> str:
        fields = x.model_dump(exclude_defaults=True)
        fields.pop("kind", None)
        parts = [x.kind] + [f"{k}=({rel(x.date)})" if k == "date" and x.date is not None else f"{k}={v}" for k, v in fields.items()]
        return " ".join(parts)

    extra = [f"{k}={v}" for k, v in (("mod", r.mod), ("range_end", r.range_end), ("ends_at_anchor", r.ends_at_anchor)) if v is not None]
    return " ".join([r.type, rel(r.rel), *extra])


def _ord_q(word: str) -> int:
    return lexicon()["ordinals"].get(word, 4)


def _valid(y: int, mo: int, d: int) -> bool:
    try:
        dt.date(y, mo, d)
        return True
    except ValueError:
        return False


def _read_fallback(t: str) -> Reading | None:
    """Absolute dates in layouts the rules do not know, via dateparser (digits only)."""
    if not re.search(r"\d", t) or not re.search(r"\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", t):
        return None
    if re.fullmatch(r"\d{4}\s*[-/]\s*\d{1,3}|\d{4}\s*[-/]\s*\d{3,}", t):
        return None  # "Mirage 2000-5", "Law 2011/45": a name or a number, not a month
    if re.fullmatch(rf"\d{{4}} ?(?:{zones_re()}|hours|hrs)", t):
        return None  # "2399 GMT": not a clock, and not a year either
    try:
        import dateparser

        data = dateparser.DateDataParser(languages=["en"], settings={"STRICT_PARSING": False, "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]}).get_date_data(t)
    except Exception:  # dateparser raises on odd input; the expression stays unread
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj
    if str(d.year) not in t and not re.search(rf"[/.]{d.year % 100:02d}\b", t):
        return None  # dateparser filled the year in from today: the text does not say it
    has_month = re.search(r"[a-z]{3}", t) is not None or re.search(r"\d{1,4}[/.-]\d{1,2}", t) is not None
    if data.period in ("day", "month", "time") and not has_month:
        return None  # "29, 2009" (a dateline cut in two): dateparser takes the month from today
    if data.period == "year":
        return Reading("DATE", TimeReading(kind="abs", value=f"{d.year:04d}", granularity="year"))
    if data.period == "month":
        return Reading("DATE", TimeReading(kind="abs", value=f"{d.year:04d}-{d.month:02d}", granularity="month"))
    if data.period == "time" and (d.hour or d.minute):
        return Reading("TIME", TimeReading(kind="abs", value=f"{d:%Y-%m-%dT%H:%M}", granularity="time"))
    return Reading("DATE", TimeReading(kind="abs", value=f"{d:%Y-%m-%d}", granularity="day"))


# ---------------------------------------------------------------- resolving


# a tense that leaves a weekday's direction open (analyse.timex.day_direction): no value
OPEN_TENSE = "open"
# a day-relative reading whose day is another's than the document's ("had flown in overnight"
# beside "on Monday", "the afternoon" of a day told before): no value, whatever the anchor
NO_ANCHOR_TENSE = "unanchored"


def _dir(rel: TimeReading, tense: str | None) -> str | None:
    return rel.direction or {"past": "past", "future": "future"}.get(tense or "")


def _shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def last_week_start(today: dt.date) -> dt.date:
    """The Monday of what a writer on ``today`` calls "last week": the calendar (ISO) week
    before today's, except on a Sunday, when it is the week that ends that day (a Sunday
    paper's or show's "last week" is the Monday-to-Saturday just past, not the week
    before it)."""
    monday = today - dt.timedelta(days=today.weekday())
    return monday if today.weekday() == 6 else monday - dt.timedelta(weeks=1)


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}



def _need(v: _T | None, field: str) -> _T:
    """A field the reading's kind requires: a reading without it is malformed (not a guess to make)."""
    if v is None:
        raise ValueError(f"a time reading without its {field}")
    return v


def _clock_day(ctx: str | None) -> TimeReading | None:
    """The day a clock time is on: its date words' reading ("Tuesday" in "1800 GMT
    Tuesday"), the document's day when there are none, None when they are not a date."""
    if not ctx:
        return TimeReading(kind="off", unit="day", offset=0)
    date = _read(ctx)
    if date is None or date.type not in ("DATE", "TIME"):
        return None
    return date.rel if date.rel.kind != "time" else date.rel.date

# ``resolve`` reads by kind: the kinds that need no anchor first, then (with an anchor)
# the kinds placed against it. One function per kind, so each rule can be read alone.

_Value = tuple[str | None, str | None]


def _r_abs(rel: TimeReading, a: Anchor | None, tense: str | None) -> _Value:
    return rel.value, rel.granularity


def _r_ref(rel: TimeReading, a: Anchor | None, tense: str | None) -> _Value:
    return rel.value, "ref"


def _r_dur(rel: TimeReading, a: Anchor | None, tense: str | None) -> _Value:
    return rel.value, "duration"


def _r_set(rel: TimeReading, a: Anchor | None, tense: str | None) -> _Value:
    return rel.value, "set"


def _r_unknown(rel: TimeReading, a: Anchor | None, tense: str | None) -> _Value:
    unit = rel.unit
    if rel.value is not None:
        # "the 1988 period": that year, until a quarter named before says which part of it
        # (analyse.timex.resolve_against_previous); "the 1988 quarter": which quarter is unknown
        return (rel.value, "year") if unit == "period" else (None, "quarter")
    if a is not None and rel.fallback is not None and unit == "quarter" and a.month is not None:
        return _offset(a, "quarter", rel.fallback)
    if a is not None and rel.fallback is not None and unit == "year":
        # "for the year" with no year named before is the document's year, except told in the
        # past in the first quarter, when companies report the year before ("Sales for the
        # year were flat" in February): no value then
        if tense == "past" and (a.month is None or a.month <= 3):
            return None, "year"
        return f"{a.year + rel.fallback:04d}", "year"
    if a is not None and unit == "weekend" and a.date is not None:
        # "the weekend": the last one in a past-tense sentence, the coming one in a present
        # or future one; written on a weekday with no tense either way, abstain (audit
        # haiti V8: a tenseless reading took the coming weekend for a past recording)
        d = a.date
        way = _dir(rel, tense) or ("future" if tense == "present" else None)
        if d.weekday() < 5:
            if way is None:
                return None, "weekend"
            if way == "past":
                d = d - dt.timedelta(days=7)
        return _iso_week(d) + "-WE", "weekend"
    return None, _UNIT_GRAN.get({"day": "D", "week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "DE", "century": "CE", "weekend": "WE"}.get(unit or "", ""))


def _r_evrel(rel: TimeReading, a: Anchor | None, tense: str | None) -> _Value:
    return None, None


def _r_year2(rel: TimeReading, a: Anchor | None, tense: str | None) -> _Value:
    yy = _need(rel.two_digit_year, "two_digit_year")
    if a is not None:
        cands = [a.year // 100 * 100 + yy + c for c in (-100, 0, 100)]
        y = min(cands, key=lambda c: abs(c - a.year))
    else:
        y = 1900 + yy if yy > 30 else 2000 + yy
    return f"{y:04d}{rel.suffix or ''}", rel.granularity or "year"


def _r_decade2(rel: TimeReading, a: Anchor | None, tense: str | None) -> _Value:
    decade = _need(rel.decade, "decade")
    if a is None:
        return f"19{rel.decade}X", "decade"
    c = a.year // 100
    y = c * 100 + decade * 10
    if y > a.year:
        y -= 100
    return f"{y // 10}X", "decade"


def _r_month(rel: TimeReading, a: Anchor, direction: str | None, tense: str | None) -> _Value:
    month = _need(rel.month, "month")
    if rel.year_offset is not None:
        return f"{a.year + rel.year_offset:04d}-{month:02d}", "month"
    y = a.year
    if a.month is not None:
        if direction == "past" and month > a.month:
            y -= 1
        elif direction == "future" and month < a.month:
            y += 1
        elif direction is None:
            y = _nearest_year(a.year, a.month, month)
    return f"{y:04d}-{month:02d}", "month"


def _r_md(rel: TimeReading, a: Anchor, direction: str | None, tense: str | None) -> _Value:
    month, day = _need(rel.month, "month"), _need(rel.day, "day")
    y = a.year
    if rel.direction is None and a.date is not None and _valid(a.year, month, day) and abs((dt.date(a.year, month, day) - a.date).days) <= 45:
        # within six weeks of the anchor a day keeps the anchor's year whatever the tense
        # says (a tense read off the wrong verb would move "Nov. 20" in a Nov. 2 story a year back)
        direction = "near"
    if a.month is not None:
        here = (a.month, a.day or (31 if direction == "past" else 1))
        if direction == "near":
            pass
        elif direction == "past" and (month, day) > here:
            y -= 1
        elif direction == "future" and (month, day) < here:
            y += 1
        elif direction is None:
            y = _nearest_year(a.year, a.month, month)
    if rel.weekday is not None:
        # "Thursday, Sept. 15": the nearest year in which that day is that weekday
        for cand in (y, y + 1, y - 1):
            if _valid(cand, month, day) and dt.date(cand, month, day).weekday() == rel.weekday:
                y = cand
                break
    if not _valid(y, month, day):
        return f"{y:04d}-{month:02d}", "month"
    return f"{y:04d}-{month:02d}-{day:02d}", "day"


def _r_dom(rel: TimeReading, a: Anchor, direction: str | None, tense: str | None) -> _Value:
    day = _need(rel.day, "day")
    # "the 15th": that day of the anchor's month, or of the month before when it
    # lies ahead of the anchor in a past-tense sentence (or more than a week ahead)
    if a.month is None or a.day is None:
        return None, "day"
    y, mo = a.year, a.month
    ahead = day - a.day
    if ahead > 0 and (direction == "past" or (direction is None and ahead > 7)):
        y, mo = _shift_month(y, mo, -1)
    elif ahead < 0 and direction == "future":
        y, mo = _shift_month(y, mo, 1)
    if not _valid(y, mo, day):
        return None, "day"
    return f"{y:04d}-{mo:02d}-{day:02d}", "day"


def _r_q(rel: TimeReading, a: Anchor, direction: str | None, tense: str | None) -> _Value:
    quarter = _need(rel.quarter, "quarter")
    y = a.year + (rel.year_offset or 0)
    if rel.year_offset is None and a.month is not None:
        cur = (a.month - 1) // 3 + 1
        if direction == "past" and quarter > cur:
            y -= 1
        elif direction == "future" and quarter < cur:
            y += 1
        elif direction is None:
            y = _nearest_year(a.year, cur, quarter, period=4, ahead=1)
    return f"{y:04d}-Q{quarter}", "quarter"


def _r_h(rel: TimeReading, a: Anchor, direction: str | None, tense: str | None) -> _Value:
    half = _need(rel.half, "half")
    y = a.year + (rel.year_offset or 0)
    if rel.year_offset is None and a.month is not None:
        cur = 1 if a.month <= 6 else 2
        if direction == "past" and half > cur:
            y -= 1
        elif direction == "future" and half < cur:
            y += 1
    return f"{y:04d}-H{half}", "half"


def _r_season(rel: TimeReading, a: Anchor, direction: str | None, tense: str | None) -> _Value:
    season = _need(rel.season, "season")
    y = a.year + (rel.year_offset or 0)
    if rel.year_offset is None and a.month is not None:
        start = _SEASON_START[season]
        if direction == "past" and start > a.month:
            y -= 1
        elif direction == "future" and start + 2 < a.month:
            y += 1
    return f"{y:04d}-{season}", "season"


def _r_wd(rel: TimeReading, a: Anchor, direction: str | None, tense: str | None) -> _Value:
    today = a.date
    if today is None:
        return None, "day"
    wd = _need(rel.weekday, "weekday")
    how = rel.direction
    if how == "last":
        # "last Thursday" is the Thursday of last week (``last_week_start``) when that is
        # also the latest Thursday before today (written on a Tuesday, or on a Sunday: the
        # week just ended). Written on a Friday, writers split between yesterday and eight
        # days back (the news convention, AP style, says eight: "yesterday" or "Thursday"
        # would name the other): no value rather than a guess
        target = last_week_start(today) + dt.timedelta(days=wd)
        if target >= today:
            target -= dt.timedelta(weeks=1)  # "last Sunday" on a Sunday: a week back
        latest = today - dt.timedelta(days=(today.weekday() - wd) % 7 or 7)
        return (target.isoformat() if target == latest else None), "day"
    if how == "week":
        target = today + dt.timedelta(days=wd - today.weekday())
    elif how is None and tense == OPEN_TENSE:
        # the clause does not say which way: no value rather than a guess, unless the day
        # is the document's own, which either way gives
        return (today.isoformat() if wd == today.weekday() else None), "day"
    elif how is None and direction is None:
        # no tense: the past one (news reports what happened), unless it is tomorrow
        back = (today.weekday() - wd) % 7
        fwd = (wd - today.weekday()) % 7
        target = today + dt.timedelta(days=1) if fwd == 1 else today - dt.timedelta(days=back)
    elif how == "future" or (how is None and direction == "future"):
        delta = (wd - today.weekday()) % 7
        if delta == 0 and how == "future":
            delta = 7
        target = today + dt.timedelta(days=delta)
    else:
        delta = (today.weekday() - wd) % 7
        if delta == 0 and how == "past":
            delta = 7
        target = today - dt.timedelta(days=delta)
    return target.isoformat(), "day"


def _r_hol(rel: TimeReading, a: Anchor, direction: str | None, tense: str | None) -> _Value:
    """A named holiday: that year's when the text says ("this Christmas"), else the one the
    tense points to; with no tense, one within six weeks of the anchor, else the last one
    (news reports what happened), as a month and day are read (``_r_md``)."""
    name = _need(rel.value, "value")
    if rel.year_offset is not None:
        day = holiday_date(name, a.year + rel.year_offset)
        return (day.isoformat() if day else None), "day"
    today = a.date
    if today is None:
        return None, "day"
    days = [d for d in (holiday_date(name, y) for y in (a.year - 1, a.year, a.year + 1)) if d is not None]
    past = [d for d in days if d <= today]
    ahead = [d for d in days if d >= today]
    if direction == "future":
        pick = ahead[0] if ahead else None
    elif direction == "past":
        pick = past[-1] if past else None
    else:
        near = [d for d in days if abs((d - today).days) <= 45]
        pick = near[0] if near else (past[-1] if past else None)
    return (pick.isoformat() if pick else None), "day"


def _r_off(rel: TimeReading, a: Anchor, direction: str | None, tense: str | None) -> _Value:
    return _offset(a, _need(rel.unit, "unit"), _need(rel.offset, "offset"), rel.kind == "ago" and rel.clock_unit)


def _r_time(rel: TimeReading, a: Anchor, direction: str | None, tense: str | None) -> _Value:
    v, g = resolve(_need(rel.date, "date"), a, tense)
    if v is None or g != "day":
        return None, "time"
    return f"{v}T{rel.clock}", "time"


_UNANCHORED: dict[str, Callable[[TimeReading, Anchor | None, str | None], _Value]] = {
    "abs": _r_abs, "ref": _r_ref, "dur": _r_dur, "set": _r_set, "unknown": _r_unknown,
    "evrel": _r_evrel, "year2": _r_year2, "decade2": _r_decade2,
}
_ANCHORED: dict[str, Callable[[TimeReading, Anchor, str | None, str | None], _Value]] = {
    "month": _r_month, "md": _r_md, "dom": _r_dom, "q": _r_q, "h": _r_h, "season": _r_season,
    "wd": _r_wd, "hol": _r_hol, "off": _r_off, "ago": _r_off, "time": _r_time,
}


def resolve(rel: TimeReading, anchor: str | Anchor | None, tense: str | None = None) -> _Value:
    """The value and granularity of a reading against an anchor date and a tense."""
    a = anchor if isinstance(anchor, Anchor) or anchor is None else parse_anchor(anchor)
    if rel.kind in _UNANCHORED:
        return _UNANCHORED[rel.kind](rel, a, tense)
    if a is None or tense == NO_ANCHOR_TENSE:
        return None, _gran_of(rel)
    step = _ANCHORED.get(rel.kind)
    return step(rel, a, _dir(rel, tense), tense) if step else (None, None)


def _nearest_year(year: int, month: int, target: int, period: int = 12, ahead: int = 4) -> int:
    """The year of the ``target`` month (or quarter) nearest to (year, month) when no tense tells.

    Biased to the past, as news mostly reports what happened: the target is taken in
    the future only when it is at most ``ahead`` months (quarters) ahead and nearer
    than its past occurrence ("January" in late October is next January; "Oct. 23"
    in May is last October).
    """
    fwd = (target - month) % period
    back = (month - target) % period
    if back == 0:
        return year
    if fwd < back and fwd <= ahead:
        return year + (1 if target < month else 0)
    return year - (1 if target > month else 0)


def _gran_of(rel: TimeReading) -> str | None:
    k = rel.kind
    return {"month": "month", "md": "day", "dom": "day", "hol": "day", "q": "quarter", "h": "half", "season": "season", "wd": "day", "time": "time"}.get(k) or (rel.unit if k in ("off", "ago") else None)


def _offset(a: Anchor, unit: str, n, timeunit: bool = False) -> tuple[str | None, str | None]:
    n = int(round(n)) if not isinstance(n, int) else n
    if timeunit:
        return (a.date.isoformat(), "day") if a.date else (None, "day")
    if unit == "day":
        if a.date is None:
            return None, "day"
        return (a.date + dt.timedelta(days=n)).isoformat(), "day"
    if unit in ("week", "weekend"):
        if a.date is None:
            return None, unit
        # "last week" on a Sunday is the week ending that day (``last_week_start``)
        w = _iso_week(last_week_start(a.date) if (n == -1 and unit == "week") else a.date + dt.timedelta(weeks=n))
        return (w + "-WE", "weekend") if unit == "weekend" else (w, "week")
    if unit == "month":
        if a.month is None:
            return None, "month"
        y, m = _shift_month(a.year, a.month, n)
        return f"{y:04d}-{m:02d}", "month"
    if unit == "quarter":
        if a.month is None:
            return None, "quarter"
        q = (a.year * 4 + (a.month - 1) // 3) + n
        return f"{q // 4:04d}-Q{q % 4 + 1}", "quarter"
    if unit == "year":
        return f"{a.year + n:04d}", "year"
    if unit == "decade":
        return f"{a.year // 10 + n}X", "decade"
    if unit == "century":
        return f"{a.year // 100 + n:02d}", "century"
    return None, None


# readings whose value never depends on the document's date: absolute dates, REF values,
# durations, sets, and the ones resolved against another date of the text ("the quarter",
# "two days later")
ANCHOR_FREE = frozenset({"abs", "ref", "dur", "set", "unknown", "evrel"})


def is_anchored(rel: TimeReading, value: str | None) -> bool:
    """Whether ``value`` was resolved against the document's date: the one rule for
    ``Timex.anchored`` (set when a timex is made and again when it is re-anchored)."""
    return value is not None and rel.kind not in ANCHOR_FREE


def resolve_anchored(rel: TimeReading, anchor: str | Anchor | None, tense: str | None = None) -> tuple[str | None, str | None, bool]:
    """``resolve`` and whether its value used the anchor: (value, granularity, anchored)."""
    value, gran = resolve(rel, anchor, tense)
    return value, gran, is_anchored(rel, value)


def parse(text: str, anchor: str | None = None, tense: str | None = None) -> Norm | None:
    """Read and resolve; None when the expression is not understood at all."""
    r = read(text)
    if r is None:
        return None
    value, gran, anchored = resolve_anchored(r.rel, anchor, tense)
    return Norm(value, gran, r.type, anchored, r.rel, r.mod)


def normalise(text: str, anchor: str | None = None, tense: str | None = None) -> tuple[str | None, str | None]:
    """``("2020-11", "month")`` for ("in November", "2021-02-10", "past"); ``(None, None)`` when unknown.

    ``anchor`` is the reference date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), usually
    the document's publication date; ``tense`` is ``past``/``present``/``future`` or None.
    """
    n = parse(text, anchor, tense)
    if n is None:
        return None, None
    return n.value, n.granularity


# ---------------------------------------------------------------- interval helpers


@functools.lru_cache(maxsize=65536)  # a pure function of a short string, called millions of times
def interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a value covers (``2020-11`` -> Nov 1..Nov 30); None for REF/durations."""
    if not value:
        return None
    v = value.split("T")[0]
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
            d = dt.date(*map(int, m.groups()))
            return d, d
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            y, mo = int(m.group(1)), int(m.group(2))
            ny, nm = _shift_month(y, mo, 1)
            return dt.date(y, mo, 1), dt.date(ny, nm, 1) - dt.timedelta(days=1)
        if m := re.fullmatch(r"(\d{4})", v):
            y = int(m.group(1))
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            y, q = int(m.group(1)), int(m.group(2))
            ny, nm = _shift_month(y, 3 * q - 2, 3)
            return dt.date(y, 3 * q - 2, 1), dt.date(ny, nm, 1) - dt.timedelta(days=1)
        if m := re.fullmatch(r"(\d{4})-H([12])", v):
            y, h = int(m.group(1)), int(m.group(2))
            return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            y, s = int(m.group(1)), _SEASON_START[m.group(2)]
            ny, nm = _shift_month(y, s, 3)
            return dt.date(y, s, 1), dt.date(ny, nm, 1) - dt.timedelta(days=1)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", v):
            start = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return start, start + dt.timedelta(days=6)
        if m := re.fullmatch(r"(\d{3})X", v):
            y = int(m.group(1)) * 10
            return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    except ValueError:
        return None
    return None


def starts_after(value: str | None, anchor: str | None) -> bool:
    """Does the interval ``value`` covers begin after the last day ``anchor`` covers (a time
    told ahead of its document's date: resolve's events and figures)?"""
    mine, ref = interval(value), interval(anchor)
    return mine is not None and ref is not None and mine[0] > ref[1]


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = _shift_month(d.year, d.month, n)
    last = (dt.date(*_shift_month(y, m, 1), 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


def shift(value: str, duration: str, direction: str) -> tuple[str | None, str | None]:
    """An event-relative date: ``shift("2019-05", "P1M", "after") -> ("2019-06", "month")``.

    The result keeps the value's granularity when the offset is a whole number of
    its units (a year before ``1989-Q3`` is ``1988-Q3``); otherwise it is no finer
    than what both allow (a month after ``2019`` is ``2019`` or ``2020``: None).
    """
    if ym := re.fullmatch(r"P(\d+)Y(\d+)M", duration or ""):
        duration = f"P{12 * int(ym.group(1)) + int(ym.group(2))}M"  # "two and a half years" (P2Y6M) after
    m = re.fullmatch(r"P(\d+(?:\.\d+)?)(D|W|M|Q|Y)", duration or "")
    if not value or not m:
        return None, None
    n = float(m.group(1))
    unit = m.group(2)
    sign = 1 if direction == "after" else -1
    months = None
    if n.is_integer() and unit in ("M", "Q", "Y"):
        months = int(n) * {"M": 1, "Q": 3, "Y": 12}[unit] * sign
    if months is not None:
        if q := re.fullmatch(r"(\d{4})", value):
            if months % 12 == 0:
                return f"{int(q.group(1)) + months // 12:04d}", "year"
        elif q := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            if months % 3 == 0:
                k = int(q.group(1)) * 4 + int(q.group(2)) - 1 + months // 3
                return f"{k // 4:04d}-Q{k % 4 + 1}", "quarter"
        elif q := re.fullmatch(r"(\d{4})-(\d{2})", value):
            y, mo = _shift_month(int(q.group(1)), int(q.group(2)), months)
            return f"{y:04d}-{mo:02d}", "month"
    iv = interval(value)
    if iv is None:
        return None, None
    if months is not None:
        lo, hi = (_add_months(iv[0], months), _add_months(iv[1], months))
    else:
        days = {"D": 1, "W": 7, "M": 30.44, "Q": 91.3, "Y": 365.25}[unit] * n * sign
        lo, hi = (iv[0] + dt.timedelta(days=days), iv[1] + dt.timedelta(days=days))
    if lo == hi:
        return lo.isoformat(), "day"
    if lo.year == hi.year and lo.month == hi.month:
        return f"{lo.year:04d}-{lo.month:02d}", "month"
    if lo.year == hi.year:
        return f"{lo.year:04d}", "year"
    return None, None

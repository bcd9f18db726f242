"""Find quantities in plain text: numbers with their currency, scale, unit and qualifier.

``parse(text) -> list[Quantity]``, every ``Quantity`` with a span such that
``text[start:end] == quantity.text``. Pure string work, no model: the figure
extractor (``analyse.figures``) adds what needs the parse (count nouns, measure,
subject, claimant).

Why our own parser and not quantulum3 (judged on the huawei-us sentences with
quantulum3 0.10.0): it needs no model download or torch, but it turns "40-60%" into
50 +/- 10 (the range's ends are lost), drops the bound of "less than 20%", reads
"USD 135 billion" as a dimensionless 1.35e11 (prefix ISO codes are not currencies
to it), parses bare years ("2018") as quantities, misses "double-digit" and splits
"two- or three-digit" into two numbers. Each of those is a requirement here, so the
lexicons (units, spelled-out numbers, bound and approximation words) live in
``analyse/data/*.tsv`` and the grammar below combines them.

Conventions:
- ``value`` is the number times its scale ("USD 135 billion" -> 1.35e11, scale 1e9);
  percentages stay in percent ("14 percent" -> 14, unit "%").
- a range has ``low`` and ``high`` and no ``value``; an upper bound ("less than 20%")
  has ``high`` only and ``bound="upper"``; a lower bound ("over 14 percent") ``low``
  only and ``bound="lower"``; approximations keep ``value`` with ``approx=True``.
- fractions ("nearly half of", "fell by a third") are in percent: value 50, unit "%".
- "from X to Y" gives two quantities with ``role`` "from" and "to" and ``partner``
  the index of the other (a change is two figures, linked; see analyse.figures).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Literal

from .. import lexicon

DATA = Path(__file__).parent / "data"


@dataclass
class Quantity:
    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # "%", "pp", an ISO currency code, or a count noun (set later)
    currency: str | None = None
    scale: float | None = None
    bound: str | None = None  # "upper" | "lower" | None
    approx: bool = False
    kind: str = "value"  # value | range | bound | fraction | digits
    role: str | None = None  # "from" | "to" for the two ends of a change
    partner: int | None = None  # index of the other end of a change
    time_unit: str | None = None  # "years" etc.: a duration, not a figure
    qualifier: str | None = None  # the bound/approximation words as written
    number_start: int = 0  # where the bare number starts (after currency/qualifier)
    number_end: int = 0
    spelled: bool = False  # the number is written in words ("three million")
    # how the currency was read when not from its sign: "hash" for '#' read as '£' (below)
    currency_from: str | None = None
    currency_confidence: float | None = None


# "between" closing the text before a number: "between 40 and 50" is a range whose first end follows it
_BETWEEN_END = re.compile(r"\bbetween\s+$")

def _read_tsv(name: str) -> list[list[str]]:
    return lexicon.rows(DATA / name)


@functools.lru_cache(maxsize=1)
def _lexicon():
    units = _read_tsv("units.tsv")
    prefix, suffix, scales, pct = {}, {}, {}, {}
    times = {}
    for row in units:
        surface, kind, normal = row[0], row[1], row[2]
        if kind == "currency_prefix":
            prefix[surface.lower()] = normal
        elif kind == "currency_suffix":
            suffix[surface.lower()] = normal
        elif kind == "scale":
            scales[surface.lower()] = float(row[3])
        elif kind in ("percent", "points"):
            pct[surface.lower()] = normal
        elif kind == "time":
            times[surface.lower()] = normal
    words = {r[0].lower(): (float(r[1]), r[2]) for r in _read_tsv("numbers.tsv")}
    quals = {r[0].lower(): r[1] for r in _read_tsv("qualifiers.tsv") if "modal" not in _flags(r)}
    return prefix, suffix, scales, pct, times, words, quals


def _flags(row: list[str]) -> set[str]:
    return {f.strip() for f in row[2].split(",")} if len(row) > 2 else set()


@functools.cache
def _bounds_after(where: Literal["any", "next", "later"] = "any") -> dict[str, str]:
    """The words of a bound after "or" following a number (data/bounds_after.tsv) -> the side
    they bound ("or more": lower), by ``where`` the "or" is read: "next", right after the
    number or its counted noun (every word not flagged `not_after`); "later", later in the
    clause (the words flagged `later`); "any", every word (where no counted noun is one)."""
    rows = _read_tsv("bounds_after.tsv")
    if where == "next":
        rows = [r for r in rows if "not_after" not in _flags(r)]
    elif where == "later":
        rows = [r for r in rows if "later" in _flags(r)]
    return {r[0].lower(): r[1] for r in rows}


@functools.lru_cache(maxsize=1)
def _modal_qualifiers() -> dict[str, str]:
    """Bound words that bound a number only after a modal or "to" ("could top $40bn";
    qualifiers.tsv's flag `modal`)."""
    return {r[0].lower(): r[1] for r in _read_tsv("qualifiers.tsv") if "modal" in _flags(r)}


@functools.lru_cache(maxsize=1)
def _outside_qualifiers() -> frozenset[str]:
    """Bound words kept out of the figure's text (qualifiers.tsv's flag `outside`)."""
    return frozenset(r[0].lower() for r in _read_tsv("qualifiers.tsv") if "outside" in _flags(r))


@functools.cache
def _cues(kind: str) -> frozenset[str]:
    """The words of one kind of data/quantity_cues.tsv (fraction_part, label, label_not,
    over_particle, conversion_unit)."""
    return lexicon.kinds(DATA / "quantity_cues.tsv").get(kind, frozenset())


def _weight_not_money(word: str, after: str, text: str = "", s: int = 0, dollar_document: bool | None = False,
                      money_document: bool = True) -> bool:
    """Is "pounds" here a weight or a pressure? When the words right after it say so
    (``weight_after`` cues: "per square inch", "of pressure"), or the document writes its
    money in dollars only (``_pounds_weight``); "5 million pounds" alone stays sterling, as
    British copy writes it."""
    if word.lower() not in ("pounds", "pound"):
        return False
    words = " ".join(w.strip(".,;:!?)\"”’") for w in after.split()[:3]).lower()  # "per square inch."
    if any(words == cue or words.startswith(cue + " ") for cue in _cues("weight_after")):
        return True
    if _weighed(text, s) or _converted_weight(text, s, after) or _undecided_pounds(text, s, money_document):
        return True
    return _pounds_weight(text, s, after, dollar_document)


# any written money: a currency sign ('#' for '£' too) or a currency named in words
_MONEY_WRITTEN = re.compile(r"[$£€¥#]|\b(?:sterling|dollars?|euros?|cents|pence|yen|yuan|rupees?)\b", re.IGNORECASE)
_SENTENCE_STOPS = re.compile(r"[.!?]\s|\n")


def money_written(text: str) -> bool:
    """Does ``text`` write money anywhere: a currency sign ('#' for '£' too) or a currency named
    in words? Read once per document and passed to ``parse``, like ``dollar_pounds``."""
    return _MONEY_WRITTEN.search(text) is not None


def _undecided_pounds(text: str, s: int, money_document: bool) -> bool:
    """"N pounds" (no scale word) that nothing makes money: a weight word in its own sentence
    (quantity_cues.tsv's ``weight_context``: "weight", "lbs", "scale", "body"), or, in a document
    that writes no money anywhere (``money_written``), a sentence with no word of money
    (``money_context``: "raised", "paid", "salary"). Round fifty-seven, seed 172 F32: a
    president's "243 pounds" at his physical, in copy with no money at all, was read as sterling.
    A weight and a sum are written alike; when the words do not decide, the unit is left empty
    (precision first) rather than guessed. "5 million pounds" (scaled) is left to the other
    readings. Regular expressions, as the rest of this module (the sentence is the text around
    the number up to a stop: the parse may be given one sentence or a whole document)."""
    if _SCALED_AFTER.match(text, s):
        return False
    stops = list(_SENTENCE_STOPS.finditer(text, max(0, s - 300), s))
    start = stops[-1].end() if stops else max(0, s - 300)
    m = _SENTENCE_STOPS.search(text, s)
    end = m.start() if m else min(len(text), s + 300)
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text[start:end])}
    if words & _cues("money_context"):
        return False  # "a sack of 5 kg sold for 12 pounds": a word of money decides it
    if words & _cues("weight_context"):
        return True
    # ``money_document`` is judged once per document (``parse``, the only way here, through
    # ``_core_at`` and ``_weight_not_money``, sets it before the first number): round
    # fifty-eight, e1 (code health) dropped a second judging here that no call reached
    return not money_document


_WEIGHED_BEFORE = re.compile(r"(?:^|[^\w-])([A-Za-z]+)(?:\s+(?:about|around|some|nearly|almost|roughly|between|at|in|of|more|less|than|up|to|over|under|and|or|\d[\d,.]*))*\s+$")


_SCALED_AFTER = re.compile(r"[\d.,]+\s+(?:million|billion|trillion|bn|m)\b", re.IGNORECASE)


def _weighed(text: str, s: int) -> bool:
    """A verb or noun of weighing right before the number ("weighs 150 to 175 pounds", "weighing
    about 90 pounds", "a weight of 40 pounds"; quantity_cues.tsv's ``weight_before``): the
    pounds are a weight whatever money the document writes (round thirty-nine: the seed-154
    judges' tbaq_aquaint F28 read a man's weight as sterling). "earns 150 pounds" stays money."""
    m = _WEIGHED_BEFORE.search(text, max(0, s - 40), s)
    if _SCALED_AFTER.match(text, s):
        return False  # "will weigh up to 500 million pounds in bids": a sum considered, not a weight
    return m is not None and m.group(1).lower() in _cues("weight_before")


# a weight written in another unit beside the pounds, in brackets: "58 kg (128 pounds)", "53.5 and
# 58 kg (118 and 128 pounds)" (the bracket opened right after it, only numbers and joining words
# inside before this one), or "128 pounds (58 kg)" (the bracket right after the pounds)
_BRACKET_BEFORE = re.compile(r"\d[\d.,]*\s*-?\s*([A-Za-z]+)\.?\s*\(((?:\s*(?:[\d.,]+|and|or|to|about|some|around|roughly|nearly|[-–]))*)\s*$")
_BRACKET_AFTER = re.compile(r"\s*\(\s*(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?\d[\d.,]*\s*-?\s*([A-Za-z]+)\b")


def _converted_weight(text: str, s: int, after: str) -> bool:
    """The pounds at ``s`` beside the same weight in another unit, one of the two in brackets
    (quantity_cues.tsv's ``weight_unit``): "weighed 58 kg (128 pounds)", "128 pounds (58 kg)". A
    conversion of a weight is a weight, whatever money the document writes (round fifty-six, seed
    171 c098 F5: a shell's "58 kg (128 pounds)" was read as sterling). Regular expressions, as the
    rest of this module: the parse splits "58kg" and brackets unevenly, and a conversion is a
    matter of adjacent characters."""
    units = _cues("weight_unit")
    m = _BRACKET_BEFORE.search(text, max(0, s - 60), s)
    if m is not None and m.group(1).lower() in units:
        return True
    m = _BRACKET_AFTER.match(after)
    return m is not None and m.group(1).lower() in units


_STERLING = re.compile(r"£|\bsterling\b", re.IGNORECASE)
# a sum in pounds told as sterling by its own words: "29 billion pounds ($42 billion)",
# "5 million pounds sterling", "British pounds"
_STERLING_AFTER = re.compile(r"^\s*(?:\(\s*(?:US)?[$€]|\(\s*\d[\d.,]*\s*(?:million|billion)?\s*(?:dollars|euros)|sterling\b)",
                             re.IGNORECASE)
_BRITISH_BEFORE = re.compile(r"\bBritish\s+$")


def dollar_pounds(text: str) -> bool:
    """Does ``text`` write its money in dollars, or write no money sign, and never sterling (no
    '£', no "sterling", no '#' for '£')? There the word "pounds" after a number is a weight
    when the words after it say so (quantity_cues.tsv's ``dollar_weight``: "89 million
    pounds produced", "40 pounds of oil and tar", "13 pounds per gallon": American copy),
    unless its own words make it sterling (``_STERLING_AFTER``); "wiped 6 billion pounds
    off", "584,000 pounds a year" stay sterling. Read once per document and passed to
    ``parse``, like ``hash_pounds``."""
    # Copy that writes no money sign at all reads as dollar copy here (round thirty-two): a
    # story about hair collected for booms or food carried to a quake zone weighs "450,000
    # pounds of" it; over the Timeline17 dev texts every "pounds of"/"per" in such copy (21)
    # was a weight or a pressure. Sterling copy writes '£' or "sterling" (or '#' for '£').
    return _STERLING.search(text) is None and not hash_pounds(text)


def _pounds_weight(text: str, s: int, after: str, dollar_document: bool | None) -> bool:
    """The word "pounds" right after the number at ``s`` (``after``: the text after the
    word) is no sterling in a dollar document (``dollar_pounds``) unless its own words say so."""
    if dollar_document is None:
        dollar_document = dollar_pounds(text)
    if not dollar_document or _STERLING_AFTER.match(after) or _BRITISH_BEFORE.search(text, max(0, s - 12), s):
        return False
    words = " ".join(w.strip(".,;:!?)\"”’") for w in after.split()[:2]).lower()
    if words == "of" or words.startswith("of "):
        # "pounds of debt" is a sum wherever "pounds of oil" is a weight (``sterling_of``)
        money = _cues("sterling_of")
        if any(w.strip(".,;:!?)\"”’'").removesuffix("'s").removesuffix("’s") in money for w in after.lower().split()[1:3]):
            return False
    return any(words == cue or words.startswith(cue + " ") for cue in _cues("dollar_weight"))


@functools.lru_cache(maxsize=8)
def _words_before_pattern(n: int, tail: str, bounded: bool, after_hyphen: bool = False) -> re.Pattern:
    start = ("\\b" if after_hyphen else "(?:^|[^\\w-])") if bounded else ""
    return re.compile(start + "(?:([A-Za-z]+)\\s+)?" * (n - 1) + "([A-Za-z]+)" + tail + "$")


def _words_before(left: str, n: int = 1, tail: str = r"\s+", bounded: bool = True,
                  after_hyphen: bool = False) -> tuple[str, ...] | None:
    """The last word (``n`` = 2: and the one before it, "" when there is none) of ``left``,
    lower-cased, when ``left`` ends in it and ``tail`` (a pattern: the spaces before a number,
    "\\s+over\\s+"); ``bounded``: the word starts ``left`` or follows a character that is no
    word character nor (unless ``after_hyphen``) a hyphen. None when ``left`` does not end so."""
    m = _words_before_pattern(n, tail, bounded, after_hyphen).search(left)
    return None if m is None else tuple((g or "").lower() for g in m.groups())


def _from_opener(text: str, start: int) -> str | None:
    """The word before a "from" that ends right before ``start`` ("ranges from 5 to 10":
    "ranges"; after a hyphen too: "long-ranged from"), lower-cased, or None: the range word
    (``range_openers.txt``) or change word that opens a "from X to Y"."""
    words = _words_before(text[max(0, start - 40) : start].lower(), tail=r"\s+from\s+", after_hyphen=True)
    return None if words is None else words[0]


def _label_number(text: str, s: int, e: int) -> bool:
    """Is the number at ``text[s:e]`` the label of a group, grade or step ("all year 9 pupils",
    "a Category 4 storm", "phase 6"), not a count? A small whole number right after a label
    noun of data/quantity_cues.tsv, unless a word before the noun makes it a time or a state
    ("last year 9 people died")."""
    if not re.fullmatch(r"\d{1,2}", text[s:e]):
        return False
    words = _words_before(text[max(0, s - 40) : s], 2, " ")
    if words is None or words[1] not in _cues("label"):
        return False
    before, noun = words
    return before not in _cues("label_not") and not (noun == "year" and before in _cues("label_not_year"))


def _over_particle(left: str) -> bool:
    """Is the "over" ending ``left`` the particle of the verb before it ("handing over 100,000
    tablets": the tablets are handed over, no lower bound)?"""
    words = _words_before(left, tail=r"\s+over\s+")
    return words is not None and words[0] in _cues("over_particle")


@functools.lru_cache(maxsize=1)
def _modals() -> frozenset[str]:
    return frozenset(lexicon.flagged("modals.txt")) | {"to"}


# a number in digits: thousands grouped by commas or not, a decimal part
_DIGIT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


def _alt(words) -> str:
    """A regex alternation, longest first, escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _dollar_countries() -> tuple[dict[str, str], re.Pattern]:
    """units.tsv's ``dollar_country`` rows ("Canadian" -> CAD) and the pattern that reads one
    right after a "$" amount, with its optional "dollars" ("$29 Canadian", "$5 Australian dollars")."""
    table = {r[0].lower(): r[2] for r in _read_tsv("units.tsv") if r[1] == "dollar_country"}
    # (the country word must end the phrase, or take "dollars": "a $20 Australian wine" is a price
    # of a wine from there, in no stated dollar)
    return table, re.compile(rf"^\s(?P<c>{_alt(table)})(?:\s+dollars?(?![\w-])|(?=\s*(?:[^\w\s-]|$)))", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _patterns():
    prefix, suffix, scales, pct, times, words, quals = _lexicon()
    digit = _DIGIT
    word = _alt(words)
    digits_kind = r"(?:single|double|triple|one|two|three|four|five|six|seven|eight|nine|ten)"
    core = (
        rf"(?P<digits>(?P<dlo>{digits_kind})(?:-|\s)?(?:\s*(?:or|to|-)\s*(?P<dhi>{digits_kind}))?-digit)"
        rf"|(?P<num>{digit})"
        rf"|(?P<word>(?<![\w-])(?:{word})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+hundred)?(?![\w-]))"
    )
    return {
        "core": re.compile(core, re.IGNORECASE),
        "prefix": re.compile(rf"(?:(?<=[\s(\[\"“‘'-])|^)(?P<cur>{_alt(prefix)})\s?$", re.IGNORECASE),
        "qual": re.compile(rf"(?:^|(?<=[\s(\[\"“‘']))(?P<q>{_alt(quals)})\s+$", re.IGNORECASE),
        # "could top", "is set to easily top": the modal-gated bound words, the modal before them
        "modal_qual": re.compile(
            rf"(?:^|(?<=[\s(\[\"“‘']))(?P<m>{_alt(_modals())})\s+(?:[a-z]+ly\s+)?(?P<q>{_alt(_modal_qualifiers())})\s+$",
            re.IGNORECASE),
        # a bound written after the number or its counted noun: "3 million sheep or more",
        # "12 percent or more", "$4 billion or even more" (not "or more likely", "or more than")
        "post_qual": re.compile(
            rf"^(?:\s+(?!(?:{_alt(_bounds_after())})\b)[a-z]+)?\s+(?P<w>or\s+(?:even\s+)?(?P<q>{_alt(_bounds_after('next'))}))\b"
            r"(?!\s+(?:than|[a-z]+ly)\b|\s+[a-z]+\s+than\b|-)", re.IGNORECASE),
        # the same bound later in the clause, after the counted noun's words (_or_more_later)
        "or_more_later": re.compile(rf"([^.;\d]{{0,80}}?)\bor\s+(?:even\s+)?(?:{_alt(_bounds_after('later'))})\b",
                                    re.IGNORECASE),
        "scale": re.compile(rf"^(?:\s?-?\s?)(?P<s>{_alt(scales)})(?![\w])", re.IGNORECASE),
        "pct": re.compile(rf"^\s?(?P<p>{_alt(pct)})(?![\w])", re.IGNORECASE),
        "suffix": re.compile(rf"^\s(?P<c>{_alt(suffix)})(?![\w])", re.IGNORECASE),
        "time": re.compile(rf"^[\s-](?P<t>{_alt(times)})(?![\w])", re.IGNORECASE),
    }


_DIGITS = {"single": 1, "one": 1, "double": 2, "two": 2, "triple": 3, "three": 3, "four": 4, "five": 5,
           "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _word_value(w: str) -> tuple[float, str] | None:
    words = _lexicon()[5]
    w = w.lower()
    if w in words:
        return words[w]
    if (times := re.fullmatch(r"(\S+)\s+hundred", w)) is not None:
        # "two hundred", "twenty-five hundred": a whole number of hundreds (the core pattern
        # takes the word with its "hundred", so "two hundred thousand" is not the 100,000 of
        # "hundred thousand" alone; audit seed 164, c022 F1)
        base = _word_value(times.group(1))
        if base is None or base[1] != "cardinal" or not 1 <= base[0] < 100:
            return None
        return base[0] * 100, "cardinal"
    if "-" in w:
        tens, unit = w.rsplit("-", 1)
        if tens in words and unit in _UNITS and words[tens][1] == "cardinal":
            return words[tens][0] + _UNITS[unit], "cardinal"
    return None


def _to_float(s: str) -> float | None:
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


# Old UK wire copy stored in 7-bit ISO 646-GB puts '£' where ASCII has '#', so "# 1m" and
# "#1.2bn" are pounds: read so (as GBP, with lower confidence and the evidence named) when
# a money scale follows the number, or when the same document writes another amount so
# and the number is a sum (thousands or pence); never in a text that also writes '£' (its
# '#' is a real hash), never glued to letters ("#1in", a hashtag) or a small rank ("#5").
_HASH = re.compile(r"(?:(?<=[\s(\[\"“‘'-])|^)#\s?$")
_HASH_SCALED = re.compile(r"(?:(?<=[\s(\[\"“‘'-])|^)#\s?\d[\d,.]*\s?(?:bn|m|billion|million)\b", re.IGNORECASE)
HASH_SCALE_CONFIDENCE = 0.7  # '#' + an amount in millions or billions
HASH_DOCUMENT_CONFIDENCE = 0.6  # '#' + a sum, in a document that writes '#' + millions elsewhere


def hash_pounds(text: str) -> bool:
    """Does ``text`` write '£' as '#' (an amount in millions or billions after '#', and no
    '£' anywhere)? Read once per document and passed to ``parse``."""
    return "£" not in text and _HASH_SCALED.search(text) is not None


def _hash_pound(text: str, q: Quantity, s: int, document: bool | None) -> None:
    """Set GBP on ``q`` when a '#' stands for '£' before it (see ``_HASH``)."""
    left = text[max(0, s - 3) : s]
    hm = _HASH.search(left)
    if hm is None or q.kind in ("fraction", "digits") or q.value is None and q.low is None:
        return
    if "£" in text or document is False:
        return
    number = text[q.number_start : q.number_end]
    if q.scale is not None and q.scale >= 1e6:
        conf = HASH_SCALE_CONFIDENCE
    elif (document or (document is None and hash_pounds(text))) and (
            re.fullmatch(r"\d{1,3}(?:,\d{3})+", number) or re.fullmatch(r"\d+\.\d\d", number)):
        conf = HASH_DOCUMENT_CONFIDENCE
    else:
        return
    q.currency = q.unit = "GBP"
    q.currency_from, q.currency_confidence = "hash", conf
    q.start = s - (len(left) - hm.start())


# a decimal comma, as European or machine-translated copy writes one: one to three digits,
# a comma, one or two digits ("11,7 million liters"); the thousands form ("11,700") has three
_DECIMAL_COMMA = re.compile(r",(\d{1,2})(?![\d,])")


def _decimal_comma(text: str, m: re.Match) -> tuple[float, int] | None:
    """(value, end) of a number written with a decimal comma before a scale word: "11,7
    million" is 11.7 (million), never the 7 million the thousands reading leaves. Without a
    scale word ("11,7 liters", "pages 11,7") which is meant is unknown: None here, and the
    tail abstains in _core_at (the head alone stays a bare number). Hand-written: the
    number parsers a library offers (babel's parse_decimal) read by a locale, and one
    English text writes this only where the copy slipped (issue 20, 20u)."""
    if not re.fullmatch(r"\d{1,3}", m.group("num")):
        return None
    tail = _DECIMAL_COMMA.match(text, m.end())
    if tail is None or not _patterns()["scale"].match(text[tail.end() :]):
        return None
    return float(f"{m.group('num')}.{tail.group(1)}"), tail.end()


def _vague_multiple(text: str, s: int) -> bool:
    """Does a word of vague number stand right before the spelled number at ``s`` ("a few
    hundred thousand", "several hundred million", "a couple of hundred")? The words multiply
    it by an unknown count, so the number is no value: no quantity (as "a few thousand",
    which has no number word, gives none); audit seed 164, c022 F1 and F6."""
    words = _words_before(text[max(0, s - 30) : s], tail=r"\s+(?:of\s+)?")
    return words is not None and words[0] in _cues("vague_multiple")


_FORMAT_K = re.compile(r"[2-8][Kk]$")
_WORD_AFTER = re.compile(r"[\s-]*([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]+$")


def _format_name(text: str, s: int, e: int) -> bool:
    """Is the number at ``s`` glued to its "K" (``e``: after the K) a picture format's name:
    "4K streaming", "8K TVs", "4K-ready", "native 4K" (quantity_cues.tsv's ``format_after`` and
    ``format_before``)? Round fifty-seven, seed 172 F53/F54: "supports 4K streaming" and "at 4K
    resolution" read as 4,000 with the unit "streaming"/"resolution". "$4K", "5K barrels", "a 10K
    race" stay quantities (a currency, a counted noun, a number outside 2-8). Regular
    expressions, as the rest of this module: the name is a matter of adjacent characters."""
    if not _FORMAT_K.match(text, s, e) or re.search(r"[$£€¥#]\s*$", text[max(0, s - 3) : s]):
        return False
    m = _WORD_AFTER.match(text, e)
    if m is not None and m.group(1).lower() in _cues("format_after"):
        return True
    m = _WORD_BEFORE.search(text, max(0, s - 30), s)
    return m is not None and m.group(1).lower() in _cues("format_before")


def _word_at(text: str, m: re.Match, q: Quantity, s: int, e: int) -> tuple[int, bool] | None:
    """Read the number word at ``m`` into ``q``: (its end, whether a scale is already in its
    value), or None when the word is no quantity (split out of ``_core_at``)."""
    scaled_already = False
    wv = _word_value(m.group("word"))
    if wv is None or _vague_multiple(text, s):
        return None
    q.value, wkind = wv
    if wkind == "fraction" and (of_scale := _fraction_of_scale(text, e)):
        # "three-quarters of a million voters", "half a billion dollars": a fraction of a
        # scale word is a number (750,000), no share of a total
        factor, e = of_scale
        # the word list gives a third as 33.333 (percent): the count takes the fraction itself
        q.value = float(round(Fraction(q.value / 100).limit_denominator(12) * Fraction(factor)))
        q.scale = factor if factor >= 1000 else None  # "a dozen" is a number, no scale
        q.spelled, scaled_already = True, True
    elif wkind == "fraction" and (of_one := _fraction_of_one(text, e)) is not None:
        # "a quarter of a percentage point", "half of one percent": an amount of that one
        # unit (0.25 pp), no share of a total; "a quarter of a penny", "a third of a mile":
        # an amount in a unit this parser does not carry, so no quantity (not a false 25%)
        unit, e = of_one
        if unit is None:
            return None
        q.value = float(Fraction(q.value / 100).limit_denominator(12))
        q.unit, q.number_end = unit, e
        q.spelled, scaled_already = True, True
    elif wkind == "fraction":
        # a fraction is a share only as "half of ...": "half" alone is no figure
        # ... or a change: "fell by a third", "more than half"
        # ... or the first end of a range of fractions: "a third to half of the huts"
        if (not re.match(r"\s+of\b", text[e:]) and not re.search(r"\b(?:by|than)\s+$", text[max(0, s - 8) : s], re.I)
                and not _fraction_range_end(text, e)):
            return None
        # "the western half of the county", "the upper half of the body": a part of a
        # place or a body, no share of a total
        part = _words_before(text[max(0, s - 30) : s], bounded=False)
        if part is not None and part[0] in _cues("fraction_part"):
            return None
        q.kind, q.unit = "fraction", "%"
    else:
        q.spelled = True
    return e, scaled_already


def _core_at(text: str, m: re.Match, hash_document: bool | None = None,
             dollar_document: bool | None = None, money_document: bool = True) -> Quantity | None:
    """One number with its currency, qualifier, scale and unit, or None if it is no quantity."""
    pat = _patterns()
    prefix, suffix, scales, pct, times, _, quals = _lexicon()
    s, e = m.start(), m.end()
    q = Quantity(start=s, end=e, text="", number_start=s, number_end=e)
    scaled_already = False
    if m.group("digits"):
        lo, hi = _DIGITS[m.group("dlo").lower()], _DIGITS[(m.group("dhi") or m.group("dlo")).lower()]
        q.low, q.high = (0.0 if lo == 1 else 10.0 ** (lo - 1)), 10.0 ** hi - 1
        q.kind, q.approx = "digits", True
    elif m.group("num"):
        # a number glued to letters is a model name or code ("4G", "P40", "Mate2"), not a quantity
        before = text[s - 1] if s > 0 else ""
        if before.isalpha() or before == "_":
            return None
        after = text[e : e + 1]
        glued = re.match(rf"(?:{_alt(scales)})(?![\w])", text[e:], re.IGNORECASE)
        if after.isalpha() and not glued:
            return None
        if glued and _format_name(text, s, e + glued.end()):
            return None  # "4K streaming", "8K TVs": a picture format's name, no 4,000 of anything
        if s > 0 and text[s - 1] in "-–/" and s > 1 and text[s - 2].isalnum() and not text[s - 2].isdigit():
            return None  # "COVID-19", "A-1"
        if s > 1 and text[s - 1] == "," and text[s - 2].isdigit():
            # the tail of a decimal comma the head did not take ("11,7" with no scale word
            # after it): which number is meant is unknown, so no quantity (issue 20, 20u)
            return None
        if (dec := _decimal_comma(text, m) or _mixed_fraction(text, m)) is not None:
            # (a mixed fraction: "2 1/2 miles", "21/2 miles" -> 2.5)
            q.value, e = dec
            q.number_end = e
        elif _SLASH_AFTER.match(text, e) or _SLASH_BEFORE.search(text[max(0, s - 3) : s]):
            # digits joined to digits by a slash are one written whole: a date or a date's name
            # ("9/11", "7/7", "4/20/2010"), a clock-round ("24/7"), a split ("50/50"), a season
            # ("2009/10"): no quantity in either number (not "9 attacks" and "11 attacks").
            # (a written fraction "1/3 of" is left unread too: abstaining, issue 20, 27f)
            return None
        elif re.fullmatch(r"0\d+", m.group("num")):
            # a whole number written with a leading zero is a code, a dialling prefix or a
            # clock ("0370 numbers", "dial 03"), never a count or an amount (issue 20, 20f)
            return None
        else:
            q.value = _to_float(m.group("num"))
        if q.value is None:
            return None
        if _label_number(text, s, e):
            return None  # "year 9 pupils", "phase 6": a label, no count
    else:
        word = _word_at(text, m, q, s, e)
        if word is None:
            return None
        e, scaled_already = word
    # right: scale words ("135 billion", "1.5bn"), then percent / currency / time unit
    if q.value is not None and q.kind not in ("fraction",) and not scaled_already and (scaled := _scale_at(text, s, e)):
        q.scale, e = scaled
        q.value = scaled_value(q.value, q.scale)
    rest = text[e:]
    pm = pat["pct"].match(rest)
    if pm and q.kind != "fraction":
        q.unit = pct[pm.group("p").lower()]
        e += pm.end()
        rest = text[e:]
    else:
        cm = pat["suffix"].match(rest)
        if cm and _weight_not_money(cm.group("c"), rest[cm.end():], text, s, dollar_document,
                                    money_document):
            cm = None  # "8,000 pounds per square inch": a pressure, no sterling (left unitless)
        if cm:
            q.currency = q.unit = suffix[cm.group("c").lower()]
            e += cm.end()
        else:
            tm = pat["time"].match(rest)
            if tm:
                q.time_unit = times[tm.group("t").lower()]
    # left: currency prefix, then a qualifier
    left = text[max(0, s - 40) : s]
    cm = pat["prefix"].search(left)
    if cm and q.kind not in ("fraction", "digits"):
        cur = prefix[cm.group("cur").lower()]
        bare_dollar = cm.group("cur") == "$"
        if bare_dollar and q.unit is None and (dm := _dollar_countries()[1].match(text[e:])):
            # "$29 Canadian": the dollar sign is the country's dollar, not the US one
            cur = _dollar_countries()[0][dm.group("c").lower()]
            e += dm.end()
        if q.unit is None or q.unit == cur or (bare_dollar and q.unit in _dollar_countries()[0].values()):
            # ("$5 Canadian dollars": the suffix says whose dollar; the sign is part of the figure)
            q.currency = q.unit = q.unit or cur
            s -= len(left) - cm.start("cur")
            left = text[max(0, s - 40) : s]
    elif q.unit is None and s > 0 and "#" in text[max(0, s - 2) : s]:
        _hash_pound(text, q, s, hash_document)
        if q.currency_from:
            s = q.start
            left = text[max(0, s - 40) : s]
    s = _qualify(text, q, s, e, left)
    e = _plus_bound(text, q, e)
    q.start, q.end = s, e
    q.text = text[s:e]
    return q


_PLUS_AFTER = re.compile(r"(?:-plus|\+)(?![\w+=])", re.IGNORECASE)


def _plus_bound(text: str, q: Quantity, e: int) -> int:
    """"$300,000-plus", "50+ homes": at least the number, the bound written after it (not
    "3+4"); returns the quantity's new end."""
    if q.kind == "value" and q.value is not None and (plus := _PLUS_AFTER.match(text, e)):
        _bound(q, "lower")
        q.qualifier = plus.group(0) if q.qualifier is None else f"{q.qualifier} ... {plus.group(0)}"
        return plus.end()
    return e
# "2 1/2" and "21/2" (a typeset "2½" whose halves the copy glued together; wire copy escapes
# the slash as "\/"): a whole number, then a proper fraction of halves, thirds, quarters
# or eighths. The glued form only with a single-digit numerator below its denominator.
_MIXED_SPACED = re.compile(r"\s([1-7])\\?/([2348])(?![\d/.,])")
_MIXED_GLUED = re.compile(r"\\?/([2348])(?![\d/.,])")
_NEXT_WORD = re.compile(r"[\s-]+([A-Za-z]+)")


def _mixed_fraction(text: str, m: re.Match) -> tuple[float, int] | None:
    """(value, end) of a mixed fraction starting at the number ``m`` ("2 1/2 miles" and the
    glued "21/2 miles" -> 2.5), or None. Only before a unit word of quantity_cues.tsv's
    ``fraction_unit`` ("miles", "years", "million"): "11/2" may be a date elsewhere, "4
    1/2" a list, and the number is then read as before."""
    num = m.group("num")
    if not num.isdigit() or num.startswith("0"):
        return None
    e = m.end()
    whole, numer, denom, end = None, 0, 0, e
    sm = _MIXED_SPACED.match(text, e)
    if sm is not None:
        whole, numer, denom, end = int(num), int(sm.group(1)), int(sm.group(2)), sm.end()
    elif len(num) >= 2 and (gm := _MIXED_GLUED.match(text, e)) is not None:
        whole, numer, denom, end = int(num[:-1]), int(num[-1]), int(gm.group(1)), gm.end()
    if whole is None or not 0 < numer < denom:
        return None
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or nxt.group(1).lower() not in _cues("fraction_unit"):
        return None
    return whole + numer / denom, end


def _bound(q: Quantity, side: str) -> None:
    """Make ``q`` a bound on ``side`` ("upper": at most its value; "lower": at least)."""
    q.bound, q.kind = side, "bound"
    if side == "upper":
        q.high, q.value = q.value, None
    else:
        q.low, q.value = q.value, None


def _qualify(text: str, q: Quantity, s: int, e: int, left: str) -> int:
    """Read the bound or approximation words before the number (``left``, the text before
    ``s``) and after it ("or more"), set them on ``q`` and return its new start."""
    pat = _patterns()
    quals = _lexicon()[6]
    qm = pat["qual"].search(left) or pat["modal_qual"].search(left)
    if qm is not None and qm.group("q").lower() == "over" and _over_particle(left):
        qm = None  # "handing over 100,000 tablets": the verb's particle, not "more than"
    if qm is not None and _reached(left[: qm.start("q")], text[e : e + 40], qm.group("q")):
        qm = None  # "the county is now up to 31 cases": the level reached, a value, not at most 31
    kind = (quals.get(qm.group("q").lower()) or _modal_qualifiers()[qm.group("q").lower()]) if qm else None
    post = None if kind not in (None, "approx") else pat["post_qual"].match(text[e:])
    if post is not None and re.search(r"\d\s*(?:-|–|to|or)\s*$", text[max(0, s - 6) : s]):
        post = None  # "12-15 or more": the second end of a range, which stays a range
    if post is not None and not (q.value is not None and q.kind == "value"):
        post = None
    if post is not None:
        # the bound stands after the number: the figure's text stays the number, its kind
        # the bound ("3 million sheep or more" is at least 3 million)
        q.qualifier = post.group("w")
        _bound(q, _bounds_after()[post.group("q").lower()])
    if qm:
        q.qualifier = qm.group("q") if post is None else f"{qm.group('q')} ... {q.qualifier}"
        if qm.group("q").lower() not in _outside_qualifiers():
            s -= len(left) - qm.start("q")
        if kind == "approx":
            q.approx = True
        elif kind == "upper" and q.value is not None and _or_more_later(text, e):
            _bound(q, "lower")  # "as high as 9,000 tonnes (...) a day or more": 9,000 or more
        elif q.value is not None and post is None and kind is not None:
            _bound(q, kind)
    return s


@functools.cache
def _reached_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """"now" (quantity_cues.tsv's reached_now) right before the bound words, a subject and a
    form of "be" (reached_be) between at most ("now up to", "is now up to", "now we're up
    to"); or a form of "be" right before them and "now" within three words after the
    number ("it is up to 41 cases now")."""
    now, be = _alt(_cues("reached_now")), _alt(_cues("reached_be"))
    # a subject between only with its "be" ("now we're up to"): "now capturing up to" is a verb's bound
    before = re.compile(rf"\b(?:{now})\s+(?:[a-z]+(?:\s+|(?=['\u2019]))(?:{be})\s+)?$", re.IGNORECASE)
    after = re.compile(rf"^(?:\s+[a-z]+){{0,2}}\s+(?:{now})\b", re.IGNORECASE)
    return before, after, re.compile(rf"(?:^|\s)(?:{be})\s+$", re.IGNORECASE)


def _reached(left: str, right: str, words: str) -> bool:
    """Do the bound words (flagged `reached` in qualifiers.tsv: "up to") tell the level a
    count has reached, not a bound: "the county is now up to 31 cases", "it is up to 41 cases
    now"? Not after a modal ("the fine could be up to $900" stays at most $900): the
    word between "now" and the bound words may be a subject or a form of "be", never a
    modal. ``left``: the text before the bound words; ``right``: the text after the number."""
    if words.lower() not in _reached_qualifiers():
        return False
    before, after, be = _reached_patterns()
    m = before.search(left)
    if m is not None:
        # "could now be up to": the word before "now" and the words after it, none a modal or "be"
        near = re.findall(r"[a-z]+", left[max(0, m.start() - 12) :].lower())[-4:]
        return not any(w in _modals() or w == "be" for w in near)
    return be.search(left) is not None and after.match(right) is not None


@functools.cache
def _reached_qualifiers() -> frozenset[str]:
    """Bound words that tell a level reached after "now" (qualifiers.tsv's flag `reached`)."""
    return frozenset(r[0].lower() for r in _read_tsv("qualifiers.tsv") if "reached" in _flags(r))


# a conversion of an amount in a parenthesis right after it ("9,000 tonnes (9,900 tons)"): the
# same number in another unit; the one definition figures' range and rate readers skip as well
ASIDE = r"\([^()]{0,80}\)"


def _or_more_later(text: str, e: int) -> bool:
    """Does "or more" follow the number ending at ``e`` later in its clause, with no other
    number between ("as high as 9,000 tonnes (...) a day or more"; not "as many as 500
    will lose one or more boats", "up to 300 times, and 15 percent or more")?"""
    after = re.sub(ASIDE, "", text[e : e + 200])  # a conversion in a parenthesis is the same number
    m = _patterns()["or_more_later"].match(after)
    if m is None:
        return False
    words = re.findall(r"[a-z]+", m.group(1).lower())
    return not any(w in _lexicon()[5] for w in words)


def _fraction_range_end(text: str, e: int) -> bool:
    """Does a second fraction with "of" follow the fraction ending at ``e`` across a range
    word ("one-third to half of", "a quarter or a third of")?"""
    m = re.match(r"\s*(?:to|or|-|–)\s*", text[e:], re.IGNORECASE)
    if m is None:
        return False
    rest = text[e + m.end() :]
    nm = _patterns()["core"].match(rest)
    if nm is None or not nm.group("word"):
        return False
    wv = _word_value(nm.group("word"))
    return wv is not None and wv[1] == "fraction" and re.match(r"\s+of\b", rest[nm.end() :]) is not None


# a slash (wire copy escapes it "\\/") with digits on its other side, right at the number
_SLASH_AFTER = re.compile(r"\\?/\d")
_SLASH_BEFORE = re.compile(r"\d\\?/$")
_OF_ONE = re.compile(r"\s+(?:of\s+)?(?:an?|one)\s+(percentage\s+points?|per\s+cent|[A-Za-z]+)\b(?![-\u2010-\u2014'’])",
                     re.IGNORECASE)


def _fraction_of_one(text: str, e: int) -> tuple[str | None, int] | None:
    """(unit or None, new end) of "of a <unit>" after a fraction word ending at ``e`` ("a
    quarter| of a percentage point" -> ("pp", end), "half| a mile" -> (None, end): a unit the
    parser does not carry, see quantity_cues.tsv's ``fraction_of_one``), or None when no unit
    word follows ("half of a household's income" stays a share)."""
    m = _OF_ONE.match(text, e)
    if m is None:
        return None
    word = re.sub(r"\s+", " ", m.group(1).lower())
    if (unit := _lexicon()[3].get(word)) is not None:
        return unit, m.end()
    if word in _cues("fraction_of_one"):
        return None, m.end()
    return None


def _fraction_of_scale(text: str, e: int) -> tuple[float, int] | None:
    """(scale, new end) of "of a million" or "a billion" after a fraction word ending at
    ``e`` ("three-quarters| of a million", "half| a billion"), or None: a scale word written
    out, not glued to a hyphen ("half of a million-dollar budget" is a share of a budget)."""
    m = re.match(r"\s+(?:of\s+)?an?\s+([A-Za-z]{4,})\b(?![-\u2010-\u2014])", text[e:])
    if m is None:
        return None
    word = m.group(1).lower()
    scale = _lexicon()[2].get(word)
    if scale is None and (number := _lexicon()[5].get(word)) is not None and number[1] == "cardinal" and number[0] >= 12:
        scale = number[0]  # "half a dozen", "a quarter of a hundred"
    return (scale, e + m.end()) if scale else None


def scaled_value(value: float, scale: float) -> float:
    """``value`` times ``scale``, read back to fifteen significant digits: "4.1 million" is
    4100000, not the 4099999.9999999995 a float multiplication gives (round forty-six: the
    seed-161 judges saw such values printed on the sheet)."""
    return float(f"{value * scale:.15g}")


def _scale_at(text: str, s: int, e: int) -> tuple[float, int] | None:
    """(scale, new end) of a scale word after the number at ``text[s:e]`` ("135 billion",
    "1.5bn"), or None."""
    pat = _patterns()
    sm = pat["scale"].match(text[e:])
    if not sm:
        return None
    word, rest = sm.group("s").lower(), text[e:]
    # "m"/"k" only glued to the digits ("5m"), never as a separate word ("5 m" is five
    # metres) unless a currency stands before the number: "$2.5 m" is money, and money
    # is counted in millions, not metres
    money = pat["prefix"].search(text[max(0, s - 40) : s]) is not None
    # ... or a '#' standing for '£' ("$8m (# 4.95 m)"; see _HASH): "# 4.95 m" is 4.95 million
    money = money or ("£" not in text and _HASH.search(text[max(0, s - 3) : s]) is not None)
    if money or not (len(word) == 1 and rest[:1] != word[0] and rest[:1].lower() != word):
        return _lexicon()[2][word], e + sm.end()
    return None


# a bare article ("A bomb killed five") is no number unless a scale or fraction follows it
# ("a million", "a half million", "a dozen")
_ARTICLE = re.compile(r"\b([Aa]n?)\b(?!\s+(?:half|quarter|third|dozen|hundred|thousand|million|billion|trillion)s?\b)")
_DIGIT_RUN = re.compile(rf"(?<![\d.,])(?:{_DIGIT})")


@functools.lru_cache(maxsize=4096)
def number_values(text: str) -> tuple[float, ...]:
    """Every number ``text`` states, as its value, sorted, however it is written: "Two new
    cases" -> (2.0,), "twenty-five" -> (25.0,), "1.5 million", "1,500,000" and "1.5m" ->
    (1500000.0,). Unlike ``parse`` it reads a claim's identity, not a figure: bare years,
    small counts and numbers glued to letters count too ("A380" and "A350", "G8" and "G20"
    are different claims), so two sentences that differ in any number differ here.

    Words are read by numerizer (a maintained parser that joins "three hundred and twelve",
    "one and a half million", which ``parse``'s word-by-word lexicon does not); the digits it
    leaves are read by this module's grammar, with the same scale words and the same rule
    for a single-letter scale ("1.5m" is a million, "5 m" five metres)."""
    from numerizer import numerize  # imports spaCy and registers its token extensions

    try:
        # numerizer reads a bare article as one ("A bomb killed five" -> "1 bomb killed 5"),
        # which would make "A bomb ..." and "The bomb ..." two claims: masked unless a
        # scale or fraction follows ("a million", "one and a half million" still read)
        digits = numerize(_ARTICLE.sub(r"\1_", text))
    except Exception:  # noqa: BLE001  a parser's failure on odd text leaves the words unread
        digits = text
    out = []
    for m in _DIGIT_RUN.finditer(digits):
        value = float(m.group().replace(",", ""))
        if scaled := _scale_at(digits, m.start(), m.end()):
            value *= scaled[0]
        out.append(scaled_value(value, 1.0))
    return tuple(sorted(out))


def _is_bare_year(q: Quantity) -> bool:
    v = q.value
    if q.kind == "bound" and (q.qualifier or "").lower() == "better than":
        # "did better than 2009": a comparison with a year, no bound (a year is never
        # "better than" itself: the bound of "better than half" is a share)
        v = q.low
        return (q.unit is None and q.scale is None and v is not None and v.is_integer()
                and 1800 <= v <= 2100 and "," not in q.text)
    return (
        q.unit is None and q.scale is None and q.kind == "value" and not q.spelled
        and v is not None and v.is_integer() and 1800 <= v <= 2100
        and "," not in q.text and "." not in q.text
    )


_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|to|or|and)\s*$", re.IGNORECASE)
_ASIDE_DASH = re.compile(r"^\s+—\s+$")  # a spaced em dash: an aside's mark, never a range's (see its use)
# the gap of a range whose first end is written out with its count noun and converted in
# a parenthesis: "12,000 barrels (504,000 gallons/1.9 million liters) to 25,000 barrels"
# after an amount: its count noun, then a conversion in a parenthesis, each optional: the one
# definition of both ends' tails in a wide range (the gap after the first end, the tail after the second)
_NOUN_PAREN = re.compile(r"\s*(?P<noun>[A-Za-z]+)?\s*(?P<paren>\([^()]{0,100}\))?")
_WIDE_GAP = re.compile(_NOUN_PAREN.pattern + r"\s*(?P<sep>to|and)\s+", re.IGNORECASE)


_WORD_BEFORE = re.compile(r"([A-Za-z]+\.?)\s+$")


def _day_then_amount(text: str, q: Quantity, nxt: Quantity) -> bool:
    """Is ``q`` the day of a date ("July 14", "Jan. 17": a bare number right after a month,
    ``month`` cues) and ``nxt`` an amount with a unit or a currency? Then "from 31 percent on
    June 9 to 37 percent" holds no range of 9-37 percent, nor "from $410 million on March
    21 to $233 million" one of $21-233 million (census round thirty-six over PolNeAR
    train 301-840 and Timeline17 dev: all 3 such ranges wrong). A range of days ("July
    25-28") has no unit at either end and is left as it was."""
    if q.unit is not None or q.currency is not None or (nxt.unit is None and nxt.currency is None):
        return False
    if q.value is None or not (1 <= q.value <= 31) or q.value != int(q.value):
        return False
    m = _WORD_BEFORE.search(text, max(0, q.start - 12), q.start)
    return m is not None and m.group(1).lower() in _cues("month")


def _score_pair(sep: str, q: Quantity, nxt: Quantity) -> bool:
    """Is "42%-49%" (a percent sign at both ends and a bare hyphen or en dash between) a
    pair of shares, not a range? US poll copy writes a result that way: "by 58%-33%, those
    polled ...", "a 41%-52% split on his job", "a deficit among women (34%-54%)": one share for each side. Census round thirty-six (PolNeAR train 301-840 and
    Timeline17 dev): 16 such pairs, every one two sides' shares, none a range (the 2 whose
    first share is the lower were read as ranges); Timeline17's ranges of shares are written
    with a space ("1% -2%") or "to", and are left as they were, as is one after "between"
    ("between 40%-60%": the word says range). Two sides' shares of one whole sum to at most
    100: "97%–98%" (round fifty-seven, seed 172 F7, an oxygen saturation shown as an exact 97)
    is a range, read as one again."""
    if q.value is not None and nxt.value is not None and q.value + nxt.value > 100:
        return False
    return sep in ("-", "–") and q.text.endswith("%") and nxt.text.endswith("%") and q.text[:1].isdigit()


def _net_pair(text: str, q: Quantity, nxt: Quantity) -> bool:
    """Is "<N> points (A percent to B percent)" a pair of shares whose gap the points give,
    not a range? Poll copy writes a net rating or a lead that way: "his net rating, minus 4 points
    (41 percent to 45 percent)", "Roe won by 12 points (55 percent to 43 percent)". Only
    when the two shares differ by exactly N: the arithmetic says they are the two sides.
    Census round thirty-seven over PolNeAR train 301-840 (minus keep-off) and Timeline17 dev:
    4 such brackets, all two sides' shares; the 2 whose first share is the lower were read
    as ranges (audit seed 151 politico F23). A range of shares with no points before it
    ("cut emissions 26 percent to 28 percent") is left as it was."""
    if not (q.text.endswith(("%", "percent")) and nxt.text.endswith(("%", "percent"))) or q.value is None or nxt.value is None:
        return False
    m = _net_unit_before().search(text[max(0, q.start - 40) : q.start])
    return m is not None and abs(abs(nxt.value - q.value) - float(m.group(1))) < 1e-9


@functools.lru_cache(maxsize=1)
def _net_unit_before() -> re.Pattern[str]:
    """"<N> points (" closing the text before a share (``_net_pair``), compiled once."""
    units = "|".join(re.escape(w) for w in sorted(_cues("net_unit"), key=len, reverse=True))
    return re.compile(r"(\d+(?:\.\d+)?)[\s-]*(?:" + units + r")\W{0,3}\(\s*$", re.I)


@functools.lru_cache(maxsize=1)
def _range_openers() -> frozenset[str]:
    return lexicon.words(DATA / "range_openers.txt")


_CLAUSE_STOP = re.compile(r"[.!?;:]\s|\n|\(")


def _price_span(text: str, q: Quantity, nxt: Quantity) -> bool:
    """Is "from $6 to $12" a span of prices, not a change: both ends a sum in the same currency
    and no word of change in the clause before the "from" (quantity_cues.tsv's ``change_stem``:
    "rose", "increased", "cut", "raised the cap")? Round fifty-seven, seed 172 F17: a cable
    "available in four lengths from $6 to $12" was shown as an exact $6 rising. Sums only: a
    count or a share "from 5 to 10" without a change word is left as it was read. Word stems
    by regular expression, as the rest of this module: the parse is not run here."""
    if q.currency is None or q.currency != nxt.currency:
        return False
    stops = list(_CLAUSE_STOP.finditer(text, max(0, q.start - 200), q.start))
    start = stops[-1].end() if stops else max(0, q.start - 200)
    words = re.findall(r"[a-z]+", text[start : q.start].lower())
    stems = _cues("change_stem")
    return not any(w.startswith(stem) for w in words for stem in stems)


def _wide_range(text: str, raw: list[Quantity], i: int) -> tuple[Quantity, int] | None:
    """A range written with its count noun at both ends, or a conversion in parentheses
    between them: "between 35,000 barrels (1.47 million gallons) and 60,000 barrels",
    "the flow ranges from 12,000 barrels (...) to 25,000 barrels". Only after "between" or
    a range word and "from" (``range_openers.txt``): "rose from 12,000 barrels to 25,000
    barrels" is a change. Returns the range and the index of the first quantity after it:
    the conversions in the parentheses of either end are dropped with it (each would show
    one end of the range as an exact value, in another unit)."""
    q = raw[i]
    if q.kind != "value" or q.value is None:
        return None
    m = _WIDE_GAP.match(text, q.end)
    if m is None or not (m.group("noun") or m.group("paren")):
        return None  # the plain gaps are read by parse's own loop
    before = text[max(0, q.start - 40) : q.start].lower()
    sep = m.group("sep").lower()
    if sep == "and" and not _BETWEEN_END.search(before):
        return None
    j = next((k for k in range(i + 1, len(raw)) if raw[k].start >= m.end()), None)
    if j is None or raw[j].start != m.end():
        return None
    nxt = raw[j]
    if nxt.kind != "value" or nxt.value is None or nxt.unit != q.unit or nxt.currency != q.currency:
        return None
    noun = m.group("noun")
    tail = _NOUN_PAREN.match(text, nxt.end)
    if noun and (tail is None or (tail.group("noun") or "").lower() != noun.lower()):
        return None  # "between 5 people and 6 tonnes": two counts, no range
    if sep == "to":
        opener = _from_opener(text, q.start)
        if opener is not None:
            if opener not in _range_openers():
                return None
        elif not (_no_change_before(before) and noun and m.group("paren") and tail is not None and tail.group("paren")):
            # with no "from": only a range whose two ends are each written with the same noun
            # and a conversion in brackets, after no change word ("estimate 20,000 barrels
            # (840,000 gallons) to 45,000 barrels (1.89 million gallons) a day"); "cut 5 jobs
            # to 20 jobs" and "rose 5 barrels (...) to 20 barrels (...)" are no range
            return None
    lo, hi = q.value, nxt.value
    if q.scale is None and nxt.scale is not None and lo is not None and not noun:
        lo = scaled_value(lo, nxt.scale)  # "between 3 (...) and 5 million"; not "700,000 gallons (...) to 1.4 million gallons"
    if lo is None or hi is None or not lo < hi:
        return None
    start = q.start
    if sep == "and" and (bm := _BETWEEN_END.search(before)):
        start = q.start - (len(before) - bm.start())
    r = Quantity(
        start=start, end=nxt.end, text=text[start : nxt.end], low=lo, high=hi, unit=nxt.unit or q.unit,
        currency=nxt.currency or q.currency, scale=nxt.scale or q.scale, approx=q.approx, kind="range",
        qualifier=q.qualifier, number_start=q.number_start, number_end=nxt.number_end, time_unit=nxt.time_unit,
        currency_from=q.currency_from or nxt.currency_from,
        currency_confidence=q.currency_confidence or nxt.currency_confidence,
    )
    # skip the second end's own conversion: "25,000 barrels (1.05 million gallons) a day"
    k = j + 1
    if tail is not None and tail.group("paren"):
        close = nxt.end + tail.end("paren")
        while k < len(raw) and raw[k].start < close:
            k += 1
    return r, k


@functools.lru_cache(maxsize=1)
def _change_words() -> frozenset[str]:
    return lexicon.kinds("analyse/period_cues.tsv").get("change", frozenset())


@functools.cache
def _converted_pair_end() -> re.Pattern:
    """The rest of a converted range's pair after its first number: "and", the second number,
    a scale word of data/quantity_cues.tsv's kind `conversion_scale` (as written), its unit,
    then the next conversion's separator or the bracket's end."""
    scales = "|".join(map(re.escape, lexicon.kinds_in_order(DATA / "quantity_cues.tsv").get("conversion_scale", ())))
    return re.compile(r"\s*and\s+[\d.,]+\s*(?:(?:" + scales + r")\s+)?[A-Za-z]+\.?\s*(?:\\?/|;|,|\bor\b|\))")


def _converts_a_range(text: str, out: list[Quantity], q: Quantity) -> bool:
    """Is ``q`` inside the parenthesis that converts the range just read ("between 10,000 and
    30,000 barrels (420,000 and 1.26 million gallons/1.6 million and 4.8 million liters)")?
    Then "A and B" there is a range too, in another unit, not two exact values (issue 20,
    20x). Only right after the range's unit word, or after an earlier conversion and a
    separator ("/", "or", ";", ","), in a bracket not yet closed."""
    opened = text.rfind("(", 0, q.start)
    if opened < 0 or ")" in text[opened : q.start] or not out:
        return False
    inside = [r for r in out if r.start > opened]
    first = next((r for r in reversed(out) if r.end <= opened), None)
    unit = re.fullmatch(r"\s*([A-Za-z]+)\s*", text[first.end : opened]) if first is not None else None
    if first is None or first.kind != "range" or unit is None or unit.group(1).lower() not in _cues("conversion_unit"):
        return False
    if not _converted_pair_end().match(text[q.end :]):
        return False  # the pair's unit, then the next conversion or the bracket's end
    if not inside:
        return not text[opened + 1 : q.start].strip()
    return all(r.kind == "range" for r in inside) and bool(_CONVERSION_GAP.fullmatch(text[inside[-1].end : q.start]))


def _no_change_before(before: str) -> bool:
    """Do the three words before a number name no change ("rose", "up", "by")? A number after
    one may be the size of a change, and "to" the level it reached: no range."""
    words = re.findall(r"[a-z]+", before.lower())[-3:]
    return not any(w == "by" or w in _change_words() for w in words)


def _by_then_to(before: str, q: Quantity) -> bool:
    """Is ``q`` the size of a change written "by X to Y" ("cut by $2 billion to $9 billion")?
    Only when "by" comes right before it and ``q`` writes its own scale word: "rose by 5 to 10
    percent" and "raised the price by $2 to $4 a pound" stay ranges of the change's size."""
    return bool(re.search(r"\bby\s+$", before)) and q.scale is not None


def _written_whole(q: Quantity, lo: float | None, nxt: Quantity) -> bool:
    """Is the low end written out in full, so the high end's scale word is not its own?
    "500,000 to 1 million gallons" is 500,000 to 1,000,000 (not 500,000 million): a low end
    of a thousand or more that the scale would lift above the high end."""
    return (lo is not None and nxt.scale is not None and nxt.value is not None and lo >= 1000
            and lo < nxt.value <= lo * nxt.scale and "," in q.text)


_THOUSANDS_END = re.compile(r"\d{1,3}((?:,000)+)")


def _shared_thousands(q: Quantity, nxt: Quantity, sep: str) -> float:
    """The low end of a dashed range whose first number shares the thousands written on the
    second ("some 7-10,000 tonnes" is 7,000 to 10,000): a bare one- to three-digit first number
    before a second written with ",000" groups takes as many thousands, when that keeps it below
    the second. Otherwise the first number as written."""
    lo = q.value if q.value is not None else 0.0  # the caller has checked it is a number
    if sep not in ("-", "–", "—") or q.scale is not None or nxt.scale is not None:
        return lo  # only a dashed range with no scale word ("7-10 million" is read by its scale)
    tail = _THOUSANDS_END.fullmatch(nxt.text[nxt.number_start - nxt.start : nxt.number_end - nxt.start])
    if (tail is None or nxt.value is None
            or not re.fullmatch(r"\d{1,3}", q.text[q.number_start - q.start : q.number_end - q.start])):
        return lo
    scaled = lo * 1000 ** tail.group(1).count(",")
    return scaled if scaled < nxt.value else lo


def _converted_bounds(text: str, quantities: list[Quantity]) -> None:
    """An amount that converts a bounded or approximate amount into another currency, in
    a parenthesis right after it, is bounded the same way: "more than $720m (#480m)" is
    more than 480m pounds, "about $7m (£4.4m)" about 4.4m. Only money to other money: a
    parenthesis after a count may break it down ("more than 1,200 cases (400 in Port Ellery)").
    A second conversion in the same parenthesis after a semicolon, comma or slash is bounded
    too: "more than 420m euros ($604m; £320m)" is more than £320m as well (round fifty-six,
    seed 171 haiti_bbc F6 showed an exact £320m)."""
    source = None  # the bounded amount the parenthesis open right now converts
    for p, q in zip(quantities, quantities[1:], strict=False):
        gap = text[p.end : q.start]
        if source is not None and re.fullmatch(r"\s*[;,/]\s*", gap) and q.currency is not None:
            p = source  # the parenthesis's next conversion converts the same amount
        else:
            source = None
            if not re.fullmatch(r"\s*\(\s*", gap):
                continue
        if (p.currency is None or q.currency is None or p.currency == q.currency or q.qualifier is not None
                or q.kind != "value" or q.value is None):
            source = None
            continue
        source = p
        if p.kind == "bound" and p.bound:
            _bound(q, p.bound)
            q.approx = q.approx or p.approx
        elif p.approx and p.kind == "value":
            q.approx = True


def _converted_measure_bounds(text: str, quantities: list[Quantity]) -> None:
    """A bounded amount of a unit of length, area, volume, mass or temperature followed by
    its conversion in a parenthesis bounds the converted amount the same way: "waves as high
    as 12 feet (4 metres)" are at most 4 metres, not an exact 4. Only a parenthesis holding
    the one number and its unit, right after the unit (conversion_unit of
    data/quantity_cues.tsv): a parenthesis after a count may break it down."""
    units = _cues("conversion_unit")
    for k, p in enumerate(quantities):
        if p.kind != "bound" or not p.bound:
            continue
        for q in _conversions(text, quantities, k, units):
            if q.kind != "value" or q.value is None or q.qualifier is not None:
                break
            _bound(q, p.bound)
            q.approx = q.approx or p.approx


# the gap between two conversions in one parenthesis: "(3.3 million gallons/12.6 million
# liters)", "(210,000 gallons or 955,000 liters)"; the wire's escaped slash "\/" as well
_CONVERSION_GAP = re.compile(r"\s*[A-Za-z]+\.?\s*(?:\\?/|;|,|\bor\b)\s*")


def _conversions(text: str, quantities: list, k: int, units: frozenset[str]) -> list:
    """The quantities that convert ``quantities[k]`` into other units: a parenthesis right
    after its unit (conversion_unit of data/quantity_cues.tsv) holding only numbers with
    their units, one or more, separated by "/", "or", ";" or ",". Each must be followed by
    its unit and then the next separator or the closing bracket; else none (a parenthesis
    after a count may break it down: "1,200 cases (400 in Port Ellery)")."""
    p = quantities[k]
    out: list = []
    prev_end = p.end
    for q in quantities[k + 1:]:
        gap = text[prev_end : q.start]
        if not out:
            m = re.fullmatch(r"\s*(?P<u>[A-Za-z/]+(?:\s+[A-Za-z]+)?)\s*\(\s*", gap)
            if m is None or m.group("u").split()[0].lower() not in units:
                return []
        elif not _CONVERSION_GAP.fullmatch(gap):
            return []
        out.append(q)
        if re.match(r"\s*[A-Za-z/]+\.?\s*\)", text[q.end :]):
            return out
        prev_end = q.end
    return []


# the gap of "230 miles to more than 300 miles": the first end's noun, "to", an open-ended
# second end's "more"/"over" (its "than" may be left out by a typo: "to more 300")
_TO_MORE_GAP = re.compile(r"^\s*(?:[A-Za-z]+\s+)?to\s+(?:more|over|upwards\s+of)(?:\s+than)?\s*$", re.IGNORECASE)


def _open_range(text: str, q: Quantity, nxt: Quantity) -> Quantity | None:
    """"go 230 miles to more than 300 miles per charge": a range whose high end is open is a
    lower bound at its low end (at least 230), not an exact 230 beside "more than 300" (round
    fifty-seven, seed 172 F1: written "to more 300", the page's typo, and shown as an exact
    230). Only a plain value before "to more (than)"/"to over", the second end in the same
    unit (or that unit per something: "miles per charge"), after no change word ("rose 5% to
    more than 10%" is a change, read as before)."""
    if q.kind != "value" or q.value is None or nxt.kind not in ("value", "bound") or q.currency != nxt.currency:
        return None
    if nxt.kind == "bound" and nxt.bound != "lower":
        return None
    if not _TO_MORE_GAP.match(text[q.end : nxt.number_start]):
        return None
    if not (q.unit == nxt.unit or (q.unit is not None and (nxt.unit or "").startswith(q.unit + "/"))):
        return None
    hi = nxt.value if nxt.kind == "value" else nxt.low
    if hi is None or not q.value < hi:
        return None
    before = text[max(0, q.start - 40) : q.start].lower()
    if re.search(r"\bfrom\s+$", before) or not _no_change_before(before):
        return None
    return Quantity(
        start=q.start, end=nxt.end, text=text[q.start : nxt.end], low=q.value, unit=nxt.unit or q.unit,
        currency=q.currency, scale=q.scale, bound="lower", approx=True, kind="bound", qualifier=q.qualifier,
        number_start=q.number_start, number_end=q.number_end, time_unit=nxt.time_unit,
    )


def _bounded_range(text: str, q: Quantity, nxt: Quantity, sep: str) -> Quantity | None:
    """"as many as 30,000-35,000 people": the qualifier bounds a range, which keeps both ends and
    is approximate (not an exact 35,000 beside a bound of 30,000). None when ``q`` and ``nxt``
    (joined by ``sep``, a range separator) are no such pair."""
    if not (q.kind == "bound" and q.bound and nxt.kind == "value" and nxt.value is not None
            and sep.strip().lower() in ("-", "–", "—", "to") and (q.unit is None or q.unit == nxt.unit)):
        return None
    lo = q.high if q.high is not None else q.low
    hi = nxt.value
    if lo is not None and q.scale is None and nxt.scale is not None:
        lo = scaled_value(lo, nxt.scale)
    if lo is None or not lo < hi:
        return None
    return Quantity(
        start=q.start, end=nxt.end, text=text[q.start : nxt.end], low=lo, high=hi,
        unit=nxt.unit or q.unit, currency=nxt.currency or q.currency, scale=nxt.scale or q.scale,
        bound=q.bound, approx=True, kind="range", qualifier=q.qualifier,
        number_start=q.number_start, number_end=nxt.number_end, time_unit=nxt.time_unit,
        currency_from=q.currency_from or nxt.currency_from,
        currency_confidence=q.currency_confidence or nxt.currency_confidence,
    )


def _joined_bounds(text: str, q: Quantity, nxt: Quantity, sep: str) -> Quantity | None:
    """"at least 20 and up to 81 deaths": a lower and an upper bound joined by "and" are the two
    ends of one count, a range from the lower to the upper, not "up to 81" alone (round
    forty-four, integrator, in-sample: seed 159's H1N1_reuters F4, shown as at most 81 with no
    low end). The scale written once after the upper end is the lower's too only where it keeps
    the low end under the high ("at least 3 and up to 5 billion"; the review: "at least $500 and
    up to $1 million" keeps $500). None when they are no such pair."""
    if not (q.kind == "bound" and q.bound == "lower" and nxt.kind == "bound" and nxt.bound == "upper"
            and sep.strip().lower() == "and" and q.low is not None and nxt.high is not None and q.low < nxt.high
            and (q.unit is None or q.unit == nxt.unit) and (q.currency is None or q.currency == nxt.currency)
            and (q.scale is None or q.scale == nxt.scale)):
        return None
    lo = q.low
    if q.scale is None and nxt.scale is not None and q.low * nxt.scale < nxt.high:
        lo = q.low * nxt.scale
    return Quantity(
        start=q.start, end=nxt.end, text=text[q.start : nxt.end], low=lo, high=nxt.high,
        unit=nxt.unit or q.unit, currency=nxt.currency or q.currency, scale=nxt.scale or q.scale,
        approx=True, kind="range", qualifier=q.qualifier,
        number_start=q.number_start, number_end=nxt.number_end, time_unit=nxt.time_unit,
        currency_from=q.currency_from or nxt.currency_from,
        currency_confidence=q.currency_confidence or nxt.currency_confidence,
    )


# a minus sign glued to a number after a word or an opening bracket: "Trump is far below at -30
# points", "a net rating of -11", "(-4 points)"
_MINUS_BEFORE = re.compile(r"(?:\b(?i:at|of|to|from|by|was|is|were|are|be|been|hit|reached|fell|dropped|rating)[ \t]|\()[-−]$")
# a ticker before a share move: "eBay Inc. EBAY -0.77%" (only before a percent: "COVID -19 cases")
_TICKER_MINUS = re.compile(r"\b[A-Z]{2,5}[ \t][-−]$")


def _signed(text: str, q: Quantity, before: Quantity | None) -> None:
    """Read a minus sign glued to a bare number as the number's sign: poll copy writes a net
    rating so ("a net negative rating of -11 points", "Trump is far below at -30 points"), and
    the figure was shown as +30 (round forty-five, integrator, in-sample: seed 160's politico
    F17). Only a plain value with no money sign or qualifier, the minus right before its digit
    after a preposition, a copula or a verb of reaching ("at -30", "of -11", "was -2") or an
    opening bracket, or a ticker before a percent ("EBAY -0.77%"); never within four characters
    of another quantity ("1% -2%" is a range's dash) or at a line's start (a list's dash). The
    review: a dash typed glued after any word is a dash ("Turnout was high -70 percent of voters",
    "COVID -19 cases")."""
    if q.kind != "value" or q.value is None or q.currency is not None or q.number_start != q.start or q.start < 2:
        return
    lead = text[max(0, q.start - 20) : q.start]
    if not (_MINUS_BEFORE.search(lead) or (q.text.endswith("%") and _TICKER_MINUS.search(lead))):
        return
    if before is not None and q.start - before.end <= 4:
        return
    q.start -= 1
    q.number_start = q.start
    q.value = -q.value
    q.text = text[q.start : q.end]


_OUT_OF = re.compile(r"[ \t]+(?:out[ \t]+of|in)[ \t]+$", re.I)
_OUT_OF_WHOLES = frozenset({2, 3, 4, 5, 6, 8, 10, 20, 100, 1000})
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")


def _out_of(text: str, q: Quantity, nxt: Quantity) -> Quantity | None:
    """"About four out of 10 voters", "nine in 10 said": a part of a round whole is a share
    (round forty-five, integrator, in-sample: seed 160's usa-today F10 showed "10 voters", the
    whole as if it were the count). Only two bare whole numbers, the first the smaller, joined
    by "out of" or "in", the second a round whole (``_OUT_OF_WHOLES``: "5 in 2016" is a year);
    the share keeps the first number's qualifier ("about")."""
    if (q.kind != "value" or nxt.kind != "value" or q.value is None or nxt.value is None or q.currency or nxt.currency
            or q.unit or nxt.unit or nxt.number_start != nxt.start or not _OUT_OF.match(text[q.end : nxt.start])):
        return None
    if q.value != int(q.value) or nxt.value not in _OUT_OF_WHOLES or not 0 < q.value < nxt.value:
        return None
    if "in" in text[q.end : nxt.start].lower().split() and not (q.spelled or nxt.value in (10, 100, 1000)):
        return None  # "scored 2 in 5 minutes": "in" with two small figures only as "one in five", "3 in 10"
    refusals = lexicon.kinds(DATA / "share_whole_refusals.tsv")
    after = _WORD_AFTER.match(text, nxt.end)
    if after is not None and after.group(1).lower() in refusals.get("after", frozenset()):
        return None
    if any(w.lower() in refusals.get("before", frozenset()) for w in re.findall(r"[A-Za-z]+", text[max(0, q.start - 30) : q.start])):
        return None
    return Quantity(start=q.start, end=nxt.end, text=text[q.start : nxt.end], value=round(100 * q.value / nxt.value, 3),
                    unit="%", approx=q.approx, kind="fraction", qualifier=q.qualifier, bound=q.bound,
                    number_start=q.number_start, number_end=nxt.number_end, spelled=q.spelled)


def parse(text: str, hash_document: bool | None = None, stamps: Sequence[tuple[int, int]] = (),
          dollar_document: bool | None = None, money_document: bool | None = None) -> list[Quantity]:
    """All quantities in ``text``, in order; ranges and changes combined. ``hash_document``:
    whether the whole document writes '£' as '#' (``hash_pounds``; None: judge from ``text``).
    ``stamps``: the spans of ``text`` that are a live page's entry stamps (``analyse.stamps``,
    read on the whole document): a clock opening an entry ("1410 Officials in ...") is no
    quantity, nor one end of a range. ``dollar_document``: whether the whole document writes
    its money in dollars only (``dollar_pounds``; None: judge from ``text``). ``money_document``:
    whether the whole document writes money anywhere (``money_written``; None: judge from ``text``)."""
    # judged once here, not again at every "pounds" the text has
    dollar_document = dollar_pounds(text) if dollar_document is None else dollar_document
    money_document = money_written(text) if money_document is None else money_document
    pat = _patterns()
    raw: list[Quantity] = []
    pos = 0
    for m in pat["core"].finditer(text):
        if m.start() < pos:
            continue
        if any(a <= m.start() < b for a, b in stamps):
            continue
        q = _core_at(text, m, hash_document, dollar_document, money_document)
        if q is None:
            continue
        if raw and q.start < raw[-1].end:
            continue
        raw.append(q)
        pos = q.end
    for k, q in enumerate(raw):
        _signed(text, q, raw[k - 1] if k else None)
    # combine "40-60%", "between 3 and 5 million", "two or three percent"; mark "from X to Y"
    out: list[Quantity] = []
    i = 0
    while i < len(raw):
        q = raw[i]
        ratio = _out_of(text, q, raw[i + 1]) if i + 1 < len(raw) else None
        if ratio is not None:
            out.append(ratio)
            i += 2
            continue
        wide = _wide_range(text, raw, i)
        if wide is not None:
            out.append(wide[0])
            i = wide[1]
            continue
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        if nxt is not None:
            sep = text[q.end : nxt.start]
            # "nearly four in 10 — 38 percent —", "a bit more than half — 55 percent": a
            # spaced em dash sets a restatement off, it does not join a range's two ends
            # (census round thirty-four, PolNeAR train 301-840 and Timeline17's poll copy:
            # 2 ranges across one, both one figure restated; none a range)
            sepm = None if _ASIDE_DASH.match(sep) else _RANGE_SEP.match(sep)
            before = text[max(0, q.start - 12) : q.start].lower()
            bounded = _bounded_range(text, q, nxt, sep) if sepm else None
            bounded = bounded or _joined_bounds(text, q, nxt, sep) or _open_range(text, q, nxt)
            if bounded is not None:
                out.append(bounded)
                i += 2
                continue
            if (sepm and q.kind == "fraction" and nxt.kind == "fraction" and sep.strip().lower() in ("-", "–", "to", "or")
                    and q.value is not None and nxt.value is not None and q.value < nxt.value):
                # "one-third to half of the huts": a range of shares, not the half alone
                out.append(Quantity(
                    start=q.start, end=nxt.end, text=text[q.start : nxt.end], low=q.value, high=nxt.value, unit="%",
                    approx=q.approx or nxt.approx or sep.strip().lower() == "or", kind="range", qualifier=q.qualifier,
                    number_start=q.number_start, number_end=nxt.number_end,
                ))
                i += 2
                continue
            if sepm and q.kind in ("value",) and nxt.kind in ("value", "bound") and q.value is not None:
                word = sep.strip().lower()
                opener = _from_opener(text, q.start)
                # "ranged from 5 to 10 percent" is one range; "rose from 5 to 10 percent" a change
                is_change = word == "to" and re.search(r"\bfrom\s+$", before) and not (
                    opener is not None and opener in _range_openers()) and not _price_span(text, q, nxt)
                # read once: the range check below asks it again of the same, unchanged ``out``
                converts = word == "and" and _converts_a_range(text, out, q)
                is_between = word == "and" and (_BETWEEN_END.search(before) or converts)
                if is_change:
                    a, b = q, nxt
                    a.role, b.role = "from", "to"
                    if a.unit is None and b.unit is not None and b.unit in ("%", "pp"):
                        a.unit = b.unit
                    out.append(a)
                    out.append(b)
                    a.partner, b.partner = len(out) - 1, len(out) - 2
                    i += 2
                    continue
                # (not "raised the estimate by $7.7 billion to $40 billion": the size of a
                # change, then the level it reached; no range of 7.7-40 billion)
                if ((word in ("-", "–", "—", "to", "or") or is_between) and nxt.kind == "value" and nxt.value is not None
                        and not (word == "to" and _by_then_to(before, q))
                        and not _day_then_amount(text, q, nxt)
                        and not _net_pair(text, q, nxt)
                        and not (_score_pair(sep, q, nxt) and not _BETWEEN_END.search(before))):
                    # "US$5-6bn", "£5-6m": the currency written once before the first end and the
                    # scale once after the second are both ends' (a range $5bn-$6bn, not $5
                    # beside 6bn); only across a bare dash, the range's own typesetting
                    unit_ok = q.unit is None or q.unit == nxt.unit or (
                        q.currency is not None and q.unit == q.currency and q.scale is None and nxt.unit is None
                        and nxt.currency is None and sep in ("-", "–") and not nxt.spelled)
                    if unit_ok:
                        lo = _shared_thousands(q, nxt, word)
                        hi = nxt.value
                        # "135-150 billion": the scale written once applies to both; not to a
                        # converted range's own low end ("(840,000 and 1.7 million gallons)")
                        if q.scale is None and nxt.scale is not None and not (
                                is_between and lo is not None and lo * nxt.scale >= nxt.value and converts) and not (
                                _written_whole(q, lo, nxt)):
                            lo = scaled_value(lo, nxt.scale)
                        if lo is not None and hi is not None and lo < hi:
                            r = Quantity(
                                start=q.start, end=nxt.end, text=text[q.start : nxt.end], low=lo, high=hi,
                                unit=nxt.unit or q.unit, currency=nxt.currency or q.currency,
                                scale=nxt.scale or q.scale, approx=q.approx or word == "or", kind="range",
                                qualifier=q.qualifier, number_start=q.number_start, number_end=nxt.number_end,
                                time_unit=nxt.time_unit, currency_from=q.currency_from or nxt.currency_from,
                                currency_confidence=q.currency_confidence or nxt.currency_confidence,
                            )
                            if is_between and (bm := re.search(r"\bbetween\s+$", text[max(0, r.start - 12) : r.start], re.IGNORECASE)):
                                r.start -= len(text[max(0, r.start - 12) : r.start]) - bm.start()
                                r.text = text[r.start : r.end]
                            out.append(r)
                            i += 2
                            continue
        out.append(q)
        i += 1
    _converted_bounds(text, out)
    _converted_measure_bounds(text, out)
    # a change's partner index must survive dropping years/durations: drop first, then relink
    keep = [q for q in out if not _is_bare_year(q) or q.role]
    for q in keep:
        if q.role:
            q.partner = None
    for k, q in enumerate(keep):
        if q.role == "from" and k + 1 < len(keep) and keep[k + 1].role == "to":
            q.partner, keep[k + 1].partner = k + 1, k
    return keep

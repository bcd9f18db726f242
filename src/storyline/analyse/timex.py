"""Per-document time expressions: find them, read them, resolve them if the date is known.

Candidates are spaCy's DATE/TIME entities (trimmed to the longest part the
normaliser understands) plus a few reference words spaCy does not tag ("now",
"recently", "the future": ``data/timex_refs.txt``). Each Timex keeps its
anchor-independent reading (``reading``, a ``TimeReading``; ``tense``, ``modifier``, and
``event_relation`` for "a month after ...") so the corpus stage can re-anchor it once the document is
dated (``resolve.dating.reanchor``). ``value`` is resolved here only against a
metadata date; otherwise only anchor-free values (``2019``, ``P1M``, ``PAST_REF``)
are set.
"""

from __future__ import annotations

import functools
import re

from .. import lexicon, timenorm
from ..types import DocAnalysis, EventRelation, TimeReading, Timex
from . import stamps
from .parse import doc_text

_NOT_YEAR = "analyse/not_year.tsv"
_PERIOD_ENDED = "analyse/period_ended.txt"
_DEADLINE_VERBS = "analyse/deadline_verbs.txt"
_YEAR_PARTS = "analyse/year_parts.txt"
_SCHEDULE_ADJ = "analyse/schedule_adjectives.txt"
_EVREL = {"after": "after", "later": "after", "since": "after", "before": "before", "earlier": "before", "prior": "before"}
_PREPS = lexicon.words("prepositions.txt")
_FUTURE_AUX = lexicon.with_flag("modals.txt", "+")
_MODAL = frozenset(lexicon.flagged("modals.txt")) - _FUTURE_AUX


@functools.lru_cache(maxsize=1)
def _ref_re() -> re.Pattern:
    words = sorted(lexicon.words("analyse/timex_refs.txt"))
    words.sort(key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


# verbs whose past tense points forward ("planned for March", "postponed until Tuesday": "+"),
# and verbs whose infinitive complement lies ahead ("scheduled to meet on Friday")
_FORWARD_DATA = "analyse/forward_verbs.txt"
_FORWARD = lexicon.with_flag(_FORWARD_DATA, "+")
_FORWARD_INF = frozenset(lexicon.flagged(_FORWARD_DATA))
# "could" is as often the past of "can" ("could not be located Wednesday") as a possibility
_PAST_MODALS = frozenset({"could"})
_PAST_LIKE_PRESENT = lexicon.words("analyse/past_like_present.txt")
# readings whose direction from the document date is a choice: a weekday, "the 15th"
_DAY_KINDS = ("wd", "dom")


def tense_of(token, max_hops: int = 8, participle: bool = False) -> str | None:
    """past / present / future of the clause governing a token (None when unclear).

    Walks up from the token to the nearest verb, then reads the verb's tag and its
    auxiliaries: "will"/"shall" -> future, "is going to" -> future, a past-tense
    verb or a perfect ("has denied", "had sold") -> past, a present-tense verb -> present.
    Modals other than will/shall give None ("could decline in 2019" is not a tense cue).
    """
    verb = token
    for _ in range(max_hops + 1):
        if verb.pos_ in ("VERB", "AUX"):
            break
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ in ("aux", "auxpass"):
        auxes.append(verb)
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.children):
        return "future"
    if any(a.lower_ == "going" for a in auxes):
        return "future"
    if words & _MODAL:
        return None  # "could decline in 2019", "would have been delivered by 2011": no tense cue
    if any(a.lower_ in ("had", "has", "have", "'ve", "'d") and a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes) and verb.tag_ == "VBN":
        return "past"
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and not auxes:
        # a reduced relative ("the phone launched in May") reads as past
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    if participle and verb.tag_ == "VBG" and not auxes and verb.dep_ == "advcl" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        # a bare participle clause has the tense of the clause it hangs on ("has scored the
        # opening, laying down her vocals at the weekend": past; audit haiti V8). Only for a
        # time expression's direction: the participle itself is no dated event of its own
        return tense_of(verb.head, 0)
    return None


def _day_kind(rel: TimeReading) -> bool:
    return rel.kind in _DAY_KINDS or (rel.kind == "time" and rel.date is not None and rel.date.kind in _DAY_KINDS)


def day_direction(token, tense: str | None) -> tuple[str | None, str | None]:
    """Which way a weekday (or "the 15th") lies from the document's date, and why.

    Returns (tense to resolve with, cue). A weekday is the past one in a past-tense
    clause ("said on Monday") and the coming one where the clause looks ahead:

    * future tense ("will meet on Wednesday", "on Monday it will ..."): as read;
    * present tense: news tells a scheduled day in the present ("leaders meet on
      Thursday", "the summit, which opens on Tuesday", "the vote is expected on Friday");
    * a modal other than "could" not followed by "have" ("would visit Haiti on Friday",
      "may vote on Monday"; "would have met on Friday" and "could not be located
      Wednesday" keep no direction);
    * an infinitive under a forward-looking verb ("scheduled to meet on Friday", "is to
      travel on Tuesday", "agreed to resume talks on Monday": forward_verbs.txt), unless
      that verb is in the past perfect ("had been due to expire Friday").

    A possessive day ("Tuesday's declaration") and a present tense that may be a past
    ("hurt", "cut": past_like_present.txt) take no direction from the verb.

    Anything else keeps its tense (None: the normaliser's own default, the past one
    unless it is tomorrow). Why own rules: spaCy gives morphology, not the time a
    clause refers to; these are the cues its parse exposes.
    """
    if tense == "past":
        return tense, None
    verb = _verb_above(token, 3)
    if verb is None:
        return tense, None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = [a.lower_ for a in auxes]
    said = _said_before(token, verb, auxes)
    if said is not None:
        # "Obama said on Monday he will visit Haiti on Friday": the parser hangs "on
        # Monday" on "visit"; a day written before the clause, after a past verb above
        # it, is that verb's day
        return "past", f'before the clause, after "{said.text}"'
    if tense == "future":
        return tense, None
    if tense is None and _absolute_with(verb):
        # "announced a return to normalcy, with ... schools opening their doors on Thursday":
        # an absolute "with" clause has no tense of its own, and its day may lie either way
        return OPEN, "absolute \"with\" clause: no direction"
    if token.dep_ == "poss":
        return tense, None  # "follows Tuesday's declaration": the verb's tense is not the day's
    if tense == "present":
        if verb.tag_ == "VBP" and verb.lower_ in _PAST_LIKE_PRESENT and not auxes:
            return None, None  # "which fell 1.4% on Friday, hurt the composite": maybe a past
        return "future", "present tense: a scheduled day"
    modal = next((w for w in words if w in _MODAL and w not in _PAST_MODALS), None)
    carrier = verb
    for _ in range(2):
        # "may begin debating the bill as early as Thursday": the modal of a non-finite
        # complement's verb is the complement's ("tried to meet on Friday" has none)
        if modal is not None or carrier.dep_ != "xcomp" or carrier.tag_ not in ("VB", "VBG"):
            break
        carrier = carrier.head
        words += [c.lower_ for c in carrier.children if c.dep_ in ("aux", "auxpass")]
        modal = next((w for w in words if w in _MODAL and w not in _PAST_MODALS), None)
    if modal is not None:
        if "have" in words or "'ve" in words:
            return tense, None  # "would have met on Friday"
        return "future", f'modal "{modal}"'
    if "to" in words and verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl"):
        head = verb.head
        lemma = head.lemma_.lower()
        matrix = [head] + ([head.head] if head.dep_ in ("acomp", "xcomp", "oprd") else [])  # "had been due to"
        perfect = any(c.lower_ in ("had", "'d") for h in matrix for c in h.children if c.dep_ in ("aux", "auxpass"))
        if lemma in _FORWARD_INF and not perfect:
            # not under a past perfect: "it had been due to expire Friday" was the Friday before
            return "future", f'"to {verb.text}" under "{head.text}"'
    return tense, None


# the tense of a clause whose weekday may lie either way: the normaliser gives no value
OPEN = timenorm.OPEN_TENSE


def _absolute_with(verb) -> bool:
    """Whether ``verb`` heads (or is a conjunct of) an absolute clause: "with people going
    back to work tomorrow and schools opening their doors on Thursday" (an -ing verb under
    "with", or one with a subject of its own and no auxiliary, which the parser may hang
    on the sentence's verb). Not "Speaking on Monday, the minister said ..."."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if any(c.dep_ == "nsubj" for c in verb.children):
        return True
    v = verb
    for _ in range(4):
        if v.dep_ != "conj":
            break
        v = v.head
    return v.dep_ == "pcomp" and v.head.lower_ == "with"


def _said_before(token, verb, auxes):
    """A past-tense verb above ``verb`` written before the day, when the day stands before
    the clause's subject and auxiliaries ("said on Monday he would ..."), else None."""
    first = min([verb.i] + [a.i for a in auxes] + [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])
    if token.i >= first or any(c.dep_ == "mark" and c.i < token.i for c in verb.children):
        return None  # after the subject, or inside the clause ("said that on Friday they would")
    for anc in verb.ancestors:
        if anc.tag_ == "VBD" and anc.i < token.i:
            return anc
    return None


def _verb_above(token, max_hops: int):
    t = token
    for _ in range(max_hops + 1):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


_NAME_UNIT = re.compile(r"(?:Day|Week|Month|Year|Hour|Minute|Second|Decade|Century)s?")
_ORDINAL_UNIT = re.compile(r"\b(?:second|third|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:day|night|week|month|year)s?\b", re.IGNORECASE)


def _best_part(text: str) -> tuple[int, int, timenorm.Reading] | None:
    """The longest token-aligned part of ``text`` the normaliser can read (start, end offsets).

    Leading prepositions are left out of the extent, as TimeML does ("in 2019" -> "2019").
    """
    toks = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    while len(toks) > 1 and text[toks[0][0]:toks[0][1]].lower() in _PREPS:
        toks = toks[1:]
    if not toks:
        return None
    r = timenorm.read(text[toks[0][0]:toks[-1][1]])
    if r is not None:
        return toks[0][0], toks[-1][1], r
    if _ORDINAL_UNIT.search(text):
        # "the second day of an offensive", "the eighth day": which day it is counts from an
        # event, and no part of it is a time of its own ("the second" is no second, "day" no P1D)
        return None
    n = len(toks)
    for length in range(n - 1, 0, -1):
        for i in range(0, n - length + 1):
            s, e = toks[i][0], toks[i + length - 1][1]
            part = text[s:e]
            r = timenorm.read(part)
            if r is not None:
                return s, e, r
    return None


@functools.lru_cache(maxsize=1)
def _not_year_words() -> dict[str, frozenset[str]]:
    return lexicon.kinds(_NOT_YEAR)


@functools.lru_cache(maxsize=1)
def _zone_after() -> re.Pattern:
    """A time zone of timenorm.json right after a number ("1800 GMT", "0600 UK time",
    "0600 local time"): after a valid HHMM it makes it a clock. Any case: a clock read
    here only keeps a number from being a year."""
    return re.compile(rf" ?(?:{timenorm.zones_re()})\b")


_PAIRED_CLOCK = re.compile(r" ?\((\d{2})(\d{2})")


def _paired_clock(text: str, at: int) -> bool:
    """Does a parenthesis at ``at`` give a valid HHMM clock in a time zone of timenorm.json
    ("1100 (1600 GMT)")? Then the number before it is the same time told locally, no year."""
    m = _PAIRED_CLOCK.match(text, at)
    return (m is not None and int(m.group(1)) <= 23 and int(m.group(2)) <= 59
            and _zone_after().match(text[m.end() : m.end() + 20].lower()) is not None)


_BARE_YEAR = re.compile(r"(?:the\s+)?(\d{4})", re.IGNORECASE)
_CHAIN = {"and", "or", ",", "&", "to", "-", "\u2013", "through"}
_PLAIN_DET = {"the", "this", "that", "its", "his", "her", "their", "our", "my", "your", "'s", "a"}


def _own_reason(sdoc, tok, anchor_year: int | None) -> str | None:
    """Why the four-digit number ``tok`` is not a year, looking at its neighbours only."""
    words = _not_year_words()
    text = doc_text(sdoc)
    m = re.match(r"\d{4}", tok.text)
    if m is None:
        return None
    y = int(m.group(0))
    after = text[tok.idx + 4 : tok.idx + 6]
    if re.match(r"/\d", after) or (re.match(r"-\d", after) and not re.match(r"-\d{2}", text[tok.idx + 4 : tok.idx + 7])):
        return "name"  # "Law 2011/45", "Mirage 2000-5"
    i = tok.i
    p = sdoc[i - 1] if i > 0 and sdoc[i - 1].sent.start == tok.sent.start else None
    n = sdoc[i + 1] if i + 1 < len(sdoc) and tok.text == m.group(0) else None
    n2 = sdoc[i + 2] if n is not None and i + 2 < len(sdoc) else None
    if p is not None and (p.lower_ in words["currency"] or text[max(0, tok.idx - 1) : tok.idx] in ("$", "\u00a3", "\u20ac", "\u00a5")):
        return "price"
    if n is not None and y // 100 <= 23 and y % 100 <= 59 and (
            n.lower_ in words["after_clock"]
            or _zone_after().match(text[tok.idx + 4 : tok.idx + 24].lower())):
        return "clock"  # "1800 GMT", "0600 local time", "0600 UK time", "1800 hours"
    if y // 100 <= 23 and y % 100 <= 59 and _paired_clock(text, tok.idx + 4):
        return "clock"  # "by 1100 (1600 GMT)": a local clock with the same time in a zone beside it
    if n is not None and n2 is not None and n.text[:1].isupper() and n2.lower_ in words["after_street"]:
        return "address"
    # "resolutions 1970 and 1973": the noun before the chain of numbers names them
    j = i - 1
    while j >= tok.sent.start and (sdoc[j].lower_ in _CHAIN or re.fullmatch(r"\d{3,4}", sdoc[j].text)):
        j -= 1
    if j >= tok.sent.start and sdoc[j].lower_ in words["before_name"]:
        return "name"
    lower_p = p.lower_ if p is not None else ""
    cue = lower_p in words["date_cue"] or lower_p in timenorm.lexicon()["months"] or (n is not None and n.lower_ in words["era"])
    if not cue:
        before = " ".join(t.lower_ for t in sdoc[max(tok.sent.start, i - 3) : i])
        if any(before == c or before.endswith(" " + c) for c in words["count_cue"]):
            return "count"  # "about 2000", "at least 1500"
        if (n is not None and n.tag_ == "NNS" and n.lower_ not in words["year_noun"] and n.lower_ not in timenorm.lexicon()["units"]
                and lower_p not in _PLAIN_DET):
            return "count"  # "2000 people", but "the 2011 elections", "in 2000 people"
        if (p is not None and p.is_alpha and p.text[:1].isupper() and p.i > tok.sent.start
                and lower_p not in words["date_name"] and lower_p not in timenorm.lexicon()["months"]
                and lower_p not in timenorm.lexicon()["weekdays"]):
            return "name"  # "Windows 2000", "Mirage 2000", "Boeing 7478"
        lo, hi = (1900, 2100) if anchor_year is None else (anchor_year - 100, anchor_year + 100)
        if not lo <= y <= hi:
            return "far"  # a year far from the story's time needs a cue ("in 1969")
    return None


def not_a_year(sdoc, start: int, end: int, anchor: str | None = None) -> str | None:
    """Why the expression at [start, end) is a number rather than a year, or None.

    Only bare four-digit numbers are judged ("2000", "the 1973"); a number is a year
    only in a date context. Counts ("between 1000 and 2000 people", "about 2000"),
    clock times ("1800 GMT"), names and legal numbers ("Mirage 2000-5", "Windows
    2000", "resolutions 1970 and 1973", "Law 2011/45"), addresses and prices are not;
    a year far from the story's time (100 years from the document date, or outside
    1900-2100 without one) needs a cue ("in 1969", "1066 AD"). Numbers chained with it
    ("between 1000 and 2000", "1800-1900") share its fate. Word lists:
    ``data/not_year.tsv``. Why own rules: spaCy's DATE label has no such notion, and
    the rules must abstain in the cases it mislabels.
    """
    text = doc_text(sdoc)[start:end]
    m = _BARE_YEAR.fullmatch(text.strip())
    if m is None:
        return None
    s = start + text.index(m.group(1))
    if stamps.in_stamp(doc_text(sdoc), s, s + 4):
        return "clock"  # a live page's entry stamp ("2050 The mayor says ..."): analyse.stamps
    span = sdoc.char_span(s, s + 4, alignment_mode="expand")
    if span is None:
        return None
    tok = next((t for t in span if t.text[:4] == m.group(1)), None)
    if tok is None:
        return None
    anchor_year = int(anchor[:4]) if anchor and anchor[:4].isdigit() else None
    reason = _own_reason(sdoc, tok, anchor_year)
    if reason:
        return reason
    # partners: "between 1000 and 2000", "1800 to 1900 troops"
    sent = tok.sent
    for step in (-1, 1):
        k = tok.i + step
        while sent.start <= k < sent.end and sdoc[k].lower_ in _CHAIN:
            k += step
        if k != tok.i + step and sent.start <= k < sent.end and re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{1,3}", sdoc[k].text):
            return "count"  # "between 500 and 2000"
        if k != tok.i + step and sent.start <= k < sent.end and re.fullmatch(r"\d{4}", sdoc[k].text):
            r = _own_reason(sdoc, sdoc[k], anchor_year)
            if r in ("count", "far", "clock", "price", "name"):
                return r
    return None


_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[- ]?)?$", re.IGNORECASE)
_UNTIL = frozenset({"until", "till", "through", "thru"})
DEADLINE_AHEAD = 4  # months: how far ahead an "until <month>" in a past clause may still lie


def _deadline_ahead(span, rel: TimeReading, anchor: str | None) -> bool:
    """Whether a month (or a month and day) after "until"/"through" in a past-tense clause is
    the coming one: a deadline or an extension given ("gave Merieux until mid-November",
    "has extended loans through January"), when that month lies at most ``DEADLINE_AHEAD``
    months after the document's. The past one would have the clause report a stretch that
    ended most of a year before, without a year; "lasted until March" written in May keeps
    the past March (it is behind the anchor)."""
    a = timenorm.parse_anchor(anchor)
    if rel.kind == "time" and rel.date is not None:
        rel = rel.date  # "until 9 a.m. Tuesday": the clock's day
    if a is None or a.month is None:
        return False
    if rel.kind == "wd":
        pass  # "gave them until Tuesday": the coming Tuesday, within the week
    elif rel.kind not in ("month", "md") or rel.month is None:
        return False
    else:
        ahead = (rel.month - a.month) % 12
        if rel.kind == "md" and ahead == 0:
            ahead = 1 if a.day is not None and rel.day is not None and rel.day > a.day else 0
        if not 0 < ahead <= DEADLINE_AHEAD:
            return False
    root = span.root
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None and span.start > 0:
        prep = span.doc[span.start - 1]
    if prep is None or prep.lower_ not in _UNTIL:
        return False
    verb = _verb_above(prep, 3)
    return verb is not None and verb.lemma_.lower() in lexicon.words(_DEADLINE_VERBS)


_LIKE_BEFORE = re.compile(r"\b(?:like|as)\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
# a counted span of life right before "old": "41 years old", "six months old" is an age
_AGE_AFTER = re.compile(r"^\s+old\b", re.IGNORECASE)


def _scheduled(text: str, s: int, rel: TimeReading) -> bool:
    """A month and day right after "payable", "effective", "due" (analyse/data/schedule_adjectives.txt):
    the date of a schedule, whose year the tense of the verb above does not tell."""
    if rel.kind != "md" or rel.direction is not None:
        return False
    m = _WORD_BEFORE.search(text[max(0, s - 20) : s])
    return m is not None and m.group(1).lower() in lexicon.words(_SCHEDULE_ADJ)
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\n]\s*|[\"'`\u201c\u2018(\[]\s*)$")
_AFTER_YEAR = re.compile(r"^\s+(?:before|after|earlier|later|ago|prior)\b", re.IGNORECASE)
_OF_BEFORE = re.compile(r"(\w+)\s+of\s+$", re.IGNORECASE)


def _at_sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence or a quotation (after ". ", a colon, a quote mark)."""
    return bool(_SENTENCE_OPEN.search(text[max(0, start - 4) : start]))


def _in_a_title(text: str, start: int) -> bool:
    """Whether the capitalised word at ``start`` continues a run of capitalised words that is
    no sentence's opening: "Do They Know It's Christmas", "Dogs Today Magazine"."""
    if _at_sentence_start(text, start):
        return False
    words = re.findall(r"[A-Za-z]+(?:['\u2019][a-z]+)?", text[max(0, start - 30) : start])
    return bool(words) and words[-1][:1].isupper() and words[-1] not in ("I",) and not (len(words) == 1 and start < 30)


_UNIT_WORD = re.compile(r"(?<=\S\s)(?:Seconds?|Minutes?|Hours?|Days?|Weeks?|Months?|Years?|Decades?)\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")


def _titled_unit(text: str, s: int, e: int, sentence: tuple[int, int] | None) -> bool:
    """Whether a unit word inside the expression is capitalised in a sentence of ordinary
    case: the title of a show or a book ("a TV show called 90 Minutes", "the Sunday programme This Week"),
    no length of time. A headline in title case ("Talks Last 12 Hours") says nothing."""
    if not _UNIT_WORD.search(text[s:e]):
        return False
    a, b = sentence if sentence is not None else (max(0, s - 200), min(len(text), e + 200))
    words = _WORD.findall(text[a:b])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) < 0.65


def _year_fallback_holds(text: str, start: int, end: int) -> bool:
    """Whether "the year" may be the document's year when no year was named before: not
    before "before/earlier/ago" ("from the year before"), and after "of" only when a part of
    a year precedes it ("the end of the year", not "campaign of the year awards")."""
    if _AFTER_YEAR.match(text[end : end + 12]):
        return False
    m = _OF_BEFORE.search(text[max(0, start - 24) : start])
    return m is None or m.group(1).lower() in lexicon.words(_YEAR_PARTS)


def _names_a_thing(sdoc, start: int, end: int) -> bool:
    """Whether the expression at [start, end) modifies a noun after it ("Easter Island",
    "a Thanksgiving dinner", "Christmas shopping"): it names a kind of thing, not a day."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN"):
        return True
    nxt = sdoc[span.end] if span.end < len(sdoc) else None
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.text[:1].isalpha()


def _anchor(analysis: DocAnalysis) -> str | None:
    pub = analysis.document.published
    if pub is not None and pub.value and not pub.estimated:
        return pub.value
    return None


def make_timex(text: str, start: int, end: int, reading: timenorm.Reading, tense: str | None, anchor: str | None,
               evrel: EventRelation | None = None, day_cue: str | None = None) -> Timex:
    value, gran, anchored = timenorm.resolve_anchored(reading.rel, anchor, tense)
    return Timex(
        start=start,
        end=end,
        text=text[start:end],
        type=reading.type,
        value=value,
        granularity=gran,
        anchored=anchored,
        reading=reading.rel,
        tense=tense,
        modifier=reading.mod or None,
        event_relation=evrel or None,
        day_cue=day_cue or None,  # why a weekday was taken forward (day_direction)
    )


def _present_era(sdoc, start: int, end: int) -> bool:
    """ "today's" owning a noun of the present age (analyse/data/present_era_nouns.txt):
    "today's generation", "by today's standards"; not "today's meeting of world leaders"."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(sdoc) or sdoc[span.end].lower_ not in ("'s", "\u2019s"):
        return False
    owned = span.root.head
    return owned.i > span.end and owned.lower_ in lexicon.words("analyse/present_era_nouns.txt")


def _no_time(sdoc, text: str, s: int, e: int, reading: timenorm.Reading, sentence: tuple[int, int] | None) -> str | None:
    """Why a readable expression is no time of the story ("skip"; "taken" when no later
    candidate may read its words either), or None when it is one."""
    rel = reading.rel
    if rel.kind == "decade2" and _AGE_BEFORE.search(text[max(0, s - 20) : s]):
        return "skip"  # "in his 30s", "in her late twenties": an age, not the 1930s
    if reading.type == "DURATION" and re.fullmatch(r"P\d+[YMWD]", rel.value or "") and _AGE_AFTER.match(text[e : e + 8]):
        return "taken"  # "Jane Roe, 41 years old": an age, no time of the story (TimeBank tags none of its ages)
    if rel.kind == "hol" and (_names_a_thing(sdoc, s, e) or (text[s:s + 1].isupper() and _in_a_title(text, s))
                              or _LIKE_BEFORE.search(text[max(0, s - 6) : s])):
        return "skip"  # "Easter Island", "a Thanksgiving dinner", "Do They Know It's Christmas", "like New Year's Eve"
    if rel.kind in ("dur", "off") and _titled_unit(text, s, e, sentence):
        return "taken"  # "the show 90 Minutes", "the programme This Week": a title
    if text[s:e].lower() == "today" and _present_era(sdoc, s, e):
        return "taken"  # "today's generation", "by today's standards": the present age, no day
    if text[s:s + 1].isupper() and rel.kind == "off" and rel.unit == "day" and _in_a_title(text, s):
        return "skip"  # "Dogs Today Magazine", "USA Today": a capitalised day word inside a name
    if _named_day(text, s, e):
        return "taken"  # "Black Friday pricing", "Super Tuesday": a day's name, not the nearest weekday
    return None


_NAME_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


def _named_day(text: str, s: int, e: int) -> bool:
    """Is the weekday at ``text[s:e]`` (alone: no "last"/"next" taken with it) the second word of
    a day's name, a capitalised word of data/named_day_words.txt right before it ("Black Friday",
    "Cyber Monday")? Round fifty-seven, seed 172 F6: "Black Friday pricing on thermostats from
    $139" in a Monday's deals post dated the price to the Friday before. Regular expressions:
    the name is two adjacent capitalised words."""
    if text[s:e].lower() not in timenorm.lexicon()["weekdays"]:
        return False
    m = _NAME_WORD_BEFORE.search(text, max(0, s - 20), s)
    return m is not None and m.group(1).lower() in lexicon.words("analyse/named_day_words.txt")


def extract(sdoc, analysis: DocAnalysis) -> list[Timex]:
    text = sdoc.text
    anchor = _anchor(analysis)
    found: list[Timex] = []
    taken: list[tuple[int, int]] = []
    heading_spans = [(s.start, s.end) for s in analysis.sentences if s.heading]
    sent_spans = [(s.start, s.end) for s in analysis.sentences]

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    # spaCy's entities first (sorted), then the reference words where nothing was found
    # 24-hour clocks with their zone first ("1800 GMT on Saturday"): spaCy reads "1800" as a year
    cands: list[tuple[int, int]] = [(m.start(), m.end()) for m in _milclock_re().finditer(text)]
    # named holidays, before spaCy's entities: it tags them as an EVENT, not at all, or only in
    # part ("Sunday" of "Easter Sunday")
    cands += [(m.start(), m.end()) for m in _holiday_re().finditer(text)]
    # earnings copy's periods, which spaCy cuts to the year or leaves out: "the 1988 quarter",
    # "the latest period"
    cands += [(m.start(), m.end()) for m in _PERIOD.finditer(text)]
    # what spaCy's small model leaves untagged or takes in a longer span: "every day", "the
    # fiscal second-quarter", "the year" before "ended June 30" (its date is found apart)
    cands += [(m.start(), m.end()) for m in _UNTAGGED.finditer(text)]
    cands += sorted((e.start_char, e.end_char) for e in sdoc.ents if e.label_ in ("DATE", "TIME"))
    cands += [(m.start(), m.end()) for m in _ref_re().finditer(text)]
    # explicit dates spaCy's small model sometimes misses ("Sept. 30", "Aug. 12, 1989")
    cands += [(m.start(), m.end()) for m in _explicit_re().finditer(text)]
    # plain day words, weekdays, "last month" and years spaCy's small model sometimes leaves
    # untagged; every bare year still goes through not_a_year
    cands += [(m.start(), m.end()) for m in _plain_re().finditer(text)]
    for cs, ce in cands:
        if not free(cs, ce):
            continue
        part = _best_part(text[cs:ce])
        if part is None:
            continue
        s, e, reading = cs + part[0], cs + part[1], part[2]
        if reading.rel.kind == "dur" and _NAME_UNIT.fullmatch(text[s:e]) and not _at_sentence_start(text, s):
            continue  # "Election Day", "Day" of a name: a unit capitalised inside a sentence is no duration
        if reading.rel.granularity == "year" and not_a_year(sdoc, s, e, anchor):
            continue  # "1800 GMT", "resolution 1973", "between 1000 and 2000 people"
        s, e, reading = _widen(text, s, e, reading)
        reading = _period_ended(text, e, reading)
        skip = _no_time(sdoc, text, s, e, reading, next(((a, b) for a, b in sent_spans if a <= s < b), None))
        if skip:
            if skip == "taken":
                taken.append((s, e))  # nor read by a later candidate
            continue
        no_year = (reading.rel.kind == "unknown" and reading.rel.unit == "year" and reading.rel.fallback is not None
                   and not _year_fallback_holds(text, s, e))
        if no_year:
            reading.rel.fallback = None  # "from the year before", "campaign of the year awards": not the document's year
        if not free(s, e):
            continue
        # a leading "the"/"a" of a duration is part of the TimeML extent; leading prepositions are not
        if not text[s:e].strip():
            continue
        span = sdoc.char_span(s, e, alignment_mode="expand")
        tense = None
        evrel: EventRelation | None = None
        day_cue = None
        if span is not None:
            in_heading = any(a <= s < b for a, b in heading_spans)
            # a verb far above the expression ("authorized a split, payable Dec. 7") says nothing of it
            tense = None if in_heading else tense_of(span.root, max_hops=3, participle=True)
            gov = _verb_above(span.root, 3)
            if tense == "past" and gov is not None and gov.lemma_.lower() in _FORWARD:
                tense = "future"  # "planned a march on Saturday", "postponed until Tuesday"
            elif tense == "past" and _deadline_ahead(span, reading.rel, anchor):
                tense = "future"  # "gave Merieux until mid-November", "extended loans through January"
            if tense is not None and _scheduled(text, s, reading.rel):
                tense = None  # "approved a payout, payable Jan. 9": the paying is not told in the past
            if not in_heading and _day_kind(reading.rel):
                tense, cue = day_direction(span.root, tense)
                if cue:
                    day_cue = cue
            nxt = sdoc[span.end] if span.end < len(sdoc) else None
            if nxt is not None and nxt.lower_ in _EVREL and reading.rel.kind == "dur":
                evrel = EventRelation(duration=reading.rel.value, direction=_EVREL[nxt.lower_], signal=[nxt.idx, nxt.idx + len(nxt.text)])
        found.append(make_timex(text, s, e, reading, tense, anchor, evrel, day_cue))
        if no_year:
            found[-1].tense = timenorm.NO_ANCHOR_TENSE  # nor the year of a date named before (resolve_against_previous)
        taken.append((s, e))
    for m in _spelled_year_re().finditer(text):
        s, e = m.start(1), m.end(1)
        year = timenorm.spelled_year(text[s:e])
        if year is None or not free(s, e):
            continue
        span = sdoc.char_span(s, e, alignment_mode="expand")
        nxt = sdoc[span.end] if span is not None and span.end < len(sdoc) else None
        if span is None or (nxt is not None and nxt.pos_ in ("NOUN", "NUM", "ADJ")):
            continue  # "in nineteen ninety-six cases": a count
        reading = timenorm.Reading("DATE", TimeReading(kind="abs", value=f"{year:04d}", granularity="year"))
        found.append(make_timex(text, s, e, reading, None, anchor))
        taken.append((s, e))
    found.sort(key=lambda t: t.start)
    clocks_on_their_day(found, text, anchor)
    overnight_of_another_day(found, [(x.start, x.end) for x in analysis.sentences], anchor, text)
    relative_days(found, text, anchor)
    resolve_against_previous(found, text)
    return found


_OTHER_DAY = "analyse/other_day_cues.tsv"


@functools.lru_cache(maxsize=1)
def other_day_re() -> re.Pattern[str]:
    """A day told relative to another day of the text ("the day after", "the next morning",
    "the following day": ``data/other_day_cues.tsv``); groups ``pre``/``post`` hold the
    word that moves the day, ``noun`` and ``noun2`` the day noun."""
    cues = lexicon.kinds(_OTHER_DAY)

    def alt(kind: str) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(cues.get(kind, ()), key=len, reverse=True))

    day = alt("day")
    return re.compile(rf"\b(?:(?P<pre>{alt('before')})\s+(?P<noun>{day})|(?:the|that)\s+(?P<noun2>{day})\s+(?P<post>{alt('after')}))\b", re.I)


# a stretch or a bound, not a day: "over the following day", "by the next morning"
_STRETCH_BEFORE = re.compile(r"\b(?:within|in|over|for|during|throughout|by|until|till|through|from|since)\s+$", re.IGNORECASE)
# "the day after" / "the day before" ends its phrase; "the day after the quake" is a
# happening's day, "the day before last" another phrase
_PHRASE_END = re.compile(r"\s*(?:$|[.,;:!?)\]\"'\u201d\u2019\u2014\n-])")
_OR_SO = re.compile(r"\s+or\b", re.IGNORECASE)


def relative_days(found: list[Timex], text: str, anchor: str | None) -> None:
    """Read a day told relative to another day of the text ("troops fled the day after",
    "the next morning", "the following day", "the previous night": ``other_day_re``) as one
    day on from (or back from) the day named before it (``evrel``, P1D), in place of what
    the reader made of its words ("the day" of "the day after" read as that same day,
    "morning" as the report's morning, "the next day" as a duration, "the following day"
    not read). Its value is set by ``resolve_against_previous`` only where exactly one day
    is named before it in its paragraph (``_one_day_before``). Left alone: a plural
    ("the following days"), a stretch or a bound ("over the next day or two", "by the
    next morning"), "the day after <a happening>", and a phrase in apposition to a named
    day ("On 13 March, the day after, ..."; "the next day, Tuesday,": that day dates it).
    Written here: no time tagger installed here reads these phrases against the
    narrative's day."""
    back = lexicon.kinds(_OTHER_DAY).get("back", frozenset())
    for m in other_day_re().finditer(text):
        s, e = m.start(), m.end()
        noun = (m.group("noun") or m.group("noun2") or "").lower()
        if noun.endswith("s"):
            continue  # "the following days": a stretch
        if _STRETCH_BEFORE.search(text[max(0, s - 14) : s]) or _OR_SO.match(text, e):
            continue
        if m.group("post") and not _PHRASE_END.match(text, e):
            continue
        if any((t.end <= s and text[t.end : s].strip() in (",", "")) or (e <= t.start and text[e : t.start].strip() in (",", ""))
               for t in found if not (t.start < e and s < t.end)):
            continue  # in apposition to a named day: that day
        if any(t.start < e and s < t.end and (t.start < s or t.end > e) for t in found):
            continue  # an expression reaching beyond the phrase ("the next day's 9 a.m. session")
        cue = " ".join((m.group("pre") or m.group("post")).lower().split())
        reading = timenorm.Reading("DATE", TimeReading(kind="evrel", duration="P1D", direction="before" if cue in back else "after", unit="day"))
        found[:] = [t for t in found if not (t.start < e and s < t.end)]
        found.append(make_timex(text, s, e, reading, None, anchor))
        found.sort(key=lambda t: t.start)


_DAY_COUNT = re.compile(r"P\d+D")
_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)
_THAN_BEFORE = re.compile(r"\bthan\s+$", re.IGNORECASE)
DAY_REACH = 400  # characters between a relative day and the day it is told from, in one paragraph


def _shift_from_day_before(timexes: list[Timex], i: int, text: str | None) -> bool:
    """Value a relative day ("the day after", "two days later") from the one day named
    before it in its paragraph (``_one_day_before``), or from the day named right after
    its "before"/"after" ("2 days before June 5": ``_day_after_signal``), else leave it
    without one; False where timex ``i`` is no count of days."""
    tx, rel = timexes[i], timexes[i].reading
    if rel is None or not _DAY_COUNT.fullmatch(rel.duration or ""):
        return False
    if text is not None and (_THAN_AFTER.match(text, tx.end) or _THAN_BEFORE.search(text[max(0, tx.start - 6) : tx.start])):
        return True  # a comparison, not a day: "a day later than scheduled", "less than the day before"
    j = _day_after_signal(timexes, i, text)
    if j is None:
        j = _one_day_before(timexes, i, text)
    elif j < 0:
        return True  # "2 days before the day after": what it counts from names no day
    base = timexes[j].value if j is not None else None
    v, _ = timenorm.shift(base[:10], rel.duration or "", rel.direction or "") if base else (None, None)
    if v:
        tx.value, tx.granularity, tx.previous = v, "day", j
    return True


# a count's span ends on "before"/"after" only (timenorm's "ago" reading); "prior to" is no timex's end
_ENDS_ON_SIGNAL = re.compile(r"\b(?:before|after)$", re.IGNORECASE)
_SIGNAL_GAP = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)


def _day_after_signal(timexes: list[Timex], i: int, text: str | None) -> int | None:
    """ "2 days before June 5": a count of days whose span ends on its "before"/"after"
    with an expression right after it counts from that expression, not from a day named
    earlier in the paragraph. Its index where it names a day, -1 where it names none (no
    value then), None where nothing follows the signal."""
    tx = timexes[i]
    nxt = timexes[i + 1] if i + 1 < len(timexes) else None
    if text is None or nxt is None or not _ENDS_ON_SIGNAL.search(tx.text) or not _SIGNAL_GAP.fullmatch(text[tx.end : nxt.start]):
        return None
    return i + 1 if nxt.value and timenorm.DAY_VALUE.match(nxt.value) else -1


def _one_day_before(timexes: list[Timex], i: int, text: str | None) -> int | None:
    """The expression that names the one day a relative day ("the day after", "two days
    later") is told from: the nearest one naming a day before it in its paragraph (within
    ``DAY_REACH`` characters), and only when every expression naming a day there names that
    same day; else None (no day in reach, or two: which one is unsaid). A bare clock gives
    no day of its own (the report's day is not the text's), and a day not yet resolved
    (no document date) abstains."""
    if text is None:
        return None
    tx = timexes[i]
    para = text.rfind("\n\n", 0, tx.start)
    days: set[str | None] = set()
    clocks: list[str | None] = []
    last = None
    for j in range(i):
        t = timexes[j]
        if t.end > tx.start or t.start <= para or tx.start - t.end > DAY_REACH or t.reading is None or t.type not in ("DATE", "TIME"):
            continue
        rel = t.reading
        if rel.kind in ("dur", "set", "ref"):
            continue
        gran = t.granularity or timenorm._gran_of(rel)
        if gran not in ("day", "time"):
            continue
        day = t.value[:10] if t.value and timenorm.DAY_VALUE.match(t.value) else None
        if rel.kind == "time" and rel.date == _NO_DAY:
            clocks.append(day)  # a bare clock: a day only where another expression names it
            continue
        days.add(day)
        last = j
    days.update(c if c in days else None for c in clocks)
    if len(days) != 1 or None in days:
        return None
    return last


_THE_PART_OF_DAY = re.compile(r"(?:the )?(?:morning|afternoon|evening|night)", re.IGNORECASE)


def overnight_of_another_day(found: list[Timex], sentences: list[tuple[int, int]], anchor: str | None, text: str) -> None:
    """A bare "overnight" is the night before the day its sentence tells of; that day is the
    publication day only when the sentence names no other one. "on Monday it was the turn of
    Burke, who had flown in overnight" (audit haiti V14) is not the night of the publication
    day: abstain (no value) rather than guess which night it was. "the afternoon" (not "this
    afternoon") points back to a day the text told of before ("Tuesday began with ... James
    spent the afternoon", audit haiti V16), never by itself to the publication day: abstain
    too, unless a day stands beside it (clocks_on_their_day, run before, gave it that day).
    The tense NO_ANCHOR_TENSE keeps them unvalued when the story stage re-anchors the
    document on a date it found later."""
    for tx in found:
        rel = tx.reading
        if rel is None or rel.kind != "time":
            continue
        if (rel.date == _NO_DAY and _THE_PART_OF_DAY.fullmatch(tx.text)
                and (tx.text[:4].lower() == "the " or text[max(0, tx.start - 4):tx.start].lower() == "the ")):
            tx.value, tx.granularity, tx.anchored, tx.tense = None, None, False, timenorm.NO_ANCHOR_TENSE
            continue
        if tx.text.lower() != "overnight":
            continue
        sent = next(((a, b) for a, b in sentences if a <= tx.start < b), None)
        if sent is None:
            continue
        if any(o is not tx and sent[0] <= o.start < sent[1] and o.type == "DATE" and o.reading is not None
               and _names_another_day(o.reading) for o in found):
            tx.value, tx.granularity, tx.anchored, tx.tense = None, None, False, timenorm.NO_ANCHOR_TENSE


def _names_another_day(rel: TimeReading) -> bool:
    """A reading of one named day other than "today": "Monday", "25 January", "yesterday"."""
    if rel.kind in ("wd", "md", "dom", "hol"):
        return True
    if rel.kind == "abs":
        return rel.granularity == "day"
    return rel.kind == "off" and rel.unit == "day" and bool(rel.offset)


CLOCK_REACH = 40  # characters between a bare clock and the day or the "daily" it belongs to
_CLAUSE_END = re.compile(r"[.;!?\n]")
_NO_DAY = TimeReading(kind="off", unit="day", offset=0)


@functools.lru_cache(maxsize=1)
def _daily_re() -> re.Pattern:
    """The set words of a day or less ("daily", "every day", "nightly"; not "per day", a rate)."""
    words = [w for w, v in timenorm.lexicon()["set_words"].items() if v in ("P1D", "PT1H") and not w.startswith("per ")]
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b", re.IGNORECASE)


def clocks_on_their_day(timexes: list[Timex], text: str, anchor: str | None) -> None:
    """A clock with no day words of its own ("at 0910 local time") is on the day its
    phrase names ("... (1410 GMT) on Monday", "on 18 January at 2200 GMT"), not the
    document's; after "daily" or "every day" it is a recurring time (a SET, no day).
    TimeML reads it so; the normaliser alone would give it the document's day.
    Only a day-precise date within ``CLOCK_REACH`` characters of the same clause counts."""
    for i, tx in enumerate(timexes):
        rel = tx.reading
        if tx.type != "TIME" or rel is None or rel.kind != "time" or rel.date != _NO_DAY:
            continue
        before = text[max(0, tx.start - CLOCK_REACH) : tx.start]
        before = _CLAUSE_END.split(before)[-1]
        if _daily_re().search(before):
            # "broadcasting daily in Creole at 0910": spaCy does not always tag "daily"
            tx.type, tx.value, tx.granularity, tx.anchored, tx.reading = "SET", None, None, False, None
            continue
        best: tuple[int, Timex, TimeReading | None] | None = None
        for j, other in enumerate(timexes):
            if j == i or other.reading is None:
                continue
            gap = text[other.end : tx.start] if other.end <= tx.start else text[tx.end : other.start]
            if len(gap) > CLOCK_REACH or _CLAUSE_END.search(gap):
                continue
            if other.type == "SET" and other.end <= tx.start:
                best = (-1, other, None)  # "daily ... at 0910": a recurring time wins
                break
            orel = other.reading.date if other.reading.kind == "time" else other.reading
            if other.type in ("DATE", "TIME") and orel is not None and orel != _NO_DAY and _day_kind(orel):
                if best is None or len(gap) < best[0]:
                    best = (len(gap), other, orel)
        if best is None:
            continue
        _, day, day_rel = best
        if day_rel is None:
            tx.type, tx.value, tx.granularity, tx.anchored, tx.reading = "SET", None, None, False, None
            continue
        new = TimeReading(kind="time", date=day_rel, clock=rel.clock)
        tx.reading = new
        tx.tense = day.tense
        tx.value, tx.granularity, tx.anchored = timenorm.resolve_anchored(new, anchor, day.tense)


_QUARTER_WORD = re.compile(r"\bquarter\b", re.IGNORECASE)
_PREV_GRAN = {"year": ("year", "half", "quarter", "season", "month", "week", "day"), "quarter": ("quarter",), "month": ("month", "day"), "week": ("week", "day"), "day": ("day",)}


@functools.lru_cache(maxsize=1)
def _bound_re() -> re.Pattern:
    cues = sorted((w.strip().lower() for w in lexicon.lines("analyse/event_date_bounds.txt")), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\s+(?:the\s+)?(?:end\s+of\s+)?$", re.IGNORECASE)


def _a_bound(text: str | None, tx: Timex) -> bool:
    """A year given as a bound or a horizon ("by 2030 it plans to ...", "since 1980";
    analyse/data/event_date_bounds.txt): not the year a later "the year" is about."""
    return text is not None and bool(_bound_re().search(text[max(0, tx.start - 20) : tx.start]))


_ENDED = re.compile(r"\s+(?:ended|ending)\s+$", re.IGNORECASE)


def _quarter_ended(timexes: list[Timex], i: int, text: str | None) -> bool:
    """ "the quarter ended Sept. 30": the calendar quarter that holds most of the three months
    ending on the date that follows (July 31: May to July, the second), set on timex ``i``.
    Only where the text named no quarter before: TimeML numbers a company's fiscal quarters
    as it names them ("the fiscal first quarter ... the quarter ended Aug. 31" is Q1)."""
    tx = timexes[i]
    nxt = timexes[i + 1] if i + 1 < len(timexes) else None
    if text is None or nxt is None or nxt.granularity != "day" or not nxt.value or not _ENDED.fullmatch(text[tx.end : nxt.start]):
        return False
    year, month = int(nxt.value[:4]), int(nxt.value[5:7])
    middle = month - 1 if month > 1 else 12  # the middle one of the three months
    year = year if month > 1 else year - 1
    tx.value, tx.granularity, tx.previous = f"{year:04d}-Q{(middle - 1) // 3 + 1}", "quarter", i + 1
    return True


def resolve_against_previous(timexes: list[Timex], text: str | None = None) -> None:
    """TimeML reading of "the quarter", "a year earlier": relative to the last date mentioned.

    Only fills ``value`` where nothing else did (``previous`` records which timex);
    the event stage still prefers the event a "... after <event>" names. With the
    document's ``text``, "the year" passes over a year given as a bound ("by 2030").
    """
    from .. import timenorm

    year_back: set[int] = set()  # the timexes read as "the same period a year back"
    for i, tx in enumerate(timexes):
        rel = tx.reading
        if rel is None:
            continue
        k = rel.kind
        if k == "ago" and rel.unit == "year" and rel.offset == -1 and i > 0:
            # "profit rose in the third quarter from $5 a year ago": the same quarter a year
            # back. The period is the last one named in the paragraph before it; a second "a
            # year ago" after the first is that same year-back period, not a year before it
            j = _last_valued(timexes, i, 400)
            prev = timexes[j] if j is not None else None
            if prev is not None and prev.granularity in ("quarter", "half", "month"):
                v, g = (prev.value, prev.granularity) if j in year_back else timenorm.shift(prev.value or "", "P1Y", "before")
                if v:
                    tx.value, tx.granularity = v, g
                    tx.previous = j
                    year_back.add(i)
            continue
        if k == "unknown" and rel.value is not None:
            # "the 1988 quarter", "the 1988 period": the quarter (or half) named just before, in that year
            for j in range(i - 1, max(-1, i - 6), -1):
                prev = timexes[j]
                if prev.granularity == "duration":
                    break  # "In the nine months, ... in the 1988 period": those months, of 1988
                if prev.value is not None and prev.granularity in ("quarter", "half") and re.fullmatch(r"\d{4}-[QH][1-4]", prev.value):
                    tx.value, tx.granularity, tx.previous = rel.value + prev.value[4:], prev.granularity, j
                    if rel.value < prev.value[:4]:
                        year_back.add(i)  # "the 1988 period" is the year-back one: "the quarter" after it is not
                    break
            continue
        if tx.tense == timenorm.NO_ANCHOR_TENSE:
            continue  # "from the year before": no date of the text says which year
        year_fallback = k == "unknown" and rel.unit == "year" and rel.fallback is not None
        if (tx.value is not None and not year_fallback) or k not in ("unknown", "evrel"):
            continue  # "the year" holds the anchor's year until a year named before replaces it
        if k == "evrel" and (tx.event_relation or _shift_from_day_before(timexes, i, text)):
            continue  # "a month after <event>": the event dates it; "the day after": the day named before
        year_earlier = k == "evrel" and rel.duration == "P1Y" and rel.direction == "before"
        for j in range(i - 1, -1, -1):
            prev = timexes[j]
            if prev.value is None or prev.granularity not in ("year", "quarter", "month", "week", "day", "half"):
                continue
            if year_fallback and prev.granularity == "year" and _a_bound(text, prev):
                continue  # "by 2030 it plans ... a profit for the full year": the document's year
            if k == "unknown":
                want = _PREV_GRAN.get(rel.unit or "", ())
                if j in year_back or prev.granularity not in want:
                    # "the quarter" after "a year ago": the quarter the text is about, named before
                    if i - j < 6:
                        continue
                    break
                # "later that year" after "in June 1998": the year of the date named before
                value = prev.value[:7] if rel.unit == "month" else prev.value[:4] if rel.unit == "year" else prev.value
                tx.value, tx.granularity = value, rel.unit
                tx.previous = j
            elif year_earlier and j in year_back:
                # "... from $5 a year ago. Sales were $3 a year earlier": the same year-back
                # period, not a year before it
                tx.value, tx.granularity, tx.previous = prev.value, prev.granularity, j
                year_back.add(i)
            else:
                v, g = timenorm.shift(prev.value, rel.duration or "", rel.direction or "")
                if v and year_earlier and g in ("day", "month") and _QUARTER_WORD.search(tx.text):
                    # "the quarter ended Sept. 30 ... in the year-ago quarter": the quarter, not its last day
                    v, g = f"{v[:4]}-Q{(int(v[5:7]) - 1) // 3 + 1}", "quarter"
                if v:
                    tx.value, tx.granularity = v, g
                    tx.previous = j
                    if year_earlier:
                        year_back.add(i)
            break
        if tx.value is None and k == "unknown" and rel.unit == "quarter":
            # no quarter named before (a fiscal one, "the fiscal first quarter", keeps its name)
            _quarter_ended(timexes, i, text)


def _last_valued(timexes: list[Timex], i: int, within: int) -> int | None:
    """The index of the last timex with a value before timex ``i``, ending at most
    ``within`` characters before it (the same paragraph, about), else None."""
    for j in range(i - 1, -1, -1):
        if timexes[i].start - timexes[j].end > within:
            return None
        if timexes[j].value is not None:
            return j
    return None


@functools.lru_cache(maxsize=1)
def _explicit_re() -> re.Pattern:
    from .. import timenorm

    names = [m.capitalize() for m in timenorm.lexicon()["months"]]
    month = "(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")\.?"
    return re.compile(rf"\b{month} \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?\b(?!\s*(?:%|percent|billion|million))")


@functools.lru_cache(maxsize=1)
def _milclock_re() -> re.Pattern:
    days = "|".join(sorted((w.capitalize() for w in timenorm.lexicon()["weekdays"] if len(w) > 3), key=len, reverse=True))
    # zones as written: codes in capitals ("1800 PST"), phrases in any case ("0600 UK time")
    # a date before it, as diary entries head their posts: "18 JANUARY, 2200 GMT"
    months = "|".join(sorted((m for m in timenorm.lexicon()["months"] if len(m) > 3 and "." not in m), key=len, reverse=True))
    date = rf"(?:\d{{1,2}} (?i:{months})|(?i:{months}) \d{{1,2}})(?:,? \d{{4}})?(?:,| at)? "
    return re.compile(rf"(?:\b{date})?\b(?:[01]\d|2[0-3])[0-5]\d ?(?:{timenorm.zones_re(as_written=True)})\b(?:,? (?:on )?(?:{days})\b)?")


_BARE_UNITS = {"year", "month", "week", "quarter", "weekend"}
_DEICTIC_BEFORE = re.compile(r"\b(?:this|last|next|current|the full)\s+$", re.IGNORECASE)
_AFTER = re.compile(r"^,? (?:(?:in the |on )?(?:morning|afternoon|evening)|night\b|(?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tomorrow)\b")
_BEFORE = re.compile(r"\b(?:early|late|earlier|later|mid-?|noon|midnight|each|every)[ -]?$", re.IGNORECASE)
# a day named after a clock, a clock after a day: "11pm| on 27 April", "27 April| at 11pm"
_AT_CLOCK = re.compile(r"^,? at \d{1,2}(?:(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)|[:.]\d{2})(?!\w)")


@functools.lru_cache(maxsize=1)
def _on_date_re() -> re.Pattern:
    names = [m.capitalize() for m in timenorm.lexicon()["months"]]
    month = "(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return re.compile(rf"^,? (?:on )?(?:{day} (?:of )?{month}|{month} {day})(?:,? \d{{4}})?(?!\w)")


def _widen(text: str, s: int, e: int, reading: timenorm.Reading) -> tuple[int, int, timenorm.Reading]:
    """Take in what spaCy split off: "Friday| evening", "9 a.m.| Tuesday", "early| Friday".

    The wider span is kept only when the normaliser reads it.
    """
    if reading.rel.kind == "dur" and text[s:e].lower() in _BARE_UNITS:
        # spaCy tags "year" alone in "this year's election": the word before makes it a date
        m = _DEICTIC_BEFORE.search(text[max(0, s - 12) : s])
        if m:
            s2 = max(0, s - 12) + m.start()
            r = timenorm.read(text[s2:e])
            if r is not None and r.type == "DATE":
                return s2, e, r
    if reading.type not in ("DATE", "TIME") or reading.rel.kind in ("dur", "set", "ref"):
        return s, e, reading
    # a clock then its day ("11pm| on 27 April"), a weekday then its date ("Friday| Oct. 13"),
    # a day then its clock ("27 April| at 11pm")
    after = _on_date_re() if reading.rel.kind in ("time", "wd") else _AT_CLOCK
    m = _AFTER.match(text[e : e + 30]) or after.match(text[e : e + 30])
    if m:
        r = timenorm.read(text[s : e + m.end()])
        if r is not None:
            e, reading = e + m.end(), r
    m = _BEFORE.search(text[max(0, s - 12) : s])
    if m:
        s2 = max(0, s - 12) + m.start()
        r = timenorm.read(text[s2:e])
        if r is not None:
            s, reading = s2, r
    return s, e, reading


@functools.lru_cache(maxsize=1)
def _ended_re() -> re.Pattern:
    words = sorted(lexicon.words(_PERIOD_ENDED), key=len, reverse=True)
    # the date that closes the stretch must follow: "the year to March 31", not "the year to come"
    month = "|".join(sorted(timenorm.lexicon()["months"], key=len, reverse=True))
    return re.compile(rf"^,? (?:{'|'.join(map(re.escape, words))}) (?:(?i:{month})\b|\d{{1,2}} (?i:{month})\b|tomorrow\b|today\b)")


def _period_ended(text: str, e: int, reading: timenorm.Reading) -> timenorm.Reading:
    """"the year ended March 31", "the fiscal year ending June 30": twelve months that end
    on the date that follows, not the calendar year (which "the year" alone would be read as,
    from the text around it); TimeML writes them as the duration P1Y. A quarter is left as
    it is ("the quarter ended Sept. 30" is the calendar quarter that date closes)."""
    rel = reading.rel
    if rel.kind == "unknown" and rel.unit == "year" and _ended_re().match(text[e : e + 40]):
        return timenorm.Reading("DURATION", TimeReading(kind="dur", value="P1Y"))
    return reading


@functools.lru_cache(maxsize=1)
def _spelled_year_re() -> re.Pattern:
    """A year spelled out as transcripts write it, after a preposition that makes it a time
    ("in nineteen ninety-one", "since nineteen seventy-nine"); group 1 is the year. The
    normaliser reads a spelled year only where its own words make it one ("January nineteen
    ninety-seven"); alone, "nineteen ninety-seven" may be a count, so a cue is needed here."""
    cues = "|".join(sorted(_SPELLED_YEAR_CUES))
    return re.compile(rf"\b(?i:{cues}) ((?:nineteen|twenty) [a-z]+(?:-[a-z]+)?|two thousand(?: and [a-z]+)?)\b(?!-)")


_PERIOD = re.compile(r"\b[Tt]he (?:(?:comparable |corresponding |same )?(?:1[89]|20)\d\d (?:fiscal )?(?:quarter|period)|(?:latest|most recent) period)\b(?!-)")
_UNTAGGED = re.compile(
    r"\b(?:[Ee]very|[Ee]ach) (?:day|week|month|year|quarter|morning|afternoon|evening|night|weekend)\b"
    r"|\b[Tt]he (?:fiscal )?year(?= (?:ended|ending) )"
    r"|\b[Tt]he (?:comparable |corresponding )?(?:year-ago|year-earlier) (?:quarter|period|results|months)\b"
    r"|\b(?:[Tt]he )?(?:[Ff]iscal|[Cc]alendar)[- ](?:first|second|third|fourth)[- ]quarter\b"
)
_SPELLED_YEAR_CUES = ("in", "since", "until", "till", "during")


@functools.lru_cache(maxsize=1)
def _holiday_re() -> re.Pattern:
    """The holidays of timenorm.json as written: each word capitalised ("Thanksgiving Day",
    "New Year's Day", "St. Patrick's Day"), after an optional last/next/this, before an
    optional year."""
    def written(name: str) -> str:
        words = [re.escape(w[:1].upper() + w[1:]).replace("'", "['\u2019]") for w in name.split()]
        return r"\s+".join(words)

    names = sorted(timenorm.lexicon()["holidays"], key=len, reverse=True)
    return re.compile(rf"\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his) )?(?:{'|'.join(written(n) for n in names)})(?:,? \d{{4}})?(?![\w'])")


@functools.lru_cache(maxsize=1)
def _plain_re() -> re.Pattern:
    days = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    return re.compile(
        r"\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\b"
        rf"|\b(?:(?:last|next|this|early|late) )?(?:{days})\b"
        r"|\b(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate) )?(?:[Ll]ast|[Nn]ext|[Tt]his) (?:week|weekend|month|year|quarter)\b"
        r"|(?<![\d,.$\u00a3\u20ac/-])\b(?:1[6-9]\d\d|20\d\d)\b(?![\d,/]|-\d|\.\d)"
    )

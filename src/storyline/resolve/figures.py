"""Corpus-stage figures: FigureItems -> schema.Figure, with entity ids and agreement groups.

Ids are stable: ``f-<doc>-<start>``. Links inside a document (the two ends of a
change, a share and its base) become figure ids. Figures that measure the same
thing (measure key, subject, unit) for compatible periods and whose values overlap
are grouped when they come from independent documents (not near-duplicates), so a
reader sees how many sources back a number (``group``, ``agreeing_sources``).
The helpers here (``measure_key``, ``interval``, ``periods_overlap``) are what
``resolve.conflicts`` uses to call two figures incompatible.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from datetime import date

from .. import lexicon as lexicon_file
from .. import schema, timenorm
from ..analyse import gazetteer, names, stamps
from ..analyse.figures import lexicon
from .corpus import Corpus
from .unionfind import UnionFind

_STOP = {"of", "to", "for", "the", "a", "an", "in", "on", "and"}


def figure_id(doc: str, start: int) -> str:
    return f"f-{doc}-{start}"


@functools.lru_cache(maxsize=4096)
def measure_key(measure: str | None) -> frozenset[str]:
    """Canonical words of a measure: 'smartphone sales abroad' == 'overseas phone sales'."""
    if not measure:
        return frozenset()
    lex = lexicon()
    syn, drop = lex.get("synonym", {}), lex.get("drop", {})
    out = set()
    for w in re.findall(r"[\w&]+", measure.lower()):
        if w in _STOP or w in drop:
            continue
        w = syn.get(w, w)
        out.add(w)
    return frozenset(out)


def same_measure(a: str | None, b: str | None) -> bool:
    """Same measure: equal keys, or one key inside the other with the same head word
    ('revenue' ~ 'annual revenue'; never 'sales' ~ 'share of sales')."""
    ka, kb = measure_key(a), measure_key(b)
    if not a or not b or not ka or not kb:
        return False
    if ka == kb:
        return True
    ha, hb = _head(a), _head(b)
    if ha != hb or "share" in (ka ^ kb):
        return False
    return ka <= kb or kb <= ka


def _head(measure: str) -> str:
    words = [w for w in re.findall(r"[\w&]+", measure.lower()) if w not in _STOP]
    # the head of "share of smartphone sales" is "share"; of "smartphone sales abroad", "sales"
    syn = lexicon().get("synonym", {})
    if "share" in words[:1]:
        return "share"
    nouns = lexicon().get("noun", {})
    for w in reversed(words):
        if w in nouns:
            return syn.get(w, w)
    return syn.get(words[-1], words[-1]) if words else ""


def interval(f: schema.Figure, tolerance: bool = True) -> tuple[float, float] | None:
    """The values a figure allows, with a tolerance for approximations and hedges
    (without it, a point is a point: for figures the text itself sets against each other)."""
    lo_open = 0.0 if (f.unit in ("%",) or f.currency or (f.unit and f.unit.replace("/", "").isalpha())) else -math.inf
    if f.kind == "bound" or f.bound:
        if f.bound == "upper" and f.high is not None:
            return (lo_open, f.high)
        if f.bound == "lower" and f.low is not None:
            return (f.low, math.inf)
    if f.low is not None and f.high is not None:
        return (f.low, f.high)
    if f.value is not None:
        tol = (0.1 if (f.approximate or f.hedge) else 0.02) if tolerance else 0.0
        d = abs(f.value) * tol
        return (f.value - d, f.value + d)
    return None


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def periods_overlap(a: str | None, b: str | None) -> bool:
    """Unknown periods may overlap; known ones overlap when one is a prefix of the other
    (2019 and 2019-05) or their years match."""
    if not a or not b:
        return True
    a, b = a.upper(), b.upper()
    if a.startswith(b) or b.startswith(a):
        return True
    ya, yb = a[:4], b[:4]
    if ya.isdigit() and yb.isdigit():
        return ya == yb and (len(a) == 4 or len(b) == 4)
    return False


def root_doc(corpus: Corpus, doc_id: str) -> str:
    """The original a near-duplicate copies (itself when independent)."""
    seen = set()
    while doc_id in corpus.by_id and corpus.by_id[doc_id].document.duplicate_of and doc_id not in seen:
        seen.add(doc_id)
        doc_id = corpus.by_id[doc_id].document.duplicate_of
    return doc_id


def comparable(a: schema.Figure, b: schema.Figure) -> bool:
    """Do two figures measure the same thing, of the same subject, in the same unit?"""
    if a.unit != b.unit or (a.currency or None) != (b.currency or None):
        return False
    if a.subject and b.subject and a.subject != b.subject:
        return False
    if a.role == "from" or b.role == "from":
        return False  # the start of a change is a past value, not a claim about now
    if a.base and a.base == b.id or b.base and b.base == a.id:
        return False
    return same_measure(a.measure, b.measure)


def collect(corpus: Corpus) -> list[schema.Figure]:
    figures: list[schema.Figure] = []
    for a in corpus.analyses:
        doc = a.document.id
        items = a.figures
        ids = [figure_id(doc, f.start) for f in items]
        for i, f in enumerate(items):

            def ent(idx, doc=doc):
                return corpus.mention_entity.get((doc, idx)) if idx is not None else None

            def link(j, ids=ids):
                return ids[j] if j is not None and j < len(ids) else None

            role = f.role if f.role in ("from", "to") else None
            fig = schema.Figure(
                id=ids[i], text=f.text, value=f.value, low=f.low, high=f.high, unit=f.unit,
                measure=f.measure, subject=ent(f.subject_mention), claimant=ent(f.claimant_mention),
                subject_from=f.subject_from if ent(f.subject_mention) or f.subject_from == "noun_phrase" else None,
                subject_confidence=(f.subject_confidence if ent(f.subject_mention) or f.subject_from == "noun_phrase"
                                    else None),
                subject_text=f.subject_text if f.subject_from == "noun_phrase" else None,
                subject_span=_span(doc, f.subject_start, f.subject_end) if f.subject_from == "noun_phrase" else None,
                claimant_text=f.claimant_text, period=f.period,
                span=schema.Span(doc=doc, start=f.start, end=f.end),
                kind=f.kind, bound=f.bound, approximate=f.approximate,
                currency=f.currency, scale=f.scale, direction=f.direction,
                currency_from="hash" if f.currency_from == "hash" else None, currency_confidence=f.currency_confidence,
                hedge=f.hedge, role=role,
                change_from=link(f.partner) if role == "to" else None,
                change_to=link(f.partner) if role == "from" else None,
                base=link(f.base),
                measure_span=_span(doc, f.measure_start, f.measure_end),
                claimant_span=_span(doc, f.claimant_start, f.claimant_end),
                claimant_kind=f.claimant_kind,
                place=ent(f.place_mention), place_text=f.place_text,
                place_span=_span(doc, f.place_start, f.place_end),
            )
            fig.period, fig.period_source = _period(a, f)
            figures.append(fig)
    _group(corpus, figures)
    return figures


_DATED = re.compile(r"^(\d{4}|\d{3}X|\d{2}XX)")
_YEAR_WORD = re.compile(r"(?<![\w$€£¥.,])(1[89]\d\d|20\d\d)(?![\w%])")


def _period(a, f) -> tuple[str | None, str | None]:
    """(period, period_source) of a document's figure once the document is dated.

    The time expression its own clause names (analyse.figures._clause_period) is read
    again here, re-anchored against the document's date ("on Friday", "today"); with none,
    the publication date by the figure's ``period_default``: its day for a count told as
    of now, its year for a past statement, nothing when the clause ties it to another time.
    The year is no default either when the sentence or the one before names another year
    ("the 1989 Exxon Valdez catastrophe ... The Valdez spill spilled 10.8 million
    gallons"): the text is then telling of another time, and the publication year would
    be a false date.
    """
    pub = a.document.published.value
    if f.period_timex is not None and f.period_timex < len(a.timexes):
        value = a.timexes[f.period_timex].value
        if value and _fiscal_period(a, a.timexes[f.period_timex]):
            return None, None
        if value and f.period_past and _unended(value, pub):
            # "During the first quarter Acme sold 1.6 million computers" told on 18 January 2007:
            # a past deed in a quarter or half that had not ended on the day it is told is of an
            # earlier one the time step could not name (the MEANTIME audit, seed 156, apple F10)
            return None, None
        if value and _DATED.match(value):
            if f.period_past and _after_told(value[:10], pub) and not _year_written(a, f, value[:4]):
                # a past statement or a timeline entry dated after the day it is told by a
                # time with no year written: the time step's year for a bare "April 22" of
                # a year-earlier timeline (a 2011 text's "April 22 - The rig, valued at ...,
                # sinks"); a clause that looks ahead ("next month ... 50,000 barrels") keeps
                # its later time, and so does a year written in its paragraph before it (a
                # reader's post "At 20:04 30th Apr 2009, ... wrote: 256 cases ...") (issue 20, 20x)
                return None, None
            return value[:10], "timex"
        if value == "PRESENT_REF" and pub and f.period_default == "day":
            # "now", "currently": the day it is told, unless the clause ties the figure to
            # another time ("When Acme closes the deal by late 2012, ... up 27
            # percent from 18,000 tonnes currently")
            return pub[:10], "published"
    elif f.period:
        return f.period, f.period_from
    if not pub or f.role in ("from", "to"):
        return None, None
    if f.period_default == "day":
        if _in_other_year_after(a, f, pub[:4]):
            # round fifty-seven, seed 172 F21: "964,000 people, which account for about 0.4
            # percent of the population, reported a disorder in 2017" was dated to the day it
            # was published: a sentence that writes another year tells of that time, and the
            # day it was told would be a false date (the year default already held so); not a
            # count "since" a start point, nor a year before the figure (``_in_other_year_after``)
            return None, None
        return pub[:10], "published"
    if f.period_default == "year" and not _other_year(a, f, pub[:4]):
        return pub[:4], "published"
    return None, None


def _year_written(a, f, year: str) -> bool:
    """Is ``year`` written in the figure's paragraph, before the figure's end?"""
    text = a.document.text
    start = text.rfind("\n", 0, f.start) + 1
    return any(m.group(1) == year for m in _YEAR_WORD.finditer(text, start, f.end))


_QUARTER_OR_HALF = re.compile(r"\d{4}-(?:Q[1-4]|H[12])$")


def _fiscal_period(a, t) -> bool:
    """Is the quarter or half ``t`` (a timex) a fiscal one (data/fiscal_marks.txt: "the first
    quarter of the financial year", "its fiscal second quarter")? Round forty-one (issue 20; the
    MEANTIME audit, seed 156, apple F10, in-sample): a fiscal year starts where the company
    says, so the calendar quarter is no period of the figure."""
    if not t.value or not _QUARTER_OR_HALF.match(t.value):
        return False
    text = a.document.text
    if re.search(r"\b(?:19|20)\d\d\b", t.text or ""):
        return False  # "the first quarter of 2007": a calendar quarter, written so
    inside, before, after = _fiscal_patterns()
    # tied to the quarter: inside it or right before it ("its fiscal second quarter"), or its
    # "of the ... year" right after ("the first quarter of the financial year"); not a fiscal
    # word elsewhere in the clause ("the fiscal deficit narrowed", round forty-one review)
    return bool(inside.search((t.text or "").lower()) or before.search(text[max(0, t.start - 16) : t.start].lower())
                or after.match(text[t.end : t.end + 40].lower()))


@functools.cache
def _fiscal_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The marks of data/fiscal_marks.txt inside a quarter, right before it, and as its "of the
    ... year" right after."""
    marks = "|".join(re.escape(w) for w in sorted(lexicon_file.words("resolve/fiscal_marks.txt"), key=len, reverse=True))
    return (re.compile(rf"\b(?:{marks})\b"), re.compile(rf"\b(?:{marks})\s+$"),
            re.compile(rf"\s+of\s+(?:the|its|their|this|that)\s+(?:{marks})\b"))


def _unended(value: str, pub: str | None) -> bool:
    """Does the quarter or half ``value`` end after the publication day ``pub``?"""
    if not pub or not re.match(r"\d{4}-\d{2}-\d{2}", pub) or not _QUARTER_OR_HALF.match(value):
        return False
    span = timenorm.interval(value)
    return span is not None and span[1].isoformat() > pub[:10]


def _after_told(value: str, pub: str | None) -> bool:
    """Does the period ``value`` begin after the publication day ``pub``? Only a publication
    date written to the day is read (its first ten characters)."""
    if not pub or not re.match(r"\d{4}-\d{2}-\d{2}", pub):
        return False
    return timenorm.starts_after(value, pub[:10])


_IN_YEAR = re.compile(r"\bin\s+(1[89]\d\d|20\d\d)\b")


def _in_other_year_after(a, f, year: str) -> bool:
    """Does the figure's sentence write "in <another year>" after the figure, and no "since"
    (a count from a start point up to now: "Since it was founded in 1994, the fund has sent
    teams to more than 50 countries")? A year before the figure ("Begun in 1997, the
    foundation has raised $2 billion") describes something else and leaves a count told as of
    now alone (census of PolNeAR train 301-840 and Timeline17, round fifty-seven)."""
    text = a.document.text
    for s in a.sentences:
        if s.start <= f.start < s.end:
            if re.search(r"\bsince\b", text[s.start : s.end], re.IGNORECASE):
                return False
            return any(m.group(1) != year for m in _IN_YEAR.finditer(text, f.end, s.end))
    return False


def _other_year(a, f, year: str) -> bool:
    """Does the figure's sentence or the one before it name a year other than ``year``?"""
    sents = a.sentences
    text = a.document.text
    for k, s in enumerate(sents):
        if s.start <= f.start < s.end:
            lo = sents[k - 1].start if k > 0 else s.start
            # a live page's entry clock ("2050 The mayor says ...") is no year (issue 20, 20L)
            return any(m.group(1) != year and not stamps.in_stamp(text, m.start(1), m.end(1))
                       for m in _YEAR_WORD.finditer(text, lo, s.end))
    return False


def _span(doc, s, e):
    return schema.Span(doc=doc, start=s, end=e) if s is not None and e is not None else None


def block_key(f: schema.Figure) -> tuple:
    """Blocking for comparisons: unit, currency, the measure's head word and the subject."""
    return (f.unit, f.currency, _head(f.measure) if f.measure else None, f.subject)


def _group(corpus: Corpus, figures: list[schema.Figure]) -> None:
    """Union agreeing figures of independent documents into groups."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(figures):
        if f.measure and f.role != "from":
            blocks[block_key(f)].append(i)
    sets: UnionFind[int] = UnionFind(range(len(figures)))
    for members in blocks.values():
        # sweep over intervals sorted by their lower end: only overlapping pairs are compared
        spans = sorted(((iv, i) for i in members if (iv := interval(figures[i]))), key=lambda t: t[0][0])
        for x, (ia, i) in enumerate(spans):
            for ib, j in spans[x + 1 :]:
                if ib[0] > ia[1]:
                    break
                a, b = figures[i], figures[j]
                if root_doc(corpus, a.span.doc) == root_doc(corpus, b.span.doc):
                    continue
                if comparable(a, b) and periods_overlap(a.period, b.period):
                    sets.union(i, j)
    for members in sets.groups(range(len(figures))):
        roots = {root_doc(corpus, figures[i].span.doc) for i in members}
        gid = "g-" + min(figures[i].id for i in members)[2:] if len(roots) > 1 else None
        for i in members:
            figures[i].group = gid
            figures[i].agreeing_sources = len(roots)


@functools.lru_cache(maxsize=1)
def _growing_words() -> frozenset[str]:
    return frozenset(w.strip().lower() for w in lexicon_file.lines("resolve/series_measures.txt"))


def growing(measure: str | None) -> bool:
    """Is this a count that grows over time (a death toll, arrests, money pledged)?"""
    if not measure:
        return False
    words = _growing_words()
    return bool((measure_key(measure) | set(re.findall(r"[\w&]+", measure.lower()))) & words)


def figure_date(corpus: Corpus, f: schema.Figure) -> tuple[str, str] | None:
    """(YYYY[-MM[-DD]], source) when the figure's value held: the time its sentence gives,
    else its document's publication date; None when neither is known."""
    a = corpus.by_id.get(f.span.doc)
    pub = a.document.published.value if a else None
    if f.period and f.period_source != "published" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", f.period):
        return f.period, f.period_source or "timex"
    if pub and re.match(r"\d{4}-\d{2}-\d{2}", pub) and not (f.period and f.period_source != "published" and not pub.startswith(f.period[:4])):
        return pub[:10], "published"  # a year or month in the sentence says less than the day it was told
    if f.period and re.fullmatch(r"\d{4}(-\d{2})?", f.period):
        return f.period, f.period_source or "year"
    return None


@functools.lru_cache(maxsize=1)
def _rate() -> re.Pattern:
    # "a day after the quake" dates the figure; it does not make it a rate per day
    words = [w.strip().lower() for w in lexicon_file.lines("resolve/series_rates.txt") if w.strip()]
    return re.compile(r"^[\s\w-]{0,25}?\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b(?!\s+(?:after|before|later|earlier|ago)\b)", re.I)


_DENOMINATOR = re.compile(r"\b(?:in every|out of every|out of|one in|per)\s+$", re.IGNORECASE)


def _is_rate(corpus: Corpus, f: schema.Figure) -> bool:
    """Is the figure a rate per period ("250,000 people each year", "$60-billion-a-year",
    "up to 3,000 patients who could be treated may die each day")?"""
    a = corpus.by_id.get(f.span.doc)
    if a is None:
        return False
    text = a.document.text
    # a denominator ("three deaths for every 1,000 patients treated", "one in 1,000") is a rate's base too
    if _DENOMINATOR.search(text[max(0, f.span.start - 20) : f.span.start]):
        return True
    if _rate().match(text[f.span.end : f.span.end + 40]):
        return True
    # the period further on in the figure's own sentence, before any ';' or ':' ("may die each
    # day"): without the parse here, any rate word of the rest of the clause makes it one, an
    # abstention at worst ("killed 200 people as 40 flights a day arrived": no point)
    end = next((s.end for s in a.sentences if s.start <= f.span.start < s.end), len(text))
    rest = re.split(r"[;:]", text[f.span.end : end], maxsplit=1)[0]
    return bool(_rate_anywhere().search(rest))


@functools.lru_cache(maxsize=1)
def _rate_anywhere() -> re.Pattern:
    words = [w.strip().lower() for w in lexicon_file.lines("resolve/series_rates.txt") if w.strip()]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                      + r")\b(?!\s+(?:after|before|later|earlier|ago)\b)", re.I)


def _another_count(corpus: Corpus, f: schema.Figure) -> bool:
    """Is the figure another count than its measure says? It took its measure from a
    neighbour although its own clause says what it undergoes, something else ("killed as many as 9,000 people, while some 2.4
    million more have lost their homes": the 2.4 million took "deaths")? Then it is
    another count, no point of the neighbour's series."""
    item = corpus.figure_item(f.span)
    if item is not None and item.measure_from is not None and item.undergone and not same_measure(item.undergone, f.measure):
        return True
    # nor when what it counts is itself another growing count: "up to 85 deaths in
    # Peru and 14 cases in Chile" gave the 14 cases the measure "deaths"
    counted = set(re.findall(r"[a-z]+", (f.unit or "").lower()))
    own = measure_key(f.measure) | set(re.findall(r"[\w&]+", (f.measure or "").lower()))
    return bool(counted & _growing_words()) and not counted & own


def _of_another_year(corpus: Corpus, f: schema.Figure, day: str) -> bool:
    """Does the figure's sentence, or the one before, name a year other than the point's
    ("1918: a strain first seen in army camps went on to kill tens of millions
    across the world", "As with the 1957 epidemic ... That wave is thought to have
    killed about a million")? The count is then of another time: a
    historical figure, no point of this story's toll."""
    a, item = corpus.by_id.get(f.span.doc), corpus.figure_item(f.span)
    return bool(a is not None and item is not None and _other_year(a, item, day[:4]))


@functools.lru_cache(maxsize=1)
def _world_words() -> frozenset[str]:
    return frozenset(lexicon().get("world", {}))


REACH = 7  # days: how far back a weekday name reaches ("on Wednesday")


def _point_date(corpus: Corpus, f: schema.Figure) -> tuple[str, str] | None:
    """When a growing count's value held: ``figure_date``, except that a day its sentence
    names more than a week before the document's own date dates the happening the count is
    of, not the count: "the flood on 3 March killed as many as 9,000 people", told on
    17 March, "an April 20 explosion killed 11 workers", told in May. A toll told on a day
    held by then; the day of the happening would put a late estimate first and mix the
    order of the series. The document's date is then the point's (a weekday name, "on
    Wednesday", reaches a week back at most and keeps dating the point)."""
    when = figure_date(corpus, f)
    if when is None or when[1] == "published" or len(when[0]) < 10:
        return when
    a = corpus.by_id.get(f.span.doc)
    pub = a.document.published.value if a else None
    if pub and re.match(r"\d{4}-\d{2}-\d{2}$", pub[:10]):
        try:
            gap = (date.fromisoformat(pub[:10]) - date.fromisoformat(when[0])).days
        except ValueError:
            return when
        if gap > REACH:
            return pub[:10], "published"
    return when


FALL = 0.5  # a growing count told later at under half an earlier value is another count


def _value(f: schema.Figure) -> float | None:
    return f.value if f.value is not None else (f.high if f.high is not None else f.low)


def _wholes(pts: list[tuple[str, str, schema.Figure]]) -> list[tuple[str, str, schema.Figure]]:
    """The points without a text's counts of a part: one text that tells a toll and, of the
    same measure and place, a count under ``FALL`` of it tells the whole and a part ("Acme
    staff said at least 9 people had died when the Acme depot caved in ... the
    governor believed more than 2,000 people had died"); the text does not
    contradict itself, and the part is no point of the whole's series."""
    top: dict[str, float] = defaultdict(float)
    for _, _, f in pts:
        v = _value(f)
        if v is not None:
            top[f.span.doc] = max(top[f.span.doc], v)
    return [p for p in pts if (v := _value(p[2])) is None or v >= FALL * top[p[2].span.doc]]


def _falls(pts: list[tuple[str, str, schema.Figure]]) -> bool:
    """Do the dated points of a growing count fall to under ``FALL`` of an earlier value?
    A toll is revised down a little, never to a fraction: "almost 3,000 people died" in
    2001 and "killed 11 people" on the rig, both "deaths" with no subject named, are two
    counts, and which one a later point continues is unknown, so no series is told."""
    top = 0.0
    for _, _, f in pts:
        v = f.value if f.value is not None else (f.high if f.high is not None else f.low)
        if v is None:
            continue
        if v < FALL * top:
            return True
        top = max(top, v)
    return False


_PLACE_TYPES = ("GPE", "LOC", "NORP")


def _place(corpus: Corpus, f: schema.Figure) -> tuple[str, str | None, str] | None:
    """(key, entity id, title) of the place or people a count is of: the place its own
    clause names (``Figure.place_text``), else its subject when that is a place ("Mexico's
    death toll"). One key per place however it is written: a country by its gazetteer key
    ("Mexico", "Mexican" -> "mexico"; a people's word is its country's count), another
    place by its entity, the world by "worldwide"; several places together ("in Mexico and
    the US") by their words. None when the figure names no place."""
    types = corpus.memo.get("entity_types")
    if types is None:
        types = corpus.memo["entity_types"] = {e.id: (e.type, e.name) for e in corpus.story.entities}
    text, eid = f.place_text, f.place
    if text is None and f.subject and types.get(f.subject, ("",))[0] in _PLACE_TYPES:
        eid, text = f.subject, types[f.subject][1]
    if text is None:
        return None
    if text.lower() in lexicon().get("world", {}):
        return "worldwide", None, "worldwide"
    kind, name = types.get(eid, (None, text)) if eid else (None, text)
    if kind == "NORP" or (kind is None and gazetteer.is_demonym(text)):
        country = gazetteer.demonym_country(text)
        if country is None:
            return None  # a people's word of no one country ("Latin"): which count it is, is unknown
        return "country:" + country, None, country.title()
    if gazetteer.place_kind(name, cities=False) == "country":
        return "country:" + names.place_key(name), eid, name
    return ("entity:" + eid, eid, name) if eid else ("words:" + " ".join(text.lower().split()), None, text)


SHARE_UNITS = ("%", "pp")  # shares and their changes (a rate among the infected), never a count


def series(corpus: Corpus, figures: list[schema.Figure]) -> list[schema.Series]:
    """Growing counts of one measure and subject told on at least two different days with
    at least two different values (one value told again is agreement, shown by ``group``).
    A sum of money needs its subject named (the cost of what: the insured cost of another
    disaster is no point of this one's); a rate per period or a share in % is no point of a count; a count
    that falls to a fraction of an earlier value mixes two counts (``_falls``): none is told."""
    blocks: dict[tuple, list[tuple[str, str, schema.Figure]]] = defaultdict(list)
    titles: dict[tuple, tuple[str, str | None, str] | None] = {}
    for f in figures:
        if f.measure is None or f.role == "from" or not growing(f.measure) or f.kind == "digits":
            continue
        if f.unit in SHARE_UNITS:
            continue  # "kills 0.1% of those infected": a share of a whole (a death rate), no count that grows
        if (f.currency and not f.subject) or _is_rate(corpus, f) or _another_count(corpus, f):
            continue
        when = _point_date(corpus, f)
        if when is None or len(when[0]) < 10:
            continue  # a series is told day by day: a figure dated only to a year is no point of one
        if _of_another_year(corpus, f, when[0]):
            continue
        place = _place(corpus, f)
        subject = None if place and place[1] == f.subject else f.subject
        # the place is keyed on its own: "the Mexican death toll", "deaths worldwide" name
        # their measure with it (the measure's phrase keeps its modifiers), so it leaves the measure
        own = set(re.findall(r"[\w&]+", f.place_text.lower())) if f.place_text else set()
        key = (f.unit, f.currency, _head(f.measure), subject, place[0] if place else None,
               tuple(sorted(measure_key(f.measure) - _world_words() - own)))
        blocks[key].append((when[0], when[1], f))
        seen = titles.get(key)
        if seen is None or seen[1] is None:  # titled by an entity when a point names one
            titles[key] = place
    # a count that names no place, in a story that counts the same measure in two or more
    # places ("deaths in Mexico", "deaths in the US", "deaths worldwide"), could be any of
    # them or their sum: which count it continues is unknown, so it makes no series
    places: dict[tuple, set[str]] = defaultdict(set)
    for key in blocks:
        if key[4] is not None:
            places[key[:4] + key[5:]].add(key[4])
    out = []
    for key, pts in blocks.items():
        if key[4] is None and len(places.get(key[:4] + key[5:], ())) >= 2:
            continue
        pts = _wholes(pts)
        if len({d for d, _, _ in pts}) < 2 or len({(f.value, f.low, f.high) for _, _, f in pts}) < 2:
            continue
        pts.sort(key=lambda p: (p[0], p[2].value if p[2].value is not None else (p[2].low or 0), p[2].id))
        if _falls(pts):
            continue
        first, place = pts[0][2], titles[key]
        out.append(schema.Series(
            id="s-" + first.id[2:], measure=first.measure, subject=key[3], unit=first.unit, currency=first.currency,
            place=place[1] if place else None, place_text=place[2] if place else None,
            points=[schema.SeriesPoint(figure=f.id, date=d, date_source=src, value=f.value, low=f.low, high=f.high,
                                       claimant=f.claimant, claimant_text=f.claimant_text, span=f.span)
                    for d, src, f in pts],
        ))
    return sorted(out, key=lambda s: s.id)


@functools.lru_cache(maxsize=1)
def _range_from() -> re.Pattern:
    # the openers analyse.quantities reads before "from" ("estimates range from X to Y"), up
    # to two words between ("range widely from"); read through the registry, not copied
    words = sorted(lexicon_file.words("analyse/range_openers.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b(?:\s+[\w-]+){0,2}?\s+from\b", re.I)


_RANGE_TO = re.compile(r"\bto\b")
_NUMBER = re.compile(r"\d")


def range_end(corpus: Corpus, f: schema.Figure) -> bool:
    """Is the figure one end of a range of values its sentence reports ("estimates range
    widely from the official figure of 5,000 a day ... to 100,000 a day")? The range says
    how far apart the values told are; neither end is a value any claimant gives as the
    answer, so neither is weighed against another figure (the held-out audit's C2 read the
    top of such a range as a claim of 100,000). The ``from`` end: after the opener's "from"
    with no "to" before it and a "to" and a number later in the sentence; the ``to`` end:
    at most three words after a "to" that follows the opener's "from". Read on the text
    (the corpus stage has no parse): analyse.quantities joins "from X to Y" into one range
    only when the two numbers are near each other."""
    memo = f.span.doc, f.span.start
    cache = corpus.memo.setdefault("range_end", {})
    if memo in cache:
        return cache[memo]
    cache[memo] = False
    a = corpus.by_id.get(f.span.doc)
    if a is None:
        return False
    text = a.document.text
    sent = next((s for s in a.sentences if s.start <= f.span.start < s.end), None)
    lo, hi = (sent.start, sent.end) if sent else (max(0, f.span.start - 300), min(len(text), f.span.end + 300))
    before = text[lo : f.span.start]
    opener = next(iter(reversed(list(_range_from().finditer(before)))), None)  # the last before the figure
    if opener is None:
        return False
    between = before[opener.end() :]
    if ";" in between:
        return False
    tos = list(_RANGE_TO.finditer(between))
    if not tos:
        after = text[f.span.end : hi]
        to = _RANGE_TO.search(after)
        cache[memo] = bool(to and _NUMBER.search(after[to.end() : to.end() + 40]))
    else:
        cache[memo] = len(between[tos[-1].end() :].split()) <= 3
    return cache[memo]


@functools.lru_cache(maxsize=1)
def _superseded_before() -> re.Pattern:
    """The words right before a figure that tell it as an earlier, replaced claim ("the
    previous estimate of ", "an earlier toll of about "): data/superseded_claims.tsv, a
    modifier, at most two words, a claim noun, a gap; anchored at the figure."""
    kinds = lexicon_file.kinds_in_order("resolve/superseded_claims.tsv")

    def alt(words):
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))

    return re.compile(r"\b(?:" + alt(kinds["modifier"]) + r")\s+(?:[\w-]+\s+){0,2}?(?:" + alt(kinds["noun"])
                      + r")s?\s+(?:" + alt(kinds["gap"]) + r")\s+$", re.IGNORECASE)


def superseded(corpus: Corpus, f: schema.Figure) -> bool:
    """Is the figure told by its own sentence as an earlier claim since replaced ("19,000
    barrels a day, far above the previous estimate of 5,000"), or as a value its sentence
    says was updated since ("5,000 ..., which increased last week to 12,000": ``_updated``)? Then it is
    a revision the text reports, no value a claimant still gives, and it is never set against
    another figure as a dispute (issue 20, seed-101 bpoil_guardian C1). Read on the text
    right before the figure (the corpus stage has no parse), only within its sentence; why
    not a parse: the words are fixed phrases and the corpus stage keeps no parse."""
    a = corpus.by_id.get(f.span.doc)
    if a is None:
        return False
    sent = next((x for x in a.sentences if x.start <= f.span.start < x.end), None)
    lo = sent.start if sent else max(0, f.span.start - 80)
    text = a.document.text
    start = max(lo, f.span.start - 80)
    if _superseded_before().search(text, start, f.span.start):
        return True
    hi = sent.end if sent else min(len(text), f.span.end + 160)
    return _updated(text[start : f.span.start], text[f.span.end : hi])


@functools.lru_cache(maxsize=1)
def _update_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(after, from, from_to): the words after a figure that give its newer value ("..., which
    rose on Friday to 14,000", "was later put at 90"), and "from X
    to Y" around it: data/superseding_updates.tsv. Anchored at the figure, with no digit
    between it and the newer number, within its sentence (the caller's slice)."""
    kinds = lexicon_file.kinds_in_order("resolve/superseding_updates.tsv")

    def alt(words):
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))

    number = r"\s+(?:(?:" + alt(kinds["number_opener"]) + r")\s+)?[$\u00a3\u20ac]?\d"
    after = re.compile(
        r"^[^\d;]{0,120}?(?:\b(?:" + alt(kinds["to_verb"]) + r")\b(?:\s+[\w-]+){0,3}?\s+to"
        + r"|\b(?:" + alt(kinds["later"]) + r")\s+(?:been\s+)?(?:" + alt(kinds["later_verb"]) + r")\b"
        + r"(?:\s+[\w-]+){0,2}?\s+(?:at|to))" + number, re.IGNORECASE)
    # "from X to Y" only after a verb of change ("raised the estimate from X to Y"): "estimates
    # range from $5bn from one bank to $37bn from another" gives two sources' values, no update
    opens = re.compile(r"\b(?:" + alt(kinds["to_verb"]) + r")\b(?:\s+[\w-]+){0,4}?\s+from\s+$", re.IGNORECASE)
    return after, opens, re.compile(r"^[^\d;]{0,40}?\bto" + number, re.IGNORECASE)


def _updated(before: str, after: str) -> bool:
    """Does the figure's sentence give it a newer value after it (``_update_patterns``)?
    "The official estimate of 5,000 barrels a day increased last week to 12,000": the
    5,000 is superseded by the 12,000 the same sentence tells (issue 20, round thirty,
    seed-107 bpoil_guardian C1); so is the X of "raised it from X to Y" (after a verb of
    change: "estimates range from X to Y" are two values, no update). A regular
    expression, not a parse: the corpus stage keeps no parse, and the verbs are a short list."""
    then, opens, to = _update_patterns()
    return bool(then.search(after) or (opens.search(before) and to.search(after)))

"""Corpus-stage conflicts: numbers that cannot both hold, statements that contradict.

numeric
  - explicit: a figure the text sets against another ("Ren Zhengfei corrected these
    numbers", found per document by ``analyse.figures``) when their values cannot both
    hold (40-60% against "less than 20%"; 40% against 40-60% is no conflict);
  - implicit (never an end of a range a sentence reports, ``figures.range_end``):
    checked in this order before any value is read: the same quantity (unit,
    currency, the same measure words; no change, share or forecast), the same referent
    (the same subject entity; with none, the same places named in both sentences), the
    same time (the same period written in both sentences, else the same day; a rate per
    day told as current in texts published at most ``NEAR_DAYS`` apart (a day its own
    sentence names makes it a reading of that day, a point of a series, not an estimate
    that stands for the next days), with less confidence, shown only
    of a named subject), then values that cannot both hold beyond rounding, hedges and
    bounds, from different credited claimants (``_implicit``). An uncredited side makes
    it a possible conflict at most; in one text, two values of nothing named conflict
    only when credited to two named sources. Candidates come from blocks keyed by
    (unit, currency, measure head, subject) and the day, never from all pairs;
    ``numeric_candidates`` lists every pair weighed with the rule that decided it.
statement
  - quotes (``corpus.story.quotes``) read by ``resolve.stance`` into predicates; two
    contradict when they share a proposition and an object with opposite polarity, and
    are a conflict at all (shown or hidden) only about the same referent
    (``_same_referent``) at a compatible time (``_compatible_time``); an explicit dispute
    word can stand for the time, never for a second named subject. A pair whose referent
    is not the same named subject is kept but not shown (``_unshown``) when all it shares
    is the story's topic (a word in nearly all its documents), when its predicates
    are told of two different common-noun subjects, when a topic name is the only named
    subject a dispute word answers, or when a side is an admission; any pair is when its
    shared verb of trying or managing is told of two different acts.
    Candidate pairs: quotes sharing an entity or an object word (inverted index,
    over-general keys skipped) plus each quote's nearest embedding neighbours.
  - a denial of a charge no predicate carries (``denied_charges``): "X denied that its
    handling amounted to 'gross negligence'" against another source's quote that names X
    and marks the same words as the charge it makes.

One entry per disagreement: pairs on the same proposition (statements: predicate
class, named subject, shared object; figures: measure, subject, unit, period) are
grouped into one conflict with all its items, its sides split by polarity or value.
Every conflict carries a ``confidence`` and the ``evidence`` it rests on; those at or
above ``stance.SHOW`` are ``shown`` by default, the rest stay in story.json for
"show possible conflicts". Growing counts told on different days are a series
(``resolve.figures.series``), not a conflict: they conflict only for the same day.

Ids are stable: ``c-<kind initial>-<hash of the sorted item ids>``.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter, defaultdict
from datetime import date

import numpy as np

from .. import lexicon, neighbours, schema
from ..analyse.figures import lexicon as figure_lexicon
from ..analyse.stance import norm_object as a_stance_norm
from . import stance
from .corpus import Corpus
from .figures import (
    block_key,
    comparable,
    figure_date,
    growing,
    interval,
    measure_key,
    overlaps,
    range_end,
    root_doc,
    superseded,
)
from .unionfind import UnionFind

NEIGHBOURS = 8  # embedding neighbours per quote
MIN_COS = 0.2  # below this two quotes are not about the same thing
MAX_BLOCK = 200  # a key shared by more quotes than this is too general to block on
# A word found in more than TOPIC_SHARE of the story's documents is what the story is about
# ("spill" in an oil-spill story), not a referent two statements can share; a story of fewer
# than TOPIC_MIN_DOCS documents measures no topic (in four texts every shared word passes half).
# Measured on in-sample builds of 49-59 articles (round 25): the story's own words are in 90-100%
# of its texts (spill, oil, BP, Gulf; flu; Haiti), ordinary words of its coverage in at most 84%
# (well 81%, case 84%, cost 56%: a denial of "cost-saving decisions" judged real at seed 71).
TOPIC_SHARE = 0.85
TOPIC_MIN_DOCS = 10
SAME_NAMED = "the same named subject"
REFERS = "one side names the subject, the other refers to it in the same text"
ANSWERS_NAMED = "a dispute word answers a claim about the subject named on the other side"


def conflict_id(kind: str, items: list[str]) -> str:
    h = hashlib.sha1("|".join(sorted(items)).encode()).hexdigest()[:12]
    return f"c-{kind[0]}-{h}"


def _who(f) -> str | None:
    return f.claimant or f.claimant_text


def _describe(f: schema.Figure) -> str:
    who = f.claimant_text or "the text (no source credited)"
    period = f" for {f.period}" if f.period else ""
    return f"{who} gives {f.measure or 'a figure'}{period} as '{f.text}'"


def _incompatible(a: schema.Figure, b: schema.Figure, tolerance: bool = True) -> bool:
    ia, ib = interval(a, tolerance), interval(b, tolerance)
    return bool(ia and ib and not overlaps(ia, ib))


def _side(items, claimants, spans) -> schema.ConflictSide:
    return schema.ConflictSide(items=items, claimants=[c for c in claimants if c], spans=spans)


def numeric(corpus: Corpus) -> list[schema.Conflict]:  # noqa: C901 -- over the limit before the gate; split it into rule tables (issue 15, item 4)
    figs = {f.id: f for f in corpus.story.figures}
    out: dict[str, schema.Conflict] = {}
    # explicit disputes, recorded per document
    for a in corpus.analyses:
        doc = a.document.id
        ids = [f"f-{doc}-{f.start}" for f in a.figures]
        for i, item in enumerate(a.figures):
            for j in item.disputes:
                if j >= len(ids) or ids[i] not in figs or ids[j] not in figs:
                    continue
                fb, fa = figs[ids[i]], figs[ids[j]]
                # the text disputes one with the other: only values inside each other agree
                if not _incompatible(fa, fb, tolerance=False):
                    continue
                cue = item.dispute_cue
                cue_text = a.document.text[cue[0] : cue[1]] if cue else "disputes"
                items = [fa.id, fb.id]
                spans = [fa.span, fb.span]
                if cue:
                    spans.append(schema.Span(doc=doc, start=cue[0], end=cue[1]))
                cid = conflict_id("numeric", items)
                out[cid] = schema.Conflict(
                    id=cid, kind="numeric", items=items, claimants=[c for c in (_who(fa), _who(fb)) if c],
                    explanation=(f"{_describe(fa)}; the text says {fb.claimant_text or 'another source'} "
                                 f"'{cue_text}' it and gives '{fb.text}' ({fb.measure or 'same figure'}): "
                                 f"{_range(fa, False)} and {_range(fb, False)} cannot both hold."),
                    sides=[_side([fa.id], [_who(fa)], [fa.span] + ([fa.claimant_span] if fa.claimant_span else [])),
                           _side([fb.id], [_who(fb)], [fb.span] + ([schema.Span(doc=doc, start=cue[0], end=cue[1])] if cue else []))],
                    confidence=0.95, proposition=_proposition(fa),
                    evidence=[f"the text disputes it: '{cue_text}'", "the values cannot both hold"],
                )
    # explicit disputes of a value another source claimed ("disputing the union's figure of 12,000")
    by_value: dict[float, list[schema.Figure]] = defaultdict(list)
    for f in corpus.story.figures:
        for v in {x for x in (f.value, f.low, f.high) if x is not None}:
            by_value[v].append(f)
    for a in corpus.analyses:
        doc = a.document.id
        for item in a.figures:
            value = item.disputes_value
            disputed = figs.get(f"f-{doc}-{item.start}")
            if value is None or disputed is None:
                continue
            fb = disputed
            cue = item.dispute_cue
            cue_span = schema.Span(doc=doc, start=cue[0], end=cue[1]) if cue else None
            for fa in sorted(by_value.get(value, []), key=lambda f: f.id):
                if fa.id == fb.id or (_who(fa) and _who(fa) == _who(fb)) or not _incompatible(fa, fb, tolerance=False):
                    continue
                if cue_span and fa.span.doc == doc and cue_span.start <= fa.span.start < cue_span.end:
                    continue  # the value as the dispute itself names it
                items = [fa.id, fb.id]
                cid = conflict_id("numeric", items)
                cue_text = a.document.text[cue[0] : cue[1]] if cue else "disputes"
                out[cid] = schema.Conflict(
                    id=cid, kind="numeric", items=items, claimants=[c for c in (_who(fa), _who(fb)) if c],
                    explanation=(f"{_describe(fa)}; {fb.claimant_text or 'another source'} gives '{fb.text}' "
                                 f"'{cue_text}': {_range(fa, False)} and {_range(fb, False)} cannot both hold."),
                    sides=[_side([fa.id], [_who(fa)], [fa.span] + ([fa.claimant_span] if fa.claimant_span else [])),
                           _side([fb.id], [_who(fb)], [fb.span] + ([cue_span] if cue_span else []))],
                    confidence=0.9, proposition=_proposition(fa),
                    evidence=[f"the text disputes the value: '{cue_text}'", "the values cannot both hold"],
                )
    # implicit: the same quantity of the same referent at the same time, from different
    # named claimants, with values that cannot both hold (``_implicit``)
    blocks: dict[tuple, list[schema.Figure]] = defaultdict(list)
    dates: dict[str, tuple[str, str] | None] = {}  # each figure's date, read once, not once per pair
    for f in corpus.story.figures:
        # (nor a claim its own sentence tells as replaced: "the previous estimate of 1,000")
        if (f.measure and f.role is None and not f.direction and not f.base and not range_end(corpus, f)
                and not superseded(corpus, f)):
            dates[f.id] = figure_date(corpus, f)
            when = _time_key(f, dates[f.id])
            if when is not None:  # blocked by time too: a pair must be of the same time
                blocks[(*block_key(f), when)].append(f)
    for members in blocks.values():
        members.sort(key=lambda f: f.id)
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                _add_implicit(corpus, members[x], members[y], dates, out)
    # estimates that stand for a while: the same quantity told a few days apart (``_near_time``)
    for fa, fb in _near_pairs(corpus, dates):
        _add_implicit(corpus, fa, fb, dates, out)
    return _group_numeric(corpus, list(out.values()))


def _add_implicit(corpus: Corpus, fa: schema.Figure, fb: schema.Figure, dates: dict, out: dict[str, schema.Conflict]) -> None:
    """Two figures that cannot both hold (``_implicit``) become a numeric conflict in ``out``
    (once per pair, whichever pairing found it first)."""
    items = [fa.id, fb.id]
    cid = conflict_id("numeric", items)
    if cid in out:
        return
    found = _implicit(corpus, fa, fb, dates[fa.id], dates[fb.id])
    if found is None:
        return
    conf, evidence, period = found
    out[cid] = schema.Conflict(
        id=cid, kind="numeric", items=items, claimants=[c for c in (_who(fa), _who(fb)) if c],
        explanation=f"{_describe(fa)}; {_describe(fb)}: {_range(fa)} and {_range(fb)} cannot both hold ({period}).",
        sides=[_side([fa.id], [_who(fa)], [fa.span]), _side([fb.id], [_who(fb)], [fb.span])],
        confidence=round(conf, 3), evidence=evidence, proposition=_proposition(fa),
    )


NEAR_DAYS = 7  # an estimate told as of its day still stands this many days later


_PER_TIME = re.compile(r"/(?:second|minute|hour|day|week|month|year)s?$")


def _rate(f: schema.Figure) -> bool:
    """Is the figure a rate per unit of time ("5,000 barrels a day": barrels/day)? A rate is
    a level that stands until it changes; a count or a sum told "so far" (cases, deaths, a
    cost) accumulates, so two of its values on different days are two points of a series."""
    return bool(f.unit and _PER_TIME.search(f.unit))


def _standing(f: schema.Figure, when: tuple[str, str] | None) -> str | None:
    """The day a figure is told as of, when it is a value that may stand for days: a rate
    (``_rate``; a flow of oil, not a toll, which grows, nor a price per barrel, which moves
    by the hour) that is no growing count, told for the day its sentence or document gives
    (not for a period its sentence names). A day its own sentence names ("May 3 - Acme says
    its well leaks 800 barrels a day", a timeline entry) makes the
    figure a reading of that day, not an estimate told as current: against a value of
    another day it is a point of a series, not a rival claim, so it stands for no other day."""
    if not when or len(when[0]) != 10 or not _rate(f) or growing(f.measure):
        return None
    if f.period and f.period_source != "published":
        return None
    return when[0]


def _days_apart(a: str, b: str) -> int | None:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return None


def _near_pairs(corpus: Corpus, dates: dict[str, tuple[str, str] | None]) -> list[tuple[schema.Figure, schema.Figure]]:
    """Pairs of figures ``numeric``'s day blocks keep apart that ``_near_time`` may join:
    blocked by (unit, currency, measure head, subject), told on different days at most
    ``NEAR_DAYS`` apart, each a value that may stand (``_standing``). Sorted by day, so
    each figure meets only the figures of its window."""
    blocks: dict[tuple, list[tuple[str, schema.Figure]]] = defaultdict(list)
    for f in corpus.story.figures:
        if f.id in dates and (day := _standing(f, dates[f.id])) is not None:
            blocks[block_key(f)].append((day, f))
    out = []
    for members in blocks.values():
        members.sort(key=lambda t: (t[0], t[1].id))
        for x, (dx, fa) in enumerate(members):
            for dy, fb in members[x + 1 :]:
                apart = _days_apart(dx, dy)
                if apart is None or apart > NEAR_DAYS:
                    break
                if apart > 0:
                    out.append((fa, fb))
    return out


def _near_time(fa: schema.Figure, fb: schema.Figure, da: tuple[str, str] | None, db: tuple[str, str] | None) -> str | None:
    """Why two figures told on different days are still of one time, or None: both are
    values that may stand (``_standing``: a rate, as an estimate of a flow; not a toll,
    not a price) told as of days at most ``NEAR_DAYS`` apart. Weaker than
    ``_same_time``: the value may have changed in between, so the caller lowers the
    confidence and asks for more evidence before showing it."""
    xa, xb = _standing(fa, da), _standing(fb, db)
    if xa is None or xb is None or xa == xb:
        return None
    apart = _days_apart(xa, xb)
    if apart is None or apart > NEAR_DAYS:
        return None
    return f"told {apart} day{'s' if apart > 1 else ''} apart ({min(xa, xb)}, {max(xa, xb)}): a value that may stand"


def numeric_candidates(corpus: Corpus) -> list[tuple[schema.Figure, schema.Figure, str, bool]]:
    """Every pair of figures ``numeric`` could weigh as an implicit conflict, blocked more
    broadly than it blocks (unit, currency and the measure's head; any subject, any time),
    each with the verdict of ``_implicit_verdict`` (the first rule that rejects it, or
    "conflict" / "possible") and whether the values cannot both hold: what a reader of the
    detector needs to see why a dispute was not found (``scripts/conflict_candidates.py``).
    Figures ``numeric`` never blocks (changes, shares of a base, no measure) are left out."""
    blocks: dict[tuple, list[schema.Figure]] = defaultdict(list)
    for f in corpus.story.figures:
        if f.measure and f.role is None and not f.direction and not f.base:
            blocks[block_key(f)[:3]].append(f)
    dates = {f.id: figure_date(corpus, f) for fs in blocks.values() for f in fs}
    out = []
    for members in blocks.values():
        members.sort(key=lambda f: f.id)
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                fa, fb = members[x], members[y]
                if range_end(corpus, fa) or range_end(corpus, fb):
                    why = "a range's end: no claimant's value"
                elif superseded(corpus, fa) or superseded(corpus, fb):
                    why = "an earlier claim its sentence tells as replaced"
                elif _time_key(fa, dates[fa.id]) is None or _time_key(fb, dates[fb.id]) is None:
                    why = "a side has no time (no period, no dated document)"
                elif _time_key(fa, dates[fa.id]) != _time_key(fb, dates[fb.id]) and not (
                        fa.subject == fb.subject and _near_time(fa, fb, dates[fa.id], dates[fb.id])):
                    why = "blocked apart: not the same day or period"
                elif fa.subject != fb.subject:
                    why = "blocked apart: not the same subject"
                else:
                    why = _implicit_verdict(corpus, fa, fb, dates[fa.id], dates[fb.id])[1]
                out.append((fa, fb, why, _incompatible(fa, fb)))
    return out


def _credited(f: schema.Figure) -> str | None:
    """Who a figure is credited to, as a key: its entity, else its name as written; None
    for the outlet that printed it or nobody (the text's own account, not a source's)."""
    if f.claimant_kind == "outlet":
        return None
    if f.claimant:
        return f.claimant
    return (f.claimant_text or "").strip().lower() or None


def _same_time(fa: schema.Figure, fb: schema.Figure, da: tuple[str, str] | None, db: tuple[str, str] | None) -> str | None:
    """The time both figures are for, when it is shown to be the same: the same period
    written in both sentences, else the same day (a day in the sentence, else the day the
    document was published). A year or month in one sentence against a day, or against
    nothing, is not the same time (a 2019 total is not what was said on a day of 2020).
    ``da``/``db``: the figures' ``figure_date``, read once per figure by the caller."""
    ea = fa.period if fa.period and fa.period_source != "published" else None
    eb = fb.period if fb.period and fb.period_source != "published" else None
    if ea and eb:
        return f"the same period in both sentences ({ea})" if ea == eb else None
    if (ea and len(ea) < 10) or (eb and len(eb) < 10):
        return None
    if da and db and len(da[0]) == len(db[0]) == 10 and da[0] == db[0]:
        return f"the same day ({da[0]})"
    return None


def _time_key(f: schema.Figure, when: tuple[str, str] | None) -> tuple[str, str] | None:
    """A key equal for two figures ``_same_time`` may call of the same time: the period its
    sentence writes (coarser than a day), else its day; None when neither is known."""
    if f.period and f.period_source != "published" and len(f.period) < 10:
        return ("period", f.period)
    return ("day", when[0]) if when and len(when[0]) == 10 else None


@functools.lru_cache(maxsize=1)
def _forecast_words() -> frozenset[str]:
    return frozenset(figure_lexicon().get("forecast", {}))


def _forecast(f: schema.Figure) -> bool:
    """A figure told as what could or may be ("could reach $100 billion") is a forecast, not
    a claim about what is: it contradicts no count."""
    return bool(f.hedge and f.hedge.lower() in _forecast_words())


def _implicit(corpus: Corpus, fa: schema.Figure, fb: schema.Figure, da: tuple[str, str] | None,
              db: tuple[str, str] | None) -> tuple[float, list[str], str] | None:
    found, _why = _implicit_verdict(corpus, fa, fb, da, db)
    return found


def _implicit_verdict(corpus: Corpus, fa: schema.Figure, fb: schema.Figure, da: tuple[str, str] | None,
                      db: tuple[str, str] | None) -> tuple[tuple[float, list[str], str] | None, str]:
    """Do two figures no text sets against each other still conflict? Only the same
    quantity (unit, currency and measure words alike), of the same referent (the same
    subject entity; two figures without one only from different documents), at the same
    time (``_same_time``), with values that cannot both hold beyond rounding, hedges and
    bounds. Checked in that order, before anything else is weighed. One source's two
    values are an update, a growing count told on two days a series: neither conflicts.
    Two figures of nothing named are of one thing only where their sentences name the
    same places (``_places``), and in one text only when two named sources give them
    (``_two_sources``). A rate told on days at most ``NEAR_DAYS`` apart is of one time
    too (``_near_time``), with less confidence, and kept hidden without a named subject.
    Returns ((confidence, evidence, when) or None, the verdict: the first rule that
    rejected the pair, or "conflict" / "possible: ..."); without two credited claimants
    the pair is kept as a possible conflict only (below ``stance.SHOW``)."""
    if fa.group and fa.group == fb.group and not _incompatible(fa, fb):
        # (a group joins figures through the ones between them: "up to 40,000" agrees with
        # 5,000 and with 35,000, which do not agree with each other; such a pair is weighed)
        return None, "agree: one agreement group"
    ra, rb = root_doc(corpus, fa.span.doc), root_doc(corpus, fb.span.doc)
    if ra == rb and fa.span.doc != fb.span.doc:
        return None, "syndicated copy"  # a syndicated copy does not contradict its original
    if not comparable(fa, fb) or measure_key(fa.measure) != measure_key(fb.measure):
        return None, "not the same quantity (unit, currency or measure words)"
    if _forecast(fa) or _forecast(fb):
        return None, "a forecast"
    if (fa.subject or fb.subject) and fa.subject != fb.subject:
        return None, "not the same subject"
    if not fa.subject and fa.currency and fb.currency:
        # round fifty-seven, seed 172 C1: a sensor's usual $40 against a router's $300 sale price
        # (deal posts, "sale"/"sales" alike, no subject named): a sum of nothing named is the
        # price or cost of whatever its sentence is about, and two such are two things. Counts
        # of nothing named (a quake's dead) are still weighed by their places
        return None, "sums of nothing named"
    if not fa.subject and not _same_places(corpus, fa, fb):
        return None, "no subject, and not the same places named"  # 236 cases (worldwide) against 109 in the US
    if not fa.subject and ra == rb and not _two_sources(fa, fb):
        return None, "one text, no subject"  # one text telling two counts of nothing named: two things, not a dispute
    when = _same_time(fa, fb, da, db)
    near = False
    if when is None:
        when = _near_time(fa, fb, da, db) if ra != rb else None
        near = when is not None
    if when is None:
        return None, "not shown to be the same time"
    if not _incompatible(fa, fb):
        return None, "values can both hold"
    wa, wb = _credited(fa), _credited(fb)
    if wa and wa == wb:
        return None, "one claimant on both sides"  # one source at two times or on two things: an update, not a dispute
    evidence = ["the same measure and unit", "values that cannot both hold", when]
    conf = 0.6
    if fa.subject:
        conf += 0.1
        evidence.append("the same named subject")
    else:
        conf -= 0.05
        evidence.append("no subject named on either side")
    if when.startswith("the same period"):
        conf += 0.1
    if ra != rb:
        conf += 0.05
        evidence.append("independent documents")
    elif not fa.subject:
        evidence.append("one text gives two sources' values for it")
    if near:
        conf -= 0.15  # the value may have changed between the two days
    if not (wa and wb):
        # the text's own figure against a source's, or two uncredited figures: nobody is
        # shown to claim the other value, so the two may measure different things; in one
        # text, two values it states itself are two things unless it says otherwise
        if ra == rb:
            return None, "one text, a side uncredited"
        return (min(conf, 0.3), evidence + ["a side credits no source"], when), "possible: a side credits no source"
    evidence.append("different named claimants")
    if growing(fa.measure):
        evidence.append("a growing count: only the same day can conflict")
    if near and not fa.subject:
        # told on different days of nothing named: the two may be of two things; kept, not shown
        return (min(conf, stance.CAP), evidence, when), "possible: different days, no subject"
    return (conf, evidence, when), "conflict"


_PRONOUN_CLAIMANT = re.compile(r"^(?:he|she|it|they|we|i|you|this|that)$", re.IGNORECASE)


def _two_sources(fa: schema.Figure, fb: schema.Figure) -> bool:
    """Does one text credit the two values to two different named sources ("the Red Cross
    said 45,000 had died; the government said 150,000")? Then the text sets two sources'
    values of one count side by side: a dispute it reports, not two counts it tells itself.
    A pronoun is no named source."""
    wa, wb = _credited(fa), _credited(fb)
    if not (wa and wb) or wa == wb:
        return False
    return not any(f.claimant is None and _PRONOUN_CLAIMANT.match((f.claimant_text or "").strip()) for f in (fa, fb))


_PLACE_LABELS = frozenset({"GPE", "LOC"})
_GLUE = re.compile(r"(?:'s|\u2019s)?\s{1,2}")


def _places(corpus: Corpus, f: schema.Figure) -> frozenset[str]:
    """The places a figure's sentence names, outside its claimant ("the Haitian government"
    says who, not where; but a place that is the whole claimant, "Texas has reported 165
    cases", reports its own count, so it is where the count is: not the 1,490 cases 21
    countries reported, census of H1N1_reuters, round 24): entity ids, else the lower-cased
    names. Two counts of nothing
    named are of one thing only where their sentences name the same places: "109 cases in
    the US" is not the 236 cases counted worldwide."""
    memo = corpus.memo.setdefault("figure_places", {})
    if f.id in memo:
        return memo[f.id]
    a = corpus.by_id.get(f.span.doc)
    out: set[str] = set()
    if a is not None:
        sent = next((s for s in a.sentences if s.start <= f.span.start < s.end), None)
        lo, hi = (sent.start, sent.end) if sent else (f.span.start, f.span.end)
        cs = f.claimant_span if f.claimant_span and f.claimant_span.doc == f.span.doc else None
        for i, m in enumerate(a.mentions):
            if m.label not in _PLACE_LABELS or m.start < lo or m.end > hi:
                continue
            if cs and (m.start, m.end) == (cs.start, cs.end):
                pass  # the place is the claimant ("Texas has reported 165 cases"): it counts its own
            elif cs and (cs.start <= m.start and m.end <= cs.end
                         or m.end <= cs.start and _GLUE.fullmatch(a.document.text[m.end : cs.start])):
                continue  # inside the claimant's name or right before it ("the Texas Red Cross")
            out.add(corpus.mention_entity.get((f.span.doc, i)) or m.text.lower())
    memo[f.id] = frozenset(out)
    return memo[f.id]


FLOW = "flow rate"  # the one measure analyse.figures gives every rate of a flow


def _same_places(corpus: Corpus, fa: schema.Figure, fb: schema.Figure) -> bool:
    """Do two figures of nothing named count in the same places (``_places``)? A count by
    place needs the same places on both sides ("109 cases in the US" is not the 236
    counted worldwide). A flow rate is of one leak, which a text names in one sentence
    and not in the next ("4,000 barrels a day into the bay", "the team's estimate is
    12,000 barrels a day"): there a side naming no place is the same flow; two sides
    naming places must name one in common."""
    pa, pb = _places(corpus, fa), _places(corpus, fb)
    if pa == pb:
        return True
    if fa.measure == FLOW and fb.measure == FLOW and _rate(fa) and _rate(fb):
        return not pa or not pb or bool(pa & pb)
    return False


def _proposition(f: schema.Figure) -> str:
    return " ".join(x for x in (f.measure or "a figure", f"of {f.subject}" if f.subject else "", f"in {f.period}" if f.period else "") if x)


def _joined(found: list[schema.Conflict], keys) -> list[list[schema.Conflict]]:
    """The conflicts that share any key (``keys(conflict)`` lists them) joined into one
    group each, in the order of their first member; deterministic (ids sorted)."""
    sets: UnionFind[int] = UnionFind(range(len(found)))
    owner: dict[tuple, int] = {}
    for i in sorted(range(len(found)), key=lambda i: found[i].id):
        for key in keys(found[i]):
            if key in owner:
                sets.union(i, owner[key])
            else:
                owner[key] = i
    return [[found[i] for i in members] for members in sets.groups(range(len(found)))]


def _group_numeric(corpus: Corpus, found: list[schema.Conflict]) -> list[schema.Conflict]:
    """One conflict per disputed figure: pairs that share a figure (or agreement group) on
    the same measure and period join, their sides split by value."""
    figs = {f.id: f for f in corpus.story.figures}

    def keys(c: schema.Conflict) -> list[tuple]:
        # a conflict shown by default joins only shown ones: an agreement group reaches far
        # (estimates of a flow told week after week), and a possible pair of other days
        # joined to a same-day dispute would show them all under its confidence
        shown = (c.confidence or 0) >= stance.SHOW
        return [(figs[i].group or figs[i].id, block_key(figs[i]), (figs[i].period or "")[:4], shown) for i in c.items]

    out = []
    for members in _joined(found, keys):
        if len(members) == 1:
            out.append(members[0])
            continue
        members.sort(key=lambda c: (-(c.confidence or 0), c.id))
        items = sorted({i for c in members for i in c.items})
        # sides: figures whose values overlap stand together, and so do one named source's
        # figures (a best estimate and its high end, "12,000-19,000 ... a high-end rate of
        # 25,000", are one side's, not two sides of a dispute with itself)
        sides: list[list[str]] = []
        for i in sorted(items, key=lambda i: (interval(figs[i], False) or (0, 0))[0]):
            iv = interval(figs[i], False)
            who = _credited(figs[i])
            for side in sides:
                if (iv and all((jv := interval(figs[j], False)) and overlaps(iv, jv) for j in side)
                        or who is not None and any(_credited(figs[j]) == who for j in side)):
                    side.append(i)
                    break
            else:
                sides.append([i])
        best = members[0]
        cid = conflict_id("numeric", items)
        out.append(schema.Conflict(
            id=cid, kind="numeric", items=items,
            claimants=sorted({w for c in members for w in c.claimants}),
            explanation=" ".join(c.explanation for c in members[:3]) + (f" (and {len(members) - 3} more pairs)" if len(members) > 3 else ""),
            sides=[_side(side, [_who(figs[i]) for i in side], [figs[i].span for i in side]) for side in sides],
            confidence=best.confidence, proposition=best.proposition,
            evidence=list(dict.fromkeys(e for c in members for e in c.evidence)) + [f"{len(items)} figures"],
        ))
    return out


def _range(f: schema.Figure, tolerance: bool = True) -> str:
    iv = interval(f, tolerance)
    if not iv:
        return f"'{f.text}'"
    unit = f" {f.unit}" if f.unit and f.unit != "%" else (f.unit or "")
    lo = "-inf" if iv[0] == float("-inf") else f"{iv[0]:g}"
    hi = "inf" if iv[1] == float("inf") else f"{iv[1]:g}"
    return f"[{lo}, {hi}]{unit}"


def _quote_entities(corpus: Corpus, q: schema.Quote) -> set[str]:
    a = corpus.by_id.get(q.span.doc)
    out: set[str] = set()
    if a is None:
        return out
    for i, m in enumerate(a.mentions):
        if q.span.start <= m.start and m.end <= q.span.end:
            e = corpus.mention_entity.get((q.span.doc, i))
            if e:
                out.add(e)
    return out


def candidate_pairs(keys: list[set[str]], vecs: np.ndarray | None, k: int = NEIGHBOURS) -> set[tuple[int, int]]:
    """Pairs that share a blocking key, plus each item's k nearest embedding neighbours."""
    pairs: set[tuple[int, int]] = set()
    index: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for key in ks:
            index[key].append(i)
    for members in index.values():
        if len(members) > MAX_BLOCK:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    if vecs is not None and len(vecs) > 1:
        # exact on small corpora, LSH-blocked on large ones: never all pairs
        pairs.update(neighbours.nearest(vecs, min(k, len(vecs) - 1), MIN_COS))
    return pairs


def _claim(corpus: Corpus, q: schema.Quote) -> stance.Claim:
    """The quote's predicates as the per-document stage read them, flipped when its
    cue denies what it reports ("Huawei denied that its equipment could be used to spy")."""
    item = corpus.quote_item(q.span)
    if item is None:
        return stance.Claim(text=q.text)
    claim = stance.Claim(text=q.text, predicates=list(item.predicates))
    # read on the quote's own words: modality, a light verb's object, what a denial denies
    claim = stance.scoped(claim, corpus.text(q.span), q.span.start, item.denial)
    return stance.denied(claim) if item.denial else claim


def _side_of(corpus: Corpus, q: schema.Quote, claim: stance.Claim) -> stance.Side:
    item = corpus.quote_item(q.span)
    a = corpus.by_id.get(q.span.doc)
    return stance.Side(claim=claim, text=q.text, context=a.document.text if a else "", denial=bool(item and item.denial))


def statements(corpus: Corpus, trace: list[tuple[schema.Quote, schema.Quote, str]] | None = None) -> list[schema.Conflict]:
    """Statement conflicts; ``trace``, when given, receives every candidate pair with the
    rule that rejected it or its confidence (``scripts/conflict_candidates.py``)."""
    note = trace.append if trace is not None else (lambda _row: None)
    quotes = [q for q in corpus.story.quotes if q.text.strip()]
    claims = [_claim(corpus, q) for q in quotes]
    # a quote with no predicate can contradict nothing: it takes no neighbour slot
    keep = [i for i, c in enumerate(claims) if c.predicates]
    quotes, claims = [quotes[i] for i in keep], [claims[i] for i in keep]
    names: dict[str | None, str] = {e.id: e.name for e in corpus.story.entities}  # looked up by open speakers too
    if len(quotes) < 2:
        return denied_charges(corpus, names, set(), note)  # a charge needs no predicate
    vecs = corpus.embedder([q.text for q in quotes])
    keys = []
    for q, claim in zip(quotes, claims):
        ks = {f"e:{e}" for e in _quote_entities(corpus, q)}
        ks |= {f"o:{o}" for p in claim.predicates for o in p.objects}
        keys.append(ks)
    out: dict[str, schema.Conflict] = {}
    found: dict[str, stance.Contradiction] = {}
    # each quote's dispute words and denial, read once, not once per pair it is in
    cues = [stance.dispute_cues(q.text) for q in quotes]
    denials = [_denial(corpus, q) for q in quotes]
    for i, j in sorted(candidate_pairs(keys, vecs)):
        qa, qb = quotes[i], quotes[j]
        if qa.span.doc != qb.span.doc and root_doc(corpus, qa.span.doc) == root_doc(corpus, qb.span.doc):
            note((qa, qb, "syndicated copy"))
            continue  # a syndicated copy does not contradict its original
        if qa.span.doc == qb.span.doc and qa.span.start < qb.span.end and qb.span.start < qa.span.end:
            note((qa, qb, "overlapping quotes"))
            continue  # overlapping quotes of one text
        cos = float(vecs[i] @ vecs[j])
        if cos < MIN_COS:
            note((qa, qb, f"not similar (cos {cos:.2f})"))
            continue
        c = stance.contradiction(claims[i], claims[j])
        if c is None:
            note((qa, qb, "no opposed predicates"))
            continue
        elsewhere = _framed_elsewhere(corpus, qa, c.a, qb) or _framed_elsewhere(corpus, qb, c.b, qa)
        if elsewhere:
            note((qa, qb, f"{c.reason()}; rejected: not the same referent (one side is about {elsewhere})"))
            continue  # "In the Mapleton case, the firm settled" is not about the other side's claims
        dispute_words = _disputed(cues[i], cues[j], denials[i] or denials[j])
        disputed = bool(dispute_words)
        subj_a, subj_b = _subject(corpus, qa, c.a, names), _subject(corpus, qb, c.b, names)
        referent = _same_referent(qa, qb, c, disputed, subj_a, subj_b, cues[i], cues[j])
        when = _compatible_time(corpus, qa, qb, disputed) if referent else None
        if referent is None or when is None:
            note((qa, qb, f"{c.reason()}; rejected: " + ("not the same referent" if referent is None else "not the same time")))
            continue  # opposite verbs about different things, or an update: no conflict at all
        sa, sb = _side_of(corpus, qa, claims[i]), _side_of(corpus, qb, claims[j])
        # read both ways (a disputes b, b disputes a): the stronger reading counts
        who_a, who_b = qa.speaker or qa.speaker_text, qb.speaker or qb.speaker_text
        independent = float(root_doc(corpus, qa.span.doc) != root_doc(corpus, qb.span.doc) and not (who_a and who_a == who_b))
        evs = [stance.evidence(sa, sb, cos), stance.evidence(sb, sa, cos)]
        # a question asserts nothing to dispute, on whichever side it stands: the model
        # reads it on side a only, and the stronger reading below would drop it
        question = max(e["question"] for e in evs)
        for e in evs:
            e["independent"] = independent
            e["question"] = question
        ev = max(evs, key=stance.combined)
        conf = stance.combined(ev)
        items = [qa.id, qb.id]
        cid = conflict_id("statement", items)
        wa = names.get(qa.speaker) or qa.speaker_text or "an unnamed source"
        wb = names.get(qb.speaker) or qb.speaker_text or "an unnamed source"
        da, db = qa.span.doc, qb.span.doc
        evidence = stance.described(ev)
        if who_a and who_a == who_b:
            # one speaker at two times: a change of position more often than a dispute, and a
            # conflict needs two claimants (round thirty: both sides of seed-107 fox C1 were BP's
            # statements on two matters): kept, never shown
            conf = min(conf * 0.6, stance.CAP)
            evidence.append("one speaker on both sides")
        past = [q for q, p in ((qa, c.a), (qb, c.b)) if p.tense == "past"]
        if len(past) == 1 and {c.a.tense, c.b.tense} == {"past", "present"} and past[0].kind == "direct":
            # a reported "said it was no longer interested" is backshifted present, not past
            evidence.append("one side in the past tense: both may have held at their time")
            conf *= 0.8
        evidence.append(referent)
        for why in _unshown(corpus, qa, qb, c, referent, (subj_a, subj_b)):
            conf = min(conf, stance.CAP)  # kept in the story's conflicts, not shown by default
            evidence.append(why)
        if when != "same":
            conf = min(conf, stance.CAP)
            evidence.append(when)
        if disputed:
            evidence.append("explicit dispute words on a side: " + ", ".join(dispute_words))
        found[cid] = c
        note((qa, qb, f"{c.reason()}; confidence {conf:.3f}: " + "; ".join(evidence)))
        out[cid] = schema.Conflict(
            id=cid, kind="statement", items=items,
            claimants=[x for x in (who_a, who_b) if x],
            explanation=f"{wa}: \"{qa.text}\" against {wb}: \"{qb.text}\": {c.reason()}.",
            sides=[_side([qa.id], [who_a], [qa.span] + _pred_span(corpus, da, c.a)),
                   _side([qb.id], [who_b], [qb.span] + _pred_span(corpus, db, c.b))],
            confidence=round(conf, 3), evidence=evidence, proposition=_statement_proposition(c),
        )
    spans = {q.id: q.span for q in quotes}
    kept = _dedupe(list(out.values()), spans)
    grouped = _group_statements(kept, found, spans)
    paired = {frozenset(c.items) for c in kept} | {frozenset(c.items) for c in grouped}
    return grouped + denied_charges(corpus, names, paired, note)


# a phrase the text marks as someone's words: 1-8 words in straight or curly double quotes
_MARKED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{3,80})[\"\u201d]")
# the charge told as a condition or a question is not made: "whether it amounted to ..."
_UNASSERTED = re.compile(r"\b(?:if|whether|could|might|may|would)\b", re.IGNORECASE)


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in re.findall(r"[\w'-]+", text))


def _marked(text: str) -> list[tuple[str, ...]]:
    """The phrases a quote marks in quotation marks, as lower-cased words (at most 8)."""
    return [w for m in _MARKED.finditer(text) if 0 < len(w := _words(m.group(1))) <= 8]


def _inside(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    return any(whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def denied_charges(corpus: Corpus, names: dict, paired: set[frozenset[str]],
                   note=lambda _row: None) -> list[schema.Conflict]:
    """A denial of a charge another source makes, where no predicate carries the charge:
    "Acme denied that its handling of the leak amounted to 'gross negligence'" against a
    partner's "what the firm has called Acme's 'gross negligence or wilful
    misconduct'". Each is a conflict only when all of this holds: one quote's cue denies
    what it reports (``QuoteItem.denial``); it marks a phrase in quotation marks (the
    words of the charge) that the other quote marks too, inside its own marked phrase;
    the other quote names the denier (the charge is about who denies it), is no denial
    itself, and tells the charge as made, not as a condition or a question ("whether",
    "if", "could"); the speakers differ; the times are compatible (a denial answers
    what was said before). ``paired``: the item sets already in a statement conflict.
    One conflict per denial, with every quote that makes the charge on the other side."""
    quotes = [q for q in corpus.story.quotes if q.text.strip()]
    marked = {q.id: _marked(q.text) for q in quotes}
    out = []
    for d in quotes:
        item = corpus.quote_item(d.span)
        if item is None or not item.denial or not marked[d.id]:
            continue
        who_d = d.speaker or d.speaker_text
        name = names.get(d.speaker) or d.speaker_text or ""
        name_words = {w for w in re.findall(r"[\w'-]+", name) if w[:1].isupper()}
        if not who_d or not name_words:
            continue
        charges = []
        for q in quotes:
            if q.id == d.id or not marked[q.id] or (q.speaker or q.speaker_text) in (None, who_d):
                continue
            other = corpus.quote_item(q.span)
            if other is not None and other.denial:
                continue
            phrase = next((p for p in marked[d.id] for r in marked[q.id] if _inside(p, r)), None)
            if phrase is None:
                continue
            names_denier = any(re.search(r"\b" + re.escape(w) + r"(?:'s|\u2019s)?\b", q.text) for w in name_words)
            at = q.text.lower().find(phrase[0])
            if not names_denier or _UNASSERTED.search(q.text[: max(at, 0)]):
                note((d, q, "a denial and a marked phrase in common; rejected: " +
                      ("the other side does not name the denier" if not names_denier else "the charge is not asserted")))
                continue
            when = _compatible_time(corpus, d, q, True)
            if when is None or frozenset((d.id, q.id)) in paired:
                continue
            charges.append((q, " ".join(phrase)))
        if not charges:
            continue
        items = sorted({d.id, *(q.id for q, _ in charges)})
        same_day = all(q.span.doc == d.span.doc or (_day(corpus, q.span.doc) or "x") == _day(corpus, d.span.doc)
                       for q, _ in charges)
        conf = 0.8 if same_day else 0.65
        q0, charge = charges[0]
        who_c = [w for q, _ in charges if (w := q.speaker or q.speaker_text)]
        wd = names.get(d.speaker) or d.speaker_text
        wc = names.get(q0.speaker) or q0.speaker_text
        evidence = [f"a denial of the charge the other side makes: '{charge}'",
                    "the charge names the denier", "different speakers",
                    "the same day" if same_day else "a denial answers what was said before"]
        for q, ph in charges:
            note((d, q, f"a denied charge '{ph}'; confidence {conf}"))
        out.append(schema.Conflict(
            id=conflict_id("statement", items), kind="statement", items=items,
            claimants=list(dict.fromkeys([who_d, *who_c])),
            explanation=(f"{wc}: \"{q0.text}\" against {wd}, who denied \"{d.text}\": "
                         f"a denial of the charge '{charge}'."),
            sides=[_side([q.id for q, _ in charges], who_c, [q.span for q, _ in charges]),
                   _side([d.id], [who_d], [d.span])],
            confidence=conf, evidence=evidence, proposition=f"{name} {charge}",
        ))
    return out


def _disputed(cues_a: list[str], cues_b: list[str], denial: bool) -> list[str]:
    """The explicit dispute words of either side ("denied", "contrary to": each side's
    ``stance.dispute_cues``), or ["denied"] when a side's reporting cue denies what it reports."""
    return (cues_a + cues_b) or (["denied"] if denial else [])


def _day(corpus: Corpus, doc: str) -> str | None:
    a = corpus.by_id.get(doc)
    pub = a.document.published.value if a and a.document.published else None
    return pub[:10] if pub and len(pub) >= 10 else None


def _denial(corpus: Corpus, q: schema.Quote) -> bool:
    item = corpus.quote_item(q.span)
    return bool(item and item.denial)


_PRONOUN = re.compile(r"^(?:that\s+)?(?:it|they|he|she)\b", re.IGNORECASE)


def _subject(corpus: Corpus, q: schema.Quote, p: stance.Predicate, names: dict) -> str | frozenset[str] | None:
    """Who the predicate is asserted of: its named subject (the per-document reading),
    else, when its subject is a third-person pronoun opening the quote's clause ("Acme
    said it would stay"; not "we", the speaker's side rather than the speaker), the
    speaker it stands for, as the words of the
    speaker's name; None when unknown (a common noun could be anyone). Read from the text
    between the clause start and the predicate: the corpus stage has no parse, and the
    reported speaker is the usual referent of such a pronoun in news."""
    if p.subject:
        return p.subject
    name = names.get(q.speaker) or q.speaker_text or ""
    if not name[:1].isupper() or _PRONOUN.match(name):
        return None
    before = corpus.text(schema.Span(doc=q.span.doc, start=q.span.start, end=max(q.span.start, p.start)))
    clause = re.split(r"[,;:]\s*", before)[-1].strip() if before else ""
    if not _PRONOUN.match(clause):
        return None
    return frozenset(a_stance_norm(w) for w in name.split() if w[:1].isupper())


def _same_subject(x, y) -> bool:
    if isinstance(x, str) and isinstance(y, str):
        return x == y
    if isinstance(x, frozenset) and isinstance(y, frozenset):
        return x == y
    return (x in y) if isinstance(y, frozenset) else (y in x)


def _objects(q: schema.Quote, p: stance.Predicate, cues: list[str]) -> set[str]:
    """What the predicate is about, less the words of a dispute phrase in the quote
    ("contrary to reports, the firm will stay": about Canada, not about the reports);
    ``cues``: the quote's dispute words."""
    phrases = " ".join(m.group(0) for cue in cues
                       for m in re.finditer(re.escape(cue) + r"[^,;.]*", q.text, re.IGNORECASE))
    words = {a_stance_norm(w) for w in re.findall(r"\w+", phrases)}
    return {o for o in p.objects if o not in words}


def _same_referent(qa: schema.Quote, qb: schema.Quote, c: stance.Contradiction, disputed: bool,
                   sa, sb, cues_a: list[str], cues_b: list[str]) -> str | None:
    """Why the two opposed predicates are about the same referent, or None: then they are
    no conflict at all, shown or hidden. Opposite verbs of one class are not enough (all
    37 hidden conflicts of the third audit were false: schools closed in three different
    towns, a baby in Glasgow and a child in Texas who did or did not die). The same
    referent is the same named subject on both sides; or, in one text, a subject named
    on one side and an anaphor ("the firm", "it") on the other; or, with an explicit
    dispute word ("contrary to", "denied") on a side, a subject named on one side only,
    or none named and the same object phrases on both predicates (the same head noun
    with the same modifiers: "the U.S." and "the U.S.", not "Canada" and "western
    Canada"). Some of these are kept but not shown (``_unshown``)."""
    if sa and sb and _same_subject(sa, sb):
        return SAME_NAMED
    if isinstance(sa, str) and isinstance(sb, str):
        return None  # two names: two subjects
    # a pronoun read as its speaker that does not match tells nothing: read as unnamed
    sa, sb = (x if isinstance(x, str) else None for x in (sa, sb))
    if (sa or sb) and qa.span.doc == qb.span.doc:
        return REFERS
    if disputed and (sa or sb):
        return ANSWERS_NAMED
    if disputed and _objects(qa, c.a, cues_a) == _objects(qb, c.b, cues_b):
        return "a dispute word, and the same things named on both sides"
    return None


_TOKEN = re.compile(r"\w[\w.'\u2019-]*")


def _topic_counts(corpus: Corpus) -> tuple[dict[str, int], int]:
    """In how many of the story's documents each word and each pair of adjacent words is
    found, written as ``analyse.stance.norm_object`` writes a predicate's object ("spill",
    "oil spill", "oilspill"), and the number of documents. Read once per corpus, when the
    first pair asks (the corpus stage keeps no parse: words of the text, not nouns)."""
    if "topic_counts" not in corpus.memo:
        counts: Counter[str] = Counter()
        for a in corpus.analyses:
            words = [w.rstrip(".'\u2019-") for w in _TOKEN.findall(a.document.text)]
            seen = {a_stance_norm(w) for w in words}
            seen |= {a_stance_norm(f"{x} {y}") for x, y in zip(words, words[1:])}
            seen |= {a_stance_norm(f"{x}{y}") for x, y in zip(words, words[1:])}
            counts.update(seen)
        corpus.memo["topic_counts"] = (counts, len(corpus.analyses))
    return corpus.memo["topic_counts"]


def _topical(corpus: Corpus, word: str) -> bool:
    """Is ``word`` (an object or a subject as the stance reader writes it) what the whole
    story is about: found in more than ``TOPIC_SHARE`` of its documents, of at least
    ``TOPIC_MIN_DOCS``? Such a word ("spill", "BP" in an oil-spill story; "flu" in a flu
    story) is shared by statements about anything in the story, so it shows no referent."""
    counts, n = _topic_counts(corpus)
    return n >= TOPIC_MIN_DOCS and counts.get(word, 0) > TOPIC_SHARE * n


_CLAUSE_START = re.compile(r"[,;:()\u2013\u2014\"\u201c\u201d]|\s-\s|\b(?:that|and|but|because|while|whereas|as|if|when)\s", re.IGNORECASE)


def _subject_head(corpus: Corpus, q: schema.Quote, p: stance.Predicate) -> str | None:
    """The head noun of a common-noun subject told right before the predicate, lower case
    ("the broken valve worsened" -> "valve"; "the seal was not tested" -> "seal"), or None:
    no words there, a pronoun, a name (``Predicate.subject`` and ``_subject`` read those),
    or words that are no noun phrase. Read from the words between the clause start and the
    predicate, less auxiliaries, negations and adverbs (``subject_skip.txt``): the corpus
    stage keeps no parse, so it reads only a subject of one to four words, all lower case
    but a first capital, and abstains otherwise."""
    if p.subject:
        return None
    before = corpus.text(schema.Span(doc=q.span.doc, start=q.span.start, end=max(q.span.start, p.start)))
    clause = _CLAUSE_START.split(before)[-1] if before else ""
    skip = lexicon.words("resolve/subject_skip.txt")
    words = re.findall(r"[\w'\u2019-]+", clause)
    while words and (words[-1].lower() in skip or words[-1].lower().endswith("ly")):
        words.pop()
    while words and words[0].lower() in skip:
        words.pop(0)
    if not 1 <= len(words) <= 4 or any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and len(words) == 1):
        return None
    head = words[-1].lower()
    if not head.isalpha():
        return None
    return a_stance_norm(head)


_TO_VERB = re.compile(r"\s+to\s+([a-z]+)")


def _acts(corpus: Corpus, q: schema.Quote, p: stance.Predicate) -> str | None:
    """The act a verb of trying or managing is told of ("managed to seal" -> "seal"), lower
    case, less an "-ing", "-ed" or "-s" ending, or None for another verb or none read. Read
    from the words right after the predicate (the corpus stage keeps no parse)."""
    if p.lemma.lower() not in lexicon.words("resolve/catenative_verbs.txt"):
        return None
    after = corpus.text(schema.Span(doc=q.span.doc, start=p.end, end=min(p.end + 40, q.span.end)))
    m = _TO_VERB.match(after)
    if not m:
        return None
    return re.sub(r"(?:ing|ed|s)$", "", m.group(1)) or m.group(1)


def _refers_back(corpus: Corpus, q: schema.Quote, p: stance.Predicate, subject, named: str | None = None) -> bool:
    """Is the predicate told of a word that refers back to a party the text names
    (``anaphor_subjects.txt``: "it", "they", "the company"), read from the words between
    its clause start and the predicate, less auxiliaries, negations and adverbs? ``subject``:
    the side's ``_subject``; a pronoun already read as its own speaker (a frozenset that did
    not match the other side's name) refers to the speaker, not to the named subject. Words
    of the text, not a parse: the corpus stage keeps none, so any longer or other subject
    ("the decision to suspend", none at all after "but leaving") abstains. ``named``: the
    other side's named subject, which this side may write itself where the per-document
    reading left its subject unread ("Beta did not close ...")."""
    if subject is not None:
        return False
    before = corpus.text(schema.Span(doc=q.span.doc, start=q.span.start, end=max(q.span.start, p.start)))
    clause = _CLAUSE_START.split(before)[-1] if before else ""
    skip = lexicon.words("resolve/subject_skip.txt")
    words = [w.lower() for w in re.findall(r"[\w'\u2019-]+", clause)]
    while words and (words[-1] in skip or words[-1].endswith("ly")):
        words.pop()
    while words and words[0] == "that":
        words.pop(0)
    if named and words and a_stance_norm(" ".join(words)) == named:
        return True
    if len(words) == 2 and words[0] in ("the", "this"):
        words = words[1:]
    return len(words) == 1 and words[0] in lexicon.words("resolve/anaphor_subjects.txt")


def _admission(q: schema.Quote) -> bool:
    """Is the quote told as an admission ("Acme admitted ...": its cue, ``admission_cues.txt``)?"""
    return bool(q.cue) and any(w in lexicon.words("resolve/admission_cues.txt") for w in _words(q.cue or ""))


def _unshown(corpus: Corpus, qa: schema.Quote, qb: schema.Quote, c: stance.Contradiction, referent: str,
             subjects: tuple = (None, None)) -> list[str]:
    """Why a pair found to be of one referent is still not shown by default (it stays in the
    story's conflicts, below ``stance.SHOW``), or []. False classes of round twenty-five (the held-out
    seed-79 audit's and an in-sample seed-89 build's):
    - the shared predicate is a verb of trying or managing told of two different acts
      ("managed to seal a pipe" against "has not managed to slow the leak":
      ``catenative_verbs.txt``), whoever the subject;
    and, only where the referent is not the same named subject:
    - what both predicates share is only the story's topic (``_topical``): "a diver denied
      the leak worsened the spill" and "the firm said the cap did not stop the spill" share
      "spill", as any two statements of an oil-spill story do;
    - the subject named on one side only, whose claim a dispute word is read to answer, is
      the story's topic ("BP" in an oil-spill story): every article is about it, so it does
      not show the disputing side is about the same thing;
    - an admission ("Acme admitted it had skipped the test") grants something about the
      admitter's own act: it is the other side only of a claim about that act, of the same
      named subject (or the admitter's pronoun read as its name), not of another party's
      stand on another matter;
    - the two predicates are told of two different common-noun subjects ("the valve
      worsened the spill" against "the storm did not worsen the spill"): a dispute word and
      the same object do not make "the valve" and "the storm" one referent;
    - the referent is only that one side names the subject and the other is in the same
      text (``REFERS``), but the other side's predicate is not told of a word that refers
      back (``_refers_back``: round thirty, seed-107 "the oil is gone, leaving residents
      skeptical" against "Obama will return to the Gulf"). ``subjects``: each side's
      ``_subject``."""
    out = []
    acts = _acts(corpus, qa, c.a), _acts(corpus, qb, c.b)
    if acts[0] and acts[1] and acts[0] != acts[1]:
        out.append(f"'{c.a.word}' is told of two different acts ('{acts[0]}', '{acts[1]}')")
    if referent == SAME_NAMED:
        return out
    named = c.a.subject or c.b.subject
    if referent == ANSWERS_NAMED and named and _topical(corpus, named):
        out.append(f"the subject named on one side ('{named}') is the story's topic, found in nearly all its "
                   f"documents: the dispute word does not show the other side is about it")
    ha, hb = _subject_head(corpus, qa, c.a), _subject_head(corpus, qb, c.b)
    if ha and hb and ha != hb:
        out.append(f"the two predicates are told of different subjects ('{ha}', '{hb}')")
    # c.shared is never empty: stance.contradiction pairs only predicates that share an object word
    if all(_topical(corpus, o) for o in c.shared):
        out.append(f"all both sides share ({', '.join(sorted(c.shared))}) is the story's topic, found in nearly "
                   f"all its documents: no specific referent")
    if referent == REFERS:
        unnamed = [(q, p, x) for q, p, x in ((qa, c.a, subjects[0]), (qb, c.b, subjects[1])) if not isinstance(x, str)]
        named_subject = next((x for x in subjects if isinstance(x, str)), None)
        if unnamed and not all(_refers_back(corpus, q, p, x, named_subject) for q, p, x in unnamed):
            out.append("one side names the subject, and the other side's predicate is not told of a word that "
                       "refers back to it (a pronoun or 'the company'): not shown to be the same referent")
    if _admission(qa) or _admission(qb):
        out.append("an admission answers only a claim about the admitter's own act, and the other side is not "
                   "shown to be about it")
    return out


@functools.cache
def _frame_pattern() -> re.Pattern:
    heads = "|".join(sorted(map(re.escape, lexicon.words("resolve/referent_frames.txt")), key=len, reverse=True))
    # "in the Mapleton case", "In the 2005 Ridgefield blast": up to four capitalised or
    # numeric words before the head noun name the occurrence (a frame of the clause)
    return re.compile(rf"\b[Ii]n\s+(?:the\s+)?(?P<name>(?:(?:[A-Z][\w'.-]*|\d{{4}})\s+){{1,4}})(?:{heads})\b")


def _framed_elsewhere(corpus: Corpus, q: schema.Quote, p: stance.Predicate, other: schema.Quote) -> str | None:
    """The named occurrence a frame before the predicate, in its own sentence, scopes the
    statement to ("In the Mapleton case, the firm settled all claims": the Mapleton case),
    when the other side's quote does not name it; else None. Two such statements are about
    two referents, never a conflict. A regular expression over the words from the clause's
    sentence start to the predicate, not a parse: the corpus stage keeps no parse."""
    before = corpus.text(schema.Span(doc=q.span.doc, start=q.span.start, end=max(q.span.start, p.start)))
    sentence = re.split(r"[.!?]\s+", before)[-1] if before else ""
    for m in _frame_pattern().finditer(sentence):
        name = m.group("name").split()
        words = [w for w in name if w.lower() not in ("the", "a", "an")]
        if words and not all(re.search(r"\b" + re.escape(w) + r"\b", other.text) for w in words):
            return m.group(0)[m.start("name") - m.start():].strip()
    return None


def _compatible_time(corpus: Corpus, qa: schema.Quote, qb: schema.Quote, disputed: bool) -> str | None:
    """"same" when the two statements are of one time (one text, or two published the same
    day, or an explicit dispute of what was reported before); None when they are not (told
    on different days: both may have held at their time; the same speaker later is an
    update); otherwise why it is not known (the pair stays a possible conflict, hidden)."""
    if qa.span.doc == qb.span.doc:
        return "same"
    who_a, who_b = qa.speaker or qa.speaker_text, qb.speaker or qb.speaker_text
    da, db = _day(corpus, qa.span.doc), _day(corpus, qb.span.doc)
    if da and db and da != db:
        if who_a and who_a == who_b:
            return None  # one source later: an update, not a dispute
        return "same" if disputed else None
    if da and da == db:
        return "same"
    return "same" if disputed else "when each was said is not known to be the same day"


def _statement_proposition(c: stance.Contradiction) -> str:
    who = f"{c.a.subject or c.b.subject} " if (c.a.subject or c.b.subject) else ""
    return f"{who}{c.a.cls} about {', '.join(sorted(c.shared))}"


def _group_statements(found: list[schema.Conflict], how: dict[str, stance.Contradiction],
                      spans: dict[str, schema.Span]) -> list[schema.Conflict]:
    """One conflict per proposition: pairs with the same predicate class and named subject
    whose shared objects meet are one disagreement; its sides are the two polarities."""

    def keys(c: schema.Conflict) -> list[tuple]:
        m = how[c.id]
        subject = m.a.subject or m.b.subject or ""
        return [(m.a.cls, subject, obj) for obj in sorted(m.shared)]

    out = []
    for members in _joined(found, keys):
        members.sort(key=lambda c: (-(c.confidence or 0), c.id))
        if len(members) == 1:
            out.append(members[0])
            continue
        # each item's polarity on the proposition, from the pairs it is in
        sign: dict[str, int] = {}
        side_of: dict[str, schema.ConflictSide] = {}
        for c in members:
            m = how[c.id]
            for item, pred, side in zip(c.items, (m.a, m.b), c.sides):
                sign.setdefault(item, pred.sign)
                side_of.setdefault(item, side)
        items = sorted(sign)
        sides = []
        for pol in (1, -1):
            mine = [i for i in items if sign[i] == pol]
            if mine:
                sides.append(schema.ConflictSide(
                    items=mine, claimants=list(dict.fromkeys(w for i in mine for w in side_of[i].claimants)),
                    spans=[sp for i in mine for sp in side_of[i].spans]))
        best = members[0]
        out.append(schema.Conflict(
            id=conflict_id("statement", items), kind="statement", items=items,
            claimants=list(dict.fromkeys(w for c in members for w in c.claimants)),
            explanation=(f"{len(items)} statements on {best.proposition}, {len(sides)} sides. Strongest pair: "
                         + best.explanation),
            sides=sides, confidence=best.confidence, proposition=best.proposition,
            evidence=best.evidence + [f"{len(members)} opposed pairs"],
        ))
    return out


def _dedupe(found: list[schema.Conflict], spans: dict[str, schema.Span]) -> list[schema.Conflict]:
    """One conflict per pair of passages: two overlapping quotes of one text (a quote and
    the same quote with its attribution) against the same other side are one conflict."""

    def same(x: str, y: str) -> bool:
        a, b = spans[x], spans[y]
        return x == y or (a.doc == b.doc and a.start < b.end and b.start < a.end)

    kept: list[schema.Conflict] = []
    by_doc: dict[str, list[schema.Conflict]] = defaultdict(list)  # kept conflicts with a side in a document
    for c in sorted(found, key=lambda c: (-(c.confidence or 0), c.id)):
        a, b = c.items
        # a kept conflict that matches has a side in a's document: look only there
        if any((same(a, k.items[0]) and same(b, k.items[1])) or (same(a, k.items[1]) and same(b, k.items[0]))
               for k in by_doc[spans[a].doc]):
            continue
        kept.append(c)
        for doc in {spans[a].doc, spans[b].doc}:
            by_doc[doc].append(c)
    return kept


def _pred_span(corpus: Corpus, doc: str, p: stance.Predicate) -> list[schema.Span]:
    """The predicate's own span, when the quote's text is the document's text there."""
    span = schema.Span(doc=doc, start=p.start, end=p.end)
    return [span] if corpus.text(span) == p.word else []


def find(corpus: Corpus) -> list[schema.Conflict]:
    """Every conflict found, most confident first; ``shown`` marks those above ``stance.SHOW``."""
    found = numeric(corpus) + statements(corpus)
    for c in found:
        c.shown = (c.confidence or 0.0) >= stance.SHOW
    return sorted(found, key=lambda c: (not c.shown, c.kind, c.id))

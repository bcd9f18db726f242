"""Corpus-stage conflicts: numbers that cannot both hold, statements that contradict.

numeric
  - explicit: a figure the text sets against another ("Ren Zhengfei corrected these
    numbers", found per document by ``analyse.figures``) when their values cannot both
    hold (40-60% against "less than 20%"; 40% against 40-60% is no conflict);
  - implicit: figures with the same measure, subject, unit and an overlapping period
    from different claimants whose value intervals are disjoint. Candidates come from
    blocks keyed by (unit, currency, measure head), never from all pairs.
statement
  - quotes (``corpus.story.quotes``) read by ``resolve.stance`` into predicates; two
    contradict when they share a proposition and an object with opposite polarity.
    Candidate pairs: quotes sharing an entity or an object word (inverted index,
    over-general keys skipped) plus each quote's nearest embedding neighbours.

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

import hashlib
from collections import defaultdict

import numpy as np

from .. import neighbours, schema
from . import stance
from .corpus import Corpus
from .figures import (
    block_key,
    comparable,
    figure_date,
    growing,
    interval,
    overlaps,
    periods_overlap,
    root_doc,
)

NEIGHBOURS = 8  # embedding neighbours per quote
MIN_COS = 0.2  # below this two quotes are not about the same thing
MAX_BLOCK = 200  # a key shared by more quotes than this is too general to block on


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
            for j in (item.extra or {}).get("disputes", []):
                if j >= len(ids) or ids[i] not in figs or ids[j] not in figs:
                    continue
                fb, fa = figs[ids[i]], figs[ids[j]]
                # the text disputes one with the other: only values inside each other agree
                if not _incompatible(fa, fb, tolerance=False):
                    continue
                cue = item.extra.get("dispute_cue")
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
        for v in {f.value, f.low, f.high} - {None}:
            by_value[v].append(f)
    for a in corpus.analyses:
        doc = a.document.id
        for item in a.figures:
            value = (item.extra or {}).get("disputes_value")
            fb = figs.get(f"f-{doc}-{item.start}")
            if value is None or fb is None:
                continue
            cue = item.extra.get("dispute_cue")
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
    # implicit: same measure, subject, unit, period; disjoint values; different claimants
    blocks: dict[tuple, list[schema.Figure]] = defaultdict(list)
    for f in corpus.story.figures:
        if f.measure and f.role != "from" and f.period:
            # block by measure, subject, unit and year: only figures that could conflict meet
            blocks[(*block_key(f), f.period[:4])].append(f)
    for members in blocks.values():
        members.sort(key=lambda f: f.id)
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                fa, fb = members[x], members[y]
                if fa.group and fa.group == fb.group:
                    continue
                if _who(fa) == _who(fb) and (fa.span.doc == fb.span.doc or _who(fa)):
                    continue  # one source: a change over time or another measure, not a dispute
                if root_doc(corpus, fa.span.doc) == root_doc(corpus, fb.span.doc) and fa.span.doc != fb.span.doc:
                    continue
                # an unknown period cannot be shown to overlap: no implicit conflict without both
                if not (fa.period and fb.period) or not periods_overlap(fa.period, fb.period):
                    continue
                if not comparable(fa, fb) or not _incompatible(fa, fb):
                    continue
                if growing(fa.measure) or growing(fb.measure):
                    # a count that grows: values of different days are a series; only
                    # the same day from different claimants can conflict
                    da, db = figure_date(corpus, fa), figure_date(corpus, fb)
                    if not da or not db or len(da[0]) < 10 or da[0] != db[0] or not (_who(fa) and _who(fb)) or _who(fa) == _who(fb):
                        continue
                    if fa.span.doc == fb.span.doc:
                        continue  # one text telling two counts: an update or two measures, unless it disputes one
                items = [fa.id, fb.id]
                cid = conflict_id("numeric", items)
                if cid in out:
                    continue
                unknown = " (period from the publication date)" if "published" in (fa.period_source, fb.period_source) else ""
                evidence = ["same measure, subject and unit", "values that cannot both hold",
                            "independent sources" if root_doc(corpus, fa.span.doc) != root_doc(corpus, fb.span.doc) else "one document"]
                conf = 0.55
                if fa.subject and fb.subject:
                    conf += 0.1
                    evidence.append("the same named subject")
                if _who(fa) and _who(fb) and _who(fa) != _who(fb):
                    conf += 0.1
                    evidence.append("different named claimants")
                if unknown:
                    conf -= 0.15
                    evidence.append("period only from the publication date")
                else:
                    evidence.append(f"the same period ({fa.period})")
                out[cid] = schema.Conflict(
                    id=cid, kind="numeric", items=items, claimants=[c for c in (_who(fa), _who(fb)) if c],
                    explanation=f"{_describe(fa)}; {_describe(fb)}: {_range(fa)} and {_range(fb)} cannot both hold{unknown}.",
                    sides=[_side([fa.id], [_who(fa)], [fa.span]), _side([fb.id], [_who(fb)], [fb.span])],
                    confidence=round(conf, 3), evidence=evidence, proposition=_proposition(fa),
                )
    return _group_numeric(corpus, list(out.values()))


def _proposition(f: schema.Figure) -> str:
    return " ".join(x for x in (f.measure or "a figure", f"of {f.subject}" if f.subject else "", f"in {f.period}" if f.period else "") if x)


def _joined(found: list[schema.Conflict], keys) -> list[list[schema.Conflict]]:
    """The conflicts that share any key (``keys(conflict)`` lists them) joined into one
    group each, in the order of their first member; deterministic (ids sorted)."""
    parent = {c.id: c.id for c in found}
    owner: dict[tuple, str] = {}
    for c in sorted(found, key=lambda c: c.id):
        for key in keys(c):
            if key in owner:
                parent[_root(parent, c.id)] = _root(parent, owner[key])
            else:
                owner[key] = c.id
    groups: dict[str, list[schema.Conflict]] = defaultdict(list)
    for c in found:
        groups[_root(parent, c.id)].append(c)
    return list(groups.values())


def _root(parent: dict[str, str], x: str) -> str:
    """The root of x in a union-find forest held as child -> parent (path halving)."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _group_numeric(corpus: Corpus, found: list[schema.Conflict]) -> list[schema.Conflict]:
    """One conflict per disputed figure: pairs that share a figure (or agreement group) on
    the same measure and period join, their sides split by value."""
    figs = {f.id: f for f in corpus.story.figures}

    def keys(c: schema.Conflict) -> list[tuple]:
        return [(figs[i].group or figs[i].id, block_key(figs[i]), (figs[i].period or "")[:4]) for i in c.items]

    out = []
    for members in _joined(found, keys):
        if len(members) == 1:
            out.append(members[0])
            continue
        members.sort(key=lambda c: (-(c.confidence or 0), c.id))
        items = sorted({i for c in members for i in c.items})
        # sides: figures whose values overlap stand together
        sides: list[list[str]] = []
        for i in sorted(items, key=lambda i: (interval(figs[i], False) or (0, 0))[0]):
            iv = interval(figs[i], False)
            for side in sides:
                if iv and all(interval(figs[j], False) and overlaps(iv, interval(figs[j], False)) for j in side):
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
    out = set()
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
    return stance.denied(claim) if item.denial else claim


def _side_of(corpus: Corpus, q: schema.Quote, claim: stance.Claim) -> stance.Side:
    item = corpus.quote_item(q.span)
    a = corpus.by_id.get(q.span.doc)
    return stance.Side(claim=claim, text=q.text, context=a.document.text if a else "", denial=bool(item and item.denial))


def statements(corpus: Corpus) -> list[schema.Conflict]:
    quotes = [q for q in corpus.story.quotes if q.text.strip()]
    claims = [_claim(corpus, q) for q in quotes]
    # a quote with no predicate can contradict nothing: it takes no neighbour slot
    keep = [i for i, c in enumerate(claims) if c.predicates]
    quotes, claims = [quotes[i] for i in keep], [claims[i] for i in keep]
    if len(quotes) < 2:
        return []
    vecs = corpus.embedder([q.text for q in quotes])
    keys = []
    for q, c in zip(quotes, claims):
        ks = {f"e:{e}" for e in _quote_entities(corpus, q)}
        ks |= {f"o:{o}" for p in c.predicates for o in p.objects}
        keys.append(ks)
    names = {e.id: e.name for e in corpus.story.entities}
    out: dict[str, schema.Conflict] = {}
    found: dict[str, stance.Contradiction] = {}
    for i, j in sorted(candidate_pairs(keys, vecs)):
        qa, qb = quotes[i], quotes[j]
        if qa.span.doc != qb.span.doc and root_doc(corpus, qa.span.doc) == root_doc(corpus, qb.span.doc):
            continue  # a syndicated copy does not contradict its original
        if qa.span.doc == qb.span.doc and qa.span.start < qb.span.end and qb.span.start < qa.span.end:
            continue  # overlapping quotes of one text
        cos = float(vecs[i] @ vecs[j])
        if cos < MIN_COS:
            continue
        c = stance.contradiction(claims[i], claims[j])
        if c is None:
            continue
        sa, sb = _side_of(corpus, qa, claims[i]), _side_of(corpus, qb, claims[j])
        # read both ways (a disputes b, b disputes a): the stronger reading counts
        who_a, who_b = qa.speaker or qa.speaker_text, qb.speaker or qb.speaker_text
        independent = float(root_doc(corpus, qa.span.doc) != root_doc(corpus, qb.span.doc) and not (who_a and who_a == who_b))
        evs = [stance.evidence(sa, sb, cos), stance.evidence(sb, sa, cos)]
        for e in evs:
            e["independent"] = independent
        ev = max(evs, key=stance.combined)
        conf = stance.combined(ev)
        items = [qa.id, qb.id]
        cid = conflict_id("statement", items)
        wa = names.get(qa.speaker) or qa.speaker_text or "an unnamed source"
        wb = names.get(qb.speaker) or qb.speaker_text or "an unnamed source"
        da, db = qa.span.doc, qb.span.doc
        evidence = stance.described(ev)
        if who_a and who_a == who_b:
            conf *= 0.6  # one speaker at two times: a change of position more often than a dispute
            evidence.append("one speaker on both sides")
        past = [q for q, p in ((qa, c.a), (qb, c.b)) if p.tense == "past"]
        if len(past) == 1 and {c.a.tense, c.b.tense} == {"past", "present"} and past[0].kind == "direct":
            # a reported "said it was no longer interested" is backshifted present, not past
            evidence.append("one side in the past tense: both may have held at their time")
            conf *= 0.8
        found[cid] = c
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
    return _group_statements(kept, found, spans)


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

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

Ids are stable: ``c-<kind initial>-<hash of the sorted item ids>``.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

import numpy as np

from .. import neighbours, schema
from . import stance
from .corpus import Corpus
from .figures import block_key, comparable, interval, overlaps, periods_overlap, root_doc

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


def numeric(corpus: Corpus) -> list[schema.Conflict]:
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
                    score=1.0,
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
                    score=1.0,
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
                if _who(fa) == _who(fb) and fa.span.doc == fb.span.doc:
                    continue  # one source, one document: a change over time, not a dispute
                if root_doc(corpus, fa.span.doc) == root_doc(corpus, fb.span.doc) and fa.span.doc != fb.span.doc:
                    continue
                # an unknown period cannot be shown to overlap: no implicit conflict without both
                if not (fa.period and fb.period) or not periods_overlap(fa.period, fb.period):
                    continue
                if not comparable(fa, fb) or not _incompatible(fa, fb):
                    continue
                items = [fa.id, fb.id]
                cid = conflict_id("numeric", items)
                if cid in out:
                    continue
                unknown = " (period from the publication date)" if "published" in (fa.period_source, fb.period_source) else ""
                out[cid] = schema.Conflict(
                    id=cid, kind="numeric", items=items, claimants=[c for c in (_who(fa), _who(fb)) if c],
                    explanation=f"{_describe(fa)}; {_describe(fb)}: {_range(fa)} and {_range(fb)} cannot both hold{unknown}.",
                    sides=[_side([fa.id], [_who(fa)], [fa.span]), _side([fb.id], [_who(fb)], [fb.span])],
                    score=0.8 if unknown else 0.9,
                )
    return list(out.values())


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
        if c is None or (not c.lexical and cos < 0.5):
            continue
        items = [qa.id, qb.id]
        cid = conflict_id("statement", items)
        wa = names.get(qa.speaker) or qa.speaker_text or "an unnamed source"
        wb = names.get(qb.speaker) or qb.speaker_text or "an unnamed source"
        da, db = qa.span.doc, qb.span.doc
        out[cid] = schema.Conflict(
            id=cid, kind="statement", items=items,
            claimants=[x for x in (qa.speaker or qa.speaker_text, qb.speaker or qb.speaker_text) if x],
            explanation=f"{wa}: \"{qa.text}\" against {wb}: \"{qb.text}\": {c.reason()}.",
            sides=[_side([qa.id], [qa.speaker or qa.speaker_text], [qa.span] + _pred_span(corpus, da, c.a)),
                   _side([qb.id], [qb.speaker or qb.speaker_text], [qb.span] + _pred_span(corpus, db, c.b))],
            score=round(min(1.0, (0.6 if c.lexical else 0.3) + 0.4 * max(cos, 0.0)), 3),
        )
    return _dedupe(list(out.values()), {q.id: q.span for q in quotes})


def _dedupe(found: list[schema.Conflict], spans: dict[str, schema.Span]) -> list[schema.Conflict]:
    """One conflict per pair of passages: two overlapping quotes of one text (a quote and
    the same quote with its attribution) against the same other side are one conflict."""

    def same(x: str, y: str) -> bool:
        a, b = spans[x], spans[y]
        return x == y or (a.doc == b.doc and a.start < b.end and b.start < a.end)

    kept: list[schema.Conflict] = []
    by_doc: dict[str, list[schema.Conflict]] = defaultdict(list)  # kept conflicts with a side in a document
    for c in sorted(found, key=lambda c: (-(c.score or 0), c.id)):
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
    found = numeric(corpus) + statements(corpus)
    return sorted(found, key=lambda c: (c.kind, c.id))

"""Timeline summarisation mode: N dates, K sentences each, in tilse format.

For benchmark protocols (Timeline17, Crisis) where the number of dates and of
sentences per date is given. Needs only the per-document stage's sentences and
time expressions and each document's publication date.

1. Every sentence whose time expression resolves to a day (against its
   document's date, with its clause's tense) is a candidate for that day.
2. Days are ranked by how many documents refer to them (the DATEWISE intuition:
   important days are talked about), ties by the number of sentences; the top N
   are kept.
3. For each kept day, its candidate sentences are embedded and the K closest to
   the day's centroid are taken (most typical of what was said about that day),
   skipping near-repeats (cosine above 0.9 to one already taken).

Output: per date (ascending) a ``YYYY-MM-DD`` line, the sentences one per line,
then a line of dashes, as tilse reads it.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from . import timenorm
from .embed import Embedder
from .types import DocAnalysis

DASHES = "-" * 32
MAX_CANDIDATES = 40  # per date, the sentences embedded (the shortest-distance ones first)
REPEAT = 0.9


def _anchor(a: DocAnalysis) -> str | None:
    p = a.document.published
    if p is None or not p.value:
        return None
    if len(p.value) == 4 and p.earliest and p.earliest[:4] == p.value:
        return p.earliest[:7]
    return p.value


def candidates(analyses: list[DocAnalysis]) -> dict[str, list[tuple[str, str, int]]]:
    """Day -> [(document id, sentence text, sentence start)] of sentences that date something to that day."""
    out: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for a in analyses:
        anchor = _anchor(a)
        text = a.document.text
        sents = [s for s in a.sentences if not s.heading]
        for tx in a.timexes:
            rel = tx.extra.get("rel")
            value, gran = timenorm.resolve(rel, anchor, tx.extra.get("tense")) if rel else (tx.value, tx.granularity)
            if not value or gran not in ("day", "time"):
                continue
            day = value[:10]
            sent = next((s for s in sents if s.start <= tx.start < s.end), None)
            if sent is None:
                continue
            sentence = " ".join(text[sent.start : sent.end].split())
            if len(sentence.split()) < 5:
                continue
            out[day].append((a.document.id, sentence, sent.start))
    return out


def select(analyses: list[DocAnalysis], dates: int, per_date: int, embedder=None) -> dict[str, list[str]]:
    """Date -> its sentences, for the ``dates`` most referred-to days."""
    cands = candidates(analyses)
    pubs = sorted(a.document.published.value for a in analyses if a.document.published and a.document.published.value)
    last = pubs[-1][:10] if pubs else None

    def rank(day: str):
        items = cands[day]
        return (-len({d for d, _, _ in items}), -len(items), day)

    days = [d for d in cands if last is None or d <= last]
    chosen = sorted(days, key=rank)[:dates]
    embedder = embedder or Embedder()
    out: dict[str, list[str]] = {}
    for day in sorted(chosen):
        seen, uniq = set(), []
        for doc, sent, start in sorted(cands[day], key=lambda x: (x[0], x[2])):
            if sent not in seen:
                seen.add(sent)
                uniq.append(sent)
        uniq = uniq[:MAX_CANDIDATES]
        vecs = embedder(uniq)
        centroid = vecs.mean(axis=0)
        order = np.argsort(-(vecs @ centroid), kind="stable")
        picked: list[int] = []
        for i in order:
            if len(picked) >= per_date:
                break
            if any(float(vecs[i] @ vecs[j]) > REPEAT for j in picked):
                continue
            picked.append(int(i))
        out[day] = [uniq[i] for i in picked]
    return out


def format_tilse(timeline: dict[str, list[str]]) -> str:
    lines: list[str] = []
    for day in sorted(timeline):
        lines.append(day)
        lines.extend(timeline[day])
        lines.append(DASHES)
    return "\n".join(lines) + ("\n" if lines else "")


def write_timeline(analyses: list[DocAnalysis], dates: int, per_date: int, embedder=None) -> str:
    """The tilse-format timeline text of ``dates`` dates with up to ``per_date`` sentences each."""
    return format_tilse(select(analyses, dates, per_date, embedder))

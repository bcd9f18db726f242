"""The entity network of a story: who appears with whom, who speaks about whom, who disputes whom.

Nodes are the story's entities (type, mention and document counts). Edges, one per
pair of entities and kind, each with a weight and the cited spans that are its evidence:

- ``co-mention``: both are named in one sentence (weight: the number of such sentences);
- ``quote``: one is quoted saying something that names the other (weight: quotes;
  ``speaker`` says who spoke);
- ``conflict``: they stand on opposite sides of a conflict (weight: conflicts).

Edges are undirected (a quote edge keeps its speaker as an attribute), so the same
graph is written to GEXF and GraphML and read back by networkx as a (multi)graph.

Sentence bounds come from the store's sentence index when the story has a store; a
bare story.json has no sentence bounds, so :func:`split_sentences` cuts the cleaned
text at sentence-final punctuation (a plain rule, not spaCy: exporting must not need a
language model; at worst two sentences glued by an abbreviation count as one).
"""

from __future__ import annotations

import bisect
import math
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .. import schema

EVIDENCE_LIMIT = 20  # cited spans kept per edge (the weight still counts them all)
_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])|\n\s*\n|\n"
)


@dataclass
class Node:
    id: str
    name: str
    type: str
    mentions: int
    documents: int


@dataclass
class Edge:
    source: str
    target: str
    kind: str  # co-mention | quote | conflict
    weight: int = 0
    evidence: list[schema.Span] = field(default_factory=list)
    speaker: str | None = (
        None  # quote edges: the entity that spoke (both, when each quotes the other)
    )

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.source}:{self.target}"


@dataclass
class Network:
    nodes: list[Node]
    edges: list[Edge]


Sentences = dict[str, list[tuple[int, int]]]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence bounds of a cleaned text by punctuation and line breaks (the fallback)."""
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start : m.start()].strip():
            bounds.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        bounds.append((start, len(text)))
    return bounds


def store_sentences(db_path: str | Path, docs: Iterable[str] | None = None, chunk: int = 500) -> Sentences:
    """Sentence bounds per document from a store (only read): of the documents ``docs``
    (a story's), or of every document. A story's are read from its documents' analyses by
    id (a few hundred a query): the sentence index cannot look a document up, so asking it
    for a story's would scan every stored sentence."""
    db = sqlite3.connect(str(db_path))
    out: Sentences = defaultdict(list)
    try:
        if docs is None:
            for doc, start, end in db.execute("SELECT doc_id, start, end FROM sentences"):
                out[doc].append((int(start), int(end)))
        else:
            wanted = sorted(set(docs))
            for i in range(0, len(wanted), chunk):
                part = wanted[i : i + chunk]
                for doc, start, end in db.execute(
                        "SELECT d.id, json_extract(s.value, '$.start'), json_extract(s.value, '$.end') FROM documents d,"
                        f" json_each(d.analysis, '$.sentences') s WHERE d.id IN ({','.join('?' * len(part))})", part):
                    out[doc].append((int(start), int(end)))
    finally:
        db.close()
    return {doc: sorted(b) for doc, b in out.items()}


def story_sentences(db_path: str | Path, story: schema.Story) -> Sentences:
    """``store_sentences`` of the story's documents only."""
    return store_sentences(db_path, [d.id for d in story.documents])


def _add(
    edges: dict,
    a: str,
    b: str,
    kind: str,
    span: schema.Span | list[schema.Span],
    speaker: str | None = None,
) -> None:
    """One more link of this kind between a and b, with its cited span(s) as evidence."""
    s, t = sorted((a, b))
    e = edges.get((s, t, kind))
    if e is None:
        e = edges[(s, t, kind)] = Edge(s, t, kind)
    e.weight += 1
    for sp in span if isinstance(span, list) else [span]:
        if len(e.evidence) < EVIDENCE_LIMIT and sp not in e.evidence:
            e.evidence.append(sp)
    if speaker:
        e.speaker = speaker if e.speaker in (None, speaker) else "both"


def build(story: schema.Story, sentences: Sentences | None = None) -> Network:
    """The network of ``story``; ``sentences`` (doc id -> bounds) from the store when known."""
    ids = {e.id for e in story.entities}
    texts = {d.id: d.text for d in story.documents}
    nodes = [
        Node(e.id, e.name, e.type, len(e.mentions), len({m.doc for m in e.mentions}))
        for e in story.entities
    ]
    by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for e in story.entities:
        for m in e.mentions:
            by_doc[m.doc].append((m.start, m.end, e.id))
    edges: dict[tuple[str, str, str], Edge] = {}
    # co-mention in a sentence
    for doc, mentions in sorted(by_doc.items()):
        bounds = (sentences or {}).get(doc) or split_sentences(texts.get(doc, ""))
        starts = [b[0] for b in bounds]
        in_sentence: dict[int, set[str]] = defaultdict(set)
        for start, end, eid in mentions:
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and end <= bounds[i][1]:
                in_sentence[i].add(eid)
        for i, members in sorted(in_sentence.items()):
            span = schema.Span(doc=doc, start=bounds[i][0], end=bounds[i][1])
            ordered = sorted(members)
            for x in range(len(ordered)):
                for y in range(x + 1, len(ordered)):
                    _add(edges, ordered[x], ordered[y], "co-mention", span)
    # a quote that names another entity
    for q in story.quotes:
        if q.speaker not in ids:
            continue
        named = {
            eid
            for start, end, eid in by_doc.get(q.span.doc, [])
            if q.span.start <= start and end <= q.span.end and eid != q.speaker
        }
        for eid in sorted(named):
            _add(edges, q.speaker, eid, "quote", q.span, speaker=q.speaker)
    # claimants on opposite sides of a conflict
    for c in story.conflicts:
        if len(c.sides) >= 2:
            pairs = {
                tuple(sorted((a, b)))
                for i, side in enumerate(c.sides)
                for other in c.sides[i + 1 :]
                for a in side.claimants
                for b in other.claimants
                if a in ids and b in ids and a != b
            }
            spans = [s for side in c.sides for s in side.spans]
        else:
            claimants = sorted({x for x in c.claimants if x in ids})
            pairs = {(a, b) for i, a in enumerate(claimants) for b in claimants[i + 1 :]}
            spans = []
        for a, b in sorted(pairs):
            _add(edges, a, b, "conflict", spans)
    return Network(nodes, [edges[k] for k in sorted(edges)])


def main_subgraph(net: Network, limit: int = 30) -> Network:
    """The ``limit`` most-mentioned entities that have an edge, and the edges among them."""
    linked = {e.source for e in net.edges} | {e.target for e in net.edges}
    nodes = sorted(
        (n for n in net.nodes if n.id in linked),
        key=lambda n: (-n.mentions, n.name, n.id),
    )[:limit]
    keep = {n.id for n in nodes}
    return Network(
        nodes, [e for e in net.edges if e.source in keep and e.target in keep]
    )


def layout(net: Network, iterations: int = 200) -> dict[str, tuple[float, float]]:
    """Deterministic force-directed positions in [0, 1]^2 (Fruchterman-Reingold).

    Written here because the report is drawn in Python without networkx (a dev-only
    dependency); a few dozen nodes make this O(n^2) loop instant.
    """
    n = len(net.nodes)
    if n == 0:
        return {}
    if n == 1:
        return {net.nodes[0].id: (0.5, 0.5)}
    index = {node.id: i for i, node in enumerate(net.nodes)}
    pos = [
        [
            0.5 + 0.4 * math.cos(2 * math.pi * i / n),
            0.5 + 0.4 * math.sin(2 * math.pi * i / n),
        ]
        for i in range(n)
    ]
    weights: dict[tuple[int, int], float] = defaultdict(float)
    for e in net.edges:
        i, j = index[e.source], index[e.target]
        weights[(min(i, j), max(i, j))] += math.log1p(e.weight)
    k = math.sqrt(1.0 / n)
    temp = 0.1
    for _ in range(iterations):
        disp = [[0.0, 0.0] for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
                d = math.hypot(dx, dy) or 1e-6
                f = k * k / d
                disp[i][0] += dx / d * f
                disp[i][1] += dy / d * f
                disp[j][0] -= dx / d * f
                disp[j][1] -= dy / d * f
        for (i, j), w in weights.items():
            dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
            d = math.hypot(dx, dy) or 1e-6
            f = d * d / k * w
            disp[i][0] -= dx / d * f
            disp[i][1] -= dy / d * f
            disp[j][0] += dx / d * f
            disp[j][1] += dy / d * f
        for i in range(n):
            # a weak pull to the centre keeps unconnected parts on the page
            disp[i][0] += (0.5 - pos[i][0]) * k
            disp[i][1] += (0.5 - pos[i][1]) * k
            d = math.hypot(*disp[i]) or 1e-6
            step = min(d, temp)
            pos[i][0] += disp[i][0] / d * step
            pos[i][1] += disp[i][1] / d * step
        temp *= 0.97
    # one scale for both axes (the drawing keeps its shape), centred on the page
    xs, ys = [p[0] for p in pos], [p[1] for p in pos]
    scale = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {
        node.id: (
            round(0.5 + (pos[i][0] - cx) / scale, 4),
            round(0.5 + (pos[i][1] - cy) / scale, 4),
        )
        for i, node in enumerate(net.nodes)
    }


def view_model(story: schema.Story, limit: int = 30, sentences: Sentences | None = None) -> dict:
    """The report's network section: the main entities, their positions and edges (JSON);
    ``sentences`` as for :func:`build` (so the report shows the export's co-mentions)."""
    net = main_subgraph(build(story, sentences), limit)
    pos = layout(net)
    return {
        "nodes": [
            {
                "id": n.id,
                "name": n.name,
                "type": n.type,
                "mentions": n.mentions,
                "x": pos[n.id][0],
                "y": pos[n.id][1],
            }
            for n in net.nodes
        ],
        "edges": [
            {
                "source": e.source,
                "target": e.target,
                "kind": e.kind,
                "weight": e.weight,
                "evidence": [s.model_dump() for s in e.evidence[:5]],
            }
            for e in net.edges
        ],
    }

"""Ask: the corpus sentences that best answer a question, each cited. Extractive only.

Candidates come from hybrid retrieval (FTS5 + embeddings, fused by reciprocal
rank); they are reranked by cosine similarity to the question, with a bonus for
sentences that carry a quote or a figure (claims with a source are what an
analyst asks for) and a malus for headlines. Each answer comes with the quotes and
figures of the story whose spans overlap it. Nothing is generated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import embed, schema
from .queries import StoreView
from .search import Filters, Hit, SemanticIndex, encode_query
from .search import search as hybrid_search

# Rerank weights, on top of cosine similarity (which spans about 0.1-0.8 for this model).
QUOTE_BONUS = {"direct": 0.12, "indirect": 0.06}
FIGURE_BONUS = 0.04
HEADING_MALUS = 0.10  # headlines, captions and other fragments restate, they rarely answer
FUSION_WEIGHT = 3.0  # x the RRF score (at most 2/61 ~ 0.033): retrieval agreement breaks near-ties
CANDIDATES = 40
# A direct quotation of at least three words between straight or curly double quotes:
# a quote signal where the story has none for the sentence (its quotes are shown
# only for documents the story does not cover yet: added, corpus stage pending).
_QUOTED = re.compile(r"[\"\u201c](?:[^\"\u201c\u201d]*?\s){2,}[^\"\u201c\u201d]*?[\"\u201d]")
# A sentence ends with terminal punctuation (maybe inside a closing quote or bracket);
# one that does not is a headline, a caption or a fragment.
_ENDS = re.compile(r"[.!?\u2026][\"\u201d\u2019')\]]*\s*$")


@dataclass
class Answer:
    hit: Hit
    score: float
    similarity: float
    quotes: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    heading: bool = False


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


class _Evidence:
    """Quotes, figures and headings of each document, from the story or (not yet built) the stored analysis."""

    def __init__(self, view: StoreView, story: schema.Story | None):
        self.view = view
        self.names = {e.id: e.name for e in story.entities} if story else {}
        self.quotes: dict[str, list[dict]] = {}
        self.figures: dict[str, list[dict]] = {}
        self.headings: dict[str, list[tuple[int, int]]] = {}
        self.covered: set[str] = set()
        if story:
            self.covered = {d.id for d in story.documents}
            for d in story.documents:
                self.headings[d.id] = [(h.start, h.end) for h in d.headings]
            for q in story.quotes:
                item = q.model_dump(mode="json")
                item["speaker_name"] = self.names.get(q.speaker or "", None)
                self.quotes.setdefault(q.span.doc, []).append(item)
            for f in story.figures:
                item = f.model_dump(mode="json")
                item["claimant_name"] = self.names.get(f.claimant or "", None)
                self.figures.setdefault(f.span.doc, []).append(item)

    def _load(self, doc: str) -> None:
        if doc in self.covered or doc in self.headings:
            return
        a = self.view.analysis(doc)
        self.headings[doc] = [(h.start, h.end) for h in a.document.headings] if a else []
        if a is None:
            return
        self.quotes[doc] = [
            {"text": q.text, "kind": q.kind, "speaker_text": q.speaker_text,
             "span": {"doc": doc, "start": q.start, "end": q.end}}
            for q in a.quotes
        ]
        self.figures[doc] = [
            {"text": f.text, "value": f.value, "unit": f.unit, "measure": f.measure,
             "claimant_text": f.claimant_text, "span": {"doc": doc, "start": f.start, "end": f.end}}
            for f in a.figures
        ]

    def for_sentence(self, hit: Hit) -> tuple[list[dict], list[dict], bool, bool]:
        """(quotes, figures overlapping the sentence, it quotes someone directly, it is a heading or fragment)."""
        self._load(hit.doc)
        quotes = [q for q in self.quotes.get(hit.doc, []) if _overlaps(hit.start, hit.end, q["span"]["start"], q["span"]["end"])]
        figures = [f for f in self.figures.get(hit.doc, []) if _overlaps(hit.start, hit.end, f["span"]["start"], f["span"]["end"])]
        heading = any(_overlaps(hit.start, hit.end, a, b) for a, b in self.headings.get(hit.doc, []))
        heading = heading or not _ENDS.search(hit.text)
        quoted = _QUOTED.search(hit.text)
        if not quotes and quoted and hit.doc not in self.covered:
            quotes = [{"text": quoted.group(0), "kind": "direct", "speaker_text": None,
                       "span": {"doc": hit.doc, "start": hit.start + quoted.start(), "end": hit.start + quoted.end()}}]
        direct = quoted is not None or any(q.get("kind") == "direct" for q in quotes)
        return quotes, figures, direct, heading


def ask(view: StoreView, index: SemanticIndex, question: str, limit: int = 5, filters: Filters | None = None) -> list[Answer]:
    """The ``limit`` best answering sentences, best first, duplicates (same text) dropped."""
    candidates, _ = hybrid_search(view, index, question, "hybrid", filters, CANDIDATES)
    if not candidates:
        return []
    qvec = encode_query(question)
    vectors = [index.vector(h.doc, h.start, h.end) for h in candidates]
    missing = [i for i, v in enumerate(vectors) if v is None]
    if missing:  # sentences the index has not embedded yet (it is catching up): encode just these
        for i, v in zip(missing, embed.encode([candidates[i].text for i in missing])):
            vectors[i] = v
    evidence = _Evidence(view, view.story())
    answers: list[Answer] = []
    for hit, vec in zip(candidates, vectors):
        sim = float(vec @ qvec)
        quotes, figures, direct, heading = evidence.for_sentence(hit)
        score = sim + FUSION_WEIGHT * hit.score
        if direct or quotes:
            score += QUOTE_BONUS["direct"] if direct else max(QUOTE_BONUS.get(q.get("kind"), 0.0) for q in quotes)
        if figures:
            score += FIGURE_BONUS
        if heading:
            score -= HEADING_MALUS
        answers.append(Answer(hit, score, sim, quotes, figures, heading))
    answers.sort(key=lambda a: (-a.score, a.hit.doc, a.hit.start))
    seen: set[str] = set()
    best: list[Answer] = []
    for a in answers:
        norm = " ".join(a.hit.text.casefold().split())
        if norm in seen:
            continue
        seen.add(norm)
        best.append(a)
        if len(best) == limit:
            break
    return best

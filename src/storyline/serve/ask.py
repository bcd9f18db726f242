"""Ask: the corpus sentences that best answer a question, each cited. Extractive only.

Candidates come from hybrid retrieval (FTS5 + embeddings, fused by reciprocal
rank); they are reranked by cosine similarity to the question, plus:

- a bonus for sentences that carry a quote or a figure (a claim with a source is
  what an analyst asks for), a larger one for a direct quotation;
- a bonus fitted to the kind of question: "when ..." prefers sentences that date
  an event, "how many / how much ..." sentences with a figure (the cue words are
  data: data/question_cues.tsv);
- a malus for headlines, captions and fragments (they restate, rarely answer).

Each answer comes with the story's quotes and figures whose spans overlap it.
Nothing is generated.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from .. import embed, lexicon, schema
from .queries import StoreView
from .search import Filters, Hit, SemanticIndex, encode_query
from .search import search as hybrid_search

# Rerank weights, on top of cosine similarity (which spans about 0.1-0.8 for this model).
QUOTE_BONUS = {"direct": 0.12, "indirect": 0.06}
FIGURE_BONUS = 0.04
KIND_BONUS = 0.06  # the sentence has what the question kind asks for (a date, a figure)
HEADING_MALUS = 0.10
FUSION_WEIGHT = 3.0  # x the RRF score (at most 2/61 ~ 0.033): retrieval agreement breaks near-ties
CANDIDATES = 40
# A direct quotation of at least three words between straight or curly double quotes:
# a quote signal where the story has none for the sentence (its quotes are shown
# only for documents the story does not cover yet: added, corpus stage pending).
_QUOTED = re.compile(r"[\"\u201c](?:[^\"\u201c\u201d]*?\s){2,}[^\"\u201c\u201d]*?[\"\u201d]")
# A sentence ends with terminal punctuation (maybe inside a closing quote or bracket);
# one that does not is a headline, a caption or a fragment.
_ENDS = re.compile(r"[.!?\u2026][\"\u201d\u2019')\]]*\s*$")


def _load_cues() -> list[tuple[re.Pattern, str]]:
    """(pattern at the start of a question, kind) from data/question_cues.tsv."""
    cues = []
    for phrase, kind in lexicon.rows(Path(__file__).parent / "data" / "question_cues.tsv"):
        words = r"\s+".join(re.escape(w) for w in phrase.split())
        cues.append((re.compile(rf"^\W*{words}\b", re.IGNORECASE), kind.strip()))
    return cues


CUES = _load_cues()


def question_kind(question: str) -> str | None:
    """'time', 'figure' or None, from how the question begins."""
    for pattern, kind in CUES:
        if pattern.search(question):
            return kind
    return None


@dataclass
class Answer:
    hit: Hit
    score: float
    similarity: float
    quotes: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    heading: bool = False
    dated: bool = False


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


@dataclass
class _DocEvidence:
    quotes: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    headings: list[tuple[int, int]] = field(default_factory=list)
    dated: list[tuple[int, int]] = field(default_factory=list)  # spans that date something


def _from_story(story: schema.Story) -> dict[str, _DocEvidence]:
    names = {e.id: e.name for e in story.entities}
    by_doc = {d.id: _DocEvidence(headings=[(h.start, h.end) for h in d.headings]) for d in story.documents}

    def of(doc: str) -> _DocEvidence:
        return by_doc.setdefault(doc, _DocEvidence())

    for q in story.quotes:
        item = q.model_dump(mode="json")
        item["speaker_name"] = names.get(q.speaker or "")
        of(q.span.doc).quotes.append(item)
    for f in story.figures:
        item = f.model_dump(mode="json")
        item["claimant_name"] = names.get(f.claimant or "")
        of(f.span.doc).figures.append(item)
    for ev in story.events:
        if ev.date.value:
            for m in ev.mentions:
                of(m.doc).dated.append((m.start, m.end))
    return by_doc


def _from_analysis(view: StoreView, doc: str) -> _DocEvidence:
    a = view.analysis(doc)
    if a is None:
        return _DocEvidence()
    return _DocEvidence(
        quotes=[{"text": q.text, "kind": q.kind, "speaker_text": q.speaker_text,
                 "span": {"doc": doc, "start": q.start, "end": q.end}} for q in a.quotes],
        figures=[{"text": f.text, "value": f.value, "unit": f.unit, "measure": f.measure,
                  "claimant_text": f.claimant_text, "span": {"doc": doc, "start": f.start, "end": f.end}}
                 for f in a.figures],
        headings=[(h.start, h.end) for h in a.document.headings],
        dated=[(t.start, t.end) for t in a.timexes if t.type in ("DATE", "TIME") and t.value],
    )


_cache_lock = threading.Lock()


def _story_evidence(view: StoreView) -> dict[str, _DocEvidence]:
    """Evidence of every document the story covers, computed once per story build (kept on the view)."""
    built = view.story_built()
    if built is None:
        return {}
    with _cache_lock:
        hit = view.ask_evidence
        if hit and hit[0] == built:
            return hit[1]
    story = view.story()
    evidence = _from_story(story) if story else {}
    with _cache_lock:
        view.ask_evidence = (built, evidence)
    return evidence


def _judge(hit: Hit, ev: _DocEvidence, covered: bool):
    """(quotes, figures overlapping the sentence, quotes someone directly, dates something, is a heading or fragment)."""
    inside = lambda span: _overlaps(hit.start, hit.end, span["start"], span["end"])  # noqa: E731
    quotes = [q for q in ev.quotes if inside(q["span"])]
    figures = [f for f in ev.figures if inside(f["span"])]
    dated = any(_overlaps(hit.start, hit.end, a, b) for a, b in ev.dated)
    heading = any(_overlaps(hit.start, hit.end, a, b) for a, b in ev.headings) or not _ENDS.search(hit.text)
    quoted = _QUOTED.search(hit.text)
    if not quotes and quoted and not covered:
        quotes = [{"text": quoted.group(0), "kind": "direct", "speaker_text": None,
                   "span": {"doc": hit.doc, "start": hit.start + quoted.start(), "end": hit.start + quoted.end()}}]
    direct = quoted is not None or any(q.get("kind") == "direct" for q in quotes)
    return quotes, figures, direct, dated, heading


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
    kind = question_kind(question)
    story_evidence = _story_evidence(view)
    pending: dict[str, _DocEvidence] = {}
    answers: list[Answer] = []
    for hit, vec in zip(candidates, vectors):
        covered = hit.doc in story_evidence
        if covered:
            ev = story_evidence[hit.doc]
        else:  # added since the story was built
            ev = pending.get(hit.doc) or pending.setdefault(hit.doc, _from_analysis(view, hit.doc))
        quotes, figures, direct, dated, heading = _judge(hit, ev, covered)
        sim = float(vec @ qvec)
        score = sim + FUSION_WEIGHT * hit.score
        if direct or quotes:
            score += QUOTE_BONUS["direct"] if direct else max(QUOTE_BONUS.get(q.get("kind"), 0.0) for q in quotes)
        if figures:
            score += FIGURE_BONUS
        if (kind == "time" and dated) or (kind == "figure" and figures):
            score += KIND_BONUS
        if heading:
            score -= HEADING_MALUS
        answers.append(Answer(hit, score, sim, quotes, figures, heading, dated))
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

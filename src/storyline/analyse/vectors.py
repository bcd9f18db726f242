"""Sentence embeddings of what the corpus stage compares, computed per document.

The corpus stage compares event clauses (names and dates cut out) and quotes by
embedding. Embedding them there made it the corpus stage's largest cost on a fresh
store (one process, every text of the corpus), while it is per-document work: here
it runs where the rest of the per-document stage runs (a pool, Ray actors). The
vectors travel with the analysis (``DocAnalysis.vectors``, not part of its JSON)
and are written to the store's embedding cache, where the corpus stage finds them;
anything it does not find there it still embeds itself.
"""

from __future__ import annotations

from .. import embed
from ..types import DocAnalysis
from .events import masked_text


def texts(analysis: DocAnalysis) -> list[str]:
    """The texts of this document the corpus stage will embed."""
    out = [masked_text(analysis, e) for e in analysis.events]
    # only quotes with a predicate can contradict another (resolve.conflicts)
    out += [q.text for q in analysis.quotes if q.text.strip() and q.predicates]
    return out


def extract(sdoc, analysis: DocAnalysis) -> dict[str, bytes]:
    """Embedding-cache key -> float32 vector bytes, for each distinct text."""
    distinct = sorted(set(texts(analysis)))
    vecs = embed.encode(distinct)
    return {embed.key(t): v.tobytes() for t, v in zip(distinct, vecs)}

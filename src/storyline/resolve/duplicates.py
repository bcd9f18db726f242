"""Near-duplicate documents: MinHash LSH over cleaned text.

Exact duplicates never get this far: a document's id derives from its cleaned
text, so identical copies are one document with several ``sources``. Near
duplicates (syndicated copies, light edits) stay separate documents and point
``duplicate_of`` at the earliest-dated member of their group (ties: smallest id),
so later steps can count independent sources.
"""

from __future__ import annotations

from datasketch import MinHash, MinHashLSH

from ..analyse.parse import NUM_PERM, SCHEME
from ..types import DocAnalysis
from .corpus import Corpus
from .unionfind import UnionFind

THRESHOLD = 0.8


def _date_key(a) -> tuple:
    value = a.document.published.value
    return (0, value, a.document.id) if value else (1, "", a.document.id)


def groups(analyses: list[DocAnalysis], threshold: float = THRESHOLD) -> list[list[str]]:
    """The documents' ids in groups of near-duplicates (a document alone is a group of one),
    each in the order of ``analyses``. A document with no signature is alone."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes = {}
    for a in analyses:
        if len(a.minhash) != NUM_PERM:
            continue
        m = MinHash(num_perm=NUM_PERM, seed=1, hashvalues=a.minhash, scheme=SCHEME)
        hashes[a.document.id] = m
        lsh.insert(a.document.id, m)
    # LSH candidates confirmed by estimated Jaccard, joined into groups
    sets: UnionFind[str] = UnionFind(a.document.id for a in analyses)
    for d, m in hashes.items():
        for other in lsh.query(m):
            if other != d and m.jaccard(hashes[other]) >= threshold:
                sets.union(d, other)
    return sets.groups(a.document.id for a in analyses)


def near_duplicates(corpus: Corpus, threshold: float = THRESHOLD) -> dict[str, str]:
    """Map each near-duplicate document id to the id of the one it copies."""
    out = {}
    for ids in groups(corpus.analyses, threshold):
        if len(ids) < 2:
            continue
        members = [corpus.by_id[d] for d in ids]
        first = min(members, key=_date_key)
        for a in members:
            if a is not first:
                out[a.document.id] = first.document.id
    return out

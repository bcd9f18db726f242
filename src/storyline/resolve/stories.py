"""Story detection: a pile of analysed documents split into stories.

A corpus-level step over ``DocAnalysis`` (no parsing): each document is read as its
title and lead (embedded), its named entities (name keys weighted by rarity in the
pile) and its date. Documents are visited in a canonical order (publication date, then
content id) and each joins the story it best matches or starts a new one
(single-pass clustering with centroids, the news-stream model of Miranda et al. 2018);
stories that grew together are then merged. A story of one document is not a story:
its document is flagged off-topic (a stray in the pile).

Determinism: the result depends only on the set of documents, never on the order they
were given in or on how they were batched across builds, because every build runs
the assignment again over all stored documents in the canonical order (the costly
parts, the embeddings, are cached in the store, so a rerun costs a few dot products
per document and story). A story's id is derived from its earliest member's content
id, so a story keeps its id while documents join it later.

Time: a document more than ``WINDOW_DAYS`` away from a story's span may join it only
through the entities it shares with it (a time window never splits documents that
share their entities: a long-running story stays one story).

Why our own code: scikit-learn's clustering is batch and order-free but has neither a
centroid-with-entities similarity nor a time window; the few lines below are the model.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import json
import math
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import numpy as np

from .. import lexicon, schema
from ..types import DocAnalysis

# Thresholds fitted on the bench's fit split (Timeline17 H1N1 folders + the FNC-1
# claim groups of even index; bench/stories.py --fit), never on the held-out split.
JOIN = 0.55  # a document joins a story when cos(title+lead, centroid) + BETA * shared entities >= JOIN
BETA = 0.35  # weight of the entity overlap (0..1) beside the cosine
MERGE = 0.62  # two stories merge when their centroids and entities are this close
WINDOW_DAYS = 45  # farther than this from a story's span: joins only by shared entities
WINDOW_ENTITIES = 0.35  # ...the entity overlap it needs then
ATTACH = 0.40  # ...and a document of a group smaller than GROWN joins a grown story at this bar
GROWN = 3
SUBJECT_SHARE = 0.5  # a name in more than this share of the pile describes the pile, not a story: not scored
MIN_STORY = 2  # a "story" of one document is a stray (off-topic)
TOP_ENTITIES = 12  # a document's entity keys kept (rarest-weighted by mentions)
LEAD_CHARS = 600

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


@dataclass
class DocFeatures:
    """What story detection reads of one document."""

    id: str
    date: str | None
    lead: str
    entities: Counter  # name key -> mentions
    title: str | None = None
    language: str | None = None  # as the cleaning detected it (None: not told)

    def to_json(self) -> str:
        return json.dumps([self.id, self.date, self.lead, list(self.entities.items()), self.title, self.language],
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str) -> DocFeatures:
        doc_id, when, lead, ents, title, *rest = json.loads(raw)
        return cls(id=doc_id, date=when, lead=lead, entities=Counter(dict(ents)), title=title,
                   language=rest[0] if rest else None)


@dataclass
class StoryGroup:
    """One detected story: its members and what describes it."""

    id: str
    documents: list[str]
    label: str
    top_entities: list[str]
    terms: list[str]
    start: str | None
    end: str | None

    @property
    def size(self) -> int:
        return len(self.documents)

    def as_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "size": self.size, "span": [self.start, self.end],
                "top_entities": self.top_entities, "terms": self.terms, "documents": self.documents}


@dataclass(frozen=True)
class StrayReason:
    """Why a document is in no story, as a reader is told it (round fifty-eight, seed 173:
    the off-topic list carried no reason). ``kind``: ``unread`` (a language the detection
    does not read, ``readable``) or ``nearest`` (no story took it; the story its lead came
    closest to, by the cosine with its centroid). Facts only, no bar: which bar a page
    missed depends on the step (the pass's JOIN, the last look's ATTACH for a story of
    GROWN members or more, names other stories carry too, the time window), and a bar
    named here would be wrong for some of them."""

    kind: Literal["unread", "nearest"]
    language: str | None = None
    story: str | None = None  # the nearest story's id
    cosine: float | None = None

    def evidence(self) -> schema.StrayEvidence:
        """As story.json carries it (``off_topic[].reason``)."""
        return schema.StrayEvidence(kind=self.kind, language=self.language, nearest_story=self.story,
                                    cosine=None if self.cosine is None else round(self.cosine, 4), text=self.text())

    def text(self) -> str:
        if self.kind == "unread":
            return f"unread: in a language story detection does not read ({self.language})"
        return f"no story took it: its nearest story, {self.story}, is at cosine {self.cosine or 0:.2f}"


@dataclass
class Detection:
    stories: list[StoryGroup]  # largest first, then by id
    off_topic: list[str]  # document ids in no story
    reasons: dict[str, StrayReason] = field(default_factory=dict)  # off_topic's documents: why

    @property
    def main(self) -> StoryGroup | None:
        return self.stories[0] if self.stories else None

    def story_of(self) -> dict[str, str]:
        return {d: s.id for s in self.stories for d in s.documents}


_SPACE = re.compile(r"\s+")
_PREFIX = re.compile(r"^(the|a|an)\s+")
_POSSESSIVE = re.compile(r"['’]s$")


def name_key(text: str, label: str) -> str | None:
    """A cheap key of a name: case-folded, article and possessive cut; a person by the
    last word of the name (the surname, which later mentions repeat)."""
    t = _SPACE.sub(" ", text).strip().casefold()
    t = _POSSESSIVE.sub("", _PREFIX.sub("", t)).strip(" .,-\"'")
    if len(t) < 2 or not any(c.isalpha() for c in t):
        return None
    if label == "PERSON":
        t = t.split(" ")[-1]
    return t


def index_key(name: str) -> str | None:
    """The key of a resolved entity's name in the index across stories: the whole name,
    case-folded, article and possessive cut (a surname alone would link strangers)."""
    t = _SPACE.sub(" ", name).strip().casefold()
    t = _POSSESSIVE.sub("", _PREFIX.sub("", t)).strip(" .,-\"'")
    return t if len(t) >= 2 and any(c.isalpha() for c in t) else None


class EntityIndex:
    """People and organisations across stories, linked by a name key (a cheap pass, not
    the resolver): the same key and the same type in two stories is one index entry."""

    TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT"})

    def __init__(self) -> None:
        # one compressed JSON text a story: its entities' (type, key, entity id, name,
        # mentions). The corpus stage keeps this for every story built until the end, so
        # it holds the stories' rows packed, not a dict entry an entity (636 bytes an
        # entity, ~100 KiB a story, with the names and ids they kept alive: most of the
        # stage's growth with the stories built); as_list unpacks and adds them up
        self._packed: list[bytes] = []

    def add(self, story_id: str, entities) -> None:
        rows = []
        for e in entities:
            k = index_key(e.name) if e.type in self.TYPES else None
            if k is not None:
                rows.append([e.type, k, e.id, e.name, len(e.mentions)])
        if rows:
            self._packed.append(zlib.compress(json.dumps([story_id, rows], ensure_ascii=False).encode("utf-8")))

    def entries(self) -> dict[tuple[str, str], list[tuple[str, str, str, int]]]:
        """(type, key) -> (story, entity id, name, mentions) rows, in the order added."""
        out: dict[tuple[str, str], list[tuple[str, str, str, int]]] = {}
        for packed in self._packed:
            story_id, rows = json.loads(zlib.decompress(packed))
            for typ, k, eid, name, mentions in rows:
                out.setdefault((typ, k), []).append((story_id, eid, name, mentions))
        return out

    def as_list(self) -> list[dict]:
        out = []
        for (typ, k), rows in self.entries().items():
            names: dict[str, int] = {}
            linked: dict[str, str] = {}
            for story_id, eid, name, mentions in rows:
                names[name] = names.get(name, 0) + mentions
                linked[story_id] = eid
            name = min(names.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            out.append({"name": name, "type": typ, "key": k,
                        "stories": [{"story": s, "entity": eid} for s, eid in sorted(linked.items())]})
        out.sort(key=lambda e: (-len(e["stories"]), e["type"], e["key"]))
        return out


def _date(value: str | None) -> date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def features(a: DocAnalysis) -> DocFeatures:
    doc = a.document
    text = doc.text
    if a.sentences:
        end = next((s.end for s in a.sentences if s.end >= min(len(text), LEAD_CHARS // 2) and not s.heading), a.sentences[-1].end)
        lead = text[: min(end, LEAD_CHARS)]
    else:
        lead = text[:LEAD_CHARS]
    if doc.title and not lead.startswith(doc.title):
        lead = f"{doc.title}. {lead}"
    ents: Counter = Counter()
    for m in a.mentions:
        if m.label in ENTITY_LABELS:
            k = name_key(m.text, m.label)
            if k:
                ents[k] += 1
    return DocFeatures(id=doc.id, date=doc.published.value, lead=_SPACE.sub(" ", lead).strip(), entities=ents, title=doc.title,
                       language=doc.language)


@functools.cache
def features_version() -> str:
    """The version of what ``features`` reads of a document, derived from its code (the
    store caches features by document id, analysis version and this): a hash of the
    source of ``features``, the helpers and the type it uses, and the constants they
    read. An edit to the clustering below leaves it, and the cache, as they are."""
    try:
        code = "".join(inspect.getsource(o) for o in (features, name_key, DocFeatures.to_json, DocFeatures.from_json))
    except OSError:  # no source installed (byte code only): the package's version stands for it
        from .. import __version__ as code
    consts = repr((LEAD_CHARS, sorted(ENTITY_LABELS), _SPACE.pattern, _PREFIX.pattern, _POSSESSIVE.pattern,
                   list(DocFeatures.__dataclass_fields__)))
    return hashlib.sha1((code + consts).encode()).hexdigest()[:12]


@dataclass
class _Cluster:
    founder: str
    members: list[int] = field(default_factory=list)
    vsum: np.ndarray | None = None
    keys: Counter = field(default_factory=Counter)  # entity key -> members having it
    names: Counter = field(default_factory=Counter)  # the same, for every name (the time window's test)
    first: date | None = None
    last: date | None = None

    def centroid(self) -> np.ndarray:
        assert self.vsum is not None, "a cluster is made with its first member"
        n = np.linalg.norm(self.vsum)
        return self.vsum / n if n else self.vsum

    def add(self, i: int, vec: np.ndarray, keys: Iterable[str], when: date | None, names: Iterable[str] = ()) -> None:
        self.members.append(i)
        self.names.update(names)
        self.vsum = vec.copy() if self.vsum is None else self.vsum + vec
        self.keys.update(keys)
        if when:
            self.first = when if self.first is None else min(self.first, when)
            self.last = when if self.last is None else max(self.last, when)

    def absorb(self, other: _Cluster) -> None:
        self.members += other.members
        assert self.vsum is not None and other.vsum is not None, "clusters are made with their first member"
        self.vsum = self.vsum + other.vsum
        self.keys.update(other.keys)
        self.names.update(other.names)
        for d in (other.first, other.last):
            if d:
                self.first = d if self.first is None else min(self.first, d)
                self.last = d if self.last is None else max(self.last, d)


def _gap(c: _Cluster, when: date | None) -> int:
    if when is None or c.first is None or c.last is None:  # first and last are set together
        return 0
    if c.first <= when <= c.last:
        return 0
    return min(abs((when - c.first).days), abs((when - c.last).days))


def _overlap(doc_keys: dict[str, float], c: _Cluster, counts: Counter | None = None) -> float:
    """Share of the document's entity weight that the story's members carry
    (each key counted by the fraction of members that mention it)."""
    total = sum(doc_keys.values())
    if not total:
        return 0.0
    size = len(c.members)
    counts = c.keys if counts is None else counts
    return sum(w * min(1.0, 2 * counts.get(k, 0) / size) for k, w in doc_keys.items()) / total


def _out_of_window(spans: np.ndarray, day: int, window_days: int) -> np.ndarray:
    """``_gap(story, day) > window_days`` for stories given as rows (first, last) of
    ordinal days (-1: undated), all at once; False when the document is undated."""
    if not window_days or day < 0 or not len(spans):
        return np.zeros(len(spans), dtype=bool)
    first, last = spans[:, 0], spans[:, 1]
    gap = np.where(first < 0, 0, np.where(day < first, first - day, np.where(day > last, day - last, 0)))
    return gap > window_days


def _far(c: _Cluster, i: int, dates: list, names: list[dict[str, float]], window_days: int) -> bool:
    """Out of the story's time window and not sharing its names: may not join it. Every
    name counts here, even one most of the pile mentions (in a one-subject pile that
    is the subject: the time window must never split documents that share it)."""
    return bool(window_days) and _gap(c, dates[i]) > window_days and _overlap(names[i], c, c.names) < WINDOW_ENTITIES


def _cluster_overlap(a: _Cluster, b: _Cluster, idf: dict[str, float]) -> float:
    def weights(c):
        n = len(c.members)
        return {k: idf.get(k, 1.0) * v / n for k, v in c.keys.items() if v / n >= 0.2}

    wa, wb = weights(a), weights(b)
    if not wa or not wb:
        return 0.0
    shared = sum(min(wa[k], wb[k]) for k in wa.keys() & wb.keys())
    return shared / min(sum(wa.values()), sum(wb.values()))


def story_id(founder: str) -> str:
    """A story's id: derived from its earliest member's content id (stable as it grows)."""
    return "s-" + hashlib.sha1(founder.encode()).hexdigest()[:10]


def detect(feats: list[DocFeatures], embed: Callable[[list[str]], np.ndarray], *, join: float = JOIN, beta: float = BETA,
           merge: float = MERGE, attach: float | None = ATTACH, window_days: int = WINDOW_DAYS, min_story: int = MIN_STORY) -> Detection:
    """Split documents into stories. ``embed(texts)`` returns L2-normalised rows."""
    if not feats:
        return Detection([], [])
    readable_at = [readable(f) for f in feats]
    read = [f for f, ok in zip(feats, readable_at) if ok]
    unread = [f for f, ok in zip(feats, readable_at) if not ok]
    if unread and read:
        # a document in a language the detection does not read (``readable``) is a stray:
        # the others are split without it (a pile of such documents only is split as before)
        det = detect(read, embed, join=join, beta=beta, merge=merge, attach=attach,
                     window_days=window_days, min_story=min_story)
        why = {f.id: StrayReason("unread", language=f.language) for f in unread}
        return Detection(det.stories, sorted(det.off_topic + list(why)), {**det.reasons, **why})
    # canonical order: dated documents by date, then content id; undated after them
    order = sorted(range(len(feats)), key=lambda i: (feats[i].date is None, feats[i].date or "", feats[i].id))
    feats = [feats[i] for i in order]
    vecs = np.asarray(embed([f.lead for f in feats]), dtype=np.float32)
    n = len(feats)
    df = Counter(k for f in feats for k in f.entities)
    idf = {k: math.log((1 + n) / (1 + v)) + 1.0 for k, v in df.items()}
    doc_keys = _doc_keys(feats, df, idf, n, drop_subject=True)
    full_keys = _doc_keys(feats, df, idf, n, drop_subject=False) if attach is not None else doc_keys
    entities = [f.entities for f in feats]
    names = [{k: 1.0 for k, _ in sorted(f.entities.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ENTITIES]} for f in feats]
    dates = [_date(f.date) for f in feats]
    clusters = _merge(_pass(feats, vecs, doc_keys, names, dates, join, beta, window_days), idf, merge, beta, window_days)
    if attach is not None and n >= 4 and max(len(c.members) for c in clusters) < GROWN:
        # no story grew in a pile of several documents: the pile's subject names, left out
        # of the scoring so that they do not pull a pile's several stories together, are
        # then the one evidence left that its documents are one story (a small pile of one
        # story, each article on its own angle). They count, in a pass run again and in the
        # last look; a document not naming them gains nothing (a stray stays a stray)
        doc_keys = full_keys
        clusters = _merge(_pass(feats, vecs, doc_keys, names, dates, join, beta, window_days), idf, merge, beta, window_days)
    # (after the pass, stories that grew together merged: closest pair first, until none
    # is close enough)
    # a last look for the documents of the smallest groups: each may join a grown story
    # on a looser bar (a story's later articles often open on a new angle)
    if attach is not None:
        # the pile's subject first: its sub-stories join the main story before the last look
        clusters = _subject(clusters, entities, df, n, attach)
        # the pile's subject names (in more than half a pile of four or more; left out of the
        # scored keys): at the last look a document naming one with the story is not one
        # sharing "none of the story's names" (round fifty-eight's serve test: two uploaded
        # articles naming the pile's one company, in a pile all about it, stayed strays)
        subject = frozenset(k for k, v in df.items() if n >= 4 and v > SUBJECT_SHARE * n)
        clusters = _attach(clusters, vecs, doc_keys, names, dates, attach, beta, window_days, join, subject)
        clusters = _subject_strays(clusters, vecs, full_keys, entities, df, n, dates, names, attach, beta)
    big = [c for c in clusters if len(c.members) >= min_story]
    if not big:  # nothing groups (one document, or all unrelated): the pile is one story
        whole = clusters[0]
        for c in clusters[1:]:
            whole.absorb(c)
        clusters = big = [whole]
    off = sorted(feats[i].id for c in clusters if c not in big for i in c.members)
    stories = [_describe(c, feats, idf) for c in big]
    reasons = _stray_reasons(big, stories, [i for c in clusters if c not in big for i in c.members], vecs, feats)
    stories.sort(key=lambda s: (-s.size, s.id))
    return Detection(stories, off, reasons)


def _stray_reasons(big: list[_Cluster], groups: list[StoryGroup], off: list[int], vecs: np.ndarray,
                   feats: list[DocFeatures]) -> dict[str, StrayReason]:
    """Each stray's evidence (``StrayReason``): the story its lead came closest to and the
    cosine. Read after the split, it changes nothing of it (round fifty-eight, seed 173: the
    off-topic list told no reason)."""
    if not big or not off:
        return {}
    cos = np.stack([c.centroid() for c in big]) @ vecs[off].T
    out: dict[str, StrayReason] = {}
    for x, i in enumerate(off):
        j = int(np.argmax(cos[:, x]))
        out[feats[i].id] = StrayReason("nearest", story=groups[j].id, cosine=round(float(cos[j, x]), 2))
    return out


def readable(f: DocFeatures) -> bool:
    """Whether story detection reads the document: its language (as the cleaning detected
    it) is one of ``resolve/story_languages.txt``, or was not told. The lead embedder and
    the entity model are English: a page in another language has no names to share and a
    lead the embedder places by its script, not its meaning, so two unrelated pages in one
    script joined on the cosine alone (round fifty-seven, seed 172 G15: two Korean pages on
    two entertainment items; G17: two Russian ones, a model's interview and a list of food
    blogs). Precision first: such a document is set apart (flagged off-topic)."""
    return f.language is None or f.language in lexicon.words("resolve/story_languages.txt")


def _doc_keys(feats: list[DocFeatures], df: Counter, idf: dict[str, float], n: int, drop_subject: bool) -> list[dict[str, float]]:
    """Each document's scored names (its TOP_ENTITIES rarest-weighted keys, by idf); with
    ``drop_subject``, keys mentioned in more than half a pile of four or more left out:
    they describe the pile, not a story."""
    out: list[dict[str, float]] = []
    for f in feats:
        ranked = sorted(((c * idf[k], k) for k, c in f.entities.items() if not drop_subject or n < 4 or df[k] <= SUBJECT_SHARE * n),
                        key=lambda x: (-x[0], x[1]))
        out.append({k: idf[k] for _, k in ranked[:TOP_ENTITIES]})
    return out


def _pass(feats: list[DocFeatures], vecs: np.ndarray, doc_keys: list[dict[str, float]], names: list[dict[str, float]],
          dates: list[date | None], join: float, beta: float, window_days: int) -> list[_Cluster]:
    """The single pass: each document, in the canonical order, joins the story it scores
    best with (cos + beta * shared keys) if that reaches ``join``, or starts one."""
    clusters: list[_Cluster] = []
    # the stories' centroids, one row each, kept up to date as documents join: one
    # matrix product per document finds every story's cosine; their first and last days
    # (-1: undated) and, by name, the stories that carry it, so the time window is tested
    # on every story at once and a name overlap computed only with the stories sharing one
    cents = np.zeros((16, vecs.shape[1]), dtype=np.float32)
    spans = np.full((16, 2), -1, dtype=np.int64)
    holders: dict[str, set[int]] = {}
    days = [d.toordinal() if d else -1 for d in dates]
    for i, f in enumerate(feats):
        best: int | None = None
        best_score = -1.0
        if clusters:
            # out of its time window a story must share the document's names (_far): the
            # cosine is computed only for the stories in the window (or undated) and those
            # sharing a name (for every story, it made the pass grow with documents x stories)
            sharing = set().union(*(holders.get(k, ()) for k in names[i]))
            out = _out_of_window(spans[: len(clusters)], days[i], window_days)
            if sharing:
                out[np.fromiter(sharing, dtype=np.int64, count=len(sharing))] = False
            cand = np.flatnonzero(~out)
            cos = cents[cand] @ vecs[i]
            # a story below this cosine cannot reach JOIN even sharing every name: not scored
            keep = cos >= join - beta
            near, cos = cand[keep], cos[keep]
            far = _out_of_window(spans[near], days[i], window_days)
            for x in np.flatnonzero(far):  # each shares a name: does it share enough?
                c = clusters[int(near[x])]
                if _overlap(names[i], c, c.names) >= WINDOW_ENTITIES:
                    far[x] = False
            for x in np.flatnonzero(~far):
                c = clusters[int(near[x])]
                s = float(cos[x]) + beta * _overlap(doc_keys[i], c)
                if s > best_score:
                    best, best_score = int(near[x]), s
        if best is not None and best_score >= join:
            clusters[best].add(i, vecs[i], doc_keys[i], dates[i], names[i])
        else:
            best = len(clusters)
            clusters.append(_Cluster(founder=f.id))
            clusters[best].add(i, vecs[i], doc_keys[i], dates[i], names[i])
            if best == len(cents):
                cents = np.concatenate([cents, np.zeros_like(cents)])
                spans = np.concatenate([spans, np.full_like(spans, -1)])
        cents[best] = clusters[best].centroid()
        c = clusters[best]
        if c.first is not None and c.last is not None:
            spans[best] = (c.first.toordinal(), c.last.toordinal())
        for k in names[i]:
            holders.setdefault(k, set()).add(best)

    return clusters


def _merge(clusters: list[_Cluster], idf: dict[str, float], merge: float, beta: float, window_days: int) -> list[_Cluster]:
    """Grown stories (two documents or more) merge, the closest pair first, until no pair
    scores ``merge``: cos(centroids) + beta * shared names, pairs out of each other's time
    window needing shared names. Ties go to the last pair in the stories' order (row by
    row). A pair's score depends on its two stories only, so each is scored once and again
    only when one of them has grown: the pairs wait in a heap (rescoring every pair after
    each merge made detection grow with merges x pairs: hours at 20,000 documents)."""
    import heapq

    grown = [i for i, c in enumerate(clusters) if len(c.members) >= 2]
    if len(grown) < 2:
        return clusters
    alive = dict.fromkeys(grown, True)
    version = dict.fromkeys(grown, 0)
    cents = np.zeros((len(clusters), clusters[0].centroid().shape[0]), dtype=np.float32)
    for i in grown:
        cents[i] = clusters[i].centroid()
    heap: list[tuple[float, int, int, int, int]] = []

    common: dict[int, tuple[int, frozenset[str]]] = {}

    def names_of(i: int) -> frozenset[str]:
        """``_name_overlap``'s names of a story, made again only when it has grown (made
        for each pair, they were most of detection's time at 5,000 documents)."""
        got = common.get(i)
        if got is None or got[0] != version[i]:
            c = clusters[i]
            got = common[i] = (version[i], frozenset(k for k, v in c.names.items() if v / len(c.members) >= 0.2))
        return got[1]

    def push(a: int, b: int, sim: float) -> None:
        ca, cb = clusters[a], clusters[b]
        if window_days and _span_gap(ca, cb) > window_days and _shared_share(names_of(a), names_of(b)) < WINDOW_ENTITIES:
            return
        s = sim + beta * _cluster_overlap(ca, cb, idf)
        if s >= merge:
            heapq.heappush(heap, (-s, -a, -b, version[a], version[b]))

    rows = np.array(grown)
    sims = cents[rows] @ cents[rows].T
    # pairs below this cosine cannot reach MERGE even sharing every name: not scored
    for x, y in np.argwhere(np.triu(sims >= merge - beta, k=1)):
        push(int(rows[x]), int(rows[y]), float(sims[x, y]))
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        a, b = -a, -b
        if not (alive[a] and alive[b]) or version[a] != va or version[b] != vb:
            continue  # scored before one of the two grew or merged away
        clusters[a].absorb(clusters[b])
        alive[b] = False
        version[a] += 1
        cents[a] = clusters[a].centroid()
        others = np.array([i for i in grown if alive[i] and i != a])
        if not len(others):
            break
        row = cents[others] @ cents[a]
        for j, sim in zip(others[row >= merge - beta], row[row >= merge - beta]):
            push(min(a, int(j)), max(a, int(j)), float(sim))
    return [c for i, c in enumerate(clusters) if alive.get(i, True)]


def _attach(clusters: list[_Cluster], vecs: np.ndarray, doc_keys: list[dict[str, float]], names: list[dict[str, float]], dates: list[date | None],
            attach: float, beta: float, window_days: int, join: float = JOIN,
            subject: frozenset[str] = frozenset()) -> list[_Cluster]:
    """Each document of a group smaller than GROWN joins the grown story it scores best
    with, if that reaches ``attach``: cos + beta * shared keys, a story out of its time
    window (``_far``) scoring -1. A key of the document that another grown story carries
    too gives no credit (``_own_keys``): in a feed of unrelated pages a broad name lifted a
    page whose text was far from a story over the looser bar (round fifty-seven, seed 172
    G1, G2, G3, G8, G10: a page on Trump's health into the impeachment hearings, Alibaba's
    listing into the trade war, Tim Cook on the enterprise into the deals, Esper in Vietnam
    into the Hong Kong protests, Titan's map into Europa's water; cosines .28-.39). As in
    the assignment, the window is tested on every story at once and an overlap computed only with the stories sharing one of the
    document's keys or names (the others' is 0): scored story by story, this step grew
    with strays x stories (a fifth of detection at 5,000 documents, 16x that at 20,000).

    The names choose and confirm, the text must reach the bar by itself: the document's
    cosine with the story must reach ``attach`` (names no longer lift a text below it), and
    a document sharing none of the story's own names must reach ``join``, the pass's bar (a
    cosine alone, at the looser bar, found a subject area, not a story). Round fifty-eight,
    seed 173 G1, G2, G8, U32: a page on Sweden dropping its Assange inquiry (cosine .44, no
    shared name) was pulled out of the pair it made with the same news into the
    impeachment hearings, Esper on the South China Sea (.46, none) into the Hong Kong
    protests, a fact-check of drugs at the Mexican border (.38 + a name) into the trade war,
    a primary debate preview (.39 + Biden) into the hearings. bench/stories.py: held-out
    BCubed P .987 -> .990, F1 .973 -> .974; the fit split's F1 .827 -> .825. A name of the
    pile's ``subject`` (left out of the scored keys) that the document and the story both
    carry counts as a shared name for that bar: in a pile all about one company, an article
    naming it is not "sharing none of the story's names"."""
    # a pile where no story reached GROWN (a small pile): its largest stories are the grown
    # ones (else a pair that met the pass's bar kept every other document of the pile off-topic)
    least = min(GROWN, max(MIN_STORY, max(len(c.members) for c in clusters)))
    grown = [c for c in clusters if len(c.members) >= least]
    if not grown:
        return clusters
    cents = np.stack([g.centroid() for g in grown])
    spans = np.full((len(grown), 2), -1, dtype=np.int64)
    by_key: dict[str, set[int]] = {}
    by_name: dict[str, set[int]] = {}

    def index(j: int, keys: Iterable[str], nms: Iterable[str]) -> None:
        g = grown[j]
        if g.first is not None and g.last is not None:
            spans[j] = (g.first.toordinal(), g.last.toordinal())
        for k in keys:
            by_key.setdefault(k, set()).add(j)
        for k in nms:
            by_name.setdefault(k, set()).add(j)

    for j, g in enumerate(grown):
        index(j, g.keys, g.names)
    for c in clusters:
        if len(c.members) >= least:
            continue
        moved = []
        for i in c.members:
            when = dates[i]
            cos = (cents @ vecs[i]).astype(np.float64)
            far = _out_of_window(spans, when.toordinal() if when else -1, window_days)
            if far.any():  # out of the window, a story must share the document's names (_far)
                for j in set().union(*(by_name.get(k, ()) for k in names[i])):
                    if far[j] and _overlap(names[i], grown[j], grown[j].names) >= WINDOW_ENTITIES:
                        far[j] = False
            scores = np.where(far, -1.0, cos)
            named = np.zeros(len(grown), dtype=bool)
            for j in set().union(*(by_key.get(k, ()) for k in doc_keys[i])):
                if not far[j]:
                    shared = _overlap(doc_keys[i], grown[j], _own_keys(grown, j, doc_keys[i], by_key))
                    scores[j] = float(cos[j]) + beta * shared
                    named[j] = shared > 0
            j = int(np.argmax(scores))
            if not named[j] and subject:
                named[j] = any(k in subject and grown[j].names.get(k) for k in names[i])
            if scores[j] >= attach and cos[j] >= (attach if named[j] else join):
                moved.append((i, j))
        for i, j in moved:
            c.members.remove(i)
            grown[j].add(i, vecs[i], doc_keys[i], dates[i], names[i])
            index(j, doc_keys[i], names[i])
    return [c for c in clusters if c.members]


def _own_keys(grown: list[_Cluster], j: int, keys: Iterable[str], by_key: dict[str, set[int]]) -> Counter:
    """Story ``j``'s key counts, less the document's keys another grown story carries too
    (named by at least a fifth of its members, the share ``_name_overlap`` reads): at the
    last look such a name tells that the document is near several stories, not which one
    (round fifty-seven, seed 172: "trump" carried by the impeachment hearings and the
    trade war, "china" by the trade war, the Hong Kong protests and the plague, "apple"
    by the MacBook and the deals, "nasa" by Europa's water and the moon landers)."""
    c = grown[j]
    broad = {k for k in keys if c.keys.get(k) and any(
        o != j and 5 * grown[o].keys.get(k, 0) >= len(grown[o].members) for o in by_key.get(k, ()))}
    return Counter({k: v for k, v in c.keys.items() if k not in broad}) if broad else c.keys


def _subject(clusters: list[_Cluster], entities: list[Counter], df: Counter, n: int, bar: float) -> list[_Cluster]:
    """A one-subject pile's sub-stories join its main story. A name more than
    SUBJECT_SHARE of the pile mentions is the pile's subject: it is not scored in the
    assignment or the merge (it would pull any document that names it into one story),
    so a sub-story tied to the main story by the subject alone (a pile about an
    earthquake: the fundraisers for its victims) stays apart. Here a grown story joins
    the largest one when at least half its members name a subject name that at least half
    the largest story's members name too, and its centroid reaches ``bar`` (the last
    look's bar, with no credit for names) on the largest story's: the subject as evidence
    of what it is about, the text as evidence that it is the same story (a wire's name is
    a subject name of a wire's pile: the text bar keeps its other stories apart). Closest
    first, the main story's centroid made again after each; the result depends only on
    the clusters, so it stays order-free."""
    subject = {k for k, v in df.items() if v > SUBJECT_SHARE * n}
    grown = [c for c in clusters if len(c.members) >= MIN_STORY]
    if not subject or len(grown) < 2:
        return clusters
    main = max(grown, key=lambda c: (len(c.members), -min(c.members)))

    def carried(c: _Cluster) -> set[str]:
        return {k for k in subject if 2 * sum(k in entities[i] for i in c.members) >= len(c.members)}

    own = carried(main)
    rest = [c for c in grown if c is not main and carried(c) & own]
    gone: set[int] = set()
    while rest:
        cos = np.array([float(c.centroid() @ main.centroid()) for c in rest])
        j = int(np.argmax(cos))
        if cos[j] < bar:
            break
        c = rest.pop(j)
        main.absorb(c)
        gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


def _subject_strays(clusters: list[_Cluster], vecs: np.ndarray, keys: list[dict[str, float]], entities: list[Counter],
                    df: Counter, n: int, dates: list[date | None], names: list[dict[str, float]], bar: float,
                    beta: float) -> list[_Cluster]:
    """The last look's documents still apart that name the pile's subject join its main
    story. The subject names (in more than SUBJECT_SHARE of the pile) are not scored in the
    pass, the merge or the last look, so a document on another angle of a one-subject pile
    (a small pile of one story: the litigation, the skimming, the hearing) is tied to the
    main story by its text alone, below the bar. Here a document of a group smaller than
    GROWN joins the largest story when it names at least half the subject names that at
    least half that story's members name (the evidence of what it is about; a stray of
    another story names none of them), and its cosine with the story's centroid plus BETA
    times its name overlap, the subject names counted, reaches the last look's bar.
    No time window here: the window lets a document share a story's names instead of its
    days, and these name half the story's subject (tested with the window, held-out dated
    piles of 3-12 articles of one Timeline17 folder were still split .48 of the time, .56
    before this step, against .27 without it; the stray flag held, bench/stories.py
    --small). Scored against the
    main story as it stands, all at once: order-free."""
    subject = {k for k, v in df.items() if v > SUBJECT_SHARE * n}
    grown = [c for c in clusters if len(c.members) >= MIN_STORY]
    if n < 4 or not subject or not grown:
        return clusters
    main = max(grown, key=lambda c: (len(c.members), -min(c.members)))
    own = {k for k in subject if 2 * sum(k in entities[i] for i in main.members) >= len(main.members)}
    if not own:
        return clusters
    counts: Counter = Counter(k for i in main.members for k in keys[i])
    probe = _Cluster(founder=main.founder, members=list(main.members), keys=counts)
    cent = main.centroid()
    moved = []
    for c in clusters:
        if len(c.members) >= GROWN or c is main:
            continue
        for i in c.members:
            if 2 * len(own.intersection(entities[i])) < len(own):
                continue
            if float(cent @ vecs[i]) + beta * _overlap(keys[i], probe) >= bar:
                moved.append((c, i))
    for c, i in moved:
        c.members.remove(i)
        main.add(i, vecs[i], keys[i], dates[i], names[i])
    return [c for c in clusters if c.members]


def _name_overlap(a: _Cluster, b: _Cluster) -> float:
    """Share of the smaller story's names (mentioned by at least a fifth of its members)
    that the other's members mention as often."""
    def common(c):
        return {k for k, v in c.names.items() if v / len(c.members) >= 0.2}

    return _shared_share(common(a), common(b))


def _shared_share(na: Iterable[str], nb: Iterable[str]) -> float:
    na, nb = set(na), set(nb)
    return len(na & nb) / min(len(na), len(nb)) if na and nb else 0.0


def _span_gap(a: _Cluster, b: _Cluster) -> int:
    if a.first is None or b.first is None or a.last is None or b.last is None:  # first and last are set together
        return 0
    if a.last < b.first:
        return (b.first - a.last).days
    if b.last < a.first:
        return (a.first - b.last).days
    return 0


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")


def _describe(c: _Cluster, feats: list[DocFeatures], idf: dict[str, float]) -> StoryGroup:
    members = [feats[i] for i in c.members]
    founder = min(members, key=lambda f: (f.date is None, f.date or "", f.id)).id
    ent: Counter[str] = Counter()
    for f in members:
        ent.update(set(f.entities))
    top = [k for k, _ in sorted(ent.items(), key=lambda kv: (-kv[1] * idf.get(kv[0], 1.0), kv[0]))[:5]]
    words: Counter[str] = Counter()
    for f in members:
        words.update({w.casefold() for w in _WORD.findall(f.lead) if w.casefold() not in lexicon.words("resolve/story_label_stopwords.txt")})
    names = set(" ".join(top).split())
    terms = [w for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0])) if w not in names][:5]
    dated = sorted(f.date for f in members if f.date)
    label = ", ".join(top[:3] + terms[:2]) or (members[0].title or members[0].lead[:60])
    return StoryGroup(id=story_id(founder), documents=sorted(f.id for f in members), label=label,
                      top_entities=top, terms=terms, start=dated[0] if dated else None, end=dated[-1] if dated else None)

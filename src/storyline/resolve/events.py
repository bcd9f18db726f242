"""Corpus-stage events: date each event mention, merge mentions of one event across documents.

Steps:

1. Each mention (an ``EventItem`` of a document) is dated by its own time
   expression, resolved against its document's date (metadata or estimate) and the
   clause's tense. Values coarser than a year, REF values and durations do not date.
2. Candidate pairs come from blocking, never all pairs: each mention's nearest
   neighbours by sentence embedding (``corpus.embedder``, only event clauses are
   embedded) and mentions bucketed by actor entity and kind of happening (buckets over
   ``BUCKET_MAX`` are skipped).
3. A pair is merged only with evidence of one happening (``same_event_evidence``): the
   same kind of happening, a shared participant that is not the whole story's
   (``common_terms``), and times that allow it (dates overlap, none after a mention's
   report, no unresolved time of its own given another's date: ``compatible_mentions``);
   then when the clauses are similar enough (cosine, with a bonus for shared actors and the
   same trigger lemma), neither is negated alone and they do not name rival parties of one
   type ("placed Huawei" / "placed ZTE": ``rivals``); or, whatever the cosine, when they
   tell the same kind of happening with two shared actors (``frame_match``). Clusters are
   built with union-find; a union is refused when the two clusters' times do not allow it.
4. A mention dated relative to another event ("a month after being put on the
   blacklist") takes that event's cluster date, shifted (``timenorm.shift``).
5. The event's date is the finest date its mentions agree on; its summary the
   sentence of its best mention (dated, most actors, earliest document).
6. An undated event whose every mention tells no happening (a question, a negated
   non-occurrence, a habit, a supposition, a state: ``EventItem.not_event``) gets no
   card; a date keeps any card.

Events are ordered by event date (when things happened), undated last; ids are a
hash of the first mention's span, so they are stable across runs.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from .. import lexicon, neighbours, schema, timenorm
from ..analyse.events import masked_text, stop_lemmas
from ..types import DocAnalysis, TimeReading
from .corpus import Corpus

SIM_MERGE = 0.64  # score (cosine of masked clauses + cue bonuses) above which two mentions are one event
SIM_FLOOR = 0.25  # candidate pairs below this cosine are not considered
NEIGHBOURS = 10
BONUS_CLASS = 0.15  # same trigger lemma or same class of happening (data/event_classes.tsv)
BONUS_ARGS = 0.10  # a shared argument noun ("list" ~ "blacklist")
BONUS_ACTOR = 0.05  # a shared actor entity
FRAME_ACTORS = 2  # same kind of happening + this many shared actor entities + compatible dates: one event
BUCKET_MAX = 40  # actor/kind buckets larger than this give no candidate pairs (blocking, never all pairs)


@functools.lru_cache(maxsize=1)
def trigger_classes() -> dict[str, set[str]]:
    """Verb lemma -> the classes of happening it can tell."""
    out: dict[str, set[str]] = {}
    for name, *lemmas in lexicon.rows("resolve/event_classes.tsv"):
        for lemma in lemmas:
            out.setdefault(lemma.strip(), set()).add(name)
    return out
_DATING = {"day", "week", "weekend", "month", "quarter", "half", "season", "year", "time"}
GRANULARITY_RANK = {"year": 0, "half": 1, "season": 1, "quarter": 2, "month": 3, "week": 4, "weekend": 4, "day": 5, "time": 5}


def granularity_rank(gran: str | None, missing: int = 0) -> int:
    """How precise a date of granularity ``gran`` is (year 0 ... day/time 5); ``missing`` for none or another."""
    return GRANULARITY_RANK.get(gran or "", missing)


@dataclass
class MentionRef:
    doc: str
    index: int  # into the analysis's events
    start: int
    end: int
    sentence: tuple[int, int]
    text: str
    lemma: str
    tense: str | None
    negated: bool
    actors: set[str] = field(default_factory=set)
    date: str | None = None
    granularity: str | None = None
    date_span: tuple[int, int] | None = None  # the timex that dated it
    anchor_span: tuple[int, int] | None = None  # the day "the day after" was told from (evidence too)
    relative: dict | None = None  # {"to": mention key, "dur": "P1M", "dir": "after"}
    masked: str = ""  # the clause without names and dates, for the embedding
    args: tuple[str, ...] = ()
    # the last day the happening can be on: its document's last possible publication day
    # (a happening told as past or present is not later than the report that tells it)
    not_after: str | None = None
    # its own time expression ("today", "on Thursday") did not resolve (no document date
    # to anchor it): it has a date of its own that nobody knows, so it takes no other's
    # unless the reading fits it (a weekday: "on Saturday" and a Saturday)
    own_time: TimeReading | None = None
    # a relative clause's event: the noun phrase it belongs to, which its card shows
    # instead of the sentence (whose main event its date does not date)
    phrase: tuple[int, int] | None = None
    perfect: bool = False  # told in the present perfect: "have all traded blame"
    # why the clause tells no happening (``analyse.events.not_a_happening``): a card of
    # such mentions only is left off the event list unless a date dates it
    not_event: str | None = None
    agent: str | None = None  # the entity id of the named doer (``EventItem.agent_mention``)

    @property
    def key(self) -> tuple[str, int]:
        return (self.doc, self.index)


def anchor_of(published: schema.Published | None) -> str | None:
    """The anchor for relative expressions: the date, or for a year-only estimate its earliest day."""
    if published is None or not published.value:
        return None
    v = published.value
    if len(v) == 4 and published.earliest and published.earliest[:4] == v:
        # a year-only estimate anchors months (its earliest month), never weeks or days
        return published.earliest[:7]
    return v


def _unresolved(a: DocAnalysis, item) -> TimeReading | None:
    """The reading of the dating time expression the mention's clause (or sentence) carries
    when it gave no date (a relative one, "today" or "on Thursday", in a document nobody
    dates); else None."""
    if item.timex is None or item.timex >= len(a.timexes) or item.timex_via not in ("clause", "sentence"):
        return None
    tx = a.timexes[item.timex]
    ok = tx.type in ("DATE", "TIME") and tx.reading is not None and tx.reading.kind not in ("dur", "set", "ref", "unknown", "evrel")
    return tx.reading if ok else None


def _names_a_time(a: DocAnalysis, item) -> TimeReading | None:
    """A reading that fits no date when the clause names a time that does not date it
    ("happened in the years after the 2004 floods", "leaked after the March 3
    blast"): the clause has a time of its own, only not a day of it, so it is not given
    another mention's date; else None."""
    inside = any(item.start <= t.start and t.end <= item.end and t.type in ("DATE", "TIME") for t in a.timexes)
    return TimeReading(kind="unknown") if inside else None


_YEAR_LABEL = re.compile(r"(?<![\w,.$])((?:1[6-9]|20)\d\d)\s*:\s")


def _list_of_years(a: DocAnalysis, sent: tuple[int, int]) -> TimeReading | None:
    """A reading that fits no date when the mention's sentence is a run of list entries each
    led by its own year ("1979: 90m gallons leaked from a tanker ... 1983: 80m gallons leaked
    ... 1989: 11m gallons were spilt ...", a factbox the cleaner left as one line): the clause
    has a year of its own, one of several, that its parse does not tell, so it is not given
    another mention's year (round sixty, seed 175 bpoil_bbc V1: the run merged into the 1989
    card). Two or more different year labels ("YYYY: ") are needed; one is a heading. A
    regular expression, as the labels are no time expression the tagger reads."""
    years = set(_YEAR_LABEL.findall(a.document.text[sent[0] : sent[1]]))
    return TimeReading(kind="unknown") if len(years) >= 2 else None


def _last_day(pub: schema.Published | None) -> str | None:
    """The last day a document can have been published on, when its date or bounds say."""
    if pub is None:
        return None
    ends = [iv[1].isoformat() for v in (pub.value, pub.latest) if v and (iv := timenorm.interval(v)) is not None]
    return min(ends) if ends else None


def _past_year_of_a_present(tense: str | None, value: str, gran: str | None, pub: schema.Published | None) -> bool:
    """A year before the document's told of a present state ("It looks milder than the
    strain of 2003": that outbreak's year). The per-document stage checks it too, when the
    document's date is known there; a date the corpus stage gave is known only here."""
    if tense != "present" or gran != "year" or pub is None or not pub.value:
        return False
    year = pub.value[:4]
    return year.isdigit() and value[:4].isdigit() and value[:4] < year


def _mention_date(a: DocAnalysis, item, anchor: str | None) -> tuple[str | None, str | None, tuple[int, int] | None]:
    if item.timex is None or item.timex >= len(a.timexes):
        return None, None, None
    tx = a.timexes[item.timex]
    if tx.reading is not None:
        value, gran = timenorm.resolve(tx.reading, anchor, tx.tense or item.tense)
        if value is None:
            value, gran = _relative_day(a, item.timex, anchor)
    else:
        value, gran = tx.value, tx.granularity
    if value is None or gran not in _DATING:
        return None, None, None
    if gran == "time":
        value, gran = value.split("T")[0], "day"
    return value, gran, (tx.start, tx.end)


_DAY_COUNT = re.compile(r"P\d+D")


def _relative_day(a: DocAnalysis, i: int, anchor: str | None, depth: int = 3) -> tuple[str | None, str | None]:
    """A day told relative to the one day named before it ("fled the day after", "two
    days later": ``analyse.timex.relative_days``, which records that day as ``previous``
    only where it is the one day in reach, or the day named right after its "before" or
    "after": "2 days before June 5"): that day, resolved against this anchor, moved by the
    phrase's offset; else (None, None)."""
    tx = a.timexes[i]
    rel = tx.reading
    if rel is None or rel.kind != "evrel" or tx.event_relation or not _DAY_COUNT.fullmatch(rel.duration or "") \
            or tx.previous is None or tx.previous == i or depth == 0:
        return None, None
    base = a.timexes[tx.previous]
    if base.reading is None:
        return None, None
    value, _ = timenorm.resolve(base.reading, anchor, base.tense)
    if value is None:
        value, _ = _relative_day(a, tx.previous, anchor, depth - 1)
    if not value or not timenorm.DAY_VALUE.match(value):
        return None, None
    return timenorm.shift(value[:10], rel.duration or "", rel.direction or "")


def _anchor_span(a: DocAnalysis, item) -> tuple[int, int] | None:
    """The span of the day a relative day was told from (its evidence beside the phrase)."""
    if item.timex is None or item.timex >= len(a.timexes):
        return None
    tx = a.timexes[item.timex]
    if tx.reading is None or tx.reading.kind != "evrel" or tx.previous is None:
        return None
    base = a.timexes[tx.previous]
    return base.start, base.end


def mentions(corpus: Corpus, published: dict[str, schema.Published] | None = None) -> list[MentionRef]:
    """Every event mention of the corpus (near-duplicate documents left out), dated."""
    out: list[MentionRef] = []
    for a in corpus.originals():
        doc = a.document.id
        pub = (published or {}).get(doc, a.document.published)
        anchor = anchor_of(pub)
        for i, item in enumerate(a.events):
            sent = item.sentence or (item.start, item.end)
            value, gran, dspan = _mention_date(a, item, anchor)
            aspan = _anchor_span(a, item) if value else None
            if value and item.tense == "past" and _starts_after(value, _last_day(pub)):
                # a happening told in the past is not after its report: the date read is
                # another's ("has canceled holidays uuntil 22 May", a bound its typo hid)
                value, gran, dspan = None, None, None
            if value and _past_year_of_a_present(item.tense, value, gran, pub):
                value, gran, dspan = None, None, None
            actors = {corpus.mention_entity[(doc, mi)] for mi in item.actor_mentions if (doc, mi) in corpus.mention_entity}
            lemma = item.lemma if item.lemma is not None else (item.trigger or "").lower()
            m = MentionRef(doc, i, item.start, item.end, sent, item.text, lemma,
                           item.tense, item.negated, actors, value, gran, dspan)
            m.anchor_span = aspan if value else None
            m.masked = masked_text(a, item)
            m.args = tuple(item.args)
            m.phrase = (item.phrase[0], item.phrase[1]) if item.phrase else None
            m.perfect = item.perfect
            m.not_event = item.not_event
            if item.agent_mention is not None:
                m.agent = corpus.mention_entity.get((doc, item.agent_mention))
            m.not_after = _last_day(pub) if item.tense != "future" else None
            m.own_time = (_unresolved(a, item) or _names_a_time(a, item) or _list_of_years(a, sent)) \
                if value is None else None
            link = item.after_event
            if link is not None and value is None and item.evrel_timex is not None:
                tx = a.timexes[item.evrel_timex]
                ev = tx.event_relation
                m.relative = {"to": (doc, link), "dur": ev.duration if ev else None, "dir": ev.direction if ev else None,
                              "span": (tx.start, tx.end)}
            out.append(m)
    return out


def _compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    ia, ib = timenorm.interval(a), timenorm.interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def _embed_text(m: MentionRef, corpus: Corpus) -> str:
    return m.masked or m.text  # masked_text, or the clause for a mention built without it


def _pairs(ms: list[MentionRef], vecs: np.ndarray) -> list[tuple[float, int, int]]:
    """Candidate pairs with their similarity: each mention's nearest neighbours by
    embedding (exact on small corpora, LSH-blocked on large ones: never all pairs)."""
    pairs = neighbours.nearest(vecs, min(NEIGHBOURS, len(ms) - 1), SIM_FLOOR)
    return sorted(((s, i, j) for (i, j), s in pairs.items()), key=lambda x: (-x[0], x[1], x[2]))


def _shared_arg(a: tuple[str, ...], b: tuple[str, ...], common: frozenset[str] = frozenset()) -> bool:
    for x in a:
        for y in b:
            if len(x) >= 4 and len(y) >= 4 and (x == y or x.endswith(y) or y.endswith(x)) and not {x, y} & common:
                return True
    return False


COMMON_SHARE = 0.25  # a participant named in the events of more than this share of documents is the story's setting
COMMON_MIN = 3  # ... and of more than this many documents (a small corpus names its subject everywhere)


def common_terms(ms: list[MentionRef]) -> frozenset[str]:
    """Actor entities and argument nouns the corpus's events name in too many documents to
    tell one happening from another: "Mexico" and "people" in a story of the flu ("killed
    150 in Mexico", "returned from Mexico"). Document frequency, as in IDF weighting."""
    docs: dict[str, set[str]] = defaultdict(set)
    for m in ms:
        for t in (*m.actors, *m.args):
            docs[t].add(m.doc)
    n = len({m.doc for m in ms})
    limit = max(COMMON_MIN, COMMON_SHARE * n)
    return frozenset(t for t, d in docs.items() if len(d) > limit)


def _kind_lemma(lemma: str | None) -> bool:
    """A lemma that can tell a kind of happening: not a stative, reporting or light verb
    ("be", "say": kept as mentions when they carry a date, but two of them say nothing of
    one happening) and not a split-off prefix ("re" of "re-named")."""
    return lemma is not None and len(lemma) >= 3 and lemma not in stop_lemmas()


def same_kind(a: MentionRef, b: MentionRef) -> bool:
    """Same trigger lemma, or lemmas of one class of happening ("put" / "place")."""
    if not (_kind_lemma(a.lemma) and _kind_lemma(b.lemma)):
        return False
    classes = trigger_classes()
    return bool(a.lemma == b.lemma or (classes.get(a.lemma, set()) & classes.get(b.lemma, set())))


def same_participants(a: MentionRef, b: MentionRef, common: frozenset[str] = frozenset()) -> bool:
    """The clauses share a participant that is not the whole story's (``common_terms``): an
    actor entity or an argument noun ("list" ~ "blacklist"); or two participants of any kind."""
    shared = a.actors & b.actors
    return bool(shared - common) or _shared_arg(a.args, b.args, common) or len(shared) >= FRAME_ACTORS


def same_event_evidence(a: MentionRef, b: MentionRef, common: frozenset[str] = frozenset()) -> bool:
    """What two documents must share before their clauses are one event: the same kind of
    happening between the same participants, at times that allow it. Similar wording
    alone is not enough: in a corpus about one story every clause is about the flu or the
    spill, and a false merge gives one article's happening another's date (the audit's
    "Israel has re-named swine flu" dated by a school's exam rescheduling a week later)."""
    return same_kind(a, b) and same_participants(a, b, common) and not other_doers(a, b) and compatible_mentions(a, b)


def other_doers(a: MentionRef, b: MentionRef) -> bool:
    """Each clause names who did it, and they are two ("Sam, who has already laid his vocals
    down" / "Jo Roe ..., laying down her vocals": audit haiti V8): two happenings of
    one kind, however alike the rest. A doer unnamed on either side (a pronoun, none)
    says nothing either way."""
    return a.agent is not None and b.agent is not None and a.agent != b.agent


PAST_GAP_DAYS = 365  # a date ending this long before a report is the past that report looks back on


def unnamed_past(undated: MentionRef, dated: MentionRef, common: frozenset[str] = frozenset()) -> bool:
    """Whether undated ``undated`` would take the date of ``dated`` (another document's, or
    another sentence's of its own: "The 1957-58 pandemic killed about 2 million" is not "The
    1918 pandemic killed ...", H1N1_reuters, counted),
    a happening of a past that ends over a year before ``undated``'s report (its last
    possible day, ``not_after``), on no evidence but a shared kind of happening and a
    common noun: no named participant (an actor entity that is not the whole story's,
    ``common_terms``) is shared. A report looks back on many past happenings of one kind,
    and a noun alone does not say which: "Previous pandemics have started in a mild
    fashion" (pandemics in general) is not "In 1918, an influenza pandemic started"; "The
    Spanish Pandemic killed mainly due to cytokine storms" is not "the pandemics of 1957
    and 1968 killed one to two million"; "the earthquake which destroyed the city" of a
    2010 report is not the one that "struck the city of Bam in late 2003" (round fifty-nine,
    seed 174 H1N1_bbc V5, V8, haiti_bbc V6). A wrong year is a false statement, an
    undated card a small loss: such a clause keeps its own card."""
    if undated.date is not None or dated.date is None:
        return False
    iv = timenorm.interval(dated.date)
    if iv is None:
        return False
    if undated.not_after is None:
        # a report of unknown day: a date of a year or coarser is still the past a report
        # looks back on ("struck the city of Bam in late 2003"); a finer one may be its news
        if granularity_rank(dated.granularity) > granularity_rank("year"):
            return False
    else:
        try:
            last = dt.date.fromisoformat(undated.not_after[:10])
        except ValueError:
            return False
        if (last - iv[1]).days <= PAST_GAP_DAYS:
            return False
    return not (undated.actors & dated.actors) - common


def frame_match(a: MentionRef, b: MentionRef) -> bool:
    """Same kind of happening between the same parties, at compatible dates.

    Wording the embedding cannot bridge ("named Acme as a risk to the grid"
    / "put Acme on the list": cosine ~0.3, below unrelated clauses) still tells one
    event when the verbs are of one class and the clauses share two actor entities (who did
    it and to whom). One shared actor is not enough: a company's ban and its sale share it.
    """
    if a.negated != b.negated or {a.tense, b.tense} == {"past", "future"}:
        return False
    return same_kind(a, b) and len(a.actors & b.actors) >= FRAME_ACTORS and _compatible(a.date, b.date)


def rivals(a: MentionRef, b: MentionRef, types: dict[str, str]) -> bool:
    """Each clause names a party of one type the other lacks, and they share fewer than two.

    Masking names makes "the US placed Huawei on the list" and "the US placed ZTE on the
    list" one text; two different companies in them are two events.
    """
    if len(a.actors & b.actors) >= FRAME_ACTORS:
        return False
    ta = {types.get(x) for x in a.actors - b.actors} - {None}
    tb = {types.get(x) for x in b.actors - a.actors} - {None}
    return bool(ta & tb)


def _blocked_pairs(ms: list[MentionRef]) -> set[tuple[int, int]]:
    """Candidate pairs that tell one kind of happening about one actor (bucketed, not all pairs)."""
    classes = trigger_classes()
    buckets: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(ms):
        kinds = classes.get(m.lemma) or ({m.lemma} if m.lemma else set())
        for actor in m.actors:
            for kind in kinds:
                buckets.setdefault((actor, kind), []).append(i)
    out = set()
    for members in buckets.values():
        if len(members) > BUCKET_MAX:
            continue  # a kind of happening told of one actor this often is no evidence of one event
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if frame_match(ms[i], ms[j]):
                    out.add((min(i, j), max(i, j)))
    return out


def _pair_score(a: MentionRef, b: MentionRef, sim: float) -> float:
    """The merge score, lifted to the merge threshold by a frame match."""
    score = _score(a, b, sim)
    return max(score, SIM_MERGE) if frame_match(a, b) else score


def _score(a: MentionRef, b: MentionRef, sim: float) -> float:
    """Cosine of the masked clauses plus cues the embedding misses."""
    score = sim
    if same_kind(a, b):
        score += BONUS_CLASS
    if _shared_arg(a.args, b.args):
        score += BONUS_ARGS
    if a.actors & b.actors:
        score += BONUS_ACTOR
    return score


def _starts_after(date: str, day: str | None) -> bool:
    """Whether the happening dated ``date`` starts after ``day`` (a mention's ``not_after``)."""
    if day is None:
        return False
    iv = timenorm.interval(date)
    return iv is not None and iv[0].isoformat() > day


def _admits(ms: list[MentionRef], dates: list[str]) -> bool:
    """Whether mentions ``ms`` can be one event with a cluster dated ``dates``: no date
    after a mention's report, and a mention whose own time expression did not resolve
    takes no date its reading does not fit (its day is its own, unknown: "Brown said
    today" of an undated article is not the 5 May another article dates)."""
    for m in ms:
        if any(_starts_after(d, m.not_after) for d in dates):
            return False
        if m.own_time is not None and dates and not all(_fits_reading(m.own_time, d) for d in dates):
            return False
    return True


def _fits_reading(reading: TimeReading, date: str) -> bool:
    """Whether an unresolved reading can be ``date``: only a weekday can be checked without
    an anchor ("on Saturday" and a Saturday); "today" or "last week" could be any day."""
    if reading.kind != "wd" or reading.weekday is None or len(date) != 10:
        return False
    iv = timenorm.interval(date)
    return iv is not None and iv[0].weekday() == reading.weekday


def compatible_mentions(a: MentionRef, b: MentionRef) -> bool:
    """The pair's times allow one happening: dates overlap, neither is dated after the
    other's report, and neither has an unresolved time of its own the other's date does
    not fit."""
    if a.doc != b.doc and (_stretch_against_a_day(a, b) or _stretch_against_a_day(b, a)):
        return False
    return _compatible(a.date, b.date) and _admits([a], [b.date] if b.date else []) and _admits([b], [a.date] if a.date else [])


def _stretch_against_a_day(a: MentionRef, b: MentionRef) -> bool:
    """An undated present perfect ("the companies have all traded blame over the
    accident") sums up happenings up to its report, not the one dated day another
    document tells ("traded blame on Wednesday"): no evidence of one happening (audit
    bpoil V23). A simple past undated ("BP traded blame") still can be that day."""
    return a.perfect and a.date is None and b.date is not None and b.granularity in ("day", "time")


class _Clusters:
    def __init__(self, ms: list[MentionRef]):
        self.ms = ms
        self.parent = list(range(len(ms)))
        self.dates: dict[int, list[str]] = {i: [m.date] if m.date else [] for i, m in enumerate(ms)}
        # members kept per root: listing a cluster must not scan every mention
        self.groups: dict[int, list[int]] = {i: [i] for i in range(len(ms))}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def members(self, r: int) -> list[int]:
        return self.groups[self.find(r)]

    def union(self, i: int, j: int, linkage=None) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        if not all(_compatible(x, y) for x in self.dates[ri] for y in self.dates[rj]):
            return False
        xs, ys = [self.ms[k] for k in self.groups[ri]], [self.ms[k] for k in self.groups[rj]]
        if not (_admits(xs, self.dates[rj]) and _admits(ys, self.dates[ri])):
            return False
        if linkage is not None and not linkage(self.members(ri), self.members(rj)):
            return False
        lo, hi = min(ri, rj), max(ri, rj)
        self.parent[hi] = lo
        self.dates[lo] = self.dates[lo] + self.dates.pop(hi)
        self.groups[lo] = sorted(self.groups[lo] + self.groups.pop(hi))
        return True


def _agreed_date(dates: list[tuple[str, str | None]]) -> tuple[str | None, str | None]:
    """The finest value every dated mention allows (they are pairwise compatible)."""
    if not dates:
        return None, None
    # the finest granularity wins; ties go to the most frequent value, then the earliest
    best = sorted(dates, key=lambda d: (-granularity_rank(d[1]), -sum(1 for x in dates if x[0] == d[0]), d[0]))[0]
    return best


def cluster(corpus: Corpus, published: dict[str, schema.Published] | None = None) -> list[list[MentionRef]]:
    """Mentions grouped into events (each group sorted by document and offset), dated."""
    ms = mentions(corpus, published)
    if not ms:
        return []
    # the embeddings and their neighbours do not depend on dates: dating clusters the
    # same mentions before this step does, so the second call reuses them
    sig = tuple(m.key for m in ms)
    memo = corpus.memo.get("event_neighbours")
    if memo is not None and memo[0] == sig:
        vecs, near = memo[1], memo[2]
    else:
        vecs = corpus.embedder([_embed_text(m, corpus) for m in ms])
        near = _pairs(ms, vecs)
        corpus.memo["event_neighbours"] = (sig, vecs, near)
    uf = _Clusters(ms)
    types = {e.id: e.type for e in corpus.story.entities}
    common = common_terms(ms)

    def ok(i: int, j: int, sim: float) -> bool:
        a, b = ms[i], ms[j]
        if a.negated != b.negated or rivals(a, b, types):
            return False
        if a.doc == b.doc and a.sentence == b.sentence:
            return False  # two clauses of one sentence are two events
        if min(len(a.masked.split()), len(b.masked.split())) < 3:
            return False  # "This caused" says too little to be matched
        if not compatible_mentions(a, b):
            return False
        if not same_event_evidence(a, b, common):
            return False  # wording alone never makes one event (nor, in one article, "hit by the spill" the 1989 one)
        if unnamed_past(a, b, common) or unnamed_past(b, a, common):
            return False
        return _pair_score(a, b, sim) >= SIM_MERGE

    def linkage(xs: list[int], ys: list[int]) -> bool:
        # average linkage: no chaining of "Huawei ..." clauses into one blob
        if any(ms[x].doc == ms[y].doc and ms[x].sentence == ms[y].sentence for x in xs for y in ys):
            return False  # one sentence never tells the same event twice
        if any(rivals(ms[x], ms[y], types) or other_doers(ms[x], ms[y]) for x in xs for y in ys):
            return False
        if any(unnamed_past(ms[x], ms[y], common) or unnamed_past(ms[y], ms[x], common) for x in xs for y in ys):
            return False  # no chaining an undated clause onto a past year through a third mention
        if not all(same_kind(ms[x], ms[y]) for x in xs for y in ys if ms[x].doc != ms[y].doc):
            return False  # across documents every pair tells one kind of happening: no chaining by wording
        scores = [_pair_score(ms[x], ms[y], float(vecs[x] @ vecs[y])) for x in xs for y in ys]
        if bool(scores) and sum(scores) / len(scores) >= SIM_MERGE:
            return True
        # or one frame match, with every pair across telling the same kind of happening
        return any(frame_match(ms[x], ms[y]) for x in xs for y in ys) and all(same_kind(ms[x], ms[y]) for x in xs for y in ys)

    candidates = {(i, j): s for s, i, j in near}
    for i, j in _blocked_pairs(ms):
        candidates.setdefault((i, j), float(vecs[i] @ vecs[j]))
    scored = sorted(((_pair_score(ms[i], ms[j], s), i, j, s) for (i, j), s in candidates.items()), key=lambda x: (-x[0], x[1], x[2]))
    for _, i, j, sim in scored:
        if ok(i, j, sim):
            uf.union(i, j, linkage)
    groups: dict[int, list[int]] = {}
    for i in range(len(ms)):
        groups.setdefault(uf.find(i), []).append(i)
    clusters = [sorted((ms[i] for i in g), key=lambda m: (m.doc, m.start)) for g in groups.values()]
    # relative dates: "a month after <event>" takes that event's date, shifted
    where = {m.key: ci for ci, c in enumerate(clusters) for m in c}
    # each target's date once, before any mention is shifted (a shifted mention does not date its own target)
    agreed = {ci: _agreed_date([(x.date, x.granularity) for x in clusters[ci] if x.date])
              for ci in {where[m.relative["to"]] for c in clusters for m in c if m.relative and m.relative["to"] in where}}
    for c in clusters:
        for m in c:
            if m.relative and m.date is None:
                base = agreed.get(where.get(m.relative["to"], -1), (None, None))
                if base[0]:
                    v, g = timenorm.shift(base[0], m.relative["dur"], m.relative["dir"])
                    if v:
                        m.date, m.granularity, m.date_span = v, g, m.relative["span"]
    return clusters


def _event_id(m: MentionRef) -> str:
    return "ev_" + hashlib.sha1(f"{m.doc}:{m.start}:{m.end}".encode()).hexdigest()[:12]


def _best(c: list[MentionRef]) -> MentionRef:
    return sorted(c, key=lambda m: (m.date is None, -granularity_rank(m.granularity, -1), -len(m.actors), m.doc, m.start))[0]


def _restrictive(m: MentionRef, text: str | None) -> bool:
    """Whether ``m`` is a restrictive relative clause ("the claims that were lodged
    because of the leak", "the couple who came home on May 2": no comma before it). It
    tells what picks its noun out, a happening of its own time, not a sequel of the
    sentence's dated event; a non-restrictive one (", which prevented ...") may be one."""
    if m.phrase is None or text is None:
        return False
    return text[: m.start].rstrip()[-1:] not in (",", "(")


def _forecast(m: MentionRef, published: schema.Published | None) -> bool:
    """Whether ``m`` is dated after its document's last possible day: a happening told
    ahead ("a decision expected to be confirmed next week"), whose card shows its own
    clause, never the sentence, whose past events ("The company cut 500 jobs") that date
    would seem to date."""
    if not m.date or published is None or not published.value:
        return False
    return timenorm.starts_after(m.date, published.value)


_OTHER_TIME = re.compile(r"\b(?:after|before|since|until|till|once)\s*$", re.IGNORECASE)


_ALREADY = re.compile(r"\balready\b", re.IGNORECASE)


def _other_time(c: list[MentionRef], texts: dict[str, str]) -> bool:
    """Whether ``c``'s clauses each follow a temporal conjunction ("after reports
    surfaced", "before the well was capped") or say "already" ("mirroring that already
    supplied to state schools"): a time other than, before, the main clause's."""
    return all(m.doc in texts and (_OTHER_TIME.search(texts[m.doc][max(0, m.start - 12) : m.start])
                                   or _ALREADY.search(m.text)) for m in c)


def _apart_from(c: list[MentionRef], target: list[MentionRef], key: tuple, texts: dict[str, str],
                clause_cards: frozenset[tuple[str, int]] = frozenset()) -> bool:
    """Whether undated ``c`` is a happening apart from the dated card ``target`` of sentence
    ``key``: the card shows only a relative clause's noun phrase ("the couple who came home
    to Leeds on May 2"), which ``c`` lies outside of ("... an area affected by recent
    outbreaks"), or ``c`` is a restrictive relative clause of its own. Such a clause keeps
    a card of its own (undated) rather than sharing the other's date."""
    best = _best(target)
    mine = [m for m in c if (m.doc, tuple(m.sentence)) == key]
    if best.key in clause_cards and any(not (best.start <= m.start < best.end) for m in mine):
        return True  # the card shows a forecast's clause only (``_forecast``)
    if any(m.perfect for m in mine) and not best.perfect:
        # "raised $9,000 in 2015 alone and has built her fund up to $21,000 in all":
        # a present perfect sums up to the report, not the dated card's day or year
        return True
    if best.phrase is not None and any(not (best.phrase[0] <= m.start < best.phrase[1]) for m in mine):
        return True
    return any(_restrictive(m, texts.get(m.doc)) for m in mine)


def fold_same_sentence(clusters: list[list[MentionRef]], texts: dict[str, str] | None = None,
                       clause_cards: frozenset[tuple[str, int]] = frozenset()) -> list[list[MentionRef]]:
    """One event per summary sentence: clauses of one sentence ("added to the register in
    2017, which barred local firms from trading") are separate mentions and may
    stay separate clusters, but a reader would see the same sentence twice, once dated
    and once not. Clusters whose summary would be the same sentence of the same document
    are folded when their dates agree: an undated one joins the one dated cluster of
    that sentence, undated ones join each other. Different dates stay apart. Only
    identical summary sentences fold, so nothing chains across the corpus. A clause apart
    from the dated card (``_apart_from``; ``texts``: each document's text) neither joins it
    nor is dropped."""
    texts = texts or {}
    groups: dict[tuple, list[int]] = defaultdict(list)
    values = []
    for i, c in enumerate(clusters):
        best = _best(c)
        groups[(best.doc, tuple(best.sentence))].append(i)
        values.append(_agreed_date([(m.date, m.granularity) for m in c if m.date])[0])
    out = []
    for key, idxs in groups.items():
        by_value: dict[str | None, list[int]] = defaultdict(list)
        for i in idxs:
            by_value[values[i]].append(i)
        dated = [v for v in by_value if v is not None]
        parts: list[list[MentionRef]] = []
        for v, members in by_value.items():
            if v is None:
                continue
            parts.append([m for i in members for m in clusters[i]])
        target = parts[0] if len(dated) == 1 else None
        loose: list[list[MentionRef]] = []
        for i in by_value.get(None, []):
            c = clusters[i]
            # a fold obeys what a merge obeys: no date after a mention's report, no
            # unresolved time of its own joined to another's date or document; and the
            # undated clause is told after the dated one ("added to the register in 2017, which
            # barred ..."), not before it ("Acme admitted part of the blame for the leak
            # but faulted its contractor, which built the pipe that burst on March 3": the
            # relative clause's date is not the accepting's)
            if target is not None and all((m.doc, tuple(m.sentence)) == key for m in c) and _other_time(c, texts):
                # "The shares had risen on Tuesday after news broke": the news came
                # before the gain; not on its card, and no second card repeating the sentence
                continue
            apart = target is not None and (_apart_from(c, target, key, texts, clause_cards)
                                            or _at_another_time(c, target, key, texts)
                                            or _own_time_after(c, key, texts)
                                            or _told_content(c, target, key, texts))
            if target is not None and not apart and _fits(c, target) and _told_after(c, target, key):
                target += c
                continue
            if target is not None and not apart and all((m.doc, tuple(m.sentence)) == key for m in c):
                continue  # its sentence is on the dated card already; a second card would repeat it undated
            host = next((x for x in loose if _fits(c, x)), None)
            if host is None:
                loose.append(list(c))
            else:
                host += c
        out += parts + loose
    return out


def _at_another_time(c: list[MentionRef], host: list[MentionRef], key: tuple, texts: dict[str, str]) -> bool:
    """Whether the dated card ``host`` is dated, in sentence ``key``, only by clauses that
    follow a temporal conjunction ("After the two cases found on Monday, the
    health ministry widened its checks"), while ``c``'s clauses there do not:
    the date is of the happening the main clause comes after (or before, or since), a
    different happening at a different time, so ``c`` is no mention of that card (audit
    H1N1 V10). The mirror of ``_other_time``; "when" and "as" tell the same time and fold."""
    dated = [m for m in host if m.date and (m.doc, tuple(m.sentence)) == key]
    mine = [m for m in c if (m.doc, tuple(m.sentence)) == key]
    return bool(dated) and bool(mine) and _after_conjunction(dated, texts) and not _other_time(mine, texts)


@functools.lru_cache(maxsize=1)
def _own_time_re() -> re.Pattern[str]:
    marks = sorted(lexicon.words("analyse/own_time_marks.txt"), key=len, reverse=True)
    return re.compile(r"\s*,?\s*(?:" + "|".join(re.escape(m) for m in marks) + r")\b", re.IGNORECASE)


def _own_time_after(c: list[MentionRef], key: tuple, texts: dict[str, str]) -> bool:
    """Whether ``c``'s clauses in sentence ``key`` are each followed by a temporal clause of
    their own ("... was born in Haiti in 1972 but moved with his family to New York when
    he was nine"): the moving's time is "when he was nine", not the birth's year, so the
    clause keeps a card of its own, undated, and is not cited under the dated card (round
    fifty-nine, seed 174 haiti_bbc V3). The conjunctions are data
    (``analyse/own_time_marks.txt``); a regular expression on the words right after the
    clause, because the parse cuts the temporal clause off the mention already."""
    mine = [m for m in c if (m.doc, tuple(m.sentence)) == key]
    return bool(mine) and all(m.doc in texts and _own_time_re().match(texts[m.doc], m.end) for m in mine)


_CONTENT_OPENER = re.compile(r"[\"“‘]|\bthat\b", re.IGNORECASE)


def _told_content(c: list[MentionRef], host: list[MentionRef], key: tuple, texts: dict[str, str]) -> bool:
    """Whether the dated card ``host`` is dated, in sentence ``key``, only by a verb of saying
    ("Roe told reporters this morning that ...") and ``c``'s clauses there come after it, past a
    quotation mark or "that": they are what was said, a happening of its own time ("at the last
    minute they ignored their own advice", told this morning of a year before), not the telling's
    (round sixty, seed 175 bpoil_bbc V10). "Roe told reporters this morning and left" (no
    content opener between) still folds."""
    dated = [m for m in host if m.date and (m.doc, tuple(m.sentence)) == key]
    mine = [m for m in c if (m.doc, tuple(m.sentence)) == key]
    if not dated or not mine or not all(m.lemma in stop_lemmas() for m in dated):
        return False
    end = max(m.end for m in dated)
    return all(m.doc in texts and m.start >= end and _CONTENT_OPENER.search(texts[m.doc][end : m.start]) for m in mine)


def _after_conjunction(ms: list[MentionRef], texts: dict[str, str]) -> bool:
    """Whether every clause of ``ms`` follows a temporal conjunction ("after", "since", ...)."""
    return all(m.doc in texts and _OTHER_TIME.search(texts[m.doc][max(0, m.start - 12) : m.start]) for m in ms)


def _told_after(c: list[MentionRef], host: list[MentionRef], key: tuple) -> bool:
    """Whether ``c``'s clauses in sentence ``key`` all come after ``host``'s dated one there."""
    dated = [m.start for m in host if m.date and (m.doc, tuple(m.sentence)) == key]
    mine = [m.start for m in c if (m.doc, tuple(m.sentence)) == key]
    return bool(dated) and bool(mine) and min(mine) > min(dated)


def _fits(c: list[MentionRef], host: list[MentionRef]) -> bool:
    cd, hd = [m.date for m in c if m.date], [m.date for m in host if m.date]
    return _admits(c, hd) and _admits(host, cd)


def _reported(corpus: Corpus, c: list[MentionRef]) -> str | None:
    """The earliest publication date among the documents reporting an undated event,
    when none tells it in the future tense: when it was first reported, which a reader
    can order by (not when it happened)."""
    if any(m.tense == "future" for m in c):
        return None
    dates = [corpus.by_id[m.doc].document.published.value for m in c if corpus.by_id[m.doc].document.published]
    spans = {d: iv for d in dates if d and (iv := timenorm.interval(d)) is not None}
    return min(spans, key=lambda d: spans[d][0]) if spans else None


def build_events(corpus: Corpus, clusters: list[list[MentionRef]]) -> list[schema.Event]:
    events = []
    texts = {m.doc: corpus.by_id[m.doc].document.text for c in clusters for m in c}
    forecasts = frozenset(m.key for c in clusters for m in c if _forecast(m, corpus.by_id[m.doc].document.published))
    folded = fold_same_sentence(clusters, texts, forecasts)
    dated_sentences = {(m.doc, tuple(m.sentence)) for c in folded
                       if _agreed_date([(m.date, m.granularity) for m in c if m.date])[0] for m in c}
    for c in folded:
        value, gran = _agreed_date([(m.date, m.granularity) for m in c if m.date])
        if not value and all(m.not_event for m in c):
            continue  # a question, a non-occurrence, a habit, a supposition or a state: no event card
        best = _best(c)
        text = corpus.by_id[best.doc].document.text
        # a dated relative clause shows its noun phrase ("the rig that exploded on April 20"),
        # never the sentence, whose main event ("fears are growing") its date would seem to
        # date; so does an undated one kept apart from its sentence's dated card ("the
        # lawsuits that have been filed"), which would otherwise repeat that sentence
        on_dated = (best.doc, tuple(best.sentence)) in dated_sentences
        shown = best.phrase if best.phrase and (value or on_dated) else best.sentence
        if not value and not best.phrase and on_dated and len(c) == 1:
            # an undated clause kept apart from its sentence's dated card ("After the cases
            # confirmed yesterday, the Department stepped up its response") shows its own
            # clause: the sentence would show the other happening's date beside it
            shown = (best.start, best.end)
        if value and best.key in forecasts:
            shown = (best.start, best.end)  # a forecast's clause: "to be confirmed next week"
        summary = " ".join(text[shown[0] : shown[1]].split())
        actors = sorted({a for m in c for a in m.actors})
        evidence = [schema.Span(doc=m.doc, start=sp[0], end=sp[1]) for m in c if m.date and m.date_span and _compatible(m.date, value)
                    for sp in ((m.anchor_span, m.date_span) if m.anchor_span else (m.date_span,))]
        ev = schema.Event(
            id=_event_id(c[0]),
            date=schema.EventDate(value=value, granularity=gran, evidence=evidence,
                                  reported=None if value else _reported(corpus, c)),
            summary=summary,
            actors=actors,
            mentions=[schema.Span(doc=m.doc, start=m.start, end=m.end) for m in c],
        )
        events.append(ev)

    def order(e: schema.Event):
        iv = timenorm.interval(e.date.value)
        if iv is None:  # undated: after the dated ones, those reported earlier first
            rep = timenorm.interval(e.date.reported) if e.date.reported else None
            return (1, rep[0].isoformat() if rep else "9999", "", -len(e.mentions), e.id)
        return (0, iv[0].isoformat(), iv[1].isoformat(), -len(e.mentions), e.id)

    return sorted(events, key=order)


def merge(corpus: Corpus) -> list[schema.Event]:
    return build_events(corpus, cluster(corpus))

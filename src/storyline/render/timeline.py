"""Timeline summarisation mode: N dates, K sentences each, in tilse format.

For benchmark protocols (Timeline17, Crisis) where the number of dates and of
sentences per date is given. Needs only the per-document stage's sentences and
time expressions and each document's publication date.

1. Every sentence whose time expression resolves to a day (against its
   document's date, with its clause's tense) is a candidate for that day.
2. Days are scored as the TLS literature selects dates (Tran et al. 2015's date
   features; tilse's date references, Martschat & Markert 2018): the other days on
   which the collection refers to the day (a document naming a day it was not
   published on, earlier or later), plus half a point for each document published on
   the day that names it and half for each document published on it (``day_scores``). The top N
   within the timeline's span are kept (``choose_days``). When the texts name fewer
   than N days, publication days (day-precise metadata) fill in.
3. For each kept day, its candidates (the sentences naming it and the opening
   sentences of the documents published on it) are ranked by TF-IDF cosine to
   their centroid, a little higher when published within two days after it
   (``rank_sentences``), skipping near-repeats. A sentence is shown without the wire
   clutter that opens it (``readable``: a dateline or stamp is no news, and a stamp
   alone is no sentence, though it still tells of its day; nor is what the brief's noise
   lexicon reads as no story: a reader comment, a gallery caption, a page's print stamp
   glued to a headline), and a finished sentence goes before a piece the splitter
   cut, a headline run into the text or a teaser cut short with an ellipsis (``finished``).
4. The report's key dates (``key_dates``) choose days with the same ``day_scores``
   over the story's dated events, and choose their number from the story (10-20).

The weights were chosen on the five bpoil timelines of Timeline17 (``bench/tls.py``,
120 documents per topic); the H1N1 and haiti timelines were held out
(bench/RESULTS.md, issue 17, round five).

Output: per date (ascending) a ``YYYY-MM-DD`` line, the sentences one per line,
then a line of dashes, as tilse reads it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from functools import cache
from typing import NamedTuple

from .. import schema, timenorm
from ..clean import dateline, ptb
from ..clean.noise import glued_photo_credit  # the cleaner's own credit matcher, one definition
from ..types import DocAnalysis

DASHES = "-" * 32
REPEAT = 0.8
W_SELF = 0.5  # a document naming its own publication day
W_PUB = 0.5  # a document published on the day
W_NEAR = 0.5  # a sentence published within NEAR days after the day it names
NEAR = 2
_WORD = re.compile(r"[A-Za-z]+")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@cache
def _stop() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS | {"lrb", "rrb"})


def _content_words(sentence: str) -> set[str]:
    return {w for w in (x.lower() for x in _WORD.findall(sentence)) if len(w) > 2 and w not in _stop()}


# TLS corpora (Timeline17, Crisis) come tokenised, with PTB escapes for brackets (their
# one definition is clean.ptb's; the quote marks are left as the reference wrote them)
_PTB = {k: v for k, v in ptb.MARKS.items() if k.startswith("-")}
_CLOSERS = {")", "]", "}"}
# an agency tag's tail where a sentence split cut a dateline at its bracket: "Reuters) - "
_AGENCY_TAIL = re.compile(r"(?:" + "|".join(re.escape(a) for a in sorted(dateline.AGENCIES, key=len, reverse=True)) + r")\)\s*(?:--|-|—|–|:)\s*")
MIN_WORDS = 5


def readable(sentence: str) -> str | None:
    """The sentence as a timeline shows it, or None when no sentence is left.

    Wire clutter at its start is cut: a dateline or stamp, read by the cleaner's own
    reader (``clean.dateline.find``: "PORT ELLERY | Mon Mar 8, 2021 9:15 am EST PORT ELLERY
    (Reuters) - ") when it opens the sentence, and the agency tag's tail left where the sentence splitter cut a dateline at its bracket
    ("Reuters) - A storm front ..."), and a photo credit glued before the sentence
    ("Photograph: Jane Roe/AP The company said ..."). A piece of fewer than ``MIN_WORDS`` words left (a
    stamp cut at its bracket, "LEEDS | Wed Mar 10, 2021 8:40 pm GMT LEEDS (") is no
    sentence. The summary tells what happened on a day; a stamp tells when a page was
    printed, and its words (place, weekday, zone) are no news. In a built story the
    cleaner has cut the document's own dateline already; TLS corpora come uncleaned and
    tokenised, so the reader is given a view with PTB's bracket escapes undone and the
    cut is made between the original tokens."""
    toks = sentence.split()
    while toks and _PTB.get(toks[0], toks[0]) in _CLOSERS:  # a bracket's close left by a split
        toks = toks[1:]
    view, starts = "", []
    for t in toks:
        v = _PTB.get(t, t.replace("\\/", "/"))
        if view and not (v in {",", ".", ")", "]", ":", ";"} or view[-1] in "(["):
            view += " "
        starts.append(len(view))
        view += v
    cut = 0
    # only a stamp that opens the sentence: one found further in may be a date a writer
    # gives in prose ("a boat trip on July 15 ..."), and a wrong cut is worse than none
    if (found := dateline.find(view, [0])) is not None and found.start == 0:
        cut = found.end
    if m := _AGENCY_TAIL.match(view, cut):
        cut = m.end()
    # a photo credit the page glued before the sentence (Guardian copy, uncleaned)
    if m := glued_photo_credit(view, cut):
        cut = m.end() + len(view[m.end() :]) - len(view[m.end() :].lstrip())
    k = next((i for i, at in enumerate(starts) if at >= cut), len(toks)) if cut else 0
    rest = toks[k:]
    if _not_story(view[cut:]):
        return None
    return " ".join(rest) if len(rest) >= MIN_WORDS else None


def _not_story(view: str) -> bool:
    """A unit the brief's noise lexicon reads as no part of the story (``resolve.brief``'s
    ``noise_category``: a reader comment, a photo caption or gallery label, page furniture
    such as a print note naming the page and section the piece appeared in, a page's print stamp glued to a
    headline, a blog post's byline line). The brief never quotes these; neither does a key
    date. Its clock rule is left out: a clock with its zone anywhere in a unit also marks
    sentences of prose ("the oil stopped flowing at 2:25 p.m. CDT"), which a timeline keeps;
    a full date before the clock (``pagestamp``) is a page's stamp."""
    from ..resolve.brief import noise_category

    return noise_category(view) not in (None, "timestamp")


_QUOTES = "\"'`’”) "


def finished(sentence: str) -> bool:
    """Whether the sentence ends as a sentence does (a full stop, a question or exclamation
    mark, before any closing quotes or brackets): a unit that does not is a piece the
    splitter cut ("... when it went down on Friday in 3,000 ft (") or a headline run into
    the text ("Mayor defends flood response plan Mayor Roe: ...")."""
    tail = " ".join(sentence.split()[-3:]).replace("''", '"').replace("-RRB-", ")").rstrip(_QUOTES)
    if tail.replace(" ", "").endswith(("...", "…")):
        return False  # a teaser cut short ("... to ensure it follows all envir ...")
    return tail.endswith((".", "!", "?"))


def _anchor(a: DocAnalysis) -> str | None:
    p: schema.Published | None = a.document.published
    if p is None or not p.value:
        # an undated document: its content estimate, if the evidence gives a value
        from ..resolve.dating import estimate

        p = estimate(a)
    if p is None or not p.value:
        return None
    if len(p.value) == 4 and p.earliest and p.earliest[:4] == p.value:
        return p.earliest[:7]
    return p.value


class Cand(NamedTuple):
    """A sentence that dates something to a day: its document, text, offset and the
    document's own publication day (None when the document has no day-precise date)."""

    doc: str
    sentence: str
    start: int
    published: str | None


def _pub_day(a: DocAnalysis) -> str | None:
    return _pub_day_of(a.document.published)


def candidates(analyses: list[DocAnalysis]) -> dict[str, list[Cand]]:
    """Day -> the sentences whose time expression resolves to that day (against their
    document's date and their clause's tense)."""
    out: dict[str, list[Cand]] = defaultdict(list)
    for a in analyses:
        anchor = _anchor(a)
        pub = _pub_day(a)
        text = a.document.text
        sents = [s for s in a.sentences if not s.heading]
        for tx in a.timexes:
            rel = tx.reading
            value, gran = timenorm.resolve(rel, anchor, tx.tense) if rel else (tx.value, tx.granularity)
            if not value or gran not in ("day", "time"):
                continue
            day = value[:10]
            if not _DAY.fullmatch(day):
                continue
            sent = next((s for s in sents if s.start <= tx.start < s.end), None)
            if sent is None:
                continue
            raw = " ".join(text[sent.start : sent.end].split())
            if len(raw.split()) < MIN_WORDS:
                continue
            # a stamp still tells of its day (``day_scores`` counts documents); it is not
            # shown: "" marks a candidate with no sentence to show
            out[day].append(Cand(a.document.id, readable(raw) or "", sent.start, pub))
    return out


def _publication_candidates(analyses: list[DocAnalysis], lead: int = 3) -> dict[str, list[Cand]]:
    out: dict[str, list[Cand]] = defaultdict(list)
    for a in analyses:
        pub = _pub_day(a)
        if pub is None:
            continue
        text = a.document.text
        sents = [s for s in a.sentences if not s.heading and len(text[s.start : s.end].split()) >= MIN_WORDS][:lead]
        for s in sents:
            # the lead's units as the splitter gives them, less a stamp or its pieces
            if (r := readable(text[s.start : s.end])) is not None:
                out[pub].append(Cand(a.document.id, r, s.start, pub))
    return out


def day_scores(cands: dict[str, list[Cand]], published: Counter[str]) -> dict[str, float]:
    """How much the collection tells of each day (the date-selection signal of Tran et al.
    2015 and of tilse's submodular TLS, Martschat & Markert 2018).

    A *reference* is a document that names the day without being published on it (its
    "today" is the date of writing more than news of that day): the number of distinct
    other publication days on which the day is referred to counts most (a wire story
    copied by three outlets the same morning is one reference; the temporal spread of
    Kessler et al. 2012). Earlier pages count as later ones do, as tilse's date
    references count every sentence dated off its page's day: a day announced ahead
    (a test, a hearing, results due, a deadline) is mostly a day that then made news,
    and a timeline keeps it. Dropping earlier pages, or halving them, lowered the tuned
    split (bpoil: AR1 .124 -> .117, or .121 at half; bench/RESULTS.md, issue 17 round
    fourteen, 17c). A document without a day-precise date counts alone. Documents that
    name their own publication day count at ``W_SELF`` each, and documents published on
    the day (reports of it, even naming no date) at ``W_PUB``."""
    out: dict[str, float] = {}
    for day, items in cands.items():
        # the other days it is told on, earlier or later (a document without a day
        # counts alone)
        docs = {c.published or c.doc for c in items if c.published != day}
        own = {c.doc for c in items if c.published == day}
        # (the sentence count only breaks ties)
        out[day] = len(docs) + W_SELF * len(own) + W_PUB * published.get(day, 0) + 1e-4 * len(items)
    return out


def choose_days(
    scores: dict[str, float], n: int, start: str | None = None, end: str | None = None
) -> list[str]:
    """The ``n`` best-scored days within [start, end] (ties: the earlier day), in date order."""
    days = [d for d in scores if (start is None or d >= start) and (end is None or d <= end)]
    return sorted(sorted(days, key=lambda d: (-scores[d], d))[:n])


def _tfidf(sentences: list[str], df: Counter[str], n_docs: int) -> list[dict[str, float]]:
    vecs = []
    for s in sentences:
        tf = Counter(w for w in (x.lower() for x in _WORD.findall(s)) if len(w) > 2 and w not in _stop())
        v = {w: c * math.log((1 + n_docs) / (1 + df[w])) for w, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items()})
    return vecs


def rank_sentences(items: list[Cand], day: str, per_date: int, df: Counter[str], n_docs: int, used: set[str] | None = None) -> list[str]:
    """The day's ``per_date`` most central sentences among those that mention it.

    Centrality is the cosine (TF-IDF over the collection's sentences) of a sentence to the
    centroid of the day's candidate sentences: what many sources say about that day (the
    centroid ranking of DATEWISE, Ghalandari & Ifrim 2020, and of Tran et al.'s sentence
    features), raised by ``W_NEAR`` for a sentence published within ``NEAR`` days after the
    day (a report of the day, not a look back). Near-repeats (over ``REPEAT`` of content
    words shared with one already taken) are skipped, and so is a sentence in ``used``
    (taken for another date; it is added there) unless the day has no other."""
    seen: set[str] = {""}  # a candidate with nothing to show (a stamp) is never taken
    uniq: list[Cand] = []
    for c in sorted(items, key=lambda x: (x.doc, x.start)):
        if c.sentence not in seen:
            seen.add(c.sentence)
            uniq.append(c)
    if not uniq:
        return []
    vecs = _tfidf([c.sentence for c in uniq], df, n_docs)
    centroid: Counter[str] = Counter()
    for v in vecs:
        centroid.update(v)
    cn = math.sqrt(sum(x * x for x in centroid.values())) or 1.0
    d0 = dt.date.fromisoformat(day)

    def near(c: Cand) -> bool:
        if not c.published:
            return False
        lag = (dt.date.fromisoformat(c.published) - d0).days
        return 0 <= lag <= NEAR

    def score(i: int) -> float:
        cos = sum(x * centroid[w] for w, x in vecs[i].items()) / cn
        return cos * (1 + W_NEAR * near(uniq[i]))

    # a finished sentence before any piece (a cut unit, a glued headline), then by score
    order = sorted(range(len(uniq)), key=lambda i: (not finished(uniq[i].sentence), -score(i), i))
    words = [_content_words(c.sentence) for c in uniq]
    picked: list[int] = []
    for i in order:
        if len(picked) >= per_date:
            break
        if any(len(words[i] & words[j]) > REPEAT * max(1, min(len(words[i]), len(words[j]))) for j in picked):
            continue
        if used is not None and uniq[i].sentence in used:  # one sentence, one date
            continue
        picked.append(i)
    if not picked and order:  # every candidate already serves another date: the day keeps its best
        picked.append(order[0])
    if used is not None:
        used.update(uniq[i].sentence for i in picked)
    return [uniq[i].sentence for i in picked]


def _sentence_df(cands: dict[str, list[Cand]]) -> tuple[Counter[str], int]:
    """Document frequency of content words over the distinct candidate sentences."""
    sents = {c.sentence for items in cands.values() for c in items} - {""}
    df: Counter[str] = Counter()
    for s in sents:
        df.update(_content_words(s))
    return df, len(sents)


def select(
    analyses: list[DocAnalysis], dates: int, per_date: int, start: str | None = None, end: str | None = None
) -> dict[str, list[str]]:
    """Date -> its sentences, for the ``dates`` days the collection tells most of.

    ``start``/``end`` (ISO days) bound the timeline, as the TLS protocol passes the
    reference's first and last dates; without them no day after the last publication
    day is taken."""
    cands = candidates(analyses)
    pub_days = Counter(d for d in (_pub_day(a) for a in analyses) if d)
    pubs = sorted(a.document.published.value for a in analyses if a.document.published and a.document.published.value)
    last = end or (pubs[-1][:10] if pubs else None)
    scores = day_scores(cands, pub_days)
    # a day only published on (no sentence names it) competes by its publication count
    lead = _publication_candidates(analyses)
    for day, n in pub_days.items():
        if day not in scores and W_PUB > 0:
            scores[day] = W_PUB * n
    chosen = choose_days(scores, dates, start, last)
    if len(chosen) < dates:
        # too few days named in the text: publication days (day-precise metadata only),
        # with the opening sentences of the documents published on them
        extra = [d for d in sorted(lead) if d not in chosen and (start is None or d >= start) and (last is None or d <= last)]
        chosen = sorted(chosen + extra[: dates - len(chosen)])
    df, n = _sentence_df(cands)
    out: dict[str, list[str]] = {}
    used: set[str] = set()
    for day in chosen:
        # the day's candidates: the sentences that name it, and the opening sentences of
        # the documents published on it (a day's own reports lead with its news)
        items = cands.get(day, []) + lead.get(day, [])
        out[day] = rank_sentences(items, day, per_date, df, n, used)
    return {d: s for d, s in out.items() if s}


def format_tilse(timeline: dict[str, list[str]]) -> str:
    lines: list[str] = []
    for day in sorted(timeline):
        lines.append(day)
        lines.extend(timeline[day])
        lines.append(DASHES)
    return "\n".join(lines) + ("\n" if lines else "")


def write_timeline(analyses: list[DocAnalysis], dates: int, per_date: int, start: str | None = None, end: str | None = None) -> str:
    """The tilse-format timeline text of ``dates`` dates with up to ``per_date`` sentences each.

    ``analyses`` need only sentences, timexes and ``document.published`` (metadata or
    estimated); the per-document stage's output as stored is enough.
    """
    return format_tilse(select(analyses, dates, per_date, start, end))


# The report's (and so the web app's) key dates ------------------------------------------
KEY_MIN, KEY_MAX = 10, 20


class KeyDate(NamedTuple):
    date: str
    events: list[str]  # event ids, the best-reported first
    sources: int  # documents that tell of the date


def key_count(days: int) -> int:
    """How many key dates a story opens its timeline with: about 2 * sqrt(dated days),
    within [KEY_MIN, KEY_MAX] (25 days -> 10, 100 or more -> 20)."""
    return max(KEY_MIN, min(KEY_MAX, round(2 * math.sqrt(days))))


def key_dates(story: schema.Story, n: int | None = None) -> list[KeyDate]:
    """The story's key dates, in date order: the days chosen as the TLS mode chooses them
    (``day_scores``: the other days a day is told on count most, documents published on
    it and naming it less), here over the story's dated events, each event's mentions
    being its documents' references to its date. Only day-precise dates, none after the
    last publication day. Each date lists its events, those told by most documents first.
    Empty when the story has no more day-dated events than ``KEY_MIN`` (the full list is
    then short enough to read)."""
    published = {d.id: _pub_day_of(d.published) for d in story.documents}
    by_day: dict[str, list[schema.Event]] = defaultdict(list)
    cands: dict[str, list[Cand]] = defaultdict(list)
    last = max((d for d in published.values() if d), default=None)
    for ev in story.events:
        day = (ev.date.value or "")[:10]
        # days only, as the TLS mode takes them (a year or a week is background, not a
        # key date), and none after the last publication day (a forecast)
        if not _DAY.fullmatch(day) or (last is not None and day > last):
            continue
        by_day[day].append(ev)
        for m in ev.mentions:
            cands[day].append(Cand(m.doc, ev.id, m.start, published.get(m.doc)))
    if sum(len(v) for v in by_day.values()) <= KEY_MIN:
        return []
    pub_days = Counter(d for d in published.values() if d)
    scores = day_scores(cands, pub_days)
    for day in by_day:
        scores.setdefault(day, 0.0)
    chosen = choose_days(scores, n if n is not None else key_count(len(by_day)))

    def sources(ev: schema.Event) -> int:
        return len({m.doc for m in ev.mentions})

    out = []
    for day in chosen:
        evs = sorted(by_day[day], key=lambda e: -sources(e))  # stable: story order breaks ties
        out.append(KeyDate(day, [e.id for e in evs], len({c.doc for c in cands[day]})))
    return out


def _pub_day_of(p: schema.Published | None) -> str | None:
    if p is None or p.estimated or not p.value or len(p.value) < 10:
        return None
    return p.value[:10]

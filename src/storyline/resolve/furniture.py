"""Site furniture that only a look across documents finds (issue 16).

An outlet prints some short lines under (or over) many of its texts: a column's trailer
("Puzzles are on page nine."), a competition's heading, a wire service's credit ("Acme Wire
staff helped with this page."), a widget's tweet. No single text shows such a line is not the article's, so the
per-document cleaner (pure, one text at a time) keeps it. Across a story's documents it
shows: the same line stands at the same end of several texts that are not copies of each
other, and it shares nothing with the articles it closes.

A line (a paragraph of the cleaned text) is furniture when, normalised (case, punctuation
and spacing folded):

* it stands at the same end (first or last line) in every document that prints it, with
  only other furniture lines between it and that end (found by peeling the ends again
  until nothing more is found);
* the documents printing it fall into at least ``min_independent`` groups of related
  documents (resolve/duplicates.groups at the looser similarity ``related``): syndicated
  copies of one article, even differently edited, ending on the same sentence are one
  witness;
* it is short (``max_words``), has no quotation mark and no verb of saying (a public
  figure's quote repeated at the end of several articles is the story's), its brackets
  close, and no sentence or quote the per-document stage found crosses its bounds;
* the per-document stage drew no happening (an event that is one) and no figure from it,
  unless it names the site, the page or the reader's tools (data/furniture_site_words.txt:
  "helped with this page"): a background sentence ("The Millbrook blast killed 40 miners")
  closing several reports is the story's;
* its content words are mostly not found elsewhere in the texts that print it (the median
  share over those texts at most ``max_shared``): a story's background sentence repeated
  at the end of several reports shares the story's words.

A document whose cleaner already removed the same line counts as a witness too, when the
removal's reason is one of ``witness_reasons`` (a teaser or promo, a call to action: the
cleaner saw it there under a marker, a print footer say, that the other copies lack) and the
removed copy stood at the same end of its text (only furniture or removed text between it
and that end). The reason given there is kept in the evidence (``removed_in``). A removed
copy is a witness, never the thing taken: only kept copies are left out, and every kept copy
must pass the guards above. Comment threads, captions and headlines are no witnesses:
readers quote the article's sentences, pull quotes repeat them, and a headline is often the
story's own line (the measures behind the list are in furniture.tsv).

A run of words inside a line is furniture too (:func:`find_runs`, round twenty-one): a side
box or a promo that the corpus glued, with no stop, to a different article sentence in each of
several texts ("Radio Ruritania in Creole Weekdays Also online" run into "The mayor ..."). Its
bounds are where the witnesses part (the same words stop at the same word in each, the words
beside it differ), it meets its line at the line's edge, a stop or a seam where a capital opens
the next part (never inside a sentence), and every copy passes the guards above read on the run.

A block of whole lines inside the text is furniture too (:func:`find_blocks`, round
thirty-two): a side box the corpus printed as its own lines between the article's (a graphic's
explainer, a "how it works" box), the same run of at least ``block_lines`` lines in the same
order in texts of ``min_independent`` groups that share no other ``block_shared_lines`` lines.
Its lines are read about the story (a box explains the story's own events), so the
happening, figure and shared-word guards of a trailer do not apply; the block's length, its
identical order and the witnesses' independence are the evidence instead, and every line of it
has the shape of a box line (no quotation mark, no verb of saying, at most ``run_max_words``).

The settings are data (resolve/data/furniture.tsv). The text keeps the line; the document
lists it in ``furniture`` with its evidence, and :func:`strip` leaves every item drawn
from it out of the analysis the corpus stage works on, so nothing is lost silently.

Written here rather than taken from a boilerplate library: jusText and trafilatura judge
one page at a time (a line's own shape and link density), which is exactly what cannot
tell this line from a column's short closer; the cross-document count is the evidence.
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from typing import get_args, get_origin

from pydantic import BaseModel
from spacy.lang.en.stop_words import STOP_WORDS

from .. import lexicon, schema
from ..types import DROP, DocAnalysis, Link

_WORD = re.compile(r"[^\W_]+")
_CONTENT = re.compile(r"[a-z0-9]{3,}")
# straight, curly and typewriter quotation marks, guillemets (a quote is never furniture)
_QUOTE_MARK = re.compile(r"[\"“”„«»]|``|''|(?<!\w)[‘'`]\w|\w[’'](?!\w)")
_OPEN, _CLOSE = "([{", ")]}"


@dataclass(frozen=True)
class Settings:
    min_independent: int
    related: float
    max_words: int
    max_shared: float
    witness_reasons: frozenset[str]
    run_words: int
    run_max_words: int
    block_lines: int
    block_shared_lines: int


@cache
def settings() -> Settings:
    rows = {r[0].strip(): r[1].strip() for r in lexicon.rows("resolve/furniture.tsv")}
    return Settings(int(rows["min_independent"]), float(rows["related"]), int(rows["max_words"]), float(rows["max_shared"]),
                    frozenset(rows.get("witness_reasons", "").split()), int(rows["run_words"]), int(rows["run_max_words"]),
                    int(rows["block_lines"]), int(rows["block_shared_lines"]))


@cache
def _cue_pattern() -> re.Pattern:
    """Verbs of saying in their inflected forms: the lemmas of data/reporting_verbs.txt
    with the regular endings, and the irregular forms of furniture.tsv's ``irregular_cues``.
    The bare lemma is left out: it is as often a noun ("helped with this report")."""
    lemmas = set(lexicon.flagged("reporting_verbs.txt"))
    rows = {r[0].strip(): r[1].strip() for r in lexicon.rows("resolve/furniture.tsv")}
    forms = set(rows.get("irregular_cues", "").split())
    for w in lemmas:
        if " " in w:
            continue
        forms.update({w + "s", w + "es", w + "d", w + "ed", w + "ing"})
        if w.endswith("y"):
            forms.update({w[:-1] + "ies", w[:-1] + "ied"})
        if w.endswith("e"):
            forms.add(w[:-1] + "ing")
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")\b", re.I)


def normalise(line: str) -> str:
    """Case, punctuation and spacing folded: the key two printings of a line share."""
    return " ".join(_WORD.findall(line.casefold()))


def units(text: str) -> list[tuple[int, int]]:
    """The text's lines that hold a word, as (start, end) with outer spaces left off."""
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if _WORD.search(stripped):
            start = pos + line.index(stripped[0])
            out.append((start, start + len(stripped)))
        pos += len(line) + 1
    return out


def _content(s: str) -> list[str]:
    return [w for w in _CONTENT.findall(s.lower()) if w not in STOP_WORDS]


def _balanced(s: str) -> bool:
    depth = 0
    for ch in s:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _line_shape_ok(line: str, cfg: Settings, max_words: int | None = None) -> bool:
    """Short (``max_words``, by default the setting's), no quotation, no verb of saying, brackets closed."""
    return (len(line.split()) <= (max_words or cfg.max_words) and not _QUOTE_MARK.search(line)
            and not _cue_pattern().search(line) and _balanced(line))


def _crossed(a: DocAnalysis, start: int, end: int) -> bool:
    """A sentence or quote of the per-document stage that runs across the line's bounds:
    the line is then no unit of its own (a sentence cut at a line break, a quotation's
    paragraph)."""
    for s in a.sentences:
        if s.start < end and start < s.end and (s.start < start or s.end > end):
            return True
    return any(q.start < end and start < q.end for q in a.quotes)


def find(analyses: list[DocAnalysis], groups: list[list[str]]) -> dict[str, list[schema.Furniture]]:
    """Document id -> the furniture lines of that document, in text order.

    ``groups`` are the groups of related documents' ids (``duplicates.groups`` at
    ``settings().related``). Pure: the same analyses give the same lines whatever their
    order or how they were batched into the store."""
    cfg = settings()
    group_of = {d: i for i, ids in enumerate(groups) for d in ids}
    by_id = {a.document.id: a for a in analyses}
    spans: dict[str, list[tuple[int, int]]] = {}
    occurrences: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for a in sorted(analyses, key=lambda x: x.document.id):
        d = a.document.id
        spans[d] = units(a.document.text)
        for i, (s, e) in enumerate(spans[d]):
            occurrences[normalise(a.document.text[s:e])].append((d, i))
    # lines that could be furniture at all: in enough independent documents, of the right
    # shape in each, and sharing little with the texts that print them
    removed = _removed_copies(analyses, occurrences, spans, cfg)
    doc_words: dict[str, set[str]] = {}  # a document's content words, read once

    def content_of(d: str) -> set[str]:
        if d not in doc_words:
            doc_words[d] = set(_content(by_id[d].document.text))
        return doc_words[d]

    keys = []
    for key, occ in occurrences.items():
        if len({group_of.get(d, d) for d, _ in occ} | {group_of.get(c.doc, c.doc) for c in removed.get(key, ())}) \
                < cfg.min_independent:
            continue
        if not all(_eligible(by_id[d], spans[d][i], cfg) for d, i in occ):
            continue
        if not all(_line_shape_ok(c.line, cfg) for c in removed.get(key, ())):
            continue  # a copy elsewhere in quotation marks (or too long): a quote, not a trailer
        shares = [_shared(by_id[d], spans[d][i]) for d, i in occ]
        if statistics.median(shares) > cfg.max_shared:
            continue  # where it is kept, it holds the article's words (with removed copies too: the twin of
            # a story's own lead or headline that another text printed as a promo and had cut)
        shares += [_share(_content(c.line), content_of(c.doc)) for c in removed.get(key, ())]  # in its whole text
        if statistics.median(shares) > cfg.max_shared:
            continue
        keys.append(key)
    # the lines that stand at one end of every text printing them, with only such lines
    # between: the largest such set, found by dropping lines that fail until none does
    # (two trailers printed in either order under different texts are both found)
    keyed = {d: [normalise(by_id[d].document.text[s:e]) for s, e in u] for d, u in spans.items()}
    taken = set(keys)
    while True:
        edges = {key: _witnessed_edge(occurrences[key], removed.get(key, []), keyed, taken, group_of, cfg)
                 for key in taken}
        failed = {key for key, edge in edges.items() if edge is None}
        if not failed:
            break
        taken -= failed
    found: dict[str, dict[int, tuple[str, str]]] = defaultdict(dict)  # doc -> unit index -> (key, edge)
    witnesses: dict[str, list[_RemovedCopy]] = {}
    for key in taken:
        got = edges[key]
        assert got is not None
        edge, witnesses[key] = got
        for d, i in occurrences[key]:
            found[d][i] = (key, edge)
    out: dict[str, list[schema.Furniture]] = {}
    for d, lines in found.items():
        text = by_id[d].document.text
        items = []
        for i in sorted(lines):
            key, edge = lines[i]
            docs = {x for x, _ in occurrences[key]} | {c.doc for c in witnesses[key]}
            s, e = spans[d][i]
            items.append(schema.Furniture(
                start=s, end=e, text=text[s:e], edge=edge, documents=len(docs),
                independent=len({group_of.get(x, x) for x in docs}),
                removed_in=[schema.RemovedCopy(doc=c.doc, reason=c.reason) for c in witnesses[key]]))
        out[d] = items
    return out


# --- runs of words inside a line ---------------------------------------------------------

_STOP = re.compile(r"[.!?…]")
_SEAM_GAP = re.compile(r"[\s)\]}\"“‘']*")  # spaces, closing brackets, an opening quotation mark


@dataclass(frozen=True)
class _RunCopy:
    doc: str
    start: int
    end: int
    before: str | None  # the word right before the run in its line (None: the run opens the line)
    after: str | None  # the word right after it (None: the run closes the line)
    seams: tuple[str, str]  # how it meets its line before and after it: edge, stop, seam or inside (_seam)


def _seam(gap: str | None, opening: str) -> str:
    """How a run meets its neighbour across ``gap`` (the text between their words; None: no
    neighbour in the line) where ``opening`` is the first word of the part after the gap:
    ``edge`` (the line's end), ``stop`` (a full stop, question or exclamation mark between),
    ``seam`` (only spaces, closing brackets or an opening quotation mark between, and the part
    after opens on a capital or a digit: two sentences run together with no stop, as the corpus glued a box to an article's
    sentence) or ``inside`` (anything else: a comma, a lower-case word; the run is a piece of a
    sentence, a name or a phrase the story repeats)."""
    if gap is None:
        return "edge"
    if _STOP.search(gap):
        return "stop"
    if _SEAM_GAP.fullmatch(gap) and (opening[:1].isupper() or opening[:1].isdigit()):
        return "seam"
    return "inside"


def find_runs(analyses: list[DocAnalysis], groups: list[list[str]],
              lines: dict[str, list[schema.Furniture]] | None = None) -> dict[str, list[schema.Furniture]]:
    """Document id -> the runs of words inside its lines that are site furniture, in text order
    (``edge`` "inside"): a side box or promo the corpus ran, with no stop, into an article's line.

    A run is a stretch of at least ``run_words`` words (normalised as :func:`normalise` does)
    that documents of ``min_independent`` groups of ``groups`` print, inside one line. Its bounds
    are where the witnesses part: the same words stop at the same word in each (the run is the
    longest such stretch in each of its texts, and the words beside it are not the same in all);
    a text that prints it inside a longer shared stretch is no witness. Every copy passes the
    guards of a whole line (:func:`find`'s docstring), read on the run's words: at most
    ``run_max_words``, no quotation mark, verb of saying or open bracket, no quote of the
    per-document stage over it, no happening or figure drawn from it unless it names the site,
    its content words mostly not found elsewhere in its text (median share at most
    ``max_shared``). And it is run in: at least one copy has a neighbour in its line with no
    stop between, and no copy stands between stops with neighbours in its line (a story's
    background sentence repeated across wire stories is punctuated as a sentence there).
    Lines of ``lines`` (whole-line furniture already found) are not read.

    Written here, not taken from a library: a near-duplicate or text-reuse finder (MinHash,
    suffix arrays) finds the shared stretch, but not whether its neighbours part in every copy,
    which is the evidence; the n-gram count below is that finder, kept to what the rule needs."""
    cfg = settings()
    k = cfg.run_words
    group_of = {d: i for i, ids in enumerate(groups) for d in ids}
    by_id = {a.document.id: a for a in analyses}
    # every document's lines as words with offsets (lines already found as furniture left out)
    # (an n-gram is held as its hash: a tuple of k words costs about four times an int, and a
    # pile of thousands of texts holds millions of them; a clash only adds a candidate stretch,
    # which the copies below, keyed by the words themselves, then count exactly)
    words: dict[str, list[tuple[int, list[tuple[str, int, int]], list[int]]]] = {}
    counts: Counter[int] = Counter()  # n-gram -> how many documents print it
    doc_grams: dict[str, set[int]] = {}
    for a in sorted(analyses, key=lambda x: x.document.id):
        d, text = a.document.id, a.document.text
        done = [(f.start, f.end) for f in (lines or {}).get(d, [])]
        words[d] = []
        doc_grams[d] = set()
        for s, e in units(text):
            if any(fs <= s and e <= fe for fs, fe in done):
                continue
            toks = [(m.group().casefold(), m.start(), m.end()) for m in _WORD.finditer(text, s, e)]
            ws = [w for w, _, _ in toks]
            grams = [hash(g) for g in zip(*(ws[i:] for i in range(k)), strict=False)]  # the line's k-word n-grams, in order
            words[d].append((e, toks, grams))
            doc_grams[d].update(grams)
        counts.update(doc_grams[d])
    # then, of the n-grams in enough documents, those in enough independent groups
    often = {g for g, n in counts.items() if n >= cfg.min_independent}
    seen: dict[int, set[int | str]] = defaultdict(set)
    for d, grams_of_d in doc_grams.items():
        for g in grams_of_d & often:
            seen[g].add(group_of.get(d, d))
    shared = {g for g, where in seen.items() if len(where) >= cfg.min_independent}
    del seen, counts, doc_grams
    copies: dict[tuple[str, ...], list[_RunCopy]] = defaultdict(list)
    for d, doc_lines in words.items():
        text = by_id[d].document.text
        for line_end, toks, grams in doc_lines:
            hits = [i for i, g in enumerate(grams) if g in shared]
            for first, last in _stretches(hits):
                lo, hi = first, last + k  # the run's words: toks[lo:hi]
                end = _run_end(text, toks[hi - 1][2], toks[hi][1] if hi < len(toks) else line_end)
                seams = ("inside" if lo > 0 and _cue_pattern().fullmatch(toks[lo - 1][0]) else  # "said America will ..."
                         _seam(text[toks[lo - 1][2] : toks[lo][1]] if lo > 0 else None, text[toks[lo][1] : toks[lo][2]]),
                         _seam(text[toks[hi - 1][2] : toks[hi][1]] if hi < len(toks) else None,
                               text[toks[hi][1] : toks[hi][2]] if hi < len(toks) else ""))
                copies[tuple(w for w, _, _ in toks[lo:hi])].append(_RunCopy(
                    d, toks[lo][1], end, toks[lo - 1][0] if lo > 0 else None, toks[hi][0] if hi < len(toks) else None, seams))
    out: dict[str, list[schema.Furniture]] = defaultdict(list)
    for key, occ in sorted(copies.items()):
        docs = [c.doc for c in occ]
        if len(set(docs)) < len(docs) or len({group_of.get(x, x) for x in docs}) < cfg.min_independent:
            continue  # printed twice in one text, or a witness is inside a longer shared stretch
        if not _run_ok(key, occ, by_id, cfg):
            continue
        for c in occ:
            out[c.doc].append(schema.Furniture(
                start=c.start, end=c.end, text=by_id[c.doc].document.text[c.start : c.end], edge="inside",
                documents=len(docs), independent=len({group_of.get(x, x) for x in docs})))
    return {d: sorted(items, key=lambda f: f.start) for d, items in out.items()}


def _stretches(hits: list[int]) -> list[tuple[int, int]]:
    """Consecutive positions merged: [2, 3, 4, 9] -> [(2, 4), (9, 9)]."""
    out: list[tuple[int, int]] = []
    for i in hits:
        if out and out[-1][1] == i - 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def _run_end(text: str, end: int, limit: int) -> int:
    """The run's end with the closing marks right after its last word taken in (a bracket, a
    full stop), up to ``limit`` (the next word, or the line's end)."""
    while end < limit and text[end] in _CLOSE + ".!?…":
        end += 1
    return end


def _run_ok(key: tuple[str, ...], occ: list[_RunCopy], by_id: dict[str, DocAnalysis], cfg: Settings) -> bool:
    """The guards of :func:`find_runs` on every copy of one run."""
    if len(key) > cfg.run_max_words:
        return False
    if any("inside" in c.seams for c in occ):
        return False  # a piece of a sentence somewhere: a phrase, a name or a clause the story repeats
    if not any("seam" in c.seams for c in occ) or any("stop" in c.seams and "seam" not in c.seams for c in occ):
        return False  # never run in, or a sentence of its own somewhere: the story's
    for side in ({c.before for c in occ}, {c.after for c in occ}):
        if len(side) == 1 and side != {None}:
            return False  # the same word beside it in every copy: no clear bound
    shares = []
    for c in occ:
        a = by_id[c.doc]
        text = a.document.text
        run = text[c.start : c.end]
        if not _line_shape_ok(run, cfg, cfg.run_max_words) or _QUOTE_MARK.search(text[max(0, c.start - 1) : c.end + 1]):
            return False
        if any(m.start < edge < m.end for m in a.mentions for edge in (c.start, c.end)):
            return False  # a name runs across the run's bound ("President Barack | Obama to rethink ..."): the
            # run opens or ends inside a sentence's name, a background sentence the wire repeats, no box
            # (round sixty, seed 175 bpoil_reuters K1: a repeated sentence's tail cut after "Barack")
        if any(q.start < c.end and c.start < q.end and not (c.start <= q.start and c.end < q.end) for q in a.quotes):
            return False  # a quotation repeated is the story's; not a quote that opens on the run and goes on
            # past it (the sentence glued after the box, its trailing attribution read over both)
        if _tells(a, c.start, c.end, by_trigger=True) and not _about_the_site(run):
            return False
        shares.append(_shared(a, (c.start, c.end)))
    return statistics.median(shares) <= cfg.max_shared


# --- blocks of whole lines inside the text -------------------------------------------------


def find_blocks(analyses: list[DocAnalysis], groups: list[list[str]],
                lines: dict[str, list[schema.Furniture]] | None = None) -> dict[str, list[schema.Furniture]]:
    """Document id -> the lines of a side box printed inside its text, in text order (``edge``
    "inside"; the text keeps them).

    A box is a run of at least ``block_lines`` adjacent lines (paragraphs) that stands, the same
    lines in the same order, in documents of ``min_independent`` groups of ``groups``; each pair
    of its adjacent lines is printed adjacent in that many groups. Each of its lines has a box
    line's shape in every document printing it: at most ``run_max_words`` words, no quotation
    mark, no verb of saying, its brackets closed, no sentence or quote of the per-document stage
    across its bounds; a line that fails splits the run (the parts are read on their own).
    The witnesses are counted strictly: besides the groups, two documents that share
    ``block_shared_lines`` other lines (not the box's, not furniture) are related, since the
    updates of one report print its background paragraphs in the same order; the witnesses are
    as many documents as can be picked with no two related (:func:`_witnesses`).
    Lines of ``lines`` (furniture already found) are not read and end a run.

    Why no happening, figure or shared-word guard (a trailer's): a box explains the story's own
    events in its words (a graphic's "how the cap works" lines), so those guards would take
    none; the census behind the settings is in furniture.tsv."""
    cfg = settings()
    group_of = {d: i for i, ids in enumerate(groups) for d in ids}
    by_id = {a.document.id: a for a in analyses}
    keyed: dict[str, list[tuple[str | None, tuple[int, int]]]] = {}  # None: a line found already
    pairs: dict[tuple[str, str], set[int | str]] = defaultdict(set)
    copies: dict[str, list[tuple[str, tuple[int, int]]]] = defaultdict(list)
    for a in sorted(analyses, key=lambda x: x.document.id):
        d, text = a.document.id, a.document.text
        done = {(f.start, f.end) for f in (lines or {}).get(d, [])}
        keyed[d] = [(None if span in done else normalise(text[span[0] : span[1]]), span) for span in units(text)]
        for k, span in keyed[d]:
            if k:
                copies[k].append((d, span))
        for (k1, _), (k2, _) in zip(keyed[d], keyed[d][1:], strict=False):
            if k1 and k2 and k1 != k2:
                pairs[(k1, k2)].add(group_of.get(d, d))
    good = {p for p, where in pairs.items() if len(where) >= cfg.min_independent}
    paired = {k for p in good for k in p}
    shape: dict[str, bool] = {}

    def box_line(k: str) -> bool:
        if k not in paired:
            return False  # in no pair printed adjacent often enough: no box's line (and not read further)
        if k not in shape:
            shape[k] = all(_line_shape_ok(by_id[d].document.text[s:e], cfg, cfg.run_max_words)
                           and not _crossed(by_id[d], s, e) for d, (s, e) in copies[k])
        return shape[k]

    # each document's runs: maximal stretches of box lines whose adjacent pairs are good
    chains = {d: _chains([k for k, _ in ks], good, box_line, cfg.block_lines) for d, ks in keyed.items()}
    runs: dict[tuple[str, ...], list[tuple[str, int]]] = defaultdict(list)  # run -> (doc, first line) of its copies
    for d, spans in chains.items():
        for i, j in spans:
            runs[tuple(k for k, _ in keyed[d][i : j + 1])].append((d, i))  # type: ignore[misc]
    # a run is witnessed by its own copies and by the longer runs holding it; what two witnesses
    # share is read outside the stretch of good pairs around the run (the rest of the box, its
    # lines of another shape that split it, are no sign the texts are related)
    other: dict[str, set[str]] = {d: {k for k, _ in ks if k} for d, ks in keyed.items()}

    def outside(d: str, i: int) -> set[str]:
        ks = keyed[d]
        lo, hi = i, i
        while lo > 0 and (ks[lo - 1][0], ks[lo][0]) in good:
            lo -= 1
        while hi + 1 < len(ks) and (ks[hi][0], ks[hi + 1][0]) in good:
            hi += 1
        return other[d] - {k for k, _ in ks[lo : hi + 1]}

    taken: dict[str, set[int]] = defaultdict(set)
    evidence: dict[tuple[str, int], tuple[int, int]] = {}
    for run in runs:
        n = len(run)
        where = [(d, i + at) for longer, occ in runs.items() if len(longer) >= n
                 for at in range(len(longer) - n + 1) if longer[at : at + n] == run for d, i in occ]
        docs = sorted({d for d, _ in where})
        if len(docs) < len(where):
            continue  # printed twice in one text
        witnesses = _witnesses(docs, group_of, {d: outside(d, i) for d, i in where}, cfg.block_shared_lines)
        if witnesses < cfg.min_independent:
            continue
        for d, i in where:
            for x in range(i, i + n):
                taken[d].add(x)
                evidence[(d, x)] = max(evidence.get((d, x), (0, 0)), (len(docs), witnesses))
    out: dict[str, list[schema.Furniture]] = {}
    for d, idx in taken.items():
        text = by_id[d].document.text
        items = []
        for x in sorted(idx):
            s, e = keyed[d][x][1]
            n_docs, n_ind = evidence[(d, x)]
            items.append(schema.Furniture(start=s, end=e, text=text[s:e], edge="inside", documents=n_docs, independent=n_ind))
        out[d] = items
    return out


def _chains(keys: list[str | None], good: set[tuple[str, str]], box_line, at_least: int) -> list[tuple[int, int]]:
    """(first, last) line index of each maximal stretch of ``keys`` that are box lines (``box_line``)
    with every adjacent pair in ``good``, of at least ``at_least`` lines."""
    out = []
    i = 0
    while i < len(keys):
        k = keys[i]
        if not (k and box_line(k)):
            i += 1
            continue
        j = i
        while j + 1 < len(keys) and (nxt := keys[j + 1]) and box_line(nxt) and (keys[j], nxt) in good:
            j += 1
        if j - i + 1 >= at_least:
            out.append((i, j))
        i = j + 1
    return out


def _witnesses(docs: list[str], group_of: dict[str, int], other: dict[str, set[str]], shared: int) -> int:
    """How many independent witnesses ``docs`` are: the most documents of them no two of which
    are related (of one group of related texts, or sharing ``shared`` lines of ``other``: each
    one's lines outside the box), found greedily, the document with the fewest relations first. Not the groups of
    relation joined transitively: a dozen updates of several reports are chained by their
    common paragraphs, which would make one witness of unrelated reports (census: a box in 13
    texts fell to 2 that way)."""
    related = {d: {e for e in docs if e != d and (group_of.get(d, d) == group_of.get(e, e)
                                                  or len(other[d] & other[e]) >= shared)} for d in docs}
    picked: list[str] = []
    for d in sorted(docs, key=lambda x: (len(related[x]), x)):
        if not related[d] & set(picked):
            picked.append(d)
    return len(picked)


def _eligible(a: DocAnalysis, span: tuple[int, int], cfg: Settings) -> bool:
    s, e = span
    line = a.document.text[s:e]
    return _line_shape_ok(line, cfg) and not _crossed(a, s, e) and not (_tells(a, s, e) and not _about_the_site(line))


def _tells(a: DocAnalysis, start: int, end: int, by_trigger: bool = False) -> bool:
    """The per-document stage drew a happening (an event that is one) or a figure from the
    line: a background sentence of the story ("The Millbrook blast killed 40 miners") repeated at the
    end of several reports is the story's, however often it is printed. ``by_trigger``: for a run
    inside a line, a happening counts when its verb is in the run (the clause of the sentence glued
    after a box is read over the box too, its verb outside it)."""
    def over(ev) -> bool:
        s, e = ev.trigger_span if by_trigger and ev.trigger_span is not None else (ev.start, ev.end)
        return s < end and start < e
    return (any(ev.not_event is None and over(ev) for ev in a.events)
            or any(f.start < end and start < f.end for f in a.figures))


_DEICTIC = frozenset({"this", "these", "our", "your"})


def _about_the_site(line: str) -> bool:
    """The line names the site, the page or the reader's tools (data/furniture_site_words.txt;
    a word flagged ``~`` only right after this/these/our/your: "this report", not "the report
    found")."""
    flags = lexicon.flagged("resolve/furniture_site_words.txt")
    tokens = _WORD.findall(line.casefold())
    for i, w in enumerate(tokens):
        flag = flags.get(w)
        if flag == "" or (flag == "~" and i > 0 and tokens[i - 1] in _DEICTIC):
            return True
    return False


def _shared(a: DocAnalysis, span: tuple[int, int]) -> float:
    """The share of the line's content words found elsewhere in its document's text."""
    text = a.document.text
    return _share(_content(text[span[0] : span[1]]), set(_content(text[: span[0]])) | set(_content(text[span[1] :])))


def _share(words: list[str], rest: set[str]) -> float:
    """The share of ``words`` (a line's content words) found in ``rest`` (0 for no words)."""
    if not words:
        return 0.0
    return sum(1 for w in words if w in rest) / len(words)


@dataclass(frozen=True)
class _RemovedCopy:
    doc: str
    slot: int | None  # where it stood: how many of its text's kept lines stand before it; None inside one
    reason: str
    line: str


def _removed_copies(analyses: list[DocAnalysis], occurrences: dict[str, list[tuple[str, int]]],
                    spans: dict[str, list[tuple[int, int]]], cfg: Settings) -> dict[str, list[_RemovedCopy]]:
    """Line key -> the copies of a line some document keeps that the cleaner removed from other
    documents, for a reason of ``witness_reasons`` (the part of the reason before its colon);
    one per document, none from a document that keeps the line itself."""
    out: dict[str, list[_RemovedCopy]] = defaultdict(list)
    if not cfg.witness_reasons:
        return out
    for a in sorted(analyses, key=lambda x: x.document.id):
        d = a.document.id
        seen = set()
        ends = [e for _, e in spans[d]]
        for r in a.document.removed:
            if r.kind not in cfg.witness_reasons:
                continue
            # the kept lines are in order, apart and never empty: those ending at or before the
            # block stand before it, the rest after it unless one holds it (then no end)
            slot = None if any(s < r.at < e for s, e in spans[d]) else bisect.bisect_right(ends, r.at)
            for line in r.text.split("\n"):
                key = normalise(line)
                if key in occurrences and key not in seen and all(x != d for x, _ in occurrences[key]):
                    seen.add(key)
                    out[key].append(_RemovedCopy(d, slot, r.reason, line.strip()))
    return out


def _sides(keys: list[str], before: int, after: int, taken: set[str]) -> set[str]:
    """The ends of its text a line (or a removed block) stands at: 'start' when every kept line
    before index ``before`` is in ``taken``, 'end' when every kept line from index ``after`` is."""
    return ({"start"} if all(k in taken for k in keys[:before]) else set()) | \
        ({"end"} if all(k in taken for k in keys[after:]) else set())


def _witnessed_edge(occ: list[tuple[str, int]], removed: list[_RemovedCopy], keyed: dict[str, list[str]],
                    taken: set[str], group_of: dict[str, int], cfg: Settings) -> tuple[str, list[_RemovedCopy]] | None:
    """The end every kept copy stands at (``_edge_sides``) with the removed copies that stood at that
    end too, when kept and removed copies together are ``min_independent`` witnesses; else None.
    A removed copy elsewhere in its text is no witness, and no veto either (the cleaner cut it)."""
    sides = _edge_sides(occ, keyed, taken)
    for side in ("end", "start"):
        if side not in sides:
            continue
        got = [c for c in removed if c.slot is not None and side in _sides(keyed[c.doc], c.slot, c.slot, taken)]
        docs = {d for d, _ in occ} | {c.doc for c in got}
        if len({group_of.get(d, d) for d in docs}) >= cfg.min_independent:
            return side, got
    return None


def _edge_sides(occ: list[tuple[str, int]], keyed: dict[str, list[str]], taken: set[str]) -> set[str]:
    """The ends every printing of the line stands at, with only lines of ``taken`` between."""
    if len({d for d, _ in occ}) < len(occ):  # printed twice in one text: not a trailer
        return set()
    sides = {"start", "end"}
    for d, i in occ:
        sides &= _sides(keyed[d], i, i + 1, taken)
        if not sides:
            return set()
    return sides


def _link(info) -> Link | None:
    return next((m for m in info.metadata if isinstance(m, Link)), None)


@cache
def item_lists() -> tuple[str, ...]:
    """DocAnalysis's lists of items with a span (``start``, ``end``): what strip filters and
    what a types.Link points into."""
    out = []
    for name, info in DocAnalysis.model_fields.items():
        if get_origin(info.annotation) is list:
            (item,) = get_args(info.annotation)
            if isinstance(item, type) and issubclass(item, BaseModel) and {"start", "end"} <= set(item.model_fields):
                out.append(name)
    return tuple(out)


def _relink(x: BaseModel, maps: dict[str, dict[int, int]]) -> BaseModel:
    """``x`` with every field marked ``Link`` (types.Link), its nested models' too, renumbered
    by ``maps`` (list name -> old index -> new index): a list keeps the indices kept, a
    single index left out becomes the mark's ``missing`` value."""
    update: dict = {}
    for name, info in type(x).model_fields.items():
        v = getattr(x, name)
        link = _link(info)
        if link is not None:
            where = maps[link.into]
            if isinstance(v, list):
                update[name] = [where[i] for i in v if i in where]
            elif v is not None:
                update[name] = where.get(v, link.missing)
        elif isinstance(v, BaseModel):
            update[name] = _relink(v, maps)
        elif isinstance(v, list) and v and isinstance(v[0], BaseModel):
            update[name] = [_relink(y, maps) for y in v]
    return x.model_copy(update=update) if update else x


def _dropped(x: BaseModel, kept: dict[str, set[int]]) -> bool:
    """Whether a field of ``x`` marked ``Link(..., missing=DROP)`` points at an item left out."""
    return any((link := _link(info)) is not None and link.missing == DROP and getattr(x, name) not in kept[link.into]
               for name, info in type(x).model_fields.items())


def strip(a: DocAnalysis, furniture: list[schema.Furniture]) -> DocAnalysis:
    """A copy of ``a`` with every item drawn from a furniture line left out: its sentences
    (so no brief sentence), mentions and descriptions, quotes, time expressions (so no
    date), figures and events. Indices between the items are renumbered; a link to an item
    left out is dropped (a figure's claimant named only in the line has none). ``a`` itself
    is not changed; the document is shared (the caller owns it).

    One rule for every field: the items are those of DocAnalysis's span lists
    (``item_lists``) and the links are the fields types.Link marks, found by walking the
    types, so a field added later is renumbered with no line here. Re-analysing the
    stripped text instead would run the parse again for each such document."""
    if not furniture:
        return a
    spans = [(f.start, f.end) for f in furniture]
    lists = {name: getattr(a, name) for name in item_lists()}
    kept = {name: {i for i, x in enumerate(items) if not any(x.start < e and s < x.end for s, e in spans)}
            for name, items in lists.items()}
    while True:  # an item whose DROP link lost its target goes too (a description of a mention in the line)
        gone = [(name, i) for name, items in lists.items() for i in kept[name] if _dropped(items[i], kept)]
        if not gone:
            break
        for name, i in gone:
            kept[name].discard(i)
    maps = {name: {old: new for new, old in enumerate(sorted(k))} for name, k in kept.items()}
    return a.model_copy(update={name: [_relink(items[i], maps) for i in sorted(kept[name])] for name, items in lists.items()})

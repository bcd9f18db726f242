"""The story audit: the precision of what a reader sees, judged item by item on real news.

    python bench/audit.py --topic bpoil_reuters [--data DIR] [--n 60] [--seed 13] [--with-dates]
    python bench/audit.py --topic bpoil_reuters --score

**Build** (the default): a seeded sample of ``--n`` articles of one Timeline17 topic
(``<data>/<topic>/InputDocs/<YYYY-MM-DD>/*.txt``), one article drawn from each of
``--n`` equal slices of the date-sorted files, so the sample spreads evenly over the
dates, is detokenised with bench/t17.py's loader and built into a story with the
project's build API (``storyline.builder.build``; the store lives in ``<out>/build/``,
which is not committed). No dates are given unless ``--with-dates`` (each folder date
then goes in as the article's metadata date): the text must date itself. With ``--unread``
the draw leaves out every article an earlier audit of the topic sampled (the list is kept in
meta.json as ``avoided``, and a rebuild draws from the same), so a topic audited before can
be measured again on copy nobody has judged.

**Draw**: a seeded sample per category (quotes, top entities by mentions, figures,
dated events, conflicts, brief, cleaning), and every document's published date,
scored automatically against its folder date.

**Sheet**: ``<out>/sheet.md`` shows each item with its fields and its cited span in
context (the span marked ⟦like this⟧), each span's document with its publication day and
weekday (the Timeline17 folder date: "published Sunday 2010-06-20", what "last week" and "on
Thursday" are judged against); an event card of several spans says which span its date
came from (``date from``, display only, not part of the key); ``<out>/judgements.jsonl`` has one line per item
with a stable key (a hash of the item's fields and span texts, not of ids or offsets),
the empty verdict fields of its category and a free-text ``reason``. The judge fills
the verdicts following bench/audits/README.md. A rebuild keeps every verdict whose key
appears again; judged items that are gone are kept in ``judgements.aside.jsonl`` so a
later rebuild that brings them back reuses them. An entity's ``split`` verdict, which
rests on the other entities, is reopened when what the judge saw changed (its split
candidates, or an entity its reason names; ``merge_judgements``). A verdict field added
later (figures' ``period``) leaves old lines judged on the others.

**Score** (``--score``): reads ``items.jsonl``, ``judgements.jsonl`` and the aside file
in ``--out`` (no rebuild: seconds), prints precision per category and per field, the
rate of items left open where the category allows it, the number unjudged, and ends
with ``{"benchmark": "audit", "ours": {...}, "baselines": {}}``.

A bench, not a test: CI does not run it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
import textwrap
import time
from dataclasses import asdict, dataclass, field
from datetime import date as Date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # t17, when imported by path (tests)
import gitstate  # noqa: E402
from t17 import topic_docs

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared/bench/timeline17"
AUDITS = ROOT / "bench/audits"
CONTEXT = 250
CANDIDATE_MENTIONS = 3  # mentions shown per split candidate on the sheet
# weak split candidates listed per entity at most (the most mentioned first): a short
# acronym such as "US" is shared by dozens of names ("US Navy", "US Senate"), and the
# parts of a hyphenated name by unrelated ones; the strong relations are never cut
WEAK_CANDIDATES = 6
INPUT_NAME = "docs.jsonl"

# Per category, its verdict fields and each field's allowed values. The first value of a
# field is the good one; "open" / "missing" mark an abstention (not counted in
# precision, reported as the open rate); "unclear" is its own verdict, reported.
GOOD, OPEN, UNCLEAR = "good", "open", "unclear"
VERDICTS: dict[str, dict[str, tuple[str, ...]]] = {
    "quotes": {
        "speaker": ("right", "wrong", "open", "unclear"),
        "speaker_span": ("right", "wrong", "open", "unclear"),
        "content": ("statement", "not_statement", "unclear"),
        "whole": ("whole", "cut", "unclear"),
    },
    "entities": {
        "merge": ("right", "wrong", "unclear"),
        "type": ("right", "wrong", "unclear"),
        "split": ("none", "split", "unclear"),
    },
    "figures": {
        "value": ("right", "wrong", "missing", "unclear"),
        "unit": ("right", "wrong", "missing", "unclear"),
        "measure": ("right", "wrong", "missing", "unclear"),
        "subject": ("right", "wrong", "missing", "unclear"),
        "claimant": ("right", "wrong", "missing", "unclear"),
        "period": ("right", "wrong", "missing", "unclear"),  # round six
    },
    "events": {"date": ("right", "wrong", "unclear")},
    "conflicts": {"real": ("real", "false", "unclear")},
    "brief": {
        "informative": ("yes", "no", "unclear"),
        "clutter": ("none", "clutter", "unclear"),
        "citation": ("exact", "wrong", "unclear"),
    },
    "cleaning": {
        "cut": ("none", "cut", "unclear"),
        "noise": ("none", "kept", "unclear"),
    },
    # round fifty-seven: with --every-story, each story the build split a feed into (bench/extraction_topics.py)
    "grouping": {"one_story": ("yes", "mixed", "unclear")},
    # round fifty-eight: with --every-story, each page the build put in no story (is leaving it out right?)
    "ungrouped": {"left_out": ("right", "wrong", "unclear")},
    # round fifty-eight: --dates N, the published date a reader sees on a story's page, judged against
    # what the page itself says (copy with no folder date: the web feed); "none" (the tool gives no date
    # and the page states none) is a right abstention, "missing" (the page states one) an open one
    "dates": {"published": ("right", "none", "wrong", "missing", "unclear")},
}
OPEN_VALUES = {"open", "missing"}
# Verdict fields added after lines were first judged. A line judged before one was added
# keeps its other verdicts and counts as judged on them; "every field right" (right,
# wrong, precision) is counted on the fields that were there before, so old and new
# scores stay comparable, and the added field has its own precision, its count of lines
# still to judge, and "every field right" with it on the lines judged on it too.
ADDED: dict[str, tuple[str, ...]] = {"figures": ("period",)}
# figure fields shown as "— (empty)" on the sheet when the tool gives none
EMPTY_SHOWN = ("unit", "measure", "subject", "claimant", "period")
PREFIX = {"quotes": "Q", "entities": "E", "figures": "F", "events": "V", "conflicts": "C", "brief": "B", "cleaning": "K", "grouping": "G",
          "ungrouped": "U", "dates": "P"}
CATEGORIES = list(VERDICTS)


def verdict_class(category: str, fieldname: str, value: str) -> str | None:
    """good | bad | open | unclear, or None when the value is not allowed (or empty)."""
    allowed = VERDICTS[category][fieldname]
    if value not in allowed:
        return None
    if value == allowed[0] or value == "none":  # "none" is the good value wherever it is allowed
        return GOOD
    if value in OPEN_VALUES:
        return OPEN
    if value == UNCLEAR:
        return UNCLEAR
    return "bad"


# --- items ---------------------------------------------------------------------------


@dataclass
class Excerpt:
    """A cited span in its context: ``before`` ⟦``text``⟧ ``after``."""

    label: str
    doc: str  # the document's name in the sample (D07), stable across rebuilds
    start: int
    end: int
    text: str
    before: str
    after: str


@dataclass
class Item:
    category: str
    key: str
    fields: dict
    excerpts: list[Excerpt] = field(default_factory=list)
    auto: dict = field(default_factory=dict)  # verdicts filled by the tool (an open speaker)
    ref: str = ""  # its label on the sheet (Q3), set when the sheet is written
    # what a verdict beyond the item's own fields rests on: an entity's split verdict is
    # judged against the other entities sharing a name word, which change from build to
    # build while the entity (its key) stays the same
    basis: str = ""

    def to_json(self) -> dict:
        """As stored in items.jsonl: the scorer needs no context, so none is kept there
        (the sheet has it)."""
        d = asdict(self)
        for e in d["excerpts"]:
            e["before"] = e["after"] = ""
        return d

    @classmethod
    def from_json(cls, d: dict) -> Item:
        return cls(
            category=d["category"], key=d["key"], fields=d["fields"],
            excerpts=[Excerpt(**e) for e in d.get("excerpts", [])], auto=d.get("auto", {}), ref=d.get("ref", ""),
            basis=d.get("basis", ""),
        )


def stable_key(category: str, fields: dict, span_texts: list[tuple[str, str]]) -> str:
    """A hash of what the judge judges: the item's fields and its spans' documents and
    texts; never ids or offsets, which move when anything else in the story changes."""
    payload = json.dumps([category, fields, span_texts], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def _plain(obj) -> dict:
    """A pydantic model (or a dict) as a plain dict."""
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    return dict(obj)


def _span_dict(sp) -> dict | None:
    if sp is None:
        return None
    d = _plain(sp)
    return {"doc": d.get("doc"), "start": int(d.get("start", 0)), "end": int(d.get("end", 0))}


def _extra(d: dict, handled: set[str]) -> dict:
    """Fields another change may add (confidences, evidence...): shown, never keyed."""
    return {k: v for k, v in d.items() if k not in handled and v not in (None, [], {}, "")}


class Audit:
    """The items of one built story, ready to sample: ``names`` maps document ids to
    their sample names (D07) and ``folder_dates`` names to their folder dates."""

    def __init__(self, story, names: dict[str, str], folder_dates: dict[str, str], context: int = CONTEXT,
                 stories: list | None = None, strays: list | None = None, files: dict[str, str] | None = None):
        self.story = story
        self.stories = stories or []  # with --every-story: each story of the feed (``story`` is their union)
        self.strays = strays or []  # with --every-story: the cleaned documents the build put in no story
        self.files = files or {}  # sample name (D07) -> the input file, shown beside a date to judge
        self.names = names
        self.folder_dates = folder_dates
        self.context = context
        self.texts = {d.id: d.text for d in story.documents}
        # the context a judge reads is the text the story shows: lines the corpus stage left out
        # as site furniture are not in it (round fifty-nine: a promo line the reader never sees
        # stood in a quote's context); the span's own text, which keys the item, stays as stored
        self.cuts: dict[str, tuple[list, str]] = {}
        for d in story.documents:
            cuts = furniture_cuts(_plain(d))
            if cuts:
                self.cuts[d.id] = (cuts, cut_text(d.text, cuts))
        self.entity_names = {e.id: e.name for e in story.entities}
        self.by_id = {e.id: e for e in story.entities}
        self.order = {name: i for i, name in enumerate(sorted(set(names.values())))}

    # spans
    def excerpt(self, label: str, sp, context: int | None = None) -> Excerpt | None:
        context = self.context if context is None else context
        s = _span_dict(sp)
        if not s or s["doc"] not in self.texts:
            return None
        text = self.texts[s["doc"]]
        a, b = max(0, min(s["start"], len(text))), max(0, min(s["end"], len(text)))
        cuts, shown = self.cuts.get(s["doc"], ([], text))
        if cuts and not any(cs < b and a < ce for cs, ce, _ in cuts):
            sa, sb = moved_offset(cuts, a), moved_offset(cuts, b)
        else:  # no cut, or the span itself is in one: the context from the stored text
            shown, sa, sb = text, a, b
        return Excerpt(label, self.doc_name(s["doc"]), a, b, text[a:b],
                       shown[max(0, sa - context):sa], shown[sb:sb + context])

    def doc_name(self, doc_id: str) -> str:
        return self.names.get(doc_id, doc_id[:12])

    def ent(self, v):
        """An entity id as its name (an unresolved name as written)."""
        if isinstance(v, list):
            return [self.ent(x) for x in v]
        return self.entity_names.get(v, v) if isinstance(v, str) else v

    def _item(self, category: str, fields: dict, excerpts: list[Excerpt | None], extra: dict | None = None,
              auto: dict | None = None) -> Item:
        ex = [e for e in excerpts if e is not None]
        key = stable_key(category, fields, [(e.label, e.doc, e.text) for e in ex])
        shown = dict(fields)
        if extra:
            shown["other"] = extra
        return Item(category, key, shown, ex, auto or {})

    # categories
    def quotes(self) -> list[Item]:
        out = []
        for q in self.story.quotes:
            d = _plain(q)
            # the statement's pieces when the span holds a tag between them (schema 1.10): what the reader is shown
            fields = {"kind": d.get("kind"), "text": d.get("said") or d.get("text"), "speaker": self.ent(d.get("speaker")),
                      "speaker_text": d.get("speaker_text"), "cue": d.get("cue")}
            ex = [self.excerpt("quote", d.get("span")), self.excerpt("speaker", d.get("speaker_span"))]
            auto = {"speaker": "open", "speaker_span": "open"} if not d.get("speaker") else {}
            handled = {"id", "text", "kind", "speaker", "speaker_text", "speaker_span", "cue", "cue_span", "span", "said"}
            item = self._item("quotes", fields, ex, _extra(d, handled), auto)
            self.add_naming(item, "speaker", d.get("speaker"), d.get("speaker_span"))
            out.append(item)
        return out

    def add_naming(self, item: Item, role: str, entity: str | None, span) -> None:
        """Shown, never keyed: where an entity given as a speaker or claimant through a
        pronoun or a description ("he", "the company") is named in its document, the
        nearest mention before the span (else after), when it is beyond the span's
        context; or that the document never names it. The judges could not check "he" =
        Bertolaso without it."""
        e, s = self.by_id.get(entity or ""), _span_dict(span)
        if e is None or s is None or s["doc"] not in self.texts:
            return
        said = self.texts[s["doc"]][s["start"]:s["end"]].strip().lower()
        if said in {n.lower() for n in (e.name, *e.aliases)}:
            return  # the span names it
        same = [m for m in (_span_dict(x) for x in e.mentions) if m and m["doc"] == s["doc"]]
        if any(m["start"] < s["end"] and s["start"] < m["end"] for m in same):
            return  # the span is one of its mentions ("Mr Fisher")
        if not same:
            item.fields.setdefault("other", {})[f"{role} named"] = f"nowhere in this document ({e.name!r} is named in others)"
            return
        before = [m for m in same if m["end"] <= s["start"]]
        m = max(before, key=lambda m: m["start"]) if before else min(same, key=lambda m: m["start"])
        if s["start"] - self.context <= m["start"] and m["end"] <= s["end"] + self.context:
            return  # already in the span's context
        x = self.excerpt(f"where the {role} {e.name!r} is named (its nearest mention in this document)", m,
                         self.context // 2)
        if x is not None:
            item.excerpts.append(x)

    def entities(self, top: int) -> list[Item]:
        ents = sorted(self.story.entities, key=lambda e: (-len(e.mentions), e.name, e.id))[:top]
        out = []
        for e in ents:
            d = _plain(e)
            ex, seen = [], set()
            for m in d.get("mentions", []):
                x = self.excerpt("mention", m, self.context // 2)  # up to 8 of them: half the context
                if x is None or x.text in seen:
                    continue
                seen.add(x.text)
                x.label = f"mention '{x.text}'"
                ex.append(x)
                if len(ex) >= 8:
                    break
            fields = {"name": d.get("name"), "type": d.get("type"), "aliases": sorted(d.get("aliases") or [])}
            extra = _extra(d, {"id", "name", "type", "aliases", "mentions", "descriptions"})
            extra["mentions"] = len(d.get("mentions") or [])
            if d.get("descriptions"):
                extra["descriptions"] = [x.get("text") for x in d["descriptions"][:6]]
            cands = self.candidates(e)
            related = [f"{o.name} ({o.type}, {len(o.mentions)} mentions)" for o, _ in cands]
            if related:
                extra[SPLIT_LIST] = related
            item = self._item("entities", fields, [], None)  # keyed on name, type and aliases
            item.basis = split_basis(related)
            item.fields["other"] = extra
            # the first mention of each alias as written, then a few mentions of each split
            # candidate (the judges could not tell a split without them)
            item.excerpts = ex + [x for o, why in cands for x in self.candidate_mentions(o, why)]
            out.append(item)
        return out

    def candidate_mentions(self, o, why: str, n: int = CANDIDATE_MENTIONS) -> list[Excerpt]:
        """Up to ``n`` mentions of a split candidate (one of each way it is written first),
        each with its document."""
        xs = [x for m in sorted(_plain(o).get("mentions") or [], key=lambda m: (m.get("doc", ""), m.get("start", 0)))
              if (x := self.excerpt("candidate", m, self.context // 2)) is not None]
        firsts, texts = [], set()
        for x in xs:  # the first mention of each way it is written
            if x.text not in texts:
                texts.add(x.text)
                firsts.append(x)
        out = (firsts + [x for x in xs if x not in firsts])[:n]
        for x in out:
            x.label = f"split candidate '{o.name}' ({o.type}; {why}): mention '{x.text}'"
        return out

    def related(self, e) -> list[str]:
        """Every split candidate of ``e``, most mentioned first: "name (TYPE, N mentions)".
        A strong candidate is a possible alias the resolver left unmerged, shares a name
        word with it, or is its acronym or expansion ("NTC" / "National Transitional
        Council"), or the same department's words reordered ("Justice Department" /
        "Department of Justice"), or a name a letter off ("Barack Oabama"): never cut, the
        judges asked to see them all. Then the weak ones, at most ``WEAK_CANDIDATES``: a
        shared two-capital acronym ("UN"), a part of a hyphenated name ("Port-de-Paix")."""
        return [f"{o.name} ({o.type}, {len(o.mentions)} mentions)" for o, _ in self.candidates(e)]

    def candidates(self, e) -> list[tuple[object, str]]:
        """The split candidates of ``e`` with what made each one (see ``related``): first
        the strong relations (a possible alias the resolver left unmerged, either way, and
        those of ``related``), most mentioned first, then at most ``WEAK_CANDIDATES`` weak
        ones (``_weak_relation``: a shared two-capital acronym, a part of a hyphenated name)."""
        mine = [e.name, *e.aliases]
        words = _name_words(mine)
        weak_of = {p.entity for p in getattr(e, "possible_aliases", None) or []}
        hits, weak = [], []
        for o in self.story.entities:
            if o.id == e.id:
                continue
            theirs = [o.name, *o.aliases]
            ow = _name_words(theirs)
            possible = o.id in weak_of or e.id in {p.entity for p in getattr(o, "possible_aliases", None) or []}
            why = ("a possible alias, not merged" if possible else "a shared name word" if words & ow else
                   next((r for a in mine for b in theirs if (r := _name_relation(a, b, o.type == e.type, "PERSON" in (o.type, e.type)))), None))
            if why:
                hits.append((-len(o.mentions), o.name, o.id, o, why))
            elif why := _weak_relation(mine, theirs):
                weak.append((-len(o.mentions), o.name, o.id, o, why))
        weak.sort(key=lambda h: h[:3])
        return [(o, why) for *_, o, why in sorted(hits, key=lambda h: h[:3]) + weak[:WEAK_CANDIDATES]]

    def figures(self) -> list[Item]:
        out = []
        for f in self.story.figures:
            d = _plain(f)
            fields = {k: d.get(k) for k in ("text", "value", "low", "high", "unit", "currency", "measure", "subject",
                                            "period", "kind", "bound", "approximate")}
            fields["subject"] = self.ent(d.get("subject"))  # an entity id, or words as written
            if fields["subject"] is None and d.get("subject_text"):
                fields["subject"] = f"“{d['subject_text']}” (a phrase, no entity)"  # schema 1.4
            fields["claimant"] = self.ent(d.get("claimant"))
            fields["claimant_text"] = d.get("claimant_text")
            ex = [self.excerpt("figure", d.get("span")), self.excerpt("measure", d.get("measure_span")),
                  self.excerpt("claimant", d.get("claimant_span"))]
            handled = set(fields) | {"id", "span", "measure_span", "claimant_span", "change_from", "change_to", "base",
                                     "group"}
            extra = _extra(d, handled)
            if (d.get("claimant") or d.get("claimant_text")) and not d.get("claimant_span"):
                # shown, never keyed: a claimant the text shown cannot confirm
                extra["claimant in the text"] = ("no: the document's outlet (its metadata, or a credit line the cleaner "
                                                 "removed)" if d.get("claimant_kind") == "outlet" else "no span given")
            item = self._item("figures", fields, ex, extra)
            self.add_naming(item, "claimant", d.get("claimant"), d.get("claimant_span"))
            out.append(item)
        return out

    def events(self) -> list[Item]:
        out = []
        for ev in self.story.events:
            d = _plain(ev)
            dt = d.get("date") or {}
            if not dt.get("value"):
                continue  # undated: counted in the open rate, not judged
            fields = {"summary": d.get("summary"), "date": dt.get("value"), "granularity": dt.get("granularity")}
            ex = [self.excerpt("event", m) for m in (d.get("mentions") or [])[:2]]
            ex += [self.excerpt("date evidence", s) for s in (dt.get("evidence") or [])[:3]]
            extra = _extra(d, {"id", "summary", "date", "mentions"})
            extra.update(_extra(dt, {"value", "granularity", "evidence"}))
            if len(d.get("mentions") or []) > 1 and dt.get("evidence"):
                # shown, never keyed: which of the card's spans its date came from
                extra["date from"] = self.date_from(d["mentions"], dt["evidence"])
            if d.get("actors"):
                extra["actors"] = self.ent(d["actors"])
            out.append(self._item("events", fields, ex, extra))
        return out

    def date_from(self, mentions: list, evidence: list) -> str:
        """Which event span of a card holds each date evidence ("event span 1 of 3"), or the
        nearest one of its document when none holds it: on a card joining several spans the
        judge sees which one the date is told of."""
        ms = [_span_dict(m) for m in mentions]
        said: list[str] = []
        for ev in evidence:
            e = _span_dict(ev)
            if e is None:
                continue
            same = [(i, m) for i, m in enumerate(ms) if m and m["doc"] == e["doc"]]
            inside = [i for i, m in same if m["start"] <= e["start"] and e["end"] <= m["end"]]
            where = f"{self.doc_name(e['doc'])} [{e['start']}:{e['end']}]"
            if inside:
                said.append(f"{where} in event span {inside[0] + 1} of {len(ms)}")
            elif same:
                i = min(same, key=lambda x: min(abs(x[1]["start"] - e["end"]), abs(e["start"] - x[1]["end"])))[0]
                said.append(f"{where} outside every event span, nearest span {i + 1} of {len(ms)}")
            else:
                said.append(f"{where}, a document of none of the event spans")
        return "; ".join(dict.fromkeys(said))  # each evidence once

    def conflicts(self) -> list[Item]:
        out = []
        for c in self.story.conflicts:
            d = _plain(c)
            sides = d.get("sides") or []
            fields = {"kind": d.get("kind"), "explanation": d.get("explanation"),
                      "sides": [{"claimants": self.ent(s.get("claimants") or [])} for s in sides]}
            ex = []
            for i, s in enumerate(sides):
                ex += [self.excerpt(f"side {'AB'[i] if i < 2 else i + 1}", sp) for sp in (s.get("spans") or [])[:3]]
            if not sides:
                fields["claimants"] = self.ent(d.get("claimants") or [])
            out.append(self._item("conflicts", fields, ex, _extra(d, {"id", "kind", "items", "claimants", "explanation",
                                                                      "sides"})))
        return out

    def brief(self) -> list[Item]:
        out = []
        for i, b in enumerate(self.story.brief):
            d = _plain(b)
            fields = {"text": d.get("text")}
            ex = [self.excerpt("cited", sp) for sp in d.get("cites") or []]
            extra = _extra(d, {"text", "cites"})
            extra["position"] = i + 1
            # a name annotation shows its entity's name, not only its id: judges of round fifteen
            # could not see that a "she" was annotated with her name (the key does not read this)
            for n in extra.get("names") or []:
                if isinstance(n, dict) and n.get("entity") in self.entity_names:
                    n["entity"] = f"{n['entity']} ({self.entity_names[n['entity']]})"
            item = self._item("brief", fields, ex, None)
            item.fields["other"] = extra
            out.append(item)
        return out

    def cleaning(self) -> list[Item]:
        out = []
        for doc in self.story.documents:
            d = _plain(doc)
            # what the reader's story holds: the text without the lines the corpus stage left
            # out as site furniture, shown as removed blocks like the cleaner's own
            text, removed = shown_text(d)
            name = self.doc_name(d["id"])
            fields = {"document": name, "text_sha": hashlib.sha256(text.encode()).hexdigest()[:16],
                      "removed": [(r.get("reason"), r.get("text")) for r in removed]}
            ex = [Excerpt("opening", name, 0, min(len(text), 400), text[:400], "", text[400:400 + 100]),
                  Excerpt("ending", name, max(0, len(text) - 300), len(text), text[-300:], text[-400:-300], "")]
            for r in removed[:10]:
                at = int(r.get("at", 0))
                ex.append(Excerpt(f"removed ({r.get('reason')}) stood here: {r.get('text', '')[:300]!r}", name, at, at, "",
                                  text[max(0, at - self.context):at], text[at:at + self.context]))
            extra = {"characters": len(text), "title": d.get("title"), "headings": len(d.get("headings") or [])}
            item = Item("cleaning", stable_key("cleaning", fields, []), {**fields, "other": _extra(extra, set())}, ex)
            out.append(item)
        return out

    def grouping(self) -> list[Item]:
        """One item per story the build split the feed into (``--every-story``): its label and
        each document's title and opening, which the judge reads to say whether they tell one
        news story."""
        out = []
        for st in self.stories:
            docs = sorted(st.documents, key=lambda d: self.order.get(self.doc_name(d.id), 1 << 30))
            names = [self.doc_name(d.id) for d in docs]
            ex = [Excerpt(f"{self.doc_name(d.id)}: {d.title or '(no title)'}", self.doc_name(d.id), 0,
                          min(len(d.text), 300), d.text[:300], "", "") for d in docs]
            fields = {"label": st.label, "documents": names}
            out.append(Item("grouping", stable_key("grouping", fields, []), fields, ex))
        return out

    def ungrouped(self) -> list[Item]:
        """One item per page the build put in no story (``--every-story``): its title and opening,
        which the judge reads against the stories' (the grouping items) and the other pages left out,
        to say whether leaving it out is right."""
        out = []
        for d in sorted(self.strays, key=lambda d: self.order.get(self.doc_name(d.id), 1 << 30)):
            name = self.doc_name(d.id)
            fields = {"document": name, "title": d.title}
            ex = [Excerpt("opening", name, 0, min(len(d.text), 400), d.text[:400], "", "")]
            extra = {"characters": len(d.text), "language": d.language}
            if name in self.files:
                extra["page"] = self.files[name]
            out.append(Item("ungrouped", stable_key("ungrouped", fields, [(e.label, e.doc, e.text) for e in ex]),
                            {**fields, "other": _extra(extra, set())}, ex))
        return out

    def dates(self) -> list[Item]:
        """One item per document of the stories: the published date a reader sees (value, interval,
        source) with its evidence spans, judged against what the page says (its input file is named)."""
        out = []
        for doc in self.story.documents:
            name = self.doc_name(doc.id)
            pub = _plain(doc.published)
            fields = {"document": name, "value": pub.get("value"), "earliest": pub.get("earliest"),
                      "latest": pub.get("latest"), "source": pub.get("source")}
            ex = [self.excerpt("evidence", sp, self.context // 2) for sp in doc.published.evidence[:4]]
            ex.append(Excerpt(f"opening: {doc.title or '(no title)'}", name, 0, min(len(doc.text), 300),
                              doc.text[:300], "", ""))
            extra = {"estimated": pub.get("estimated") or None, "note": pub.get("note")}
            if doc.dateline is not None:
                extra["dateline"] = {k: v for k, v in _plain(doc.dateline).items() if v not in (None, [], "")}
            if name in self.files:
                extra["page"] = self.files[name]
            out.append(self._item("dates", fields, ex, _extra(extra, set())))
        return out

    def documents(self) -> list[dict]:
        """Every document's published date scored against its folder date (automatic)."""
        rows = []
        for doc in self.story.documents:
            name = self.doc_name(doc.id)
            pub = _plain(doc.published)
            folder = self.folder_dates.get(name)
            level, holds = score_date(pub.get("value"), pub.get("earliest"), pub.get("latest"), folder)
            rows.append({"document": name, "folder": folder, "value": pub.get("value"), "earliest": pub.get("earliest"),
                         "latest": pub.get("latest"), "source": pub.get("source"), "level": level, "interval": holds})
        return sorted(rows, key=lambda r: r["document"])

    def known(self) -> list[tuple[str, str, list[str]]]:
        """Every entity of the story as (name, type, aliases): what a split reason may name."""
        return [(e.name, e.type, list(e.aliases)) for e in self.story.entities]

    def counts(self) -> dict:
        s = self.story
        events_dated = sum(1 for e in s.events if e.date and e.date.value)
        return {"documents": len(s.documents), "entities": len(s.entities), "quotes": len(s.quotes),
                "quotes_open_speaker": sum(1 for q in s.quotes if not q.speaker), "figures": len(s.figures),
                "events": len(s.events), "events_undated": len(s.events) - events_dated,
                "conflicts": len(s.conflicts), "brief": len(s.brief)}


# --- date scoring ----------------------------------------------------------------------


FURNITURE_REASON = "furniture"


def furniture_cuts(d: dict) -> list[tuple[int, int, dict]]:
    """The stretches of a story document's cleaned text (as plain JSON) that the corpus stage
    left out as site furniture, as ``(start, end, furniture)``: each line with the blank before
    it, or, for a run inside a line (schema 1.9), the run with the spaces on one side of it."""
    text = d.get("text") or ""
    cuts = []
    for f in sorted(d.get("furniture") or [], key=lambda f: f["start"]):
        start, end = f["start"], f["end"]
        whole = (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")
        if f.get("edge") == "inside" and not whole:
            # a run inside a line (schema 1.9): only the run goes, with the spaces on one side
            # of it, never a line break (the article's words around it stay where they were)
            after = len(text[end:]) - len(text[end:].lstrip(" \t"))
            before = len(text[:start]) - len(text[:start].rstrip(" \t"))
            if after and (start == 0 or text[start - 1] == "\n" or not before):
                end += after
            else:
                start -= before
            cuts.append((start, end, f))
            continue
        while start > 0 and text[start - 1].isspace():
            start -= 1
        end = f["end"] if start > 0 else len(text) - len(text[f["end"]:].lstrip())
        cuts.append((start, end, f))
    return cuts


def moved_offset(cuts: list[tuple[int, int, dict]], at: int) -> int:
    """An offset of the cleaned text as an offset of the text shown (``furniture_cuts`` left out)."""
    return at - sum(min(e, at) - s for s, e, _ in cuts if s < at)


def cut_text(text: str, cuts: list[tuple[int, int, dict]]) -> str:
    """``text`` without the ``cuts``."""
    pieces, pos = [], 0
    for s, e, _ in cuts:
        pieces.append(text[pos:s])
        pos = max(pos, e)
    pieces.append(text[pos:])
    return "".join(pieces)


def shown_text(d: dict) -> tuple[str, list[dict]]:
    """A story document (as plain JSON) as its story holds it: the cleaned text with the lines
    the corpus stage left out as site furniture cut (each with the blank line before it), and
    the removed blocks, the cleaner's and those lines (reason ``furniture (N documents, M
    independent)``), their ``at`` mapped into the text shown."""
    text = d.get("text") or ""
    cuts = furniture_cuts(d)
    if not cuts:
        return text, list(d.get("removed") or [])
    removed = [{**r, "at": moved_offset(cuts, int(r.get("at", 0)))} for r in d.get("removed") or []]
    removed += [{"text": f["text"], "reason": f"{FURNITURE_REASON} ({f['documents']} documents, {f['independent']} independent"
                 f"{', run into a line' if f.get('edge') == 'inside' else ''})", "at": moved_offset(cuts, s)}
                for s, _, f in cuts]
    return cut_text(text, cuts), sorted(removed, key=lambda r: r["at"])


def _day(v: str) -> Date | None:
    try:
        return Date.fromisoformat(v[:10])
    except (ValueError, TypeError):
        return None


def score_date(value: str | None, earliest: str | None, latest: str | None, folder: str | None) -> tuple[str, bool | None]:
    """(level, interval) of a published date against the folder date (YYYY-MM-DD).

    level: ``day`` (the right day), ``month`` / ``year`` (a month or year value that is
    right), ``wrong`` (any value that is not: a wrong day is wrong even in the right
    month), ``null`` (no value). interval: does earliest <= folder <= latest hold (each
    bound compared at its own granularity); None when there is no bound."""
    if not folder:
        return "unknown", None
    if not value:
        level = "null"
    else:
        v = value[:10]
        n = len(v.split("-"))
        ok = folder[: len(v)] == v
        level = ("day" if n == 3 else "month" if n == 2 else "year") if ok else "wrong"
    holds = None
    if earliest or latest:
        lo = earliest[:10] if earliest else None
        hi = latest[:10] if latest else None
        holds = (lo is None or folder[: len(lo)] >= lo) and (hi is None or folder[: len(hi)] <= hi)
    return level, holds


# --- sampling --------------------------------------------------------------------------


def draw(items: list[Item], n: int | None, seed: int, category: str) -> list[Item]:
    """Up to ``n`` items (all when n is None): the n smallest by a hash of (seed, category,
    key). Deterministic for a seed, and an unchanged item that was drawn stays drawn
    unless new items rank before it, so a rerun after a change asks for few new ones."""
    uniq: dict[str, Item] = {}
    for it in items:
        uniq.setdefault(it.key, it)
    ranked = sorted(uniq.values(), key=lambda it: hashlib.sha256(f"{seed}|{category}|{it.key}".encode()).hexdigest())
    return ranked if n is None else ranked[:n]


def sample_articles(docs: list[tuple[str, str, str]], n: int, seed: int) -> list[tuple[str, str, str]]:
    """One article drawn (seeded) from each of n equal slices of the date-sorted list."""
    docs = sorted(docs)
    if len(docs) <= n:
        return docs
    rng = random.Random(seed)
    step = len(docs) / n
    taken: set[int] = set()
    for i in range(n):
        at = min(len(docs) - 1, int(i * step + rng.random() * step))
        # two neighbouring slices can floor to the same article when the step is not a whole
        # number (seed 152 drew 5 west-journal texts twice, seed 153 three): an article is drawn
        # once, the later slice taking the nearest article not drawn yet (a draw without a
        # collision is unchanged). Folders drawn before this keep their recorded articles.
        if at in taken:
            at = min((j for j in range(len(docs)) if j not in taken), key=lambda j: (abs(j - at), j))
        taken.add(at)
    return [docs[at] for at in sorted(taken)]  # date order, as the slices are


def recorded_articles(out: Path, pool: list[tuple[str, str, str]]) -> list[tuple[str, str, str]] | None:
    """A rebuild's articles: the ones an earlier build of ``out`` recorded in meta.json, in
    their order (so D01 ... stay the same documents, even for folders drawn before the draw
    stopped repeating an article); None for a new folder, or when a recorded file is gone."""
    meta = out / "meta.json"
    if not meta.is_file():
        return None
    recorded = [a["file"] for a in json.loads(meta.read_text(encoding="utf-8")).get("articles", [])]
    by_name = {d[0]: d for d in pool}
    if not recorded or any(name not in by_name for name in recorded):
        return None
    return [by_name[name] for name in recorded]


def earlier_articles(topic: str, out: Path, audits: Path = AUDITS) -> list[str]:
    """The article files (``date/name``) that any earlier audit of ``topic`` sampled: every
    ``<audits>/<topic>-*/meta.json`` but ``out``'s own. ``--unread`` leaves them out of the draw, so
    a new seed on a topic audited before measures copy no judge (and no engineer reading the
    audits) has seen."""
    seen: set[str] = set()
    for meta in sorted(audits.glob(f"{topic}-*/meta.json")):
        if meta.parent.resolve() == out.resolve():
            continue
        m = json.loads(meta.read_text(encoding="utf-8"))
        if m.get("topic") == topic:
            seen.update(a["file"] for a in m.get("articles", []))
    return sorted(seen)


def avoided_articles(out: Path, topic: str, unread: bool) -> list[str] | None:
    """What the draw leaves out: the list an earlier build of ``out`` recorded (a rebuild draws
    the same articles, even after later audits of the topic), else, with ``unread``, every article
    an earlier audit sampled; None when nothing is left out. A folder drawn from all articles
    stays so: asking ``--unread`` of it is an error, not a silent redraw."""
    meta = out / "meta.json"
    if meta.is_file():
        old = json.loads(meta.read_text(encoding="utf-8"))
        if "avoided" in old:
            return list(old["avoided"])
        if unread:
            raise ValueError(f"{out} was drawn from all articles; --unread would draw another sample")
        return None
    return earlier_articles(topic, out) if unread else None


@dataclass
class Sizes:
    quotes: int = 40
    entities: int = 40
    figures: int = 30
    events: int = 30
    conflicts: int | None = 30
    brief: int | None = None
    cleaning: int = 20
    dates: int = 0  # --dates: documents whose published date is judged by hand (0: none)
    draw_brief: bool = False  # --every-story: the brief items of all stories drawn at random, not the first N


def _shown(it: Item) -> bool | None:
    """A conflict's ``shown`` flag (schema 1.1: shown by default in the report), if it has one."""
    return (it.fields.get("other") or {}).get("shown")


def _draw_conflicts(items: list[Item], size: int | None, seed: int) -> list[Item]:
    """Conflicts: where the story says which are shown by default, every shown one is
    drawn first (what a reader sees), then a seeded draw of the others up to ``size``."""
    if not any(_shown(it) is not None for it in items):
        return draw(items, size, seed, "conflicts")
    shown = [it for it in items if _shown(it)]
    rest = [it for it in items if not _shown(it)]
    shown = draw(shown, size, seed, "conflicts-shown")
    left = None if size is None else max(0, size - len(shown))
    return shown + (draw(rest, left, seed, "conflicts") if left != 0 else [])


def sample(audit: Audit, sizes: Sizes, seed: int) -> dict[str, list[Item]]:
    """Each category's drawn items, in reading order (document, then position)."""
    out = {
        "quotes": draw(audit.quotes(), sizes.quotes, seed, "quotes"),
        "entities": audit.entities(sizes.entities),  # the top by mentions: no draw
        "figures": draw(audit.figures(), sizes.figures, seed, "figures"),
        "events": draw(audit.events(), sizes.events, seed, "events"),
        "conflicts": _draw_conflicts(audit.conflicts(), sizes.conflicts, seed),
        "brief": audit.brief(),
        "cleaning": draw(audit.cleaning(), sizes.cleaning, seed, "cleaning"),
        "grouping": audit.grouping(),
        "ungrouped": audit.ungrouped(),
        "dates": draw(audit.dates(), sizes.dates, seed, "dates") if sizes.dates else [],
    }
    if sizes.brief is not None and sizes.draw_brief:
        out["brief"] = draw(out["brief"], sizes.brief, seed, "brief")
    elif sizes.brief is not None:
        out["brief"] = out["brief"][: sizes.brief]

    def order(it: Item):
        e = it.excerpts[0] if it.excerpts else None
        return (audit.order.get(e.doc, 1 << 30), e.start) if e else (1 << 30, 0)

    for cat in ("quotes", "figures", "events", "conflicts", "cleaning", "dates"):
        out[cat].sort(key=lambda it: (order(it), it.key))
    for cat, items in out.items():
        for i, it in enumerate(items):
            it.ref = f"{PREFIX[cat]}{i + 1}"
    return out


# --- judgements --------------------------------------------------------------------------


SPLIT_LIST = ("split candidates: a possible alias, a shared name word, an acronym, the words reordered, a letter off; "
              f"then at most {WEAK_CANDIDATES} sharing a two-capital acronym or a hyphenated name's part (check for a split)")
_BODY_OF = re.compile(r"^(?:(.+) )?(department|ministry) (?:of|for) (?:the )?(.+)$")


def _reordered(name: str) -> str:
    """A department's name in one word order: "U.S. Department of Justice" -> "us justice
    department"."""
    k = re.sub(r"[^a-z ]", "", name.lower().replace("-", " "))
    k = re.sub(r"^the ", "", " ".join(k.split()))
    hit = _BODY_OF.match(k)
    return " ".join(x for x in (hit.group(1), hit.group(3), hit.group(2)) if x) if hit else k


def _letter_off(a: str, b: str, words: bool = True) -> bool:
    """Two names, or (with ``words``) a word of each, of five letters or more one edit
    apart ("Barack Obama" / "Oabama")."""
    from rapidfuzz.distance import Levenshtein

    def near(x: str, y: str) -> bool:
        return x != y and min(len(x), len(y)) >= 5 and Levenshtein.distance(x, y) <= 1

    a, b = a.lower(), b.lower()
    return near(a, b) or words and any(near(x, y) for x in re.findall(r"[a-z]+", a) for y in re.findall(r"[a-z]+", b))


def _name_relation(a: str, b: str, same_type: bool = True, person: bool = False) -> str | None:
    """What makes ``b`` a split candidate of ``a`` when no name word is shared (a word a
    letter off only between entities of one type: "Port-au-Prince" / "Matthew Price" is
    none; no acronym of a person's name: "GP" is no "Graeme Pacitti")."""
    from storyline.analyse import names
    for short, long in ((a, b), (b, a)) if not person else ():
        # initials of a name of two words or more ("Unicef" or "Ban" is no expansion of "UN", "BA")
        if names.is_acronym_form(short) and not names.is_acronym_form(long) and len(long.split()) >= 2 and (
                names.acronym(long) == names.simple_key(short) or names.abbreviates(short, long)):
            return "an acronym and its expansion"
    ra, rb = _reordered(a), _reordered(b)
    if ("department" in ra or "ministry" in ra) and ra != rb and (ra.endswith(" " + rb) or rb.endswith(" " + ra)):
        return "a department's words reordered"
    if _letter_off(a, b, words=same_type):
        return "a letter off"
    return None


_STOP_WORDS = {"the", "and", "for", "of"}


def _name_words(names: list[str]) -> set[str]:
    """The words of three letters or more of some names, lowercased (a hyphenated name is
    one word: "port-au-prince")."""
    return {w.lower() for n in names for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", n)} - _STOP_WORDS


def _hyphen_parts(names: list[str]) -> set[str]:
    """The capitalised parts of three letters or more of the hyphenated words of some
    names ("Port-au-Prince" -> port, prince; "north-west London" -> none), lowercased."""
    return {x.lower() for n in names for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)+", n)
            for x in w.split("-") if len(x) >= 3 and x[0].isupper()} - _STOP_WORDS


def _short_acronyms(names: list[str]) -> set[str]:
    """Words of two capitals ("UN", "US", "BP"): too short for a name word."""
    return {w for n in names for w in re.findall(r"\b[A-Z]{2}\b", n)}


def _weak_relation(mine: list[str], theirs: list[str]) -> str | None:
    """What makes an entity named ``theirs`` a weak split candidate of one named ``mine``
    when no strong relation does: they share an acronym of two capitals ("United
    Nations" with its alias "UN" / "Doug Coates UN"), or a capitalised part of a
    hyphenated name is a word or part of the other ("Port-au-Prince" / "Prince",
    "Port-de-Paix")."""
    if shared := sorted(_short_acronyms(mine) & _short_acronyms(theirs)):
        return f"a shared acronym '{shared[0]}'"
    mp, op = _hyphen_parts(mine), _hyphen_parts(theirs)
    if shared := sorted((mp & (_name_words(theirs) | op)) | (op & _name_words(mine))):
        return f"a part of a hyphenated name '{shared[0]}'"
    return None


def split_basis(related: list[str]) -> str:
    """A hash of the split candidates an entity's split verdict was judged against, by
    name and type only (mention counts move with every build and change no verdict)."""
    names = sorted(re.sub(r", \d+ mentions\)$", ")", r) for r in related)
    return hashlib.sha256(json.dumps(names, ensure_ascii=False).encode("utf-8")).hexdigest()[:12]


def blank_judgement(item: Item) -> dict:
    j = {"key": item.key, "item": item.ref, "category": item.category}
    for f in VERDICTS[item.category]:
        j[f] = item.auto.get(f, "")
    j["reason"] = ""
    if item.basis:
        j["basis"] = item.basis
    return j


def is_judged(j: dict) -> bool:
    """Has a judge written anything in this line? ("open" alone is the tool's.)"""
    return any(j.get(f) not in (None, "", "open") for f in VERDICTS.get(j.get("category", ""), {})) or bool(j.get("reason"))


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise SystemExit(f"{path}:{i}: invalid JSON ({e.msg}); fix the line and run again") from None
    return out


def write_jsonl(path: Path, rows: list[dict]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    os.replace(tmp, path)


# NER labels a judge writes beside a name ("'Nicola Sturgeon' (ORG, 8 mentions)", "PERSON 'Jacmel'")
_TYPES = r"(?:PERSON|ORG|GPE|LOC|NORP|FAC|EVENT|PRODUCT|WORK_OF_ART|LAW|LANGUAGE|MISC)"
# a quoted name: "X", “X”, ‘X’ or 'X' (an apostrophe inside, as in 'Moody's', when a letter follows it)
# A name in single quotes may hold an apostrophe only inside a word ("'BP's unit'",
# "'O'neill'"), and opens on no space: otherwise the closing quote of one mention and the
# opening quote of the next ("... spill' (D26) is BP; also 'isn' (ORG") read as one name.
_QUOTED = r"(?:\"(?P<a>[^\"\n]+)\"|“(?P<b>[^”\n]+)”|‘(?P<c>[^’\n]+)’|'(?P<d>(?!\s)(?:[^'\n]|(?<=[A-Za-z])'(?=[a-z]))+)')"
_NAMED = (re.compile(rf"{_QUOTED}\s*\((?P<type>{_TYPES})\b"),  # 'X' (ORG, 8 mentions)
          re.compile(rf"\b(?P<type>{_TYPES})\s+{_QUOTED}"),  # ORG 'X'
          re.compile(rf"\bE\d+\s+{_QUOTED}"))  # E6 'WHO' (a sheet label, no type)


def named_entities(reason: str) -> list[tuple[str, str | None]]:
    """The other entities a split reason names, as the sheet lists them: (name, type or
    None). Only a quoted name with its type beside it, or after a sheet label (E6), is
    taken: a quoted mention ("'and/or Mexico' (D18)") is no entity."""
    out: dict[tuple[str, str | None], None] = {}
    for rx in _NAMED:
        for m in rx.finditer(reason or ""):
            name = next(g for g in (m.group("a"), m.group("b"), m.group("c"), m.group("d")) if g)
            out.setdefault((name.strip(), m.groupdict().get("type")), None)
    typed = {n for n, t in out if t}
    return [(n, t) for n, t in out if t or n not in typed]


def _loose(name: str) -> str:
    """A name as a judge may retype it: case, punctuation and escapes aside
    ("WHO\\/Centres" as stored = "WHO/Centres" as written)."""
    return " ".join(re.findall(r"[^\W_]+", name.lower()))


def _gone(item: Item, old: dict, known: list[tuple[str, str, list[str]]] | None) -> list[str]:
    """The entities a split or unclear verdict's reason names that the story no longer
    holds apart from the item itself (merged into it, renamed, retyped or dropped)."""
    if known is None or old.get("split") not in ("split", UNCLEAR):
        return []
    me = (_loose(str(item.fields.get("name", ""))), item.fields.get("type"))
    others = [(t, {_loose(x) for x in (n, *a)}) for n, t, a in known if (_loose(n), t) != me]
    gone = []
    for name, typ in named_entities(old.get("reason", "")):
        low = _loose(name)
        if not any((typ is None or t == typ) and low in names for t, names in others):
            gone.append(f"{name!r}" + (f" ({typ})" if typ else ""))
    return gone


def merge_judgements(items: list[Item], previous: list[dict], aside: list[dict],
                     known: list[tuple[str, str, list[str]]] | None = None) -> tuple[list[dict], list[dict]]:
    """(judgements for ``items``, the new aside list). A judged line of the previous file
    or of the aside file is reused for the item with its key; judged lines whose item is
    no longer drawn are kept aside, never deleted.

    An entity's split verdict rests on more than its item, so it is reused only when what
    the judge saw is unchanged: the line's ``basis`` is the hash of the candidates now
    listed (an empty list included: empty -> some and some -> empty both reopen it; a line
    with no basis was judged against candidates no one recorded, and is reopened too), and
    every other entity its reason names ("'X' (ORG, ...)", "E6 'X'") still exists in the
    story (``known``: every entity's name, type and aliases), apart from the item itself.
    Otherwise that one field is left for the judge, the old verdict stays in the line as
    ``split_before`` and why in ``split_reopened``; merge and type stand."""
    pool: dict[str, dict] = {}
    for j in aside + previous:  # the current file wins over the aside copy
        if is_judged(j):
            pool[j["key"]] = j
    current = []
    keys = set()
    for it in items:
        j = blank_judgement(it)
        old = pool.get(it.key)
        if old:
            for f in VERDICTS[it.category]:
                j[f] = old.get(f) or j[f]
            j["reason"] = old.get("reason", "")
            if it.category == "entities" and old.get("split"):
                why = ([] if old.get("basis") == it.basis else
                       ["no record of the candidates it was judged against" if not old.get("basis") else
                        "the split candidates changed"]) + [f"{g} no longer exists" for g in _gone(it, old, known)]
                if why:
                    j["split_before"] = old["split"]
                    j["split_reopened"] = "; ".join(why)
                    j["split"] = ""
            for k, v in old.items():  # anything else a judge wrote (a name, a date)
                j.setdefault(k, v)
        current.append(j)
        keys.add(it.key)
    new_aside = [j for k, j in sorted(pool.items()) if k not in keys]
    return current, new_aside


# --- sheet --------------------------------------------------------------------------


def _fmt(v) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    return str(v).replace("\n", " ¶ ")


def _wrap(s: str) -> str:
    s = s.replace("\n", " ¶ ")
    return "\n".join(textwrap.wrap(s, 100, break_long_words=False, replace_whitespace=False)) or "(empty)"


QUESTIONS = {
    "quotes": "speaker: is the named speaker the one who said it (open: no speaker given)? speaker_span: is the "
              "marked speaker span that person? content: is it a statement someone made? whole: does the span hold the "
              "whole statement, nothing cut, nothing extra?",
    "entities": "merge: is every alias the same referent? type: is the type right? split: is the same referent also "
                "another entity (name it in reason)?",
    "figures": "for each of value, unit, measure, subject, claimant, period: right (including rightly empty), wrong, "
               "or missing (empty although the context gives it)? A range or a bound is judged on its low and high "
               "(`shown as`); period: is it the time the figure is of (its year, month or day; not the publication "
               "year of a figure of another time)?",
    "events": "date: is the date when the event happened (not when it was reported)?",
    "conflicts": "real: do the sources really disagree about the same thing?",
    "brief": "informative: does it tell the reader something about the story? clutter: datelines, bylines, "
             "captions, promos in it? citation: does the cited span say exactly this sentence?",
    "grouping": "one_story: are all the story's documents about one news story (mixed: name the documents that "
                "are not in reason)?",
    "ungrouped": "left_out: is it right that this page is in no story (wrong: it tells the same news story as one of "
                 "the stories above or as another page left out; name it in reason)?",
    "dates": "published: is the date shown the day the page says it was published (none: no date shown and the page "
             "states none; missing: no date shown although the page states one; read the page named)?",
    "cleaning": "cut: was an article sentence removed (see the removed blocks) or cut? noise: is noise kept "
                "(comments, captions, teasers, promos, datelines, bylines)? The whole cleaned text is in "
                "build/texts/<document>.txt beside this sheet (not committed).",
}


def _num(v) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.4g}"


def _range_shown(fields: dict) -> str | None:
    """A range or a bound as the report shows it, with its low and high named ("100–150
    people (a range: low 100, high 150)"); None for a single value. Display only."""
    low, high, value = fields.get("low"), fields.get("high"), fields.get("value")
    if low is None and high is None:
        return None
    unit = fields.get("unit") or ""
    unit = ("" if unit in ("%", "") else " ") + unit
    if low is not None and high is not None:
        shown, what = f"{_num(low)}–{_num(high)}{unit}", f"a range: low {_num(low)}, high {_num(high)}"
    elif high is not None:
        shown, what = f"≤ {_num(high)}{unit}", f"an upper bound: high {_num(high)}, no low"
    else:
        shown, what = f"≥ {_num(low)}{unit}", f"a lower bound: low {_num(low)}, no high"
    if value is not None:
        what += f"; value {_num(value)} chosen"
    return f"{shown} ({what})"


def folder_day(name: str) -> str | None:
    """A day folder's name when it is a day (YYYY-MM-DD), else None: copy that gives no
    publication date (bench/fnc1_topics.py lays it under ``undated``) has no folder date to
    score against or to give with ``--with-dates``."""
    return name if _day(name) is not None and len(name) == 10 else None


def _with_weekday(day: str | None) -> str | None:
    """"Sunday 2010-06-20" for a day (what "last week" and "on Thursday" are judged
    against); any other value as it is."""
    d = _day(day) if day and len(day) == 10 else None
    return f"{d.strftime('%A')} {day}" if d else day


def render_sheet(meta: dict, drawn: dict[str, list[Item]], docs: list[dict]) -> str:
    lines = [(f"# Story audit: {meta['topic']}, {meta['n']} articles, seed {meta['seed']}"
              f"{' (dates given)' if meta.get('with_dates') else ''}"), "",
             (f"Built {meta['built']} at commit {meta['commit']} (analysis version {meta['analysis_version']}). "
              "Judge by the rules in bench/audits/README.md: from the context shown only; fill the verdict fields "
              "of each item's line in judgements.jsonl (found by its `item` label and `key`) and give a reason for "
              "every verdict that is not the good one."), "",
             "Story counts: " + ", ".join(f"{k} {v}" for k, v in meta["counts"].items()), ""]
    # each cited span names its document's true publication day (the Timeline17 folder),
    # which relative dates ("yesterday", "on Thursday") are judged against
    folder = {r["document"]: r["folder"] for r in docs}
    for cat in CATEGORIES:
        items = drawn.get(cat, [])
        if cat in ("grouping", "ungrouped", "dates") and not items:
            continue  # drawn only with --every-story (dates: with --dates)
        lines += [f"## {cat} ({len(items)})", "", f"*{QUESTIONS[cat]}*", "",
                  "Verdicts: " + "; ".join(f"`{f}`: {' / '.join(v)}" for f, v in VERDICTS[cat].items()), ""]
        for it in items:
            lines.append(f"### {it.ref} · key `{it.key}`")
            lines.append("")
            for k, v in it.fields.items():
                if k == "other":
                    for k2, v2 in v.items():
                        lines.append(f"- *{k2}*: {_fmt(v2)}")
                elif k == "removed":
                    lines.append(f"- removed: {len(v)} block(s)")
                elif v is not None and v != [] and k != "text_sha":
                    lines.append(f"- **{k}**: {_fmt(v)}")
            if cat == "figures" and (shown := _range_shown(it.fields)):
                lines.append(f"- **shown as**: {shown}")
            if cat == "figures":
                # a field the tool left empty is shown as empty (judged right when the text gives
                # none, missing when it does), not left for the judge to infer from its absence
                for k in EMPTY_SHOWN:
                    if it.fields.get(k) not in (None, "", []):
                        continue
                    if k == "claimant" and it.fields.get("claimant_text"):
                        # what the report credits the figure to: the words, not "nobody"
                        lines.append(f"- **claimant**: — (no entity; the report credits the figure to the words "
                                     f"“{it.fields['claimant_text']}”: judge those)")
                    else:
                        lines.append(f"- **{k}**: — (empty)")
            if it.auto:
                lines.append("- filled by the tool: " + ", ".join(f"{k}={v}" for k, v in it.auto.items()))
            lines.append("")
            for e in it.excerpts:
                day = f" (published {_with_weekday(folder[e.doc])})" if folder.get(e.doc) else ""
                lines += [f"{e.label} — {e.doc}{day} [{e.start}:{e.end}]", "", "```text",
                          _wrap(f"…{e.before}⟦{e.text}⟧{e.after}…"), "```", ""]
    lines += ["## documents (scored automatically)", "",
              "| document | folder date | published | earliest | latest | source | level | interval holds |",
              "|---|---|---|---|---|---|---|---|"]
    for r in docs:
        lines.append(f"| {r['document']} | {_with_weekday(r['folder']) or 'not given'} | {_with_weekday(r['value']) or '—'} | {r['earliest'] or '—'} | "
                     f"{r['latest'] or '—'} | {r['source'] or '—'} | {r['level']} | "
                     f"{'—' if r['interval'] is None else r['interval']} |")
    return "\n".join(lines) + "\n"


# --- build ---------------------------------------------------------------------------


def _commit() -> str:
    # what builds the story: the package (an edit to the benches leaves the story alone)
    return gitstate.commit(("src",))


def every_story(out: Path):
    """The stories the build wrote in ``out`` (``<out>/stories/<id>/story.json``), in the order
    of ``stories.json``, and their union as one story (documents, entities by id, quotes,
    figures, events, conflicts, series and brief of all): what a reader of the feed's index
    page can open. Documents the build left out of every story are in none of them."""
    from storyline import schema

    order = [s["id"] for s in json.loads((out / "stories.json").read_text(encoding="utf-8"))]
    stories = [schema.Story.model_validate_json((out / "stories" / sid / "story.json").read_text(encoding="utf-8"))
               for sid in order]
    if not stories:
        raise ValueError(f"{out}: the build made no story")
    entities = {}
    for st in stories:
        for e in st.entities:
            entities.setdefault(e.id, e)
    union = stories[0].model_copy(update={
        k: [x for st in stories for x in getattr(st, k)]
        for k in ("documents", "quotes", "figures", "events", "conflicts", "series", "brief")} | {
        "entities": list(entities.values())})
    return union, stories


def build_story(docs: list[tuple[str, str, str]], work: Path, with_dates: bool, fresh: bool = False,
                all_stories: bool = False):
    """The story of ``docs`` (name, folder date, text; a name ending ``.html`` is a web page the
    build reads by its HTML path) through storyline.builder.build, and the document id -> sample
    name map. The input is a JSONL file with no URL or name in it
    (a name could carry the date)."""
    from storyline import builder as sbuild

    work.mkdir(parents=True, exist_ok=True)
    inp = work / "input" / INPUT_NAME
    inp.parent.mkdir(exist_ok=True)
    rows = [{("html" if name.endswith(".html") else "text"): text,
             **({"date": day} if with_dates and (day := folder_day(date)) else {})} for name, date, text in docs]
    write_jsonl(inp, rows)
    opts = sbuild.BuildOptions(out=work / "story", store=work / "story.db", fresh=fresh, workers=1, outputs=("json",))
    report = sbuild.build([str(inp)], opts)
    for f in report.failures:
        print(f"failed: {f}", file=sys.stderr)
    story, stories, strays = report.story, None, []
    if all_stories:
        strays = stray_documents(report.story.off_topic, work / "story.db")  # listed on the main story only
        story, stories = every_story(work / "story")
    line_name = {i + 1: f"D{i + 1:02d}" for i in range(len(docs))}
    names = {}
    for d in [*story.documents, *strays]:
        lines = sorted(int(m.group(1)) for s in d.sources if (m := re.search(r"#(\d+)$", s)))
        lines = [n for n in lines if n in line_name]
        if lines:
            names[d.id] = line_name[lines[0]]
    if all_stories:
        return story, names, stories, strays
    return story, names


def stray_documents(off_topic: list, store_path: Path) -> list:
    """The cleaned documents a feed's build put in no story (the main story's ``off_topic``
    entries with no story; the story folders' own story.json list none), read from the build's
    store with their sources."""
    from storyline.store import Store

    seen: dict[str, list[str]] = {}
    for o in off_topic:
        if o.story is None:
            seen.setdefault(o.doc, list(o.sources))
    out = []
    with Store(store_path) as store:
        for doc_id, sources in seen.items():
            d = store.document(doc_id)
            if d is not None:
                out.append(d.model_copy(update={"sources": sources}))
    return out


def default_out(topic: str, n: int, seed: int, with_dates: bool) -> Path:
    return AUDITS / f"{topic}-{n}-{seed}{'-dated' if with_dates else ''}"


def write_audit(out: Path, meta: dict, drawn: dict[str, list[Item]], docs: list[dict],
                known: list[tuple[str, str, list[str]]] | None = None) -> dict:
    """items.jsonl, documents.json, meta.json, sheet.md and judgements.jsonl (merged with
    the previous judgements by key; ``known``, every entity of the story as (name, type,
    aliases), reopens a split verdict whose reason names an entity gone). Returns counts
    of reused judgements."""
    out.mkdir(parents=True, exist_ok=True)
    items = [it for cat in CATEGORIES for it in drawn.get(cat, [])]
    write_jsonl(out / "items.jsonl", [it.to_json() for it in items])
    (out / "documents.json").write_text(json.dumps(docs, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "sheet.md").write_text(render_sheet(meta, drawn, docs), encoding="utf-8")
    previous = read_jsonl(out / "judgements.jsonl")
    aside = read_jsonl(out / "judgements.aside.jsonl")
    current, new_aside = merge_judgements(items, previous, aside, known)
    write_jsonl(out / "judgements.jsonl", current)
    if new_aside or (out / "judgements.aside.jsonl").exists():
        write_jsonl(out / "judgements.aside.jsonl", new_aside)
    return {"items": len(items), "reused": sum(1 for j in current if is_judged(j) and j["key"] in
                                                {p["key"] for p in previous + aside if is_judged(p)}),
            "aside": len(new_aside), "to_judge": to_judge(current)}


def to_judge(lines: list[dict]) -> dict[str, list[str]]:
    """Per "category field", the labels of the lines whose field is still empty: what the
    judges have to fill after a rebuild (a new item, a reopened split, an added field)."""
    out: dict[str, list[str]] = {}
    for j in lines:
        for f in VERDICTS.get(j.get("category", ""), {}):
            if not j.get(f):
                out.setdefault(f"{j['category']} {f}", []).append(j.get("item") or j["key"])
    return out


def run_build(args) -> int:
    topic = args.data / args.topic
    if not (topic / "InputDocs").is_dir():
        print(f"{topic}: no InputDocs folder (is --data/--topic right?)", file=sys.stderr)
        return 2
    out = args.out or default_out(args.topic, args.n, args.seed, args.with_dates)
    t0 = time.perf_counter()
    try:
        avoided = avoided_articles(out, args.topic, args.unread)
    except ValueError as e:
        print(e, file=sys.stderr)
        return 2
    left_out = set(avoided or ())
    pool = [d for d in topic_docs(topic, None, detokenise=True) if d[0] not in left_out]
    picked = recorded_articles(out, pool) or sample_articles(pool, args.n, args.seed)
    work = out / "build"
    stories, strays = None, []
    if args.every_story:
        story, names, stories, strays = build_story(picked, work, args.with_dates, fresh=args.fresh or not args.keep_store,
                                            all_stories=True)
    else:
        story, names = build_story(picked, work, args.with_dates, fresh=args.fresh or not args.keep_store)
    t_build = time.perf_counter() - t0
    folder = {f"D{i + 1:02d}": folder_day(date) for i, (_, date, _) in enumerate(picked)}
    files = {f"D{i + 1:02d}": str(topic / "InputDocs" / name) for i, (name, _, _) in enumerate(picked)}
    audit = Audit(story, names, folder, context=args.context, stories=stories, strays=strays, files=files)
    sizes = Sizes(args.quotes, args.entities, args.figures, args.events, args.conflicts or None, args.brief or None,
                  args.cleaning, dates=args.dates, draw_brief=args.every_story)
    drawn = sample(audit, sizes, args.seed)
    docs = audit.documents()
    texts = work / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    for d in story.documents:  # for the cleaning judge; under build/, never committed
        # the text the story holds: site furniture the corpus stage left out is cut here too
        (texts / f"{audit.doc_name(d.id)}.txt").write_text(shown_text(_plain(d))[0], encoding="utf-8")
    for d in strays:  # the pages in no story, for the ungrouped judge
        (texts / f"{audit.doc_name(d.id)}.txt").write_text(d.text, encoding="utf-8")
    from storyline import pipeline, schema

    meta = {"topic": args.topic, "data": str(args.data), "n": args.n, "seed": args.seed, "with_dates": args.with_dates,
            "context": args.context, "sizes": asdict(sizes), "built": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "commit": _commit(), "analysis_version": pipeline.ANALYSIS_VERSION, "schema_version": schema.SCHEMA_VERSION,
            "build_seconds": round(t_build), "counts": audit.counts(),
            "articles": [{"document": f"D{i + 1:02d}", "file": name, "folder_date": folder_day(date)}
                         for i, (name, date, _) in enumerate(picked)]}
    if avoided is not None:
        meta["avoided"] = avoided
    if stories is not None:
        grouped = {n for st in stories for d in st.documents if (n := names.get(d.id))}
        meta["every_story"] = {"stories": len(stories),
                               "off_topic": [f"D{i + 1:02d}" for i in range(len(picked)) if f"D{i + 1:02d}" not in grouped]}
    res = write_audit(out, meta, drawn, docs, audit.known())
    print(f"{out}: {res['items']} items to judge ({res['reused']} judgements reused, {res['aside']} kept aside), "
          f"{len(docs)} documents scored automatically; built in {t_build:.0f}s")
    for what, refs in res["to_judge"].items():
        print(f"  to judge: {what} on {len(refs)} line(s): {' '.join(refs[:12])}{' ...' if len(refs) > 12 else ''}")
    where = f" --out {out}" if args.out else f" --n {args.n} --seed {args.seed}{' --with-dates' if args.with_dates else ''}"
    print(f"judge: {out / 'sheet.md'} -> {out / 'judgements.jsonl'}; then: python bench/audit.py --topic {args.topic}"
          f"{where} --score")
    return 0


# --- score ---------------------------------------------------------------------------


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def score(out: Path) -> dict:
    """The figures of an audit folder: per category and field, from its items and
    judgements (and the aside file, for items judged before a rebuild)."""
    items = [Item.from_json(d) for d in read_jsonl(out / "items.jsonl")]
    if not items and not (out / "documents.json").exists():
        raise SystemExit(f"{out}: no items.jsonl; build the audit first (without --score)")
    pool = {j["key"]: j for j in read_jsonl(out / "judgements.aside.jsonl") if is_judged(j)}
    pool.update({j["key"]: j for j in read_jsonl(out / "judgements.jsonl") if is_judged(j)})
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8")) if (out / "meta.json").exists() else {}
    res: dict = {}
    invalid = []
    for cat in CATEGORIES:
        cat_items = [it for it in items if it.category == cat]
        fields = {f: {"good": 0, "bad": 0, "open": 0, "unclear": 0} for f in VERDICTS[cat]}
        added = ADDED.get(cat, ())
        good = bad = unclear = judged = 0
        full = {"judged": 0, "right": 0, "wrong": 0, "unclear": 0}  # every field, the added ones too
        for f in added:
            fields[f]["unjudged"] = 0
        for it in cat_items:
            j = pool.get(it.key, {})
            classes = {}
            for f in VERDICTS[cat]:
                v = (j.get(f) or it.auto.get(f) or "").strip()
                c = verdict_class(cat, f, v)
                if c is None and v:
                    invalid.append(f"{it.ref or it.key} {f}={v!r}")
                classes[f] = c
            core = {f: c for f, c in classes.items() if f not in added}
            if any(c is None for c in core.values()):
                continue  # unjudged (or a value not allowed)
            judged += 1
            for f, c in classes.items():
                if c is None:
                    fields[f]["unjudged"] += 1  # an added field not judged yet on this line
                else:
                    fields[f][c] += 1
            if any(c == "bad" for c in core.values()):
                bad += 1
            elif any(c == UNCLEAR for c in core.values()):
                unclear += 1
            else:
                good += 1
            if added and all(c is not None for c in classes.values()):
                full["judged"] += 1
                cs = set(classes.values())
                full["wrong" if "bad" in cs else UNCLEAR if UNCLEAR in cs else "right"] += 1
        row = {"items": len(cat_items), "judged": judged, "unjudged": len(cat_items) - judged, "right": good,
               "wrong": bad, "unclear": unclear, "precision": _ratio(good, good + bad),
               "fields": {f: {**c, "precision": _ratio(c["good"], c["good"] + c["bad"])} for f, c in fields.items()}}
        if added:
            row["with_added"] = {"fields": list(added), **full,
                                 "precision": _ratio(full["right"], full["right"] + full["wrong"])}
            row["added_unjudged"] = sum(fields[f]["unjudged"] for f in added)
        opens = {f: _ratio(c["open"], judged - c.get("unjudged", 0)) for f, c in fields.items()
                 if "open" in VERDICTS[cat][f] or "missing" in VERDICTS[cat][f]}
        if opens:
            row["open_rate"] = opens
        if cat == "conflicts" and any(_shown(it) is not None for it in cat_items):
            # what the reader sees by default: the shown conflicts alone
            sj = [pool.get(it.key, {}).get("real", "") for it in cat_items if _shown(it)]
            sg, sb = sj.count("real"), sj.count("false")
            row["shown"] = {"items": len(sj), "judged": sg + sb + sj.count(UNCLEAR), "right": sg, "wrong": sb,
                            "precision": _ratio(sg, sg + sb)}
        res[cat] = row
    counts = meta.get("counts", {})
    if counts.get("quotes"):
        res["quotes"]["story_open_speaker_rate"] = _ratio(counts["quotes_open_speaker"], counts["quotes"])
    if counts.get("events"):
        res["events"]["story_undated_rate"] = _ratio(counts["events_undated"], counts["events"])
    docs = json.loads((out / "documents.json").read_text(encoding="utf-8")) if (out / "documents.json").exists() else []
    levels = {k: sum(1 for d in docs if d["level"] == k) for k in ("day", "month", "year", "wrong", "null", "unknown")}
    held = [d["interval"] for d in docs if d["interval"] is not None]
    # a document whose copy gives no publication date (level "unknown") is scored on no side:
    # only how many the story dated anyway is counted (the sheet shows those dates to read)
    scored = len(docs) - levels["unknown"]
    res["documents"] = {"items": len(docs), **levels, "precision": _ratio(levels["day"] + levels["month"] + levels["year"],
                                                                           scored - levels["null"]),
                        "right_day_rate": _ratio(levels["day"], scored), "open_rate": _ratio(levels["null"], scored),
                        "interval_given": len(held), "interval_holds": sum(held),
                        "unknown_dated": sum(1 for d in docs if d["level"] == "unknown" and d.get("value"))}
    res["unjudged"] = sum(res[c]["unjudged"] for c in CATEGORIES)
    res["added_unjudged"] = sum(res[c].get("added_unjudged", 0) for c in CATEGORIES)
    if invalid:
        res["invalid"] = invalid
    return res


def _p(x) -> str:
    return "—" if x is None else f"{x:.2f}"


def print_score(res: dict, meta: dict) -> None:
    print(f"audit {meta.get('topic')} n={meta.get('n')} seed={meta.get('seed')} "
          f"(built {meta.get('built')} at {meta.get('commit')})")
    print(f"{'category':10} {'items':>5} {'judged':>6} {'right':>5} {'wrong':>5} {'uncl.':>5} {'prec.':>5}  fields "
          "(precision; open rate)")
    for cat in CATEGORIES:
        r = res[cat]
        fl = ", ".join(f"{f} {_p(c['precision'])}" + (f"/{c['unclear']}?" if c["unclear"] else "")
                       for f, c in r["fields"].items())
        op = r.get("open_rate")
        extra = ("; open " + ", ".join(f"{f} {_p(v)}" for f, v in op.items())) if op else ""
        if "story_open_speaker_rate" in r:
            extra += f"; story open speakers {_p(r['story_open_speaker_rate'])}"
        if "story_undated_rate" in r:
            extra += f"; story undated events {_p(r['story_undated_rate'])}"
        if "with_added" in r:
            w = r["with_added"]
            extra += (f"; with {', '.join(w['fields'])} too {w['right']}/{w['judged']} every field right "
                      f"(prec. {_p(w['precision'])}; {r['added_unjudged']} lines still to judge on it)")
        if "shown" in r:
            sh = r["shown"]
            extra += f"; shown by default {sh['right']}/{sh['judged']} real ({sh['items']} shown)"
        print(f"{cat:10} {r['items']:5d} {r['judged']:6d} {r['right']:5d} {r['wrong']:5d} {r['unclear']:5d} "
              f"{_p(r['precision']):>5}  {fl}{extra}")
    d = res["documents"]
    print(f"{'documents':10} {d['items']:5d} (automatic) day {d['day']}, month {d['month']}, year {d['year']}, "
          f"wrong {d['wrong']}, null {d['null']}; interval holds {d['interval_holds']}/{d['interval_given']}")
    print(f"unjudged items: {res['unjudged']}" + (f" (and {res['added_unjudged']} judged lines without a verdict on a "
                                                  "field added since)" if res.get("added_unjudged") else ""))
    for x in res.get("invalid", []):
        print(f"not an allowed verdict (counted unjudged): {x}", file=sys.stderr)


def run_score(args) -> int:
    out = args.out or default_out(args.topic, args.n, args.seed, args.with_dates)
    if not (out / "items.jsonl").exists():
        print(f"{out}: no items.jsonl; build the audit first (without --score)", file=sys.stderr)
        return 2
    res = score(out)
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8")) if (out / "meta.json").exists() else {}
    print_score(res, meta)
    ours = {"topic": meta.get("topic"), "n": meta.get("n"), "seed": meta.get("seed"), "commit": meta.get("commit"), **res}
    print(json.dumps({"benchmark": "audit", "ours": ours, "baselines": {}}))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="a folder of topics (default: Timeline17)")
    ap.add_argument("--topic", required=True, help="a topic folder in --data")
    ap.add_argument("--n", type=int, default=60, help="articles in the story [60]")
    ap.add_argument("--seed", type=int, default=13, help="the audit's seed, fixed once chosen [13]")
    ap.add_argument("--out", type=Path, default=None, help="audit folder [bench/audits/<topic>-<n>-<seed>/, with -dated after --with-dates]")
    ap.add_argument("--with-dates", action="store_true", help="give each article its folder date as metadata")
    ap.add_argument("--unread", action="store_true",
                    help="draw only articles no earlier audit of the topic sampled (recorded in meta.json, "
                         "so a rebuild draws the same)")
    ap.add_argument("--score", action="store_true", help="score the judgements in --out (no rebuild)")
    # A store kept from an earlier build re-analyses its documents from their stored *cleaned* text
    # (builder.reanalyse), so a change to the cleaner would not reach a rebuilt audit: the sample's
    # cleaning items would be judged on stale texts. The audit is small (n articles), so every build
    # starts from an empty store unless --keep-store is asked for (quick re-runs of one code state).
    ap.add_argument("--keep-store", action="store_true",
                    help="reuse build/story.db (stored cleaned texts: cleaner changes are NOT seen)")
    ap.add_argument("--fresh", action="store_true", help="(the default now) rebuild the store from scratch")
    ap.add_argument("--context", type=int, default=CONTEXT, help="characters of context each side of a span [250]")
    ap.add_argument("--quotes", type=int, default=40, help="[40]")
    ap.add_argument("--entities", type=int, default=40, help="the top N by mentions [40]")
    ap.add_argument("--figures", type=int, default=30, help="[30]")
    ap.add_argument("--events", type=int, default=30, help="dated events [30]")
    ap.add_argument("--conflicts", type=int, default=30, help="[30; 0 = all]")
    ap.add_argument("--brief", type=int, default=0, help="[0 = all]")
    ap.add_argument("--cleaning", type=int, default=20, help="documents [20]")
    ap.add_argument("--dates", type=int, default=0,
                    help="documents whose published date is judged by hand against the page (the dates category; "
                         "for copy with no folder date) [0: none]")
    ap.add_argument("--every-story", action="store_true",
                    help="audit every story the build split the pile into (a feed), not only the main one; adds "
                         "the grouping category (one item per story) and draws --brief items at random")
    args = ap.parse_args(argv)
    return run_score(args) if args.score else run_build(args)


if __name__ == "__main__":
    sys.exit(main())

"""Merge entity mentions across documents into entities.

1. Local clusters: within a document, mentions with the same normalised key, and
   short forms the per-document stage linked to a full name (``context["ref"]``:
   "Ren", "Mr. Ren", "Raine" -> "Ren Zhangvi").
2. Blocking: each local cluster gets a few keys (normalised name, acronym, place
   alias, every person-name word and its metaphone code); only clusters sharing a
   key are compared, so the work grows with block sizes, not with all pairs.
3. Matching, by type:
   - same key (organisation suffixes, dots, "the" and possessives ignored);
   - places and organisations: acronym of a multiword name ("US" = "United States"),
     lexicon aliases ("America");
   - people: two full names sharing one word, the other word the same or alike in
     spelling and sound (metaphone, Jaro-Winkler), so transliterations meet
     ("Ren Zhengfei" / "Ren Zhangvi") but "Donald Trump" / "Ivanka Trump" and
     "Jane Li" / "Li Wei" do not; a lone surname joins a full name only when
     exactly one person in the corpus fits (or the shared organisation decides).
4. Canonical name (the fullest, most frequent form), majority type, aliases,
   mentions and descriptions; ids are a hash of type and name, so the same input
   gives the same ids in any order.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz.distance import JaroWinkler

from .. import schema
from ..analyse import names
from .corpus import Corpus

_PLACE = {"GPE", "LOC"}
_PRIORITY = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"]


_COMPAT = {"PERSON": ("PERSON", "ORG"), "PLACE": ("PLACE", "ORG"), "ORG": ("ORG", "PERSON", "PLACE"), "NORP": ("NORP",)}


def type_class(label: str) -> str:
    if label == "PERSON":
        return "PERSON"
    if label in _PLACE:
        return "PLACE"
    if label == "NORP":
        return "NORP"
    return "ORG"


def mention_key(text: str, label: str) -> str:
    c = type_class(label)
    if c == "PERSON":
        return names.person_key(text)
    if c == "PLACE":
        return names.place_key(text)
    if c == "NORP":
        k = names.simple_key(text)
        return k[:-1] if k.endswith("s") and len(k) > 4 else k
    return names.org_key(text)


@dataclass
class Local:
    """The mentions of one thing within one document."""

    doc: str
    mentions: list[int] = field(default_factory=list)
    texts: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    roles: set = field(default_factory=set)
    orgs: set = field(default_factory=set)
    tokens: list[str] = field(default_factory=list)  # the fullest person name, lowercase words

    @property
    def label(self) -> str:
        return max(self.labels, key=lambda k: (self.labels[k], -_PRIORITY.index(k) if k in _PRIORITY else -99))

    @property
    def cls(self) -> str:
        return type_class(self.label)

    @property
    def key(self) -> str:
        best = max(self.texts, key=lambda t: (len(names.person_tokens(t)), self.texts[t], t))
        return mention_key(best, self.label)


class _UF:
    def __init__(self, n: int):
        self.p = list(range(n))

    def find(self, x: int) -> int:
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.p[max(a, b)] = min(a, b)


def _locals(corpus: Corpus) -> list[Local]:
    out: list[Local] = []
    for a in corpus.analyses:
        ms = a.mentions
        uf = _UF(len(ms))
        by_key: dict[tuple[str, str], int] = {}
        for i, m in enumerate(ms):
            ref = m.context.get("ref")
            if isinstance(ref, int) and 0 <= ref < len(ms):
                uf.union(i, ref)
            k = mention_key(m.text, m.label)
            if not k:
                continue
            cls = type_class(m.label)
            # Same words in one document are one thing (NER labels vary), but not a person and a place.
            for other in _COMPAT[cls]:
                if (other, k) in by_key:
                    uf.union(i, by_key[(other, k)])
            by_key.setdefault((cls, k), i)
        groups: dict[int, Local] = {}
        for i, m in enumerate(ms):
            if not mention_key(m.text, m.label):
                continue
            loc = groups.setdefault(uf.find(i), Local(doc=a.document.id))
            loc.mentions.append(i)
            loc.texts[m.text] += 1
            loc.labels[m.label] += 1 if m.source == "ner" else 0
            loc.roles.update(names.role_group(r) or r for r in m.context.get("roles", []))
            if m.context.get("org"):
                loc.orgs.add(names.org_key(m.context["org"]))
            toks = [t.lower() for t in names.person_tokens(m.text)]
            if m.label == "PERSON" and len(toks) > len(loc.tokens):
                loc.tokens = toks
        for loc in groups.values():
            if not loc.labels or sum(loc.labels.values()) == 0:
                loc.labels = Counter({ms[loc.mentions[0]].label: 1})
            out.append(loc)
    return out


def _alike(a: str, b: str, loose: bool = False) -> bool:
    """Two name words that may be one spelt two ways (transliteration, MT garbling).

    Same first letter, and either the same metaphone code with close spelling
    ("zhengfei"/"zhangvi") or very close spelling; ``loose`` (the two share an
    organisation or role) accepts a sound match alone. "jane"/"john" share a code
    but not a spelling, so they stay apart.
    """
    if a == b:
        return True
    if not a or not b or a[0] != b[0] or len(a) < 2 or len(b) < 2:
        return False
    jw = JaroWinkler.similarity(a, b)
    same_sound = names.phonetic(a) == names.phonetic(b)
    if loose:
        return same_sound or jw >= 0.85
    return (same_sound and jw >= 0.8) or jw >= 0.92


def _same_person(x: Local, y: Local) -> bool:
    """Two full names: one word shared, the other alike; order may differ."""
    a, b = x.tokens, y.tokens
    if len(a) < 2 or len(b) < 2:
        return False
    shared_ctx = bool(x.orgs & y.orgs) or bool(x.roles & y.roles - {"other"})
    a2, b2 = (a[0], a[-1]), (b[0], b[-1])
    for (p, q), (r, s) in (((a2[0], a2[1]), (b2[0], b2[1])), ((a2[0], a2[1]), (b2[1], b2[0]))):
        if p == r and _alike(q, s, loose=shared_ctx):
            return True
        if q == s and _alike(p, r, loose=shared_ctx):
            return True
    return False


def _blocks(locs: list[Local]) -> dict[str, list[int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, loc in enumerate(locs):
        keys = {"k:" + loc.key}
        if loc.cls in ("PLACE", "ORG"):
            for t in loc.texts:
                ac = names.acronym(t)
                if ac:
                    keys.add("a:" + ac)
                if names.is_acronym_form(t):
                    keys.add("a:" + names.simple_key(t))
                keys.add("k:" + names.place_key(t) if loc.cls == "PLACE" else "k:" + names.org_key(t))
            if len(loc.key.split()) > 1:
                keys.add("f:" + loc.key.split()[0])  # first word: "Ford Motor" keeps "Ford" a company
                if any(ch.isdigit() for ch in loc.key.split()[-1]):
                    keys.add("m:" + loc.key.split()[-1])  # a model: "Airbus A380" -> "A380"
        if loc.cls == "PERSON" or len(loc.key.split()) == 1:
            for t in loc.tokens or loc.key.split():
                keys.add("w:" + t)
                keys.add("p:" + names.phonetic(t))
        for k in keys:
            blocks[k].append(i)
    return blocks


def _merge(locs: list[Local]) -> _UF:
    uf = _UF(len(locs))
    blocks = _blocks(locs)
    # 1. same key or acronym/alias: the "k:" blocks; one representative per type class
    for k, members in sorted(blocks.items()):
        if not k.startswith("k:"):
            continue
        reps: dict[str, int] = {}
        for i in members:
            loc = locs[i]
            cls = loc.cls
            if cls == "PERSON" and len(loc.tokens) >= 2:
                cls = "PERSON:" + " ".join(loc.tokens)  # full names meet only in step 2
            if cls in reps:
                uf.union(reps[cls], i)
            else:
                reps[cls] = i
        # across classes, where NER labels disagree on one word ("Bloomberg" ORG/PERSON)
        for a, b in (("ORG", "PERSON"), ("ORG", "PLACE"), ("ORG", "NORP")):
            if a in reps and b in reps:
                uf.union(reps[a], reps[b])
    # acronyms: short capitals forms join the one expansion they abbreviate
    for k, members in sorted(blocks.items()):
        if not k.startswith("a:"):
            continue
        short = [i for i in members if any(names.is_acronym_form(t) for t in locs[i].texts)]
        long_groups = {uf.find(i) for i in members if i not in short}
        if short and len(long_groups) == 1:
            target = long_groups.pop()
            for i in short:
                if locs[i].cls == locs[target].cls or "ORG" in (locs[i].cls, locs[target].cls):
                    uf.union(i, target)
    # 2. full names alike, compared within word and sound blocks only
    full = [i for i, loc in enumerate(locs) if loc.cls == "PERSON" and len(loc.tokens) >= 2]
    fullset = set(full)
    seen = set()
    for k, members in sorted(blocks.items()):
        if not k.startswith(("w:", "p:")):
            continue
        ms = [i for i in members if i in fullset]
        for x in range(len(ms)):
            for y in range(x + 1, len(ms)):
                pair = (ms[x], ms[y])
                if pair in seen:
                    continue
                seen.add(pair)
                if _same_person(locs[ms[x]], locs[ms[y]]):
                    uf.union(*pair)
    # 3. a lone name word joins the one person it can be
    for i, loc in enumerate(locs):
        if len(loc.tokens) >= 2 or loc.cls in ("PLACE", "NORP"):
            continue
        words = loc.key.split()
        if len(words) != 1:
            continue
        w = words[0]
        if loc.cls == "ORG" and any(ch.isdigit() for ch in w):
            # a model number alone joins the one named model it ends: "A380" -> "Airbus A380"
            models = {uf.find(j) for j in blocks.get("m:" + w, []) if j != i}
            if len(models) == 1:
                uf.union(i, models.pop())
            continue
        if loc.cls == "ORG" and uf.find(i) != i:
            continue  # already one with an organisation elsewhere
        groups = {uf.find(j) for j in blocks.get("w:" + w, []) if j in fullset and w in locs[j].tokens}
        if loc.cls == "ORG" and any(locs[j].cls == "ORG" and locs[j].key.split()[0] == w and len(locs[j].key.split()) > 1
                                    for j in blocks.get("f:" + w, [])):
            continue  # "Ford" beside "Ford Motor": the company, not Harrison Ford
        if loc.cls == "ORG":
            groups = {g for g in groups if any(locs[j].tokens[-1] == w for j in blocks["w:" + w] if uf.find(j) == g and j in fullset)}
        if len(groups) > 1 and loc.orgs:
            groups = {g for g in groups if any(locs[j].orgs & loc.orgs for j in blocks["w:" + w]
                                               if j in fullset and uf.find(j) == g)}
        if len(groups) == 1 and loc.cls in ("PERSON", "ORG"):
            uf.union(i, groups.pop())
            continue
        if loc.cls != "PERSON" or groups:
            continue
        # sound-alike lone word ("Raine" in a document without the full name): only with a shared organisation
        code = names.phonetic(w)
        cands = {uf.find(j) for j in blocks.get("p:" + code, []) if j in fullset
                 and any(_alike(w, t) for t in locs[j].tokens) and locs[j].orgs & loc.orgs}
        if len(cands) == 1:
            uf.union(i, cands.pop())
    return uf


def _canonical(texts: Counter, label: str) -> str:
    cls = type_class(label)
    if cls == "PERSON":
        forms = Counter()
        for t, n in texts.items():
            forms[" ".join(names.person_tokens(t)) or t.strip()] += n
        return max(forms, key=lambda t: (len(t.split()), forms[t], -len(t), t))
    clean = Counter()
    for t, n in texts.items():
        c = names.core_name(t)
        if c.lower().startswith("the "):
            c = c[4:]
        if c.endswith(("'s", "’s")):
            c = c[:-2]
        clean[c] += n
    # an expansion of an acronym used beside it: "United States" over "US"
    keys = {names.simple_key(t) for t in clean}
    expansions = [t for t in clean if names.acronym(t) and names.acronym(t) in keys]
    if expansions:
        return max(expansions, key=lambda t: (clean[t], t))
    if cls == "PLACE":
        aliases = {names.place_aliases().get(names.simple_key(t)) for t in clean} - {None}
        if len(aliases) == 1:
            return aliases.pop()
    if cls == "ORG":
        # a form that is only the head noun of a longer name ("Union" of "Averly Rail
        # Workers' Union") is not a name of its own
        heads = {t for t in clean for u in clean if u != t and u.lower().endswith(" " + t.lower())
                 and not u.lower().startswith(t.lower() + " ")}
        named = {t: n for t, n in clean.items() if t not in heads} or clean
        # the shortest form that is the organisation key: "Huawei" over "Huawei Technologies"
        return max(named, key=lambda t: (named[t], -len(t), t))
    return max(clean, key=lambda t: (clean[t], t))


def _entity_id(label: str, name: str) -> str:
    return "e-" + hashlib.sha1(f"{label}|{name.lower()}".encode()).hexdigest()[:10]


def resolve(corpus: Corpus) -> tuple[list[schema.Entity], dict[tuple[str, int], str]]:
    locs = _locals(corpus)
    uf = _merge(locs)
    groups: dict[int, list[Local]] = defaultdict(list)
    for i, loc in enumerate(locs):
        groups[uf.find(i)].append(loc)
    desc_by: dict[tuple[str, int], list] = defaultdict(list)
    for a in corpus.analyses:
        for d in a.descriptions:
            desc_by[(a.document.id, d.mention)].append(d)
    entities: list[schema.Entity] = []
    mapping: dict[tuple[str, int], str] = {}
    used: set[str] = set()
    ordered = sorted(groups.values(), key=lambda g: min((loc.doc, min(loc.mentions)) for loc in g))
    for g in ordered:
        texts: Counter = Counter()
        labels: Counter = Counter()
        for loc in g:
            texts.update(loc.texts)
            labels.update(loc.labels)
        if any(len(loc.tokens) >= 2 for loc in g):
            label = "PERSON"
        else:  # a lone word: on a tie, not a person
            label = max(labels, key=lambda k: (labels[k], k != "PERSON", -_PRIORITY.index(k) if k in _PRIORITY else -99))
        name = _canonical(texts, label)
        eid = _entity_id(label, name)
        n = 2
        while eid in used:
            eid = _entity_id(label, f"{name}#{n}")
            n += 1
        used.add(eid)
        spans, descs = [], []
        for loc in g:
            text = corpus.by_id[loc.doc].document.text
            ms = corpus.by_id[loc.doc].mentions
            for i in loc.mentions:
                m = ms[i]
                spans.append(schema.Span(doc=loc.doc, start=m.start, end=m.end))
                mapping[(loc.doc, i)] = eid
                for d in desc_by.get((loc.doc, i), []):
                    assert text[d.start : d.end] == d.text
                    descs.append(schema.Description(text=d.text, span=schema.Span(doc=loc.doc, start=d.start, end=d.end)))
        spans.sort(key=lambda s: (s.doc, s.start, s.end))
        descs.sort(key=lambda d: (d.span.doc, d.span.start))
        aliases = sorted({t.strip() for t in texts} - {name})
        entities.append(schema.Entity(id=eid, name=name, type=label, aliases=aliases, mentions=spans, descriptions=descs))
    entities.sort(key=lambda e: (-len(e.mentions), e.name, e.id))
    return entities, mapping

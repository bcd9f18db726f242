"""Do two statements contradict? Rules over the dependency parse, confirmed by embeddings.

No NLI model ships offline weights fit to use here, so a statement is read as a set
of predicates, each with a proposition class, a direction and a negation, and the
things it is about (its objects and named things). Two statements contradict when
they share a proposition class (or the same predicate word) and an object but point
opposite ways: "we are not leaving U.S." (presence, -1, negated -> +1) against "it
was no longer interested in the U.S." (presence, +1, negated -> -1); "will never
sell its smart phone business" (ownership -1, negated) against "in talks to sell its
premium smartphones" (ownership -1). The lexicon lives in ``data/stance.tsv``.

``contradiction(a, b)`` returns the matched predicates and a readable reason, or
None. Embedding similarity is used by callers to rank and gate candidate pairs.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import lexicon as lexicon_file

DATA = Path(__file__).parent / "data"
_PRONOUN_OBJ = {"it", "this", "that", "them", "they", "we", "us_pron", "he", "she", "i", "you", "which", "what", "who"}


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, tuple[str, ...]]]:
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for parts in lexicon_file.rows(DATA / "stance.tsv"):
        out.setdefault(parts[0], {})[parts[1].lower()] = tuple(parts[2:])
    return out


@dataclass
class Predicate:
    word: str  # as written
    lemma: str
    cls: str  # proposition class, or the lemma when the lexicon has none
    sign: int  # direction the statement asserts, negation applied
    negated: bool
    objects: frozenset[str]
    start: int  # offsets into the analysed text
    end: int
    tense: str = "present"  # past | present | future


def _tense(tok) -> str:
    """past ("sold", "was interested"), future ("will never sell"), else present."""
    chain = [tok] + ([tok.head] if tok.dep_ in ("acomp", "xcomp", "attr") else [])
    for t in chain:
        for c in t.children:
            if c.dep_ in ("aux", "auxpass"):
                if c.lower_ in ("will", "shall", "'ll", "wo", "going"):
                    return "future"
                if c.tag_ == "VBD":
                    return "past"
        if t.tag_ == "VBD":
            return "past"
    return "present"


def _quantified(tok) -> bool:
    """A predicate over a counted object ("sold 206 million smartphones") reports a
    measurement, not a proposition another source could deny."""
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "nsubjpass"):
            if any(t.like_num or t.pos_ == "NUM" for t in c.subtree):
                return True
    return False


@dataclass
class Claim:
    text: str
    predicates: list[Predicate] = field(default_factory=list)


def _norm(word: str) -> str:
    same = lexicon().get("same", {})
    w = word.lower().strip(".,;:!?\"'“”‘’")
    if w in same:
        return same[w][0]
    if w in ("us",):  # "the US": the pronoun "us" is filtered before this (tag PRP)
        return "us"
    if len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return w


def _objects(tok) -> set[str]:
    """What a predicate is about: its objects, prepositional objects, named things below it."""
    out: set[str] = set()
    stack = [c for c in tok.children if c.dep_ in ("dobj", "pobj", "prep", "attr", "acomp", "xcomp", "ccomp", "oprd", "dative", "nsubjpass", "npadvmod", "advmod")]
    seen = 0
    while stack and seen < 40:
        t = stack.pop()
        seen += 1
        if t.pos_ in ("NOUN", "PROPN") and not (t.tag_ == "PRP"):
            out.add(_norm(t.text))
            # "smart phone business" is also about "smartphone": adjacent words joined
            comp = [c for c in t.lefts if c.dep_ in ("compound", "amod")] + [t]
            for x, y in zip(comp, comp[1:]):
                out.add(_norm(f"{x.text} {y.text}"))
                out.add(_norm(f"{x.text}{y.text}"))
        elif t.pos_ == "PROPN":
            out.add(_norm(t.text))
        stack.extend(c for c in t.children if c.dep_ not in ("punct", "cc", "det", "relcl", "advcl"))
    same = lexicon().get("same", {})
    return {same.get(o, (o,))[0] for o in out if o and o not in _PRONOUN_OBJ}


def _negated(tok) -> bool:
    lex = lexicon()
    negs, negverbs = lex.get("neg", {}), lex.get("negverb", {})
    for c in tok.children:
        if c.dep_ == "neg" or c.lower_ in negs:
            return True
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
    doc = tok.doc
    left = doc[max(0, tok.i - 3) : tok.i].text.lower()
    if re.search(r"\b(no longer|not|n't|never)\b", left) and not re.search(r"[,.;]", left):
        return True
    # "denied selling", "refused to leave": a negating verb governs this one
    head = tok.head
    hops = 0
    while head is not tok and hops < 2:
        if head.lemma_.lower() in negverbs and tok.dep_ in ("xcomp", "ccomp", "dobj", "pcomp"):
            return True
        tok, head = head, head.head
        hops += 1
    return False


def read(sdoc, start: int = 0, end: int | None = None, offset: int = 0) -> Claim:
    """The predicates of ``sdoc`` (a spaCy Doc or Span) between characters start..end."""
    lex = lexicon()
    preds, light = lex.get("pred", {}), lex.get("light", {})
    text = sdoc.text
    end = len(text) if end is None else end
    claim = Claim(text=text[start:end])
    for tok in sdoc:
        if tok.idx < start or tok.idx >= end:
            continue
        lemma = tok.lemma_.lower()
        word = tok.lower_
        entry = preds.get(lemma) or preds.get(word)
        if entry is None:
            if tok.pos_ != "VERB" or lemma in light:
                continue
            cls, sign = lemma, 1
        else:
            cls, sign = entry[0], int(entry[1])
        if _quantified(tok):
            continue
        neg = _negated(tok)
        objs = frozenset(_objects(tok))
        claim.predicates.append(Predicate(
            word=tok.text, lemma=lemma, cls=cls, sign=-sign if neg else sign, negated=neg,
            objects=objs, start=tok.idx + offset, end=tok.idx + len(tok.text) + offset, tense=_tense(tok),
        ))
    return claim


def denied(claim: Claim) -> Claim:
    """The claim as its speaker denies it ("X denied that ..."): every predicate flipped."""
    flipped = [Predicate(word=p.word, lemma=p.lemma, cls=p.cls, sign=-p.sign, negated=not p.negated,
                         objects=p.objects, start=p.start, end=p.end, tense=p.tense) for p in claim.predicates]
    return Claim(text=claim.text, predicates=flipped)


def is_denial(cue_lemma: str | None) -> bool:
    """Does a reporting cue deny what it reports (deny, reject, dismiss, refute)?"""
    return bool(cue_lemma) and cue_lemma.lower() in lexicon().get("negverb", {}) and cue_lemma.lower() not in (
        "stop", "cease", "fail", "abandon")


@dataclass
class Contradiction:
    a: Predicate
    b: Predicate
    shared: frozenset[str]
    lexical: bool  # matched through the lexicon's classes (not only the same verb)

    def reason(self) -> str:
        how = "the same predicate" if self.a.lemma == self.b.lemma else f"opposite predicates ({self.a.cls})"
        na = ("not " if self.a.negated else "") + self.a.word
        nb = ("not " if self.b.negated else "") + self.b.word
        return f"'{na}' against '{nb}' about {', '.join(sorted(self.shared))}: {how}, opposite polarity"


def contradiction(a: Claim, b: Claim) -> Contradiction | None:
    """The strongest opposite-polarity predicate pair sharing an object, or None."""
    best = None
    for pa in a.predicates:
        for pb in b.predicates:
            if pa.cls != pb.cls or pa.sign == pb.sign:
                continue
            if {pa.tense, pb.tense} == {"past", "future"}:
                continue  # "sold" then "will never sell": both can be true
            shared = pa.objects & pb.objects
            if not shared:
                continue
            lexical = pa.cls in {v[0] for v in lexicon()["pred"].values()}
            # a bare verb with a flipped negation is weaker than a lexicon class
            score = (2 if lexical else 1, len(shared))
            if best is None or score > best[0]:
                best = (score, Contradiction(pa, pb, shared, lexical))
    return best[1] if best else None


@functools.lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern, re.Pattern]:
    lex = lexicon()

    def pat(words):
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)

    return pat(lex.get("refute", {})), pat(lex.get("hedge", {}))


def refute_cues(text: str) -> list[str]:
    return [m.group(0).lower() for m in _cue_patterns()[0].finditer(text)]


def hedge_cues(text: str) -> list[str]:
    return [m.group(0).lower() for m in _cue_patterns()[1].finditer(text)]

"""Do two statements contradict? Stored predicates compared, confirmed by embeddings.

A statement (a quote) is read in the per-document stage (``analyse.stance``) as
predicates, each with a proposition class, a direction and a negation, and the things
it is about. Two statements contradict when they share a proposition class (or the
same predicate word) and an object but point opposite ways: "we are not leaving U.S."
(presence, -1, negated -> +1) against "it was no longer interested in the U.S."
(presence, +1, negated -> -1); "will never sell its smart phone business" (ownership
-1, negated) against "in talks to sell its premium smartphones" (ownership -1).

``contradiction(a, b)`` returns the matched predicates and a readable reason, or
None. Embedding similarity is used by callers to rank and gate candidate pairs.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..analyse.stance import Claim, lexicon
from ..types import Predicate

def denied(claim: Claim) -> Claim:
    """The claim as its speaker denies it ("X denied that ..."): every predicate flipped."""
    flipped = [p.model_copy(update={"sign": -p.sign, "negated": not p.negated}) for p in claim.predicates]
    return Claim(text=claim.text, predicates=flipped)


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
            shared = frozenset(pa.objects).intersection(pb.objects)
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

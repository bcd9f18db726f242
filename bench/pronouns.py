"""Pronoun resolution on GAP: the shipped speaker resolver on Wikipedia paragraphs.

    python bench/pronouns.py [--data DIR] [--split development|validation] [--limit N]

DIR holds ``gap-<split>.tsv`` (GAP, Webster et al. 2018, Apache-2.0): a paragraph, an
ambiguous pronoun at an offset, two names A and B, and whether the pronoun refers to
each. Each paragraph goes through the per-document stage we ship (spaCy, our entity
mentions) and ``storyline.analyse.speakers.resolve_pronoun``; nothing is fitted here
(the resolver's he/she weights, analyse/data/pronoun_model.json, are fitted on GAP
development by scripts/fit_pronouns.py: GAP validation is the held-out split).
The resolver's best candidate (any person mention before the pronoun, or a name the
entity tagger missed: ``Scene.candidates``) counts as A or B when it, or a mention of
its entity, overlaps that name's offset or has the same words; a pick that fits both names is
the one whose offset it (or its entity) overlaps when that is only one of them, otherwise no
decision (``decide``). Scored the official way: F1 over the A/B coreference decisions, overall and by
the pronoun's gender (masculine, feminine), and the bias ratio F1(F)/F1(M).

Also reported: "ours_confident", the same resolver with its abstention threshold (the
decisions it would act on for a quote's speaker): precision and how many it makes.

Baselines in the same run, over the same candidates: the nearest preceding person
mention whose gender (when known) agrees; and syntactic parallelism (Webster et al.'s
heuristic): a subject pronoun takes the nearest preceding subject, a possessive the
nearest possessor, otherwise the nearest preceding person.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/bench/gap"


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


class Scores:
    def __init__(self):
        self.c = {g: {"tp": 0, "fp": 0, "fn": 0} for g in ("all", "m", "f")}
        self.made = self.right = 0

    def add(self, gender: str, gold: tuple[bool, bool], pred: tuple[bool, bool]) -> None:
        for g in ("all", gender):
            for y, p in zip(gold, pred):
                self.c[g]["tp"] += y and p
                self.c[g]["fp"] += p and not y
                self.c[g]["fn"] += y and not p
        if any(pred):
            self.made += 1
            self.right += tuple(gold) == tuple(pred)

    def f1(self, g: str) -> float:
        c = self.c[g]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def result(self, n: int) -> dict:
        fm, ff = self.f1("m"), self.f1("f")
        c = self.c["all"]
        return {
            "f1": round(self.f1("all"), 3),
            "f1_masculine": round(fm, 3),
            "f1_feminine": round(ff, 3),
            "bias": round(ff / fm, 3) if fm else 0.0,
            "precision": round(c["tp"] / (c["tp"] + c["fp"]), 3) if c["tp"] + c["fp"] else 0.0,
            "decided": round(self.made / n, 3) if n else 0.0,
            "decided_right": round(self.right / self.made, 3) if self.made else 0.0,
        }


def _words(s: str) -> set[str]:
    return {w.strip(".,'’\"()").lower() for w in s.split() if w.strip(".,'’\"()")}


def _match(scene, i: int | None, name: str, off: int) -> bool:
    """Does mention i (or a mention of its entity) stand for the name at this offset?"""
    return _how(scene, i, name, off) is not None


def _how(scene, i: int | None, name: str, off: int) -> str | None:
    """How mention i (or a mention of its entity) stands for the name at this offset:
    "offset" when one of them overlaps the name where GAP marks it, "words" when one has
    the same words (all of the name's, or the name all of its), None when neither."""
    if i is None:
        return None
    c = scene.cluster(i)
    end = off + len(name)
    nw = _words(name)
    how = None
    for j, m in enumerate(scene.candidates):
        if j != i and scene.cluster(j) != c:
            continue
        if m.start < end and off < m.end:
            return "offset"
        mw = _words(m.text)
        if mw and nw and (mw <= nw or nw <= mw):
            how = "words"
    return how


def decide(scene, i: int | None, row: dict) -> tuple[bool, bool]:
    """The A/B decision a pick makes. A pick whose words fit both names ("Patey" for Janet and
    for John Patey) is no decision, unless it (or a mention of its entity) is one of the two
    names where GAP marks it and not the other: then it is that one. Before round twenty (18g)
    a pick that was B at B's offset but whose entity also held a word-match of A ("Smith" in
    "Mary Smith" against "John Smith") counted as no decision."""
    ha = _how(scene, i, row["A"], int(row["A-offset"]))
    hb = _how(scene, i, row["B"], int(row["B-offset"]))
    if ha and hb:
        if ha == "offset" and hb != "offset":
            return True, False
        if hb == "offset" and ha != "offset":
            return False, True
        return False, False
    return ha is not None, hb is not None


def nearest(scene, tok, gender: str | None) -> int | None:
    best = None
    for i, m in enumerate(scene.candidates):
        if m.label != "PERSON" or m.end > tok.idx:
            continue
        g = scene.gender(scene.cluster(i))
        if gender and g and g != gender:
            continue
        best = i
    return best


def parallel(scene, tok) -> int | None:
    from storyline.analyse.speakers import _role

    role = _role(tok)
    prior = [i for i, m in enumerate(scene.candidates) if m.label == "PERSON" and m.end <= tok.idx
             and scene.span(i) is not None]
    same = [i for i in prior if _role(scene.span(i).root) == role] if role in ("subj", "poss") else []
    pick = (same or prior)
    return pick[-1] if pick else None


def scene_of(nlp, text: str):
    """One GAP paragraph parsed and its names found as the per-document stage finds them:
    (the spaCy doc, the speakers' scene of candidates). Shared with scripts/fit_pronouns.py,
    so the fit and the bench see the same candidates."""
    from storyline.analyse import entities, parse, speakers
    from storyline.schema import Document
    from storyline.types import DocAnalysis

    sdoc = nlp(text)
    analysis = DocAnalysis(version="gap", document=Document(id="x", text=text, language="en"))
    analysis.sentences = parse.sentences(sdoc, [])
    analysis.mentions, analysis.descriptions = entities.extract(sdoc, analysis)
    return sdoc, speakers.Scene(sdoc, analysis.mentions)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--split", default="development", choices=("development", "validation", "test"))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    from storyline.analyse import speakers
    from storyline.analyse.nlp import load

    rows = read(args.data / f"gap-{args.split}.tsv")
    if args.limit:
        rows = rows[: args.limit]
    nlp = load()
    systems = {k: Scores() for k in ("ours", "ours_confident", "nearest_gender", "parallelism")}
    t0 = time.time()
    for row in rows:
        text = row["Text"]
        sdoc, scene = scene_of(nlp, text)
        off = int(row["Pronoun-offset"])
        tok = next((t for t in sdoc if t.idx == off), None) or next((t for t in sdoc if t.idx <= off < t.idx + len(t)), None)
        gold = (row["A-coref"].upper() == "TRUE", row["B-coref"].upper() == "TRUE")
        info = speakers.pronouns().get(row["Pronoun"].lower())
        gender = info[0] if info else None
        bucket = "f" if gender == "f" else "m"
        res = speakers.resolve_pronoun(scene, tok) if tok is not None else None
        picks = {
            "ours": res.mention if res else None,
            "ours_confident": res.mention if res and res.resolved else None,
            "nearest_gender": nearest(scene, tok, gender) if tok is not None else None,
            "parallelism": parallel(scene, tok) if tok is not None else None,
        }
        for k, i in picks.items():
            systems[k].add(bucket, gold, decide(scene, i, row))
    elapsed = time.time() - t0
    res = {k: s.result(len(rows)) for k, s in systems.items()}
    print(f"GAP {args.split}: {len(rows)} paragraphs, {elapsed:.0f}s (snippet setting: no page URL)")
    print(f"{'system':<18}{'F1':>7}{'F1 m':>7}{'F1 f':>7}{'bias':>7}{'prec':>7}{'decided':>9}{'right':>7}")
    for k, r in res.items():
        print(f"{k:<18}{r['f1']:>7.3f}{r['f1_masculine']:>7.3f}{r['f1_feminine']:>7.3f}{r['bias']:>7.3f}"
              f"{r['precision']:>7.3f}{r['decided']:>9.3f}{r['decided_right']:>7.3f}")
    ours = dict(res["ours"], split=args.split, confident=res["ours_confident"])
    print(json.dumps({"benchmark": "pronouns", "ours": ours,
                      "baselines": {"nearest_gender": res["nearest_gender"], "parallelism": res["parallelism"]}}))


if __name__ == "__main__":
    sys.exit(main())

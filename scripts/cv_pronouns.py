"""Choose the pronoun model's features by cross-validation inside GAP development.

    python scripts/cv_pronouns.py [--data ../shared/bench/gap] [--folds 5] [--cache FILE]

GAP validation is never read here (bench/pronouns.py scores it once, with the shipped
weights). GAP development's paragraphs are split into folds grouped by their Wikipedia
page (the URL column: paragraphs of one page never sit on both sides). For each feature
set, the weights are fitted on the other folds exactly as scripts/fit_pronouns.py fits
them, and the shipped resolver (``resolve_pronoun`` with those weights) picks each
held-out pronoun's antecedent; the held-out picks of all folds are scored as the bench
scores (F1 over the A/B decisions, masculine, feminine, bias).

Feature sets: the shipped set (``--drop``: features left out of every set, as fit_pronouns.py's
``--drop`` leaves them out of the shipped file), then each
candidate feature added to it alone, then all of them. Note the "base" row leaves out every
feature of ``NEW``; the shipped trees read all of them (``--no-base --sets`` with the whole
``NEW`` list, comma-joined, is the shipped configuration).

``--errors FILE``: every held-out pick of the last set scored, one JSON line per pronoun (the
GAP id, gold and predicted A/B, the A/B decision as scored before round twenty's ``bench.decide``,
the chosen mention, the resolver's evidence), so the
cross-validation errors can be read and sorted (round fourteen, 18g, read 40 of them).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import fit_pronouns as fit  # noqa: E402
import pronouns as bench  # noqa: E402

NEW = ["nearest_subject", "poss_nearest_subject", "prev_sentence_subject", "tree_distance", "coargument", "place_like", "first_named", "named_after",
       "in_parentheses", "pronoun_in_appositive", "pronoun_in_phrase", "main_subject", "same_clause", "clause_distance", "pronoun_feminine",
       "pronoun_chain", "chain_leader", "after_determiner", "in_quote_marks"]


def fold_of(url: str, k: int) -> int:
    return int(hashlib.sha1(url.encode()).hexdigest(), 16) % k


def left_out(add: list[str], drop: str = "") -> set[str]:
    """The features a set leaves out of its fit: the ``NEW`` ones it does not add, and every
    one named in ``drop`` (comma-separated), added or not."""
    return (set(NEW) - set(add)) | {x for x in drop.split(",") if x}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=bench.DEFAULT)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--steps", type=int, default=6000)
    fit.add_model_args(ap)
    ap.add_argument("--errors", type=Path, default=None, help="write the last set's held-out picks here (JSON lines)")
    ap.add_argument("--drop", default="", help="comma-separated features left out of every set scored")
    ap.add_argument("--no-base", action="store_true", help="score only the --sets, not the shipped set first")
    ap.add_argument("--sets", default="", help="';'-separated feature sets to add to the base (',' within a set); "
                    "default: each of the new features alone, then all")
    args = ap.parse_args()
    from storyline.analyse import speakers

    cases = fit.load_cases(args.data, args.cache)
    hand = speakers.weights()
    folds = [fold_of(c[2]["URL"], args.folds) for c in cases]
    per_case = fit.labelled_traces_by_case(cases, args.rows)
    sets: list[list[str]] = [] if args.no_base else [[]]
    if args.sets:
        sets += [[x for x in s.split(",") if x] for s in args.sets.split(";")]
    else:
        sets += [[x] for x in NEW] + [NEW]
    out = {}
    for add in sets:
        drop = left_out(add, args.drop)
        pooled = bench.Scores()
        picks: list[dict] | None = [] if args.errors is not None else None  # kept only when asked for
        for k in range(args.folds):
            train = [t for t, f in zip(per_case, folds) if f != k and t is not None]
            names = fit.feature_names(train, drop)
            model = dict(fit.fit_model(train, names, args), slope=1.0, offset=0.0, no_rival=hand["no_rival"])
            held = [c for c, f in zip(cases, folds) if f == k]
            sub = _scores(held, model, picks)
            for g in pooled.c:
                for key in pooled.c[g]:
                    pooled.c[g][key] += sub.c[g][key]
            pooled.made += sub.made
            pooled.right += sub.right
        res = pooled.result(len(cases))
        label = "+".join(add) or "base (shipped features)"
        out[label] = res
        print(f"{label:<60}F1 {res['f1']:.3f}  m {res['f1_masculine']:.3f}  f {res['f1_feminine']:.3f}  "
              f"bias {res['bias']:.3f}", flush=True)
    print(json.dumps({"cv": out, "folds": args.folds, "grouped_by": "URL"}))
    if args.errors is not None and picks is not None:
        args.errors.write_text("".join(json.dumps(p) + "\n" for p in picks), encoding="utf-8")


def _scores(cases, model, picks: list[dict] | None = None) -> bench.Scores:
    from storyline.analyse import speakers

    s = bench.Scores()
    for scene, tok, row, gold in cases:
        info = speakers.pronouns().get(row["Pronoun"].lower())
        bucket = "f" if info and info[0] == "f" else "m"
        res = fit._resolve(speakers, scene, tok, model)
        a0 = bench._match(scene, res.mention, row["A"], int(row["A-offset"]))
        b0 = bench._match(scene, res.mention, row["B"], int(row["B-offset"]))
        a, b = bench.decide(scene, res.mention, row)
        s.add(bucket, gold, (a, b))
        if picks is not None:
            picks.append({"id": row["ID"], "gold": list(gold), "pred": [a, b], "pred_before_r20": [a0 and not b0, b0 and not a0], "right": tuple(gold) == (a, b),
                          "mention": None if res.mention is None else scene.candidates[res.mention].text,
                          "evidence": res.evidence})
    return s


if __name__ == "__main__":
    main()

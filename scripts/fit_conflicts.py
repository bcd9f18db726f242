"""Fit the weights of storyline's conflict detector (resolve/data/conflict_model.tsv).

Trains on the FNC-1 dev pairs whose body falls in the calibration half (CRC32 of the
Body ID even: ``bench/conflicts.py``'s ``_half``); bench/conflicts.py scores the other
half with the shipped file and fits nothing. Logistic regression (numpy, full-batch
gradient descent, fixed steps: the same data gives the same weights) of ``disagree``
against ``agree``/``discuss`` on the evidence ``resolve.stance.evidence`` reads. The
operating point is the most precise threshold on the calibration half whose recall is
at least ``--min-recall``, counted by the detector's whole decision (``combined``) over
every pair kept as related, as bench/conflicts.py counts; the bias is shifted so that it
becomes confidence 0.5. The
FNC-only relatedness/agree thresholds are chosen there too (``fnc:`` rows).

Run: python scripts/fit_conflicts.py [--data ../shared/bench/fnc1] [--cache FILE] [--min-recall 0.35] [--l2 0.01]
"""

from __future__ import annotations

import argparse
import itertools
import math
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import conflicts as bench  # bench/conflicts.py: loading, features, the split  # noqa: E402

OUT = ROOT / "src" / "storyline" / "resolve" / "data" / "conflict_model.tsv"


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 4000) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = (x - mu) / sd
    w, b = np.zeros(z.shape[1]), 0.0
    pos = y.mean()
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= 0.5 * (z.T @ (p - y) / len(y) + l2 * w)
        b -= 0.5 * float((p - y).mean())
    assert 0 < pos < 1
    return w, mu, sd, b


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=bench.SHARED / "bench" / "fnc1")
    ap.add_argument("--cache", type=Path, default=None, help="bench/conflicts.py's per-pair cache, reused when present")
    ap.add_argument("--min-recall", type=float, default=0.35)
    ap.add_argument("--l2", type=float, default=1e-2, help="the fit's L2 regulariser (shipped: .01)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    from storyline.resolve import stance

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    bodies, pairs = bench.load(args.data, None)
    keep = [i for i, (_, b, _) in enumerate(pairs) if bench._half(b) == 0]  # the calibration half only
    pairs = [pairs[i] for i in keep]
    bodies = {b: bodies[b] for _, b, _ in pairs}
    if args.cache and args.cache.exists():
        rows = pickle.loads(args.cache.read_bytes())
        rows = [rows[i] for i in keep] if len(rows) != len(pairs) else rows
    else:
        rows = bench.features(bodies, pairs, log)
    bench.evidence_rows(bodies, pairs, rows, log)
    gold = [g for _, _, g in pairs]

    # FNC-only thresholds: relatedness, then agree against discuss (best FNC score here)
    best = None
    for rel, agree, hedge in itertools.product([0.3, 0.35, 0.4, 0.45, 0.5], [0.6, 0.7, 0.8, 9], [0.2, 0.4, 0.8]):
        th = {"rel": rel, "agree": agree, "hedge": hedge}
        pred = [bench.predict_rules({**r, "contradiction": False, "refute_top": 0, "refute_head": 0, "refute_body": 0},
                                    {**th, "ref": 99, "ref_body": 99}) for r in rows]
        s, _ = bench.fnc_score(gold, pred)
        if best is None or s > best[0]:
            best = (s, th)
    th = best[1]

    related = [i for i, g in enumerate(gold) if g != "unrelated" and rows[i]["sim"] >= th["rel"]]
    x = np.array([[rows[i]["evidence"][k] for k in stance.FEATURES] for i in related])
    y = np.array([gold[i] == "disagree" for i in related], dtype=float)
    w, mu, sd, b = fit(x, y, l2=args.l2)
    z = ((x - mu) / sd) @ w + b
    p = 1 / (1 + np.exp(-z))
    # the operating point: the most precise threshold with enough recall, counted as the
    # bench counts it: over every pair the relatedness threshold keeps (unrelated ones too),
    # by the detector's whole decision (``combined``: the proposition prior and the caps
    # without dispute evidence), recall over every disagree pair of the half
    shown = [i for i in range(len(rows)) if rows[i]["sim"] >= th["rel"]]
    n_pos = sum(g == "disagree" for g in gold)
    weights = {**{k: float(wk) for k, wk in zip(stance.FEATURES, w)},
               **{f"mean:{k}": float(m) for k, m in zip(stance.FEATURES, mu)},
               **{f"sd:{k}": float(s) for k, s in zip(stance.FEATURES, sd)}}
    op = None
    for t in np.unique(np.round(np.quantile(p, np.linspace(0.5, 0.999, 250)), 4)):
        weights["bias"] = b - math.log(t / (1 - t))
        pred = [i for i in shown if stance.combined(rows[i]["evidence"], weights) >= stance.SHOW]
        if not pred:
            continue
        tp = sum(gold[i] == "disagree" for i in pred)
        prec, rec = tp / len(pred), tp / n_pos
        if rec >= args.min_recall and (op is None or prec > op[1]):
            op = (float(t), prec, rec)
    log(f"calibration half: {len(related)} related pairs, {int(n_pos)} disagree; operating point p >= {op[0]:.4f}: "
        f"precision {op[1]:.3f}, recall {op[2]:.3f}")
    shift = math.log(op[0] / (1 - op[0]))
    lines = ["# Weights of the conflict detector (resolve/stance.py: confidence), written by scripts/fit_conflicts.py",
             "# from the FNC-1 dev calibration half (CRC32 of the Body ID even): do not edit by hand.",
             f"# operating point on that half: precision {op[1]:.3f}, recall {op[2]:.3f}; bias shifted so it is 0.5",
             "# name\tvalue"]
    for k, wk, m, s in zip(stance.FEATURES, w, mu, sd):
        lines += [f"{k}\t{wk:.6f}", f"mean:{k}\t{m:.6f}", f"sd:{k}\t{s:.6f}"]
    lines.append(f"bias\t{b - shift:.6f}")
    lines += [f"fnc:{k}\t{v}" for k, v in th.items()]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log("weights: " + ", ".join(f"{k} {wk:+.2f}" for k, wk in zip(stance.FEATURES, w)))


if __name__ == "__main__":
    main()

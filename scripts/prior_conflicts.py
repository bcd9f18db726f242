"""How much of the conflict detector's precision gap on FNC-1 is the class prior?

Precision depends on how common disagreements are in the pile: with a detector's true-
and false-positive rates (TPR, FPR) fixed, precision = pi*TPR / (pi*TPR + (1-pi)*FPR).
This script measures, without fitting anything on the scored half:

1. the disagree rate among the pairs kept as related in each half (labels, for the report);
2. TPR and FPR of the detector by 5-fold grouped cross-validation inside the calibration
   half (as ``scripts/cv_conflicts.py``), and the precision they predict at each half's
   disagree rate and at a range of rates;
3. a label-free estimate of a pile's disagree rate by EM on the model's posteriors (Saerens,
   Latinne & Decaestecker 2002, "Adjusting the outputs of a classifier to new a priori
   probabilities"), on each half: inference on the pile, not fitting; the true rate is
   printed beside it only to judge the estimate;
4. the shipped detector's TPR/FPR on each half and its precision/recall as its threshold
   moves (the scored half's curve is printed to show what any threshold could reach: it
   is not used to choose one).

Run: python scripts/prior_conflicts.py --cache FILE   (bench/conflicts.py's per-pair cache)
"""

from __future__ import annotations

import functools
import math
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import conflicts as bench  # noqa: E402
from cv_conflicts import best_threshold, folds, log, parser  # noqa: E402
from fit_conflicts import fit  # noqa: E402


def em_prior(post: np.ndarray, pi0: float, iters: int = 500) -> float:
    """Saerens et al. (2002): the positive rate of an unlabelled pile from posteriors
    computed under the training rate ``pi0`` (re-weight, re-estimate, until stable)."""
    pi = pi0
    for _ in range(iters):
        a = pi / pi0 * post
        q = a / (a + (1 - pi) / (1 - pi0) * (1 - post))
        new = float(q.mean())
        if abs(new - pi) < 1e-8:
            break
        pi = new
    return pi


def main() -> None:
    args = parser(__doc__).parse_args()
    from storyline.resolve import stance

    bodies, pairs = bench.load(args.data, None)
    rows = pickle.loads(args.cache.read_bytes()) if args.cache and args.cache.exists() else bench.features(bodies, pairs, log)
    bench.evidence_rows(bodies, pairs, rows, log)
    m, feats = stance.model(), stance.FEATURES
    ev = [r["evidence"] for r in rows]
    half = np.array([bench._half(b) for _, b, _ in pairs])
    body = np.array([b for _, b, _ in pairs])
    gold = np.array([g for _, _, g in pairs])
    y = (gold == "disagree").astype(float)
    related = gold != "unrelated"
    kept = np.array([r["sim"] >= m["fnc:rel"] for r in rows])
    x = np.array([[e[k] for k in feats] for e in ev])
    prior = np.array([stance.prior(e) for e in ev])
    capped = np.array([stance.combined(e, {"bias": 30.0}) < stance.SHOW for e in ev])

    def shown(z, idx, t):
        p = 1 / (1 + np.exp(-(z[idx] - math.log(t / (1 - t)))))
        return (~capped[idx]) & (1 - (1 - prior[idx]) * (1 - p) >= stance.SHOW)

    print("1. disagree rate among the pairs kept as related")
    for h, name in ((0, "calibration"), (1, "scored")):
        k = kept & (half == h)
        print(f"   {name} half: {int(y[half == h].sum())} disagree, {int(y[k].sum())} of {int(k.sum())} kept: rate {y[k].mean():.4f}")

    # 2. cross-validated TPR / FPR inside the calibration half
    idx0 = np.where((half == 0) & kept)[0]
    lost_share = y[half == 0].sum() / y[idx0].sum()  # positives the relatedness threshold drops
    res = []
    for s in range(args.shuffles):
        fold = folds(body[idx0], s, 5)
        tp = fp = fn = tn = 0.0
        for k in range(5):
            tr, te = idx0[fold != k], idx0[fold == k]
            trr = tr[related[tr]]
            w, mu, sd, b = fit(x[trr], y[trr])
            z = ((x - mu) / sd) @ w + b
            n_pos = y[tr].sum() * lost_share
            best = best_threshold(1 / (1 + np.exp(-z[trr])), functools.partial(shown, z, tr), y[tr], n_pos, args.min_recall)
            if best is None:
                continue
            sh = shown(z, te, best[0])
            tp += y[te][sh].sum()
            fp += (1 - y[te][sh]).sum()
            fn += y[te][~sh].sum()
            tn += (1 - y[te][~sh]).sum()
        res.append((tp / (tp + fp), tp / (tp + fn), fp / (fp + tn)))
    p_cv, tpr, fpr = np.array(res).mean(0)
    print(f"2. cross-validation in the calibration half (min recall {args.min_recall}, {args.shuffles} shuffles x 5 folds):")
    print(f"   precision {p_cv:.3f}; on kept pairs TPR {tpr:.3f}, FPR {fpr:.4f}")

    def predicted(pi):
        return pi * tpr / (pi * tpr + (1 - pi) * fpr)

    for h, name in ((0, "calibration"), (1, "scored")):
        pi = y[kept & (half == h)].mean()
        print(f"   predicted precision at the {name} half's rate {pi:.4f}: {predicted(pi):.3f}")
    print("   predicted precision by rate: " + ", ".join(f"{pi:.2f} -> {predicted(pi):.3f}" for pi in (0.03, 0.05, 0.07, 0.10, 0.13)))
    need = 0.40
    pi1 = y[kept & (half == 1)].mean()
    print(f"   precision {need} at the scored rate needs FPR/TPR <= {pi1 / (1 - pi1) * (1 / need - 1):.3f}; "
          f"the cross-validated ratio is {fpr / tpr:.3f}")

    # 3. label-free prior estimate (posteriors of the model fitted on the whole calibration half)
    trn = (half == 0) & kept & related
    w, mu, sd, b = fit(x[trn], y[trn])
    post = 1 / (1 + np.exp(-(((x - mu) / sd) @ w + b)))
    pi0 = float(y[trn].mean())
    print(f"3. EM prior estimate (training rate {pi0:.4f}):")
    for h, name in ((0, "calibration (in-sample)"), (1, "scored")):
        k = kept & (half == h)
        print(f"   {name} half, kept pairs: mean posterior {post[k].mean():.4f}, EM estimate {em_prior(post[k], pi0):.4f}, "
              f"true rate {y[k].mean():.4f}")

    print("4. the shipped detector as its threshold moves (logit shift; 0 = shipped):")
    for h, name in ((0, "calibration"), (1, "scored")):
        line = []
        for d in (-0.5, -0.25, 0.0, 0.25, 0.5, 1.0):
            wd = {**m, "bias": m["bias"] - d}
            sh = kept & (half == h) & np.array([stance.combined(e, wd) >= stance.SHOW for e in ev])
            tp = float((sh & (y == 1)).sum())
            line.append(f"{d:+.2f}: P {tp / max(1, sh.sum()):.3f} R {tp / y[half == h].sum():.3f}")
        print(f"   {name}: " + "; ".join(line))


if __name__ == "__main__":
    main()

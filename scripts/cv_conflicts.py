"""Choose the conflict detector's features and operating point by grouped cross-validation
inside the FNC-1 calibration half (CRC32 of the Body ID even), never on the scored half.

Each fold holds out one fifth of the calibration half's bodies (grouped by Body ID, so no
body is on both sides); on the other four fifths the logistic part is fitted and the
operating point chosen exactly as ``scripts/fit_conflicts.py`` does (the most precise
threshold of the whole decision, ``resolve.stance.combined``, with recall at least
``--min-recall``), then applied to the held-out fifth. Precision and recall are summed over
the folds, for several shuffles of the bodies into folds (mean and spread printed).

``--group topic`` holds out whole topics instead of bodies: FNC-1 pairs many bodies with
headlines of one claim (the third breast, the Crabzilla photo), so a body-grouped fold still
trains on the held-out claim's other bodies and rewards evidence peculiar to that claim. A
story brings claims FNC-1 never had; topic grouping estimates that case. (The scored half
is split by body too: 46 of the 71 topics of the whole dev set, holding 366 of its 379
disagree pairs, have bodies in both halves, so neither it nor body-grouped folds test new
claims.) A topic is a connected component of headlines and bodies over the pairs kept as
related (similarity at least ``fnc:rel``, no label read), in the whole calibration half.

``--l2`` sets the fit's regulariser (``fit_conflicts.fit``, .01 shipped); ``--per-shuffle FILE``
writes each shuffle's precision and recall (one JSON line each): the folds of a shuffle depend
only on the shuffle's number and the groups, so two runs (two feature sets, two regularisers)
are compared pair by pair over the same folds (``paired``), which is how candidates have been
judged since round eight.

Run: python scripts/cv_conflicts.py --cache FILE [--min-recall 0.35] [--shuffles 10]
      [--group body|topic] [--drop FEATURE ...] [--add FEATURE ...]   (FEATURE: a key of stance.evidence)
      [--l2 0.01] [--per-shuffle FILE] [--paired-with FILE]
"""

from __future__ import annotations

import argparse
import functools
import json
import pickle
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import conflicts as bench  # noqa: E402
from fit_conflicts import fit  # noqa: E402


def _conf(prior, z, t):
    """The whole decision before its cap, at threshold ``t``: ``combined()`` is
    1 - (1 - prior) * (1 - sigmoid(z - logit t)) unless capped (never shown)."""
    p = 1 / (1 + np.exp(-(z - np.log(t / (1 - t)))))
    return 1 - (1 - prior) * (1 - p)


def _shown(prior, z, capped, t):
    return (~capped) & (_conf(prior, z, t) >= 0.5)


def parser(doc: str) -> argparse.ArgumentParser:
    """The options this script and ``scripts/prior_conflicts.py`` share."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--data", type=Path, default=bench.SHARED / "bench" / "fnc1")
    ap.add_argument("--cache", type=Path, default=None, help="bench/conflicts.py's per-pair cache, reused when present")
    ap.add_argument("--min-recall", type=float, default=0.35)
    ap.add_argument("--shuffles", type=int, default=10)
    return ap


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def folds(body, shuffle: int, n: int) -> np.ndarray:
    """Each group's fold in one shuffle (a Body ID or a topic: no group on both sides)."""
    return np.array([zlib.crc32(f"{shuffle}:{b}".encode()) % n for b in body])


def best_threshold(p_tr, shown_at, y_tr, n_pos, min_recall):
    """The most precise threshold among the quantiles of the training posteriors ``p_tr``
    whose recall (of ``n_pos`` positives) is at least ``min_recall``: ``(t, precision)``,
    or None when none reaches it; ``shown_at(t)`` is the training pairs shown at ``t``."""
    best = None
    for t in np.unique(np.round(np.quantile(p_tr, np.linspace(0.5, 0.999, 250)), 4)):
        if not 0 < t < 1:
            continue
        shown = shown_at(t)
        if shown.any() and (y_tr[shown].sum() / n_pos) >= min_recall:
            prec = y_tr[shown].mean()
            if best is None or prec > best[1]:
                best = (t, prec)
    return best


@dataclass
class Calibration:
    """The calibration half's pairs as the folds read them: ``pairs`` and ``rows`` (the bench's
    per-pair rows, with evidence), ``kept`` (the indices of the pairs kept as related,
    similarity at least ``rel``) and, one entry per kept pair, ``y`` (disagree), ``related``
    (gold not unrelated), ``x`` (the features), ``prior`` and ``capped`` (never shown, even
    when sure)."""

    pairs: list
    rows: list
    rel: float
    kept: list[int]
    y: np.ndarray
    related: np.ndarray
    x: np.ndarray
    prior: np.ndarray
    capped: np.ndarray


def calibration(data: Path, cache: Path | None, feats) -> Calibration:
    """Load the calibration half (CRC32 of the Body ID even): ``cache`` (bench/conflicts.py's
    per-pair cache of the whole set or of the half) when it exists, else the features computed."""
    from storyline.resolve import stance

    bodies, pairs = bench.load(data, None)
    keep = [i for i, (_, b, _) in enumerate(pairs) if bench._half(b) == 0]
    if cache and cache.exists():
        rows = pickle.loads(cache.read_bytes())
        rows = [rows[i] for i in keep] if len(rows) != len(keep) else rows
    else:
        rows = None
    pairs = [pairs[i] for i in keep]
    bodies = {b: bodies[b] for _, b, _ in pairs}
    if rows is None:
        rows = bench.features(bodies, pairs, log)
    bench.evidence_rows(bodies, pairs, rows, log)
    rel = stance.model()["fnc:rel"]
    kept = [i for i, r in enumerate(rows) if r["sim"] >= rel]  # the pairs kept as related
    gold = np.array([pairs[i][2] for i in kept])
    ev_rows = [rows[i]["evidence"] for i in kept]
    return Calibration(
        pairs=pairs, rows=rows, rel=rel, kept=kept, y=(gold == "disagree").astype(float), related=gold != "unrelated",
        x=np.array([[ev[k] for k in feats] for ev in ev_rows]),
        prior=np.array([stance.prior(ev) for ev in ev_rows]),
        capped=np.array([stance.combined(ev, {"bias": 30.0}) < stance.SHOW for ev in ev_rows]),
    )


def fold_decision(c: Calibration, tr, lost: float, min_recall: float, l2: float = 1e-2):
    """Fit on the training pairs ``tr`` (their related ones) and choose the operating point
    there: ``(z, t)``, the fitted score of every kept pair and the threshold (None when no
    threshold reaches ``min_recall``; ``lost`` disagree pairs dropped by relatedness count as
    missed, in proportion to the training share)."""
    w, mu, sd, b = fit(c.x[tr & c.related], c.y[tr & c.related], l2=l2)
    z = ((c.x - mu) / sd) @ w + b
    n_pos = c.y[tr].sum() + lost * tr.mean()
    p_tr = 1 / (1 + np.exp(-z[tr & c.related]))
    best = best_threshold(p_tr, functools.partial(_shown, c.prior[tr], z[tr], c.capped[tr]), c.y[tr], n_pos, min_recall)
    return z, (None if best is None else best[0])


def paired(base: list[tuple[float, float]], cand: list[tuple[float, float]]) -> tuple[float, float, int]:
    """Candidate against base over the same shuffles (``(precision, recall)`` per shuffle):
    the mean and spread of the precision differences and the shuffles where it is higher."""
    if len(base) != len(cand) or not base:
        raise ValueError("paired runs need the same, non-zero number of shuffles")
    d = np.array([c[0] - b[0] for b, c in zip(base, cand)])
    return float(d.mean()), float(d.std()), int((d > 0).sum())


def topics(pairs, rows, rel: float) -> dict[int, str]:
    """Each body's topic: the connected component of headlines and bodies joined by the
    pairs whose similarity reaches the relatedness threshold ``rel`` (labels unread)."""
    from storyline.resolve.unionfind import UnionFind

    sets: UnionFind[tuple[str, object]] = UnionFind()
    for (h, b, _), r in zip(pairs, rows):
        if r["sim"] >= rel:
            sets.union(("h", h), ("b", b))
    return {b: str(sets.find(("b", b))) for _, b, _ in pairs}


def main() -> None:
    ap = parser(__doc__)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--group", choices=["body", "topic"], default="body",
                    help="hold out whole bodies (default) or whole topics (see above)")
    ap.add_argument("--drop", nargs="*", default=[])
    ap.add_argument("--add", nargs="*", default=[])
    ap.add_argument("--l2", type=float, default=1e-2, help="the fit's L2 regulariser (shipped: .01)")
    ap.add_argument("--per-shuffle", type=Path, default=None,
                    help="write each shuffle's precision and recall here, one JSON line each (see paired)")
    ap.add_argument("--paired-with", type=Path, default=None,
                    help="a --per-shuffle file of an earlier run (same shuffles and grouping): print the paired difference")
    args = ap.parse_args()
    from storyline.resolve import stance

    feats = [f for f in stance.FEATURES if f not in args.drop] + args.add
    c = calibration(args.data, args.cache, feats)
    pairs, kept, y, prior, capped = c.pairs, c.kept, c.y, c.prior, c.capped
    lost = sum(g == "disagree" for _, _, g in pairs) - int(y.sum())  # disagree pairs the relatedness threshold drops
    if args.group == "topic":
        topic = topics(pairs, c.rows, c.rel)
        body = np.array([topic[pairs[i][1]] for i in kept])
    else:
        body = np.array([pairs[i][1] for i in kept])
    results = []
    for s in range(args.shuffles):
        fold = folds(body, s, args.folds)
        tp = fp = fn = 0
        for k in range(args.folds):
            tr, te = fold != k, fold == k
            z, t = fold_decision(c, tr, lost, args.min_recall, l2=args.l2)
            if t is None:
                fn += int(y[te].sum())
                continue
            shown = _shown(prior[te], z[te], capped[te], t)
            tp += int(y[te][shown].sum())
            fp += int((1 - y[te][shown]).sum())
            fn += int(y[te][~shown].sum())
        fn += lost
        results.append((tp / max(1, tp + fp), tp / max(1, tp + fn)))
    if args.per_shuffle:
        args.per_shuffle.write_text("".join(json.dumps({"shuffle": s, "precision": p, "recall": r}) + "\n"
                                            for s, (p, r) in enumerate(results)), encoding="utf-8")
    p, r = np.array(results).T
    print(f"features {feats}, L2 {args.l2}, min recall {args.min_recall}: precision {p.mean():.3f} ± {p.std():.3f}, "
          f"recall {r.mean():.3f} ± {r.std():.3f} ({args.shuffles} shuffles x {args.folds} folds grouped by {args.group}, "
          f"{len(set(body))} groups, calibration half only)")
    if args.paired_with:
        base = [(float(d["precision"]), float(d["recall"])) for d in map(json.loads, args.paired_with.read_text().splitlines())]
        dp, spread, better = paired(base, results)
        print(f"paired with {args.paired_with}: precision {dp:+.3f} ± {spread:.3f}, higher in {better} of {len(results)} shuffles")


if __name__ == "__main__":
    main()

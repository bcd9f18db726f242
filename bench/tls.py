"""Timeline summarisation on Timeline17 (tilse scorer), ours beside SDF-TLS in the same run.

    python bench/tls.py [--data DIR] [--limit N] [--topics a,b] [--cache DIR]

DIR holds topic folders ``<topic>/InputDocs/<YYYY-MM-DD>/*.txt`` (one sentence per
line; the folder name is the publication date, passed in as the document date) and
``<topic>/timelines/*.txt`` (gold, tilse format), plus ``peers/sdf-tls/`` (SDF-TLS
timelines, mapped to topic folders by outlet key). For each gold timeline we ask
``storyline.render.timeline.write_timeline`` for as many dates as the gold has and
round(sentences / dates) sentences per date, within the gold's first and last dates
(``--span gold``, tilse's protocol: its models take start and end from the reference, and
the SDF-TLS peer timelines all lie within the gold spans; ``--span none`` passes no
bounds), and score ours and the peers with
tilse's alignment ROUGE (many-to-one date-content alignment, tilse's Python ROUGE
reimplementation, stemmed, stopwords removed) and tilse's date F1.

``--limit N`` analyses at most N input documents per topic, spread evenly over the
dates (the whole set is ~2,200 documents, too slow for 2 shared cores); say what ran.
``--cache DIR`` keeps each document's sentences and time expressions (pickled, keyed by
the document's text, date and ANALYSIS_VERSION plus a hash of the parse/timex source),
so a rerun that only changes the selection scores in minutes instead of re-parsing.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import pickle
import sys
import time
from pathlib import Path

from t17 import topic_docs

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/bench/timeline17"
# topic folder -> the key of the peer's file name (TL17_<variant>_<key>.txt)
PEER_KEYS = {
    "bpoil_bbc": "bpoil_bbc",
    "bpoil_foxnews": "bpoil_foxnews",
    "bpoil_guardian": "bpoil_guardian",
    "bpoil_reuters": "bpoil_rbpoil",
    "bpoil_washingtonpost": "bpoil_washingtonpost",
    "H1N1_bbc": "h1n1_influenza_A_h1n1_scotland_bbc",
    "H1N1_guardian": "h1n1_swine_flu_guardian",
    "H1N1_reuters": "h1n1_h1n1_reuters",
    "haiti_bbc": "haiti_bbc",
}


def load_docs(topic: Path, limit: int | None) -> list[tuple[str, str, str]]:
    return topic_docs(topic, limit)


def _code_key() -> str:
    """ANALYSIS_VERSION plus a hash of the code this bench runs per document: a change to
    the timex or parse code (which ANALYSIS_VERSION may not yet record) misses the cache."""
    import storyline
    from storyline.pipeline import ANALYSIS_VERSION

    root = Path(storyline.__file__).parent
    h = hashlib.sha1(ANALYSIS_VERSION.encode())
    for f in sorted([*(root / "analyse").glob("*.py"), root / "timenorm.py", root / "types.py", root / "schema.py"]):
        if f.exists():
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def analyse(docs, nlp, cache: Path | None = None):
    from storyline import schema
    from storyline.analyse import parse, timex
    from storyline.types import DocAnalysis

    code = _code_key() if cache else ""

    def key(doc_id, date, text):
        return hashlib.sha1(f"{code}\0{doc_id}\0{date}\0{text}".encode()).hexdigest()

    analyses: list = [None] * len(docs)
    todo = []
    for i, (doc_id, date, text) in enumerate(docs):
        f = cache / f"{key(doc_id, date, text)}.pkl" if cache else None
        if f is not None and f.exists():
            with open(f, "rb") as fh:
                analyses[i] = pickle.load(fh)
        else:
            todo.append(i)
    texts = [docs[i][2] for i in todo]
    for i, sdoc in zip(todo, nlp().pipe(texts, batch_size=16) if todo else []):
        doc_id, date, text = docs[i]
        d = schema.Document(id=doc_id, text=text, published=schema.Published(value=date, source="metadata"))
        a = DocAnalysis(version="bench", document=d)
        a.sentences = parse.sentences(sdoc, [])
        a.timexes = timex.extract(sdoc, a)
        analyses[i] = a
        if cache is not None:
            cache.mkdir(parents=True, exist_ok=True)
            tmp = cache / f".{key(doc_id, date, text)}.tmp"
            with open(tmp, "wb") as fh:
                pickle.dump(a, fh)
            tmp.replace(cache / f"{key(doc_id, date, text)}.pkl")
    return analyses


def tilse_timeline(path_or_dict):
    from tilse.data.timelines import Timeline

    if isinstance(path_or_dict, Path):
        with open(path_or_dict, encoding="utf-8", errors="replace") as f:
            return Timeline.from_file(f)
    return Timeline({dt.date.fromisoformat(k): v for k, v in path_or_dict.items()})


def score(evaluator, pred, gold) -> dict:
    from tilse.data.timelines import GroundTruth
    from tilse.evaluation import dates as tdates

    gt = GroundTruth([gold])
    ar = evaluator.evaluate_align_date_content_costs_many_to_one(pred, gt)
    d = tdates.evaluate_dates(pred, gt)
    return {"AR1": ar["rouge_1"]["f_score"], "AR2": ar["rouge_2"]["f_score"], "dateF1": d["f_score"]}


def parse_tl_text(text: str) -> dict[str, list[str]]:
    out, date, sents = {}, None, []
    for line in text.splitlines():
        line = line.strip()
        if line == "-" * 32:
            if date:
                out[date] = sents
            date, sents = None, []
        elif len(line) == 10 and line[4] == "-" and line[7] == "-":
            date = line
        elif line:
            sents.append(line)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=60, help="input documents per topic (0 = all)")
    ap.add_argument("--topics", default="", help="comma-separated topic folders (default: all)")
    ap.add_argument("--span", choices=("gold", "none"), default="gold", help="bound our timeline by the gold's first and last dates (the TLS protocol)")
    ap.add_argument("--cache", type=Path, default=None, help="keep per-document analyses here (pickles) and reuse them")
    args = ap.parse_args(argv)

    from tilse.evaluation import rouge

    from storyline.analyse.nlp import load
    from storyline.render.timeline import write_timeline

    nlp_cache: list = []

    def nlp():  # loaded only when a document is not in the cache
        if not nlp_cache:
            nlp_cache.append(load())
        return nlp_cache[0]

    evaluator = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation="reimpl")
    peers_dir = args.data / "peers" / "sdf-tls"
    variants = sorted(p.name for p in peers_dir.iterdir() if p.is_dir()) if peers_dir.exists() else []
    topics = sorted(p for p in args.data.iterdir() if (p / "InputDocs").is_dir())
    if args.topics:
        keep = set(args.topics.split(","))
        topics = [t for t in topics if t.name in keep]
    rows = []
    t0 = time.time()
    n_docs = 0
    for topic in topics:
        docs = load_docs(topic, args.limit or None)
        n_docs += len(docs)
        analyses = analyse(docs, nlp, args.cache)
        for gold_path in sorted((topic / "timelines").glob("*.txt")):
            gold = tilse_timeline(gold_path)
            n_dates = len(gold.get_dates())
            n_sents = sum(len(gold[d]) for d in gold.get_dates())
            per_date = max(1, round(n_sents / max(1, n_dates)))
            gold_days = sorted(gold.get_dates())
            bounds = (str(gold_days[0]), str(gold_days[-1])) if args.span == "gold" else (None, None)
            ours_text = write_timeline(analyses, n_dates, per_date, *bounds)
            ours = parse_tl_text(ours_text)
            row = {"topic": f"{topic.name}/{gold_path.stem}", "dates": n_dates, "per_date": per_date, "docs": len(docs)}
            row["ours"] = score(evaluator, tilse_timeline(ours), gold) if ours else {"AR1": 0.0, "AR2": 0.0, "dateF1": 0.0}
            key = PEER_KEYS.get(topic.name)
            for v in variants:
                p = peers_dir / v / f"{v}_{key}.txt"
                if key and p.exists():
                    row[f"sdf-tls/{v}"] = score(evaluator, tilse_timeline(p), gold)
            rows.append(row)
            print(f"{row['topic']:<38} docs {len(docs):>4}  ours AR1 {row['ours']['AR1']:.3f} AR2 {row['ours']['AR2']:.3f} dF1 {row['ours']['dateF1']:.3f}", file=sys.stderr)
    systems = ["ours"] + [f"sdf-tls/{v}" for v in variants]
    mean = {}
    for s in systems:
        rs = [r[s] for r in rows if s in r]
        if rs:
            mean[s] = {m: round(sum(r[m] for r in rs) / len(rs), 4) for m in ("AR1", "AR2", "dateF1")} | {"timelines": len(rs)}
    print(f"\nTimeline17 ({len(rows)} timelines, {n_docs} input documents analysed, --limit {args.limit}, --span {args.span}; {time.time() - t0:.0f}s)")
    print(f"{'system':<24} {'AR1-F':>7} {'AR2-F':>7} {'date F1':>8} {'timelines':>10}")
    for s, m in mean.items():
        print(f"{s:<24} {m['AR1']:>7.3f} {m['AR2']:>7.3f} {m['dateF1']:>8.3f} {m['timelines']:>10}")
    print(json.dumps({"benchmark": "tls", "ours": mean.get("ours", {}), "baselines": {k: v for k, v in mean.items() if k != "ours"},
                      "limit": args.limit, "span": args.span, "docs": n_docs, "scorer": "tilse 0.2.1 align+ m:1, ROUGE reimpl"}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Throughput, growth, memory, parallel speed-up and incremental cost of storyline.

Every figure is a ratio against a baseline measured in the same run on the same
machine, never an absolute time to compare across runs:

- throughput: our per-document stage (clean + parse + extract) against spaCy's
  pipeline alone on the same texts, with a breakdown per step;
- growth: corpus-stage time for n, 2n and 4n documents (aim: 4x the documents in
  under 5x the time);
- memory: peak RSS of a streamed build of n and 4n documents (aim: roughly flat);
- parallel: --workers 2 and Ray local with 2 workers against 1 worker;
- incremental: adding 10 documents to a stored corpus against a rebuild.

Data: timeline17 InputDocs (``<topic>/InputDocs/<date>/*.txt``), distinct texts only.

    python bench/perf.py [--data DIR] [--sizes 500,1000,2000] [--skip ray,memory]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from t17 import detok

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "timeline17"


def load_docs(data: Path, limit: int | None = None) -> list[dict]:
    """Distinct non-empty InputDocs as JSONL-style records with their folder date."""
    seen, docs = set(), []
    for path in sorted(data.glob("*/InputDocs/*/*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        text = "\n\n".join(detok(line) for line in raw.splitlines() if line.strip())
        key = hashlib.sha1(text.encode()).hexdigest()
        if len(text) < 200 or key in seen:
            continue
        seen.add(key)
        docs.append({"text": text, "date": path.parent.name, "id": f"{path.parts[-4]}/{path.parent.name}/{path.name}"})
        if limit and len(docs) >= limit:
            break
    return docs


def write_jsonl(docs: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def throughput(docs: list[dict]) -> dict:
    """Seconds per step of our per-document stage, and of spaCy alone, same texts."""
    from storyline import pipeline
    from storyline.analyse import nlp as a_nlp
    from storyline.analyse import parse
    from storyline.clean import clean_record
    from storyline.types import DocAnalysis, Record

    nlp = a_nlp.load()
    nlp("Warm up the pipeline once.")
    texts = [d["text"] for d in docs]
    t0 = time.perf_counter()
    for t in texts:
        nlp(t)
    spacy_alone = time.perf_counter() - t0

    steps = {"clean": 0.0, "parse": 0.0, "minhash": 0.0, **{name: 0.0 for name, _ in pipeline.STEPS}}
    for d in docs:
        t = time.perf_counter()
        document = clean_record(Record(source=d["id"], text=d["text"], date=d["date"]))
        steps["clean"] += time.perf_counter() - t
        analysis = DocAnalysis(version=pipeline.ANALYSIS_VERSION, document=document)
        t = time.perf_counter()
        analysis.minhash = parse.minhash(document.text)
        steps["minhash"] += time.perf_counter() - t
        t = time.perf_counter()
        sdoc = nlp(document.text)
        analysis.sentences = parse.sentences(sdoc, document.headings)
        steps["parse"] += time.perf_counter() - t
        for name, step in pipeline.STEPS:
            t = time.perf_counter()
            result = step(sdoc, analysis)
            steps[name] += time.perf_counter() - t
            if name == "entities":
                analysis.mentions, analysis.descriptions = result
            else:
                setattr(analysis, name, result)
    ours = sum(steps.values())
    return {"docs": len(docs), "spacy_s": spacy_alone, "ours_s": ours, "ratio": ours / spacy_alone, "steps": steps}


def _build(inputs: list[Path], out: Path, *extra: str) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of a `storyline build` in a child process."""
    code = (
        "import resource, sys, time; from storyline.cli import app; t=time.perf_counter();\n"
        "try:\n app(sys.argv[1:])\nexcept SystemExit as e:\n  rc = e.code\n"
        "print('PERF', time.perf_counter()-t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)"
    )
    args = [sys.executable, "-c", code, "build", *map(str, inputs), "--out", str(out), *extra]
    proc = subprocess.run(args, capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    line = [ln for ln in proc.stderr.splitlines() if ln.startswith("PERF")]
    if not line:
        raise RuntimeError(proc.stderr[-2000:])
    _, secs, rss = line[-1].split()
    return float(secs), int(rss)


def corpus_stage_time(store_path: Path) -> float:
    from storyline import pipeline
    from storyline.embed import Embedder
    from storyline.store import Store

    with Store(store_path) as store:
        analyses = list(store.analyses())
        cache = store.embedding_cache()
        t = time.perf_counter()
        pipeline.build_story(analyses, {}, embedder=Embedder(cache=cache))
        elapsed = time.perf_counter() - t
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--sizes", default="500,1000,2000", help="corpus sizes n,2n,4n for growth and memory")
    ap.add_argument("--throughput-docs", type=int, default=300)
    ap.add_argument("--skip", default="", help="comma list of: throughput,growth,memory,parallel,ray,incremental")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    sizes = [int(s) for s in args.sizes.split(",")]
    docs = load_docs(args.data, max(sizes + [args.throughput_docs]))
    print(f"{len(docs)} distinct documents from {args.data}")
    tmp = Path(tempfile.mkdtemp(prefix="storyline-perf-"))
    result: dict = {"benchmark": "perf", "ours": {}, "baselines": {}}

    if "throughput" not in skip:
        tp = throughput(docs[: args.throughput_docs])
        print(f"\n## Throughput ({tp['docs']} documents, one process)")
        print(f"{'step':<12}{'seconds':>10}{'docs/s':>10}")
        for name, secs in tp["steps"].items():
            print(f"{name:<12}{secs:>10.2f}{tp['docs'] / max(secs, 1e-9):>10.1f}")
        print(f"{'ours total':<12}{tp['ours_s']:>10.2f}{tp['docs'] / tp['ours_s']:>10.1f}")
        print(f"{'spaCy alone':<12}{tp['spacy_s']:>10.2f}{tp['docs'] / tp['spacy_s']:>10.1f}")
        print(f"ratio ours / spaCy alone: {tp['ratio']:.2f}x (aim: within 2x)")
        result["ours"]["throughput_ratio_vs_spacy"] = round(tp["ratio"], 3)
        result["ours"]["docs_per_s"] = round(tp["docs"] / tp["ours_s"], 2)
        result["baselines"]["spacy_docs_per_s"] = round(tp["docs"] / tp["spacy_s"], 2)

    stores = {}
    if not {"growth", "memory"} <= skip:
        print("\n## Growth and memory (streamed builds, one worker)")
        print(f"{'docs':>6}{'build s':>10}{'peak RSS MiB':>14}{'corpus stage s':>16}")
        rows = []
        for n in sizes:
            inp = write_jsonl(docs[:n], tmp / f"docs-{n}.jsonl")
            secs, rss = _build([inp], tmp / f"out-{n}")
            stores[n] = tmp / f"out-{n}" / "story.db"
            corpus = corpus_stage_time(stores[n])
            rows.append((n, secs, rss, corpus))
            print(f"{n:>6}{secs:>10.1f}{rss / 1024:>14.0f}{corpus:>16.2f}")
        (n0, _, rss0, c0), (n1, _, rss1, c1) = rows[0], rows[-1]
        growth = c1 / max(c0, 1e-9)
        print(f"corpus stage: {n1 / n0:.0f}x the documents in {growth:.2f}x the time (aim: under 5x for 4x)")
        print(f"peak RSS: {rss1 / max(rss0, 1):.2f}x from {n0} to {n1} documents (aim: roughly flat)")
        result["ours"]["corpus_growth_time_ratio"] = round(growth, 3)
        result["ours"]["memory_ratio"] = round(rss1 / max(rss0, 1), 3)

    if "parallel" not in skip:
        n = sizes[0]
        inp = write_jsonl(docs[:n], tmp / "par.jsonl")
        print(f"\n## Parallel ({n} documents)")
        one, _ = _build([inp], tmp / "p1")
        two, _ = _build([inp], tmp / "p2", "--workers", "2")
        print(f"1 worker {one:.1f}s; --workers 2 {two:.1f}s: speed-up {one / two:.2f}x")
        result["ours"]["speedup_workers2"] = round(one / two, 3)
        if "ray" not in skip:
            ray2, _ = _build([inp], tmp / "pr", "--ray", "local", "--workers", "2")
            print(f"Ray local, 2 workers {ray2:.1f}s: speed-up {one / ray2:.2f}x")
            result["ours"]["speedup_ray2"] = round(one / ray2, 3)
        result["baselines"]["one_worker_s"] = round(one, 2)

    if "incremental" not in skip and stores:
        n = max(stores)
        base = docs[:n]
        extra = docs[n : n + 10] if len(docs) > n + 10 else docs[:10]
        inp = write_jsonl(base, tmp / "inc-base.jsonl")
        add = write_jsonl(extra, tmp / "inc-add.jsonl")
        print(f"\n## Incremental (10 documents added to {n})")
        out = tmp / f"out-{n}"
        added, _ = _build([inp, add], out)
        rebuild, _ = _build([inp, add], tmp / "rebuild")
        print(f"add 10 to a store of {n}: {added:.1f}s; rebuild of {n + 10}: {rebuild:.1f}s; ratio {added / rebuild:.3f}")
        result["ours"]["incremental_vs_rebuild"] = round(added / rebuild, 4)

    print(json.dumps(result))


if __name__ == "__main__":
    main()

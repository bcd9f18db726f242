"""Throughput, growth, memory, parallel speed-up and incremental cost of storyline.

Every figure is a ratio against a baseline measured in the same run on the same
machine, never an absolute time to compare across runs:

- throughput: our per-document stage (clean + parse + extract) against spaCy's
  pipeline alone on the same texts, with a breakdown per step;
- growth and memory, as one chain of builds into one store (``--chain``, default
  500,1000,2000,4000 documents): each step streams the new documents through the
  per-document stage (--workers 2) and reruns the corpus stage over the whole store.
  Per step: per-document time, corpus-stage time, and peak RSS of each phase (the
  high-water mark is reset between phases), and of the worker processes.
  Aims: corpus stage for 4x the documents (500 -> 2,000) in under 5x the time; the
  streamed per-document stage's memory roughly flat;
- incremental: adding 10 documents to the largest store of the chain, against a
  fresh rebuild of the same documents (same run, same --workers);
- parallel: --workers 2 and Ray local with 2 workers against 1 worker.

Data: timeline17 InputDocs (``<topic>/InputDocs/<date>/*.txt``), distinct texts only;
when the chain needs more documents than it holds, the other news texts in the
shared bench folder (PolNeAR, FNC-1 bodies, TempEval-3) follow, distinct too.

    python bench/perf.py [--data DIR] [--chain 500,1000,2000,4000] [--skip ray,rebuild]
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


def load_docs(data: Path, limit: int | None = None, seen: set[str] | None = None) -> list[dict]:
    """Distinct non-empty InputDocs as JSONL-style records with their folder date."""
    seen = set() if seen is None else seen
    docs = []
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


def load_more(bench: Path, seen: set[str]) -> list[dict]:
    """Other news texts from the shared bench folder, for a store larger than Timeline17."""
    import csv
    import re

    docs: list[dict] = []

    def add(text: str, doc_id: str, date: str | None = None) -> None:
        text = text.strip()
        key = hashlib.sha1(text.encode()).hexdigest()
        if len(text) >= 200 and key not in seen:
            seen.add(key)
            docs.append({"text": text, "date": date, "id": doc_id})

    for path in sorted(bench.glob("polnear/*/text/*.txt")):
        m = re.search(r"_(\d{4}-\d{2}-\d{2})_", path.name)
        add(path.read_text(encoding="utf-8", errors="replace"), f"polnear/{path.name}", m and m.group(1))
    bodies = bench / "fnc1" / "dev_bodies.csv"
    if bodies.exists():
        csv.field_size_limit(10**8)
        with open(bodies, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                add(row["articleBody"], f"fnc1/{row['Body ID']}")
    for path in sorted(bench.glob("tempeval3-train/*/*.tml")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        add(re.sub(r"<[^>]+>", "", body.group(1) if body else raw), f"tempeval3/{path.name}")
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
    from storyline import embed

    embed.encode(["Load the embedding model before the timing."])
    texts = [d["text"] for d in docs]
    # wall time and this process's CPU time (time.process_time): on a machine shared
    # with other jobs the CPU time of both sides gives the fairer ratio
    t0, c0 = time.perf_counter(), time.process_time()
    for t in texts:
        nlp(t)
    spacy_alone, spacy_cpu = time.perf_counter() - t0, time.process_time() - c0

    names = ["clean", "parse", "minhash", *(name for name, _ in pipeline.STEPS)]
    steps = dict.fromkeys(names, 0.0)
    cpu = dict.fromkeys(names, 0.0)

    def timed(name: str, fn, *args):
        t, c = time.perf_counter(), time.process_time()
        out = fn(*args)
        steps[name] += time.perf_counter() - t
        cpu[name] += time.process_time() - c
        return out

    for d in docs:
        document = timed("clean", clean_record, Record(source=d["id"], text=d["text"], date=d["date"]))
        analysis = DocAnalysis(version=pipeline.ANALYSIS_VERSION, document=document)
        analysis.minhash = timed("minhash", parse.minhash, document.text)

        def parsed(document=document, analysis=analysis):
            sdoc = nlp(document.text)
            analysis.sentences = parse.sentences(sdoc, document.headings)
            return sdoc

        sdoc = timed("parse", parsed)
        for name, step in pipeline.STEPS:
            pipeline.apply(name, timed(name, step, sdoc, analysis), analysis)
    ours, ours_cpu = sum(steps.values()), sum(cpu.values())
    return {"docs": len(docs), "spacy_s": spacy_alone, "ours_s": ours, "ratio": ours / spacy_alone, "steps": steps,
            "spacy_cpu_s": spacy_cpu, "ours_cpu_s": ours_cpu, "cpu_ratio": ours_cpu / spacy_cpu, "steps_cpu": cpu}


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


_PHASED = """
import json, resource, sys, time
from storyline.builder import BuildOptions, Progress, build

def hwm():
    for line in open('/proc/self/status'):
        if line.startswith('VmHWM'):
            return int(line.split()[1])

def reset():
    try:
        with open('/proc/self/clear_refs', 'w') as fh:
            fh.write('5')
    except OSError:
        pass

class Phases(Progress):
    def __init__(self):
        self.t, self.secs, self.rss = {}, {}, {}
    def start(self, name, total=None):
        reset()
        self.t[name] = time.perf_counter()
    def done(self, name):
        self.secs[name] = time.perf_counter() - self.t[name]
        self.rss[name] = hwm()

out, workers, inputs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
p = Phases()
t = time.perf_counter()
report = build(inputs, BuildOptions(out=out, workers=workers, outputs=('json',)), p)
print('PHASES', json.dumps({'secs': p.secs, 'rss_kib': p.rss, 'total': time.perf_counter() - t,
      'workers_rss_kib': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
      'documents': report.documents, 'added': report.added}), file=sys.stderr)
"""


def phased_build(inputs: list[Path], out: Path, workers: int) -> dict:
    """A build in a child process, with each phase's seconds and peak RSS (KiB).

    Only story.json is written: the Markdown and HTML renderers are not what is measured.
    """
    args = [sys.executable, "-c", _PHASED, str(out), str(workers), *map(str, inputs)]
    proc = subprocess.run(args, capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    line = [ln for ln in proc.stderr.splitlines() if ln.startswith("PHASES")]
    if not line:
        raise RuntimeError(proc.stderr[-2000:])
    return json.loads(line[-1].split(" ", 1)[1])


def corpus_growth(store_path: Path, sizes: list[int]) -> list[tuple[int, float, dict[str, float]]]:
    """Corpus-stage seconds (and per step) over the first n stored analyses (by id: a
    sample across the sources), in this process, with the embedding cache warm: the
    comparisons alone, as each build after the first pays them."""
    from storyline import embed, pipeline
    from storyline.embed import Embedder
    from storyline.store import Store

    embed.encode(["Load the embedding model before the first timing."])
    out = []
    with Store(store_path) as store:
        analyses = list(store.analyses())
        for n in sizes:
            cache = store.embedding_cache()
            steps: dict[str, float] = {}
            mark = [None, time.perf_counter()]

            def on_step(name: str, mark=mark, steps=steps) -> None:
                now = time.perf_counter()
                if mark[0]:
                    steps[mark[0]] = now - mark[1]
                mark[0], mark[1] = name, now

            t = time.perf_counter()
            pipeline.build_story(analyses[:n], {}, embedder=Embedder(cache=cache), on_step=on_step)
            steps[mark[0]] = time.perf_counter() - mark[1]
            out.append((n, time.perf_counter() - t, steps))
            cache.flush()
    return out


def chain_section(docs: list[dict], sizes: list[int], workers: int, tmp: Path, result: dict, rebuild: bool) -> None:
    """Builds into one store, step by step to each size, then 10 more, then a rebuild."""
    sizes = sorted({min(n, len(docs) - 10) for n in sizes})  # the largest as large as the data allows
    store = tmp / "chain"
    print(f"\n## Chain of builds into one store (--workers {workers}; seconds and peak RSS per phase)")
    head = f"{'docs':>6}{'added':>7}{'per-doc s':>11}{'doc/s':>7}{'corpus s':>10}{'write s':>9}{'RSS per-doc':>13}{'RSS corpus':>12}{'RSS worker':>12}"
    print(head + "   (RSS in MiB)")
    rows, have, inputs = [], 0, []
    for n in sizes + [sizes[-1] + 10]:
        inputs.append(write_jsonl(docs[have:n], tmp / f"chain-{have}-{n}.jsonl"))
        r = phased_build(inputs, store, workers)
        per_doc = r["secs"].get("analyse", 0.0)
        rows.append((n, n - have, r))
        print(f"{n:>6}{n - have:>7}{per_doc:>11.1f}{(n - have) / max(per_doc, 1e-9):>7.2f}{r['secs']['corpus stage']:>10.1f}"
              f"{r['secs']['write']:>9.1f}{r['rss_kib']['analyse'] / 1024:>13.0f}{r['rss_kib']['corpus stage'] / 1024:>12.0f}"
              f"{r['workers_rss_kib'] / 1024:>12.0f}")
        have = n
    by_n = {n: r for n, _, r in rows}
    n0, n1 = sizes[0], next((n for n in sizes if n >= 4 * sizes[0]), sizes[-1])
    growth = by_n[n1]["secs"]["corpus stage"] / max(by_n[n0]["secs"]["corpus stage"], 1e-9)
    print(f"corpus stage: {n1 / n0:.0f}x the documents ({n0} -> {n1}) in {growth:.2f}x the time (aim: under 5x for 4x)")
    streamed = [(k, r) for n, k, r in rows[:-1]]  # not the 10 added at the end
    (k0, r0), (k1, r1) = min(streamed, key=lambda x: x[0]), max(streamed, key=lambda x: x[0])
    mem = r1["rss_kib"]["analyse"] / max(r0["rss_kib"]["analyse"], 1)
    wmem = r1["workers_rss_kib"] / max(r0["workers_rss_kib"], 1)
    print(f"per-document stage, {k0} -> {k1} documents streamed: peak RSS {mem:.2f}x in the main process, {wmem:.2f}x in a worker (aim: roughly flat)")
    c0, c1 = by_n[n0]["rss_kib"]["corpus stage"], by_n[n1]["rss_kib"]["corpus stage"]
    per_k = (c1 - c0) / 1024 / max((n1 - n0) / 1000, 1e-9)
    print(f"corpus stage peak RSS: {c1 / max(c0, 1):.2f}x for {n1 / n0:.0f}x the documents, about {per_k:.0f} MiB more per 1,000 documents")
    result["ours"].update({
        "corpus_growth_time_ratio": round(growth, 3),
        "streamed_memory_ratio": round(mem, 3),
        "worker_memory_ratio": round(wmem, 3),
        "corpus_stage_memory_ratio": round(c1 / max(c0, 1), 3),
    })
    print_growth(corpus_growth(store / "story.db", sizes), result)
    last = sizes[-1]
    added = by_n[last + 10]["total"]
    print(f"\n## Incremental (10 documents added to {last})")
    line = f"add 10 to the store of {last}: {added:.1f}s (per-document {by_n[last + 10]['secs'].get('analyse', 0):.1f}s, corpus stage {by_n[last + 10]['secs']['corpus stage']:.1f}s)"
    if rebuild:
        r = phased_build(inputs, tmp / "rebuild", workers)
        line += f"; fresh rebuild of {last + 10}: {r['total']:.1f}s (per-document {r['secs'].get('analyse', 0):.1f}s); ratio {added / r['total']:.3f}"
        result["ours"]["incremental_vs_rebuild"] = round(added / r["total"], 4)
        result["baselines"]["rebuild_s"] = round(r["total"], 1)
    print(line)


def print_growth(growth_rows: list[tuple[int, float, dict[str, float]]], result: dict) -> None:
    names = list(growth_rows[-1][2])
    print("\n## Corpus stage alone, warm embedding cache (first n stored analyses, in one process)")
    print(f"{'docs':>6}{'seconds':>9}" + "".join(f"{k[:10]:>11}" for k in names))
    for n, secs, steps in growth_rows:
        print(f"{n:>6}{secs:>9.1f}" + "".join(f"{steps.get(k, 0):>11.2f}" for k in names))
    g = {n: secs for n, secs, _ in growth_rows}
    n0 = growth_rows[0][0]
    n1 = next((n for n in g if n >= 4 * n0), max(g))
    warm = g[n1] / max(g[n0], 1e-9)
    print(f"corpus stage, warm cache: {n1 / n0:.0f}x the documents ({n0} -> {n1}) in {warm:.2f}x the time (aim: under 5x for 4x)")
    result["ours"]["corpus_growth_warm_ratio"] = round(warm, 3)


def growth_only(store: Path, sizes: list[int]) -> None:
    result: dict = {"benchmark": "perf", "ours": {}, "baselines": {}}
    print_growth(corpus_growth(store, sizes), result)
    print(json.dumps(result))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--chain", default="500,1000,2000,4000", help="store sizes of the build chain (growth, memory, incremental)")
    ap.add_argument("--chain-workers", type=int, default=2)
    ap.add_argument("--parallel-docs", type=int, default=200)
    ap.add_argument("--throughput-docs", type=int, default=300)
    ap.add_argument("--skip", default="", help="comma list of: throughput,chain,rebuild,parallel,ray")
    ap.add_argument("--growth-store", type=Path, help="only time the corpus stage (warm cache) over the first "
                    "--chain sizes of the analyses in this existing story.db, and stop")
    args = ap.parse_args()
    if args.growth_store:
        growth_only(args.growth_store, [int(x) for x in args.chain.split(",")])
        return
    skip = set(filter(None, args.skip.split(",")))
    args.chain_sizes = [int(s) for s in args.chain.split(",")]
    need = max(args.chain_sizes + [args.throughput_docs, args.parallel_docs]) + 10
    seen: set[str] = set()
    docs = load_docs(args.data, need, seen)
    print(f"{len(docs)} distinct documents from {args.data}")
    if len(docs) < need and "chain" not in skip:
        more = load_more(args.data.parent, seen)[: need - len(docs)]
        docs += more
        print(f"{len(more)} more distinct news texts from {args.data.parent} (PolNeAR, FNC-1, TempEval-3)")
    tmp = Path(tempfile.mkdtemp(prefix="storyline-perf-"))
    result: dict = {"benchmark": "perf", "ours": {}, "baselines": {}}

    if "throughput" not in skip:
        tp = throughput(docs[: args.throughput_docs])
        print(f"\n## Throughput ({tp['docs']} documents, one process)")
        print(f"{'step':<12}{'seconds':>10}{'docs/s':>10}{'CPU s':>10}")
        for name, secs in tp["steps"].items():
            print(f"{name:<12}{secs:>10.2f}{tp['docs'] / max(secs, 1e-9):>10.1f}{tp['steps_cpu'][name]:>10.2f}")
        print(f"{'ours total':<12}{tp['ours_s']:>10.2f}{tp['docs'] / tp['ours_s']:>10.1f}{tp['ours_cpu_s']:>10.2f}")
        print(f"{'spaCy alone':<12}{tp['spacy_s']:>10.2f}{tp['docs'] / tp['spacy_s']:>10.1f}{tp['spacy_cpu_s']:>10.2f}")
        print(f"ratio ours / spaCy alone: {tp['ratio']:.2f}x wall, {tp['cpu_ratio']:.2f}x CPU (aim: within 2x)")
        result["ours"]["throughput_ratio_vs_spacy"] = round(tp["ratio"], 3)
        result["ours"]["throughput_cpu_ratio_vs_spacy"] = round(tp["cpu_ratio"], 3)
        result["ours"]["docs_per_s"] = round(tp["docs"] / tp["ours_s"], 2)
        result["baselines"]["spacy_docs_per_s"] = round(tp["docs"] / tp["spacy_s"], 2)

    if "chain" not in skip:
        chain_section(docs, args.chain_sizes, args.chain_workers, tmp, result, rebuild="rebuild" not in skip)

    if "parallel" not in skip:
        n = args.parallel_docs
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

    print(json.dumps(result))


if __name__ == "__main__":
    main()

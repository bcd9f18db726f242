"""Peak memory of the per-document stage against document length.

For each length (default 10k, 100k, 1M characters) one document is made by joining
distinct timeline17 input articles (paragraphs apart) and cut to that length; each
measurement runs in a fresh process and reports its peak RSS (ru_maxrss):

- ours (default options): what ``storyline build`` does with it: the --max-chars
  limit (cut at a paragraph boundary), clean, parse (long texts in pieces), extract;
- ours (--max-chars 1000000): the same with the whole document analysed;
- baselines: the process with the spaCy pipeline loaded and nothing parsed, and a
  bare spaCy pass over the whole text at once (what the stage did before pieces).

Aim: a 1,000,000-character document with default options peaks below 1.5 GiB.

    python bench/memory.py [--data DIR] [--lengths 10000,100000,1000000] [--skip-bare]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "timeline17"
AIM_MIB = 1.5 * 1024


def make_text(data: Path, n: int) -> str:
    from perf import load_docs

    parts, total = [], 0
    for d in load_docs(data, limit=5000):
        parts.append(d["text"])
        total += len(d["text"]) + 2
        if total >= n:
            break
    text = "\n\n".join(parts)
    if len(text) < n:
        raise SystemExit(f"{data}: only {len(text)} characters of articles, {n} asked")
    return text[:n]


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(data: Path, n: int, mode: str, max_chars: int) -> dict:
    """One measurement, in this (fresh) process."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from storyline.analyse import nlp as a_nlp

    text = make_text(data, n)
    nlp = a_nlp.load()
    loaded = peak_mib()
    started = time.perf_counter()
    chars = len(text)
    if mode == "loaded":
        pass
    elif mode == "bare":
        nlp.max_length = len(text) + 1
        nlp(text)
    else:
        from storyline import pipeline
        from storyline.ingest.limits import limit_record
        from storyline.types import Record

        record = limit_record(Record(source="bench", text=text), max_chars)
        del text
        analysis = pipeline.analyse_record(record, nlp)
        chars = len(analysis.document.text)
    return {"peak_mib": round(peak_mib(), 1), "loaded_mib": round(loaded, 1), "analysed_chars": chars,
            "seconds": round(time.perf_counter() - started, 1)}


def measure(data: Path, n: int, mode: str, max_chars: int = 0) -> dict:
    out = subprocess.run([sys.executable, __file__, "--data", str(data), "--child", f"{n}:{mode}:{max_chars}"],
                         capture_output=True, text=True, check=False, env={**os.environ, "PYTHONPATH": os.pathsep.join(
                             [str(ROOT / "src"), str(ROOT / "bench"), os.environ.get("PYTHONPATH", "")])})
    if out.returncode != 0:
        return {"error": (out.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--lengths", default="10000,100000,1000000")
    ap.add_argument("--skip-bare", action="store_true", help="skip the bare whole-text spaCy pass (slow, and ~4 GB at 1M)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        n, mode, max_chars = args.child.split(":")
        print(json.dumps(child(args.data, int(n), mode, int(max_chars))))
        return
    sys.path.insert(0, str(ROOT / "src"))
    from storyline.ingest.limits import DEFAULT_MAX_CHARS

    lengths = [int(x) for x in args.lengths.split(",")]
    ours, baselines = {}, {}
    loaded = measure(args.data, lengths[0], "loaded")
    baselines["pipeline loaded, nothing parsed"] = loaded
    print(f"pipeline loaded, nothing parsed: peak {loaded.get('peak_mib')} MiB")
    print(f"{'characters':>10}  {'ours default':>14}  {'ours 1M limit':>14}  {'bare spaCy':>11}")
    for n in lengths:
        ours[f"{n} default"] = d = measure(args.data, n, "ours", DEFAULT_MAX_CHARS)
        ours[f"{n} max-chars 1000000"] = w = (measure(args.data, n, "ours", 1_000_000)
                                               if n > DEFAULT_MAX_CHARS else d)
        b = {} if args.skip_bare else measure(args.data, n, "bare")
        if b:
            baselines[f"{n} bare spaCy, whole text"] = b
        print(f"{n:>10}  {d.get('peak_mib', d.get('error')):>10} MiB  {w.get('peak_mib', w.get('error')):>10} MiB  "
              f"{b.get('peak_mib', '-'):>7} MiB   (default analysed {d.get('analysed_chars')} chars in {d.get('seconds')} s; "
              f"1M limit {w.get('analysed_chars')} chars in {w.get('seconds')} s)")
    biggest = ours.get(f"{max(lengths)} default", {}).get("peak_mib")
    if biggest is not None:
        print(f"aim: {max(lengths)} characters with default options below {AIM_MIB:.0f} MiB: "
              f"{'met' if biggest < AIM_MIB else 'NOT met'} ({biggest} MiB)")
    print(json.dumps({"benchmark": "memory", "ours": ours, "baselines": baselines}))


if __name__ == "__main__":
    main()

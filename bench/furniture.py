"""List the site furniture the corpus stage's cross-document check finds (resolve/furniture.py)
on Timeline17 topics, for reading by hand.

Each topic's articles (the audit's sample: ``--n`` articles drawn with ``--seed``, or all with
``--n 0``) are cleaned and fingerprinted as the per-document stage does, then the check runs on
the documents with the shape, count and edge rules only. The story's own run also has the parse
(no sentence or quote across the line, no happening or figure read in it) and splits the pile
into stories first, so it can only find fewer lines: this list is what the check could take at
most. Nothing is fitted here; the settings are resolve/data/furniture.tsv's.

    python bench/furniture.py                 # the nine dev topics, 60 articles each
    python bench/furniture.py --n 0 --topic H1N1_guardian
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit import DEFAULT_DATA, sample_articles  # noqa: E402
from t17 import topic_docs  # noqa: E402


def cleaned(topic: Path, n: int, seed: int, cache: Path | None):
    """(article file, DocAnalysis with only the document and its MinHash), one per distinct document."""
    from storyline.analyse.parse import minhash
    from storyline.clean import clean_record
    from storyline.types import DocAnalysis, Record

    f = cache / f"{topic.name}-{n}-{seed}.pkl" if cache else None
    if f and f.exists():
        return pickle.loads(f.read_bytes())
    docs = topic_docs(topic, None, detokenise=True)
    picked = sample_articles(docs, n, seed) if n else docs
    out: dict[str, tuple[str, DocAnalysis]] = {}
    for name, _, text in picked:
        d = clean_record(Record(source=name, text=text))
        out.setdefault(d.id, (name, DocAnalysis(version="bench", document=d, minhash=minhash(d.text))))
    rows = list(out.values())
    if f:
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(pickle.dumps(rows))
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--topic", action="append", help="a topic folder (repeatable; default: every topic with InputDocs)")
    ap.add_argument("--n", type=int, default=60, help="articles per topic, as the audit draws them [60; 0 = all]")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--cache", type=Path, default=None, help="keep the cleaned documents here between runs")
    args = ap.parse_args(argv)
    from storyline.resolve import duplicates, furniture

    topics = args.topic or sorted(p.name for p in args.data.iterdir() if (p / "InputDocs").is_dir())
    total = distinct = naive = 0
    for topic in topics:
        rows = cleaned(args.data / topic, args.n, args.seed, args.cache)
        analyses = [a for _, a in rows]
        name = {a.document.id: n for n, a in rows}
        found = furniture.find(analyses, duplicates.groups(analyses, furniture.settings().related))
        lines: dict[str, list] = {}
        for doc_id, items in found.items():
            for it in items:
                lines.setdefault(furniture.normalise(it.text), []).append((name[doc_id], it))
        spans = sum(len(v) for v in found.values())
        total += spans
        distinct += len(lines)
        naive += _repeated_lines(analyses, furniture.settings().min_independent)
        print(f"== {topic}: {len(analyses)} documents, {spans} spans in {len(found)} documents, {len(lines)} distinct lines")
        for occ in sorted(lines.values(), key=lambda o: -len(o)):
            it = occ[0][1]
            print(f"  {len(occ):4d} ({it.independent} independent, {it.edge}) {it.text[:150]!r}")
            print(f"       {' '.join(n for n, _ in occ[:8])}{' ...' if len(occ) > 8 else ''}")
    print(f"total: {total} spans, {distinct} distinct lines; baseline (every line printed in "
          f">= {furniture.settings().min_independent} documents, no other rule): {naive} spans")
    print(json.dumps({"benchmark": "furniture", "ours": {"spans": total, "distinct_lines": distinct},
                      "baselines": {"repeated_lines_spans": naive}}))
    return 0


def _repeated_lines(analyses, at_least: int) -> int:
    """Spans a naive rule would take: every line whose normalised text stands in at least
    ``at_least`` documents (no shape, edge, copy or content rule)."""
    from storyline.resolve import furniture

    where: dict[str, set[str]] = {}
    count: dict[str, int] = {}
    for a in analyses:
        for s, e in furniture.units(a.document.text):
            key = furniture.normalise(a.document.text[s:e])
            where.setdefault(key, set()).add(a.document.id)
            count[key] = count.get(key, 0) + 1
    return sum(count[k] for k, docs in where.items() if len(docs) >= at_least)


if __name__ == "__main__":
    raise SystemExit(main())

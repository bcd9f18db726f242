"""How many events the story dates, on Timeline17 topics with the publication dates given.

    python bench/event_dates.py [--data DIR] [--topics a,b] [--limit N]

For each topic, N input documents (spread over the dates; ``bench/t17.topic_docs``,
PTB-detokenised) are analysed with their folder date passed as metadata, and the
story is built. Reported per topic: events, the share dated (``date.value`` set from
a time expression, with evidence), the share placed only by their first report
(``reported``), and, as a plausibility check with no gold (Timeline17 has no event
dates), the share of dated events outside the topic's publication span widened by a
year before and a month after. Baseline in the same run: "publication day", every
event dated by its first report (100% dated by construction; shown for the span check).
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from t17 import topic_docs

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/bench/timeline17"


def run_topic(topic: Path, limit: int, nlp) -> dict:
    from storyline import schema, timenorm
    from storyline.pipeline import analyse_document, build_story

    docs = topic_docs(topic, limit, detokenise=True)
    analyses = [analyse_document(schema.Document(id=name, text=text, published=schema.Published(value=date, source="metadata")), nlp)
                for name, date, text in docs]
    story = build_story(analyses)
    pubs = sorted(dt.date.fromisoformat(d) for _, d, _ in docs)
    lo, hi = pubs[0] - dt.timedelta(days=366), pubs[-1] + dt.timedelta(days=31)
    n = len(story.events)
    dated = [e for e in story.events if e.date.value]
    reported = [e for e in story.events if not e.date.value and e.date.reported]
    outside = 0
    for e in dated:
        iv = timenorm.interval(e.date.value)
        if iv is None or iv[1] < lo or iv[0] > hi:
            outside += 1
    return {"topic": topic.name, "docs": len(docs), "events": n, "dated": len(dated), "reported_only": len(reported),
            "dated_share": round(len(dated) / n, 3) if n else 0.0,
            "outside_span": outside, "outside_share": round(outside / len(dated), 3) if dated else 0.0,
            "with_evidence": sum(1 for e in dated if e.date.evidence)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--topics", default="bpoil_bbc,H1N1_reuters,haiti_bbc")
    ap.add_argument("--limit", type=int, default=40, help="input documents per topic")
    args = ap.parse_args(argv)
    from storyline.analyse.nlp import load

    nlp = load()
    t0 = time.time()
    rows = [run_topic(args.data / t, args.limit, nlp) for t in args.topics.split(",")]
    print(f"\nEvents dated, Timeline17 topics with dates given ({args.limit} docs/topic; {time.time() - t0:.0f}s)")
    print(f"{'topic':<16} {'docs':>5} {'events':>7} {'dated':>7} {'reported':>9} {'outside span':>13}")
    for r in rows:
        print(f"{r['topic']:<16} {r['docs']:>5} {r['events']:>7} {r['dated_share']:>7.1%} {r['reported_only'] / max(1, r['events']):>9.1%} {r['outside_share']:>13.1%}")
    tot = {k: sum(r[k] for r in rows) for k in ("events", "dated", "reported_only", "outside_span")}
    ours = {"dated_share": round(tot["dated"] / max(1, tot["events"]), 3), "reported_only_share": round(tot["reported_only"] / max(1, tot["events"]), 3),
            "outside_span_share": round(tot["outside_span"] / max(1, tot["dated"]), 3), **tot}
    print(f"{'all':<16} {'':>5} {tot['events']:>7} {ours['dated_share']:>7.1%} {ours['reported_only_share']:>9.1%} {ours['outside_span_share']:>13.1%}")
    print(f"{'publication day':<16} {'':>5} {tot['events']:>7} {1:>7.1%} {0:>9.1%} {0:>13.1%}  (baseline: every event at its first report)")
    print(json.dumps({"benchmark": "event_dates", "ours": ours, "baselines": {"publication_day": {"dated_share": 1.0, "outside_span_share": 0.0}}, "topics": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The conflicts a story SHOWS, on every Timeline17 dev topic and huawei-us, with hand verdicts.

    python bench/conflicts_shown.py [--out /tmp/cs] [--n 60] [--seed 13] [--keep-store] [--topics T ...]
    python bench/conflicts_shown.py --list /tmp/cs        # the list again, no rebuild
    python bench/conflicts_shown.py --exclude /tmp/iss/seed73-docs.txt ...   # leave held-out articles out

Issue 20 asks that >= 80% of the conflicts a story shows by default be real disagreements.
The held-out audits draw a handful a round; this builds the story of each dev topic the
way ``bench/audit.py`` builds an audit (``sample_articles`` of ``--n`` articles with
``--seed``, undated, ``storyline.builder.build``) plus the huawei-us corpus, and lists
every conflict with ``shown`` set, keyed as the audits key items (``audit.stable_key``
over the conflict's fields and span texts: the same key an audit sheet would print).

Verdicts are in ``bench/conflicts_shown.tsv`` (key, topic, verdict real / false /
unclear, a one-line reason in the judge's words: no article text), judged by
``bench/audits/README.md``'s conflicts rule (same quantity or claim, same referent, same
time, incompatible). The listing prints each shown conflict with its sides' spans and
context for judging, and ends with shown precision over the judged ones and the keys
still to judge. All of it is in-sample: it was read to find classes of false conflicts.

A bench, not a test: CI does not run it. With the default 60 articles a topic takes
about 2-4 minutes to build on a loaded machine (``--keep-store`` reuses the stored
analyses: only the corpus stage runs again, which is where conflicts are made).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import audit  # noqa: E402
from t17 import topic_docs  # noqa: E402

VERDICTS = HERE / "conflicts_shown.tsv"
T17 = audit.DEFAULT_DATA
HUAWEI = HERE.parent.parent / "shared/corpus/huawei-us"
DEV = ("bpoil_reuters", "bpoil_bbc", "bpoil_guardian", "bpoil_washingtonpost", "bpoil_foxnews",
       "haiti_bbc", "H1N1_guardian", "H1N1_bbc", "H1N1_reuters")


def verdicts() -> dict[str, tuple[str, str]]:
    out = {}
    if VERDICTS.exists():
        for line in VERDICTS.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            key, _topic, verdict, reason = (line.split("\t") + ["", "", ""])[:4]
            out[key] = (verdict, reason)
    return out


def excluded(path: Path | None) -> set[str]:
    """Paths (topic/date/file, relative to Timeline17) listed in ``path``: left out of every build
    (a held-out audit's articles must not be read while tuning)."""
    if path is None:
        return set()
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def build(topic: str, out: Path, n: int, seed: int, fresh: bool, skip: frozenset[str] = frozenset()) -> list[dict]:
    """The topic's story (or huawei-us's) and its conflicts as audit items (dicts)."""
    if topic == "huawei-us":
        docs = [(p.name, "", p.read_text(encoding="utf-8")) for p in sorted(HUAWEI.glob("*.txt"))]
    else:
        pool = [d for d in topic_docs(T17 / topic, None, detokenise=True) if f"{topic}/{d[0]}" not in skip]
        docs = audit.sample_articles(pool, n, seed)
    story, names = audit.build_story(docs, out / topic, with_dates=False, fresh=fresh)
    folder = {f"D{i + 1:02d}": date for i, (_, date, _) in enumerate(docs)}
    items = [asdict(it) for it in audit.Audit(story, names, folder).conflicts()]  # with context: /tmp only
    (out / f"{topic}.conflicts.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items),
                                                  encoding="utf-8")
    return items


def listing(out: Path, topics: list[str]) -> dict:
    judged = verdicts()
    counts = {"shown": 0, "possible": 0, "real": 0, "false": 0, "unclear": 0, "unjudged": 0}
    todo = []
    for topic in topics:
        path = out / f"{topic}.conflicts.jsonl"
        if not path.exists():
            print(f"## {topic}: not built", file=sys.stderr)
            continue
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        shown = [it for it in items if (it["fields"].get("other") or {}).get("shown")]
        counts["shown"] += len(shown)
        counts["possible"] += len(items) - len(shown)
        print(f"## {topic}: {len(shown)} shown, {len(items) - len(shown)} possible")
        for it in shown:
            f = it["fields"]
            v = judged.get(it["key"])
            counts[v[0] if v else "unjudged"] += 1
            if not v:
                todo.append(it["key"])
            print(f"### {it['key']} {f.get('kind')} conf {(f.get('other') or {}).get('confidence')}"
                  f" verdict: {v[0] + ' - ' + v[1] if v else '(to judge)'}")
            print(f"  {f.get('explanation')}")
            for ex in it["excerpts"]:
                print(f"  [{ex['label']} {ex['doc']}] ...{ex['before'][-160:]}<<{ex['text']}>>{ex['after'][:160]}...")
    judged_n = counts["real"] + counts["false"] + counts["unclear"]
    counts["precision"] = round(counts["real"] / judged_n, 3) if judged_n else None
    print(json.dumps(counts))
    if todo:
        print("to judge:", " ".join(todo))
    return counts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("/tmp/conflicts_shown"))
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--topics", nargs="*", default=[*DEV, "huawei-us"])
    ap.add_argument("--keep-store", action="store_true", help="reuse each topic's store (corpus stage only)")
    ap.add_argument("--list", type=Path, help="list a folder built before, no rebuild")
    ap.add_argument("--exclude", type=Path, help="file of topic/date/file paths (held-out articles) to leave out")
    args = ap.parse_args(argv)
    skip = frozenset(excluded(args.exclude))
    if args.list:
        listing(args.list, args.topics)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for topic in args.topics:
        build(topic, args.out, args.n, args.seed, fresh=not args.keep_store, skip=skip)
    listing(args.out, args.topics)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Every conflict candidate the detector weighed on a built story, with its verdict.

Reads a store a build wrote (``bench/audit.py`` leaves one at ``OUT/build/story.db``),
runs the corpus stage again on its main story's documents (no per-document analysis is
redone), and lists:

- numeric: every pair of figures of the same unit, currency and measure head (any
  subject, any time: blocked more broadly than the detector blocks), with the first rule
  that rejected it or "conflict" / "possible" (``resolve.conflicts.numeric_candidates``),
  and whether the two values cannot both hold ("x" in the first column). Pairs with
  values that can both hold are counted, not listed, unless ``--all``;
- statement: every candidate pair of quotes with the rule that rejected it or its
  confidence (``resolve.conflicts.statements(trace=...)``); pairs that are not similar or
  have no opposed predicates are counted, not listed, unless ``--all``;
- the conflicts the story holds (shown and possible).

Documents are named D01... by their line in the build's input (as the audit names them).

Run: python scripts/conflict_candidates.py OUT/build/story.db [--all] > candidates.md
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from storyline import pipeline, schema
from storyline.embed import Embedder
from storyline.resolve import conflicts
from storyline.resolve.corpus import Corpus
from storyline.store import Store


def _name(store: Store, doc: str) -> str:
    lines = sorted(int(m.group(1)) for s in store.sources(doc) if (m := re.search(r"#(\d+)$", s)))
    return f"D{lines[0]:02d}" if lines else doc[:8]


def _clip(text: str, n: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 3] + "..."


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", type=Path, help="a build's story.db")
    ap.add_argument("--all", action="store_true", help="list every candidate, not only the informative ones")
    args = ap.parse_args()
    store = Store(args.store)
    raw = store.story_json()
    if raw is None:
        raise SystemExit(f"{args.store}: no story stored (build it first)")
    docs = [d.id for d in schema.Story.model_validate_json(raw).documents]
    captured: dict[str, Corpus] = {}
    find = conflicts.find

    def keep(corpus: Corpus) -> list[schema.Conflict]:
        captured["corpus"] = corpus
        return find(corpus)

    conflicts.find = keep  # the stage's corpus, as the stage built it
    try:
        story = pipeline.build_story(store.analyses_of(docs), {}, embedder=Embedder(cache=store.embedding_cache()))
    finally:
        conflicts.find = find
    corpus = captured["corpus"]
    names = {d: _name(store, d) for d in docs}
    ents = {e.id: e.name for e in story.entities}

    def fig(f: schema.Figure) -> str:
        a = corpus.by_id[f.span.doc]
        sents = [s for s in a.sentences if s.start <= f.span.start < s.end]
        sent = a.document.text[sents[0].start : sents[0].end] if sents else f.text
        who = ents.get(f.claimant or "") or f.claimant_text or "-"
        subj = ents.get(f.subject or "") or f.subject_text or "-"
        pub = (a.document.published.value or "")[:10] if a.document.published else ""
        return (f"{names[f.span.doc]} ({pub}) '{f.text}' measure={f.measure!r} subject={subj!r} claimant={who!r} "
                f"period={f.period}/{f.period_source} :: {_clip(sent)}")

    print(f"# Conflict candidates of {args.store}\n")
    print("## Conflicts in the story\n")
    for c in story.conflicts:
        print(f"- [{'shown' if c.shown else 'possible'} {c.confidence}] {c.kind} {c.id}: {_clip(c.explanation, 600)}")
    print("\n## Numeric candidates\n")
    rows = conflicts.numeric_candidates(corpus)
    counts = Counter((why, bad) for _, _, why, bad in rows)
    # pairs a reader would call a dispute first: values that cannot both hold, from two sources
    sourced = Counter(why for fa, fb, why, bad in rows if bad and conflicts._two_sources(fa, fb))
    for (why, bad), n in sorted(counts.items(), key=lambda t: -t[1]):
        two = f"; {sourced[why]} of them from two named sources" if bad and sourced[why] else ""
        print(f"- {n} pairs: {why}{' (values cannot both hold' + two + ')' if bad else ''}")
    print(f"\nFigures: {len(corpus.story.figures)}; with a measure: {sum(1 for f in corpus.story.figures if f.measure)}; "
          f"rates per time: {sum(1 for f in corpus.story.figures if conflicts._rate(f))}, with a measure: "
          f"{sum(1 for f in corpus.story.figures if conflicts._rate(f) and f.measure)}")
    print()
    for fa, fb, why, bad in rows:
        if bad or args.all:
            print(f"- {'x' if bad else ' '} **{why}**\n  - {fig(fa)}\n  - {fig(fb)}")
    print("\n## Statement candidates\n")
    trace: list[tuple[schema.Quote, schema.Quote, str]] = []
    conflicts.statements(corpus, trace)
    quiet = ("not similar", "no opposed predicates")
    counts = Counter(why.split(";")[0] if not why.startswith(quiet) else why.split(" (")[0] for _, _, why in trace)
    for why, n in counts.most_common():
        print(f"- {n} pairs: {_clip(why, 120)}")
    print()

    def quote(q: schema.Quote) -> str:
        who = ents.get(q.speaker or "") or q.speaker_text or "-"
        a = corpus.by_id[q.span.doc]
        pub = (a.document.published.value or "")[:10] if a.document.published else ""
        return f"{names[q.span.doc]} ({pub}) {who}: {_clip(q.text)}"

    for qa, qb, why in trace:
        if args.all or not why.startswith(quiet):
            print(f"- **{why}**\n  - {quote(qa)}\n  - {quote(qb)}")


if __name__ == "__main__":
    main()

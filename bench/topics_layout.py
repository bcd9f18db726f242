"""What the copy layouts (bench/polnear_topics.py, bench/tempeval_topics.py, bench/meantime_topics.py) share: the
refusal to write inside the repository, the writing of one file per article by day, and the command line around
their ``lay_out``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def outside_repository(out: Path, corpus: str) -> Path:
    """``out`` resolved; ValueError when it lies inside the repository (no third-party text may
    be copied into the project)."""
    out = out.resolve()
    if out == ROOT or ROOT in out.parents:
        raise ValueError(f"{out}: inside the repository; {corpus}'s text must not be copied into the project")
    return out


def main(lay_out: Callable[[Path, Path], dict[str, int]], description: str, default_data: Path, data_help: str,
         argv: list[str] | None = None, extra: dict | None = None) -> int:
    """``--data``/``--out``, then ``lay_out(data, out)``: one line per topic and a JSON line of the
    counts (with ``extra``); an unreadable input is an error naming it, exit 2."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--data", type=Path, default=default_data, help=data_help)
    ap.add_argument("--out", type=Path, required=True, help="where the topic folders go (outside the repository)")
    args = ap.parse_args(argv)
    try:
        counts = lay_out(args.data, args.out)
    except (OSError, ValueError) as e:
        print(e, file=sys.stderr)
        return 2
    for topic, n in sorted(counts.items()):
        print(f"{args.out / topic}: {n} articles")
    print(json.dumps({"topics": counts, **(extra or {})}))
    return 0


def write_article(out: Path, topic: str, day: str, docid: str, text: str) -> Path:
    """``<out>/<topic>/InputDocs/<day>/<docid>.txt`` written (``out`` already checked to lie
    outside the repository)."""
    dst = out / topic / "InputDocs" / day / f"{docid}.txt"
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(text, encoding="utf-8")
    return dst


def write_topics(data: Path, out: Path, corpus: str, topics: dict[str, str], pattern: str,
                 read: Callable[[Path], tuple[str, str, str]], kind: str | None = None) -> dict[str, int]:
    """Write ``<out>/<topic>/InputDocs/<day>/<id>.txt`` for every file matching ``pattern`` in
    each of ``data``'s folders named in ``topics`` (folder -> topic); ``read`` gives a file's
    (id, day, text), an empty text skipped. Returns articles per topic. ValueError for an output
    inside the repository, a file ``read`` refuses, or no file at all (named as ``kind``, else
    ``corpus``)."""
    out = outside_repository(out, corpus)
    counts: dict[str, int] = {}
    for folder, topic in topics.items():
        for src in sorted((data / folder).glob(pattern)):
            docid, day, text = read(src)
            if not text.strip():
                continue
            write_article(out, topic, day, docid, text)
            counts[topic] = counts.get(topic, 0) + 1
    if not counts:
        raise ValueError(f"{data}: no {kind or corpus} file under {' or '.join(topics)}")
    return counts


"""PolNeAR's train articles laid out as Timeline17 topics, so bench/audit.py can judge a story
built from copy that no audit of Timeline17 has read.

    python bench/polnear_topics.py --out /tmp/polnear-topics [--data ../shared/bench/polnear]
    python bench/audit.py --data /tmp/polnear-topics --topic polnear_politico --n 60 --seed 137

Timeline17's own unread copy was used up by seed 131 (round thirty-two). PolNeAR's train split
is 840 US political articles of 2015-16 from seven publishers (120 each), each with its
publication day in ``metadata.tsv``. One topic per publisher: ``<out>/polnear_<publisher>/InputDocs/
<YYYY-MM-DD>/<file>.txt``, the folder date the publication day, as Timeline17 lays its topics
out (the audit then scores each document's dating against it, as it does there).

**Held out, never laid out:** the first 300 train texts in sorted order, which bench/attribution.py's
rounds keep as their never-read check (breitbart, huff-post and the first 60 of nyt). What is laid
out (train texts 301-840) was read before only for *missed* attributions (round ten's 60 misses,
seed 18), never for the speakers, figures, brief or cleaning an audit judges.

A topic here is one publisher's campaign coverage over ten months, not one news story: wider than a
Timeline17 topic, and with articles on other subjects in it, as a real pile has. The text is written
as PolNeAR ships it; the audit's loader (bench/t17.py) only reads it a paragraph to a line, with the
same typeset reading it gives Timeline17 (a space before a comma closed, trailing blanks dropped).
Nothing is copied into the project: ``--out`` must lie outside the repository.
"""

from __future__ import annotations

import csv
from pathlib import Path

import topics_layout

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "polnear"
HELD_OUT = 300  # the attribution bench's never-read check: train texts 1-300 in sorted order


def train_rows(data: Path) -> list[dict]:
    """metadata.tsv's train rows whose text exists, sorted by file name."""
    with (data / "metadata.tsv").open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r.get("compartment") == "train"]
    texts = data / "train" / "text"
    rows = [r for r in rows if (texts / f"{r['filename']}.txt").is_file()]
    return sorted(rows, key=lambda r: r["filename"])


def lay_out(data: Path, out: Path) -> dict[str, int]:
    """Write the topic folders; returns articles per topic. Raises ValueError for an output
    inside the repository or a row with no usable publication day."""
    out = topics_layout.outside_repository(out, "PolNeAR")
    rows = train_rows(data)
    if len(rows) <= HELD_OUT:
        raise ValueError(f"{data}: {len(rows)} train texts, not more than the {HELD_OUT} held out")
    counts: dict[str, int] = {}
    for r in rows[HELD_OUT:]:
        day = r["publication_date"]
        if len(day) != 10 or day[4] != "-" or day[7] != "-":
            raise ValueError(f"{data / 'metadata.tsv'}: {r['filename']}: no publication day ({day!r})")
        src = data / "train" / "text" / f"{r['filename']}.txt"
        topic = f"polnear_{r['publisher']}"
        dst = out / topic / "InputDocs" / day / src.name
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_bytes(src.read_bytes())
        counts[topic] = counts.get(topic, 0) + 1
    return counts


def main(argv: list[str] | None = None) -> int:
    return topics_layout.main(lay_out, __doc__.split("\n\n")[0], DEFAULT_DATA, "PolNeAR folder (metadata.tsv, train/text)", argv, {"held_out": HELD_OUT})

if __name__ == "__main__":
    raise SystemExit(main())

"""FNC-1's article bodies laid out as Timeline17 topics, one topic per claim, so bench/audit.py
can judge a story built from copy no audit has read.

    python bench/fnc1_topics.py --out /tmp/fnc1-topics [--data ../shared/bench/fnc1]
    python bench/audit.py --data /tmp/fnc1-topics --topic fnc1_c001 --n 30 --seed 157

Round forty-two: the news copy of the other bench folders had been read by earlier audits, but
for PolNeAR train 1-300 (the attribution bench's never-read check, kept unread). FNC-1's bodies
(from the Emergent rumour-tracking project, 2014-2015: many outlets, scraped, each repeating,
crediting or debunking one claim) had been read only as the conflict bench's data: its stance
model and the story detector's thresholds were fitted on them (bench/conflicts.py,
bench/stories.py --fit), never the speakers, figures, brief, cleaning or the story's conflicts.
They are the one copy here whose piles are built on disagreement.

A topic is one claim: the bodies that a headline of the claim is paired with as agree,
disagree or discuss (FNC-1's unrelated pairs are random pairings and are not read), joined
over headlines that share a body (a connected component). Topics are ranked by their number of
bodies, then by their smallest body id, and named ``fnc1_c001``, ``fnc1_c002``, ...:
``<out>/fnc1_cNNN/InputDocs/undated/<body id>.txt``, the body as FNC-1 gives it. FNC-1 gives
no publication date, so the day folder is ``undated`` (the audit then scores no published
date; the text must date itself, and a judge reads a date without a day to hold it to).
Nothing is copied into the project: ``--out`` must lie outside the repository.
"""

from __future__ import annotations

import csv
from pathlib import Path

import topics_layout

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "fnc1"
BODIES = "dev_bodies.csv"
STANCES = "dev_stances.csv"
RELATED = frozenset({"agree", "disagree", "discuss"})
UNDATED = "undated"


def _rows(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """The rows of an FNC-1 CSV; ValueError names the file when it cannot be read or lacks a column."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise ValueError(f"{path}: not an FNC-1 file (no column {', '.join(missing)})")
            return list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise ValueError(f"{path}: unreadable ({e})") from e


def claims(stances: list[dict[str, str]]) -> list[list[str]]:
    """The claims: body ids joined by a headline paired with each of them as related, over
    headlines that share a body; each claim's ids sorted by number, the claims ranked by size
    (largest first), then by their smallest id."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[str, str] = {}  # headline -> the first related body met
    for r in stances:
        if r["Stance"].strip().lower() not in RELATED:
            continue
        body = r["Body ID"].strip()
        head = first.setdefault(r["Headline"], body)
        parent[root(body)] = root(head)
    groups: dict[str, list[str]] = {}
    for body in list(parent):
        groups.setdefault(root(body), []).append(body)
    out = [sorted(g, key=_by_number) for g in groups.values()]
    return sorted(out, key=lambda g: (-len(g), _by_number(g[0])))


def _by_number(body: str) -> tuple[int, str]:
    """A body id's sort key: by its number (FNC-1's ids are numbers), any other after them."""
    return (int(body), body) if body.isdigit() else (10**9, body)


def lay_out(data: Path, out: Path) -> dict[str, int]:
    """Write one topic folder per claim; returns articles per topic. ValueError for an output
    inside the repository, an unreadable file, or a related pair whose body is missing."""
    out = topics_layout.outside_repository(out, "FNC-1")
    bodies = {r["Body ID"].strip(): r["articleBody"] for r in _rows(data / BODIES, ("Body ID", "articleBody"))}
    groups = claims(_rows(data / STANCES, ("Headline", "Body ID", "Stance")))
    if not groups:
        raise ValueError(f"{data / STANCES}: no related (agree, disagree, discuss) pair")
    counts: dict[str, int] = {}
    width = max(3, len(str(len(groups))))
    for rank, ids in enumerate(groups, 1):
        topic = f"fnc1_c{rank:0{width}d}"
        for body in ids:
            if body not in bodies:
                raise ValueError(f"{data / BODIES}: no body {body} (paired in {data / STANCES})")
            if bodies[body].strip():
                topics_layout.write_article(out, topic, UNDATED, body, bodies[body])
                counts[topic] = counts.get(topic, 0) + 1
    return counts


def main(argv: list[str] | None = None) -> int:
    return topics_layout.main(lay_out, __doc__.split("\n\n")[0], DEFAULT_DATA,
                              f"FNC-1 folder ({BODIES}, {STANCES})", argv, None)


if __name__ == "__main__":
    raise SystemExit(main())

"""Timeline17 InputDocs for the bench scripts: one loader, so every bench reads them alike.

Layout: ``<topic>/InputDocs/<YYYY-MM-DD>/<n>.htm.txt``, one tokenised sentence a line
with PTB escapes; the folder name is the publication date; some files are empty.
"""

from __future__ import annotations

import re
from pathlib import Path

PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"'}


def detok(line: str) -> str:
    """Undo PTB tokenisation of one line, well enough to read as prose."""
    # quote marks joined to what they enclose, as printed: ``` `` Yes , '' he said``` ->
    # ``"Yes," he said`` (a quote extractor reads the marks)
    line = re.sub(r"``\s*", '"', line)
    line = re.sub(r"\s*''", '"', line)
    for k, v in PTB.items():
        line = line.replace(k, v)
    line = re.sub(r"\s+([.,;:!?%)\]}'])", r"\1", line)
    line = re.sub(r"([(\[{$])\s+", r"\1", line)
    line = re.sub(r"\s+(n't|'s|'re|'ll|'ve|'d|'m)\b", r"\1", line)
    return line.strip()


def topic_docs(topic: Path, limit: int | None = None, detokenise: bool = False) -> list[tuple[str, str, str]]:
    """(name, publication date, text) of a topic's non-empty InputDocs; ``limit`` spreads
    the pick evenly over the dates."""
    files = sorted(p for p in (topic / "InputDocs").glob("*/*.txt") if p.stat().st_size > 0)
    if limit and len(files) > limit:
        step = len(files) / limit
        files = [files[int(i * step)] for i in range(limit)]
    out = []
    for p in files:
        raw = p.read_text(encoding="utf-8", errors="replace")
        text = "\n\n".join(detok(x) for x in raw.splitlines() if x.strip()) if detokenise else raw
        out.append((f"{p.parent.name}/{p.name}", p.parent.name, text))
    return out

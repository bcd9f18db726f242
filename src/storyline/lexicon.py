"""Reading the rule and lexicon data files kept beside the code that uses them.

Format shared by every ``data/*.txt`` and ``data/*.tsv``: one entry a line, blank
lines and lines starting with ``#`` ignored; TSV columns split on tabs.
"""

from __future__ import annotations

from pathlib import Path


def lines(path: Path) -> list[str]:
    """The entries of a data file, in file order."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(line)
    return out


def rows(path: Path, sep: str = "\t") -> list[list[str]]:
    """The entries of a TSV data file, split into columns."""
    return [line.split(sep) for line in lines(path)]

"""The commit a bench run measured, as benches print it beside their figures.

A run on a tree with uncommitted changes to what builds the output (the package, the
training scripts) is labelled ``<sha>+dirty``: the bare HEAD would name code the run did not
measure. Edits to bench/ itself leave the label alone (a bench's own wording or a RESULTS
edit changes no figure)."""
from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def commit(paths: tuple[str, ...] = ("src", "scripts"), root: Path = ROOT) -> str:
    """``git rev-parse --short HEAD``, with ``+dirty`` when ``paths`` hold uncommitted changes;
    "unknown" outside a git checkout."""
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True,
                             check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", *paths], cwd=root, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return sha + ("+dirty" if dirty else "")

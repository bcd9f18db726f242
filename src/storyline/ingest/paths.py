"""Turn INPUT arguments (files, folders, globs) into files with stable relative names."""

from __future__ import annotations

import errno
import glob
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import IngestError

# file name endings we read (longest first) and the reader each takes
KINDS = {
    ".warc.gz": "warc",
    ".jsonl.gz": "jsonl",
    ".warc": "warc",
    ".jsonl": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".txt": "txt",
    ".text": "txt",
}
SUPPORTED = tuple(KINDS)


@dataclass(frozen=True)
class Found:
    path: Path
    name: str  # relative to the INPUT argument it was found under (stable across machines)
    explicit: bool  # named directly rather than found in a folder


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def safe_name(name: str) -> str:
    """A file name fit for messages, JSON and SQLite: bytes that are not UTF-8 (which
    Python keeps as lone surrogates) and control characters (a newline in a name would
    split a one-line error) are written as backslash escapes."""
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", name)


def kind_of(path: Path | str) -> str | None:
    name = str(path).lower()
    for end, kind in KINDS.items():
        if name.endswith(end):
            return kind
    return None


def _glob_base(pattern: str) -> Path:
    parts = Path(pattern).parts
    base = []
    for part in parts:
        if glob.has_magic(part):
            break
        base.append(part)
    return Path(*base) if base else Path(".")


def _realpath(path: Path) -> str:
    """The path with symbolic links resolved, never raising (``Path.resolve`` raises on
    a loop; ``os.path.realpath`` leaves the looping part as it is)."""
    return os.path.realpath(path)


_NOT_REGULAR = (
    (stat.S_ISFIFO, "a named pipe, FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as an input file, in words; None for a readable regular
    file or a folder. Symbolic links are followed, so a link is judged by its target.
    (Opening a FIFO would block the build for ever; a device may never end.)"""
    try:
        st = os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "symlink loop (a symbolic link that leads back to itself): skipped"
        if e.errno in (errno.ENOENT, errno.ENOTDIR) and os.path.islink(path):
            return f"dangling symbolic link (its target {safe_name(os.readlink(path))} does not exist): skipped"
        if e.errno in (errno.ENOENT, errno.ENOTDIR):
            return "no such file or folder"
        if e.errno == errno.EACCES:
            return "permission denied"
        if e.errno == errno.ENAMETOOLONG:
            return "file name too long"
        return f"cannot read: {e.strerror or e}"
    if stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode):
        return None
    for test, what in _NOT_REGULAR:
        if test(st.st_mode):
            return f"not a regular file ({what}): skipped"
    return "not a regular file: skipped"


def expand(inputs: list[str]) -> tuple[list[Found], list[IngestError]]:
    """Files to read, in a stable order, and why INPUTs (or files found under them)
    cannot be read: nothing found, symlink loops, dangling links, FIFOs, sockets, devices.

    A folder walk never follows a symbolic link to a folder (so a loop cannot make it
    recurse); a link to a file is read through."""
    found: list[Found] = []
    problems: list[IngestError] = []  # INPUT arguments that name nothing
    bad_paths: list[tuple[Path, IngestError]] = []  # files that cannot be read, and why
    for arg in inputs:
        p = Path(arg)
        why = problem(p)
        if why is None and p.is_dir():
            files = []

            def unlisted(e: OSError, arg: str = arg) -> None:
                problems.append(IngestError(safe_name(str(e.filename or arg)), f"cannot list the folder: {e.strerror or e}"))

            for root, dirs, names in os.walk(p, onerror=unlisted):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for n in names:
                    fp = Path(root) / n
                    if not n.startswith(".") and kind_of(fp):
                        files.append(fp)
            for fp in sorted(files, key=lambda f: f.relative_to(p).as_posix()):
                name = safe_name(fp.relative_to(p).as_posix())
                bad = problem(fp)
                if bad is None and not fp.is_dir():
                    found.append(Found(fp, name, explicit=False))
                elif bad is not None:
                    bad_paths.append((fp, IngestError(name, bad)))
        elif why is None:
            found.append(Found(p, safe_name(p.name), explicit=True))
        elif glob.has_magic(arg) and why == "no such file or folder":
            base = _glob_base(arg)
            matches = sorted(Path(m) for m in glob.glob(arg, recursive=True))
            before = len(found) + len(bad_paths)
            for m in matches:
                try:
                    name = safe_name(m.relative_to(base).as_posix())
                except ValueError:
                    name = safe_name(m.name)
                bad = problem(m)
                if bad is None and not m.is_dir():
                    found.append(Found(m, name, explicit=True))
                elif bad is not None:
                    bad_paths.append((m, IngestError(name, bad)))
            if len(found) + len(bad_paths) == before:  # nothing, or folders only
                problems.append(IngestError(safe_name(arg), "no file matches"))
        else:
            bad_paths.append((p, IngestError(safe_name(arg), why)))
    # a file reached through two INPUTs is read (or reported) once
    seen, unique = set(), []
    for f in found:
        key = _realpath(f.path)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    for path, error in bad_paths:
        key = os.path.abspath(path)  # (a loop has no real path)
        if key not in seen:
            seen.add(key)
            problems.append(error)
    return unique, problems

"""Test-only pause points, so tests can kill a build at a named point, not by timing luck.

When the environment variable ``STORYLINE_PAUSE_AT`` names a point (e.g.
``corpus:quotes``, ``write:story.json``, ``store:story``), the process that reaches
it creates the file named by ``STORYLINE_PAUSE_MARK`` (if set), says so on stderr,
and blocks until it is killed. Unset (always, outside tests), ``pause`` returns at
once and does nothing else.

Points: ``corpus:<step>`` as each corpus-stage step starts (resolve.story.STEPS);
``store:embeddings`` and ``store:story`` inside their store transactions (written,
not committed); ``write:<file>`` half way through writing an output file's
temporary copy (before it is synced and renamed to its name).
"""

from __future__ import annotations

import os
import sys
import time

ENV = "STORYLINE_PAUSE_AT"
MARK = "STORYLINE_PAUSE_MARK"


def pause(point: str) -> None:
    """Block for ever at ``point`` when STORYLINE_PAUSE_AT names it; else nothing."""
    if os.environ.get(ENV) != point:
        return
    mark = os.environ.get(MARK)
    if mark:
        with open(mark, "w", encoding="utf-8") as fh:
            fh.write(point)
    sys.stderr.write(f"paused at {point} ({ENV})\n")
    sys.stderr.flush()
    while True:
        time.sleep(3600)

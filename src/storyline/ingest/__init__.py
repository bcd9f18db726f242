"""Turn files, folders or globs of plain text, HTML, JSONL or WARC into raw records.

``read_inputs(inputs)`` streams ``Record`` or ``IngestError`` items lazily: one bad
file (or one bad JSONL line) is reported by name and the rest goes on.
"""

from __future__ import annotations

from .errors import IngestError
from .paths import SUPPORTED, Found, expand
from .readers import read_file, read_inputs

__all__ = ["IngestError", "Found", "SUPPORTED", "expand", "read_file", "read_inputs"]

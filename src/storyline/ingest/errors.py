"""An input that could not be read, named by file (and line)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IngestError:
    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"

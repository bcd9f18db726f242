"""``storyline export`` and ``build --export``: the story in the formats other tools read.

- ``csv`` / ``parquet``: a folder with one ``<table>.csv`` / ``<table>.parquet`` per
  item type (``render.export_tables``);
- ``timelinejs``: a TimelineJS3 JSON file (``render.export_timelinejs``);
- ``gexf`` / ``graphml``: the entity network (``render.export_network``).
"""

from __future__ import annotations

from pathlib import Path

from .. import schema
from . import network

FORMATS = ("csv", "parquet", "timelinejs", "gexf", "graphml")
# where `build --export FORMAT` writes, inside OUT
DEFAULT_NAMES = {
    "csv": "tables-csv",
    "parquet": "tables-parquet",
    "timelinejs": "timeline.json",
    "gexf": "network.gexf",
    "graphml": "network.graphml",
}


def export(
    story: schema.Story,
    fmt: str,
    out: Path,
    sentences: network.Sentences | None = None,
    group: str = "actor",
) -> list[Path]:
    """Write ``story`` as ``fmt`` to ``out`` (a folder for csv and parquet, else a file;
    an existing folder for a one-file format gets the default file name inside it).
    ``group`` (timelinejs): a row per main actor ("actor"), one row ("story") or none."""
    out = Path(out)
    if fmt not in FORMATS:
        raise ValueError(
            f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}"
        )
    if fmt in ("csv", "parquet"):
        from . import export_tables

        if out.exists() and not out.is_dir():
            raise ValueError(
                f"{out}: --format {fmt} writes a folder of tables, and this is a file"
            )
        return (
            export_tables.write_csv if fmt == "csv" else export_tables.write_parquet
        )(story, out)
    if out.is_dir():
        out = out / DEFAULT_NAMES[fmt]
    if fmt == "timelinejs":
        from . import export_timelinejs

        return [export_timelinejs.write(story, out, group)]
    from . import export_network

    return [export_network.write(story, out, fmt, sentences)]

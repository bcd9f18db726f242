"""The story as tables: one per item type, written as CSV or Parquet (and pandas frames).

Tables: documents, entities, mentions, quotes, figures, events, conflicts, brief, and
any other list the story carries (``series`` when present). Each row has its id, the
cited span (``doc``, ``start``, ``end``) and the cited text (``cited_text`` =
``text[start:end]`` of that document), flat columns for the common fields, and
``extra_json``: every other field of the item as JSON. The rest is computed
generically (the item's fields minus the flat ones), so fields added to story.json
later appear there without a change here.

CSV: UTF-8 with a byte-order mark (so spreadsheets read it as UTF-8) and a header;
numbers are written as numbers; a text cell starting with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return is prefixed with ``'`` so a spreadsheet shows it as text
instead of running it as a formula (OWASP's CSV-injection advice). Parquet: one file
per table with a fixed schema (an empty table keeps its columns and types).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import schema
from .. import tablespec as ts
from .files import write_atomic

EXTRA = "extra_json"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_TYPES = {"str": "string", "int": "int64", "float": "float64", "bool": "bool"}


@dataclass
class Column:
    name: str
    type: str  # str | int | float | bool
    get: Callable[[dict], object]


@dataclass
class Table:
    name: str
    columns: list[Column]
    rows: list[dict]  # column name -> value (None for missing)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _join(values) -> str | None:
    values = [str(v) for v in values or [] if v is not None]
    return ts.JOIN.join(values) if values else None


class _Context:
    def __init__(self, story: schema.Story):
        self.texts = {d.id: d.text for d in story.documents}
        self.names = {e.id: e.name for e in story.entities}

    def cited(self, span: dict | None) -> str | None:
        if not span or span.get("doc") not in self.texts:
            return None
        return self.texts[span["doc"]][span["start"] : span["end"]]

    def name(self, ref: str | None) -> str | None:
        return None if ref is None else self.names.get(ref, ref)


def _span_columns(ctx: _Context, pick: Callable[[dict], dict | None]) -> list[Column]:
    def part(key):
        return lambda d: (pick(d) or {}).get(key)

    return [
        Column("doc", "str", part("doc")),
        Column("start", "int", part("start")),
        Column("end", "int", part("end")),
        Column("cited_text", "str", lambda d: ctx.cited(pick(d))),
    ]


def _reader(ctx: _Context, col: ts.ColumnSpec) -> Callable[[dict], object]:
    """A column of the shared spec (``tablespec``) read in Python; ``store`` reads it in SQL."""
    path = col.path
    return {
        "get": lambda d: ts.pick(d, path),
        "name": lambda d: ctx.name(ts.pick(d, path)),
        "join": lambda d: _join(ts.pick(d, path)),
        "names": lambda d: _join(ctx.name(a) for a in ts.pick(d, path) or []),
        "count": lambda d: len(ts.pick(d, path) or []),
        "doc_count": lambda d: len({m["doc"] for m in ts.pick(d, path) or []}),
        "length": lambda d: len(ts.pick(d, path) or ""),
    }[col.op]


def _spec(ctx: _Context) -> dict[str, tuple[list[Column], set[str]]]:
    """Per known table: its flat columns, and the item fields they consume."""
    out = {}
    for t in ts.TABLES:
        cols = [Column(c.name, c.type, _reader(ctx, c)) for c in t.columns]
        if t.span is not None:
            cols += _span_columns(ctx, _picker(t.span))
        out[t.name] = (cols, set(t.consumed))
    return out


def _picker(path: str) -> Callable[[dict], dict | None]:
    return lambda d: ts.pick(d, path)


def _generic(ctx: _Context, items: list[dict]) -> tuple[list[Column], set[str]]:
    """Columns for a list the exporter does not know (``series``, say): its scalar fields, its span."""
    kinds: dict[str, str] = {}
    for d in items:
        for k, v in d.items():
            if isinstance(v, bool):
                t = "bool"
            elif isinstance(v, int):
                t = "int"
            elif isinstance(v, float):
                t = "float"
            elif isinstance(v, str):
                t = "str"
            else:
                continue
            prev = kinds.get(k, t)
            kinds[k] = (
                prev
                if prev == t
                else ("float" if {prev, t} == {"int", "float"} else "str")
            )
    order = (
        ["id", *sorted(k for k in kinds if k != "id")]
        if "id" in kinds
        else sorted(kinds)
    )
    cols = [Column(k, kinds[k], _getter(k, kinds[k])) for k in order]
    consumed = set(order)
    if any(isinstance(d.get("span"), dict) for d in items):
        cols += _span_columns(
            ctx, lambda d: d.get("span") if isinstance(d.get("span"), dict) else None
        )
    return cols, consumed


def _getter(key: str, t: str) -> Callable[[dict], object]:
    return lambda d: _cast(d.get(key), t)


def _cast(v, t: str):
    if v is None:
        return None
    if t == "str" and not isinstance(v, str):
        return json.dumps(v) if not isinstance(v, (int, float)) else str(v)
    if t == "float" and isinstance(v, int) and not isinstance(v, bool):
        return float(v)
    return v


def tables(story: schema.Story) -> list[Table]:
    """Every table of the story, in a fixed order (known tables first, then others by name)."""
    ctx = _Context(story)
    data = story.model_dump(mode="json")
    spec = _spec(ctx)
    items: dict[str, list[dict]] = {}
    for name, value in data.items():
        if isinstance(value, list) and (
            name in spec or all(isinstance(v, dict) for v in value)
        ):
            items[name] = [v for v in value if isinstance(v, dict)]
    for name in spec:
        items.setdefault(name, [])
    for t in ts.TABLES:
        if t.id_prefix is not None:
            items[t.name] = [{"id": f"{t.id_prefix}{i + 1}", **b} for i, b in enumerate(items.get(t.name, []))]
    mentions = [
        {"entity_id": e["id"], "entity": e.get("name"), **m}
        for e in items.get("entities", [])
        for m in e.get("mentions") or []
    ]
    out: list[Table] = []
    order = ["documents", "entities", "mentions", "quotes", "figures"]
    order += sorted(k for k in items if k not in spec and k != "mentions")
    order += ["events", "conflicts", "brief"]
    for name in order:
        if name == "mentions":
            cols = [
                Column("entity_id", "str", lambda d: d["entity_id"]),
                Column("entity", "str", lambda d: d["entity"]),
                *_span_columns(ctx, lambda d: d),
            ]
            out.append(
                Table(name, cols, [{c.name: c.get(m) for c in cols} for m in mentions])
            )
            continue
        rows = items.get(name, [])
        cols, consumed = spec[name] if name in spec else _generic(ctx, rows)
        table = Table(name, [*cols, Column(EXTRA, "str", lambda d: None)], [])
        for d in rows:
            row = {c.name: c.get(d) for c in cols}
            rest = {k: v for k, v in d.items() if k not in consumed}
            row[EXTRA] = (
                json.dumps(rest, ensure_ascii=False, sort_keys=True) if rest else None
            )
            table.rows.append(row)
        out.append(table)
    return out


# -- CSV -----------------------------------------------------------------------


def excel_safe(value):
    """A cell as written to CSV: text that a spreadsheet would run as a formula gets a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def to_csv(table: Table) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(table.names)
    for row in table.rows:
        w.writerow(["" if row[c] is None else excel_safe(row[c]) for c in table.names])
    return buf.getvalue()


def write_csv(story: schema.Story, out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    return [
        write_atomic(out_dir / f"{t.name}.csv", "\ufeff" + to_csv(t))
        for t in tables(story)
    ]


# -- Arrow / Parquet / pandas --------------------------------------------------


def to_arrow(table: Table):
    import pyarrow as pa

    fields = [
        pa.field(c.name, pa.type_for_alias(_TYPES[c.type])) for c in table.columns
    ]
    arrays = {c.name: [row[c.name] for row in table.rows] for c in table.columns}
    return pa.table(arrays, schema=pa.schema(fields))


def write_parquet(story: schema.Story, out_dir: Path) -> list[Path]:
    import pyarrow.parquet as pq

    out_dir = Path(out_dir)
    paths = []
    for t in tables(story):
        buf = io.BytesIO()
        pq.write_table(to_arrow(t), buf)
        paths.append(write_atomic(out_dir / f"{t.name}.parquet", buf.getvalue()))
    return paths


def to_frames(story: schema.Story) -> dict:
    """Table name -> pandas DataFrame (nullable dtypes: Int64, Float64, boolean, string)."""
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(
            "Story.to_frames needs pandas: pip install 'storyline[frames]'"
        ) from e
    dtypes = {"str": "string", "int": "Int64", "float": "Float64", "bool": "boolean"}
    frames = {}
    for t in tables(story):
        df = pd.DataFrame(
            {
                c.name: pd.array([r[c.name] for r in t.rows], dtype=dtypes[c.type])
                for c in t.columns
            }
        )
        frames[t.name] = df
    return frames

"""The story's items as flat tables: one column spec for the table export and the store's SQL views.

Each known table names the story list it flattens, its columns (a path into the item
and how the value is read), the item fields those columns consume, and where the
item's cited span is. ``render.export_tables`` reads the spec in Python (CSV,
Parquet, pandas); ``store`` turns the same spec into SQL views over the stored
story.json (SQLite's JSON functions), so a column added here appears in both.

Below both (a store may not import a renderer); declarative data, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# how a column's value is read from the value at its path:
#   get       the value itself
#   name      an entity id -> the entity's name (the id when unknown)
#   join      a list -> its items joined with " | " (None when empty)
#   names     a list of entity ids -> their names joined with " | "
#   count     a list -> its length (0 when missing)
#   doc_count a list of spans -> the number of distinct documents
#   length    a text -> its length in characters (0 when missing)
Op = Literal["get", "name", "join", "names", "count", "doc_count", "length"]
ColumnType = Literal["str", "int", "float", "bool"]
JOIN = " | "


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    type: ColumnType
    path: str  # dotted path into the item; a number indexes a list ("mentions.0.doc")
    op: Op = "get"


@dataclass(frozen=True)
class TableSpec:
    name: str  # the exported table's name
    view: str  # the SQL view's name (the store has its own `documents` table)
    columns: tuple[ColumnSpec, ...]
    consumed: frozenset[str]  # item fields the columns stand for (the rest goes to extra_json)
    # the cited span: a dotted path, "*" taking the first item of each list on the way
    # ("sides.*.spans.*"); None for none. Gives the columns doc, start, end, cited_text.
    span: str | None = None
    id_prefix: str | None = None  # items without ids get "<prefix><position from 1>" (the brief)


def _c(name: str, type_: ColumnType, path: str | None = None, op: Op = "get") -> ColumnSpec:
    return ColumnSpec(name, type_, name if path is None else path, op)


TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "documents", "story_documents",
        (
            _c("id", "str"), _c("title", "str"), _c("outlet", "str"),
            _c("published", "str", "published.value"),
            _c("published_estimated", "bool", "published.estimated"),
            _c("language", "str"), _c("authors", "str", op="join"), _c("sources", "str", op="join"),
            _c("duplicate_of", "str"), _c("chars", "int", "text", "length"), _c("text", "str"),
        ),
        frozenset({"id", "title", "outlet", "language", "authors", "sources", "duplicate_of", "text"}),
    ),
    TableSpec(
        "entities", "entities",
        (
            _c("id", "str"), _c("name", "str"), _c("type", "str"), _c("aliases", "str", op="join"),
            _c("mention_count", "int", "mentions", "count"), _c("document_count", "int", "mentions", "doc_count"),
        ),
        frozenset({"id", "name", "type", "aliases", "mentions"}),  # every mention is a row of `mentions`
        span="mentions.0",
    ),
    TableSpec(
        "quotes", "quotes",
        (
            _c("id", "str"), _c("kind", "str"), _c("speaker", "str", op="name"), _c("speaker_id", "str", "speaker"),
            _c("speaker_text", "str"), _c("speaker_confidence", "float"), _c("cue", "str"), _c("text", "str"),
        ),
        frozenset({"id", "kind", "speaker", "speaker_text", "speaker_confidence", "cue", "text", "span"}),
        span="span",
    ),
    TableSpec(
        "figures", "figures",
        (
            _c("id", "str"), _c("text", "str"), _c("value", "float"), _c("low", "float"), _c("high", "float"),
            _c("unit", "str"), _c("currency", "str"), _c("measure", "str"), _c("subject", "str", op="name"),
            _c("claimant", "str", op="name"), _c("claimant_id", "str", "claimant"), _c("period", "str"),
            _c("kind", "str"),
        ),
        frozenset({"id", "text", "value", "low", "high", "unit", "currency", "measure", "subject", "claimant",
                   "period", "kind", "span"}),
        span="span",
    ),
    TableSpec(
        "events", "events",
        (
            _c("id", "str"), _c("date", "str", "date.value"), _c("granularity", "str", "date.granularity"),
            _c("reported", "str", "date.reported"), _c("summary", "str"), _c("actors", "str", op="names"),
            _c("actor_ids", "str", "actors", "join"), _c("mention_count", "int", "mentions", "count"),
        ),
        frozenset({"id", "summary", "actors"}),
        span="mentions.0",
    ),
    TableSpec(
        "conflicts", "conflicts",
        (
            _c("id", "str"), _c("kind", "str"), _c("score", "float"), _c("explanation", "str"),
            _c("items", "str", op="join"), _c("claimants", "str", op="names"),
            _c("claimant_ids", "str", "claimants", "join"),
        ),
        frozenset({"id", "kind", "score", "explanation", "items", "claimants"}),
        span="sides.*.spans.*",
    ),
    TableSpec(
        "brief", "brief",
        (_c("id", "str"), _c("text", "str")),
        frozenset({"id", "text"}),
        span="cites.0",
        id_prefix="b",
    ),
)
BY_NAME = {t.name: t for t in TABLES}


def pick(item, path: str):
    """The value at a dotted path ("" is the item itself; "*" takes the first item of a
    list that has the rest of the path), None where the path breaks."""
    if not path:
        return item
    head, _, rest = path.partition(".")
    if head == "*":
        for x in item if isinstance(item, list) else []:
            found = pick(x, rest)
            if found is not None:
                return found
        return None
    if isinstance(item, list):
        return pick(item[int(head)], rest) if head.isdigit() and int(head) < len(item) else None
    if isinstance(item, dict):
        return pick(item.get(head), rest)
    return None

"""storyline export: tables (CSV, Parquet, frames), TimelineJS3 JSON, the entity network
(GEXF, GraphML), and the store's SQL views, on the examples/ story and on small
stories written here."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import jsonschema
import networkx as nx
import pandas as pd
import pyarrow.parquet as pq
import pytest
from conftest import EXAMPLES, ROOT
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import storyline
from storyline import schema, tablespec
from storyline.cli import app
from storyline.render import export_network, export_tables, export_timelinejs, network

TIMELINEJS_SCHEMA = json.loads(
    (ROOT / "docs" / "timelinejs.schema.json").read_text(encoding="utf-8")
)
KNOWN = [
    "documents",
    "entities",
    "mentions",
    "quotes",
    "figures",
    "series",  # story.series (schema 1.1): one row per series, its points in extra_json
    "events",
    "conflicts",
    "brief",
    "off_topic",  # documents left out of the story (schema 1.2): a generic table
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The examples/ story built into OUT (with its store), by the CLI."""
    out = tmp_path_factory.mktemp("examples-out")
    result = CliRunner().invoke(
        app,
        [
            "build",
            str(EXAMPLES),
            "--out",
            str(out),
            "--export",
            "gexf",
            "--export",
            "csv",
        ],
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def story(built):
    return storyline.load(built)


def _span(doc, start, end):
    return schema.Span(doc=doc, start=start, end=end)


TEXT = (
    "Anna Berg said the union would strike on Monday. "
    'Carl Dahl, the chief executive, said: "Anna Berg is wrong about the pay." '
    "The company said 4,000 staff joined. "
    "Carl Dahl left."
)


def small_story() -> schema.Story:
    """Three entities: Berg and Dahl in one sentence (via a quote); the company alone."""
    t = TEXT

    def at(s, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = t.index(s, i + 1)
        return _span("d1", i, i + len(s))

    quote = at("Anna Berg is wrong about the pay.")
    return schema.Story(
        documents=[
            schema.Document(
                id="d1",
                text=t,
                title='=HYPERLINK("http://x")',
                sources=["https://example.org/a"],
            )
        ],
        entities=[
            schema.Entity(
                id="e-berg",
                name="Anna Berg",
                type="PERSON",
                mentions=[at("Anna Berg"), at("Anna Berg", 1)],
            ),
            schema.Entity(
                id="e-dahl",
                name="Carl Dahl",
                type="PERSON",
                mentions=[at("Carl Dahl"), at("Carl Dahl", 1)],
            ),
            schema.Entity(
                id="e-co", name="The company", type="ORG", mentions=[at("The company")]
            ),
        ],
        quotes=[
            schema.Quote(
                id="q1",
                text=t[quote.start : quote.end],
                kind="direct",
                speaker="e-dahl",
                span=quote,
            ),
            schema.Quote(
                id="q2",
                text="-the union would strike on Monday",
                kind="indirect",
                speaker="e-berg",
                span=at("the union would strike on Monday"),
            ),
        ],
        figures=[
            schema.Figure(
                id="f1", text="4,000", value=4000.0, span=at("4,000"), claimant="e-co"
            ),
            schema.Figure(id="f2", text="-3", value=-3.0, span=at("4,000")),
        ],
        events=[
            schema.Event(
                id="ev1",
                summary="@strike on Monday",
                date=schema.EventDate(value="2025-03", granularity="month"),
                mentions=[at("Anna Berg said the union would strike on Monday.")],
            ),
            schema.Event(
                id="ev2", summary="Carl Dahl left.", mentions=[at("Carl Dahl left.")]
            ),
            schema.Event(
                id="ev3",
                summary="+ a week",
                date=schema.EventDate(value="2025-W10", granularity="week"),
                actors=["e-dahl"],
                mentions=[at("Carl Dahl left.")],
            ),
        ],
        conflicts=[
            schema.Conflict(
                id="c1",
                kind="statement",
                items=["q1", "q2"],
                claimants=["e-dahl", "e-berg"],
                explanation="pay",
                sides=[
                    schema.ConflictSide(
                        items=["q1"], claimants=["e-dahl"], spans=[quote]
                    ),
                    schema.ConflictSide(
                        items=["q2"],
                        claimants=["e-berg"],
                        spans=[at("the union would strike on Monday")],
                    ),
                ],
            )
        ],
        brief=[
            schema.BriefSentence(text="Carl Dahl left.", cites=[at("Carl Dahl left.")])
        ],
    )


# -- tables ----------------------------------------------------------------------


def _unescape(value):
    if (
        isinstance(value, str)
        and value.startswith("'")
        and value[1:].startswith(export_tables.FORMULA_START)
    ):
        return value[1:]
    return value


def test_csv_round_trip_with_pandas(story, built, tmp_path):
    paths = story.export("csv", tmp_path / "csv")
    assert sorted(p.stem for p in paths) == sorted(KNOWN)
    frames = story.to_frames()
    for name in KNOWN:
        raw = (tmp_path / "csv" / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, for spreadsheets
        back = pd.read_csv(
            tmp_path / "csv" / f"{name}.csv",
            encoding="utf-8",
            keep_default_na=False,
            dtype=str,
        )
        expected = frames[name]
        assert list(back.columns) == list(expected.columns), name
        assert len(back) == len(expected), name
        for col in expected.columns:
            want = expected[col]
            got = back[col].map(_unescape)
            for w, g in zip(want, got, strict=True):
                if pd.isna(w):
                    assert g == ""
                elif isinstance(w, (bool,)) or str(want.dtype) == "boolean":
                    assert g == str(bool(w))
                elif str(want.dtype) in ("Int64", "Float64"):
                    assert float(g) == float(w), (name, col)
                else:
                    assert g == w, (name, col)
    assert len(frames["quotes"]) == len(story.quotes) and len(
        frames["mentions"]
    ) == sum(len(e.mentions) for e in story.entities)
    # build --export csv wrote the same tables
    assert sorted(p.name for p in (built / "tables-csv").iterdir()) == sorted(
        f"{n}.csv" for n in KNOWN
    )


def test_cited_text_is_the_span(story):
    frames = story.to_frames()
    texts = {d.id: d.text for d in story.documents}
    for name in ("quotes", "figures", "events", "brief", "mentions"):
        df = frames[name]
        for doc, start, end, cited in zip(
            df["doc"], df["start"], df["end"], df["cited_text"], strict=True
        ):
            assert texts[doc][int(start) : int(end)] == cited, name


def test_formula_injection_is_escaped_and_numbers_stay_numbers(tmp_path):
    story = small_story()
    export_tables.write_csv(story, tmp_path)
    with open(tmp_path / "documents.csv", encoding="utf-8-sig", newline="") as fh:
        doc = next(csv.DictReader(fh))
    assert doc["title"] == '\'=HYPERLINK("http://x")'
    with open(tmp_path / "quotes.csv", encoding="utf-8-sig", newline="") as fh:
        quotes = {r["id"]: r for r in csv.DictReader(fh)}
    assert quotes["q2"]["text"] == "'-the union would strike on Monday"
    assert (
        quotes["q1"]["text"] == "Anna Berg is wrong about the pay."
    )  # must-not-fire: plain text as written
    with open(tmp_path / "events.csv", encoding="utf-8-sig", newline="") as fh:
        events = {r["id"]: r for r in csv.DictReader(fh)}
    assert (
        events["ev1"]["summary"] == "'@strike on Monday"
        and events["ev3"]["summary"] == "'+ a week"
    )
    raw = (tmp_path / "figures.csv").read_text(encoding="utf-8-sig")
    # the figure's text "-3" is escaped text; its value -3.0 is a number, written as one
    assert "\nf2,'-3,-3.0," in raw.replace("\r\n", "\n") and ",4000.0," in raw


def test_parquet_schema(story, tmp_path):
    story.export("parquet", tmp_path)
    quotes = pq.read_table(tmp_path / "quotes.parquet")
    assert quotes.num_rows == len(story.quotes)
    types = {f.name: str(f.type) for f in quotes.schema}
    assert (
        types["start"] == "int64"
        and types["end"] == "int64"
        and types["text"] == "string"
    )
    assert types["extra_json"] == "string"
    figures = {
        f.name: str(f.type) for f in pq.read_schema(tmp_path / "figures.parquet")
    }
    assert figures["value"] == "double" and figures["low"] == "double"
    docs = {f.name: str(f.type) for f in pq.read_schema(tmp_path / "documents.parquet")}
    assert docs["published_estimated"] == "bool"
    for name in KNOWN:
        assert (tmp_path / f"{name}.parquet").exists()


def test_empty_table_keeps_its_columns(tmp_path):
    story = small_story().model_copy(update={"conflicts": []})
    export_tables.write_parquet(story, tmp_path)
    table = pq.read_table(tmp_path / "conflicts.parquet")
    assert (
        table.num_rows == 0
        and "score" in table.column_names
        and str(table.schema.field("score").type) == "double"
    )


def test_other_fields_go_to_extra_json_and_unknown_lists_get_a_table():
    story = schema.Story.model_validate(
        {
            **small_story().model_dump(mode="json"),
            "claims": [
                {
                    "id": "s1",
                    "measure": "pay",
                    "points": ["f1", "f2"],
                    "span": {"doc": "d1", "start": 0, "end": 9},
                }
            ],
        }
    )
    tables = {t.name: t for t in export_tables.tables(story)}
    assert "claims" in tables
    claims = tables["claims"]
    row = claims.rows[0]
    assert (
        row["id"] == "s1"
        and row["measure"] == "pay"
        and row["cited_text"] == "Anna Berg"
    )
    assert json.loads(row["extra_json"]) == {
        "points": ["f1", "f2"],
        "span": {"doc": "d1", "start": 0, "end": 9},
    }
    quote = tables["quotes"].rows[0]
    extra = json.loads(quote["extra_json"])
    assert set(extra) == {"speaker_span", "cue_span", "speaker_evidence", "pieces", "said"}  # every field not given a column
    assert quote["speaker"] == "Carl Dahl" and quote["speaker_id"] == "e-dahl"


# -- TimelineJS --------------------------------------------------------------------


def test_timelinejs_valid_on_examples(story, tmp_path):
    (path,) = story.export("timelinejs", tmp_path / "timeline.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(data, TIMELINEJS_SCHEMA)
    dated = [e for e in story.events if e.date.value]
    assert len(data["events"]) == len(dated) > 0
    assert {s["unique_id"] for s in data["events"]} == {e.id for e in dated}


def test_timelinejs_dates_at_their_granularity_and_undated_left_out():
    data = export_timelinejs.timeline(small_story())
    jsonschema.validate(data, TIMELINEJS_SCHEMA)
    slides = {s["unique_id"]: s for s in data["events"]}
    assert "ev2" not in slides  # undated: not placed anywhere
    assert slides["ev1"]["start_date"] == {"year": 2025, "month": 3}  # no day invented
    assert slides["ev3"]["start_date"] == {"year": 2025, "display_date": "2025-W10"}
    assert slides["ev3"]["group"] == "Carl Dahl" and slides["ev1"]["group"] == "Story"
    assert '<a href="https://example.org/a">' in slides["ev1"]["text"]["text"]
    assert (
        "&lt;" not in slides["ev1"]["text"]["text"]
        and "1 undated event not shown" in data["title"]["text"]["text"]
    )
    assert {
        s.get("group")
        for s in export_timelinejs.timeline(small_story(), group="story")["events"]
    } == {"Story"}


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2024", {"year": 2024}),
        ("2024-02-29", {"year": 2024, "month": 2, "day": 29}),
        ("2024-13", {"year": 2024, "display_date": "2024-13"}),
        ("2024-SU", {"year": 2024, "display_date": "2024-SU"}),
        (None, None),
        ("PRESENT_REF", None),
    ],
)
def test_timelinejs_date_object(value, expected):
    assert export_timelinejs.date_object(value) == expected


def test_timelinejs_schema_can_fail():
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            {"events": [{"text": {"headline": "no date"}}]}, TIMELINEJS_SCHEMA
        )
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            {"events": [{"start_date": {"year": 2020, "month": 13}}]}, TIMELINEJS_SCHEMA
        )


def test_html_in_an_article_is_escaped_in_timelinejs():
    story = small_story()
    story.events[0].summary = "<script>alert(1)</script> strike"
    slide = next(
        s
        for s in export_timelinejs.timeline(story)["events"]
        if s["unique_id"] == "ev1"
    )
    assert (
        "<script>" not in slide["text"]["text"]
        and "&lt;script&gt;" in slide["text"]["text"]
    )


# -- the network -------------------------------------------------------------------


def test_network_edges_on_a_small_story():
    net = network.build(small_story())
    edges = {(e.source, e.target, e.kind): e for e in net.edges}
    # Dahl's quote names Berg, in one sentence: co-mention and quote edges
    assert edges[("e-berg", "e-dahl", "co-mention")].weight == 1
    assert edges[("e-berg", "e-dahl", "quote")].speaker == "e-dahl"
    assert edges[("e-berg", "e-dahl", "conflict")].weight == 1
    # must-not-fire: the company shares no sentence with anyone
    assert not [k for k in edges if "e-co" in k]
    assert {n.id: n.mentions for n in net.nodes} == {
        "e-berg": 2,
        "e-dahl": 2,
        "e-co": 1,
    }
    ev = edges[("e-berg", "e-dahl", "co-mention")].evidence[0]
    assert TEXT[ev.start : ev.end].startswith("Carl Dahl, the chief executive")


def test_split_sentences():
    bounds = network.split_sentences(TEXT)
    assert [TEXT[s:e] for s, e in bounds][-1] == "Carl Dahl left."
    assert len(bounds) == 4


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_network_read_back_by_networkx(story, built, tmp_path, fmt):
    sentences = network.store_sentences(built / "story.db")
    expected = network.build(story, sentences)
    path = export_network.write(story, tmp_path / f"n.{fmt}", fmt, sentences)
    g = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
    assert g.number_of_nodes() == len(story.entities) == len(expected.nodes)
    assert g.number_of_edges() == len(expected.edges) > 0
    kinds = {d["kind"] for _, _, d in g.edges(data=True)}
    assert "co-mention" in kinds
    name = "label" if fmt == "gexf" else "name"
    assert {d[name] for _, d in g.nodes(data=True)} == {e.name for e in story.entities}
    total = sum(int(d["weight"]) for _, _, d in g.edges(data=True))
    assert total == sum(e.weight for e in expected.edges)
    texts = {d.id: d.text for d in story.documents}
    for _, _, d in g.edges(data=True):
        for ref in d["evidence"].split():
            doc, rng = ref.rsplit(":", 1)
            start, end = map(int, rng.split("-"))
            assert doc in texts and 0 <= start < end <= len(texts[doc])


def test_build_export_wrote_the_network(built):
    g = nx.read_gexf(built / "network.gexf")
    assert g.number_of_nodes() == len(storyline.load(built).entities)


def test_the_reports_network_counts_the_sentences_the_export_counts(story, built):
    """report.html and the network export take sentence bounds from the store (the parser's),
    so an edge's weight and evidence are the same in both."""
    import re

    page = (built / "report.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="story-data">(.*?)</script>', page, re.DOTALL).group(1))
    exported = network.build(story, network.store_sentences(built / "story.db"))
    want = {(e.source, e.target, e.kind): (e.weight, [s.model_dump() for s in e.evidence]) for e in exported.edges}
    got = {(e["source"], e["target"], e["kind"]): (e["weight"], e["evidence"]) for e in data["network"]["edges"]}
    assert got and all(want[k] == v for k, v in got.items())


def test_given_sentences_the_network_uses_them_not_the_rule():
    story = small_story()
    rule = network.build(story)
    one = {d.id: [(0, len(d.text))] for d in story.documents}  # each document one sentence
    whole = network.build(story, one)
    assert sum(e.weight for e in whole.edges if e.kind == "co-mention") != sum(
        e.weight for e in rule.edges if e.kind == "co-mention")
    view = network.view_model(story, sentences=one)
    assert {(e["source"], e["target"], e["kind"]) for e in view["edges"]} == {
        (e.source, e.target, e.kind) for e in whole.edges}


def test_small_story_network_files(tmp_path):
    story = small_story()
    for fmt, read in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        g = read(export_network.write(story, tmp_path / f"s.{fmt}", fmt))
        assert g.number_of_nodes() == 3 and g.number_of_edges() == 3
        assert isinstance(g, nx.MultiGraph)


# -- SQL views ---------------------------------------------------------------------


def test_sql_views_of_the_story(story, built):
    db = sqlite3.connect(built / "story.db")
    rows = db.execute("select speaker, text from quotes").fetchall()
    assert len(rows) == len(story.quotes)
    names = {e.id: e.name for e in story.entities}
    want = [(names.get(q.speaker, q.speaker) if q.speaker else None, q.text) for q in story.quotes]
    assert sorted(rows, key=lambda r: (r[0] or "", r[1])) == sorted(
        want, key=lambda r: (r[0] or "", r[1])
    )
    for view, items in (
        ("entities", story.entities),
        ("figures", story.figures),
        ("events", story.events),
        ("conflicts", story.conflicts),
        ("story_documents", story.documents),
        ("brief", story.brief),
    ):
        assert db.execute(f"select count(*) from {view}").fetchone()[0] == len(items), (
            view
        )
    assert db.execute("select count(*) from documents").fetchone()[0] == len(
        story.documents
    )  # the store's own table
    (doc, text) = db.execute(
        "select id, text from story_documents order by id limit 1"
    ).fetchone()
    assert text == next(d.text for d in story.documents if d.id == doc)
    db.close()


def _view_matches_export(db, story):
    for t in export_tables.tables(story):
        spec = tablespec.BY_NAME.get(t.name)
        if spec is None:  # mentions and lists the spec does not know: export only
            continue
        cur = db.execute(f"select * from {spec.view}")
        cols = [c[0] for c in cur.description]
        assert cols == [*[c for c in t.names if c != export_tables.EXTRA], "json"], t.name
        rows = [dict(zip(cols, r)) for r in cur.fetchall()]
        want = [{k: v for k, v in r.items() if k != export_tables.EXTRA} for r in t.rows]
        got = [{k: (bool(v) if v is not None and k in {c.name for c in t.columns if c.type == "bool"} else v)
                for k, v in r.items() if k != "json"} for r in rows]
        assert got == want, t.name


def test_sql_views_are_the_export_tables(story, built):
    """One column spec (tablespec): each view has the export's columns and the same rows."""
    db = sqlite3.connect(built / "story.db")
    _view_matches_export(db, story)
    db.close()


def test_sql_views_of_a_small_story_are_the_export_tables(tmp_path):
    from storyline.store import Store

    story = small_story()
    with Store(tmp_path / "s.db") as st:
        st.save_story(schema.dumps(story))
    db = sqlite3.connect(tmp_path / "s.db")
    _view_matches_export(db, story)
    db.close()


def test_views_of_another_definition_are_made_again(tmp_path, monkeypatch):
    from storyline import store as s

    path = tmp_path / "s.db"
    s.Store(path).close()
    db = sqlite3.connect(path)
    db.execute("DROP VIEW quotes")
    db.execute("CREATE VIEW quotes AS SELECT 1 AS old_column")  # as an earlier storyline made it
    db.execute("UPDATE meta SET value='earlier' WHERE key='views'")
    db.commit()
    db.close()
    with s.Store(path) as st:
        st.save_story(schema.dumps(small_story()))
    db = sqlite3.connect(path)
    cols = [c[0] for c in db.execute("select * from quotes").description]
    assert "old_column" not in cols and "speaker" in cols
    db.close()
    # today's definition unchanged: opening takes no write (the views stay as they are)
    monkeypatch.setattr(s.Store, "_create_views", lambda self: pytest.fail("views made again"))
    s.Store(path).close()


def test_views_added_to_an_older_store(tmp_path):
    from storyline.store import Store

    path = tmp_path / "old.db"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute("DROP VIEW quotes")
    db.commit()
    db.close()
    with Store(path) as st:
        st.save_story(schema.dumps(small_story()))
    db = sqlite3.connect(path)
    assert db.execute("select speaker, text from quotes order by id").fetchall() == [
        ("Carl Dahl", "Anna Berg is wrong about the pay."),
        ("Anna Berg", "-the union would strike on Monday"),
    ]
    assert db.execute(
        "select subject, claimant from figures where id='f1'"
    ).fetchone() == (None, "The company")
    db.close()


# -- the command -------------------------------------------------------------------


def test_export_command(built, tmp_path):
    runner = CliRunner()
    for source in (built, built / "story.db", built / "story.json"):
        result = runner.invoke(
            app,
            [
                "export",
                str(source),
                "--format",
                "timelinejs",
                "--out",
                str(tmp_path / "t.json"),
            ],
        )
        assert result.exit_code == 0, result.output
        jsonschema.validate(
            json.loads((tmp_path / "t.json").read_text(encoding="utf-8")),
            TIMELINEJS_SCHEMA,
        )
    result = runner.invoke(
        app, ["export", str(built), "--format", "xlsx", "--out", str(tmp_path / "x")]
    )
    assert result.exit_code == 2 and "unknown format" in result.output
    result = runner.invoke(
        app,
        [
            "export",
            str(tmp_path / "missing"),
            "--format",
            "csv",
            "--out",
            str(tmp_path / "x"),
        ],
    )
    assert result.exit_code == 2 and "no such file" in result.output
    result = runner.invoke(
        app, ["build", str(EXAMPLES), "--out", str(tmp_path / "o"), "--export", "pdf"]
    )
    assert result.exit_code == 2 and not (tmp_path / "o").exists()


# -- properties ----------------------------------------------------------------------


@given(st.text())
def test_excel_safe_never_leaves_a_formula_and_reads_back(text):
    cell = export_tables.excel_safe(text)
    assert not cell.startswith(export_tables.FORMULA_START)
    table = export_tables.Table("t", [export_tables.Column("x", "str", lambda d: d)], [{"x": text}])
    rows = list(csv.reader(io.StringIO(export_tables.to_csv(table), newline="")))
    got = "" if len(rows) < 2 else "".join(rows[1])
    assert _unescape(got) == text or (text.startswith("'") and got == text)


@given(st.one_of(st.none(), st.text(max_size=20), st.from_regex(r"\A\d{4}(-\d{2}(-\d{2})?)?\Z")))
def test_timelinejs_date_object_is_valid_or_none(value):
    out = export_timelinejs.date_object(value)
    if out is None:
        return
    slide = {"start_date": out, "text": {"headline": "x"}}
    jsonschema.validate({"events": [slide]}, TIMELINEJS_SCHEMA)
    assert out["year"] == int(value[:4])


def test_export_group_option(built, tmp_path):
    result = CliRunner().invoke(
        app, ["export", str(built), "--format", "timelinejs", "--group", "story", "--out", str(tmp_path / "t.json")]
    )
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert {s["group"] for s in data["events"]} == {"Story"}


@pytest.mark.slow
def test_every_format_on_huawei(huawei_story, tmp_path):
    from storyline.api import Story

    story = Story.model_validate(huawei_story.model_dump())
    for fmt in ("csv", "parquet", "timelinejs", "gexf", "graphml"):
        assert story.export(fmt, tmp_path / fmt)
    jsonschema.validate(json.loads((tmp_path / "timelinejs").read_text(encoding="utf-8")), TIMELINEJS_SCHEMA)
    g = nx.read_graphml(tmp_path / "graphml")
    assert g.number_of_nodes() == len(story.entities)
    quotes = pd.read_csv(tmp_path / "csv" / "quotes.csv", keep_default_na=False, dtype=str)
    assert len(quotes) == len(story.quotes)


def test_network_files_survive_control_characters(tmp_path):
    story = small_story()
    story.entities[0].name = "Anna\x0b Berg\x00"
    for fmt, read in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        g = read(export_network.write(story, tmp_path / f"c.{fmt}", fmt))
        names = {d.get("label", d.get("name")) for _, d in g.nodes(data=True)}
        assert "Anna\ufffd Berg\ufffd" in names

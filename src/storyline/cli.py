"""The ``storyline`` command: thin wrappers over build, timeline, serve.

Exit codes of ``storyline build``: 0 every input was read and analysed; 1 the story
was built but some inputs failed or were skipped (each is listed, by file and line,
with the reason: "symlink loop", "not a regular file", ...); 2 nothing could be built
(bad arguments, no input readable and nothing stored, or ``--strict`` stopped at the
first bad input), said in one last line.
"""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape  # file names and messages may hold "[...]"
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .ingest.limits import DEFAULT_MAX_CHARS

os.environ.setdefault("HF_HUB_OFFLINE", "1")

app = typer.Typer(
    help="Turn a pile of news articles about one subject into a sourced, dated story.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True, soft_wrap=True)  # one message, one line (no wrapping at 80 columns)


class RichProgress:
    """Rich progress bars, one line per step; a step without a total shows a counter.

    (The interface of ``storyline.builder.Progress``.)
    """

    def __init__(self, progress: Progress):
        self.p = progress
        self.tasks: dict[str, int] = {}

    def start(self, name, total=None):
        if name not in self.tasks:
            self.tasks[name] = self.p.add_task(name, total=total)

    def advance(self, name, n=1):
        if name in self.tasks:
            self.p.advance(self.tasks[name], n)

    def describe(self, name, text):
        if name in self.tasks:
            self.p.update(self.tasks[name], description=text)

    def done(self, name):
        if name in self.tasks:
            task = self.p.tasks[self.tasks[name]]
            self.p.update(self.tasks[name], total=task.completed or 1, completed=task.completed or 1)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description:<14}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=False,
        disable=not err.is_terminal and not os.environ.get("STORYLINE_PROGRESS"),
    )


@app.command()
def build(
    inputs: list[str] = typer.Argument(None, help="Files, folders (read recursively) or globs: .txt, .html/.htm, .jsonl, .warc/.warc.gz"),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder: story.json, story.md, report.html (and story.db)"),
    store: Path | None = typer.Option(None, "--store", help="SQLite store (default OUT/story.db); it grows across runs"),
    fresh: bool = typer.Option(False, "--fresh", help="Start the store over instead of adding to it"),
    workers: int = typer.Option(1, "--workers", "-j", min=1, help="Processes for the per-document stage"),
    ray: str | None = typer.Option(None, "--ray", help="Run the per-document stage on Ray: ADDRESS, 'auto' or 'local'"),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1000, help="Cut longer documents at a paragraph boundary (long texts are parsed in bounded pieces)"),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first bad input (and refuse over-long documents)"),
    brief_sentences: int | None = typer.Option(None, "--brief-sentences", min=1, help="Sentences in the brief (default: 7 for a handful of articles, growing to 15 for thousands)"),
    brief_words: int | None = typer.Option(None, "--brief-words", min=1, help="A word budget for the brief: whole sentences chosen to fit it, still reaching the story's last phase (default: none)"),
    shards: list[str] = typer.Option(None, "--shards", help="Import the analyses of Parquet shards from a --ray run (a folder or .parquet file; repeatable) instead of analysing"),
    export: list[str] = typer.Option(None, "--export", help="Also write FORMAT into OUT (repeatable): csv, parquet, timelinejs, gexf, graphml"),
):
    """Read articles, add them to the store, and write the story of everything stored.

    Running it again on the same OUT adds only new inputs (nothing stored is analysed
    twice) and rewrites the outputs; the result equals one build of the union.
    """
    from . import builder as b

    options = b.BuildOptions(
        out=out, store=store, fresh=fresh, workers=workers, ray=ray,
        max_chars=max_chars, strict=strict, brief_sentences=brief_sentences, brief_words=brief_words, shards=tuple(shards or ()),
    )
    inputs = list(inputs or [])
    bad = [f for f in export or [] if f not in _export_formats()]
    if bad:
        err.print(f"[red]error:[/red] unknown --export format {escape(bad[0])}: choose from {', '.join(_export_formats())}", highlight=False)
        raise typer.Exit(2)
    if not inputs and not options.shards:
        err.print("[red]error:[/red] nothing to build: give INPUTS, or --shards", highlight=False)
        raise typer.Exit(2)
    try:
        with _progress() as p:
            report = b.build(inputs, options, RichProgress(p))
    except b.NothingBuilt as e:
        for f in e.failures:
            err.print(f"[red]error:[/red] {escape(str(f))}", highlight=False)
        err.print(f"[red]error:[/red] {escape(str(e))}", highlight=False)
        raise typer.Exit(2) from None
    except b.StrictError as e:
        err.print(f"[red]error:[/red] {escape(str(e))}", highlight=False)
        err.print("stopped (--strict); nothing written")
        raise typer.Exit(2) from None
    except b.BuildError as e:
        err.print(f"[red]error:[/red] {escape(str(e))}", highlight=False)
        raise typer.Exit(2) from None
    for w in report.warnings:
        err.print(f"[yellow]warning:[/yellow] {escape(w)}", highlight=False)
    for f in report.failures:
        err.print(f"[red]error:[/red] {escape(str(f))}", highlight=False)
    err.print(
        f"{report.documents} documents in the story ({report.added} new, {report.merged} identical to a stored one, "
        f"{report.already_stored} already stored, {len(report.failures)} failed)"
    )
    if report.stories > 1 or report.off_topic:
        err.print(f"the pile holds {report.stories} stories ({report.stories_rebuilt} built, the others unchanged) and "
                  f"{report.off_topic} off-topic documents: the main story is above, every story in {escape(str(options.out))}/index.html")
    for path in report.outputs:
        err.print(f"wrote {escape(str(path))}", highlight=False)
    if export:
        _build_exports(report.story, options, export)
    if report.failures:
        raise typer.Exit(1)


def _export_formats() -> tuple[str, ...]:
    from .render.export import FORMATS

    return FORMATS


def _build_exports(story, options, formats: list[str]) -> None:
    """``build --export``: each format into OUT under its default name."""
    from .api import Story
    from .render.export import DEFAULT_NAMES

    story = Story.model_validate(story.model_dump())
    story._store = options.store_path
    for fmt in dict.fromkeys(formats):
        for path in story.export(fmt, Path(options.out) / DEFAULT_NAMES[fmt]):
            err.print(f"wrote {escape(str(path))}", highlight=False)


@app.command("export")
def export_story(
    source: Path = typer.Argument(..., help="A store (story.db), an output folder or a story.json"),
    fmt: str = typer.Option(..., "--format", "-f", help="csv | parquet (a folder of tables), timelinejs (JSON), gexf | graphml (the entity network)"),
    out: Path = typer.Option(..., "--out", "-o", help="A folder for csv and parquet (one <table> file each), a file for the others"),
    group: str = typer.Option("actor", "--group", help="timelinejs rows: actor (one per main actor), story (one row) or none"),
):
    """Write a built story in a format other tools read: tables, TimelineJS, a network."""
    from .api import load

    if fmt not in _export_formats():
        err.print(f"[red]error:[/red] unknown format {escape(fmt)}: choose from {', '.join(_export_formats())}", highlight=False)
        raise typer.Exit(2)
    try:
        story = load(source)
        paths = story.export(fmt, out, group=group)
    except (OSError, ValueError) as e:
        err.print(f"[red]error:[/red] {escape(str(e))}", highlight=False)
        raise typer.Exit(2) from None
    for path in paths:
        err.print(f"wrote {escape(str(path))}", highlight=False)


@app.command()
def timeline(
    inputs: list[str] = typer.Argument(..., help="Files, folders or globs (as for build); JSONL 'date' gives publication dates"),
    dates: int = typer.Option(..., "--dates", min=1, help="Number of dates in the timeline"),
    per_date: int = typer.Option(..., "--per-date", min=1, help="Sentences per date"),
    out: Path = typer.Option(..., "--out", "-o", help="Timeline file to write (tilse format: date line, sentences, dashes)"),
    store: Path | None = typer.Option(None, "--store", help="Keep the analyses in this SQLite store (default: a temporary one)"),
    workers: int = typer.Option(1, "--workers", "-j", min=1, help="Processes for the per-document stage"),
):
    """Write a timeline of N dates with K sentences each, for timeline-summarisation benchmarks."""
    import tempfile

    from . import builder as b
    from .render.files import write_atomic
    from .render.timeline import write_timeline

    with tempfile.TemporaryDirectory(prefix="storyline-timeline-") as tmp:
        options = b.BuildOptions(out=Path(tmp), store=store, workers=workers)
        with _progress() as p, b.open_store(options) as st:
            report = b.add_inputs(inputs, options, st, RichProgress(p))
            analyses = list(st.analyses())
            text = write_timeline(analyses, dates, per_date)
    write_atomic(out, text)
    for f in report.failures:
        err.print(f"[red]error:[/red] {escape(str(f))}", highlight=False)
    err.print(f"wrote {out} ({text.count(chr(10) + '-')} dates from {len(analyses)} documents)")
    if report.failures:
        raise typer.Exit(1)


@app.command()
def schema(out: Path | None = typer.Option(None, "--out", help="Write here instead of standard output")):
    """Print the JSON Schema of story.json."""
    import json

    from .schema import json_schema

    text = json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        typer.echo(text, nl=False)


@app.command()
def serve(
    store: Path = typer.Option(..., "--store", help="The SQLite store a build wrote (OUT/story.db); created when missing"),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; any but a loopback address needs --token"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    token: str | None = typer.Option(
        None, "--token", envvar="STORYLINE_TOKEN", help="Required on every request: 'Authorization: Bearer T', ?token=T or its cookie"
    ),
):
    """Browse, search, ask and add articles in a local web app over the store."""
    from . import serve as s

    try:
        s.run(store, host, port, token)
    except s.RefuseToStart as e:
        err.print(f"error: {e}", markup=False, highlight=False)
        raise typer.Exit(2) from None


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()

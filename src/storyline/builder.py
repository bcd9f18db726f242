"""``storyline build``: inputs -> store -> corpus stage -> outputs.

Incremental by construction: inputs already in the store are skipped, so adding k
articles costs the per-document work for k plus the corpus stage. Inputs in any
order, in one run or several, give the same story.json (the corpus stage sees the
stored analyses sorted by document id).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, cast

from . import pipeline, schema
from .ingest import IngestError, read_inputs
from .ingest.limits import DEFAULT_MAX_CHARS, HTML_MAX_DEPTH, html_too_deep, limit_record
from .store import Store, fingerprint
from .storybuild import StageOptions
from .types import Record


@dataclass(kw_only=True)
class BuildOptions(StageOptions):
    """The corpus stage's options (``storybuild.StageOptions``: out, fresh, brief_sentences, brief_words,
    outputs, ray, workers) and the reading's. Keyword arguments only."""

    out: Path
    store: Path | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    strict: bool = False
    shards: tuple[str, ...] = ()  # Parquet shards of an earlier --ray run, imported as analyses

    @property
    def store_path(self) -> Path:
        return Path(self.store) if self.store else Path(self.out) / "story.db"


@dataclass
class Failure:
    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}" if self.line else f"{self.source}: {self.message}"


@dataclass
class BuildReport:
    added: int = 0
    already_stored: int = 0
    merged: int = 0  # identical content found at a new source
    reanalysed: int = 0
    documents: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    story: schema.Story | None = None
    stories: int = 0  # stories the pile was split into (the main one is `story`)
    off_topic: int = 0  # documents in no story
    stories_rebuilt: int = 0  # stories whose corpus stage ran (the others were unchanged)
    story_files: list[Path] = field(default_factory=list)  # OUT/stories/, stories.json, index.html


class BuildError(RuntimeError):
    """Nothing could be built (the CLI exits with 2)."""


class StrictError(BuildError):
    """--strict stopped at the first bad input."""


class NothingBuilt(BuildError):
    """Every input failed (or none held an article) and the store holds no document:
    no story is written. ``failures`` says why, input by input."""

    def __init__(self, message: str, failures: list[Failure]):
        super().__init__(message)
        self.failures = failures


def check_inputs(inputs: list[str]) -> None:
    """Refuse a build none of whose INPUT arguments names anything (a typo, not a bad file)."""
    from .ingest import expand

    found, problems = expand(inputs)
    if not found and problems:
        raise BuildError("nothing to read: " + "; ".join(map(str, problems)))


class Progress(Protocol):
    """What build reports as it goes; the CLI passes a rich-backed one (any object with
    these methods; a subclass inherits them as no-ops)."""

    def start(self, name: str, total: int | None = None) -> None:
        return None

    def advance(self, name: str, n: int = 1) -> None:
        return None

    def done(self, name: str) -> None:
        return None

    def describe(self, name: str, text: str) -> None:
        """Say what a started step is doing now (the corpus stage names its steps)."""
        return None


class Silent(Progress):
    """Reports nothing: the progress of a build nobody watches."""


def open_store(options: BuildOptions) -> Store:
    path = options.store_path
    if options.fresh:
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(path) + suffix)
            if p.exists():
                p.unlink()
    return Store(path)


def record_failure(record: Record, message: str) -> Failure:
    """A failure named by the file (and line) the record came from, and its URL if it has one."""
    if record.origin is None:
        return Failure(record.source, message)
    if record.source.startswith(f"{record.origin}#"):  # a JSONL line without a URL
        return Failure(record.origin, message, record.line)
    return Failure(record.origin, f"{record.source}: {message}", record.line)


def _fail(report: BuildReport, failure: Failure, strict: bool) -> None:
    report.failures.append(failure)
    if strict:
        raise StrictError(str(failure))


def _records(inputs: list[str], options: BuildOptions, store: Store, report: BuildReport, progress: Progress) -> Iterator[tuple[Record, str]]:
    # OUT inside an INPUT folder: its report.html is not an article to read on the next build
    for item in read_inputs(inputs, exclude=[Path(options.out)]):
        progress.advance("read")
        if isinstance(item, IngestError):
            _fail(report, Failure(item.source, item.message, item.line), options.strict)
            continue
        limited = limit_record(item, options.max_chars, options.strict)
        if isinstance(limited, str):
            _fail(report, record_failure(item, limited), options.strict)
            continue
        # the fingerprint of what will be analysed: a record cut at --max-chars is
        # analysed again when a later build allows more of it (and a 200 MB text is
        # not hashed in full)
        fp = fingerprint(limited)
        del item
        if store.has_input(fp):
            report.already_stored += 1
            continue
        yield limited, fp


def _no_text(record: Record, analysis) -> str | None:
    """Why a document has no text to analyse, or None. (An empty document is refused:
    every empty input would otherwise become the one document whose id is the hash of "".)"""
    doc = analysis.document
    if doc.text.strip():
        return None
    if record.html is not None and record.text is None:
        if html_too_deep(record.html):
            return f"no article text found in the page: it nests deeper than {HTML_MAX_DEPTH} elements, the HTML parser's limit"
        return "no article text found in the page"
    if doc.removed:
        # say what the cleaner took each block for (its reason starts with a kind: "headline: ...")
        kinds = Counter(r.kind or "other" for r in doc.removed)
        if set(kinds) == {"headline"}:
            why = "no article text: its only text was taken as the title"
        else:
            what = ", ".join(f"{k} x{n}" if n > 1 else k for k, n in kinds.most_common())
            why = f"no article text left after cleaning: every block was cut ({what})"
        encoding = [w for w in record.warnings if "byte" in w or "encod" in w]
        return why + (f"; note: {encoding[0]}" if encoding else "")
    return "no article text (no words in it)"


def reanalyse(store: Store, stale: list[str], nlp=None, on_each: Callable[[], None] | None = None) -> int:
    """The stored documents ``stale`` (of another analysis version: ``store.stale``)
    analysed again from their stored cleaned text, one transaction each; how many were
    listed. The build and the web app's add jobs both call this."""
    for doc_id in stale:
        document = store.document(doc_id)  # the document alone: the old analysis may be of an older shape
        if document is not None:  # (listed as stale a moment ago: it is there)
            store.replace(pipeline.analyse_document(document, nlp))
        if on_each is not None:
            on_each()
    return len(stale)


def add_inputs(inputs: list[str], options: BuildOptions, store: Store, progress: Progress | None = None) -> BuildReport:
    """The per-document stage over new inputs, stored one transaction per document."""
    progress = progress or Silent()
    report = BuildReport()
    stale = store.stale(pipeline.ANALYSIS_VERSION)
    if stale:
        progress.start("re-analyse", len(stale))
        report.reanalysed = reanalyse(store, stale, on_each=lambda: progress.advance("re-analyse"))
        progress.done("re-analyse")
    progress.start("read")
    progress.start("analyse")
    records = _records(inputs, options, store, report, progress)
    workers = options.workers
    if not options.ray and workers > 1:
        workers, warning = plan_workers(workers, options.max_chars)
        if warning:
            report.warnings.append(warning)
    if options.ray:
        from .run import ray_runner

        shards = Path(options.out) / "shards"
        run = 1 + max((int(p.name[4:]) for p in shards.glob("run-*") if p.name[4:].isdigit()), default=0)
        outcomes = ray_runner.analyse_stream(records, options.ray, workers=options.workers, shards=shards / f"run-{run}")
    else:
        from .run.local import analyse_stream

        outcomes = analyse_stream(records, workers=workers)
    for record, fp, analysis, error in outcomes:
        progress.advance("analyse")
        if error is None and analysis is not None:
            error = _no_text(record, analysis)
        if error or analysis is None:
            _fail(report, record_failure(record, error or "no analysis"), options.strict)
            continue
        report.warnings.extend(f"{record.source}: {w}" for w in analysis.document.warnings)
        if analysis.document.language == "en" and not analysis.sentences:
            report.warnings.append(f"{record.source}: no sentences found in its text")
        if store.add(analysis, fp=cast(str, fp), source=record.source):  # the tag _records gave: the input's fingerprint
            report.added += 1
        else:
            report.merged += 1
    progress.done("read")
    progress.done("analyse")
    return report


def shard_files(paths: tuple[str, ...]) -> list[Path]:
    """The Parquet files named by --shards: files, or folders searched recursively."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.rglob("*.parquet"))
            if not found:
                raise BuildError(f"{p}: no Parquet shards in this folder")
            files += found
        elif p.is_file():
            files.append(p)
        else:
            raise BuildError(f"{p}: no such file or folder")
    return files


def import_shards(options: BuildOptions, store: Store, progress: Progress | None = None) -> BuildReport:
    """Store the analyses of Parquet shards written by a --ray run (here or on a
    cluster) without analysing anything: the corpus stage then reads them with the rest.
    An input whose fingerprint is stored already is skipped; an analysis of another
    ANALYSIS_VERSION is stored as it is and redone from its cleaned text by the
    stale-analysis pass of ``add_inputs``."""
    from .run.ray_runner import read_shard

    progress = progress or Silent()
    report = BuildReport()
    progress.start("import shards")
    for path in shard_files(options.shards):
        try:
            for source, tag, analysis, error in read_shard(path):
                progress.advance("import shards")
                if error or analysis is None:
                    _fail(report, Failure(source, error or "no analysis"), options.strict)
                    continue
                fp = tag if isinstance(tag, str) else None
                if fp is not None and store.has_input(fp):
                    report.already_stored += 1
                    continue
                if not analysis.document.text.strip():
                    _fail(report, Failure(source, "no article text"), options.strict)
                elif store.add(analysis, fp=fp, source=source):
                    report.added += 1
                else:
                    report.merged += 1
        except StrictError:
            raise
        except Exception as e:  # a damaged or foreign file: say which, keep the rest
            _fail(report, Failure(str(path), f"cannot read shard: {' '.join(str(e).split())[:200]}"), options.strict)
    progress.done("import shards")
    return report


def _merge(a: BuildReport, b: BuildReport) -> BuildReport:
    a.added += b.added
    a.already_stored += b.already_stored
    a.merged += b.merged
    a.reanalysed += b.reanalysed
    a.failures += b.failures
    a.warnings += b.warnings
    return a


def build(inputs: list[str], options: BuildOptions, progress: Progress | None = None) -> BuildReport:
    progress = progress or Silent()
    if inputs or not options.shards:
        check_inputs(inputs)
    files = shard_files(options.shards)  # a typo is refused before anything is written
    with open_store(options) as store:
        report = import_shards(options, store, progress) if files else BuildReport()
        report = _merge(report, add_inputs(inputs, options, store, progress))
        if report.failures:
            runs = store.db.execute("SELECT COALESCE(MAX(run), 0) + 1 FROM errors").fetchone()[0]
            store.log_errors(runs, [(f.source, f.line, f.message) for f in report.failures])
        if store.count() == 0:
            n = len(report.failures)
            raise NothingBuilt(
                f"nothing built: {'none of the ' + str(n) + ' input(s) could be read' if n else 'the inputs hold no article'}"
                " and the store holds no document", report.failures)
        from .render.network import story_sentences
        from .storybuild import corpus_stage

        def sentences(story: schema.Story, which: tuple[str, ...]):
            """The report's network counts co-mentions in the parser's sentences, as the
            network export does: the story's documents' bounds, read from the store."""
            return story_sentences(store.path, story) if "html" in which else None

        def write_main(story: schema.Story) -> None:
            """The main story's outputs and store copy: written as soon as it is built,
            before the other stories (so OUT/ is whole at every point a build can stop)."""
            progress.start("write")
            report.outputs = write_outputs(story, Path(options.out), options.outputs, sentences(story, options.outputs))
            store.save_story(schema.dumps(story))
            progress.done("write")

        def write_story(story: schema.Story, out: Path, which: tuple[str, ...]) -> list[Path]:
            return write_outputs(story, out, which, sentences(story, which))

        # the corpus stage per story (storybuild): a one-subject pile is one story
        story, detection, report.story_files, report.stories_rebuilt = corpus_stage(store, options, progress, write_story, write_main)
        report.stories = len(detection.stories)
        report.off_topic = len(detection.off_topic)
        report.documents = len(story.documents)
        report.story = story
    return report


def write_outputs(story: schema.Story, out: Path, which: tuple[str, ...] = ("json", "md", "html"),
                  sentences: dict[str, list[tuple[int, int]]] | None = None) -> list[Path]:
    """story.json, story.md and report.html (those in ``which``); ``sentences``: the store's
    sentence bounds per document, for the report's network."""
    from .render import json as r_json

    out.mkdir(parents=True, exist_ok=True)
    paths = []
    if "json" in which:
        paths.append(r_json.write(story, out))
    if "md" in which:
        from .render import markdown as r_md

        paths.append(r_md.write(story, out))
    if "html" in which:
        from .render import html as r_html

        paths.append(r_html.write(story, out, sentences))
    return paths


# Peak memory of one worker of the per-document stage, from bench/memory.py (peak RSS
# against document length): the loaded spaCy pipeline and embedding model (about 450
# MiB), spaCy's parse of one piece (about 3.7 KB a character, pieces of at most
# pipeline.PIECE_CHARS) and what the document and its analysis hold (about 0.3 KB a
# character). Rounded up.
WORKER_BASE_BYTES = 450 << 20
PARSE_BYTES_PER_CHAR = 3_800
KEPT_BYTES_PER_CHAR = 300


def worker_peak_bytes(max_chars: int) -> int:
    """What one worker may need at most for a document of ``max_chars`` characters."""
    return WORKER_BASE_BYTES + PARSE_BYTES_PER_CHAR * min(max_chars, pipeline.PIECE_CHARS) + KEPT_BYTES_PER_CHAR * max_chars


def available_memory() -> int | None:
    """Bytes the kernel says can be had without swapping (MemAvailable), or None when unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def plan_workers(workers: int, max_chars: int) -> tuple[int, str | None]:
    """``workers`` lowered to what the available memory holds (at least 1), and the warning saying so."""
    free = available_memory()
    need = worker_peak_bytes(max_chars)
    if free is None or workers * need <= free * 0.9:  # leave a tenth for the parent and the page cache
        return workers, None
    fits = max(1, int(free * 0.9 // need))
    if fits >= workers:
        return workers, None
    return fits, (f"--workers {workers} lowered to {fits}: each worker may need up to {need >> 20} MiB "
                  f"(documents up to --max-chars {max_chars}) and {free >> 20} MiB is available")


def default_workers() -> int:
    return max(1, min(4, (os.cpu_count() or 1)))

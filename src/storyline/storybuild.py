"""The corpus stage of ``storyline build`` per story (issue 21), for the CLI and the web
app alike (``serve.jobs`` calls ``corpus_stage`` with no output folder).

The stored documents are split into stories (``resolve.stories``) from their detection
features, cached in the store (``story_features``, by document id and analysis
version: a build reads only the new documents' analyses for them); the corpus stage runs
once per story over that story's analyses only, read in one query a story (so its
memory is set by the largest story, not the pile). Each story's members, story.json and
stamp are kept in the store (``stories``, one transaction a story); with an output
folder each story is also written to ``OUT/stories/<id>/``, the largest to ``OUT/`` as
before, with every document left out of it listed in ``off_topic``;
``OUT/stories.json`` and ``OUT/index.html`` list the stories; ``OUT/entities.json``
links the people and organisations of every story by name
(``resolve.stories.EntityIndex``; the store keeps the list and the index in
``story_index``).

Two stamps: a story whose members, analysis version, corpus-stage code and options
are those of its last build (the corpus stamp, kept in the store) is not rebuilt: its
story.json is read back from the store. Its folder is written again only when its
``.members`` file does not hold the render stamp (the corpus stamp, the renderers'
code and templates, the outputs asked for): a change of CSS or of ``--outputs``
re-renders from the stored story.json without a corpus stage. ``--fresh`` rebuilds
every story.

With ``--ray``, the stories to build run as Ray tasks (a story's analyses and the cached
vectors its comparisons need are shipped with it; a few stories in flight at a time);
their results are the same bytes as in one process (tests/test_stories.py).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import lexicon, pipeline, schema
from .analyse import names
from .embed import Embedder
from .faults import pause
from .resolve import stories
from .store import Store

STAMP = ".members"


@dataclass
class StageOptions:
    """What the corpus stage reads of the build's options (``builder.BuildOptions`` is one
    of these with the reading's options). ``out`` None: nothing is written but the store
    (the web app)."""

    out: Path | None = None
    fresh: bool = False
    brief_sentences: int | None = None  # None: the brief's length grows with the story
    brief_words: int | None = None  # a word budget the brief is chosen within; None: none
    outputs: tuple[str, ...] = ("json", "md", "html")
    ray: str | None = None
    workers: int = 1


@functools.cache
def stage_fingerprint() -> str:
    """A hash of the code and data a story is computed with, as installed (``lexicon.STORY_CODE``).
    The package version alone does not move when a checkout's code does, and a story
    reused after a change to that code would silently keep the old answer."""
    return lexicon.fingerprint(lexicon.STORY_CODE, suffixes=(*lexicon.DATA_SUFFIXES, ".py"))


@functools.cache
def render_fingerprint() -> str:
    """A hash of the code, templates and styles a story's files are rendered with
    (``lexicon.RENDER_CODE``): a change re-renders them from the stored story.json."""
    return lexicon.fingerprint(lexicon.RENDER_CODE, suffixes=(*lexicon.DATA_SUFFIXES, ".py", ".js", ".css", ".html"))


def _stamp(group: stories.StoryGroup, options) -> str:
    """What a stored story was computed from (the corpus stage's stamp): a change to any
    part reruns its corpus stage. Its documents, their analysis version, the corpus
    stage's code and data files (``stage_fingerprint``) and its options; not how its
    files are rendered (``_render_stamp``)."""
    h = hashlib.sha1()
    parts: tuple[str, ...] = (pipeline.ANALYSIS_VERSION, stage_fingerprint(), schema.SCHEMA_VERSION, str(options.brief_sentences))
    if options.brief_words is not None:  # no budget: the stamp stories were stored under
        parts += (f"brief_words={options.brief_words}",)
    for part in (*parts, *group.documents):
        h.update(part.encode() + b"\x00")
    return h.hexdigest()


def _render_stamp(stamp: str, options) -> str:
    """What a story's folder was rendered from: its corpus stamp, the renderers' code
    (``render_fingerprint``) and the outputs asked for. A change here alone writes the
    folder again from the story as stored, with no corpus stage."""
    h = hashlib.sha1()
    for part in (stamp, render_fingerprint(), ",".join(sorted(getattr(options, "outputs", ())))):
        h.update(part.encode() + b"\x00")
    return h.hexdigest()


def load_features(store: Store, chunk: int = 200) -> list[stories.DocFeatures]:
    """Every stored document's detection features, by document id: from the store's
    cache, or read from the analysis (a few hundred a query) and cached."""
    rows = store.cached_features(":" + stories.features_version())
    missing = [d for d, _, raw in rows if raw is None]
    computed: dict[str, stories.DocFeatures] = {}
    for i in range(0, len(missing), chunk):
        for a in store.analyses_of(missing[i : i + chunk]):
            computed[a.document.id] = stories.features(a)
    store.save_features([(d, key, computed[d].to_json()) for d, key, raw in rows if raw is None and d in computed])
    return [stories.DocFeatures.from_json(raw) if raw is not None else computed[d]
            for d, _, raw in rows if raw is not None or d in computed]


def _drop_stale(folder: Path, keep: set[str]) -> None:
    """Remove the folders of stories that no longer exist (merged, or renamed because an
    earlier document joined them). Only folders this module wrote (with a stamp) go."""
    import shutil

    if not folder.is_dir():
        return
    for d in folder.iterdir():
        if d.is_dir() and d.name not in keep and (d / STAMP).is_file():
            shutil.rmtree(d)


def _reused(group: stories.StoryGroup, options, store: Store, stamp: str) -> schema.Story | None:
    """The story as its last build stored it, if its members and versions are unchanged."""
    if options.fresh:
        return None
    state = store.story_state(group.id)
    if state is None or state[0] != stamp:
        return None
    try:
        return schema.Story.model_validate_json(state[1])
    except ValueError:  # damaged or of another schema: rebuilt
        return None


def _built(groups, store: Store, options, embedder, progress, steps, stamps):
    """(group, story, built now?) in the groups' order, one story in memory at a time
    (with --ray, a few stories' corpus stages run ahead as Ray tasks)."""
    if options.ray:
        yield from _built_on_ray(groups, store, options, progress, steps, stamps)
        return
    for group in groups:
        story = _reused(group, options, store, stamps[group.id])
        if story is not None:
            progress.advance("corpus stage", len(steps))
            yield group, story, False
            continue
        analyses = store.analyses_of(group.documents)

        def on_step(name: str, sid: str = group.id) -> None:
            pause(f"corpus:{name}")  # tests kill here (faults.py); nothing otherwise
            progress.advance("corpus stage")
            progress.describe("corpus stage", f"corpus ({sid}): {name}")

        story = pipeline.build_story(analyses, _brief_options(options), embedder=embedder, on_step=on_step)
        del analyses
        names.forget_names()  # one story's names held, not every story's built so far
        yield group, story, True


def _brief_options(options) -> dict:
    """The corpus stage's options the brief reads."""
    return {"brief_sentences": options.brief_sentences, "brief_words": options.brief_words}


def _story_task(analyses_json: list[str], vectors: dict[str, bytes], brief: dict) -> str:
    """A story's corpus stage on a Ray worker: analyses (JSON) and the cached vectors
    their comparisons need in, story.json out."""
    import numpy as np

    from .types import DocAnalysis

    analyses = [DocAnalysis.model_validate_json(a) for a in analyses_json]
    cache = {k: np.frombuffer(v, dtype=np.float32) for k, v in vectors.items()}
    try:
        return schema.dumps(pipeline.build_story(analyses, brief, embedder=Embedder(cache=cache)))
    finally:
        names.forget_names()  # a worker builds story after story: it holds one story's names


def _built_on_ray(groups, store: Store, options, progress, steps, stamps):
    """The stories to build run as Ray tasks, at most 2 x workers in flight (the driver
    holds their analyses until they are submitted); results come back in order."""
    from collections import deque

    import ray

    from . import embed
    from .analyse import vectors as a_vectors
    from .run import ray_runner

    ray_runner.init(options.ray, options.workers)
    task = ray.remote(num_cpus=1)(_story_task)
    cache = store.embedding_cache()
    pending: deque = deque()
    window = max(2, 2 * options.workers)

    def submit(group):
        analyses = store.analyses_of(group.documents)
        keys = sorted({embed.key(t) for a in analyses for t in a_vectors.texts(a)})
        vecs = {k: v.astype("float32").tobytes() for k, v in cache.get_many(keys).items()}
        return task.remote([a.model_dump_json() for a in analyses], vecs, _brief_options(options))

    for group in groups:
        story = _reused(group, options, store, stamps[group.id])
        pending.append((group, story if story is not None else submit(group)))
        while len(pending) > window or (pending and isinstance(pending[0][1], schema.Story)):
            yield _collect(pending.popleft(), progress, steps)
    while pending:
        yield _collect(pending.popleft(), progress, steps)


def _collect(item, progress, steps):
    import ray

    group, story = item
    progress.advance("corpus stage", len(steps))
    if isinstance(story, schema.Story):
        return group, story, False
    return group, schema.Story.model_validate_json(ray.get(story)), True


def _write_folder(group: stories.StoryGroup, story: schema.Story, stamp: str, out: Path, options,
                  write_outputs: Callable) -> list[Path]:
    """A story's folder under OUT/stories/, unless it already holds this stamp's files."""
    from .render.files import write_atomic

    folder = out / "stories" / group.id
    stamp_file = folder / STAMP
    rendered = _render_stamp(stamp, options)
    if not options.fresh and stamp_file.is_file() and stamp_file.read_text() == rendered:
        return []
    written = write_outputs(story, folder, options.outputs)
    write_atomic(stamp_file, rendered)
    return written


def corpus_stage(store: Store, options, progress, write_outputs: Callable | None,
                 write_main: Callable[[schema.Story], None]) -> tuple[schema.Story, stories.Detection, list[Path], int]:
    """(main story, detection, files written besides the main outputs, stories rebuilt).
    ``write_main(story)`` writes the main story's outputs: called once, as soon as it is
    built (it is built first), so a build stopped later leaves OUT/ whole. With
    ``options.out`` None only the store is written (``write_outputs`` is not called)."""
    from .resolve.story import STEPS

    cache = store.embedding_cache()
    embedder = Embedder(cache=cache)
    progress.start("stories")
    feats = load_features(store)  # features only: no analysis is kept
    detection = stories.detect(feats, embedder)
    titles = {f.id: f.title for f in feats}
    del feats
    progress.done("stories")
    out = Path(options.out) if options.out is not None else None
    written: list[Path] = []
    main: schema.Story | None = None
    rebuilt = 0
    off_topic: list[schema.OffTopic] = []
    if detection.main is not None:
        in_main = set(detection.main.documents)
        story_of = detection.story_of()
        off_topic = [
            schema.OffTopic(doc=d, title=titles.get(d), sources=store.sources(d), story=story_of.get(d),
                            reason=detection.reasons[d].evidence() if d not in story_of and d in detection.reasons else None)
            for d in sorted(set(story_of) | set(detection.off_topic)) if d not in in_main
        ]
    stamps = {g.id: _stamp(g, options) for g in detection.stories}
    people = stories.EntityIndex()
    progress.start("corpus stage", len(STEPS) * len(detection.stories))
    for group, story, fresh in _built(detection.stories, store, options, embedder, progress, STEPS, stamps):
        if fresh:
            story.story_id, story.label = group.id, group.label
            store.save_story_state(group.id, stamps[group.id], json.dumps(group.as_dict(), ensure_ascii=False), schema.dumps(story))
            rebuilt += 1
        if main is None:  # stories come largest first: this is the main one
            main = story.model_copy(update={"off_topic": off_topic})
            cache.flush()
            write_main(main)
        elif fresh:
            # the vectors this story's stage embedded go to the store now: held until the
            # end, they made the stage's memory grow with the pile, not the largest story
            cache.flush()
        if out is not None and write_outputs is not None:  # callers pass write_outputs with out
            written += _write_folder(group, story, stamps[group.id], out, options, write_outputs)
        people.add(group.id, story.entities)
        # its dates as the corpus stage settled them (detection sees metadata dates only)
        dated = sorted(d.published.value for d in story.documents if d.published.value)
        if dated:
            group.start, group.end = dated[0], dated[-1]
    cache.flush()
    progress.done("corpus stage")
    from .render import index
    from .render.files import write_atomic

    listing = [g.as_dict() for g in detection.stories]
    entities_json = json.dumps(people.as_list(), ensure_ascii=False, indent=1) + "\n"
    store.save_story_index([(g["id"], json.dumps(g, ensure_ascii=False)) for g in listing], entities_json)
    if main is None:  # an empty store: the empty story, as before
        main = pipeline.build_story([], _brief_options(options), embedder=embedder)
        write_main(main)
        return main, detection, written + (index.write([], [], out) if out is not None else []), rebuilt
    if out is None:
        return main, detection, written, rebuilt
    _drop_stale(out / "stories", {g.id for g in detection.stories})
    strays = [o.model_dump() for o in main.off_topic if o.story is None]
    written += index.write(listing, strays, out)
    written.append(write_atomic(out / "entities.json", entities_json))
    return main, detection, written, rebuilt

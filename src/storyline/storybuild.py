"""The corpus stage of ``storyline build`` per story (issue 21).

The stored documents are split into stories (``resolve.stories``); the corpus stage
runs once per story over that story's analyses only, read from the store one story at
a time (so its memory is set by the largest story, not the pile). Each story is
written to ``OUT/stories/<id>/``; the largest is also written to ``OUT/`` as before,
with every document left out of it listed in ``off_topic``; ``OUT/stories.json`` and
``OUT/index.html`` list the stories; ``OUT/entities.json`` links the people and
organisations of every story by name (``resolve.stories.EntityIndex``).

A story whose members, analysis version and options are those of its last build is
not rebuilt: its ``stories/<id>/story.json`` is read back (``.members`` in its folder
holds the stamp). ``--fresh`` rebuilds every story.

With ``--ray``, the stories to build run as Ray tasks (a story's analyses and the cached
vectors its comparisons need are shipped with it; a few stories in flight at a time);
their results are the same bytes as in one process (tests/test_stories.py).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import lexicon, pipeline, schema
from .embed import Embedder
from .faults import pause
from .resolve import stories
from .store import Store

STAMP = ".members"


def _stamp(group: stories.StoryGroup, options) -> str:
    """What a stored story was built from: a change to any part rebuilds it. The
    corpus stage's own data files (resolve/data) count, and so do the outputs asked for
    (a reused story writes no files)."""
    h = hashlib.sha1()
    parts = (pipeline.ANALYSIS_VERSION, lexicon.fingerprint(("resolve/data",)), schema.SCHEMA_VERSION,
             str(options.brief_sentences), ",".join(sorted(getattr(options, "outputs", ()))))
    for part in (*parts, *group.documents):
        h.update(part.encode() + b"\x00")
    return h.hexdigest()


def _drop_stale(folder: Path, keep: set[str]) -> None:
    """Remove the folders of stories that no longer exist (merged, or renamed because an
    earlier document joined them). Only folders this module wrote (with a stamp) go."""
    import shutil

    if not folder.is_dir():
        return
    for d in folder.iterdir():
        if d.is_dir() and d.name not in keep and (d / STAMP).is_file():
            shutil.rmtree(d)


def _reused(group: stories.StoryGroup, options, out: Path) -> schema.Story | None:
    """The story as its last build wrote it, if its members and versions are unchanged."""
    folder = out / "stories" / group.id
    stamp_file = folder / STAMP
    if options.fresh or not stamp_file.exists() or stamp_file.read_text() != _stamp(group, options):
        return None
    try:
        return schema.Story.model_validate_json((folder / "story.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):  # gone, damaged or of another schema: rebuilt
        return None


def _built(groups, store: Store, options, embedder, progress, steps):
    """(group, story, built now?) in the groups' order, one story in memory at a time
    (with --ray, a few stories' corpus stages run ahead as Ray tasks)."""
    out = Path(options.out)
    if options.ray:
        yield from _built_on_ray(groups, store, options, progress, steps)
        return
    for group in groups:
        story = _reused(group, options, out)
        if story is not None:
            progress.advance("corpus stage", len(steps))
            yield group, story, False
            continue
        analyses = [store.analysis(d) for d in group.documents]

        def on_step(name: str, sid: str = group.id) -> None:
            pause(f"corpus:{name}")  # tests kill here (faults.py); nothing otherwise
            progress.advance("corpus stage")
            progress.describe("corpus stage", f"corpus ({sid}): {name}")

        story = pipeline.build_story(analyses, {"brief_sentences": options.brief_sentences}, embedder=embedder, on_step=on_step)
        del analyses
        yield group, story, True


def _story_task(analyses_json: list[str], vectors: dict[str, bytes], brief_sentences: int) -> str:
    """A story's corpus stage on a Ray worker: analyses (JSON) and the cached vectors
    their comparisons need in, story.json out."""
    import numpy as np

    from .types import DocAnalysis

    analyses = [DocAnalysis.model_validate_json(a) for a in analyses_json]
    cache = {k: np.frombuffer(v, dtype=np.float32) for k, v in vectors.items()}
    return schema.dumps(pipeline.build_story(analyses, {"brief_sentences": brief_sentences}, embedder=Embedder(cache=cache)))


def _built_on_ray(groups, store: Store, options, progress, steps):
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
    out = Path(options.out)
    pending: deque = deque()
    window = max(2, 2 * options.workers)

    def submit(group):
        analyses = [store.analysis(d) for d in group.documents]
        keys = sorted({embed.key(t) for a in analyses for t in a_vectors.texts(a)})
        vecs = {k: v.astype("float32").tobytes() for k, v in cache.get_many(keys).items()}
        return task.remote([a.model_dump_json() for a in analyses], vecs, options.brief_sentences)

    for group in groups:
        story = _reused(group, options, out)
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


def corpus_stage(store: Store, options, progress, write_outputs, write_main) -> tuple[schema.Story, stories.Detection, list[Path], int]:
    """(main story, detection, files written besides the main outputs, stories rebuilt).
    ``write_main(story)`` writes the main story's outputs: called once, as soon as it is
    built (it is built first), so a build stopped later leaves OUT/ whole."""
    from .resolve.story import STEPS

    cache = store.embedding_cache()
    embedder = Embedder(cache=cache)
    progress.start("stories")
    feats = [stories.features(a) for a in store.analyses()]  # features only: the analyses are not kept
    detection = stories.detect(feats, embedder)
    titles = {f.id: f.title for f in feats}
    del feats
    progress.done("stories")
    out = Path(options.out)
    written: list[Path] = []
    main: schema.Story | None = None
    rebuilt = 0
    off_topic: list[schema.OffTopic] = []
    if detection.main is not None:
        in_main = set(detection.main.documents)
        story_of = detection.story_of()
        off_topic = [
            schema.OffTopic(doc=d, title=titles.get(d), sources=store.sources(d), story=story_of.get(d))
            for d in sorted(set(story_of) | set(detection.off_topic)) if d not in in_main
        ]
    people = stories.EntityIndex()
    progress.start("corpus stage", len(STEPS) * len(detection.stories))
    for group, story, fresh in _built(detection.stories, store, options, embedder, progress, STEPS):
        if fresh:
            story.story_id, story.label = group.id, group.label
        if main is None:  # stories come largest first: this is the main one
            main = story.model_copy(update={"off_topic": off_topic})
            cache.flush()
            write_main(main)
        if fresh:
            folder = out / "stories" / group.id
            written += write_outputs(story, folder, options.outputs)
            from .render.files import write_atomic

            write_atomic(folder / STAMP, _stamp(group, options))
            rebuilt += 1
        people.add(group.id, story.entities)
        # its dates as the corpus stage settled them (detection sees metadata dates only)
        dated = sorted(d.published.value for d in story.documents if d.published.value)
        if dated:
            group.start, group.end = dated[0], dated[-1]
    cache.flush()
    progress.done("corpus stage")
    from .render import index
    from .render.files import write_atomic

    if main is None:  # an empty store: the empty story, as before
        main = pipeline.build_story([], {"brief_sentences": options.brief_sentences}, embedder=embedder)
        write_main(main)
        return main, detection, written + index.write([], [], out), rebuilt
    _drop_stale(out / "stories", {g.id for g in detection.stories})
    strays = [o.model_dump() for o in main.off_topic if o.story is None]
    written += index.write([g.as_dict() for g in detection.stories], strays, out)
    written.append(write_atomic(out / "entities.json", json.dumps(people.as_list(), ensure_ascii=False, indent=1) + "\n"))
    return main, detection, written, rebuilt

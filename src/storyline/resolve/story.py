"""The corpus stage in order: analyses in, Story out."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .. import schema
from ..types import DocAnalysis
from . import brief, conflicts, dating, duplicates, entities, events, figures, furniture, quotes
from .corpus import Corpus


def _own(a: DocAnalysis) -> DocAnalysis:
    return a.model_copy(update={
        "document": a.document.model_copy(),
        "timexes": [t.model_copy() for t in a.timexes],
    })


# The steps in order, as ``on_step`` names them.
STEPS = ("furniture", "entities", "dating", "duplicates", "quotes", "events", "figures", "conflicts", "brief")


def build(analyses: list[DocAnalysis], options: dict, embedder=None, on_step: Callable[[str], None] | None = None) -> schema.Story:
    """``on_step(name)`` is called as each of ``STEPS`` starts (progress, timings)."""
    tick = on_step or (lambda _name: None)
    # The caller's analyses stay as they were. This stage sets each document's date and
    # duplicate_of and re-anchors its time expressions (dating.reanchor), so documents
    # and timexes are copied, nothing else (a deep copy of every analysis doubled the
    # corpus stage's memory).
    tick("furniture")
    owned = [_own(a) for a in analyses]
    # site furniture (a line many unrelated texts print at the same end) is found across the
    # documents and every item drawn from it left out before any step reads the analyses;
    # the document lists what was left out (resolve/furniture.py)
    related = duplicates.groups(owned, furniture.settings().related)
    lines = furniture.find(owned, related)
    # a side box printed as whole lines inside the text (the same run of lines in unrelated texts)
    for d, items in furniture.find_blocks(owned, related, lines).items():
        lines[d] = sorted(lines.get(d, []) + items, key=lambda f: f.start)
    # and a run of words many unrelated texts print inside a line, run into the article's words
    runs = furniture.find_runs(owned, related, lines)
    for a in owned:
        a.document.furniture = sorted(lines.get(a.document.id, []) + runs.get(a.document.id, []), key=lambda f: f.start)
    corpus = Corpus(analyses=[furniture.strip(a, a.document.furniture) for a in owned], options=options)
    if embedder is not None:
        corpus.embedder = embedder
    # vectors the per-document stage computed (analyses built in memory carry them;
    # a store's analyses have them in the store's cache already)
    cache = getattr(corpus.embedder, "cache", None)  # (tests pass a plain function)
    if cache is not None:
        for a in analyses:
            for key, vec in a.vectors.items():
                if key not in cache:
                    cache[key] = np.frombuffer(vec, dtype=np.float32)
    story = corpus.story
    tick("entities")
    story.entities, corpus.mention_entity = entities.resolve(corpus)
    tick("dating")
    for doc_id, published in dating.date_documents(corpus).items():
        corpus.by_id[doc_id].document.published = published
    tick("duplicates")
    for doc_id, original in duplicates.near_duplicates(corpus).items():
        corpus.by_id[doc_id].document.duplicate_of = original
    story.documents = [a.document for a in corpus.analyses]
    tick("quotes")
    story.quotes = quotes.collect(corpus)
    tick("events")
    story.events = events.merge(corpus)
    tick("figures")
    story.figures = figures.collect(corpus)
    story.series = figures.series(corpus, story.figures)
    tick("conflicts")
    story.conflicts = conflicts.find(corpus)
    tick("brief")
    story.brief = brief.summarise(corpus)
    return story

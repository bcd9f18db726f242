"""The corpus stage in order: analyses in, Story out."""

from __future__ import annotations

from .. import schema
from ..types import DocAnalysis
from . import brief, conflicts, dating, duplicates, entities, events, figures, quotes
from .corpus import Corpus


def _own(a: DocAnalysis) -> DocAnalysis:
    return a.model_copy(update={
        "document": a.document.model_copy(),
        "timexes": [t.model_copy(update={"extra": dict(t.extra)}) for t in a.timexes],
    })


def build(analyses: list[DocAnalysis], options: dict, embedder=None) -> schema.Story:
    # The caller's analyses stay as they were. This stage sets each document's date and
    # duplicate_of and re-anchors its time expressions (dating.reanchor), so documents
    # and timexes are copied, nothing else (a deep copy of every analysis doubled the
    # corpus stage's memory).
    corpus = Corpus(analyses=[_own(a) for a in analyses], options=options)
    if embedder is not None:
        corpus.embedder = embedder
    story = corpus.story
    story.entities, corpus.mention_entity = entities.resolve(corpus)
    for doc_id, published in dating.date_documents(corpus).items():
        corpus.by_id[doc_id].document.published = published
    for doc_id, original in duplicates.near_duplicates(corpus).items():
        corpus.by_id[doc_id].document.duplicate_of = original
    story.documents = [a.document for a in corpus.analyses]
    story.quotes = quotes.collect(corpus)
    story.events = events.merge(corpus)
    story.figures = figures.collect(corpus)
    story.conflicts = conflicts.find(corpus)
    story.brief = brief.summarise(corpus)
    return story

"""The corpus stage in order: analyses in, Story out."""

from __future__ import annotations

from .. import schema
from ..types import DocAnalysis
from . import brief, conflicts, dating, duplicates, entities, events, figures, quotes
from .corpus import Corpus


def build(analyses: list[DocAnalysis], options: dict, embedder=None) -> schema.Story:
    corpus = Corpus(analyses=[a.model_copy(deep=True) for a in analyses], options=options)
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

"""Response models of the JSON API (they make its OpenAPI document)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from .. import schema


class DocumentSummary(BaseModel):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD (estimated when the story says so)")
    length: int = Field(description="characters of cleaned text")
    source: str | None = Field(None, description="the first place it was found (file, URL, upload/NAME, pasted/HASH)")


class EntitySummary(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str] = Field(default_factory=list)
    mentions: int
    documents: int


class SentenceSpan(BaseModel):
    start: int
    end: int


class DocumentDetail(BaseModel):
    document: schema.Document
    sentences: list[SentenceSpan]


class SearchHit(BaseModel):
    cite: schema.Span
    text: str = Field(description="the sentence, text[start:end] of the document")
    score: float = Field(description="higher is better: bm25 (fts), cosine (semantic) or fused RRF score (hybrid)")
    fts_rank: int | None = None
    bm25: float | None = Field(None, description="FTS5 bm25 relevance (SQLite's rank, negated)")
    semantic_rank: int | None = None
    similarity: float | None = Field(None, description="cosine similarity to the query (semantic and hybrid)")
    highlights: list[SentenceSpan] = Field(default_factory=list, description="document offsets of matched words")
    snippet: str = Field(description="HTML: the sentence (or an excerpt) escaped, matched words in <mark>")
    document: DocumentSummary | None = None


class SearchResponse(BaseModel):
    query: str
    mode: str
    note: str | None = Field(None, description="set when a hybrid search could not use the semantic ranking yet")
    hits: list[SearchHit]


class AnswerQuote(BaseModel):
    text: str
    kind: str
    span: schema.Span
    id: str | None = None
    speaker: str | None = None
    speaker_name: str | None = None
    speaker_text: str | None = None


class AnswerFigure(BaseModel):
    text: str
    span: schema.Span
    id: str | None = None
    value: float | None = None
    unit: str | None = None
    measure: str | None = None
    claimant: str | None = None
    claimant_name: str | None = None
    claimant_text: str | None = None


class Answer(BaseModel):
    text: str
    cite: schema.Span
    score: float
    similarity: float
    heading: bool = False
    quotes: list[AnswerQuote] = Field(default_factory=list)
    figures: list[AnswerFigure] = Field(default_factory=list)
    document: DocumentSummary | None = None


class AskResponse(BaseModel):
    question: str
    answers: list[Answer]


class JobFailure(BaseModel):
    source: str
    line: int | None = None
    message: str


class JobStatus(BaseModel):
    id: str
    state: str = Field(description="queued | running | done | failed")
    stage: str = Field(description="queued | re-analyse | analyse | corpus stage | index | done")
    total: int
    processed: int
    progress: float
    added: int
    merged: int
    already_stored: int
    reanalysed: int = Field(0, description="stored documents of an older analysis version, analysed again")
    failures: list[JobFailure]
    documents: list[str]
    story_rebuilt: bool
    stories_rebuilt: int = Field(0, description="stories whose corpus stage ran (the others were unchanged)")
    created: float
    started: float | None = None
    finished: float | None = None
    error: str | None = None


class Stats(BaseModel):
    documents: int
    sentences: int
    entities: int
    events: int
    quotes: int
    figures: int
    story_built: float | None = None
    busy: bool

"""The story.json contract: pydantic models and the JSON Schema they generate.

Every offset is into a document's cleaned ``text``, counted in Unicode code points
(Python ``str`` indices), so ``text[start:end]`` is exactly the cited text.

Later issues add fields (confidence, evidence, more spans) without renaming or
removing any; a breaking change bumps ``SCHEMA_VERSION``.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.11"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A citation: a document id and a character span of its cleaned text."""

    doc: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Published(_Model):
    """Publication date: from metadata, or estimated from the content with evidence."""

    value: str | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD; null when unknown")
    estimated: bool = False
    earliest: str | None = None
    latest: str | None = None
    evidence: list[Span] = Field(default_factory=list)
    source: str | None = Field(None, description="where the value came from, in order of trust: metadata, dateline, url, htmldate, content, corpus")
    note: str | None = Field(None, description="a readable account of the evidence")


class Dateline(_Model):
    """The dateline that opened the story (removed from the text), in parts."""

    place: str | None = Field(None, description="as written: 'TRIPOLI', 'ROBERT, Louisiana'")
    date: str | None = Field(None, description="YYYY-MM-DD; --MM-DD when the dateline gives no year")
    time: str | None = Field(None, description="HH:MM, 24-hour, local to `zone`")
    zone: str | None = Field(None, description="time zone as written: EDT, BST, GMT, 'UK time'")
    agency: str | None = Field(None, description="news agency or outlet named in it: Reuters, AP, CNN")
    evidence: str = Field(description="the dateline text as it stood (also in `removed`, reason 'dateline')")


class Removed(_Model):
    """A block the cleaner cut, with why, and where it stood in the cleaned text."""

    text: str
    reason: str
    at: int = Field(ge=0, description="offset in the cleaned text where the block stood")

    @property
    def kind(self) -> str:
        """The removal's kind (:func:`removal_kind` of its reason). A property, not a field:
        the JSON and its schema are unchanged."""
        return removal_kind(self.reason)


def removal_kind(reason: str) -> str:
    """A removal's kind: its reason's part before the first colon ("promo: ..." -> "promo").
    The one definition (`Removed.kind`; the cleaner's metadata and a splitter of noise, which read reasons)."""
    return reason.split(":", 1)[0].strip()


class RemovedCopy(_Model):
    """Another document of the story whose cleaner removed the same line (normalised) at the
    same end of its text, and why: a witness the count includes (since 1.8)."""

    doc: str
    reason: str = Field(description="the reason the cleaner gave there (`removed`), e.g. 'promo: ...'")


class Furniture(_Model):
    """A line the story left out of a document: site furniture that only a look across
    documents shows (resolve/furniture.py). The text keeps it; nothing the story holds
    (quotes, figures, events, mentions, brief sentences, dates) is drawn from it (since 1.7)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    edge: Literal["start", "end", "inside"] = Field(
        description="the end of the text it stands at, with only other such lines between; `inside` (schema 1.9): a run of "
        "words inside the text, most often run into an article's line with no stop (the rest of the line is the article's)")
    documents: int = Field(description="evidence: how many documents of the story print the same line at that end "
                           "(for a run inside the text, the same run with the words beside it differing) "
                           "(kept there, or removed there by the cleaner: `removed_in`)")
    independent: int = Field(description="how many independent witnesses they are: one per group of related texts "
                             "(MinHash similarity 0.5 or more; differently edited copies of one story are one)")
    removed_in: list[RemovedCopy] = Field(default_factory=list, description="the documents among them whose cleaner "
                                          "removed the line at that end, with its reason (schema 1.8)")


class Heading(_Model):
    start: int
    end: int


class Document(_Model):
    id: str
    sources: list[str] = Field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = Field(default_factory=list)
    language: str | None = None
    published: Published = Field(default_factory=Published)
    text: str
    removed: list[Removed] = Field(default_factory=list)
    headings: list[Heading] = Field(default_factory=list, description="section headings kept in text, not sentences")
    dateline: Dateline | None = Field(None, description="the dateline the text opened with (schema 1.1)")
    duplicate_of: str | None = None
    furniture: list[Furniture] = Field(default_factory=list, description="lines left out of the story as site furniture "
                                       "repeated at the same end of unrelated documents, with the count as evidence (schema 1.7)")
    warnings: list[str] = Field(default_factory=list)


class Description(_Model):
    text: str
    span: Span


class AliasLink(_Model):
    """Why an alias is one with the entity's name, and how sure the link is."""

    alias: str
    evidence: str = Field(description="same name | title + surname | acronym definition | transliteration "
                          "similarity + shared organisation or role | ...")
    confidence: float = Field(ge=0, le=1)


class PossibleAlias(_Model):
    """Another entity that may be the same referent: a link too weak to merge."""

    entity: str = Field(description="id of the other entity")
    name: str
    evidence: str
    confidence: float = Field(ge=0, le=1)


class Entity(_Model):
    id: str
    name: str
    type: str = Field(description="PERSON, ORG, GPE, ...: the vote of the mentions' NER types, corrected by "
                      "gazetteers (countries, states, large cities)")
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    descriptions: list[Description] = Field(default_factory=list)
    alias_evidence: list[AliasLink] = Field(default_factory=list, description="one per alias: the link that brought it in")
    possible_aliases: list[PossibleAlias] = Field(default_factory=list, description="weak links, not merged")
    ambiguous: bool = Field(False, description="a bare surname that several people of its documents bear, left unlinked")


class Quote(_Model):
    id: str
    text: str
    kind: Literal["direct", "indirect"]
    speaker: str | None = None
    speaker_text: str | None = Field(None, description="the speaker as written (a name, a pronoun, \"several diplomats\"); kept when `speaker` is open")
    speaker_span: Span | None = None
    speaker_confidence: float | None = Field(None, ge=0, le=1, description="0..1 (schema 1.1): how sure the link to `speaker` is; below the threshold `speaker` is null")
    speaker_evidence: str | None = Field(None, description="(schema 1.1) the rule or the scored candidates that made the link, or why the speaker is open")
    cue: str | None = None
    cue_span: Span | None = None
    span: Span
    pieces: list[Span] = Field(
        default_factory=list, description="(schema 1.10) the statement's pieces when `span` holds words that are not "
        "its own: the words either side of an interposed \"X said\", or the paragraphs of a quotation with its tag "
        "between them; empty when the statement is one run. `text` stays the whole span; `said` joins the pieces")
    said: str | None = Field(None, description="(schema 1.10) the pieces' words joined by \" … \" (what a reader is "
                             "shown); null when the statement is one run (then it is `text`)")


class Figure(_Model):
    id: str
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    measure: str | None = None
    subject: str | None = None
    subject_from: Literal["phrase", "anaphor", "noun_phrase"] | None = Field(
        None, description="how the subject was found: phrase (named in the figure's own phrase or clause) | anaphor "
        "('its estimate', 'the company': the organisation named as a clause subject just before, or the source "
        "reporting the figure; 'X, whose share price fell': the name a relative 'whose' stands for) | noun_phrase (schema 1.4: no entity is the subject; `subject_text` is the noun "
        "phrase of the figure's own clause that is, e.g. 'the spill' in 'the spill has released 5,000 barrels'; "
        "`subject` stays null)")
    subject_confidence: float | None = Field(None, description="how sure a subject reached through an anaphor or a noun phrase is, 0..1")
    subject_text: str | None = Field(None, description="(schema 1.4) with subject_from noun_phrase: the subject as written, a phrase, not a resolved entity")
    subject_span: Span | None = Field(None, description="(schema 1.4) where `subject_text` is written")
    claimant: str | None = None
    claimant_text: str | None = None
    place: str | None = Field(None, description="(schema 1.6) the entity of the place or people a count is of, named in the "
                              "figure's own clause: Mexico in '60 deaths in Mexico', '60 people died in Mexico', '60 Mexican "
                              "deaths'; null when none is named, or several ('in Mexico and the US')")
    place_text: str | None = Field(None, description="(schema 1.6) that place as written: 'Mexico', 'Mexican', 'worldwide', "
                                   "'Mexico and the US' (several places: the count of them together)")
    place_span: Span | None = Field(None, description="(schema 1.6) where `place_text` is written")
    period: str | None = None
    span: Span
    kind: str | None = Field(None, description="value | range | bound | fraction | digits")
    bound: Literal["upper", "lower"] | None = Field(None, description="upper: at most `high`, open below; lower: at least `low`")
    approximate: bool = False
    currency: str | None = None
    currency_from: Literal["hash"] | None = Field(
        None, description="(schema 1.5) how `currency` was read when no currency sign or word is written: hash ('#' "
        "before the amount read as '£', as old UK copy in 7-bit ISO 646-GB stores it: an amount in millions or "
        "billions, or a sum in a document that writes '#' so elsewhere, and no '£' in the document)")
    currency_confidence: float | None = Field(None, description="(schema 1.5) with `currency_from`: how sure the reading is, 0..1")
    scale: float | None = Field(None, description="the scale word as written (1e9 for 'billion'); value is already multiplied")
    direction: Literal["rise", "fall"] | None = None
    hedge: str | None = Field(None, description="the hedging word as written: could, expected, nearly")
    role: Literal["from", "to"] | None = Field(None, description="an end of a change 'from X to Y'")
    change_from: str | None = Field(None, description="on the 'to' figure: id of the figure it changed from")
    change_to: str | None = Field(None, description="on the 'from' figure: id of the figure it changed to")
    base: str | None = Field(None, description="id of the figure this one is a share of")
    measure_span: Span | None = None
    claimant_span: Span | None = None
    claimant_kind: str | None = Field(None, description="quote | according_to | reported | quote_marks | outlet | attributed (the figure's own phrase credits it to a source other than the sentence's speaker: \"the 5,000 barrels a day estimated by Acme\")")
    period_source: str | None = Field(None, description="timex | year (in the sentence) | published (the document's date)")
    group: str | None = Field(None, description="agreement group: figures of independent sources that agree")
    agreeing_sources: int = Field(0, description="independent documents backing this figure's group")


class EventDate(_Model):
    value: str | None = None
    granularity: str | None = None
    evidence: list[Span] = Field(default_factory=list, description="the time expressions that date the event")
    reported: str | None = Field(
        None,
        description="an undated event only: the earliest publication date (YYYY[-MM[-DD]]) of the documents "
        "that report it, when none tells it in the future tense: when it was first reported, not when it happened",
    )


class Event(_Model):
    id: str
    date: EventDate = Field(default_factory=EventDate)
    summary: str
    actors: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class ConflictSide(_Model):
    items: list[str]
    claimants: list[str] = Field(default_factory=list, description="entity ids, or names as written when unresolved")
    spans: list[Span] = Field(default_factory=list)


class Conflict(_Model):
    """One disagreement: every item on the same proposition, grouped into its sides.

    Every conflict found stays here; readers show those with ``shown`` true by default
    and the rest behind "show possible conflicts"."""

    id: str
    kind: Literal["numeric", "statement"]
    items: list[str]
    claimants: list[str] = Field(default_factory=list)
    explanation: str
    sides: list[ConflictSide] = Field(default_factory=list, description="the opposing sides, each with its items, claimants and cited spans")
    confidence: float | None = Field(
        None, description="how sure we are that the sides really disagree, 0..1, from `evidence` (was `score` before 1.1)")
    evidence: list[str] = Field(
        default_factory=list,
        description="what the confidence rests on: same proposition, dispute words, independent sources, compatible dates")
    proposition: str | None = Field(None, description="what the sides disagree about: predicate class and objects, or measure and subject")
    shown: bool = Field(False, description="confidence at or above the display threshold: shown by default")

    @model_validator(mode="before")
    @classmethod
    def _old_score(cls, data):
        # stories written before 1.1 call the confidence `score`
        if isinstance(data, dict) and "score" in data:
            data = dict(data)
            score = data.pop("score")
            data.setdefault("confidence", score)
            data.setdefault("shown", score is not None and score >= 0.5)
        return data


class SeriesPoint(_Model):
    figure: str = Field(description="the figure's id")
    date: str = Field(description="YYYY[-MM[-DD]]: when the value held (from the figure's sentence, else the document's date)")
    date_source: str | None = Field(None, description="timex | year | published")
    value: float | None = None
    low: float | None = None
    high: float | None = None
    claimant: str | None = None
    claimant_text: str | None = None
    span: Span


class Series(_Model):
    """A count that grows over time (a death toll, people displaced, arrests, money
    pledged) told on several days: successive values, not a conflict."""

    id: str
    measure: str
    subject: str | None = None
    place: str | None = Field(None, description="(schema 1.6) the entity of the place or people every point is a count of "
                              "(each point's figure names it in its own clause); null with `place_text` 'worldwide' or "
                              "when no point names a place")
    place_text: str | None = Field(None, description="(schema 1.6) the place as the series is titled: the entity's name, the "
                                   "country of a people ('Mexican' -> Mexico), 'worldwide'")
    unit: str | None = None
    currency: str | None = None
    points: list[SeriesPoint] = Field(default_factory=list, description="by date, then value")


class BriefDate(_Model):
    """When what a brief sentence tells happened: its event's date, else its first report."""

    value: str | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD; null when nothing dates it")
    granularity: str | None = Field(None, description="year | month | day")
    source: str | None = Field(None, description="event | timex | year (in the sentence) | reported (the earliest publication date of its cited documents)")


class BriefName(_Model):
    """A name in a brief sentence written in a partial or garbled form, linked with confidence to an entity.

    ``start``/``end`` are offsets into the brief item's ``text``; the text itself is never changed:
    renderers show the entity's canonical name beside it ("Rain [Ren Zhengfei]")."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    entity: str


class BriefDispute(_Model):
    """A shown conflict that sets another source against what the sentence says."""

    conflict: str
    by: str = Field(description="who disputes it: the other side's claimants, else its outlet or document")
    cites: list[Span] = Field(default_factory=list, description="the other side's spans")


class BriefSentence(_Model):
    text: str
    cites: list[Span]
    date: BriefDate = Field(default_factory=BriefDate)
    names: list[BriefName] = Field(default_factory=list)
    disputes: list[BriefDispute] = Field(default_factory=list)


class StrayEvidence(_Model):
    """(schema 1.11) Why a document is in no story, as data: ``unread`` (a language story
    detection does not read, ``language``) or ``nearest`` (no story took it: the story its lead
    came closest to, ``nearest_story``, and that cosine); ``text`` says it in words."""

    kind: Literal["unread", "nearest"]
    language: str | None = None
    nearest_story: str | None = Field(None, description="id of the story the lead came closest to (kind nearest)")
    cosine: float | None = Field(None, description="the lead's cosine with that story's centroid (kind nearest)")
    text: str = Field(description="a readable account of the evidence")


class OffTopic(_Model):
    """A document of the pile that is not in this story: another story's, or a stray
    that matched no story (``story`` null)."""

    doc: str
    title: str | None = None
    sources: list[str] = Field(default_factory=list)
    story: str | None = Field(None, description="id of the story it belongs to (its folder under stories/), null for a stray")
    reason: StrayEvidence | None = Field(None, description="(schema 1.11) a stray's evidence, why it is in no story: unread "
                                         "(a language story detection does not read) or no story took it, with the story its "
                                         "lead came closest to and that cosine; null for a document of another story")


class Story(_Model):
    model_config = ConfigDict(extra="allow")

    schema_version: str = SCHEMA_VERSION
    story_id: str | None = Field(None, description="the story's id in a pile split into stories (resolve.stories): "
                                 "its folder under stories/; derived from its earliest document's id (since 1.2)")
    label: str | None = Field(None, description="the story's top entities and terms (since 1.2)")
    off_topic: list[OffTopic] = Field(
        default_factory=list,
        description="documents of the pile left out of this story (the main story of a mixed pile lists the rest here; since 1.2)",
    )
    documents: list[Document] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    series: list[Series] = Field(default_factory=list, description="figures over time: growing counts by date (since 1.1)")
    brief: list[BriefSentence] = Field(default_factory=list)


def json_schema() -> dict:
    """The JSON Schema of story.json, generated from the models."""
    schema = Story.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"storyline story.json (schema_version {SCHEMA_VERSION})"
    return schema


def dumps(story: Story) -> str:
    """Stable serialisation: same story, same bytes."""
    return json.dumps(story.model_dump(mode="json"), ensure_ascii=False, indent=1, sort_keys=False) + "\n"

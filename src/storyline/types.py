"""Types that flow between stages: record -> cleaned document -> DocAnalysis.

The per-document stage is a pure function ``Record -> DocAnalysis``
(``storyline.pipeline.analyse_record``); the corpus stage takes a list of
DocAnalysis and returns a ``schema.Story``. A DocAnalysis is plain data: it is
stored as JSON in SQLite and as Parquet rows on a cluster, so every field here
must survive ``model_dump(mode="json")`` and back.

All offsets are into ``DocAnalysis.document.text`` (code points).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .schema import Document


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Record(_Model):
    """One raw article as a reader found it, before any cleaning."""

    source: str = Field(description="path relative to the INPUT argument, or a URL; with '#N' for the Nth record of a file")
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    date: str | None = None
    outlet: str | None = None
    authors: list[str] = Field(default_factory=list)
    id: str | None = Field(None, description="an id the input gave; kept as metadata only")
    warnings: list[str] = Field(default_factory=list)
    origin: str | None = Field(None, description="the file it was read from, when `source` is a URL or a line of it (for messages)")
    line: int | None = Field(None, description="its line in `origin` (JSONL)")
    max_chars: int | None = Field(None, description="cut the text extracted from `html` at this length (set by build for pages longer than --max-chars)")


class Sentence(_Model):
    start: int
    end: int
    heading: bool = False


class Mention(_Model):
    """A named-entity mention in one document (before cross-document merging)."""

    start: int
    end: int
    text: str
    label: str = Field(description="PERSON, ORG, GPE, LOC, PRODUCT, NORP, ...")
    sentence: int = Field(-1, description="index into DocAnalysis.sentences")
    source: str = Field("ner", description="ner | alias | rule")
    # Per-document context the resolver may use: roles, linked organisations.
    context: dict = Field(default_factory=dict)


class DescriptionSpan(_Model):
    """A role or description tied to a mention: 'Huawei founder', 'its COO for enterprise in the U.S.'."""

    mention: int = Field(description="index into DocAnalysis.mentions")
    start: int
    end: int
    text: str


class Predicate(_Model):
    """One predicate of a quote as its speaker asserts it (read by ``analyse.stance``):
    "we are not leaving the U.S." is presence, sign -1, negated, about {"us"}."""

    word: str = Field(description="as written")
    lemma: str
    cls: str = Field(description="proposition class (data/stance.tsv), or the lemma when it has none")
    sign: int = Field(description="direction the statement asserts, negation applied: +1 or -1")
    negated: bool
    objects: list[str] = Field(default_factory=list, description="what it is about, normalised, sorted")
    start: int = Field(description="offsets into the document's cleaned text")
    end: int
    tense: str = Field("present", description="past | present | future")
    subject: str | None = Field(None, description="the proper name it is asserted of, normalised; None for a pronoun or common noun")


class QuoteItem(_Model):
    start: int
    end: int
    text: str
    kind: str = Field(description="direct | indirect")
    speaker_mention: int | None = Field(None, description="index into DocAnalysis.mentions")
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_confidence: float | None = Field(None, description="0..1: how sure the link from the words to the speaker is (analyse/speakers.py)")
    speaker_evidence: str | None = Field(None, description="the rule or the candidates' scores that made the link, or why it is open")
    speaker_via: str | None = Field(
        None, description="how the words name the speaker when not by name: pronoun | relative (\"who\") | group "
        "(\"they\" for \"several diplomats\") | nominal (\"the company\") | transcript (\"WALLACE:\") | "
        "continuation (no cue: the speaker of the quote before)")
    pronoun: str | None = Field(None, description="the pronoun as written, lowercase, when the speaker is one")
    pronoun_span: tuple[int, int] | None = Field(None, description="where that pronoun is, when speaker_text shows the group it stands for")
    antecedent_mention: int | None = Field(None, description="index into DocAnalysis.mentions: who the pronoun or description stands for")
    roles: list[str] = Field(default_factory=list, description="role words of a description (\"the president of Huawei\"), for the corpus stage")
    org: str | None = Field(None, description="the organisation of such a role, as written")
    org_mention: int | None = Field(None, description="index into DocAnalysis.mentions of that organisation")
    pieces: list[tuple[int, int]] = Field(
        default_factory=list, description="the content's pieces when it is not one run: the paragraphs of a quotation, "
        "or the words either side of a parenthetical \"X said\"")
    mixed: bool = Field(False, description="reported speech holding a direct quotation")
    predicates: list[Predicate] = Field(default_factory=list, description="the quote read as predicates, for statement conflicts")
    denial: bool = Field(False, description="the cue denies what it reports (\"denied that ...\"): the speaker asserts the opposite")

    @model_validator(mode="before")
    @classmethod
    def _old_extra(cls, data):
        """Analyses stored before 5-18 kept these fields in a free ``extra`` dict."""
        if isinstance(data, dict) and "extra" in data:
            data = dict(data)
            extra = data.pop("extra") or {}
            for k in ("pronoun", "antecedent_mention", "roles", "org", "org_mention", "mixed"):
                if k in extra:
                    data.setdefault(k, extra[k])
            if extra.get("paragraphs") or extra.get("pieces"):
                data.setdefault("pieces", extra.get("paragraphs") or extra.get("pieces"))
            if extra.get("surface"):
                data.setdefault("pronoun_span", extra["surface"])
        return data


class Timex(_Model):
    """A temporal expression normalised against the document (value may depend on its date)."""

    start: int
    end: int
    text: str
    type: str = Field(description="DATE | TIME | DURATION | SET")
    value: str | None = Field(None, description="TimeML value: 2019, 2020-11, 2014-W02, 199X, P1M, PAST_REF ...")
    granularity: str | None = None
    anchored: bool = Field(False, description="True when the value used the document date as anchor")
    extra: dict = Field(default_factory=dict)


class FigureItem(_Model):
    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    measure: str | None = None
    subject_mention: int | None = None
    claimant_mention: int | None = None
    claimant_text: str | None = None
    period: str | None = None
    extra: dict = Field(default_factory=dict)


class EventItem(_Model):
    start: int
    end: int
    text: str
    trigger: str | None = None
    actor_mentions: list[int] = Field(default_factory=list)
    timex: int | None = Field(None, description="index into DocAnalysis.timexes")
    extra: dict = Field(default_factory=dict)


class DocAnalysis(_Model):
    """Everything the per-document stage knows about one document."""

    model_config = ConfigDict(extra="allow")

    version: str = Field(description="analysis version; a stored analysis of another version is redone")
    document: Document
    sentences: list[Sentence] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    descriptions: list[DescriptionSpan] = Field(default_factory=list)
    quotes: list[QuoteItem] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    figures: list[FigureItem] = Field(default_factory=list)
    events: list[EventItem] = Field(default_factory=list)
    minhash: list[int] = Field(default_factory=list, description="MinHash signature of the cleaned text, for near-duplicates")
    vectors: dict[str, bytes] = Field(
        default_factory=dict, exclude=True, repr=False,
        description="embedding-cache key -> float32 vector bytes of the texts the corpus stage compares "
        "(analyse.vectors); stored in the embedding cache, not in the analysis JSON",
    )
    errors: list[str] = Field(default_factory=list)

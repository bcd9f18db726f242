"""Types that flow between stages: record -> cleaned document -> DocAnalysis.

The per-document stage is a pure function ``Record -> DocAnalysis``
(``storyline.pipeline.analyse_record``); the corpus stage takes a list of
DocAnalysis and returns a ``schema.Story``. A DocAnalysis is plain data: it is
stored as JSON in SQLite and as Parquet rows on a cluster, so every field here
must survive ``model_dump(mode="json")`` and back.

All offsets are into ``DocAnalysis.document.text`` (code points).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .schema import Document


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


DROP = "drop"


@dataclass(frozen=True)
class Link:
    """Marks an int field (or a list of ints) as an index into one of DocAnalysis's item
    lists, ``into`` naming it: ``Annotated[int | None, Link("mentions")]``. Code that leaves
    items out of an analysis renumbers every field so marked by one rule
    (resolve.furniture.strip); a field holding an index must carry the mark
    (tests/test_furniture.py walks these types and fails on an int field nobody classed).
    ``missing`` is what the field becomes when its target is left out: None, a sentinel
    (-1), or ``DROP`` (the item is left out too). A list drops the indices left out."""

    into: str
    missing: int | str | None = None


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



def _lift_extra(data, renames: tuple[tuple[str, str], ...]) -> tuple[object, dict]:
    """An analysis stored before its typed fields kept them in a free ``extra`` dict:
    each old key moves to its field (``renames``: (old key, field)), unless the field is
    already set. Returns the data and the old dict, for what needs more than a rename."""
    if not (isinstance(data, dict) and "extra" in data):
        return data, {}
    data = dict(data)
    extra = data.pop("extra") or {}
    for old, new in renames:
        if extra.get(old) is not None:
            data.setdefault(new, extra[old])
    return data, extra

class Sentence(_Model):
    start: int
    end: int
    heading: bool = False
    caption: str | None = Field(None, description="why the sentence reads as a photo caption, not a statement of the story "
                                "(analyse/parse.py ``caption``); None when it does not")


class MentionLinks(_Model):
    """What the per-document stage found about a mention, for the resolver and the
    speaker linker (analyse/entities.py writes it; resolve/entities.py reads it).

    Typed fields replace the old ``context`` dict (issue 15). Reads written for the
    dict keep working: ``m.context.get("ref")``, ``"ref" in m.context`` and
    ``m.context["org"]`` read the field of that name, and a field holding None, an
    empty list or False counts as absent, as a missing key did."""

    ref: Annotated[int | None, Link("mentions")] = Field(None, description="index into DocAnalysis.mentions of the full-name mention this short form stands for")
    ref_evidence: str | None = Field(None, description="why `ref` was linked: 'same name', 'title + surname of ...', 'acronym definition', ...")
    ref_confidence: float | None = Field(None, description="0..1: how sure the `ref` link is")
    ambiguous: list[str] = Field(default_factory=list, description="a bare surname: the competing full names of the document bearing it (then no `ref`)")
    gender: str | None = Field(None, description="'m' | 'f' from an honorific before the name ('Mrs.')")
    gender_hint: str | None = Field(None, description="'m' | 'f' from the pronouns that follow a person subject")
    roles: list[str] = Field(default_factory=list, description="role words of its descriptions, lowercase ('founder', 'ceo')")
    org: str | None = Field(None, description="the organisation its description names ('Huawei founder Ren Zhengfei' -> 'Huawei')")
    ner_label: str | None = Field(None, description="NER's label when a rule changed `label` (a surname NER typed ORG, a family typed PERSON)")
    label_evidence: str | None = Field(None, description="why a rule changed `label`, when it says ('typed FAC by the tagger, read as a person: ...')")
    family: bool = Field(False, description="a family ('the Gaddafis'): a group (NORP), never one person")
    kind_noun: str | None = Field(None, description="the common noun the name modifies, lemma ('the Deepwater Horizon rig' -> 'rig'): a kind the resolver types it by; or the portfolio noun after a department's name ('International Development Secretary' -> 'secretary')")
    class_noun: str | None = Field(None, description="the common noun right before the name that classes it, lemma ('oil company Petrobras' -> 'company'): a kind the resolver types it by")

    @model_validator(mode="before")
    @classmethod
    def _legacy(cls, data):
        # scratch keys the old dict sometimes kept ("ref_text" of a recovered mention):
        # dropped, so an analysis stored before the typed fields still loads
        if isinstance(data, dict) and ("ref_text" in data or "gender_votes" in data):
            data = {k: v for k, v in data.items() if k not in ("ref_text", "gender_votes")}
        return data

    def __contains__(self, key: str) -> bool:
        v = getattr(self, key, None)
        return not (v is None or v is False or v == [])  # a ref of 0 is set

    def get(self, key: str, default=None):
        """The field named ``key`` when set, else ``default`` (reads written for the old dict)."""
        return getattr(self, key) if key in self else default

    def __getitem__(self, key: str):
        if key not in self:
            raise KeyError(key)
        return getattr(self, key)


class Mention(_Model):
    """A named-entity mention in one document (before cross-document merging)."""

    start: int
    end: int
    text: str
    label: str = Field(description="PERSON, ORG, GPE, LOC, PRODUCT, NORP, ...")
    sentence: Annotated[int, Link("sentences", missing=-1)] = Field(-1, description="index into DocAnalysis.sentences")
    source: str = Field("ner", description="ner | alias | rule")
    context: MentionLinks = Field(default_factory=MentionLinks,
                                  description="links, roles, organisation and gender the per-document stage found")


class DescriptionSpan(_Model):
    """A role or description tied to a mention: 'Huawei founder', 'its COO for enterprise in the U.S.'."""

    mention: Annotated[int, Link("mentions", missing=DROP)] = Field(description="index into DocAnalysis.mentions")
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
    modality: str | None = Field(None, description="obligation | ability | possibility when told under a modal auxiliary (analyse/data/predicate_scope.tsv), else None")
    head: str | None = Field(None, description="a light verb's object head, lemma normalised (\"held talks\" -> \"talk\"); None for other verbs and a pronoun or no object")


class QuoteItem(_Model):
    start: int
    end: int
    text: str
    kind: str = Field(description="direct | indirect")
    speaker_mention: Annotated[int | None, Link("mentions")] = Field(None, description="index into DocAnalysis.mentions")
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
        "(\"they\" for \"several diplomats\") | nominal (\"the company\") | spokesperson (\"a spokesman for BP\": "
        "the organisation) | name (a name the entity tagger missed here: the same words tagged elsewhere in the "
        "document, else left to the corpus) | transcript (\"WALLACE:\") | "
        "continuation (no cue: the speaker of the quote before)")
    pronoun: str | None = Field(None, description="the pronoun as written, lowercase, when the speaker is one")
    pronoun_span: tuple[int, int] | None = Field(None, description="where that pronoun is, when speaker_text shows the group it stands for")
    antecedent_mention: Annotated[int | None, Link("mentions")] = Field(None, description="index into DocAnalysis.mentions: who the pronoun or description stands for")
    roles: list[str] = Field(default_factory=list, description="role words of a description (\"the president of Huawei\"), for the corpus stage")
    org: str | None = Field(None, description="the organisation of such a role, as written")
    org_mention: Annotated[int | None, Link("mentions")] = Field(None, description="index into DocAnalysis.mentions of that organisation")
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
        data, extra = _lift_extra(data, tuple((k, k) for k in ("pronoun", "antecedent_mention", "roles", "org", "org_mention", "mixed")))
        if extra.get("paragraphs") or extra.get("pieces"):
            data.setdefault("pieces", extra.get("paragraphs") or extra.get("pieces"))
        if extra.get("surface"):
            data.setdefault("pronoun_span", extra["surface"])
        return data


# the one-letter keys of time readings stored before 5-17b, and their names now
_OLD_READING_KEYS = {
    "k": "kind", "v": "value", "g": "granularity", "u": "unit", "n": "offset", "m": "month", "d": "day",
    "wd": "weekday", "yoff": "year_offset", "dir": "direction", "dur": "duration", "date": "date",
    "t": "clock", "yy": "two_digit_year", "suffix": "suffix", "fallback": "fallback", "q": "quarter",
    "h": "half", "s": "season", "time": "clock_unit",
}


class TimeReading(_Model):
    """What a time expression says, independent of any anchor date (``timenorm.read``).

    ``kind`` says which fields matter: ``abs`` (value, granularity), ``ref``/``dur``/``set``
    (value), ``off`` (unit, offset: "last year" is year, -1), ``ago`` (unit, offset,
    clock_unit: "three years ago"), ``month`` (month, direction, year_offset), ``md``
    (month, day, weekday), ``dom`` (day), ``q``/``h`` (quarter/half, year_offset),
    ``season``, ``wd`` (weekday, direction), ``time`` (date, clock), ``year2``
    (two_digit_year, suffix, granularity), ``decade2`` (decade), ``unknown`` (unit,
    fallback: "the quarter"), ``evrel`` (duration, direction, unit: "a year later").
    """

    kind: str = Field(description="abs | ref | dur | set | off | ago | month | md | dom | q | h | season | wd | hol | time | year2 | decade2 | unknown | evrel")
    value: str | None = Field(None, description="a TimeML value already known: 2019, P1M, PAST_REF, XXXX-WXX-1")
    granularity: str | None = None
    unit: str | None = Field(None, description="day | week | weekend | month | quarter | year | decade | century")
    offset: int | float | None = Field(None, description="how many units from the anchor: -1 for 'last year'")
    month: int | None = None
    day: int | None = Field(None, description="day of the month")
    decade: int | None = Field(None, description="the decade digit of 'the '90s'")
    weekday: int | None = Field(None, description="0 = Monday")
    year_offset: int | None = Field(None, description="years from the anchor's year, when the text says ('last March')")
    direction: str | None = Field(None, description="past | future | week (this week's) | before | after (evrel)")
    duration: str | None = Field(None, description="the TimeML duration of an event-relative reading: P1Y")
    date: TimeReading | None = Field(None, description="the day a clock time is on")
    clock: str | None = Field(None, description="HH:MM, or a time of day code (MO, AF, EV, NI)")
    two_digit_year: int | None = None
    suffix: str | None = Field(None, description="what follows the year in the value: -Q3")
    fallback: int | None = Field(None, description="quarters from the anchor's when no earlier date says ('the latest quarter')")
    quarter: int | None = None
    half: int | None = None
    season: str | None = Field(None, description="SP | SU | FA | WI")
    clock_unit: bool = Field(False, description="'three hours ago': a unit below a day, so the anchor's day")

    @model_validator(mode="before")
    @classmethod
    def _old_keys(cls, data):
        """Readings stored before 5-17b were dicts with one-letter keys ({"k": "off", "u": "year", "n": -1})."""
        if isinstance(data, dict) and "k" in data:
            kind = data["k"]
            out = {}
            for k, v in data.items():
                name = "decade" if (k == "d" and kind == "decade2") else _OLD_READING_KEYS.get(k, k)
                if name == "clock_unit":
                    v = bool(v)
                out[name] = v
            return out
        return data


class EventRelation(_Model):
    """A duration tied to the event after it: "a month after the vote"."""

    duration: str | None = Field(None, description="TimeML duration: P1M")
    direction: str = Field(description="after | before")
    signal: list[int] = Field(description="[start, end] of the signal word ('after')")


class Timex(_Model):
    """A temporal expression normalised against the document (value may depend on its date)."""

    start: int
    end: int
    text: str
    type: str = Field(description="DATE | TIME | DURATION | SET")
    value: str | None = Field(None, description="TimeML value: 2019, 2020-11, 2014-W02, 199X, P1M, PAST_REF ...")
    granularity: str | None = None
    anchored: bool = Field(False, description="True when the value used the document date as anchor")
    # what the corpus stage needs to re-anchor it once the document is dated (resolve.dating.reanchor)
    reading: TimeReading | None = Field(None, description="the anchor-independent reading")
    tense: str | None = Field(None, description="past | present | future: of the verb the expression hangs on; open: a weekday whose clause gives no direction (no value); unanchored: a part of the day whose day is another than the document's (no value)")
    modifier: str | None = Field(None, description="TimeML mod: START, END, MID, APPROX ...")
    event_relation: EventRelation | None = Field(None, description="'a month after <event>': the event dates it")
    previous: Annotated[int | None, Link("timexes")] = Field(None, description="index of the earlier timex this value was taken from ('the quarter')")
    day_cue: str | None = Field(None, description="why a weekday was taken forward (analyse.timex.day_direction)")

    @model_validator(mode="before")
    @classmethod
    def _old_extra(cls, data):
        """Analyses stored before 5-17b kept these fields in a free ``extra`` dict."""
        data, _ = _lift_extra(data, (("rel", "reading"), ("tense", "tense"), ("mod", "modifier"), ("evrel", "event_relation"),
                                     ("prev", "previous"), ("dir_cue", "day_cue")))
        ev = data.get("event_relation") if isinstance(data, dict) else None
        if isinstance(ev, dict) and ("dur" in ev or "dir" in ev):
            data["event_relation"] = {"duration": ev.get("dur"), "direction": ev.get("dir"), "signal": ev.get("signal")}
        return data


class FigureItem(_Model):
    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    measure: str | None = None
    subject_mention: Annotated[int | None, Link("mentions")] = None
    subject_from: str | None = Field(None, description="phrase | anaphor | noun_phrase: how the subject was found (see schema.Figure)")
    subject_confidence: float | None = Field(None, description="for a subject reached through an anaphor or a noun phrase")
    subject_text: str | None = Field(None, description="noun_phrase: the subject as written when no entity is it")
    subject_start: int | None = None
    subject_end: int | None = None
    claimant_mention: Annotated[int | None, Link("mentions")] = None
    claimant_text: str | None = None
    place_mention: Annotated[int | None, Link("mentions")] = Field(None, description="the place (GPE, LOC, NORP) the count is of, named in its own clause ('60 deaths in Mexico')")
    place_text: str | None = Field(None, description="that place as written: 'Mexico', 'Mexican', 'worldwide', 'Mexico and the US' (several: no mention)")
    place_start: int | None = None
    place_end: int | None = None
    period: str | None = None
    # how the number is written (from analyse.quantities)
    kind: str | None = Field(None, description="value | range | bound | fraction | digits")
    currency: str | None = None
    currency_from: str | None = Field(None, description="hash: '#' before the amount read as '£' (old UK copy)")
    currency_confidence: float | None = Field(None, description="with currency_from: how sure the reading is")
    scale: float | None = Field(None, description="the scale word's factor (1e9 for 'billion'); value is already multiplied")
    bound: str | None = Field(None, description="upper | lower")
    approximate: bool = False
    hedge: str | None = Field(None, description="the hedging word as written: could, expected, nearly")
    direction: str | None = Field(None, description="rise | fall")
    # links to other figures of the document (indices into DocAnalysis.figures)
    role: str | None = Field(None, description="from | to: an end of a change 'from X to Y'")
    partner: Annotated[int | None, Link("figures")] = Field(None, description="the other end of the change")
    base: Annotated[int | None, Link("figures")] = Field(None, description="the figure this one is a share of")
    measure_from: Annotated[int | None, Link("figures")] = Field(None, description="the earlier figure whose measure this one took")
    undergone: str | None = Field(None, description="what the count undergoes in its own clause ('left homeless'), even when a neighbour's measure was taken")
    refers_back: bool = Field(False, description="'the true figure', 'the peak number': about an earlier figure")
    measure_start: int | None = None
    measure_end: int | None = None
    claimant_kind: str | None = Field(None, description="quote | according_to | reported | reported_pronoun | quote_marks | outlet | poll (the organisation of the one poll named in the sentence) | attributed (the figure's own phrase credits it to a source other than the sentence's speaker: \"the 5,000 barrels a day estimated by Acme\")")
    claimant_start: int | None = None
    claimant_end: int | None = None
    period_from: str | None = Field(None, description="timex | year: how the period was found in the sentence")
    period_timex: Annotated[int | None, Link("timexes")] = Field(None, description="the time expression (index into DocAnalysis.timexes) that dates the figure; its value is read again once the document is dated")
    period_default: str | None = Field(None, description="day | year: what the publication date gives when the clause names no time (None: abstain)")
    period_past: bool = Field(False, description="the clause tells of the past (a past tense, a timeline entry's date line): its time is never after the day it is told")
    # explicit disputes (analyse.figures._disputes)
    disputes: Annotated[list[int], Link("figures")] = Field(default_factory=list, description="earlier figures of other claimants this one disputes")
    disputes_value: float | None = Field(None, description="a value another source claimed that this figure disputes")
    dispute_cue: tuple[int, int] | None = Field(None, description="the span of the dispute's words")
    extra: dict = Field(default_factory=dict, description="unused since 5-20 (its keys are the fields above); kept so older stored analyses still load")


Span = tuple[int, int]


class EventItem(_Model):
    """A happening told in a clause (``analyse.events``): ``start``/``end`` is the clause."""

    start: int
    end: int
    text: str
    trigger: str | None = None
    actor_mentions: Annotated[list[int], Link("mentions")] = Field(default_factory=list)
    timex: Annotated[int | None, Link("timexes")] = Field(None, description="index into DocAnalysis.timexes")
    trigger_span: Span | None = Field(None, description="the trigger verb's characters")
    sentence: Span | None = Field(None, description="the whole sentence the clause is in")
    lemma: str | None = Field(None, description="the trigger's lemma, lower case")
    tense: Literal["past", "present", "future"] | None = Field(None, description="the clause's tense (None: unclear)")
    passive: bool = False
    perfect: bool = Field(False, description="told in the present perfect (\"have traded blame\", \"has been filed\")")
    negated: bool = Field(False, description="the trigger has a negation (\"did not sell\")")
    args: list[str] = Field(default_factory=list, description="lemmas of the clause's nouns that are not names")
    timex_via: Literal["clause", "sentence", "previous sentence"] | None = Field(
        None, description="where the dating expression was found (None: undated)")
    after_event: Annotated[int | None, Link("events")] = Field(None, description="index into DocAnalysis.events of the event a signal "
                                    "(\"a month after the blacklisting\") dates this one from")
    evrel_timex: Annotated[int | None, Link("timexes")] = Field(None, description="index into DocAnalysis.timexes of that signal's expression")
    phrase: Span | None = Field(None, description="for a relative clause's event, the noun phrase it belongs to "
                                "(\"the rig that exploded on April 20\"): its date is that phrase's, not the "
                                "sentence's, whose main event is another")
    not_event: Literal["question", "negated", "nobody", "generic", "hypothetical", "state"] | None = Field(
        None, description="why the clause tells no happening a card should show (analyse.events."
        "not_a_happening); its card is left off the event list unless a date dates it")
    agent_mention: Annotated[int | None, Link("mentions")] = Field(None, description="index into DocAnalysis.mentions of the named doer "
                                      "(subject, or the noun a relative clause hangs on; analyse.events._agent_token)")


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

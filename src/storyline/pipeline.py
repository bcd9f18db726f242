"""The two stages wired together.

Per-document stage (pure, parallel): ``analyse_record(record) -> DocAnalysis``:
clean (encoding repair, noise removal with audit trail, metadata) -> parse
(spaCy) -> extract (mentions, quotes and their stance, time expressions, figures,
events, embeddings of the event clauses and quotes the corpus stage compares).
It reads nothing but its record and the packaged models, and writes nothing, so it
runs the same in a process pool or on a Ray actor.

Corpus stage: ``build_story(analyses) -> Story``: duplicates, entity resolution,
document dating, quotes, events, figures, conflicts, brief. It only sees
DocAnalysis objects (from the store or from Parquet shards), parses nothing, and
embeds only what the per-document stage could not know it needs (the brief's pool).
"""

from __future__ import annotations

from collections.abc import Callable

from . import __version__, lexicon, schema
from .analyse import entities as a_entities
from .analyse import events as a_events
from .analyse import figures as a_figures
from .analyse import nlp as a_nlp
from .analyse import parse as a_parse
from .analyse import quotes as a_quotes
from .analyse import stance as a_stance
from .analyse import timex as a_timex
from .analyse import vectors as a_vectors
from .clean import clean_record
from .types import DocAnalysis, Record

# Bump when a code change alters what a per-document step produces. Data files need
# no bump: their hash is part of ANALYSIS_VERSION below.
ANALYSIS_VERSION_MANUAL = "77"  # round sixty (77): BBC programme slots, figures boxes, named-again captions, video captions, on-air schedules and taglines, programme standfirsts cut; captions above a wire credit with position marks or no root verb, inner wire datelines, crossheads before "Near"/"Along", teaser-list pages refused, rubric openers kept out of the brief, "is seen" captions; a surname used bare before a spouse or kin is named no longer linked to that relative, a title deciding between same-surname people, spans cut at line breaks, colons, outlet+name and place+number seams and a lost apostrophe's lone "s", a company plus a country or before a facility noun and occasion names no aliases; figure subjects from "has a X of", "involving", attended events, shares as subjects, payments "into", a voter no subject of its infinitive's change; ", or ..., a day" and "of oil daily" rates, "since ... on <date>" no period, dimensions ("22 miles long"), "filed"; mental-state verbs of vague groups, ", but X rejected" tails, reduced relatives after a noun object, "and ... could" after "says", hyphenated compounds in speaker runs; repeated times, said content and year-label lists no borrowed event dates


def analysis_version(manual: str = ANALYSIS_VERSION_MANUAL, package: str = __version__, data: str | None = None) -> str:
    """manual component + package version + hash of the analysers' data files
    (clean/data, analyse/data and data/, see ``lexicon.ANALYSER_DATA``), e.g. "3+0.1.0+5f1c0a9e2b7d"."""
    return f"{manual}+{package}+{data if data is not None else lexicon.fingerprint()}"


# Stored analyses of another version are recomputed from the stored cleaned document
# on the next build: a code bump, a new release or an edited lexicon re-analyses them.
ANALYSIS_VERSION = analysis_version()

# The English-only extractors, in order; each reads the spaCy Doc and what the
# earlier steps put in the analysis, and returns its own items (``apply`` stores them).
STEPS: list[tuple[str, Callable]] = [
    ("entities", a_entities.extract),
    ("quotes", a_quotes.extract),
    ("stance", a_stance.extract),  # the quotes again, each read as predicates
    ("timexes", a_timex.extract),
    ("figures", a_figures.extract),
    ("events", a_events.extract),
    ("vectors", a_vectors.extract),  # embeddings of what the corpus stage compares
]


def analyse_document(document: schema.Document, nlp=None) -> DocAnalysis:
    """Parse and extract from an already cleaned document."""
    analysis = DocAnalysis(version=ANALYSIS_VERSION, document=document)
    analysis.minhash = a_parse.minhash(document.text)
    if document.language not in (None, "en"):
        document.warnings.append(
            f"language '{document.language}': English-only analysers skipped"
        )
        return analysis
    if not document.text.strip():
        return analysis
    _extract(nlp or a_nlp.load(), analysis)
    return analysis


def _extract(nlp, analysis: DocAnalysis) -> None:
    document = analysis.document
    # the input was cut to --max-chars before cleaning; cleaning may still lengthen it a
    # little (blank lines between paragraphs), which must not trip spaCy's own limit
    nlp.max_length = max(nlp.max_length, len(document.text) + 1)
    sdoc = parse_in_pieces(nlp, document.text)
    analysis.sentences = a_parse.sentences(sdoc, document.headings)
    a_parse.mark_captions(sdoc, analysis.sentences)
    for name, step in STEPS:
        apply(name, step(sdoc, analysis), analysis)


# spaCy's working memory grows with the text it parses at once (about 3.7 MB per 1,000
# characters here): a text longer than this is parsed a piece at a time and the pieces
# joined into one Doc, so the parse's peak is bounded by the piece, not the document.
# Pieces end at paragraph breaks (sentences do not cross them); a text this long is not
# a news article, so articles are parsed exactly as before.
PIECE_CHARS = 100_000


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """``text`` in consecutive pieces of at most ``size`` characters (joined, they are
    ``text``), each ending at the last paragraph break, line break, sentence end or
    space before the limit (or at the limit when there is none in its second half)."""
    out, start = [], 0
    while len(text) - start > size:
        end = start + size
        for sep in ("\n\n", "\n", ". ", " "):
            pos = text.rfind(sep, start + size // 2, end)
            if pos >= 0:
                end = pos + len(sep)
                break
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


def parse_in_pieces(nlp, text: str, size: int = PIECE_CHARS):
    """``nlp(text)``, with a long text parsed piece by piece (see PIECE_CHARS): same text, same
    offsets; a name's typeset apostrophe ("D’Souza") read as a plain one (a_parse.straight_names)."""
    plain = a_parse.straight_names(text)
    if plain != text:
        doc = a_parse.with_own_text(_parse_in_pieces(nlp, plain, size), text)
        if doc is not None:
            return doc
    return _parse_in_pieces(nlp, text, size)


def _parse_in_pieces(nlp, text: str, size: int):
    if len(text) <= size:
        return nlp(text)
    from spacy.tokens import Doc

    doc = Doc.from_docs(list(nlp.pipe(pieces(text, size), batch_size=1)), ensure_whitespace=False)
    if doc.text != text:  # never seen; offsets must be the text's, so parse it whole rather than shift spans
        return nlp(text)
    return doc


def apply(name: str, result, analysis: DocAnalysis) -> None:
    """Store one step's result in the analysis."""
    if name == "entities":
        analysis.mentions, analysis.descriptions = result
    elif name == "stance":
        analysis.quotes = result
    else:
        setattr(analysis, name, result)


def analyse_record(record: Record, nlp=None) -> DocAnalysis:
    """The per-document stage: one raw record in, one DocAnalysis out."""
    return analyse_document(clean_record(record), nlp)


def build_story(analyses: list[DocAnalysis], options: dict | None = None, embedder=None,
                on_step: Callable[[str], None] | None = None) -> schema.Story:
    """The corpus stage: everything that needs more than one document.

    ``on_step(name)`` is called as each step starts (``resolve.story.STEPS``)."""
    from .resolve import story as r_story

    return r_story.build(analyses, options or {}, embedder=embedder, on_step=on_step)

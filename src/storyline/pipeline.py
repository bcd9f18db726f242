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
ANALYSIS_VERSION_MANUAL = "76"  # round fifty-nine (76): captions, headlines and stamps at a text's head (a bare noun after a preposition, "Almost"/"Nearly" openers, a page stamp no longer blocking the run-in headline), broken photo credits and captions between credits, debate prompts and notices, tally fact boxes, first-person side boxes, readers' role signatures, section pages cut; run-in year headings, adjectival participles, a present clause beside a past one and clauses with their own "when" no event dates, undated mentions no merge into a past year on a shared noun alone; a reporter's "the fact ... it suggests", scare-quoted short phrases, quoted verbs after a non-saying "to" no quotes, an apposition title, "but as X reports" tails cut, "with ..." tails and ", he responded" kept, a pronoun after a scene change to an unnamed person, "it said" after a saying verb whose subject is no person, a repeated open "the company", a reader's signature before "Prof X says:"; country+adverb, place+honorific, body+title-word entities cut back, drugs typed PRODUCT; per-minute rates, holdings' worth, negated payments, ranked titles in the brief; word lists moved to data and per-candidate scans cached (no change)


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

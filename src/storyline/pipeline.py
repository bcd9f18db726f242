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
ANALYSIS_VERSION_MANUAL = "12"  # round nine: issues 16z (a reader thread above a comment notice opened by a line that calls itself a comment or enjoys "your" work; a reader's signature in capitals glued to a sentence opening with "I" or a number cut; a question right above a call to answer it cut with the call; a call ending on a handle or address split from the sentence glued after it), 17te ("the year ended March 31" is P1Y; named holidays (Thanksgiving, Christmas, Easter ...) read and resolved; a spelled-out year after in/since/until; earnings periods ("the 1988 quarter", "the latest period") from the quarter named before; "the year"/"the full year" with no year before is the document's (not in a past clause of January-March); "that year" takes the year of any finer date before; no duration out of "the second day", "Election Day", a bare "night"; "Friday| night", "Friday| Oct. 13", "each| Thursday", "Earlier| Sunday", "mid-afternoon| yesterday", "4 in the morning", "last Oct. 23" read whole; "in his 30s" is an age; "the past century" a stretch; "gave X until <month/weekday>" lies ahead; "every day", a capitalised "Today", "the fiscal second-quarter" found where spaCy leaves them; no date for a holiday or day word in a title ("Dogs Today") or after "like", for "the year before", or a bare "night"), 18o (quotes: the name after a title run the parse made a second subject; "the spokesman" after one organisation's spokesperson; a role word held by one person when its group has several; he/she right after the only named speaker who could be meant; a name right before a subjectless cue; "was quoted as saying"; a definite post nearer than the best name leaves a he/she open unless that name may hold the post, and the next he/she of that unnamed person too), 20s (figures: the place or people a count is of, read from its own clause: place_mention/place_text/place_start/place_end), 17m (an event mention names its doer, the subject or the noun a relative clause hangs on, so two named doers are two happenings; an event mention says why its clause tells no happening a card should show: a question, a negated non-occurrence, "no one"/"nobody" as subject, a habit adverb, a supposition or infinitive, a state verb or a present passive not in progress; the corpus stage leaves such undated cards off the event list), 16y (cleaning: a fact box of three or more whole clauses with no stop run into a sentence; a standfirst the body restates, its last line run into the lead; a headline run into the lead that names its opening name again; a verbless caption above a picture credit below the opening; "A"/"An" agreeing with the next word, or a capitalised subject pronoun, opens a sentence after a kind noun or despite the joint parse); round eight: issues 16x (plain text: a run of three or more lines cut short by an ellipsis, and three or more lines where a title-case headline runs into its summary, are lists of other stories and go; related-list headers that name their site or section, and in other languages), 16u (captions cut before a name that names the caption's subject again or a person named before by title; a video caption "Name: \"quote\"" run into a sentence; a long pull quote repeated as a whole quotation cut before any capitalised word), 18p (quotes: no repeat of a quote inside the same speaker's words; a block paragraph after "X added:"; no cue after a closed quotation that reports its own clause; an unmarked clause hung on the cue as adverbial is content; the speaker's next saying ends a content; "told X to ..."; "as X put it/noted"; a gerund of saying after a preposition takes the main subject; a thing that "tells" inside a report is not a quotation's speaker), 17d (a simple-past main clause opening a new paragraph, with no time of its own, takes the previous sentence's day, when that day is told relative to the report ("on Tuesday", "this morning"), where the narrative goes on (same topic: a pronoun subject or a shared noun; no quote, no time-moving opener, after a simple-past main happening), and one sentence further; a simple-past passive ("was rescued") takes it as a simple past does, integrator (a dateline of two places whose first gives its region before the slash is one dateline; a name described on its own phrase as other than a nearer definite post does not take the he/she after that post) changed per-document output; before: round eight (16x, 16u, 18p, 17d, integrator)


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
    """``nlp(text)``, with a long text parsed piece by piece (see PIECE_CHARS): same text, same offsets."""
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

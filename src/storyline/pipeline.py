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
ANALYSIS_VERSION_MANUAL = "63"  # round forty-six (63): a first line closing on a colon the opening, not the title (unless a dateline is under it), "Last Update:" stamps, stay-tuned lines and gallery warnings cut, a name run on into a number before a verb or a stop a channel ("France 3"), sources with ties to or in contact with a body not its voice, a pet no he who speaks, "one of the sources" saying a nearer unnamed voice, halves of a quotation joined over a tag opening on the speaker's description, a station's number no figure, scaled values read back to 15 digits, a figure in a quote whose he/she the quote step left open no claimant, a verb measure named only after its own or its object's "on", a hyphen-split "on" object whole, a lower-case opening and a forward pointer ("had this to say") out of the brief, a seam after a noun's preposition inside the sentence, and the review's narrowings (integrator); credit lines, notices, promos and captions of scraped pages (clean46); "the clinic/school" the one named so, an unclosed colon quotation going on, a one-person lead's view, a definite post its one holder (open46); victims in a relative clause, fighting as a cause, raised subjects, prices at/from/for (figsubj46); round forty-five (62): a glued-dash dateline of a listed place under at most one headline, a moved date ("a delay from 2018 to 2020") no publication bound, a search ("couldn't find anyone to play") no quote, a reported content ending on a percent sign keeps it, a glued minus a net figure's sign, "four out of 10" a share, a purpose participle no measure, a counted phrase or a change noun no subject, a dashed aside's share or distance no clause subject, the hearers of "told" no claim, and the review's narrowings (integrator); "(pictured)" no credit, a short sentence after a credit label kept, "RT @" lines, end-quote boxes before an article and Reuters topic codes cut (clean45); "the site/network/outlet" the outlet named last, a bare "the man/teen" the person before, a live stamp before a name furniture (open45); a sum before the thing it prices, money paid for a modified thing, a harm clause under a stretch of time, a purchase price the company bought (figsubj45); round forty-four (61): a verbless label naming another voice ("mission control:") leads a cueless quotation away from the speaker before (integrator, after the rebuild); round forty-four (60): an outlet-first dateline with its place in brackets, a crosshead asking a question, a blog post stamp glued after a colon, a live-blog promo ending on a preposition cut whole, a web address or bare ticker broken at its dot joined (integrator); captions under a question label with a picture mark or a named age, a labelled caption naming its picture ending on "show" (clean44); a news-outlet gazetteer typing outlets ORG where the text credits them, a cueless quotation after an outlet's report not the outlet's (outlets44); a far he/she with one person of that gender named so far and no unnamed one, a colon lead-in's one active person subject (open44); a harm count in a relative clause on its cause, a cause phrase read without its closing date (figsubj44); the doer of a passive in the sentence before passed over as a subject is, a while-clause's cue after a quotation not its cue, a trial phase no body, a relative clause after the cue no content, "at least N and up to M" one range, a count that is two joined verbs' object measured by both, a stopless piece run into the next sentence out of the brief, and the review's narrowings (integrator); round forty-three (59): widget, embed, credit and label lines, page scripts and style rules, pasted tweets in another language, repeated stopless lines and runs of title-case headlines cut (clean43); datelines with call letters, outlets joined by slashes or an en dash, no caption split inside a name, breaking-story status lines, a video button and its clip title, a menu piece opening the text cut (integrator); a repeated verb after "but" shares its subject, a negated quantifier no antecedent, a long quotation no distance, a verb-less opening noun an unnamed person, a misparsed verb's opening noun its subject (open43); "Per <name>:" credits the quotation, a tag verb with its own object no tag after a saying verb, a one-word name typed a person a lead for "the company" (integrator); a sale's price the thing sold's, a bracketed conversion its figure's, a sum's "in" noun its measure, a distance (figsubj43); a buyer's possessive no subject of a purchase, a year on a past passive not a joined present perfect's period (integrator); a denying near-copy no support, a year holding the report dated at the report (brief43); round forty-two (58): scraped pages' pasted tweets, bracketed credits and links, "MORE:" links, widget and status lines, tabloid captions and summary bullets, link cards and clip pointers cut (clean); a gallery promo under a kicker in capitals no picture credit (integrator); a held count's noun its measure, "boast"/"possess" read as "have", a joined verb's subject shared, sums named by what they are paid as, a consulted person the claimant (figs); a he/she whose best name is only an object or addressee open, a person described through another unnamed, fighter/militant/gunman/hostage person nouns, a gendered apposition's name, a name with a number a programme, "would have us believe" no statement (quotes); a denial no support citation in the brief (brief); round forty-one (57): a line holding only a full date dates the article, a wiki image's width and a stopless line on its own above the lead cut, no restated-headline seam inside one noun phrase; a "by" gerund's saying the main subject's, a name before a subjectless finite cue leaves it open, an "it" after its own sentence's indefinite thing open, a question after a negated cue no statement; a number in a product's name no figure, a party to a deal no subject of its sum, a fiscal or unended quarter no period; a ranked phrase and a part of a set out of the brief (integrator); share prices on market verbs, a second harm verb's cause (figsubj); a poll's finding the poll's (attrib); an office word naming the subject before, a written full name for a bare surname (openspk); round forty (56): a he/she tag going on in the voice of the sentence before's sayer, a public person's epithet naming the subject before (openspk); the cause a count of dead or hurt is of, what money was spent on or a reward is for, who money was given to (figamount); shares' and margins' subjects from relative clauses, owners, changed shares, pairs, lists and parts (figshare); a nominal speaker agreeing with the subject just before, a name cut to its legal form kept whole, a clause hung on the cue after a verb of its phrase no content, a money change's rate on both ends, a restated bound, a name's last word no measure, a part of the shares no share price, a stake in a named company the company's, broadcast sign-offs and hand-overs cut, bare measures and trade descriptions out of the brief, a phrasal 'call up' no cue, an 'it' after a country subject open, and the review's narrowings (integrator); round thirty-nine (55): 1990s wire datelines with "_", bylines, service credits, notes to editors and trailers cut, a comment stamp only a stamp (wire); a quotation split by a long "who" tag joined, a predicate whose subject lies outside left out, a nested infinitive dropped, a declined second act cut, a headline cue trimmed from a name (quoteleft); transcript labels and outlet-fused names and place-word surnames linked to the person the document names (opendesc); part shares, needs, compared sums and hoped-for thresholds (figsubj); thresholds, margins, tally shares, poll support and spent sums as measures (figmeasure); a dateline place on one line, no fact-box piece ending in an article, weighed pounds, "others" counted, "no reason to believe", a time clause after the tag, a table row, a people's belief, a role holder after a chain of phrases, a rare first name no gender, a table's lead-in out of the brief (integrator); round thirty-eight (51-54: a modal content's past second verb cut only under "has said"; a gerund of the deed someone is accused "of" no saying of theirs; a past deed after a modal content the reporter's; the review's mends: a quoted abbreviation no stop, a known post tag left whole, a reaction cut's short remainder no content); round thirty-eight (50): headline teasers dropped, a quotation split by a second tag joined, a poll's ", with" figures kept, contents run to their quotation's close, reaction clauses cut (cuts); "call for" objects, cited sources, a non-speaker's "highlighted" reading and a denied request no statements (notstmt); curly-apostrophe names parsed as straight, polls and bodies the document names (opennamed); one-word person mentions of one gender one person for the pronoun resolver (pronfar); shares' groups and candidates (figshare); counts' gains, thresholds and levels (figcount); a cue stops at another quotation's sentence end, a "who" between two people open, a present report's past second saying cut, "riff" a cue, an "according to" finding's second half kept, a post tag's syntax cut around its words (integrator); round thirty-seven (47-49, the integrator's later mends: typographic spaces read as plain ones; a person's office or campaign named as a speaker no company a figure's anaphor stands for; a present cue under before/until/unless/if a saying not yet made); round thirty-seven (46): a second half after a title-holding tag, a reported half "X said, adding", two whole lines under one cue, a nested quotation, a quoted tail kept in its clause (cuts); a quotation opened sentences before its tag, title runs after the cue, an untagged surname, a participle or aside after the name, "upon saying", "WHO" initials (cueopen); campaigns, administrations and offices, published pieces, a surname tagged as a noun (named); a unit's "and other" nouns, narration inside a joined quotation no claimant, a list item's bracketed sum no head subject, a comparison's object owner no subject, a bracketed pair no range (figsubj); composed mojibake repaired, bracketed code points decoded, link lines cut, a caption ending on a quotation cut (clean); pronoun speakers and a concession's first half out of the brief (brief); a race's role nouns before a name no caption end, a refused or failed saying no statement, an imagined "a President X" no speaker, a he/she after an unnamed author's quote open, share's object read as a clause subject no content, a dangling "them" and "those numbers" out of the brief (integrator); round thirty-six (44-45, the integrator's later mends: a tag after a quotation whose subject the parse took from inside it names the speaker, its name run read to its last person); round thirty-six (43): a quotation and its second half joined across the same speaker's own tag, a next sentence's "But she added," and an unnamed speaker's long tag (halves); a content cut at a dash or ", even as" clause, a second poll share and a share's comparison cut, a list the parse broke off kept whole (runon); a role description matched to the one title the document gave a person, a "who" on a named person's apposition (roles); topics, refusals, feelings, a means under a modal, an own infinitive's clause, doubts, proverbs and survey questions no statements (notstmt); lone "l" bullets, appended corrections, author notes, a chair's tagline and a glued credit cut (clean); a day after a month and "N%-M%" no ranges, margins of error, earned shares, list spending, a claimant cut at a spaced dash (figs); a cueless quotation its own tag follows not carried, a dashed aside no epigraph, a cue subject inside an unclosed relative clause, an obliged saying no statement, a kind of body alone no short name (integrator); round thirty-five: "Contributing:" and "<Name> contributed." credits, co-authors' notes and op-ed taglines at the foot cut (usaclean); a promise's bare noun object, a vague group's belief with no saying and an op-ed's hypothetical no statements (notstmt); a chant or shout its shouter's (a crowd open), words on a sign open, longer work titles and worn slogans no statements (chant); a quotation split by the same tag or carried on by "adding" joined, a question answered by its asker in one paragraph joined (split); a poll, survey, editorial or report owned by an untagged organisation named in its phrase, apostrophe surnames (owner); the hand rules' pick of a he/she the fitted weights outvoted with a salient non-subject (pronoun); round thirty-four: doubled-apostrophe quotation marks typeset at the cleaning door, a long tag with a clause no bar to joining the second half in one paragraph, "it is too soon to say" a hedge, a name inside the reported words never their speaker, archive section labels cut (integrator); list-item shares, pollster and portfolio subjects, spaced-dash ranges, hourly rates, another poll's claimant (figsubj); tweet-embed tags, social and video promos, hat-tips, author handles, title-case headlines kept whole (wjclean); spaced closing marks, an answering voice, a span ending inside a word (runon); stance and grounds objects, owned titles and epithets, a "which" aside no statements (notstmt); a colon lead-in's sentence and its source's owner (speakers); a dangling demonstrative out of the brief, BYLINE lines and signatures cut (brief); round thirty-three: a quotation tagged after its first sentence joined with its going-on in the same paragraph, an interrupted sentence going on with "I" joined, a time adjunct's saying gerund the main subject's, one member of a party open, a lone surname typed ORG not an organisation named after its bearer, a single-hyphen dateline of a listed city or a place with its US state, a senator, governor, mayor and the like no longer one post group, a poll pair after another lead verb open, a negated reporting verb no figure claimant (integrator); poll shares, margins and poll claimants (polls); captions above a bracketed photographer's credit at the page head (caps); "in <year>" a completed year only with money, a correction's date an upper bound (dates); "the Vermont senator" for the one person titled "Sen." (roles); round thirty-two: a wrongful pull-quote, glued-caption and head-seam cut mended (cuts); US promo lines, widgets, slugs, section teasers and author notes cut (promo); a nickname and its formal name one person, a cleft names the speaker (nick); a "last updated" stamp caps the publication day, a cut picture caption bounds it from below (dates); "pounds of" stuff a weight in copy with no money sign, an organisation-typed name in apposition to a person noun a person, a name run into the acronym it defines two mentions, a verb in a title run no cue (integrator); round thirty-one: a BBC page head's caption or headline read with the case and words of the text below, a headline the lead restates cut (bbchead); "End Quote" boxes cut where the next sentence's start is told, broadcasters' call-outs cut (bbcbox); the Guardian page head above the first picture credit cut (guhead); a bare surname two people bear goes to the one in play or stays open (names); a summary label that is a field of the article's list kept, a credit label with the lead glued after it kept whole, a capitals heading before a locative dash no dateline, a dispute whose object names its value answers no other figure, a verb series the parser hung on the main clause and a colon lead-in owned by another name leave the speaker open (integrator); round thirty: a page link label set beside a "last updated" stamp ("... GMT Help The ...") cut (integrator); a Guardian closing time stamp, BBC programme slots with a four-figure clock, a byline cut where the lead repeats its place or its reporter's name (guhead, bbcfurn); a department word run into a name after "<title> of (the)" cut from it (speak); conflicts: a figure its own sentence says was updated never a side, a statement pair needs one referent and two claimants to be shown (conf); round twenty-nine: a picture credit before a possessive or participle lead, an opening quotation closed on the next line, a bracketed reader prompt before a list item, no longer cut with the text after them (integrator); a list item's heading after a glued list number and a list's repeated line kept, a wire reporter's closing bio cut (guhead); a bare "<Name> BBC News, <Place>" byline, a capitals crosshead with a dash before an acronym, a graphic title before "Initially," cut (bbchead); a claimant that is only a time dropped, per-area units, shareholdings a measure, a superseded estimate never a side of a conflict (figs); a "he" that another clause's he/she rules out left open (pron); verbless continuations of a statement, a cue inside a fronted clause, a closing "which" aside, a refused noun object, a cue before a colon (spans); round twenty-eight: an organisation's capitals no longer join a lesser place whose initials they spell (integrator); a title abbreviation glued to a body before a person cut from the body, a lone name word links only to a bearer of it as family name, "<venue>, <surname>" split (mentions); "the company" open when another organisation is the nearer subject, "the official" open after an unnamed official comes in, an "as X said" aside of the writer's own voice no quote, "X said, would Y ..." a question (descr); a transcript turn holds the whole turn, a list's later items kept (spans); AP location datelines lifted, "read more" teasers, site taglines and correction notices cut (ushead); BBC fact boxes under a capitals heading, help notes and readers' threads under a comment header cut (boxes); round twenty-seven: a whole clause with no stop at the text's head run into the lead's own clause cut as a caption (27k); a caption and its picture credit run into a sentence, a bracketed credit, the Guardian's dated web footer, a live feed's box, two reader cues above a comment notice, cut (27g); a tokenised corpus's line split at a party-state label's stop joined, a titled byline ('By <name> <role>, <desk>') run into the lead cut (integrator; the first from 27o's census); a second act of saying after an infinitive's content, a quantity named without its value no statement, the reporter's concession before a cue, a cited source no content (27q); slash numbers ("9/11") no figures, a fraction of one unit, currency ranges, year spans no period, an "according to" that does not reach the figure no claimant, a share's base and bracketed counts keep their own measure (27f); round twenty-six: a caption between a headline cut off its line and the lead, in the past too, and a caption before a capitalised connective, cut (26b); a reader thread below a blog post's closing stamp or from a lone "Report abuse" stamp cut as a block, a wire fact-box pointer cut off its sentence (26r); a long descriptive tag no bar to joining the next paragraph, a closing "despite <report>" cut, a quoted fragment after an unquoted clause read as the clause, a quoted predicate after a verb of saying keeps its subject (26p); a bare surname open when another bearer is named, a full name typed ORG or untagged read as the person its surname names elsewhere (26s); round twenty-five: a he/she-tagged quotation joined with the next paragraph's cueless quotation in the same voice, a quoted predicate's subject kept whatever its length, another speaker's report set against a content ("even as X said") cut (25q); a question put to the subject, and a saying of no one, no statement; a title the tagger glued to a service gives the name after it (25s); a present caption clause at the head run into the lead cut (25b); dated picture captions anywhere, a wire credit after one, a picture agency's credit before a dateline, a "by: <name>" byline (25k); an author's note at the foot, press-release SOURCE and contact blocks, product taglines, graphics promos and site notices (25w); ranges keep both ends, "better than"/"-plus" lower bounds, mixed fractions, rates along a change, pounds of weight, measures from fixed phrases and claimants from headings left open (25f); round twenty-four: Penn Treebank tokenised copy typeset once at clean_record's door, the per-rule PTB readings retired (24p); a wire picture's credit opening the lead's line with the caption above it, one dated caption with no credit, a section's blurb under the story, cut (24n); a quotation a verb of saying brings in inside the speaker's relative clause kept, the press/outlet filters named in the evidence, a speaker phrase after the paragraph break (24q); span ends: a bare closing "and", "<Name> and colleagues" tags, a name's which-gloss, an open quotation's stop (24s); "make" no measure, money verbs no measure of counts, a second possessive's subject, "in June and July 2007", a relative clause's own date, a fronted clause's claimant, a place reporting its own count (24f); round twenty-three: a caption run into a quoted paragraph read in PTB quote marks, closed before its tag or running on (16m); pull quotes, pull-quote boxes, link promos, wire credits and story codes in tokenised copy read as typeset, readers quoting each other no pull quotes (16q); a content stops before ", according to <source>", a second report ", with X saying", a reporter's clause after a forecast, and after a time of saying "in <month>" (18w); an untagged name with a person noun in apposition speaks, an "it" for the organisation subject of the sentence before (18o); a refusal to give and a scene sought no statements, a label after what/which, a title in the speaker's phrase, "the paper" only a newspaper, "the company" not the outlet spoken to (18x); round twenty-two: a present-tense caption clause at the text's head run into the lead, cut (16k); a headline run into the lead cut when the lead says its words again by lemma (16b); an active verb of knowing of no named subject, or negated ("scientists knew", "did not realise"), and a sentence-opening "Having said that", no statement (18n); a quotation tagged after it that goes on in the next paragraph under a new mark with no cue joined to it, its pieces skipping the tag (18p); no statement for a verb of belief as a bare participle on another verb, a cue under a forecast's infinitive or a "what" object clause after it (18v); a bound right after a rate in its unit shares the rate, a place only modifying a common noun no figure subject (20p); "up to" after "now" a level reached, not a bound, a caption's "(C)" position mark no copyright line naming the outlet, a name modifying the cause of a harm ("Acme's rig exploded, killing 9") no subject of its count (20v); round twenty-one: a quotation announced by a colon runs on over up to 12 sentence-split paragraphs, a reported content stops at the colon before a quotation it cut into, a quotation reopened in the next paragraph with no word between joined to it (18m); a passive reporting verb's subject no figure claimant, its "by" agent the teller; a figure in a relative clause on a noun of reported speech left without claimant (20r); a promo line (a lost link's "here" pointer, broadcast times, donation instructions), a live blog's outgoing handover cut (16v); a fronted time phrase of the main verb no longer makes the reporter's sentence words around a tag, a subject and verb chain before a quoted predicate kept in the quote, a scene come upon ("found X hiding") no statement (18s); a caption run into a sentence opening on a capitalised preposition, subordinator or participle in the middle of a text, cut (16c); a decimal comma before a scale word, a rate converted in brackets, "left <n> dead", a count of two coordinated nouns, a past verb's time not dating a joined now-verb's figure (20u); round twenty: a present-tense caption clause above a picture credit, and a reader's signature with town and country run into a first-person opening, cut (16h); a quoted predicate of an unquoted subject before a trailing attribution kept with its subject (18r); a correspondent's dispatch credit cut off its post, more clip-teaser shapes and a programme page's notices cut, a clip teaser run into a sentence kept whole (16u); leading-zero codes, "7-10,000", "by X to Y", a clock paired with a zone clock, a second count's own verb, the measure's "on" in the verb's own clause, the worth of a holding, an estimate's maker no subject (20f); an agency's trailing tag on a report of a report, the writer's 'This is not to say', a tag alone below a quotation, 'warned for <time>', a gloss after the closing mark (18q); a ", while <named person> <did>" contrast after a non-simple-past content, cut (18t).


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

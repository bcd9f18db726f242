"""Direct quotes and reported speech in one document, with their speakers.

Direct quotes: quote marks are paired by a small scanner (straight, curly, low-9,
guillemets either way round, CJK corner brackets, single quotes outside double
ones), paragraph-aware: a quote that runs on into a paragraph that opens with a
new mark continues; an unmatched mark is dropped. Short quoted fragments without
a cue are scare quotes and left out (they stay inside reported speech: "mixed").

Reported speech: a cue verb (data/reporting_verbs.txt) with a clausal complement
("Ren said that ...", "Li told Bloomberg it ..."), "According to X, ...", and a noun of
saying or believing with its owner and a "that" clause ("Trump's claim that ...",
data/cue_nouns.txt; the owner is the speaker, "my/your/our" the writer's). A quotation
also runs on over sentence-split paragraphs that do not reopen it (two, or twelve after a
colon: 'X tweets: "...'); a reported content stops at the colon of a quotation it ran into, and a
quotation reopened in the next paragraph with no word between joins the one before. What is not a statement
is left out: a noun object unless it names something said (data/statement_nouns.txt), follows
a verb of plain communication (data/object_cues.txt) or carries what the cue says of it
("described the situation as horrific"), and never a definite quantity named without its value
("will announce the size of its payout") nor a source cited with its own saying ("cited
'informed sources' saying ..."); a "how"/"whether" clause except after verbs of
telling or asking (data/wh_cues.txt); a passive cue with no agent ("are estimated to",
"people said to be"), the reporter's narration; "continue" outside a quotation
(data/direct_cues.txt); a headline in capitals; the writer's framing ("This is not to say that
..."); a news agency's trailing tag on another's report ("X said ..., AFP reports": X's words).

Speakers: the subject of the cue verb, followed through an apposition ("Its COO
..., Jane Li, said" is Jane Li), a possessor or compound of a document noun
("a Reuters report mentioned" is Reuters), a pronoun or a nominal resolved by
analyse/speakers.py (scored candidates; a vague group such as "several diplomats"
stays open), a role nominal ("the president of Huawei": roles and organisation left in
``roles``/``org`` for the corpus stage), or, for a quote with no cue, the confident speaker of
the quote just before, in the same or the next paragraph, or further when the narration between
names them again or has a he/she of theirs (a report nested inside that quote's words does not
break the chain; a quotation closing its paragraph takes first a bare tag that is the whole next
paragraph, "Jane Roe, a nurse, said."; open when the narration between names another person or
organisation as a subject or an according-to source, or when the quotation is a short whole
paragraph in single marks or headline-cased, a section head), or a bare name the tagger missed here: the same words tagged elsewhere in the document, else handed
to the corpus stage as a name. Every speaker carries ``speaker_confidence`` and
``speaker_evidence``; the corpus stage leaves the entity open below the threshold.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .. import lexicon, timenorm
from ..clean import dateline
from ..types import DocAnalysis, Mention, QuoteItem
from . import gazetteer, names, quote_edges, quote_frames, quote_halves, quote_whole, speakers, stamps
from .parse import doc_text, per_parse, token_listed
from .stance import refusals
from .timex import _FUTURE_AUX  # the future auxiliaries ("will", "shall": data/modals.txt's "+")

# opening mark -> the marks that may close it
_PAIRS = {
    '"': '"”“',
    "“": "”“\"",
    "”": "”\"",
    "„": "“”\"",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
}
_SINGLE = {"'": "'’", "‘": "’'", "‚": "‘’"}
_OPEN_BEFORE = set(" \t\n([{—–-:;,/") | {"\u00a0"}
_MAX_QUOTE = 4000
_MIN_WORDS = 4
_MAX_BARE = 2
_MAX_BARE_INTRODUCED = 12  # after "writes:": a long sentence-split run (a tweet, a correspondent's report)
_PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None, "we": None, "i": None}

@functools.lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    """Lemma -> flags ("*" mental state, "+" object/infinitive content)."""
    return lexicon.flagged("reporting_verbs.txt")


@functools.lru_cache(maxsize=4)
def cue_lemmas(mental: bool = False, objects: bool = False) -> frozenset[str]:
    """Reporting-verb lemmas; with ``mental`` also verbs of mental state ("hope", "believe");
    with ``objects`` only those whose object can be the content ("denied the allegations")."""
    out = set()
    for word, flags in _lexicon().items():
        if "*" in flags and not mental:
            continue
        if objects and "+" not in flags:
            continue
        out.add(word)
    return frozenset(out)


def _forms(tok) -> frozenset[str]:
    """The lemmas this token may be a form of: spaCy's lemma, the word itself and the word
    with a verb's inflection taken off, since the small model's lemmatiser slips ("hoping"
    -> "hop"). Read through a cache on the word and its lemma (round fifty-nine, e1, cost:
    ``is_cue`` asks it for tens of thousands of tokens a document set, mostly the same words)."""
    return _word_forms(tok.lower_, tok.lemma_.lower())


@functools.lru_cache(maxsize=65536)
def _word_forms(w: str, lemma: str) -> frozenset[str]:
    forms = {lemma, w}
    for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ies", "y")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            forms.add(w[: -len(suffix)] + repl)
    return frozenset(forms)


def _title_word(tok) -> bool:
    """A verb written with a capital inside a run of capitalised words, mid-sentence: a word
    of a title ("the video for I Bet You Sing Well Tonight", "the film Say Anything
    To Me") or of a headline run into the text ("BP Says Leak Slowing"), no verb of saying
    (round thirty-two: a song title gave a guitarist a quotation). Not the sentence's first
    word, nor after a quotation mark, a colon or a number (a live page's "1646 According to")."""
    if not tok.is_title or tok.i == tok.sent.start or tok.i + 1 >= len(tok.doc):
        return False
    prev, nxt = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    return prev.is_alpha and nxt.is_alpha and nxt.is_title and not nxt.is_sent_start


def is_cue(tok, mental: bool = False, objects: bool = False) -> bool:
    """Is this token a form of a reporting verb? Checks spaCy's lemma and the word's
    own inflections (``_forms``). A "~" verb ("show") counts only with a document noun as
    subject ("a poll showed")."""
    hits = _forms(tok) & cue_lemmas(mental, objects)
    if not hits or _title_word(tok):
        return False
    if _phrasal_not_cue(tok):
        return False  # "call up reservists", "call off the strike": another verb than "call"
    if all("~" in _lexicon()[h] for h in hits):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subj) and (subj[0].lower_ in source_nouns() or subj[0].lemma_.lower() in source_nouns())
    return True


def _phrasal_not_cue(tok) -> bool:
    """Is ``tok`` the verb of a phrase of data/phrasal_not_cues.tsv, its particle's words right
    after it ("call up", and "call to mind", whose two words the reporting reading would take
    as the content's start: round fifty-three, seed 168 c066 Q15)?"""
    doc = tok.doc
    for lemma, words in _phrasal_not_cues():
        if tok.lemma_.lower() == lemma and tok.i + len(words) < len(doc) \
                and tuple(t.lower_ for t in doc[tok.i + 1 : tok.i + 1 + len(words)]) == words:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _phrasal_not_cues() -> frozenset[tuple[str, tuple[str, ...]]]:
    return frozenset((r[0].strip().lower(), tuple(r[1].lower().split())) for r in lexicon.rows("analyse/phrasal_not_cues.tsv")
                     if len(r) > 1 and r[1].strip())


def _belief_verb(tok, by_lemma: bool = False) -> bool:
    """A verb of belief only ("*" in data/reporting_verbs.txt, not a verb of saying): a mental
    cue that is no saying cue (``is_cue``'s forms); with ``by_lemma`` a "*" entry for spaCy's
    lemma itself (no other forms tried)."""
    if by_lemma:
        return "*" in _lexicon().get(tok.lemma_.lower(), "")
    return is_cue(tok, mental=True) and not is_cue(tok)


@functools.lru_cache(maxsize=1)
def direct_cues() -> frozenset[str]:
    """Verbs that introduce a quotation but not reported speech ("he continued:")."""
    return lexicon.words("analyse/direct_cues.txt")


@functools.lru_cache(maxsize=1)
def source_nouns() -> frozenset[str]:
    return lexicon.words("analyse/source_nouns.txt")


@functools.lru_cache(maxsize=1)
def spokespersons() -> dict[str, frozenset[str]]:
    """kind (noun, not, link) -> words (``analyse/spokespersons.tsv``)."""
    return lexicon.word_kinds("analyse/spokespersons.tsv")


def _not_a_voice(t) -> bool:
    """Is ``t`` a word of spokespersons.tsv's "not" kind ("former", "close", "ties") written as a
    common word: lower case, not a word of a name ("Contact Energy", "the Ministry of Trade and
    Economic Ties": round forty-six's review found such names opened by "contact" and "ties")?"""
    if t.lower_ not in spokespersons().get("not", frozenset()):
        return False
    # (a capital that only opens the sentence, "Former BP official Jan Roe said", is no name's)
    return t.ent_type_ not in ("ORG", "FAC", "PRODUCT", "LAW", "EVENT") and (not t.text[:1].isupper() or t.is_sent_start)


def _attached_org(ctx: _Ctx, head, orgs: list[int]) -> int | None:
    """The one named organisation tied to the head of the speaker phrase itself: a modifier
    ("a BP spokesman", "BP's spokeswoman") or behind a linking preposition on the head ("a
    spokesman for BP", "an official at the Health Protection Agency"); not one further
    out ("sources close to BP", "a spokesman for a lawyer for BP"); the organisation whose own
    seat the linked noun is ("a spokesman at BP's London headquarters"). None when two differ."""
    links = spokespersons().get("link", frozenset())
    seats = spokespersons().get("seat", frozenset())
    hits: dict[int, int] = {}
    for i in orgs:
        span = ctx.span(i)
        org = _org_twin(ctx, i)
        if span is None or org is None:
            continue
        root = span.root
        direct = root.head.i == head.i and root.dep_ in ("compound", "poss", "nmod")
        via = root.dep_ == "pobj" and root.head.lower_ in links and root.head.head.i == head.i
        # "a spokesman at BP's London headquarters": the organisation whose seat the link names
        seat = root.dep_ == "poss" and root.head.lower_ in seats and root.head.dep_ == "pobj" \
            and root.head.head.lower_ in links and root.head.head.head.i == head.i
        if direct or via or seat:
            hits.setdefault(ctx.cluster(org), org)
    return next(iter(hits.values())) if len(hits) == 1 else None


def _org_twin(ctx: _Ctx, i: int) -> int | None:
    """The organisation a mention names: itself when tagged ORG; for one tagged NORP ("a
    Transocean spokesman": the small model takes a company before a role word for a
    nationality), the ORG mention of the same name elsewhere in the document ("Transocean",
    "Transocean Ltd"), unless the word is a demonym ("a Haitian spokesman"). A NORP with no
    ORG twin ("a Republican spokesman") stays no organisation."""
    m = ctx.mentions[i]
    if m.label == "ORG":
        return i
    if m.label != "NORP" or gazetteer.is_demonym(m.text):
        return None
    span = ctx.span(i)
    if span is None or any(t.tag_ != "NNP" for t in span):
        return None  # "European health officials": an adjective of a people, not a company's name
    key = m.text.lower()
    for j, o in enumerate(ctx.mentions[: ctx.n_named]):
        if o.label == "ORG" and (o.text.lower() == key or o.text.lower().startswith(key + " ")):
            return j
    return None


def _organisation_voice(ctx: _Ctx, subj, np, inner: list[int], head_np: bool,
                        role_words: list[str]) -> tuple[dict | None, list[int]]:
    """The speaker fields when a spokesperson speaks for the organisation in the phrase; else
    the organisations the phrase may still speak for (none for "sources close to BP", "a
    former BP official": not the organisation's words; the spokesperson rule only for the
    head's own phrase)."""
    # an organisation or a place inside the phrase speaks for it ("Huawei officials", "U.S.
    # officials"); a nationality or a party adjective does not ("Fifty-four Democratic
    # Senators"), nor a place the head is only located in ("officials in Haiti")
    orgs = [i for i in inner if _org_twin(ctx, i) is not None or (
        ctx.mentions[i].label == "GPE" and (not head_np or _modifies(ctx, i, subj)) and not _branch_between(ctx, i, subj))]
    kinds = spokespersons()
    if head_np and orgs:
        spoke = _spokesperson(ctx, subj, np, orgs)
        if spoke is not None:
            return spoke, orgs
        if any(_not_a_voice(t) for t in np) or (
                subj.lower_ in kinds.get("noun", frozenset()) and _attached_org(ctx, subj, orgs) is None):
            return None, []
    if head_np and not orgs:
        spoke = _spokesperson_of_name(ctx, subj, np, inner)
        if spoke is not None:
            return spoke, []
    if orgs and not role_words and (subj.lower_ in source_nouns() or subj.pos_ == "PROPN" or _piece_noun(subj)) \
            and not _where_not_who(ctx, orgs[0]) and not _owned_body(ctx, orgs[0], subj) \
            and not _describes_author(ctx, orgs[0], subj) and not _possessed_informant(ctx, orgs[0], subj):
        # "a Reuters report", "Huawei statements", "Huawei officials", "a tally by the Associated Press"
        org = _org_twin(ctx, orgs[0])
        return _conf({"speaker_mention": orgs[0] if org is None else org}, 0.85,
                     f"'{np.text}': the organisation named in the phrase"), orgs
    return None, orgs


def _branch_between(ctx: _Ctx, i: int, subj) -> bool:
    """Does a word of a state's branch (data/branch_words.txt) stand between place mention i
    and the head ("U.S. military officials", "Afghan intelligence sources")? Then the
    officials are that branch's, which the phrase does not name: the place is no voice."""
    span = ctx.span(i)
    if span is None or span.end > subj.i:
        return False
    words = lexicon.words("analyse/branch_words.txt")
    return any(t.lower_ in words for t in span.doc[span.end : subj.i])


def _piece_noun(subj) -> bool:
    """A singular noun of a piece a body publishes (data/owned_piece_nouns.txt: "tally",
    "projection" beside "poll" and "report"), for ``_organisation_voice``: "a tally by the
    Associated Press", "a projection by Oxford Economics" (a consultancy) are the tagged
    organisation's words as "a Reuters report" is. Not added to data/source_nouns.txt, which
    also makes "show" a cue; here the noun only names whose the words are (issue 18, round
    thirty-seven, named: 3 open speakers of PolNeAR train 301-840 less the keep-off list)."""
    return subj.tag_ == "NN" and subj.lemma_.lower() in lexicon.words("analyse/owned_piece_nouns.txt")


def _owned_body(ctx: _Ctx, i: int, subj) -> bool:
    """Is mention i only the owner of a public body the head names ("Norland's health ministry",
    "Acme's legal department": a body noun of data/body_nouns.tsv, kind body, with the name as its
    possessor)? The body speaks, not its owner: the name is not the speaker (the phrase may still
    name a body of its own, or stay open). Not "BP's report" (a source noun: the owner's words),
    not "the Acme Ministry" (a name of the body itself)."""
    if body_nouns().get(subj.lower_) != "body":
        return False
    span = ctx.span(i)
    if span is None or span.root.dep_ != "poss":
        return False
    head = span.root.head
    while head.i != subj.i and head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    return head.i == subj.i


def _possessed_informant(ctx: _Ctx, i: int, subj) -> bool:
    """Is mention i only the possessor of an informant the head names ("the Mail's source",
    "the network's sources": analyse/informant_nouns.txt)? The informant speaks, not the
    organisation that has it: not the organisation's voice, open (round forty-eight, seed 163
    c030 Q2). "a Mail source" (a compound) is left as it was."""
    if subj.lower_ not in lexicon.words("analyse/informant_nouns.txt"):
        return False
    span = ctx.span(i)
    return span is not None and span.root.dep_ == "poss" and span.root.head.i == subj.i


@functools.lru_cache(maxsize=1)
def body_nouns() -> dict[str, str]:
    """head noun -> body | class (``analyse/body_nouns.tsv``)."""
    return {w.strip().lower(): k.strip() for w, k in lexicon.rows("analyse/body_nouns.tsv")}


def _named_body(ctx: _Ctx, subj, np) -> tuple[int, int, str, int | None] | None:
    """"The Scottish government said", "the US government says", "the Acme Petroleum Institute
    lobby group complained": a definite description
    whose own words name one public body (a name or a people's adjective before a body noun)
    that no tagged entity bears. Returns (start, end, name) of the body's name in the text and
    None, or, for a class noun after a tagged organisation's whole name ("the Acme Institute
    lobby group"), that organisation's mention.
    Not a description with no name in it ("the government", "the country's health ministry":
    which one is a guess), not a plural ("Western governments"), not one joined to another
    subject ("both the Greenland government and Acme": two speakers), not one whose phrase
    goes on past the head ("the government of ..."), nor a person's ("his government":
    handled before, open; "the Obama administration": handled before, the body named by its
    owner, _campaign_body, round thirty-seven). Our own rule: the entity
    tagger leaves these descriptions untyped, and the corpus has no body to give the words to."""
    kind = body_nouns().get(subj.lower_)
    if kind is None or subj.tag_ != "NN" or np.end != subj.i + 1:
        return None
    if any(c.dep_ == "conj" for c in subj.children) or (subj.dep_ == "conj" or any(
            c.dep_ == "cc" for c in subj.head.children if subj.dep_ in ("nsubj", "pobj") and c.i < subj.i)):
        return None
    body = [t for t in np if t.i < subj.i]
    while body and (body[0].lower_ in ("the", "both", "all", "a", "an") or body[0].is_punct):
        if body[0].lower_ in ("a", "an", "all"):
            return None  # "a government spokesman" aside, an indefinite body is someone not named
        body = body[1:]
    if not body or any(t.pos_ not in ("PROPN", "NOUN", "ADJ", "PART") and t.tag_ != "POS" for t in body):
        return None  # "his government", "this ministry": no name
    named = [t for t in body if t.i in ctx.tok_mention and ctx.mentions[ctx.tok_mention[t.i]].label in ("GPE", "NORP", "ORG", "FAC")
             or (t.tag_ == "NNP" and t.i not in ctx.tok_mention)]
    if not named or any(t.i in ctx.tok_mention and ctx.mentions[ctx.tok_mention[t.i]].label == "PERSON" for t in body):
        return None
    if kind == "class":
        # the proper name right before the class noun (with at most one common noun between:
        # "lobby", "trade"), untagged and of more than one word or none of a people's
        run = [t for t in body if t.tag_ == "NNP"]
        if not run or run != body[: len(run)] or len(body) - len(run) > 1 or len(run) < 2:
            return None
        tagged = {ctx.tok_mention.get(t.i) for t in run}
        if tagged != {None}:  # the group is a tagged organisation: its name must be the whole run
            i = next(iter(tagged))
            span = ctx.span(i) if len(tagged) == 1 and i is not None else None
            if span is None or ctx.mentions[i].label != "ORG" or (span.start, span.end) != (run[0].i, run[-1].i + 1):
                return None
            return span.start_char, span.end_char, span.text, i
        return run[0].idx, run[-1].idx + len(run[-1]), ctx.text[run[0].idx : run[-1].idx + len(run[-1])], None
    a, b = body[0].idx, subj.idx + len(subj)
    if names.core_name(ctx.text[a:b]) != ctx.text[a:b]:
        # "Spain's health ministry", "the White House oil spill commission": the corpus reads
        # such a name by its core ("ministry"), which would join every ministry of the story
        return None
    return a, b, ctx.text[a:b], None


def _spokesperson(ctx: _Ctx, subj, np, orgs: list[int]) -> dict | None:
    """"A spokesman for BP said", "a BP spokeswoman said": the words are the organisation's
    official position, so the organisation is the speaker (the surface words kept). Not a
    vague group, not "a former BP employee", not "sources close to BP"."""
    kinds = spokespersons()
    if subj.lower_ not in kinds.get("noun", frozenset()) or any(
            _not_a_voice(t) for t in np):
        return None
    org = _attached_org(ctx, subj, orgs)
    if org is None:
        return None
    out = {"speaker_text": np.text, "speaker_start": np.start_char, "speaker_end": np.end_char,
           "speaker_via": "spokesperson", "antecedent_mention": org}
    return _conf(out, 0.85, f"'{np.text}': spokesperson of organisation {ctx.mentions[org].text} "
                 "(named in the same phrase): the words are its official position")


def _spokesperson_of_name(ctx: _Ctx, subj, np, inner: list[int]) -> dict | None:
    """"a Transocean spokesman" where this document never types Transocean as an ORG (the
    small model calls it a nationality or a place): open here, with the name kept as
    ``org_mention`` for the corpus stage, which gives the words to that name's entity only when
    the corpus types it an organisation (resolve/quotes.py). A demonym ("a Haitian
    spokesman") or an adjective ("European") is no name."""
    kinds = spokespersons()
    if subj.lower_ not in kinds.get("noun", frozenset()) or any(_not_a_voice(t) for t in np):
        return None
    names_ = []
    for i in inner:
        span = ctx.span(i)
        if (span is None or ctx.mentions[i].label not in ("NORP", "GPE") or gazetteer.is_demonym(ctx.mentions[i].text)
                or any(t.tag_ != "NNP" for t in span)):
            continue
        root = span.root
        if root.head.i == subj.i and root.dep_ in ("compound", "poss", "nmod") and root.i < subj.i:
            names_.append(i)
    if len(names_) != 1:
        return None
    out = {"speaker_text": np.text, "speaker_start": np.start_char, "speaker_end": np.end_char,
           "speaker_via": "spokesperson", "org": ctx.mentions[names_[0]].text, "org_mention": names_[0]}
    return _conf(out, 0.0, f"'{np.text}': spokesperson of {ctx.mentions[names_[0]].text}, which this document "
                 f"types {ctx.mentions[names_[0]].label}: left to the corpus")


@dataclass
class _Direct:
    start: int  # content start (after the opening mark)
    end: int  # content end (before the closing mark)
    outer_start: int
    outer_end: int
    pieces: list[tuple[int, int]] = field(default_factory=list)


def _is_opening(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev in _OPEN_BEFORE or prev in _PAIRS or prev in _SINGLE) and not nxt.isspace()


def _is_closing(text: str, i: int, single: bool) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace():
        return False
    if single and nxt.isalnum():
        return False  # an apostrophe: don't, Huawei’s
    return not nxt.isalnum() or not single


_DOUBLED = re.compile(r"''|``|(?<=[\s:])`[ \u00a0](?=[A-Z])")


def _shadow(text: str) -> str:
    """Two apostrophes or backticks as one double mark, same length: "''Yes,'' he said";
    a lone backtick set off before a capital ("said: ` We're") opens a quotation too."""

    def repl(m: re.Match) -> str:
        after = text[m.end() : m.end() + 1]
        if m.group()[0] == "`" and m.group() != "``":
            return ' "'
        return ' "' if (after.isalnum() or m.group() == "``") else '" '

    return _DOUBLED.sub(repl, text)


def _spaced_close(text: str, j: int, ch: str) -> bool:
    """A closing mark set off by a space before it, in the paragraph its quotation opened in:
    a straight one with a space after it too, or a right curly one before a space or the
    line's end. The Washington Post's copy writes the double mark after a nested single one
    or an apostrophe with a space ('"... 'above the president,' " said Win', '"Lyin' " Ted
    Cruz'), and some copy puts a space before a closing mark ('... mean? " Clinton asked').
    Read as no mark, the quotation ran on over paragraphs of narration up to the next one
    (round thirty-four, wash-post Q31: three paragraphs of the reporter's given to Trump).
    Census, PolNeAR train 301-840 and Timeline17 dev: 16 straight marks set off by spaces, all
    closing marks (15 wash-post, 1 politico), and 1 curly "”" after a space, closing. Only
    while no paragraph break is crossed: a mark set off on its own is too weak to end a run-on."""
    prev = text[j - 1] if j > 0 else "\n"
    nxt = text[j + 1] if j + 1 < len(text) else "\n"
    if prev not in " \u00a0" or j < 2 or text[j - 2].isspace() or nxt not in " \u00a0\n":
        return False
    return ch in ('"', "”")


def _runs_on(text: str, k: int, closers: str) -> str | None:
    """Does an unclosed quotation run on into the paragraph at k without reopening it?
    Sources split one sentence a line ("There is no reason to do that.\n\nIt's not a
    swine influenza," he said): "close" when the paragraph closes the quotation before
    any mark opens a new one, "none" when it is a full sentence with no mark at all
    (the quotation may close further on), else None (a new quotation, or no prose)."""
    end = text.find("\n", k)
    end = len(text) if end < 0 else end
    for x in range(k, end):
        ch = text[x]
        if ch in closers and x > k and _is_closing(text, x, single=False):
            return "close"
        if ch in _PAIRS and _is_opening(text, x):
            return None
    line = text[k:end].rstrip()
    return "none" if len(line.split()) >= 4 and line.endswith((".", "!", "?")) else None


def _introduced(text: str, i: int) -> bool:
    """Is the opening mark at i announced by a colon in its own paragraph ('Jane Roe, in
    Springfield, writes: "...')? Such a quotation may run on over more sentence-split
    paragraphs than one that opens bare."""
    k = i - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    return k >= 0 and text[k] == ":"


def _nested_close(text: str, j: int) -> bool:
    """Is the right curly mark at j the close of a curly quotation nested in another one, not
    the outer one's ('“Roe’s claim that the deal “has to do with the city” shows that she has
    no clue,” wrote Doe.')? Curly marks say which way they face: a left one inside an open
    quotation opens a quotation within it (the copy wrote double marks where a single pair was
    due). Read as the outer close, the quotation stopped at the inner one's end and left out the
    speaker's sentence going on (issue 18, round thirty-seven, cuts: politico Q4 of seed 151,
    its tag cut off, the speaker open). Only when another right curly mark closes the outer
    quotation later in the same paragraph with no left one between: a quotation left unclosed
    before a new one ('“A. “B,” he said.') keeps the old reading. Census (PolNeAR train 301-840
    outside the keep-off list, Timeline17 dev): 2 such nested pairs, both the shape above.

    Also read for a straight double mark closing a straight pair opened inside a curly
    quotation: '“Roe joined Doe to play a "floods on the loose" war game to see ... .”' (round
    fifty-six, seed 171 c098 Q10: the quotation stopped at "loose", the inner mark taken for the
    outer close). Only a straight mark that opened (space before, a letter after) inside the
    curly quotation is paired with a later straight close; the same right curly mark must
    close the outer one later in the paragraph."""
    end = text.find("\n", j)
    rest = text[j + 1 : len(text) if end < 0 else end]
    close = next((k for k, ch in enumerate(rest) if ch == "”" and _is_closing(text, j + 1 + k, single=False)), None)
    return close is not None and "“" not in rest[:close]


def _unclosed_introduced(text: str, i: int, j: int) -> bool:
    """Does the single opening mark at i, announced by a colon ("Roe then adds: '..."), open a
    quotation the copy left unclosed to its paragraph's end at j? News copy leaves a quotation's
    closing mark off where it runs on past its paragraph; when the next paragraph does not take
    it up, at least the rest of this one is the speaker's (round fifty, seed 165 c037 Q6: the
    span stopped at the first sentence, read as a reported "adds: X", and a verb inside the
    rest, "a man who wishes he were ...", was taken for a quote of its own, Q7). Only a run of
    whole sentences (it ends in a stop) of at least two words after the mark, with no other
    single mark in it but an apostrophe between letters, reaching
    the paragraph's end (or the text's)."""
    if not _introduced(text, i) or (j < len(text) and text[j] != "\n"):
        return False
    run = text[i + 1 : j].rstrip()
    if len(run.split()) < 2 or not run.endswith((".", "!", "?")):
        return False
    # (an apostrophe between letters, "I'm", is no mark)
    return not any(ch in "'‘" and not (0 < k < len(run) - 1 and run[k - 1].isalpha() and run[k + 1].isalpha())
                   for k, ch in enumerate(run))


def _whole_sentences(run: str) -> bool:
    """Is ``run`` (a paragraph's words after a quotation's opening mark) whole sentences of at
    least two words, ending in a stop, with no quotation mark in it but an apostrophe between
    letters ("I'm", "doesn’t")?"""
    run = run.rstrip()
    if len(run.split()) < 2 or not run.endswith((".", "!", "?", "…")):
        return False
    return not any(ch in "'‘’\"“”«»„" and not (ch in "'’" and 0 < k < len(run) - 1 and run[k - 1].isalpha()
                                               and run[k + 1].isalpha())
                   for k, ch in enumerate(run))


def _reopened_run_end(text: str, pieces: list[tuple[int, int]], piece_start: int,
                      j: int) -> tuple[list[tuple[int, int]], int] | None:
    """Where a quotation over several paragraphs ends when the copy left its last closing mark
    off: news copy opens each paragraph of one long quotation with a mark and closes only the
    last; a paragraph that reopened the quotation, is whole sentences with no mark of its own,
    and is followed by one that does not reopen it ends the quotation (its closing mark lost).
    Round fifty-one, seed 166 c038 Q15: 'She said: "If anyone ....\n\n"This equates ....\n\n"This
    is evidence ....\n\nIBM was founded ...' found no closing mark and the quotation was lost
    (only its first paragraph came back, read as a report of "said:"). Only after at least one
    reopening paragraph (the run's own evidence of the convention), and with no bare paragraph
    run into before (``find_direct`` reads those its own way). The (pieces, end) of the
    quotation, or None."""
    end = j
    while end > piece_start and text[end - 1].isspace():
        end -= 1
    if not _whole_sentences(text[piece_start:end]):
        return None
    return [*pieces, (piece_start, end)], end


def _single_run_on(text: str, i: int, j: int, closers: str) -> tuple[list[tuple[int, int]], int] | None:
    """The paragraphs of a single-marked quotation that the paragraph at ``j`` takes up again:
    British copy quotes with single marks and keeps the newspaper convention for a quotation over
    several paragraphs (each opens with a mark, only the last is closed): "told the paper: ‘I
    hoped for a puppy, but it does not matter.\n\n‘He was part of the family from the start.’"
    is one statement. Round fifty-one, seed 166 c051 Q1: the first paragraph came back alone and
    the second as a quotation of its own. Only when the unclosed paragraph (from the mark at
    ``i`` to ``j``) is whole sentences (_whole_sentences), the next one opens with the same
    mark, and a later reopened paragraph closes the quotation (a closing mark ending that
    paragraph: one with a tag after its mark, "‘B,’ they added.", may be another speaker's, FNC-1
    census) before a paragraph that does not reopen it. The (pieces, end) of the quotation, or
    None."""
    first = j
    while first > i + 1 and text[first - 1].isspace():
        first -= 1
    if not _whole_sentences(text[i + 1 : first]):
        return None
    pieces = [(i + 1, first)]
    n = len(text)
    while j < n:
        k = j
        while k < n and text[k].isspace():
            k += 1
        if k >= n or text[k] != text[i] or not _is_opening(text, k):
            return None
        e = text.find("\n", k)
        e = n if e < 0 else e
        close = next((x for x in range(k + 2, e) if text[x] in closers and _is_closing(text, x, single=True)), None)
        if close is not None:
            # (closed at its paragraph's end: "‘B,’ they added." has a tag of its own, whose
            # speaker may be another's; then the paragraphs are left apart, as before)
            return ([*pieces, (k + 1, close)], close) if not text[close + 1 : e].strip() else None
        last = e
        while last > k + 1 and text[last - 1].isspace():
            last -= 1
        if not _whole_sentences(text[k + 1 : last]):
            return None
        pieces.append((k + 1, last))
        j = e
    return None


def find_direct(text: str) -> list[_Direct]:
    """Spans of quoted text. Never raises; unmatched marks are ignored."""
    text = _shadow(text)
    out: list[_Direct] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        closers = _PAIRS.get(c)
        if closers is None or not _is_opening(text, i):
            i += 1
            continue
        start = i + 1
        pieces: list[tuple[int, int]] = []
        piece_start = start
        j = start
        found = None
        bare = 0  # paragraphs run on into without any mark
        introduced = _introduced(text, i)
        reopened = False
        nested = 0  # curly openers inside it still open (_nested_close)
        straight = 0  # straight openers inside a curly quotation still open (round fifty-six)
        last_close: tuple[list[tuple[int, int]], int] | None = None  # _reopened_run_end
        while j < n and j - start < _MAX_QUOTE:
            ch = text[j]
            if c == "“" and ch == "“" and j > piece_start and _is_opening(text, j):
                nested += 1
            if c == "“" and ch == '"' and j > piece_start and _is_opening(text, j) and not _is_closing(text, j, single=False):
                # '“... to play a "floods on the loose" war game ... .”': a straight pair nested
                # in a curly quotation (_nested_close reads the straight close as the inner one's)
                straight += 1
                j += 1
                continue
            if ch in closers and j > piece_start and (_is_closing(text, j, single=False)
                                                      or not pieces and _spaced_close(text, j, ch)):
                if nested and _nested_close(text, j):
                    nested -= 1
                    j += 1
                    continue
                if straight and ch == '"' and _nested_close(text, j):
                    straight -= 1
                    j += 1
                    continue
                found = j
                break
            if ch == "\n":
                # Multi-paragraph quote: the next paragraph reopens with a mark.
                k = j
                while k < n and text[k].isspace():
                    k += 1
                reopens = k < n and text[k] in _PAIRS and text[k] in (c, "“", '"', "«", "„")
                if not reopens and last_close is None and reopened and not bare:
                    last_close = _reopened_run_end(text, pieces, piece_start, j)
                runs = None if reopens or k >= n else _runs_on(text, k, closers)
                if runs == "none":
                    bare += 1
                if reopens or (runs is not None and bare <= (_MAX_BARE_INTRODUCED if introduced else _MAX_BARE)):
                    seg_end = j
                    while seg_end > piece_start and text[seg_end - 1].isspace():
                        seg_end -= 1
                    pieces.append((piece_start, seg_end))
                    piece_start = k + 1 if reopens else k
                    reopened = reopened or reopens
                    j = piece_start
                    continue
                break
            j += 1
        if (found is None or (bare > _MAX_BARE and reopened)) and last_close is not None:
            # a quotation over paragraphs whose last one the copy left unclosed (_reopened_run_end)
            ps, end = last_close
            out.append(_Direct(start=start, end=end, outer_start=i, outer_end=end, pieces=ps))
            i = end
            continue
        if found is None or (bare > _MAX_BARE and reopened):
            # a long sentence-split run is one speaker's only when no paragraph of it
            # reopens: a mark reopening after bare paragraphs is a new quotation after narration
            i += 1
            continue
        pieces.append((piece_start, found))
        out.append(_Direct(start=start, end=found, outer_start=i, outer_end=found + 1, pieces=pieces))
        i = found + 1
    # single quotes outside double ones
    taken = [(d.outer_start, d.outer_end) for d in out]
    i = 0
    while i < n:
        c = text[i]
        closers = _SINGLE.get(c)
        if closers is None or not _is_opening(text, i) or any(a <= i < b for a, b in taken):
            i += 1
            continue
        j = i + 1
        found = None
        while j < n and j - i < 1500 and text[j] != "\n":
            if text[j] in closers and j > i + 1 and _is_closing(text, j, single=True):
                found = j
                break
            j += 1
        run_on = _single_run_on(text, i, j, closers) if found is None and j < n else None
        if run_on is not None:
            ps, close = run_on  # "‘A.¶‘B.’": one quotation over two paragraphs
            out.append(_Direct(start=i + 1, end=close, outer_start=i, outer_end=close + 1, pieces=ps))
            i = close + 1
            continue
        if found is None and _unclosed_introduced(text, i, j):
            end = j  # "Roe then adds: 'I will never ... . Either I ... ." with no closing mark
            while end > i + 1 and text[end - 1].isspace():
                end -= 1
            out.append(_Direct(start=i + 1, end=end, outer_start=i, outer_end=end, pieces=[(i + 1, end)]))
            i = j
            continue
        if found is None or any(a <= found < b for a, b in taken):
            i += 1
            continue
        out.append(_Direct(start=i + 1, end=found, outer_start=i, outer_end=found + 1, pieces=[(i + 1, found)]))
        i = found + 1
    out.sort(key=lambda d: d.start)
    return out


class _Ctx(speakers.Scene):
    """Lookups over one document for the speaker finder."""

    def __init__(self, sdoc, analysis: DocAnalysis, directs: list[_Direct]):
        super().__init__(sdoc, analysis.mentions, [(d.start, d.end) for d in directs])
        self.text = analysis.document.text
        self.heading = [(s.start, s.end) for s in analysis.sentences if s.heading]
        # the last subject joining two named people ("Jane Roe and John Doe said"): (its end,
        # the two mentions), for a he/she right after it (_joint_pick)
        self.joint: tuple[int, list[int]] | None = None
        # the last quote whose he/she the resolver gave to an unnamed person ("He" -> "The prime
        # minister"): (pronoun, end of that quote, the person's words and span), for the next "he"
        self.open_pronoun: tuple[str, int, str, int, int] | None = None
        # ... or the open quote's own unnamed speaker ("the author wrote": _described_person), whose
        # pronoun ("he", "she" or either, "he/she") is the first field
        self.open_from_speaker = False
        # the last quote whose speaker was an organisation's noun left open ("the company said"):
        # (its head's lemma, the quote's end, the phrase), for the same noun right after (_same_open_nominal)
        self.open_nominal: tuple[str, int, str] | None = None
        # inner cue -> outer cue of a report of a report ("Roe said X, Acme reported"), noted by
        # _note_relayed for _relayed_evidence
        self.relayed: dict[int, Token] = {}
        # where a content starts whose unquoted subject and verb chain stand before a quoted
        # predicate ('Ohio has to "make ...," said Roe'; _verb_chain_to_mark): the clause is
        # the quote, the quotation inside it no direct quote of its own (18s, round twenty-one)
        self.chained_subject: set[int] = set()


def _conf(out: dict, confidence: float, evidence: str, plain: bool = False) -> dict:
    """The speaker fields' confidence and evidence. ``plain``: the speaker is the one
    ``_plain_antecedent`` gave a he/she (kept as "plain_antecedent" until extract takes it off
    for its chain of quotes; new evidence without it drops it)."""
    out["speaker_confidence"] = round(confidence, 3)
    out["speaker_evidence"] = evidence
    if plain:
        out["plain_antecedent"] = True
    else:
        out.pop("plain_antecedent", None)
    return out


_GERUND_PREPS = frozenset({"for", "by", "after", "before", "without", "despite", "in", "while", "upon"})
# a time adjunct's gerund is its clause's subject's deed even when the clause has an object:
# "Roe told the wire on Monday after hinting that ..." (Roe hinted; round thirty-three, in
# sample: seed 137 gave the hint to the AP). "for" and "by" stay with the object test
# ("thanked him for saying": the one thanked said it).
# "upon" is one of them ("Roe drew boos upon saying ...": when she said it; round thirty-seven,
# cueopen, one cue-only quote of the PolNeAR census).
_TIME_PREPS = frozenset({"after", "before", "while", "upon"})
# "by" gives the means of the main verb's deed, and its subject is the main verb's subject even
# when that verb has an object: "she promoted the phone by saying that ..." (she said it; the
# MEANTIME audit, seed 156, apple Q20, in-sample: the phone was named as the speaker). Only
# "for" gives the object the saying ("thanked him for saying").
_SUBJECT_PREPS = _TIME_PREPS | {"by"}


def _participle_in_question(tok, head) -> bool:
    """Is ``tok`` a participle the parse hangs on an embedded question or condition ("The blog
    wondered if Roe was angry, going on to write, ..."): ``head`` a clause (a complement, or an
    adverbial clause as the parse reads "if" at times) opened by a word of
    data/embedded_question_marks.txt? Whose deed the participle is (the one who
    wondered, or the question's subject) the parse does not say: the speaker is left open."""
    return (tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.dep_ in ("ccomp", "advcl")
            and any(c.dep_ == "mark" and c.lower_ in _question_marks() for c in head.children))


def _participle_in_time_clause(tok, head) -> bool:
    """Is ``tok`` a participle the parse hangs on a clause of time after the main verb ("He
    offered up his thoughts on the watch when it launches saying, "We expect ..."": round
    fifty-six, seed 171 fnc1_c091 Q5, given to "it", the watch, resolved to Apple)? ``head`` an
    adverbial clause opened by a word of data/time_clause_marks.txt, with a subject of its own,
    set after the verb it hangs on, and the participle after it. Whose saying it is (the time
    clause's subject or the main verb's) the parse does not say: the speaker is left open, as
    for ``_participle_in_question``. A time clause whose own verb is one of saying ("minutes
    after my friend called me telling me that ...", "when he announced his running mate, calling
    Pence ...") is left alone: the participle tells what that saying said, its subject the
    speaker (the Timeline17 and PolNeAR census: two such, both read right before)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp") or tok.i < head.i or head.dep_ != "advcl":
        return False
    if is_cue(head, mental=True):
        return False
    if head.head.i >= head.i or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i for c in head.children):
        return False
    marks = lexicon.words("analyse/time_clause_marks.txt")
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in marks and c.i < head.i for c in head.children)


@functools.cache
def _question_marks() -> frozenset[str]:
    return lexicon.words("analyse/embedded_question_marks.txt")


def _subject_on_aux(tok) -> list:
    """"and it’s said that ...": the small parse hangs the "it" on the contracted passive
    auxiliary ("’s", auxpass) rather than on the verb, so the verb shows no subject and the
    climb through the conjunction gave the impersonal report to the first conjunct's subject
    ("Roe led three pilots ... and it’s said that ...": Roe; issue 18, round fifty-four, mender
    m1: fnc1_c076 Q10 of seed 169). The subject of a verb's passive auxiliary is the verb's
    own subject (then ``speakers.impersonal`` reads the "it")."""
    return [g for c in tok.children if c.dep_ == "auxpass" and c.i < tok.i
            for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i]


def _subject(verb):
    """Subject token of a cue verb, climbing through 'adding'/'saying' and conjoined verbs."""
    return _subject_found(verb)[0]


def _subject_found(verb):
    """``_subject``'s token, and whether it is the true subject ``_tag_in_subject`` found
    inside the cue's own parsed subject (a trailing "X, <title>, <Name>, said": _around
    reads the content up to it)."""
    doer = _with_absolute(verb)
    if doer is not None:
        return doer, False
    agent = _own_agent(verb)
    if agent is not None:
        return agent, False
    tok = verb
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")] or _subject_on_aux(tok)
        if len(subj) > 1 and subj[0].tag_ == "IN":
            # '... — that build-up increased "exponentially," the study found': the small parse
            # made the determiner "that", tagged as a conjunction, a second subject of the cue; a
            # subordinating word is never a subject, the other one is (round fifty-five, seed 170
            # c081 Q1: the content stopped before that "that", the finding left out)
            subj = subj[1:]
        if subj:
            s = subj[0]
            tagged = _tag_in_subject(tok, s) or _negated_subject_appos(tok, s)
            return (tagged, tok is verb) if tagged is not None else (s, False)
        if tok is verb and _stray_name_before(verb):
            return None, False
        if tok is verb:
            twin = _parallel_verb_before(verb)
            if twin is not None:
                tok = twin
                continue
        head = tok.head
        if tok.dep_ in ("advcl", "conj", "xcomp") and head.i != tok.i and "\n" not in doc_text(tok.doc)[
            min(head.idx, tok.idx) : max(head.idx, tok.idx)
        ]:
            outer = _outer_conjunct(tok, head)
            if (outer is None and tok.dep_ == "conj" and head.dep_ == "ccomp" and head.head.i < head.i
                    and is_cue(head.head, mental=True) and (
                        (_request_joined(head.head, head, tok) and _simple_past(head))
                        or _request_of_the_subject(head.head, head, tok))):
                # "said BP struck a deal and told the fund to pay": both deeds in one tense, so
                # either may be joined to the request; the speaker is left open (18u)
                return None, False
            if _series_break(tok, head):
                return None, False  # "will start ... when Doe reveals ..., talks ... and argues": open
            lost = _subordinate_subject_lost(tok, head)
            if lost is not None:  # "Acme reported A, while a new group started by an aide has reported B"
                return lost, False
            if _participle_in_question(tok, head) or _participle_in_time_clause(tok, head):
                return None, False  # "wondered if Roe was ..., going on to write, ...": open (round 53)
            tok = outer or _reporting_above(tok, head) or head
            continue
        if _lost_root_subject(tok):
            return tok.head, False
        if (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in _GERUND_PREPS
                and head.head.pos_ in ("VERB", "AUX") and not _reflexive_object(tok) and not any(
                    c.dep_ in (("expl",) if head.lower_ in _SUBJECT_PREPS else ("dobj", "dative", "expl")) or (
                    c.dep_ == "nsubj" and c.lower_ in ("it", "there")) for c in head.head.children)):
            # "he appeared at a hearing for saying that ...", "she began by saying that ...": the one
            # who does the main verb says it; not "thanked him for saying" (the object says it), nor
            # "It goes without saying that ..." (no one)
            tok = head.head
            continue
        quoting = _quoted_as_verb(tok)
        if quoting is not None and any(c.dep_ == "nsubjpass" for c in quoting.children):
            tok = quoting  # "Roe was quoted as saying": the one quoted says it
            continue
        quoted = _quoted_as(tok, quoting)
        if quoted is not None:
            return quoted, False  # "The Gazette quoted Roe as accusing Doe of ...": Roe (issue 18, 18w)
        break
    # "..., said Ren" parsed with the name as object or attr after the verb; not "urged
    # Mexicans to keep praying": a clause after the name makes the name its addressee
    for c in verb.children:
        if verb.tag_ == "VBG" and c.dep_ == "dobj":
            break  # "accusing Doe of lying": a gerund's object is the one it acts on (issue 18, 18w)
        if c.dep_ == "dobj" and verb.lemma_.lower() in lexicon.words("analyse/told_object_cues.txt"):
            break  # "..., a source told Fox News": the one told, never the teller (c056 Q2, c065 Q6)
        if c.i > verb.i and c.dep_ in ("dobj", "attr", "npadvmod") and c.pos_ == "PROPN":
            if any(x.dep_ in ("xcomp", "ccomp") and x.i > c.i for x in verb.children):
                return None, False
            if verb.lemma_.lower() in lexicon.words("analyse/told_object_cues.txt"):
                return None, False  # '"...," a source told Fox News': the one told, never an inverted speaker
            return c, False
    named = _name_before_title_tag(verb)
    return (named, True) if named is not None else (None, False)


def _name_before_title_tag(verb):
    """The name of a trailing "<content>, Jan Roe, chief of Acme Fund, told the Gazette" whose
    parse lost the cue's subject (it joins the name to a noun of the content as a conjunct): a
    finite cue set off by a comma, a short title phrase between commas right before it (no verb,
    no other name, within the paragraph), and a person's name the tagger marks whole right before
    that phrase, itself set off by a comma. The name's last token, else None (round fifty-three,
    seed 168 c056 Q2: the parse gave the cue no subject, and its object, the show told, was taken).
    The parse gives no subject here, so the test reads the words and the tagger's names."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    j = verb.i - 2
    while j > verb.sent.start and doc[j].text != "," and verb.i - j <= 12:
        if doc[j].pos_ in ("VERB", "AUX", "PRON") or "\n" in doc[j].text_with_ws or doc[j].ent_type_ == "PERSON":
            return None
        j -= 1
    if doc[j].text != "," or j == verb.i - 2 or doc[j - 1].ent_type_ != "PERSON":
        return None
    k = j - 1
    while k > verb.sent.start and doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ != "B":
        k -= 1
    if doc[k].ent_iob_ != "B" or k == 0 or doc[k - 1].text != "," or "\n" in doc[k - 1 : j].text_with_ws:
        return None
    return doc[j - 1]


def _subordinate_subject_lost(tok, head):
    """"The Acme Fund reported spending $1 million, while a new group started by a former aide
    has reported spending $2 million": the parse hung the second clause's subject inside an
    adverbial clause ("while a new group started by ...") on the second "reported" and made
    that verb a conjunct of the first, so the climb to the first conjunct's subject gives the
    Acme Fund words that a group it never named reported. A conjunct ``tok`` with such a clause
    of its own between ``head`` and itself, opened by a subordinator that sets one report
    against another (data/set_against_marks.txt) and holding a subject of its own, began a new
    clause: its subject is not the first conjunct's, and the speaker is left open (issue 18,
    round fifty-three: PolNeAR train 301-840, a super PAC's spending given to Club for Growth
    Action). Returns that clause's own subject ("group": the cue's true subject, read as any
    subject is, an indefinite description staying open), or None."""
    if tok.dep_ != "conj" or head.i >= tok.i:
        return None
    marks = lexicon.words("analyse/set_against_marks.txt")
    for c in tok.children:
        if c.dep_ != "advcl" or not head.i < c.i < tok.i or not any(
                m.dep_ == "mark" and m.lower_ in marks and m.i < c.i for m in c.children):
            continue
        own = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass") and x.i < c.i]
        if own:
            return own[0]
    return None


def _indefinite_lost_subject(ctx: _Ctx, verb, subj) -> dict | None:
    """Open speaker fields when ``subj`` is the subject ``_subordinate_subject_lost`` found for
    the conjunct cue ``verb`` and it is an indefinite description ("a new super PAC started by
    a former aide"): someone not named, whatever the tagger made of its head ("PAC" typed an
    organisation) or of a name modifying it; None otherwise (the subject is read as any is)."""
    lost = _subordinate_subject_lost(verb, verb.head) if subj is not None else None
    if lost is None or lost.i != subj.i:
        return None
    np = ctx.sdoc[subj.left_edge.i : subj.i + 1]
    if np[0].lower_ not in speakers.determiners("indefinite"):
        return None
    return _conf({"speaker_text": np.text, "speaker_start": np.start_char, "speaker_end": np.end_char,
                  "speaker_via": "nominal"}, 0.0,
                 f"'{np.text}': an indefinite description, someone not named (the subject of its own clause, "
                 f"which the parse hung before '{verb.text}'): open")


def _with_absolute(verb):
    """"Acme is preparing a launch, with CEO Jane Roe last week confirming that ...": a cue
    written as the -ing verb of an absolute phrase opened by "with" after a comma (or opening
    the sentence) says the words of the noun right before it, never of the main clause's
    subject the parse's climb from an adverbial clause would reach (issue 18, round fifty-two,
    seed 167 c052 Q4). Only a subjectless -ing cue whose preceding token, past a time phrase or
    an adverb ("last week", "also"), ends the object of that "with": that noun ("with Roe and
    Doe confirming": "Roe", whose joined subject _speaker leaves open), else None."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc, j = verb.doc, verb.i - 1
    while j > verb.sent.start and (doc[j].ent_type_ in ("DATE", "TIME") or doc[j].pos_ == "ADV"):
        j -= 1
    if j <= verb.sent.start or doc[j].is_punct:
        return None
    noun, steps = doc[j], 0
    while noun.dep_ in ("compound", "flat", "conj", "cc") and noun.head.i != noun.i and steps < 6:
        noun, steps = noun.head, steps + 1
    if noun.dep_ == "appos" and noun.head.dep_ == "pobj":
        noun = noun.head  # "with its chief, Jane Roe, confirming"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or noun.pos_ not in ("NOUN", "PROPN") \
            or not (prep.i == prep.sent.start or doc[prep.i - 1].text in (",", "—", "–", "-")):
        return None
    return noun  # "with Roe and Doe confirming": _speaker reads the joint subject (open)


def _own_agent(verb):
    """"..., as alleged by the group", "..., as reported by the agency": a subjectless passive
    cue the parse hung as an adverbial clause on the reported clause names its speaker in its
    own agent ("by the group"); the climb to the clause above would take that clause's subject,
    a noun of the words reported (issue 18, round fifty-two, seed 167 c044 Q8: "the amount").
    Not when the clause above is itself a saying ("Roe noted ..., as reported by the Gazette":
    the Gazette relays Roe's words). The agent's noun, or None."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if is_cue(verb.head):
        return None  # "Roe noted ..., as reported by the Gazette": Roe speaks, the Gazette relays
    return next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)


def _lost_root_subject(tok) -> bool:
    """Is ``tok`` a finite verb the parse hung as a modifier ("acl") on the noun opening its
    sentence, made the verbless root: "Clinton's running mate, Tim Kaine, picked up on it,
    tweeting ..." (round forty-three, issue 18: the tweet was left open)? That noun is the
    verb's subject as written. Only a past or present tense form with no subject of its own:
    a participle on a noun ("the man killed in the raid") tells what was done to it."""
    head = tok.head
    return (tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBZ") and head.dep_ == "ROOT"
            and head.pos_ in ("NOUN", "PROPN") and head.left_edge.i == head.sent.start
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))


def _parallel_verb_before(verb):
    """The verb whose subject a subjectless cue shares as written: "Roe said X, but said Y",
    "Roe told the paper X and told it Y": the cue repeats the verb right after "but" or "and",
    and the parse hung it elsewhere (a parataxis under the second clause's verb), so the climb
    through conjuncts missed the writer's subject. Only the same verb, in one line, with
    nothing but "also"/"then"/"later" between the conjunction and the cue (round forty-three,
    issue 18: a press secretary's second "said" was left open). Returns that verb or None."""
    if verb.dep_ in ("conj", "advcl", "xcomp", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = verb.doc
    i = verb.i - 1
    while i > verb.sent.start and doc[i].lower_ in ("also", "then", "later"):
        i -= 1
    cc = doc[i]
    if i <= verb.sent.start or cc.dep_ != "cc" or cc.lower_ not in ("but", "and"):
        return None
    twin = cc.head
    if (twin.i >= cc.i or twin.lemma_ != verb.lemma_ or twin.tag_ != verb.tag_
            or "\n" in doc_text(doc)[twin.idx : verb.idx]):
        return None
    return twin if any(c.dep_ == "nsubj" for c in twin.children) else None


def _reflexive_object(tok) -> bool:
    """"won the spin by declaring himself the 'comeback kid'": a gerund whose object is the
    subject himself tells what he made of himself, and the parse runs what follows into its
    content (a PolNeAR census item of round forty-one): its speaker stays open, as before the
    "by" rule."""
    near = [c for c in tok.children] + [g for c in tok.children if c.dep_ in ("ccomp", "xcomp", "oprd") for g in c.children]
    return any(c.dep_ in ("dobj", "nsubj") and c.lower_.endswith(("self", "selves")) for c in near)


def _stray_name_before(verb) -> bool:
    """Does a proper noun stand right before the subjectless cue ``verb``, hung by the parse on
    something else? "The Commission welcomed the plan and in a reaction to the news
    Commissioner for Trade Jan Roe said ..." parsed "Roe" as the object of "for" and "said" as
    a conjunct of "welcomed" with no subject of its own: climbing to the conjunct's subject
    gave the words to the Commission (the MEANTIME audit, seed 156, apple Q18, in-sample). A
    name right before a verb of saying is its subject as written, whatever the parse made of
    it; the parse cannot be trusted for who speaks, so the speaker stays open."""
    if verb.i == 0 or not is_cue(verb) or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False  # a participle after a name ("a letter to Zucker asking that ...") is no subject's verb
    doc = verb.doc
    before = doc[verb.i - 1]
    if before.pos_ != "PROPN" or before.dep_ in ("nsubj", "nsubjpass") or before.head.i == verb.i:
        return False
    # the name's run of proper nouns, a title's "for"/"of" inside it ("Commissioner for Trade Jan Roe")
    i = verb.i - 1
    while i > 0 and (doc[i - 1].pos_ == "PROPN" or (doc[i - 1].lower_ in ("for", "of") and i > 1 and doc[i - 2].pos_ == "PROPN")):
        i -= 1
    # after a preposition or a determiner the name is that phrase's ("at a news conference with Jim
    # Doe said": the one who met Doe said it, as the conjunct's subject tells); run on after a common
    # noun ("... to the news Commissioner Jan Roe said") it is a new subject whose comma was lost
    return i > 0 and doc[i - 1].pos_ == "NOUN"


# Round thirty-one (issue 18; Q34 of bpoil_guardian's seed-127 audit, in-sample): the
# parser hangs the later verbs of a series on the main clause ("Acme will start to fight
# ... when Doe reveals results, talks about strategy and argues X" with "talks" a conjunct of
# "start"), and the cue "argues" took Acme's subject. Conjoined verbs agree in form: a
# present "argues" (VBZ/VBP) is no conjunct of the bare "start" after the modal "will". When
# a cue's conjunct chain disagrees so, the parse is no guide to who says it, and the speaker
# is left open (not re-attached: a first version took the nearest verb of the cue's form and
# its subject, and over 1,295 dev texts it moved two right speakers to wrong ones, where the
# tagger's past forms disagree with themselves). Written here: an agreement check on spaCy's
# tags; the parser (the only one here) gives no second reading.
_PRESENT = frozenset({"VBZ", "VBP"})


def _series_break(tok, head) -> bool:
    if tok.dep_ != "conj" or tok.tag_ not in _PRESENT:
        return False
    top = head  # the first conjunct of the chain as parsed ("talks" itself mis-tagged a noun)
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return top.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in top.children)


def _tag_in_subject(verb, subj):
    """The true subject of a trailing "X, <title>, <Name>, said" whose parse took a noun of the
    content as the cue's subject: "... to ordinary schools rather than only designated "storm
    shelters" set up for the floods, the housing minister, Jane Roe, said" ("shelters" the
    subject, the minister its apposition). The cue's content clause stands before it and runs
    into the "subject" with no comma between (a real trailing subject is set off by one), and
    inside that subject a comma-set apposition (or a conjunct: "... from a relief well, retired
    Adm. Jane Roe, the commander, said") runs up to the comma before the cue: that phrase ("the
    housing minister, Jane Roe"); None otherwise (issue 18, round eighteen, 18y)."""
    doc = verb.doc
    if subj.i > verb.i or verb.i < 2 or doc[verb.i - 1].text != "," or subj.pos_ != "NOUN":
        return None  # the cheap tests first: this runs on every subject found
    comp = [c for c in verb.children if c.dep_ == "ccomp" and c.i < subj.i]
    if not comp or subj.left_edge.i != comp[-1].right_edge.i + 1 or doc[subj.left_edge.i].is_punct \
            or doc[subj.left_edge.i - 1].is_punct:
        # a name or pronoun subject is taken as the parse has it: 'it Dr Jane Roe, director of
        # Acme, said' (a lost sentence boundary before a real subject)
        return None
    for t in doc[subj.left_edge.i : verb.i - 1]:
        if (t.dep_ in ("appos", "conj") and t.pos_ in ("NOUN", "PROPN")
                and t.right_edge.i in (verb.i - 2, verb.i - 1)
                and doc[t.left_edge.i - 1].text == "," and subj.left_edge.i < t.left_edge.i
                and any(a.i == subj.i for a in t.ancestors)):
            return t
    return None


def _negated_subject_appos(verb, subj):
    """The true subject of "<content>, not Roe, a source familiar with the matter told the
    Gazette": the parse makes the negated name, the content's closing contrast, the cue's subject
    and the source its apposition (round fifty-three, the twin of seed 168 c065 Q6's shape, met in
    writing its test: the words went to the one they deny). A subject with "not" before it is
    never who speaks; its apposition, set off by a comma and running up to the cue, is. That
    apposition's head, else None."""
    doc = verb.doc
    if subj.i > verb.i or not any(c.dep_ == "neg" and c.i == subj.left_edge.i for c in subj.children):
        return None
    return next((t for t in subj.children if t.dep_ == "appos" and t.right_edge.i == verb.i - 1
                 and doc[t.left_edge.i - 1].text == ","), None)


def _quoted_as(tok, quoting):
    """The one quoted, in the active "The Gazette quoted Roe as accusing Doe of ...": the
    object of "quote"/"cite" (``quoting``, _quoted_as_verb of ``tok``) says the gerund after
    "as" (the passive "Roe was quoted as saying" is _subject's own step). None otherwise."""
    if quoting is None:
        return None
    objs = [c for c in quoting.children if c.dep_ == "dobj" and c.i < tok.head.i]
    return objs[0] if objs else None


def _quoted_as_verb(tok):
    """The "quote"/"cite" verb (_PASSIVE_SPEAKER) of a gerund after its "as" ("quoted
    Roe as accusing", "was quoted as saying"), else None: the test both voices start from."""
    head = tok.head
    if (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ == "as"
            and head.head.lemma_.lower() in _PASSIVE_SPEAKER):
        return head.head
    return None


def _outer_conjunct(tok, head):
    """"she warned that a fix was not certain and asked residents to ...", "he said his
    council would sue ..., and promised to ...": the parse joins the second cue to
    the verb of the first cue's clause, whose subject would then be the speaker. A cue with no
    subject of its own coordinated with the verb of a reported clause belongs to the reporting
    verb above it when that clause's subject cannot speak (a thing: "a fix") or a comma stands
    before the conjunction (", and promised": the clause has ended). Returns the reporting
    verb, or None to climb as the parse says ("Roe said the council met and agreed to sell":
    the council agreed)."""
    if tok.dep_ != "conj" or head.dep_ != "ccomp" or head.head.i > head.i or not is_cue(head.head, mental=True) or not (
            is_cue(tok, mental=True) or tok.lemma_.lower() in lexicon.words("analyse/directive_cues.txt")):
        return None
    if _request_joined(head.head, head, tok) and not _simple_past(head):
        # "said the company was hiding the figures and urged the council to investigate": the
        # span stops before "and urged" (_second_request), so the request is the cue's speaker's
        return head.head
    inner = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not inner or inner[0].lower_ in _PRONOUNS or inner[0].pos_ == "PRON":
        return None
    cc = [c for c in tok.doc[head.i + 1 : tok.i] if c.dep_ == "cc" and c.head.i in (head.i, tok.i)]
    comma = bool(cc) and cc[-1].i > 0 and tok.doc[cc[-1].i - 1].text == ","
    # the comma only for a cue of saying ("..., and promised to"), not of a mental state
    # ("had spent $1bn, and expected to continue": the clause's own subject may expect)
    return head.head if (_voiceless(inner[0]) or (comma and is_cue(tok))) and cc else None


def _reporting_above(tok, head):
    """"The agency said there were signs the strain had started to spread and warned it
    could ...": the parse joins the second cue to a verb deeper in the reported clause (here
    a relative clause under "signs"), whose subject, a thing, cannot speak. The reporting
    verb above, the nearest cue (with a subject) among the head's ancestors, is the one the
    cue goes on from. Only for a cue of saying whose head is a noun's content clause, the
    head's own subject voiceless ("the strain") and a conjunction joining the two (the
    reported clause's own verb is _outer_conjunct's case); None otherwise, to climb as the
    parse says (round thirteen, 18n)."""
    if tok.dep_ != "conj" or head.dep_ in ("ccomp", "ROOT") or not is_cue(tok):
        return None
    if not any(c.dep_ == "cc" and c.head.i in (head.i, tok.i) for c in tok.doc[head.i + 1 : tok.i]):
        return None
    clause = head
    while clause.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head  # "the strain had started to mutate and warned": mutate's subject is started's
    inner = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    thing = inner[0] if inner else None
    # only a noun's content clause ("signs [that] the strain had started", "no evidence the
    # device failed"); not a clause of time or manner ("when heavy machinery rolled over the
    # sand and pressed it", "even as others were less optimistic and continued"): their own
    # subject does the second verb too
    if clause.dep_ not in ("relcl", "acl") or thing is None or not (
            _voiceless(thing) or (thing.pos_ == "PROPN" and thing.text.islower()
                                  and not ({thing.lemma_.lower(), thing.lower_} & _human_nouns()))):
        # a lower-case head the tagger calls a name after a name-like modifier ("the H1N1 virus")
        return None
    for a in clause.ancestors:
        if a.i < head.i and is_cue(a, mental=True) and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children):
            return a
    return None


_RUN_PREPS = frozenset({"of", "for", "at", "to", "in", "on"})


def _name_after_titles(ctx: _Ctx, verb, subj):
    """"said Acme co-founder Jan Roe", "The head of the national disease
    agency, Rob Doe said": the small model parses the title run as one subject and the
    name as a second subject of the same verb, and the first (the title) would be read as
    someone else named by the phrase. A verb has one subject, so the name is the speaker when
    it is a person the document tags, stands next to the verb (before it, or last after it),
    and every word between the first subject and the name is part of one title phrase: a
    title (names.titles) with a singular head, its modifiers, an "of/for/at" phrase, at most
    one comma just before the name; no verb, no conjunction, no other subject of its own.
    Returns (name token, run span) or None."""
    if subj is None or subj.dep_ != "nsubj" or subj.head.i != verb.i:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or subjects[0].i != subj.i:
        return None
    name = subjects[-1]
    i = ctx.tok_mention.get(name.i)
    if i is None or i >= ctx.n_named or ctx.mentions[i].label != "PERSON":
        return None
    span = ctx.span(i)
    if span is None or span.root.i != name.i:
        return None
    sdoc = ctx.sdoc
    # "the judge overseeing the cases, Carl Roe, suggested": a name set off by commas on both sides
    closed = span.end + 1 == verb.i and sdoc[span.end].text == "," and sdoc[span.start - 1].text == ","
    if (span.end == verb.i or closed) and subj.i < span.start:  # "<title run>[,] Rob Doe said"
        run = sdoc[subj.left_edge.i : span.start]
    elif verb.i < subj.i and span.start > subj.i:  # "said <title run> Jan Roe"
        run = sdoc[verb.i + 1 : span.start]
        if span.end < len(sdoc) and sdoc[span.end].dep_ == "nsubj":
            return None
    else:
        return None
    if not len(run) or "\n" in run.text or any(s.i < run.start or s.i >= span.end for s in subjects):
        return None
    commas = [t for t in run if t.text == ","]
    if len(commas) > 1 or (commas and commas[0].i != run.end - 1):
        return None
    # a participle phrase on the title, with no subject of its own ("the judge overseeing the
    # cases", "the official leading the inquiry"), is part of the title phrase (18z)
    described = {t.i for c in subj.children if c.dep_ == "acl" and c.i > subj.i and c.tag_ in ("VBG", "VBN")
                 and not any(x.dep_ in ("nsubj", "nsubjpass", "mark", "ccomp") for x in c.children)
                 for t in c.subtree if t.text != ","}
    for t in run:
        if t.text in (",", "-", "'s", "’s"):
            continue
        if t.i in described and t.lower_ not in _PRONOUNS:
            continue
        if t.pos_ == "ADP" and t.lower_ in _RUN_PREPS:
            continue
        if t.pos_ not in ("DET", "PROPN", "NOUN", "ADJ") or t.lower_ in _PRONOUNS:
            return None
        if t.pos_ == "DET" and t.lower_ not in speakers.determiners("definite") and t.lower_ not in speakers.determiners("article"):
            return None
    words = {t.lower_ for t in run} | {t.lemma_.lower() for t in run}
    words |= {w for w in re.split(r"[^a-z\-]+", run.text.lower().replace(" - ", "-").replace(" -", "-")) if w}
    if subj.tag_ not in ("NN", "NNP") or subj.lower_ in speakers.vague_groups():
        return None  # "The volunteers of the Red Cross, Rob Doe said": a title names one person
    if not any(w in names.titles() for w in words):
        return None
    return name, run


def _name_split_from_word(ctx: _Ctx, verb, subj):
    """(person mention, the word) for "MP Majid Karim stated that ...", where the parse made
    the capitalised word before the name ("MP") and each word of the name subjects of the cue of
    their own, and the first of them, the word, would be read as an unnamed description. A verb
    has one subject: when every subject of the cue but the first lies inside one tagged person's
    name, the first is one capitalised word standing right before that name (no comma, no word
    between), no word of any mention, and the name ends right before the cue, the person is the
    speaker (the word is a title or description written before the name, as "Lawmaker Majid
    Karim stated", which the parse reads as one subject). ``_name_after_titles`` reads a title
    run only when the name's own head is the last subject; here the parse hangs the name's words
    on the cue one by one. Issue 18, round forty-eight: the FNC-1 census's "MP <name> stated"
    (three copies of one report) left open as the description "MP"."""
    if subj is None or subj.dep_ != "nsubj" or subj.head.i != verb.i or subj.i >= verb.i:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or subjects[0].i != subj.i or subj.i in ctx.tok_mention:
        return None
    i = ctx.tok_mention.get(subjects[-1].i)
    span = ctx.span(i) if i is not None else None
    if i is None or span is None or i >= ctx.n_named or ctx.mentions[i].label != "PERSON" \
            or ctx.inside_quote(span.start_char):
        return None
    if span.start != subj.i + 1 or span.end != verb.i or subj.pos_ != "PROPN" or not subj.text[:1].isupper() \
            or subj.i != subj.left_edge.i or any(s.i < span.start and s.i != subj.i for s in subjects):
        return None
    if "\n" in ctx.sdoc[subj.i : verb.i].text or (subj.i > 0 and not ctx.sdoc[subj.i - 1].is_space
                                                   and not ctx.sdoc[subj.i - 1].is_sent_start
                                                   and ctx.sdoc[subj.i - 1].pos_ not in ("PUNCT", "ADV")):
        return None  # the word opens the subject: nothing of another phrase glued before it
    return i, subj


def _name_after_caption(ctx: _Ctx, verb, subj) -> int | None:
    """"Jane Roe ran the fund for victims of the floods Independent administrator Jane Roe
    pledged ... and said ...": a caption glued before the sentence, which the parse reads as a first
    subject of the cue beside the real one. When the cue has two subjects and the nearer is a
    tagged person whose name ends at the verb, and the first subject's phrase names that same
    person again (a caption names its subject), the person next to the verb is the speaker.
    Not when the first phrase names no one or someone else: open as before. ``verb`` is the
    verb the subject hangs on (for a conjoined cue, the first verb)."""
    if subj is None or subj.dep_ != "nsubj" or subj.head.i != verb.i:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or subjects[0].i != subj.i:
        return None
    i = ctx.tok_mention.get(subjects[-1].i)
    if i is None or i >= ctx.n_named or ctx.mentions[i].label != "PERSON":
        return None
    span = ctx.span(i)
    if span is None or span.end != verb.i or subj.right_edge.i >= subjects[-1].left_edge.i:
        return None
    who = ctx.entity(i)
    first = {ctx.tok_mention[t.i] for t in ctx.sdoc[subj.left_edge.i : subj.right_edge.i + 1] if t.i in ctx.tok_mention}
    people = {j for j in first if j < ctx.n_named and ctx.mentions[j].label == "PERSON"}
    if not people or any(ctx.entity(j) != who for j in people):
        return None
    return i


_PLACE_TYPES = frozenset({"GPE", "LOC"})


def _signature_before_subject(ctx: _Ctx, verb, subj):
    """The name right before a cue when the parse's subject is the first item of a list of a
    name and places with no "and" or "or": "- Jo Roe, Leeds, West Yorkshire, UK Prof Doe says:
    '...'" (a reader's signature run into the expert's answer on one line). The parse joins the
    items as conjuncts or appositions and takes the first, the reader's name, as the subject;
    but the subject of "says" is the name next to it, Doe (round fifty-nine, the conflicts sides
    over the bpoil_bbc topic, D95: an expert's answer credited to the reader, Vernon Turner; the
    same shape gave that page's other answers to their readers or to a town). Our own rule (no
    library reads signatures): the subject is a name followed by a comma; the items hung on it
    as conjuncts or appositions end in a capitalised proper noun right at the verb, which is no
    place itself; a place (typed GPE/LOC, or a gazetteer place) stands between; and no
    coordinating word ("and", "or") or verb is in the run. A real joint subject ("Roe, Doe and
    Poe say") has its "and", an apposition ("Roe, the firm's chief, says") no place before a name
    at the verb: neither is read here. The token returned is that last name, whose speaker the
    usual rules give (None: not this shape)."""
    if subj is None or subj.dep_ != "nsubj" or subj.head.i != verb.i or subj.pos_ != "PROPN" \
            or ctx.inside_quote(verb.idx) or subj.i + 1 >= verb.i or ctx.sdoc[subj.i + 1].text != ",":
        return None
    items = [subj]
    k = 0
    while k < len(items):
        items += [c for c in items[k].children if c.dep_ in ("conj", "appos")]
        k += 1
    last = max(items, key=lambda t: t.i)
    if last.i + 1 != verb.i or last.i == subj.i or last.pos_ != "PROPN" or not last.text[:1].isupper() \
            or last.ent_type_ in _PLACE_TYPES or gazetteer.is_any_place(last.text):
        return None
    run = ctx.sdoc[subj.i + 1 : verb.i]
    if any(t.dep_ == "cc" or t.pos_ in ("VERB", "AUX", "DET") or "\n" in t.text for t in run):
        return None
    if not any(t.ent_type_ in _PLACE_TYPES or (t.pos_ == "PROPN" and gazetteer.is_any_place(t.text)) for t in run[:-1]):
        return None
    return last


def _name_before_cue(ctx: _Ctx, verb) -> tuple[int, str] | None:
    """A cue the parse left with no subject, right after a person's name: "Referring to Doe,
    the health secretary, Ann Roe, said:" (the name hung as an apposition of
    Doe), "political scientist Tom Roe from the University of Lubano told the radio:"
    (the name read as adverbs of the verb). A finite verb of saying takes its subject before
    it, so the person named next to it (after at most a comma, or a "from/of/at" phrase naming
    an organisation or place) is who said it, when the name is no object of a preposition or a
    verb (the parse hangs it on the verb itself, or sets it in apposition to a title: "Referring
    to Doe" must not give Doe). Only for a tagged person, outside quotations."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    sdoc = ctx.sdoc
    j = verb.i - 1
    if sdoc[j].text == ",":
        j -= 1
    elif sdoc[j].pos_ == "PROPN" and j in ctx.tok_mention and ctx.mentions[ctx.tok_mention[j]].label in ("ORG", "GPE"):
        # "Tom Roe from the University of Lubano told": the place or body he is from
        k = ctx.span(ctx.tok_mention[j]).start if ctx.span(ctx.tok_mention[j]) is not None else j
        while k > 0 and sdoc[k - 1].lower_ in ("the", "of"):
            k -= 1
        if k == 0 or sdoc[k - 1].lower_ not in ("from", "of", "at"):
            return None
        j = k - 2
    if j < 0 or j not in ctx.tok_mention or "\n" in sdoc[j : verb.i].text:
        return None
    i = ctx.tok_mention[j]
    span = ctx.span(i)
    if i >= ctx.n_named or ctx.mentions[i].label != "PERSON" or span is None or span.end != j + 1 \
            or ctx.inside_quote(span.start_char):
        return None
    root = span.root
    if root.dep_ in ("npadvmod", "advmod", "dep", "nsubj") and root.head.i == verb.i:
        return i, f"'{span.text}': named right before the cue, which the parse left with no subject"
    if root.dep_ == "appos" and root.head.lower_ in names.titles() and sdoc[span.start - 1].text == ",":
        return i, (f"'{root.head.text}, {span.text}': named in apposition to a title right before the cue, "
                   "which the parse left with no subject")
    return None


def _name_before_aside(ctx: _Ctx, verb) -> tuple[int, str] | None:
    """A cue the parse left with no subject after a named person and a comma-set aside:
    "Roe, exasperated, famously responded:", "Sen. Jan Roe (D-Ill.), noting the size of the
    crowd, said, ...". The parse makes the aside's word ("exasperated", "noting") the head of
    the sentence with the name its subject and hangs the cue on it (dep, parataxis): the aside
    describes the person, and the finite cue after it has that person as its subject. Only a
    participle or adjective aside, opened by a comma after the name (or after a bracket
    following it) and closed by a comma before the cue (adverbs of the cue between), in one
    paragraph, outside quotations; the person a tagged PERSON. Round thirty-seven (cueopen):
    2 of the cue-only quotes of the PolNeAR census (wash-post-151 Q4, in sample)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("dep", "parataxis"):
        return None
    aside, sdoc = verb.head, ctx.sdoc
    if aside.i >= verb.i or not (aside.tag_ in ("VBG", "VBN", "JJ") or (aside.tag_ == "VBD" and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in aside.children))):
        return None
    j = verb.i - 1
    while j > aside.i and sdoc[j].pos_ == "ADV":
        j -= 1
    if sdoc[j].text != ",":
        return None
    subj = [c for c in aside.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].i not in ctx.tok_mention or "\n" in sdoc[subj[0].i : verb.i].text:
        return None
    i = ctx.tok_mention[subj[0].i]
    span = ctx.span(i)
    if i >= ctx.n_named or ctx.mentions[i].label != "PERSON" or span is None or span.root.i != subj[0].i \
            or ctx.inside_quote(span.start_char) or ctx.inside_quote(verb.idx):
        return None
    k = span.end
    if k < len(sdoc) and sdoc[k].text == "(":  # "Jan Roe (D-Ill.),"
        close = next((t.i for t in sdoc[k : aside.i] if t.text == ")"), None)
        k = close + 1 if close is not None else k
    if k >= aside.i or sdoc[k].text != ",":
        return None
    return i, (f"'{span.text}, {sdoc[k + 1 : j].text}, {verb.text}': named before an aside set off by commas, "
               "which the parse made the cue's head (the cue left with no subject)")


def _doubted_cue(verb):
    """The adverb by which the writer doubts a cue's words were said by its subject: one of
    data/doubt_adverbs.txt on the cue ("Roe supposedly tweeted"), or, on the gerund of "quoted
    Roe as ... saying" (either voice), one of those or of data/hearsay_adverbs.txt ("quoted Roe as
    allegedly saying": a report of another's report). Such words are often a fake account's or a
    line the article denies (round fifty-three, seed 168 c054 Q2: "quoted X as supposedly
    tweeting", then "X did not send the tweet"): the speaker stays open. None otherwise."""
    words = lexicon.words("analyse/doubt_adverbs.txt")
    if _quoted_as_verb(verb) is not None:
        words = words | lexicon.words("analyse/hearsay_adverbs.txt")
    return next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in words), None)


def _cue_speaker(ctx: _Ctx, verb, last_speaker):
    if _target_participle(verb):  # "Port Ellery, criticised for delaying ...": the one criticised
        return _conf({}, 0.0, f"'{verb.text}' with no subject of its own: the one {verb.text.lower()} is not "
                     "the speaker, and who asked or judged is not named"), None
    if _asked_not_stated(verb):  # "Does Roe think the plan will work?": asked, not said (issue 18, 18w)
        return _conf({}, 0.0, f"'{verb.text}' in a question or condition (an auxiliary before its subject): "
                     "no statement of its subject's"), _subject(verb)
    subj = _subject(verb)
    doubted = _doubted_cue(verb)
    if doubted is not None:  # "Sites quoted Roe as supposedly tweeting ...": not surely Roe's (c054 Q2)
        return _conf({}, 0.0, f"'{doubted.text} {verb.text}': the writer doubts the words were said by the one "
                     "named: open"), subj
    lost = _indefinite_lost_subject(ctx, verb, subj)
    if lost is not None:  # "..., while a new group started by an aide has reported ...": someone not named
        return lost, subj
    titled = _name_after_titles(ctx, verb, subj)
    if titled is not None:  # "said Acme co-founder Jan Roe": the name, not the title run
        name, run = titled
        return _conf({"speaker_mention": ctx.tok_mention[name.i]}, 0.9,
                     f"'{run.text.rstrip(' ,')}' is the title of {ctx.mentions[ctx.tok_mention[name.i]].text}, "
                     "named next to the cue (the parse made both subjects)"), name
    split = _name_split_from_word(ctx, verb, subj)
    if split is not None:  # "MP Jan Roe stated": a word before the name the parse made a subject of its own
        i, word = split
        return _conf({"speaker_mention": i}, 0.9,
                     f"'{word.text} {ctx.mentions[i].text}': '{word.text}' is a word written before the name "
                     f"{ctx.mentions[i].text}, right before the cue (the parse split the name into subjects)"), \
            ctx.sdoc[ctx.span(i).end - 1]
    glued = _name_after_caption(ctx, subj.head if subj is not None else verb, subj)
    if glued is not None:  # a caption glued before "Jane Roe pledged": the name next to the cue
        return _conf({"speaker_mention": glued}, 0.9,
                     f"{ctx.mentions[glued].text}, named next to the cue; the words before it are a caption "
                     "naming the same person (the parse made both subjects)"), ctx.sdoc[ctx.span(glued).root.i]
    signed = _signature_before_subject(ctx, verb, subj)
    if signed is not None:  # "- Jo Roe, Leeds, UK Prof Doe says: '...'": Doe, never the reader who signed
        out = _speaker(ctx, signed, verb.idx, last_speaker)
        m = out.get("speaker_mention")
        if m is not None and (ctx.mentions[m].label in _PLACE_TYPES
                              or not ctx.mentions[m].start <= signed.idx < ctx.mentions[m].end):
            # the name's own words left untagged and a place before it taken instead ("UK"): open
            run = ctx.sdoc[signed.left_edge.i : signed.i + 1]
            out = _conf({"speaker_text": run.text, "speaker_start": run.start_char, "speaker_end": run.end_char,
                         "speaker_via": "nominal"}, 0.0, f"'{signed.text}', a name no mention holds: open")
        if out.get("speaker_evidence"):
            out["speaker_evidence"] += (f"; '{signed.text}' is the name next to '{verb.text}', after a list of a "
                                        "name and places with no 'and' (a signature), which is no joint subject")
        return out, signed
    text = doc_text(verb.doc)
    if subj is not None and "\n" in text[min(subj.idx, verb.idx) : max(subj.idx, verb.idx)]:
        subj = None
    if (subj is None or ctx.inside_quote(subj.idx)) and not ctx.inside_quote(verb.idx):
        tag = _tag_name(ctx, verb)
        if tag is not None:  # '"..., competitors," William Daley, a former aide, said': Daley
            return tag
    if subj is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "we have no information to suggest that ...", "we found no data to suggest ...":
        # the evidence suggests nothing of anyone's; no speaker (the words around, if a
        # report, are the report of whoever has or gives the evidence)
        return {}, None
    if subj is None:
        host = _participle_on_subject(ctx, verb)
        if host is not None:  # '"...," said Roe, speaking of X, "..."': Roe
            return _conf({"speaker_mention": host}, 0.9,
                         f"'{verb.text}' modifies {ctx.mentions[host].text}, the subject it follows: "
                         "who does it says it"), verb.head
        owner = _participle_on_owned_object(verb) or _participle_on_sent_document(verb)
        if owner is not None:  # "Doe laughed at Roe's idea saying: ...": Doe, never Roe
            out = _speaker(ctx, owner, verb.idx, last_speaker)
            if out.get("speaker_evidence"):
                out["speaker_evidence"] += (f"; '{verb.text}' hangs on the object of '{owner.head.text}', whose "
                                            "subject speaks (not a possessor in the object, nor its addressee)")
            return out, owner
        before = _name_before_cue(ctx, verb) or _name_before_aside(ctx, verb)
        if before is not None:  # "Referring to Doe, the health secretary, Ann Roe, said:"
            i, why = before
            return _conf({"speaker_mention": i}, 0.85, why), ctx.sdoc[ctx.span(i).root.i]
        # not for a "to" infinitive: the words before it are no subject of it, but the object of
        # the verb it hangs on ("visit the criminal to tell him that ...": the one told, not the
        # teller; round fifty-seven, seed 172 Q50); its speaker is left open
        np = _left_np(verb) if not _bare_infinitive(verb) else None
        return _speaker(ctx, None, verb.idx, last_speaker, np=np) if np is not None else {}, None
    if speakers.impersonal(subj):
        return _conf({}, 0.0, f"impersonal '{subj.text} ... {verb.text}': no speaker named"), subj
    if subj.dep_ == "nsubjpass" and subj.head.i == verb.i and verb.lemma_.lower() not in _PASSIVE_SPEAKER:
        # "Allen was asked why ...": the subject of a passive cue is its addressee or topic;
        # the speaker is the agent ("by CNN") when there is one, else open
        agent = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if agent:
            return _speaker(ctx, agent[0], verb.idx, last_speaker), agent[0]
        return _conf({}, 0.0, f"passive '{verb.text}': '{subj.text}' is not the speaker, and no agent is named"), subj
    return _speaker(ctx, subj, verb.idx, last_speaker), subj


def _tag_name(ctx: _Ctx, verb):
    """(speaker fields, token) for a tag after a quotation whose subject the parse took from
    inside the quotation ('"They were rivals, but also friends," Jane Roe, a former aide, said':
    "friends" the subject of "said", Roe its apposition; '"...," said Jan Roe, who served ...'),
    or None; also when the parse gave the cue no subject. The tag is the cue's sentence right
    after the last closing mark before the cue, in the same paragraph: either the cue at once
    and a name after it, or a name at once and the cue after its description (no other verb
    between). The name run is read to its first comma: its last person, else its first name
    ("said US Council spokesman Jan Roe", "tweeted Acme spokesman Jan Roe": Roe, not the body
    or the person whose spokesman he is). Before this, such quotations had a cue and no speaker
    and no evidence (round thirty-six, integrator: 38 of about 6,000 PolNeAR census quotes,
    found by the halves engineer's census).

    The quotation may open before the cue's sentence (round thirty-seven, cueopen): a
    quotation of two sentences or two paragraphs closes in the tag's sentence ('"A. B," said
    Jared Roe'), and only its close need stand there; before, such tags were read only when
    the whole quotation was in the sentence, and 9 of the 44 quotes of the PolNeAR census with
    a cue and no speaker phrase were this shape. After the cue, a run of modifiers the parse
    hangs on the name may come first ('said retired neurosurgeon Ben Roe', 'says 20-year-old
    worker Kyla Roe'): ``_modifier_run``."""
    sent, text = verb.sent, ctx.text
    close = max((b for a, b in ctx.quoted if sent.start_char <= b <= verb.idx), default=None)
    if close is None or "\n" in text[close : verb.idx]:
        return None  # no quotation closing before the cue in its paragraph
    after_cue = not re.search(r"\w", text[close : verb.idx])  # '"...," said Roe'
    start = verb.idx + len(verb) if after_cue else close
    lead = re.match(r"[\s,\"”’'.!?]*", text[start:])
    start += lead.end() if lead else 0
    if not after_cue and not re.match(r"\w", text[start : start + 1]):
        return None
    stop = sent.end_char if after_cue else verb.idx
    comma = text.find(",", start, stop)
    stop = comma if comma >= 0 else stop
    run = [i for i in range(ctx.n_named) if start <= ctx.mentions[i].start < stop and not ctx.inside_quote(ctx.mentions[i].start)]
    if after_cue and not run:
        return _surname_tag(ctx, start, stop)
    names = [i for i in run if ctx.mentions[i].label in _SAME_NAME_LABELS]
    persons = [i for i in names if ctx.mentions[i].label == "PERSON"]
    if not names:
        return None  # the tag names no one
    if ctx.mentions[run[0]].start != start:
        if not after_cue or not persons or not _modifier_run(ctx, start, persons[-1]):
            return None  # the tag does not open with a name, nor with the name's own modifiers
    i = persons[-1] if persons else names[0]
    if not after_cue:
        between = ctx.sdoc.char_span(ctx.mentions[i].end, verb.idx, alignment_mode="expand")
        if between is None or any(t.pos_ in ("VERB", "AUX") for t in between if t.i != verb.i):
            return None  # another verb between: the name is not the tag's subject
    m, span = ctx.mentions[i], ctx.span(i)
    return _conf({"speaker_mention": i, "quotation_tag": True}, 0.9,
                 f"named in the tag after the quotation ('{m.text}'); the parse took a word inside the "
                 "quotation for the cue's subject, or none"), (ctx.sdoc[span.root.i] if span is not None else None)


def _surname_tag(ctx: _Ctx, start: int, stop: int):
    """'"...," said Roe, explaining ...' with "Roe" untagged here (the small model read it as
    an adverb): the one word after the cue, up to the comma or the sentence's end, is the last
    name of the one person the document tags with it (``speakers.surname_held``, the rule for
    a bare name subject). Round thirty-seven (cueopen): one of the 44 cue-only quotes of the
    PolNeAR census; "said Roe" with Roe a tagged name was already read."""
    words = ctx.sdoc.char_span(start, stop, alignment_mode="expand")
    if words is None or len(words) != 1 or ctx.inside_quote(start):
        return None
    tok = words[0]
    held = speakers.surname_held(ctx, tok)
    if held is None:
        return None
    out = {"speaker_text": tok.text, "speaker_start": tok.idx, "speaker_end": tok.idx + len(tok),
           "speaker_via": "name", "antecedent_mention": held, "quotation_tag": True}
    return _conf(out, speakers.weights()["surname_held_confidence"],
                 f"'{tok.text}': named in the tag after the quotation, untagged, the last name of "
                 f"{ctx.mentions[held].text}, the one person the document tags with it"), tok


def _modifier_run(ctx: _Ctx, start: int, i: int) -> bool:
    """Whether the words from ``start`` up to person mention ``i`` all modify that name in the
    parse: "said retired neurosurgeon Ben Roe" ("retired" on "neurosurgeon", "neurosurgeon" a
    compound of "Roe"), "said former Acme adviser Jan Roe". Every word's chain of heads reaches
    the name's head without leaving the run and the name, and no word is a finite verb, a
    comma or a preposition: "said the wife of Jan Roe" (the name hangs on "wife", the wife
    speaks) and "said a spokeswoman for Jan Roe" are no such run (round thirty-seven, cueopen)."""
    span = ctx.span(i)
    pre = ctx.sdoc.char_span(start, ctx.mentions[i].start, alignment_mode="expand")
    if span is None or pre is None or not len(pre) or pre.end != span.start or "\n" in pre.text:
        return False
    for t in pre:
        if t.pos_ in ("ADP", "CCONJ", "SCONJ", "PRON", "AUX") or (t.pos_ == "PUNCT" and t.tag_ != "HYPH") \
                or (t.pos_ == "VERB" and not (t.dep_ == "amod" and t.tag_ in ("VBN", "VBG"))):
            return False
        x = t
        while x.i != span.root.i:
            if x.head.i == x.i or not pre.start <= x.head.i < span.end:
                return False
            x = x.head
    return True


def _not_inside_content(ctx: _Ctx, speaker: dict, c: _Cand) -> dict:
    """The speaker found for a reported content, unless its name stands inside the words of that
    content: "Speaking in Harlem, Roe, without naming him, also accused Doe of being a latecomer":
    the parse made "Roe" an apposition of the place, the cue has no subject, and the name found was
    "Doe", the one accused, whose name opens the content (round thirty-four: the runon engineer's
    census, given at .95). One's own words do not name one as their sayer; the pieces of an
    interposed tag ("The plan, Roe said, will ...") skip the tag, so its speaker is outside them."""
    if speaker.pop("quotation_tag", False):
        return {}  # the cue tags a quotation before it ('"...," said Roe, who ...'): no content of its own
    i = speaker.get("speaker_mention")
    if i is None or not 0 <= i < len(ctx.mentions):
        return speaker
    start = ctx.mentions[i].start
    if any(a <= start < b for a, b in (c.pieces or [(c.start, c.end)])):
        return _conf({}, 0.0, f"the name found for '{c.cue.text if c.cue is not None else ''}' "
                     f"({ctx.mentions[i].text}) stands inside the words reported: not their speaker")
    return speaker


def _participle_on_subject(ctx: _Ctx, verb) -> int | None:
    """A cue participle the parse hangs on a named person who is the subject of the clause,
    set off after it by a comma: "said Roe, speaking of politicians, ..." ("speaking" an acl on
    "Roe"). The person it describes does it. Only a subject: a participle on an object ("They
    attacked Roe, saying ...") is as often the subject's deed the parse attached low, and is
    left as before. Round thirty-seven (cueopen): one cue-only quote of the PolNeAR census,
    the second piece of a quotation broken by its tag."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or head.dep_ != "nsubj" or head.i >= verb.i \
            or head.i not in ctx.tok_mention or ctx.inside_quote(verb.idx):
        return None
    i = ctx.tok_mention[head.i]
    span = ctx.span(i)
    if i >= ctx.n_named or ctx.mentions[i].label != "PERSON" or span is None or span.root.i != head.i:
        return None
    if ctx.sdoc[verb.i - 1].text != "," or span.end != verb.i - 1:
        return None
    return i


def _participle_on_owned_object(verb):
    """The subject of the clause a saying participle hangs on when the parse hung it on a
    possessed noun in that clause's object: "Doe laughed at Roe's idea saying: ..." (the
    parse: "saying" an acl of "idea"): Doe says it; Roe, the possessor, is the one laughed at
    (issue 18, 18w). Only a gerund-participle with no subject of its own, on a noun that is the
    object of the verb or of a preposition on it, and that has a possessor; the verb's own
    subject must precede it on the same line. A document ("Roe's letter saying that ...")
    speaks for its owner, so a document noun counts only when the participle opens a quotation
    (a colon or a mark right after it: the letter's own words would follow "saying that")."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.head.pos_ != "NOUN":
        return None
    noun = verb.head
    if not any(c.dep_ == "poss" for c in noun.children):
        return None
    if noun.dep_ == "dobj":
        gov = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        gov = noun.head.head
    else:
        return None
    if gov.pos_ not in ("VERB", "AUX") or gov.lemma_ == "be":
        return None  # "women are at risk ..., declaring": no act of the subject's
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    opens = nxt is not None and (nxt.text == ":" or nxt.text in _MARKS)
    if noun.lemma_.lower() in document_nouns() and not opens:
        return None
    return _subject_on_the_line(gov, verb)


def _subject_on_the_line(gov, verb):
    """``gov``'s subject written before it, when no line break stands between it and the cue
    ``verb``; else None."""
    subj = [c for c in gov.children if c.dep_ == "nsubj" and c.i < gov.i]
    if not subj or "\n" in doc_text(verb.doc)[subj[0].idx : verb.idx]:
        return None
    return subj[0]


def _participle_on_sent_document(verb):
    """The writer of a document sent to someone, when a saying participle hangs on it: "Roe
    wrote Smith a letter asking her to step down" (the parse: "asking" an acl of "letter", the
    object of "wrote", whose "dative" is Smith). The letter asks what its writer asks, the
    subject of the sending verb; the addressee, the name nearest before the cue, is the one
    asked, never the speaker (round forty-two: the seed-157 audit's letter to a president read as
    the president's request). Only a gerund-participle with no subject of its own, on a
    document noun (``analyse/document_nouns.txt``) that is the direct object of a verb with an
    addressee (a ``dative`` child) and a subject before it on the same line."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.head.pos_ != "NOUN":
        return None
    noun = verb.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in document_nouns():
        return None
    gov = noun.head
    if gov.pos_ != "VERB" or not any(c.dep_ == "dative" for c in gov.children):
        return None
    return _subject_on_the_line(gov, verb)


def _target_participle(verb) -> bool:
    """Is the cue a participle set off with no subject and no object of its own, of a verb
    whose object is the one addressed or judged (data/target_cues.txt)? "Port Ellery,
    criticised for delaying ...", "Asked whether the show was odd, the singer replied":
    the noun it hangs on is the one asked or criticised; the words are someone unnamed's
    question or charge. Not "Roe criticised the city for ..." (a subject), nor '"Why?"
    asked Roe' (the name after it). The parse often tags such a participle VBD, so the
    test is on the words around it: a comma or the sentence start (or a capital glued
    mid-sentence) before, a preposition or wh-word after."""
    if verb.lemma_.lower() not in lexicon.words("analyse/target_cues.txt") or verb.lower_.endswith("ing"):
        return False  # not "leaders have embraced it, warning that ...": the one warning speaks
    doc = verb.doc
    prev = doc[verb.i - 1] if verb.i > 0 else None
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative") for c in verb.children):
        return False
    # the parse may make the noun before the comma its subject; "X, criticised for" is no
    # active clause (that would need an object), "X, asked whether" may be ("Roe, in Geneva, asked whether")
    grounds = prev is not None and prev.text == "," and nxt is not None and nxt.lower_ in ("for", "over", "as")
    if not grounds and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    opened = prev is None or prev.text == "," or "\n" in prev.text_with_ws or verb.text[0].isupper()
    return opened and nxt is not None and nxt.tag_ in ("IN", "WRB", "WP")


def _asked_not_stated(verb) -> bool:
    """Is the cue's clause a question or a condition by inversion, an auxiliary before its
    subject at the head of the clause (data/question_auxiliaries.txt)? "Does Roe think the
    plan will work?", "9.05 pm: Does Roe think the council misled Acme, a councillor asks",
    "Should Acme say the well is sealed, ...": the writer (or someone) asks what the subject
    thinks or says; the subject stated nothing. Not "Roe does think ..." (the subject first),
    nor "Nor does Acme believe ..." (a negative inversion, a statement: "nor" is no opener).
    The parse has no sentence mood, so the test is on word order."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i
             and c.lemma_.lower() in lexicon.words("analyse/question_auxiliaries.txt")]
    if not subjects or not auxes:
        return False
    aux = auxes[0]
    if not any(aux.i < s.i < verb.i for s in subjects):
        return False
    doc = verb.doc
    k = aux.i - 1
    while k >= verb.sent.start and doc[k].is_space:
        k -= 1
    # the auxiliary opens its clause: the sentence start, or after a colon, a quote mark, a
    # dash or a bare "and"/"but"/"or" (which the parse may join to the sentence before)
    return k < verb.sent.start or doc[k].lower_ in _clause_openers() or "\n" in doc[k].text_with_ws \
        or _after_aside_cue(doc[k], verb)


def _after_aside_cue(tok, verb) -> bool:
    """Is ``tok`` the comma closing a reporting aside hung on ``verb`` ("But, Roe said, would
    Doe understand that ...?": the parse makes "said" a parataxis of "understand")? The aside
    sets the question off as a colon would, so the auxiliary after it opens the clause and the
    question is Roe's asking, never a statement of Doe's (issue 18, round twenty-eight: the
    question was given to the one asked about). Only a comma whose head is a cue verb in
    parataxis to the questioned verb: "Roe, the mayor, would say ..." has the subject first
    and is not inverted at all."""
    aside = tok.head
    return tok.text == "," and aside.dep_ == "parataxis" and aside.head.i == verb.i and is_cue(aside)


@functools.lru_cache(maxsize=1)
def _dashes() -> frozenset[str]:
    """The dashes that set one part of a line off (data/dashes.txt): "-", "--", "—", "–"."""
    return lexicon.words("analyse/dashes.txt")


@functools.lru_cache(maxsize=1)
def _clause_openers() -> frozenset[str]:
    """The tokens after which an auxiliary opens its clause (data/clause_openers.txt and the dashes)."""
    return lexicon.words("analyse/clause_openers.txt") | _dashes()


# passive cues whose subject is the speaker: "he was quoted as saying", "she was cited"
_PASSIVE_SPEAKER = lexicon.words("analyse/passive_speaker_cues.txt")


def _np_span(tok):
    """The noun phrase of a subject without relative clauses and appositions. It starts after
    any paragraph break before the head and past a stray quote mark: the parse can hang the
    closing mark of the paragraph before on the next one's subject ('..."\n\nBP, which leased
    the rig, said'), and the phrase is then no name any mention holds (24q)."""
    left = tok.left_edge.i
    right = tok.i
    while left < tok.i and (tok.doc[left].is_space or tok.doc[left].is_quote or "\n" in tok.doc[left].text
                            or any("\n" in t.text for t in tok.doc[left + 1 : tok.i])):
        left += 1
    for c in tok.children:
        if c.i > tok.i and c.dep_ in ("prep", "compound", "amod", "nummod", "poss", "pobj", "case"):
            right = max(right, c.right_edge.i)
    return tok.doc[left : right + 1]


def _left_np(verb):
    """Fallback subject when the parse runs across a paragraph break: the short run of
    words between the paragraph start (after a conjunction) and the verb, if it holds no verb."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].pos_ in ("ADV", "AUX", "PART") and "\n" not in doc[j].text:
        j -= 1
    end = j + 1
    while j >= 0 and "\n" not in doc[j].text and doc[j].pos_ not in ("VERB", "AUX", "CCONJ", "PUNCT", "SCONJ"):
        j -= 1
    start = j + 1
    if end - start < 1 or end - start > 8:
        return None
    if start > 0 and _glued_hyphen(doc[start - 1]) and end < verb.i and doc[end].pos_ == "ADV" \
            and doc[end - 1].whitespace_:
        # "a partner in the out-of-control well said": the run stopped at a hyphen inside a
        # compound, whose last word ("control") is no noun phrase's head (round sixty, seed 175
        # bpoil_reuters Q6, speaker span "control"). The compound is one word: the walk goes on
        # across it, and a compound adjective modifies the word after it, which the parse read
        # as an adverb ("well") and the first walk skipped: the phrase ends there. With no such
        # word ("an on-board charging"), the run is left as it was (census: two such spans
        # on the 181 pages changed to other fragments, none a speaker)
        j = start - 1
        while j >= 0 and "\n" not in doc[j].text and (
                _glued_hyphen(doc[j]) or j + 1 < len(doc) and _glued_hyphen(doc[j + 1])
                or doc[j].pos_ not in ("VERB", "AUX", "CCONJ", "PUNCT", "SCONJ")):
            j -= 1
        if end + 1 - (j + 1) <= 10:
            start, end = j + 1, end + 1
    span = doc[start:end]
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in span):
        return None
    return span


def _glued_hyphen(tok) -> bool:
    """A hyphen inside a compound word ("out-of-control"): no space on either side."""
    return tok.text in ("-", "‐", "‑") and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _named_first_conjunct(np) -> int:
    """Where a trailing tag's subject starts when it is two joined by "and" and the first is a
    name: "The results hold beyond the valley, Okafor and colleagues wrote" (issue 18, round
    twenty-four, 24s). ``_left_np`` stops at the "and", so the name would close the content
    ("..., Okafor and"); the name run (proper nouns and hyphens) right before the "and", set
    off by a comma, is the tag's. Its first index, or the phrase's own start. "..., the river
    and the dam said" (no name) and a name not set off by a comma are left as they were."""
    doc = np.doc
    j = np.start - 1
    if j < 2 or doc[j].lower_ != "and" or doc[j].pos_ != "CCONJ":
        return np.start
    k = j - 1
    while k > 0 and (doc[k].pos_ == "PROPN" or (doc[k].tag_ == "HYPH" and doc[k - 1].pos_ == "PROPN")) and j - k <= 4:
        k -= 1
    if k == j - 1 or doc[k].text != "," or doc[k + 1].pos_ != "PROPN":
        return np.start
    return k + 1


def _relative_speaker(ctx: _Ctx, subj, at: int, last_speaker: dict | None) -> dict:
    """"Huawei's leader who acknowledges": the speaker span is "who", resolved through
    the noun it follows (a relative clause, or a cleft "It is X who")."""
    if _acronym(subj):  # "WHO said ...": the organisation's initials, never a relative "who"
        return _acronym_speaker(subj)
    sdoc, low = ctx.sdoc, subj.lower_
    verb = subj.head
    head = verb.head if verb.dep_ == "relcl" else (sdoc[subj.i - 1] if subj.i > 0 else None)
    out = {"speaker_text": subj.text, "speaker_start": subj.idx, "speaker_end": subj.idx + len(subj),
           "pronoun": low, "speaker_via": "relative"}
    named = _appositive_host(ctx, subj, head) if head is not None and verb.dep_ == "relcl" else None
    if named is not None and head is not None:  # "Scott Reed, the Chamber's chief strategist, who added": Reed
        out["antecedent_mention"] = named
        return _conf(out, 0.9, f"'{subj.text}' -> {head.text}: the apposition of {ctx.mentions[named].text}, "
                     "named before it")
    between = _relative_between_two(ctx, subj, head) if head is not None and verb.dep_ == "relcl" else None
    if between is not None:
        return _conf(out, 0.0, between)
    host = _relative_number_host(verb, head) if head is not None and verb.dep_ == "relcl" else None
    if host is not None and head is not None:  # "suppliers for Apple, who claim": the suppliers, never Apple
        return _conf(out, 0.0, f"'{subj.text} {verb.text}' after '{host.text} {head.head.text} {head.text}': "
                     f"the verb agrees with '{host.text}', not '{head.text}': open")
    if head is not None and head.pos_ in ("NOUN", "PROPN") and head.i != subj.i:
        inner = _speaker(ctx, head, at, last_speaker)
        if inner.get("speaker_mention") is not None:
            out["antecedent_mention"] = inner["speaker_mention"]
        else:
            out.update({k: v for k, v in inner.items() if k in ("antecedent_mention", "roles", "org", "org_mention")})
        if inner.get("speaker_confidence") is not None:
            _conf(out, inner["speaker_confidence"], f"'{subj.text}' -> {head.text}: " + inner["speaker_evidence"],
                  plain=bool(inner.get("plain_antecedent")))
    return out


def _finite_number(verb) -> str | None:
    """The number a present or "be" past form of a relative clause's verb shows ("claims",
    "has said", "was": singular; "claim", "have said", "were": plural), from the verb or its
    auxiliary's Penn tag (VBZ / VBP) or the past of "be"; None when the form tells none
    ("said", "will say")."""
    for t in [*(c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), verb]:
        if t.tag_ == "VBD" and t.lemma_.lower() == "be":
            return {"was": "Sing", "were": "Plur"}.get(t.lower_)
        if t.tag_ == "VBZ":
            return "Sing"
        if t.tag_ == "VBP":
            return "Plur"
    return None


def _noun_number(tok) -> str | None:
    """A noun's number by its Penn tag: NNS/NNPS plural, NN/NNP singular."""
    return {"NNS": "Plur", "NNPS": "Plur", "NN": "Sing", "NNP": "Sing"}.get(tok.tag_)


def _relative_number_host(verb, head):
    """"Parts suppliers for Apple, who claim that ...": the parse hangs the relative clause on
    the object of the preposition ("Apple"), but its verb agrees in number with the noun the
    preposition hangs on ("suppliers"), not with that object: the clause is said of that noun.
    Returns that noun (the speaker is then left open: an unnamed group or person), or None
    when the verb shows no number, agrees with the object, or the noun does not agree either.
    Round fifty, the c034 Q11 mend: "who" was given the company the suppliers supply."""
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return None
    host = head.head.head
    if host.pos_ in ("VERB", "AUX") and host.i < head.head.i - 1:
        # the parse may hang the preposition on the verb ("quotes suppliers for Acme"): the
        # noun right before the preposition is the one it belongs to
        host = head.doc[head.head.i - 1]
    if host.pos_ not in ("NOUN", "PROPN") or host.i > head.i:
        return None
    n = _finite_number(verb)
    if n is None or _noun_number(head) in (None, n) or _noun_number(host) != n:
        return None
    return host


def _relative_between_two(ctx: _Ctx, subj, head) -> str | None:
    """"Gov. Jan Roe, a former backer of Sen. Bo Lee, who has since called ...": the parse
    hangs "who" on the nearest name, but the clause can as well be said of the named person
    whose apposition holds that name ("a former backer" ... "has since": the governor). Two
    people either side of the apposition's "of"/"for", and nothing in the words to choose:
    open, with the reason. Only where the name the parse chose is the object of a preposition
    on a common noun that stands in apposition to another named person; "Bo Lee, who said"
    (no apposition) and "Jan Roe, the wife of a senator, who said" (no second name) keep their
    reading. Issue 18, round thirty-eight: the seed-153 audit judged one such "who" given the
    name inside the apposition wrong (in-sample mend)."""
    if subj.lower_ != "who" or head.pos_ != "PROPN" or head.dep_ != "pobj" or head.head.lower_ not in ("of", "for"):
        return None
    noun = head.head.head
    if noun.pos_ != "NOUN" or noun.dep_ != "appos":
        return None
    inner, outer = ctx.tok_mention.get(head.i), ctx.tok_mention.get(noun.head.i)
    if inner is None or outer is None or inner == outer:
        return None
    if ctx.mentions[inner].label != "PERSON" or ctx.mentions[outer].label != "PERSON":
        return None
    return (f"'{subj.text}' after '{noun.text} {head.head.text} {ctx.mentions[inner].text}': said of "
            f"{ctx.mentions[outer].text} or of {ctx.mentions[inner].text}, the words do not choose: open")


def _appositive_host(ctx: _Ctx, subj, head) -> int | None:
    """"Scott Reed, the Chamber's chief strategist, who added ...", "Jan Roe, a professor of
    history at Port Ellery who has argued ...": a relative clause the parse hangs on a singular
    common noun that is itself the apposition of a named person is said of that person (the
    apposition and the name are one referent). Returns the person mention, or None: a plural
    or a name the noun does not stand in apposition to ("the wife of Jan Roe, who said" hangs
    on "wife", no apposition) leaves "who" to the noun as before. Issue 18, round thirty-six:
    over PolNeAR train 301-840 (450 texts, keep-off list out) 92 open quotes had a relative
    "who"/"that" as speaker; this shape was 9 of them (the rest are unnamed people, groups,
    things, or "who" after "and"); the rule names 7 (plus one quote carried after), all right
    (left: "a Republican who", an NNP head; a name the tagger missed); Timeline17 sample: 1, right.
    Only "who": "Jan Roe -- author of a report, which urged ..." is the report's (a census case)."""
    if subj.lower_ != "who" or head.pos_ != "NOUN" or head.tag_ != "NN" or head.dep_ != "appos":
        return None
    host = head.head
    i = ctx.tok_mention.get(host.i)
    if i is None or ctx.mentions[i].label != "PERSON" or ctx.inside_quote(ctx.mentions[i].start):
        return None
    return i


def _holder_in_apposition(ctx: _Ctx, subj, persons: list[int]) -> str | None:
    """"The president of Haiti, Rene Preval, says": a person set in apposition to the place or
    organisation that closes a role phrase names the role's holder (a person cannot stand
    for Haiti; the parser hangs the appositive on the nearest noun). Not when the noun it
    hangs on is a person or a role ("a spokeswoman for Haiti's president, Rene Preval":
    Preval is the president, not the one who spoke), nor when the head is no role word."""
    span = ctx.span(persons[-1]) if persons else None
    if span is None or subj.lemma_.lower() not in speakers.person_nouns():
        return None
    root = span.root
    host = root.head
    if root.dep_ != "appos" or host.i == subj.i or host.i not in ctx.tok_mention:
        return None
    if ctx.mentions[ctx.tok_mention[host.i]].label not in ("GPE", "ORG", "NORP", "LOC", "FAC"):
        return None
    # the host must close the role phrase itself: "the president of Haiti", not "the wife of Haiti's
    # president"; through a chain of prepositional phrases of things ("the head of the inquiry in
    # Dar es Salaam, Jan Roe,": round thirty-nine, the seed-154 judges' tbaq_aquaint Q22, in-sample),
    # never through a person's noun ("the wife of the president of Haiti, X": X is the president)
    node = host
    while True:
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        up = node.head.head
        if up.i == subj.i:
            break
        if up.pos_ != "NOUN" or up.lemma_.lower() in speakers.person_nouns() or up.i in ctx.tok_mention:
            return None
        node = up
    return (f"'{subj.text} of {host.text}, {span.text}': named in apposition to the role "
            f"(a person is not {ctx.mentions[ctx.tok_mention[host.i]].text})")


def _pronoun_speaker(ctx: _Ctx, subj, last_speaker: dict | None) -> dict:
    """A pronoun subject, resolved by analyse/speakers.py; a group it stands for keeps its words."""
    low = subj.lower_
    out = {"speaker_text": subj.text, "speaker_start": subj.idx, "speaker_end": subj.idx + len(subj),
           "pronoun": low, "speaker_via": "pronoun"}
    last = last_speaker.get("mention") if last_speaker else None
    same = _same_open_pronoun(ctx, subj)
    if same is not None:  # "He said: '...' / He added: '...'" after "The prime minister ... thanked them"
        text, a, b = same
        out.update(speaker_via="nominal", pronoun_span=(subj.idx, subj.idx + len(subj)), speaker_text=text,
                   speaker_start=a, speaker_end=b)
        if ctx.open_from_speaker:
            return _conf(out, 0.0, f"'{subj.text}' goes on from '{text}', the unnamed speaker of the quote before: open")
        return _conf(out, 0.0, f"'{subj.text}' goes on from the '{subj.text}' of the quote before, which stands for "
                     f"'{text}' (an unnamed person): open")
    res = speakers.resolve_pronoun(ctx, subj, last)
    if res.group is not None:  # "they" after "several diplomats": the group's words, open
        a, b = res.group
        # "One survivor said he ...": one unnamed person, not a group
        out.update(speaker_via="nominal" if res.one else "group", pronoun_span=(subj.idx, subj.idx + len(subj)))
        out.update(speaker_text=ctx.text[a:b], speaker_start=a, speaker_end=b)
    elif res.resolved and res.mention is not None and res.mention >= ctx.n_named:  # a name the entity tagger missed: no entity to give
        span = ctx.span(res.mention)
        held = speakers.titled_surname(ctx, span[0]) if span is not None and len(span) == 1 else None
        if held is not None and res.confidence >= speakers.threshold():  # "Dr Hale said ... / he said": Victor Hale
            out["antecedent_mention"] = held
            return _conf(out, min(res.confidence, speakers.weights()["titled_surname_confidence"]),
                         res.evidence + f"; the name no entity holds is {ctx.mentions[held].text}'s, after an honorific")
        near = span is not None and _untagged_near(ctx, res.mention, subj)
        held = _same_name_mention(ctx, span.text, span.start_char) if near else None
        gender = speakers.pronouns().get(low, (None,))[0]
        if held is not None and gender is not None and (ctx.mentions[held].label == "PERSON"
                                                        or speakers.held_as_person(ctx, held, low)):  # "Hale" tagged elsewhere
            out["antecedent_mention"] = held
            return _conf(out, min(res.confidence, speakers.weights()["surname_held_confidence"]),
                         res.evidence + f"; the name no entity holds here is tagged elsewhere as {ctx.mentions[held].text}")
        held = speakers.surname_held(ctx, span[0], low) if near and len(span) == 1 else None
        if held is not None and res.confidence >= speakers.threshold():  # "Hale requested ... / she added": Jane Hale
            out["antecedent_mention"] = held
            return _conf(out, min(res.confidence, speakers.weights()["surname_held_confidence"]),
                         res.evidence + f"; the name no entity holds is the last name of {ctx.mentions[held].text}, "
                         "the one person the document tags with it")
        return _conf(out, 0.0, res.evidence + "; a name no entity holds: open")
    elif res.resolved:
        passed = speakers.passed_over_subject(ctx, subj, res.mention) if res.mention is not None else None
        if passed is not None:  # "Jane Roe, ..., doubts it. / Writing in a weekly, she says": not one further up
            plain = _plain_antecedent(ctx, subj, last_speaker)
            if plain is not None:  # and she alone is in view: hers
                out["antecedent_mention"] = plain[0]
                return _conf(out, plain[1], plain[2] + f" (the scorer: {res.evidence}; {passed})", plain=True)
            return _conf(out, 0.0, res.evidence + "; " + passed)
        inner = _inner_subject(ctx, subj, res.mention) if res.mention is not None else None
        if inner is not None:  # "Roe, alleging that Doe wanted ..., said ... / he said": not surely Doe
            return _conf(out, 0.0, res.evidence + "; " + inner)
        if res.mention is not None and _joint_unsure(ctx, subj, res.mention):
            return _conf(out, 0.0, res.evidence + "; right after a joint subject of two named people whose "
                         "genders do not tell which one it is: open")
        out["antecedent_mention"] = res.mention
    if res.group is None and res.confidence < speakers.threshold():
        pick = _joint_pick(ctx, subj)
        if pick is not None:  # "Jane Roe and John Doe said ... / He added": Doe
            out["antecedent_mention"] = pick[0]
            return _conf(out, 0.8, pick[1] + f" (the scorer alone: {res.evidence})")
        alone = _sole_speaker_before(ctx, subj, last_speaker)
        if alone is not None:  # "Petrov said ... / 'I am concerned ...,' he said"
            out["antecedent_mention"], conf, why = alone
            return _conf(out, conf, why + f" (the scorer alone: {res.evidence})")
        sole = speakers.sole_of_gender(ctx, subj, _titles_of) if res.group is None else None
        opening = _opening_before(ctx, subj) if sole is None and res.group is None else None
        if opening is not None and not _speaks_of_gender(ctx.text[opening : subj.idx], subj.lower_):
            # '"... / ...," she says' closing a quotation of several paragraphs
            sole = speakers.sole_of_gender(ctx, subj, _titles_of, opening)
        if sole is not None:  # "Jim Doe defended the plan. / '...,' he said": the one man named there
            out["antecedent_mention"] = sole[0]
            return _conf(out, speakers.weights()["sole_gender_confidence"], sole[1] + f" (the scorer alone: {res.evidence})")
        plain = _plain_antecedent(ctx, subj, last_speaker)
        if plain is not None:  # "Tom Acre worried about the marsh. / '...,' he said": the one in view
            out["antecedent_mention"] = plain[0]
            return _conf(out, plain[1], plain[2] + f" (the scorer alone: {res.evidence})", plain=True)
        alone_so_far = speakers.sole_person_so_far(ctx, subj, _titles_of) if res.group is None and res.mention is None else None
        if alone_so_far is not None:  # "Jane Roe ... [far back] ... / She told the radio": the one person named
            out["antecedent_mention"] = alone_so_far[0]
            return _conf(out, speakers.weights()["sole_gender_confidence"], alone_so_far[1] + f" (the scorer alone: {res.evidence})")
        hand = _hand_pick(ctx, subj, res, last_speaker)
        if hand is not None:  # "Roe, an aide to Doe, said ... / '...,' he added": Roe, not the salient Doe
            out["antecedent_mention"], conf, why = hand
            return _conf(out, conf, why + f" (the scorer alone: {res.evidence})")
        voice = _prior_voice(ctx, subj, res, last_speaker)
        if voice is not None:  # "Roe said Doe had lost. / 'He is done,' he said": Roe goes on speaking
            out["antecedent_mention"], conf, why = voice
            return _conf(out, conf, why + f" (the scorer alone: {res.evidence})")
        org = _plain_organisation(ctx, subj, res.mention)
        if org is not None:  # "The Acme Bank is sending a team. / It has announced ...": the bank
            out["antecedent_mention"] = org
            return _conf(out, speakers.weights()["plain_antecedent_confidence"],
                         f"'{subj.text}' -> {ctx.mentions[org].text}: the organisation subject of the sentence before, "
                         f"no other organisation named from there up to it (the scorer alone: {res.evidence})")
    return _conf(out, res.confidence, res.evidence)


def _hand_pick(ctx: _Ctx, subj, res, last_speaker: dict | None) -> tuple[int, float, str] | None:
    """The person the hand rules pick for a he/she subject of a cue when the fitted weights
    (GAP) pick someone else, and a reader sides with the hand rules: (mention, confidence,
    evidence), else None (round thirty-five, issue 18).

    The fitted weights weigh salience heavily: GAP's paragraphs are short, but a news story
    names its protagonist dozens of times, so "Roe, an aide to Doe, said ... / '...,' he
    added" goes to Doe, the hand rules (calibrated on news) pick Roe, and the quote is left
    open. Census, PolNeAR train 301-840 minus the keep-off list: 152 open quotes where the two
    disagree; in 60 of them the hand rules are confident (at least the threshold) and the
    fitted pick is neither a subject nor the speaker of the quote before (Trump, Sanders,
    Clinton or Cruz named as an object, a possessor or inside another's reported words in 51).
    Read all 60: the hand pick was right in 54. The 6 wrong ones share two shapes, both
    refused here: (a) a name the entity stage did not give the hand pick's entity is the
    subject of a main clause between the hand pick and the pronoun (an untagged "Hammond,
    the committeeman, hesitated ..."; a blog quoted without marks, "Doe is like Patton. He
    hates ..."); (b) another person is named before the pronoun in its own sentence ("Roe
    asked Doe why he ..."). Below the threshold the hand rules guess (3 of 5 read right),
    so they do not count. An organisation's or a name no entity holds is never given.
    Timeline17 dev added one more wrong shape, refused too: the fitted pick is a subject
    through an apposition, or named outside a possessive in the pronoun's sentence or the one
    before. In the end 16 PolNeAR and 9 Timeline17 quotes get their speaker here, all read
    right."""
    if res.hand is None or res.mention is None or subj.dep_ not in ("nsubj", "nsubjpass") \
            or ctx.inside_quote(subj.idx) or _PRONOUNS.get(subj.lower_) not in ("m", "f"):
        return None
    i, conf = res.hand
    if conf < speakers.threshold() or i >= ctx.n_named or ctx.candidates[i].label != "PERSON":
        return None
    model = res.mention
    fitted = ctx.entity(model)
    if last_speaker and last_speaker.get("mention") is not None and ctx.entity(last_speaker["mention"]) == fitted:
        return None  # the fitted pick is the voice before: two actors, open
    own = ctx.entity(i)
    last = speakers.fullest_name(ctx, i).split()[-1:]
    span = ctx.span(i)
    if span is None or span.end > subj.i:
        return None
    for j in [model] + [j for j in range(ctx.n_named) if ctx.entity(j) == fitted
                        and span.end_char <= ctx.candidates[j].start < subj.idx]:
        sp = ctx.span(j)
        head = sp.root if sp is not None else None
        while head is not None and head.dep_ in ("appos", "conj") and head.head.i != head.i:
            head = head.head  # "said the unit's head, managing director Bob Dudley": a subject
        if head is not None and head.dep_ in ("nsubj", "nsubjpass") and not ctx.inside_quote(head.idx):
            return None  # the fitted pick is itself a subject: two actors, open
        if sp is not None and not ctx.inside_quote(sp.start_char) and ctx.sent_no(subj.idx) - ctx.sent_no(sp.start_char) <= 1 \
                and (sp.root.dep_ == "appos" or (j != model and sp.root.dep_ != "poss")):
            # named in the sentence before or the pronoun's own, other than as a possessor: the
            # parse may hide its role ("said the unit's head, director Bob Dudley. / He added")
            return None

    def own_name(t) -> bool:
        j = ctx.tok_mention.get(t.i)
        return (j is not None and ctx.entity(j) == own) or [t.text] == last

    for t in ctx.sdoc[span.end : subj.i]:
        # the parse tags a name it does not know as a noun or even a number ("Doe is like
        # Patton", a mis-encoded accent): any capitalised word that is not a pronoun counts
        if ctx.inside_quote(t.idx) or t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON" or not t.text[:1].isupper():
            continue
        root = t.sent.root
        if (t.head.i == root.i or (t.head.dep_ == "conj" and t.head.head.i == root.i)) and not own_name(t):
            return None  # (a) another name is the main subject between
    sent_start = min(subj.sent.start_char, ctx.candidates[i].start)
    for j, m in enumerate(ctx.candidates):
        if not (sent_start <= m.start < subj.idx) or ctx.inside_quote(m.start) or m.text.split()[-1:] == last:
            continue
        if j >= ctx.n_named or (m.label == "PERSON" and ctx.entity(j) not in (own, fitted)) \
                or (m.label == "PERSON" and ctx.entity(j) == fitted and m.start >= subj.sent.start_char):
            return None  # (b) a third person between, or another person in the pronoun's own sentence
    conf = min(conf, speakers.weights()["hand_pick_confidence"])
    return i, conf, (f"'{subj.text}' -> {speakers.fullest_name(ctx, i)}: the hand rules' pick; the fitted weights' "
                     f"{ctx.candidates[model].text} is no subject and not the voice before, and no other name is a "
                     "main subject from there up to it")


_SAID_DEPS = ("ccomp", "xcomp", "npadvmod")
_TOPIC_PREPOSITIONS = ("of", "about", "on", "over", "regarding")


def _saying_before(ctx: _Ctx, subj, entity: int | None, last_speaker: dict | None):
    """(sentence, verb, subject token) of the saying by ``entity`` that is the main verb of the
    sentence right before the pronoun ``subj``'s, or right before the quotation its tag closes;
    the subject a name of the entity, or a pronoun like ``subj`` that the quote before (of that
    very verb) was given to the entity by; with no entity, any tagged person's name. Else None
    (see _prior_voice)."""
    before = _sentence_before(ctx, subj)
    if before is None:
        return None
    sent = ctx.sents[before]
    root = sent.root
    last = speakers.fullest_name(ctx, next(j for j in range(ctx.n_named) if ctx.entity(j) == entity)).split()[-1:] \
        if entity is not None else []
    for t in sent:
        if t.dep_ != "nsubj" or ctx.inside_quote(t.idx) or not is_cue(t.head) or _belief_verb(t.head):
            continue
        if not (t.head.i == root.i or (t.head.dep_ == "conj" and t.head.head.i == root.i)):
            continue
        j = ctx.tok_mention.get(t.i)
        if j is not None and j < ctx.n_named and (ctx.entity(j) == entity or entity is None and ctx.candidates[j].label == "PERSON"
                                                  or ctx.candidates[j].label == "PERSON" and ctx.candidates[j].text.split()[-1:] == last):
            return sent, t.head, t  # ("Trump" beside "Donald Trump", held apart by the tagger: the same man)
        if j is None and t.lower_ == subj.lower_ and last_speaker and last_speaker.get("mention") is not None \
                and ctx.entity(last_speaker["mention"]) == entity \
                and (last_speaker.get("confidence") or 0.0) >= speakers.threshold() \
                and t.idx in last_speaker.get("at", ()):
            return sent, t.head, t  # "He said that ..." given to the person already
    return None


def _sentence_before(ctx: _Ctx, tok) -> int | None:
    """The index of the sentence right before ``tok``'s, or right before the quotation a tag
    at ``tok`` closes ('"...," he said': the quotation's own sentences do not count); None at
    the document's start."""
    k = ctx.sent_no(tok.idx)
    opening = k
    for a in _closed_right_before(ctx, tok.idx):
        opening = min(k, ctx.sent_no(a))
    if opening < k:
        # a quotation of several sentences may be held as one piece per sentence: the
        # sentences before the closing piece that are wholly quoted words belong to it too
        # ('"China is wary. / Pyongyang is isolated," the senator said': two pieces)
        while opening > 0 and _wholly_quoted(ctx, ctx.sents[opening - 1]):
            opening -= 1
    return opening - 1 if opening > 0 else None


def _wholly_quoted(ctx: _Ctx, sent) -> bool:
    """Is every word of the sentence inside quotation marks?"""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return bool(words) and all(ctx.inside_quote(t.idx) for t in words)


@functools.lru_cache(maxsize=1)
def _epithet_nouns() -> frozenset[str]:
    return lexicon.words("analyse/epithet_nouns.txt")


def _indefinite_before(ctx: _Ctx, np) -> bool:
    """Is a noun brought in with "a", "an" or "another" in the sentence right before the bare
    description ``np`` or in its own sentence before it ("shot an intruder", "rescued a
    teenager", "found a suspect"), a noun that may name a person (``_maybe_person``)? Any such
    noun may be the unnamed person "the man" or "the teen" points back to (the round-forty-five
    review: four wrong speakers of that shape); "a bear attacked him" is no one."""
    before = _sentence_before(ctx, np[0])
    start = ctx.sents[before].start if before is not None else np.sent.start
    return any(t.pos_ == "NOUN" and _maybe_person(t) and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)
               for t in ctx.sdoc[start : np.start] if not ctx.inside_quote(t.idx))


_AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian")


def _maybe_person(t) -> bool:
    """A noun that may name a person: a word of the person-noun lists, or one with an agent's
    ending ("intruder", "stranger", "attendant"); "a bear", "a barn" are not (a river's "-er"
    makes it one too: that only leaves the speaker open)."""
    lemma = t.lemma_.lower()
    return (lemma in speakers.person_nouns() or lemma in lexicon.words("analyse/person_word_extras.txt")
            or lemma.endswith(_AGENT_ENDINGS))


def _noun_used_before(ctx: _Ctx, subj, np) -> bool:
    """Does the text write the head noun of the bare description ``np`` ("the man") before it
    in any other use than the same bare pointing back: "a man", "men", "the other man", "the
    man's brother" (an unnamed one brought in; round forty-five)?"""
    lemma = subj.lemma_.lower()
    for t in ctx.sdoc[: np.start]:
        if t.pos_ != "NOUN" or t.lemma_.lower() != lemma:
            continue
        kids = [c for c in t.children if c.dep_ != "punct"]
        if t.tag_ == "NN" and len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the":
            continue
        return True
    return False


def _epithet_subject(ctx: _Ctx, subj, np, out: dict, role: str | None = None) -> dict | None:
    """"Ben Roe says he is under attack. / '...,' the retired neurosurgeon told a talk show":
    a definite description with a modifier before its head, the head a word for what a public
    person is (data/analyse/epithet_nouns.txt, or a role word), names again the tagged person who
    is the main subject of the sentence right before (or right before the quotation its tag
    closes). Refused when anyone else is named from that sentence up to the description
    (outside quotation marks: "Roe attacked Doe. The senator said" may be Doe), an unnamed
    person is written there, the description's gender clashes with the person's, or the
    document describes another person with the same head noun ("candidate Jim Doe").
    Else None (issue 18, round forty).

    ``role``: the description's head is this office word ("the president", "the Vermont
    senator") and the document names several holders, so the one-holder readers
    (_titled_holder, _role_antecedent) abstained. The same reading then picks the main subject
    of the sentence right before, but only when the document itself ties that person to the
    office (_holds_office) and every modifier that could tell two holders apart is written
    beside that person's name (_office_modifiers_written); no modifier is needed, since the
    office is the tie (issue 18, round forty-one)."""
    if np[0].lower_ != "the" or subj.tag_ != "NN" or ctx.inside_quote(subj.idx):
        return None
    lemma = subj.lemma_.lower()
    # round forty-five: "the man", "the teen" alone, the bare words for a person of no trade
    # (data/analyse/bare_epithet_nouns.txt), under the same guards; only the two words, and
    # only when the text never used the noun of anyone else before
    bare = role is None and len(np) == 2 and lemma in lexicon.words("analyse/bare_epithet_nouns.txt")
    if bare and _noun_used_before(ctx, subj, np):
        return None  # "a man's life was saved ... The man said": the noun brought in someone unnamed
    if bare and _indefinite_before(ctx, np):
        return None  # "Tom Reed shot an intruder ... The man told police": anyone brought in may be him
    # the list only: any person noun ("the retired teacher", "the local farmer") is as often
    # someone new the reporter met as the person named before (the round-forty review)
    if role is None and not bare and lemma not in _epithet_nouns() and subj.lower_ not in _epithet_nouns():
        return None
    if role is None and not bare and not any(t.i < subj.i and t.dep_ in ("amod", "compound", "nummod", "nmod")
                                             and t.head.i == subj.i for t in np):
        return None  # "the candidate" alone may point anywhere
    if subj.head.lemma_.lower() in lexicon.words("analyse/reply_cues.txt"):
        return None  # "Roe opened the debate. '...,' the Democratic candidate replied": the other side answers
    # from the description's first word: a quotation closes right before "the", not before its head
    before = _sentence_before(ctx, np[0])
    if before is None:
        return None
    who = _previous_subject(ctx, before + 1)
    if who is None or who >= ctx.n_named:
        return None
    entity = ctx.entity(who)
    sent = ctx.sents[before]
    for j, m in _others_named(ctx, who, sent.start_char, np.start_char):
        if j < ctx.n_named or m.text[:1].isupper():
            return None  # someone else named there: the description may be theirs
    surname = ctx.candidates[who].text.split()[-1].lower()
    roles = {r.lower() for j in range(ctx.n_named) if ctx.entity(j) == entity or (
        ctx.candidates[j].label == "PERSON" and ctx.candidates[j].text.split()[-1].lower() == surname)
        for r in ctx.candidates[j].context.roles}
    if role is not None:
        if not _holds_office(ctx, entity, role) or not _office_modifiers_written(ctx, entity, subj, np, role):
            return None  # "Roe spoke. The senator said": Roe is no senator the text tells of
    elif roles and lemma not in roles and subj.lower_ not in roles:
        # "Trump called on Mayor Bill de Blasio to ... De Blasio disbanded the unit. / '...,' the
        # Republican presidential candidate said": the person before holds another role in this
        # document, so the epithet is someone else's (the round-forty PolNeAR census)
        return None
    gender = speakers.person_noun_gender(subj)
    told = speakers.told_gender(ctx, who) or ctx.gender(entity)
    if gender is not None and told is not None and gender != told:
        return None
    closed = _closed_right_before(ctx, np.start_char)
    if closed and any(_speaks_of_gender(ctx.text[closed[-1] : np.start_char], p)
                      for p in ({"m": ("he",), "f": ("she",)}.get(told or gender or "", ("he", "she")))):
        return None  # "Roe was treated for burns. 'He is lucky,' the attending surgeon said": of Roe, not Roe's
    if speakers.unnamed_person_before(ctx, sent.start_char, subj, told or "m", proper=True,
                                      titled=lambda t: _titles_of(ctx, t, who)) and (told or gender) is not None:
        return None  # "his son", "the chairman" between: someone else in view
    for j in range(ctx.n_named):
        if ctx.candidates[j].label == "PERSON" and ctx.entity(j) != entity \
                and any(t.lemma_.lower() == lemma for t in speakers.description_tokens(ctx, ctx.candidates[j])):
            return None  # "candidate Jim Doe": the document gives another person this head noun
    conf = speakers.weights()["epithet_confidence"]
    if role is not None:
        return _conf(dict(out, antecedent_mention=who), conf,
                     f"'{np.text}' -> {speakers.fullest_name(ctx, who)}: the main subject of the sentence right before, "
                     f"whom the document ties to the office '{role}', no one else named from there up to it")
    return _conf(dict(out, antecedent_mention=who), conf,
                 f"'{np.text}' -> {speakers.fullest_name(ctx, who)}: an epithet for the main subject of the sentence "
                 "right before, no one else named from there up to it")


def _office_tokens(ctx: _Ctx, entity: int):
    """(mention, token) pairs: for each tagged mention of ``entity``, its first word and the
    word right before it, where a title is written ("President Jane Roe", "Sen. Roe")."""
    for j in range(ctx.n_named):
        if ctx.entity(j) != entity or ctx.inside_quote(ctx.candidates[j].start):
            continue
        span = ctx.span(j)
        if span is None:
            continue
        yield j, span[0]
        if span.start > 0:
            yield j, ctx.sdoc[span.start - 1]


def _holds_office(ctx: _Ctx, entity: int, role: str) -> bool:
    """Does the document tie ``entity`` to the office ``role``: the word or its abbreviation
    written as a title before one of its names ("President Jane Roe", "Vermont Sen. Roe"), or
    the word in its description ("Roe, the senator from Vermont")?"""
    abbrevs = speakers.title_abbreviation_nouns().get(role, frozenset()) | {role}
    if any(t.lower_ in abbrevs for _, t in _office_tokens(ctx, entity)):
        return True
    for j in range(ctx.n_named):
        if ctx.entity(j) != entity:
            continue
        m = ctx.candidates[j]
        if role in {r.lower() for r in m.context.roles} or any(
                x.lemma_.lower() == role for x in speakers.description_tokens(ctx, m)):
            return True
    return False


def _office_modifiers_written(ctx: _Ctx, entity: int, subj, np, role: str) -> bool:
    """Do the modifiers of the office word fit the person? A title word ("the vice president"
    is not the president) or a title modifier ("the former governor") must be written within a
    few words of one of the person's names ("former Gov. Roe"). A capitalised word ("the
    Vermont senator") must be written so with the person and with no other person named
    ("Texas Sen. Jim Doe": "the Texas senator" is his, whoever the sentence before was about;
    round forty-one's review: a word the text gives no one, or gives near two people, leaves
    the speaker open). A plain adjective ("the first-term senator") tells no holder apart."""
    own = [ctx.candidates[j] for j in range(ctx.n_named) if ctx.entity(j) == entity]
    others = {ctx.entity(j) for j in range(ctx.n_named) if ctx.candidates[j].label == "PERSON"
              and ctx.entity(j) != entity}
    others_named = [ctx.candidates[j] for j in range(ctx.n_named) if ctx.entity(j) in others]
    for t in np:
        if t.i >= subj.i or t.lower_ == "the":
            continue
        if t.lower_ in names.titles() or t.lower_ in lexicon.words("title_modifiers.txt"):
            if not speakers.written_near(ctx.text, own, [t.lower_]):
                return False
        elif t.text[:1].isupper() and (not speakers.written_near(ctx.text, own, [t.lower_])
                                       or speakers.written_near(ctx.text, others_named, [t.lower_])):
            # round forty-one review: the word must be written with the person and with no one
            # else named ("Sen. Jane Roe of Vermont ... Sen. Jim Doe opposed it. '...,' the Vermont
            # senator said" had gone to Doe, whose name stood within reach of Roe's "Vermont";
            # "Sen. Jane Roe, D-Vt." writes no "Vermont" at all): else open
            return False
    return True


def _others_named(ctx: _Ctx, who: int, start: int, end: int):
    """The candidates from ``start`` up to ``end``, outside quotation marks, that may be someone
    other than person ``who``: a tagged person of another entity, or any untagged candidate,
    whose last word is not ``who``'s last name (the epithet's and the prior voice's rivals)."""
    entity = ctx.entity(who)
    last = speakers.fullest_name(ctx, who).split()[-1:]
    for j, m in enumerate(ctx.candidates):
        if not (start <= m.start < end) or ctx.inside_quote(m.start):
            continue
        if j < ctx.n_named and (m.label != "PERSON" or ctx.entity(j) == entity):
            continue
        if m.text.split()[-1:] == last:
            continue
        yield j, m


def _closed_right_before(ctx: _Ctx, pos: int) -> list[int]:
    """The openings of the quotations that close right before ``pos`` (only a comma, space or
    closing mark between): the words a tag at ``pos`` closes ('"...," he said')."""
    return [a for a, b in ctx.quoted if b <= pos and not ctx.text[b:pos].strip(" ,\"'\u201d\u2019")]


def _subject_just_before(ctx: _Ctx, entity, sent) -> bool:
    """Is ``entity`` the main clause's subject of the sentence right before ``sent``?"""
    k = ctx.sent_no(sent.start_char)
    if k == 0:
        return False
    lo = ctx.sents[k - 1].start_char
    for j in range(ctx.n_named):
        m = ctx.candidates[j]
        if ctx.entity(j) != entity or not (lo <= m.start < sent.start_char) or ctx.inside_quote(m.start):
            continue
        span = ctx.span(j)
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.dep_ == "ROOT":
            return True
    return False


def _prior_voice(ctx: _Ctx, subj, res, last_speaker: dict | None) -> tuple[int, float, str] | None:
    """The speaker a he/she subject of a cue goes on from: the person the hand rules pick (or
    the scorer's own pick, below the threshold) when that person is the subject of a verb of
    saying that is the main verb of the sentence right before the pronoun's, or right before
    the quotation the pronoun's tag closes ("Roe said Doe had lost. / 'He is done,' he said";
    "Roe announced a plan. / '...,' he said"). News writes a new speaker by name; a he/she
    tag right after a saying continues that voice, and a name inside what was said (Doe) is
    what it was about, not a second voice. The subject may itself be a same pronoun whose
    quote was given to the person confidently ("He said that Doe ... / '...,' he said").
    Refused when any other person, an untagged capitalised name or an unnamed person who
    could be the pronoun is named outside that saying's own words from there up to the
    pronoun, when the person's gender clashes, or when the quote between was someone else's
    (round forty, issue 18: the fitted weights' salient candidate several sentences back
    outvoted the speaker of the sentence before)."""
    gender = _PRONOUNS.get(subj.lower_)
    if gender not in ("m", "f") or subj.dep_ not in ("nsubj", "nsubjpass") or ctx.inside_quote(subj.idx):
        return None
    if res.mention is None:
        return None
    if res.hand is not None:
        who = res.hand[0]
    elif "the hand rules agree" in res.evidence:
        who = res.mention
    else:
        return None
    if who >= ctx.n_named or ctx.candidates[who].label != "PERSON":
        return None
    entity = ctx.entity(who)
    found = _saying_before(ctx, subj, entity, last_speaker)
    topic = None
    if found is None:
        # "Roe predicted that Doe would lose. / '...,' he said": the pick, Doe, is named there
        # only inside what Roe said (what the saying was about), so Roe goes on speaking
        found = _saying_before(ctx, subj, None, last_speaker)
        if found is None:
            return None
        said = _said_tokens(found[1], found[2], subj)
        near = [j for j in range(ctx.n_named) if ctx.entity(j) == entity and found[0].start_char <= ctx.candidates[j].start < subj.idx
                and not ctx.inside_quote(ctx.candidates[j].start)]
        if not near or any(ctx.span(j) is None or ctx.span(j).root.i not in said for j in near):
            return None
        if _subject_just_before(ctx, entity, found[0]):
            # "Doe was released on bail. Sheriff Roe told reporters about Doe's arrest. / 'I am
            # innocent,' he said": the pick was the story's subject right before the saying,
            # so what Roe spoke about may be the one who goes on speaking (the round-forty review)
            return None
        topic = ctx.candidates[who].text
        who = ctx.tok_mention[found[2].i]
        entity = ctx.entity(who)
    sent, verb, speaker = found
    if any(c.dep_ == "conj" for c in speaker.children):
        return None  # "Jane Roe and Mary Doe said ...": a joint subject, one of two (_joint_pick's)
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # "Hale will speak tonight": no saying yet to go on from
    told = _told_gender(ctx, who, gender)
    if told is not None and told != gender or ctx.gender(entity) not in (None, gender):
        return None
    said = _said_tokens(verb, speaker, subj)
    for j, m in _others_named(ctx, who, sent.start_char, subj.idx):
        span = ctx.span(j)
        if span is not None and span.root.i in said and span.root.i != speaker.i:
            if j < ctx.n_named and m.label == "PERSON" and _subject_just_before(ctx, ctx.entity(j), sent):
                # "Doe returned to training. Coach Roe spoke about Doe's recovery. / 'My knee feels
                # great,' he said": what was said is about the subject right before, who may be the
                # one who goes on speaking (the round-forty review)
                return None
            continue  # named in what was said, or in the speaker's own phrase: not a voice
        if j < ctx.n_named and (_told_gender(ctx, j, gender) or ctx.gender(ctx.entity(j))) not in (None, gender):
            continue  # a woman named beside a "he": no rival
        if j < ctx.n_named or m.text[:1].isupper():
            return None  # another person, or a name the tagger left untagged, outside the saying
    if speakers.unnamed_person_before(ctx, sent.end_char, subj, gender, proper=True,
                                      titled=lambda t: _titles_of(ctx, t, who)):
        return None  # "his son", "the president" after the saying: someone else in view
    if _other_speaker_between(ctx, subj, who, sent.end_char, last_speaker):
        return None
    if _other_saying_between(ctx, subj, entity, verb.idx + len(verb.text)):
        return None  # "..., the BBC's Jo Roe reports. / He adds that ...": the nearer voice
    closed = _closed_right_before(ctx, subj.idx)
    if closed and _speaks_of_gender(ctx.text[closed[-1] : subj.idx], subj.lower_) and not any(
            ctx.candidates[j].label == "PERSON" and ctx.entity(j) != entity and ctx.span(j) is not None
            and ctx.span(j).root.i in said for j in range(ctx.n_named)):
        return None  # '"He has little left," he said' after Hale's saying: the words speak of Hale, so not his
    conf = speakers.weights()["prior_voice_confidence"]
    return who, conf, (f"'{subj.text}' -> {speakers.fullest_name(ctx, who)}: the subject of '{verb.text}', the saying "
                       "right before, and no other person named outside what was said from there up to it"
                       + (f" ({topic}, the scorer's pick, is named there only in what was said)" if topic else ""))


def _other_saying_between(ctx: _Ctx, subj, entity: int, start: int) -> bool:
    """Is a verb of saying, outside quotation marks, written from ``start`` up to the pronoun
    ``subj`` with a subject that is neither a name of ``entity`` nor a pronoun like ``subj``
    (a saying of someone else, tagged or not, between the voice and the pronoun)?"""
    span = ctx.sdoc.char_span(start, subj.idx, alignment_mode="expand")
    for t in span if span is not None else ():
        if t.i >= subj.i or ctx.inside_quote(t.idx) or not is_cue(t):
            continue
        for c in t.children:
            if c.dep_ not in ("nsubj", "nsubjpass") or c.i == subj.i or c.lower_ == subj.lower_:
                continue
            j = ctx.tok_mention.get(c.i)
            if j is None or j >= ctx.n_named or ctx.entity(j) != entity:
                return True
    return False


def _said_tokens(verb, speaker, subj) -> set[int]:
    """The token indices of what a saying ``verb`` said and of its ``speaker``'s own phrase, and
    of what the pronoun ``subj``'s own tag reports (see _prior_voice)."""
    # what was said (its clause, its "of"/"about" phrase) and the speaker's own phrase ("Roe, an
    # aide to Doe,"); not a clause joined to the saying ("Roe said ..., and Doe agreed"), nor an
    # object, an addressee or a partner ("Roe told Doe", "argued with Doe"): they may answer
    said = {t.i for c in verb.children if c.dep_ in _SAID_DEPS or c.i == speaker.i
            or c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS for t in c.subtree}
    # "..., suggesting that Doe ...": a saying of the same subject hung on the first
    said |= {t.i for c in verb.children if c.dep_ == "advcl" and is_cue(c)
             and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree}
    # the words the pronoun's own tag reports ("He is leaning toward Doe, he said"): what is
    # said, not a voice either
    # (only a clause the parse hangs on the tag: a tag set inside its sentence, "Doe's remarks
    # were aimed at critics, he said", may stand for the name before it)
    said |= {t.i for c in subj.head.children if c.dep_ == "ccomp" for t in c.subtree}
    return said


def _plain_organisation(ctx: _Ctx, subj, pick: int | None) -> int | None:
    """The organisation a reader takes an "it" subject of a cue for when the scorer picked it
    but below the threshold (round twenty-three, 18o): the tagged organisation that is the
    subject of the main clause of the sentence right before ("The Acme Bank, whose offices were
    hit, is sending a team. / It has announced $5m in aid"), with no other organisation and no
    other subject before the pronoun in its own sentence named from the start of that sentence up
    to the pronoun. Else None ("Acme's shares fell. It said": the shares are the subject)."""
    if subj.lower_ != "it" or subj.dep_ != "nsubj" or pick is None or pick >= ctx.n_named or ctx.inside_quote(subj.idx):
        return None
    k = ctx.sent_no(subj.idx)
    if k == 0 or ctx.mentions[pick].label != "ORG":
        return None
    before = ctx.sents[k - 1]
    root = before.root
    span = ctx.span(pick)
    if span is None or not (before.start <= span.root.i < before.end) or span.root.dep_ != "nsubj" \
            or span.root.head.i != root.i or ctx.inside_quote(span.start_char):
        return None
    own = ctx.entity(pick)
    for j in range(ctx.n_named):
        m = ctx.mentions[j]
        if before.start_char <= m.start and m.end <= subj.idx and m.label in ("ORG", "NORP", "GPE") \
                and ctx.entity(j) != own:
            return None
    if subj.sent.start != subj.i and any(t.dep_ in ("nsubj", "nsubjpass") and t.i < subj.i for t in subj.sent):
        return None
    return pick


def _plain_antecedent(ctx: _Ctx, subj, last_speaker: dict | None) -> tuple[int, float, str] | None:
    """The person a reader takes a he/she subject of a cue for, when the scorer left it open
    (round seventeen, 18h): (a) the speaker of the quote just before, a tagged person, when
    that quote ended in the sentence before or the one before that and from its sentence up
    to the pronoun no one else who could be the pronoun is named ("Jane Roe said ... / '...,'
    she said ... / '...,' she added"); else (b) the named subject of the main clause of the
    sentence before, with no one else who could be the pronoun named from that sentence up
    to the pronoun ("Tom Acre worried about the marsh. / '...,' he said"). Who could be the
    pronoun: another tagged person of its gender or of none told, an untagged capitalised
    name, a role noun of its gender or of none ("his son", "the president"), outside
    quotation marks; a name that only modifies another noun ("the Roe administration") or a
    title of the person's own phrase does not count. The person's gender must agree: told by
    an honorific or a first name, or (lower confidence) by the pronouns the entity stage saw
    after the name. Else None: the quote stays open. Our own rule (no coreference model
    installs offline); it abstains wherever a second candidate is in view."""
    gender = _PRONOUNS.get(subj.lower_)
    if gender is None or subj.dep_ not in ("nsubj", "nsubjpass") or ctx.inside_quote(subj.idx):
        return None
    k = ctx.sent_no(subj.idx)
    w = speakers.weights()
    chain = _chain_speaker(ctx, subj, last_speaker, k)
    if chain is None:
        prev = _previous_subject(ctx, k) if k > 0 else None
        if prev is None:
            return None
        chain = prev, ctx.sents[k - 1].start_char, "the named subject of the sentence before"
    who, start, why = chain
    told = _told_gender(ctx, who, gender)
    if told is not None and told != gender:
        return None
    hint = told is None and ctx.gender(ctx.entity(who)) == gender
    if told is None and not hint:
        return None
    # a name inside the chosen person's own reported words is no rival only when the name
    # itself tells the gender (a Mr. and a Mrs. of one surname folded into one entity: "Khan")
    if _rival_in_window(ctx, subj, who, gender, start, topics=told == gender):
        return None
    if _other_speaker_between(ctx, subj, who, start, last_speaker):
        return None
    conf = w["plain_antecedent_confidence"] if told == gender else w["plain_antecedent_hint_confidence"]
    told_by = "gender told by the name" if told == gender else "gender from the pronouns after the name"
    return who, conf, (f"'{subj.text}' -> {speakers.fullest_name(ctx, who)}: {why}, {told_by}; "
                       f"no other person who could be '{subj.text}' named from there up to it")


def _other_speaker_between(ctx: _Ctx, subj, who: int, start: int, last_speaker: dict | None) -> bool:
    """Did someone else speak the quotation that stands between ``start`` (where the chosen
    person is named) and the pronoun? ("Graham pressed on: Why ...? / Suttles: '...' / He
    said ...": a transcript turn's speaker, whose label the tagger did not make a mention,
    is no name in the window, but his quote is; round thirty-two, seed 131's wapo Q31,
    in-sample.) A quote given to another entity, confidently, ending before the pronoun."""
    if not last_speaker or last_speaker.get("mention") is None or "span" not in last_speaker:
        return False
    a, b = last_speaker["span"]
    if a < start or b > subj.idx or (last_speaker.get("confidence") or 0.0) < speakers.threshold():
        return False
    return ctx.entity(last_speaker["mention"]) != ctx.entity(who)


def _chain_speaker(ctx: _Ctx, subj, last_speaker: dict | None, k: int) -> tuple[int, int, str] | None:
    """(mention, window start, evidence) of the tagged person who spoke the quote just before,
    when it ended at most two sentences before the pronoun's and was given confidently."""
    if not last_speaker or last_speaker.get("mention") is None or "span" not in last_speaker:
        return None
    i = last_speaker["mention"]
    if i >= ctx.n_named or ctx.candidates[i].label != "PERSON":
        return None  # an organisation's quote before a "he" is not his
    if (last_speaker.get("confidence") or 0.0) < speakers.threshold():
        return None
    if not last_speaker.get("named") and not (last_speaker.get("via") == "pronoun" and last_speaker.get("pronoun") == subj.lower_):
        return None  # a description resolved to a name ("the CEO" -> a president) is no link to build on
    a, b = last_speaker["span"]
    n = k - ctx.sent_no(max(a, b - 1))  # sentences back from the pronoun's to the quote's end
    if b > subj.idx or n > 2:
        return None
    return i, ctx.sents[ctx.sent_no(a)].start_char, (
        f"the speaker of the quote just before ({n} sentence{'s' if n != 1 else ''} back), only their words between")


def _inner_subject(ctx: _Ctx, subj, chosen: int) -> str | None:
    """Why a he/she given to ``chosen`` stays open (None: it may stand): ``chosen`` is named in the
    sentence before the pronoun's, but not as its main subject, and that main subject is another
    person the pronoun may stand for ("Roe, later alleging that President Doe wanted to admit
    more refugees, said he would deport them. (On Monday he said ...)": the scorer and the hand
    rules took Doe, the subject of a clause inside Roe's words, as the subject in parallel; with
    "Roe" untagged, Doe had no rival at all). Issue 18, round thirty-five (integrator; seed 149's
    wash-post sample, a wrong speaker the rebuilt draw brought in, on the base code too). The
    main subject is the root's nsubj, or the name opening the sentence before a comma when the
    parse gave the root no subject (_main_subject_token), in the parse's own sentence right before
    the pronoun's; a tagged one must be typed a person whose gender does not rule the pronoun
    out, an untagged one a capitalised proper noun. The pronoun's own sentence is left to the
    scorer. Census (PolNeAR train 301-840 outside the sample, 450 texts, and three Timeline17 dev
    topics, 789 texts): 1 speaker changed, wrong before ("He wrote" after a paragraph on a
    book's author, given to the woman the book is about), now open; Timeline17 unchanged. Drafts
    that read the main subject off a sentence the parse ran over a paragraph break, or took an
    acronym ("BP") or a body-typed name for a person, left 5 right Timeline17 speakers open; the
    paragraph, capitals and person-elsewhere guards below are what mended them."""
    if subj.lower_ == "it":
        return _inner_body_subject(ctx, subj, chosen)
    gender = _PRONOUNS.get(subj.lower_)
    span = ctx.span(chosen)
    if gender is None or span is None or chosen >= ctx.n_named or subj.sent.start == 0:
        return None
    i = subj.sent.start - 1
    while i > 0 and ctx.sdoc[i].is_space:
        i -= 1  # over a paragraph break the parse set apart
    before = ctx.sdoc[i].sent  # the parse's own sentence right before the pronoun's
    if not before.start <= span.root.i < before.end:
        return None
    main = _main_subject_token(before)
    if main is None or span.start <= main.i < span.end or ctx.inside_quote(main.idx):
        return None
    lo, hi = sorted((main.idx, span.start_char))
    if "\n" in ctx.text[lo:hi]:
        return None  # the parse ran two paragraphs into one sentence: no main subject read across them
    if span.root.dep_ == "appos" and span.root.head.i == main.i:
        return None  # "The group's chief, Jane Roe, said ...": the name is the main subject's own
    j = ctx.tok_mention.get(main.i)
    if j is not None and ctx.mentions[j].label == "PERSON":
        if ctx.entity(j) == ctx.entity(chosen):
            return None
        told = _told_gender(ctx, j, gender) or ctx.gender(ctx.entity(j))
        if told not in (None, gender):
            return None
        who = ctx.mentions[j].text
    elif j is not None and main.pos_ == "PROPN" and not main.text.isupper() and any(
            m.label == "PERSON" and m.text.split()[-1:] == [main.text] for m in ctx.mentions):
        who = main.text  # "Roe" typed a body here, a person's surname elsewhere in the text: may be the he
    elif j is not None:
        return None  # a body, a place or a law the tagger named: no rival for a he/she
    elif main.pos_ == "PROPN" and main.text[:1].isupper() and not main.text.isupper() and main.text.lower() not in _PRONOUNS:
        who = main.text
    else:
        return None
    return f"{who} is the main subject of the sentence before, {ctx.mentions[chosen].text} only inside it: open"


def _inner_body_subject(ctx: _Ctx, subj, chosen: int) -> str | None:
    """Why an "it" given to ``chosen`` stays open (None: it may stand): the sentence before the
    pronoun's has a verb of saying as its main verb, ``chosen`` is named only inside what was
    said (the reported clause), and the main subject, the one who said it, is another body an
    "it" may stand for: "But Transocean said BP was seeking to conceal the cause. / '..., BP
    made a series of cost-saving decisions,' it said" (round fifty-nine, seed 174 conflicts over
    bpoil_reuters, D230: given to BP, the subject inside Transocean's words, which the scorer
    took as the subject in parallel; Transocean, typed a people, was no candidate at all). The
    pronoun of a "said" chain goes on from the saying verb's subject. That subject counts when
    it is no person (a tagged person, a person's noun, he/she/I/we/you: "it" cannot be one, so
    ``chosen`` may stand): a name (tagged or not), an organisation's noun, or a thing. Open
    rather than the saying subject: often no organisation the entity stage holds. Not when the
    sentence before has no verb of saying, nor when ``chosen`` is that subject's own
    (apposition, or the same entity)."""
    span = ctx.span(chosen)
    if span is None or chosen >= ctx.n_named or subj.sent.start == 0 or subj.dep_ not in ("nsubj", "nsubjpass"):
        return None
    i = subj.sent.start - 1
    while i > 0 and ctx.sdoc[i].is_space:
        i -= 1
    before = ctx.sdoc[i].sent
    if not before.start <= span.root.i < before.end:
        return None
    root = before.root
    if not is_cue(root):
        return None
    main = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if main is None or span.start <= main.i < span.end or ctx.inside_quote(main.idx) or ctx.inside_quote(span.start_char):
        return None
    # ``chosen`` inside the reported clause: a clause of the saying verb, not its subject's phrase
    node = span.root
    while node.i != root.i and node.head.i != root.i:
        node = node.head
    if node.i == root.i or node.dep_ not in ("ccomp", "xcomp", "advcl", "parataxis") or node.i == main.i:
        return None
    if "\n" in ctx.text[min(main.idx, span.start_char) : max(main.idx, span.start_char)]:
        return None
    if main.lower_ in _PRONOUNS or main.pos_ == "PRON":
        return None  # "it said BP ...": the chain's own earlier pronoun, left to the scorer
    j = ctx.tok_mention.get(main.i)
    if j is not None:
        if ctx.mentions[j].label == "PERSON" or ctx.entity(j) == ctx.entity(chosen):
            return None
        who = ctx.mentions[j].text
    elif main.lemma_.lower() in speakers.person_nouns() or main.lower_ in speakers.person_nouns():
        return None  # "the spokesman said Acme ...": no "it"
    elif (main.pos_ == "PROPN" and main.text[:1].isupper()) or main.pos_ == "NOUN":  # a name, or "the report"
        who = ctx.sdoc[main.left_edge.i : main.i + 1].text
    else:
        return None
    return (f"{who} is the subject of '{root.text}' in the sentence before, {ctx.mentions[chosen].text} only inside "
            "what it said: the 'it' of a saying chain goes on from the one who said it: open")


def _main_subject_token(sent):
    """The head of the sentence's main subject: the root's nsubj, or, where the parse gave the
    root none, the proper noun opening the sentence before a comma ("Roe, later alleging that
    ..., said ...": the small model hung "Roe" on the clause inside), else None."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        return subj
    run = []
    for t in sent:
        if t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i == sent.start):
            run.append(t)
            continue
        break
    if run and run[-1].i + 1 < sent.end and sent.doc[run[-1].i + 1].text == ",":
        return run[-1]
    return None


def _previous_subject(ctx: _Ctx, k: int) -> int | None:
    """The tagged person who is the subject of the main clause of sentence k - 1 (outside
    quotation marks), or None."""
    before = ctx.sents[k - 1]
    root = before.root
    for t in before:
        if t.i not in ctx.tok_mention or t.pos_ != "PROPN" or ctx.inside_quote(t.idx):
            continue
        if t.i == root.i:
            pass  # a sentence the parse reads with no verb, its root the name ("Roe, head of ..., worried about it")
        elif t.dep_ not in ("nsubj", "nsubjpass") or not (
                t.head.i == root.i or (t.head.dep_ == "conj" and t.head.head.i == root.i)):
            continue
        j = ctx.tok_mention[t.i]
        if ctx.mentions[j].label == "PERSON":
            return j
    return None


def _rival_in_window(ctx: _Ctx, subj, who: int, gender: str, start: int, topics: bool = False) -> bool:
    """Is anyone named from ``start`` up to the pronoun who could be it besides ``who`` (see
    _plain_antecedent)? With ``topics``, a name inside ``who``'s own reported words is none
    (``_topic_of_speech``)."""
    entity = ctx.entity(who)
    last = speakers.fullest_name(ctx, who).split()[-1:]
    for j, m in enumerate(ctx.candidates):
        if m.start < start or m.start >= subj.idx or ctx.inside_quote(m.start):
            continue
        if j < ctx.n_named:
            if m.label != "PERSON" or ctx.entity(j) == entity or m.text.split()[-1:] == last:
                continue  # "Fukuda" beside "Keiji Fukuda", held apart by the tagger: the same man
            span = ctx.span(j)
            if span is not None and span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN":
                continue  # "the Roe administration": a name that only modifies another noun
            if topics and span is not None and _topic_of_speech(ctx, span.root, entity, subj):
                continue  # "Roe said Doe had failed. '...,' he said": Doe is what Roe spoke of
            other = _told_gender(ctx, j, gender) or ctx.gender(ctx.entity(j))
            if other in (None, gender):
                return True
        elif m.text[:1].isupper() and m.text.split()[-1:] != last:
            return True  # a capitalised name the tagger left untagged: anyone
    # "his son", "the president": an unnamed person who could be the pronoun
    return speakers.unnamed_person_before(ctx, start, subj, gender, proper=True, titled=lambda t: _titles_of(ctx, t, who))


def _topic_of_speech(ctx: _Ctx, tok, entity: int, subj) -> bool:
    """Is ``tok`` (a name's head) inside the reported content of a saying verb whose subject is a
    name of ``entity`` ("Roe said [that Doe had failed]", "Roe said of [Doe]"), in a sentence
    before the pronoun ``subj``'s? Such a name is what the speaker talked about, not a second
    voice in the passage (round thirty-five). Never in the pronoun's own sentence: a parse that
    runs two sentences into one hangs the next one's subject under the saying verb ("X said
    that ... In a separate move, Doe filed a suit, which he said ...": he is Doe; Timeline17).
    Census (PolNeAR train 301-840 minus the keep-off list, and Timeline17 dev): with the hand
    pick above it gives 15 + 7 open quotes their speaker, all read right."""
    if tok.sent.start >= subj.sent.start:
        return False
    for a in tok.ancestors:
        if a.sent.start != tok.sent.start:
            return False
        if not is_cue(a):
            continue
        speaker = [c for c in a.children if c.dep_ == "nsubj" and c.i in ctx.tok_mention]
        if not speaker or ctx.entity(ctx.tok_mention[speaker[0].i]) != entity:
            return False
        inner = [c for c in a.children if c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "of")]
        return any(tok.i in {t.i for t in c.subtree} for c in inner)
    return False


def _untagged_near(ctx: _Ctx, i: int, subj) -> bool:
    """Is untagged name candidate i, which a he/she was given to, near enough to name it
    from the document's own tagging (round sixteen, 18o)? In the pronoun's sentence or the one
    before, with no other name (tagged as a person, or an untagged name of other words)
    between it and the pronoun: "Fukuda said ... / the health secretary, Nicola Sturgeon,
    said. / '...,' she said" is not Fukuda's, whatever the scorer weighed."""
    span = ctx.span(i)
    if span is None:
        return False
    if ctx.sent_no(subj.idx) - ctx.sent_no(span.start_char) > 1:
        return False
    last = span.text.split()[-1]
    for j, m in enumerate(ctx.candidates):
        if j != i and span.end_char <= m.start < subj.idx and (m.label == "PERSON" or j >= ctx.n_named) \
                and m.text.split()[-1:] != [last]:
            return False
    return True


def _opening_before(ctx: _Ctx, subj) -> int | None:
    """Where the quotation a he/she cue closes ('"... / ...," she says') opens, when it
    opens in an earlier paragraph than the pronoun's: only a comma, a space or nothing
    between the quotation and the pronoun. None otherwise (round thirteen, 18c)."""
    text = ctx.text
    for a, b in ctx.quoted:
        if b <= subj.idx and not text[b : subj.idx].strip(" ,\"'\u201d\u2019"):
            return a if text.rfind("\n", 0, subj.idx) > a else None
    return None


@functools.lru_cache(maxsize=4)
def _gender_words(pronoun: str) -> re.Pattern[str] | None:
    """Every form of data/pronouns.tsv of ``pronoun``'s gender ("he": he, him, his, himself)
    as one pattern; None for a pronoun of no gender."""
    table = speakers.pronouns()
    gender = table.get(pronoun, (None,))[0]
    if gender is None:
        return None
    forms = sorted(f for f, row in table.items() if row[0] == gender)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", re.I)


def _speaks_of_gender(quoted: str, pronoun: str) -> bool:
    """Does a quotation speak of a he (or a she, after the pronoun of its cue)? '"He has little
    left to offer. / The boats stay in port," he said' after "Mayor Hale will speak tonight":
    the "he" inside is Hale, so the one who speaks is someone else (round thirteen, 18c)."""
    pattern = _gender_words(pronoun)
    return bool(pattern and pattern.search(quoted))


def _refused_guard(ctx: _Ctx, subj, out: dict) -> dict:
    """A pronoun resolved to someone whose latest mention before it says they gave no words
    ("Pat Doe, the head, was unavailable for comment. ... '...,' she said"): the words are
    someone else's (a spokeswoman named in between); the speaker stays open."""
    i = out.get("antecedent_mention")
    if i is None or i >= ctx.n_named:
        return out
    refused = _refused_comment(ctx, i, subj.idx)
    if refused is None:
        return out
    del out["antecedent_mention"]
    return _conf(out, 0.0, f"'{subj.text}' would be {ctx.mentions[i].text}, said to give no words "
                 f"('{refused}', the latest said of them before it): not the speaker of the words after; open")


def _refused_comment(ctx: _Ctx, i: int, pos: int) -> str | None:
    """The no-comment phrase (data/no_comment.txt) said of mention i's entity in the sentence
    of its latest mention before ``pos``, outside quotations, or None."""
    who = ctx.entity(i)
    latest = None
    for j in range(ctx.n_named):
        m = ctx.mentions[j]
        if m.end <= pos and ctx.entity(j) == who and not ctx.inside_quote(m.start):
            latest = j if latest is None or m.start > ctx.mentions[latest].start else latest
    span = ctx.span(latest) if latest is not None else None
    if span is None:
        return None
    rest = ctx.text[span.end_char : min(span.sent.end_char, pos)].lower()
    others = [m for k, m in enumerate(ctx.mentions[: ctx.n_named]) if span.end_char <= m.start < span.sent.end_char
              and ctx.entity(k) != who and m.label in _SAME_NAME_LABELS]
    subj = span.root
    while subj.dep_ in ("appos", "compound", "conj") and subj.head.i != subj.i:  # "The head, Pat Doe, was"
        subj = subj.head
    if subj.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for phrase in lexicon.lines("analyse/no_comment.txt"):
        at = rest.find(phrase)
        if at < 0 or any(m.start < span.end_char + at for m in others):
            continue
        words = ctx.sdoc.char_span(span.end_char + at, span.end_char + at + len(phrase), alignment_mode="expand")
        # the phrase's own verb must be the one the person is the subject of: not "Roe said
        # the patient did not respond to the drug"
        if words is not None and any(t.i == subj.head.i or t.head.i == subj.head.i for t in words):
            return phrase
    return None


def _note_joint(ctx: _Ctx, joint) -> None:
    """Keep a subject that joins exactly two named people and nothing else ("Jane Roe and
    John Doe", "Roe, the mayor, and Doe"), for a he/she after it; not "Roe and her lawyers"."""
    people = sorted({ctx.tok_mention[t.i] for t in joint if t.i in ctx.tok_mention
                     and ctx.mentions[ctx.tok_mention[t.i]].label == "PERSON"})
    others = [t for t in joint if t.dep_ == "conj" and t.pos_ in ("NOUN", "PRON", "PROPN") and t.i not in ctx.tok_mention]
    ctx.joint = (joint.end_char, people) if len(people) == 2 and not others \
        and len({ctx.entity(i) for i in people if i < ctx.n_named}) == 2 else None


def _joint_unsure(ctx: _Ctx, subj, mention: int) -> bool:
    """Is the scorer's pick one of a joint subject of two named people right before the he/she
    ("Jane Roe and Tavi Doe said ... / He added"), with _joint_pick unable to tell which (a
    gender not told)? Then open. The pronoun's own gender hint, cast on the first conjunct, can
    make that a "gender m" Jane Roe; this check does not lean on it (round forty-eight)."""
    people = _joint_before(ctx, subj)
    if people is None or ctx.entity(mention) not in {ctx.entity(i) for i in people if i < ctx.n_named}:
        return False
    return _joint_pick(ctx, subj) is None


def _joint_before(ctx: _Ctx, subj) -> list[int] | None:
    """The two named people of the joint subject right before the he/she subject ``subj`` (in
    its sentence or the one before, ``ctx.joint``), or None when there is none."""
    if _PRONOUNS.get(subj.lower_) is None or ctx.joint is None or subj.dep_ not in ("nsubj", "nsubjpass") \
            or ctx.inside_quote(subj.idx):
        return None
    end, people = ctx.joint
    if end > subj.idx or ctx.sent_no(subj.idx) - ctx.sent_no(max(0, end - 1)) > 1:
        return None
    return people


def _joint_pick(ctx: _Ctx, subj) -> tuple[int, str] | None:
    """"Jane Roe and John Doe said ... / He added that ...": a he/she subject of a cue in the
    sentence after a subject joining two named people is one of the two; the one whose gender
    agrees when exactly one does and the other's gender is told otherwise. Not when the other
    one's gender is not told, nor when anyone else who could be the pronoun (a person tagged or
    not, or an unnamed person noun) is named between. Our own rule, as _sole_speaker_before."""
    gender = _PRONOUNS.get(subj.lower_)
    people = _joint_before(ctx, subj)
    if gender is None or people is None or ctx.joint is None:
        return None
    end = ctx.joint[0]
    # not the pronouns after a name (the entity stage's hint), which after a joint subject would
    # read the very pronoun being resolved as the first conjunct's
    genders = [speakers.told_gender(ctx, i) for i in people]
    if None in genders or genders.count(gender) != 1:
        return None
    for m in ctx.candidates:
        if m.label == "PERSON" and end <= m.start < subj.idx and not ctx.inside_quote(m.start):
            return None
    if speakers.unnamed_person_before(ctx, end, subj, gender, in_names=True):
        return None
    pick = people[genders.index(gender)]
    other = people[1 - genders.index(gender)]
    return pick, (f"'{subj.text}' right after the joint subject of {ctx.mentions[pick].text} and "
                  f"{ctx.mentions[other].text}: the one of gender {gender} (the other's is not)")


def _same_open_pronoun(ctx: _Ctx, subj) -> tuple[str, int, int] | None:
    """The unnamed person a he/she of the quote just before stood for, or that quote's own
    unnamed speaker described as one person ("the author wrote", ``_described_person``: the
    pronouns it may be taken up with, "he/she" for either), when this is that pronoun, the
    subject of a cue within two sentences of that quote's end, with no person named in
    between: "The prime minister ... thanked them. He said: '...' ... He added: '...'".
    The resolver alone would reach past the unnamed one (now further back than it looks) to
    the last name of that gender; the writer's "he" goes on with the same person."""
    held = ctx.open_pronoun
    if held is None or subj.lower_ not in held[0].split("/") or subj.dep_ not in ("nsubj", "nsubjpass") \
            or held[1] > subj.idx:
        return None
    if ctx.sent_no(subj.idx) - ctx.sent_no(held[1]) > 2:
        return None
    if any(m.label == "PERSON" and held[1] <= m.start < subj.idx and not ctx.inside_quote(m.start)
           for m in ctx.candidates):
        return None
    return held[2], held[3], held[4]


def _sole_speaker_before(ctx: _Ctx, subj, last_speaker: dict | None) -> tuple[int, float, str] | None:
    """"Ivan Petrov, oil analyst at a bank, said there was a risk ... / 'I am
    concerned ...,' he said": a he/she subject of a cue right after a quote whose speaker is
    named there (by name, within three sentences; not a pronoun resolved to a name, which
    would chain one guess on another) and confident, when that speaker is of the pronoun's
    gender or of none known and no one else who could be "he" (another person of that gender
    or of none known, tagged or not, or an unnamed "the prime minister") is named from the
    name (or the start of the sentence before) up to the pronoun. The scorer weighs candidates
    further back (a man three paragraphs up) and leaves such a pronoun open; the narrow window
    with one candidate is the evidence (news writes "X said ... / '...,' he said" for the
    same X). Our own rule: no coreference model is available offline."""
    gender = _PRONOUNS.get(subj.lower_)
    if gender is None or subj.dep_ not in ("nsubj", "nsubjpass") or ctx.inside_quote(subj.idx):
        return None
    if not last_speaker or last_speaker.get("mention") is None or not last_speaker.get("named"):
        return None  # a speaker itself resolved from a pronoun or a description is no evidence here
    k = ctx.sent_no(subj.idx)
    # the sentences of the quotation this pronoun's tag closes are its speaker's own words, no
    # narration that could bring in someone else: count from where it opens ("... according to
    # Jo Roe. / 'A. B. C,' he told the paper": round forty-three, issue 18)
    own = _closed_quotation_start(ctx, subj)
    if own is not None:
        k = min(k, ctx.sent_no(own))
    a, b = last_speaker["span"]
    if ctx.sent_no(max(a, b - 1)) < k - 1 or b > subj.idx:
        return None  # the quote before ended two or more sentences back
    last = last_speaker["mention"]
    if last >= ctx.n_named or ctx.candidates[last].label != "PERSON" or ctx.candidates[last].start >= subj.idx \
            or ctx.sent_no(ctx.candidates[last].start) < k - 3:
        return None  # the name itself more than three sentences back
    who = ctx.entity(last)
    g = _told_gender(ctx, last, gender)
    if g is not None and g != gender:
        return None
    window = min(ctx.sents[max(0, k - 1)].start_char, a, ctx.sents[ctx.sent_no(ctx.candidates[last].start)].start_char)
    for j, m in enumerate(ctx.candidates):
        if m.start < window or m.start >= subj.idx or m.label != "PERSON":
            continue
        if j < ctx.n_named and ctx.entity(j) == who:
            continue
        other = ctx.gender(ctx.entity(j)) if j < ctx.n_named else None
        if other in (None, gender):
            return None  # someone else who could be the pronoun
    if speakers.unnamed_person_before(ctx, window, subj, gender, titled=lambda t: _titles_of(ctx, t, last)):
        return None  # "a Louisiana shrimper": an unnamed person who could be the pronoun
    # a gender the document does not tell (no honorific, no pronoun seen, a first name not
    # listed) is not evidence against; it leaves the choice a little less sure
    conf = min(last_speaker.get("confidence") or 0.0, 0.8 if g == gender else 0.7)
    if conf < speakers.threshold():
        return None
    told = f"gender {gender}" if g == gender else "gender not told (none against)"
    return last, conf, (f"'{subj.text}' -> {ctx.candidates[last].text}: the named speaker of the quote just before, "
                        f"{told}; no other person who could be '{subj.text}' named since the sentence before")


def _closed_quotation_start(ctx: _Ctx, subj) -> int | None:
    """Where the direct quotation opens whose tag ``subj`` stands in: the quotation ends in the
    subject's sentence with only its closing mark, a comma and spaces before the subject
    ("...,” he said"). None when the subject follows no such quotation."""
    for a, b in ctx.quoted:
        if b <= subj.idx and subj.idx - b <= 4 and not ctx.text[b : subj.idx].strip(",\"”’' ") \
                and ctx.sent_no(max(a, b - 1)) == ctx.sent_no(subj.idx):
            return a
    return None


def _told_gender(ctx: _Ctx, i: int, gender: str) -> str | None:
    """The gender of person mention i as told apart from the pronoun being resolved: an
    honorific, else the first name (speakers.told_gender). The entity's pronoun hint counts only
    against ("she" seen after the name elsewhere, and now a "he"): a hint that agrees may be
    this very pronoun's own vote (entities._gender counts a he/she subject right after the
    name), which would make the pronoun its own evidence."""
    g = speakers.told_gender(ctx, i)
    if g is not None:
        return g
    hint = ctx.gender(ctx.entity(i))
    return hint if hint is not None and hint != gender else None


def _titles_of(ctx: _Ctx, tok, mention: int) -> bool:
    """Is this role noun part of the phrase that names the mention ("Ivan Petrov, oil
    analyst at a bank": the analyst is Petrov)?"""
    span = ctx.span(mention)
    if span is None:
        return False
    root = span.root
    head = tok
    for _ in range(3):
        if head.i == root.i or (head.dep_ == "appos" and head.head.i == root.i) or (
                root.head.i == head.i and root.dep_ in ("appos", "compound")):
            return True
        if head.dep_ in ("compound", "amod"):
            head = head.head
            continue
        break
    return head.dep_ == "appos" and head.head.i == root.i


_ONE_OF = frozenset({"a", "an", "one", "another"})


def _unnamed_member(ctx: _Ctx, subj, i: int) -> dict | None:
    """A people's or party's word for one person ("said a New Hampshire Republican", "one
    Iowa Democrat said", "an Iraqi told"): someone not named, never the people or the party
    (round thirty-three, in sample: seed 137 gave such a quote to the entity "Republican"). A
    NORP mention, singular in the parse, with "a", "an", "one" or "another" before it; the
    plural ("Republicans said") is the group and stays as tagged."""
    if ctx.mentions[i].label != "NORP" or subj.tag_ not in ("NNP", "NN"):
        return None
    if not any(c.dep_ in ("det", "nummod") and c.lower_ in _ONE_OF for c in subj.children):
        return None
    np = ctx.sdoc[subj.left_edge.i : subj.i + 1]
    return _conf({"speaker_text": np.text, "speaker_start": np.start_char, "speaker_end": np.end_char,
                  "speaker_via": "nominal"}, 0.0, f"'{np.text}': one member of a people or party, someone not named")


def _object_inside(ctx: _Ctx, i: int) -> dict | None:
    """Speaker fields when the cue's subject, mention i, is in the parse also the object of a
    preposition standing before it ("Jane Roe, who is chairman of Acme Fund said": "of"'s object
    "Acme", the cue's subject "Fund"): the name sits inside a phrase that runs into the cue
    without its closing comma, and cannot be what speaks. The speaker is the person the
    relative clause holding the preposition describes, when there is one ('Roe'), else open
    (round thirty-six, integrator, in-sample: seed 151's politico Q9, a chairman's statement
    given to her PAC). A preposition inside the name ("Bank of America said") is the name's
    own and is no sign."""
    span = ctx.span(i)
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "according to Acme": the preposition's object is the source, as meant
    prep = next((t.head for t in span if t.dep_ == "pobj" and t.head.i < span.start and t.head.dep_ == "prep"), None)
    if prep is None:
        return None
    head = prep.head
    for _ in range(4):
        if head.dep_ == "relcl" and head.head.i in ctx.tok_mention \
                and ctx.mentions[ctx.tok_mention[head.head.i]].label == "PERSON":
            who = ctx.tok_mention[head.head.i]
            return _conf({"speaker_mention": who}, 0.85,
                         f"'{ctx.mentions[i].text}' is inside the relative clause on {ctx.mentions[who].text}, which runs "
                         "into the cue without its closing comma: the speaker is the person it describes")
        if head.head.i == head.i:
            break
        head = head.head
    m = ctx.mentions[i]
    return _conf({"speaker_text": m.text, "speaker_start": m.start, "speaker_end": m.end, "speaker_via": "nominal"}, 0.0,
                 f"'{m.text}' is the object of '{prep.text}' before it as well as the cue's subject in the parse: "
                 "what speaks is not clear: open")


def _speaker(ctx: _Ctx, subj, at: int, last_speaker: dict | None, np=None) -> dict:
    """Speaker fields for a subject token (or noun phrase): a mention, a pronoun or a nominal."""
    if np is not None:
        heads = [t for t in np if t.head.i < np.start or t.head.i >= np.end or t.head.i == t.i]
        subj = heads[0] if heads else np[-1]
    if subj is None:
        return {}
    if subj.i in ctx.tok_mention:
        i = ctx.tok_mention[subj.i]
        joint = speakers.joint_subject(subj, ctx.span(i))
        if joint is not None:  # "Jane Roe and John Doe said": two speakers, a quote carries one
            _note_joint(ctx, joint)
            return _conf({"speaker_text": joint.text, "speaker_start": joint.start_char, "speaker_end": joint.end_char},
                         0.0, f"'{joint.text}': two speakers joined in one subject, a shared statement; "
                         "a quote carries one speaker, so it stays open")
        if not speakers.can_speak(ctx.mentions[i].label):  # "Phase 5 indicates ...": a level, a law, a product
            return _silent_name(ctx, i)
        programme = _programme_name(ctx, i)
        if programme is not None:  # "Cooper 360 revealed": a show, not the man it is named after
            return programme
        if _common_noun_name(ctx, i):  # "the Acme Press news agency says": its name would print as "agency"
            return _conf({"speaker_text": ctx.mentions[i].text, "speaker_start": ctx.mentions[i].start,
                          "speaker_end": ctx.mentions[i].end, "speaker_via": "nominal"}, 0.0,
                         f"'{ctx.mentions[i].text}' would be named by its common noun alone: open")
        member = _unnamed_member(ctx, subj, i)
        if member is not None:  # "said a New Hampshire Republican": one person, not the party
            return member
        inside = _object_inside(ctx, i)
        if inside is not None:  # "Jane Roe, who is chairman of Acme Fund said": Roe, not the fund
            return inside
        person = _person_after_title(ctx, i)
        if person is not None:  # "said Coast Guard Adm. Jan Roe": the tagger glued the title to the service
            return _conf({"speaker_mention": person}, 0.9,
                         f"'{ctx.mentions[i].text}' ends in a title, the name after it is the speaker: "
                         f"{ctx.mentions[person].text}")
        return _conf({"speaker_mention": i}, 0.95, "named as the speaker (the subject of the cue, or after 'according to')")
    person = _person_after_title_word(ctx, subj)
    if person is not None:  # "said Coast Guard Adm. Jan Roe", the parse's subject the title
        return _conf({"speaker_mention": person}, 0.9,
                     f"'{ctx.sdoc[subj.left_edge.i : subj.i + 1].text}' ends in a title, the name after it is the "
                     f"speaker: {ctx.mentions[person].text}")
    same = _tagged_elsewhere(ctx, subj) if np is None else None
    if same is not None and same.get("antecedent_mention") is not None:
        return same  # "BP said" where the tagger missed this "BP" but tagged the others
    if same is not None:  # a name the document never tags: open, unless the rules below name it
        out = _speaker_rest(ctx, subj, at, last_speaker)
        if out.get("speaker_mention") is None and out.get("antecedent_mention") is None and not out.get("roles") \
                and out.get("org_mention") is None and (out.get("speaker_confidence") or 0.0) < speakers.threshold():
            return same
        return out
    return _speaker_rest(ctx, subj, at, last_speaker, np)


def _person_after_title(ctx: _Ctx, i: int) -> int | None:
    """"..., said Coast Guard Adm. Jan Roe": the tagger reads the service and the title as one
    organisation ("Coast Guard Adm.") and the parse makes it the cue's subject, so the
    admiral's words went to a name that is only a title (issue 18, round twenty-five, 25s; two
    texts of the bpoil dev topics, and the seed-73 audit's 'Coast Guard Adm.'). A mention that
    is not a person, ending in a title's abbreviation (data/title_abbreviations.txt), with a
    person's name right after it: the name is the speaker. "Coast Guard officials said" (no
    title) and "the Navy said" stay the organisation's."""
    m = ctx.mentions[i]
    if m.label == "PERSON" or m.text.split()[-1].lower() not in lexicon.words("analyse/title_abbreviations.txt"):
        return None
    span = ctx.span(i)
    if span is None or span.end >= len(ctx.sdoc):
        return None
    j = ctx.tok_mention.get(span.end)
    if j is None or j >= ctx.n_named or ctx.mentions[j].label != "PERSON" or ctx.mentions[j].start - m.end > 1:
        return None
    return j


def _person_after_title_word(ctx: _Ctx, tok) -> int | None:
    """"said Coast Guard Adm. Jan Roe" where the parse makes the title ("Adm.") the cue's
    subject: since round twenty-eight the entity step cuts the title off the service's name
    ("Coast Guard", entities._unglue), so the title is in no mention and the phrase's
    organisation would take the admiral's words. A title's abbreviation
    (data/title_abbreviations.txt) as the subject, a person's name right after it: the name
    is the speaker. "Coast Guard officials said" has no title: the organisation's."""
    if tok.lower_ not in lexicon.words("analyse/title_abbreviations.txt") or tok.i + 1 >= len(ctx.sdoc):
        return None
    j = ctx.tok_mention.get(tok.i + 1)
    if j is None or j >= ctx.n_named or ctx.mentions[j].label != "PERSON" or ctx.mentions[j].start - tok.idx - len(tok) > 1:
        return None
    return j


def _common_noun_name(ctx: _Ctx, i: int) -> bool:
    """Is mention i a name whose key (names.core_name, the name the story prints) is a common
    noun alone ("news agency" tagged as a name with no capital in it)? Such a word names no one;
    the speaker stays open with the words kept. (core_name itself keeps a capitalised name
    with its descriptor since round twelve: "the Acme Press news agency" -> "Acme Press news
    agency", no longer "agency"; this guard stays for mentions with no capital at all.)"""
    core = names.core_name(ctx.mentions[i].text)
    return bool(core.strip()) and not any(ch.isupper() or ch.isdigit() for ch in core)


# a number written right on a name, with no comma between: "360", "60", "20/20", "360°"
_PROGRAMME_NUMBER = re.compile(r"\d+(?:/\d+)?°?")


def _programme_name(ctx: _Ctx, i: int) -> dict | None:
    """Open speaker fields when person mention i is a name run on into a number with no comma
    between ("Cooper 360 revealed", "Anderson Cooper 360 said"): a person's name followed by a
    number names a television programme, never the person ("Roe, 45, said" has its comma and
    stays). The programme is no entity here, so the speaker is open with the words kept
    (round forty-two, the FNC-1 audit's 'Cooper 360'). Round forty-six (seed 161, in-sample:
    "According to France 3", "France 3 reported" gave a channel's report to the country): any
    other name the tagger cut before the number run on to it ("France 3", "Fox 13") is a
    channel's or a station's, not the place's or the body's: open too. A number inside such a
    mention ("Channel 4 said") is the tagger's whole name and speaks."""
    m = ctx.mentions[i]
    span = ctx.span(i)
    if span is None:
        return None
    words = m.text.split()
    last = span[-1]
    if m.label == "PERSON" and len(words) > 1 and _PROGRAMME_NUMBER.fullmatch(words[-1]):
        end = m.end
    elif (last.i + 1 < len(ctx.sdoc) and last.whitespace_ and ctx.sdoc[last.i + 1].sent == last.sent
          and _PROGRAMME_NUMBER.fullmatch(ctx.sdoc[last.i + 1].text)):
        num = ctx.sdoc[last.i + 1]
        after = ctx.sdoc[num.i + 1] if num.i + 1 < len(ctx.sdoc) and ctx.sdoc[num.i + 1].sent == num.sent else None
        if m.label != "PERSON" and after is not None and not (after.is_punct or after.pos_ in ("VERB", "AUX")):
            return None  # "According to Gallup 45 percent of voters ...": the number is a figure, not a channel's (the review)
        end = num.idx + len(num.text)
    else:
        return None
    text = ctx.text[m.start:end]
    what = "a programme, not the person" if m.label == "PERSON" else f"a channel or a programme, not {m.text}"
    return _conf({"speaker_text": text, "speaker_start": m.start, "speaker_end": end, "speaker_via": "nominal"}, 0.0,
                 f"'{text}': a name run on into a number names {what}: open")


def _silent_name(ctx: _Ctx, i: int) -> dict:
    """Open speaker fields for a name that cannot speak (speakers.can_speak), its words kept."""
    m = ctx.mentions[i]
    return _conf({"speaker_text": m.text, "speaker_start": m.start, "speaker_end": m.end, "speaker_via": "nominal"}, 0.0,
                 f"'{m.text}' is a name of kind {m.label} (a law, product, event or level), not one who speaks: open")


@functools.lru_cache(maxsize=1)
def _group_prepositions() -> dict[str, str]:
    return {w: k for w, k in lexicon.rows("analyse/group_prepositions.tsv")}


def _where_not_who(ctx: _Ctx, i: int) -> bool:
    """Is mention i only where a group is, behind a preposition in its phrase ("health
    officials in Glasgow", "officials from Ruritania"): a place behind any preposition but an
    author one ("by"), an organisation behind a place one ("in", not "of", "at", "by";
    data/group_prepositions.tsv)? Such a group is a vague one, never linked to the name
    ("U.S. officials", "Acme officials", "officials of Acme", "an analysis by Acme" still speak)."""
    span = ctx.span(i)
    if span is None or span.root.dep_ != "pobj":
        return False
    kind = _group_prepositions().get(span.root.head.lower_)
    if kind == "author":
        return False
    return kind == "place" or ctx.mentions[i].label in ("GPE", "LOC", "FAC")


def _apposed_mention(ctx: _Ctx, subj) -> dict | None:
    """Apposition: "Its head of sales in Marotia, Jane Roe, said": the mention in apposition to
    the subject speaks. Not one opened by an indefinite determiner ("The employee, a registered
    Republican who spoke on condition of anonymity, said"): that describes the subject, someone
    unnamed, and is no name (issue 18, round fifty-three: PolNeAR train, such an employee's words
    went to the party word "Republican", a NORP mention)."""
    for c in subj.children:
        if c.dep_ == "appos" and c.i in ctx.tok_mention:
            if any(d.dep_ == "det" and d.lower_ in speakers.determiners("indefinite") for d in c.children):
                continue
            who = ctx.tok_mention[c.i]
            person = _person_after_title(ctx, who)  # "the official in charge, retired Coast Guard Adm. Jan Roe, told"
            return _conf({"speaker_mention": who if person is None else person}, 0.9,
                         f"named in apposition to '{subj.text}'" + (
                             "" if person is None else f" ('{ctx.mentions[who].text}' ends in a title: "
                                                       f"{ctx.mentions[person].text})"))
    return None


def _speaker_rest(ctx: _Ctx, subj, at: int, last_speaker: dict | None, np=None) -> dict:
    """_speaker past the mention and same-name checks."""
    low = subj.lower_
    if subj.tag_ in ("WP", "WDT") and subj.dep_ in ("nsubj", "nsubjpass"):
        return _relative_speaker(ctx, subj, at, last_speaker)
    if subj.pos_ == "PRON" or low in _PRONOUNS:
        return _refused_guard(ctx, subj, _pronoun_speaker(ctx, subj, last_speaker))
    appos = _apposed_mention(ctx, subj) if np is None else None
    if appos is not None:
        return appos
    named = _titled_name(ctx, subj) if np is None else None
    if named is not None:
        return _conf({"speaker_mention": named}, 0.9, f"named after the titles '{subj.text} and ...'")
    head_np = np is None
    np = np if np is not None else _np_span(subj)
    inner = [ctx.tok_mention[t.i] for t in np if t.i in ctx.tok_mention]
    persons = [i for i in inner if ctx.mentions[i].label == "PERSON"]
    held = _holder_in_apposition(ctx, subj, persons)  # "The president of Haiti, Rene Preval, says"
    if persons and head_np and (subj.pos_ == "NOUN" or _plural_name_of(ctx, subj, persons)) \
            and subj.i not in ctx.tok_mention and not held:
        # "a spokeswoman for commissioner Vassiliou", "the wife of John Smith": the head is
        # someone or something else than the person named inside the phrase; no role lookup
        # either (the corpus may describe that person with the role). "The Clinton campaign",
        # "the Obama administration": the body the person owns speaks (_campaign_body)
        out = {"speaker_text": np.text, "speaker_start": np.start_char, "speaker_end": np.end_char,
               "speaker_via": "nominal"}
        return _campaign_body(ctx, subj, np, persons, at) or _conf(
            out, 0.0, f"'{np.text}': not {ctx.mentions[persons[-1]].text}, who is named inside the phrase")
    if persons:
        return _conf({"speaker_mention": persons[-1]}, 0.85, held or "a person named in the speaker phrase")
    role_words = [t.lower_ for t in np if t.lower_ in names.titles() and names.titles()[t.lower_][0] != "honorific"]
    spoke, orgs = _organisation_voice(ctx, subj, np, inner, head_np, role_words)
    # "the Morning Consult poll found": Morning Consult, a name the tagger left untyped
    spoke = spoke or _owned_piece(ctx, subj, np, head_np and not role_words and not orgs)
    if spoke is not None:
        return spoke
    body = _named_body(ctx, subj, np) if head_np and not role_words else None
    if body is not None and body[3] is not None:  # "the Acme Institute lobby group": Acme Institute
        return _conf({"speaker_mention": body[3]}, 0.85, f"'{np.text}': the organisation named as the group itself")
    if body is not None:  # "the Scottish government said": the body its own words name
        out = {"speaker_text": np.text, "speaker_start": np.start_char, "speaker_end": np.end_char,
               "speaker_via": "nominal", "body": (*body[:3], "ORG")}
        return _conf(out, 0.85, f"'{np.text}': names the body '{body[2]}' in its own words, which no "
                     "tagged entity bears: a new speaker entity of that name")
    out = {"speaker_text": np.text, "speaker_start": np.start_char, "speaker_end": np.end_char,
           "speaker_via": "nominal"}
    if role_words:
        out["roles"] = role_words
    if orgs:
        org = _org_twin(ctx, orgs[0])
        out["org"] = ctx.mentions[orgs[0]].text
        out["org_mention"] = orgs[0] if org is None else org
    elif role_words and any(t.lower_ in ("its", "their") for t in np):
        prior = [i for i, m in enumerate(ctx.mentions) if m.label == "ORG" and m.end <= np.start_char]
        if prior:
            out["org"] = ctx.mentions[prior[-1]].text
            out["org_mention"] = prior[-1]
    named_orgs = [i for i in orgs if ctx.mentions[i].label != "NORP" or _org_twin(ctx, i) is not None]
    owned = _piece_owner_named(ctx, subj, np, out) if not role_words and not orgs and head_np else None
    if owned is not None:
        return owned
    appos = _appositive_name(ctx, subj, np, out) if not role_words and not orgs and head_np else None
    if appos is not None:
        return appos
    if not role_words and not named_orgs:  # "the Chinese company": a nationality is no organisation
        chain = _same_open_nominal(ctx, subj, np)
        if chain is not None:  # "'...,' the company said [open]. / The company added: '...'": open too
            return _conf(out, 0.0, chain)
        res = speakers.resolve_nominal(ctx, subj, np)
        if res is not None:  # "several diplomats" (open), "the company" (an organisation before)
            if res.resolved:
                out["antecedent_mention"] = res.mention
            return _conf(out, res.confidence, res.evidence)
    if role_words and not orgs:
        ante = _role_antecedent(ctx, role_words, np.start_char, np) if _definite(np) else None
        if not _definite(np):  # "a hospital director": someone new, not the director named before
            return _spokesperson_after_org(ctx, subj, np, out) or _conf(
                out, 0.0, f"'{np.text}': an indefinite description, someone not named")
        if ante is not None:  # "Ivo Daalder, the U.S. ambassador to NATO, ... The ambassador said"
            return _unnamed_since(ctx, subj, np, ante, out) or _conf(
                dict(out, antecedent_mention=ante), 0.8, f"'{np.text}': the one person described as {role_words[0]} before")
        spoke_for = _spokesperson_before(ctx, subj, np)
        if spoke_for is not None:  # "a Marubeni spokesman said ... / the spokesman said": Marubeni's
            org, first = spoke_for
            out["speaker_via"] = "spokesperson"
            out["antecedent_mention"] = org
            return _conf(out, 0.8, f"'{np.text}': the spokesperson of {ctx.mentions[org].text} named before "
                         f"('{first}'), the only spokesperson in the document: the words are its official position")
        return _described_holder(ctx, subj, np, out) or _titled_holder(ctx, subj, np, out) or _matched_holder(
            ctx, subj, np, out) or _office_subject(ctx, subj, np, out, role_words) or _conf(
            out, 0.0, f"'{np.text}': not exactly one person described as {role_words[0]} before")
    if not role_words:
        return _described_holder(ctx, subj, np, out) or _titled_holder(ctx, subj, np, out) or _matched_holder(
            ctx, subj, np, out) or _epithet_subject(ctx, subj, np, out) or _described_body(ctx, subj, np, out) or _conf(
            out, 0.0, f"'{np.text}': a description with no named antecedent")
    # "the Vermont senator": the place or party in the phrase is no organisation the senator
    # works at; the document may have tied the description to one titled name (round thirty-three)
    place = orgs and all(ctx.mentions[i].label in ("GPE", "NORP", "LOC") for i in orgs)
    return _titled_holder(ctx, subj, np, out) or _matched_holder(ctx, subj, np, out) or (
        _office_subject(ctx, subj, np, out, role_words) if place else None) or _conf(
        out, 0.0, f"'{np.text}': a role at {out.get('org') or 'an organisation'}, left to the corpus' one holder of that role")


def _plural_name_of(ctx: _Ctx, subj, persons: list[int]) -> bool:
    """"the Sisters of Sorcha Faal strongly disagree", "the Friends of Jane Roe said": a plural
    proper noun heading the speaker phrase, with the person named only inside its "of" phrase, is
    a group called after that person, not the person (round fifty-six, seed 171 fnc1_c098 Q13: the
    span took the name inside the group's name). A plural head cannot be the one person the name
    is; the phrase is then read as ``_speaker_rest`` reads "the wife of John Smith" (the group,
    left open). A singular proper head ("Secretary of State John Kerry", a title the parse may
    make the head) is not read here."""
    if subj.tag_ != "NNPS" or subj.i in ctx.tok_mention:
        return False
    of = [c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"]
    return bool(of) and all(ctx.mentions[i].start >= of[0].idx + len(of[0]) for i in persons)


def _appositive_name(ctx: _Ctx, subj, np, out: dict) -> dict | None:
    """'..., according to industry research firm IDC', 'the consultancy Acmetrix said': an
    organisation noun (data/speaker_nominals.tsv) followed right away by a proper name in
    apposition that the tagger left untyped names its own body: that name speaks, a new
    speaker entity of it, never an organisation named before (round forty-nine, seed 164 c009
    Q10: the description alone was read as "the firm" named before and given to Lenovo, named
    inside the statement). A tagged name in apposition is handled before (its mention); a
    lowercase word, a word of any entity type ("the company Monday said": a date) or a run
    with anything but proper nouns is no name (None: the caller goes on)."""
    if speakers.org_nominals().get(subj.lower_) is None and speakers.org_nominals().get(subj.lemma_.lower()) is None:
        return None
    app = [c for c in subj.children if c.dep_ == "appos" and c.i > subj.i]
    if len(app) != 1 or app[0].left_edge.i != np.end or np.end != subj.i + 1:
        return None
    run = ctx.sdoc[app[0].left_edge.i : app[0].i + 1]
    if any(t.i in ctx.tok_mention or t.ent_type_ or t.tag_ not in ("NNP", "NNPS") or not t.text[:1].isupper() for t in run) \
            or any(c.i > app[0].i for c in app[0].children):
        return None
    name = run.text
    return _conf(dict(out, body=(run.start_char, run.end_char, name, "ORG")), 0.85,
                 f"'{np.text} {name}': the organisation named in apposition, {name}, which no tagged entity "
                 "bears: a new speaker entity of that name")


def _office_subject(ctx: _Ctx, subj, np, out: dict, role_words: list[str]) -> dict | None:
    """"Sen. Jane Roe urged a vote. / '...,' the Vermont senator said" in a document naming
    several senators: the office word heading a definite description is read as the main
    subject of the sentence right before when the document ties that person to the office
    (_epithet_subject with ``role``). Only a description headed by the office word itself; a
    place or party before it ("the Vermont senator") is a modifier, never an employer ("the BP
    chief executive" is left to the readers of an organisation's roles). Issue 18, round
    forty-one."""
    if subj.lower_ not in role_words or subj.lower_ in spokespersons().get("noun", frozenset()):
        return None  # "the president's spokesman", "the spokesman": someone else's voice
    return _epithet_subject(ctx, subj, np, out, role=subj.lower_)


# name words of a body's name run: proper nouns, and the marks that join two pollsters'
# names ("USA Today/Suffolk University", "Marist & Co")
_RUN_JOINERS = ("/", "&", "-")


def _proper_word(t) -> bool:
    """A proper noun, or a capitalised word with a capital inside ("RealClearPolitics", which
    the parse tags a plural common noun, NNS)."""
    return t.tag_ in ("NNP", "NNPS") or (t.text[:1].isupper() and re.search(r"[a-z][A-Z]", t.text) is not None)


def _owner_run(ctx: _Ctx, toks: list) -> tuple[int, int, str] | None:
    """(start, end, text) of a body's name written in ``toks`` (consecutive tokens), or None
    when they are not one: every word a proper noun ("Morning Consult", "New Jersey Watchdog",
    "POLITICO") or a joining mark between two, no word of a date ("a Monday report"), no
    word inside a person's mention, not a place or a people alone ("a New Jersey poll", "an
    Iowa survey": where the poll was taken), not a person's name (a first name first, or the
    run only the last word of a person the document tags: "a Smith report"), not one letter
    ("The Q poll", a nickname of Quinnipiac's). A stop that ends the sentence is cut off the
    name ("by the nonprofit E3G.")."""
    while toks and toks[0].is_punct:
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks or toks[0].text in _RUN_JOINERS or toks[-1].text in _RUN_JOINERS:
        return None
    for t in toks:
        if t.text in _RUN_JOINERS:
            continue
        if not _proper_word(t) or not t.text[:1].isupper() or t.ent_type_ in ("DATE", "TIME", "NORP"):
            return None
        if t.i in ctx.tok_mention and ctx.mentions[ctx.tok_mention[t.i]].label == "PERSON":
            return None
    a, b = toks[0].idx, toks[-1].idx + len(toks[-1])
    last = toks[-1]
    if last.text.endswith(".") and last.text.count(".") == 1 and len(last) > 2 \
            and last.text[:-1].lower() not in lexicon.words("legal_forms.txt") \
            and (last.i + 1 == len(last.doc) or last.doc[last.i + 1].is_sent_start or last.doc[last.i + 1].text[:1].isupper()):
        b -= 1  # "by the nonprofit E3G. It ...": the stop ends the sentence, no part of the name ("Acme Inc." keeps it)
    text = ctx.text[a:b]
    if sum(ch.isalnum() for ch in text) < 2:
        return None  # "The Q poll": a letter is a nickname, no body's name
    if gazetteer.is_any_place(text) or gazetteer.is_demonym(text) or text.lower() in names.titles():
        return None
    if names.is_junk_name(text):
        return None  # "a Phase II study": a stage of a trial, no body (see names.is_junk_name)
    if speakers.common_first_name(toks[0].text) is not None and len(toks) > 1:
        return None
    if len(toks) == 1 and any(m.label == "PERSON" and m.text.split()[-1] == text for m in ctx.mentions[: ctx.n_named]):
        return None
    return a, b, text


# the marks of a clause that tells what has not been said (yet): a Timeline17 column holding
# that sooner or later the administration "announces that ..." (round thirty-seven)
_NOT_YET_MARKS = lexicon.words("analyse/not_yet_marks.txt") | {"whether"}


def _subject_of_cue(subj, at: int) -> bool:
    """Is ``subj`` the subject of the cue at character ``at`` (or of the verb the cue is
    joined to, the cue having no subject of its own), or the object of "according to"?"""
    if subj.dep_ == "pobj" and subj.head.lower_ == "to" and subj.head.head.lower_ == "according":
        return True
    if subj.dep_ not in ("nsubj", "nsubjpass"):
        return False
    cue = next((t for t in subj.doc if t.idx == at), None)
    if cue is None or any(c.dep_ == "mark" and c.lower_ in _NOT_YET_MARKS for c in cue.children):
        return False  # "before the Obama administration announces that ...": no one has said it yet
    if cue.i == subj.head.i:
        return True
    # a joined verb: no other subject between ("went on the offensive, tweeting a video in
    # which Trump called himself ... and admitted that": Trump's, whatever the parse joins)
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in subj.doc[subj.i + 1 : cue.i]):
        return False
    while cue.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        cue = cue.head
    return cue.i == subj.head.i


def _campaign_body(ctx: _Ctx, subj, np, persons: list[int], at: int) -> dict | None:
    """"The Clinton campaign says", "Huckabee's campaign said", "Mrs. Clinton's presidential
    campaign said", "the Obama administration said", "Gowdy's office said": a body a person
    owns (data/campaign_nouns.txt, singular) whose owner the phrase names is the speaker, an
    organisation named by the phrase's own words (a mention of its own, ORG, as
    ``_named_body``'s), not the person named inside it, and not open. The parse decides the
    owner: one person's mention, its head hung on the noun as a possessor or a compound; the
    phrase holds nothing else but "the", adjectives ("presidential") and the owner's title
    words. Not an indefinite or counted phrase ("one Trump campaign source" has another head;
    "a Clinton campaign" is none of these), not two owners ("the Obama and Clinton
    campaigns"), not a phrase that goes on past the noun ("the campaign of ..."), not a
    group of people ("Clinton's team", "Sanders advisers": vague, open). Issue 18, round
    thirty-seven (named): PolNeAR train 301-840 less the keep-off list held 27 open speakers
    whose head is one of these nouns with a person named inside; see RESULTS.md for the count
    this rule gives and how many read right. Only the subject of the cue itself (at ``at``;
    or of the verb the cue is joined to with no subject of its own: "denies ... and points out
    that"), or the body "according to": where the cue is a participle or a verb below
    another clause ("Rubio's campaign tweeted a video ... that showed Cruz ... saying that",
    "the Sanders campaign is mapping out ... while he and his staff assure ... that"), the
    phrase found is no speaker of the cue's, and stays open (4 of the first draft's 35
    changed speakers over the census were such, all wrong). Our own rule: the tagger types no
    campaign."""
    if subj.tag_ != "NN" or subj.lemma_.lower() not in lexicon.words("analyse/campaign_nouns.txt") \
            or np.end != subj.i + 1 or ctx.inside_quote(subj.idx) or len(set(persons)) != 1:
        return None
    if any(c.dep_ in ("conj", "cc") for c in subj.children) or subj.dep_ == "conj" or not _subject_of_cue(subj, at):
        return None
    span = ctx.span(persons[0])
    if span is None or span.root.head.i != subj.i or span.root.dep_ not in ("poss", "compound"):
        return None
    titles = names.titles()
    for t in np:
        if t.i >= subj.i or span.start <= t.i < span.end:
            continue
        if t.i == np.start and t.lower_ == "the" and t.dep_ == "det":
            continue
        if t.tag_ == "POS" and t.i == span.end or t.pos_ == "ADJ" and t.head.i == subj.i \
                or t.lower_ in titles or t.lower_.rstrip(".") in titles:
            continue
        return None
    a = np[1].idx if np[0].lower_ == "the" else np.start_char
    b = subj.idx + len(subj)
    name = ctx.text[a:b]
    out = {"speaker_text": np.text, "speaker_start": np.start_char, "speaker_end": np.end_char,
           "speaker_via": "nominal", "body": (a, b, name, "ORG")}
    return _conf(out, speakers.weights()["owned_piece_confidence"],
                 f"'{np.text}': named in the speaker phrase: the {subj.lower_} of {ctx.mentions[persons[0]].text}, "
                 "an organisation that speaks, not the person: a new speaker entity of that name")


def _owned_piece(ctx: _Ctx, subj, np, bare: bool) -> dict | None:
    """"The Morning Consult poll found", "a report Tuesday from WKOW", "a POLITICO analysis
    of FEC records": a poll, survey, editorial, report, study, analysis or average
    (data/owned_piece_nouns.txt, singular) whose owner the phrase names, as an untagged or
    mistyped organisation's name, is that organisation's: the named body is the speaker (a
    mention of its own, as ``_named_body``'s), at .85 (data/speaker_rules.tsv), with evidence
    saying so. The owner is the proper-noun run right before the noun (one common noun may
    stand between: "the RealClearPolitics polling average"), or the name after "by" or "from"
    hung on the noun or on a verb of it ("a poll released Friday by the Acme Group"). A
    tagged organisation there is that organisation's mention. Only for the head's own phrase
    with no role word and no organisation the tagger typed in it (``bare``; those take the
    organisation path before: "a Reuters report"). None when a person is named
    in the phrase (the caller leaves it open before: "Clinton's advisers", "an analysis
    by Lee Epstein"; a person's campaign, office or administration is ``_campaign_body``'s), or the run is a place ("an Iowa poll"), a date or a surname.
    Issue 18, round thirty-five (owner): PolNeAR train 301-840 less the keep-off list held 128
    open phrases with such a word; this rule gives 11 of them their owner, all read right (the
    others: bare "the poll", "exit polls", "some polls", shares of respondents "in a CNN/ORC
    poll", a person's piece; 50 more, the owner tagged ORG, were the organisation's already).
    Timeline17 (916 texts with such a word): 2 more, both right ("A Pew Research Center poll",
    "a 2001 report by Transocean")."""
    if not bare or not _piece_noun(subj) or subj.i in ctx.tok_mention or ctx.inside_quote(subj.idx):
        return None
    if any(t.i in ctx.tok_mention and ctx.mentions[ctx.tok_mention[t.i]].label == "PERSON" for t in np):
        return None
    found = None
    before = [t for t in np if t.i < subj.i]
    k = len(before)
    while k > 0 and (_proper_word(before[k - 1]) or before[k - 1].text in _RUN_JOINERS):
        k -= 1
    run = before[k:]
    if not run and before and before[-1].tag_ == "NN" and before[-1].dep_ == "compound":
        k = len(before) - 1  # one common noun between: "the RealClearPolitics polling average"
        while k > 0 and (_proper_word(before[k - 1]) or before[k - 1].text in _RUN_JOINERS):
            k -= 1
        run = before[k:-1]
    if run and (k == 0 or before[k - 1].tag_ != "POS"):
        found = _owner_run(ctx, run)
    if found is None:
        heads = [subj] + _authoring_participles(subj)
        pobjs = [o for h in heads for p in h.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from")
                 for o in p.children if o.dep_ == "pobj" and o.i < np.end]
        if len(pobjs) == 1:
            o = pobjs[0]
            inner = {ctx.tok_mention[t.i] for t in o.subtree if t.i in ctx.tok_mention}
            if any(ctx.mentions[i].label == "PERSON" for i in inner):
                return None
            orgs = [i for i in inner if _org_twin(ctx, i) is not None]
            if len(orgs) == 1:
                org = _org_twin(ctx, orgs[0])
                return _conf({"speaker_mention": orgs[0] if org is None else org},
                             speakers.weights()["owned_piece_confidence"],
                             f"'{np.text}': the {subj.lower_} of {ctx.mentions[orgs[0]].text}, named in the phrase after "
                             f"'{o.head.lower_}': the organisation's words")
            names_ = [t for t in o.subtree if t.i <= o.i and (t.dep_ == "compound" or t.i == o.i)]
            if names_ and names_[-1].i == o.i and all(b.i == a.i + 1 for a, b in zip(names_, names_[1:])):
                found = _owner_run(ctx, names_)
    if found is None:
        return None
    a, b, name = found
    span = ctx.sdoc.char_span(a, b)
    tagged = {ctx.tok_mention.get(t.i) for t in span} if span is not None else {None}
    why = f"'{np.text}': the {subj.lower_} of {name}, an organisation named in the phrase"
    if len(tagged) == 1 and None not in tagged:
        i = next(iter(tagged))
        m = ctx.mentions[i]
        if (m.start, m.end) == (a, b) and m.label == "ORG":
            return _conf({"speaker_mention": i}, speakers.weights()["owned_piece_confidence"], why)
    out = {"speaker_text": np.text, "speaker_start": np.start_char, "speaker_end": np.end_char, "speaker_via": "nominal",
           "body": (a, b, name, "ORG")}
    return _conf(out, speakers.weights()["owned_piece_confidence"],
                 why + " that no tagged entity bears: a new speaker entity of that name")


def _piece_owner_named(ctx: _Ctx, subj, np, out: dict) -> dict | None:
    """The owner the document names for a piece speaker with no owner, no role word and no
    organisation in its own phrase: "the report" (``_document_owner``), "a new poll" the next
    sentence names (``_introduced_owner``), "the project's website" (``_possessor_voice``);
    None when none applies (the caller goes on)."""
    if subj.lemma_.lower() in document_nouns():
        own = _possessor_report(ctx, subj, np, out)
        if own is not None:  # "Cringely's report suggests": Cringely's own, not an outlet's report named before
            return own
    if _definite(np) and subj.lemma_.lower() in document_nouns():
        owner = _document_owner(ctx, subj)
        if owner is not None:  # "The BP report, overseen by Mark Bly, ... The report said": BP
            return _conf(dict(out, antecedent_mention=owner), 0.8, f"'{np.text}': the {subj.lemma_.lower()} of "
                         f"{ctx.mentions[owner].text} named before, the only one in the document")
    if np[0].lower_ in _INDEFINITE_ARTICLES and subj.lemma_.lower() in document_nouns():
        owner = _introduced_owner(ctx, subj)
        if owner is not None:  # "according to a new poll ... / The Acme poll ... was released": Acme
            return _conf(dict(out, antecedent_mention=owner), 0.8, f"'{np.text}': the {subj.lemma_.lower()} the "
                         f"next sentence says is {ctx.mentions[owner].text}'s, the only owner the document names for one")
    return _possessor_voice(ctx, subj, np, out)


def _possessor_report(ctx: _Ctx, subj, np, out: dict) -> dict | None:
    """"Roe's report suggests ...": a report, study, letter or memo (analyse/document_nouns.txt)
    owned by a capitalised name the tagger left untagged is that name's words, never another
    owner's earlier report (issue 18, round fifty-one, mender m1: fnc1_c038 Q3 of seed 166, a
    reporter's report given to the outlet whose report the text named the paragraph before).
    The name, when it is the last name of the one person the document tags with it
    (``speakers.surname_held``), is that person, at the confidence of a piece's named owner
    (data/speaker_rules.tsv: owned_piece_confidence); any other owner stays open. None when
    the phrase has no such owner (a tagged owner took an earlier path; "the company's
    report" is a common noun's, the resolver's)."""
    owner = next((t for t in np if t.i < subj.i - 1 and ctx.sdoc[t.i + 1].tag_ == "POS"
                  or t.i < subj.i - 1 and ctx.sdoc[t.i + 1].lower_ in ("'s", "’s")), None)
    if owner is None or not owner.text[:1].isupper() or owner.i in ctx.tok_mention or not owner.is_alpha \
            or owner.is_sent_start and owner.lower_ in speakers.determiners("definite"):
        return None
    held = speakers.surname_held(ctx, owner)
    if held is not None:
        return _conf(dict(out, antecedent_mention=held), speakers.weights()["owned_piece_confidence"],
                     f"'{np.text}': the {subj.lemma_.lower()} of {owner.text}, the last name of "
                     f"{ctx.mentions[held].text}, the one person the document tags with it: a person's own {subj.lemma_.lower()}")
    return _conf(out, 0.0, f"'{np.text}': the {subj.lemma_.lower()} of {owner.text}, a name no entity holds: "
                 "not another owner's report named before: open")


def _possessor_voice(ctx: _Ctx, subj, np, out: dict) -> dict | None:
    """"The project's website said", "according to the foundation's tally": a piece a body
    publishes in its own voice (data/voice_nouns.txt), owned by a bare definite organisation
    noun ("the project", "the foundation": speakers.resolve_nominal, data/speaker_nominals.tsv),
    is that body's when the noun stands for the one organisation named before (the resolver's
    choice, at its confidence, past its threshold); the phrase must be just "the <noun>'s
    [words] <piece>". None otherwise (the caller goes on: open, or the noun's own rules).
    Issue 18, round thirty-eight (opennamed): usa-today-152 Q29 ("The project's website",
    the United States Elections Project named the sentence before) and PolNeAR census phrases
    of this shape ("the foundation's tally", "the newspaper's editorial") were left open as
    descriptions with no named antecedent."""
    if subj.lemma_.lower() not in lexicon.words("analyse/voice_nouns.txt") or subj.tag_ != "NN" \
            or ctx.inside_quote(subj.idx):
        return None
    poss = [c for c in subj.children if c.dep_ == "poss"]
    if len(poss) != 1 or np[0].i != poss[0].left_edge.i:
        return None
    p = poss[0]
    owner = ctx.sdoc[p.left_edge.i : p.i + 1]
    if p.pos_ != "NOUN" or p.tag_ != "NN" or len(owner) != 2 or owner[0].lower_ != "the":
        return None
    res = speakers.resolve_nominal(ctx, p, owner)
    if res is None or not res.resolved or res.confidence < speakers.threshold():
        return None
    return _conf(dict(out, antecedent_mention=res.mention), res.confidence,
                 f"'{np.text}': the {subj.lower_} of '{owner.text}', its own voice: " + res.evidence)


def _body_tie(text: str, m: Mention, noun: str) -> bool:
    """Does the text write organisation mention ``m`` with ``noun`` as what it is: the noun in
    its name ("Lubano General Hospital"), right after it ("the Acme Endoscopy clinic", "Alleyn's
    school"), right before it after "the" and at most two modifiers ("the ecological charity
    Matter of Trust"), or in apposition right after it ("Acme Endoscopy, the clinic where")?"""
    word = rf"{re.escape(noun)}(?:s)?\b"
    if noun in m.text.lower().split():
        return True
    after = text[m.end : m.end + 60]
    if re.match(rf"(?:['’]s)?[ \t]+{word}", after, re.IGNORECASE) or re.match(
            rf",[ \t]+the[ \t]+(?:[\w-]+[ \t]+){{0,2}}{word}", after, re.IGNORECASE):
        return True
    return bool(re.search(rf"\bthe[ \t]+(?:[\w-]+[ \t]+){{0,2}}{word}[ \t]+$", text[max(0, m.start - 60) : m.start],
                          re.IGNORECASE))


def _described_body(ctx: _Ctx, subj, np, out: dict) -> dict | None:
    """"Rivers was treated at the Acme Endoscopy clinic ... The clinic said": a definite "the"
    and one singular head noun for an institution (data/analyse/institution_nouns.txt) stands for
    the one organisation the document named before it and wrote with that noun (``_body_tie``),
    as its antecedent. Left open (None, the caller's "no named antecedent") when two
    organisations are so written, when none is, when the description is inside quotation marks,
    or when after the last tie the text brings in one of that kind with "a"/"an" ("an outbreak
    at a primary school ... the school said": maybe another). Round forty-six (issue 18): the
    FNC-1 census's "the clinic" (seven quotes over five texts) was open with its name written
    beside the word; the Timeline17 census's charities and schools were too."""
    noun = subj.lower_
    if len(np) != 2 or np[0].lower_ != "the" or subj.i != np.end - 1 or subj.tag_ != "NN" \
            or noun not in lexicon.words("analyse/institution_nouns.txt") or ctx.inside_quote(subj.idx):
        return None
    text, at = ctx.text, np.start_char
    tied: dict[str, tuple[int, int]] = {}  # organisation key -> (its last tied mention, where that is)
    for i, m in enumerate(ctx.mentions[: ctx.n_named]):
        if m.label != "ORG" or m.end > at or ctx.inside_quote(m.start) or not _body_tie(text, m, noun):
            continue
        tied[ctx.org_key(i)] = (i, m.end)
    if len(tied) != 1:
        return None
    i, last = next(iter(tied.values()))
    if re.search(rf"\b(?:an?|another)[ \t]+(?:[\w-]+[ \t]+){{0,3}}{re.escape(noun)}\b", text[last:at], re.IGNORECASE):
        return None
    key = ctx.org_key(i)
    named_last = max((m.end for j, m in enumerate(ctx.mentions[: ctx.n_named])
                      if m.label == "ORG" and m.end <= at and ctx.org_key(j) == key), default=last)
    if any(named_last <= m.start and m.end <= at and m.label in ("ORG", "FAC") and ctx.org_key(j) != key
           for j, m in enumerate(ctx.mentions[: ctx.n_named])):
        return None  # "... at Acme Law School. His son attends Springfield Elementary ... The school said": maybe that one (the review)
    return _conf(dict(out, antecedent_mention=i), 0.8,
                 f"'{np.text}': {ctx.mentions[i].text}, the one organisation the text named before and wrote "
                 f"as a {noun}, no other so written")


def _unnamed_since(ctx: _Ctx, subj, np, ante: int, out: dict) -> dict | None:
    """The open speaker of a role description ("the official") when an unnamed one with its
    head noun was brought in after the named holder ``ante`` was last named ("Roe, the
    secretary ... / A senior official told Fox ... / ..., the official said": not Roe;
    speakers.introduced_unnamed); None when no such one stands between."""
    last = max((m.end for j, m in enumerate(ctx.mentions) if ctx.cluster(j) == ctx.cluster(ante) and m.end <= np.start_char),
               default=ctx.mentions[ante].end)
    unnamed = speakers.introduced_unnamed(ctx, subj, last)
    if unnamed is None:
        return None
    return _conf(out, 0.0, f"'{np.text}': goes on from the unnamed '{ctx.sdoc[unnamed.left_edge.i : unnamed.i + 1].text}' "
                 f"brought in after {ctx.mentions[ante].text}: open")


def _described_holder(ctx: _Ctx, subj, np, out: dict) -> dict | None:
    """"Jane Roe, the singer, ... The singer said": the one person the text described with
    the description's head noun before (speakers.described_holder), as its antecedent; None
    when that is not exactly one person (the caller leaves the speaker open)."""
    if subj.i in ctx.tok_mention or ctx.inside_quote(subj.idx):
        return None
    held = speakers.described_holder(ctx, subj, np)
    if held is None:
        return _own_reporter(ctx, subj, np, out)
    i, word = held
    out = dict(out, antecedent_mention=i)
    return _conf(out, 0.8, f"'{np.text}': {ctx.mentions[i].text}, the one person the text described as "
                 f"'{word}' before, no one else so described")


def _titled_holder(ctx: _Ctx, subj, np, out: dict) -> dict | None:
    """"Vermont Sen. Bernie Sanders ... the Vermont senator said": the one person the document
    tied to the office by an abbreviated title or a description (speakers.titled_holder), as
    the antecedent, with that tie in the evidence; None when not exactly one such person fits
    (the caller leaves the speaker open)."""
    if subj.i in ctx.tok_mention or ctx.inside_quote(subj.idx):
        return None
    held = speakers.titled_holder(ctx, subj, np)
    if held is None:
        return None
    i, word, tie = held
    mods = np[1 : subj.i - np.start]
    how = (f"'{' '.join(t.text for t in mods)}' written with that name" if len(mods)
           else "the nearest person named before")
    out = dict(out, antecedent_mention=i)
    out.pop("org", None)
    out.pop("org_mention", None)
    return _conf(out, 0.8, f"'{np.text}': {ctx.mentions[i].text} ('{tie}'), the one person the document titles "
                 f"or describes as {word} before, {how}")


def _matched_holder(ctx: _Ctx, subj, np, out: dict) -> dict | None:
    """"Vice President Jane Roe ... the vice president said": the one person whose
    title or apposition written before holds every word of the description
    (speakers.matched_holder), as the antecedent, with the words in the evidence; None when
    not exactly one person fits (the caller leaves the speaker open)."""
    if subj.i in ctx.tok_mention or ctx.inside_quote(subj.idx):
        return None
    held = speakers.matched_holder(ctx, subj, np)
    if held is None:
        return None
    i, words = held
    out = dict(out, antecedent_mention=i)
    out.pop("org", None)
    out.pop("org_mention", None)
    return _conf(out, 0.8, f"'{np.text}': {ctx.mentions[i].text}, the one person whose title or apposition "
                 f"written before holds every word of it ({words}), no one else so described")


_PAPERS_OWN = re.compile(r"\b[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*['’]s\s+$")
_BYLINE = re.compile(r"(?:^|\n)\s*(?:[Ff]rom|[Bb]y)\s+$")
_OWN_REPORTER_PARAGRAPHS = 4  # how far back the named reporter may be, in paragraphs


def _own_reporter(ctx: _Ctx, subj, np, out: dict) -> dict | None:
    """"The BBC's Jane Roe in Port Ellery says the roads are blocked. ... Our correspondent
    says": "our correspondent" (the paper's own, data/described_holders.tsv kind "own") is the
    one person the text named before as "<Paper>'s <Name>" speaking (the subject of a cue),
    within the last few paragraphs, when no other person was named before in a reporter's shape
    ("<Paper>'s <Name>" with any verb, a byline "From <Name>", a person described as a
    correspondent or reporter); open otherwise (a live page with several reporters, a report
    under another reporter's byline, an unnamed one)."""
    words = speakers.described_holder_words()
    if len(np) != 2 or np[0].lower_ != "our" or subj.lower_ not in words.get("own", ()) or subj.tag_ != "NN":
        return None
    own = words.get("own", frozenset())
    found: dict[int, int] = {}
    speaking: set[int] = set()
    for i, m in enumerate(ctx.mentions):
        if m.label != "PERSON" or m.end > np.start_char or ctx.inside_quote(m.start):
            continue
        span = ctx.span(i)
        if span is None:
            continue
        before = ctx.text[max(0, m.start - 60) : m.start]
        papers = bool(_PAPERS_OWN.search(before))
        if papers or _BYLINE.search(before) or any(r in own for r in m.context.roles) or any(
                x.lemma_.lower() in own for x in speakers.description_tokens(ctx, m)):
            found[ctx.entity(i)] = i
            if papers and span.root.dep_ == "nsubj" and is_cue(span.root.head):
                speaking.add(ctx.entity(i))
    if len(found) != 1 or not speaking >= set(found):
        return None
    i = next(iter(found.values()))
    if ctx.paragraph(np.start_char) - ctx.paragraph(ctx.mentions[i].start) > _OWN_REPORTER_PARAGRAPHS:
        return None
    out = dict(out, antecedent_mention=i)
    return _conf(out, 0.8, f"'{np.text}': {ctx.mentions[i].text}, the one person the text named before as the "
                 "paper's own reporting, no other reporter named")


# "a", "an": determiners.tsv's articles that are not definite
_INDEFINITE_ARTICLES = speakers.determiners("article") - speakers.determiners("definite")


def _spokesperson_after_org(ctx: _Ctx, subj, np, out: dict) -> dict | None:
    """"Acme says the aid is late. A spokesman said ...": a bare "a spokesman" (the article
    and the word, nothing else in the phrase) right after an organisation said something, in
    the sentence before, with no other person or organisation named between, is that
    organisation's spokesperson: the words are its official position, so the organisation is
    the speaker, as for "a spokesman for Acme" (_spokesperson); the person stays unnamed in the
    evidence. Open when anything else is in the phrase ("a union spokesman", "a spokesman in
    Port Ellery"), when the sentence before has no organisation as the subject of a cue, or when
    another organisation or person is named between ("Acme says ... Roe's lawyer ... A
    spokesman said"), and when the organisation is a news outlet whose verb is one of news
    reporting (data/relay_cues.txt: "..., report The Independent. A spokesperson said"): the
    paper relays its source's words, and the spokesperson is the source's, not the paper's
    (issue 18, round forty-eight: the FNC-1 census gave a relief charity's spokesperson's words
    to The Independent, which had reported them)."""
    if len(np) != 2 or np[0].lower_ not in _INDEFINITE_ARTICLES or subj.tag_ != "NN" \
            or subj.lower_ not in spokespersons().get("noun", frozenset()) or not subj.lower_.startswith("spokes") \
            or ctx.inside_quote(subj.idx):
        return None
    after = [t for t in ctx.sdoc[np.end : np.end + 3] if not t.is_punct]
    if after and after[0].i in ctx.tok_mention and ctx.mentions[ctx.tok_mention[after[0].i]].label == "PERSON":
        return None  # "said a spokeswoman, Jane Roe": the person is named, not left to the organisation
    k = ctx.sent_no(subj.idx)
    if k <= 0:
        return None
    prev = ctx.sents[k - 1]
    if ctx.paragraph(prev.start_char) < ctx.paragraph(subj.idx) - 1:
        return None
    said: int | None = None
    for t in prev:
        if t.pos_ != "VERB" or not is_cue(t) or ctx.inside_quote(t.idx):
            continue
        s = _subject(t)
        if s is None or s.i not in ctx.tok_mention:
            continue
        i = ctx.tok_mention[s.i]
        if _org_twin(ctx, i) is None or ctx.mentions[i].label != "ORG":
            said = None  # a later cue of someone else in that sentence: not the organisation's turn
            continue
        if speakers.is_outlet(ctx.mentions[i].text) and t.lemma_.lower() in lexicon.words("analyse/relay_cues.txt"):
            return None  # "According to the Foundation, ..., report The Independent. A spokesperson said":
            # a paper that reports relays another's words; the spokesperson is its source's (r48)
        said = i
    if said is None:
        return None
    for j, m in enumerate(ctx.mentions):
        if ctx.mentions[said].end <= m.start < np.start_char and m.label in ("PERSON", "ORG") \
                and ctx.entity(j) != ctx.entity(said):
            return None
    out = dict(out, speaker_via="spokesperson", antecedent_mention=said)
    return _conf(out, 0.8, f"'{np.text}': right after {ctx.mentions[said].text} said so in the sentence before, "
                 "no one else named between: its spokesperson (unnamed), the words its official position")


# children a bare name subject may have and still be one name: "Transocean, the rig's
# owner, said", "BP, which owns the well, said"; not "Transocean and Halliburton said" (two
# speakers), "the BP board" or "BP's lawyers" (someone else)
_BARE_NAME_CHILDREN = frozenset({"compound", "punct", "appos", "relcl", "acl", "prep"})
_SAME_NAME_LABELS = ("PERSON", "ORG")


def _same_name_mention(ctx: _Ctx, text: str, pos: int, labels: tuple[str, ...] = _SAME_NAME_LABELS) -> int | None:
    """A mention the entity tagger made elsewhere in the document with exactly these words,
    when all such mentions stand for one entity (the nearest before ``pos``, else the first
    after); None when none, or when the words name two ("Washington" the man and the city)."""
    hits = [i for i in range(ctx.n_named) if ctx.mentions[i].text == text]
    if not hits or {ctx.entity(i) for i in hits} != {ctx.entity(hits[0])}:
        return None
    if any(ctx.mentions[i].label not in labels for i in hits):
        return None
    before = [i for i in hits if ctx.mentions[i].end <= pos]
    return before[-1] if before else hits[0]


def _name_words(span) -> bool:
    """Capitalised proper-noun words ("O'Donnell" is one: speakers.name_word), none of them a word for people or groups ("Officials",
    "Police" opening a sentence) or a known place."""
    common = speakers.vague_groups() | set(speakers.org_nominals()) | set(speakers.person_nouns())
    return all((t.pos_ == "PROPN" and speakers.name_word(t) or speakers.apostrophe_name(t))
               and t.text[:1].isupper() and t.lower_ not in common
               and t.lemma_.lower() not in common for t in span) and not gazetteer.is_any_place(span.text)


def _name_start(subj, skip=()) -> int:
    """The index of a name's first word ("Halden" of "Halden Corp"): back over the proper-noun
    compounds hung on ``subj``, stopping at any index in ``skip``."""
    doc = subj.doc
    i = subj.i
    while i > 0 and doc[i - 1].dep_ == "compound" and doc[i - 1].head.i == subj.i \
            and doc[i - 1].pos_ == "PROPN" and i - 1 not in skip:
        i -= 1
    return i


def _live_stamp_children(subj, i: int) -> set[int]:
    """Token ids of a live page's time stamp the parse hung on a name subject ("1428 Jane Roe
    tweets:", "0924 The BBC's Tom Hale says": "1428" a nummod of "Roe"): children of the subject
    before its first word ``i`` that lie wholly inside the stamp opening the line
    (stamps.stamp_end, data/live_stamps.txt: a valid clock 0000-2359 at a line's start). Page
    furniture like a chronology's date; with it the name was read as a description with no
    antecedent and left open (issue 18, round forty-five: Timeline17's live pages). Empty when
    no stamp opens the line or a child reaches past it ("1998 Nobel laureate Roe": no clock)."""
    doc = subj.doc
    if i < 1:
        return set()
    text = doc_text(doc)
    first = doc[i]
    line = text.rfind("\n", 0, first.idx) + 1
    end = stamps.stamp_end(text, line)
    if end is None or end > first.idx or text[end:first.idx].strip():
        return set()
    kids = [c for c in subj.children if c.i < i]
    if not kids or any(t.idx < line or t.idx + len(t) > end for c in kids for t in c.subtree):
        return set()
    return {c.i for c in kids}


def _entry_date(subj) -> set[int]:
    """Token ids of a chronology entry's date the parse hung on a name subject ("July 19 -
    Acme says ...": "19" a nummod, "July" an nmod of "Acme"): children of the subject before
    it, every one typed DATE by the tagger, each followed at the end of the date by a dash
    right before the name, the date opening its line. Page furniture, not part of who speaks;
    an empty set otherwise ("19 Acme workers said" has no dash; "Acme's July report" is no
    entry)."""
    doc = subj.doc
    i = _name_start(subj)
    stamped = _live_stamp_children(subj, i)
    if stamped:
        return stamped
    if i < 2 or doc[i - 1].text not in _dashes():
        return set()
    kids = [c for c in subj.children if c.i < i - 1 and c.dep_ != "punct"]
    if not kids:
        return set()
    left = min(t.i for c in kids for t in c.subtree)
    while left > 0 and doc[left - 1].ent_type_ == "DATE" and "\n" not in doc[left - 1].whitespace_:
        left -= 1  # "July" the parse hung on the verb, "19" on the name
    date = doc[left : i - 1]
    if any(t.ent_type_ != "DATE" for t in date) or not any(t.like_num for t in date):
        return set()
    text = doc_text(doc)
    if text[text.rfind("\n", 0, date.start_char) + 1 : date.start_char].strip(" \t"):
        return set()  # not at the start of a line: "... on May 4 - Acme says" is prose
    return {c.i for c in kids}


def _tagged_elsewhere(ctx: _Ctx, subj) -> dict | None:
    """A bare proper-name subject the entity tagger left untagged here ("BP said ...", its
    first word at a paragraph's start) though it tagged the same words elsewhere in the
    document: that mention's entity, at a confidence a little below a tagged subject's. Our
    own rule because spaCy's small model tags a name in one sentence and misses it in the
    next; the document's own tagging is the evidence, so a name it never tags stays open."""
    noun = _noun_tagged_name(ctx, subj)  # "Hannity said", tagged NN: only the document's own mentions name it
    if not (subj.pos_ == "PROPN" or speakers.apostrophe_name(subj) or _acronym_alone(subj) or noun) \
            or subj.i in ctx.tok_mention \
            or ctx.inside_quote(subj.idx):  # "O’Donnell said", tagged NN: a name all the same (round thirty-five)
        return None
    odd = [c for c in subj.children if c.dep_ not in _BARE_NAME_CHILDREN or (c.dep_ == "compound" and c.i > subj.i)]
    if odd:
        entry = _entry_date(subj)  # a chronology entry's date hung on the name is no child of who speaks
        if any(c.i not in entry for c in odd):
            return None
    if any(c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children) for c in subj.children):
        return None  # "Transocean, the rig's owner, and Halliburton ... have both charged": two speakers
    left = _name_start(subj, ctx.tok_mention)
    if left > 0 and ctx.sdoc[left - 1].dep_ in ("compound", "det", "poss", "amod") and ctx.sdoc[left - 1].head.i == subj.i:
        return None  # "the BP board", "a Transocean engineer": not the bare name
    span = ctx.sdoc[left : subj.i + 1]
    out = {"speaker_text": span.text, "speaker_start": span.start_char, "speaker_end": span.end_char,
           "speaker_via": "name"}
    i = _same_name_mention(ctx, span.text, span.start_char)
    if i is None:
        held = speakers.titled_surname(ctx, subj) if left == subj.i - 1 else None
        if held is not None:  # "Dr Hale said", untagged: the one tagged person named ... Hale
            out["antecedent_mention"] = held
            return _conf(out, speakers.weights()["titled_surname_confidence"],
                         f"'{span.text}': untagged, an honorific and the last name of {ctx.mentions[held].text}")
        held = speakers.surname_held(ctx, subj) if left == subj.i and (
            _name_words(span) or noun or _place_word_as_name(ctx, span)) else None
        if held is not None:  # "Hale said ...", untagged, after "Jane Hale" tagged: the one person of that name
            out["antecedent_mention"] = held
            return _conf(out, speakers.weights()["surname_held_confidence"],
                         f"'{span.text}': untagged, the last name of {ctx.mentions[held].text}, the one person "
                         "the document tags with it")
        fused = speakers.outlet_person(ctx, subj) if left == subj.i else None
        if fused is not None:  # "Hannity said" after "Fox News’ Sean Hannity" typed ORG whole
            x, y = fused
            out["body"] = (x, y, ctx.text[x:y], "PERSON")
            return _conf(out, speakers.weights()["surname_held_confidence"],
                         f"'{span.text}': the last name of {ctx.text[x:y]}, written after an outlet's name in a "
                         "mention typed an organisation: a speaker entity of that name")
        if noun or not _name_words(span):
            return None
        person = _untagged_person(subj, span)
        if person is not None:  # "Hale, a Boston lawyer, said": a person, untagged throughout
            name, why = person
            out["body"] = (name.start_char, name.end_char, name.text, "PERSON")
            return _conf(out, 0.85, f"'{span.text}': untagged throughout the document, a person by {why}: "
                         "a new speaker entity of that name")
        held = speakers.full_name_held(ctx, span)
        if held is not None:  # "Igor Sechin told ...", untagged, the bare "Sechin" tagged PERSON elsewhere
            out["antecedent_mention"] = held
            return _conf(out, speakers.weights()["surname_held_confidence"],
                         f"'{span.text}': untagged, the full name of {ctx.mentions[held].text}, the one person "
                         "the document tags with that last name" if len(span) > 1 else
                         f"'{span.text}': untagged here, the one person the document tags with these words")
        # "Nicola Sturgeon, the Scottish health secretary, said" untagged in the whole document:
        # open here; the corpus stage gives it to the one entity of exactly this name (resolve/quotes.py)
        return _conf(out, 0.0, f"'{span.text}': a name no mention of this document holds, left to the corpus")
    out["antecedent_mention"] = i
    return _conf(out, 0.85, f"'{span.text}': the words the document tags as {ctx.mentions[i].label} elsewhere, "
                 "untagged here")


def _acronym(tok) -> bool:
    """A word in capitals the tagger read as a relative or question pronoun: "WHO said ..."
    (the World Health Organization), tagged WP like "who". In a sentence with lower-case words
    (not a headline in capitals) such a word is initials, a name. Round thirty-seven (cueopen):
    over the Timeline17 dev texts 14 quotes with a cue had "WHO" as the speaker's words and no
    rule behind them (read as a "who" with no noun before it); none in the PolNeAR census."""
    return (tok.tag_ in ("WP", "WDT") and len(tok.text) > 1 and tok.text.isupper() and tok.is_alpha
            and any(t.is_lower for t in tok.sent))


def _acronym_speaker(subj) -> dict:
    """Open speaker fields for initials ``_tagged_elsewhere`` found no mention for: left to the
    corpus (resolve/quotes.py gives them to the one entity of that name) when the verb's only
    bare subject, else open."""
    out = {"speaker_text": subj.text, "speaker_start": subj.idx, "speaker_end": subj.idx + len(subj)}
    if not _acronym_alone(subj):  # "WHO and CDC officials say", "WHO Director-General Jan Roe stressed"
        return _conf(out, 0.0, f"'{subj.text}': initials in capitals, not the verb's only subject (a "
                     "conjunct, a title run or a second subject): open")
    out["speaker_via"] = "name"
    return _conf(out, 0.0, f"'{subj.text}': initials in capitals (no relative pronoun), a name no mention "
                 "of this document holds, left to the corpus")


def _acronym_alone(tok) -> bool:
    """``_acronym``, and the verb's one subject, bare: no conjunct ("WHO and CDC officials
    say": a shared statement), no word hung on it, no second subject of the same verb ("WHO
    Acting Director-General Jan Roe stressed", the parse's two subjects: Roe speaks)."""
    return _acronym(tok) and not any(c.dep_ != "punct" for c in tok.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i for c in tok.head.children)


def _place_word_as_name(ctx: _Ctx, span) -> bool:
    """A one-word name subject the gazetteer also knows as a place ("Salazar", "Dole",
    "Gore", "Carson": ``_name_words`` vetoes every place word) that the document never tags
    as a place or a people (no GPE, LOC, FAC or NORP mention of the word): the word may still
    reach a speaker through ``speakers.surname_held``, the one person the document tags with
    it as a last name ("Interior Secretary Ken Salazar ... Salazar said"), never a new entity.
    "Washington said" stays open wherever the document tags Washington a place. Issue 18,
    round thirty-nine (opendesc): over Timeline17 dev, 2 open quotes ("Salazar said",
    untagged, after "Ken Salazar" tagged PERSON)."""
    if len(span) != 1 or not gazetteer.is_any_place(span.text):
        return False
    tok = span[0]
    common = speakers.vague_groups() | set(speakers.org_nominals()) | set(speakers.person_nouns())
    if tok.pos_ != "PROPN" or not speakers.name_word(tok) or tok.lower_ in common:
        return False
    return not any(m.label in ("GPE", "LOC", "FAC", "NORP") and m.text == tok.text for m in ctx.mentions)


def _noun_tagged_name(ctx: _Ctx, subj) -> bool:
    """Is ``subj`` a one-word surname the parse tags a common noun ("Hannity said", "Giles
    attempted ... and said": spaCy's small model tags many a sentence-opening surname NN and
    leaves it out of every mention)? A capitalised singular NN of letters only, not a word for
    people, groups or organisations ("Police", "Officials"), that the document never writes in
    lower case (a common noun opening a sentence is written lower case elsewhere, a surname
    is not). Such a word only reaches a speaker through the document's own mentions
    (``_tagged_elsewhere``: the same words tagged elsewhere, or the one tagged person whose
    name ends in it, "Terry Giles"); else it stays open as before, never a new entity (it may
    be a firm's or a show's name). Issue 18, round thirty-seven (named): PolNeAR train 301-840
    less the keep-off list held 5 such open speakers ("Hannity" 4, "Giles" 1)."""
    if subj.tag_ != "NN" or subj.pos_ != "NOUN" or len(subj) < 3 or not subj.is_alpha \
            or not (subj.text[:1].isupper() and subj.text[1:].islower()):
        return False
    common = speakers.vague_groups() | set(speakers.org_nominals()) | set(speakers.person_nouns())
    if token_listed(subj, common):
        return False
    return re.search(rf"\b{re.escape(subj.lower_)}\b", ctx.text) is None


def _untagged_person(subj, span) -> tuple[Span, str] | None:
    """A name subject the entity tagger left untagged in its whole document that the sentence
    itself shows is a person (round twenty-three, 18o): an apposition whose head is a noun for
    one person, with its article ("Hale, a Boston lawyer, said", "Hale, the county engineer,
    said"; data/person_nouns.tsv and the role words of titles.tsv). The name's words and why,
    else None: a bare name with no such word ("Acme Offshore said") may be a company, left to
    the corpus as before. Our own rule: spaCy's small model misses some names entirely, and the
    corpus has no entity to give the words to."""
    nouns = speakers.person_nouns()
    for c in subj.children:
        if c.dep_ == "appos" and c.i > subj.i and c.pos_ == "NOUN" and c.lower_ in nouns \
                and not any(g.dep_ in ("conj", "cc") for g in c.children) \
                and any(g.dep_ == "det" and g.lower_ in ("a", "an", "the") for g in c.children):
            return span, f"the apposition '{c.text}'"
    return _honorific_name(span) or _who_clause_name(subj, span) or _aged_name(span)


_AGE_AFTER = re.compile(r",[ \t]+(\d{1,3}),[ \t]")


def _aged_name(span) -> tuple[Span, str] | None:
    """"Igor Vorozhbitsyn, 42, told ...": a name of two capitalised words or more that the
    tagger left untagged, with an age between commas right after it, the news way of giving a
    person's age (a firm, a team or a place is given none). Issue 18, round fifty-two (r51's
    read of open quotes: the tagger never tagged "Igor Vorozhbitsyn, 42,", whose "he" and "the
    man" then stayed open)."""
    if len(span) < 2 or not all(t.text[:1].isupper() and t.is_alpha for t in span):
        return None
    m = _AGE_AFTER.match(doc_text(span.doc), span.end_char)
    if m is None or not 0 < int(m.group(1)) < 120:
        return None
    return span, f"the age ', {m.group(1)},' after it"


def _honorific_name(span) -> tuple[Span, str] | None:
    """"Dr Roux said", "Mrs Albee told": a name the tagger left untagged that opens with an
    honorific only a person bears (data/analyse/person_honorifics.txt) and goes on in
    capitalised words; the name without the honorific, as names are kept elsewhere ("Mr. Ren"
    is Ren). Issue 18, round fifty-two: the FNC-1 census's "Dr Roux" (two quotes) was left to
    the corpus, which had no entity for it."""
    if len(span) < 2 or span[0].lower_ not in lexicon.words("analyse/person_honorifics.txt"):
        return None
    rest = span[1:]
    if not all(t.text[:1].isupper() and t.is_alpha for t in rest):
        return None
    return rest, f"the honorific '{span[0].text}'"


def _who_clause_name(subj, span) -> tuple[Span, str] | None:
    """"Quinton Winter, who runs the site, told ...": a name the tagger left untagged with a
    "who" clause of its own (written after a comma), whose first word is a common first name
    (speakers.common_first_name: the US births table). Two signs of a person, each alone too
    weak: British copy writes "who" of teams and firms ("Arsenal, who ..."), and many first
    names open firms' names ("Morgan Stanley"). Issue 18, round fifty-two: the FNC-1 census held
    such a subject open in two texts ("left to the corpus", which had no entity for it)."""
    if len(span) < 2 or not all(t.text[:1].isupper() and t.is_alpha for t in span) \
            or speakers.common_first_name(span[0].text) is None:
        return None
    for c in subj.children:
        if c.dep_ == "relcl" and c.i > subj.i and subj.i + 1 < len(subj.doc) and subj.nbor(1).text == "," and any(
                g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in c.children):
            return span, f"its own 'who' clause and the common first name '{span[0].text}'"
    return None


def document_nouns() -> frozenset[str]:
    """Documents that belong to whoever wrote them (``analyse/document_nouns.txt``)."""
    return lexicon.words("analyse/document_nouns.txt")


def _document_owner(ctx: _Ctx, subj) -> int | None:
    """"the report": the organisation or person whose report the document named before
    ("the BP report", "Moody's report", "a report by the commission"), when every earlier
    such document has the same owner; None when none or two owners. An earlier "a new
    report" by no one named blocks (the report may be that one) unless the very next such
    noun, in the same or the next sentence, names its owner (``_named_next``: "a new poll
    ... / The Acme poll of 900 voters was released Wednesday": one poll, Acme's)."""
    kind = _piece_kind(subj)
    owners: dict[int, int] = {}
    for t in ctx.sdoc[: subj.i]:
        if _piece_kind(t) != kind or t.pos_ != "NOUN":
            continue
        hits = _piece_owners(ctx, t)
        if not hits:
            if any(c.dep_ == "det" and c.lower_ in speakers.determiners("indefinite") for c in t.children) \
                    and _named_next(ctx, t) is None:
                return None  # "a new report" by no one named: the report may be that one
            continue
        owners[ctx.cluster(hits[0])] = hits[0]
    return next(iter(owners.values())) if len(owners) == 1 else None


def _owner_key(ctx: _Ctx, i: int):
    """One key per owner: an organisation's mentions written the same are one owner though
    the entity stage left them apart ("The poll by the Acme Institute ... The poll, released by
    the Acme Institute": round thirty-eight, a PolNeAR census text); a person's, its cluster."""
    m = ctx.mentions[i]
    return ("ORG", m.text) if m.label == "ORG" else ctx.cluster(i)


def _introduced_owner(ctx: _Ctx, subj) -> int | None:
    """The owner of the piece an indefinite speaker "a new poll" brings in (``_named_next``),
    when every owned piece of that noun in the whole document is that owner's (a second
    pollster named anywhere leaves it open)."""
    owner = _named_next(ctx, subj)
    if owner is None:
        return None
    kind = _piece_kind(subj)
    for t in ctx.sdoc:
        if _piece_kind(t) == kind and t.pos_ == "NOUN" and any(
                _owner_key(ctx, i) != _owner_key(ctx, owner) for i in _piece_owners(ctx, t)):
            return None
    return owner


@functools.lru_cache(maxsize=1)
def _piece_kinds() -> dict[str, str]:
    return {w: k for w, k in lexicon.rows("analyse/piece_kinds.tsv")}


def _authoring_participles(t) -> list:
    """The participles hung on the piece noun ``t`` that make the name after their "by" or
    "from" its author (data/piece_author_verbs.txt: "a report released by Acme", "a study
    conducted by Acme"), for ``_owned_piece``. Not "a report obtained by Reuters", "a poll
    criticized by Democrats", "a survey requested by the committee": whoever got hold of,
    judged or asked for the piece did not write it, and the piece speaks, not they (issue 18,
    round thirty-nine: round thirty-five's rule took any participle, and "a report obtained by
    Reuters said ..." was credited to Reuters; over the census texts the participles before
    "by"/"from" after a piece noun were conducted 8, released 8, published 4, commissioned 3,
    compiled 2, requested 2, submitted, sponsored, drafted, reported, raised, provided,
    obtained, overturned, criticized, listed, matched, confirmed 1 each)."""
    authored = lexicon.words("analyse/piece_author_verbs.txt")
    return [c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in authored]


def _piece_kind(t) -> str:
    """The kind of piece a noun names (data/piece_kinds.tsv: "survey" is a poll), else its lemma."""
    lemma = t.lemma_.lower()
    return _piece_kinds().get(lemma, lemma)


def _piece_owners(ctx: _Ctx, t) -> list[int]:
    """The mentions that own the piece noun ``t`` in its own phrase (``_document_owner``'s
    reading): a possessor or compound before it, or the name after "by"/"from", hung on the
    noun or, for a poll or survey (data/piece_kinds.tsv), on a participle of authorship
    (data/piece_author_verbs.txt: "the survey, conducted by Acme"; not "a poll obtained by
    Reuters"). Reports and studies keep the older reading: the census read polls only."""
    near = [c for c in t.children if c.dep_ in ("compound", "poss") and c.i < t.i]
    authored = lexicon.words("analyse/piece_author_verbs.txt") if t.lemma_.lower() in _piece_kinds() else ()
    heads = [t] + [c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in authored]
    authors = [o for h in heads for p in h.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from")
               for o in p.children if o.dep_ == "pobj"]
    near += [o for o in authors if not _named_apart(ctx, o)]
    hits = [ctx.tok_mention[x.i] for c in near for x in c.subtree if x.i in ctx.tok_mention]
    # a person owns the piece as its own possessor, compound or author ("Roe's report", "a
    # report by Jane Roe", "a letter from the chairman, Jane Roe"), not as the modifier of
    # another noun there: "a report from the Obama administration" is the administration's,
    # not Obama's (issue 18, round thirty-five: two such quotes given to Obama on Timeline17)
    return [i for i in hits if ctx.mentions[i].label == "ORG" or ctx.mentions[i].label == "PERSON" and _owns_directly(ctx, i, t)]


def _named_apart(ctx: _Ctx, o) -> bool:
    """Is the author ``o`` after "by"/"from" a proper name of its own that no tagged mention
    holds, so that a name inside its phrase only describes it: "a report by Apple blog
    9to5mac" is the blog 9to5mac's, not Apple's (the tagger missed "9to5mac"). Issue 18, round
    forty-eight: the FNC-1 census gave "according to the report" to Apple through that
    phrase. A common-noun author ("a report by the Acme news agency") and a tagged one ("a
    report by the Acme Institute") are read as before."""
    own = ctx.tok_mention.get(o.i)
    name_like = o.tag_ in ("NNP", "NNPS") or (any(c.isdigit() for c in o.text) and any(c.isalpha() for c in o.text))
    inner = {ctx.tok_mention[x.i] for x in o.subtree if x.i < o.i and x.i in ctx.tok_mention}
    return name_like and bool(inner) and own not in inner


def _describes_author(ctx: _Ctx, i: int, subj) -> bool:
    """Is organisation mention ``i`` only a word describing the named author after "by"/"from"
    on the piece ``subj`` ("a report by Apple blog 9to5mac": ``_named_apart``)?"""
    span = ctx.span(i)
    if span is None:
        return False
    return any(_named_apart(ctx, o) and span.root.i in {x.i for x in o.subtree} and not (span.start <= o.i < span.end)
               for p in subj.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from")
               for o in p.children if o.dep_ == "pobj")


def _named_next(ctx: _Ctx, t) -> int | None:
    """The owner of the piece an indefinite ownerless "a new poll" (``t``) brings in, when
    the very next noun of its lemma outside quotation marks stands in the same or the next
    sentence, singular, with the definite article, and names its owner in its own phrase
    ("according to a new poll that shows ... / The Acme poll of 900 voters was released
    Wednesday"): the text introduces the piece and then says whose it is. Else None: a
    second "a poll", "polls", "another poll", "the Acme poll" sentences later (another piece
    may be meant). Issue 18, round thirty-eight (opennamed): west-journal-152 Q7's "a new
    poll" and its document's three "the poll" quotes were left open though the next sentence
    named the poll's owners."""
    if t.lemma_.lower() not in _piece_kinds():
        return None  # polls and surveys only: the census read those (reports, studies: not measured)
    kind = _piece_kind(t)
    nxt = next((x for x in ctx.sdoc[t.i + 1 :] if _piece_kind(x) == kind and x.pos_ == "NOUN"
                and not ctx.inside_quote(x.idx)), None)
    if nxt is None or nxt.tag_ != "NN" or ctx.sent_no(nxt.idx) - ctx.sent_no(t.idx) > 1:
        return None
    dets = [c for c in nxt.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the" or any(c.lower_ in ("other", "another") for c in nxt.children):
        return None
    hits = _piece_owners(ctx, nxt)
    return hits[0] if hits and {_owner_key(ctx, i) for i in hits} == {_owner_key(ctx, hits[0])} else None


def _owns_directly(ctx: _Ctx, i: int, piece) -> bool:
    """Is person mention i no modifier of a noun other than ``piece`` ("the Obama
    administration", "Mr Roe's office": the administration's, the office's)? A name in
    apposition to the author ("a letter from the chairman, Jane Roe") is the author's."""
    span = ctx.span(i)
    return span is not None and not (span.root.dep_ in ("compound", "poss") and span.root.head.i != piece.i)


def _titled_name(ctx: _Ctx, subj) -> int | None:
    """"Acme Europe Chairman and Chief Executive Jane Roe told": the parse makes the first
    title the subject and the name its conjunct. The person, when every word between the
    title and the name is a title or "and" (not "The chairman and Jane Roe", two people)."""
    if subj.lower_ not in names.titles() or subj.i in ctx.tok_mention:
        return None
    for c in subj.children:
        if c.dep_ != "conj" or c.i not in ctx.tok_mention or ctx.mentions[ctx.tok_mention[c.i]].label != "PERSON":
            continue
        span = ctx.span(ctx.tok_mention[c.i])
        if span is None:
            return None
        between = ctx.sdoc[subj.i + 1 : span.start]
        if between and all(t.lower_ == "and" or t.lower_ in names.titles() for t in between) and any(
                t.lower_ in names.titles() for t in between):
            return ctx.tok_mention[c.i]
    return None


def _spokesperson_before(ctx: _Ctx, subj, np) -> tuple[int, str] | None:
    """"An Acme spokesman confirmed the letter. ... The spokesman said ...": a definite
    "the spokesman" with no organisation of its own is the spokesperson named before when every
    spokesperson the document names before it (outside quotations) speaks for one and the same
    organisation in its own phrase ("a Marubeni spokesman", "a spokeswoman for BP"), and no
    person is named as a spokesperson (that is _role_antecedent's, and two such are two people).
    Such a spokesperson speaks for the organisation, so the organisation is the speaker, as for
    the phrase that named it. Only the spokes- words: "the official" after "a BP official" may
    be any official. Returns (organisation mention, the earlier phrase) or None."""
    if not subj.lower_.startswith("spokes") or subj.tag_ != "NN" or not _definite(np) or any(
            t.dep_ == "poss" or t.tag_ == "POS" for t in np):
        return None
    for m in ctx.mentions:
        if m.label == "PERSON" and m.end <= np.start_char and any(
                (names.role_group(r) or r) == "spokesperson" for r in m.context.roles):
            return None
    found: dict[int, tuple[int, str]] = {}
    for t in ctx.sdoc[: subj.i]:
        if not t.lower_.startswith("spokes") or t.pos_ != "NOUN" or ctx.inside_quote(t.idx):
            continue
        tnp = _np_span(t)
        orgs = [ctx.tok_mention[x.i] for x in tnp if x.i in ctx.tok_mention]
        orgs = [i for i in orgs if _org_twin(ctx, i) is not None]
        org = _attached_org(ctx, t, orgs) if orgs else None
        if org is None or t.tag_ != "NN":
            return None  # a spokesman of someone unnamed, or spokesmen: not one voice we can tell
        found.setdefault(ctx.cluster(org), (org, tnp.text))
    return next(iter(found.values())) if len(found) == 1 else None


def _definite(np) -> bool:
    """"the minister", "its spokesman", "Huawei's founder": a description that can point
    back; "a hospital director", "one official", "another spokesman" cannot."""
    first = np[0]
    if first.lower_ in speakers.determiners("indefinite"):
        return False
    return first.lower_ in speakers.determiners("definite") or any(
        t.dep_ == "poss" or t.tag_ == "POS" for t in np)


def _modifies(ctx: _Ctx, i: int, head) -> bool:
    """Does mention i sit in the phrase as a modifier of the head ("U.S. officials",
    "Britain's foreign ministry"), not behind a preposition ("officials in Haiti")?"""
    span = ctx.span(i)
    return span is not None and span.root.head.i == head.i and span.root.dep_ in ("compound", "poss", "amod", "nmod")


def _post_group(role: str) -> str:
    """The group of posts a role word shares with others (data/titles.tsv: "minister" and
    "secretary" are both government), or the word itself when its group is "other", the file's
    list of roles that name no shared position: a judge is not a lawyer, a reporter not a
    whistleblower (issue 18, round nineteen, 18z: "the judge" was given to a lawyer)."""
    group = names.role_group(role)
    return role if group in (None, "other") else group


def _role_antecedent(ctx: _Ctx, roles: list[str], pos: int, np=None) -> int | None:
    """The one person (cluster) described earlier in the document with one of these roles:
    first by the role's group ("minister" and "secretary" are both "government"), else, when
    the group has several holders, by the role word itself ("the mayor" after "the mayor,
    Marcelo Ebrard" where a minister and a secretary are named too); either way, every
    modifier of the role in ``np`` ("the health secretary") must stand next to a mention of
    that holder ("Alan Johnson, health secretary"), else the description may be another's.
    The mentions are walked once: each earlier person's, by cluster, kept for that test."""
    want = {_post_group(r) for r in roles}
    found: dict[int, int] = {}
    exact: dict[int, list[int]] = {}
    earlier: dict[int, list[int]] = {}  # cluster -> its person mentions before ``pos``
    for i, m in enumerate(ctx.mentions):
        if m.label != "PERSON" or m.end > pos:
            continue
        earlier.setdefault(ctx.cluster(i), []).append(i)
        have = {_post_group(r) for r in m.context.roles}
        if have & want:
            found[ctx.cluster(i)] = i
        if set(m.context.roles) & set(roles):
            exact.setdefault(ctx.cluster(i), []).append(i)
    mods = [t.lower_ for t in np if t.dep_ in ("amod", "compound", "nmod") and t.lower_ not in roles and t.is_alpha
            and t.head.lower_ in roles] if np is not None else []

    def near(held: list[int]) -> bool:  # "the health secretary": "health" next to one of the holder's mentions
        return all(any(re.search(rf"\b{re.escape(w)}\b", ctx.text[max(0, ctx.mentions[i].start - 60) : ctx.mentions[i].end + 60],
                                 re.I) for i in held) for w in mods)

    if len(found) == 1:
        # by the group only ("minister" for a "health secretary"), a modifier of the role
        # must stand by the holder too: "the prime minister" is not the health secretary
        # named before (issue 18, round eighteen)
        c, i = next(iter(found.items()))
        return i if not mods or near(earlier[c]) else None
    if len(exact) != 1 or np is None:
        return None
    held = next(iter(exact.values()))
    return held[-1] if near(held) else None


_ABBREV = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z][a-z]{0,3}\.$")


def _sentence_break(gap: str) -> bool:
    """A full stop between a quote and a cue, not counting "Mr." or "U.S.". A stop inside
    another quotation's closing mark counts when a capitalised word follows it: 'calling him
    "a failed candidate." Romney fired back, attacking Trump for "..."' (the parser keeps
    the two sentences one, so the cue before the first quotation reached the second; the
    seed-153 audit judged Romney's words given to Trump wrong: issue 18, round thirty-eight,
    in-sample). Not before a word in lower case ('asked "why not?" and left') nor before
    another opening mark ('"We lost." "It hurts."': a run of quotations under one cue)."""
    words = gap.split()
    for k, w in enumerate(words[:-1] if not gap.endswith((" ", "\n")) else words):
        if w[-1] in ".!?" and not (_ABBREV.match(w) or w.lower() in names.titles()):
            return True
        bare = w.rstrip("\"”’'")
        if bare and bare != w and bare[-1] in ".!?" and k + 1 < len(words) and words[k + 1][:1].isupper() \
                and not (_ABBREV.match(bare.lstrip("\"“‘'")) or bare.lstrip("\"“‘'").lower() in names.titles()):
            return True  # (not 'the "U.S." Senate', a quoted abbreviation)
    return "\n" in gap.strip(" ")


# Round forty-three (issue 18; seed-158 audit, FNC-1 claim 12, in-sample): 'When Wire Weekly's
# Doe pointed out "that's not a no," Roe repeated his response.' The quotation is the object of
# the verb of saying right before it ("pointed out", in the clause of its own subject); the verb
# after it has an object of its own ("his response"), so it is no tag handing the quotation over
# ('"No," Roe said.' has none). The cue after is passed over only when both hold: a cue verb
# ends right before the opening mark (a particle or "that" between at most) and the verb after
# takes a noun object that is not the addressee of a verb of telling ('"No," she told reporters').
_SAID_RIGHT_BEFORE = re.compile(r"^[ \t\u00a0]*(?:(?:out|up|back|in|that|,|:)[ \t\u00a0]*){0,2}$")


def _object_tag_after_said(ctx: _Ctx, d: _Direct, tok, span) -> bool:
    """Is ``tok``, a cue after the quotation ``d``, a verb with its own noun object, with a cue
    verb right before the quotation whose object the quotation is?"""
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")]
    if not objs or tok.lemma_.lower() in lexicon.words("analyse/addressee_cues.txt"):
        return False
    text = ctx.text
    return any(is_cue(t) and t.pos_ == "VERB" and not ctx.inside_quote(t.idx) and t.idx + len(t) <= d.outer_start
               and _SAID_RIGHT_BEFORE.match(text[t.idx + len(t) : d.outer_start])
               and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in span if t.i < tok.i)


def _cue_near(ctx: _Ctx, d: _Direct):
    """A reporting verb in the sentence around a direct quote, outside quotes: (verb, distance)."""
    sdoc, text = ctx.sdoc, ctx.text
    para_start = text.rfind("\n", 0, d.outer_start) + 1
    para_end = text.find("\n", d.outer_end)
    para_end = len(text) if para_end < 0 else para_end
    best = None
    span = sdoc.char_span(para_start, para_end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        if not is_cue(tok) or tok.pos_ not in ("VERB", "AUX") or ctx.inside_quote(tok.idx):
            continue
        if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and not any(c.dep_ == "agent" for c in tok.children):
            continue  # "the two cases confirmed in Scotland": a participle on a noun, no one's act of saying
        if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and ctx.inside_quote(tok.head.idx):
            continue  # '"... not focused on the interests" shared by both towns, he warned': a participle
            # on the quotation's own noun goes on with its sentence, even with an agent; no tag
            # (round fifty-seven, seed 172 Q87: "shared" was taken for the cue, "warned" left)
        if tok.idx >= d.outer_end:
            gap = text[d.outer_end : tok.idx]
            dist = len(gap)
            if text[d.start : d.end].rstrip()[-1:] in ".?!" and any(
                    c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
                continue  # '"... her desk." Senator Olson said he doubted ...': the quotation closed its
                # sentence, and the cue after it reports its own clause, not the quotation
            if text[d.start : d.end].rstrip()[-1:] in ".?!" and tok.tag_ == "VBG" and tok.dep_ == "advcl" \
                    and tok.head.i > tok.i and text[tok.idx : tok.idx + 1].isupper():
                continue  # '... said he was "quite certain ... accord." Speaking with the Times, Gary Doe
                # also made it sound ...': the quotation closed its sentence, and a participle opening
                # the next one is that sentence's adverbial, no tag of the quotation (issue 18, round
                # forty-eight: the FNC-1 census gave Jim Mattis's words to the adviser named after it)
            if text[d.start : d.end].rstrip()[-1:] in ".?!" and (
                    _announcing_colon(ctx, d) is not None or _comma_lead_in(ctx, d) is not None) and any(
                    c.dep_ == "dobj" and c.i > tok.i for c in tok.children) and tok.lemma_.lower() not in ("tell", "ask"):
                continue  # 'one line at the dam: "Open every gate!" Farmers still thank him for that
                # order': a colon handed the quotation over and it closed its sentence; a
                # cue with a thing as its object after it is a new sentence's, no tag (round thirty-four;
                # over the census of colon lead-ins it changed 2 quotes: this one, wrong -> Reagan, and
                # one right speaker now read off the cue before the colon); and likewise after a
                # comma lead-in, 'a masked man denounces the government, saying, "..." He cites
                # recent strikes' (round forty-two, seed-157 audit: the quotation went to the next
                # sentence's "he", resolved to the government's head)
            if _object_tag_after_said(ctx, d, tok, span):
                continue  # 'When Doe pointed out "that's not a no," Roe repeated his answer' (see there)
            if _contrast_clause_after(ctx, d, tok):
                continue  # 'Roe mused that "...", while Doe described it as ...' (see there)
            if text[tok.idx + len(tok) :].lstrip(" \t\u00a0").startswith(":") \
                    and text[d.start : d.end].rstrip()[-1:] not in (",", ";", "-", "—", "–"):
                continue  # 'Gas was "vented onto the rig" The report says: "The team ..."' (issue 18,
                # 29s: bpoil_guardian-101 Q36): a cue and a colon point at the words after them, not
                # at a phrase quoted before with no comma to hand it over ('"...," he said: ...' stays)
        elif tok.idx + len(tok) <= d.outer_start:
            gap = text[tok.idx + len(tok) : d.outer_start]
            dist = len(gap) + 5  # prefer a cue after the quote
            if _sentence_break(gap) or len(gap) > 120:
                continue  # the test below, first: the parse reads after it are dear on a long paragraph
            if _cleft_verb(tok.doc, tok.i + 1, d.outer_start, outside=tok) is not None:
                continue  # "While Roe promised ..., it was Doe who voiced ...: '...'": the cleft's focus
                # has the words, not the subject of the clause before it (see _cleft_verb)
            if _thing_holds_it(tok, sdoc.char_span(tok.idx, d.outer_start, alignment_mode="expand") or []):
                continue  # 'shared the website, which contains this line: "..."': the thing's words (round 58)
            if _before_colon_lead(ctx, d, tok):
                continue  # 'Aides say he will back Cruz. From Bush's post: "..."': the colon's own
                # sentence hands the quotation over, not a cue of the sentence before it
        else:
            continue
        if _sentence_break(gap) or len(gap) > 120:
            continue
        if best is None or dist < best[1]:
            best = (tok, dist)
    if best is None:
        best = _cleft_cue(ctx, d, para_start)
    if best is None and not text[para_start : d.outer_start].strip():
        best = _colon_cue(ctx, para_start)
    if best is None and not text[d.outer_end : para_end].strip():
        best = _tag_below(ctx, para_end)
    if best is not None:
        v = best[0]
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if (v.dep_ == "ccomp" and v.head.pos_ in ("VERB", "AUX") and is_cue(v.head) and not ctx.inside_quote(v.head.idx)
                and subj and (subj[0].lower_ == "it" or _voiceless(subj[0]))):
            # "Roe said it would tell the city's story, one of '...'": the cue near the quotation
            # is inside what another cue reports, with a thing as its subject (a museum tells no
            # one anything); the quotation is the words of the one who said it
            best = (v.head, best[1])
    return best


_CONTRAST_MARKS = lexicon.words("analyse/contrast_marks.txt")


def _contrast_clause_after(ctx: _Ctx, d: _Direct, tok) -> bool:
    """Is the cue ``tok`` after a quotation the verb of an adverbial clause set against the
    quotation's own clause by "while", "whereas" or "although" ('Roe mused on her blog that
    "no venture is without risk", while Doe described the spill as "an anomaly"')? The clause
    tells what someone else did; the quotation belongs to the clause it stands in, whose verb
    the lexicon may not hold ("mused"), so it is left without this cue rather than given to the
    other clause's subject (round forty-four, integrator, in-sample: seed 159's bpoil_guardian
    Q30). Not when the quotation stands inside that clause ('..., while Doe said "..."' has its
    cue before it)."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in tok.children):
        return False
    inner = ctx.sdoc.char_span(d.start, d.end, alignment_mode="expand")
    return inner is not None and not any(tok.is_ancestor(t) for t in inner)


@functools.lru_cache(maxsize=1)
def _chant_cues() -> frozenset[str]:
    """Verbs of chanting, shouting, singing and cheering (data/chant_cues.txt): no cues of
    saying, but the tag of a quotation that is what their subject chanted."""
    return lexicon.words("analyse/chant_cues.txt")


# at most this many words between a chant verb and the quotation it tags: the subject of a tag
# after it ('"..." some protesters chanted'), or "back", "out", "at him" before it
_CHANT_GAP_WORDS = 5


def _chant_verb(ctx: _Ctx, d: _Direct):
    """A verb of chanting or shouting (``_chant_cues``) that is a direct quotation's own tag:
    (verb, distance) as ``_cue_near`` gives a cue, or None. The verb stands right after the
    closing mark with only its subject between ('"Power to the people!" the group shouted',
    '"Dump Trump," some protesters chanted') or right before the opening mark with at most a
    colon, a comma and a short adverbial between ('as a heckler yelled: "..."', 'chanting
    "..."'), in the quotation's paragraph and sentence, outside other quotations. Issue 18,
    round thirty-five ("chant"): the fresh seed-149 sample gave a crowd's chant at a rally to
    the candidate whose words stood beside it (a saying cue of the candidate's further off,
    or the candidate's quote before carried over). The quotation's speaker is then the verb's
    subject (``_cue_speaker``, ``_chanted_by``); an embedded fragment with no saying cue stays
    left out as before. Census (the 531 census texts with a quotation within 60 characters of
    a word of the class; PolNeAR train 301-840 minus the keep-off list and Timeline17 dev): 16
    quotations change their cue to such a verb: 5 wrong speakers now open (a heckler's "You
    suck!" given to Cruz, protesters' shouts given to Emanuel, to Hayward twice, to a witness
    carried over), 4 open ones now right (a named shouter, a he/she, a paper that "screamed"),
    one right one kept, 6 open ones still open; none moved from right to wrong. A second pass
    over 145 more texts (a quotation near hats, posters, "holler", "chorus" ...): no change."""
    text, sdoc = ctx.text, ctx.sdoc
    para_start = text.rfind("\n", 0, d.outer_start) + 1
    para_end = text.find("\n", d.outer_end)
    para_end = len(text) if para_end < 0 else para_end
    span = sdoc.char_span(para_start, para_end, alignment_mode="expand")
    if span is None:
        return None
    best = None
    for tok in span:
        if tok.pos_ != "VERB" or not (_forms(tok) & _chant_cues()) or ctx.inside_quote(tok.idx) or _title_word(tok):
            continue
        if tok.dep_ == "amod":
            continue  # 'he told the cheering crowd': a modifier, no one's act of chanting
        if tok.idx >= d.outer_end:
            gap = text[d.outer_end : tok.idx]
            dist = len(gap)
            if text[tok.idx + len(tok) :].lstrip(" \t\u00a0").startswith(":"):
                continue  # 'the crowd shouted: "..."' points at the words after it
        elif tok.idx + len(tok) <= d.outer_start:
            gap = text[tok.idx + len(tok) : d.outer_start]
            dist = len(gap) + 5  # prefer a tag after the quotation, as _cue_near does
        else:
            continue
        if _sentence_break(gap) or len(gap.split()) > _CHANT_GAP_WORDS or any(ch in gap for ch in '"“”‘’«»'):
            continue
        lo, hi = (d.outer_end, tok.idx) if tok.idx >= d.outer_end else (tok.idx + len(tok), d.outer_start)
        between = sdoc.char_span(lo, hi, alignment_mode="contract")
        if between is not None and any(is_cue(t, mental=True) for t in between):
            continue  # 'The crowd cheers, and then Roe continues: "..."': a cue between hands it to its own subject
        if best is None or dist < best[1]:
            best = (tok, dist)
    return best


def _chanted_by(ctx: _Ctx, verb, found: dict) -> dict:
    """``_cue_speaker``'s answer for a quotation a verb of chanting tags (``_chant_verb``), open
    where the parse gives the verb no subject of its own ('a protester ... approached the
    executives shouting, "..."': the phrase left of the verb is the main verb's object) and where a
    description was resolved to an organisation ('"Power to the people!" the group shouted':
    a crowd chants, no body; "the group" went to a university named before). A subject named
    as the chanter ('screamed the Daily Mail', its headline) and a he/she stay."""
    subj = _subject(verb)
    if found.get("speaker_mention") is None and subj is None:
        return _conf({}, 0.0, f"'{verb.text}' has no subject in the parse: the chanter is not named: open")
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and subj is not None and verb.head.i < subj.i < verb.i \
            and not any(c.dep_ == "dobj" for c in verb.head.children):
        # "approached the executives shouting": the parse's subject is the main verb's object
        return _conf({}, 0.0, f"'{subj.text} {verb.text}' right after '{verb.head.text}': the object of "
                     f"'{verb.head.text}' read as the subject, the chanter is not sure: open")
    ante = found.get("antecedent_mention")
    if found.get("speaker_mention") is None and ante is not None and ctx.mentions[ante].label != "PERSON":
        out = {k: v for k, v in found.items() if k not in ("antecedent_mention", "org", "org_mention")}
        return _conf(out, 0.0, f"'{found.get('speaker_text')}' {verb.text.lower()}: a crowd or a group, not "
                     f"{ctx.mentions[ante].text}: open")
    return found


# at most this many words between a sign's noun and the quotation it bears ('a sign nearby said:')
_INSCRIPTION_WORDS = 6


def _inscription(ctx: _Ctx, d: _Direct) -> dict | None:
    """Open speaker fields for a quotation that is the words on a sign, a banner, a placard or
    a T-shirt (data/inscription_words.tsv): its lead-in, in its own sentence and at most six words
    before the opening mark, names such a noun, and what stands between is a colon or a verb of
    reading or saying whose subject is the sign itself (or a participle or a relative on it):
    'a banner reading: "..."', 'signs, with one reading "..."', 'a new sign was added: "..."',
    'the slogan: "..."'. No name, no pronoun but a relative and no other verb between ('a
    positive sign, but cautioned: "..."' and 'a good sign, he said: "..."' stay their
    speaker's). Issue 18, round thirty-five ("chant", the brief's "holding signs"): the census
    gave a banner's words to the speaker of the quote before (carried), a sign's to the
    reporter's tag further off ('..., our correspondent adds') and to the speaker of a cue
    before it. Census (the 531 texts of ``_chant_verb``'s census): 14 quotations change, 4 wrong
    speakers now open (a banner's and a T-shirt's words carried from the speaker before, a
    sign's given to the cue before it and to a correspondent's tag shown as him), 10 open ones
    still open (their evidence now says whose words); none moved from right to wrong."""
    text, sdoc = ctx.text, ctx.sdoc
    para_start = text.rfind("\n", 0, d.outer_start) + 1
    span = sdoc.char_span(para_start, d.outer_start, alignment_mode="contract")
    if span is None or not len(span):
        return None
    words = lexicon.kinds("analyse/inscription_words.tsv")
    toks = [t for t in span if not ctx.inside_quote(t.idx) and t.sent.start == span[-1].sent.start]
    for k in range(len(toks) - 1, max(-1, len(toks) - 2 - _INSCRIPTION_WORDS), -1):
        noun = toks[k]
        if noun.lower_ not in words["noun"] or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        between = toks[k + 1 :]
        said = [x for x in between if x.pos_ in ("VERB", "AUX") and _forms(x) & words["verb"]]
        if any(x.pos_ == "PROPN" or (x.pos_ == "PRON" and x.lower_ not in ("that", "which", "one")) for x in between):
            return None
        if any(x.pos_ == "VERB" and x not in said for x in between):
            return None
        holders = {noun.i} | {x.i for x in between if x.lower_ in ("that", "which", "one")}
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in holders for x in said for c in x.children):
            return None  # 'a sign, said the mayor: "..."': the mayor's words
        if not said and not text[: d.outer_start].rstrip(" \t\u00a0").endswith(":"):
            return None
        phrase = text[noun.idx : noun.idx + len(noun)]
        return _conf({"speaker_text": phrase, "speaker_start": noun.idx, "speaker_end": noun.idx + len(noun),
                      "speaker_via": "nominal", "breaks_carry": True}, 0.0,
                     f"the words on a {noun.lemma_.lower()} ('{text[noun.idx : d.outer_start].strip()}'), "
                     "no one's saying: open")
    return None


def _announcing_colon(ctx: _Ctx, d: _Direct) -> int | None:
    """The offset of a colon outside quotes right before the quotation's opening mark (it hands
    the quotation over), or None."""
    colon = len(ctx.text[: d.outer_start].rstrip(" \t\u00a0\n")) - 1
    return colon if colon >= 0 and ctx.text[colon] == ":" and not ctx.inside_quote(colon) else None


def _comma_lead_in(ctx: _Ctx, d: _Direct):
    """The saying verb that hands the quotation over with a comma right before its opening mark
    (', saying, "..."', 'Roe said, "..."'), or None: a cue outside quotes, the last word before
    the comma."""
    comma = len(ctx.text[: d.outer_start].rstrip(" \t\u00a0\n")) - 1
    if comma < 1 or ctx.text[comma] != "," or ctx.inside_quote(comma):
        return None
    span = ctx.sdoc.char_span(comma, comma + 1, alignment_mode="expand")
    if span is None or span[0].i == 0:
        return None
    verb = span.doc[span[0].i - 1]
    return verb if verb.pos_ in ("VERB", "AUX") and is_cue(verb) and not ctx.inside_quote(verb.idx) else None


def _before_colon_lead(ctx: _Ctx, d: _Direct, cue) -> bool:
    """Is the quotation announced by a colon whose sentence opens after ``cue``? A colon lead-in
    ("From Roe's Facebook post:", "Roe's statement:", "Here is the letter:", "Roe wrote:") hands
    the quotation over from its own sentence; a cue of a sentence before it ("Aides say he will
    back Doe.") said something else, and is not the quotation's. _sentence_break alone misses
    the stop after a short name ("Cruz.", "Bush.": the abbreviation test takes them for "Gov."),
    so the sentence is read off the parse, and only where a stop ends the text before it and
    the word with the stop is no title (issue 18, round thirty-four: seed 137's wash-post Q20
    gave a Facebook post's words to the aides of the sentence before, in-sample). Census of
    every quotation a colon hands over, PolNeAR train 301-840 (keep-off list out, 175) and
    Timeline17 dev (1,224 in the 570 texts with one): this was the one such quotation a cue
    of an earlier sentence took; Timeline17 sets a sentence a line, so the newline stops it."""
    text = ctx.text
    colon = _announcing_colon(ctx, d)
    if colon is None or colon <= cue.idx:
        return False
    span = ctx.sdoc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None:
        return False
    start = span[0].sent.start
    if start <= cue.i:
        return False
    before = text[: ctx.sdoc[start].idx].rstrip(" \t\u00a0\n").rstrip("\"'\u201d\u2019)")
    if not before or before[-1] not in ".!?":
        return False
    word = before.split()[-1].lower() if before.split() else ""
    return word not in names.titles() and word.rstrip(".") not in names.titles()


def _cleft_verb(sdoc, i: int, end: int, outside=None):
    """The verb of a cleft's "who" clause from token ``i`` on, before character ``end``: "it
    was Doe who voiced ..." ("who" the subject of a clause on the focus, the focus what "it
    was" or "it is"), or None; with ``outside`` (a cue), only a cleft that is not part of
    what that cue says ("Roe said it was Doe who ..." is Roe's). The words a colon after that
    clause hands over are the focus's, not those of the subject of a clause before the cleft
    ("While Roe promised ..., it was Doe who voiced the thought of the day: '...'"). Issue 18, round thirty-two:
    58 "it was/is ... who" over the Timeline17 dev texts, two with a verb of saying, one
    with a quotation after its colon, given to the subject of the "while" clause."""
    for t in sdoc[i:]:
        if t.idx >= end:
            return None
        v = t.head
        if t.lower_ != "who" or t.dep_ != "nsubj" or v.dep_ != "relcl" or v.i <= t.i:
            continue
        focus = v.head
        be = focus.head
        if focus.dep_ == "attr" and be.lemma_ == "be" and be.i < focus.i and any(
                c.dep_ in ("nsubj", "expl") and c.lower_ == "it" and c.i == be.i - 1 for c in be.children) \
                and (outside is None or not any(a.i == outside.i for a in be.ancestors)):
            return v
    return None


def _cleft_cue(ctx: _Ctx, d: _Direct, para_start: int):
    """The verb of a cleft before a quotation its clause hands over with a colon, in one
    sentence ("it was Doe who voiced the thought of the day: '...'"): (verb, distance), or
    None. Its "who" is the speaker, read through the focus (``_relative_speaker``)."""
    text = ctx.text
    lead = text[:d.outer_start].rstrip(" \t\u00a0")
    if not lead.endswith(":"):
        return None
    span = ctx.sdoc.char_span(para_start, d.outer_start, alignment_mode="expand")
    if span is None:
        return None
    v = _cleft_verb(ctx.sdoc, span.start, d.outer_start)
    if v is None or ctx.inside_quote(v.idx):
        return None
    gap = text[v.idx + len(v) : d.outer_start]
    if _sentence_break(gap) or len(gap) > 120:
        return None
    return (v, len(gap) + 5)


def _absolute_after(tok, comp: list) -> bool:
    """"Father Tom, a priest at the church, said, his voice shaking": the parse makes the phrase
    after the comma the clause said, but a participle with a subject of its own and no auxiliary
    is an absolute phrase telling how it was said, not what (issue 18, round twenty, 18q): a tag
    with one is still a bare tag (``_tag_below``). "said, prices are rising" (a finite verb) is not.
    (As a reason to drop the phrase's own quote it fired on no dev text but its source: not shipped.)"""
    if not comp or comp[0].dep_ != "ccomp" or comp[0].tag_ not in ("VBG", "VBN"):
        return False
    c = comp[0]
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == "," and c.left_edge.i == tok.i + 2 \
        and any(x.dep_ == "nsubj" for x in c.children) and not any(x.dep_ in ("aux", "auxpass", "mark") for x in c.children)


def _tag_below(ctx: _Ctx, para_end: int):
    """A quotation that closes its paragraph, and a next paragraph that is only its tag: the
    cleaner split '"... who can?"' from 'Father Tom, a priest at the church, said, his voice
    shaking.' (issue 18, round twenty, 18q). Without it the quotation would be chained to the
    speaker of the quote before. The tag: a cue whose subject opens the paragraph, with nothing
    said after it (no clause, object or infinitive; at most an absolute phrase), ending the
    sentence. (cue, distance) or None."""
    sdoc, text = ctx.sdoc, ctx.text
    start = para_end
    while start < len(text) and text[start] in "\n \t\u00a0":
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    span = sdoc.char_span(start, end, alignment_mode="expand") if start < end else None
    if span is None or len(span) > 40:
        return None
    for tok in span:
        if not is_cue(tok) or tok.pos_ != "VERB" or ctx.inside_quote(tok.idx):
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
        if not subj or subj[0].left_edge.idx != start:
            return None
        if tok.tag_ not in ("VBD", "VBZ") or tok.lemma_.lower() in direct_cues() or any(
                c.dep_ in ("aux", "auxpass", "neg") and c.idx >= start for c in tok.children):
            return None  # "The test will continue into Tuesday", "EPA did not respond": no one's tag (the
            # parse may hang the quotation's own "can" on the cue: only the paragraph's words count)
        if any(ctx.inside_quote(t.idx) or t.is_quote for t in span):
            return None  # '"Oui," she replies': a quotation of its own, not a tag
        pairs, _ = _saying_occasions()
        for c in (c for c in tok.children if c.i > tok.i):
            # after the cue only punctuation, an adverb, an absolute phrase or the occasion ("said
            # at a news conference"); "spoke of their fears" (a topic), "..., but ..." are more
            if c.dep_ in ("punct", "advmod", "npadvmod") or (c.dep_ == "ccomp" and _absolute_after(tok, [c])):
                continue
            if c.dep_ == "prep" and any((c.lower_, o.lemma_.lower()) in pairs for o in c.children if o.dep_ == "pobj"):
                continue
            return None
        rest = span[tok.i + 1 - span.start :]
        if any(t.idx >= end for t in rest):
            return None
        return (tok, 60 + tok.idx - start)
    return None


def _colon_cue(ctx: _Ctx, para_start: int):
    """'Caddell continued:' alone before a paragraph that opens with a quotation: the cue
    of the paragraph before, when that paragraph ends with a colon."""
    text = ctx.text
    prev_end = para_start
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    if prev_end == 0 or text[prev_end - 1] != ":":
        return None
    prev_start = text.rfind("\n", 0, prev_end) + 1
    span = ctx.sdoc.char_span(prev_start, prev_end, alignment_mode="expand")
    if span is None or len(span) > 40:
        return None
    cues = [t for t in span if is_cue(t) and t.pos_ in ("VERB", "AUX") and not ctx.inside_quote(t.idx)]
    if cues and _thing_holds_it(cues[-1], span):
        return None
    return (cues[-1], para_start - cues[-1].idx) if cues else None


def _thing_held_lead(ctx: _Ctx, d: _Direct) -> str | None:
    """Evidence when the words right before a quotation tell of a thing holding it
    (``_thing_holds_it``): the paragraph before, ended by a colon, when the quotation opens its
    own paragraph, else its own paragraph's words before it. Those words hand the quotation to
    the thing (a website, a post, a sign), so no speaker before it carries on to it: open."""
    text = ctx.text
    para_start = text.rfind("\n", 0, d.outer_start) + 1
    start = para_start
    if not text[para_start : d.outer_start].strip():
        end = para_start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == 0 or text[end - 1] != ":":
            return None
        start, stop = text.rfind("\n", 0, end) + 1, end
    else:
        stop = d.outer_start
    span = ctx.sdoc.char_span(start, stop, alignment_mode="expand")
    if span is None or len(span) > 60 or not _thing_holds_it(None, span):
        return None
    return "no cue: the words before hand the quotation to a thing that holds it ('which contains the following " \
        "statement:'), the text of a website, a post or a sign, not the words of whoever shared it: open"


def _thing_holds_it(cue, span) -> bool:
    """Is the paragraph that hands a quotation over with its colon a thing's holding of it, told
    after the cue: "She went on to share the hashtag and the initiative's website, which contains
    the following statement:" (round fifty-eight, seed 172 Q58, speaker wrong: the statement is
    the website's text, shared by the one the cue names)? A verb of containing
    (data/containing_verbs.txt) after the cue, whose subject is a thing ("which", or a noun no
    tagger calls a person), carries the quotation; whoever shared or posted it is not shown
    saying it. 'He said the report contains this line:' (the containing verb inside what the cue
    reports), 'wrote a letter that included the following line:' (a thing the subject wrote,
    data/piece_author_verbs.txt) and 'Roe, who leads the group, said:' stay the cue's."""
    holds = lexicon.words("analyse/containing_verbs.txt")
    authored = lexicon.words("analyse/piece_author_verbs.txt")
    for v in span:
        if (cue is not None and v.i <= cue.i) or v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in holds:
            continue
        if cue is not None and any(a.i == cue.i for a in v.ancestors) and v.dep_ not in ("relcl", "acl"):
            continue  # what the cue itself reports ("said the report contains ...")
        if any(a.pos_ == "VERB" and a.lemma_.lower() in authored for a in v.ancestors):
            continue  # "wrote a letter that included the following line:": the writer's own words
        last = max(t.i for t in v.subtree if not (t.is_punct or t.is_space))
        rest = [t for t in span if t.i > last]
        if not rest or not all(t.is_punct or t.is_space for t in rest) or not any(t.text == ":" for t in rest):
            continue  # only the clause that runs to the colon hands the quotation over ("whose district
            # includes Hyde Park, on the South Side." is an aside on the speaker; the census's)
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None and (subj.lower_ in ("which", "that") or (subj.pos_ in ("NOUN", "PROPN") and subj.ent_type_ != "PERSON")):
            return True
    return False


def _according_to(sdoc):
    """Tokens 'according' followed by 'to' with an object, and the object (``_source_before_break``).

    Round fifty-nine, e1 (cost): every candidate of ``_according_tail`` and ``_according_cands``
    walked the whole parse again (a tenth of the per-document stage's time on Timeline17 texts);
    the pairs, as token indices, are found once per parse and kept in its ``user_data`` (indices,
    not tokens: a token held there would tie the parse to itself), and a text with no "according"
    is not walked at all (``parse.per_parse``)."""
    for a, o in per_parse(sdoc, "storyline_according", lambda: _according_pairs(sdoc)):
        yield sdoc[a], sdoc[o]


def _according_pairs(sdoc) -> list[tuple[int, int]]:
    """``_according_to``'s pairs as token indices, walked once per parse."""
    pairs: list[tuple[int, int]] = []
    if "according" not in doc_text(sdoc).lower():
        return pairs
    for tok in sdoc:
        if tok.lower_ == "according" and tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].lower_ == "to":
            obj = [c for c in sdoc[tok.i + 1].children if c.dep_ == "pobj"]
            # "according to show insiders": the parse read the compound as a verb and its object
            obj = obj or [o for c in sdoc[tok.i + 1].children if c.dep_ == "pcomp" and c.i == tok.i + 2
                          for o in c.children if o.dep_ == "dobj" and o.i == c.i + 1]
            if obj:
                pairs.append((tok.i, _source_before_break(sdoc, sdoc[tok.i + 1], obj[0]).i))
    return pairs


def _subject_in_source(acc, obj) -> int | None:
    """Where the clause's own subject begins inside the object of an opening "According to"
    with no comma after the source: "According to Reuters Mr Roe also met Doe in May" is read as
    one noun phrase ("Reuters Mr Roe"), the main verb left with no subject. The claim is the
    source's (Reuters), the person after it only what it is about (round fifty-three, seed 168
    c065 Q3: the claim went to the person, the content opened at "also met"). Only when the verb
    the "according" hangs on has no subject of its own, and inside the object's run of words
    (no punctuation) a person's honorific (data/person_honorifics.txt) or a second tagged name
    starts right after a name: the index of that word, else None. The parse gives one phrase,
    so the test reads the honorific and the tagger's name bounds."""
    verb, to = acc.head, acc.nbor(1)
    if verb.pos_ not in ("VERB", "AUX") or verb.i < obj.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and c.i > acc.i for c in verb.children):
        return None  # (a subject before the opening "According" is the parse's run across a break)
    doc = acc.doc
    first = to.i + 2 if doc[to.i + 1].lower_ == "the" else to.i + 1
    run = doc[first : obj.i + 1]
    if len(run) < 2 or any(t.is_punct or t.is_space for t in run) or run[0].pos_ != "PROPN":
        return None
    honorifics = lexicon.words("analyse/person_honorifics.txt")
    for t in run[1:]:
        if t.lower_ in honorifics and t.nbor(1).pos_ == "PROPN" and t.nbor(-1).pos_ == "PROPN":
            return t.i
        if t.ent_iob_ == "B" and t.nbor(-1).ent_type_ and t.pos_ == "PROPN" and t.nbor(-1).pos_ == "PROPN":
            return t.i
    return None


def _glued_source(ctx: _Ctx, c: _Cand, speaker: dict) -> dict:
    """The speaker of an "according" candidate, open when the name it was given runs on into
    the content: "According to Reuters Mr Roe also met ..." with the tagger's one name "Reuters
    Mr Roe" (_subject_in_source starts the content at "Mr"). That name is no one's; the source
    is the words before the content, which no mention holds alone, so the speaker is left open
    on them (round fifty-three, seed 168 c065 Q3's shape)."""
    i = speaker.get("speaker_mention")
    m = ctx.mentions[i] if i is not None else None
    if m is None or not m.start < c.start < m.end or c.source is None or c.source.i + 1 >= len(ctx.sdoc):
        return speaker
    nxt = c.source.nbor(1)  # the split _subject_in_source made, not a content the parse cut elsewhere
    if nxt.idx != c.start or not (nxt.lower_ in lexicon.words("analyse/person_honorifics.txt") or nxt.ent_iob_ == "B"):
        return speaker
    end = m.start + len(ctx.text[m.start : c.start].rstrip())
    phrase = ctx.text[m.start : end]
    return _conf({"speaker_text": phrase, "speaker_start": m.start, "speaker_end": end, "speaker_via": "nominal"}, 0.0,
                 f"'{m.text}': one name in the tagger's reading that runs on into the claim's own subject; "
                 f"the source is '{phrase}', which no mention holds alone: open")


def _source_before_break(sdoc, to, obj):
    """The object of "according to" on the cue's side of a line break: the parse may run a
    source that ends its paragraph into the next paragraph's subject ('..., according to
    Acme.com.\n\nFans of the meal need only ...' hangs "Acme.com" as a compound on "Fans"),
    which then read as the source (issue 18, round fifty-one, mender m1: fnc1_c049 Q11 of
    seed 166, the next paragraph's subject shown as the speaker phrase). When a line break
    stands between "to" and its object, the object is the last word of the object's phrase
    before the break (the name it swallowed); with none such, the object as parsed."""
    text = doc_text(sdoc)
    if "\n" not in text[to.idx : obj.idx]:
        return obj
    brk = to.idx + text[to.idx : obj.idx].index("\n")
    inside = [t for t in obj.subtree if to.i < t.i and t.idx < brk and not (t.is_punct or t.is_space)]
    return inside[-1] if inside else obj


def _trim_chars(text: str, a: int, b: int) -> tuple[int, int]:
    """Reported content without a stray comma, colon, stop or dash at either edge, and never
    ending on an opening bracket: "Yesterday there were raids on the border (as Reuters
    reported)" says "Yesterday there were raids on the border", the parenthetical attribution
    being the tag (round fifty-one, seed 166 fnc1_c045 Q3 ended on the "(")."""
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:.—–-([{"):
        b -= 1
    return a, b


_MARKS = '"“”„«»'


def _trim_marks(text: str, a: int, b: int) -> tuple[int, int]:
    """Reported content without a quotation mark left over at either edge: 'said on ABC's
    "Good Morning America" he expected' starts at "he", and '..., "we are not there yet"'
    keeps both of its marks (they pair up)."""
    a, b = _trim_chars(text, a, b)
    for _ in range(4):
        if b <= a or sum(text[a:b].count(m) for m in _MARKS) % 2 == 0:
            break
        if b < len(text) and text[b] in _MARKS and text[b - 1] not in _MARKS:
            b += 1  # 'described the situation as "horrific"': the closing mark just after
        elif _closed_after_stop(text, b):
            b += 2  # 'said it was not a "slush fund."': the mark closes after the stop (24s)
        elif text[a] in _MARKS:
            a += 1
        elif text[b - 1] in _MARKS:
            b -= 1
        else:
            break
        a, b = _trim_chars(text, a, b)
    return a, b


# the rest of a quotation after a content's end: no mark, no line break, and no sentence end
# (a stop, "!" or "?" with a space and a capital after it) before its closing mark
_QUOTATION_REST = re.compile(r"[^\n\"“”]{1,200}?[”\"]")
_SENTENCE_END = re.compile(r"[.!?][ \t\u00a0]+[“\"‘']?[A-Z]")


def _open_quotation(text: str, a: int, b: int) -> bool:
    """Does the content text[a:b] end inside a quotation it opened: its last mark an opening
    one (a left curly mark, or a straight one at an odd count), set right after a word ('called
    himself "very pro', 'resemble "a judge')?"""
    marks = [(i, ch) for i, ch in enumerate(text[a:b], a) if ch in '"“”']
    if not marks:
        return False
    i, last = marks[-1]
    if i < a + 2 or text[i - 1] != " " or not text[i - 2].isalnum():
        return False  # a quotation handed over by a colon or comma ('disaster: "Probably ...') is a
        # quotation of its own, maybe another's words (Timeline17: a congresswoman's retort after a
        # colon would have been run into the chief executive's content)
    if last == '"':
        # a straight mark opens when a space, a bracket or the content's start stands before it and a
        # word after it ('... lot worse" than ...' closes a quotation opened before the content)
        return sum(1 for _, ch in marks if ch == '"') % 2 == 1 and (i == a or text[i - 1] in " \t\u00a0([—-") \
            and text[i + 1 : i + 2].isalnum()
    return last == "“"


def _fragment_opened(text: str, a: int, b: int) -> bool:
    """Is the one quotation mark in the content text[a:b] an opening one set right after a word
    ('called himself "very pro', 'that the businessman "is right')? Then the content run on to
    the quotation's close (_to_quotation_close) is the clause holding the speaker's quoted words,
    kept though the quotation covers most of it, the quotation "mixed" inside it. A quotation
    handed over by a comma or a colon ('she stated, "...', 'the sign idea: "...') is a direct
    quote of its own, and a content holding two quotations may hold a tag between them ('...,"
    adding, "...'): those stay as the covered check leaves them (census, PolNeAR train 301-840:
    three such contents came in beside their direct quotes when this was not asked, one holding
    the reporter's ', adding,')."""
    marks = [i for i in range(a, b) if text[i] in '"“”']
    return len(marks) == 1 and marks[0] >= a + 2 and text[marks[0] - 1] == " " and text[marks[0] - 2].isalnum()


def _to_quotation_close(text: str, a: int, b: int) -> int:
    """Where a reported content ends that the parse stopped inside a quotation of its own:
    'responded that the mayor "is right about the floods, but his plan won't work."' stopped
    at "floods", the speaker's own quoted words after the comma left out (issue 18, round
    thirty-eight, cuts: the seed-152 samples showed contents cut short, "whole: cut"; over
    PolNeAR train 301-840 outside the keep-off list the parse stopped inside an opened
    quotation in such contents: 'called himself "very pro⟧-choice"', 'called the governor "the
    most extreme pick⟧ in a ..."', 'wants the candidates "first ...⟧ ..."'). The quotation's words up to its closing mark are the speaker's: the content runs on
    to the mark, when the mark closes in the same sentence and paragraph (no sentence end, no
    other mark between). A quotation running on over sentences ('"... was ready. . . . Because
    ... they convened."') is left as it was: which of its sentences the cue reports, the shape
    does not say. Census (at d1a1e4a5): PolNeAR train 301-840 outside the keep-off list, 20
    contents end inside a quotation opened after a word, 11 close in the same sentence and now
    run on to the mark, read, all right; Timeline17 dev (163 texts selected by text search), 7,
    all right ('resemble "a judge who, ..."', 'as "in a pocket, surrounded by concrete"')."""
    if b <= a or not _open_quotation(text, a, b):
        return b
    m = _QUOTATION_REST.match(text, b)
    if m is None or _SENTENCE_END.search(text, b, m.end() - 1) is not None:
        return b
    return m.end()


_CURLY_OPEN = re.compile(r"(?:^|(?<=[\s\u2014\u2013(]))\u2018(?=\w)")
_CURLY_CLOSE = re.compile(r"(?<=[\w.,!?])\u2019(?!\w)")


def _single_closed_after(text: str, a: int, b: int) -> int:
    """Where a reported content ends that holds a quotation opened by a single curly mark the
    content leaves open ("announced that it has the right to cover women's eyes\u2014\u2018especially
    the tempting ones" + ".\u2019"): the mark closes right after it, or after the stop or comma
    that follows it, and the content takes them (as _closed_after_stop for double marks; round
    fifty, seed 165 c041 Q1). An apostrophe inside a word ("women's") neither opens nor closes;
    a content whose single quotation closed inside it is left as it was."""
    opens = [m.start() for m in _CURLY_OPEN.finditer(text, a, b)]
    if not opens or any(m.start() > opens[-1] for m in _CURLY_CLOSE.finditer(text, a, b)):
        return b
    m = re.compile(r"[.,!?]?\u2019(?!\w)").match(text, b)
    return m.end() if m else b


# a straight single mark that closes a quotation: after a word or its stop or comma, no letter
# after it ("nation's" and "don't" are apostrophes inside words)
_STRAIGHT_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])'(?!\w)")


def _straight_single_close(text: str, a: int, b: int) -> int:
    """Where a reported content ends that the parse stopped inside a quotation opened by a
    straight single mark right after a word ("called Jang a 'traitor to the nation" + " for all
    ages,'": round fifty-five, seed 170 c072 Q5), as _to_quotation_close does for double marks
    and _single_closed_after for curly ones. The content runs on to the closing mark when it
    closes in the same sentence and paragraph with no other mark between. The quotation is not
    taken as "mixed" here: a content then mostly quoted is left to the direct quote, as round
    fifty-three left 'that Egypt is 'committed to support,' and will do ...' (test_r53_m3), so
    the reader sees the quotation whole either way. Written by hand (a regular expression over the characters): the parse's
    tokens split a straight mark from its word unreliably. A mark that closes inside the content,
    one handed over by a comma or colon, and a candidate close that may be a plural's apostrophe
    ("the players' union": "s'" and a lower-case word after it) are left as they were."""
    loose = [i for i in range(a, b) if text[i] == "'" and not (text[i - 1 : i].isalnum() and text[i + 1 : i + 2].isalnum())]
    if len(loose) != 1 or any(ch in text[a:b] for ch in '"\u201c\u201d') \
            or text[:a].rstrip().endswith(("'", "\u2018", "\u2019") + tuple(_MARKS)):
        return b  # one mark, the opening one; not a content inside a quotation ("said, ''Even as ... it was
        # 'Who ...?'.''": a quotation in doubled marks, the census's one such, PolNeAR nyt 2016-06-08)
    i = loose[0]
    if not (i >= a + 2 and text[i - 1] == " " and text[i - 2].isalnum() and text[i + 1 : i + 2].isalnum()):
        return b
    m = _STRAIGHT_SINGLE_CLOSE.search(text, b, min(len(text), b + 200))
    if m is None:
        return b
    rest = text[b : m.start()]
    if "\n" in rest or "'" in rest or any(ch in rest for ch in '"\u201c\u201d') \
            or _SENTENCE_END.search(text, b, m.start()) is not None:
        return b
    if text[m.start() - 1] == "s" and re.match(r" [a-z]", text[m.end() : m.end() + 2]):
        return b  # "the players' union": an apostrophe as likely as a close
    return m.end()


def _closed_after_stop(text: str, b: int) -> bool:
    """Does the quotation left open at a content's end close right after the stop or comma that
    follows it ('... it was a "slush fund."', '... would be "sub-lethal," she said'), as
    American style sets the mark (issue 18, round twenty-four, 24s)? The content then takes
    the stop and the mark, so that its marks pair up; a mark that opens a new quotation after
    the comma (', "We ...') does not close this one (a letter or digit follows it)."""
    if b + 1 >= len(text) or text[b] not in ".,!?" or text[b + 1] not in '"”':
        return False
    return b + 2 >= len(text) or not text[b + 2].isalnum()


@functools.cache
def _credit() -> re.Pattern:
    rows = lexicon.rows("analyse/source_credits.tsv")

    def alt(kind: str) -> str:
        return "|".join(sorted((re.escape(w.strip()) for k, w in rows if k.strip() == kind), key=len, reverse=True))

    return re.compile(rf"\s+[-–—]\s+(?:{alt('agency')})(?:\s+reports?)?\W*$")


def _before_credit(text: str, a: int, b: int) -> int:
    """The end of a reported content before a source credit closing its sentence: "X says the
    airport has reopened - Reuters" credits the reporter's source, not the speaker's words
    (data/source_credits.tsv)."""
    m = _credit().search(text, a, b)
    return _trim_chars(text, a, m.start())[1] if m else b


def _negated_cue_start(tok) -> int:
    """Where a negated cue starts: "doesn't believe", "did not say", "never said" (its
    auxiliaries and negation before it, and what stands between them). A content shown
    under the bare verb ("believe: the cap will hold") reads as the opposite of what was
    said (issue 18, round nineteen, 18n); the content stays the clause as written (the
    conflicts read its polarity from the parse: analyse/stance.py). A cue with no negation
    of its own starts at its verb."""
    neg = [c for c in tok.children if c.dep_ == "neg" and c.i < tok.i]
    if not neg:
        return int(tok.idx)
    first = min([c.i for c in neg] + [c.i for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < tok.i])
    return int(tok.doc[first].idx)


def _item(text: str, a: int, b: int, kind: str, cue=None, cue_span=None, **speaker) -> QuoteItem:
    q = QuoteItem(start=a, end=b, text=text[a:b], kind=kind, **speaker)
    if cue_span:
        q.cue_start, q.cue_end = cue_span
        q.cue = text[cue_span[0] : cue_span[1]]
    return q


_TRANSCRIPT = re.compile(r"^[\"“']?([A-Z][A-Z'.\- ]{1,30}[A-Z])\s?:\s+(?=\S)", re.M)
# a label inside a paragraph: a broadcast transcript runs a turn broken off with "--" into
# the next speaker's label on the same line ('Well, can I just -- CARPENTER: And we don't
# ...'), or a known label follows a sentence's stop. The label's words are capitals only.
_INLINE_LABEL = re.compile(r"(?P<before>--|[.?!])[ \t\u00a0]+(?P<label>[A-Z][A-Z'.\-]*[A-Z](?: [A-Z][A-Z'.\-]*[A-Z]){0,2})"
                           r"[ \t\u00a0]?:[ \t\u00a0]+(?=\S)")
# a line that opens with a label of any shape ('JANE ROE, HOST, WKRN-TV:'): a turn's end, even
# when _TRANSCRIPT does not take it as a speaker's
_ANY_LABEL = re.compile(r"[\"“']?[A-Z][A-Z0-9'.,/\\&()\- ]{1,80}:(?:\s|$)")
# a role label after a dash inside a paragraph ('Now you are a -- JOHN DOE, ENGINEER: Thank you'):
# it ends the turn before it, though it opens none (_ANY_LABEL's shape, not a bare name)
_INLINE_ROLE_LABEL = re.compile(r"--[ \t\u00a0]+[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+)*,[A-Z0-9'.,/\\&()\- ]{2,80}:(?:\s|$)")
# a handle or a web address: a credit or sign-off line ('Follow Jane Roe on Twitter @janeroe'),
# never a spoken turn's words; it ends a turn's run-on
_HANDLE = re.compile(r"(?<![\w.])@\w{2,}|https?://|\bwww\.")
_TURN_PARAGRAPHS = 12  # how many unlabelled paragraphs a turn runs on over (a long answer)
_TRANSCRIPT_TURNS = 3  # line labels that make the text a transcript, whose turns run on
_TRANSCRIPT_SPEAKERS = 2  # ... with at least this many speakers among them


def _inline_labels(text: str, a: int, b: int, known: set[str]) -> list[re.Match]:
    """The labels inside text[a:b] that open another turn: after "--", any label in
    capitals; after a sentence's stop, only a label the text also opens a line with (a
    name in capitals after a stop, "... in the U.S. NATO: ...", is rarely a turn)."""
    out = []
    for m in _INLINE_LABEL.finditer(text, a, b):
        label = m.group("label")
        if len(label.replace(" ", "")) < 3:
            continue
        if m.group("before") == "--" or label in known:
            out.append(m)
    return out


def _turn_end(text: str, a: int, end: int, known: set[str], runs_on: bool) -> tuple[int, re.Match | None]:
    """Where a turn whose words open at ``a`` ends: at a label inside its line (the next
    speaker's), else at its line's end, or, in a transcript (``runs_on``), at the end of the
    last of the unlabelled paragraphs after it (a broadcast transcript puts each sentence
    of an answer in a paragraph of its own, and only the next speaker's label ends the
    turn). A paragraph that opens with any label, one in capitals only (a stage direction,
    '(COMMERCIAL BREAK)'), one opening with a dash (the show's sign-off) or one with a handle or
    a web address in it (a credit, _HANDLE) ends it too.
    Returns the end and the label inside a paragraph that ended it, if one did."""
    role = _INLINE_ROLE_LABEL.search(text, a, end)
    if role is not None:
        end = role.start()
    inline = _inline_labels(text, a, end, known)
    if inline:
        return inline[0].start("label"), inline[0]
    if not runs_on or role is not None:
        return end, None
    k = end
    for _ in range(_TURN_PARAGRAPHS):
        start = k
        while start < len(text) and text[start] in " \t\u00a0\n":
            start += 1
        if start >= len(text) or "\n" not in text[k:start]:
            break
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        line = text[start:stop]
        if _ANY_LABEL.match(line) or line.startswith(("-", "—", "–")) or not any(ch.islower() for ch in line) \
                or _HANDLE.search(line):
            break
        role = _INLINE_ROLE_LABEL.search(text, start, stop)
        inline = _inline_labels(text, start, stop if role is None else role.start(), known)
        if inline:
            return inline[0].start("label"), inline[0]
        if role is not None:
            return role.start(), None
        end = k = stop
    return end, None


def _opening_place_label(text: str, x: int, y: int) -> bool:
    """"RAMPUR: All was going well at the wedding ...": a place name (the gazetteer's) in
    capitals before a colon that opens the text, the text's only label, is a dateline, not a
    transcript's speaker; the words after it are the reporter's lead (round forty-eight, seed
    163 c028 Q10, c033 Q14). Review r48 item 2: only a label the cleaner's own test reads as a
    dateline (``dateline.colon_dateline``, the one test of both steps); a label it leaves in the
    text stays a speaker's ("HAMILTON: I have never been more certain ...")."""
    m = dateline.colon_dateline(text, x) if not text[:x].strip() else None
    return m is not None and m.end("place") == y


@functools.lru_cache(maxsize=1)
def _editorial_labels() -> frozenset[str]:
    """Editors' labels that open a line before a colon (data/editorial_labels.txt): "UPDATE"."""
    return frozenset(w.upper() for w in lexicon.words("analyse/editorial_labels.txt"))


def _teaser_kicker(text: str, label: str, content: int) -> bool:
    """"HORROR: ISIS fanatics hurl victims into a ravine", "MORE: Woman pays for ...": a web
    page's teaser for another story under a one-word kicker in capitals (round fifty-one, seed
    165's notes: fnc1_c008's "HORROR:" read as a speaker). Its shape: one word as the label,
    the line a headline with no sentence stop at its end, and the label's word nowhere else in
    the text (a speaker's label names someone the text names: "WALLACE" in "Chris Wallace";
    a transcript's turn ends on a stop). Read from the layout, as the labels are."""
    if " " in label:
        return False
    end = text.find("\n", content)
    line = text[content: len(text) if end < 0 else end].strip()
    if len(line.split()) < 3 or not line[-1].isalnum():
        return False
    elsewhere = re.findall(r"(?i)\b" + re.escape(label) + r"\b", text)
    return len(elsewhere) == 1


def find_transcript(text: str) -> list[tuple[int, int, int, int]]:
    """Interview transcript turns: a paragraph opening "WALLACE: ..." is that speaker's; so
    are the words after a label inside a paragraph ('... -- CARPENTER: And we ...'), and,
    when the text is a transcript (_TRANSCRIPT_TURNS line labels of _TRANSCRIPT_SPEAKERS
    speakers), the unlabelled paragraphs after a turn, up to the next label (_turn_end).
    Labels are read by pattern, not by a parser: a transcript's "NAME:" is layout, which
    the tagger reads as a name and a colon, not as a change of speaker.
    Returns (label start, label end, content start, content end)."""
    opens = []
    for m in _TRANSCRIPT.finditer(text):
        label = m.group(1)
        if len(label.replace(" ", "")) < 3 or label.count(" ") > 2 or label in _editorial_labels():
            continue  # "UPDATE: ...": an editor's label, not a speaker's (data/editorial_labels.txt)
        if _teaser_kicker(text, label, m.end()):
            continue  # "HORROR: ISIS fanatics hurl ... in Syria": a web page's link to another story
        opens.append((m.start(1), m.end(1), m.end()))
    if len(opens) == 1 and _opening_place_label(text, *opens[0][:2]):
        opens = []
    known = {text[x:y] for x, y, _ in opens}
    runs_on = len(opens) >= _TRANSCRIPT_TURNS and len(known) >= _TRANSCRIPT_SPEAKERS
    out = []
    seen = set()
    while opens:
        x, y, c = opens.pop(0)
        if x in seen:
            continue
        seen.add(x)
        line_end = text.find("\n", c)
        end, inline = _turn_end(text, c, len(text) if line_end < 0 else line_end, known, runs_on)
        if inline is not None:  # the label that ended this turn opens the next one
            opens.append((inline.start("label"), inline.end("label"), inline.end()))
        a, b = _trim_chars(text, c, end)
        while b > a and text[b - 1] in "\"”'":
            b -= 1
        if b - a >= 10 and not _table_row(text[a:b]):
            out.append((x, y, a, b))
    return sorted(out)


# "KENYA: Total dead: 192 Injured: 4,877": a table's row under a label in capitals, each
# cell a label and a number, no one's words (round thirty-nine: the seed-154 judges'
# tbaq_aquaint Q6, a casualty table shown as a quote by "KENYA")
_TABLE_CELL = re.compile(r"[A-Z][A-Za-z'’ -]{0,30}:[ \t]*\d[\d,.]*(?:[ \t]+|$)")


def _table_row(words: str) -> bool:
    """Is a turn's text only two or more "Label: number" cells?"""
    cells = _TABLE_CELL.findall(words.strip())
    return len(cells) >= 2 and _TABLE_CELL.sub("", words.strip()).strip(" .;,") == ""


def _transcript_speaker(ctx: _Ctx, label: str, start: int, end: int) -> dict:
    low = label.lower()
    hits = [i for i, m in enumerate(ctx.mentions) if m.label == "PERSON"
            and low in [t.lower() for t in names.person_tokens(m.text)]]
    out = {"speaker_text": ctx.text[start:end], "speaker_start": start, "speaker_end": end,
           "speaker_via": "transcript"}
    if hits:
        before = [i for i in hits if ctx.mentions[i].start < start]
        out["antecedent_mention"] = (before or hits)[-1]
        return _conf(out, 0.85, f"transcript label {label} names a person in the text")
    full = _label_full_name(ctx, label) or _self_named_label(ctx, label, start, end)
    if full is not None:  # "SEAN HANNITY, HOST: ..." opening the show, then "HANNITY: ..."
        x, y, i = full
        if i is not None:
            out["antecedent_mention"] = i
        else:
            out["body"] = (x, y, ctx.text[x:y], "PERSON")
        return _conf(out, 0.85, f"transcript label {label}: the last name of {ctx.text[x:y]}, the one full name "
                     "a label of this transcript writes with it")
    return _conf(out, 0.0, f"transcript label {label} names no person in the text")


# a line's label that writes a full name, with or without a role after a comma ("SEAN
# HANNITY, HOST:", "JANE ROE, HOST, WKRN-TV:", "JANE ROE:"): the name part
_FULL_LABEL = re.compile(r"^[\"“']?(?P<name>[A-Z][A-Z'.\-]*(?: [A-Z][A-Z'.\-]*){1,4})[ \t]?(?=[,:])", re.M)


def _self_named_label(ctx: _Ctx, label: str, start: int, end: int) -> tuple[int, int, int | None] | None:
    """A turn's label that is itself a full name ("JANE ROE:", a common first name and one or
    two more words, no title) when the same transcript also labels turns with its last name
    alone ("ROE:"): the label, a person's name the tagger missed in capitals (start, end, and
    the person mention written so, case aside, if any). The short label's turns then go to the
    same person (``_label_full_name``). A full-name label with no short twin ("GRACE NOTES:")
    is left as it was."""
    words = label.split()
    if not 2 <= len(words) <= 3 or any(w.lower().rstrip(".") in names.titles() for w in words) \
            or speakers.common_first_name(words[0]) is None:
        return None
    shorts = {m.group(1) for m in _TRANSCRIPT.finditer(ctx.text)}
    short = next((" ".join(words[k:]) for k in range(1, len(words)) if " ".join(words[k:]) in shorts), None)
    if short is None:
        return None
    full = _label_full_name(ctx, short)
    if full is None or ctx.text[full[0] : full[1]].lower() != label.lower():
        return None  # another full name ends in the same words: the short label is not this one's alone
    for i, m in enumerate(ctx.mentions):
        if m.label == "PERSON" and m.text.lower() == label.lower():
            return start, end, i
    return start, end, None


def _label_full_name(ctx: _Ctx, label: str) -> tuple[int, int, int | None] | None:
    """A transcript's short label ("HANNITY", "VAN SUSTEREN") that no person mention holds,
    and the one full name a line label of the same transcript writes with it as its last
    words ("SEAN HANNITY, HOST:" opening the show; "GRETA VAN SUSTEREN, FOX NEWS HOST:"):
    (its start, end, and the person mention written so, case aside, if any: else None, the
    caller makes it a speaker entity of its own). The words before the last name must be a
    common first name and at most one more name word (no title: "PRESIDENT BARACK OBAMA" is
    left as it was), and no other first name may stand before the last name anywhere in the
    text, in a label or in prose ("BILL CLINTON" beside "HILLARY CLINTON": open). Our own
    rule (issue 18, round thirty-nine, opendesc): the tagger reads capitals as no name
    ("SEAN" alone typed PERSON, "GRETA VAN SUSTEREN" untagged), so the show's host, who
    speaks most turns, stayed open on every one: over Timeline17 dev, 74 open turns in 6 Fox
    News transcripts (HANNITY, VAN SUSTEREN, O'REILLY, BECK), each host named in full in the
    transcript's first label."""
    text = ctx.text
    found: dict[str, tuple[int, int]] = {}
    for m in _FULL_LABEL.finditer(text):
        words = m.group("name").split()
        last = label.split()
        if len(words) <= len(last) or words[-len(last):] != last or len(words) - len(last) > 2:
            continue
        given = words[: len(words) - len(last)]
        if any(w.lower().rstrip(".") in names.titles() for w in given) or speakers.common_first_name(given[0]) is None:
            return None  # "PRESIDENT BARACK OBAMA", "REP. JANE ROE": a title, not a plain full name
        found.setdefault(" ".join(given).lower(), (m.start("name"), m.end("name")))
    if len(found) != 1:
        return None
    own = set(next(iter(found)).split())
    surname = " ".join(w.capitalize() if "'" not in w else w[:2].capitalize() + w[2:].capitalize() for w in label.split())
    if speakers.other_bearer(text, surname, own) or speakers.other_bearer(text.title(), surname, own):
        return None  # another first name before the same last name: two people may bear it
    x, y = found[next(iter(found))]
    for i, mm in enumerate(ctx.mentions):
        if mm.label == "PERSON" and mm.text.lower() == text[x:y].lower():
            return x, y, i
    return x, y, None


# cues whose direct object is the person told, so "..., he told reporters, ..." is still
# an attribution set off around its content
_ADDRESSEE_VERBS = lexicon.words("analyse/addressee_verbs.txt")


def _around(ctx: _Ctx, verb) -> list[tuple[int, int]]:
    """Content around a trailing or parenthetical attribution, in pieces.

    "<content>, sources said." and "Strikes, Ms. Roe said, are a form of
    free speech": the sentence minus the "X said" clause.
    """
    text = ctx.text
    if verb.lemma_.lower() not in _ADDRESSEE_VERBS and any(c.dep_ == "dobj" for c in verb.children):
        return []  # "officials found tar balls on the beaches": a verb with its own object reports nothing around it
    if verb.lemma_.lower() in _ADDRESSEE_VERBS and any(
        c.dep_ == "prep" and c.i > verb.i and c.lower_ in lexicon.words("analyse/topic_only_prepositions.txt")
        for c in verb.children
    ):
        # "Doe went silent when asked about it on Saturday In the interview, reporter Roe asked
        # Doe about the claims, but ...": the asking's topic is told in its own "about" phrase, so
        # the words around it are the reporter's narration, not what was asked (round forty-nine,
        # seed 164's c023 Q13, drawn anew on the merged code and wrong on the base too)
        return []
    subj, tagged = _subject_found(verb)
    if subj is not None and _noun_before_name(subj):
        return []  # "..., a prospect Vindman denied": the cue's object is the noun, not the words before
    if subj is not None and tagged:
        start_i, end_i = subj.left_edge.i, verb.i  # "... only designated shelters, the minister, Roe, said" (18y)
    elif subj is not None and subj.head.i == verb.i:
        start_i, end_i = min(verb.i, subj.left_edge.i), max(verb.i, subj.right_edge.i)
    elif (np := _left_np(verb)) is not None:
        start_i, end_i = _named_first_conjunct(np), verb.i  # "..., Chief Justice Roberts said, ..." parsed as an apposition
    else:
        return []
    left_comp = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    for c in verb.children:
        if c.i > verb.i and c.dep_ not in ("ccomp", "parataxis", "punct", "conj", "cc", "advcl"):
            end_i = max(end_i, c.right_edge.i)
    doc = verb.doc
    a0, a1 = doc[start_i].idx, doc[end_i].idx + len(doc[end_i])
    before = text[:a0].rstrip()
    if not before.endswith((",", "—", "–")) and not left_comp:
        return []  # not set off: "the debate he said was over"
    if not left_comp and verb.dep_ not in ("parataxis", "ccomp", "advcl", "ROOT"):
        return []
    s0 = max(verb.sent.start_char, text.rfind("\n", 0, verb.idx) + 1)
    nl = text.find("\n", verb.idx)
    s1 = min(verb.sent.end_char, nl if nl >= 0 else len(text))
    for c in verb.children:
        if c.i > verb.i and c.dep_ == "advcl" and c.tag_ == "VBG" and is_cue(c) and c.left_edge.idx < s1:
            # '<content>, Jane Roe said, adding, "..."': the next saying is its own quote (its
            # quotation would otherwise make the words after "said" look like this one's)
            s1 = c.left_edge.idx
    s1 = min(s1, _tail_after_tag(ctx, verb, end_i, s1))
    pieces = []
    fronted = _trim_chars(text, a1, s1)
    # "Too often, Mr. Clarke said, the debate is ...": a short fronted phrase belongs to the
    # content when a clause follows the attribution
    short_ok = fronted[1] - fronted[0] >= 10 and verb.dep_ == "parataxis"
    for x, y in ((s0, a0), (a1, s1)):
        x, y = _trim_chars(text, x, y)
        quoted = sum(max(0, min(y, qb) - max(x, qa)) for qa, qb in ctx.quoted)
        if x < a0 and (_subject_before_quotation(ctx, left_comp, x, a0) or _clause_before_fragment(ctx, left_comp, x, a0)):
            pass  # 'The program "is gaining traction," Roe said': the quotation is the predicate of an
            # unquoted subject, one sentence the attribution is about (issue 18, round twenty, 18r);
            # 'The firm would pay, "in full and on time," she said': the quotation ends that clause (26p)
        elif quoted > (y - x) / 2:
            return []  # a direct quote's own attribution
        elif x < a0 and any(x < qb <= a0 and not text[qb:a0].strip(" ,.\u00a0\n" + _MARKS + "'’") for _, qb in ctx.quoted):
            return []  # '<caption> "We don't know," said Fernando': the quotation's attribution, not prose's
        if (y - x >= 10 or (short_ok and x < a0 and y > x)) and not ctx.inside_quote(x):
            pieces.append((x, y))
    if not pieces or pieces[0][0] >= a0:
        return []  # nothing before the attribution: not this pattern
    if not left_comp and _own_adjunct_before(ctx, verb, pieces, start_i):
        return []  # "Since the crash, the board has asked Acme for records, but ...": the reporter's sentence
    span = [ctx.sdoc.char_span(x, y, alignment_mode="expand") for x, y in pieces]
    if span[0] is not None and len(span[0]) > 1 and _circumstance(span[0][0], span[0][1]):
        return []  # "Writing in his weekly column, he objects to ...": where he said it, not what
    if not any(t.pos_ in ("VERB", "AUX") for sp in span if sp is not None for t in sp):
        return []  # "Since it was founded in the spring of 2004, the trust has answered ...": no clause said
    if len(pieces) > 1 and text[pieces[0][0] : pieces[0][1]].strip(" ,").lower() in lexicon.words("analyse/reporter_connectives.txt"):
        pieces = pieces[1:]  # "Meanwhile, Ms Roe said, the camps ...": the reporter's link, not her words
    if len(pieces) == 2 and _after_relative_pronoun(ctx, pieces):
        pieces = pieces[1:]
    if len(pieces) == 2 and _own_saying_piece(ctx, pieces[1]):
        pieces = pieces[:1]
    return pieces


def _coordinated_saying(cue, clause) -> bool:
    """"The pipe is sealed, officials said Wednesday, and scientists reported that ...": a clause
    after the cue, set off by a comma and "and"/"but", whose verb is a cue with a subject of its
    own is a second speaker's saying (its own quote), not this cue's content, though the parse
    hangs it on this cue as its complement (round fifty, seed 165 bpoil_washingtonpost Q6).
    "said the pipe is sealed and scientists are pleased" (no comma, no cue) stays."""
    if not is_cue(clause) or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children):
        return False
    between = list(cue.doc[cue.i + 1 : clause.left_edge.i])
    return any(t.lower_ in ("and", "but") and t.i > 0 and cue.doc[t.i - 1].text == "," for t in between)


def _own_saying_piece(ctx: _Ctx, piece: tuple[int, int]) -> bool:
    """Is the piece after a tag ("<content>, officials said Wednesday, and scientists reported
    that ...") another saying with its own subject and cue, brought in by "and"/"but"? Then it
    is that speaker's quote, not the rest of this one (round fifty, seed 165
    bpoil_washingtonpost Q6). "Strikes, Ms. Roe said, are a form of free speech" (no conjunction)
    and "..., she said, and the firm will pay" (no cue of its own) keep their second piece, as does
    "... — that won't happen, they believe — but how he finds a place ..." (a "how" clause, a topic,
    not a saying: PolNeAR census)."""
    span = ctx.sdoc.char_span(piece[0], piece[1], alignment_mode="expand")
    if span is None or len(span) < 3:
        return False
    if span[0].lower_ in ("and", "but"):
        span = span[1:]
    elif span.start == 0 or span.doc[span.start - 1].lower_ not in ("and", "but"):
        return False  # (the parse may hang "and" on the tag's own "Wednesday": it is then before the piece)
    return any(t.head.i == t.i or not (span.start <= t.head.i < span.end) for t in span
               if is_cue(t) and t.pos_ == "VERB"
               and any(c.dep_ in ("nsubj", "nsubjpass") and span.start < c.i < t.i for c in t.children)
               and not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TOPIC_WORDS for c in t.children))


def _own_adjunct_before(ctx: _Ctx, verb, pieces: list[tuple[int, int]], start_i: int) -> bool:
    """Are the words before the "X <verb>" of a would-be trailing attribution only the verb's own
    fronted adjunct (issue 18, round twenty-one, 18s)? "Since the crash in March, the safety board
    has asked the operator for its braking records by June 2, but that may not settle the unions'
    worries": the verb is the sentence's main verb and "Since the crash in March" its own phrase
    of time, so the sentence is the reporter's account of an act (its subject and cue inside the
    span), not words said around a tag. Only for the main verb (a parenthetical tag, "Strikes, Ms.
    Roe said, are ...", is parataxis) and only when every word of the piece hangs on the verb
    through a phrase of time or place (prep, npadvmod, advmod) standing before its subject, and
    a piece after it, if any, opens with the verb's own "and"/"but" (a clause the reporter adds:
    'At a hearing, Roe said the firm's "neglect" had been "shocking"', which the parse breaks,
    keeps its words)."""
    if verb.dep_ != "ROOT":
        return False
    span = ctx.sdoc.char_span(*pieces[0], alignment_mode="expand")
    if span is None:
        return False
    joins = {x.idx for x in verb.children if x.dep_ == "cc" and x.i > verb.i}
    later = [ctx.sdoc.char_span(*p, alignment_mode="expand") for p in pieces[1:]]
    if any(piece is None or piece[0].idx not in joins for piece in later):
        return False
    # (27q, round twenty-seven) also the verb's own fronted clause opened by a subordinating
    # conjunction, and a "But" opening the sentence, when the verb goes on to its own content:
    # "But although the news is good, the divers warn against ...": the reporter's
    # concession; "But while aid may be arriving ... but there is little sign of it, aid workers
    # say" (nothing after the verb: a tag, the sentence is what they say) stays
    goes_on = any(c.i > verb.i and not c.is_punct for c in verb.children)
    first = next((t.i for t in span if not (t.is_punct or t.is_space)), None)
    # (round fifty-three, seed 168 c065 Q4) also a fronted "Asked if/whether/about ..." clause
    # (``_asked_of``: a verb of asking as a passive participle, no agent): the reporter's question
    # put to the subject, never the statement, whatever follows the verb ('Asked if it worried
    # him, he replied: "No"': the answer is the quotation, the question no one's words)
    own = [x for x in verb.children if x.right_edge.i < start_i and (
        x.dep_ in ("prep", "npadvmod", "advmod") or x.dep_ == "advcl" and _asked_of(x) or goes_on and (
            x.dep_ == "cc" and x.i == first
            or x.dep_ == "advcl" and any(c.dep_ == "mark" and c.pos_ == "SCONJ" and c.i == x.left_edge.i for c in x.children)))]
    held = {t.i for x in own for t in x.subtree}
    words = [t for t in span if not t.is_punct]
    return bool(words) and all(t.i in held for t in words)


def _fronted_clause_quotation(ctx: _Ctx, left_comp: list, x: int, a0: int):
    """The shape both readings below start from: the cue's one clause before a trailing
    attribution (the parse's ccomp), its noun or name subject (no pronoun) opening the piece at
    ``x``, and the one quotation between ``x`` and ``a0``: (clause, subject, qa, qb), or None."""
    if len(left_comp) != 1:
        return None
    c = left_comp[0]
    subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i), None)
    if subj is None or subj.left_edge.idx != x or subj.pos_ == "PRON":
        return None
    inner = [(qa, qb) for qa, qb in ctx.quoted if x < qa < a0]
    if len(inner) != 1:
        return None
    return c, subj, inner[0][0], inner[0][1]


def _subject_before_quotation(ctx: _Ctx, left_comp: list, x: int, a0: int) -> bool:
    """Is the content before a trailing attribution one sentence whose subject stands outside
    the quote marks and whose predicate is quoted up to the attribution: 'The permit program
    "is gaining traction," Deputy Secretary Jane Roe said' (issue 18, round twenty, 18r)? The
    quotation alone is too short or too cut to be a direct quote, and _around took the
    attribution for the quotation's own and gave nothing. Only when the cue's clause before it
    (the parse's ccomp) opens the piece with its subject, the subject runs right up to the
    opening mark, the clause's verb is inside the quotation and the quotation closes right
    before the attribution; a caption or a name before a full quotation ('<caption> "We don't
    know," said Fernando') has no such subject."""
    found = _fronted_clause_quotation(ctx, left_comp, x, a0)
    if found is None:
        return False
    c, subj, qa, qb = found
    text = ctx.text
    end = subj.right_edge.idx + len(subj.right_edge)
    opening = text[qa:qb].lstrip(" \u00a0" + _MARKS + "‘'")
    if not opening[:1].islower():
        return False  # 'Flooded streets "We don't know," said Fernando': a quotation of its own, not a predicate
    if not (qb <= a0 and not text[qb:a0].strip(" ,\u00a0" + _MARKS + "'’")):
        return False
    if text[end:qa].strip(" \u00a0" + _MARKS + "‘'") == "" and qa <= c.idx < qb:
        # kept whatever share of it the quotation holds: 'The current flood "is the worst case
        # we have seen," Reed said' was left as the quoted predicate alone when the subject was
        # short beside it (a share test, not a reading: issue 18, round twenty-five, 25q)
        ctx.chained_subject.add(x)
        return True
    if _verb_chain_to_mark(ctx, c, subj.right_edge.i, qa):
        ctx.chained_subject.add(x)
        return True
    return False


def _clause_before_fragment(ctx: _Ctx, left_comp: list, x: int, a0: int) -> bool:
    """Is the content before a trailing attribution one sentence whose clause, subject and
    verb, stands outside the quote marks and whose last words are a quoted fragment going on
    from it: 'The water company would be held to account, "fully and in whatever way the law
    allows," she said' (issue 18, round twenty-six, 26p)? _around took the attribution for the
    quotation's own and gave the fragment alone ("fully and in whatever way the law allows"),
    which says nothing without the clause it qualifies. Only when the cue's clause before it
    (the parse's ccomp, its verb before the opening mark) opens the piece with its noun or name
    subject, one quotation stands in the piece, opening in lower case (a fragment, not a
    sentence of its own: '<caption> "We don't know," said Fernando' keeps the quotation alone)
    and closing right before the attribution."""
    found = _fronted_clause_quotation(ctx, left_comp, x, a0)
    if found is None:
        return False
    c, subj, qa, qb = found
    text = ctx.text
    if not c.idx + len(c) <= qa or qa <= subj.idx < qb:
        return False
    if not text[qa:qb].lstrip(" \u00a0" + _MARKS + "‘'")[:1].islower():
        return False
    if "\n" in text[x:qb] or not (qb <= a0 and not text[qb:a0].strip(" ,\u00a0" + _MARKS + "'’")):
        return False
    toks = [t for t in ctx.sdoc if qa <= t.idx < qb and not t.is_punct]
    before = [t for t in ctx.sdoc if x <= t.idx < qa and not t.is_punct]
    if not toks or not before or before[-1].pos_ == "CCONJ":
        return False  # 'The storm hit hard, and "we have a way ..."': a clause of its own joined on
    if any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.left_edge.i == toks[0].i and qa <= t.head.idx < qb for t in toks):
        return False  # the quotation opens on its own clause's subject: a sentence, not the clause's last words
    ctx.chained_subject.add(x)
    return True


_QUOTED_PREDICATE = ("xcomp", "attr", "acomp", "dobj", "oprd")  # what a quotation after the verb chain may open with


# between two quotations: the first's closing mark and a second reported clause's "and that" opening
# the next ('says that the port "remains the main entry point" and that "the south ..."'): the
# report's first clause ends at the first closing mark (round fifty-seven, seed 172 Q6, judged cut:
# the quotation alone left out what "remains the main entry point")
_SECOND_THAT = re.compile(r"[,.]?[”\"’'][ \t\u00a0]*,?[ \t\u00a0]+and[ \t\u00a0]+that[ \t\u00a0]+[“\"‘']")


def _leading_subject_quoted(ctx: _Ctx, c, a: int, b: int) -> int | None:
    """Does a reported clause open with its own unquoted subject and verb chain, a quotation
    holding the rest of its predicate to the clause's end (issue 18, round twenty-one, 18s)?
    'cut its outlook for Acme, saying it is "exposed to heavy repair bills."': the quotation
    alone drops "it is" (who is exposed); the clause is the quote, the quoted words "mixed"
    inside it. The subject must open the content, one quotation must start after it and close
    at the content's end, and only the verb chain (_verb_chain_to_mark) may stand between.
    Gives where the content then ends (past the closing mark), or None."""
    subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass") and x.i < c.i), None)
    if subj is None or subj.left_edge.idx != _after_that(c, a):
        return None
    inner = [(qa, qb) for qa, qb in ctx.quoted if a < qa < b]
    if len(inner) > 1 and _SECOND_THAT.fullmatch(ctx.text, inner[0][1], inner[1][0]):
        b = inner[0][1] + 1  # 'says that the port "remains ..." and that "...": the first clause (Q6)
        inner = inner[:1]
    if len(inner) != 1:
        return None
    qa, qb = inner[0]
    if "\n" in ctx.text[a:qb]:
        return None  # a quotation running on over paragraphs: left as it is (18m's)
    if ctx.text[qb:b].strip(" ,.\u00a0" + _MARKS + "'’") or not ctx.text[qa:qb].lstrip(" \u00a0" + _MARKS + "‘'")[:1].islower():
        return None
    end = subj.right_edge.idx + len(subj.right_edge)
    if ctx.text[end:qa].strip(" \u00a0" + _MARKS + "‘'") == "" and qa <= c.idx < qb and is_cue(c.head):
        pass  # 'said the town "would need a new bridge"': the subject right up to the mark, the clause's
        # verb quoted, as 25q's trailing-tag twin reads it (issue 18, round twenty-six, 26p); only after
        # a verb of saying: 'she said she expects the party "to ..."' is the outer report's
    elif not (_verb_chain_to_mark(ctx, c, subj.right_edge.i, qa) or _quoted_tail(ctx, c, qa)):
        return None
    if _after_that(c, a) != a and any(t.lower_ == "according" and t.idx >= qb for t in c.sent):
        return None  # 'shows that the "extent is ...," according to Roe': the marks are Roe's words
    if ctx.text[qb : qb + 1] in _MARKS + "’":
        return qb + 1
    # after a "that" only a quotation closed by its own mark: "that Egypt is 'committed to
    # support,' and will do ..." (a straight single mark, cut at the comma) stays as it was
    return max(b, qb) if _after_that(c, a) == a else None


def _after_that(c, a: int) -> int:
    """Where a reported clause's own words start after the "that" opening it: 'said that he
    was "quite certain the president is open ..."' is the clause "he was "..."" with its
    subordinator, read as 'said he was "..."' is (round fifty-three, seed 168 c064 Q3: the
    content was dropped as mostly the quotation, which alone left out "he was"). Only the
    clause's own "that" (its mark, the content's first word); else ``a``."""
    first = next((x for x in c.children if x.dep_ == "mark" and x.idx == a and x.lower_ == "that"), None)
    if first is None:
        first = _that_read_as_object(c, a)
    if first is None or c.head.dep_ in ("relcl", "acl"):
        return a  # 'The trust, which says that its goal is "..."': the speaker's own relative clause keeps
        # its quotation as the quote, its speaker the trust, not "which" (24q's reading)
    return first.nbor().idx


def _that_read_as_object(c, a: int):
    """The "that" opening a reported clause which the small model made the clause verb's object
    ("told CNN in 2018 that Hale "dictated that whole letter ..."": "that" a WDT "dobj" of
    "dictated", its subject "Hale" right after it), or None. Read as the clause's subordinator,
    as _after_that reads a "that" marked so: without it the content was dropped as mostly the
    quotation and the quotation alone left out who dictated (round fifty-seven, seed 172 Q46,
    judged cut). Only a "that" at the content's start, hung on the clause's verb as its object
    while the verb also has a subject right after it and the verb follows the subject (the
    "that" cannot be that verb's object then: "said that Hale wrote" has one object slot
    before the subject only in a mis-parse)."""
    first = next((x for x in c.children if x.idx == a and x.lower_ == "that" and x.dep_ == "dobj"
                  and x.tag_ in ("WDT", "DT", "IN")), None)
    if first is None or first.i + 1 >= len(c.doc):
        return None
    subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass") and x.i < c.i), None)
    if subj is None or subj.left_edge.i != first.i + 1:
        return None
    return first


def _quoted_tail(ctx: _Ctx, c, qa: int) -> bool:
    """Does the reported clause say its claim outside the marks, the quotation holding only an
    adjunct of its verb to the clause's end: 'Roe said the plan has worked well "by every
    yardstick, above all cost."'? The quotation alone ("by every yardstick ...") drops what
    was claimed, and the story showed the adverbial tail as the statement (issue 18, round
    thirty-seven, cuts: politico Q6 of seed 151). The clause's verb is finite (a tense of its
    own or an auxiliary) and stands before the mark, and the quotation's first word hangs on it
    as a phrase of manner, measure or circumstance (data/quoted_tail_deps.txt: prep, advmod,
    npadvmod, advcl); then the content is the clause with its quoted tail, the quotation
    "mixed" inside it. Census, PolNeAR train 301-840 outside the keep-off list: 4 quoted tails
    became their clause ("the group might run ads ..., "depending on ..."", "the ruling was "in
    direct conflict ..."", "it took the action "because of ..."", Q6's) and one reported clause
    came in whole where no item stood; Timeline17 dev: 6 tails ("BP cares "about the small
    people"", "it was "ahead of the original schedule ..."", ...); all 11 read, right."""
    if c.idx >= qa or not (c.tag_ in _FINITE_TAGS or any(x.dep_ in ("aux", "auxpass") for x in c.children)):
        return False
    first = next((t for t in ctx.sdoc[c.i + 1 :] if t.idx >= qa and t.text.strip(_MARKS + "‘'")), None)
    return first is not None and first.head.i == c.i and first.dep_ in lexicon.words("analyse/quoted_tail_deps.txt")


def _verb_chain_to_mark(ctx: _Ctx, c, subj_end: int, qa: int) -> bool:
    """Are the unquoted words between the subject and the opening mark only the clause's own
    verb chain, the quotation holding the rest of its predicate (issue 18, round twenty-one,
    18s)? 'Ohio has to "make certain the damage is repaired," said Tom Reed': "has to" is the
    clause's verb with its "to", the quoted words its infinitive; the subject and the chain are
    part of what was said, as in 18r's 'The program "is gaining traction," Roe said'. Only the
    clause's head verb and its auxiliaries, negation and an infinitive's "to" (at most four
    words, no punctuation; a one-word adverb of the chain, "would likely", counts as part of it),
    and the clause's head or its infinitive must stand inside the quotation's reach (a verb after
    the mark)."""
    doc = ctx.sdoc
    between = [t for t in doc[subj_end + 1 :] if t.idx < qa and t.text.strip(_MARKS + "‘'")]
    if not between or len(between) > 4 or any(t.is_punct for t in between):
        return False
    # a one-word adverb inside the chain ("would likely", "will probably") is the clause's own (26p)
    chain = {c.i} | {x.i for x in c.children if x.dep_ in ("aux", "auxpass", "neg")
                     or (x.dep_ == "advmod" and x.tag_ == "RB" and x.idx < qa and not any(True for _ in x.children))}
    inner = [x for x in c.children if x.dep_ in _QUOTED_PREDICATE and x.idx >= qa]
    chain |= {y.i for x in inner for y in x.children if y.dep_ == "aux" and y.idx < qa}
    return all(t.i in chain for t in between) and (c.idx >= qa or bool(inner))


def _after_relative_pronoun(ctx: _Ctx, pieces: list[tuple[int, int]]) -> bool:
    """"... blamed it on a culture at Acme that, they said, put cost before safety": a tag
    inside a relative clause, right after its pronoun (data/relative_pronouns.txt) that stands
    after its noun, says the rest of that clause; the sentence before it is the reporter's
    (issue 18, round nineteen, 18z). Only when the clause runs to the end of the sentence (no
    comma after the tag: "The levy, which, she said, will fall on farms, was passed" would give
    her the reporter's "was passed"), and not a demonstrative ("And that, the mayor said, is
    why ...": no noun before it)."""
    first = ctx.sdoc.char_span(*pieces[0], alignment_mode="expand")
    if first is None or len(first) < 2 or "," in ctx.text[pieces[1][0] : pieces[1][1]]:
        return False
    toks = [t for t in first if not t.is_punct]
    if len(toks) < 2 or toks[-1].lower_ not in lexicon.words("analyse/relative_pronouns.txt"):
        return False
    return toks[-2].pos_ in ("NOUN", "PROPN") and toks[-2].i == toks[-1].i - 1



def _tail_after_tag(ctx: _Ctx, verb, end_i: int, s1: int) -> int:
    """Where the reporter's words start after a trailing "X said" whose content came before it
    (issue 18, round seventeen, 18s): an outer report's tag ("<content>, the agency said in a
    statement, Acme News reported": a cue above this one whose subject follows it), or a
    participle of the cue with no subject and no clause of its own ("<content>, said Jane Roe
    of Acme, voicing a view heard all along the harbour"): the reporter tells how the words were said, not
    what. "..., she noted, meaning that the boats will wait" (a clause: hers, read on dev) and a
    participle with more than a comma between it and the tag (a parse that took the words for
    the subject: "...: Our gratitude ..., wrote Jane Roe, 47, referring to ...") stay. The
    character index where it starts, or ``s1``. An inserted tag with a clause after it ("Too
    often, Mr Roe said, the debate is ...") is left alone: the participle must end the sentence."""
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        return s1  # "The plant, Jane Roe said, is closing, leaving ...": the content goes on after the tag
    cut = s1
    doc = verb.doc
    nxt = end_i + 1
    while nxt < len(doc) and doc[nxt].is_punct:
        nxt += 1
    for a in verb.ancestors:
        if a.i > end_i and is_cue(a):
            subj = next((x for x in a.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            # the tag right after this attribution and closing the sentence ("..., Acme News
            # reported."), not a later clause the parse put above it ("...: only four cellars have been reported wet")
            if subj is not None and subj.left_edge.i == nxt:
                rest = _trim_chars(ctx.text, a.idx + len(a), s1)  # "Until now, she said, nobody has ...": no tag
                if rest[1] <= rest[0]:
                    cut = min(cut, subj.left_edge.idx)
            break
    if ":" in ctx.text[verb.sent.start_char : verb.idx]:
        return cut  # "Notes carried this: Our gratitude ..., wrote Jane Roe, referring to ...": one piece left is cut at the colon
    if (at := _while_saying(ctx, verb, end_i, s1)) is not None:
        cut = min(cut, at)
    for c in verb.children:
        if c.i > end_i and c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i == c.i \
                and all(t.is_punct for t in doc[end_i + 1 : c.i]) \
                and not any(x.dep_ in ("nsubj", "nsubjpass", "mark", "ccomp") for x in c.children) \
                and c.right_edge.idx + len(c.right_edge) >= _trim_chars(ctx.text, c.idx, s1)[1]:
            cut = min(cut, c.idx)
    return cut


def _while_saying(ctx: _Ctx, verb, end_i: int, s1: int) -> int | None:
    """Where a clause of the reporter's starts after a trailing "X said" (issue 18, round
    nineteen, 18s): "<content>, the agency said on Monday, as one more case was confirmed"
    tells what was happening when the words were said, not what was said. A clause of the cue
    opened by a word of data/saying_while.txt ("as"), with its own subject, right
    after the tag (only a comma between) and running to the sentence's end. "..., the crew
    said, as measured by a gauge" (no subject: the speaker's own qualification) and "...,
    she said, as the tide rose, the boats ..." (a clause after it: the content goes on) stay.
    The character index where the clause starts, or None."""
    doc = verb.doc
    for c in verb.children:
        if c.i <= end_i or c.dep_ != "advcl":
            continue
        mark = c.left_edge
        if not (mark.dep_ == "mark" and mark.head.i == c.i and mark.lower_ in lexicon.words("analyse/saying_while.txt")):
            continue
        # its own subject: a child of the clause's verb, or a noun between the mark and the verb
        # the parse hung on the mark ("as dawn broke Saturday": "dawn" read as the object of
        # "as"; round thirty-nine, the seed-154 judges' tbaq_aquaint Q3, in-sample)
        if not all(t.is_punct for t in doc[end_i + 1 : mark.i]) or not (any(
                x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children) or any(
                t.pos_ in ("NOUN", "PROPN", "PRON") and t.head.i == mark.i for t in doc[mark.i + 1 : c.i])):
            continue
        if c.right_edge.idx + len(c.right_edge) >= _trim_chars(ctx.text, mark.idx, s1)[1]:
            return mark.idx
    return None


def _circumstance(first, second) -> bool:
    """A leading participle of saying with a preposition ("Writing in his weekly column, he
    objects ...", "Speaking to reporters, ...") tells where or to whom the words were
    said, not the words; "Writing the report took months, he said" (an object) is content."""
    return (first.tag_ == "VBG" and second.pos_ == "ADP" and first.lower_.endswith("ing")
            and is_cue(first, mental=False))


_DASH_SOURCE = re.compile(r"[ \t\u00a0]*([―—–]|--?)[ \t\u00a0]*([A-Z][\w.'’-]*(?:[ \t\u00a0]+[A-Z][\w.'’-]*){0,4})")


def _dash_byline(text: str, d: _Direct):
    """The epigraph-style byline after a quotation ('"..." ― Krystal Correa'), or None: a dash
    and a capitalised name that end their line, or go on only with the name's description after
    a comma or a bracket ('― Jane Roe, a nurse'). Not a quotation set between dashes inside a
    sentence ('Roe lamented her gaffes - "why give them ammunition?" - Democrats in the state
    said they were unfazed': the dash closes the aside, the name is the next clause's subject;
    round thirty-six, integrator, in-sample: seed 151's wash-post Q3, a candidate's quoted
    question given to "Democrats")."""
    dash = _DASH_SOURCE.match(text, d.outer_end)
    if dash is None:
        return None
    line_start = text.rfind("\n", 0, d.outer_start) + 1
    if re.search(r"(?:[―—–]|\s--?)[ \t\u00a0]*$", text[line_start : d.outer_start]):
        return None  # the quotation opens after a dash of the same sentence: a dashed aside
    line_end = text.find("\n", dash.end())
    rest = text[dash.end() : len(text) if line_end < 0 else line_end].strip()
    if rest and rest[0] not in ",(;.":
        return None  # the name goes on into a clause of its own
    return dash


_DASH_LINE = re.compile(r"[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)?" + _DASH_SOURCE.pattern)  # the line break, then a byline


def _dash_line_byline(ctx: _Ctx, d: _Direct):
    """The byline on the line after a quotation that is its own paragraph: a fact-check's or a
    "quotable" box's layout ('"I will look into it." / (blank line) / "- Jane Roe." ', '"..." /
    "-Jane Roe, Portland."'), or None. _dash_byline reads a dash on the quotation's own line
    only. Issue 18, round fifty-six, e1: census of the open quotes over PolNeAR train 301-840
    and FNC-1's other claims, this layout held 6 of the 262 quotes with no speaker words, each
    with the name on that dash line (wash-post's fact checks and a "quotable" box). With the
    rule, 5 quotes of the census take the name, all right on reading: 4 open ones and one the
    continuation had given to the speaker two paragraphs back; the box's two names, which the
    tagger missed after a dash with no space, stay open.

    Narrower than the same-line byline, since a dash that opens a line also opens a list item
    ('"..." / - Cut the payroll tax.'): the quotation is the whole of its paragraph (nothing but
    blanks before its opening mark and after its closing one), the dash line is the paragraph
    right after it (at most one blank line between), the name ends its line or goes on only
    after a comma or a bracket (as in _dash_byline), and a tagged person or organisation begins
    within the name's words, so a capitalised verb of a list item names no one. The span found
    is the name's, whose speaker _named_span reads as for the same-line byline."""
    text = ctx.text
    line_start = text.rfind("\n", 0, d.outer_start) + 1
    if text[line_start : d.outer_start].strip():
        return None
    dash = _DASH_LINE.match(text, d.outer_end)
    if dash is None:
        return None
    line_end = text.find("\n", dash.end())
    rest = text[dash.end() : len(text) if line_end < 0 else line_end].strip()
    if rest and rest[0] not in ",(;.":
        return None  # the words go on into a clause of their own: a list item or a sentence
    if not any(m.label in ("PERSON", "ORG") and dash.start(2) <= m.start < dash.end(2) for m in ctx.mentions):
        return None
    return dash


def _as_put_lead(ctx: _Ctx, d: _Direct):
    """The verb "put" of an "as X put it" that hands the quotation over, right before its opening
    mark with a comma or a colon ('As Jane Roe, the party's No. 2, put it: "..."', 'as the city
    prosecutor John Doe put it, "..."'), or None. The quotation is X's: the clause says whose
    words they are. _as_cands reads "as X put it" as the credit of the writer's own clause; with
    the quotation right after it, no cue was found and the speaker stayed open. Issue 18, round
    fifty-six, e1: in a sample of 90 of the 262 speakerless quotes of the census (PolNeAR train
    301-840, FNC-1's other claims) two had this lead, the subject lost to no parse error but to
    the missing cue; with the rule, the census's three such quotations (one "puts it") take the
    name, all right on reading, and on the six Timeline17 dev topics one may read three more
    (Dudley, Inkley, and Thad Allen for a "he" the continuation had given to Tony Hayward). Only "as" opening its clause (after a stop, a comma or "But"/"And"), not
    "even as"/"just as", with "it" the verb's object and no other object or prepositional phrase
    ("as Roe put it to the board") before the mark, and a subject of the verb's own."""
    text = ctx.text
    lead = text[: d.outer_start].rstrip(" \t\u00a0")
    if not lead or lead[-1] not in ",:" or ctx.inside_quote(len(lead) - 1):
        return None
    span = ctx.sdoc.char_span(len(lead) - 1, len(lead), alignment_mode="expand")
    if span is None or span[0].i < 3:
        return None
    it = ctx.sdoc[span[0].i - 1]
    verb = it.head
    if it.lower_ != "it" or it.dep_ != "dobj" or verb.lemma_.lower() != "put" or verb.i != it.i - 1:
        return None
    kids = list(verb.children)
    mark = [c for c in kids if c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i]
    if not mark or not any(c.dep_ == "nsubj" and mark[0].i < c.i < verb.i for c in kids):
        return None
    if any(c.dep_ in ("dobj", "prep", "dative", "ccomp", "xcomp") and c.i != it.i and mark[0].i < c.i < span[0].i
           for c in kids):
        return None  # (words outside "as ... put it," the parse hung on "put" are not the clause's)
    m = mark[0]
    if m.i > 0 and ctx.sdoc[m.i - 1].lower_ in ("even", "just", "so", "such"):
        return None  # "even as Roe put it, ...": a concession, not a credit
    prev = ctx.sdoc[m.i - 1] if m.i > m.sent.start else None
    if prev is not None and not prev.is_punct and not (prev.i == m.sent.start and prev.dep_ in ("cc", "advmod")):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in ctx.sdoc[m.sent.start : m.i]):
        # "caring about it was for sissies: as Roe put it, '...'": a clause of the writer's before
        # the "as", which _as_cands credits, and the quotation with it; read as its own cue, it was
        # folded into that clause's item and lost (Timeline17 dev, bpoil_guardian, in the check of
        # this rule). Only an "as" that opens its sentence, after no verb ("But at the time, as ...")
        return None
    return None if ctx.inside_quote(verb.idx) else verb


def _named_span(ctx: _Ctx, start: int, end: int) -> dict:
    """The speaker for a name written out after a quote: a mention there, or the words."""
    while end > start and ctx.text[end - 1] in ".,":
        end -= 1
    for i, m in enumerate(ctx.mentions):
        if m.start < end and start < m.end:
            return _conf({"speaker_mention": i}, 0.9, "named after the quote")
    return _conf({"speaker_text": ctx.text[start:end], "speaker_start": start, "speaker_end": end}, 0.0,
                 "a name after the quote that is no known entity")


def _embedded(text: str, d: _Direct) -> bool:
    """A quoted fragment inside a sentence: a word right before the opening mark."""
    k = d.outer_start - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    return k >= 0 and (text[k].isalnum() or text[k] in "’'")


@dataclass
class _Cand:
    """One content found, before its speaker is looked up."""

    start: int
    end: int
    kind: str  # direct | indirect | according | noun | turn
    cue: Token | None = None  # the reporting verb, or "according"
    direct: _Direct | None = None  # direct: the quotation's marks and paragraphs
    pieces: list[tuple[int, int]] = field(default_factory=list)  # indirect: the words either side of "X said"
    source: Token | None = None  # according: the object of "according to"; noun: the noun's owner
    label: tuple[int, int] | None = None  # turn: the transcript label ("WALLACE")
    embedded: bool = False  # direct: a quoted fragment inside a sentence
    clause: tuple[int, int] | None = None  # direct: the clause a quoted fragment ends (_fragment_clause)
    aside: bool = False  # indirect: the writer's sentence credited "as X put it", no turn of X's in a passage


# a quotation as the subject of "is/was the <noun>": '"..." is the theme', '"..." was its headline'
_LABELLED = re.compile(r"[ \t\u00a0]*(?:is|was|became|remains)[ \t\u00a0]+(?:the|its|their|his|her|a|an)"
                       r"[ \t\u00a0]+([\w-]+)(?:[ \t\u00a0]+([\w-]+))?")


@functools.lru_cache(maxsize=1)
def _title_nouns() -> frozenset[str]:
    """The words after which a quotation is a work's title (data/title_words.txt,
    data/document_nouns.txt), joined once."""
    return lexicon.words("analyse/title_words.txt") | document_nouns()


@functools.lru_cache(maxsize=1)
def _calling_verb() -> re.Pattern:
    """A verb of calling or describing (data/calling_verbs.txt), as a whole word, any case."""
    return re.compile(r"\b(?:" + "|".join(sorted(re.escape(w) for w in lexicon.words("analyse/calling_verbs.txt"))) + r")\b",
                      re.I)


def _work_title(text: str, d: _Direct) -> bool:
    """A quotation right after a document noun or a naming word ('the scientists said in
    the report "Oil Budget: Where Did It Go?"', 'a study entitled "Why the Dam Failed"') is
    the work's title, not a statement (issue 18, round sixteen, 18n): only spaces between
    the word and the opening mark (data/title_words.txt, data/document_nouns.txt)."""
    before = text[max(0, d.outer_start - 60) : d.outer_start]
    m = re.search(r"([A-Za-z]+)[ \t\u00a0]*$", before)
    if m is None or m.group(1).lower() not in _title_nouns():
        return False
    # 'called the study "critical to ...": a verb of calling before the noun gives a speaker's
    # words about the work, not its title (data/calling_verbs.txt)
    last = before.rstrip(" \t\u00a0").split("\n")[-1].split()
    return not _calling_verb().search(" ".join(last[-7:-1]))


_TITLE_MAX_WORDS = 12  # round thirty-five: 8 left a book's 9- and 10-word titles with a subtitle


@functools.lru_cache(maxsize=1)
def _title_lead() -> re.Pattern[str]:
    """An owner's "'s", or a noun of a programme or a work or a naming word
    (data/title_lead_nouns.txt) and maybe a comma, right before the opening mark."""
    nouns = "|".join(map(re.escape, sorted(lexicon.words("analyse/title_lead_nouns.txt"), key=len, reverse=True)))
    return re.compile(r"(?:[A-Za-z]['’]s?[ \t\u00a0]*|\b(?:" + nouns + r"),?[ \t\u00a0]*)$", re.I)


def _owned_title(text: str, d: _Direct) -> bool:
    """'Talking with Acme TV's "The Harbour Hour"', 'told CBS's "Face the Nation"',
    'on the show "Morning Joe"': a short headline-cased quotation (two to eight words, every
    one capitalised but a headline's small words, clean/data/headline_small_words.txt, at least
    two capitals) right after an owner's "'s" or a noun of a programme is the name of a
    broadcast or a work, not something said (issue 18, item 3, round thirty-four: polnear
    politico seed 137 Q6 gave the show's title to Clinton as her words); so is one after such a
    noun and a comma ('his memoir, "Gifted Hands,"'). What people say is seldom set
    headline-cased (American style sets the sentence's stop inside the mark: 'on Acme's "This
    Week With Jane Roe."'). Census: 13 quotes leave PolNeAR train 301-840 (four
    Sunday-show titles, three given to the speaker as their words; nine books, films, ads), none
    the Timeline17 sample; every one a title. Round thirty-five (issue 18, "chant": the seed-149
    sample gave a candidate's memoir title to her as a statement): up to twelve words (a book's
    title with its subtitle runs to nine or ten, "Lost Tycoon: The Many Lives of ..."), and a
    slogan, motto, tagline, biography, essay, poem or commercial leads as a book does ('their
    common slogan, "Stronger Together."', given to Clinton by the cue "shares"). Census over the
    2,612 census texts' quotations: 5 more fire, every one a title or a slogan; 4 were quotes
    (the slogan given to Clinton, a biography's title to its author, a documentary's to its
    director, one slogan open), one was left out already."""
    return _headline_cased(text, d) and _title_lead().search(text, max(0, d.outer_start - 40), d.outer_start) is not None


# a cited work: "according to" before its opening mark, or its author after it ('"<Title>" by Roe')
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+(?:book|report|study|memoir|biography)\s+)?$", re.I)
_AUTHOR_AFTER = re.compile(r",?\s*by\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z]")


def _cited_work(text: str, d: _Direct) -> bool:
    """'according to "Perfect Enough: The Reinvention of Acme" by Jane Roe, ...': a
    headline-cased quotation (``_headline_cased``) after "according to", or with its author
    after it (', by <Name>'), is the title of the work the writer cites, not something said
    (issue 18, round thirty-five, integrator: seed 149's wash-post sample gave a biography's
    title to the person it is about, whose phoning a few words on ("called half a dozen
    directors") the cue finder read as a verb of saying). Census over PolNeAR train 301-840
    outside the sample: 12 quotations after "according to" or before "by <Name>"; one
    headline-cased, a book's title with its author (speaker open), which now leaves; the 10
    newsletter headlines before "by <outlet>'s <reporter>" are set in sentence case and stay."""
    if not _headline_cased(text, d):
        return False
    before = text[max(0, d.outer_start - 40) : d.outer_start]
    return bool(_ACCORDING_BEFORE.search(before)) or _AUTHOR_AFTER.match(text, d.outer_end) is not None


@functools.lru_cache(maxsize=1)
def _proverb_lead() -> re.Pattern[str]:
    """A noun of a saying (data/proverb_nouns.txt) and maybe a comma, right before the opening mark."""
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(lexicon.lines("analyse/proverb_nouns.txt"), key=len, reverse=True))
    return re.compile(r"\b(?:" + nouns + r"),?[ \t\u00a0]*$", re.I)


def _proverb(ctx: _Ctx, d: _Direct, verb) -> bool:
    """'The old adage, "<a saying>," ...': a quotation right after a
    noun of a saying (data/proverb_nouns.txt: "adage", "proverb", "old saying") is that saying,
    words nobody in the story says here (issue 18, round thirty-six: the seed-139 judges'
    west-journal Q1, given no speaker by a passive cue after it). Census over PolNeAR train
    301-840 minus the keep-off list: one quotation after such a noun, that one; over 369
    Timeline17 dev texts: 2, both stay ('<a leader> quoted a proverb "..."', and a reader's
    "there is an old saying, ..." whose parsed sentence runs on over a verb). A verb before the
    mark ('Roe cited the old adage, "..."') keeps it: the speaker uses the saying as her words."""
    if _proverb_lead().search(ctx.text, max(0, d.outer_start - 40), d.outer_start) is None:
        return False
    if verb is not None and verb.idx < d.outer_start:
        return False
    # any full verb before the mark in its sentence ('Roe cited the old adage, "..."', 'Putin
    # quoted the proverb "..."': the speaker uses the saying); "there is an old saying, ..." (a
    # bare "be") and a saying as the sentence's opening subject have none
    span = ctx.sdoc.char_span(d.outer_start, d.outer_start + 1, alignment_mode="expand")
    if span is None:
        return False
    return not any(t.idx < d.outer_start and t.pos_ == "VERB" for t in span[0].sent)


@functools.lru_cache(maxsize=1)
def _slogan_lead() -> re.Pattern[str]:
    """A label noun (data/label_nouns.txt) ending the words before a quotation, then a colon, a
    question mark, a comma or a dash, or "is"/"was"."""
    nouns = "|".join(map(re.escape, sorted(lexicon.words("analyse/label_nouns.txt"), key=len, reverse=True)))
    return re.compile(r"\b(?:" + nouns + r")s?[ \t\u00a0]*(?:[:?,—–]|--|\b(?:is|was)\b)[ \t\u00a0]*$", re.I)


def _slogan_named(text: str, d: _Direct) -> bool:
    """'The tagline? "Meth. We're on it."', 'Its slogan: "Fresh every day."', 'the motto is "Never
    settle"': a quotation right after a noun that names it as a label (data/label_nouns.txt:
    slogan, tagline, motto, headline, ...) and a colon, question mark, comma, dash or "is" is the
    line so named, an advertising campaign's words set out, not anything a person is shown
    saying (round fifty-eight, seed 172 Q78, judged not_statement, as the folder's Q6 and other
    taglines before it; ``_owned_title`` reads such a lead only before a headline-cased
    quotation). Only with no cue near (the caller's): 'Her slogan, she said, is "..."' is hers."""
    return _slogan_lead().search(text, max(0, d.outer_start - 40), d.outer_start) is not None


def _colon_title(ctx: _Ctx, d: _Direct) -> bool:
    """'for bringing his favourite book to school: "The Big Book of Facts."': a headline-cased
    quotation (``_headline_cased``) right after a colon that follows a noun, with no verb of
    saying to take it (the caller's: no cue), is the name of the thing the noun stands for (a
    book, a show, a sign), set out after the colon as an object, not words anyone said (round
    fifty-two, seed 167 c050 Q14, judged not_statement). 'He said: "..."' (a cue) and a colon
    after a name as a speaker's label ('Roe: "We Will Win."', a proper noun) stay."""
    if not _headline_cased(ctx.text, d):
        return False
    m = re.search(r"(\w)[ \t\u00a0]*:[ \t\u00a0]*$", ctx.text[max(0, d.outer_start - 40) : d.outer_start])
    if m is None:
        return False
    at = max(0, d.outer_start - 40) + m.start(1)
    span = ctx.sdoc.char_span(at, at + 1, alignment_mode="expand")
    return span is not None and span[-1].pos_ == "NOUN"


def _supposed_saying(verb) -> bool:
    """'the winners are those who can say: "See? We told you."', 'a candidate could tell
    voters: "..."': a cue under a modal of possibility or advice (data/hypothetical_modals.txt:
    can, could, may, might, must, should) tells a saying that may or should be made, not one
    that was; the quotation it takes is the writer's supposed line, nobody's statement (round
    fifty-four, seed 169 c067 Q15, judged not_statement; the indirect case is
    ``_hypothetical``'s and "hypothetical_means"'). Not "would" or "will" (the data file's own
    note: "he would later tell reporters: ..." is the past's future, said). Kept: "could only
    say: ..." (an adverb of data/realised_modal_adverbs.txt: what was all one managed to say,
    said), and a cue in a relative clause on the subject of "be" ('All he could say was: "..."':
    the words named as said)."""
    text = doc_text(verb.doc)
    # the modal right before the cue, on its line and outside any quotation: the parse may hang
    # a quotation's own last "who can?" on a tag in the next paragraph ('"... then who can?"¶
    # Father Tom said')
    if not any(c.dep_ == "aux" and c.lower_ in lexicon.words("analyse/hypothetical_modals.txt") and c.i < verb.i
               and verb.idx - c.idx < 30 and not any(ch in _MARKS or ch == "\n" for ch in text[c.idx : verb.idx])
               for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in lexicon.words("analyse/realised_modal_adverbs.txt") for c in verb.children):
        return False
    head = verb.head
    if verb.i + 1 < len(verb.doc) and _copula(verb.doc[verb.i + 1]):
        return False  # "All the mayor could say was: ...": the parse may make "say" the root
    return not (verb.dep_ == "relcl" and head.dep_ in ("nsubj", "nsubjpass") and _copula(head.head))


def _platform_colon(ctx: _Ctx, d: _Direct) -> bool:
    """'This is the strategy that campaigns on: "Washington is broken! Send me there ..."', 'the
    party ran on: "Jobs first!"': a quotation after a verb of standing for a platform (data/
    platform_verbs.txt: campaign, run, stand) and its preposition "on" and a colon is the platform
    or slogan campaigned on, the preposition's object, a line nobody is reported to have said
    (round fifty-four, seed 169 c067 Q14, judged not_statement: the columnist's mock slogan).
    Only the preposition "on" as the parse's preposition (not a particle: 'He went on: "..."'
    continues a speech) right before the colon; 'He replied with: "..."' (a verb of saying) stays."""
    m = re.search(r"\bon[ \t\u00a0]*:[ \t\u00a0]*$", ctx.text[max(0, d.outer_start - 20) : d.outer_start])
    if m is None:
        return False
    at = max(0, d.outer_start - 20) + m.start()
    span = ctx.sdoc.char_span(at, at + 2, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    prep = span[0]
    return prep.dep_ == "prep" and prep.head.pos_ == "VERB" \
        and prep.head.lemma_.lower() in lexicon.words("analyse/platform_verbs.txt")


def _headline_cased(text: str, d: _Direct) -> bool:
    """Two to twelve words, every one capitalised but a headline's small words
    (clean/headline_small_words.txt), at least two capitals, no closing "!", ";" or ":"."""
    words = re.findall(r"[\w'’-]+", text[d.start : d.end])
    if not 2 <= len(words) <= _TITLE_MAX_WORDS or text[d.start : d.end].rstrip()[-1:] in "!;:":
        return False
    small = lexicon.words("clean/headline_small_words.txt")
    return sum(w[:1].isupper() for w in words) >= 2 and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words)


def _worn_label(text: str, d: _Direct) -> bool:
    """'burned their "Make America Great Again" hats', 'wearing "Hillary for Prison" shirts': a
    headline-cased quotation (``_headline_cased``) set right before a noun of a thing worn or
    carried (data/inscription_words.tsv, kind "worn") is the thing's slogan used as its label in
    the writer's sentence, not something said (issue 18, round thirty-five, "chant": the
    census gave the hats' slogan to Trump by a pronoun; as ``_epithet`` for a name). Not a
    quotation closed by a stop or a comma ('"Make America Great Again," hats off ...'). Census
    (the 2,612 census texts): 2 quotations leave, one shown as Trump's by a pronoun, one open."""
    quoted = text[d.start : d.end].rstrip()
    if not quoted or quoted[-1] in ",.!?;:" or not _headline_cased(text, d):
        return False
    m = re.match(r"[ \t\u00a0]+([A-Za-z-]+)\b", text[d.outer_end : d.outer_end + 20])
    return m is not None and m.group(1).lower() in lexicon.kinds("analyse/inscription_words.tsv")["worn"]


def _label_before_noun(ctx: _Ctx, d: _Direct) -> bool:
    """'revealing the hugely popular "Toy in a Box" trend is a spying operation', 'the "Harbour
    Lights" tour': a headline-cased quotation (``_headline_cased``) set right before a lower-case
    common noun on its line, only spaces between, is a name used as that noun's modifier in the
    writer's sentence (the trend, the tour, the campaign so named), not words anyone said, whatever
    cue governs the sentence (round fifty-six, seed 171 c094 Q1, judged not_statement: a craze's
    name given to the man "revealing" what the craze is). ``_worn_label`` reads the same shape
    before a noun of a thing worn, whatever its tag; this one any noun the parse tags a common
    noun (NN, NNS). The parse inside such a name is not trusted (it hung the name's first word on
    the cue as its object and its last on the noun), so the shape is read from the text and only
    the noun's tag from the parse. Kept: a quotation closed by a stop or a comma ('"Not Guilty,"
    lawyers said'), one in sentence case ('the "worst deal ever" claim'), and a word after it
    that is a time ('said "Game Over" yesterday': a date or time entity, or a bare adverbial
    noun) or no common noun (a name, a verb, a pronoun)."""
    text = ctx.text
    quoted = text[d.start : d.end].rstrip()
    if not quoted or quoted[-1] in ",.!?;:" or not _headline_cased(text, d):
        return False
    m = re.match(r"[ \t\u00a0]+([a-z][a-z-]*)\b", text[d.outer_end : d.outer_end + 40])
    if m is None:
        return False
    at = d.outer_end + m.start(1)
    span = ctx.sdoc.char_span(at, at + len(m.group(1)), alignment_mode="expand")
    if span is None or not len(span):
        return False
    noun = span[0]
    return noun.pos_ == "NOUN" and noun.tag_ in ("NN", "NNS") and noun.dep_ != "npadvmod" \
        and noun.ent_type_ not in ("DATE", "TIME")


def _self_name(ctx: _Ctx, d: _Direct) -> bool:
    """'a pro-gun Facebook page that calls itself "Friends of the Shore" has shared the photo', 'a
    group styling itself "The Harbour Watch"', 'it bills itself as "The Town's Own Paper"': a
    headline-cased quotation (``_headline_cased``) right after a reflexive pronoun (maybe and
    "as") that is the object of a verb of naming (data/self_naming_verbs.txt) is the name the
    subject goes by, not anything it said (round fifty-six, seed 171 c089 Q4, judged
    not_statement: a page's name given, by the cue "calls", to the place the parse hung the
    relative "that" on). Kept: a label given to another ('called it the "Worst Deal Ever."', no
    reflexive: the speaker's label, a quote), a quotation in sentence case ('calls himself "the
    least worried man in town"': a claim about oneself) and a verb that names nothing
    ('describes itself as "..."' is not in the list)."""
    if not _headline_cased(ctx.text, d):
        return False
    t = _word_before_mark(ctx, d)
    if t is not None and t.lower_ == "as" and t.i > 0:
        t = t.doc[t.i - 1]
    if t is None or not t.lower_.endswith(("self", "selves")) or t.dep_ != "dobj":
        return False
    return t.head.pos_ == "VERB" and bool(_forms(t.head) & lexicon.words("analyse/self_naming_verbs.txt"))


def _headline_quoted(ctx: _Ctx, d: _Direct) -> bool:
    """'"Another raid foiled by shoppers," reads the headline', 'The headline read: "..."', 'its
    headline said: "..."': a quotation handed over by a verb of reading or saying whose subject is
    a piece's headline or title (data/headline_words.tsv) is that headline, the name of the piece,
    not a statement of anyone's (round fifty-six, seed 171 c089 Q2, judged not_statement; the
    copular '"..." was the headline' is data/label_nouns.txt's). The verb is the one the parse
    hangs the quotation's root or either of its marks on, outside the marks. Kept: a tweet, a
    post, a caption or an article that "reads" or "says" ('"...," read a typical tweet': someone's
    words), and a headline that is no subject of the verb ('Roe said of the headline: "..."')."""
    span = ctx.sdoc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    marks = ctx.sdoc.char_span(d.outer_start, d.outer_start + 1, alignment_mode="expand"), \
        ctx.sdoc.char_span(d.outer_end - 1, d.outer_end, alignment_mode="expand")
    heads = [span.root.head] + [m[0].head for m in marks if m is not None and len(m)]
    words = lexicon.kinds("analyse/headline_words.tsv")
    for v in heads:
        if span.start <= v.i < span.end or v.pos_ not in ("VERB", "AUX") or ctx.inside_quote(v.idx):
            continue
        if not _forms(v) & words["verb"]:
            continue
        if any(c.dep_ == "nsubj" and token_listed(c, words["noun"])
               for c in v.children):
            return True
    return False


def _named_quotation(ctx: _Ctx, d: _Direct) -> bool:
    """Round fifty-six's names in marks (``_label_before_noun``, ``_self_name``,
    ``_headline_quoted``): no direct quote, and no reported content made of mostly the
    quotation either ('calls itself "Friends of X"' is no content of "calls"; ``extract``'s
    ``covered``)."""
    return _label_before_noun(ctx, d) or _self_name(ctx, d) or _headline_quoted(ctx, d)


_EPITHET_MAX_WORDS = 3


def _epithet(ctx: _Ctx, d: _Direct) -> bool:
    """'("Low energy" Jeb Bush, "Little Marco" Rubio)': a short quotation (at most three words)
    set right before a person's name, with only a space between, is a nickname used as the
    name's label in the writer's sentence, not something said (issue 18, item 3, round
    thirty-four: polnear wash-post seed 137 Q30). Not a quotation that ends in a stop or a
    comma ('"Thank you," Jeb Bush said': a sentence handed to its tag), nor one the name does
    not follow on the same line. Census: two leave PolNeAR train 301-840 (Q30's list), none the
    Timeline17 sample."""
    quoted = ctx.text[d.start : d.end].rstrip()
    if not quoted or quoted[-1] in ",.!?;:" or len(quoted.split()) > _EPITHET_MAX_WORDS:
        return False
    m = re.match(r"[ \t\u00a0]+(?=[A-Z])", ctx.text[d.outer_end : d.outer_end + 3])
    if m is None:
        return False
    at = d.outer_end + m.end()
    span = ctx.sdoc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or span[0].pos_ != "PROPN" or span[0].ent_type_ not in ("PERSON", ""):
        return False  # a name ("Jeb Bush"; "Rubio", untagged), not a place or a body
    k = span[0].i
    while k < len(ctx.sdoc) and ctx.sdoc[k].pos_ == "PROPN":
        k += 1
    # '"Not a chance" Jeb Bush said': a quotation handed to its tag with the comma left out
    return not (k < len(ctx.sdoc) and is_cue(ctx.sdoc[k], mental=True))


def _titles(text: str, directs: list[_Direct]) -> list[_Direct]:
    """The quotations that are a work's title: embedded, after a naming word (_work_title),
    or after a naming verb and a colon (_headed_title)."""
    return [d for d in directs if (_embedded(text, d) and _work_title(text, d)) or _headed_title(text, d)]


@functools.lru_cache(maxsize=1)
def _headed() -> re.Pattern[str]:
    """A naming verb (data/title_verbs.txt), at most two lower-case words (an adverb: "simply",
    "boldly") and a colon right before the opening mark."""
    verbs = "|".join(map(re.escape, sorted(lexicon.words("analyse/title_verbs.txt"))))
    return re.compile(r"\b(?:" + verbs + r")(?:[ \t\u00a0]+[a-z]+){0,2}[ \t\u00a0]*:[ \t\u00a0]*$", re.I)


def _headed_title(text: str, d: _Direct) -> bool:
    """'The paper, published on Monday, headlined: "Attention, dock workers: ..."', 'a post
    titled simply: "..."': a quotation after a naming verb (data/title_verbs.txt) and a colon
    is the piece's headline or title, the name of a work as after 'headlined "..."' with no
    colon (_work_title), not a statement of its outlet or writer (round fifty-one, seed 166
    c049 Q1, judged not a statement). 'The paper said: "..."' and 'its headline said: "..."'
    (a verb of saying) stay."""
    m = _headed().search(text, max(0, d.outer_start - 60), d.outer_start)
    return m is not None and m.end() == d.outer_start


def _outside_titles(titles: list[_Direct], cands: list[_Cand]) -> list[_Cand]:
    """'in the report "Oil Budget: What Happened to the Oil?"': the parse reads the title's own
    question as the cue's clause; a content inside a work's title (``_titles``) is none (18n)."""
    spans = [(d.start, d.end) for d in titles]
    return [c for c in cands if not any(x <= c.start and c.end <= y for x, y in spans)] if spans else cands


def _direct_cands(ctx: _Ctx, directs: list[_Direct], titles: list[_Direct], named: list[_Direct]) -> list[_Cand]:
    """The direct candidates: each quotation no rule below reads as a name, a title or a
    scare-quoted phrase. ``named`` is ``_named_quotation``'s answer for every quotation, read
    once by ``extract`` (round fifty-eight, e1, code health: it was read here and again there
    for the same quotation; it reads only the text, the parse and the quoted spans, none of
    which this loop changes). Round fifty-nine, e1 (code health): the titles and the named
    quotations are looked up by identity in sets built once per call (each candidate scanned
    both lists); the quotations live through the call, so their ids stay theirs."""
    text = ctx.text
    title_ids = {id(t) for t in titles}
    named_ids = {id(n) for n in named}
    out = []
    for k, d in enumerate(directs):
        words = len(text[d.start : d.end].split())
        embedded = _embedded(text, d)
        if words < _MIN_WORDS and (embedded or words < 2 or _phrase_runs_on(ctx, d)) \
                and not (not embedded and _answer_opening(text, d, directs[k + 1 :])) \
                and not (not embedded and k and _word_after_tag(text, d, directs[k - 1])):
            continue  # a scare-quoted phrase: "not leaving", "viability"
        if names.is_shouted(text[d.start : d.end]):
            continue  # "HAPPY TO SLICE UP BLAME": a subheading in capitals, not something said
        label = _LABELLED.match(text, d.outer_end)
        if label and {w.lower() for w in label.groups() if w} & lexicon.words("analyse/label_nouns.txt"):
            continue  # '"Catch it, bin it, kill it" is the theme': a slogan or a title, not something said
        if id(d) in title_ids:
            continue  # 'in the report "Where Did the Water Go?"': the name of a work, not something said
        if _owned_title(text, d) or _epithet(ctx, d) or _worn_label(text, d) or _cited_work(text, d):
            continue  # 'Acme TV's "The Harbour Hour"', '"Low energy" Jeb Bush': a name, not said (round 34)
        if id(d) in named_ids:
            continue  # 'the "Toy in a Box" trend', 'calls itself "Friends of X"', '"...," reads the headline' (round 56)
        cue = _cue_near(ctx, d)
        chant = _chant_verb(ctx, d) if cue is not None or not embedded else None
        if chant is not None and (cue is None or chant[1] < cue[1]):
            cue = chant  # '..., Cruz said as a heckler yelled: "You suck!"': the heckler's words, not Cruz's (round 35)
        verb = cue[0] if cue else None
        if verb is None and (_slogan_named(text, d) or _colon_title(ctx, d)):
            continue  # 'bringing his favourite book to school: "The Big Book of Facts."': a title (round 52);
            # 'The tagline? "Meth. We're on it."': a slogan set out after its noun (round 58)
        if _proverb(ctx, d, verb):
            continue  # 'the old adage, "<a saying>" manner': a saying named, nobody's words here (round 36)
        if verb is not None and _supposed_saying(verb):
            continue  # 'the winners are those who can say: "..."': a saying supposed, nobody's (round 54)
        if verb is None and _platform_colon(ctx, d):
            continue  # 'a strategy that campaigns on: "..."': the platform run on, nobody's words (round 54)
        if verb is not None and embedded and _writer_idiom(verb):
            continue  # 'Having said that if the "Fix it" drive works, ...': no cue of the quotation inside (18n)
        if verb is not None and embedded and _named_phrase(ctx, d, verb):
            continue  # 'what the journal described as the "first rough study"': a label, not said (18x)
        if verb is not None and embedded and _described_phrase(ctx, d, verb):
            continue  # 'describing the pain of being "a stranger at home"': a phrase in the description (round 50)
        if embedded and _object_phrase(ctx, d) and not _tagged_after(text, d, verb):
            continue  # 'opposes "across-the-board pay freezes"': the thing opposed, not said (round 34)
        if any(a <= d.start < b for a, b in ctx.heading) and verb is None and not _dash_byline(text, d):
            continue  # a quote in a headline counts only with its speaker beside it
        if verb is None and _marked_name(ctx, d):
            continue  # 'In addition, "Force Touch," the new system, could ...': a name in marks (round 48)
        if _named_in_phrase(ctx, d):
            continue  # 'a portion of the "Ham and Cheese on Rye"': a thing's name in marks (round 54)
        if embedded and _determined_name(ctx, d):
            continue  # 'the accessory is the "Bandstand Apple Watch dock."': a product's name (round 55)
        if _quoted_subject(ctx, d) or embedded and _infinitive_fragment(ctx, d):
            # 'groups attempting to "politicize the spill."': a predicate without its subject (round 59)
            continue  # '"Sources familiar with the matter" tell the paper ...': who or what, not said (round 49)
        if embedded and _quoted_source_label(ctx, d):
            continue  # 'cited "two people with direct knowledge" as saying': who, not said (round 53)
        if verb is None and _parenthesised_gloss(ctx, d):
            continue  # 'the Acme Bolt ("The bolt you won't believe!") was sold': a slogan (round 51)
        end = d.end
        while end > d.start + 1 and text[end - 1] in ", \u00a0":
            end -= 1  # the comma before the closing mark belongs to the attribution
        clause = _fragment_clause(ctx, d, verb) if embedded and verb is not None else None
        clause = _called_object(ctx, d, verb) if clause is None and embedded and verb is not None else clause
        out.append(_Cand(d.start, end, "direct", cue=verb, direct=d, embedded=embedded, clause=clause))
    return out


_FRAGMENT_DEPS = ("dobj", "attr", "acomp", "oprd")  # a quoted fragment that is its clause's object or predicate


# the links from a word of a noun phrase up to the phrase's head and from a preposition's object
# up to what the preposition hangs on ("one ticket to the <fragment>": the -> party -> to -> ticket)
_PHRASE_DEPS = frozenset({"det", "poss", "nmod", "compound", "amod", "nummod", "case", "pobj", "prep",
                          "dobj", "attr", "oprd", "acomp"})


def _fragment_head(ctx: _Ctx, d: _Direct, span):
    """The verb outside the marks whose object or predicate a quoted fragment is, or None: the
    head of the fragment's root when that root is the object or predicate itself; else, when the
    quotation opens right after a determiner or preposition ('covers one ticket to the "party at
    the zoo including lunch."': the phrase the writer began goes on inside the marks) and holds
    no finite verb (no sentence of its own), the first verb above that word, climbing only
    through the links of a noun phrase and of prepositions (round fifty-four, seed 169 c060 Q6:
    the parse hung the fragment's words on three heads, so its root was its stop)."""
    root = span.root
    if root.pos_ not in ("VERB", "AUX") and root.dep_ in _FRAGMENT_DEPS:
        return root.head
    t = _word_before_mark(ctx, d)
    if t is None or any(x.tag_ in ("VBD", "VBZ", "VBP", "MD") for x in span):
        return None
    if t.tag_ not in ("DT", "IN") or t.dep_ not in ("det", "prep"):
        return None
    return _phrase_verb(t)


def _phrase_runs_on(ctx: _Ctx, d: _Direct) -> bool:
    """A short quotation the sentence runs on past with a lower-case word: 'Paradoxically,
    "talking tough" about this crisis makes us look weak' (issue 18, round fifty-nine, seed 174
    bpoil_washingtonpost Q8: the columnist's scare-quoted phrase, judged not_statement, kept
    because a comma, not a word, stood before its opening mark, so ``_embedded`` said no). The
    words after the closing mark go on with the same sentence, so the quotation is a phrase in it,
    not a saying of its own; '"No," she said' (a comma inside the marks), '"Not now."' and a
    quotation right after a verb and its comma ('Roe said, "thank you" to the crews': the FNC-1
    census's one, a saying) stay. PolNeAR 301-840 (the 101 texts with such shapes): 3 dropped, a
    consultant's term in brackets, one of three quoted phrases in a list (open) and a title."""
    text = ctx.text
    if text[d.start : d.end].rstrip()[-1:] in ",.!?;:":
        return False
    before = _word_before_mark(ctx, d)
    if before is not None and before.text in ",:" and before.i > 0 and ctx.sdoc[before.i - 1].pos_ in ("VERB", "AUX"):
        return False
    k = d.outer_end
    while k < len(text) and text[k] in " \t\u00a0":
        k += 1
    if not (k < len(text) and text[k].islower()):
        return False
    # the integrator's narrowing (PolNeAR 301-840: '"A big truck" plowed through the barriers, he
    # said', '"Family values people" are "not out to bash gays," he said'): a sentence that says
    # who said it around the marks quotes a piece of that speaker's words, not the writer's phrase
    span = ctx.sdoc.char_span(d.start, d.end, alignment_mode="expand")
    if span is not None and len(span):
        sent = span[0].sent
        if any(is_cue(t) and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
               for t in sent if not (d.outer_start <= t.idx < d.outer_end)):
            return False
    return True


def _infinitive_fragment(ctx: _Ctx, d: _Direct) -> bool:
    """'to counter criticism from "anti-energy groups" attempting to "politicize the Gulf Spill."':
    a quotation opening on a verb right after the infinitive's "to", where the verb the infinitive
    belongs to is no cue of saying ("attempting", "trying"): the marks hold a predicate whose
    subject is the writer's words outside them, and no one is said to have said it (issue 18,
    round fifty-nine, seed 174 bpoil_washingtonpost Q12, judged cut). 'vowed to "fight on"' (the
    infinitive hangs on a cue, whose speaker's words the marks hold) stays. PolNeAR 301-840 (the
    101 texts with such shapes): 3 dropped, a phrase credited to the judge who called the clip
    distasteful (wrong before), an idiom ('obligated to "stand up and be counted."') and a
    mayor's words after 'for constituents to' (speaker open: a small loss)."""
    before = _word_before_mark(ctx, d)
    if before is None or before.tag_ != "TO":
        return False
    span = ctx.sdoc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = next((t for t in span if not t.is_punct and not t.is_quote), None)
    if first is None or first.tag_ != "VB" or before.head.i != first.i:
        return False
    above = first.head
    if first.dep_ not in ("xcomp", "advcl", "acl") or above.i == first.i:
        return False
    # the integrator's narrowing: 'declared a determination to "continue our open, tolerant life."'
    # (PolNeAR 301-840, Merkel's words, credited right) -- the infinitive hangs on a noun whose
    # verb is a cue: the verb the noun phrase belongs to says whose words the marks hold
    verb = above
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return not is_cue(above, mental=True) and not is_cue(verb, mental=True)


def _word_before_mark(ctx: _Ctx, d: _Direct):
    """The token right before a quotation's opening mark (spaces skipped), or None."""
    k = d.outer_start
    while k > 0 and ctx.text[k - 1] in " \t\u00a0":
        k -= 1
    before = ctx.sdoc.char_span(k - 1, k, alignment_mode="expand") if k > 0 else None
    return before[-1] if before is not None and len(before) else None


def _phrase_verb(t):
    """The first verb above a word of a noun phrase, climbing only through the links of a noun
    phrase and of prepositions (_PHRASE_DEPS), or None."""
    while t.pos_ not in ("VERB", "AUX") and t.dep_ in _PHRASE_DEPS and t.head.i != t.i:
        t = t.head
    return t if t.pos_ in ("VERB", "AUX") else None


def _relative_sayer(ctx: _Ctx, c: _Cand, cue_span) -> dict | None:
    """An open speaker for a quoted fragment that a verb of saying or judging in a relative
    clause takes as its object or its "as" phrase: 'Roe cites several judges and other experts
    who decried Doe's actions as a "departure from the court's traditions."' The words in marks
    are what the relative's subject (the judges) said of Doe's actions, or the cue's subject's
    words for it: the text does not show whose; a fragment is no sentence the cue's subject is
    shown saying (round fifty-four, seed 169 c084 Q6, judged unclear: Roe had been given it at
    0.95 through "cites"). Read when the quotation opens right after a determiner or preposition
    that belongs, through noun-phrase and preposition links only, to a verb other than the cue
    hung on a noun as a relative clause ("relcl"), that verb a cue (data/reporting_verbs.txt), one of
    judging (data/judged_cues.txt) or of calling (data/calling_verbs.txt). A fragment of the
    cue's own clause ('Roe called the plan a "disaster"') and one in a relative clause of another
    verb ('experts who wrote a "report on ..."') keep their speaker. The open speaker, or None."""
    d = c.direct
    before = _word_before_mark(ctx, d) if d is not None else None
    if before is None or cue_span is None or before.tag_ not in ("DT", "IN") or before.dep_ not in ("det", "prep"):
        return None
    v = _phrase_verb(before)
    if v is None or v.dep_ != "relcl" or cue_span[0] <= v.idx < cue_span[1] or ctx.inside_quote(v.idx):
        return None
    if not (is_cue(v) or v.lemma_.lower() in lexicon.words("analyse/judged_cues.txt")
            or v.lower_ in lexicon.words("analyse/calling_verbs.txt")):
        return None
    return _conf({}, 0.0, f"'{v.text}': the quoted words are the object of a verb of saying in a relative "
                 f"clause about '{v.head.text}', whose subject is not the cue's: whose words they are is not shown")


def _fragment_clause(ctx: _Ctx, d: _Direct, verb) -> tuple[int, int] | None:
    """The clause a quoted fragment ends, when the fragment alone says nothing: 'the accident
    could offer "a glimpse of a grim future", suggests the Times', 'Roe says it is worth it,
    because the dog has been "part of my family" since May': the quoted words are the object or
    predicate of a verb outside the marks, whose subject stands outside them too; the statement
    is that clause ("the accident could offer "..."", "the dog has been "..." since May"), the
    quotation "mixed" inside it (round fifty-one, seed 166 c035 Q9 and c051 Q4, both judged cut:
    the subject and verb stood outside the span). The judges' standing rule: a span that is only
    a quoted fragment inside the writer's own clause is cut; the statement is the clause that
    carries it. Only when that verb is a clause of the cue's own (its ccomp or advcl: what the
    cue reports, or its reason), is no cue itself ('called the plan "a disaster"', 'denied "any
    wrongdoing"': the cue's own object), and its subject is a noun or a name (a pronoun may be
    the speaker's own voice) before the opening mark on the same line; the fragment opens in
    lower case with a noun, adjective or preposition as its root (a verb: a sentence in marks).
    A reported content that already holds the fragment keeps it (``_mixed_in``). The clause's
    (start, end), or None."""
    text = ctx.text
    quoted = text[d.start : d.end].lstrip(" \u00a0")
    if not quoted[:1].islower():
        return None
    span = ctx.sdoc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    v = _fragment_head(ctx, d, span)
    if (v is None or span.start <= v.i < span.end
            or v.pos_ not in ("VERB", "AUX") or v.i == verb.i or v.head.i != verb.i or v.dep_ not in ("ccomp", "advcl")
            or is_cue(v, mental=True) or ctx.inside_quote(v.idx)):
        return None
    if any(x.dep_ in ("mark", "advmod") and x.lower_ in _TOPIC_WORDS for x in v.children):
        return None  # 'asks whether any resident has "difficulty ..."': a question, not a claim (PolNeAR census)
    subj = next((x for x in v.children if x.dep_ in ("nsubj", "nsubjpass") and x.i < v.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.right_edge.idx >= d.outer_start:
        return None
    if "," in text[subj.left_edge.idx : subj.right_edge.idx + len(subj.right_edge)]:
        return None  # 'Fiorina, who had moved ..., tossed "..."': the writer's aside inside the subject (PolNeAR census)
    a = subj.left_edge.idx
    right = v.right_edge
    b = max(right.idx + len(right), d.outer_end)
    a, b = _trim_chars(text, a, b)
    if "\n" in text[a:b] or any(a <= qa < b and not qa <= d.start < qb for qa, qb in ctx.quoted):
        return None  # (one quotation only: another in the clause has its own reading)
    a, b = _trim_marks(text, a, b)
    return (a, b) if a < d.start and b >= d.end else None


_CALLED_GAP_WORDS = 8  # the words of a named object between "called" and the quotation


def _called_object(ctx: _Ctx, d: _Direct, verb) -> tuple[int, int] | None:
    """The named object with the quoted words said of it, after a verb of calling
    (data/calling_verbs.txt): 'Developer Valve called 'Half Life: Alyx' "a flagship VR game."'
    says Half Life: Alyx is a flagship VR game; the quoted predicate alone leaves out what it was
    said of (round fifty-eight, seed 172 Q46, whole: cut; the judges' standing rule of
    ``_fragment_clause``: the statement is the clause that carries the fragment). The object runs
    from the word after the verb to the opening mark: at most eight words on one line, a name (a
    capitalised word among them, no article: 'called the plan "a disgrace"' keeps the quotation
    alone, as rounds thirty-four and fifty-one left it) and no verb, pronoun or preposition first ("called it "a
    disaster"", a pronoun, and "called for "an end to ..."", the thing called for, keep the
    quotation alone); the fragment opens in lower case (a predicate, not a sentence in marks).
    The object's start to the closing mark, or None."""
    text = ctx.text
    if verb.lower_ not in lexicon.words("analyse/calling_verbs.txt") or verb.idx >= d.outer_start:
        return None
    if not text[d.start : d.end].lstrip(" \u00a0")[:1].islower():
        return None
    gap_start = verb.idx + len(verb)
    gap = text[gap_start : d.outer_start]
    if "\n" in gap or not gap.strip() or len(gap.split()) > _CALLED_GAP_WORDS \
            or any(a < gap_start < b or a < d.outer_start < b for a, b in ctx.quoted):
        return None
    words = [t for t in itertools.takewhile(lambda t: t.idx < d.outer_start, ctx.sdoc[verb.i + 1 :]) if not t.is_space]
    toks = [t for t in words if not t.is_punct]
    if not toks or toks[0].pos_ in ("ADP", "PART", "PRON", "ADV") or toks[0].dep_ == "prt" \
            or any(t.pos_ in ("VERB", "AUX", "PRON", "DET") for t in toks) or not any(t.pos_ == "PROPN" or t.is_title for t in toks):
        return None  # (a common noun with its article, 'called the plan "a disgrace"', is left as it was: rounds 34, 51)
    a, b = _trim_marks(text, words[0].idx, d.outer_end)
    return (a, b) if a < d.start and b >= d.end else None


def _parenthesised_gloss(ctx: _Ctx, d: _Direct) -> bool:
    """'back then the Acme Bolt ("The bolt you won't believe!") was sold in every shop', 'the
    word "ciao" ("goodbye")': a quotation that fills a pair of brackets on its own, right after
    a noun, with no cue near it, glosses that noun (its slogan, its translation, its nickname):
    nothing anyone is shown saying (round fifty-one, seed 166 c049 Q10, an advertising slogan
    judged not a statement). Kept: a bracket with more than the quotation in it ('(he said:
    "...")'), a quotation after a person's name ('Roe ("I never knew") was furious': maybe her
    words; but a name with an article, "the Acme Bolt", is a thing's even when the tagger reads a
    person's), and any quotation a cue was found for."""
    text = ctx.text
    k = d.outer_start - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    if k < 0 or text[k] != "(":
        return False
    e = d.outer_end
    while e < len(text) and text[e] in " \t\u00a0.,!?":
        e += 1
    if e >= len(text) or text[e] != ")":
        return False
    k -= 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    before = ctx.sdoc.char_span(k, k + 1, alignment_mode="expand") if k >= 0 else None
    if before is None or not len(before):
        return False
    noun = before[-1]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in noun.children):
        return True  # "the Acme Bolt (...)": a name with an article is a thing's, even one tagged a person's
    mi = ctx.tok_mention.get(noun.i)
    return noun.ent_type_ != "PERSON" and (mi is None or ctx.mentions[mi].label != "PERSON")


def _verbless_quoted_phrase(ctx: _Ctx, d: _Direct):
    """The span of a quotation that is a short noun phrase: no verb in it, no closing stop, at
    most ``_QUOTED_SUBJECT_MAX_WORDS`` words; else None (the shape both ``_quoted_subject`` and
    ``_quoted_source_label`` read)."""
    quoted = ctx.text[d.start : d.end].strip().rstrip(",")
    if not quoted or quoted[-1:] in ".!?;:" or len(quoted.split()) > _QUOTED_SUBJECT_MAX_WORDS:
        return None
    span = ctx.sdoc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    return span


def _quoted_subject(ctx: _Ctx, d: _Direct) -> bool:
    """'"Sources familiar with the matter" tell the paper that ...', '"The playlist" lets users
    pick songs by mood': a quoted noun phrase with no verb in it that is the subject of a verb
    outside the marks is what the sentence is about (a name in marks, or the very speaker of
    the cue), not something anyone said; the statement, if any, is the verb's own clause
    (round forty-nine, seed 164 c009 Q6 and c022 Q4, both judged not_statement). Kept: a
    quotation with a verb ('"We will win" ...'), one ending in a stop, and the subject of
    "be" ('"No comment" was all he said': the words said, named)."""
    span = _verbless_quoted_phrase(ctx, d)
    if span is None:
        return False
    root = span.root
    head = root.head
    return root.dep_ in ("nsubj", "nsubjpass") and not (span.start <= head.i < span.end) \
        and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() != "be" and root.pos_ in ("NOUN", "PROPN")


# a noun phrase, not a sentence: "Sources familiar with the matter" is five; "qualified investigators
# at all levels of government" seven (round fifty-four, seed 169 c073 Q10, Q15: a subject of
# "concluded" in marks, judged not_statement, was one word over the old six). With no verb and no
# closing stop in it, and the parse's subject or object of a verb outside the marks, a phrase of
# eight words is still a noun phrase
_QUOTED_SUBJECT_MAX_WORDS = 8


def _quoted_source_label(ctx: _Ctx, d: _Direct) -> bool:
    """'the paper cited "three sources with direct knowledge" as saying ...', 'an interview with
    a "researcher from the Forest Group"': a quoted noun phrase with no verb in it whose head is
    a noun for a person or a source (data/person_nouns.tsv and titles' role words, data/
    informant_nouns.txt), the object of a verb or a preposition outside the marks, is the
    writer's label for who spoke, set in scare quotes, not something anyone said (round
    fifty-three, seed 168 c061 Q5 and c064 Q6, judged not_statement; what the source said is
    the cue's own clause). The subject's case is ``_quoted_subject``'s. Kept: a quotation with a
    verb or ending in a stop, a label said of someone by a verb of naming ('called him a
    "traitor"', 'described her as a "brilliant scientist"': data/label_cues.txt, or "as"),
    and a head noun that names no person ('denied "any wrongdoing"')."""
    span = _verbless_quoted_phrase(ctx, d)
    if span is None:
        return False
    root = span.root
    if root.pos_ != "NOUN" or root.dep_ not in ("dobj", "pobj") or span.start <= root.head.i < span.end:
        return False
    informants = lexicon.words("analyse/informant_nouns.txt")
    if not any(w in speakers.person_nouns() or w in informants for w in (root.lower_, root.lemma_.lower())):
        return False
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if root.dep_ == "pobj" and root.head.lower_ == "as":
        return False
    return verb.lemma_.lower() not in lexicon.words("analyse/label_cues.txt")


def _named_in_phrase(ctx: _Ctx, d: _Direct) -> bool:
    """'holding a portion of the "Ham and Cheese on Rye" - one of many he posts': a short
    headline-cased quotation with no verb (``_verbless_quoted_phrase``, ``_headline_cased``)
    set inside a phrase (hung on a preposition or a noun, not on a verb), with no verb of saying
    or belief as the first verb above it (the thing held, ordered, read about), is the name of a thing, not anything said,
    whatever cue the scanner finds nearby (round fifty-four, seed 169 c071 Q3, judged
    not_statement: a sandwich's name given to the "he" of the next clause's "posts"). A longer
    name is ``_marked_name``'s reach (three words, no cue). Kept: a quotation a cue governs
    ('shouted "Fire And Fury Now"', 'dismissed it as "Utter Nonsense"': the verb above is a cue),
    one with a verb or a closing stop (a sentence in marks), and one in lower case ('a portion
    of "the best lunch ever"')."""
    span = _verbless_quoted_phrase(ctx, d)
    if span is None or not _headline_cased(ctx.text, d):
        return False
    # inside a phrase: the word the quotation hangs on is no verb but a preposition or a noun
    # ("of the "X"", "the "X" one"); the parse's attachment inside a name varies ("on Rye" may
    # hang on the noun before the marks), so only where the span's root hangs is read
    t = span.root.head
    if t.i == span.root.i or span.start <= t.i < span.end or t.pos_ in ("VERB", "AUX"):
        return False
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    return t.pos_ not in ("VERB", "AUX") or not is_cue(t, mental=True)


def _determined_name(ctx: _Ctx, d: _Direct) -> bool:
    """'The accessory in focus is the "Bandstand Apple Watch dock."', 'fans queued for the
    "Harbour Lights Summer Tour."': a quotation opened right after a determiner or a possessive
    of the writer's sentence ("the", "a", "its", "Acme's"), whose first word and at least one
    more are capitalised (a name's words: a fragment of someone's speech after "the" is written
    in lower case, 'the "worst deal ever"'), with no finite verb in it (the small model may tag
    a name's last noun a verb: "dock"), is the name of a thing the writer's sentence goes on
    about, not anything said, whatever cue the scanner finds in the next sentence (round
    fifty-five, seed 170 c069 Q2, judged not_statement: a product's name given to "The
    aforesaid company calls it ..." after it). ``_named_in_phrase`` reads only a name inside a
    phrase and with no stop; this one a name that is a verb's object or predicate, the
    sentence's stop set inside the marks. Kept: a quotation the first verb above it (through
    the noun phrase's links) is a cue of ('called it the "Worst Deal Ever."': the speaker's
    label), one inside what a cue reports ('said the plan was a "Complete Disaster."'), one
    with a finite verb ('the "We Will Win" rally' has one: a slogan, ``_worn_label``'s kind),
    and one in lower case. The determiner is read from the parse's tag, its word from the text
    (a lower-case word: "The" opening a sentence is no determiner of a phrase begun)."""
    quoted = ctx.text[d.start : d.end].strip().rstrip(",")
    if not quoted or quoted[-1:] in "!?;:":
        return False
    words = re.findall(r"[\w'’-]+", quoted)
    if not 2 <= len(words) <= _TITLE_MAX_WORDS or not words[0][:1].isupper() or sum(w[:1].isupper() for w in words) < 2:
        return False
    before = _word_before_mark(ctx, d)
    if before is None or before.tag_ not in ("DT", "PRP$", "POS") or (before.tag_ != "POS" and not before.text[:1].islower()):
        return False
    span = ctx.sdoc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or any(t.tag_ in _FINITE_TAGS for t in span):
        return False
    t = span.root
    while t.head.i != t.i and (span.start <= t.i < span.end or (t.pos_ not in ("VERB", "AUX") and t.dep_ in _PHRASE_DEPS)):
        t = t.head
    if span.start <= t.i < span.end or t.pos_ not in ("VERB", "AUX"):
        return True  # a verbless line or phrase: no verb takes it
    return not is_cue(t, mental=True) and t.lemma_.lower() not in lexicon.words("analyse/label_cues.txt") \
        and not ctx.inside_quote(t.idx) and not _under_report(ctx, t)


def _marked_name(ctx: _Ctx, d: _Direct) -> bool:
    """'In addition, "Force Touch," the pressure-sensitive system, could also be included': a
    short quotation (at most three words) of capitalised words and no verb, with no cue, set
    inside the writer's sentence (words before it on its line, not a colon) is the name of a
    thing, a product or a feature, not something anyone said (round forty-eight, seed 163 c033
    Q5). A sentence in marks (a verb, or four words or more) and a quotation opening its line stay."""
    quoted = ctx.text[d.start : d.end].strip().rstrip(",")
    words = quoted.split()
    if not words or len(words) > _EPITHET_MAX_WORDS or quoted[-1:] in ".!?;:":
        return False
    small = lexicon.words("clean/headline_small_words.txt")
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words) or not words[0][:1].isupper():
        return False
    line_start = ctx.text.rfind("\n", 0, d.outer_start) + 1
    before = ctx.text[line_start : d.outer_start].rstrip()
    if not before or before.endswith(":"):
        return False
    span = ctx.sdoc.char_span(d.start, d.end, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _named_phrase(ctx: _Ctx, d: _Direct, verb) -> bool:
    """'In what the journal described as the "first rough study" of the fever, ...', 'a marsh
    which the mayor called "the cradle of the bay"': a quoted noun phrase, with no verb in it,
    as the "as" of a verb of calling (data/label_cues.txt) whose object is a relative "what" or
    "which" is a label the writer uses to name the thing of the main clause, not a statement
    (issue 18, round twenty-three, 18x). "described it as a "grave disaster"" (a thing named as
    the object: the speaker's view of it, a quote) and a clause in quote marks stay."""
    span = ctx.sdoc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "as" or root.head.dep_ != "prep" or root.head.head.i != verb.i:
        return False
    return verb.lemma_.lower() in lexicon.words("analyse/label_cues.txt") and root.pos_ in ("NOUN", "PROPN") \
        and any(x.dep_ == "dobj" and x.tag_ in ("WP", "WDT") for x in verb.children)


def _described_phrase(ctx: _Ctx, d: _Direct, verb) -> bool:
    """'this entry appeared on her blog describing the pain of being "a stranger in her own
    home" and ...': a quoted noun phrase with no finite verb, set inside a preposition's phrase
    of the cue's noun object, is a phrase the writer borrows to describe that thing, not a
    statement of the cue's subject (round fifty, seed 165 c037 Q12, judged not_statement). The
    object is the content the cue is about ("the pain of ..."), the quotation only a piece of it.
    Kept: a quotation that is the object itself ('denied "any wrongdoing"'), the "as" of a
    judgement ('described it as "a disaster"': no noun object between), one inside a noun of
    saying ('denied reports of "a secret deal"': data/statement_nouns.txt), and one a verb inside
    the object takes ('cites authorities who decried it as a "departure"': theirs, by its tag)."""
    span = ctx.sdoc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or any(t.tag_ in _FINITE_TAGS for t in span) or span.root.pos_ not in ("NOUN", "PROPN"):
        return False
    # only a label said of someone by a copula's gerund ("the pain of being "X"", "the fear of
    # becoming "Y""): a quoted phrase that is itself the thing named ('blames the combination of
    # "a series of failures"', 'demanding answers to "anomalies at the wellhead"': the Timeline17
    # census's two) is the speaker's or the document's words and stays
    if span.root.dep_ != "attr" or span.root.head.lemma_ not in ("be", "become") or span.root.head.tag_ != "VBG":
        return False
    path = []
    t = span.root
    while t.head.i != t.i and t.i != verb.i:
        path.append(t)
        t = t.head
    if t.i != verb.i or len(path) < 3:
        return False
    obj = path[-1]
    if obj.dep_ != "dobj" or obj.pos_ != "NOUN" or token_listed(obj, statement_nouns()):
        return False
    # (through a preposition, and through no verb of its own but a copula: 'cites authorities who
    # decried the move as a "departure from ..."' hands the words to the verb's subject)
    # (not "as", which the parse may hang on the object: 'described the furore as "a bit of fun"')
    return any(x.dep_ == "prep" and x.lower_ != "as" for x in path[1:-1]) and not any(
        x.pos_ == "VERB" and x.lemma_ != "be" for x in path[1:-1])


def _object_phrase(ctx: _Ctx, d: _Direct) -> bool:
    """'Roe backs "fair rises for the harbour crews," rejects "sweeping and careless
    wage cuts"', 'workers who want "a fair shake"': a quoted noun phrase (a noun its root) that
    is the object of a verb outside the quotation whose object is no statement (issue 18, item
    3, round thirty-four: "a bare noun phrase is a content only after verbs that take one"). It
    names the thing supported, opposed or wanted, in the speaker's words maybe, but says
    nothing; shown as a quote it reads as the speaker's statement (the seed-137 audit's judges:
    not a statement), and the cue the scanner finds nearby is often another verb's ("recalled"
    after it). Only a verb that is no cue ("backs", "has") or a cue of taking a stance
    (data/stance_cues.txt); kept: the object of any other cue ('condemned the "raid whose
    criminal purpose nobody can doubt"', 'tweeted "a disgrace"', 'denied "any wrongdoing"'), of
    a verb inside what a cue reports ('said the board used "the worst method"'), of a gerund in
    a phrase ('credited Merkel with holding "the continent together"'), an object with a
    predicate, one that names a saying (data/statement_nouns.txt), and a quotation handed to a
    tag right after it (``_tagged_after``). Census (PolNeAR train 301-840 minus the keep-off
    list, 450 texts; every eighth Timeline17 dev text, 271): one quote leaves (the Q21 one, by
    ``_stance_before``); the first, wider draft (any verb, any cue but the ones of saying)
    also took four statements, which the exceptions above keep ('condemned the "..."', a
    gerund's object, a tagged fragment, an object inside a report)."""
    span = ctx.sdoc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    if _stance_before(ctx, span):
        return True
    root = span.root  # a noun as the root: a verb inside is a relative clause's ("a plan that would cut ...")
    while root.dep_ == "conj" and root.head.i < span.start:
        root = root.head  # 'supports "X" and "Y"': the first conjunct carries the object's place
    if root.dep_ != "dobj" or root.pos_ not in ("NOUN", "PROPN") or span.start <= root.head.i < span.end:
        return False
    verb = root.head
    if verb.pos_ not in ("VERB", "AUX") or ctx.inside_quote(verb.idx) or verb.dep_ == "pcomp":
        return False  # (a gerund in a phrase: 'credited Merkel with holding "the continent together"',
        # 'faults Roe for taking "far more money ..."': the judgement's grounds, its speaker's claim)
    if _under_report(ctx, verb):
        return False  # 'Dean said the photographer used "the color tool"': words inside a report stay its speaker's
    lemma = verb.lemma_.lower()
    if is_cue(verb, mental=True) and lemma not in lexicon.words("analyse/stance_cues.txt"):
        return False  # 'condemned the "raid whose purpose nobody can doubt"', 'tweeted "a disgrace"': said
    if _predicate_of(verb, root) is not None:
        return False
    return root.lemma_.lower() not in statement_nouns() and root.lower_ not in statement_nouns()


def _stance_before(ctx: _Ctx, span) -> bool:
    """'opposes "across-the-board arbitrary pay freezes"': a quotation right after a stance cue
    (data/stance_cues.txt), only its opening mark between, is that verb's object whatever the
    parse made of it (it reads "pay freezes" as a clause, subject and verb); the census's
    instance of the seed-137 audit's Q21. Not a verb inside what a cue reports."""
    k = span.start - 1
    while k >= 0 and ctx.sdoc[k].is_quote:
        k -= 1
    if k < 0 or k == span.start - 1:
        return False
    verb = ctx.sdoc[k]
    return (verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.words("analyse/stance_cues.txt")
            and not ctx.inside_quote(verb.idx)
            and not _under_report(ctx, verb))


def _under_report(ctx: _Ctx, verb) -> bool:
    """Is the verb inside what a cue above it reports ('Dean said the photographer used "the
    color tool"')? A stance cue above is none ('supports "...," opposes "..."': the parse may
    hang one stance verb on the next)."""
    stance = lexicon.words("analyse/stance_cues.txt")
    return any(is_cue(a, mental=True) and a.lemma_.lower() not in stance and not ctx.inside_quote(a.idx)
               for a in verb.ancestors)


def _tagged_after(text: str, d: _Direct, cue) -> bool:
    """'Riders hold "far higher hopes for the new ferry," she said': a quotation
    whose comma hands the sentence to a tag right after it (the cue found, at most a few words
    on) is the tagged speaker's sentence, its fragment their words."""
    if cue is None or cue.idx < d.outer_end or not text[d.start : d.end].rstrip().endswith(",") \
            or cue.lemma_.lower() in lexicon.words("analyse/stance_cues.txt"):
        return False  # ('backs "fair rises," rejects "..."': the next stance verb, no tag)
    return len(text[d.outer_end : cue.idx].split()) <= 3


def _inside_speaker_phrase(ctx: _Ctx, speaker: dict, cue_span, a: int, b: int) -> bool:
    """'Tom Reyes, author of "Why the Wells Ran Dry," told Reuters it was unfair ...': a
    quotation after its speaker's words and before its cue, in one sentence, is part of the
    speaker's own phrase (a work's title in a description of him), not what he said (issue 18,
    round twenty-three, 18x). 'Reyes, author of "Dry Wells," said: "..."' (the quotation after
    the cue) and '"...," Reyes said' stay; so does a quotation a verb of saying inside the
    phrase brings in (``_phrase_cue``: the quotation is that clause's own content)."""
    found = _phrase_head(ctx, speaker, cue_span, a, b)
    return found is not None and _phrase_cue(*found) is None


def _clause_cue_span(ctx: _Ctx, speaker: dict, cue_span, a: int, b: int):
    """The cue span of a quotation a verb of saying brings in inside its speaker's own phrase
    (``_phrase_cue``): that verb's, with the evidence saying so; else ``cue_span`` as it was."""
    own = _phrase_head(ctx, speaker, cue_span, a, b)
    verb = _phrase_cue(*own) if own is not None else None
    if verb is None:
        return cue_span
    if speaker.get("speaker_evidence"):
        speaker["speaker_evidence"] += (f"; the quotation is the content of '{verb.text}' in a clause on the speaker's "
                                        "own phrase (the title-in-phrase rule, 18x, keeps it)")
    return verb.idx, verb.idx + len(verb)


def _phrase_head(ctx: _Ctx, speaker: dict, cue_span, a: int, b: int):
    """(the head of the speaker's phrase, the root of the quotation) when the quotation stands
    after the speaker's words and before the cue, hanging in the parse on the speaker's phrase,
    the cue's subject; None otherwise (not a quotation after '<Name> said:' given a later '...,
    adding that' as its cue)."""
    start, end = speaker.get("speaker_start"), speaker.get("speaker_end")
    if start is None and speaker.get("speaker_mention") is not None:
        start, end = ctx.mentions[speaker["speaker_mention"]].start, ctx.mentions[speaker["speaker_mention"]].end
    if start is None or end is None or cue_span is None or not start < a or not b <= cue_span[0]:
        return None
    who = ctx.sdoc.char_span(start, end, alignment_mode="expand")
    first = ctx.sdoc.char_span(a, b, alignment_mode="expand")
    if who is None or first is None:
        return None
    head = who.root
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.idx <= cue_span[0] < head.head.idx + len(head.head) \
            and any(t.i == head.i for t in first.root.ancestors):
        return head, first.root
    return None


def _phrase_cue(head, root):
    """'The trust, which says that its main aim is "to make farming pay", announced ...': the
    verb of saying of a relative or participle clause on the speaker's phrase (on its head or
    on an apposition to it) whose clausal content holds the quotation; the quotation is that
    clause's own statement, its speaker the clause's antecedent, its cue that verb (issue 18,
    round twenty-four, 24q; 18x's rule had dropped it). None for a quotation that is a name or
    a title in the phrase: 'who call themselves "the Sons of the River"' (a name, not a
    clause), 'who wrote "Dry Wells"' (an object), 'author of "Dry Wells"' (no verb)."""
    path = [root] + [t for t in root.ancestors if t.i != head.i and head.i in {x.i for x in t.ancestors}]
    for below, verb in zip(path, path[1:]):
        if verb.pos_ not in ("VERB", "AUX") or not is_cue(verb):
            continue
        if below.dep_ not in ("ccomp", "parataxis") or verb.dep_ not in ("relcl", "acl"):
            return None  # the nearest verb of saying does not bring the quotation in as its clause
        on = verb.head
        return verb if on.i == head.i or (on.dep_ == "appos" and on.head.i == head.i) else None
    return None


def _word_after_tag(text: str, d: _Direct, before: _Direct) -> bool:
    """Is a one-word quotation a whole sentence ("Please.", "Never!") that goes on with the
    quotation before it, past only that quotation's tag in the same paragraph ('"Give us a big
    win," he said later. "Please."')? The word is the speaker's last sentence, and the quote shown
    without it is cut (round fifty-seven, seed 172 Q1, judged cut). It is let through as a
    candidate only for _join_tagged_after to make it the quotation's next piece; one that no join
    took is dropped after the joins (_no_lone_word), so a lone word is never a quote of its own.
    A word ending in a comma is _answer_opening's; a scare-quoted word inside a sentence stays out."""
    word = text[d.start : d.end].strip()
    if len(word) < 2 or word[-1] not in ".!?" or not word[0].isupper() or not word[:-1].isalpha():
        return False
    if "\n" in text[before.end : d.start]:
        return False
    m = _TAGGED_AFTER.fullmatch(text, before.end, d.start)
    return m is not None and len(m.group(1).split()) <= _TAG_WORDS


def _no_lone_word(out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` without a one-word whole-sentence quotation _word_after_tag let through that no
    join made a piece of a quotation before it (round fifty-seven, seed 172 Q1)."""
    def lone(q: QuoteItem) -> bool:
        w = q.text.strip()
        return q.kind == "direct" and not q.pieces and len(w.split()) == 1 and w[-1:] in (".", "!", "?")
    return [q for q in out if not lone(q)]


def _answer_opening(text: str, d: _Direct, after: list[_Direct]) -> bool:
    """Is a one-word quotation the opening of a quoted sentence its attribution interrupts
    (issue 18, round nineteen, 18s)? '"No," Jane Roe said, "but the mill could pay some of the
    wages."': the answer word is the speaker's, and the second half alone drops it. The word
    ends in a comma and the next quotation follows it past only the attribution, opening in
    lower case (the test _join_interrupted makes; it joins the halves when both have one cue
    and speaker). A lone '"No," she said.' or a scare-quoted word stays out."""
    if not text[d.start : d.end].rstrip().endswith(",") or not after:
        return False
    nxt = after[0]
    if quote_halves.opening_before_tag(text, d.end - 1 if text[d.end - 1] == "," else d.end, nxt.start):
        return True  # '"Certainly," Hale replied. "Yes, and ..."': the reply's first word (round fifty-four)
    m = _INTERRUPTION.fullmatch(text, d.end - 1 if text[d.end - 1] == "," else d.end, nxt.start)
    return m is not None and text[nxt.start : nxt.start + 1].islower()


def _complement(ctx: _Ctx, tok) -> list:
    """The content of a cue verb: its clause, or after a verb that takes one an infinitive,
    "for" phrase or a noun phrase ("denied the allegations")."""
    comp = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and not _clause_after_object(tok, c)
            and not _after_infinitive(tok, c) and not _cited_sources_clause(tok, c) and not _coordinated_saying(tok, c)
            and not _clause_after_pronoun(tok, c)]
    if not comp and is_cue(tok):
        # "Roe said after the vote she would not accept ...": the parse hangs a clause
        # with its own subject and finite verb, brought in by no conjunction ("if", "when",
        # "because" would be a mark), on the cue as an adverbial; it is what was said
        comp = [c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and c.pos_ in ("VERB", "AUX")
                and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
                and not any(x.dep_ in ("mark", "advmod") and x.i < c.i for x in c.children)
                and (c.tag_ in ("VBD", "VBZ", "VBP") or any(x.dep_ == "aux" and x.tag_ in ("MD", "VBD", "VBZ", "VBP")
                                                            for x in c.children))
                and not any(t.is_punct for t in tok.doc[tok.i + 1 : c.left_edge.i + 1])]
    if (not comp and tok.lemma_.lower() in _ADDRESSEE_VERBS and any(c.dep_ == "dobj" for c in tok.children)
            and not (tok.dep_ == "ccomp" and is_cue(tok.head))):
        # "told his advisers to figure out how ...", "asked the court to delay ...": an instruction
        # to someone named, as "urged Congress to ..." (the addressee alone is no content); not
        # inside another's report ("Hammer told the BBC that Obama asked his team to ..."): the
        # request is the reporter's account of it, and a quote there would take the next "He
        # said" from the one who reported it
        comp = [c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and c.pos_ == "VERB"
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)]
    if not comp and is_cue(tok, mental=True, objects=True):
        # "denied the allegations", "urged Congress to leave the program intact", "called for a moratorium"
        comp = [c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i]
        comp = comp or [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" and p.i == tok.i + 1
                        and tok.lemma_.lower() not in lexicon.words("analyse/grounds_cues.txt")
                        for o in p.children if o.dep_ in ("pobj", "pcomp") and o.ent_type_ not in ("DATE", "TIME")]
        # (not a time: "have warned for years about ..." tells how long, not what; 18q, round twenty;
        # not the grounds of a judgement: "which Hollande blamed for the attacks", "criticised for
        # delaying ...", data/grounds_cues.txt, round thirty-four: the deed judged, not a statement)
        comp = comp or [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i
                        and c.pos_ in ("NOUN", "PROPN") and not _taken(tok, c) and not _cited_source(tok, c)
                        and not _refused_object(tok, c) and not _after_placeholder(tok, c)
                        and not _denied_report(tok, c)
                        and (_judged(ctx, tok, c) or (
                            (len(list(c.subtree)) >= 3 or _plain_object(tok, c))
                            and c.i not in ctx.tok_mention  # "told Bill O'Reilly": an addressee
                            and not _named_thing(tok, c) and not _thing_stresses(ctx, tok)
                            and _states(tok, c)))]
        # "described themselves as moderates", "called him a liar": a pronoun object with
        # what the cue says of it; the pronoun alone ("denied it") is no content
        comp = comp or [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and c.pos_ == "PRON"
                        and c.tag_ == "PRP" and tok.lemma_.lower() in lexicon.words("analyse/predicate_cues.txt")
                        and not _borrowed_subject(tok) and _judged(ctx, tok, c)]
    return comp


def _after_infinitive(verb, clause) -> bool:
    """A clause the parse hung on the cue after the cue's own infinitive complement: "has
    advised the states to get ready for a long fight against the virus it officially calls
    A (H1N1)" (issue 18, round twenty-nine, 29s: H1N1_reuters seed 101 Q40 showed "it
    officially calls A (H1N1)" as the advice). What was advised ends the sentence there, so a
    clause after it is a relative clause of a noun inside it (no "that" opens it), not a
    second thing said; the infinitive (with that clause in it) stays the content. "told
    residents to leave and that the water would rise" (a "that" clause: a second content)
    stays the cue's."""
    if any(x.dep_ == "mark" and x.lower_ == "that" for x in clause.children):
        return False
    # a contact relative: the clause starts right after a noun of the infinitive's phrase, with
    # no wh-word; "to open more land to drilling ― probably not exactly what Roe had in mind"
    # (the writer's aside, PolNeAR's huff-post text) is left to the older rules
    doc = verb.doc
    first = clause.left_edge
    if first.i == 0 or first.lower_ in _TOPIC_WORDS or doc[first.i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    # an infinitive ("to prepare"; not "warned producing countries it would be ...", a
    # participle the parse took for one) with no comma before the clause ("asked to share the
    # images, to no avail it seems": the writer's aside)
    return any(x.dep_ == "xcomp" and verb.i < x.i < first.i and x.left_edge.i <= first.i - 1 <= x.right_edge.i
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
               and not any(t.text == "," for t in doc[x.i : first.i])
               for x in verb.children)


def _clause_after_pronoun(verb, clause) -> bool:
    """"although he denied it police believe the attack was revenge": a cue whose object is a
    personal pronoun ("denied it", "confirmed this") has said its content, which the pronoun
    stands for; a clause right after the pronoun, with a subject of its own and no "that" (or
    other mark) to open it, is the writer's next clause run on with its comma left out, not a
    second thing said (round fifty-two, seed 167 c046 Q14, judged not_statement and cut: the
    clause was given to "he" as what he denied). Only a pronoun of a thing (data/pronouns.tsv:
    "it"), not a person told ("they told us they are not ...", "a source told him Acme is ...":
    the addressee and what was said; the census's first draft dropped six such quotes), nor a
    verb that takes an addressee. Kept: "made it clear that ..." (a mark), "denied it was true"
    (the parse's "it" is then the clause's subject, and the clause has none)."""
    if verb.lemma_.lower() in _ADDRESSEE_VERBS or any(x.dep_ == "mark" for x in clause.children) \
            or not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in clause.children):
        return False  # "they told us they are not ...": a person told, and what they were told
    first = clause.left_edge.i
    things = {r[0].strip() for r in lexicon.rows("analyse/pronouns.tsv") if len(r) > 3 and r[3].strip() == "thing"}
    return any(o.dep_ == "dobj" and o.lower_ in things and verb.i < o.i < first
               and all(t.text == "," for t in verb.doc[o.i + 1 : first]) for o in verb.children)


def _cited_sources_clause(verb, clause) -> bool:
    """"KDN cites factory sources who suggest Zephyr will keep ...": the parse may hang the
    sources' own clause on "cite" past its object; with the object a bare source (_bare_source:
    people, a group of sources) the clause is what the sources say, their own quote, not the
    citing one's (round forty-eight, seed 163 c033 Q2)."""
    return any(o.dep_ == "dobj" and o.i < clause.i and _bare_source(verb, o) for o in verb.children)


def _clause_after_object(verb, clause) -> bool:
    """A clause the parse hung on a cue that already has its own noun object, set off from that
    object by "and", "but" or a comma: "Almost 50 countries have confirmed cases of the fever and
    13,000 people have been diagnosed", "the rig sank, claiming 11 lives, and oil has been
    gushing ...". The clause is the reporter's next statement, joined to the sentence, not what
    the cue's subject said: a verb that has said its object has no second content (issue 18,
    round nineteen, 18z). Only a verb that takes a noun object ("+" in data/reporting_verbs.txt:
    not "said the operator in this case, Acme should ...", a parse's slip), with its object right
    after it, and a clause with a subject of its own; not a verb that takes an addressee and a clause ("told reporters, the
    fire was out": data's addressee verbs), not a clause opened by "that", not an object that
    holds a comma of its own (the comma closes its parenthesis: "told the board, which met on
    Monday, the plant would close"), not a day or time the parse took for an object ("said
    Tuesday, the fire ...")."""
    if verb.lemma_.lower() in _ADDRESSEE_VERBS or any(x.dep_ == "mark" for x in clause.children) \
            or not is_cue(verb, mental=True, objects=True):
        return False  # "said the operator in this case, Acme should ...": "say" takes no noun object
    if not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in clause.children):
        return False  # "said the dam, according to the survey, was safe": the "object" is the clause's subject
    objs = [o for o in verb.children if o.dep_ == "dobj" and verb.i < o.i < clause.left_edge.i
            and o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in ("DATE", "TIME")]
    if not objs:
        return False
    obj = objs[-1]
    if any(t.is_punct for t in verb.doc[verb.i + 1 : obj.left_edge.i]):
        return False  # "stated, the issues that come before the court are ...": the words start after the comma
    end = obj.right_edge.i
    while end > obj.i and (verb.doc[end].is_punct or verb.doc[end].dep_ == "cc"):
        end -= 1  # the parse may hang the joining "and" on the object
    if any(t.text == "," for t in verb.doc[obj.left_edge.i : end + 1]):
        return False
    start = clause.left_edge.i
    while start < clause.i and (verb.doc[start].is_punct or verb.doc[start].dep_ == "cc"):
        start += 1  # ... or the comma on the clause
    between = verb.doc[end + 1 : start]
    return len(between) > 0 and all(t.is_punct or t.dep_ == "cc" for t in between) and any(
        t.text == "," or (t.dep_ == "cc" and t.lower_ in ("and", "but")) for t in between)


def _borrowed_subject(verb) -> bool:
    """A cue joined with no subject of its own to a verb inside a clause: "A minister in Port
    Ellery suggested that the fever is not dangerous and is calling it a cold" (the parse
    hangs "calling" on "is", so its speaker would be "the fever"). "Jane Roe walked in and
    called him a liar" (joined to the main verb) keeps her."""
    return (verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and verb.head.dep_ not in ("ROOT", "conj") and not is_cue(verb.head, mental=True))


def _plain_object(verb, obj) -> bool:
    """A short common-noun object of a verb whose object is what was said
    (data/object_cues.txt): "denied any part", "announced support", "admitted wrongdoing".
    Not a name ("told Bill"), not a pronoun, not a number or a day ("announced Tuesday" is a
    time, not an object), and only with a subject of the verb's own that ends before it: a
    participle with no subject says nothing, and a subject the parse runs past the verb
    ("Several councils announced support on Thursday, including Port Ellery", "including"
    hung on "councils") would make a speaker that holds the content."""
    if (obj.pos_ != "NOUN" or obj.ent_type_ in ("DATE", "TIME", "CARDINAL")
            or verb.lemma_.lower() not in lexicon.words("analyse/object_cues.txt")
            or not any(c.dep_ == "nsubj" and c.right_edge.i < verb.i for c in verb.children)):
        return False
    # "announced the move", "confirmed this plan": a definite noun alone points back to what
    # the text told before and says nothing itself; "denied the allegations" names a saying
    pointer = [c for c in obj.children if c.dep_ == "det" and c.lower_ in _POINTERS]
    return not pointer or len(list(obj.subtree)) > 2 or token_listed(obj, statement_nouns())


_POINTERS = frozenset({"the", "this", "that", "these", "those"})
# the words a noun's name is built of before it: "the Phase 1 trade deal", "the new budget plan"
_NAME_MODIFIERS = frozenset({"det", "compound", "amod", "nummod", "nmod", "quantmod", "punct", "npadvmod"})


def _named_thing(verb, obj) -> bool:
    """A definite noun object with nothing after its head, only words that name it before
    ("announced the Phase 1 trade deal", "announced the new budget plan"): the thing the cue
    made known, named as ``_plain_object``'s "announced the move" is pointed at, not anything
    said of it (round fifty-eight, seed 172 Q77, judged not_statement: the longer name passed
    the three-word bar that the bare "the deal" does not). A noun that names a saying ("denied
    the false allegations", data/statement_nouns.txt), an owner ("his support"), or what follows
    the head ("the resignation of the chief", "the plan to cut taxes") keeps the content, and so
    does an object with what the cue says of it ("praising the Foley family for doing ...")."""
    if verb.lemma_.lower() not in lexicon.words("analyse/announced_object_cues.txt"):
        return False  # "cited the rising costs": the reason given stays (round twenty-seven's twin)
    if token_listed(obj, statement_nouns()) or _predicate_of(verb, obj) is not None:
        return False
    if not any(c.dep_ == "det" and c.lower_ in _POINTERS for c in obj.children):
        return False
    return all(t.i == obj.i or (t.i < obj.i and t.dep_ in _NAME_MODIFIERS and t.dep_ != "poss") for t in obj.subtree)


def _thing_stresses(ctx: _Ctx, verb) -> bool:
    """Is the cue one of stressing or promising (data/trait_cues.txt) and its subject a thing
    that can say nothing: a common noun that is no mention, no noun for people, a body, an
    institution, a source or a document (``_human_nouns``, data/institution_nouns.txt,
    data/document_nouns.txt, data/medium_words.txt)? "The new sets emphasize playability": what a
    product stresses is a trait the writer sees in it, not a statement (round fifty-eight, seed
    172 Q50, judged not_statement; a noun object only: a clause after a thing's cue, "the data
    show that ...", is other paths' to judge). Only these verbs: a thing's "stresses" or
    "promises" is the writer's reading of it, while the subject of "announced" or "cited" not in
    the word lists is most often a body of people the lists miss ("the family announced its
    support", "the clinic declined, citing privacy law": the census's). "The report emphasized
    the need for reform" and "Officials stressed safety" keep their content."""
    if not _forms(verb) & lexicon.words("analyse/trait_cues.txt"):
        return False
    subj = _subject(verb)
    if subj is None or subj.pos_ != "NOUN" or subj.i in ctx.tok_mention:
        return False
    return not token_listed(subj, _speaking_things())


@functools.cache
def _speaking_things() -> frozenset[str]:
    """What may stress, emphasize or promise in words (``_thing_stresses``): people, documents,
    media, institutions; their union, built once (it was built on every call)."""
    return frozenset(_human_nouns() | document_nouns() | lexicon.words("analyse/medium_words.txt")
                     | lexicon.words("analyse/institution_nouns.txt"))


def _judged(ctx: _Ctx, verb, obj) -> bool:
    """An object with what the cue says of it as a complement of its own: "called the senator
    a 'nasty guy'", "called Oz a quack", "described Clinton as a disgrace". The object and its
    predicate together are what was said, so a short or named object counts here (it is no
    addressee: "told Bill O'Reilly" has no predicate). A place or purpose phrase is no
    predicate: "called Democratic bigwigs to the stage", "called the hearing"."""
    pred = _predicate_of(verb, obj)
    if pred is None or not (pred.dep_ in ("oprd", "dobj") or pred.lower_ in ("as", "of")):
        return False
    # a thing as subject reports a finding, not a judgement someone made: "tests confirmed the
    # outbreak as a type of A/H1N1" (the audit's judges: a test result, not a statement)
    subj = _subject(verb)
    return subj is None or subj.pos_ != "NOUN" or subj.i in ctx.tok_mention or bool(
        {subj.lemma_.lower(), subj.lower_} & _human_nouns())


@functools.lru_cache(maxsize=1)
def _taken_objects() -> dict[str, frozenset[str]]:
    return {verb: frozenset(objs.split()) for verb, objs in lexicon.rows("analyse/taken_objects.tsv")}


def _cited_source(verb, obj) -> bool:
    """An object named as the one who says something: "the paper cited 'informed sources'
    saying that ...", "cited officials as saying the plant would close" (issue 18, round
    twenty-seven, 27q). The object with a verb of saying of its own (a participle on it, or
    "as saying" on the cue) is a source, not what was said; its saying is its own quote. "cited
    a culture of complacency at the plant" (no saying) and a document ("cited published reports
    alleging that ...": the reports with what they hold) stay the cue's content."""
    if _bare_source(verb, obj):
        return True
    if token_listed(obj, lexicon.words("analyse/document_nouns.txt")):
        return False
    if any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBG" and is_cue(c) for c in obj.children):
        return True
    nxt = obj.right_edge.i + 1
    while nxt < len(obj.doc) and obj.doc[nxt].is_quote:
        nxt += 1  # 'cited "informed sources" saying ...': the parse may hang the participle on the cue
    if any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == nxt and is_cue(c) for c in verb.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "as" and p.i > obj.i
               and any(c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG" and is_cue(c) for c in p.children)
               for p in (*verb.children, *obj.children))


_SOURCE_CONTENT_PREPS = frozenset({"of", "on", "about", "that", "over"})


def _bare_source(verb, obj) -> bool:
    """"the Post reported, citing another anonymous source", "wrote Jane Roe, citing
    participants in the meeting", "citing data from the State Department": the object of "cite"
    (data/citing_cues.txt) that names only where a report comes from, a person or a source
    (a noun for people or a source: speakers.person_nouns, data/speaker_groups.txt,
    data/cited_people.txt, data/source_nouns.txt; or a tagged person), with nothing of
    its own said in it, is the source, not a claim (issue 18, round thirty-eight: the seed-152
    judges' Q32 "another anonymous source"; a source with its own saying was 27q's, above).
    Kept: what the cue says of it ("cited Roe as the likely buyer"), a source with a content
    ("reports of new attacks", "an analysis that showed ...", "data on wages"), and any other
    noun ("cited fears of terrorism", "cited his state's rural culture": the reasons given)."""
    # (", echoing a Reuters report from March": the writer's link names another report, no claim
    # of the one echoing it; data/echo_participles.txt, round fifty-one, seed 166 c043)
    cites = lexicon.words("analyse/citing_cues.txt") | lexicon.words("analyse/echo_participles.txt")
    if not _forms(verb) & cites or _predicate_of(verb, obj) is not None:
        return False
    head = obj.lemma_.lower()
    if obj.lower_ in lexicon.words("analyse/picture_nouns.txt"):
        return True  # "citing a graphic image that had been shared online": the grounds, no claim
    person = obj.ent_type_ == "PERSON" or head in speakers.person_nouns() or obj.lower_ in speakers.person_nouns() \
        or head in lexicon.words("analyse/speaker_groups.txt") or head in lexicon.words("analyse/cited_people.txt")
    # "reported, citing the Acme Press Center news site", "citing Reuters": an outlet (a medium's
    # noun, data/medium_words.txt, or an organisation's name) is where the report comes from,
    # not a claim (round fifty-two, seed 167 c044 Q1, judged not_statement); "citing the
    # outlet's report that ..." keeps its content by the guards below
    outlet = head in lexicon.words("analyse/medium_words.txt") or (obj.pos_ == "PROPN" and obj.ent_type_ == "ORG")
    if not (person or outlet or head in source_nouns() or obj.lower_ in source_nouns()):
        return False
    if person and not any(c.dep_ in ("ccomp", "appos") for c in obj.children):
        # "cites factory sources who suggest ...", "cites sources on battery cells": people or
        # a group of sources with what describes them, or their topic, are still the source;
        # what they suggest is their own quote (round forty-eight, seed 163 c033 Q2, Q11)
        return True
    return not any(c.dep_ in ("relcl", "ccomp", "appos") or (c.dep_ == "acl" and c.tag_ != "VBN")
                   or (c.dep_ == "prep" and c.lower_ in _SOURCE_CONTENT_PREPS) for c in obj.children)


def _refused_object(verb, obj) -> bool:
    """A noun object that names what the cue's subject refuses, disputes or demands
    (data/refused_object_cues.txt; issue 18, round twenty-nine, 29s): "Transocean dismissed
    the council's report", "the farmers are claiming damages", "denied those reports". The
    object is another's words or a thing wanted, not something the subject said; shown alone
    as the content it reads as the subject's statement. With what the verb says of the object
    ("dismissed the report as self-serving", a predicate) the pair is a judgement and stays.
    A word list over the parse, not a library: no parser tells a refusal's object from a
    saying's."""
    if verb.lemma_.lower() not in lexicon.words("analyse/refused_object_cues.txt"):
        return False
    # only "as" or an object predicate says something of the object ("dismissed the report as
    # self-serving"; the parse may hang the "as" on the object); "claiming damages against the
    # firm for negligence" has a "for" of the grounds, no judgement
    pred = _predicate_of(verb, obj)
    return not (pred is not None and (pred.dep_ == "oprd" or pred.lower_ == "as")) \
        and not any(c.dep_ == "prep" and c.lower_ == "as" for c in obj.children)


def _denied_report(verb, obj) -> bool:
    """A denied noun object that is another's saying with its own content: "denied 'sensational'
    claims made in a viral post that said the firm misreported its sales", "denied reports that
    it would close the plant" (round fifty-eight, seed 172 Q45, judged not_statement and cut).
    What the claims said is the opposite of what the denier holds; shown as the denier's content
    it reads as their statement, and cut before the clause it reads as nothing. The claim's own
    clause is a quote of its own where a cue tells it ("that said ..."). Only a verb of denial
    (data/denial_cues.txt) and a noun of a saying (data/statement_nouns.txt) with a "that"
    clause of its own or a clause on it with a verb of saying; "denied the allegations", "denied
    any wrongdoing" and "denied the claims of fraud" (no content of the claims' own) stay
    contents by the project's rule since round ten."""
    if not _forms(verb) & lexicon.words("analyse/denial_cues.txt"):
        return False
    if not token_listed(obj, statement_nouns()):
        return False
    for x in obj.children:
        if x.dep_ not in ("acl", "relcl", "ccomp") or x.pos_ not in ("VERB", "AUX"):
            continue
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children) and x.dep_ != "relcl":
            return True  # "reports that it would close the plant": the noun's own content clause
        if any(is_cue(t) and any(k.dep_ == "ccomp" for k in t.children) for t in x.subtree):
            return True  # "claims made in a post that said ...", "reports saying ..."
    return False


def _taken(verb, obj) -> bool:
    """A cue verb in its sense of taking, told by its object: "the fallout claimed its
    highest-profile victim", "the storm claimed 200 lives" (data/taken_objects.tsv)."""
    objs = _taken_objects().get(verb.lemma_.lower())
    return objs is not None and token_listed(obj, objs)


_ABILITY = frozenset({"can", "could", "ca"})


@functools.lru_cache(maxsize=1)
def _human_nouns() -> frozenset[str]:
    """Nouns for people, organisations or their voices: a subject that can speak."""
    return frozenset(speakers.person_nouns().keys() | speakers.org_nominals().keys() | source_nouns()
                     | lexicon.words("analyse/claimant_nouns.txt") | lexicon.words("analyse/speaker_groups.txt"))


def _capability(ctx: _Ctx, verb) -> bool:
    """A cue under "can"/"could" whose subject is a thing: "a tracking tool that can
    confirm on its own that the figures are sound" says what the thing can do;
    nobody speaks. A person, a named source or a document noun as subject still speaks
    ("the minister can assure MPs that ...", "the report could confirm that ...")."""
    if not any(c.dep_ == "aux" and c.lower_ in _ABILITY for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head  # "a system that can assure": the relative's antecedent
    if subj.pos_ != "NOUN" or subj.i in ctx.tok_mention:
        return False
    return not ({subj.lemma_.lower(), subj.lower_} & _human_nouns())


def _finding(ctx: _Ctx, verb) -> bool:
    """"Further tests confirmed he was carrying the virus", "scans showed the infection had
    spread": an instrument or a result as subject (data/finding_nouns.txt) reports a finding,
    not anyone's words. "Her doctor confirmed", "a report confirmed", "researchers found"
    and a named subject stay statements."""
    if verb.lemma_.lower() not in lexicon.words("analyse/finding_cues.txt"):
        return False
    subj = _subject(verb)
    if subj is not None and verb.dep_ == "relcl" and subj.tag_ == "WDT" and subj.head.i == verb.i:
        # "show symptoms that suggested they could be infected": a relative pronoun stands for
        # the noun the clause hangs on, and that noun is the subject read (round fifty-five, seed
        # 170 c103 Q2: the symptoms' suggestion, shown as a quote starting mid-report)
        subj = verb.head
    if subj is None or subj.pos_ != "NOUN" or subj.i in ctx.tok_mention:
        return False
    return bool({subj.lemma_.lower(), subj.lower_} & lexicon.words("analyse/finding_nouns.txt"))


def _found_in_a_state(verb) -> bool:
    """"She found her son dead", "rescuers found him alive": "find" with a small clause of an
    object and an adjective, no verb in it, tells what someone came upon, not anything said
    (round forty-seven, integrator, in-sample: seed 162's fnc1_c020, "her son dead" a quote of
    "found"): an adjective of data/analyse/found_states.txt heading the clause, no verb in it.
    "Researchers found that the drug was safe" and a judgement ("found the dam unsafe") stay."""
    if verb.lemma_.lower() != "find":
        return False
    comp = [c for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp")]
    # (the review: "found the woman dead of natural causes" is a coroner's finding: an adjective
    # with a cause of its own, "of"/"from", stays; "found him dead in the road" is where)
    return len(comp) == 1 and comp[0].pos_ == "ADJ" and comp[0].lower_ in lexicon.words("analyse/found_states.txt") \
        and not any(c.pos_ in ("VERB", "AUX") or c.dep_ == "mark" or (c.dep_ == "prep" and c.lower_ in ("of", "from"))
                    for c in comp[0].children)


def _obliged(verb) -> bool:
    """A saying someone has to, needs to, must or should do ("Clinton has to remind the party why
    ...", "the party must consider ..."): what the writer or another speaker says is required,
    not a saying reported (round thirty-six, integrator, in-sample: seed 151's politico Q11, a
    columnist's advice given to the candidate as her statement; over the 450 PolNeAR census
    texts one other cue under such a verb, a group's "must consider" that its participants
    said). The cue in the base form, with "must", "should" or "ought" as its auxiliary or as
    the infinitive of "has/have/need(s) to" in the present (data/obligation_cues.tsv);
    "had to explain" (it was done) stays a statement."""
    if verb.tag_ != "VB":
        return False
    words = lexicon.kinds("analyse/obligation_cues.tsv")
    modal, obliging = words.get("modal", frozenset()), words.get("verb", frozenset())
    if any(c.dep_ == "aux" and c.lower_ in modal for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and (head.tag_ in ("VBZ", "VBP") and head.lower_ in obliging
                                     or head.tag_ == "MD" and head.lower_ in modal) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _obliged_host(verb) -> bool:
    """A saying set on a verb someone ought to, must or should do: "the government ought to come
    out and talk to the people, encouraging them that there is still hope", "the board should
    meet the staff and tell them that ..." (round fifty-six, seed 171 haiti_bbc Q11: a reader's
    advice to the government, shown as the government's statement). ``_obliged`` reads the cue's
    own auxiliary; here the cue is a later conjunct of the obliged verb (sharing its "ought to")
    or a participle with no subject of its own hung on such a verb or conjunct. The climb goes
    through "and" conjuncts with no subject of their own and one bare participle; a conjunct
    with its own subject ("... should resign, and the minister told him that ...") is a new
    clause and stops it."""
    tok, participle = verb, False
    for _ in range(6):
        if tok is not verb and _obliged(tok):
            return True
        if tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ in ("VERB", "AUX"):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                return False
            tok = tok.head
            continue
        if (tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG" and not participle and tok.head.i < tok.i
                and tok.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux")
                                                                   for c in tok.children)):
            participle = True
            tok = tok.head
            continue
        return False
    return False


def _hypothetical(ctx: _Ctx, verb) -> bool:
    """A saying that is only supposed, not reported: "if the minister says no, ..." (a
    condition), or "staff will send visitors who say they feel ill to a nurse" (a
    present-tense cue in a relative clause on a bare plural, under a modal or future verb:
    whoever would say it, nobody is reported to have). "Guards stopped travellers who said
    they were ill" (it happened) and "the travellers who say ..." (definite: those people)
    stay statements."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return True
    if _obliged(verb) or _obliged_host(verb):
        return True
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBP", "VBZ"):
        return False
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.i in ctx.tok_mention:
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    gov = noun.head
    return gov.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in lexicon.flagged("modals.txt") for c in gov.children)


def _state_told_by_another(verb) -> bool:
    """"A ruling may turn on whether the firms knew of the fault, lawyers said":
    a verb of mental state (knew, believed: "*" in data/reporting_verbs.txt) inside the clause
    of a verb of saying with its own subject is that speaker's claim about the state of mind of
    the named subject, who said nothing. No quote for it (the outer report holds the words).
    A pronoun subject ("officials said they believed ...") is often the speaker itself: kept."""
    if verb.lemma_.lower() in cue_lemmas() or is_cue(verb):
        return False  # a verb of saying: "Roe said Doe told her ..." is Doe's words, reported
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return False
    tok = verb
    for _ in range(8):
        # only up through the clause that holds it ("depend on whether ... knew": pcomp, prep,
        # ccomp); not across "and" ("The firm has called on ..., and Mr Roe thinks that ...")
        if tok.head.i == tok.i or tok.dep_ not in _HELD_IN:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and is_cue(tok) and tok.lemma_.lower() not in direct_cues():
            gap = doc_text(verb.doc)[min(tok.idx, verb.idx) : max(tok.idx, verb.idx)]
            if "\n" in gap or any(ch in gap for ch in _MARKS):
                return False  # a parse run across a paragraph or a quotation: not one sentence
            outer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            return outer is not None and outer.i != subj.i and outer.lower_ != subj.lower_
    return False


_HELD_IN = frozenset({"ccomp", "xcomp", "pcomp", "prep", "pobj", "csubj"})


def _bare_participle(verb) -> bool:
    """"Jane Roe, 30, found after six days": a past participle with no auxiliary and a
    preposition right after it is the passive sense (she was found), a list entry or a
    caption, not anyone's finding; "Roe has found that ...", "researchers found that ..."
    (a past tense) stay reports, and so does a past tense the tagger reads as a participle
    ("Acme Research estimated in May that ..."): the participle must follow a comma ("Roe,
    30, found") and have no "that" clause."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.i == 0 or verb.nbor(-1).text != "," or any(
            c.dep_ in ("ccomp", "xcomp") and any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)
            for c in verb.children):
        return False
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return nxt is not None and nxt.pos_ == "ADP" and nxt.head.i == verb.i and nxt.dep_ in ("prep", "agent")


def _refusal(ctx: _Ctx, tok, comp: list) -> bool:
    """"refused to confirm the figure": a refusal to say says nothing (data/refusals.txt)."""
    c = comp[0] if comp else None
    refuse, speak = refusals()
    return c is not None and c.dep_ == "xcomp" and tok.lemma_.lower() in refuse \
        and (is_cue(c, mental=True) or c.lemma_.lower() in speak)


def _refused_saying(tok) -> bool:
    """"refused to admit that the plan had failed", "failed to mention the attack": a verb of
    saying under a verb of refusing or omitting (data/refused_saying_heads.txt) tells what the subject
    did NOT say; giving its content as their words would state the opposite (issue 18, round
    thirty-seven, the integrator's in-sample mend: the seed-152 west-journal judges' Q3, a
    refusal to admit given as an admission, and Q23, what a candidate failed to mention). The
    heads: data/refusals.txt's verbs of refusing and data/refused_saying_heads.txt's of
    omitting. The refusal's own cue ("refused to comment") is _refusal's; a verb of believing
    under a refusal ("refused to accept that ...") is no saying cue here (``is_cue`` without
    mental cues) and stays a statement, as _refused_deed keeps it. A negated head ("never
    failed to mention") says it after all: not this."""
    head = tok.head
    heads = refusals()[0] | lexicon.words("analyse/refused_saying_heads.txt")
    return tok.dep_ == "xcomp" and head.lemma_.lower() in heads \
        and is_cue(tok) and not any(c.dep_ == "neg" or c.lower_ in ("never", "not") for c in head.children)


def _refused_deed(ctx: _Ctx, tok, comp: list) -> bool:
    """"The pilot refused to leave without the children", "Acme declined to pay the fine": a
    refusal (a verb of refusing, data/refusals.txt) to do something is an act, nothing said; the
    infinitive is a deed, not the subject's words (issue 18, round nineteen, 18z). A refusal
    whose infinitive holds a clause of its own stays ("refused to accept that the bridge was
    unsafe": what the subject would not accept is a statement), and one to speak is _refusal's."""
    c = comp[0] if comp else None
    return c is not None and c.dep_ == "xcomp" and tok.lemma_.lower() in refusals()[0] and c.pos_ in ("VERB", "AUX") \
        and not any((x.dep_ in ("ccomp", "csubj") and _finite(x) or (x.dep_ == "mark" and x.lower_ == "that"))
                    and _verb_path(x, c) for x in c.subtree if x.i != c.i)


def _finite(v) -> bool:
    """Is the clause of verb ``v`` finite: a tensed verb or a tensed or modal auxiliary ("the
    bridge was unsafe", "he will stay")? "let Zimmerman sell the pistol" (a bare infinitive the
    parse calls a clause) is not: "refuses to let Zimmerman sell the pistol" is a deed (issue 18,
    round thirty-six: two such headlines in the census, each shown as a statement)."""
    return v.tag_ in _FINITE_TAGS or any(x.dep_ in ("aux", "auxpass") and x.tag_ in _FINITE_TAGS for x in v.children)


def _verb_path(x, top) -> bool:
    """Is ``x`` reached from ``top`` through verbs only (``_refused_deed``)? "refused to accept
    that the bridge was unsafe" (the clause on the infinitive: what was not accepted) is; "refused
    to join a partner's bid to question the surveys showing Roe ahead" (a clause
    on a noun inside the deed, "polls showing ...") is not: the deed is still an act, nothing said
    (issue 18, round thirty-six: the seed-139 judges' Q38). Census: 12 refusals whose deed
    holds a clause; 3 deep inside a noun (Q38 the one quote), 9 on the infinitive's verbs."""
    n = x.head
    while n.i != top.i:
        if n.pos_ not in ("VERB", "AUX") or n.head.i == n.i:
            return False
        n = n.head
    return True


def _whether(ctx: _Ctx, tok, comp: list) -> bool:
    """"whether the builders knew ...": a question."""
    return any(x.dep_ == "mark" and x.lower_ == "whether" for x in tok.children)


def _unsaid_question(tok, comp: list) -> bool:
    """"Acme confirmed that Roe had left, but did not say whether she quit or was forced out": a
    negated cue whose content is a question (whether, how, what ...) tells what was left
    unanswered; shown as a quote it reads as the speaker's words (round forty-one, the MEANTIME
    audit, seed 156, apple Q27, in-sample; earlier judges read "did not say whether" the same
    way). "did not say that ..." is left to the other reasons; an unnegated "said how" stays."""
    return bool(comp) and any(c.dep_ == "neg" for c in tok.children) and _topic(comp[0])


def _bare_infinitive(tok) -> bool:
    return any(x.dep_ == "aux" and x.lower_ == "to" for x in tok.children) and not any(
        x.dep_ in ("nsubj", "nsubjpass") for x in tok.children)


def _belief(ctx: _Ctx, tok, comp: list) -> bool:
    """"it was naive to believe that ...": a belief nobody holds (a mental cue's infinitive
    after an adjective)."""
    return _bare_infinitive(tok) and tok.dep_ == "xcomp" and _belief_verb(tok, by_lemma=True) and (
        tok.head.pos_ == "ADJ" or any(x.dep_ == "acomp" and x.i < tok.i for x in tok.head.children))


def _writer_hedge(tok) -> bool:
    """"This is not to say that a pandemic will be mild", "It is fair to say that ...": an
    infinitive cue under "be" (or under an adjective after it) whose subject is "it" or a bare
    demonstrative is the writer's own framing of the next words, not anyone's statement; shown
    alone, the negated ones even say the opposite (issue 18, round twenty, 18q). "The minister
    is to say on Friday that ..." (a person as subject) stays a cue. "It is too soon to say how
    ...": the small model makes "soon" an adverb hung on "be", not an adjective; the same hedge
    (round thirty-four: its content was given to a person named two sentences before).
    "It seemed logical to assume that ...", "it would appear fair to say ...": a linking verb
    (data/linking_verbs.txt) with an adjective before the infinitive is the same hedge (round
    fifty-five, seed 170 c082 Q2: the "it" was resolved to a noun three sentences back and the
    writer's assumption shown as its statement); "it seems to suggest that ..." (no adjective:
    the "it" may be a study) stays."""
    if not (_bare_infinitive(tok) and tok.dep_ in ("xcomp", "advcl", "ccomp")):
        return False
    adjective = (tok.head.pos_, tok.head.dep_) in (("ADJ", "acomp"), ("ADJ", "oprd"))
    be = tok.head.head if adjective or (tok.head.pos_, tok.head.dep_) == ("ADV", "advmod") else tok.head
    if not _copula(be) and not (be.lemma_.lower() in lexicon.words("analyse/linking_verbs.txt") and (adjective or any(
            x.dep_ in ("acomp", "oprd") and x.pos_ == "ADJ" and x.i < tok.i for x in be.children))):
        return False
    subj = next((x for x in be.children if x.dep_ in ("nsubj", "expl")), None)
    return subj is not None and (subj.tag_ == "DT" or speakers.pronouns().get(subj.lower_, (None, "", ""))[2] == "thing")


def _copula(tok) -> bool:
    """Is the token "be"? Its lemma, or a contracted "is"/"are" the small model leaves
    unlemmatised when the apostrophe is curly: in "It’s also important to note that ..." the
    "’s" is a VBZ verb with the lemma "’" (round fifty-four, seed 169 c085 Q6: the writer's
    hedge read as a cue of "It"). A contracted "’s" with a past participle after it is "has"
    ("it’s been said") and is no copula here: only a VBZ/VBP token with no participle child."""
    if tok.lemma_.lower() == "be":
        return True
    return tok.lower_.replace("\u2019", "'") in ("'s", "'re", "'m") and tok.tag_ in ("VBZ", "VBP") \
        and not any(c.tag_ == "VBN" and c.dep_ in ("xcomp", "ccomp", "conj") for c in tok.children)


def _deed(ctx: _Ctx, tok, comp: list) -> bool:
    """"said the rescuers were trying to find the boat": a cue's infinitive under a verb of
    doing, inside another's report, is part of that report."""
    return _bare_infinitive(tok) and tok.dep_ == "xcomp" and not is_cue(tok.head, mental=True) and _inside_report(tok.head)


def _subordinate(ctx: _Ctx, tok, comp: list) -> bool:
    """A clause-internal cue with no clause of its own ("..., adding that while the tenants
    kept calm, they did not know where to go"), which the "<content>, X said" reading would
    take the words before it from."""
    return not comp and any(x.dep_ == "mark" for x in tok.children)


def _judged_target(tok, comp: list) -> bool:
    """"Senator Roe slammed the mayor's comments": the noun object of a verb of judging
    (data/judged_cues.txt) is what was judged, not a statement; with what the verb says of
    it ("slammed the comments as reckless") it is one (issue 18, round fifteen, 18t)."""
    c = comp[0] if comp else None
    if c is not None and c.dep_ == "ccomp" and c.tag_ == "VBG" and tok.lemma_.lower() in lexicon.words("analyse/judged_cues.txt"):
        # "doubted the polls showing Obama leading": the parse reads a noun and its bare
        # participle as a clause; it is the thing judged, a noun with what it shows (issue 18,
        # round thirty-six: the seed-139 judges' Q39; the one such in the census)
        return any(x.dep_ == "nsubj" and x.pos_ in ("NOUN", "PROPN") for x in c.children) \
            and not any(x.dep_ in ("aux", "auxpass", "mark") for x in c.children)
    return c is not None and c.dep_ == "dobj" and tok.lemma_.lower() in lexicon.words("analyse/judged_cues.txt") \
        and _predicate_of(tok, c) is None and not any(x.dep_ == "prep" and x.lower_ in ("as", "for") for x in c.children)


def _describing_participle(tok) -> bool:
    """"Lawyers hoping to lead the class action are travelling to ...": a participle of a
    mental verb ("*" in data/reporting_verbs.txt) hung on a noun describes the group; no
    one says anything (issue 18, round sixteen, 18n). A participle of saying ("a statement
    saying that ...") and a finite verb ("lawyers said they hoped to lead ...") stay."""
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN") \
        and _belief_verb(tok) and not any(
            x.dep_ in ("nsubj", "nsubjpass", "aux") for x in tok.children)


def _generic_holder(tok) -> bool:
    """"So no more excuses for those previously claiming to be 'too busy' to work out", "anyone
    saying the pier is safe has not seen it": a participle of a cue hung on a pronoun for a
    class of people (data/generic_holders.txt) describes whoever would say it, the writer's
    hypothetical or aside, not a statement anyone is reported making (issue 18, round
    fifty-five, seed 170 c083 Q10, judged not_statement; its speaker span was "So no more
    excuses for those"). ``_describing_participle`` reads a participle of belief on a noun; this
    one any cue's on such a pronoun. Kept: a finite verb ("those who said the pier was safe
    were wrong" names a saying that happened), a participle on a noun or a name ("residents
    saying the water is brown", "someone claiming to be an officer": one unnamed person's
    claim) and one with a subject or auxiliary of its own."""
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lower_ in lexicon.words("analyse/generic_holders.txt") \
        and not any(x.dep_ in ("nsubj", "nsubjpass", "aux") for x in tok.children)


def _negated_object(tok, comp: list) -> bool:
    """"the board does not endorse the harbour levy": a negated cue's noun object is
    what the speaker did not say or back; shown alone it reads as a positive statement (issue
    18, round seventeen, 18q). A negated cue's clause ("did not say that ...", "does not
    believe the plan will work") keeps its quote: the clause is read with its negation
    (round fifteen, 20n)."""
    c = comp[0] if comp else None
    return c is not None and c.dep_ == "dobj" and any(x.dep_ == "neg" for x in tok.children)


def _object_in_report(tok, comp: list) -> bool:
    """"Jane Roe said the board does not endorse the harbour levy": a cue inside the
    clause another cue reports (``_reported_by_cue``) is no cue of its own for a bare noun
    object: the outer quote holds the clause with its verb, and the object alone would give
    the words to the clause's subject, whom the reporter only cites through the outer
    speaker (issue 18, round seventeen, 18q). A clause of the inner cue ("Roe said Doe told
    her that ...") stays Doe's reported words."""
    c = comp[0] if comp else None
    return c is not None and c.dep_ == "dobj" and _reported_by_cue(tok)


def _caused_belief(tok) -> bool:
    """"the survey made several brokers believe the port would close", "led investors to
    believe ...": a verb of belief (only "*" in data/reporting_verbs.txt) as the infinitive
    of a verb of causing (data/causative_verbs.txt) with the believer as its object is a
    state the report brought about, not anything said (issue 18, round seventeen, 18q).
    "Analysts assume that ...", "told analysts to assume" (a saying verb) stay."""
    if tok.dep_ not in ("xcomp", "ccomp") or not _belief_verb(tok):
        return False
    head = tok.head
    causing = head.lemma_.lower() in lexicon.words("analyse/causative_verbs.txt")
    # "Stories online would have us believe that ...": the parse makes the believer the bare
    # infinitive's subject; a pronoun in the object case shows it is the causing verb's object,
    # the writer's rhetoric about what others want readers to think (round forty-two, FNC-1 audit)
    if (causing or head.lemma_.lower() in lexicon.words("analyse/bare_causative_verbs.txt")) \
            and any(x.dep_ == "nsubj" and head.i < x.i < tok.i and x.lower_ in _OBJECT_CASE for x in tok.children) \
            and not any(x.dep_ == "aux" for x in tok.children):
        return True
    return causing and any(x.dep_ == "dobj" and x.i < tok.i for x in head.children) and not any(
        x.dep_ in ("nsubj", "nsubjpass") for x in tok.children)


# the pronouns whose form is the object's only ("us", not "we"): a believer so written under a
# verb of causing is its object whatever the parse says ("you" is both, and stays out)
_OBJECT_CASE = frozenset({"us", "him", "them", "me"})


def _topic_participle(tok, comp: list) -> bool:
    """"The Ellery Gazette has a longer piece, explaining why the ferry keeps sinking": a participle of
    a verb that takes a question ("explaining", "asking", "describing": data/wh_cues.txt) with
    no subject of its own and a how/why/what clause says what a piece or an act is about, the
    topic, not what anyone said (issue 18, round seventeen, 18q). A finite "Roe explained how
    the pumps would work" stays (the 18n twin)."""
    return bool(comp) and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp", "conj") \
        and not any(x.dep_ in ("nsubj", "nsubjpass", "aux") for x in tok.children) and _topic(comp[0])


def _pledged_amount(tok, comp: list) -> bool:
    """"three Port Ellery banks have pledged $4m to the fund", "promised 2,000 troops": an amount
    as the object of a verb of committing (data/pledge_cues.txt) is what was given, not anything
    said (issue 18, round seventeen, 18q). "Pledged a full inquiry" (no amount), "pledged that 2,000 troops would come" (a clause) and "estimated
    20,000 deaths" (a verb of claiming) stay."""
    c = comp[0] if comp else None
    if c is None or c.dep_ != "dobj" or tok.lemma_.lower() not in lexicon.words("analyse/pledge_cues.txt"):
        return False
    return any(t.like_num or t.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") for t in c.doc[c.left_edge.i : c.i + 1])




def _conj_head(tok, own: tuple[str, ...]):
    """The verb whose subject and auxiliaries a conjunct verb shares ("taps the hull and
    hopes to ...": "taps"): its head when it has none of the ``own`` relations itself, else
    the token."""
    return tok.head if tok.dep_ == "conj" and not any(x.dep_ in own for x in tok.children) else tok


def _future_state(tok) -> bool:
    """"Some day soon you editors will realise that the tide has turned" (a reader's
    comment): a verb of belief only ("*" in data/reporting_verbs.txt, not a verb of saying)
    in the future ("will", "going to": data/modals.txt's "+") is a state nobody holds yet, not
    anything said (issue 18, round seventeen, 18q). "Roe will say that ..." (a saying verb)
    and "investors realised that ..." stay."""
    if not _belief_verb(tok):
        return False
    v = _conj_head(tok, ("nsubj", "aux"))
    if any(x.dep_ == "aux" and x.lower_ in _FUTURE_AUX for x in v.children):
        return True
    return v.dep_ == "xcomp" and v.head.lemma_ == "go" and v.head.tag_ == "VBG" and any(
        x.dep_ == "aux" and x.lower_ == "to" for x in v.children) and any(
        x.dep_ == "aux" and x.lemma_ == "be" for x in v.head.children)


def _own_wish(tok, comp: list) -> bool:
    """"a diver taps the hull twice and hopes to hear a knock back": a verb of wishing
    (data/wish_cues.txt) whose content is only an unnamed subject's own act to come, a
    "to"-infinitive with no subject, is a wish, not a statement (issue 18, round eighteen).
    "Roe hopes that the talks resume" (a clause, a view), "Acme hopes to reopen the plant"
    and "the company hopes to reopen the plant" (a named or definite subject: its stated
    aim) stay."""
    c = comp[0] if comp else None
    if c is None or not _forms(tok) & lexicon.words("analyse/wish_cues.txt") or c.dep_ != "xcomp" \
            or not any(x.dep_ == "aux" and x.tag_ == "TO" for x in c.children) \
            or any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
        return False
    # only an unnamed subject's ("a diver", "engineers"): a named body's or
    # person's hope for its own next step ("Acme hopes to reopen the plant") is its stated aim
    v = _conj_head(tok, ("nsubj",))
    subj = next((x for x in v.children if x.dep_ == "nsubj"), None)
    # nor a definite one ("the company", "the school"), which may stand for a body named before
    # (the determiners of an unnamed one: data/wish_determiners.txt, which says how they
    # differ from determiners.tsv's "indefinite")
    return subj is not None and subj.pos_ == "NOUN" and not any(
        t.pos_ == "PROPN" or t.ent_type_ for t in subj.subtree) and not any(
        c.dep_ in ("det", "poss") and c.lower_ not in lexicon.words("analyse/wish_determiners.txt") for c in subj.children)


def _said_above(tok) -> bool:
    """Is ``tok`` inside the clause of a verb of saying ("he said he thought ...")?

    Not one question with ``_reported_by_cue`` (round fifty, code health, issue 18: both read;
    kept apart on purpose). This one asks whether a narrated belief is anyone's statement at
    all, so it looks up the whole chain of heads in the sentence ("Roe said that at first he
    thought ...", and "Roe said he was scared and thought he would die": "thought" a conjunct
    of the reported clause), by any
    dependency, and counts only verbs of saying: a belief above a belief ("Roe believed he
    thought ...") is still narration. ``_reported_by_cue`` asks whether a cue is itself the
    content of the cue right above it, so it takes the direct head only, through a clausal
    complement only, counts mental verbs as cues ("who said they expect": and "she hopes
    they expect"), and refuses a head across a paragraph break (the small parse joins
    paragraphs at times). The two answers part on "Roe said he was scared and thought he
    would die" (yes here, no there: "thought" is a conjunct, no complement of "said") and on
    "Roe hopes they expect a deal" (no here: a mental verb above; yes there), read on the
    small parse: one helper would change a caller's answer."""
    return any(is_cue(a) and not _belief_verb(a) for a in tok.ancestors if a.sent.start == tok.sent.start)


def _narrated_thought(tok, comp: list) -> bool:
    """"Roe, 42, thought he was done for when the dog leapt", "The man thought he was a
    goner": a verb of belief (data/narrated_belief_verbs.txt) in the simple past with a
    clause, no verb of saying above it, is the writer narrating what someone had in mind at
    a moment of the story, not a statement anyone made (round forty-nine, seed 164 c005 Q1
    and Q2, judged not_statement). Kept: a present belief ("Roe believes the noise saved
    him": a named holder's view, a statement by the judges' convention), a past belief a
    saying reports ("Roe said he thought ..."). FNC-1 census: every such past "thought" was
    a narrated belief (a bear's victim, "at first they thought the bill was a joke")."""
    return bool(comp) and tok.tag_ == "VBD" and tok.lemma_.lower() in lexicon.words(
        "analyse/narrated_belief_verbs.txt") and not _said_above(tok)


def _modal_inference(ctx: _Ctx, tok) -> bool:
    """"The rumour would suggest that the purchase was about the hardware", "This could
    indicate that ...": a verb of inference (data/inference_cues.txt) under a modal of
    data/inference_modals.txt whose subject cannot speak (a common noun for no person, body
    or group, or "this"/"that"/"it") is the writer's own hedged reading, not a statement
    (round forty-nine, seed 164 c022 Q14). Kept: a subject that can speak (a tagged name, a
    personal pronoun, "analysts might suggest ..."), and the plain verb ("reports suggest
    ...": what the reports say). Round fifty-six (seed 171 c104 Q5, judged not_statement: "Roe
    is no fan of a loser, which may explain his desire to ...", the writer's guess shown as a
    quote of "which"): a verb of accounting for a thing (data/cause_cues.txt: "explain") reads
    as these do, and so does a relative "which" as the subject, unless the noun it hangs on can
    speak (a body: a tagged organisation, nationality or place, a noun of data/speaker_groups.txt
    or an organisation's nominal: "Acme, which could explain that the delay ..."); a "which" on a
    person's noun or name is the whole clause before it (a person is "who"), on a thing's noun the
    thing, and one the parse hangs on no noun ("The port lost money, which might suggest ...": an
    adverbial clause) the clause, none of which speaks."""
    lemma = tok.lemma_.lower()
    if (lemma not in lexicon.words("analyse/inference_cues.txt") and lemma not in lexicon.words("analyse/cause_cues.txt")) or not any(
            c.dep_ == "aux" and c.lower_ in lexicon.words("analyse/inference_modals.txt") for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "which":
        # the parse may hang a "which" after a comma on the clause's verb (advcl, conj): then it
        # stands for that clause, no noun at all
        return tok.dep_ != "relcl" or not _speaking_host(ctx, tok.head)
    if subj is None or subj.i in ctx.tok_mention or subj.pos_ == "PROPN" or any(
            t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in subj.subtree):
        return False
    if subj.pos_ == "PRON" or subj.tag_ == "DT":
        return subj.tag_ == "DT" or speakers.pronouns().get(subj.lower_, (None, "", ""))[2] == "thing"
    head = subj.lemma_.lower()
    return subj.pos_ == "NOUN" and head not in speakers.person_nouns() and head not in speakers.org_nominals() \
        and subj.lower_ not in speakers.person_nouns() and head not in lexicon.words("analyse/speaker_groups.txt")


def _speaking_host(ctx: _Ctx, noun) -> bool:
    """Can the noun a relative "which" hangs on speak: a body (a mention or a token tagged as an
    organisation, a nationality or a place), a noun of data/speaker_groups.txt or an
    organisation's nominal ("the ministry", "the board")? A person's noun or name is not one
    here: "which" is never said of a person, so on one it stands for the clause before."""
    m = ctx.tok_mention.get(noun.i)
    if m is not None and ctx.mentions[m].label in ("ORG", "NORP", "GPE"):
        return True
    if noun.ent_type_ in ("ORG", "NORP", "GPE"):
        return True
    head = noun.lemma_.lower()
    return head in speakers.org_nominals() or noun.lower_ in speakers.org_nominals() \
        or head in lexicon.words("analyse/speaker_groups.txt")


# The checks of data/no_statement.tsv's reasons, by name (round thirteen: 18h's
# _no_report and 18q's _not_a_statement, two gates side by side, made one table).
_NO_STATEMENT_CHECKS: dict[str, Callable[[_Ctx, Token, list], bool]] = {
    "state_told_by_another": lambda ctx, tok, comp: _state_told_by_another(tok),
    "bare_participle": lambda ctx, tok, comp: _bare_participle(tok),
    "refusal": _refusal,
    "refused_deed": _refused_deed,
    "refused_saying": lambda ctx, tok, comp: _refused_saying(tok),
    "whether": _whether,
    "belief": _belief,
    "deed": _deed,
    "judged_target": lambda ctx, tok, comp: _judged_target(tok, comp),
    "subordinate": _subordinate,
    "describing_participle": lambda ctx, tok, comp: _describing_participle(tok),
    "generic_holder": lambda ctx, tok, comp: _generic_holder(tok),
    "negated_object": lambda ctx, tok, comp: _negated_object(tok, comp),
    "object_in_report": lambda ctx, tok, comp: _object_in_report(tok, comp),
    "caused_belief": lambda ctx, tok, comp: _caused_belief(tok),
    "topic_participle": lambda ctx, tok, comp: _topic_participle(tok, comp),
    "pledged_amount": lambda ctx, tok, comp: _pledged_amount(tok, comp),
    "future_state": lambda ctx, tok, comp: _future_state(tok),
    "own_wish": lambda ctx, tok, comp: _own_wish(tok, comp),
    "writer_hedge": lambda ctx, tok, comp: _writer_hedge(tok),
    "generic_one": lambda ctx, tok, comp: _generic_one(tok),
    "discovered_scene": lambda ctx, tok, comp: _discovered_scene(tok, comp),
    "discovery_told": lambda ctx, tok, comp: _discovery_told(tok, comp),
    "knowing": lambda ctx, tok, comp: _knowing(ctx, tok),
    "writer_idiom": lambda ctx, tok, comp: _writer_idiom(tok),
    "motive_participle": lambda ctx, tok, comp: _motive_participle(tok),
    "forecast": lambda ctx, tok, comp: _forecast(tok),
    "thing_told": lambda ctx, tok, comp: _thing_told(comp),
    "withheld": lambda ctx, tok, comp: _withheld(tok, comp),
    "nobody": lambda ctx, tok, comp: _nobody(tok),
    "asked_of": lambda ctx, tok, comp: _asked_of(tok),
    "promised_thing": lambda ctx, tok, comp: _promised_thing(ctx, tok, comp),
    "group_belief": lambda ctx, tok, comp: _group_belief(ctx, tok, comp),
    "entailed_gerund": lambda ctx, tok, comp: _entailed_gerund(tok),
    "felt_state": lambda ctx, tok, comp: _felt_state(tok, comp),
    "form_question": lambda ctx, tok, comp: _form_question(tok),
    "hypothetical_means": lambda ctx, tok, comp: _hypothetical_means(tok),
    "hypothetical_person": lambda ctx, tok, comp: _hypothetical_person(tok),
    "not_yet_said": lambda ctx, tok, comp: _not_yet_said(tok),
    "shared_object": lambda ctx, tok, comp: _shared_object(tok, comp),
    "narrated_thought": lambda ctx, tok, comp: _narrated_thought(tok, comp),
    "modal_inference": lambda ctx, tok, comp: _modal_inference(ctx, tok),
    "infinitive_object": lambda ctx, tok, comp: _infinitive_object(tok, comp),
    "thing_called_for": lambda ctx, tok, comp: _thing_called_for(ctx, tok, comp),
    "reader_reading": lambda ctx, tok, comp: _reader_reading(ctx, tok, comp),
    "caused_deed": lambda ctx, tok, comp: _caused_deed(ctx, tok),
    "grounds_to_believe": lambda ctx, tok, comp: _grounds_to_believe(tok),
    "unsaid_question": lambda ctx, tok, comp: _unsaid_question(tok, comp),
    "picture_shown": lambda ctx, tok, comp: _picture_shown(tok, comp),
    "wanted_saying": lambda ctx, tok, comp: _wanted_saying(tok),
    "counterfactual_wish": lambda ctx, tok, comp: _counterfactual_wish(tok, comp),
    "small_clause_belief": lambda ctx, tok, comp: _small_clause_belief(tok, comp),
    "proposed_deed": lambda ctx, tok, comp: _proposed_deed(ctx, tok, comp),
    "relative_after_object": lambda ctx, tok, comp: _relative_after_object(tok, comp),
    "noun_cue": lambda ctx, tok, comp: _noun_cue(tok, comp),
    "inside_inference": lambda ctx, tok, comp: _inside_inference(ctx, tok),
    "possible_claim": lambda ctx, tok, comp: _possible_claim(tok),
    "shared_supposition": lambda ctx, tok, comp: _shared_supposition(tok),
    "non_denial": lambda ctx, tok, comp: _non_denial(tok),
}


def _relative_after_object(tok, comp: list) -> bool:
    """"she can't think of another party Tom missed", "Roe knew a man he could trust": a verb
    of belief only ("*" in data/reporting_verbs.txt) whose clause, with no "that", follows
    right after a noun object of the verb or of its preposition is a relative clause on that
    noun with its "that" left out ("the party [that] Tom missed"), which the parse hung on the
    verb as its content: no statement of anyone's, and the subject of the relative clause
    ("Tom") is no one's words (issue 18, round fifty-four, mender m1: fnc1_c060 Q10 of seed
    169, judged not_statement). Kept: a clause right after the verb ("can't think she was
    wrong"), one with "that" ("knew of reports that ..."), a verb of saying ("told reporters
    the plan had failed": an addressee before the clause), and, from round fifty-five's
    Timeline17 and PolNeAR censuses, a finite clause that is not gapped (``_gapped_clause``):
    one with no subject of its own ("officials fear swine flu has already spread", "BP expects
    the bill will be $3bn": the parse took the clause's subject for the verb's object) or a
    complete one ("locals worry a hurricane could be the nail in the coffin"). Still read as no
    statement: a clause with no finite verb ("wants it to but because ...": a bare "to"), and one
    after a noun that carries a relative clause of its own, where the parse split one subject in
    two ("knew the information he shared with his lover Jane Doe was classified" read alone as
    "Jane Doe was classified", cut)."""
    c = comp[0] if comp else None
    if c is None or c.dep_ != "ccomp" or c.head.i != tok.i or not _belief_verb(tok) \
            or any(x.dep_ == "mark" for x in c.children) or c.left_edge.lower_ == "that" \
            or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "that"):
        return False  # "believed that BP's choice ..., which BP acknowledged contributed to ...": the
        # "that" after the verb opens its content, wherever the parse hung it
    nouns = [x for x in tok.children if x.dep_ == "dobj" and x.i < c.i] + [
        o for p in tok.children if p.dep_ == "prep" and p.i < c.i for o in p.children if o.dep_ == "pobj"]
    nouns = [n for n in nouns if n.pos_ in ("NOUN", "PROPN", "PRON") and n.right_edge.i + 1 == c.left_edge.i]
    return bool(nouns) and (_gapped_clause(c) or not _finite_clause(c) or any(
        x.dep_ in ("relcl", "acl") for n in nouns for x in n.children))


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _finite_clause(c) -> bool:
    """The clause's verb is finite, or carries a finite auxiliary ("is growing", "could be")."""
    return c.tag_ in _FINITE_TAGS or any(x.dep_ in ("aux", "auxpass") and x.tag_ in _FINITE_TAGS for x in c.children)


# What a clause holds when it is complete: an object or a complement of its verb. A relative
# clause with its "that" left out lacks the one its noun fills ("the party Tom missed _", "a man
# he could rely on _").
_CLAUSE_FILLERS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative"})


def _gapped_clause(c) -> bool:
    """The clause ``c`` has an active subject of its own and a gap: no object or complement
    ("Tom missed", "he could trust"), or a preposition left without its object ("he could rely
    on"). A complete clause is content, whatever the parse hung before it: "locals worry a
    hurricane this season could be the nail in the coffin", "BP felt the cofferdam was the best
    option", "he knows only the industry has the knowledge" (round fifty-five, Timeline17
    census: round fifty-four's check fired on 64 sentences, most of them such content)."""
    if not any(x.dep_ == "nsubj" for x in c.children):
        return False
    stranded = any(x.dep_ == "prep" and not any(y.dep_ in ("pobj", "pcomp") for y in x.children) for x in c.children)
    # a "where"/"when" clause the parse hung on the verb as its complement is an adverbial
    # ("another party Tom missed where there was a card"): it fills no gap
    return stranded or not any(x.dep_ in _CLAUSE_FILLERS and x.left_edge.tag_ != "WRB" for x in c.children)


def _noun_cue(tok, comp: list) -> bool:
    """"adding that the US claims that the crates were dropped by mistake were untrue", "police
    reports that the man was armed were wrong": a cue form that is also a plural noun
    ("claims", "reports": tagged a verb, VBZ), whose "that" clause is followed at once by a
    finite verb with no subject of its own ("were untrue"), is that noun, the subject of the
    verb after its clause: no one says the clause, the sentence says the claims are untrue
    (issue 18, round fifty-four, mender m1: fnc1_c063 Q7 of seed 169, "the US" given as the
    speaker of "were untrue"). The parse's own signs only: the tag, the "that" and a verb of
    plural agreement right after the clause that has no subject. Kept: "the US claims that the
    crates were dropped by mistake" (nothing after), "..., and were untrue" (a conjunction
    between), "KMOV reports that a warrant was issued for Lee and a bond has been set" (a
    singular "has": the parse ran the bond into the clause before; FNC-1 census)."""
    c = comp[0] if comp else None
    if c is None or tok.tag_ != "VBZ" or c.head.i != tok.i or not any(x.dep_ == "mark" for x in c.children) \
            or not _plural_cue_noun(tok):
        return False
    nxt = c.right_edge.i + 1
    if nxt >= len(tok.doc) or tok.doc[nxt].sent.start != tok.sent.start \
            or "\n" in doc_text(tok.doc)[tok.idx : tok.doc[nxt].idx]:
        return False
    v = tok.doc[nxt]
    if v.tag_ not in ("VBD", "VBP", "MD") or v.lower_ == "was" or v.pos_ not in ("VERB", "AUX"):
        return False  # a plural noun's verb: "were", "are", "have", a modal; never "has", "is", "was"
        # ("KMOV reports that a warrant was issued for Lee and a bond has been set": the parse
        # ran "a bond" into the clause before, and "has" is the reporter's second clause)
    h = v.head if v.dep_ in ("aux", "auxpass") else v
    return h.i != c.i and not any(x.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for x in h.children)


def _plural_cue_noun(tok) -> bool:
    """The cue's form is the plural of a noun of data/cue_nouns.txt ("claims", "reports",
    "warnings"): only such a form can be the noun subject ``_noun_cue`` reads. "says",
    "insists", "knows" are no nouns, so a verb after their clause is the parse's run-on, not
    the noun's verb (round fifty-five: on Timeline17 "BP says that most of the 1,500 claims
    ..." and "Joye insists that ..." lost their quotes to the check before)."""
    w = tok.lower_
    nouns = lexicon.words("analyse/cue_nouns.txt")
    return w.endswith("s") and (w[:-1] in nouns or (w.endswith("es") and w[:-2] in nouns))


def _inside_inference(ctx: _Ctx, tok) -> bool:
    """"That would mean that most of the uninsured apparently would want nothing to do with the
    plan", "this could suggest that voters believe the claim": a cue inside the clause of the
    writer's hedged inference (``_modal_inference``: a verb of inference under a modal, a
    subject that cannot speak) is part of that inference, what the writer reasons someone would
    want or hold, not a saying reported (round fifty-four, seed 169 c067 Q9, judged
    not_statement). Up through clauses only (ccomp, xcomp, advcl), not across a paragraph
    break. Kept: a cue under the plain verb ("reports suggest that officials said ...": the
    reports') and under a subject that can speak ("analysts might suggest that ...")."""
    text = ctx.text
    n = tok
    while n.head.i != n.i and n.dep_ in ("ccomp", "xcomp", "advcl"):
        if "\n" in text[min(n.idx, n.head.idx) : max(n.idx, n.head.idx)]:
            return False
        n = n.head
        if _modal_inference(ctx, n):
            return True
    return False


def _proposed_deed(ctx: _Ctx, tok, comp: list) -> bool:
    """"Roe proposed setting up a fund", "the senator supports raising the fee": the gerund
    object of a verb of taking a stance on a thing (data/stance_cues.txt: propose, support,
    oppose, ...) is the deed proposed or backed, not a statement, as its noun object is ("proposed
    a constitutional amendment": round thirty-four; round fifty-three, seed 168 c065 Q1 and Q10,
    judged not_statement, as polnear_wash-post Q19 was). Kept: a clause ("proposed that the city
    set up a fund": what was said), a gerund with a subject of its own, and a gerund holding a
    quotation mark (the speaker's own words)."""
    c = comp[0] if comp else None
    if c is None or c.tag_ != "VBG" or c.dep_ not in ("xcomp", "dobj", "ccomp") \
            or tok.lemma_.lower() not in lexicon.words("analyse/stance_cues.txt"):
        return False
    if any(x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for x in c.children):
        return False
    lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
    return not any(ch in ctx.text[max(0, lo - 1) : hi + 1] for ch in _MARKS)


def _small_clause_belief(tok, comp: list) -> bool:
    """"the site, which considers itself satirical", "Roe thinks the plan a waste": a verb of
    belief only ("*" in data/reporting_verbs.txt) whose complement is a small clause, a subject
    and an adjective or noun with no verb of its own, is the writer's description of how the
    holder sees something; shown as a quote ("itself satirical") it is no statement (round
    fifty-three, seed 168 c061 Q9, judged not_statement). Kept: a clause with a verb
    ("considers that the site is satire", "believes the plan will fail"), an infinitive ("considers
    it to be satire"), a verb of saying ("called it satire", "declared the vote void")."""
    c = comp[0] if comp else None
    if c is None or c.dep_ not in ("ccomp", "oprd", "xcomp") or c.pos_ not in ("ADJ", "NOUN", "PROPN") \
            or not _belief_verb(tok):
        return False
    return any(x.dep_ == "nsubj" and x.i < c.i for x in c.children) and not any(
        x.dep_ in ("aux", "auxpass", "cop", "mark", "ccomp", "xcomp") for x in c.children)


def _counterfactual_wish(tok, comp: list) -> bool:
    """"a lonely man who wishes he were a leader", "she wished she had stayed home": a verb whose
    clause is contrary to fact (data/counterfactual_cues.txt) says what is not so; shown as a
    quote, the clause ("he were a leader") reads as a statement (round fifty, seed 165 c037 Q7,
    judged not_statement). Only with a clause: "hopes that ..." (a view) and "wished him well"
    (no clause) are untouched."""
    return bool(comp) and comp[0].dep_ == "ccomp" and bool(_forms(tok) & lexicon.words("analyse/counterfactual_cues.txt"))


def _wanted_saying(tok) -> bool:
    """"I want someone to look at that number and say "this is wrong"", "she wished someone
    would tell her the truth": a saying in the clause of a verb of wanting (data/wanting_verbs.txt)
    with a subject of its own is what the wanter wishes another would say, not a statement anyone
    made (round fifty, seed 165 c037 Q3: the words a note's writer wished someone would say).
    The saying may be a conjunct of the clause's verb ("to look at it and say"). Kept: the
    wanter's own saying ("I want to say thank you", "wanted to tell the board that ...": no
    subject of its own), and a saying reported of the wanted one ("they want what Roe said")."""
    v = tok
    while v.dep_ == "conj" and v.head.i < v.i:
        v = v.head
    if v.dep_ not in ("ccomp", "xcomp") or not _forms(v.head) & lexicon.words("analyse/wanting_verbs.txt"):
        return False
    subj = next((x for x in v.children if x.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.i > v.head.i


def _picture_shown(tok, comp: list) -> bool:
    """"A Facebook post showed an image of her sister in hospital": a verb of showing whose
    object is a picture (data/analyse/picture_nouns.txt) tells what the piece held, nothing
    said (round forty-seven, integrator, in-sample: seed 162's fnc1_c032 Q3). "The post
    showed that she was in hospital" (a clause) stays."""
    return tok.lemma_.lower() in ("show", "reveal", "display", "feature") and bool(comp) and comp[0].dep_ == "dobj" \
        and comp[0].lower_ in lexicon.words("analyse/picture_nouns.txt")


def _form_question(tok) -> bool:
    """"The form asks whether anyone in the home has trouble hearing", "another question
    that asked Democrats how likely Roe was to win": a verb of asking (data/asked_cues.txt)
    whose subject, or the noun its relative "that"/"which" hangs on, is a questionnaire or one
    of its items (data/questionnaire_nouns.txt) puts a form's question, no one's statement
    (issue 18, round thirty-six: the seed-139 judges' west-journal Q30). Census (PolNeAR train
    301-840 minus the keep-off list): 4 quotes of "ask" with such a subject, all a
    questionnaire's items, all open; the 2 reported ones leave, the 2 direct quotations of the
    form's own wording (another path, not this table) stay. "Reporters asked whether ..." and
    "Roe asked the court to ..." (a person asks) stay."""
    if tok.lemma_.lower() not in lexicon.words("analyse/asked_cues.txt"):
        return False
    v = _conj_head(tok, ("nsubj",))
    subj = next((x for x in v.children if x.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
        subj = v.head  # "another question that asked ...": the noun the relative hangs on
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in lexicon.words("analyse/questionnaire_nouns.txt")


def _felt_state(tok, comp: list) -> bool:
    """"After the mill cut 900 jobs, some staff felt let down": a cue with no clause
    of its own and an adjective or participle as its complement ("felt betrayed", "feels
    good") tells a feeling, not a saying; the "<content>, X felt" reading would show the
    sentence around it as the words (issue 18, round thirty-six: the seed-149 judges' Q8).
    Census (PolNeAR train 301-840 minus the keep-off list): 32 cues with such a complement and
    no clause, one a quote at the base (that one, wrong); "Roe told reporters she felt
    betrayed" (a saying whose clause holds the feeling) and "feels sure the plan will work" (a
    clause) stay."""
    return not comp and any(x.dep_ == "acomp" for x in tok.children)


def _hypothetical_means(tok) -> bool:
    """"He could do this by telling the chairman that he'll withdraw the nomination", "they
    ought to reply by hinting that ...": a cue as the "by" gerund of a verb under a modal of
    possibility or advice (data/hypothetical_modals.txt: "could", "should", "might", ...; not
    "would", the past's future: "the theme that would carry him by urging ...") is the
    writer's hypothetical, a saying not made (issue 18, round thirty-six: the seed-149 judges'
    Q40, an op-ed's advice). Census (PolNeAR train 301-840 minus the keep-off list): 54 cues
    as a "by" gerund, 4 under a modal, 3 of them under these, all no statement (the op-ed's
    advice, advice relayed, a defence that "could" be made by "arguing that ..."), 2 of them
    quotes at the base, 1 leaves (the op-ed's). Not inside another's report ("Roe told backers they ought to reply
    by hinting that ...": the relayed advice is hers; dropping it gave the quotation after
    it to her by continuation, a wrong speaker where it was open); "responded by saying that
    ..." (no modal, 50 in the census, statements) stays."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "by":
        return False
    v = tok.head.head
    return any(x.dep_ == "aux" and x.lower_ in lexicon.words("analyse/hypothetical_modals.txt") for x in v.children) \
        and not _inside_report(v)


def _not_yet_said(tok) -> bool:
    """"before the administration announces that ...", "unless Roe says that ...", "if he admits
    that ...": a cue in the present (or bare) under a mark of a time not yet come or a condition
    (data/not_yet_marks.txt) tells a saying that has not been made, no one's statement (issue 18,
    round thirty-seven: the named engineer's guard for campaign speakers, made general by the
    integrator after the closing review). "before he said that ..." (past: it was said) and
    "when she says that ..." stay. So is a cue's infinitive right after "yet" or "still"
    (data/not_yet_adverbs.txt): "the firm has yet to announce a price", "with the company yet
    to announce a UK price" (round fifty-two, seed 167 c052 Q6, judged not_statement: the
    thing not yet announced is no one's statement); "is expected to announce" and "has
    already announced" stay."""
    if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i - 1 and c.i > 0
                                and tok.doc[c.i - 1].lower_ in lexicon.words("analyse/not_yet_adverbs.txt")
                                for c in tok.children):
        return True
    return tok.tag_ in ("VBZ", "VBP", "VB") and any(c.dep_ == "mark" and c.lower_ in lexicon.words("analyse/not_yet_marks.txt")
                                                   for c in tok.children)


def _hypothetical_person(tok) -> bool:
    """"an agenda a President Roe could hope to see work", "a President Doe would say that ...":
    a name after "a"/"an" is a person imagined in a role (the writer's hypothetical), and the
    cue under a modal (data/hypothetical_modals.txt, or "would") is what that imagined person
    might do: no one's statement (issue 18, round thirty-seven, the integrator's in-sample mend:
    the seed-152 usa-today judges' Q27, an op-ed's "a President <name> could hope to" given as
    the candidate's hope). "a Mr. Roe told the police" (no modal: someone named Roe, unknown to
    the reader) stays."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "PROPN" or not any(c.dep_ == "det" and c.lower_ in _INDEFINITE_ARTICLES for c in subj.children):
        return False
    modals = _hedge_modals() | _ABILITY  # "would" too: no past's future after "a President <name>"
    return any(x.dep_ == "aux" and x.lower_ in modals for x in tok.children)


def _shared_object(tok, comp: list) -> bool:
    """"Every day she shares her message is a fine day for the party": a cue whose object is
    the thing passed on (data/object_first_cues.txt: "share", the one such verb the cue lexicon
    holds), given by
    the parse a noun object and right after it a finite clause with no subject of its own: the
    object is that clause's subject read across the cue (the sentence's subject is the clause
    "she shares her message"), not words the cue's subject said (issue 18, round thirty-seven,
    the integrator's in-sample mend: the seed-152 usa-today judges' Q34, an op-ed's praise given
    to the man praised). A verb of saying in the same parse ("Officials say damage to the
    capital, Port Ellery, is severe") is a statement whose subject the parse hung on the cue
    (_object_as_subject, further on): not this; nor "shared his view that the plan is dead"
    (the clause hangs on the noun)."""
    c = comp[0] if comp else None
    if c is None or c.dep_ != "ccomp" or c.i < tok.i or not _finite(c) \
            or tok.lemma_.lower() not in lexicon.words("analyse/object_first_cues.txt"):
        return False
    d = _object_before_clause(tok, c)
    return d is not None and d.right_edge.i + 1 == c.left_edge.i


def _infinitive_object(tok, comp: list) -> bool:
    """"The former senator wants to lock in what surveys say is a 30-point edge": a clause the
    parse hangs on the cue after the cue's own "to"-infinitive of another verb ("wants to
    cement") is that verb's object, a thing, not a statement (issue 18, round thirty-six: the
    seed-149 judges' Q20). Census: 4 cues with an infinitive and a later clause, one a quote
    at the base (that one, wrong). "Roe wants to know whether ..." is a question either way;
    "Roe hopes to show that ..." (a clause on the infinitive itself) is not this shape."""
    c = comp[0] if comp else None
    return c is not None and c.dep_ == "ccomp" and any(
        x.dep_ == "xcomp" and x.i < c.i and x.pos_ in ("VERB", "AUX") and not is_cue(x, mental=True)
        and any(y.dep_ == "aux" and y.tag_ == "TO" for y in x.children) for x in tok.children)


def _entailed_gerund(tok) -> bool:
    """"For Roe, it would mean telling the board that the plan failed", "It means granting
    that his message is the party's future": a cue's gerund with no subject of its own as what
    a verb of entailing (data/entailing_verbs.txt: "mean", "require", ...) takes, when that
    verb's subject is "it", a demonstrative or a gerund, is the writer's account of what a
    course would involve, no one's statement (issue 18, round thirty-five: the seed-149 judges'
    op-ed 'it would mean telling him that ...'; census: 2 PolNeAR op-ed instances, "it means
    acknowledging that ...", "it means admitting that ...", no look-alike). "Roe spent the day
    telling reporters that ..." (another verb) and "Roe means to tell the board ..." (an
    infinitive, her intent) stay."""
    if tok.tag_ != "VBG" or tok.dep_ != "xcomp" or any(x.dep_ in ("nsubj", "nsubjpass") for x in tok.children):
        return False
    head = tok.head
    if head.lemma_.lower() not in lexicon.words("analyse/entailing_verbs.txt"):
        return False
    subj = next((x for x in head.children if x.dep_ in ("nsubj", "csubj")), None)
    return subj is not None and (subj.lower_ in ("it", "this", "that") or subj.tag_ == "VBG" or subj.dep_ == "csubj")


def _promised_thing(ctx: _Ctx, tok, comp: list) -> bool:
    """"toured the state, promising universal health care", "pledged their support to Clinton":
    the bare noun object of a verb of promising (data/promised_object_cues.txt) is the thing
    promised, a deed or a gift to come, not a statement (issue 18, round thirty-five: the
    seed-149 judges' 'promising universal health care'; round thirty-four took "propose" out of
    data/object_cues.txt for the same reason). Census (PolNeAR train 301-840 minus the
    keep-off list, every eighth Timeline17 dev text): 16 bare noun objects of these verbs; 9
    leave, all things promised ("further police reform", "a series of reforms", "immigration
    reform", "a wider war"), and 2 more contents the parse took for objects ("promising donors
    ... five VIP tickets", "promised to bridge" with "bridge" a noun). Kept: a clause or an
    infinitive ("promised that taxes would fall", "promised to cut taxes"), a statement noun,
    an object with what is said of it ("pledged their support to Clinton": the "to" phrase,
    4 in the census), and an object holding a quotation mark ('vowed "unwavering support"
    for Haiti': the speaker's own words, 3 in the census)."""
    c = comp[0] if comp else None
    if c is None or c.dep_ != "dobj" or not _forms(tok) & lexicon.words("analyse/promised_object_cues.txt"):
        return False
    if token_listed(c, statement_nouns()) or _predicate_of(tok, c) is not None:
        return False
    lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
    # the opening mark may stand just before the object ('vowed "unwavering support" for Haiti')
    return not any(ch in ctx.text[max(0, lo - 1) : hi + 1] for ch in _MARKS)


def _thing_called_for(ctx: _Ctx, tok, comp: list) -> bool:
    """"Trump called for a temporary ban on imports", "statements calling for a ban", "has
    called for banning all imports": the noun or gerund after "call for" (data/
    called_for_cues.txt) is the thing wanted, a deed to be done, not a statement (issue 18,
    round thirty-eight: the seed-152 judges' Q10 "statements calling for a temporary ban",
    the seed-139 judges' Q19 "call for law and order"; round thirty-four took "propose" and
    "demand" out for the same reason, data/object_cues.txt, data/refused_object_cues.txt).
    Kept: a "for" with a clause of its own ("called for Trump to drop out": an addressee and
    an infinitive, the request made of someone), a statement noun (data/statement_nouns.txt:
    "called for an inquiry's findings to be released" is no such; "called for a statement" is) and an object
    holding a quotation mark ('called for "a heck of a lot tougher" than the old rules': the
    speaker's own words). Census (PolNeAR train 301-840 minus the keep-off list): 27 "call for"
    nouns and gerunds at the base, read in /tmp/r38-notstmt/census_before.txt; the Timeline17
    judges of rounds 20-29 read three such ("calling a halt to adoptions") as statements, the
    PolNeAR judges of seeds 139 and 152 both as none: the later convention is kept, as round
    thirty-four did for "propose" and "demand"."""
    c = comp[0] if comp else None
    if c is None or c.dep_ not in ("pobj", "pcomp") or c.head.lower_ != "for" or c.head.head.i != tok.i \
            or not _forms(tok) & lexicon.words("analyse/called_for_cues.txt"):
        return False
    if c.pos_ not in ("NOUN", "PROPN") and c.tag_ != "VBG":
        return False
    if token_listed(c, statement_nouns()):
        return False
    lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
    return not any(ch in ctx.text[max(0, lo - 1) : hi + 1] for ch in _MARKS)


def _reading_subject(tok):
    """The subject of a verb of reading (``_reader_reading``): its own, the noun a participle
    hangs on ("pitches highlighting ..."), or the subject of the clause a bare participle
    follows ("the attack was a searing moment, highlighting ...")."""
    own = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None:
        return own
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        return tok.head
    if tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBG":
        return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _grounds_to_believe(tok) -> bool:
    """"There is no reason to believe that ...", "they have every reason to think ...": a cue in
    the infinitive hanging on a noun of grounds (data/grounds_nouns.txt) tells what one may
    believe, and its noun is no speaker (round thirty-nine, the seed-154 judges' tbaq_aquaint
    Q31, in-sample: "no reason" shown as the speaker). "Roe gave reasons to believe ..."
    is still no statement of Roe's own words; "Roe said there was reason to believe ..." is Roe's
    statement through "said", which this leaves alone. A noun of another kind ("a decision to
    announce that ...", "a plan to say ...") is not this check's."""
    return (tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN"
            and tok.head.lemma_.lower() in lexicon.words("analyse/grounds_nouns.txt")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def _reader_reading(ctx: _Ctx, tok, comp: list) -> bool:
    """"Zornick's comment highlighted the silence Democrats have shown", "the findings
    underscore the risks for Republicans", "the attack was a searing moment, highlighting the
    threats they face": a verb of bringing out (data/reading_cues.txt: "highlight",
    "underscore", "underline") whose subject is no one who speaks (a comment, a finding, an
    event) with a noun object (or a clause with no "that" the parse made of a noun and its
    contact relative) is the reporter's reading of what the thing shows, a topic, not a
    statement (issue 18, round thirty-eight: the seed-152 judges' Q18). Kept: a subject that
    can speak (a tagged person or organisation, a personal pronoun, a noun for people or a
    body: "Clinton highlighted her plan", "the senator underscored the need for ..."), a
    document that states its findings (data/source_nouns.txt: "the report highlighted a
    string of failings behind the blast", a Timeline17 census text whose finding is the
    report's), a subject the parse does not give (abstain), and a "that" clause ("the report
    underscores that the agency failed": the finding itself). Census: PolNeAR 4 leave (a
    comment, findings, fund-raising pitches, an attack as subject), Timeline17 1 of the sample
    ("broadcasters ... underlining the coming of age of new media")."""
    c = comp[0] if comp else None
    if not _forms(tok) & lexicon.words("analyse/reading_cues.txt") or (c is not None and c.dep_ == "ccomp"
                                                                       and any(x.dep_ == "mark" for x in c.children)):
        return False
    # the noun object, or the clause the parse made of a noun with a contact relative ("the
    # silence [that] Democrats have shown": "shown" a clause with no "that", its object the noun)
    if c is None and not any(x.dep_ == "dobj" and x.i > tok.i and x.pos_ in ("NOUN", "PROPN") for x in tok.children):
        return False
    subj = _reading_subject(tok)
    if subj is None or subj.pos_ == "PRON" or subj.pos_ == "PROPN" or subj.i in ctx.tok_mention:
        return False
    head = subj.lemma_.lower()
    return head not in speakers.person_nouns() and head not in speakers.org_nominals() \
        and subj.lower_ not in speakers.person_nouns() and head not in lexicon.words("analyse/speaker_groups.txt") \
        and head not in lexicon.words("analyse/claimant_nouns.txt") and head not in source_nouns() \
        and subj.lower_ not in source_nouns()


def _caused_deed(ctx: _Ctx, tok) -> bool:
    """"Saturated fat encourages the liver cells to dump their fat cells", "low prices
    encouraged buyers to wait": a cue that also means causing (data/causing_cues.txt) whose
    subject is a thing that cannot speak tells what the thing brings about, no request anyone
    made (issue 18, round fifty-five, seed 170 c082 Q13, judged not_statement: a nutrient's
    effect in the writer's exposition, shown as a quote of "Saturated fat"). Only the verb's own
    subject, a singular common noun. Kept: a subject that can speak (a name or a tagged mention,
    a pronoun, a noun for people, a body, a source or a document, a campaign: "the minister
    encouraged people to vote", "the letter encourages members to ..."), a noun with an agent's
    ending ("the organiser", ``_maybe_person``), a plural ("celebrities encourage viewers to
    give", "the EU institutions were encouraging their employees": the lists miss many nouns
    for people and bodies), a participle's noun ("a petition encouraging the assembly to ...",
    "a truck with a loudspeaker touring the area, encouraging the injured to come": a text or
    its carrier; the Timeline17 census's three), a passive ("were encouraged to ...") and a
    subject the parse does not give (abstain). A word list over the parse, not a library: no
    parser tells the causing sense of "encourage" from its asking sense."""
    if not _forms(tok) & lexicon.words("analyse/causing_cues.txt"):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.dep_ != "nsubj" or subj.tag_ != "NN" or subj.i in ctx.tok_mention or subj.ent_type_:
        return False
    words = {subj.lemma_.lower(), subj.lower_}
    return not (words & _human_nouns() or words & lexicon.words("analyse/document_nouns.txt")
                or words & lexicon.words("analyse/campaign_nouns.txt") or _maybe_person(subj))


def _group_belief(ctx: _Ctx, tok, comp: list) -> bool:
    """"Supporters hope the senator will win", "observers abroad fear it will set a precedent",
    "Democrats hope ...", "many believe ...": a verb of belief only ("*" in
    data/reporting_verbs.txt, not a verb of saying) whose subject is a vague group (a common
    plural noun, a party's or a people's plural name, or "many"/"some"/"few": data/
    group_quantifiers.txt) is the writer's account of what a crowd hopes or thinks, no one's
    statement (issue 18, round thirty-five: the seed-139 judges' Q40 'foreign observers worry',
    the seed-149 judges' 'supporters hope', 'Democrats hope'). Kept, as statements: a named
    person's or body's belief ("Roe believes ...", "Acme hopes ..."), a pronoun ("they hope":
    often the speaker of the sentence before), a count or share ("57 percent think ...", "most
    Republicans (72 percent) think": a poll's finding), a group of a named organisation
    ("analysts at Barclays believe": the body's view), a group with a named member in
    apposition or after "like"/"including", a definite group ("the companies expect ...", "the
    scientists hope ...": a set of firms or people named before, as _own_wish keeps "the
    company hopes to ..."), an organisation noun ("companies"), a belief inside another's
    report ("Roe said voters hope ..."), a belief with quotation marks after it (the quoted
    words are someone's), any sentence that also holds a verb of saying or "according to"
    outside quotation marks (the belief may be what was said: "some scientists think ..., but
    others say ..."), and a belief the next sentence has "they" say. Census (PolNeAR train
    301-840 minus the keep-off list: 64 beliefs with a common-noun subject and 36 with a name;
    every eighth Timeline17 dev text: 49 and 14): 35 and 19 leave, none a named holder's; a
    first draft also took "The companies expect to cut $2 billion in costs" (named firms), "Democrats
    believe ... They say ...", 'fear "Europe is disintegrating"' and "The scientists hope"
    (researchers named before): the definite, next-sentence and quotation guards keep them.
    Borderline, read as in the class: experts', officials' or analysts' views with no saying
    (7 in Timeline17) and a reporter's summary followed by one member's quotation (3 PolNeAR)."""
    if not _belief_verb(tok) or _inside_report(tok) or _reported_by_cue(tok):
        return False
    v = _conj_head(tok, ("nsubj",))
    subj = next((x for x in v.children if x.dep_ == "nsubj"), None)
    if subj is None or not _vague_group(subj):
        return False
    if any(t.is_quote and t.i > tok.i and t.text not in ("'s", "’s") for t in tok.sent):
        return False  # 'Liberal politicians fear "Europe is disintegrating."': quoted words are someone's
    if any(t.i != tok.i and not ctx.inside_quote(t.idx) and (
            t.lower_ == "according" or t.pos_ in ("VERB", "AUX") and is_cue(t) and not _bare_relative(t)) for t in tok.sent):
        return False
    # "Democrats believe the pressure will grow. They say it has been evident ...": the group
    # says it in the next sentence, so the belief is its stated view
    end = tok.sent.end
    nxt = tok.doc[end].sent if end < len(tok.doc) and "\n" not in tok.doc[end - 1].whitespace_ + tok.doc[end].text else None
    # (a cue with a clause of its own, or "say"/"tell": "They also share Islam with ..." shares
    # no words; round thirty-nine, the seed-154 judges' tbaq_timebank Q6, in-sample)
    return nxt is None or not any(
        t.pos_ in ("VERB", "AUX") and is_cue(t) and any(c.dep_ == "nsubj" and c.lower_ == "they" for c in t.children)
        and (t.lemma_.lower() in ("say", "tell") or any(c.dep_ in ("ccomp", "parataxis") for c in t.children))
        for t in nxt)


def _bare_relative(t) -> bool:
    """A cue verb in a relative clause with no clause of its own: "links to the valley, which
    they ruled for generations" (rule, a cue in "the court ruled that ...") reports nothing, so it
    does not make the belief beside it a saying (round thirty-nine, the seed-154 judges'
    tbaq_timebank Q6, in-sample). "critics who say ..." with its ellipsis, or any relative with
    a clause, quotation or "that" of its own, is still a saying."""
    return t.dep_ == "relcl" and t.lemma_.lower() not in ("say", "tell") and not any(
        c.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "mark") for c in t.children)


def _vague_group(subj) -> bool:
    """Is the subject a vague group (``_group_belief``): a common plural noun ("supporters",
    "Trump supporters", "her advisers"), a plural name of a party or a people (NORP:
    "Democrats"), or a quantifier standing for people ("many", "some of her aides")."""
    quantifier = subj.lower_ in lexicon.words("analyse/group_quantifiers.txt") and subj.pos_ in ("ADJ", "PRON", "DET", "NOUN")
    plural = subj.tag_ == "NNS" and subj.pos_ == "NOUN" and not subj.ent_type_
    # a people's plural name, whichever tag the parser gives it: "Turks feel ..." (NNS) as
    # "Democrats hope ..." (NNPS). Round thirty-nine, the seed-154 judges' tbaq_timebank Q6
    # (in-sample). With "the" ("The ethnic Albanians fear ...", their Q2) it stays a set the
    # guard below keeps: "the Democrats" may be the party speaking as a body, and no list here
    # tells a people's name from a party's.
    people = subj.tag_ in ("NNS", "NNPS") and subj.ent_type_ == "NORP"
    if not (quantifier or plural or people):
        return False
    if any(c.dep_ == "det" and c.lower_ in _BACK_POINTERS for c in subj.children) \
            or token_listed(subj, speakers.org_nominals()):
        return False  # "The companies expect to cut $2bn in costs", "the scientists hope": a set named before
    for t in subj.subtree:
        if t.like_num or t.ent_type_ in ("PERCENT", "CARDINAL") or t.lower_ in _SHARE_WORDS:
            return False  # a poll's count or share
        if t.ent_type_ == "ORG" and _near_subject(subj, t):
            return False  # "Barclays analysts", "analysts at Barclays": a named body's members
        if t.dep_ == "appos" or t.dep_ == "prep" and t.lower_ in ("like", "including") and _names_member(t):
            return False  # "Constitutionalists, like Texas Sen. Ted Cruz, consider ...": a named member
    return True


def _near_subject(subj, t) -> bool:
    """Is the organisation word ``t`` the subject group's own body: on the subject's head
    ("Acme analysts", "Acme's engineers") or the object of a preposition on it ("analysts at
    Acme")? One deeper ("investors in Acme's shares": the body whose shares they hold, not
    theirs) is not (round sixty, seed 175 bpoil_bbc Q6, judged not_statement: a fear of
    shareholders shown as a statement)."""
    up = t
    while up.dep_ in ("compound", "flat") and up.head.i != up.i and up.head.ent_type_ == "ORG":
        up = up.head
    if up.head.i == subj.i:
        return True
    return up.dep_ == "pobj" and up.head.head.i == subj.i


def _names_member(prep) -> bool:
    """Does "like"/"including" name a member: its object (or a conjunct of it) a name? "like
    Texas Sen. Ted Cruz" does; "including most pension funds" (a kind of member, no name) does
    not (round sixty, seed 175 bpoil_bbc Q6)."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    objs += [c for o in objs for c in o.conjuncts]
    return not objs or any(o.pos_ == "PROPN" or o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for o in objs)


_BACK_POINTERS = frozenset({"the", "these", "those", "both"})
_SHARE_WORDS = lexicon.words("analyse/share_words.txt")


def _knowing(ctx: _Ctx, tok) -> bool:
    """"Scientists knew the strain would spread", "he did not realise the ship had turned back":
    a verb of knowing (data/knowing_cues.txt) is factive, the writer vouches for its clause and
    tells what someone knew, not anything said or written (issue 18, round twenty-two, 18n).
    A passive ("it is known that ..."; the impersonal reading gives the speaker), "made it
    known that ..." (an announcement) and a verb of knowing inside a report ("Roe said she
    realised that ...": what Roe said she knew, her own words) stay. So does a named subject's
    knowing, unless negated: PolNeAR counts "Roe knows that ..." as her attribution (a stated
    view, on the dev split), while "Roe did not realise that ..." is only what she did not know."""
    if tok.lemma_.lower() not in lexicon.words("analyse/knowing_cues.txt"):
        return False
    if tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "advcl") and not any(
            x.dep_ in ("nsubj", "nsubjpass") for x in tok.children):
        # "the bride, upon realising that ..., was furious": a gerund of knowing in an
        # adverbial phrase tells the circumstance of the main clause, even inside a report
        # ("papers reported that the bride, upon realising ...": the papers' words, not hers;
        # round forty-eight, seed 163 c028 Q2)
        return True
    if _inside_report(tok):
        return False
    if tok.tag_ == "VBN" and (any(x.dep_ in ("auxpass", "nsubjpass") for x in tok.children)
                              or tok.head.lemma_.lower() == "make" and tok.head.i != tok.i):
        return False
    v = _conj_head(tok, ("nsubj",))
    subj = next((x for x in v.children if x.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
        subj = v.head  # "Mr. Obama, who knew that ...": the relative's antecedent is the knower
    negated = any(x.dep_ == "neg" for x in tok.children) or v is not tok and any(x.dep_ == "neg" for x in v.children)
    return negated or subj is None or subj.pos_ != "PROPN" and not subj.ent_type_ and subj.i not in ctx.tok_mention


@functools.lru_cache(maxsize=1)
def _writer_idioms() -> tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]:
    out = []
    for line in lexicon.lines("analyse/writer_idioms.txt"):
        ws = line.lower().split()
        k = next((i for i, w in enumerate(ws) if w.startswith("_") and len(w) > 1), None)
        if k is None:  # a malformed line says so, naming the file and the line (as no_statement.tsv's reader)
            raw = lexicon.path("analyse/writer_idioms.txt").read_text(encoding="utf-8").splitlines()
            at = next((n for n, x in enumerate(raw, 1) if x == line), 0)
            raise ValueError(f"analyse/writer_idioms.txt, line {at}: {line.strip()!r} has no '_<cue>' slot "
                             "(the cue's lemma after '_', as in 'having _say that')")
        out.append((tuple(ws[:k]), ws[k][1:], tuple(ws[k + 1:])))
    return tuple(out)


def _writer_idiom(tok) -> bool:
    """"Having said that, the plan may still work": a fixed phrase (data/writer_idioms.txt) in
    which the cue is the writer's own link at a sentence's start, not a report (issue 18, round
    twenty-two, 18n). A plain token match, not spaCy's Matcher: one short pattern a cue, read
    only when the cue is there. "Roe, having said that she would stay, left" (not at the
    sentence's start) stays a report."""
    doc, i = tok.doc, tok.i
    for before, lemma, after in _writer_idioms():
        a = i - len(before)
        if tok.lemma_.lower() != lemma or a < tok.sent.start or i + len(after) >= len(doc):
            continue
        if a == tok.sent.start and tuple(t.lower_ for t in doc[a:i]) == before \
                and tuple(t.lower_ for t in doc[i + 1 : i + 1 + len(after)]) == after:
            return True
    return False


def _discovered_scene(tok, comp: list) -> bool:
    """"Police found the boy hiding in a barn", "as they find more children separated from
    their parents": a verb of coming upon (data/discovery_cues.txt) whose clause is a noun and a
    bare participle (no "that", no auxiliary, the participle's tag VBG or VBN) tells a scene the
    subject came upon, not anything said (issue 18, round twenty-one, 18s). "Investigators found
    that the crew had ignored the alarms" and "the inquiry found the crew ignored the alarms" (a
    finite clause) stay findings."""
    c = comp[0] if comp else None
    if c is None or c.dep_ != "ccomp" or tok.lemma_.lower() not in lexicon.words("analyse/discovery_cues.txt"):
        return False
    if _sought(tok, c) or _sought_doer(c):
        return True
    return c.tag_ in ("VBG", "VBN") and not any(
        x.dep_ in ("mark", "aux", "auxpass") for x in c.children) and any(x.dep_ == "nsubj" for x in c.children)


def _discovery_told(tok, comp: list) -> bool:
    """"A family in Leeds was shocked to find that their dog was a wolf", "he came home only to
    find that his wife had left", "having found out her husband was cheating": a verb of coming
    upon (data/discovery_cues.txt) in the infinitive after a word of feeling (data/
    feeling_words.txt: the discovery is what shocked them) or after "only" (what the deed led
    to), or "find out" with no subject of its own (a participle or gerund of learning), is the
    writer telling what someone learned, not anything said or written (round fifty-one, seed
    166 c051 Q14, judged not a statement; the FNC-1 census held five more such, every one a
    discovery in a story). Kept: a finite finding ("the inquiry found that ...", "researchers
    found that ...": a finding stated), and "find out" with a subject ("the Post found out
    that ...")."""
    if not comp or tok.lemma_.lower() not in lexicon.words("analyse/discovery_cues.txt"):
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) and not own_subject and tok.tag_ != "VBD":
        return True
    if tok.tag_ != "VB" or own_subject or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "only" and c.i < tok.i for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lower_ in lexicon.words("analyse/feeling_words.txt")


def _generic_one(tok) -> bool:
    """"(One might also think that it would be the first thing a reporter would try.)", "one
    could argue that the plan failed": a cue under a modal (data/hypothetical_modals.txt, and
    "would") whose subject is the generic pronoun "one" alone is the writer's own hypothetical
    reader, not anyone's statement (round fifty-one, seed 166 c049 Q3, judged not a
    statement). "One of the officers said ..." (a count with its group) and "one said ..." (no
    modal: one of a group named before) stay."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ != "one" or any(True for _ in subj.children):
        return False
    modals = lexicon.words("analyse/hypothetical_modals.txt") | {"would"}
    return any(c.dep_ == "aux" and c.lower_ in modals for c in tok.children)


def _possible_claim(tok) -> bool:
    """"Apple can claim its new gold metal composite is 18 karat because it is 75% gold by
    weight": a verb of contending (data/possible_claims.tsv "verb") under a modal of possibility
    ("modal": can, could, may, might) says what the subject may or could claim, the writer's
    reasoning; the subject is not reported saying it (round fifty-six, seed 171 fnc1_c087 Q6,
    judged a wrong speaker and no statement). The modal must be the cue's own auxiliary; "Roe
    claimed that ..." and "the Gazette can reveal that ..." (no verb of the list) stay."""
    kinds = lexicon.kinds("analyse/possible_claims.tsv")
    if tok.lemma_.lower() not in kinds.get("verb", frozenset()):
        return False
    return any(c.dep_ == "aux" and c.lower_ in kinds.get("modal", frozenset()) for c in tok.children)


def _shared_supposition(tok) -> bool:
    """"Let's assume that the basic watch will cost no more than that", "let us say the plan
    works": a cue under an imperative "let" with "us" as its subject is the writer's supposition,
    shared with the reader, no one's statement (round fifty-six, seed 171 fnc1_c087 Q4). Only
    "us"/"'s": "let me say that ..." is the speaker's own statement and stays, as does "they let
    him say that ..." ("let" with a subject of its own, a permission)."""
    head = tok.head
    if head.i == tok.i or head.lower_ != "let" or tok.dep_ not in ("ccomp", "xcomp") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    us = [c for c in list(tok.children) + list(head.children) if c.dep_ in ("nsubj", "dobj") and c.i < tok.i]
    return bool(us) and all(c.lower_ in ("us", "'s", "\u2019s") for c in us)


def _non_denial(tok) -> bool:
    """"In a joint statement, the directors did not deny that the early estimate was blocked":
    a negated verb of denial (data/denial_cues.txt) tells that the holder left the clause
    uncontested, not that anyone said it (round fifty-six, seed 171 bpoil_reuters Q12, judged no
    statement). Shown as a quote with the cue "did not deny" it reads as the directors' word.
    "denied that ..." (a denial made) and other negated cues ("never said ...", kept with the
    negation in the cue, round nineteen) stay."""
    return tok.lemma_.lower() in lexicon.words("analyse/denial_cues.txt") and any(
        c.dep_ == "neg" for c in tok.children)


def _sought_doer(c) -> bool:
    """"The party couldn't find anyone to play the part", "hopes to find someone to run it": a
    noun and a "to"-infinitive of any verb but "be", the noun indefinite (``_indefinite_doer``),
    as the clause of a verb of coming upon is someone or something sought to do a thing, nothing found or said (round forty-five,
    integrator, in-sample: seed 160's usa-today Q39, a letter writer's joke credited to
    "Democrats" as their words). "The jury found him to be guilty" (a judgement with "to be")
    and "found that ..." stay findings (a "that" the parse hangs on a misread infinitive, "found that
    decisions to cut costs had contributed ...", the integrator's Timeline17 census)."""
    subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
    return (c.tag_ == "VB" and c.lemma_.lower() != "be" and subj is not None and _indefinite_doer(subj)
            and any(x.dep_ == "aux" and x.tag_ == "TO" for x in c.children) and not any(x.dep_ == "mark" for x in c.children))


def _indefinite_doer(tok) -> bool:
    """"anyone", "someone", "a builder", "no one": the one sought is not yet anyone in
    particular. "found the bank to blame", "found the drug to reduce deaths" (the review) are
    judgements on someone or something definite: findings."""
    return tok.lower_ in ("anyone", "anybody", "someone", "somebody", "nobody", "one") or any(
        x.dep_ == "det" and x.lower_ in ("a", "an", "any", "no", "some", "another") for x in tok.children)


def _sought(tok, c) -> bool:
    """"until there was no hope of finding anyone alive", "teams trying to find survivors
    alive": a verb of coming upon with no subject of its own, a gerund under a preposition or a
    "to"-infinitive, with a noun and an adjective after it, is a search, nothing found yet, let
    alone said (issue 18, round twenty-three, 18x). A finite "the inquiry found the crew
    negligent" stays a finding."""
    nonfinite = (tok.tag_ == "VBG" and tok.dep_ == "pcomp") or (
        tok.tag_ == "VB" and any(x.dep_ == "aux" and x.tag_ == "TO" for x in tok.children))
    return nonfinite and not any(x.dep_ in ("nsubj", "nsubjpass") for x in tok.children) \
        and c.pos_ == "ADJ" and any(x.dep_ == "nsubj" for x in c.children) \
        and not any(x.dep_ in ("mark", "aux", "auxpass", "cop") for x in c.children)


def _motive_participle(tok) -> bool:
    """"Tom Reyes flew to Leeds, hoping to get a reply", "Assuming that the pump runs all day,
    the rate comes to 90 gallons a minute": a verb of belief only ("*" in
    data/reporting_verbs.txt, not a verb of saying) as a bare participle hung on another verb
    (an adverbial with no subject, auxiliary or mark of its own) is the writer's account of a
    motive or an assumption, not anything said (issue 18, round twenty-two, 18v). After its verb
    only a verb of motive (data/motive_cues.txt): "the board puts the cost at $4m, assuming
    that rates hold" is the board's own assumption, part of its estimate. A participle on a verb
    of saying ("told reporters, hoping to calm them") or on a verb inside a report ("argue
    that taxes should be low, assuming ...") and a finite "Reyes hopes to get a reply" stay."""
    if _participle_taken_for_root(tok):
        return True
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or not _belief_verb(tok):
        return False
    if any(x.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for x in tok.children):
        return False
    if tok.i > tok.head.i and not _forms(tok) & lexicon.words("analyse/motive_cues.txt"):
        return False
    return tok.head.i != tok.i and not is_cue(tok.head, mental=True) and not _inside_report(tok.head)


def _participle_taken_for_root(tok) -> bool:
    """"Congressional leaders, evidently hoping that voters will believe it, on Wednesday said
    the plan has failed": a participle of belief set off by a comma after the subject is the
    writer's account of the subject's motive, as ``_motive_participle``'s; the small model may
    make it the sentence's root, with the subject as its own and the real verb ("said") as its
    clause, so the whole run from "that" to the end read as what they hoped (round fifty-four,
    seed 169 c067 Q1, judged not_statement and cut). Only a bare participle (no auxiliary: "are
    hoping" is finite) of a verb of belief, with a comma between its subject and it, and a
    finite verb of its clauses after it (the verb the sentence needs). "Roe, a lawyer, hopes
    that ..." (finite) and "Roe is hoping that ..." stay."""
    if tok.tag_ != "VBG" or tok.dep_ != "ROOT" or not _belief_verb(tok):
        return False
    if any(x.dep_ in ("aux", "auxpass") for x in tok.children):
        return False
    if not any(x.dep_ == "nsubj" and x.i < tok.i for x in tok.children):
        return False
    k = tok.i - 1
    while k > 0 and tok.doc[k].pos_ == "ADV":
        k -= 1  # "leaders, evidently hoping"
    if tok.doc[k].text != ",":
        return False
    return any(x.dep_ in ("ccomp", "conj") and x.i > tok.i and x.tag_ in ("VBD", "VBZ", "VBP") for x in tok.children)


def _thing_told(comp: list) -> bool:
    """"She tells the radio show what she found", "the label tells you what it is": a clause
    opened by "what" as its verb's object or complement (a free relative) names the thing told
    about, not a statement; the words themselves are not in the text (issue 18, round
    twenty-two, 18v). "Roe explained how the pumps would work" (a how-clause, data/wh_cues.txt
    keeps it), "said what failed was the seal" (a "what" subject inside a clause) and "what Roe
    says the plan would do" (the "what" before the cue: the clause after it is her report) stay."""
    c = comp[0] if comp else None
    if c is None or c.dep_ != "ccomp":
        return False
    first = c.left_edge
    return first.lower_ == "what" and first.i > c.head.i and first.head.i == c.i \
        and first.dep_ in ("dobj", "attr", "pobj", "oprd")


def _forecast(tok) -> bool:
    """"The firm is expected to face a row by revealing it will cut pay", "Roe is due to announce
    that ...": a cue under the infinitive of a word of forecast or schedule
    (data/forecast_heads.txt), through infinitives and adverbials, is a saying still to come,
    nothing said yet (issue 18, round twenty-two, 18v). "The firm is expected to grow, Roe said"
    (the cue not under it) stays."""
    heads = lexicon.words("analyse/forecast_heads.txt")
    n, infinitive = tok, False
    for _ in range(4):  # a few steps up: infinitive, preposition, its gerund
        if n.head.i == n.i or n.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "advcl"):
            return False
        infinitive = infinitive or (n.dep_ == "xcomp" and any(x.dep_ == "aux" and x.tag_ == "TO" for x in n.children))
        n = n.head
        if n.lower_ in heads:  # as a passive or an adjective ("is set to", not "set out to explain")
            return infinitive and (n.pos_ == "ADJ" or any(x.dep_ == "auxpass" for x in n.children))
    return False


def _withheld(tok, comp: list) -> bool:
    """"How dare he deny the reporters a good story?", "the board denied the farmers a
    hearing": a verb of withholding (data/withholding_cues.txt) with a receiver (the parse's
    dative) and a thing is a refusal to give, not a denial of a claim; the thing is no statement
    (issue 18, round twenty-three, 18x). "He denied the allegations" and "denied that he took
    the money" (no receiver) stay."""
    return bool(comp) and tok.lemma_.lower() in lexicon.words("analyse/withholding_cues.txt") \
        and any(x.dep_ == "dative" and x.i < comp[0].i for x in tok.children)


def _nobody(tok) -> bool:
    """"No one ever said the pier was safe", "none of the pilots suggested that ...", "nobody
    has yet claimed ...": a cue whose subject is no one (the word itself, or the determiner
    "no" on it: data/negative_subjects.txt) reports a statement nobody made; its content shown
    as a quote, open or with the phrase as speaker, reads as something someone said (issue 18,
    round twenty-five, 25s; the seed-73 audit's 'no one ever said', 'No one has yet
    suggested'). Dropped, not kept with a flag: there is no holder to show it under, and the
    brief, the report and the conflicts would each have to learn to skip it. A named holder's
    negated cue ("Roe never said ...", "did not say that ...") stays, its negation in the cue
    (18n); so does a saying about no one ("Roe said nobody was hurt": the subject is Roe)."""
    v = _conj_head(tok, ("nsubj",))
    subj = next((x for x in v.children if x.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if v.dep_ == "relcl" and subj.lower_ in lexicon.words("analyse/relative_pronouns.txt"):
        # "there are no clear labels that reveal that the story is invented": the relative's
        # noun is the subject, and "no" on it says nothing reveals it (round fifty-three, seed
        # 168 c061 Q12, judged not_statement)
        subj = v.head
    words = lexicon.words("analyse/negative_subjects.txt")
    return subj.lower_ in words and subj.lower_ != "no" or any(
        x.dep_ == "det" and x.lower_ in words for x in subj.children)


def _asked_of(tok) -> bool:
    """"When asked why the pump had failed, John Fell said ...", "Asked whether the town was
    angry, he said ...", "Jane Roe told reporters when asked if Acme was selling": a verb of
    asking (data/asked_cues.txt) as a passive participle with no agent puts the question to
    the subject; the question is the unnamed asker's, no statement of anyone named, and the
    reading that gives it the subject of the clause around it names the one asked (issue 18,
    round twenty-five, 25s: three such in the 183-text harness, two given to the one asked).
    "Roe has asked whether ..." (a perfect: Roe asks), "Roe asked the court to ...", and
    "was asked by the judge whether ..." (an asker named) stay."""
    if tok.tag_ not in ("VBN", "VBD") or tok.lemma_.lower() not in lexicon.words("analyse/asked_cues.txt"):
        return False
    if any(x.dep_ in ("aux", "agent", "nsubj") for x in tok.children):
        return False
    # the parse may tag "When asked" a past tense (VBD): a subjectless adverbial clause is
    # still the participle; a finite VBD elsewhere ("and asked why", a conjunct) is not read
    return tok.dep_ in ("advcl", "acl") or tok.tag_ == "VBN" and any(
        x.dep_ in ("auxpass", "nsubjpass") for x in tok.children)


@functools.lru_cache(maxsize=1)
def _no_statement_reasons() -> tuple[str, ...]:
    names = tuple(row[0].strip() for row in lexicon.rows("analyse/no_statement.tsv"))
    if set(names) != set(_NO_STATEMENT_CHECKS) or len(names) != len(set(names)):
        raise ValueError(f"analyse/no_statement.tsv names {sorted(names)}, the checks are {sorted(_NO_STATEMENT_CHECKS)}")
    return names


def _no_statement(ctx: _Ctx, tok, comp: list) -> str | None:
    """Why a cue verb, with its complement ``comp``, reports no statement here: the first
    reason of data/no_statement.tsv whose check holds, or None (a statement)."""
    return next((r for r in _no_statement_reasons() if _NO_STATEMENT_CHECKS[r](ctx, tok, comp)), None)


def _promised_deed(x) -> bool:
    """A relative cue with an infinitive and no clause ("the record $2 million that Acme agreed to
    pay last year"): it tells what the noun is (a deed agreed), not another speaker's words
    (issue 18, round nineteen, 18s); the content runs on through it. "..., which Acme said were
    insured" (a clause) is another's words and still ends the content."""
    return x.lemma_.lower() in lexicon.words("analyse/commitment_cues.txt") and any(
        y.dep_ == "xcomp" and _bare_infinitive(y) for y in x.children) and not any(
        y.dep_ in ("ccomp", "parataxis") for y in x.children)


def _object_relative(x) -> bool:
    """A relative cue that holds no one's words, only a noun object of its own after it: "said no
    one was upset with Roe, only with the setup in which the town and Acme shared a stage",
    "said the team should wear shirts that say \"Go Home\"" (issue 18, round twenty-four, 24s).
    It tells what the noun is, not another speaker's statement, so the content runs on through
    it. A relative cue with a clause ("..., which Acme said were insured", "critics who say the
    plan is flawed") still ends the content; so does one whose object is the relative pronoun
    ("the plan, which the mayor announced"), and one set off by a comma ("..., BP and the White
    House, which have both praised his work": the writer's aside, not part of the words)."""
    if x.left_edge.i > 0 and x.doc[x.left_edge.i - 1].text == ",":
        return False
    if any(t.pos_ in ("VERB", "AUX") and t.i > x.i for t in x.subtree):
        return False  # "an assessment which the paper reported several engineers had agreed with": a clause
        # the parse made an object of (the clause's subject taken as the object) is another's words
    if any(y.dep_ == "nsubj" and y.pos_ == "PROPN" for y in x.children):
        return False  # "... which the Gazette reported several engineers shared": a named source's report
    return any(y.dep_ == "dobj" and y.i > x.i for y in x.children) and not any(
        y.dep_ in ("ccomp", "xcomp", "parataxis", "advcl") for y in x.children)


def _gapped_object_relative(x) -> bool:
    """A restrictive relative clause whose cue's object is the noun it hangs on: "said she was
    saddened by the backlash to the photo he posted", "the letter that she wrote" (seed 169,
    fnc1_c073 Q9 and Q14: the span stopped at "photo", inside the noun phrase). The clause
    says which photo, not what another said: it has no object, clause or complement of its
    own (the noun is its object), no comma before it (an aside: "the plan, which the mayor
    announced") and no relative pronoun but an object "that"/"which"; the content runs on
    through it. "..., which Acme said were insured" and "critics who say ..." (a clause, a
    subject "who") still end the content (_object_relative's twins)."""
    if x.dep_ != "relcl" or x.i < x.head.i:
        return False
    doc = x.doc
    if x.left_edge.i > 0 and doc[x.left_edge.i - 1].text in (",", "(", "-", "—", "–"):
        return False
    noun = x.head
    if noun.dep_ in ("appos", "npadvmod", "dep") or (noun.left_edge.i > 0 and (
            doc[noun.left_edge.i - 1].is_punct or doc[noun.left_edge.i - 1].text in ("-", "--"))):
        return False  # "..., a point Roe also acknowledged", "-- something he denied to me": the writer's gloss
    if any(y.dep_ in ("dobj", "ccomp", "xcomp", "parataxis", "advcl", "attr", "oprd", "dative", "acomp")
           for y in x.children):
        return False
    if any(y.tag_ in ("WP", "WDT", "WP$", "WRB") and y.dep_ != "dobj" for y in x.children):
        return False
    subj = [y for y in x.children if y.dep_ == "nsubj"]
    return len(subj) == 1 and subj[0].i < x.i and not any(t.pos_ in ("VERB", "AUX") and t.i > x.i for t in x.subtree)


def _pronoun_for(pronoun: str, subj) -> bool:
    """Can the personal pronoun ``pronoun`` ("it", "they", "he", "she") stand for the subject
    token ``subj``? The same pronoun; "he"/"she" for a tagged person or a noun for one; "it"
    for a singular noun or name that is no person; "they" for a plural noun or a body."""
    if subj.pos_ == "PRON":
        return subj.lower_ == pronoun or (subj.lower_, pronoun) in (("its", "it"), ("their", "they"))
    person = subj.ent_type_ == "PERSON" or subj.lemma_.lower() in speakers.person_nouns()
    if pronoun in ("he", "she"):
        return person
    if pronoun == "it":
        return not person and subj.tag_ in ("NN", "NNP")
    return pronoun == "they" and (subj.tag_ in ("NNS", "NNPS") or subj.ent_type_ == "ORG")


def _own_relative_saying(cue, obj, x) -> bool:
    """'Its website cites tests using the system which it says increased VO2 max by 13% in six
    weeks', 'Acme cited a survey that it says shows rents rising': a relative clause on the
    cue's noun object whose own cue has a personal pronoun as subject that can stand for the
    cue's subject (``_pronoun_for``) is the same speaker's words about the object, the claim the
    object is cited for; the content runs on through it (round fifty-five, seed 170 c083 Q2,
    judged not_statement and cut: "tests using the system" alone named only what the website
    cites, the claim left out). The pronoun inside the relative clause cannot be the object
    itself (the relative pronoun is); another's relative ('..., which Fukuda said is ...',
    'critics who say ...', 'a report which they say ...' after "Roe cited") still ends the
    content.

    Also on the object of an infinitive content, with or without a relative word: "had vowed to
    avenge relatives they said had been killed by the rebels" (round fifty-six, seed 171 c089
    Q10: the span stopped at "relatives"). A relative with no relative word must hold a clause
    of its own after its cue ("they said [who] had been killed"): the subject it lacks is the
    noun's, so the clause is the speaker's claim about the noun."""
    if x.i < obj.i:
        return False
    noun = x.head
    if not ((noun.i == obj.i and obj.dep_ == "dobj")
            or (obj.dep_ == "xcomp" and noun.dep_ == "dobj" and noun.head.i == obj.i)):
        return False
    pron = [y for y in x.children if y.dep_ == "nsubj" and y.pos_ == "PRON" and y.tag_ == "PRP"]
    subj = _subject(cue)
    related = any(y.tag_ in ("WDT", "WP") or y.lower_ == "that" for y in x.children if y.i < x.i)
    contact = noun.i + 1 == x.left_edge.i and any(y.dep_ == "ccomp" and y.i > x.i for y in x.children)
    return len(pron) == 1 and subj is not None and _pronoun_for(pron[0].lower_, subj) and (related or contact)


def _subject_relative(x) -> bool:
    """A relative clause on the subject of the content, before its verb: "said the driver who
    reported feeling dizzy had gone home". Cut there, the content would be a bare noun;
    it is part of the clause said. On an object ("opposed by critics who say ...")
    it is another's words and the content stops before it. The noun may be a preposition's
    object inside the subject ("said the number of young people in the state who have reported
    using it was 3.8 percent": "state" <- "in" <- "people" <- "of" <- "number", the subject):
    cut at "who", the content was "the number of young people in the state", no clause at all
    (round fifty-seven, seed 172 Q30, judged cut)."""
    if not any(y.dep_ == "nsubj" and y.tag_ in ("WP", "WDT") for y in x.children):
        return False
    n = x.head
    while n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        n = n.head.head  # up through "of"/"in" phrases on the subject noun, to the noun they hang on
    return n.dep_ in ("nsubj", "nsubjpass") and n.head.i > x.i


def _inside_report(verb) -> bool:
    """Is the verb inside what a cue reports (its clause, infinitive or adverbial, at any
    depth)? "said crews were trying to ...": yes; "agreed with her and seemed to think
    ...": no (a second verb of the same subject, joined by "and", is not what "agreed" reports).
    Not across a paragraph break: lines with no closing stop (a list of findings, "The panel
    knew in 1999 that ...") the small model may join into one sentence, hanging each line's
    verb on the one before; a verb of saying on an earlier line reports nothing of a later one
    (round fifty-four, seed 169 c085 Q9: a knowing kept as "inside" a report three lines up)."""
    n = verb
    text = doc_text(verb.doc)
    while n.head.i != n.i:
        if "\n" in text[min(n.idx, n.head.idx) : max(n.idx, n.head.idx)]:
            return False
        if n.dep_ in ("ccomp", "xcomp", "advcl") and is_cue(n.head, mental=True):
            return True
        n = n.head
    return False


def _outer_tag(tok, right: int, default: int) -> int:
    """Where the tag of an outer report starts after a cue's content: "... whether the builders
    knew the dam was leaking, engineers said" (the content of "knew" stops before ", engineers
    said"; the words are the engineers'). A cue among the cue's ancestors after the content,
    with its subject after the content too (a tag, not the verb the content hangs in: "that
    Jane Roe, even as she says it is easy, has proposed little"); the index of the tag's first
    word, or ``default``."""
    for a in tok.ancestors:
        if a.i > right and is_cue(a):
            subj = next((x for x in a.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.i < right:
                return default  # "that Jane Roe, even as she says ..., has proposed": the content's own verb
            return min(subj.left_edge.i, a.i)
    return default


def _aside_tag(tok, right: int, default: int) -> int:
    """Where a tag of another source's set off by commas starts after a cue's content: "Though
    the ministry had reported that the shells were retired by 1992, this report says, the agency
    has long noted ..." (round fifty-six, seed 171 c098 Q5: the content of "reported" ran on into
    ", this report says"). The parse hangs such a tag on the sentence's main verb as a
    parataxis, so ``_outer_tag`` (the cue's ancestors) does not see it. A verb of saying joined
    as a parataxis, after the content, with a subject of its own after the content and a comma
    right before that subject: the index of the comma, or ``default``. The tag's words are the
    writer's attribution, never the first source's."""
    doc = tok.doc
    for x in doc[right + 1 : default]:
        if x.dep_ != "parataxis" or not is_cue(x) or x.head.i == tok.i:
            continue
        subj = next((y for y in x.children if y.dep_ in ("nsubj", "nsubjpass") and y.i < x.i), None)
        if subj is None or subj.left_edge.i <= right + 1 or doc[subj.left_edge.i - 1].text != ",":
            continue
        return min(default, subj.left_edge.i - 1)
    return default


def _as_another_reports(tok, right: int, default: int) -> int:
    """Where the writer's lead-in to another's report starts after a cue's content: "The health
    minister says admissions have dropped, but as the BBC's Jane Roe reports from the capital
    there is still a lot of anxiety" (issue 18, round fifty-nine, seed 174 H1N1_bbc Q7: the
    minister's content ran on into the lead-in to a video report). A clause joined to the cue by
    "and"/"but" after the content that holds an "as <someone> reports/says" clause (a verb of
    saying marked "as", with a subject of its own) is told on another's word, not the first
    speaker's: the index of its conjunction (of the comma before it), or ``default``. "says
    admissions have dropped, as he reported last week" (no second clause) stays."""
    doc = tok.doc
    for x in tok.children:
        if x.dep_ != "conj" or x.i <= right or x.i >= default:
            continue
        cc = next((y for y in tok.children if y.dep_ == "cc" and right < y.i < x.left_edge.i + 1), None)
        if cc is None:
            continue
        tag = next((y for y in x.children if y.dep_ == "advcl" and y.i < x.i and is_cue(y)
                    and any(m.dep_ == "mark" and m.lower_ == "as" for m in y.children)
                    and any(m.dep_ in ("nsubj", "nsubjpass") for m in y.children)), None)
        if tag is None:
            continue
        k = cc.i - 1 if cc.i - 1 > right and doc[cc.i - 1].text == "," else cc.i
        return min(default, k)
    return default


def _above_clause(tok, right: int, default: int) -> int:
    """Where a clause of the reporter's starts that the parse joined to a verb above the cue
    (issue 18, round seventeen, 18s): "a study led traders to assume the mill would escape a
    fine, and Acme stock climbed that afternoon" ("climbed" is joined to "led", not to what
    the traders assumed). A clause with its own subject joined by "and"/"but" to an ancestor
    of the cue, after the content: the index of its conjunction (or of a comma before it), or
    ``default``. Only for a cue that is the infinitive of a verb that is no cue ("led/moved X
    to assume"): under a cue of its own or at the root ("He insisted that the work had only
    begun, the town had much to learn and he would not hurry anyone", "Jane Roe said the plant
    was safe and the workers would return") the parse hangs the speaker's own clauses there
    too (the first version, on every ancestor, cut those: found reading dev changes)."""
    doc = tok.doc
    if tok.dep_ != "xcomp" or tok.head.i == tok.i or is_cue(tok.head, mental=True):
        return default
    for x in tok.head.children:
        if x.dep_ != "conj" or x.i <= right or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < x.i for c in x.children):
            continue
        k = x.left_edge.i - 1
        if k <= right or not (doc[k].dep_ == "cc" and doc[k].lower_ in ("and", "but")):
            continue
        while k - 1 > right and doc[k - 1].text == ",":
            k -= 1
        default = min(default, k)
    return default


def _next_report(sdoc, cue, comp, left: int, right: int) -> int | None:
    """Where the speaker's next act of saying starts inside a content the parse ran on:
    "he didn't believe those characterizations did Romney in, arguing that it was divisions
    ...", "it was against the launch and urged the rebels to hold off ...": a cue with no
    subject of its own (the same speaker's), set off by a comma or "and", with what it says
    after it. It is its own quote; the index of its comma or conjunction, or None. A cue with
    its own subject ("..., and the minister said that ..."), inside the clause ("said that
    she claimed that ...") or deeper in it ("a conversation that humanizes people and demands
    respect": the conversation's) is left alone, as is one with no clause ("and refused to
    drop the gun": a deed, not a saying)."""
    for x in sdoc[left + 1 : right + 1]:
        if x.i in (cue.i, comp.i) or x.pos_ != "VERB" or not is_cue(x):
            continue
        if x.dep_ in ("advcl", "conj", "ccomp") and x.head.i in (cue.i, comp.i) and (
                k := _own_report(sdoc, x, left)) is not None:
            return k
        if x.dep_ not in ("advcl", "conj"):
            continue
        if x.head.i not in (cue.i, comp.i) or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in x.children):
            continue
        quotation = bool(_QUOTE_NEXT.match(doc_text(sdoc), x.idx + len(x)))  # "... but added, \"I think ...\""
        outer = _outer_conjunct(x, x.head)  # "warned that a fix was not certain and asked ..."
        outer = (outer is not None and outer.i == cue.i and x.head.i == comp.i) or _finite_after_infinitive(x, comp, cue)
        if (x.dep_ == "conj" and x.head.i != cue.i and not quotation and not outer
                and not _said_again(x, comp)) or _inference(x):
            continue  # "she thinks it's a nice song and admits ...": hung on the content's verb, whose
            # subject ("it") the next quote would take as its speaker; "..., suggesting the bill could
            # be higher" hung on the content's verb is no quote of its own, so it stays in this one
        said = any(c.dep_ == "ccomp" and c.i > x.i for c in x.children) or (
            x.lemma_.lower() in _ADDRESSEE_VERBS and any(c.dep_ == "dobj" for c in x.children)
            and any(c.dep_ == "xcomp" for c in x.children)) or quotation or (
            outer and any(c.dep_ in ("xcomp", "dobj") and c.i > x.i for c in x.children))
        if not said:
            continue
        k = x.i - 1
        while k > left and sdoc[k].dep_ in ("advmod", "aux", "neg") and sdoc[k].head.i == x.i:
            k -= 1
        if k > left and (sdoc[k].text == "," or (sdoc[k].dep_ == "cc" and sdoc[k].lower_ in ("and", "but"))):
            while k - 1 > left and sdoc[k - 1].text == ",":
                k -= 1
            return k
    return None


def _finite_after_infinitive(x, comp, cue) -> bool:
    """"The firm always claimed to have been singled out and now claims to have proof ...": a
    finite verb of saying (past or present) with no subject of its own, which the parse joined
    to the cue's infinitive content ("to have been singled out"). An infinitive has no tense
    for a finite verb to share, so the verb is coordinated with the cue, not with the content:
    the same speaker's second act of saying, its own quote from its own cue (issue 18, round
    twenty-seven, 27q). "promised to review the plan and announce a decision" (a bare
    infinitive: the one promise) and "... and to announce" stay in the content."""
    return (x.dep_ == "conj" and x.head.i == comp.i and comp.dep_ == "xcomp" and comp.head.i == cue.i
            and x.tag_ in ("VBD", "VBZ", "VBP") and is_cue(x)
            and any(c.tag_ == "TO" for c in comp.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in x.children))


def _said_again(x, comp) -> bool:
    """"Jack Doe said he had walked the whole plant and twice said he had never seen the
    pumps": a verb of saying (not of belief) with a clause of its own, joined with no subject to
    the verb of a content whose subject is "he"/"she" is a second act of saying, by the
    speaker or by the one the pronoun names; either way the first content ends before it
    (issue 18, round seventeen, 18q). Not when the content's verb is itself a cue ("said he
    believed X but acknowledged Y": cut there, "believed" would give a quote of its own that
    runs on into the "but"). A content with a noun subject ("said the council met and
    agreed ...") is left to ``_outer_conjunct``."""
    if is_cue(comp, mental=True) and any(c.dep_ in ("ccomp", "xcomp") for c in comp.children):
        return False  # "said he believed X but acknowledged Y": the inner cue would make a quote of its own
        # (a verb of belief with only a noun object, "said he understood the concerns and said
        # it was ...", makes none: the first content ends before the second "said"; round
        # fifty-four, mender m1, fnc1_c060 Q7 of seed 169, judged cut)
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (subj is not None and subj.lower_ in ("he", "she") and is_cue(x)
            and not _belief_verb(x, by_lemma=True)
            and any(c.dep_ == "ccomp" and c.i > x.i for c in x.children))


_QUOTE_NEXT = re.compile(r"[ \t\u00a0]*[,:][ \t\u00a0]*[\"“]")


def _own_report(sdoc, x, left: int) -> int | None:
    """Another report joined on with its own subject: "Jane Roe said the bridge was unsafe
    and John Doe said the tunnel was closed", "..., but the minister said ...": a new subject
    (a name or a noun, not a pronoun or a relative) with a cue of its own and a clause after
    it, after "and"/"but" or a comma. It is its own quote, not part of the first; the index of
    that conjunction or comma, or None."""
    subj = next((c for c in x.children if c.dep_ == "nsubj" and c.i < x.i), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or not any(c.dep_ == "ccomp" and c.i > x.i for c in x.children):
        return None
    if any(c.dep_ == "mark" for c in x.children):
        return None  # "said that prices rose and that analysts said ...": the speaker's report of theirs
    k = _fronted_start(sdoc, x, subj, left) - 1
    if k <= left or not (sdoc[k].text == "," or (sdoc[k].dep_ == "cc" and sdoc[k].lower_ in ("and", "but"))):
        return None
    while k - 1 > left and sdoc[k - 1].text == ",":
        k -= 1
    return k


def _fronted_start(sdoc, x, subj, left: int) -> int:
    """Where the second report ``x`` starts: its subject's first word, or the first word of a
    phrase fronted before that subject ("..., and in November, KGI analyst Ming-Chi Kuo said
    ...": "in November" is the second report's date, not the first's words; seed 170 fnc1_c077
    Q6, round fifty-five m2, the content ran on into ", and in November"). Read only when a
    comma or "and"/"but" stands right before the fronted phrase, as before the subject."""
    first = min((c.left_edge.i for c in x.children
                 if c.i < subj.i and c.dep_ not in ("cc", "punct") and c.left_edge.i > left + 1), default=subj.left_edge.i)
    first = min(first, subj.left_edge.i)
    before = sdoc[first - 1]
    if first < subj.left_edge.i and (before.text == "," or (before.dep_ == "cc" and before.lower_ in ("and", "but"))):
        return first
    return subj.left_edge.i


def _run_on_cut(sdoc, cue, comp, left: int, right: int, cut: int | None) -> int | None:
    """Where a reported content the parse ran on past the statement should stop (issue 18,
    round fifteen, 18t): the earliest of ``cut`` and the cuts of the shapes below, or None."""
    found = [k for k in (cut, _second_request(sdoc, cue, comp, left, right), _unsaid_cut(sdoc, cue, comp, left, right),
                         _contrast_deed(sdoc, cue, comp, left, right), _according_tail(sdoc, cue, comp, left, right),
                         _deed_after_forecast(sdoc, cue, comp, left, right), _with_report(sdoc, left, right),
                         _dangling_conjunction(sdoc, left, right), _name_gloss(sdoc, cue, left, right),
                         _report_set_against(sdoc, cue, left, right), _report_conceded(sdoc, left, right),
                         _dash_gloss(sdoc, left, right), _even_as_clause(sdoc, left, right),
                         _writer_dash_aside(sdoc, left, right),
                         _share_comparison(sdoc, cue, left, right), _second_saying(sdoc, cue, comp, left, right),
                         _reaction_tail(sdoc, left, right), _citing_tail(sdoc, left, right),
                         _rebuttal_tail(sdoc, left, right), _comment_on_statement(sdoc, left, right),
                         _as_reported_tail(sdoc, left, right), _no_comment_note(sdoc, cue, left, right),
                         _with_unsaid(sdoc, left, right), _own_spokesperson_turn(sdoc, cue, left, right),
                         _elapsed_tail(sdoc, left, right),
                         _scene_after_request(sdoc, cue, comp, left, right))
             if k is not None and k > left]
    return min(found) if found else None


@functools.lru_cache(maxsize=1)
def _elapsed_words() -> dict[str, frozenset[str]]:
    """kind (unit, link) -> words (``analyse/elapsed_tails.tsv``)."""
    return lexicon.word_kinds("analyse/elapsed_tails.tsv")


def _elapsed_tail(sdoc, left: int, right: int) -> int | None:
    """Where the writer's time of the saying starts after a content that closes a quotation:
    'apologized for complaining he wanted his "weekend back" weeks after the plant fire that
    killed 11 workers' (round fifty-six, seed 171 bpoil_reuters Q8: the parse took "weeks" for
    the object of "wanted" and the span ran on to the middle of the fire's name). A closing
    double mark inside the content, then a span of time measured from an event
    (data/elapsed_tails.tsv: a unit, with an optional number before it, then "after",
    "before", "later", ...): the index after the mark, or None. The quoted words end the
    speaker's phrase; a time counted from an event right after them dates the saying. Only
    after a closing mark: 'said he left weeks after the fire' (no quotation) is left alone, the
    time may be what was said."""
    words = _elapsed_words()
    units, links = words.get("unit", frozenset()), words.get("link", frozenset())
    for q in sdoc[left + 1 : right]:
        if q.text not in ('"', "”", "''") or q.tag_ != "''":
            continue
        k = q.i + 1
        if k <= right and (sdoc[k].like_num or sdoc[k].lower_ in ("a", "several", "few")):
            k += 1
            if k <= right and sdoc[k].lower_ == "few":
                k += 1
        if k + 1 <= right and sdoc[k].lower_ in units and sdoc[k + 1].lower_ in links:
            return q.i + 1
    return None


def _own_spokesperson_turn(sdoc, cue, left: int, right: int) -> int | None:
    """Where the reporter turns from a body's statement to its own spokesperson's doing: "Acme
    said it had no word of such leaks and its spokesman, John Roe, appeared to dismiss the
    reports as unlikely" (round fifty-six, seed 171 bpoil_reuters Q3: the content ran on through
    the spokesman's clause). A body speaks through its spokesperson; "its spokesman <verb>"
    after "and"/"but" inside what the body said is the writer telling what that voice did, not
    the body's words. Only a spokesperson noun (data/spokespersons.tsv, "noun") owned by a
    possessive pronoun that can stand for the cue's subject ("its" for Acme), right after
    "and"/"but", with a finite verb right after the noun phrase (an apposition in commas
    skipped): the index of the conjunction (or a comma before it), or None. "said the firm lied
    and its spokesman should quit" from a person (the "its" is not the speaker's) stays."""
    own = _subject(cue)
    if own is None:
        return None
    nouns = spokespersons().get("noun", frozenset())
    for n in sdoc[left + 2 : right + 1]:
        if n.lower_ not in nouns or n.pos_ != "NOUN":
            continue
        poss, cc = sdoc[n.i - 1], sdoc[n.i - 2]
        if poss.tag_ != "PRP$" or not _pronoun_for({"its": "it", "their": "they"}.get(poss.lower_, ""), own):
            continue
        if cc.lower_ not in ("and", "but") or cc.i <= left:
            continue
        k = n.i + 1
        if k <= right and sdoc[k].text == ",":
            close = next((t.i for t in sdoc[k + 1 : min(right, k + 8) + 1] if t.text == ","), None)
            if close is None or not all(t.pos_ == "PROPN" for t in sdoc[k + 1 : close]):
                continue
            k = close + 1
        if k > right or not (sdoc[k].tag_ in ("VBD", "VBZ", "VBP", "MD") or (
                sdoc[k].pos_ == "ADV" and k + 1 <= right and sdoc[k + 1].tag_ in ("VBD", "VBZ", "VBP", "MD"))):
            continue
        j = cc.i
        while j - 1 > left and sdoc[j - 1].text == ",":
            j -= 1
        return j
    return None


def _scene_after_request(sdoc, cue, comp, left: int, right: int) -> int | None:
    """The writer's scene set after a request: "Acme is asking suppliers to have their parts
    ready by March, with some suppliers flying to its Austin offices for help" (round fifty-one,
    seed 166 fnc1_c043 Q14: the span ran on into the "with" phrase). What a verb of request
    (data/directive_cues.txt) asks is a deed, its infinitive; a ", with <noun> <-ing> ..." closing
    it tells what people are doing, which was not asked. The index of the comma, or None. A
    clause content ("said the plan would work, with costs falling each year") is not read here:
    there the speaker may give the circumstance (_with_report reads a saying in it)."""
    if comp is None or comp.dep_ != "xcomp" or cue.lemma_.lower() not in lexicon.words("analyse/directive_cues.txt"):
        return None
    end = _last_word(sdoc, left, right)
    for w in sdoc[left + 2 : end]:
        if w.lower_ != "with" or sdoc[w.i - 1].text != "," or w.right_edge.i < end or _quoted_at(sdoc, left, w.i):
            continue
        noun = next((c for c in w.children if c.dep_ == "pobj"), None)
        if noun is not None and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in noun.children) \
                or any(c.dep_ == "pcomp" and c.tag_ == "VBG" and any(s.dep_ == "nsubj" for s in c.children)
                       for c in w.children):
            return w.i - 1
    return None


def _no_comment_note(sdoc, cue, left: int, right: int) -> int | None:
    """The writer's note that another gave no words, joined to a content: "a Dell spokesperson
    told Reuters that the company would not comment on the talks, and a Sony spokesperson was
    not available for comment" (round fifty-two, seed 167 fnc1_c048 Q3: the span ran on into it).
    A clause joined by "and"/"but" closing the content, whose subject is a name or a
    spokesperson's noun (data/spokespersons.tsv "noun", data/source_nouns.txt) other than the
    cue's subject, and whose predicate opens with a phrase of data/no_comment.txt ("was not
    available for comment", "could not be reached", "declined to comment"): a request for
    comment is the writer's act, its answer the writer's report, not the first speaker's words.
    The index of the conjunction (or of a comma before it), or None. A pronoun subject ("..., and
    he declined to comment further": perhaps the speaker's own refusal, _no_declined_tail) and a
    subject that speaks for no one ("and the patient did not respond to treatment") stay."""
    def words(t) -> tuple[str, ...]:
        return tuple(w.lower_ for w in t.subtree if w.dep_ != "det")

    own = {words(c) for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")}
    end = _last_word(sdoc, left, right)
    for x in sdoc[left + 2 : end + 1]:
        if x.dep_ != "conj" or x.right_edge.i < end or not (left < x.head.i < x.i or x.head.i == cue.i):
            continue
        subj = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < x.i), None)
        if subj is None or words(subj) in own or not (
                subj.pos_ == "PROPN" and subj.ent_type_ in ("PERSON", "ORG")
                or subj.lemma_.lower() in spokespersons().get("noun", frozenset())
                or subj.lemma_.lower() in source_nouns()):
            continue
        k = subj.left_edge.i - 1
        if k <= left + 1 or sdoc[k].lower_ not in ("and", "but") or _quoted_at(sdoc, left, k):
            continue
        at = subj.right_edge.i + 1
        # "could not be reached"; "was" then "not available for comment"; "for the comment" read without its "the"
        said = {" ".join(t.lower_ for t in sdoc[k : end + 1] if t.dep_ != "det")
                for k in ((at, at + 1) if at < end and sdoc[at].pos_ == "AUX" else (at,))}
        if any(x.startswith(phrase) for x in said for phrase in lexicon.lines("analyse/no_comment.txt")):
            return k - 1 if sdoc[k - 1].text == "," else k
    return None


def _comment_on_statement(sdoc, left: int, right: int) -> int | None:
    """"Lund predicts that Acme will ship 3 million phones, and his estimate for a May launch
    falls in line with earlier reports": a clause joined by ", and"/", but" whose subject is the
    statement itself (a noun of data/statement_nouns.txt owned by a possessive pronoun) is the
    reporter's comment on what was said, not part of it (round fifty, seed 165 c039 Q8).
    "..., and its rivals will follow" (no statement noun) stays, and so does "said the department
    would follow City Hall's lead, and that comment should be obtained through ..." ("that" there is
    the second clause's conjunction, which the parse may take for a determiner: PolNeAR census).
    The index of the comma, or None."""
    for x in sdoc[left + 1 : right + 1]:
        if x.dep_ != "conj" or x.pos_ not in ("VERB", "AUX") or not left <= x.head.i < x.i:
            continue
        subj = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < x.i), None)
        if subj is None or subj.lemma_.lower() not in statement_nouns() or not any(
                c.dep_ == "poss" and c.tag_ == "PRP$" for c in subj.children):
            continue
        k = subj.left_edge.i - 1
        if k - 1 > left and sdoc[k].lower_ in ("and", "but") and sdoc[k - 1].text == ",":
            return k - 1
    return None


def _reaction_tail(sdoc, left: int, right: int) -> int | None:
    """The reporter's account of how the words were received, run into a content: "According to
    some online, the mayor was "in disguise," sparking a wave of speculation about why"
    (issue 18, round thirty-eight, cuts: west-journal Q27 of seed 152, "runs on into the
    reporter's clause"). A comma, a participle of data/reaction_participles.txt ("sparking",
    "prompting", "raising", "drawing") whose object, or the object's "of" phrase, is a noun of
    data/reaction_nouns.txt (speculation, fears, hope, criticism, applause), outside any
    quotation and running to the content's end: the index of the comma, or None. A participle
    with another object ("..., sparking fires across the county", "raising the minimum wage")
    may be what the speaker said and stays. Census (text search over PolNeAR train 301-840
    outside the keep-off list and Timeline17 dev, a cue then ", <participle>" in one sentence):
    16 such sentences; those with a reaction object are all the reporter's ("raising fears of a
    pandemic", "prompting hope ...", "drawing applause")."""
    parts = lexicon.words("analyse/reaction_participles.txt")
    nouns = lexicon.words("analyse/reaction_nouns.txt")
    end = _last_word(sdoc, left, right)
    for k in range(left + 2, end):
        if sdoc[k].text != ",":
            continue
        j = k + 1
        while j < end and (sdoc[j].is_quote or sdoc[j].text in _MARKS or sdoc[j].is_space):
            j += 1  # '"incognito," sparking': the comma inside the closing mark
        v = sdoc[j]
        if _quoted_at(sdoc, left, j) or v.lower_ not in parts or v.tag_ != "VBG" or v.right_edge.i < end:
            continue
        objs = [c for c in v.children if c.dep_ in ("dobj", "attr")]
        heads = objs + [g for o in objs for pp in o.children if pp.dep_ == "prep" and pp.lower_ == "of"
                        for g in pp.children if g.dep_ == "pobj"]
        if any(token_listed(h, nouns) for h in heads):
            return k
    return _led_to_reaction(sdoc, left, right)


def _led_to_reaction(sdoc, left: int, right: int) -> int | None:
    """The writer's account of a report's reception as ", <consequence participle> <object> to
    <verb of reaction>" closing a content: "reports indicated the phone would have four cameras,
    leading some buyers to find the final model disappointing" (round fifty-one, seed 166
    fnc1_c043 Q10: the span ran on into it). The participle of data/consequence_participles.txt,
    an object and an infinitive of data/reaction_verbs.txt after it, outside any quotation and
    running to the content's end: the index of the comma, or None. ", leading the firm to close
    two plants" (a deed, not a reaction) may be what was said and stays."""
    parts = lexicon.words("analyse/consequence_participles.txt")
    verbs = lexicon.words("analyse/reaction_verbs.txt")
    end = _last_word(sdoc, left, right)
    for k in range(left + 2, end):
        v = sdoc[k + 1]
        if sdoc[k].text != "," or v.lower_ not in parts or v.tag_ != "VBG" or v.right_edge.i < end \
                or _quoted_at(sdoc, left, k + 1):
            continue
        obj = next((c for c in v.children if c.dep_ in ("dobj", "nsubj")), None)
        inf = next((c for c in v.children if c.dep_ in ("xcomp", "ccomp") and obj is not None and c.i > obj.i), None)
        if inf is not None and inf.lemma_.lower() in verbs and any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
            return k
    return None


def _rebuttal_tail(sdoc, left: int, right: int) -> int | None:
    """The writer's denial run into a claim it answers: "Some sites are claiming it's from a TV
    show, but it's not" (round forty-seven, integrator, in-sample: seed 162's fnc1_c007 Q11,
    judged "runs on into the writer's rebuttal"). A comma, "but", a pronoun and an auxiliary
    with "not" closing the content, nothing after them: a clause that only says no to what
    came before. "..., but it's not yet clear when" (more after the negation) and a negation
    with its own verb ("but it did not fall") stay."""
    end = _last_word(sdoc, left, right)
    k = end - 3
    if k <= left + 1 or _quoted_at(sdoc, left, k):
        return None
    comma, but, pron, aux = sdoc[k - 1 : k + 3]
    neg = sdoc[end]
    if comma.text == "," and but.lower_ == "but" and pron.pos_ == "PRON" and aux.pos_ == "AUX" and neg.dep_ == "neg":
        return k - 1
    return None


def _citing_tail(sdoc, left: int, right: int) -> int | None:
    """The grounds of a report run into its content: "several outlets reported that she may
    have been beheaded, citing a graphic image shared online" (round forty-seven, integrator,
    in-sample: seed 162's fnc1_c017 Q2, judged "runs on into ', citing ...'"). A comma and a
    participle of data/citing_cues.txt running to the content's end, outside any quotation, says
    what the report rests on, not what it says: the index of the comma, or None. A "citing" in
    the middle ("..., citing fears, and the talks stopped") or inside quote marks stays."""
    cites = lexicon.words("analyse/citing_cues.txt") | lexicon.words("analyse/echo_participles.txt")
    # (", echoing a Bloomberg report from March": the writer's link to another report, round
    # fifty-one, seed 166 fnc1_c043 Q12; data/echo_participles.txt)
    end = _last_word(sdoc, left, right)
    for k in range(left + 2, end):
        if sdoc[k].text != ",":
            continue
        v = sdoc[k + 1]
        if v.tag_ == "VBG" and v.lemma_.lower() in cites and v.right_edge.i >= end and not _quoted_at(sdoc, left, k + 1):
            return k
    return None


def _name_gloss(sdoc, cue, left: int, right: int) -> int | None:
    """The reporter's gloss on a name closing a content: "officials said the inquiry is looking
    at Acme, Globex and the builder Initech, which was in charge of the dam's concrete" (issue
    18, round twenty-four, 24s). A ", which" relative clause on a proper noun, running to the
    content's end, tells the reader who or what the name is: the writer's aside, not what was
    said (speakers seldom explain a name to their hearers). The index of the comma, or None.
    A ", which" clause on a common noun ("..., the plan, which was a mistake": the speaker's
    own judgement as often as not), one in the middle of the content ("Acme, which runs the
    dam, will pay") and a relative verb of saying (another's words, cut before by the caller)
    are left alone. A ", who" clause on a closing name is the same gloss: "he could make him
    vanish like Merlin, who taught the young Arthur in White's novel" (round fifty-two, seed 167
    fnc1_c050 Q13: the span ran on into the writer's note on a character the child named), held
    to the narrower shape _narrating_gloss reads."""
    end = _last_word(sdoc, left, right)
    for x in sdoc[left + 2 : end + 1]:
        if x.dep_ != "relcl" or x.right_edge.i < end or is_cue(x, mental=True):
            continue
        which = x.left_edge
        j = which.i - 1
        while j > left and sdoc[j].is_punct:
            j -= 1  # the comma, and a closing mark with it ('the "Big Storm," which ...')
        if which.lower_ not in ("which", "who") or "," not in {t.text for t in sdoc[j + 1 : which.i]} or j <= left:
            continue
        if which.lower_ == "who" and not _narrating_gloss(x):
            continue
        if which.lower_ == "which" and any(ch in sdoc[which.i : x.right_edge.i + 1].text for ch in _MARKS):
            continue  # "replace Obamacare with 'DonaldCare,' which would be both 'absolutely great' and ...":
            # a clause holding the speaker's quoted words is theirs, no gloss of the writer's (round
            # fifty-five; a wider exception for any "which will/would" kept writers' glosses on names)
        nxt = x.right_edge.i + 1
        if nxt + 1 < len(sdoc) and sdoc[nxt].text == "," and sdoc[nxt + 1].pos_ == "CCONJ":
            continue  # "... sure Acme's valley, which is losing a field a day, and the coast are saved": the
            # content was cut short of its sentence by another rule; the clause sits inside the statement
        if x.head.pos_ == "PROPN" and x.head.i == j and x.head.i > cue.i:
            return j + 1
    return None


def _narrating_gloss(x) -> bool:
    """Is the ", who" clause ``x`` the writer's narration about a person: its verb in a past or
    perfect tense ("who stole ...", "who was present", "who has been battered by ...") and the
    clause closing its sentence (only marks after it)? The PolNeAR census (round fifty-two) showed a
    present-tense one as the speaker's own argument ("Axelrod said the quiet race helped Clinton,
    who does not need to prove her staying power ...", as _opens_clause found for "even as"), and a
    clause set inside the sentence ("when Mr. Roe, who had lost, called for ...") sits in the
    statement, which another rule had cut short. The name itself is an object, an attribute or an
    apposition (not a subject the parse lost: "when Mr. Roe, who had lost, called ..." gave "called" to
    the relative clause)."""
    if x.head.dep_ not in ("dobj", "pobj", "attr", "oprd", "appos", "conj", "dative"):
        return False
    aux = [c for c in x.children if c.dep_ in ("aux", "auxpass")]
    told = (x.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in aux)) \
        and not any(c.tag_ == "MD" for c in aux)
    rest = x.doc[x.right_edge.i + 1 : x.sent.end]
    return told and all(t.is_punct or t.is_space for t in rest)


_COMPARISON_DEGREES = lexicon.words("analyse/comparison_degrees.txt")


def _share_comparison(sdoc, cue, left: int, right: int) -> int | None:
    """The reporter's comparison closing a poll share's answer (issue 18, round thirty-six): "31
    percent say they would be glad if she won, a bit more than the 25 percent who fear
    it" (usa-today-149 Q19), "38 percent said they had a positive view of her, compared
    with 33 percent last month". The speaker is a share of those polled (its subject holds a
    number and a share word), and the content ends in a comma, a phrase of
    data/share_comparisons.txt (a degree word or two before it) and a number: the share did not
    say how it compares with another; the writer did. The census (PolNeAR train) held 5 such
    after a share's "said"/"say", all the writer's. A named speaker's own comparison ("the mayor
    said crime fell 20 percent, compared with 5 percent in the county") and a poll's or a
    study's finding ("shows", "suggests": the comparison is part of what it found) stay: the
    speaker is no share. The index of the comma, or None."""
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not any(t.tag_ == "CD" for t in subj.subtree) \
            or not any(t.lower_ in _SHARE_WORDS for t in subj.subtree):
        return None
    end = _last_word(sdoc, left, right)
    phrases = lexicon.words("analyse/share_comparisons.txt")
    for k in range(left + 2, end):
        if sdoc[k].text != "," or _quoted_at(sdoc, left, k):
            continue
        j = k + 1
        while j < end and sdoc[j].lower_ in _COMPARISON_DEGREES:
            j += 1
        if j + 1 <= end and f"{sdoc[j].lower_} {sdoc[j + 1].lower_}" in phrases \
                and any(t.tag_ == "CD" for t in sdoc[j + 2 : end + 1]):
            return k
    return None


def _quoted_at(sdoc, left: int, k: int) -> bool:
    """Is token ``k`` inside a quotation opened within the content (an odd count of quote marks
    from the content's start up to it)? Then the words are the speaker's own, whatever follows.
    A possessive's apostrophe ("robbing farmers' money", tagged POS) opens no quotation (round
    fifty-five m2, seed 170 fnc1_c074 Q6: it made the ", as cited by ..." after the quotation
    read as inside one)."""
    return sum(1 for t in sdoc[left:k] if (t.is_quote or t.text in _MARKS) and t.tag_ != "POS") % 2 == 1


def _spaced_dash(t) -> bool:
    """A dash setting a part of the sentence off: an em or en dash, or a hyphen (single or
    double) with a space either side ("interest - redirecting"), not the hyphen of a word."""
    if t.text not in _dashes():
        return False
    if t.text in ("—", "–"):
        return True
    return t.i > 0 and bool(t.doc[t.i - 1].whitespace_) and bool(t.whitespace_)


def _writer_dash_aside(sdoc, left: int, right: int) -> int | None:
    """The writer's guess set after a dash inside a content: "Apple already announced pricing will
    start at US$349—presumably for the Apple Watch Sport—and ..." (round fifty-six, seed 171
    fnc1_c091 Q1, judged run on: the guess at what the price is for is the reporter's). A dash
    (em or en dash, or a spaced hyphen) after the content's first words, outside any quotation in
    it, followed at once by an adverb of data/writer_aside_adverbs.txt: the content stops before
    the dash. A speaker's own hedge with no dash ("said the pump had apparently failed") is the
    speaker's and stays. The index of the dash, or None."""
    end = _last_word(sdoc, left, right)
    words = lexicon.words("analyse/writer_aside_adverbs.txt")
    for d in sdoc[left + 3 : end]:
        if _spaced_dash(d) and sdoc[d.i + 1].lower_ in words and not _quoted_at(sdoc, left, d.i):
            return d.i
    return None


def _dash_gloss(sdoc, left: int, right: int) -> int | None:
    """The reporter's counterpoint after a dash, run into the content (issue 18, round
    thirty-six): "said X — while his allies have accused Y of Z" (politico-137 Q22), "conceded X
    - although the photo he posted showed no such thing". A single dash in the content (a pair
    sets off an aside inside the statement), outside any quotation in it, followed by "while",
    "although", "though", "whereas" or "even as" opening a clause with a noun subject of its own
    in a past or perfect tense (_opens_clause) that runs to the content's end. Not shipped: a
    free participle after the dash ("vowed X - redirecting the party's gaze inward",
    wash-post-149 Q39): PolNeAR train held 6 such (4 the reporter's, 1 the speaker's, 1 not
    clear) but Timeline17 dev 12, half of them the speaker's own ("said it is working in seven
    sites - trying to help 90,000 people") and one a hyphen the tokenised copy spaced ("an oil -
    siphoning cap"). A plain "as" (causal as often as not) and a pronoun subject (perhaps the
    speaker again: "- though he gave varying stories") are left alone. The index of the dash,
    or None."""
    end = _last_word(sdoc, left, right)
    dashes = [t for t in sdoc[left + 1 : end + 1] if _spaced_dash(t)]
    if len(dashes) != 1:
        return None
    d = dashes[0]
    if d.i + 2 > end or d.i <= left + 2 or _quoted_at(sdoc, left, d.i):
        return None
    nxt = sdoc[d.i + 1]
    if nxt.lower_ == "even" and sdoc[d.i + 2].lower_ == "as":
        nxt = sdoc[d.i + 2]  # "- even as": not "- even though", which the census showed as the writer's own
    elif nxt.lower_ == "as":
        return None
    if nxt.lower_ in lexicon.words("analyse/set_against_marks.txt") and _opens_clause(nxt, end):
        return d.i
    return None


def _opens_clause(mark, end: int) -> bool:
    """Does the subordinator ``mark`` open a clause with a noun subject of its own, in a past or
    perfect tense, that runs to the content's last word ``end`` ("as speculation was brewing",
    "while his allies have accused ...", not "as a candidate")? The tense is the reporter's
    narration: the census (PolNeAR train) showed a present-tense one as the speaker's own
    general claim ("should guide the countries, even as leaders change"), and a modal ("even as
    prices would rise") may be the speaker's forecast. A pronoun subject may carry the content's
    own subject on ("said its engineers were measuring the leak, even as they fought to stop
    it": Timeline17 dev held two such, both perhaps the speaker's), so it is left alone."""
    verb = mark.head
    if mark.dep_ != "mark" or verb.i < mark.i or verb.right_edge.i < end:
        return False
    subj = any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and mark.i < c.i < verb.i
               for c in verb.children)
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    told = verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in aux)
    return subj and told and not any(c.tag_ == "MD" for c in aux)


def _even_as_clause(sdoc, left: int, right: int) -> int | None:
    """The reporter's counterpoint closing a content: "told reporters he did not know whether the
    council would back him, even as talk was growing in town" (issue 18, round thirty-six). A
    comma, "even as" and a clause with a finite verb and a subject of its own running to the
    content's end: what was going on while the speaker spoke, set against the words by the
    writer. "even as a candidate" (no clause) and an "even as" inside a quotation in the content
    (the speaker's own words) stay. _report_set_against already cuts such a clause when its verb
    is one of saying. The index of the comma, or None."""
    end = _last_word(sdoc, left, right)
    for t in sdoc[left + 2 : end]:
        if t.lower_ != "even" or sdoc[t.i - 1].text != "," or sdoc[t.i + 1].lower_ != "as":
            continue
        if _quoted_at(sdoc, left, t.i) or not _opens_clause(sdoc[t.i + 1], end):
            continue
        return t.i - 1
    return None


def _dangling_conjunction(sdoc, left: int, right: int) -> int | None:
    """A content that ends on a bare "and"/"but"/"or" whose conjunct lies outside it (issue 18,
    round twenty-four, 24s): "Acme announced that its strike had passed the worst and analysts
    said ...", "the mayor called the plans \"reckless\" and the council issued ...". The parse
    hung the conjunction on the content's last word and its conjunct (the reporter's next
    clause, or another's report) on the cue; a statement does not end on "and", so the content
    stops before it. Its own conjunct inside the content ("... the worst and the schools
    reopen") is no dangling conjunction. The index of the conjunction (or of a comma before it),
    or None."""
    k = _last_word(sdoc, left, right)
    t = sdoc[k]
    if k <= left + 1 or t.dep_ != "cc" or t.pos_ != "CCONJ" or t.lower_ not in ("and", "but", "or"):
        return None
    return k - 1 if sdoc[k - 1].text == "," else k


def _last_word(sdoc, left: int, right: int) -> int:
    """The last token of a content that is no punctuation or space (the span may still end on the
    sentence's stop or the paragraph break the parse ran into)."""
    while right > left and (sdoc[right].is_punct or sdoc[right].is_space):
        right -= 1
    return right


def _with_report(sdoc, left: int, right: int) -> int | None:
    """Another speaker's report run into a content as a "with" phrase: "Ministers say the country
    is well prepared, with Smith telling MPs the state had a stock of 3m blankets" (issue 18,
    round twenty-three, 18w). A ", with <subject> <cue in -ing>" closing the content (the
    participle a verb of saying with a subject of its own) is a second report, the reporter's
    link to it, not the first speaker's words (it has its own quote, from its own cue): the
    index of the comma, or None. ", with stocks of fuel rising every week" (no verb of saying)
    stays the speaker's."""
    for w in sdoc[left + 2 : right + 1]:
        if w.lower_ != "with" or sdoc[w.i - 1].text != "," or w.right_edge.i < _last_word(sdoc, left, right):
            continue
        verb = next((c for c in w.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if verb is not None and is_cue(verb) and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            return w.i - 1
    return None


_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})


def _with_unsaid(sdoc, left: int, right: int) -> int | None:
    """The writer's note of a saying not yet made, run into a content as a "with" phrase: "Acme
    has announced that the watch will cost $349 in the US, with the company yet to announce a
    UK price" (round fifty-two, seed 167 fnc1_c052 Q5). A ", with <noun phrase> <mark> to <cue>"
    closing the content, the mark a word of data/not_yet_adverbs.txt ("yet", "still") or of
    data/forecast_heads.txt ("expected", "due"), the verb a cue: what the speaker has not said
    is not part of what it said (as _with_report's second report is not). The index of the
    comma, or None. ", with prices yet to rise" (no verb of saying) and such a phrase inside a
    quotation stay. Read on the words, not the parse's tree: the parse hangs the infinitive on the
    content's verb and the noun on "with" (spaCy's small model)."""
    marks = lexicon.words("analyse/not_yet_adverbs.txt") | lexicon.words("analyse/forecast_heads.txt")
    end = _last_word(sdoc, left, right)
    for w in sdoc[left + 2 : end]:
        if w.lower_ != "with" or sdoc[w.i - 1].text != "," or _quoted_at(sdoc, left, w.i):
            continue
        j = w.i + 1
        while j < end and sdoc[j].pos_ in _NOUN_PHRASE_POS and sdoc[j].lower_ not in marks:
            j += 1
        if j == w.i + 1 or j + 2 > end or not any(t.pos_ in ("NOUN", "PROPN") for t in sdoc[w.i + 1 : j]):
            continue
        if sdoc[j].lower_ in marks and sdoc[j + 1].tag_ == "TO" and sdoc[j + 2].tag_ == "VB" and is_cue(sdoc[j + 2]):
            return w.i - 1
    return None


def _report_set_against(sdoc, cue, left: int, right: int) -> int | None:
    """Another speaker's report the reporter set against the content, run into it: "an adviser
    predicted half of the children could catch the virus even as local doctors said the
    outbreak was fading", "the minister said prices would rise while union leaders said wages
    would stay flat" (issue 18, round twenty-five, 25q). A clause opened by a word of
    data/set_against_marks.txt ("as", "while", "although")
    closing the content whose verb is one of saying with a noun or name subject of its own (not
    the cue's) and a clause after it: the reporter's link to a second report, which has its own
    quote from its own cue. The index of its mark (or of an "even"/"just" or a comma before
    it), or None. ", as officials had feared" (no verb of saying), ", as Roe said" (nothing
    said after it) and "while he said ..." (a pronoun: perhaps the speaker again) stay."""
    own = {c.lemma_.lower() for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")}
    end = _last_word(sdoc, left, right)
    for x in sdoc[left + 2 : right + 1]:
        if x.dep_ != "advcl" or x.right_edge.i < end or not is_cue(x):
            continue
        mark = next((c for c in x.children if c.dep_ == "mark" and c.i < x.i), None)
        subj = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < x.i), None)
        if mark is None or mark.lower_ not in lexicon.words("analyse/set_against_marks.txt") or subj is None \
                or subj.pos_ not in ("NOUN", "PROPN") and not _counted(subj):
            continue
        if subj.lemma_.lower() in own and not _other_share(cue, subj) \
                or not any(c.dep_ == "ccomp" and c.i > x.i for c in x.children):
            continue
        k = mark.i
        if sdoc[k - 1].lower_ in ("even", "just") and sdoc[k - 1].head.i == x.i:
            k -= 1
        if sdoc[k - 1].text == ",":
            k -= 1
        if k > left + 1:
            return k
    return None


def _counted(subj) -> bool:
    """A subject that is a count of people: "nine in 10 said ..." (the parse makes the number
    the head)."""
    return subj.tag_ == "CD" and any(c.dep_ == "quantmod" for c in subj.children)


def _other_share(cue, subj) -> bool:
    """Is ``subj``, with the same head word as the cue's subject, another share of a poll: "38
    percent said ..., while 60 percent said ..." (issue 18, round thirty-six: the census showed
    three such run-ons, each a second group's answer; the head "percent" is the same, so
    _report_set_against took it for the speaker again). Both subjects hold a number, and the
    numbers differ."""
    own = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is None:
        return False
    def figures(t):
        return {x.text for x in t.subtree if x.tag_ == "CD"}
    a, b = figures(own), figures(subj)
    return bool(a) and bool(b) and a != b


@functools.cache
def _conceded_words() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """_report_conceded's marks (split into words) and nouns of something said, read once
    (it runs on every content candidate)."""
    marks = tuple(tuple(m.split()) for m in sorted(lexicon.words("analyse/conceded_marks.txt")))
    return marks, statement_nouns() | lexicon.words("analyse/cue_nouns.txt")


def _report_conceded(sdoc, left: int, right: int) -> int | None:
    """Another's report the reporter concedes against the content, run into it: "the council
    said the damage was limited, despite warnings from residents that the bridge was cracked",
    "<content> - despite claims from several engineers that ..." (issue 18, round twenty-six,
    26p). A phrase of data/conceded_marks.txt ("despite", "in spite of") set off by a comma or
    a dash and closing the content, whose noun names something said (statement_nouns.txt,
    cue_nouns.txt: "reports", "claims", "warnings", "demands") and carries its own clause or
    its owner ("that ...", "from residents", "by lawmakers", "the union's"): the reporter's
    frame, set against what the speaker said, not the speaker's words. The index of the comma
    or dash, or None. ", despite the rain" and ", despite the damage" (no report: perhaps the
    speaker's own concession) and a report with neither clause nor owner (", despite the
    criticism") stay."""
    marks, nouns = _conceded_words()
    end = _last_word(sdoc, left, right)
    for w in sdoc[left + 2 : end]:
        for mark in marks:
            last = w.i + len(mark) - 1
            if last >= end or tuple(t.lower_ for t in sdoc[w.i : last + 1]) != mark:
                continue
            k = w.i - 1
            if sdoc[k].text != "," and sdoc[k].text not in _dashes():
                continue
            noun = next((c for c in sdoc[last].children if c.dep_ == "pobj"), None)
            if noun is None and sdoc[last].head.i == last + 1 and sdoc[last].head.pos_ == "NOUN":
                noun = sdoc[last].head  # "- despite claims from ...": the parse made "despite" the noun's modifier
            if noun is None or noun.lemma_.lower() not in nouns or noun.right_edge.i < end:
                continue
            owned = any(c.dep_ in ("acl", "relcl", "ccomp", "poss") or (c.dep_ == "prep" and c.lower_ in ("from", "by"))
                        for c in noun.children)
            if owned and k > left + 1:
                return k
    return None


def _deed_after_forecast(sdoc, cue, comp, left: int, right: int) -> int | None:
    """The reporter's next clause run into a forecast: "the chief executive said the final bill
    would be far smaller than feared and brokers put the whole loss at about $50 million" (issue 18,
    round twenty-three, 18w; as _contrast_deed's ", while ..." of round twenty). Under a past
    cue, a content whose verb carries a modal (a forecast: "would be", "will stay"), then "and"
    and a clause with a subject of its own (not the content's) whose verb is a simple past with
    no auxiliary and a direct object (a deed done): a forecast and a deed are not one
    statement's two halves, the deed is the reporter's. A past form with no object is most
    often a gapped passive ("the lid will be raised and water pumped to the tank": "water will
    be pumped") and stays. The index of the "and" (or of a comma before it), or None. "said
    the bill would be smaller and the insurers would pay most of it" (two forecasts) and "said
    the plant closed in May and the workers lost their jobs" (two deeds) stay."""
    if cue.tag_ != "VBD" or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in comp.children):
        return None
    own = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for x in comp.children:
        if not left < x.i <= right or x.dep_ != "conj" or not _simple_past(x) or is_cue(x, mental=True) \
                or not any(c.dep_ == "dobj" for c in x.children):
            continue  # no object: "the lid will be raised and water pumped to the tank" is a gapped "will be"
        subj = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < x.i), None)
        if subj is None or own is None or subj.lower_ == own.lower_ or subj.pos_ == "PRON":
            continue
        cc = [c for c in sdoc[comp.i + 1 : subj.left_edge.i] if c.dep_ == "cc" and c.lower_ == "and" and c.head.i == comp.i]
        if cc and cc[-1].i == subj.left_edge.i - 1 and x.right_edge.i >= _last_word(sdoc, left, right) \
                and cc[-1].i > left + 1:
            k = cc[-1].i
            return k - 1 if sdoc[k - 1].text == "," else k
    return None


def _according_tail(sdoc, cue, comp, left: int, right: int) -> int | None:
    """The relaying source run into a content: "Acme believes the flow may have been far lower
    than the official figure, according to papers released by the panel on Friday" (issue 18,
    round twenty-three, 18w). A ", according to <source>" hung on the content's own verb or on
    the cue, closing the content, whose object is a source: a name (ORG, PERSON, GPE, NORP), a
    noun of data/source_nouns.txt ("news reports", "officials"), or a noun with a participle
    and its agent ("comments released by the commission", "figures compiled by the state"). It tells who relayed the report,
    not what was said: the index of the comma, or None. "... shared among the agencies,
    according to a running review of needs" (no source: the words' own "in line with") stays."""
    for acc, obj in _according_to(sdoc):
        k = acc.i
        if not left + 1 < k <= right or sdoc[k - 1].text != "," or not (
                acc.head.i in (comp.i, cue.i) or (acc.head.pos_ in ("VERB", "AUX") and acc.head.i in {t.i for t in comp.subtree})):
            # (round forty-seven, integrator, in-sample: seed 162's fnc1_c032 Q10, "police say he
            # was driving toward them, and that the officer fired because he feared ..., according
            # to local media": the parse hung it on a verb deep in the content's last clause)
            continue
        # the source may be followed by its grounds, themselves cut (_citing_tail: "...,
        # according to website UDN, citing sources in Asia"; round forty-eight, c033 Q4)
        stop = _citing_tail(sdoc, left, right)
        stop = right if stop is None or stop <= obj.right_edge.i else stop - 1
        if not all(t.is_punct or t.is_space for t in sdoc[obj.right_edge.i + 1 : stop + 1]) \
                and not _and_as_reported(sdoc, obj.right_edge.i + 1, stop):
            continue
        if _named_source(obj) or any(c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children)
                                     for c in obj.children):
            return k - 1
    return None


def _as_reported(sdoc, mark, end: int) -> bool:
    """Does the "as" at ``mark`` open the writer's sourcing, a passive participle of a verb of
    saying with no subject and an "in"/"by" source, running to the content's last word ``end``
    ("as reported in the Daily Star", "as first reported by Reuters")? Round fifty-two, seed 167
    fnc1_c046 Q8. "as reported last year" (no source) and "as the paper reported" (a subject:
    read by the as-cues) are not."""
    verb = mark.head
    if mark.lower_ != "as" or mark.dep_ != "mark" or verb.i <= mark.i or verb.tag_ != "VBN" or not is_cue(verb) \
            or verb.right_edge.i < end or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if any(t.pos_ not in ("ADV",) for t in sdoc[mark.i + 1 : verb.i]):
        return False
    return any(p.dep_ in ("prep", "agent") and p.lower_ in ("in", "by") and p.i > verb.i
               and any(o.dep_ == "pobj" and _named_source(o) for o in p.children) for p in verb.children)


def _and_as_reported(sdoc, i: int, end: int) -> bool:
    """Is sdoc[i:] up to ``end`` an "and" and the writer's sourcing "as reported in <source>"
    (_as_reported): "..., according to CEN and as reported in the Daily Star", two relays of the
    one report (round fifty-two, seed 167 fnc1_c046 Q8)."""
    end = _last_word(sdoc, i, end)
    return i + 1 < end and sdoc[i].lower_ == "and" and _as_reported(sdoc, sdoc[i + 1], end)


def _as_reported_tail(sdoc, left: int, right: int) -> int | None:
    """The writer's sourcing run into a content: "he told police he was asleep when they came,
    as reported in the Daily Star" (round fifty-two, seed 167 fnc1_c046 Q8, beside its "according
    to" twin cut by _according_tail). A comma and "as reported in/by <source>" (_as_reported)
    closing the content, outside any quotation: who relayed the report, not what was said. The
    index of the comma, or None. ", as reported last week" (no source) stays.

    The comma may stand inside the closing mark of a quotation that ends the statement ('was
    accused of "dealing with the regime," as cited by the Independent': seed 170 fnc1_c074 Q6,
    round fifty-five m2): then the content ends on that mark, and the index given is the "as"."""
    end = _last_word(sdoc, left, right)
    for k in range(left + 2, end - 1):
        if sdoc[k].text != ",":
            continue
        if not _quoted_at(sdoc, left, k) and _as_reported(sdoc, sdoc[k + 1], end):
            return k
        j = k + 1
        while j < end and (sdoc[j].is_quote or sdoc[j].text in _MARKS):
            j += 1  # '..., "dealing with the regime," as cited by': the comma inside the closing mark
        if j > k + 1 and not _quoted_at(sdoc, left, j) and _as_reported(sdoc, sdoc[j], end):
            return j
    return None


def _named_source(noun) -> bool:
    """A noun that names a source of words: a name (ORG, PERSON, GPE, NORP) or a noun of
    data/source_nouns.txt or of data/according_media.txt ("according to local media")."""
    return noun.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or noun.lower_ in source_nouns() \
        or noun.lemma_.lower() in source_nouns() or bool({noun.lemma_.lower(), noun.lower_} & lexicon.words("analyse/according_media.txt")) \
        or any(c.dep_ == "appos" and c.ent_type_ in ("ORG", "PERSON") for c in noun.children) \
        or _name_shaped(noun)
    # (the last but one: "according to website UDN", the parse's head a common noun with the name
    # in apposition; round forty-eight, seed 163 c033 Q4)


# a word written as a name with a capital inside it after a small letter or a digit ("9to5Mac",
# "iMore", "eBay"): a site's or a firm's name whatever tag the model gave it
_INNER_CAPITAL = re.compile(r"\w*[a-z0-9]\w*[A-Z]\w*")


def _name_shaped(noun) -> bool:
    """A proper noun the entity tagger left untyped, or a name it read as a number or left
    untagged because of its shape ("according to 9to5Mac": a number to the tagger, seed 170
    fnc1_c068 Q8, round fifty-five m2, the tail ", according to 9to5Mac" kept in Tim Cook's
    words). Read from the word's spelling, as no model types such site names reliably: a
    capital after a small letter or a digit inside one word; a plain number ("according to
    2,000") or a lower-case noun ("according to plan") is no name."""
    return noun.pos_ == "PROPN" or bool(_INNER_CAPITAL.fullmatch(noun.text))


def _contrast_deed(sdoc, cue, comp, left: int, right: int) -> int | None:
    """The reporter's contrast clause run into a content: "Acme said its attempt to seal the
    pipe was going to plan, while Governor Jane Roe fended off claims she had been too slow"
    (issue 18, round twenty, 18t). A ", while" clause on the content's verb, closing the
    sentence, whose subject is a named person (not the cue's subject) and whose verb is a
    simple past with no auxiliary, a deed, when the content itself is not in the simple past
    (a modal, a progressive, a present): the index of the comma before "while", or None.
    "said prices would rise, while wages would stay flat" (a modal: the speaker's forecast),
    "said Smith voted for it, while Jones abstained" (both in the simple past: the speaker may
    tell both) and a clause with a common-noun subject stay."""
    if cue.tag_ != "VBD" or _simple_past(comp) or comp.tag_ == "VBD":
        return None
    speaker = {t.i for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for x in comp.children:
        if not left < x.i <= right or x.dep_ != "advcl" or not _simple_past(x):
            continue
        mark = x.left_edge
        subj = next((c for c in x.children if c.dep_ == "nsubj"), None)
        if not (mark.dep_ == "mark" and mark.lower_ == "while" and mark.head.i == x.i and sdoc[mark.i - 1].text == ","):
            continue
        if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ != "PERSON" or subj.i in speaker:
            continue
        if x.right_edge.i >= right and mark.i - 1 > left:
            return mark.i - 1
    return None


def _unsaid_cut(sdoc, cue, comp, left: int, right: int) -> int | None:
    """The reporter's note of what the speaker left unsaid, run into the content: "Acme said it
    is adding shares of bakeries to its fund, though it did not name the bakeries" (issue 18, round
    seventeen, 18s). A "though"/"although" clause on the content's verb, negated, whose verb is
    one of speaking (a cue, or a word of data/refusals.txt marked "=": "give", "name") and
    whose subject is the content's own pronoun subject or the cue's ("it ..., though it did
    not"): the index of the "though" (or of a comma before it), or None. "said the report was
    accurate, though it did not name the firms" (the report's "it", a noun subject of the
    content) and "though it did not expect ..." (no verb of speaking) are left alone."""
    own = {c.lower_ for c in (*comp.children, *cue.children) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"}
    for x in comp.children:
        if not left < x.i <= right or not _unsaid(x):
            continue
        mark = next(c for c in x.children if c.dep_ == "mark")
        subj = next(c for c in x.children if c.dep_ in ("nsubj", "nsubjpass"))
        if subj.lower_ not in own or mark.i <= left:
            continue
        return mark.i - 1 if sdoc[mark.i - 1].text == "," else mark.i
    return None


def _noun_before_name(subj) -> bool:
    """Is the trailing tag's subject a name the parse gave a determiner and a common noun that
    names no one: "<clause>, a prospect Vindman denied earlier in the day" read as the subject
    "a prospect Vindman"? Those words are a noun with a relative clause ("a prospect [that]
    Vindman denied"): what he denied is the noun, the clause before is the reporter's (round
    fifty-seven, seed 172 Q89: another witness's testimony shown as Vindman's words). A noun that
    may name a person or a body ("the spokesman Jan Roe said", "the group Acme said": ``_maybe_person``,
    the organisation nominals) is the subject's title and is left alone."""
    if subj.pos_ != "PROPN" or not subj.text[:1].isupper():
        # a lower-case head the small parse tags PROPN is no name ("the city council said", test_quote_spans_r19)
        return False
    kids = [c for c in subj.children if c.i < subj.i]
    det = [c for c in kids if c.dep_ == "det" and c.lower_ in ("a", "an", "the")]
    nouns = [c for c in kids if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return bool(det) and bool(nouns) and det[0].i < nouns[0].i and not any(
        _maybe_person(n) or n.lemma_.lower() in speakers.org_nominals() for n in nouns)


def _mental_only(tok) -> bool:
    """Is ``tok`` a cue only as a verb of mind (a "*" verb of data/reporting_verbs.txt:
    "want", "expect", "believe"), no verb of saying?"""
    return is_cue(tok, mental=True) and not is_cue(tok)


def _writer_account(ctx: _Ctx, tok) -> bool:
    """Round fifty-seven (m1): "People will ask you to ...", "a feeling that he wants ...", "Roe
    never expected that ...": the writer's scenario or account of a mind, nothing said."""
    return _reader_addressed(ctx, tok) or _state_in_noun_clause(tok) or _never_foreseen(tok) \
        or _relative_that_clause(tok) or _thing_promises(tok) or _writers_own(ctx, tok)


def _reader_addressed(ctx: _Ctx, tok) -> bool:
    """Is the cue's addressee the reader, "you" outside any quotation ("People will ask you to
    write posts for them", "colleagues will tell you that ...")? The writer's scenario or advice
    to the reader, not anyone's statement (round fifty-seven, seed 172 Q43: a made-up request
    in a how-to column, shown as a quote of "People"). A subject "you" is already the reader's
    (``extract``); "us" is left alone ("she told us that ...": the outlet asked her)."""
    return not ctx.inside_quote(tok.idx) and any(
        c.dep_ in ("dobj", "dative") and c.lower_ == "you" and not ctx.inside_quote(c.idx) for c in tok.children)


def _state_in_noun_clause(tok) -> bool:
    """Is ``tok`` a verb of mind only (``_mental_only``) heading the "that" clause of a noun:
    "a nagging feeling that the president doesn't want the show to end", "the fear that Roe
    believes ..."? The clause is what the noun's holder (the supporters, the writer) feels or
    supposes of the cue's subject; the subject said nothing (round fifty-seven, seed 172 Q82:
    "the show to end" shown as the president's words). spaCy hangs such a clause on its noun
    as "acl" with its own "that"; a verb of saying there ("the report that Roe said ...") is
    left as it was."""
    return (tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and _mental_only(tok)
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children))


def _never_foreseen(tok) -> bool:
    """Is ``tok`` a verb of mind only (``_mental_only``) negated by "never": "Schiff never expected
    that ...", "she never thought the plan would ..."? What someone never expected is the writer's
    account of a mind, told after the fact, not a position the subject stated (round fifty-seven,
    seed 172 Q47: an op-ed's claim about a congressman shown as his words). "does not believe
    that ..." (often a stance the subject gave) is left as it was."""
    if not _mental_only(tok):
        return False
    if any(c.dep_ == "neg" and c.lower_ == "never" for c in tok.children):
        return True
    # round fifty-seven (m9), seed 172 Q48: "They never cite any crime but feel that he is
    # dangerous": a verb of mind set by "but" against a verb its subject never did is the
    # writer's account of their minds, the words they are shown not to say
    return tok.dep_ == "conj" and any(c.dep_ == "neg" and c.lower_ == "never" for c in tok.head.children) \
        and any(c.dep_ == "cc" and c.lower_ == "but" for c in tok.head.children)


def _writers_own(ctx: _Ctx, tok) -> bool:
    """Round fifty-seven (m9), seed 172 Q28: "I kept it even after my toddler revealed that the
    mouse was in my chair": a cue whose subject is the writer's own ("my daughter", "my
    neighbour"), outside quotation marks, is the writer's story of their own life, no one's
    statement on record (and its speaker could only stay open). "our" is left alone ("our
    reporter", "our sources": the outlet's)."""
    return not ctx.inside_quote(tok.idx) and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and any(p.dep_ == "poss" and p.lower_ == "my" for p in c.children)
        for c in tok.children)


def _relative_that_clause(tok) -> bool:
    """Round fifty-seven (m9), seed 172 Q22: "Buyers find it at the very hour that it opens":
    the parse hung a relative clause on a noun ("the hour that ...", its "that" read as an
    adverb, not the clause's "mark") on a cue that already has its object. A verb's clause of
    saying opens with a "mark" "that" or none; with the cue's own object before it ("find it"),
    "that" here is the relative word of the noun it follows, and the clause tells nothing said."""
    if not any(c.dep_ == "dobj" for c in tok.children) \
            or tok.lemma_.lower() in lexicon.words("analyse/addressee_cues.txt"):
        return False  # "told reporters at the time that ...": the object is the one told
    return any(c.dep_ == "ccomp" and c.i > tok.i and any(
        x.dep_ == "advmod" and x.lower_ == "that" and x.i == c.left_edge.i and x.i > 0
        and tok.doc[x.i - 1].pos_ == "NOUN" for x in c.children) for c in tok.children)


def _thing_promises(tok) -> bool:
    """Round fifty-seven (m9), seed 172 Q42: "the holiday sales promise to be even better": a
    thing that "promises" (or "threatens") to be something is the writer's forecast of it, not
    a pledge anyone made. Only with "to be" after the cue and a subject that is a common noun
    no entity stage tags, not a pronoun and not a body or role that speaks ("The company
    promised to be open" stays). Round fifty-eight, e1 (code health): data/speaking_body_nouns.txt
    shares 14 of its 68 words with speaker_nominals.tsv (speakers.org_nominals) and 18 with
    speakers.person_nouns (person_nouns.tsv and titles.tsv's roles); this rule reads only its own
    list, and no rule reads it with either, so no word is read twice. Kept apart on purpose: the
    union would add every person noun, role and organisation nominal to the subjects that pledge,
    a change of behaviour no census has read; the 36 words in neither list (government, police,
    team, city, people ...) are this rule's own."""
    if tok.lemma_.lower() not in ("promise", "threaten") or not any(
            c.dep_ == "xcomp" and c.lemma_ == "be" for c in tok.children):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].pos_ != "NOUN" or subj[0].ent_type_:
        return False
    return subj[0].lemma_.lower() not in lexicon.words("analyse/speaking_body_nouns.txt")


def _unsaid(x) -> bool:
    """A negated verb of speaking in a "though"/"although" clause (data/concessive_marks.txt)
    with a pronoun subject: "..., though it did not name the bakeries". The reporter's note of what was left unsaid:
    no content of the speaker's, and no quote of its own ("the bakeries" were not said)."""
    _, speak = refusals()
    return (x.dep_ == "advcl" and any(c.dep_ == "neg" for c in x.children)
            and (x.lemma_.lower() in speak or is_cue(x))
            and any(c.dep_ == "mark" and c.lower_ in lexicon.words("analyse/concessive_marks.txt") for c in x.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in x.children))


def _second_request(sdoc, cue, comp, left: int, right: int) -> int | None:
    """The speaker's second act, a request, joined to the content: "the mayor said the company
    was hiding the figures and urged the council to investigate" (the parse hangs "urged" on
    "was", so the span reads as if the company urged it). A verb of request
    (data/directive_cues.txt) in the past, as the cue is ("said", "had suggested"), with no
    subject of its own, an infinitive after it ("urged X to", "called on X to") and "and"
    before it: the index of
    the conjunction (or of a comma before it), or None. "said the council had met and urged
    residents to leave" (a participle under "had": the council urged) stays."""
    for x in comp.children:
        if not left < x.i <= right or not _request_joined(cue, comp, x):
            continue
        k = _conjunction_between(sdoc, comp, x, ("and",))
        if k is not None and k > left:
            return k - 1 if sdoc[k - 1].text == "," else k
    return None


def _conjunction_between(sdoc, comp, x, words: tuple[str, ...]) -> int | None:
    """The index of the last coordinating conjunction of ``words`` between the content's verb
    ``comp`` and its conjunct ``x`` that hangs on either ("... was hiding the figures and urged
    ..."), or None: where the second-act cuts (_second_request, _second_saying) stop."""
    cc = [c.i for c in sdoc[comp.i + 1 : x.i] if c.dep_ == "cc" and c.lower_ in words and c.head.i in (comp.i, x.i)]
    return cc[-1] if cc else None


def _second_saying(sdoc, cue, comp, left: int, right: int) -> int | None:
    """The speaker's second act, told by the reporter, joined to a content whose tense it cannot
    share: "She said she values his persistence and highlighted their shared goals" (the parse
    hangs "highlighted" on "values"), "Roe has said it would be very hard for Lee to come, but
    downplayed the issue" (on "be"). Under a cue in the past (or the present perfect), a content
    in the present is not backshifted, nor is one with a modal under "has said" ("would be");
    a verb in the simple past with no subject of its own, "and" or "but" before it, cannot be
    inside the same report: it is the reporter's account of what the speaker did. After a
    present content only a verb of saying is taken ("and voted for him" may be the speaker's own
    list); after a modal one under "has said" any simple past. Under "said" a modal content is
    left alone: "said she could not support him but understood why others did" is one report,
    both verbs backshifted (the census's one case, cut by a first draft). The index of the conjunction (or of a comma before it), or None.
    "said she admires him and praises his work" (both present), "said she admired him and
    praised his work" (both past: the speaker may tell both) stay. Issue 18, round
    thirty-eight: the seed-153 audit judged such spans run on (wash-post Q25, west-journal Q3;
    in-sample mends)."""
    perfect = cue.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                                        for c in cue.children)
    if (cue.tag_ != "VBD" and not perfect) or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children):
        return None
    modal = comp.tag_ not in ("VBZ", "VBP") and any(c.dep_ == "aux" and c.tag_ == "MD" for c in comp.children)
    if comp.tag_ not in ("VBZ", "VBP") and not (modal and perfect) or comp.tag_ == "VBN" \
            or any(c.dep_ == "auxpass" for c in comp.children):
        return None  # ("would be released ... and returned to ...": a second participle shares the auxiliaries;
        # under "said", "could not support Trump but understood why" is one backshifted report: a modal
        # content only under "has said", whose report keeps its own tenses)
    for x in comp.children:
        if not left < x.i <= right or x.dep_ != "conj" or not _simple_past(x) \
                or (not modal and not is_cue(x)) or any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children):
            continue
        k = _conjunction_between(sdoc, comp, x, ("and", "but"))
        if k is not None and k > left + 1:
            return k - 1 if sdoc[k - 1].text == "," else k
    return None


def _simple_past(verb) -> bool:
    """A verb of doing in the simple past with no auxiliary ("struck"; not "was hiding", "would
    sue", nor the copula "was a tragedy", a state the request cannot share a tense with)."""
    return verb.tag_ == "VBD" and verb.lemma_ != "be" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _request_joined(cue, comp, x) -> bool:
    """Whether ``x`` is the speaker's second act, a request, that the parse joined to the
    content clause ``comp`` of ``cue`` (the shape _second_request cuts the span at): a verb of
    request in the past with no subject of its own, an infinitive after it and "and" between,
    under a past or pluperfect cue whose content has its own subject and no "had". The same
    reading gives the request the cue's speaker (_outer_conjunct; issue 18, round fifteen, 18u)."""
    if cue.tag_ not in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in comp.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
        return False
    if x.dep_ != "conj" or x.head.i != comp.i or x.tag_ != "VBD" \
            or x.lemma_.lower() not in lexicon.words("analyse/directive_cues.txt") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children):
        return False
    if not any(t.dep_ == "aux" and t.lower_ == "to" and t.head.dep_ == "xcomp" for t in x.subtree):
        return False
    return any(c.dep_ == "cc" and c.lower_ == "and" and c.head.i in (comp.i, x.i) for c in x.doc[comp.i + 1 : x.i])


def _request_of_the_subject(cue, comp, x) -> bool:
    """"Markey said Dudley had refused a request to testify and asked him to reconsider": a
    request joined with no subject of its own to a pluperfect reported clause (_request_joined's
    shape but for the "had"), whose object is a personal pronoun ("him", "her",
    data/pronouns.tsv). Read inside the report, the clause's subject would ask someone else; but
    a pronoun object stands for someone in view, most often that very subject, who cannot be
    asking himself ("him", not "himself"): the outer speaker may as well be asking. Either
    reading holds, so the request's speaker is left open (issue 18, round nineteen, 18z).
    "said the council had met and urged residents to leave" (a noun object) keeps the council."""
    if cue.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "aux" and c.lemma_ == "have" for c in comp.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
        return False
    if x.dep_ != "conj" or x.head.i != comp.i or x.tag_ not in ("VBD", "VBN") \
            or x.lemma_.lower() not in lexicon.words("analyse/directive_cues.txt") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children):
        return False
    obj = [c for c in x.children if c.dep_ == "dobj" and c.i > x.i]
    info = speakers.pronouns().get(obj[0].lower_) if obj else None
    if info is None or info[3] != "obj" or info[2] != "person":
        return False
    if not any(t.dep_ == "aux" and t.lower_ == "to" and t.head.dep_ == "xcomp" for t in x.subtree):
        return False
    return any(c.dep_ == "cc" and c.lower_ == "and" and c.head.i in (comp.i, x.i) for c in x.doc[comp.i + 1 : x.i])


def _refusal_cut(sdoc, left: int, right: int) -> int | None:
    """Where a reporter's note on the source starts inside reported content: "The White House
    said Obama spoke with Svanberg but declined to say what was discussed" (a "but"/"and"
    refusal to speak with no subject of its own: data/refusals.txt). The index of its
    conjunction, or None. "..., but added that ..." is left alone."""
    refuse, speak = refusals()
    for x in sdoc[left : right + 1]:
        if x.dep_ != "conj" or x.lemma_.lower() not in refuse or any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children):
            continue
        if x.tag_ == "VBG" and x.head.tag_ == "VBG":
            # "accused her parents of blocking her move and refusing to acknowledge it": a gerund
            # joined to a gerund is a second deed of the same charge, not the reporter's note on
            # the source, which is a finite verb ("... but declined to say"): round fifty, c037 Q13
            continue
        if not any(c.dep_ == "xcomp" and (c.lemma_.lower() in speak or is_cue(c)) for c in x.children):
            continue
        if _in_noun_modifier(x, left, right):
            continue
        cc = [c for c in x.head.children if c.dep_ == "cc" and c.i < x.i and c.lower_ in ("but", "and")]
        if cc and cc[-1].i > left:
            return cc[-1].i
    return None


def _in_noun_modifier(x, left: int, right: int) -> bool:
    """Is the verb ``x`` inside a clause on a noun of the content (a relative or participle
    clause: "warned that growers who decline to settle and refuse to give the bank a release
    might get less")? A refusal there says which people the content is about, not that the
    source declined to speak; the content runs on through it (round fifty-six, seed 171
    bpoil_reuters Q13: the span stopped at "decline to settle"). Only ancestors inside the
    content (``left`` to ``right``) are read; the reporter's "..., but declined to say" hangs on the
    content's verb or the cue, no noun."""
    for a in x.ancestors:
        if not left <= a.i <= right:
            break
        if a.dep_ in ("relcl", "acl"):
            return True
    return False


@functools.lru_cache(maxsize=1)
def statement_nouns() -> frozenset[str]:
    return lexicon.words("analyse/statement_nouns.txt")


def _states(verb, obj) -> bool:
    """Is a noun object the content of the cue? "denied the allegations", "denied any
    wrongdoing", "repeated the claim"; not "described the situation", "defended the design"."""
    if _predicate_of(verb, obj) is not None:
        return True
    if _unvalued_measure(obj) or _placeholder_figure(obj):
        return False
    if verb.lemma_.lower() in lexicon.words("analyse/object_cues.txt"):
        return True
    return token_listed(obj, statement_nouns())


@functools.cache
def _measure_heads() -> frozenset[str]:
    """The nouns that name a quantity: data/measures.tsv's measure and container nouns (the
    figures' own list) and data/measure_heads.txt's "size", "scale". Not a poll's opinion nouns
    (measures.tsv ``opinion``: "support", "approval"): they name a poll's figure, but "announced his
    support for the governor" says whose side he takes, a statement (round thirty-nine: the
    figmeasure rows had dropped "Ryan announced his support for Mr. Trump" from the quotes)."""
    rows = lexicon.rows("analyse/measures.tsv")
    opinion = {r[1].strip().lower() for r in rows if len(r) > 1 and r[0].strip() == "opinion"}
    return frozenset(r[1].strip().lower() for r in rows if len(r) > 1 and r[0].strip() in ("noun", "container")
                     and r[1].strip().lower() not in opinion) | lexicon.words("analyse/measure_heads.txt")


def _unvalued_measure(obj) -> bool:
    """A definite quantity named without its value: "BP will announce the size of its next
    payout", "the bank forecasts the firm's net income for the quarter" (issue 18, round
    twenty-seven, 27q). What the speaker says (or will say) is the value, which the object
    does not hold, so the object is what the saying is about, not a statement. Only a head of
    data/measures.tsv (or data/measure_heads.txt) made definite by "the" or an owner, with no
    number in it, and only a quantity of something named (an owner, or an "of"/"for" phrase):
    "forecast net income of $5bn", "announced an extra $100m in aid", "cited the rising costs"
    (a change said) and "announced a dividend" (no value said, but its being paid is) stay."""
    if obj.lemma_.lower() not in _measure_heads() and obj.lower_ not in _measure_heads():
        return False
    if not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "for")) for c in obj.children):
        return False  # "cited the rising costs": a state of things, no quantity of something named
    if not any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in obj.children) \
            or any(c.dep_ == "amod" and c.tag_ in ("VBG", "VBN") for c in obj.children):
        return False
    return not any(any(ch.isdigit() for ch in t.text) or t.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
                   for t in obj.subtree)


def _after_placeholder(verb, obj) -> bool:
    """"announced another set of weak sales figures, its fifth straight quarter of falling
    sales": the parse may hang the writer's apposition on the cue as a second object; after
    an object that names figures without them (``_placeholder_figure``) it is the writer's
    gloss on them, no content of its own (round fifty-one, seed 166 c038 Q11: the FNC-1
    census gave the apposition as the quote once the figures were none)."""
    return any(c.dep_ == "dobj" and c.i < obj.i and _placeholder_figure(c) for c in verb.children)


def _placeholder_figure(obj) -> bool:
    """"The company cited a greatly reduced number", "gave a higher figure": a noun of
    data/figure_placeholders.txt that stands for a figure and holds none (no digit, no amount in
    it) names what was said without saying it: not a statement (round fifty, seed 165
    bpoil_washingtonpost Q5). "cited a number of reasons" (a quantifier with its "of" phrase) and
    "a figure of 171,000 barrels" stay. A noun of a collection (data/figure_sets.txt) stands
    for its "of" noun: "announced another set of weak quarterly sales figures" names the
    figures released, in the writer's words ("weak"), without them (round fifty-one, seed 166
    c038 Q11, judged not a statement)."""
    if obj.lower_ in lexicon.words("analyse/figure_sets.txt"):
        of = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj"), None)
        if of is None or of.lower_ not in lexicon.words("analyse/figure_placeholders.txt"):
            return False
        return not any(any(ch.isdigit() for ch in t.text) or t.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
                       for t in obj.subtree)
    if obj.lower_ not in lexicon.words("analyse/figure_placeholders.txt"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return False
    return not any(any(ch.isdigit() for ch in t.text) or t.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
                   for t in obj.subtree)


def _predicate_of(verb, obj):
    """What the cue says of its object: "described the situation as horrific", "accused
    aid agencies of competing", "blamed the law for the losses", "called the notion a hoax"."""
    for c in verb.children:
        if c.i > obj.i and (c.dep_ == "prep" and c.lower_ in ("as", "of", "for", "to") or c.dep_ == "oprd"):
            return c
    for c in obj.children:  # the parse hangs "a hoax" on the object
        if c.dep_ == "dobj" and c.i > obj.i:
            return c
    return None


# a clause opening so is a question or a topic, not a statement: "disclosed how many
# spills it caused", "discusses how Americans view", "will determine whether states can"
_TOPIC_WORDS = frozenset({"how", "whether", "why", "what", "when", "where", "which", "who", "if"})


def _topic(comp) -> bool:
    first = comp.left_edge
    # "did not discuss a path to citizenship, only how some could earn work permits": a
    # focusing adverb on the question word ("only how", "exactly why": data/topic_focus.txt)
    # still opens a question (issue 18, round thirty-six; the seed-149 judges' Q2). Census:
    # 5 such clauses after a cue, 2 quotes at the base, both leave (Q2, and a "would not say
    # exactly what" clause); after a verb of data/wh_cues.txt ("saying exactly what ...") it stays
    if first.lower_ in lexicon.words("analyse/topic_focus.txt") and first.dep_ == "advmod" \
            and first.head.i == first.i + 1 and first.head.lower_ in _TOPIC_WORDS:
        first = first.head
    if first.i >= comp.i or first.lower_ not in _TOPIC_WORDS:
        return False
    # "how"/"whether"/"why" open a question anywhere; the others only as the clause's own
    # word ("determine when it starts", "know what happened"), not a fronted "if"/"when"
    # clause or a free relative inside the subject ("insisted what failed was the cement")
    return first.lower_ in ("how", "whether", "why") or first.head.i == comp.i or (
        first.dep_ == "det" and first.head.head.i == comp.i) or _object_question(first, comp)  # "assess what risk it poses"


# the links down which an object's question word stays the question of the whole clause
_QUESTION_PATH = frozenset({"xcomp", "acomp", "ccomp", "prep", "pcomp"})


def _object_question(first, comp) -> bool:
    """"discusses what we might be able to expect from the phone": a "what"/"which"/"who" that
    is the object of a verb below the clause's head, reached only through complements
    (xcomp, acomp, ccomp, prep), asks a question: the clause is a topic (round forty-eight,
    seed 163 c033 Q1). Not through a subject ("said what we need is more time": "what we
    need" is the subject of a statement)."""
    if first.lower_ not in ("what", "which", "who") or first.dep_ not in ("dobj", "pobj"):
        return False
    t = first.head
    while t.i != comp.i:
        if t.dep_ not in _QUESTION_PATH or t.head.i == t.i:
            return False
        t = t.head
    return True


def _inference(verb) -> bool:
    """"BP has incurred $350 million in costs, suggesting the final bill could be higher":
    a participle with no subject of its own after a clause that reports nothing."""
    if verb.lemma_.lower() not in lexicon.words("analyse/inference_cues.txt") or verb.tag_ != "VBG":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    return not is_cue(verb.head, mental=True)


def _fact_inference(verb) -> bool:
    """"The fact that all the cases elsewhere have been mild is encouraging. It suggests that the
    outbreak had a local cause": an inference cue (data/inference_cues.txt) whose subject is a
    pronoun ("it", "this", "that") standing for the fact the sentence before states
    (data/fact_openers.txt). A fact says nothing: the words are the reporter's inference, not a
    statement (issue 18, round fifty-nine, seed 174 H1N1_bbc Q3, content judged not_statement;
    the speaker was left "It"). "It suggests" after any other sentence (a report, a study) is
    left to the other rules. The sentence before is read by its words, as the parse may not
    find the fact's clause (it made "fact" the root there)."""
    if verb.lemma_.lower() not in lexicon.words("analyse/inference_cues.txt"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("it", "this", "that") or subj.i != verb.sent.start or verb.sent.start == 0:
        return False
    before = " ".join(verb.doc[verb.sent.start - 1].sent.text.lower().split())
    return any(before.startswith(o + " ") for o in lexicon.lines("analyse/fact_openers.txt"))


def _reporter_passive(verb) -> bool:
    """A cue in the passive with no one named as its agent: "7-10,000 tonnes are so far
    estimated to have leaked", "BP was blasted for", "the people said to be in need".
    No speaker is in the text: the reporter's own narration, not a quote. "He was quoted
    as saying" (its subject speaks) and "..., he was told by officials" (an agent) stay."""
    if verb.lemma_.lower() in _PASSIVE_SPEAKER:
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    # a reduced relative: "the two million families said to need help"; the tagger may call
    # its participle a past ("citing a source claimed to be tied to Acme": VBD on an acl with no
    # subject of its own; round forty-eight, once the cited source left the content, c096)
    if verb.tag_ == "VBD" and verb.dep_ == "acl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _source_participle(sdoc, tok, c, left) -> bool:
    """'"...," Jane Roe said, according to a transcript of the hearing kept for a trial': the
    parse took the participle of the source phrase for the cue's clause; the words are where
    the report comes from, not what was said (issue 18, 18z)."""
    return (left.lower_ == "according" and left.i + 1 < len(sdoc) and sdoc[left.i + 1].lower_ == "to"
            and left.i > tok.i and c.tag_ in ("VBN", "VBD") and c.pos_ == "VERB"
            and not any(x.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for x in c.children))


def _unpaired_close(text: str, a: int, b: int) -> tuple[int, int]:
    """"(the council estimates that some 300 died, most of them farmers)": the content was
    opened inside the parenthesis; its closing mark is the reporter's (18s, round nineteen)."""
    if text[b - 1 : b] == ")" and text.count(")", a, b) > text.count("(", a, b):
        return _trim_chars(text, a, b - 1)
    return a, b


def _quotations_after_cue(sdoc, text: str, a: int, b: int) -> tuple[int, int]:
    """A content whose first words follow an opening mark the parse left out ('has so often said
    \u201cwe're not looking to move\u201d or \u201cwe have no plans\u201d so many times over the last
    decade'): the saying is the quotation, so the content takes its opening mark; words after the
    last closing mark that hold no verb ("so many times over the last decade") tell how often or
    when it was said, the reporter's, and are cut (round fifty, seed 165 c040 Q11). The marks
    then pair up and the quotations are direct quotes of their own. Only a clause content (the
    caller's), never a quoted object ('vowed "unwavering support" for the towns'). A content that
    opened no quotation, or whose words after the mark go on with a clause ('said \u201cno\u201d to the plan
    because it cost too much'), is left as it was."""
    k = a
    while k > 0 and text[k - 1] in " \t\u00a0":
        k -= 1
    if k == 0 or text[k - 1] not in "\u201c\"":
        return a, b
    if text[k - 1] == "\u201c" and text.count("\u201d", a, b) <= text.count("\u201c", a, b) \
            or text[k - 1] == '"' and text.count('"', a, b) % 2 == 0:
        return a, b
    a = k - 1
    last = max(text.rfind("\u201d", a, b), text.rfind('"', a + 1, b))
    if last < 0 or last + 1 >= b:
        return a, b
    tail = sdoc.char_span(last + 1, b, alignment_mode="expand")
    if tail is not None and not any(t.pos_ in ("VERB", "AUX") for t in tail) and all(
            t.head.pos_ in ("VERB", "AUX") for t in tail if not tail.start <= t.head.i < tail.end):
        b = last + 1  # (an adverbial: what the parse hangs on a noun inside the quotation is the noun's)
    return a, b


def _which_aside(cue, comp: list) -> bool:
    """"the emails Trump asked Russia to dig up, which would require hacking into ...": a clause
    after a comma opened by "which" is the writer's aside on the noun before, which the parse
    hung on the cue (issue 18 item 3, round thirty-four: polnear wash-post seed 137 Q40, the
    census's one instance, given to Trump as what he asked). "asked which assets were core" (no
    comma: the question asked) stays."""
    if not comp:
        return False
    first = comp[0].left_edge
    if first.i <= cue.i + 1 or cue.doc[first.i - 1].text != ",":
        return False
    if first.lower_ == "which":
        return True
    # "said in a letter to staff, a copy of which was obtained by Reuters": the relative pronoun
    # sits inside the clause's subject ("a copy of which", "some of whom"); the clause is the
    # writer's aside on the noun before the comma as much (round forty-four, integrator, in-sample:
    # seed 159's H1N1_reuters Q39, given to the WHO head as what she said)
    # Only where the clause opens on that subject ("that people from places in which ..." has a
    # relative clause inside its subject, and is content) and the pronoun is the object of a
    # preposition on the subject's own head ("a copy of which", "most of whom").
    subj = [c for c in comp[0].children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and first.i == subj[0].left_edge.i and any(
        t.lower_ in ("which", "whom", "whose") and t.tag_ in ("WDT", "WP", "WP$") and t.dep_ == "pobj"
        and t.head.dep_ == "prep" and t.head.head.i == subj[0].i for t in subj[0].subtree)


def _inner_verb_clause(cue, comp: list) -> bool:
    """Is the cue's clausal complement the parse gave really the complement of a verb right
    before it, in a prepositional phrase of the cue ("Acme criticized Beta for not disclosing
    that its revenue would rise": what Beta did not disclose, hung on "criticized")? Shown as
    the cue's content it gives the outer speaker a forecast it criticised (round forty, the
    seed-155 wire audit's Q19, in-sample). The verb in the phrase is its own cue when it is
    one; "criticized him, saying that ..." (no preposition) is not read."""
    c = comp[0] if comp else None
    if c is None or c.dep_ != "ccomp" or c.left_edge.i == 0:
        return False
    before = c.doc[c.left_edge.i - 1]
    return (before.i > cue.i and before.tag_ in ("VBG", "VB") and before.dep_ == "pcomp"
            and before.head.dep_ == "prep" and before.head.head == cue)


def _alleged_deed(tok) -> bool:
    """"Roe accused Lee of opposing the levy for political reasons", "charged Lee of saying
    ...": a cue as the gerund of the deed a verb of judging (data/grounds_cues.txt: accuse,
    charge, ...) charges someone "of" is the judge's allegation, not a saying of the one
    accused; shown as a quote of its own it gives the accuser's words to the accused (the
    seed-153 audit judged one such wrong: wash-post Q4, in-sample; issue 18, round
    thirty-eight). The outer verb's own content keeps the charge. Only "of": "criticized him
    for saying he had sacrificed" reports a saying that was made (the PolNeAR census's one
    "for" case, a right speaker a first draft with "for" lost), and a gerund of saying under
    any other verb ("began by saying") stays a cue."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "of":
        return False
    judge = tok.head.head
    return judge.pos_ == "VERB" and judge.lemma_.lower() in lexicon.words("analyse/grounds_cues.txt")


def _reported_cands(ctx: _Ctx, sdoc, covered) -> list[_Cand]:
    """Reported speech: cue verb + clausal complement, or a parenthetical "X said"."""
    text = ctx.text
    out = []
    for tok in sdoc:
        if not is_cue(tok, mental=True) or tok.pos_ not in ("VERB", "AUX") or ctx.inside_quote(tok.idx):
            continue
        if _reporter_passive(tok) or tok.lemma_.lower() in direct_cues() or _inference(tok) or _fact_inference(tok):
            continue
        if _capability(ctx, tok) or _finding(ctx, tok) or _hypothetical(ctx, tok) or _note_relayed(ctx, tok) \
                or _unsaid(tok) or _alleged_deed(tok) or _found_in_a_state(tok) or _writer_account(ctx, tok):
            continue  # _note_relayed: "Jane Roe said X, Acme News reported": X is Roe's, her own cue gives it;
            # _unsaid: "..., though it did not name the bakeries" (18s)
        comp = _complement(ctx, tok)
        if comp and _topic(comp[0]) and tok.lemma_.lower() not in lexicon.words("analyse/wh_cues.txt") \
                or _no_statement(ctx, tok, comp) or _which_aside(tok, comp) or _inner_verb_clause(tok, comp) \
                or not comp and any(_reported_saying_tagged(tok, x) for x in tok.children):
            # the last: 'X told the agency that ... and to their surprise, he responded' (round 59)
            continue
        block = _block_after(ctx, tok)
        if block is not None:
            if not covered(*block) and not any(x <= tok.idx < y for x, y in ctx.heading):
                out.append(_Cand(block[0], block[1], "indirect", cue=tok))
            continue
        if not comp:
            pieces = _around(ctx, tok)
            if pieces:
                a, b = pieces[0][0], pieces[-1][1]
                if (not covered(a, b) or a in ctx.chained_subject) and not any(x <= tok.idx < y for x, y in ctx.heading):
                    out.append(_Cand(a, b, "indirect", cue=tok, pieces=pieces if len(pieces) > 1 else []))
            continue
        c = comp[0]
        left = sdoc[_object_determiner(tok, c)]
        right = c.right_edge
        if c.dep_ == "ccomp":
            left = _clause_start(sdoc, tok, c)
            left = sdoc[_time_of_saying(sdoc, tok, left.i, right.i)]
            left = sdoc[_time_before_comma(sdoc, tok, c, left.i)]
            if _source_participle(sdoc, tok, c, left):
                continue
        right = _infinitive_end(tok, c, right)
        pred = _predicate_of(tok, c) if c.dep_ == "dobj" else None
        if pred is not None and pred.right_edge.i > right.i:
            right = pred.right_edge  # the object with what is said of it
        right = _forecast_period(tok, c, right) if c.dep_ == "dobj" else right
        right = _object_tail(tok, c, right) if c.dep_ == "dobj" else right
        if c.dep_ == "ccomp":
            # the parse often hangs the clause's tail on the cue verb: run to the end of the
            # sentence, stopping at the verb's own later parts ("..., adding that")
            # a second "that" clause after "and"/"but" the parse hung on a verb further on (its
            # subtree then starts at the "that"): still the cue's content (18v)
            joined = set() if _reported_by_cue(tok) else \
                {x.i + 1 for x in tok.children if x.dep_ == "cc" and x.i > right.i and _that_clause_after(x)}
            later = [x for x in tok.children if x.i > right.i and x.dep_ not in ("punct",)
                     and not _continues(tok, x) and x.left_edge.i not in joined]
            stop = min((_relay_tag_start(tok, x) for x in later), default=None)
            last = _colon_elaboration(tok, right.i, tok.sent.end - 1) if stop is None else stop - 1
            if tok.dep_ in ("relcl", "acl"):
                # "Mr. Obama, who understood that a push would be fruitless, told his advisers
                # ...": a cue in a clause on a noun says no more than that clause holds
                last = min(last, tok.right_edge.i)
            last = min(last, _fronted_clause_end(tok, last))
            last = min(last, _outer_tag(tok, right.i, last + 1) - 1)  # "..., engineers said": an outer report's tag
            last = min(last, _aside_tag(tok, right.i, last + 1) - 1)  # "..., this report says, ...": another's tag
            last = min(last, _as_another_reports(tok, right.i, last + 1) - 1)  # "..., but as Roe reports ..."
            last = min(last, _above_clause(tok, right.i, last + 1) - 1)  # "..., and its stock climbed": the reporter's
            para_end = text.find("\n", right.idx)
            while last > right.i and ((sdoc[last].is_punct and sdoc[last].text != "%")
                                      or (para_end >= 0 and sdoc[last].idx > para_end)):
                last -= 1  # (not a percent sign: "while Rubio was at 18%" ends on the figure's sign)
            if last > right.i:
                right = sdoc[last]
        right = sdoc[_marked_clause_end(tok, c, right.i)]  # 'say "it gets better" but it is not': the marks' end (round 50)
        right = sdoc[_that_clause_tail(tok, c, right.i)]  # '... and to their surprise, he responded' (round 59)
        right = sdoc[_partitive_after(sdoc, right.i)]  # "..., the majority of them farmers" (18s, round nineteen)
        right = sdoc[_comment_on_object(sdoc, c, left.i, right.i)]  # "recommend hand washing, which did not ..." (29s)
        if left.i < tok.i:
            # "pointed at what it said were major failures", "which Fukuda said is 'a significant
            # step'": the words before the cue are its own attribution; the content follows it
            left = sdoc[_after_relative_cue(sdoc, tok.i, right.i)]
        inner = [x for x in sdoc[left.i : right.i + 1] if x.dep_ == "relcl" and x.i != tok.i
                 and is_cue(x) and any(y.dep_ == "nsubj" for y in x.children) and x.left_edge.i > left.i
                 and not _subject_relative(x) and not _promised_deed(x) and not _object_relative(x)
                 and not _gapped_object_relative(x) and not _own_relative_saying(tok, c, x)]
        if inner:
            # "it was raising its alert, which Fukuda said is ...": another's words in a relative
            # clause are not this speaker's; the content stops before it
            right = sdoc[inner[0].left_edge.i - 1]
        right = sdoc[_gloss_after_mark(sdoc, left.i, _before_relay(sdoc, tok, left.i, right.i))]
        cut = _refusal_cut(sdoc, left.i, right.i) or _next_report(sdoc, tok, c, left.i, right.i)
        cut = _run_on_cut(sdoc, tok, c, left.i, right.i, cut)
        cut = _occasion_tail(sdoc, left.i, right.i) if cut is None else cut  # "..., at a council hearing" (18y)
        if cut is not None:
            k = cut - 1
            while k > left.i and sdoc[k].is_punct and sdoc[k].text != "%":  # "up 1000 %, with ...": the sign is the figure's
                k -= 1
            right = sdoc[k]
        a, b = left.idx, right.idx + len(right)
        nl = text.find("\n", tok.idx)
        if nl >= 0 and b > nl:
            b = nl  # the parse ran into the next paragraph
        a, b = _trim_marks(text, a, b)
        b = _single_closed_after(text, a, b)
        closed = _to_quotation_close(text, a, b)
        closed, b = closed != b and _fragment_opened(text, a, b), closed  # the clause holds its quotation, mixed
        b = _straight_single_close(text, a, b)  # "called him a 'traitor to the nation for all ages,'" (round 55)
        b = _past_broken_parenthesis(text, a, b)
        b = _bracket_closed_after(text, a, b)
        b = _before_credit(text, a, b)
        a, b = _unpaired_close(text, a, b)
        a0 = a
        a, b = _quotations_after_cue(sdoc, text, a, b) if c.dep_ == "ccomp" else (a, b)
        # 'saying it is "exposed to ..."': the clause with its quoted predicate, marks closed (18s)
        whole = _leading_subject_quoted(ctx, c, a, b) if c.dep_ == "ccomp" and covered(a, b) else None
        b = b if whole is None else whole
        if b - a < (3 if _short_content(tok, c) else 10) or (covered(a, b) and whole is None and not closed) \
                or any(x <= tok.idx < y for x, y in ctx.heading):
            continue
        if names.is_shouted(re.split(f"[{_MARKS}]", text[a0:b])[0]):
            continue  # 'announcing "SWINE FLU IS HERE"': a headline in capitals, not something said
        out.append(_Cand(a, b, "indirect", cue=tok))
    return out


def _reported_saying_tagged(tok, c) -> bool:
    """'The team told the agency that they had called out to him and to their surprise, he
    responded': the parse made the last verb the root and the whole report before it its clause,
    as if ", he responded" tagged it. A clause before its cue that is itself a report (a verb of
    saying with a subject of its own and a "that" clause of its own) is the reporter's account
    of someone's saying, not words of the later verb's subject (issue 18, round fifty-nine, seed
    174 haiti_bbc Q13: the content credited to "he responded" held "The team ... told the
    Associated Press that ..."). The report's own cue gives its content (``_that_clause_tail``)."""
    if c.dep_ != "ccomp" or c.i > tok.i or c.pos_ != "VERB" or not is_cue(c):
        return False
    if not any(x.dep_ == "nsubj" for x in c.children):
        return False
    said = next((x for x in c.children if x.dep_ == "ccomp" and x.i > c.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children)), None)
    return said is not None and _dangling_before_tag(tok, said.right_edge.i)


def _dangling_before_tag(tok, right: int) -> bool:
    """The words before ", <pronoun> <verb>" end on a conjunct with no verb that opens on a
    preposition ("... near his home and to their surprise, he responded"): the clause is not
    finished, so the pronoun and its verb are its last words, not a tag over the report. A
    named tag (", Reuters reported", ", the Web site said") or a finished clause before the comma
    (", but also other provinces, Iraq TradeLink reported": no preposition after the "but") keeps
    the tag reading: the FNC-1 census's relays, read when the first version took them in."""
    doc = tok.doc
    subj = next((x for x in tok.children if x.dep_ == "nsubj" and x.i < tok.i), None)
    if subj is None or subj.tag_ != "PRP" or subj.i != right + 2 or doc[right + 1].text != ",":
        return False
    cc = next((t for t in reversed(doc[max(0, right - 8) : right + 1]) if t.dep_ == "cc" and t.lower_ in ("and", "but")), None)
    if cc is None or cc.i + 1 > right or doc[cc.i + 1].tag_ not in ("IN", "TO"):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[cc.i + 1 : right + 1])


def _that_clause_tail(tok, c, right: int) -> int:
    """The end of a "that" clause the parse cut before its last words because it read them as a
    tag over the whole report ('told the agency that they had called out to him and to their
    surprise, he responded': ``_reported_saying_tagged``). When the cue is the clause of a later
    verb (with a subject of its own and nothing after it but the sentence's end) and the cue's
    content is a "that" clause ending right before the comma, the later verb and its subject are
    the clause's last conjunct: the content runs to that verb (issue 18, round fifty-nine, seed
    174 haiti_bbc Q13, judged cut). A cue with no subject of its own ('Asked what he had told
    them, ...') and a content with no "that" stay as they were. The last token of the content."""
    doc = tok.doc
    head = tok.head
    if tok.dep_ != "ccomp" or head.i <= right or not _reported_saying_tagged(head, tok) or c.dep_ != "ccomp":
        return right
    if not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
        return right
    if right + 1 >= len(doc) or doc[right + 1].text != ",":
        return right
    last = head.right_edge.i
    while last > head.i and doc[last].is_punct:
        last -= 1
    return last if last == head.i or all(not t.is_alpha for t in doc[head.i + 1 : last + 1]) else right


def _object_tail(cue, obj, right):
    """The rest of a noun content the parse hung on the cue after the object (issue 18, round
    fifty-five, whole: cut). Two shapes: a second object after ", and"/"or" with no verb of its
    own ("recommended up to 11 servings of rice a day, and as little fat as possible": the parse
    made "fat" a conjunct of the verb; seed 170 c082 Q11), and "ever"/"yet" closing a
    superlative or "first"/"last"/"only" ("calls it the first great accessory ever", "the best
    yet": the word belongs to the noun phrase, data/superlative_tails.txt; c069 Q3). A conjunct
    holding a verb ("recommended rest, and urged ...": a second deed) and "yet" after a phrase
    with no superlative ("has not called it a failure yet": when) stay out. The last token of
    the content."""
    doc = cue.doc
    nxt = right.i + 1
    if nxt < len(doc) and doc[nxt].head.i == cue.i and doc[nxt].dep_ == "advmod" \
            and doc[nxt].lower_ in lexicon.words("analyse/superlative_tails.txt") \
            and any(t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "last", "only") for t in doc[obj.i : nxt]):
        return doc[nxt]
    for x in cue.children:
        if x.dep_ != "conj" or x.i <= right.i or x.pos_ in ("VERB", "AUX"):
            continue
        between = doc[right.i + 1 : x.left_edge.i]
        if not any(t.dep_ == "cc" and t.head.i == cue.i for t in between) or any(not (t.is_punct or t.dep_ == "cc") for t in between):
            continue
        if any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "nsubjpass") for t in x.subtree):
            continue
        return x.right_edge
    return _contact_relative(cue, obj, right)


def _contact_relative(cue, obj, right):
    """The rest of a noun content whose relative clause has no "that": "cited the high costs
    Acme may face for compensating victims" (round sixty, seed 175 bpoil_reuters Q5, whole: cut at
    "the high costs Acme"). The parse reads the clause's subject as the object's apposition and
    hangs its verb on a verb above, so the object's subtree stops inside the noun phrase. The
    word right after the object is a modal or a finite verb with no subject and no object of its
    own (the relative's gap), with no comma or conjunction between: the clause runs to that
    verb's last word. A verb with its own subject or object ("cited the costs, and shares may
    fall"; "cited the costs as investors sold shares") stays out. Written here since spaCy's
    small model has no reading of a contact clause to ask for."""
    doc = cue.doc
    nxt = right.i + 1
    if nxt >= len(doc) or doc[nxt].sent.start != cue.sent.start or right.pos_ not in ("PROPN", "NOUN", "PRON"):
        return right
    if cue.tag_ in ("VBG", "VBN"):
        # "A memo by Roe recommending Doe's firing kicks off with ...": after a participle's
        # object the finite verb is the sentence's own, whose subject the participle's noun is
        # (FNC-1 census, the one change a first draft made there)
        return right
    v = doc[nxt]
    if v.tag_ == "MD" and v.dep_ == "aux":
        v = v.head
    elif v.tag_ not in ("VBZ", "VBD", "VBP"):
        return right
    if v.pos_ != "VERB" or v.dep_ == "ROOT" or v.i < nxt or v.i > nxt + 2 or obj.i in {a.i for a in v.ancestors} \
            or v.head.i == cue.i or is_cue(v, mental=True):
        return right
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "attr", "acomp", "expl") for c in v.children):
        return right
    return v.right_edge


def _forecast_period(cue, obj, right):
    """"Roe also predicts 5 million sales in its first quarter": after a forecast cue
    (data/forecast_cues.txt) with a noun object, a time phrase the parse hangs on the cue right
    after the object ("in"/"by"/"for"/"over"/"during"/"within" and a date) is the period forecast,
    part of the content (round fifty, seed 165 c039 Q10). "said ... on Tuesday" (no forecast cue)
    and "predicted the sales on Tuesday" ("on": when it was said) stay out."""
    if cue.lemma_.lower() not in lexicon.words("analyse/forecast_cues.txt"):
        return right
    for p in cue.children:
        if p.dep_ == "prep" and p.i == right.i + 1 and p.lower_ in ("in", "by", "for", "over", "during", "within") \
                and any(t.ent_type_ == "DATE" for t in p.subtree):
            return p.right_edge
    return right


def _marked_clause_end(cue, c, right: int) -> int:
    """Where a cue's clause set in quotation marks right after it ends ('People say "it gets
    better" but that is not true in my case'): at its closing mark, when a "but"/"yet"
    clause with a subject of its own follows the mark (the parse hangs it on the cue or on the
    quoted verb). The marks show where the words said end: the clause after them is the
    writer's reply or narration, not more of what was said (round fifty, seed 165 c037 Q10,
    which ran on into the writer's "but that isn't true"). Only an opening mark right after the
    cue (a colon or comma between at most), no other mark before the close; a single mark may
    be an apostrophe and is left alone, as is 'said the plan "works" but ...' (no mark opens
    the clause). The closing mark's index if it is before ``right``, else ``right``."""
    close = _marked_close(cue, c)
    return close if close is not None and close < right else right


def _marked_close(cue, c) -> int | None:
    """The closing mark of a cue's clause set in marks right after it and followed by a
    conjoined clause with a subject of its own (``_marked_clause_end``), or None."""
    if c.dep_ != "ccomp":
        return None
    doc = c.doc
    k = cue.i + 1
    while k < c.left_edge.i and doc[k].text in (",", ":"):
        k += 1
    first = doc[k]  # the opening mark: the clause's first word, or hung on the cue just before it
    if k not in (c.left_edge.i, c.left_edge.i - 1) or not first.is_quote or first.text in ("'", "‘", "’"):
        return None
    close = next((t for t in doc[first.i + 1 : c.sent.end] if t.is_quote), None)
    if close is None or close.text in ("'", "‘", "’") or close.i - first.i < 3 or close.i + 2 >= c.sent.end:
        return None
    cc = doc[close.i + 1]
    if _narrated_act(cue, cc, first.i, close.i):
        return close.i
    # only a contrast: after "and" the report goes on ('said "we're at the beginning" and that new
    # data could change it', 'said "the needs are huge" and conditions are "very bad"': the
    # Timeline17 census's two, the same speaker's), as does a "that" clause after "but"
    if cc.dep_ != "cc" or cc.lower_ not in ("but", "yet"):
        return None
    conj = next((x for x in cc.head.children if x.dep_ == "conj" and x.i > cc.i), None)
    if conj is None or cc.head.i not in (cue.i, c.i) or not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in conj.children) \
            or any(x.dep_ == "mark" for x in conj.children):
        return None
    return close.i


def _narrated_act(cue, cc, first: int, close: int) -> bool:
    """Is the word after the closing mark of a cue's clause set in marks an "and" opening the
    speaker's next act, told by the writer ('The man replied, "You can't say that," and
    snapped at her before boarding')? The conjunct has no subject and no subordinator of its
    own and is a verb in the cue's own tense (the parse hangs it on the cue or on the quoted
    verb or on a verb of the quoted words' own, as they stand between the marks ``first`` and
    ``close``): the writer narrating what the speaker did next, not more of what was said (round
    fifty-three, seed 168 c059 Q6 ran on into "and snapped at her ..."). A conjunct with a
    subject ('and conditions are "very bad"') or a "that" ('and that new data ...') goes on
    with the report and is left to ``_marked_close``'s contrast reading."""
    if cc.dep_ != "cc" or cc.lower_ not in lexicon.words("analyse/narrated_act_conjunctions.txt"):
        return False
    conj = next((x for x in cc.head.children if x.dep_ == "conj" and x.i > cc.i), None)
    return conj is not None and (cc.head.i == cue.i or first < cc.head.i < close) and conj.pos_ == "VERB" \
        and conj.tag_ == cue.tag_ \
        and cue.tag_ in ("VBD", "VBZ") \
        and not any(x.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "aux", "auxpass") for x in conj.children)


def _object_determiner(cue, c) -> int:
    """Where a noun object's span starts: its left edge, or the possessive determiner right
    before it that the parse hung on the cue as a second object ("accusing her devout parents
    of ...": "her" tagged PRP$ but read as the cue's dative, so the span began "devout parents
    of ...", whose parents untold; round fifty, c037 Q4). The tagger's PRP$ says the word is
    the object's determiner, not a person addressed ("accusing her of lying": one object, untouched)."""
    left = c.left_edge
    if c.dep_ != "dobj" or left.i == 0:
        return left.i
    before = c.doc[left.i - 1]
    if before.tag_ == "``" and before.head.i == cue.i and any(t.tag_ == "''" and t.i < c.i for t in c.subtree):
        # "denied 'sensational' claims made in ...": the opening mark of a quoted word of the
        # object, hung on the cue, belongs to the object whose closing mark the span holds (round
        # fifty-eight, seed 172 Q45, whole: cut, the span opened inside the mark)
        return before.i
    # ("her" alone is both an object and a possessive: read as a second direct object before
    # one with no determiner of its own, it is that object's, since a verb takes one direct
    # object; "told her stories", a dative, is left alone)
    if (before.tag_ == "PRP$" and before.dep_ in ("dative", "dobj") or before.lower_ == "her" and before.dep_ == "dobj") \
            and before.head.i == cue.i and not any(x.dep_ in ("det", "poss") for x in c.children):
        return before.i
    return left.i


def _fronted_clause_end(cue, last: int) -> int:
    """Where the content of a cue in an adverbial clause set before the sentence's main clause
    ends: "While the agency has said the gaps must be closed, it is clear that ...": the cue
    says no more than its clause holds; the main clause is the writer's (issue 18, round
    twenty-nine, 29s: H1N1_reuters seed 101 Q35 ran on into it). Only a clause with a
    subordinator ("while", "although", "as") before a main clause with its own subject after
    it: a parse that hangs "because he believes that X can right every wrong, regulate ..." on
    the list's second verb (no subject: no main clause) is left alone. "said that while the dam
    is safe, it must be repaired" (the "while" inside the content) is untouched: there the cue
    is the root. The last word's index, or ``last``."""
    subjects = [x for x in cue.head.children if x.dep_ in ("nsubj", "nsubjpass", "expl") and x.i > cue.right_edge.i]
    # (a "when" the parse reads as an adverb opens such a clause too: "When the other lady said
    # she was only testing him, the man tried to ...": round forty-seven, integrator, in-sample:
    # seed 162's fnc1_c007 Q8 ran on into the main clause)
    opened = any(x.dep_ == "mark" or (x.dep_ == "advmod" and x.tag_ == "WRB" and x.i < cue.i) for x in cue.children)
    # (the parse may read such a clause as the main verb's ccomp: "During the meeting wherein the
    # Post asserted that Roe proposed a deal, it was actually Acme who proposed it, a source
    # said": round fifty-three, seed 168 c065 Q5 ran on into the source's opposite claim)
    if cue.dep_ in ("advcl", "ccomp") and cue.head.i > cue.i and opened and subjects:
        # up to the main clause's subject, not the cue's own subtree: the parse may hang the
        # content's "as if ..." on the main verb ("have insisted that they attacked the leak as if
        # it were a larger spill, that is not apparent"), and it is still the fronted clause's
        doc = cue.doc
        k = subjects[0].left_edge.i - 1
        while k > cue.i and (doc[k].is_punct or doc[k].is_space):
            k -= 1
        return min(last, max(k, cue.right_edge.i))
    return last


def _colon_elaboration(cue, right: int, last: int) -> int:
    """Where a clause content ends whose sentence (as the parse splits it) stops at a colon after
    a noun that points ahead (data/cataphoric_nouns.txt): "the Herald is reporting that Smith
    learned the true reason behind the deal: the buyer only wanted the patents". What follows
    the colon is that reason, part of what was reported (round fifty-one, seed 166 fnc1_c036
    Q1 stopped at the colon). Only a colon right after the noun, a clause with a verb of its own
    after it, no quote mark and no verb of saying in it, in the same paragraph; the last word of
    that clause, or ``last``. A colon after another word ("said two things were sure: ...") or
    before a quotation (a colon lead-in) is left alone."""
    doc = cue.doc
    colon = cue.sent.end - 1
    if last != colon or colon + 1 >= len(doc) or doc[colon].text != ":" or right > colon:
        return last
    noun = doc[colon - 1]
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "the true reason behind the deal": the noun the phrase hangs on
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.words("analyse/cataphoric_nouns.txt"):
        return last
    after = doc[colon + 1].sent
    words = list(doc[colon + 1 : after.end])
    if after.start != colon + 1 or any(t.is_space and "\n" in t.text for t in words[:-1]) \
            or any(t.is_quote or t.text in _MARKS for t in words) \
            or any(t.pos_ in ("VERB", "AUX") and is_cue(t, mental=True) for t in words) \
            or not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in words):
        return last
    return after.end - 1


def _infinitive_end(cue, c, right):
    """The last word of an infinitive content with the relative clause the parse hung on the
    cue after it (_after_infinitive): "to prepare for a long battle against the virus it
    officially calls A (H1N1)" (issue 18, round twenty-nine, 29s). ``right`` otherwise."""
    if c.dep_ != "xcomp":
        return right
    tails = [x for x in cue.children if x.dep_ == "ccomp" and x.i > c.i and _after_infinitive(cue, x)]
    return max([right, *(x.right_edge for x in tails)], key=lambda t: t.i)


def _comment_on_object(sdoc, c, left: int, right: int) -> int:
    """Where a noun or infinitive content ends before a closing non-restrictive "which" clause
    (issue 18, round twenty-nine, 29s): "authorities recommend hand washing and avoiding
    handshakes, which did not stop earlier epidemics", "pledged a law by August, which ...",
    "promised to pay all claims, which will carry the cost to billions". What was recommended,
    pledged or promised is the thing or the deed; the comment on it after a comma is the
    writer's (the in-sample audits judged all four such spans run on: H1N1_reuters-101 Q19,
    bpoil_guardian-83 Q14, bpoil_reuters-43 Q8, bpoil_washingtonpost-73 Q17). A clause
    content ("said the plant, which employs 300, would close"; "said it would pay for the dam,
    which cost $5m") is not read here: a speaker's clause may hold its own "which" (the
    audits judged those whole), and a restrictive "which" with no comma stays. The last
    word's index, or ``right``."""
    if c.dep_ == "ccomp":
        return right
    for x in sdoc[left : right + 1]:
        first = x.left_edge
        if x.dep_ != "relcl" or first.lower_ != "which" or first.i <= left or sdoc[first.i - 1].text != ",":
            continue
        if any(t.dep_ == "prep" and t.lower_ == "as" for t in x.subtree):
            return right  # "stressing the failure of a valve, which was made by Acme, as a central element":
            # the parse put the cue's predicate inside the clause (the harness showed it)
        end = right
        while end > first.i and sdoc[end].is_punct:
            end -= 1
        if x.right_edge.i >= end:
            k = first.i - 2
            while k > left and sdoc[k].is_punct:
                k -= 1
            return k
    return right


def _before_relay(sdoc, cue, left: int, right: int) -> int:
    """Where a content ends before the relaying agency's tag of a report of a report ("..., AFP
    reported", ``_trailing_relay``; 18q): the last word before the tag's comma, or ``right``."""
    relay = next((x for x in sdoc[left : right + 1] if x.dep_ == "ccomp"
                  and getattr(_trailing_relay(x), "i", None) == cue.i), None)
    if relay is None:
        return right
    k = min(t.left_edge.i for t in relay.children if t.dep_ == "nsubj") - 1
    while k > left and sdoc[k].is_punct:
        k -= 1
    return k


def _relay_tag_start(cue, x) -> int:
    """Where a later part ``x`` of a cue starts: its left edge, or, when ``x`` is the trailing
    relay tag of the cue's report ("X said the trainers were welcome but the move, months late,
    was belated, state television reported", ``_trailing_relay``), its subject's left edge. The
    parse may hang the content's own tail under that tag ("was belated" on "reported"), whose
    subtree then starts inside the content and would cut it (round fifty, seed 165 c042 Q8)."""
    if getattr(_trailing_relay(x), "i", None) != cue.i:
        return x.left_edge.i
    return min((c.left_edge.i for c in x.children if c.dep_ == "nsubj"), default=x.left_edge.i)


def _gloss_after_mark(sdoc, left: int, right: int) -> int:
    """Where a content ends when it closes a quotation and the reporter glosses it: 'said there
    was "no sign we face a crisis like 1957", when a flu outbreak killed millions' (the clause
    after the closing mark, a comma and a "when"/"where" (tag WRB) is the reporter's note on the
    words, not part of them; issue 18, round twenty, 18q). The closing mark's index, or
    ``right``. A "when" inside the quotation, or one with no quotation before it ("said prices
    would fall, when the harvest came in"), is left alone."""
    marks = 0
    for k in range(left, right - 1):
        t = sdoc[k]
        if t.is_quote:
            marks += 1
            if marks % 2 == 0 and sdoc[k + 1].text == "," and sdoc[k + 2].tag_ == "WRB":
                return k
    return right


def _relayed_report(ctx: _Ctx, tok, c):
    """The inner cue of a report of a report: "Prime Minister Jane Roe said more than 1,000
    had died, Acme News reported", "Acme News reported Jane Roe said ...". The content of
    "reported" is the clause "Roe said ...", whose own cue gives Roe as the speaker of what
    follows it; taken whole, the agency would be the speaker and the content would hold
    "Roe said" (issue 18, 18w). The inner cue: a verb of saying (not belief) heading the
    clausal complement, with a named subject (a tagged mention, not a pronoun) of its own and a
    clause of its own, right next to the outer cue (a comma and the outer subject between, or
    "that"). None otherwise ("Acme reported the minister had resigned": no cue; "Acme reported
    it said ...": a pronoun; two reports the parse joined across a lost sentence boundary).
    What depends on the outer cue alone (a verb of news reporting with no other clause) the
    caller, ``_note_relayed``, checks once."""
    if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX") or not is_cue(c) or ctx.inside_quote(c.idx):
        return None
    subj = [x for x in c.children if x.dep_ == "nsubj"]
    if not subj or subj[0].i not in ctx.tok_mention or subj[0].pos_ != "PROPN":
        return None
    if not any(x.dep_ == "ccomp" for x in c.children):
        return None
    if any(x.dep_ == "aux" and (x.tag_ == "MD" or x.lower_ == "to") for x in c.children):
        return None  # "Acme is reporting that Roe will announce X": Acme's forecast, not Roe's words yet
    doc = c.doc
    if c.i < tok.i:  # "Roe said X, Acme reported": only a comma and the outer subject between
        by = [x for x in tok.children if x.dep_ == "nsubj"]
        gap = doc[c.right_edge.i + 1 : by[0].left_edge.i if by else tok.i]
        if not by or by[0].i > tok.i or [t.text for t in gap] != [","]:
            return None
    elif any(t.lower_ != "that" for t in doc[tok.i + 1 : c.left_edge.i]):
        return None  # "Acme reported (that) Roe said X": the inner report right after the cue
    return c if "\n" not in doc_text(doc)[min(c.idx, tok.idx) : max(c.idx, tok.idx)] else None


def _note_relayed(ctx: _Ctx, tok) -> bool:
    """Is ``tok`` the outer cue of a report of a report (``_relayed_report``)? Noted on ctx
    (inner cue -> outer cue) for ``_relayed_evidence``; the outer cue then gives no quote.
    The outer cue is a verb of news reporting (data/relay_cues.txt; "Olson said that Cole had
    claimed X" is Olson's own statement about the claim) with one clausal complement, the
    inner report (a clause of its own besides: the parse joined two reports)."""
    if tok.lemma_.lower() not in lexicon.words("analyse/relay_cues.txt"):
        return False
    if (inner := _trailing_relay(tok)) is not None:
        ctx.relayed[inner.i] = tok  # "X said that ..., AFP reports": X's words, AFP relays them (18q)
        return True
    clauses = [x for x in tok.children if x.dep_ in ("ccomp", "xcomp")]
    if len(clauses) != 1:
        return False
    relayed = _relayed_report(ctx, tok, clauses[0])
    if relayed is None:
        return False
    ctx.relayed[relayed.i] = tok
    return True


def _relayed_evidence(ctx: _Ctx, cue, speaker: dict) -> None:
    """The agency that relayed the inner speaker's words, kept in the evidence (story.json has
    no field for a relaying source; the speaker is the inner cue's subject)."""
    outer = ctx.relayed.get(cue.i)
    if outer is None or not speaker.get("speaker_evidence"):
        return
    by = _subject(outer)
    speaker["speaker_evidence"] += (f"; relayed by {_np_span(by).text if by is not None else 'a report'} "
                                    f"('{outer.text}'), who is not the speaker")


def _trailing_relay(tok):
    """The inner cue when ``tok`` is the trailing tag of a report of a report that the parse
    turned round: "The head of the clinic said that 300 patients were waiting, AFP reports"
    hangs "reports" on "said" as a second clause. The agency only relays the head's words; taken
    as a quote of its own, the agency would be the speaker of "The head ... said that ..." and the
    head's content would run on into ", AFP reports" (issue 18, round twenty, 18q). The tag: a verb
    of news reporting (data/relay_cues.txt) with a subject right after a comma, nothing of its own
    after it, hung as a clause on a verb of saying whose own clause comes before it in the same
    paragraph. None otherwise ("Roe said the tests were clean and Acme reports a profit":
    no comma before the subject; "..., AFP reports, citing police": the tag has more)."""
    head = tok.head
    if tok.dep_ != "ccomp" or tok.lemma_.lower() not in lexicon.words("analyse/relay_cues.txt") \
            or head.i >= tok.i or not is_cue(head) or head.lemma_.lower() in lexicon.words("analyse/relay_cues.txt"):
        return None
    subj = [x for x in tok.children if x.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].left_edge.i == 0 or tok.doc[_before_closing_marks(tok.doc, subj[0].left_edge.i - 1)].text != "," \
            or any(x.i > tok.i and not x.is_punct for x in tok.subtree):
        return None
    if not any(c.dep_ == "ccomp" and head.i < c.i < subj[0].left_edge.i for c in (*head.children, *tok.children)):
        return None  # the head's clause, hung on the head or (past tense, "AFP reported") on the tag
    doc = tok.doc
    return head if "\n" not in doc_text(doc)[head.idx : tok.idx] else None


def _before_closing_marks(doc, k: int) -> int:
    """The index before the closing quotation marks that end at ``k``: the comma a quotation
    closes on stands inside its marks ('he said, "the response was fine," The Times reports': round
    fifty-two, seed 167 fnc1_c047 Q9, the tag's comma inside the marks), or ``k``."""
    while k > 0 and doc[k].is_quote:
        k -= 1
    return k


def _reported_by_cue(tok) -> bool:
    """Is a cue's clause itself reported by another cue? "who said they expect ...": "expect"
    is, by "said". Only a clausal complement of a cue in the same paragraph (the parse joins
    paragraphs at times: a broken parse, not a report).

    Not one question with ``_said_above`` (round fifty, code health): that one asks whether a
    narrated belief stands anywhere under a verb of saying (any depth, any dependency, verbs
    of saying only, no paragraph test); this one whether a cue is the clausal complement of
    the cue right above it, mental verbs counted, within one paragraph. See ``_said_above``."""
    return (tok.dep_ in ("ccomp", "xcomp") and tok.head.i != tok.i and is_cue(tok.head, mental=True)
            and not any("\n" in t.text or "\n" in t.whitespace_ for t in tok.doc[min(tok.i, tok.head.i) : max(tok.i, tok.head.i)]))


def _after_relative_cue(sdoc, cue: int, right: int) -> int:
    """Where the content starts after a cue whose clause's subject stands before it ("what it
    said were major failures", "which Fukuda said is 'a significant step'"): after a lone
    copula; but a tense or modal auxiliary is part of the claim ("which he said had been a
    problem", "what she said could take weeks": dropping it turns "could be" into "is"), so
    then right after the cue (issue 18, round eighteen, 18y)."""
    k = cue + 1
    while k < right and sdoc[k].pos_ in ("AUX",) or (k < right and sdoc[k].lemma_ == "be"):
        k += 1
    if any(x.pos_ == "AUX" and x.lemma_ != "be" for x in sdoc[cue + 1 : k]):
        return cue + 1
    return k


def _clause_start(sdoc, tok, c):
    """Where a content clause (a ccomp of the cue) starts."""
    left = c.left_edge
    if (not any(x.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for x in c.children)
            and left.i > tok.i + 1 and not any(t.is_punct and t.text not in "-–" for t in sdoc[tok.i + 1 : left.i])):
        # "Officials say between 100 and 150 people ... are still missing": the parse hangs the
        # clause's subject on the cue; the content starts right after the cue
        return sdoc[tok.i + 1]
    d = _object_as_subject(tok, c)
    left = d.left_edge if d is not None else left  # "says damage to the capital, Port Ellery, is severe": from "damage"
    return sdoc[_comparative_correlative(sdoc, tok, left.i)]


def _is_comparative(t) -> bool:
    return t.tag_ in ("JJR", "RBR") or t.lower_ in ("more", "less", "fewer")


def _comparative_correlative(sdoc, tok, left: int) -> int:
    """Where a content set as a comparative correlative starts: "said the older the pupil, the
    less patient he or she was" (round fifty-six, seed 171 c093 Q8: the parse took "the older
    the child" for the cue's object and the content began at "the less"). The two halves are
    one statement; when the content opens on "the" and a comparative, and the words between the
    cue and it do too and end on a comma with no other stop, the content starts right after the
    cue. Read from the part-of-speech tags (JJR/RBR, "more"/"less"/"fewer"), the construction's
    own shape, not from a word list; otherwise ``left``."""
    if left - tok.i < 4 or left - tok.i > 12 or left + 1 >= len(sdoc):
        return left
    first, second = sdoc[tok.i + 1], sdoc[tok.i + 2]
    if not (sdoc[left].lower_ == "the" and _is_comparative(sdoc[left + 1])
            and first.lower_ == "the" and _is_comparative(second) and sdoc[left - 1].text == ","):
        return left
    if any(t.is_punct or "\n" in t.text for t in sdoc[tok.i + 1 : left - 1]):
        return left
    return tok.i + 1


def _object_before_clause(tok, c):
    """The cue's noun object standing between it and a clause ``c`` that has no subject of its
    own, or None: the parse shape read by ``_object_as_subject`` (the object is the clause's
    subject) and ``_shared_object`` (the object of "share" read across the cue)."""
    if any(x.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for x in c.children):
        return None
    return next((x for x in tok.children if x.dep_ == "dobj" and tok.i < x.i < c.i), None)


def _object_as_subject(tok, c):
    """The subject of a content clause that the parse hung on the cue as its object when a
    comma set it off ("Witnesses say a school near the capital, Port Ellery, has collapsed":
    "school" the cue's object, the clause "has collapsed" with no subject): that object,
    when it stands right after the cue and only it and commas come before the clause; None
    for a clause with its own subject, and for a cue whose object is the person told."""
    if tok.lemma_.lower() in _ADDRESSEE_VERBS:
        return None
    d = _object_before_clause(tok, c)
    if d is None or d.left_edge.i != tok.i + 1 or d.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = tok.doc
    between = range(d.right_edge.i + 1, c.left_edge.i)
    return d if all(doc[k].text == "," for k in between) else None


def _short_content(cue, comp) -> bool:
    """A content under ten characters that is still something said: a clause with its own
    subject and a finite verb or modal ("Jane Roe said she would", "said it was"), or a
    short object of a verb whose object is what was said ("announced support", "denied any
    part"). A bare "so", "yes" or a fragment stays out."""
    if comp.dep_ == "dobj":
        return _plain_object(cue, comp) and not _bracketed_aside(cue, comp)
    if comp.dep_ != "ccomp" or comp.pos_ not in ("VERB", "AUX") or _borrowed_subject(cue):
        return False
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "than", "like") for c in cue.children):
        return False  # "He resigned, as he said he would": the writer's statement that a promise was kept
    finite = comp.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        x.dep_ == "aux" and x.tag_ in ("MD", "VBD", "VBZ", "VBP") for x in comp.children)
    return finite and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in comp.children)


def _bracketed_aside(cue, obj) -> bool:
    """Is the cue and its short object a bracketed aside inside the writer's sentence: "then
    pick a diet (the doctor recommends hay) and let it rest"? The object fills in a thing the
    sentence outside the brackets names ("a diet": hay), so the word alone holds no claim of its
    own; what was recommended is the choice the writer's sentence tells (round fifty-one, seed
    166 c051 Q2, judged cut: "male" for "assign a gender (the vet recommends male)"). Only for
    the short object ``_short_content`` lets in under ten characters: a "(" before the cue and
    a ")" right after the object, in the same sentence, with no bracket between."""
    sent = cue.sent
    opening = next((t for t in reversed(cue.doc[sent.start : cue.i]) if t.text in "()"), None)
    after = obj.right_edge.i + 1
    return (opening is not None and opening.text == "(" and after < sent.end and cue.doc[after].text == ")"
            and not any(t.text in "()" for t in cue.doc[cue.i : after]))


@functools.cache
def _saying_times() -> frozenset[str]:
    """The weekday and month names written out ("monday", "march"), lower-case: the longest of
    each day's and month's names in the normaliser's data/timenorm.json (which the dateline
    reads too), not a list of their own. A phrase opening with an abbreviation ("on Tues") is
    not read as the time of saying."""
    out: set[str] = set()
    for key in ("months", "weekdays"):
        longest: dict[int, str] = {}
        for name, number in timenorm.lexicon()[key].items():
            if len(name) > len(longest.get(number, "")):
                longest[number] = name
        out |= set(longest.values())
    return frozenset(out)


def _time_of_saying(sdoc, cue, left: int, right: int) -> int:
    """Where a content starts that the parse opened with the time of saying: "Jane Roe said on
    Monday the plant had closed" (the parse hangs "on Monday" on "closed"; news style puts the
    day the words were said right after the verb). "on" right after the cue, a weekday or month
    written out (:func:`_saying_times`) as its object and only date words in the phrase, and the clause
    after it: the index after the phrase; else ``left``. "said that on Monday the plant will
    close" (after "that", the time is the clause's) is left alone (issue 18, round seventeen, 18s)."""
    on = sdoc[left]
    if left != cue.i + 1 or on.lower_ not in ("on", "in") or on.dep_ != "prep":
        return left
    end = on.right_edge.i
    phrase = sdoc[left + 1 : end + 1]
    if on.lower_ == "on" and phrase and phrase[0].ent_type_ == "DATE" and not all(
            t.ent_type_ in ("DATE", "TIME") for t in phrase):
        end = _swallowed_subject(sdoc, cue, on, end)
        phrase = sdoc[left + 1 : end + 1]
    if not 1 <= len(phrase) <= 4 or end + 1 >= right or sdoc[end + 1].is_punct:
        return left
    if not all(t.ent_type_ in ("DATE", "TIME") for t in phrase):
        return left
    if on.lower_ == "on" and phrase[0].lower_ not in _saying_times():
        return left
    # "said in March it would sell", "said in late August the oil was gone": "in" with a month
    # written out (a weekday takes "on"; "said in 2009 ..." and "in recent weeks" are left alone)
    if on.lower_ == "in" and not any(t.lower_ in _saying_times() for t in phrase):
        return left
    return end + 1


def _time_before_comma(sdoc, cue, c, left: int) -> int:
    """Where a content starts that the parse opened with the time of saying set off by a comma:
    "As Jane Roe noted this morning, the currency has fallen" (the parse hangs "this morning" on
    "fallen"; the comma closes the cue's own clause, round fifty-one, seed 166 c045 Q1: the
    content opened "this morning, Riyal forwards ..."). Only words right after the cue, all of
    them a date or time (spaCy's DATE/TIME entities: "this morning", "on Tuesday", "last
    week"), then a comma before the clause's subject: the index after the comma; else
    ``left``. "said that this morning, the ..." (after "that", the time is the clause's) stays."""
    if left != cue.i + 1:
        return left
    subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return left
    comma = next((t.i for t in sdoc[left : subj.left_edge.i] if t.text == ","), None)
    if comma is None or comma == left or comma + 1 != subj.left_edge.i:
        return left
    words = sdoc[left:comma]
    if not all(t.ent_type_ in ("DATE", "TIME") or (t.pos_ == "ADP" and t.i == left) for t in words):
        return left
    return comma + 1


def _swallowed_subject(sdoc, cue, on, end: int) -> int:
    """"Brokers said on Thursday Acme should halt its buyback": the parse reads "Thursday Acme"
    as one noun and leaves the clause ("should cut") with no subject of its own. When the
    phrase after "on" opens with date words and the rest of it is a noun the cue's clause
    lacks as its subject (the clause right after it, with no subject), the time phrase is
    only the date words: the index of the last of them; else ``end`` (issue 18, round
    twenty-three, 18w)."""
    k = on.i + 1
    while k <= end and sdoc[k].ent_type_ in ("DATE", "TIME"):
        k += 1
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.left_edge.i == end + 1), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return end
    if sdoc[end].dep_ != "pobj" or sdoc[end].head.i != on.i or sdoc[end].pos_ not in ("PROPN", "NOUN", "PRON"):
        return end
    return k - 1


@functools.cache
def _saying_occasions() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """data/saying_occasions.txt's (preposition, noun) pairs and their prepositions, read once."""
    pairs = frozenset(tuple(w.split()) for w in lexicon.words("analyse/saying_occasions.txt"))
    return pairs, frozenset(p[0] for p in pairs)


def _occasion_tail(sdoc, left: int, right: int) -> int | None:
    """The index of the comma that sets off the occasion of saying closing a reported content:
    "Jane Roe says the mill must pay the wages, at a council hearing" (the parse hangs the
    phrase inside the content; it tells where the words were said, not what was said). A comma,
    then a preposition with a determiner and a noun, the pair in data/saying_occasions.txt ("at
    ... hearing", "in ... interview"), the phrase running to the content's end; None otherwise ("workers will protest at a hearing"
    with no comma, "..., at a cost of $5m": the content's own) (issue 18, round eighteen, 18y)."""
    pairs, preps = _saying_occasions()
    right = _last_word(sdoc, left, right)  # the span may still end on the paragraph break the parse ran into
    for k in range(right - 1, left, -1):
        at = sdoc[k]
        if at.lower_ not in preps or sdoc[k - 1].text != "," or at.dep_ != "prep" or at.right_edge.i < right:
            continue
        obj = next((c for c in at.children if c.dep_ == "pobj"), None)
        if obj is None or (at.lower_, obj.lemma_.lower()) not in pairs \
                or not any(c.dep_ in ("det", "poss") for c in obj.children):
            return None
        return k - 1 if k - 1 > left else None
    return None


def _after_time(noun) -> int:
    """The index after a cue noun and a time phrase hung on it: "Jane Roe's claim Monday
    that ...", "her claim last week that ..." read as "Jane Roe's claim that ..."; any other
    word there ("the claim he made that ...") is not skipped."""
    k = noun.i + 1
    doc = noun.doc
    while k < len(doc) and doc[k].ent_type_ in ("DATE", "TIME") and (
            doc[k].head.i == noun.i or doc[k].head.i in range(noun.i + 1, k + 2)):
        k += 1
    return k


def _noun_owner(ctx: _Ctx, noun):
    """Whose statement a cue noun is: its possessor ("Trump's claim", "his view"), a name
    before it ("a New York Times report"), or "by X" ("a warning by the agency"); None when
    the noun names no one ("the claim that he lied", "charges that")."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    names_before = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.i in ctx.tok_mention]
    if names_before:
        return names_before[-1]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i:
            objs = [x for x in c.children if x.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _noun_cands(ctx: _Ctx, sdoc, covered) -> list[_Cand]:
    """A statement or belief carried by a noun with a "that" clause and an owner:
    "The paper seized on Roe's claim that there have been hundreds of break-ins",
    "a New York Times report that Trump had a net loss" (data/cue_nouns.txt). Not a relative
    clause ("the claim that he made", where "that" is the clause's object), not a noun with
    no owner, not a heading, not inside a quotation."""
    text = ctx.text
    nouns = lexicon.words("analyse/cue_nouns.txt")
    out = []
    for tok in sdoc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or tok.tag_ != "NN" or ctx.inside_quote(tok.idx):
            continue
        clause = [c for c in tok.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > tok.i
                  and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == _after_time(tok) for m in c.children)
                  and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)]
        if not clause:
            continue
        if tok.dep_ == "dobj" and is_cue(tok.head, mental=True):
            continue  # "BP repeated its view that ...": the cue verb's object, found with the verb
        owner = _noun_owner(ctx, tok)
        if owner is None:
            continue
        c = clause[0]
        a, b = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
        if (k := _report_conceded(sdoc, c.left_edge.i, c.right_edge.i)) is not None:
            b = sdoc[k].idx  # "its estimate that ... - despite claims from experts that ...": the writer's (26p)
        nl = text.find("\n", tok.idx)
        if nl >= 0 and b > nl:
            b = nl
        a, b = _trim_marks(text, a, b)
        if b - a < 10 or covered(a, b) or any(x <= tok.idx < y for x, y in ctx.heading):
            continue
        out.append(_Cand(a, b, "noun", cue=tok, source=owner))
    return out


def _past_broken_parenthesis(text: str, a: int, b: int) -> int:
    """A content cut at a line break inside parentheses runs on to the end of that next
    line: sources split sentences at a ticker's full stop ("from France's Total (TOTF.\n\n
    PA) for $991 million in cash."). Only when the parenthesis closes early in the next line."""
    if text.count("(", a, b) <= text.count(")", a, b):
        return b
    k = b
    while k < len(text) and (text[k] in ". \t\u00a0" or text[k] == "\n"):
        k += 1
    if "\n" not in text[b:k]:
        return b
    close = text.find(")", k, k + 12)
    if close < 0 or "\n" in text[k:close]:
        return b
    end = text.find("\n", close)
    end = len(text) if end < 0 else end
    return _trim_chars(text, a, end)[1]


def _bracket_closed_after(text: str, a: int, b: int) -> int:
    """Where a reported content ends that stops inside a bracket it opened, the closing bracket
    right after it ('called warming a hoax made up by the French (and bankers' + ')'): the parse
    leaves the bracket out as punctuation, but a span never ends inside an open bracket of its
    own sentence; the content takes the bracket (round fifty-three, seed 168 c064 Q4). Only a
    round bracket the content opened and left open, closed right after its end (spaces
    between at most); else ``b``."""
    if text.count("(", a, b) <= text.count(")", a, b):
        return b
    k = b
    while k < len(text) and text[k] in " \u00a0":
        k += 1
    return k + 1 if text[k : k + 1] == ")" else b


def _continues(verb, x) -> bool:
    """Does a later part the parse hangs on the cue verb still belong to what was said?
    A second clause ("Acme managers say such a recall is possible should it prove
    needed") and a contrast with its own subject ("says it could take weeks, but they will
    have the road open again") do; "..., and he added that", "..., but he gave no details"
    (the speaker's own doing, told by the reporter) and "..., when he visited" do not."""
    if x.dep_ == "ccomp":
        return _trailing_relay(x) is None  # "..., AFP reports": the relaying agency's tag, not said (18q)
    if _second_correlate(verb, x) or _count_filled(verb, x) or _list_tail(verb, x) or _verbless_sequel(verb, x) \
            or _infinitive_list_tail(verb, x) or _finding_figures(verb, x) or _quoted_own_reason(verb, x) \
            or _reason_clause(verb, x) or _change_restated(verb, x):
        return True  # "not just the bakeries, but the boats as well", "two firms: Acme and Globex" (18s, round nineteen)
    if x.dep_ == "cc" and x.lower_ in ("and", "but") and _that_clause_after(x) and not _reported_by_cue(verb):
        return True  # "said the situation was grim, but that crews were working fast": the same cue's second clause
    conj = [c for c in verb.children if c.dep_ == "conj" and c.i > x.i] if x.dep_ == "cc" else [x]
    if conj and x.lower_ in ("and", conj[0].lower_) and _modal_sequel(verb, conj[0]):
        return True  # "said 20 homes were lost and it may be to blame for more": the speaker's hedge (24s)
    if conj and x.lower_ in ("and", conj[0].lower_) and _pronoun_sequel(verb, conj[0]):
        return True  # "said it was a case of workers with unmet needs and they needed ...": r56 c093 Q12
    if x.dep_ == "cc" and x.lower_ not in ("but", "yet"):
        return False
    if not conj or conj[0].dep_ != "conj" or conj[0].pos_ not in ("VERB", "AUX") or is_cue(conj[0], mental=True):
        return False
    c = conj[0]
    if _forms(c) & lexicon.words("analyse/rebuttal_verbs.txt"):
        # "contend the impact was overblown, but Roe, who heads the recovery, rejected those
        # claims": a rebuttal by another is the reporter's account of a second source's
        # answer, not the first source's words (round sixty, seed 175 bpoil_foxnews Q11)
        return False
    if not any(b.dep_ == "cc" and b.lower_ in ("but", "yet") and b.i < c.i for b in verb.children):
        return False
    if _modal_contrast(verb, c):
        return True  # "says he is sorry but will not be paying for it": his intent, what he says (r54)
    subj = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass", "expl")]
    own = _subject(verb)
    if not subj or subj[0].lower_ in ("he", "she", "i") or (own is not None and subj[0].lower_ == own.lower_):
        return False
    if _deed_against_forecast(verb, c, subj[0]):
        return False
    if _present_after_backshift(verb, c):
        return False
    form = speakers.pronouns().get(subj[0].lower_)
    # "BP said ..., but it gave no timetable": a pronoun that agrees with the speaker is the speaker
    return not (form is not None and own is not None and form[1] == ("pl" if own.tag_ in ("NNS", "NNPS") else "sg"))


def _change_restated(verb, x) -> bool:
    """Is ``x``, a participle the parse hangs on the cue after its content clause, the change
    that clause tells, given in figures from one level to another: "pledged that his country
    would more than double its renewable energy production, going from 175 gigawatts to 450
    gigawatts by 2022" (round fifty-eight, seed 172 Q39, whole: cut, the pledge's figures left
    out)? A participle of change or of going (data/change_participles.txt) after a comma, with no
    subject of its own and no verb of saying in it, holding both a "from" and a "to" phrase with
    a number, and running to the sentence's end. ", adding that ...", ", citing ..." (the
    speaker's other acts) and ", sending shares from $5 to $3" (a consequence the writer tells:
    no change verb) stay out."""
    if x.dep_ != "advcl" or x.tag_ != "VBG" or x.i == 0 or x.doc[x.i - 1].text != "," \
            or not _forms(x) & lexicon.words("analyse/change_participles.txt"):
        return False
    if not any(c.dep_ == "ccomp" and c.i < x.i for c in verb.children):
        return False
    sub = list(x.subtree)
    if any(t.dep_ in ("nsubj", "nsubjpass") or (t.i != x.i and is_cue(t, mental=True)) for t in sub):
        return False
    ends = {p.lower_ for p in sub if p.dep_ == "prep" and p.lower_ in ("from", "to")
            and any(t.like_num for t in p.subtree)}
    return ends == {"from", "to"} and all(t.is_punct or t.is_space for t in x.doc[x.right_edge.i + 1 : verb.sent.end])


_BACKSHIFTED = lexicon.words("analyse/backshifted_modals.txt")


def _present_after_backshift(verb, c) -> bool:
    """Is the "but" clause with a subject of its own a present-tense account set after a past
    report whose clause is backshifted: "Trump has since said that a deal signing would take
    place in farm country, but the Chinese have been reluctant to commit to a meeting" (round
    fifty-eight, seed 172 Q76, whole: cut, run on into the reporter's clause)? What the speaker
    said is told in the past ("would take"); a clause in the present perfect after it ("have
    been", "has refused") is not under that report's shift of tense: it tells what has happened
    up to the writer's now, the writer's own account. Only a past cue ("said", "has said") with a
    ccomp whose verb is a past-form modal or a past tense, and a clause of "have"/"has" and a
    participle. A present simple ("said it would be easier, but the group chooses not to": a
    habit the speaker may tell; the FNC-1 census's one such clause), a present cue ("says it
    could take weeks, but they will ...") and a backshifted sequel ("but they had been
    reluctant") go on as before."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    content = next((x for x in verb.children if x.dep_ == "ccomp" and x.i < c.i), None)
    if content is None:
        return False
    shifted = content.tag_ == "VBD" or any(x.dep_ == "aux" and x.lower_ in _BACKSHIFTED for x in content.children)
    if not shifted:
        return False
    finite = [x for x in c.children if x.dep_ in ("aux", "auxpass") and x.i < c.i]
    return bool(finite) and finite[0].lemma_.lower() == "have" and finite[0].tag_ in ("VBZ", "VBP") and c.tag_ == "VBN"


def _reason_clause(verb, x) -> bool:
    """Is ``x``, an adverbial clause the parse hangs on the cue after its content clause, the
    reason the content gives: "Roe says she is saddened by the anger over the letter she wrote
    because "engineers at the agency" concluded that the dam was safe" (seed 169, fnc1_c073 Q9
    and Q14: the span stopped before "because")? The clause opens on a subordinator of reason
    (data/reason_marks.txt) with no comma or dash before it: unset off, it restricts the
    predicate right before it, the content's, not the act of saying; it runs to the sentence's
    end. ", because the shop had closed" (set off: the writer's note on the saying, unless its
    quoted words are the speaker's, _quoted_own_reason), a clause before the content and one on a
    cue with a modal ("Acme can claim the ring is gold because it is 75 percent gold": the
    writer's ground for what may be claimed; the FNC-1 census's one such clause) stay out."""
    if x.dep_ != "advcl" or x.i < verb.i or x.left_edge.i == 0:
        return False
    if any(y.dep_ == "aux" and y.tag_ == "MD" for y in verb.children):
        return False  # "Acme can claim it is gold because ...": the ground of what may be claimed, the writer's
    doc = x.doc
    mark = doc[x.left_edge.i]
    if mark.dep_ != "mark" or mark.head.i != x.i or mark.lower_ not in lexicon.words("analyse/reason_marks.txt"):
        return False
    if doc[mark.i - 1].is_punct or doc[mark.i - 1].is_space:
        return False
    if not any(k.dep_ == "ccomp" and verb.i < k.i and k.right_edge.i < mark.i for k in verb.children):
        return False
    return all(t.is_punct or t.is_space for t in doc[x.right_edge.i + 1 : verb.sent.end])


def _modal_contrast(verb, c) -> bool:
    """Is ``c`` (a verb the parse joined by "but"/"yet" to the cue, after its clause) the
    content's second predicate, the speaker's stated intent or stance: "Roe says she is sorry
    for the delay but will not be paying for the repair" (seed 169, fnc1_c060 Q4: the span
    stopped at "delay")? A verb with no subject of its own (the content's subject goes on)
    carrying a modal auxiliary (data/modals.txt: "will", "would", "can", ...): what someone
    will or would do is known from their saying it, not a deed the reporter saw. Not a verb of
    saying or belief (a second report, _next_report's), nor a refusal to tell ("but would not
    give details": data/declined_tail_verbs.txt, the reporter's account of the interview), nor
    when the cue has no clause before it. "..., but gave no details" (no modal) stays out."""
    if any(y.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for y in c.children):
        return False
    if not any(y.dep_ == "aux" and y.lower_ in lexicon.flagged("modals.txt") for y in c.children):
        return False
    if c.lemma_.lower() in lexicon.words("analyse/declined_tail_verbs.txt"):
        return False
    return any(k.dep_ == "ccomp" and verb.i < k.i < c.i for k in verb.children)


def _quoted_own_reason(verb, x) -> bool:
    """Is x, a subordinate clause the parse hangs on the cue after a comma ("Roe says it is worth
    it, because the dog has been "part of my family" since May"), the speaker's own reason? Its
    quoted words in the first person (data/first_person_words.txt inside quote marks) are the
    speaker's, so the clause is part of what was said, not the writer's note on the saying (round
    fifty-one, seed 166 fnc1_c051 Q3 stopped at "it's worth it"). Only a clause with a subordinator
    of its own, no verb of saying in it (", adding "I ..."" is a second report) and running to the
    sentence's end; a clause without such a quotation (", because the shop had closed") stays
    the writer's, as before."""
    if x.dep_ != "advcl" or x.i < verb.i or not any(c.dep_ == "mark" and c.i < x.i for c in x.children):
        return False
    doc = x.doc
    first, last = x.left_edge.i, x.right_edge.i
    if first == 0 or doc[first - 1].text != "," \
            or any(t.pos_ in ("VERB", "AUX") and is_cue(t, mental=True) for t in doc[first : last + 1]) \
            or not all(t.is_punct or t.is_space for t in doc[last + 1 : verb.sent.end]):
        return False
    words = lexicon.words("analyse/first_person_words.txt")
    return any(t.lower_ in words and not (len(t.text) > 1 and t.text.isupper()) and _quoted_at(doc, first, t.i)
               for t in doc[first : last + 1])


def _finding_figures(verb, x) -> bool:
    """Is x, a ", with <figures>" phrase the parse hangs on a finding's cue (data/finding_cues.txt:
    "shows", "found"), the rest of what was found: "the Acme poll shows Hale with a five-point lead,
    with 44 percent to Roe's 39 percent" (issue 18, round thirty-eight, cuts: west-journal Q36
    of seed 152 stopped before the shares, "whole: cut")? The figures are the finding's own
    measure of the lead. Only a phrase of "with" after a comma, holding a number and a share word
    (percent, %, points), no finite verb and no verb of saying or one with a subject of its own
    (", with Smith telling MPs ..." is another's report, 18w's; "with 13 percent supporting
    another candidate" is the poll's), running to the sentence's end. Census (PolNeAR train
    301-840 outside the keep-off list; Timeline17 dev by text search): 2 such phrases after a
    poll's "shows", both the poll's figures; this one, the other left cut: there the parse makes
    the finding the verb's object ("shows <A> leading <B> 45 percent to 38 percent,
    with 12 percent supporting ..."), a content this clause rule does not build, and the figure's
    participle has a subject of its own, which is refused here as 18w's shape. A named speaker's "said ..., with 40 percent ..." is not read
    here: whether the writer or the speaker gave the figures, the shape does not say."""
    if x.dep_ != "prep" or x.lower_ != "with" or x.i == 0 or x.doc[x.i - 1].text != "," \
            or verb.lemma_.lower() not in lexicon.words("analyse/finding_cues.txt"):
        return False
    sub = list(x.subtree)
    if any(t.pos_ in ("VERB", "AUX") and (t.tag_ not in ("VBG", "VBN") or is_cue(t, mental=True)
                                          or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children))
           for t in sub) or not any(t.tag_ == "CD" for t in sub) \
            or not any(t.lower_ in ("percent", "%", "points", "percentage") for t in sub):
        return False
    return all(t.is_punct or t.is_space for t in x.doc[x.right_edge.i + 1 : verb.sent.end])


@functools.cache
def _hedge_modals() -> frozenset[str]:
    """The modals of data/modals.txt that are neither of the future ("+": "will") nor of present
    ability ("can"): "would", "could", "might", "may", "should", "must"."""
    return frozenset(w for w, flags in lexicon.flagged("modals.txt").items() if "+" not in flags) - {"can", "ca"}


def _modal_sequel(verb, c) -> bool:
    """Is ``c`` (a clause the parse joined by "and" to a past cue verb, after its content) the
    speaker's own hedge or forecast (issue 18, round twenty-four, 24s)? "The council said at
    least 20 homes had been lost to the flood and it may also be to blame for damage to 40
    more": a clause with a subject of its own whose verb carries a modal of
    ``_hedge_modals`` is what was said (backshifted or hedged), not a deed the reporter
    tells. "..., and the mayor resigned" (no modal), "..., and it will meet on Tuesday" (the
    future: the reporter's schedule as often as the speaker's) and a verb of saying ("..., and
    it would say more later": its own report) stay out; so does a clause before the content."""
    if c.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or c.pos_ not in ("VERB", "AUX") \
            or is_cue(c, mental=True):
        return False
    if not any(y.dep_ in ("nsubj", "nsubjpass", "expl") and y.i < c.i for y in c.children):
        return False
    # a present cue ("Roe says the plan has failed, and things could get worse for the firm":
    # round sixty, seed 175 bpoil_bbc Q5, whole: cut) takes only the modals of possibility, with
    # no backshift to read ("would", "should", "must" there may be the writer's own)
    modals = _hedge_modals() if verb.tag_ == "VBD" else lexicon.words("analyse/possibility_modals.txt")
    if not any(y.dep_ == "aux" and y.lower_ in modals for y in c.children):
        return False
    return any(k.dep_ == "ccomp" and verb.i < k.i < c.i for k in verb.children)


def _pronoun_sequel(verb, c) -> bool:
    """Is ``c`` (a clause the parse joined by "and" to the cue verb, after its content) the
    content going on, its subject a pronoun that takes up a noun of the content? "She said it
    sounded like a case in which the workers had unmet needs and they needed to find ways to
    be heard" (round fifty-six, seed 171 c093 Q12: the span stopped before "and they
    needed"). "they" cannot be the speaker ("She"), and the only thing it can stand for is a
    plural noun said in the content: the clause is part of the statement. Only with no comma
    before the "and" (", and they left" is as often the reporter's next deed), only "they"
    (``_pronoun_for`` against the cue's subject: "The firms said ... and they would sign" is
    left to the other rules, the pronoun may be the speakers'), no verb of saying in the
    clause (its own report) and a plural noun in the content clause before it."""
    if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or is_cue(c, mental=True):
        return False
    doc = verb.doc
    subj = [y for y in c.children if y.dep_ in ("nsubj", "nsubjpass") and y.i < c.i]
    if len(subj) != 1 or subj[0].lower_ != "they":
        return False
    cc = doc[subj[0].left_edge.i - 1]
    if cc.lower_ != "and" or doc[cc.i - 1].is_punct:
        return False
    own = _subject(verb)
    if own is None or _pronoun_for("they", own):
        return False
    content = [k for k in verb.children if k.dep_ == "ccomp" and verb.i < k.i < c.i]
    if not content:
        return False
    return any(t.tag_ in ("NNS", "NNPS") and t.i < cc.i for t in content[-1].subtree)


def _deed_against_forecast(verb, c, subj) -> bool:
    """Is ``c`` (a clause joined by "but" to the cue verb) the reporter's deed set against a
    forecast (issue 18, round twenty-four, 24s; ``_deed_after_forecast``'s shape with the parse's
    other attachment)? "Acme said it would pay every verified claim, but Governor Jane Roe
    pressed the company to say what that meant": a past cue whose content carries a modal, and
    a clause with a noun subject whose verb is a simple past with a direct object, a deed
    done. "..., but the insurers would pay the rest" (a second forecast) and "..., but crews
    fixed it" under a content with no modal stay the speaker's."""
    if verb.tag_ != "VBD" or subj.pos_ not in ("PROPN", "NOUN") or not _simple_past(c) \
            or not any(y.dep_ == "dobj" for y in c.children):
        return False
    return any(k.dep_ == "ccomp" and k.i < c.i and any(a.dep_ == "aux" and a.tag_ == "MD" for a in k.children)
               for k in verb.children)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_LIST_TAIL_DEPS = frozenset({"dobj", "appos", "npadvmod"})


def _list_tail(verb, x) -> bool:
    """Is ``x`` the rest of a list the content's last noun opened, which the parse hung on the cue
    verb as its conjunct (issue 18, round twenty-four, 24s)? "Forecasters say the slick could
    reach the shore within days near the marshes, fish farms and sandy beaches": "farms" a
    conjunct of "say", so the content stopped at "marshes". A noun conjunct of the cue after
    it, right after a comma that follows a noun, with no verb in its phrase (a list item, not a
    clause: "..., and the mayor said ...", "..., and prices rose" stay out).
    The parse may also hang the list's second item on the cue as its object or apposition
    (issue 18, round twenty-eight, 28s: "said regulators missed factors such as water depth,
    the pressure of gas mixed in, and damage from old pipes" stopped at "depth"): such a noun
    counts when its own phrase ends the list ("and"/"or" with a noun after it) and holds no
    finite verb; a participle inside an item ("gas mixed in") is no clause. ", a claim disputed
    by scientists" (no list) and ", a claim the mayor and the council denied" (a clause) stay
    out: the reporter's gloss on what was said."""
    if x.pos_ not in ("NOUN", "PROPN") or x.i < verb.i:
        return False
    if x.dep_ != "conj" and not (x.dep_ in _LIST_TAIL_DEPS and any(
            t.dep_ == "cc" and t.lower_ in ("and", "or")
            and any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > t.i for c in x.subtree)
            for t in x.subtree)):
        return False  # (the parse hangs the "and" on the item before or its participle: any noun conjunct after it)
    doc = x.doc
    k = x.left_edge.i
    if k < 2 or doc[k - 1].text != "," or doc[k - 2].pos_ not in ("NOUN", "PROPN"):
        return False
    if x.dep_ == "conj":
        return not any(t.pos_ in ("VERB", "AUX") for t in x.subtree)
    return not any(t.tag_ in _FINITE_TAGS or is_cue(t) for t in x.subtree)


def _infinitive_list_tail(verb, x) -> bool:
    """Is ``x`` the rest of a list of deeds the content's infinitive opened, which the parse hung
    on the cue as an adverbial clause (issue 18, round thirty-six)? 'said his fellow mayor is
    ready to "fix the roads," mend the bridge, and open the schools': the parse read "mend" as an
    advcl of "said", so the content stopped after the first item, leaving out the rest of what
    was said (usa-today-149 Q13). A bare verb (tag VB: no "to", no subject, no auxiliary, no
    subordinator of its own) after a comma, hung on a cue that is not itself a bare verb, when
    the content before it holds an infinitive ("to" + VB): a finite cue takes no such clause
    of its own, so it can only go on the infinitive's list. "said he would stay, adding ..." (a
    participle), "said that, to win, we must ..." (the infinitive before the comma with no list)
    and ", so voters know ..." (a subordinator) stay out."""
    if x.dep_ != "advcl" or x.tag_ != "VB" or x.i < verb.i or verb.tag_ == "VB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl") for c in x.children):
        return False
    doc = x.doc
    k = x.i - 1
    while k > verb.i and doc[k].is_quote:
        k -= 1  # the comma may stand inside the closing mark: 'to "fix the roads,"'
    if doc[k].text != ",":
        return False
    return any(t.tag_ == "VB" and t.dep_ in ("xcomp", "advcl", "ccomp", "conj")
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
               for t in doc[verb.i + 1 : k])


def _partitive_after(sdoc, right: int) -> int:
    """Where a content ends: ``right``, or the last token of a verbless ", the majority of them
    <noun phrase>" right after it (issue 18, round nineteen, 18s). "(the council estimates that some
    300 people died, the majority of them farmers)": the phrase tells who the counted were,
    part of the estimate, though the parse hangs it elsewhere (on the cue, or on a noun outside
    the clause). Its head is a word of data/partitive_heads.txt followed by "of them/those/
    whom"; it runs to the sentence's end or a closing parenthesis with no verb in it. ", but most
    of them are old" (a clause) stays out: ``right`` is returned as it was."""
    k = right if sdoc[right].text == "," else right + 1  # the parse may end the clause on its comma
    sent = sdoc[right].sent
    if k >= sent.end or sdoc[k].text != ",":
        return right
    k += 1
    if k < sent.end and sdoc[k].lower_ == "the":
        k += 1
    if not (k + 2 < sent.end and sdoc[k].lower_ in lexicon.words("analyse/partitive_heads.txt")
            and sdoc[k + 1].lower_ == "of" and sdoc[k + 2].lower_ in ("them", "those", "whom")):
        return right
    j = k + 3
    while j < sent.end and not (sdoc[j].text in (")", ".", ";", ":") or sdoc[j].is_space):
        if sdoc[j].pos_ in ("VERB", "AUX"):
            return right
        j += 1
    end = j - 1
    while end > k + 2 and sdoc[end].is_punct:
        end -= 1
    return end


def _count_filled(verb, x) -> bool:
    """Is ``x`` the list a content's counted noun announces, after a colon, hung on the cue
    (issue 18, round nineteen, 18s)? "Lawyers said the mill may seek costs from two other firms:
    Acme Corp, which built the dam, and Globex Inc": the content stopped at the colon, and the
    two firms it counts were left out. The word before the colon is a plural noun with a number
    on it, and ``x`` is a noun right after the colon that is no clause's subject. "...
    lost two barges: the council will decide on Monday" (a clause) stays out."""
    doc = x.doc
    if x.pos_ not in ("PROPN", "NOUN") or x.dep_ not in ("dep", "appos", "npadvmod", "attr", "dobj", "nsubj"):
        return False
    if x.dep_ == "nsubj" and not any(y.dep_ == "nsubj" and y.i < verb.i for y in verb.children):
        return False  # a second subject after the cue only when the cue has its own before it
    k = x.left_edge.i - 1
    if k < 1 or doc[k].text != ":":
        return False
    noun = doc[k - 1]
    return noun.tag_ in ("NNS", "NNPS") and any(y.dep_ == "nummod" and y.like_num for y in noun.children) \
        and not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == x.i for t in x.children)


# what may follow each joining word as the content's verbless second half: after "and"/"or" a
# second item (a noun or a number: "and 200 tonnes of glass"), after "but"/"yet" a qualifying
# phrase ("but in shallow water", "but slower"); "but the boats as well" (a noun after "but",
# without "not only") is left to _second_correlate, as round nineteen decided
_SEQUEL_POS = {"and": frozenset({"NOUN", "PROPN", "NUM"}), "or": frozenset({"NOUN", "PROPN", "NUM"}),
               "but": frozenset({"ADP", "ADJ"}), "yet": frozenset({"ADP", "ADJ"})}


def _verbless_sequel(verb, x) -> bool:
    """Is ``x`` (an "and"/"but"/"or" hung on the cue verb, or the conjunct after it) the rest of
    the content, which the parse coordinated with the cue (issue 18, round twenty-nine, 29s)?
    "Roe said such pumps had been used before, but in shallow water", "the club's figures
    suggest this comes to 300 tonnes of paper, and 200 tonnes of glass, a week": a verb of
    saying cannot be coordinated with a phrase that holds no verb, so the phrase is the
    content's elliptical second half (the bbc seed-101 audit read both contents as cut). Only a
    conjunct of the kinds _SEQUEL_POS allows after its joining word, with no verb anywhere in
    it and no time as its head: "..., but without giving details" (a verb: how the speaker
    spoke), "..., and on Tuesday" (a time as the phrase's head: when) and "..., and the council
    closed it" (a clause) stay out. A parse rule, not a library's: spaCy's coordination is what misplaces the phrase."""
    if x.i < verb.i or x.dep_ not in ("cc", "conj"):
        return False
    cc = x if x.dep_ == "cc" else next((b for b in verb.children if b.dep_ == "cc" and b.i < x.i), None)
    if cc is None or cc.lower_ not in _SEQUEL_POS:
        return False
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > cc.i), None)
    if conj is None or (x.dep_ == "conj" and x.i != conj.i) or conj.pos_ not in _SEQUEL_POS[cc.lower_]:
        return False
    heads = [conj, *(c for c in conj.children if c.dep_ == "pobj")] if conj.pos_ == "ADP" else [conj]
    if any(h.ent_type_ in ("DATE", "TIME") for h in heads):
        return False  # "..., and on Tuesday": when it was said, not what
    return not any(t.pos_ in ("VERB", "AUX") or is_cue(t, mental=True) for t in conj.subtree)


def _second_correlate(verb, x) -> bool:
    """Is ``x`` (a "but" or what follows it, hung on the cue verb) the second half of a
    correlative pair opened inside the cue's content clause (issue 18, round nineteen, 18s)?
    "One trader said the storm hurt not just the bakeries, but the fishing boats as well": the
    parse puts ", but the fishing boats as well" on "said", and the content stopped at
    "bakeries". The content clause (a ccomp of the cue before ``x``) holds a pair opener of
    data/correlatives.txt ("not just", "not only"), the "but" stands after it, and the part
    after "but" has no subject of its own (a clause, ", but the council gave no date", is left
    to _continues' other tests)."""
    if x.dep_ not in ("cc", "conj"):
        return False
    cc = x if x.dep_ == "cc" else next((b for b in verb.children if b.dep_ == "cc" and b.i < x.i), None)
    if cc is None or cc.lower_ != "but":
        return False
    comp = [c for c in verb.children if c.dep_ == "ccomp" and verb.i < c.i and c.right_edge.i < cc.i]
    if not comp:
        return False
    pairs = {tuple(w.split()) for w in lexicon.words("analyse/correlatives.txt")}
    doc = verb.doc
    if not any((doc[k].lower_, doc[k + 1].lower_) in pairs for k in range(comp[-1].left_edge.i, comp[-1].right_edge.i)):
        return False
    conj = [c for c in verb.children if c.dep_ == "conj" and c.i > cc.i]
    return bool(conj) and not any(y.dep_ in ("nsubj", "nsubjpass", "expl") for y in conj[0].children) \
        and all(y.dep_ != "ccomp" for y in conj[0].children)


def _that_clause_after(cc) -> bool:
    """A second content clause of the same cue right after its "and"/"but": "Mr Doe said the
    situation was grim, but that city crews were working fast". The "that" is a subordinator
    of a verb with a subject after it, however the parse hung that verb (across a paragraph
    break the parse may hang it on the next sentence's verb, leaving the cue only the "but";
    issue 18, round sixteen, 18v). "..., and that was the end of it" (a pronoun subject) is not.
    The callers ask it only of a cue no other cue reports: in "The report says the adviser
    stated that the oil had gone, and that the council blocked ..." the second clause may be
    the report's."""
    doc = cc.doc
    if cc.i + 1 >= len(doc):
        return False
    that = doc[cc.i + 1]
    if that.lower_ != "that" or that.dep_ != "mark" or that.head.i <= that.i or that.head.pos_ not in ("VERB", "AUX"):
        return False
    if (cc.i > 0 and doc[cc.i - 1].text == ";") or (cc.i + 2 < len(doc) and doc[cc.i + 2].is_quote):
        return False  # a list of remarks ('...; and that "the impact is modest"'): each item its own
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in that.head.children)


_BLOCK_END = ".?!…"


def _block_after(ctx: _Ctx, verb) -> tuple[int, int] | None:
    """"Limbaugh added:" alone as a paragraph, then a paragraph of prose with no quotation
    marks: a block quotation whose marks the page's layout carried (the web's indented
    quote, lost with the markup). The cue must end its paragraph with the colon, say nothing
    itself (no object or clause of its own) and have a subject; the block is the next
    paragraph, a whole sentence or more."""
    text, sdoc = ctx.text, ctx.sdoc
    para_start = text.rfind("\n", 0, verb.idx) + 1
    para_end = text.find("\n", verb.idx)
    if para_end < 0:
        return None
    line = text[para_start:para_end].rstrip()
    if not line.endswith(":") or len(line.split()) > 15:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    after = [t for t in sdoc[verb.i + 1 :] if t.idx < para_start + len(line) - 1]
    if any(t.head.i == verb.i and t.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") for t in after):
        return None
    a = para_end
    while a < len(text) and text[a].isspace():
        a += 1
    if a >= len(text) or text[a] in _MARKS + "‘'(" or ctx.inside_quote(a):
        return None
    b = text.find("\n", a)
    b = len(text) if b < 0 else b
    while b > a and text[b - 1].isspace():
        b -= 1
    block = text[a:b]
    if len(block.split()) < 2 * _MIN_WORDS or block[-1] not in _BLOCK_END + _MARKS + "’":
        return None
    return a, b


def _as_cands(ctx: _Ctx, sdoc, covered) -> list[_Cand]:
    """"As one critic put it, the requirement is ...", "The bridge, as Olson noted, has been
    closed": the clause an "as X <verb>" is set in, in pieces either side of it."""
    text = ctx.text
    verbs = lexicon.words("analyse/as_cues.txt")
    out = []
    for tok in sdoc:
        if tok.dep_ != "advcl" or tok.lemma_.lower() not in verbs or tok.tag_ == "VBG" or ctx.inside_quote(tok.idx):
            continue
        kids = list(tok.children)
        mark = [c for c in kids if c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i]
        if not mark or (mark[0].i > 0 and sdoc[mark[0].i - 1].lower_ in ("even", "just", "so", "such")):
            continue  # "even as he says ...": a concession, not an attribution
        m = mark[0]
        prev = sdoc[m.i - 1] if m.i > m.sent.start else None
        if prev is not None and not prev.is_punct and not (prev.i == m.sent.start and prev.dep_ in ("cc", "advmod")):
            continue  # set off by a comma or opening the sentence; "beamed a smile as he told me ..." is a time
        if not any(c.dep_ == "nsubj" for c in kids) or any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids):
            continue  # "as expected", "as he was saying"
        if any(c.dep_ == "prep" and c.lower_ not in ("in", "on", "at") for c in kids):
            continue  # "As members of the media argue over ...": a topic, and a time
        objs = [c for c in kids if c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd")]
        if tok.lemma_.lower() == "put":
            if [o.lower_ for o in objs] != ["it"]:
                continue
        elif tok.lemma_.lower() == "point":
            if not any(c.dep_ == "prt" and c.lower_ == "out" for c in kids) or objs:
                continue
        elif any(not (o.dep_ == "dobj" and tok.lemma_.lower() == "tell") for o in objs):
            continue  # "as he said he would": a clause of its own
        head = tok.head
        while head.pos_ not in ("VERB", "AUX") and head.dep_ in ("nsubj", "nsubjpass"):
            head = head.head  # "The bridge, as Olson noted, has been closed": hung on the subject
        head = _as_clause_host(tok, head)
        if head.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _own_voice() for c in head.children):
            continue  # "I hope, as Roe said, ...": the writer's own words citing Roe (round twenty-eight)
        if any(c.dep_ == "neg" for c in head.children) or any(
                x.dep_ == "mark" and x.lower_ in ("whether", "if") for x in head.subtree):
            continue  # "It does not show whether Lee held a knife, as police have said": said of the
            # inner clause, not of the sentence; which one is not clear from the parse
        s0 = max(head.left_edge.idx, text.rfind("\n", 0, tok.idx) + 1)
        nl = text.find("\n", tok.idx)
        s1 = head.right_edge.idx + len(head.right_edge)
        s1 = min(s1, nl) if nl >= 0 else s1
        a0, a1 = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        a1 = _as_clause_comma(tok, head, a1)
        pieces = [p for p in (_trim_chars(text, s0, a0), _trim_chars(text, a1, s1)) if p[1] - p[0] >= 3
                  and len(text[p[0] : p[1]].split()) > 1]  # not a lone "Yet," before the "as"
        pieces = [_trim_marks(text, *p) for p in pieces]
        if not pieces or sum(b - a for a, b in pieces) < 10 or covered(pieces[0][0], pieces[-1][1]):
            continue
        out.append(_Cand(pieces[0][0], pieces[-1][1], "indirect", cue=tok, pieces=pieces if len(pieces) > 1 else [],
                         aside=True))
    return out


def _as_clause_host(tok, head):
    """The clause a closing ", as X noted" is set in when the parse hung it on a clause that a
    subordinating word opens inside the sentence ("Apple has been showing off its watch in Paris,
    so it seems like the company is making a push overseas, as Gurman noted": hung on "making",
    whose "like" opens the span mid-sentence; round fifty-five, seed 170 c068 Q6). The aside
    closing its sentence notes the whole of it: the host is the clause's own head, climbed while
    the clause is an adverbial or complement opened by a mark ("like", "because", "that"). An
    "as" aside inside the sentence ("..., as Olson noted, because ...") and a clause with no mark
    stay as the parse hung them."""
    doc = tok.doc
    end = tok.right_edge.i + 1
    while end < len(doc) and (doc[end].is_punct or doc[end].is_space) and doc[end].text not in "([":
        end += 1
    if end < tok.sent.end:
        return head
    for _ in range(3):
        if head.dep_ not in ("advcl", "ccomp") or head.head.i == head.i or head.head.pos_ not in ("VERB", "AUX") \
                or not any(c.dep_ == "mark" and c.i < head.i and c.i != tok.i for c in head.children) \
                or head.head.i > tok.i:
            break
        head = head.head
    return head


def _as_clause_comma(tok, head, a1: int) -> int:
    """Where a fronted "As X noted this morning, ..." ends: at its comma, when the parse hung the
    words between the cue and that comma ("this morning", "on Monday") on the main clause's verb.
    The comma closes the "as" clause; the words before it are the time of the noting, not what
    was noted (round fifty-one, seed 166 c045 Q1: the content opened "this morning, Riyal
    forwards have ..."). Only for an "as" clause before the main clause's subject, the comma
    standing before that subject, and only words with no verb and no quotation mark between
    the cue and the comma; else ``a1`` (the clause's own end) as it was."""
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or tok.i > subj.left_edge.i:
        return a1
    doc = tok.doc
    comma = next((t for t in doc[tok.right_edge.i + 1 : subj.left_edge.i] if t.text == ","), None)
    if comma is None or comma.i == tok.right_edge.i + 1:
        return a1
    between = doc[tok.right_edge.i + 1 : comma.i]
    if any(t.pos_ in ("VERB", "AUX") or t.is_quote or t.is_punct for t in between):
        return a1
    return comma.idx


@functools.lru_cache(maxsize=1)
def _own_voice() -> frozenset[str]:
    """The subjects that speak in the text's own voice (data/own_voice.txt): "I", "we". A
    clause with one of them as subject is the writer's (or a transcript turn's) own words; an
    "as Roe said" aside in it cites Roe as agreeing, it does not make Roe its speaker ("I hope
    somebody, you know, as Roe said ...: are you listening?" is the host's; issue 18, round
    twenty-eight). A plain grammar fact, no model needed."""
    return lexicon.words("analyse/own_voice.txt")


def _according_cands(ctx: _Ctx, sdoc, covered) -> list[_Cand]:
    """"According to X, ..." and "..., according to X."."""
    text = ctx.text
    out = []
    for acc, obj in _according_to(sdoc):
        s0, s1 = acc.sent.start_char, acc.sent.end_char
        cov_end = None
        s0 = max(s0, text.rfind("\n", 0, acc.idx) + 1)
        nl = text.find("\n", acc.idx)
        s1 = min(s1, nl) if nl >= 0 else s1
        phrase_end = obj.right_edge.idx + len(obj.right_edge)
        comma = text.find(",", obj.idx, phrase_end)
        if comma > 0:
            phrase_end = comma  # the parse ran past the source: "According to X, the move reeks"
        swallowed = _subject_in_source(acc, obj) if acc.idx - s0 < 3 else None
        if swallowed is not None:  # "According to Reuters Mr Roe also met ...": Reuters; Roe the subject
            obj = sdoc[swallowed - 1]
            a, b = _trim_chars(text, sdoc[swallowed].idx, s1)
        elif acc.idx - s0 < 3:
            a, b = _trim_chars(text, _past_source_aside(text, obj, phrase_end, s1), s1)
            a0 = a
            a = _past_source_description(sdoc, text, a, b)
            if a != a0:
                # past the description, the words before a colon and a quotation are what
                # _short_of_colon_quotes keeps (round fifty-nine, H1N1_bbc Q15): the quotation
                # after the colon does not make the content a direct quote's words
                cov_end = _colon_before_mark(text, a, b)
        elif _inside_its_sentence(acc, obj) or _bracketed_mid_clause(text, acc, obj, s1):
            continue
        else:
            a, b = _trim_chars(text, s0, acc.idx)
            b = _trim_chars(text, a, b - 1)[1] if b > a and text[b - 1] in "([" else b
        cov_end = b if cov_end is None else cov_end
        if b - a < 10 or covered(a, cov_end) or ctx.inside_quote(acc.idx) or _said_tag_last(sdoc, a, b) \
                or (acc.idx >= b and _said_lead_first(sdoc, a, b)):
            continue
        if _names_a_saying(sdoc.char_span(a, b, alignment_mode="expand")):
            continue
        span = sdoc.char_span(a, b, alignment_mode="expand")
        cut = _according_run_on(sdoc, span.start, span.end - 1) if span is not None and len(span) > 2 else None
        if cut is not None:
            a, b = _trim_marks(text, a, sdoc[cut].idx)  # "..., sparking a firestorm of speculation": the reporter's
            if b - a < 10:
                continue  # what is left is shorter than any content kept above ("he fled")
        more: tuple[int, int] | None = None
        if acc.idx - s0 >= 3:  # a source after its claim: the claim goes on past it, or a "with" phrase closes it
            more = _according_goes_on(text, acc, obj, s1) or _according_with_tail(text, sdoc, acc, obj, s1)
        if more is not None and not covered(*more):
            out.append(_Cand(a, more[1], "according", cue=acc, source=obj, pieces=[(a, b), more]))
            continue
        out.append(_Cand(a, b, "according", cue=acc, source=obj))
    return out


def _according_run_on(sdoc, left: int, right: int) -> int | None:
    """Where an "according to" content the sentence ran on past the statement should stop: the
    reporter's account of the reception (_reaction_tail, round thirty-eight) or the writer's
    credit to the outlet that relayed it ("According to the monitor, one man was charged with
    theft, as cited by the Independent": _as_reported_tail; seed 170 fnc1_c074 Q6, round
    fifty-five m2). The earliest token index where the content stops, or None."""
    found = [k for k in (_reaction_tail(sdoc, left, right), _as_reported_tail(sdoc, left, right)) if k is not None]
    return min(found) if found else None


def _poll_finding_cands(ctx: _Ctx, sdoc, covered) -> list[_Cand]:
    """A poll's finding stated with no verb of saying, credited to the poll as "according to the
    poll, ..." is (issue 18, round forty-one; data/poll_findings.tsv): the clause after a
    fronted frame ("In the latest Acme poll, Roe leads Doe by five points") and a name or
    pronoun with what the poll says of it ("Polls show Roe with a lead", "the survey has Roe
    leading Doe"). The source is the poll's phrase, kind "according" (its cue the "in" or the
    verb). PolNeAR train 301-840: 148 gold attributions with a poll as source were missed, 40 in
    an "in" frame and 67 a finding after a verb; these rules find 26 (25 of them gold, each with the
    poll as source; the other a finding the gold left out), and 17 on the census's every third text,
    all read right (10 named pollsters, 7 open); 1 on the 150 Timeline17 texts naming a poll or
    survey, right and open. Left out: a frame after the verb ("Roe leads in the poll": whose words the
    rest are, the parse does not settle), a sentence with a cue verb of its own ("In the poll,
    40 percent said ...": the reported-speech path's), a bare name ("polls show Roe"), a
    common-noun object (the existing "show" path takes "a poll shows a tight race")."""
    kinds = lexicon.kinds("analyse/poll_findings.tsv")
    nouns, verbs = kinds.get("noun", frozenset()), kinds.get("verb", frozenset())
    text = ctx.text
    out = []
    for tok in sdoc:
        if ctx.inside_quote(tok.idx):
            continue
        found = _poll_frame(text, tok, nouns) or _poll_shows(text, tok, nouns, verbs)
        if found is None:
            continue
        a, b, source = found
        a, b = _trim_marks(text, a, b)
        if b - a < 10 or covered(a, b):
            continue
        out.append(_Cand(a, b, "according", cue=tok, source=source))
    return out


def _poll_findings_left(ctx: _Ctx, sdoc, covered, cands: list[_Cand]) -> list[_Cand]:
    """The poll findings (_poll_finding_cands) where no other path found a content: not on
    another candidate's cue nor overlapping its words (that path's reading stands)."""
    out = []
    for c in _poll_finding_cands(ctx, sdoc, covered):
        at = c.cue.i if c.cue is not None else -1
        if not any(o.kind != "direct" and (o.cue is not None and o.cue.i == at or o.start < c.end and c.start < o.end)
                   for o in cands):
            out.append(c)
    return out


def _according_cue_span(cue, source) -> tuple[int, int]:
    """The cue of an "according" candidate: "according to", or a poll finding's frame ("In the
    latest Acme poll", up to the poll's head) or verb ("shows"), _poll_finding_cands."""
    if cue.lower_ == "according":
        to = cue.doc[cue.i + 1]
        return cue.idx, to.idx + len(to)
    if cue.lower_ == "in" and source is not None:
        return cue.idx, source.idx + len(source)
    return cue.idx, cue.idx + len(cue)


def _sentence_end(text: str, tok) -> int:
    """The end of ``tok``'s sentence, cut at a line break (a paragraph the parser ran on over)."""
    nl = text.find("\n", tok.idx)
    return min(tok.sent.end_char, nl) if nl >= 0 else tok.sent.end_char


def _other_cue(sent, skip) -> bool:
    """A cue of saying or belief (or "according") in the sentence outside ``skip``: the finding
    is someone's report there, for the reported-speech paths to take or leave."""
    return any(t.i != skip.i and (t.lower_ == "according" or t.pos_ in ("VERB", "AUX") and is_cue(t, mental=True))
               for t in sent)


def _poll_frame(text: str, tok, nouns: frozenset[str]) -> tuple[int, int, Token] | None:
    """"In the latest Acme poll, Roe leads Doe" and "Roe leads Doe by five points in the latest
    Acme poll": (start, end, the poll's head) of the clause a frame "in" naming a poll sets,
    or None. Fronted: the frame stands before the main verb's subject, set off by a comma,
    with no verb before it ("As a result, in a new poll, ..." is kept); the clause has a finite
    verb and a subject of its own. Trailing: the frame ends the sentence and the verb is one a
    poll's standing is told with, its subject opening the sentence: data/poll_cues.tsv's "lead"
    verbs ("leads", "trails"), or its "share" verbs with a number or rank in the clause ("fell
    to 10 percent", "came in second"; "took part in the survey" has none). Any other verb ("Roe
    invested heavily in polling") says what someone did, not what the poll found."""
    if tok.lower_ != "in" or tok.dep_ != "prep":
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    verb = tok.head
    if obj is None or obj.lower_ not in nouns or verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if _election_poll(obj):
        return None
    if verb.tag_ not in _FINITE and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children):
        return None
    if is_cue(verb, mental=True) or _other_cue(verb.sent, verb):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return None
    if verb.i < tok.i:
        return _poll_frame_after(text, tok, verb, subj, obj)
    comma = tok.right_edge.i + 1
    if comma >= len(tok.doc) or tok.doc[comma].text != "," or comma + 1 >= verb.sent.end or subj.i < comma:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in tok.doc[verb.sent.start : tok.i]):
        return None
    end = _sentence_end(text, verb)
    turn = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i > comma), None)
    if turn is not None:
        # "In polling last month, Roe trailed by three points, but she has since pulled ahead":
        # the turn is the writer's, not the poll's (round forty-one review)
        end = tok.doc[turn.i - 1].idx if tok.doc[turn.i - 1].is_punct else turn.idx
    return tok.doc[comma + 1].idx, end, obj


def _poll_frame_after(text: str, tok, verb, subj, obj) -> tuple[int, int, Token] | None:
    """The trailing frame of _poll_frame: "Roe leads Doe by five points in the latest poll"."""
    standing = lexicon.kinds("analyse/poll_cues.tsv")
    lemma = verb.lemma_.lower()
    counted = any(t.like_num or t.ent_type_ in ("PERCENT", "CARDINAL", "ORDINAL") or t.text == "%"
                  for t in tok.doc[verb.sent.start : tok.i])
    if lemma not in standing.get("lead", frozenset()) and not (lemma in standing.get("share", frozenset()) and counted):
        return None
    end = _sentence_end(text, verb)
    rest = text[tok.right_edge.idx + len(tok.right_edge) : end].strip()
    if rest not in ("", ".", "!", "?"):
        return None  # the frame does not end the sentence
    start = verb.sent.start
    while start < subj.left_edge.i and tok.doc[start].pos_ in ("CCONJ", "ADV", "PUNCT"):
        start += 1  # "But Roe leads ...": a connective before the subject
    if start != subj.left_edge.i:
        return None
    a, b = _trim_chars(text, tok.doc[start].idx, tok.idx)
    return a, b, obj


def _poll_shows(text: str, tok, nouns: frozenset[str], verbs: frozenset[str]) -> tuple[int, int, Token] | None:
    """"Polls show Roe with a lead", "a survey found Roe leading Doe", "the poll has him at 40
    percent": (start, end, the poll's head) of the words from the object to the clause's end,
    or None. The subject's head is a poll noun, the verb one of data/poll_findings.tsv's, and
    after it either a clause with a subject of its own (the parse's reading of "shows Roe
    closing the gap") or a name or personal pronoun with words of the verb's own after it (the
    finding); a common-noun object is the existing "show" path's, and a name alone ("polls
    show Roe") says nothing of it."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in verbs:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in nouns or subj.i > tok.i or _other_cue(tok.sent, tok) or _election_poll(subj):
        return None
    # a main clause's plain claim: not "if polls show Roe ahead, ..." (a hypothetical), "polls do
    # not show Roe with a lead" (the content would drop the negation), "polls could show ..."
    if tok.dep_ not in ("ROOT", "conj") or any(
            c.dep_ in ("mark", "neg") or c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        return None
    end = min(tok.right_edge.idx + len(tok.right_edge), _sentence_end(text, tok))
    comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if comp is not None:
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
            return None
        return comp.left_edge.idx, end, subj
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or not (obj.pos_ == "PROPN" or obj.tag_ == "PRP" and obj.lower_ not in ("it", "this", "that")):
        return None
    nxt = obj.right_edge.i + 1
    if nxt > tok.right_edge.i or tok.doc[nxt].is_punct or tok.doc[nxt].pos_ in ("CCONJ", "SCONJ", "PART"):
        return None  # the name alone: no finding said of it
    standing = lexicon.kinds("analyse/poll_findings.tsv").get("standing", frozenset())
    if not any(t.lower_ in standing or t.like_num or t.text == "%" for t in tok.doc[nxt : tok.right_edge.i + 1]):
        return None  # "The survey put Roe in an awkward position": no standing told (round forty-one review)
    return obj.left_edge.idx, end, subj


def _election_poll(noun) -> bool:
    """Is the poll noun an election ("the 2019 Lok Sabha poll", "the Scottish Parliament poll",
    "the upcoming poll"; data/poll_findings.tsv "election", or a year written before it)?"""
    words = lexicon.kinds("analyse/poll_findings.tsv").get("election", frozenset())
    return any(t.i < noun.i and (t.lower_ in words or (t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")))
               for t in noun.subtree)


def _said_lead_first(sdoc, a: int, b: int) -> bool:
    """"Haiti's Prime Minister, Jean-Max Bellerive, says more than 15,000 bodies have been
    collected, according to the AFP news agency": the words before the source open on a speaker
    and a verb of saying of their own, whose clause is the rest; that speaker's quote holds the
    words (its cue's), the source relays them. Taken as the source's content the span would hold
    the speaker's own name and "says" (round fifty-six, seed 171 haiti_bbc Q5, judged cut). The
    twin of ``_said_tag_last`` for a lead: the span's root a verb of saying (not of belief alone:
    "Roe thinks ..., according to aides" is the aides' report of a thought), its subject opening
    the span, a clause after it running to the span's end, and a name in the subject (a person or
    an organisation the tagger typed): with an unnamed subject ("Officers confirmed she had
    dropped the case, according to Snopes") the source is the one voice named, and round
    forty-nine kept that reading (tests/test_r49_m3.py). Quotation marks in the span leave it
    to the direct quotes' machinery, as there."""
    if any(ch in _MARKS for ch in doc_text(sdoc)[a:b]):
        return False
    span = sdoc.char_span(a, b, alignment_mode="expand")
    if span is None or len(span) < 4:
        return False
    root = span.root
    if root.pos_ != "VERB" or not is_cue(root):
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i), None)
    if subj is None or clause is None or subj.left_edge.i > span.start + 1:
        return False
    if not any(t.ent_type_ in ("PERSON", "ORG") for t in subj.subtree):
        return False  # "Officers confirmed ..., according to Snopes": the source the one voice named (round 49)
    last = max((t.i for t in span if not t.is_punct), default=root.i)
    # the clause right after the verb ("says more than ...", "said that ..."), nothing between
    return clause.right_edge.i >= last and clause.left_edge.i <= root.i + 2


def _said_tag_last(sdoc, a: int, b: int) -> bool:
    """"Acme will reveal more details, said Lund, according to a report on TechNews": the words
    before the source end on a tag of their own (", said Lund", ", Lund said"), the tagged
    speaker's statement, which that tag's quote holds; the source relays it. Taking the words with
    the tag as the source's content would run the span into the cue (round fifty, seed 165 c039
    Q4), so no "according to" quote. A clause ending on no cue ("..., the firm's sales rose,
    according to data") stays."""
    if any(ch in _MARKS for ch in doc_text(sdoc)[a:b]):
        return False  # a quotation's own tag ('"When does it stop?," the judge said, according to
        # the Post'): the direct quotes' machinery reads it (PolNeAR census: dropping the relay there
        # let two quotations join across the tag)
    span = sdoc.char_span(a, b, alignment_mode="expand")
    if span is None or len(span) < 4:
        return False
    comma = next((t for t in reversed(span) if t.text == ","), None)
    if comma is None:
        return False
    tail = [t for t in span if t.i > comma.i and not t.is_punct]
    verbs = [t for t in tail if t.pos_ == "VERB" and is_cue(t)]
    if len(verbs) != 1 or not tail:
        return False
    subj = next((c for c in verbs[0].children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return {t.i for t in tail} <= {verbs[0].i} | {t.i for t in subj.subtree}


def _according_goes_on(text: str, acc, obj, s1: int) -> tuple[int, int] | None:
    """"Roe leads by 15 points in Maine, according to the poll, and has a small lead in Ohio":
    the source set off after the first half of a finding that goes on after it, the verb
    after ", and" sharing the first verb's subject (it has none of its own). The second half
    is the same source's finding (the seed-153 audit judged the first half alone cut:
    wash-post Q40, in-sample, issue 18, round thirty-eight): the (start, end) of the words from
    "and" to the sentence's end, or None. "..., according to the poll, but Lee leads in Ohio"
    (a subject of its own) and a second verb the sentence does not end with stay out."""
    head = acc.head
    if head.pos_ not in ("VERB", "AUX") or head.i > acc.i:
        return None
    for x in head.children:
        if x.dep_ != "conj" or x.i <= obj.right_edge.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in x.children):
            continue
        between = acc.doc[obj.right_edge.i + 1 : x.i]
        if [t.text for t in between] != [",", "and"]:
            continue
        a = between[1].idx
        end = x.right_edge.idx + len(x.right_edge)
        rest = text[end:s1].strip()
        if rest not in ("", ".", "!", "?"):
            return None
        return _trim_chars(text, a, end)
    return None



def _according_with_tail(text: str, sdoc, acc, obj, s1: int) -> tuple[int, int] | None:
    """"At least 500,000 people are living outdoors in 447 camps, according to the agency (IOM),
    with limited shelter and access to water": the source set off before the claim's last phrase,
    a "with" phrase closing the sentence that tells more of what the claim says (issue 18,
    round fifty-nine, seed 174 haiti_bbc Q14, judged cut without it). The (start, end) of the
    phrase, or None. Only a "with" phrase with no verb and no quotation mark of its own running to
    the sentence's end: "..., according to police, who said ..." (a clause about the source) and
    "..., according to the agency, with offices in Geneva" (a phrase on the source) stay out: the
    phrase must hang on the verb the "according" hangs on (the claim's), and a possessive in it
    ("with its headquarters in Geneva") may point back to the source, so it stays out too."""
    end = obj.right_edge.idx + len(obj.right_edge)
    m = re.match(r"(\s*\([^()]{1,40}\))?\s*,\s*with\b", text[end:s1])
    if m is None:
        return None
    start = end + m.end() - 4
    span = sdoc.char_span(start, s1, alignment_mode="expand")
    if span is None or len(span) < 3 or span[0].lower_ != "with" or span[0].head.i != acc.head.i:
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.tag_ == "PRP$" or t.is_quote or t.text in _MARKS for t in span):
        return None
    return _trim_chars(text, start, s1)


def _past_source_aside(text: str, obj, phrase_end: int, s1: int) -> int:
    """Where the words an opening "According to X" source gives begin when a bracketed aside
    follows the source: "According to the press office (a trustworthy source, we think), the
    roads are closed": the bracket is the writer's comment on the source, not what the source
    said (round fifty-one, seed 166 c049 Q4: the content opened "(reliable source, we believe),").
    The parse may hang the bracket's words anywhere, so read the characters: a "(" or "[" right
    after the source (or inside the span the parse gave it), its closing bracket before the
    sentence's end and a comma right after it. Else ``phrase_end`` as it was."""
    k = obj.idx
    while k < s1 and text[k] not in "([":
        k += 1
    if k >= s1 or text[max(obj.idx, 0) : k].count(",") or text[phrase_end:k].strip():
        return phrase_end  # no bracket, or words (a comma) between the source and it
    close = text.find(")" if text[k] == "(" else "]", k, s1)
    if close < 0 or not text[close + 1 : s1].lstrip().startswith(","):
        return phrase_end
    return close + 1


_DESCRIPTION_MAX_TOKENS = 14  # a description of the source longer than this is no aside but the sentence's body


def _past_source_description(sdoc, text: str, a: int, b: int) -> int:
    """Where the words an opening "According to X," source gives begin when the writer's
    description of the source follows it between commas: a participle phrase with no subject
    ("According to their review, published in 2011, cutting salt has no effect ...": seed 170
    fnc1_c082 Q4, round fifty-five m2, the content took in the review's date) or a relative
    clause ("According to the report, which was released on Monday, ..."). Both tell when or by
    whom the source came out, the writer's words, not the source's. Read on the parse's tags: the
    content's first word a past participle (no verb before the comma closing its phrase) or
    "which"/"who" (its clause's last word right before the comma), a comma within
    _DESCRIPTION_MAX_TOKENS, and a clause with a verb after it. Else ``a`` as it was: "According
    to police, injured in the crash were two men" (no comma: an inverted clause), "According to
    the report, prices rose, ..." (no participle or relative first)."""
    span = sdoc.char_span(a, b, alignment_mode="expand")
    if span is None or len(span) < 5:
        return a
    first = span[0]
    comma = None
    if first.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in first.children):
        for t in span[1 : _DESCRIPTION_MAX_TOKENS]:
            if t.text == ",":
                comma = t
                break
            if t.pos_ in ("VERB", "AUX") or t.is_quote or t.text in _MARKS or t.text in ";:()[]":
                return a  # "said to be the first of its kind": a clause of its own, or a quotation
    elif first.lower_ in ("which", "who") and first.tag_ in ("WDT", "WP") and first.head.dep_ == "relcl":
        end = first.head.right_edge.i + 1
        if end - first.i <= _DESCRIPTION_MAX_TOKENS and end < span.end and sdoc[end].text == ",":
            comma = sdoc[end]
    elif _source_apposition(first):
        comma = _apposition_comma(span[1:_DESCRIPTION_MAX_TOKENS])
    if comma is None:
        return a
    rest = [t for t in span if t.i > comma.i]
    if sum(t.is_alpha for t in rest) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return a
    return _trim_chars(text, comma.idx + 1, b)[0]


def _colon_before_mark(text: str, a: int, b: int) -> int:
    """The colon in ``text[a:b]`` a quotation mark follows (spaces between) that does not close
    before ``b`` (the content stops inside the quotation, as _short_of_colon_quotes cuts it),
    else ``b``."""
    m = re.search(rf":\s*[{_MARKS}]", text[a:b])
    if m is None or sum(ch in _MARKS for ch in text[a + m.start() : b]) != 1:
        return b
    return a + m.start()


def _source_apposition(first) -> bool:
    """The content's first word heads a noun phrase the parse sets in apposition to the source
    before it ("According to Professor Jane Roe, Director of Research at the Health Agency, we
    are not there yet": issue 18, round fifty-nine, seed 174 H1N1_bbc Q15, the content opened
    with her title). The title is the writer's description of the source, not its words."""
    return first.dep_ == "appos" and first.head.i < first.i and first.pos_ in ("NOUN", "PROPN")


def _apposition_comma(toks):
    """The comma closing an apposition (``_source_apposition``): the first comma among ``toks``
    before any verb, quotation mark or bracket (a clause of its own ends the reading), else None."""
    for t in toks:
        if t.text == ",":
            return t
        if t.pos_ in ("VERB", "AUX") or t.is_quote or t.text in _MARKS or t.text in ";:()[]":
            return None
    return None


def _bracketed_mid_clause(text: str, acc, obj, s1: int) -> bool:
    """"The site is (according to its own disclaimer) a parody": the source set off in
    brackets inside the clause, whose words go on after the bracket closes. The words before it
    ("The site is") are no statement, and the statement runs around the source; taking the words
    on either side as one would be a guess at its bounds, so no quote (as _inside_its_sentence).
    Seed 164, fnc1_c023 Q11 (round forty-nine, m3: the content was "That site is ("). A bracket
    closing the sentence ("Prices rose 5% (according to the data).") keeps the words before it,
    without the bracket."""
    before = text[: acc.idx].rstrip()
    if not before.endswith(("(", "[")):
        return False
    close = text.find(")" if before.endswith("(") else "]", obj.idx, s1)
    return close >= 0 and any(ch.isalnum() for ch in text[close + 1 : s1])


def _inside_its_sentence(acc, obj) -> bool:
    """"The standard levy, according to the statute, is $40 a tonne": the source set off between
    a subject and the verb it modifies (the parse hangs "according" on that later verb). The
    words before it are a subject, not what the source says; taking the sentence around it
    would be a guess at its bounds, so no quote. "Prices rose in May, according to the data,
    but ..." (hung on "rose", before it) keeps the words before, as does a source with a
    participle or a colon after it ("..., according to Jane Roe, writing in a journal", "...,
    according to the report: a quarter was lost"), which the parse hangs on later words."""
    head = acc.head
    return head.i > obj.right_edge.i and head.tag_ != "VBG" and not any(
        t.text in (":", ";") for t in acc.doc[obj.right_edge.i + 1 : head.i])


def _names_a_saying(span) -> bool:
    """"Jane Roe has added her sharp remarks to the row, according to AFP": the
    content only tells that someone spoke (a cue verb whose object names a saying,
    data/saying_nouns.txt, with no clause or infinitive of its own); the words are
    elsewhere, so this is the reporter's framing, not a statement."""
    if span is None:
        return False
    root = span.root
    if root.pos_ != "VERB" or not is_cue(root) or any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in root.children):
        return False
    nouns = lexicon.words("analyse/saying_nouns.txt")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in root.children)


def _lead_subject(ctx: _Ctx, i: int) -> bool:
    """Mention i is a subject, or names one ("Time magazine has examined")."""
    span = ctx.span(i)
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("compound", "poss") and root.head.i >= span.end:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


def _introduced_by_another(ctx: _Ctx, d: _Direct, last: dict | None) -> str | None:
    """Why a quotation with no cue is not the last speaker's: its own paragraph leads into it
    with a colon, the subject of its lead-in someone else ('Time has examined the lessons of
    1976: "..."'; not 'Asked about Obama: "..."', where Obama is no subject).
    The words are that other source's, or a document's; with no cue verb we cannot tell
    which, so the quotation stays open rather than go to the speaker before."""
    if last is None or last.get("mention") is None:
        return None
    text = ctx.text
    para_start = text.rfind("\n", 0, d.outer_start) + 1
    lead = text[para_start : d.outer_start].rstrip()
    if not lead.endswith(":"):
        return None
    was = ctx.entity(last["mention"])
    for i in range(ctx.n_named):
        m = ctx.mentions[i]
        if para_start <= m.start and m.end <= para_start + len(lead) and ctx.mentions[i].label in _SAME_NAME_LABELS \
                and not ctx.inside_quote(m.start) and _lead_subject(ctx, i) and ctx.entity(i) != was:
            return f"no cue: the paragraph leads into it naming {m.text}, not the speaker before"
    owner = _lead_owner(ctx, para_start, para_start + len(lead) - 1, was)
    if owner is not None:
        return f"no cue: the paragraph leads into it with {owner}'s words, not the speaker before's"
    label = _voice_label(ctx, para_start, para_start + len(lead) - 1, was)
    if label is not None:
        return f"no cue: the paragraph leads into it with a label naming another voice ('{label}'), not the speaker before"
    return None


# '"Headline," by Times' Jane Roe: "..."': a round-up's credit of a report to its writer
_BYLINE_LEAD = re.compile(r"[\"”’']\s*,?\s*by\s+(?:the\s+)?[A-Z][\w.&'’\- ]{0,60}:\s*$")
# ... and the report's quoted head right before such a credit ('"Club to close," by Times' Roe:')
_BYLINE_AFTER = re.compile(r"[ \t]*,?[ \t]*by[ \t]+(?:the[ \t]+)?[A-Z][\w.&'’\- ]{0,60}:")
# a subject's deed that is no view of its own ("it turns the focus on ...") needs an object
_THING_DEEDS = ("dobj",)


def _foreign_lead(ctx: _Ctx, d: _Direct, last: dict | None) -> str | None:
    """Why a cueless quotation that a colon lead-in hands over is not the speaker before's:
    the lead, in the colon's own sentence, brings in another voice by its shape, with no
    name the other lead rules read (issue 18, round fifty; the base carried each of these to
    the speaker of the quote before):
    - a round-up's credit of a report to its writer after the report's quoted head ('"Club to
      close," by Times' Jane Roe: "..."'): the report's words, which the writer is not said to
      have said;
    - a relay: a verb of passing on another's words ("She retweeted a message from her
      adviser:"), a relay verb (data/analyse/lead_relay_verbs.txt) whose object has an owner
      ("read a letter from Doe:"), or a thing's relative "that read/said" ("a message that
      read:"): the thing's words, never the relayer's;
    - a subject that is a told or written thing (data/analyse/lead_other_voices.tsv "piece",
      lead_source_nouns.txt, inscription_words.tsv: "The story goes:", "a sign has a stark
      message:") with no owner or another's; a possessive pronoun owner ("his statement
      goes on:") keeps the carry;
    - a subject marked as someone else ("Another person tweeted:", "Other residents were
      blunter:"), unless it names the speaker before;
    - a subject pronoun that is no one person after a person's words ("They were pleading:",
      "So there you have it:"), or an active "it" doing something to an object ("Once again,
      it turns the focus on its contractors:", a report's words after a person's).
    No cue verb is read, so the words are left open rather than given to a guessed voice.
    None when no such shape stands in the lead."""
    if last is None or last.get("mention") is None:
        return None
    text = ctx.text
    if _BYLINE_AFTER.match(text, d.outer_end):
        return "no cue: the report's quoted head, credited to its writer right after it ('by ...:'), not the speaker before's words: open"
    colon = _announcing_colon(ctx, d)
    if colon is None:
        return None
    para_start = text.rfind("\n", 0, colon) + 1
    if _BYLINE_LEAD.search(text[para_start : colon + 1]):
        return "no cue: the lead-in credits a report to its writer ('by ...:'); the words are the report's, not the speaker before's: open"
    span = ctx.sdoc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None:
        return None
    toks = [t for t in span[0].sent if para_start <= t.idx < colon and not ctx.inside_quote(t.idx)]
    if not toks:
        return None
    lead = text[toks[0].idx : colon + 1]
    label = _unread_label(ctx, text[para_start:colon], last)
    if label is not None:
        return f"no cue: the lead-in names '{label}' alone before the colon, not the speaker before: open"
    relayed = _relay_lead(ctx, toks, last)
    if relayed is not None:
        return f"no cue: the lead-in '{lead}' {relayed}, not the speaker before's words: open"
    subject = _foreign_subject(ctx, toks, last)
    if subject is not None:
        return f"no cue: the lead-in '{lead}' has {subject} for its subject, not the speaker before: open"
    return None


def _unread_label(ctx: _Ctx, head: str, last: dict) -> str | None:
    """The name of a label lead ("5.33 pm: Hayward:", a turn of a hearing on a live page) that
    _label_lead could not tie to one tagged person or organisation, when no word of it names
    the speaker before: that label's words, not the speaker before's (_foreign_lead). The
    label is the lead's last piece after a sentence's end or another colon, one to four
    capitalised words with an optional title; None otherwise."""
    head = head.rstrip()
    cut = max(head.rfind(". "), head.rfind("! "), head.rfind("? "), head.rfind(": "))
    words = head[cut + 2 :].split() if cut >= 0 else head.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return None
    if words[0] == "Per" or words[:2] == ["According", "to"]:
        return None  # a credit: _label_lead's
    was = ctx.entity(last["mention"])
    own = {w.lower() for i in range(ctx.n_named) if ctx.entity(i) == was for w in ctx.mentions[i].text.split()}
    if any(w.lower() in own for w in words):
        return None
    return " ".join(words)


def _owner_is(ctx: _Ctx, tok, was) -> bool:
    """Does a name inside ``tok``'s phrase belong to the entity ``was``?"""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    return any(ctx.entity(i) == was for i in range(ctx.n_named)
               if lo <= ctx.mentions[i].start and ctx.mentions[i].end <= hi)


def _relay_lead(ctx: _Ctx, toks: list, last: dict) -> str | None:
    """What a lead's relay does ("retweets a message", "gives a message's words"), or None
    (_foreign_lead)."""
    kinds = lexicon.kinds("analyse/lead_other_voices.tsv")
    relay = lexicon.words("analyse/lead_relay_verbs.txt")
    was = ctx.entity(last["mention"])
    for t in toks:
        if t.pos_ != "VERB":
            continue
        lemma = t.lemma_.lower()
        if lemma in kinds["relay"]:
            return f"passes on another's words ('{t.text}')"
        if lemma in kinds["reading"] and t.dep_ == "relcl" and t.head.pos_ == "NOUN" and any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in t.children):
            return f"gives the words of the thing it names ('{t.head.text} ... that {t.text}')"
        if lemma in relay:
            for o in t.children:
                if o.dep_ != "dobj" or o.pos_ != "NOUN":
                    continue
                owners = [c for c in o.children if c.dep_ == "prep" and c.lower_ in ("from", "by")]
                owners += [c for c in o.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
                if owners and not any(_owner_is(ctx, c, was) for c in owners):
                    return f"relays another's {o.text} ('{t.text} ... {o.text}')"
    return None


def _foreign_subject(ctx: _Ctx, toks: list, last: dict) -> str | None:
    """The words of a lead's subject that is another voice than the speaker before (a told or
    written thing, someone marked as another, a crowd's or the reader's pronoun, a thing's
    "it" doing a deed), or None (_foreign_lead)."""
    kinds = lexicon.kinds("analyse/lead_other_voices.tsv")
    was = ctx.entity(last["mention"])
    person = ctx.mentions[last["mention"]].label == "PERSON"
    pieces = kinds["piece"] | lexicon.words("analyse/lead_source_nouns.txt") \
        | lexicon.kinds("analyse/inscription_words.tsv")["noun"]
    ids = {t.i for t in toks}
    named = any(ctx.entity(i) == was for i in range(ctx.n_named)
                if toks[0].idx <= ctx.mentions[i].start and ctx.mentions[i].end <= toks[-1].idx + len(toks[-1]))
    tops = {t.i for t in toks if t.head.i == t.i or t.head.i not in ids}  # the lead's main verb(s)
    for s in toks:
        if s.dep_ != "nsubj" or s.head.i not in tops or s.head.pos_ not in ("VERB", "AUX"):
            continue  # not a subject inside a clause the lead reports ("Roe notes that a report raised ...:")
        low = s.lower_
        if s.pos_ == "PRON":
            if named:
                continue  # "According to Roe, we are not there yet:": Roe's we, named in the lead
            if low == "you" or (low in kinds["crowd"] and person):
                return f"'{s.text}', no one person"
            if low == "it" and person and s.head.pos_ == "VERB" and any(c.dep_ in _THING_DEEDS for c in s.head.children):
                return f"'{s.text}', a thing doing '{s.head.text}'"
            continue
        if s.pos_ != "NOUN" or _owner_is(ctx, s, was):
            continue
        if any(c.dep_ in ("det", "amod") and c.lower_ in kinds["other"] for c in s.children):
            return f"'{ctx.text[s.left_edge.idx : s.idx + len(s)]}', marked as someone else"
        if low in pieces or s.lemma_.lower() in pieces:
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in s.children):
                continue  # "his statement goes on:": most often the speaker before's own
            return f"a told or written thing ('{s.text}')"
    return None


def _voice_label(ctx: _Ctx, start: int, end: int, was) -> str | None:
    """The words of a transcript-style label that leads a paragraph into a quotation with a
    colon and names a voice by a common noun ("mission control: "Roger that."", "the pilot:
    "..."") rather than the speaker before: up to four words, a noun among them, no verb and
    no pronoun, no name of the speaker before (round forty-four, integrator: seed 159's
    bpoil_guardian Q13, drawn by the rebuild, carried to the engineer whose line came before;
    the base did the same). None otherwise."""
    span = ctx.sdoc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    words = [t for t in span if not t.is_punct]
    if not 1 <= len(words) <= 4 or any(t.pos_ in ("VERB", "AUX", "PRON") for t in words):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words) or any(t.like_num for t in words):
        return None
    for i in range(ctx.n_named):
        m = ctx.mentions[i]
        if m.start < end and start < m.end and ctx.entity(i) == was:
            return None  # "Geoff:": the speaker before, going on
    return span.text


_TAG_AFTER = re.compile(r"[ \t]*(?=[A-Z])")
_TAG_OBJECTS = ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative")  # a verb that takes these tells, not tags
_TAG_TAIL = 7  # the tag's verb and at most a short phrase after it ("started on air.") to the sentence's end


def _tagged_by_another(ctx: _Ctx, d: _Direct, last: dict | None) -> str | None:
    """Why a quotation the cue finder found no cue for is not the speaker before's: it closes on
    a comma, "?" or "!" and a tag follows it at once, a name and a verb the lexicon does not
    hold as a cue ('"...," Hannity started.', '"...?" Roe pressed.'): the tag's shape says the
    words are that name's, the verb does not let us say so, so the quotation stays open rather
    than be carried to the speaker before (round thirty-six, integrator, in-sample: seed 151's
    politico Q14, a host's question carried to the candidate he was interviewing). Not when the
    name is the speaker before's own entity (then the carry gives the same answer), nor when the
    name is not the verb's subject ('"...," Roe told Doe.' is a cue; '"...," Acme's chief ...'
    no tag)."""
    if last is None or last.get("mention") is None:
        return None
    text = ctx.text
    closing = text[d.end : d.outer_end] + text[d.end - 1 : d.end]
    if not any(p in closing for p in ",?!"):
        return None
    gap = _TAG_AFTER.match(text, d.outer_end)
    if gap is None:
        return None
    at = gap.end()
    name = ctx.sdoc.char_span(at, at + 1, alignment_mode="expand")
    if name is None or name[0].pos_ != "PROPN":
        return None
    subj = name[0]
    while subj.dep_ == "compound" and subj.head.i == subj.i + 1 and subj.head.pos_ == "PROPN":
        subj = subj.head  # "Sean Hannity started": the name's last word is the verb's subject
    verb = subj.head
    if subj.dep_ not in ("nsubj", "nsubjpass") or verb.i != subj.i + 1 or verb.tag_ not in ("VBD", "VBZ") or is_cue(verb):
        return None
    if any(c.dep_ in _TAG_OBJECTS and c.i > verb.i for c in verb.children) or verb.sent.end - verb.i > _TAG_TAIL:
        return None  # '"...?" Roe put his house up for sale.': narration, not a tag
    words = ctx.text[at : subj.idx + len(subj)]
    was = ctx.entity(last["mention"])
    if any(subj.text in ctx.mentions[j].text.split() for j in range(ctx.n_named)
           if j == last["mention"] or ctx.entity(j) == was):
        return None  # the speaker before named again ('"...," Trump went on.')
    return (f"no cue: a tag follows it at once, '{words} {verb.text}', naming another than the speaker "
            "before with a verb that is no cue; the words are likely theirs: open")


def _source_lead(ctx: _Ctx, d: _Direct) -> dict | None:
    """Speaker fields of a cueless quotation that a verbless lead-in hands over with a colon,
    naming a piece of writing or speech (data/lead_source_nouns.txt): "From Roe's Facebook
    post:", "Roe's statement:", "The tweet:", "Here is the letter:". The words are that
    piece's: its owner's when a name owns the noun (the tagged person or organisation), open
    when no owner is written; never the speaker of the quote before by default, whose cue
    said something else (issue 18, round thirty-four: seed 137's wash-post Q20, "From Bush's
    Facebook post:" after "Aides say he plans to back Cruz.", given to the aides). The lead-in
    is the colon's sentence in its own paragraph; a verb of saying in it ("Roe wrote:") is the
    cue finder's, any other verb ("Roe posted this:") or a pronoun owner ("Her statement:",
    most often the speaker before's) is left to the rules after this one. An owner after "of"
    ("In the words of Jane Roe:") owns it too; "RAMhaiti in Jacmel tweets:" (a verb of posting
    the parse made a plural noun) is its author's, open here. Census (the colon lead-ins of
    PolNeAR train 301-840 and Timeline17 dev, above): it changed 10 quotations, Bush's post
    (was the aides'), a spokesman's words (was his company's, carried), two live-page tweets
    (were the entry before's author's) now open, six whose speaker stays (five open, one
    Clinton) and whose evidence now says why; none moved from right to wrong."""
    text = ctx.text
    colon = _announcing_colon(ctx, d)
    if colon is None:
        return None
    para_start = text.rfind("\n", 0, colon) + 1
    span = ctx.sdoc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    toks = [t for t in sent if para_start <= t.idx < colon and not ctx.inside_quote(t.idx)]
    if not toks or len(toks) > 12 or any(t.pos_ == "VERB" or (t.pos_ == "AUX" and t.lemma_ != "be") for t in toks):
        return None
    nouns = lexicon.words("analyse/lead_source_nouns.txt")
    heads = [t for t in toks if t.pos_ == "NOUN" and t.lower_ in nouns]  # not "Post's" (a paper)
    if not heads:
        return None
    noun = heads[-1]
    lead = text[toks[0].idx : colon + 1]
    if noun.tag_ == "NNS" and noun.lower_ in lexicon.words("analyse/posted_cues.txt") and not any(
            c.dep_ in ("det", "poss", "amod") for c in noun.children):
        # "RAMhaiti in Port-au-Prince tweets:": the parse made the verb of posting a noun; the
        # words are that author's (who _posted_lead reads only written right before the verb)
        return _conf({"speaker_via": "continuation", "breaks_carry": True}, 0.0, f"no cue: the lead-in '{lead}' "
                     "posts the words of an author named before the verb, not the speaker before's: open")
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]  # "In the words of Jane Roe:"
    if owners and owners[0].pos_ == "PRON":
        return None  # "Her statement:": a he/she's, most often the speaker before's; carried as before
    if not owners:
        return _conf({"speaker_via": "continuation", "breaks_carry": True}, 0.0, f"no cue: the lead-in '{lead}' "
                     "names a piece of writing or speech with no owner, not the speaker before's words: open")
    own = owners[0]
    hits = [i for i in range(ctx.n_named) if ctx.mentions[i].start <= own.idx < ctx.mentions[i].end
            and ctx.mentions[i].label in _SAME_NAME_LABELS]
    if len(hits) != 1:
        return _conf({"speaker_via": "continuation", "breaks_carry": True}, 0.0, f"no cue: the lead-in '{lead}' "
                     f"names a piece of writing or speech of '{own.text}', no person or organisation tagged: open")
    return _conf({"speaker_mention": hits[0]}, 0.8, f"no cue: the lead-in '{lead}' names the {noun.text} of "
                 f"{ctx.mentions[hits[0]].text}: the quotation is theirs")


def _one_person_lead(ctx: _Ctx, root, toks: list, labels: tuple[str, ...] = ("PERSON",),
                     dates: bool = False) -> tuple[int, set[int]] | None:
    """(the mention, the token indices of its phrase) of a lead's one active subject when it is a
    tagged person (not joined to another) and no other name stands among ``toks`` outside that
    phrase but a place or a time: the one person a lead brings in (_subject_lead, _intro_lead);
    None otherwise ("Roe and Doe:", "Roe pushed back against Doe's tone:"). ``labels``: the
    kinds the subject may be (_subject_lead lets an organisation issuing its own statement in).
    ``dates``: a date the tagger reads as a time ("On July 6, 2015, Roe made the following
    comment:") is no other name, its month a proper noun no mention holds (round fifty-one, e1:
    such colon leads were left open; only _subject_lead asks, and only for a lead that issues a
    statement of its own: on the Timeline17 census a dated "Roe apologized for his apology:" named,
    made the next "he" go to Roe as the speaker before, where the text meant another man)."""
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
    if len(subjects) != 1 or subjects[0].dep_ != "nsubj" or any(c.dep_ == "conj" for c in subjects[0].children):
        return None
    i = ctx.tok_mention.get(subjects[0].i)
    if i is None or i >= ctx.n_named or ctx.mentions[i].label not in labels:
        return None
    own = {t.i for t in subjects[0].subtree}
    who = ctx.entity(i)
    for t in toks:
        if t.pos_ != "PROPN" or t.i in own or (dates and t.ent_type_ in ("DATE", "TIME")):
            continue
        j = ctx.tok_mention.get(t.i)
        if j is None or j >= ctx.n_named or (ctx.entity(j) != who and ctx.mentions[j].label not in ("GPE", "LOC", "DATE", "TIME")):
            return None  # another name in the lead: the words may be theirs
    return i, own


def _subject_lead(ctx: _Ctx, d: _Direct) -> dict | None:
    """Speaker fields of a cueless quotation that a colon lead-in hands over, when the lead's
    main verb has a tagged person for its one active subject and no other name stands in the
    lead outside that subject's own phrase ("At the end of the show, Jane Roe pleaded:",
    "Tom Hale, an engineer at Acme, was blunt in his verdict:"): the words that follow are that
    person's. Refused for a passive or joint subject ("Roe was asked:", "Roe and Doe:"), a
    verb of relaying or meeting another's words (data/analyse/lead_relay_verbs.txt: "Roe read
    a message from Doe:"), a piece of writing named with another owner or source ("a note
    from Doe"), or any other person, organisation or untagged name in the lead ("Roe pushed
    back against Doe's tone:"). Before this rule such a quotation was left open as "the
    paragraph leads into it naming Roe" or had no speaker at all (round forty-four)."""
    colon = _announcing_colon(ctx, d)
    if colon is None:
        return None
    text = ctx.text
    para_start = text.rfind("\n", 0, colon) + 1
    span = ctx.sdoc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None:
        return None
    toks = [t for t in span[0].sent if para_start <= t.idx < colon]
    if not toks or any(ctx.inside_quote(t.idx) for t in toks):
        return None
    # the lead's top word: its head outside the lead (the parse may hang the lead's verb on the
    # quotation's own verb when one sentence holds both: "Roe gave a retort: "No one is ..."")
    lo, hi = toks[0].i, toks[-1].i
    roots = [t for t in toks if not t.is_punct and (t.head.i == t.i or not lo <= t.head.i <= hi)]
    if len(roots) != 1 or roots[0].pos_ not in ("VERB", "AUX") or roots[0].dep_ not in ("ROOT", "ccomp", "parataxis"):
        return None
    root = roots[0]
    relay = lexicon.words("analyse/lead_relay_verbs.txt")
    if any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in relay for t in toks):
        return None  # "Roe read a message from Doe:": the words are Doe's
    issued = _issued_statement(root)
    one = _one_person_lead(ctx, root, toks, ("PERSON", "ORG") if issued is not None else ("PERSON",),
                           dates=issued is not None)
    if one is None:
        return _own_statement_lead(ctx, root, issued, text[toks[0].idx : colon + 1]) if issued is not None else None
    i, own = one
    answers = lexicon.words("analyse/lead_answer_nouns.txt")
    for t in toks:
        if t.i > root.i and t.i not in own and t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj", "attr", "oprd") \
                and not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children) and (issued is None or t.i != issued.i) and not (
                    t.dep_ == "dobj" and t.head.i == root.i and t.lemma_.lower() in answers
                    and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "of", "by")) for c in t.children)):
            # the review (round forty-four): a thing the subject remembers, keeps or looks at may
            # hold another's words (an answer, a retort the subject gives is the subject's own:
            # data/analyse/lead_answer_nouns.txt) ("Roe remembered the doctor's warning:", "Roe keeps a motto from
            # her mother on the wall:", "Roe smiled at the memory of the letter:"); only a thing of
            # the subject's own ("was blunt in his verdict:") or none lets the words be the subject's
            return None
    nouns = lexicon.words("analyse/lead_source_nouns.txt")
    for t in toks:
        if t.pos_ == "NOUN" and t.lower_ in nouns and any(
                c.dep_ == "prep" and c.lower_ in ("from", "of", "by") or c.dep_ == "poss" and c.pos_ == "PROPN"
                for c in t.children):
            return None  # "a statement from the board:", "the Acme note:": another's piece
    lead = text[toks[0].idx : colon + 1]
    if issued is not None:
        return _conf({"speaker_mention": i}, 0.8, f"no cue: the lead-in '{lead}' has {ctx.mentions[i].text} for its "
                     f"subject, who {root.text} a {issued.text} of their own, and no other name: the quotation is theirs")
    return _conf({"speaker_mention": i}, 0.8, f"no cue: the lead-in '{lead}' has {ctx.mentions[i].text} for its "
                 "subject and no other name: the quotation is theirs")


def _own_statement_lead(ctx: _Ctx, root, issued, lead: str) -> dict | None:
    """Speaker fields of a cueless quotation whose colon lead-in has a subject issuing a
    statement of its own (_issued_statement) that is no one tagged name _subject_lead can give
    it to: "The family of Jane Roe issued a statement:", "Her parents released a statement:",
    "Roe and Doe issued a joint statement:". The words are that subject's, never the speaker of
    the quote before (the carry gave them to him: round fifty-one, e1's note, a family's statement
    after a president's quote given to the president). No one tagged name to link: open, the
    carry broken. A he/she/they subject is left to the carry and the pronoun rules ("He issued a
    statement:" is most often the speaker before's)."""
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    who = " ".join(t.text for t in subjects[0].subtree)
    return _conf({"speaker_via": "continuation", "breaks_carry": True}, 0.0, f"no cue: the lead-in '{lead}' has "
                 f"'{who}' for its subject, who {root.text} a {issued.text} of their own, with no one tagged name "
                 "to link: not the speaker before's words: open")


def _issued_statement(root):
    """The statement noun a colon lead-in's verb issues as its subject's own words, or None:
    "Acme released a statement:", "Roe made the following comment:", "Roe gave a short speech:"
    (round fifty-one, e1: the sampled open quotes of the FNC-1 and PolNeAR censuses held such
    leads left open, the subject's statement read as a thing of another's). The noun is the
    verb's object (data/analyse/lead_statement_nouns.txt), the verb one of issuing or making
    (data/analyse/lead_statement_verbs.txt: never "denied the statement:", "read a statement:"),
    the noun with no owner but the subject's own his/her/its/their and no "from/of/by" phrase,
    and brought in as new: "a", "an", or "the following" (not "the statement", which may be one
    named before, another's)."""
    if root.lemma_.lower() not in lexicon.words("analyse/lead_statement_verbs.txt"):
        return None
    nouns = lexicon.words("analyse/lead_statement_nouns.txt")
    for t in root.children:
        if t.dep_ != "dobj" or t.pos_ != "NOUN" or t.lemma_.lower() not in nouns:
            continue
        kids = list(t.children)
        if any(c.dep_ == "prep" and c.lower_ in ("from", "of", "by") or c.dep_ == "poss" and c.tag_ != "PRP$"
               for c in kids):
            return None
        det = [c.lower_ for c in kids if c.dep_ == "det"]
        own = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in kids)
        following = any(c.lower_ == "following" for c in kids)
        if own or following or (det and det[0] in ("a", "an")):
            return t
        return None
    return None


# an opening quotation mark in a lead paragraph (an apostrophe inside a word is none)
_LEAD_MARK = re.compile(r"[\"“”«»]|(?:^|[\s(])[‘']")
# a third person's pronoun in the quotation: the words may be about the person, not theirs
_ABOUT_THIRD = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)


_COPULAS = frozenset({"be", "remain", "seem", "sound"})  # leads whose view is their complement's (_intro_lead)


def _intro_lead(ctx: _Ctx, d: _Direct) -> dict | None:
    """Speaker fields of a quotation that is its whole paragraph, with no tag, right after a
    one-sentence paragraph whose main verb holds or voices a view (data/analyse/
    intro_lead_verbs.txt: "Jan Roe, an engineer at Acme, is not so sure.", "Jan Roe agrees
    with this view.") and has a tagged person for its one active subject, with no other name
    outside that subject's phrase and no quotation mark in it: news pages bring in a voice so,
    and the next paragraph is that voice's words. Refused when the quotation names the person
    or holds a he/she/his/her (words about the person, a relative's or a colleague's), when the
    lead ends in a colon (_subject_lead reads those), or when the verb is a deed ("Roe died in
    the blast."). Round forty-six (issue 18): the Timeline17 census's BBC pages, open as
    "the paragraph leads into it naming Roe" or with no speaker at all."""
    text = ctx.text
    para = text.rfind("\n", 0, d.outer_start) + 1
    para_end = text.find("\n", d.outer_end)
    para_end = len(text) if para_end < 0 else para_end
    if para < 2 or text[para : d.outer_start].strip() or text[d.outer_end : para_end].strip():
        return None  # not its paragraph's whole text, or a tag after it
    prev_end = len(text[:para].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    lead = text[prev_start:prev_end]
    if not lead.endswith(".") or _LEAD_MARK.search(lead):
        return None
    span = ctx.sdoc.char_span(prev_start, prev_end, alignment_mode="expand")
    if span is None or len({t.sent.start for t in span}) != 1:
        return None  # two sentences or more: not one voice brought in
    roots = [t for t in span if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].pos_ not in ("VERB", "AUX") \
            or roots[0].lemma_.lower() not in lexicon.words("analyse/intro_lead_verbs.txt"):
        return None
    root = roots[0]
    if root.lemma_.lower() in _COPULAS and not any(
            c.dep_ == "acomp" and c.lemma_.lower() in lexicon.words("analyse/intro_lead_stances.txt") for c in root.children):
        return None  # "Jane Roe was 34.": a fact, no view brought in (round forty-six, the review)
    one = _one_person_lead(ctx, root, list(span))
    if one is None:
        return None
    i = one[0]
    words = text[d.start : d.end]
    surname = ctx.mentions[i].text.split()[-1]
    if _ABOUT_THIRD.search(words) or re.search(rf"\b{re.escape(surname)}\b", words):
        return None  # the words may be about the person
    return _conf({"speaker_mention": i}, 0.8, f"no cue: the paragraph before, '{lead}', brings in "
                 f"{ctx.mentions[i].text} as its one subject and no other name: the quotation is theirs")


def _lead_owner(ctx: _Ctx, start: int, end: int, was) -> str | None:
    """The name that owns the subject of a colon lead-in ("Transocean's response to Acme's
    report has been scathing:"), when it is not the speaker before: the quotation is that
    owner's (a response, a statement, a letter of theirs), so it is no continuation of the
    speaker before, even where the lead names that speaker too (round thirty-one, issue 18;
    Q38 of bpoil_guardian's seed-127 audit, in-sample; the tagger typed the owner a place, so
    the mention rule above did not read it). Read on the parse: the subject of the lead's
    last clause (a verb inside the lead) with a proper-noun possessor."""
    span = ctx.sdoc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    subjects = [t for t in span if t.dep_ in ("nsubj", "nsubjpass") and span.start <= t.head.i < span.end]
    if not subjects:
        return None
    p = next((c for c in subjects[-1].children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if p is None:
        return None
    if any(ctx.entity(i) == was for i in range(ctx.n_named) if ctx.mentions[i].start <= p.idx < ctx.mentions[i].end):
        return None  # the speaker before's own statement: carried as before
    return ctx.text[p.left_edge.idx : p.idx + len(p.text)]


def _label_lead(ctx: _Ctx, d: _Direct) -> dict | None:
    """Speaker fields of a cueless quotation that a name alone leads into with a colon, the
    name opening its paragraph or standing after a sentence's end or another colon (a live
    blog's or a hearing's turns: 'Roe: "Will the dock pay?"', 'Now it gets lively: Jane Roe:
    "..."'): that person or organisation, when the words are one tagged mention (or, untagged
    here, the words the document tags elsewhere as one entity). Not 'Asked about Roe: "..."',
    "Acme's Roe:" or "Roe and Doe:" (the name is not the whole lead), nor a place ("Haiti:").
    Round thirteen (18c); the lead-in rule for a subject before the colon is _introduced_by_another."""
    text = ctx.text
    para_start = text.rfind("\n", 0, d.outer_start) + 1
    lead = text[para_start : d.outer_start].rstrip()
    if not lead.endswith(":") or ctx.inside_quote(para_start + len(lead) - 1):
        return None
    head = lead[:-1].rstrip()
    cut = max(head.rfind(". "), head.rfind("! "), head.rfind("? "), head.rfind(": "))
    words = head[cut + 2 :].split() if cut >= 0 else head.split()
    # round forty-three (issue 18; seed-158 audit, FNC-1 claim 26, in-sample): "Per MarketWatch:
    # "..."" or "According to Acme Wire:" credits the quotation to the name as the bare name
    # does; it had been given to the outlet of the paragraph before as a continuation
    credited = bool(words) and (words[0] == "Per" or words[:2] in (["According", "to"], ["according", "to"]))
    if credited:
        words = words[1:] if words[0] == "Per" else words[2:]
    while words and words[0].lower().rstrip(".") in names.titles():
        words = words[1:]  # "Senator Roe:", "Mr. Roe:"
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return None
    name = " ".join(words)
    if not head.endswith(name):
        return None
    start = para_start + len(head) - len(name)
    hits = [i for i in range(ctx.n_named) if ctx.mentions[i].start == start and ctx.mentions[i].end == start + len(name)]
    i = hits[0] if len(hits) == 1 else _same_name_mention(ctx, name, start)
    if i is None or ctx.mentions[i].label not in _SAME_NAME_LABELS:
        if credited:  # the words are that name's, whom the tagger did not type: open, not the speaker before's
            return _conf({"speaker_via": "continuation", "breaks_carry": True}, 0.0, f"no cue: the lead-in credits the "
                         f"quotation to '{name}', not tagged as a person or organisation: open")
        return None
    out = {"speaker_mention": i} if hits else {"speaker_text": name, "speaker_start": start,
                                               "speaker_end": start + len(name), "speaker_via": "name",
                                               "antecedent_mention": i}
    if credited:
        return _conf(out, 0.85, f"no cue: '{head[cut + 2:] if cut >= 0 else head}:' credits the quotation to '{name}'")
    return _conf(out, 0.85, f"no cue: the name '{name}' alone leads into the quotation with a colon")


_POSTED = re.compile(r"(?P<who>@?[A-Z][\w@.'’-]*(?:[ \t\u00a0]+[A-Z][\w.'’-]*){0,3})[ \t\u00a0]+(?P<verb>[a-z]+)[ \t\u00a0]*:[ \t\u00a0]*$")


def _posted_lead(ctx: _Ctx, d: _Direct) -> tuple[dict, tuple[int, int]] | None:
    """(speaker fields, cue span) of a quotation a live page's entry leads into with its
    author and a verb of posting before a colon, the whole lead of the paragraph after an
    optional time stamp: '1253 Janeroe77 tweets: "..."', 'Jane Roe writes: "..."'
    (data/posted_cues.txt). The parse reads "tweets" as a plural noun with the handle its
    compound, so no cue verb is found and the quote would inherit the entry before's speaker
    (issue 18, 18w). The author is the speaker: the tagged mention when the words are one,
    else open with the author's words kept (a handle is no entity). Not 'Roe and Doe write:',
    not a lead with more words before the name ("She then tweets:" is a pronoun; "The BBC's
    Jane Roe writes:" is left to the cue finder)."""
    text = ctx.text
    para_start = text.rfind("\n", 0, d.outer_start) + 1
    start = stamps.stamp_end(text, para_start) or para_start
    lead = text[start : d.outer_start]
    m = _POSTED.fullmatch(lead.rstrip())
    cut = lead.rfind(". ")
    if m is None and cut > 0:
        # round fifty: the entry's author and verb of posting after a sentence of the writer's
        # in the same paragraph ("... is up 1.7% at 413.7p. Jane Roe emails: "..."")
        start += cut + 2
        lead = text[start : d.outer_start]
        m = _POSTED.fullmatch(lead.rstrip())
    if m is None or m.group("verb") not in lexicon.words("analyse/posted_cues.txt") or ctx.inside_quote(start):
        return None
    who = m.group("who")
    if who.split()[0].lower() in speakers.pronouns() or who.split()[0].lower() in speakers.determiners("article"):
        return None
    a, b = start + m.start("who"), start + m.end("who")
    cue = (start + m.start("verb"), start + m.end("verb"))
    hits = [i for i in range(ctx.n_named) if ctx.mentions[i].start == a and ctx.mentions[i].end == b]
    if len(hits) == 1 and ctx.mentions[hits[0]].label in _SAME_NAME_LABELS:
        return _conf({"speaker_mention": hits[0]}, 0.9,
                     f"'{who} {m.group('verb')}:' leads into the quotation: its author"), cue
    out = {"speaker_text": who, "speaker_start": a, "speaker_end": b, "speaker_via": "name"}
    return _conf(out, 0.0, f"'{who} {m.group('verb')}:' leads into the quotation: its author, "
                 "a name or handle no entity holds: open"), cue


def _new_entry_between(ctx: _Ctx, start: int, end: int) -> bool:
    """Does a live page's time-stamped entry open between the quote before (ending at ``start``)
    and this quotation (at ``end``), this one's own paragraph included? (issue 18, 18w)"""
    text = ctx.text
    at = text.rfind("\n", 0, end) + 1
    while at > start:
        if stamps.stamp_end(text, at) is not None and not ctx.inside_quote(at):
            return True
        if at == 0:
            break
        at = text.rfind("\n", 0, at - 1) + 1
    return False


def _subject_between(ctx: _Ctx, last: dict, start: int, end: int, near: bool = False) -> str | None:
    """A named person or organisation other than the last speaker, the subject of its clause
    (or the source of an "according to"), outside quotations between the quote before (ending at
    ``start``) and this one: a cueless quotation paragraphs after the speaker before is then not
    surely theirs. ``near`` (``_near_lead``, the next paragraph or the same one) reads closer:
    a name that only modifies the subject's noun ("the oversized Trump face", "former Clinton
    employee Bryan Pagliano") is no subject there, nor a name with the speaker before's own last
    word ("Obama said" after "Obama said:", which the clusters split; round thirty-three, carry
    census, each of these moved a right speaker to open on PolNeAR train 301-840)."""
    was = ctx.entity(last["mention"])
    said = ctx.mentions[last["mention"]].text.split()[-1:]
    for i, m in _mentions_between(ctx, start, end, ctx.n_named):
        if near and (m.text.split()[-1:] == said or _only_compound(ctx, i)):
            continue
        if m.label in _SAME_NAME_LABELS and ctx.entity(i) != was and (
                (_lead_subject(ctx, i) and _main_clause(ctx, i)) or _according_source(ctx, i)):
            return m.text
    return None


def _only_compound(ctx: _Ctx, i: int) -> bool:
    """Is mention i a compound modifier of a common noun ("Trump face"), not a possessor
    ("Trump's comments") nor a name in its own right?"""
    span = ctx.span(i)
    return span is not None and span.root.dep_ == "compound" and span.root.head.pos_ != "PROPN"


def _according_source(ctx: _Ctx, i: int) -> bool:
    """Is mention i the source of an "according to" ('According to Limbaugh, "..."': the
    quotation the source leads into is no according candidate of its own, a direct quote
    covers it, so it came to the cueless path; round thirty-three, carry census, PolNeAR dev)?"""
    span = ctx.span(i)
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"


def _mentions_between(ctx: _Ctx, start: int, end: int, upto: int | None = None):
    """(index, mention) of the mentions (the first ``upto`` of them: the named ones are first)
    lying within [start, end] and outside quotations, in order: the narration that
    _subject_between and _still_in_view both read."""
    for i, m in enumerate(ctx.mentions[:upto]):
        if start <= m.start and m.end <= end and not ctx.inside_quote(m.start):
            yield i, m


def _still_in_view(ctx: _Ctx, last: dict, start: int, end: int) -> bool:
    """Does the narration between the quote before and a cueless quotation a paragraph or more
    after it keep that speaker in view: a mention of the same entity, or a he/she (of their
    gender when it is known) outside quotations ('Is she worried about the crews?' / '"We have
    asked every crew ..."')? Without either, the quotation is as likely someone else's (issue 18k:
    on the audit stories, a note a health department sent, churchgoers' prayer, the next
    tweet of a live page were all given to a speaker paragraphs back)."""
    was = ctx.entity(last["mention"])
    # from the end of the quote before's paragraph: its own "..., she said" is no mention between
    cut = ctx.text.find("\n", start, end)
    start = end if cut < 0 else cut
    if any(ctx.entity(i) == was for i, _ in _mentions_between(ctx, start, end)):
        return True
    if ctx.mentions[last["mention"]].label != "PERSON":
        return False
    gender = ctx.gender(was)
    span = ctx.sdoc.char_span(start, end, alignment_mode="contract")
    table = speakers.pronouns()
    for t in span if span is not None else ():
        form = table.get(t.lower_)
        if form is not None and form[2] == "person" and gender in (None, form[0]) and not ctx.inside_quote(t.idx):
            return True
    return False


def _far_carry(ctx: _Ctx, last: dict, start: int, end: int) -> str | None:
    """Why a cueless quotation a paragraph or more of narration after the quote before is left
    open (None: it is not): another subject named between, or nothing between keeps that
    speaker in view (``_still_in_view``). The words may be someone the tagger, the cue finder
    or a missed "said X" after the quotation does not give us (a live page's next tweet, a note
    a body sent, a group named in between)."""
    if last.get("plain"):  # a he/she named by _plain_antecedent: a reader's link, not carried further (18h)
        return ("no cue: the speaker of the quote just before was a he/she named only as the one in view "
                "there; not carried two or more paragraphs on: open")
    between = _subject_between(ctx, last, start, end)
    if between is not None:  # "Roe said ... / Ann Lee, writing in a blog, urged ...: '...'"
        return (f"no cue: {between} is named as a subject after the quote before, paragraphs back; "
                "the words may be theirs: open")
    if _still_in_view(ctx, last, start, end):
        return None
    return ("no cue: the speaker of the quote just before, "
            f"{ctx.mentions[last['mention']].text}, is two or more paragraphs back and not named nor a he/she "
            "of theirs in between: open")


def _near_lead(ctx: _Ctx, last: dict, start: int, end: int) -> str | None:
    """Why a cueless quotation in the quote before's paragraph, the next one or the one after
    that is left open (None: it is not): the narration between the two names another person or
    organisation as the subject of its sentence's main clause, or as the source of an "according
    to" ('"...," Pence said.\n\nOn a talk show, Sen. Jane Roe identified a reason: "..."';
    '"Would it pay?" Hannity pressed. "..."', a cue verb the finder does not know). The words are
    as likely that one's, and without a cue we cannot tell (round thirty-three, issue 18, carry
    census: on PolNeAR train 301-840 and dev, quotations after "Jane Roe named ...", "Roe's
    comments had angered ..." or "Roe agreed." were given to the speaker before). The same test
    ``_far_carry`` runs two or more paragraphs on. Not the speaker before named again ("Roe, a
    nurse, went on:"), nor a name in a clause of its own ('"...," Roe said as Doe looked on'), nor
    one in the sentence that names the speaker before ('"...," Bart Stupak, the Michigan
    Democrat, told a forum.': the speaker before was the apposition, another entity)."""
    said = ctx.span(last["mention"])
    if said is not None:
        para_end = ctx.text.find("\n", said.end_char)
        cut = said.sent.end_char if para_end < 0 else min(said.sent.end_char, para_end)
        start = max(start, min(cut, end))
    between = _subject_between(ctx, last, start, end, near=True)
    if between is None:
        return None
    return (f"no cue: {between} is named as a subject or an according-to source in the narration leading into it, after the quote "
            "before; the words may be theirs: open")


_SUBHEAD_MAX_WORDS = 8


def _subheading(text: str, d: _Direct) -> bool:
    """Is a cueless quotation its whole paragraph, short (three to eight words) and either set
    in single marks or headline-cased ("'Totally pro-Israel.'", "'Coal Isn't the Villain.'",
    '"Sons of Trump"')? Some pages' text sets their section heads in quote marks; carried on,
    the head became the words of the speaker of the quote before (round thirty-three, carry
    census: PolNeAR train 301-840 and dev hold ten whole paragraphs in single marks, every one a
    section head of nyt, wash-post or usa-today, and Timeline17 none; the carried ones were
    given to the speaker before). Headline-cased: every word capitalised but a headline's small
    words (clean/data/headline_small_words.txt). A short whole-paragraph quotation in single
    marks from a page that quotes in single marks (British style) is left open too: a small
    loss, where carrying a head is a false statement."""
    para_start = text.rfind("\n", 0, d.outer_start) + 1
    para_end = text.find("\n", d.outer_end)
    para_end = len(text) if para_end < 0 else para_end
    if text[para_start : d.outer_start].strip() or text[d.outer_end : para_end].strip():
        return False
    words = re.findall(r"[\w'’-]+", text[d.start : d.end])
    if not 3 <= len(words) <= _SUBHEAD_MAX_WORDS:
        return False
    small = lexicon.words("clean/headline_small_words.txt")
    return text[d.outer_start] in _SINGLE or all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words)


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))[‘'](?=[A-Z0-9])", re.M)


def _lone_single_head(text: str, d: _Direct) -> bool:
    """A section head (_subheading) set in single marks on a page that quotes in double marks
    (two or more double marks, and no quotation in prose opened with a single mark): the marks are
    the page's styling of a head, no quotation at all, so it is dropped, not left open (round
    forty-eight, seed 163 c011 Q3: "'He was compelled to bear witness'" between a CNN page's
    paragraphs). A British page, quoting in single marks, keeps its whole-paragraph quotations open."""
    if text[d.outer_start] not in _SINGLE:
        return False
    double = sum(text.count(ch) for ch in '"“”')
    return double >= 2 and not any(not _head_line(text, m.start()) for m in _SINGLE_OPEN.finditer(text))


def _head_line(text: str, pos: int) -> bool:
    """Is the single mark at ``pos`` the opening of a line that is wholly one short quotation
    (another head of the page, as "'Our streets must be safe'"), not a quotation in prose?"""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a : len(text) if b < 0 else b].strip()
    return line.startswith(text[pos]) and line[-1:] in "'’" and len(line.split()) <= 2 * _SUBHEAD_MAX_WORDS


def _main_clause(ctx: _Ctx, i: int) -> bool:
    """Is mention i's clause its sentence's main one ("Ann Lee, an architect, wrote ..."), not
    one the speaker before reports ("Obama says that BP made the decisions")?"""
    span = ctx.span(i)
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("compound", "poss") and root.head.i >= span.end:
        root = root.head
    return root.head.dep_ == "ROOT"


_ACCORDING_AFTER = re.compile(r"[\s,]*according to\s+(?:the\s+)?", re.IGNORECASE)


def _credited_after(ctx: _Ctx, d: _Direct, mention: int | None) -> bool:
    """Is a quotation credited right after its closing mark to the entity of ``mention``
    ('"...," according to CNN.' after "CNN reported ...")? Round forty-four: such a quotation
    still goes on from the outlet's report before it (``_direct_speaker``)."""
    hit = _ACCORDING_AFTER.match(ctx.text, d.outer_end)
    if hit is None or mention is None:
        return False
    key = names.simple_key(ctx.mentions[mention].text)
    return any(m.start == hit.end() and names.simple_key(m.text) == key for m in ctx.mentions)


def _direct_speaker(ctx: _Ctx, c: _Cand, last: dict | None, last_end: int):
    """(speaker fields, cue span) of a quotation, or None to drop it."""
    text, d = ctx.text, c.direct
    assert d is not None, "a direct candidate carries its quotation"
    inscribed = _inscription(ctx, d)
    if inscribed is not None:  # 'a banner reading: "..."': the sign's words, open (round 35)
        return inscribed, None
    dash = _dash_byline(text, d)
    if dash:  # '"..." ― Krystal Correa': an epigraph-style byline
        return _named_span(ctx, dash.start(2), dash.end(2)), (dash.start(1), dash.end(1))
    dash = _dash_line_byline(ctx, d) if c.cue is None else None
    if dash:  # '"..." / - Jane Roe.': the byline on the next line of a quotation's own paragraph
        return _named_span(ctx, dash.start(2), dash.end(2)), (dash.start(1), dash.end(1))
    if c.cue is not None:
        found = _cue_speaker(ctx, c.cue, last)[0]
        if not is_cue(c.cue) and _forms(c.cue) & _chant_cues():
            found = _chanted_by(ctx, c.cue, found)
        return found, (c.cue.idx, c.cue.idx + len(c.cue))
    put = None if c.embedded else _as_put_lead(ctx, d)
    if put is not None:  # 'As Jane Roe put it: "..."': the quotation is Roe's
        return _cue_speaker(ctx, put, last)[0], (put.idx, put.idx + len(put))
    framed = None if c.embedded else _according_frame(ctx, d)
    if framed is not None:  # '"...," according to Judicial Watch.', 'According to Jane Roe, "..."'
        acc, obj = framed
        return _speaker(ctx, obj, acc.idx, last), _according_cue_span(acc, obj)
    posted = _posted_lead(ctx, d)
    if posted is not None:  # '1253 Janeroe77 tweets: "..."': the author, not the entry before's speaker
        return posted
    labelled = _label_lead(ctx, d)
    if labelled is not None:  # 'Roe: "Will the dock pay?"': the name alone before a colon
        return labelled, None
    sourced = _source_lead(ctx, d)
    if sourced is not None:  # 'From Roe's Facebook post: "..."': the post's owner, or open
        return sourced, None
    subject = _subject_lead(ctx, d) or _intro_lead(ctx, d)
    if subject is not None:  # 'Jane Roe pleaded: "..."': the lead's one subject, a person
        return subject, None
    other = _introduced_by_another(ctx, d, last)
    if other is not None:  # 'Time has examined the lessons of 1976: "..."': not the speaker before
        return _conf({"speaker_via": "continuation"}, 0.0, other), None
    # ('... the website, which contains the following statement: "..."': the thing's text, round 58)
    foreign = (None if c.embedded else _thing_held_lead(ctx, d)) or _foreign_lead(ctx, d, last)
    if foreign is not None:  # 'The story goes: "..."', '"Head," by Times' Roe: "..."': not the speaker before
        return _conf({"speaker_via": "continuation", "breaks_carry": True}, 0.0, foreign), None
    tagged = None if c.embedded else _tagged_by_another(ctx, d, last)
    if tagged is not None:  # '"...," Hannity started.': not the speaker before's
        return _conf({"speaker_via": "continuation", "breaks_carry": True}, 0.0, tagged), None
    if last is not None and (d.outer_start - last_end) < 600 and not c.embedded:
        speaker: dict = {"speaker_via": "continuation"}
        if last.get("mention") is not None and _subheading(text, d):
            if _lone_single_head(text, d):
                return None
            return _conf(dict(speaker, breaks_carry=True), 0.0, "no cue: a short paragraph wholly in single marks or headline-cased, a "
                         "section head of the page, not the speaker before's words: open"), None
        if last.get("outlet") and d.outer_start >= last["span"][1] and not _credited_after(ctx, d, last["mention"]):
            # round forty-four (issue 18): an outlet credited with a report ("The Mail reported
            # that ...", "According to the Mirror, the girl's letter reads:") is where the writer
            # read it; a quotation after it with no cue is someone's words the outlet printed (the
            # letter, a nurse, a nickname), not the outlet's own: open. A quotation inside the
            # report ('"...," according to the Times') is the outlet's, as before, and so is one
            # the text credits to the same outlet right after it ('"...," according to CNN.')
            return _conf(speaker, 0.0, "no cue: the quote before is a report credited to a news outlet; a "
                         "quotation after it is words the outlet printed, not the outlet's own: open"), None
        if last.get("mention") is not None and _new_entry_between(ctx, last_end, d.outer_start):
            return _conf(speaker, 0.0, "no cue: a live page's new time-stamped entry opens after the quote "
                         "before; it does not inherit that entry's speaker: open"), None
        if last.get("mention") is not None:
            near = text.count("\n", last_end, d.outer_start) <= 2
            lead = _near_lead(ctx, last, last_end, d.outer_start) if near else None
            if lead is not None:
                return _conf(dict(speaker, breaks_carry=True), 0.0, lead), None
            if not near:
                far = _far_carry(ctx, last, last_end, d.outer_start)
                if far is not None:
                    return _conf(speaker, 0.0, far), None
            _conf(speaker, min(last["confidence"], 0.8 if near else 0.65),
                  "no cue: the speaker of the quote just before" + ("" if near else ", two or more paragraphs back, "
                                                                   "named or a he/she of theirs in between"))
            speaker["speaker_mention"] = last["mention"]
        return speaker, None
    if c.embedded:
        return None  # a fragment with no cue and no speaker before it
    return {}, None


# only a comma, a colon or space between a quotation's mark and an "according to" that frames it
_FRAME_GAP = re.compile(r"[\s,:]*")


def _according_frame(ctx: _Ctx, d: _Direct):
    """The ("according", source) pair that frames a cueless quotation: "according to X" right
    after its closing mark, ending its sentence ('"... senators," according to Judicial Watch.'),
    or opening its sentence right before its opening mark ('According to Paul Roe of the Post,
    "..."'). The quotation is then what the source says, as an "according to" clause's content is
    (_according_cands, which leaves a content a quotation covers to the quotation's own path,
    where it had no speaker: issue 18, round forty-nine, the PolNeAR census's open quotes). Not
    when other words stand between the phrase and the marks ('"...," the letter said, according
    to Roe': the cue's path), nor a source phrase running on past its sentence's end."""
    text = ctx.text
    pairs = ctx.__dict__.get("_according_pairs")
    if pairs is None:
        pairs = ctx.__dict__["_according_pairs"] = list(_according_to(ctx.sdoc))
    for acc, obj in pairs:
        src_end = obj.right_edge.idx + len(obj.right_edge)
        if acc.idx >= d.outer_end:
            if _FRAME_GAP.fullmatch(text, d.outer_end, acc.idx) and text[src_end : src_end + 1] in (".", "\n", "") \
                    and all(t.is_punct or t.is_space for t in acc.doc[obj.right_edge.i + 1 : acc.sent.end]):
                return None if _document_carries(ctx, d, obj) else (acc, obj)
        elif src_end <= d.outer_start:
            sent_start = max(acc.sent.start_char, text.rfind("\n", 0, acc.idx) + 1)
            if acc.idx - sent_start < 3 and _FRAME_GAP.fullmatch(text, src_end, d.outer_start) \
                    and "," in text[src_end : d.outer_start] and _ends_sentence(ctx, d):
                return None if _document_carries(ctx, d, obj) else (acc, obj)
    return None


# a word of a quotation, for its person (letters only: "I'm" gives "I")
_QUOTE_WORD = re.compile(r"[A-Za-z]+")


def _document_carries(ctx: _Ctx, d: _Direct, obj: Token) -> bool:
    """Is the "according to" source a document (``analyse/according_documents.txt``: report,
    summary, transcript, statement, ...) and the quotation in the first person ('"I never left
    the house," according to the police report.', '"I would like you to do us a favor," according
    to a summary released by the White House')? A document cannot say "I" or "we": it carries the
    words of someone it quotes, so the frame names no speaker and the quotation goes on as before
    the frame (open). Review of round forty-nine, item 4."""
    docs = lexicon.words("analyse/according_documents.txt")
    if obj.lemma_.lower() not in docs and obj.lower_ not in docs:
        return False
    first = lexicon.words("analyse/first_person_words.txt")
    return any(w.lower() in first and not (len(w) > 1 and w.isupper())
               for w in _QUOTE_WORD.findall(ctx.text, d.start, d.end))


def _ends_sentence(ctx: _Ctx, d: _Direct) -> bool:
    """Does the quotation close its sentence (only a stop, or nothing, after its closing mark
    before the line ends)? 'According to Roe, "tempting eyes" could be defined so' quotes a term
    inside the writer's sentence, whose words are not the quotation's."""
    nl = ctx.text.find("\n", d.outer_end)
    rest = ctx.text[d.outer_end : nl if nl >= 0 else len(ctx.text)]
    return not rest.strip() or rest.lstrip()[:1] in (".", "!", "?") and (len(rest.strip()) == 1 or rest.lstrip()[1:2] == " ")


# the paragraph's last opening mark after a colon lead-in ('Roe said: "', "Roe added: '")
_COLON_OPEN = re.compile(r":[ \t]*([\"“'‘])")


def _lead_words(text: str, start: int, at: int) -> str:
    """The last few whole words before ``at`` (from ``start`` on), for evidence."""
    lead = text[max(start, at - 40) : at]
    cut = lead.find(" ") if at - 40 > start else -1
    return lead[cut + 1 :].strip()


def _unclosed_before(ctx: _Ctx, c: _Cand, found: dict, items: list[QuoteItem]) -> dict | None:
    """Speaker fields for a cueless quotation that opens its paragraph when the paragraph before
    ends inside a quotation that a colon lead-in opened and no mark closed ('Roe said: "I ran
    back.¶¶"It was horrific."'): a quotation running over several paragraphs leaves each
    paragraph but its last without its closing mark, so the next paragraph's opening mark goes on
    with the same words, whoever spoke in between inside them ('the doctor said he talked to me'
    is Roe's own report). The speaker is the named one (a mention, at the confidence the cue
    gave, at least .9) of the quote item that starts at that opening mark; none, or a paragraph
    before that closes its quotation, leaves the quotation as before. Round forty-six (issue 18):
    the FNC-1 census's British pages, and the judged audits' open continuations of a quotation
    opened by "he said:" (fnc1_c006) or "the report read:"."""
    d, text = c.direct, ctx.text
    if d is None or c.embedded or c.cue is not None or found.get("speaker_mention") is not None \
            or found.get("antecedent_mention") is not None:
        return None  # a cue, or a speaker the rules before found
    para = text.rfind("\n", 0, d.outer_start) + 1
    if text[para : d.outer_start].strip() or para < 2:
        return None
    prev_end = len(text[:para].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    opens = list(_COLON_OPEN.finditer(text, prev_start, prev_end))
    if not opens:
        return None
    mark = opens[-1].group(1)
    at = opens[-1].start(1)
    if mark != text[d.outer_start] and not (mark in "“\"" and text[d.outer_start] in "“\""):
        return None  # another style of mark: not the same quotation going on
    rest = text[at + 1 : prev_end]
    single = mark in _SINGLE
    closes = _SINGLE[mark] if single else _PAIRS[mark]
    if any(ch in closes and _is_closing(rest, k, single) for k, ch in enumerate(rest)):
        return None  # closed in its paragraph: the paragraph after is new
    opened = [q for q in items if at < q.start <= at + 2 and q.speaker_mention is not None
              and (q.speaker_confidence or 0.0) >= 0.9]
    if not opened:
        return None
    q = opened[0]
    return _conf({"speaker_mention": q.speaker_mention, "speaker_via": "continuation"}, min(q.speaker_confidence or 0.0, 0.85),
                 f"no cue: goes on from the quotation the paragraph before opened after '{_lead_words(text, prev_start, at)}' "
                 f"({ctx.mentions[q.speaker_mention].text}'s), which no mark closed there")


_TAG_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


def _tag_before_in_paragraph(ctx: _Ctx, c: _Cand, found: dict, items: list[QuoteItem]) -> dict | None:
    """Speaker fields for a cueless quotation that opens right after the tag sentence of the
    quotation before it, in the same paragraph ('"Where were we attacked?" Jane Roe said, with a
    passion that suggested the question was out of line. "I did spend a lot of time there."'):
    news copy splits one speaker's words around the tag so, and the quotation after the tag is
    the tagged speaker's. Only when the carry found nothing at all (no speaker and no evidence:
    a report in the tag's own tail, "suggested that ...", had been taken as an open speaker in
    between, so the quotation was left with no speaker and no reason), the quotation before is
    a quote item of this paragraph whose own cue comes after it and names its speaker (a
    mention, at the confidence a cue gives, at least .9), its tag is one sentence that ends
    right before the opening mark, and that sentence names no one else (``_others_named``: no
    other tagged person, no untagged name). Issue 18, round fifty-two: the PolNeAR and FNC-1
    censuses' open quotes with no cue and no evidence held this shape ("..., Clinton said,
    with a passion ...", "..., explained Gul, who ... estimates she is ...")."""
    d, text = c.direct, ctx.text
    if d is None or c.embedded or c.cue is not None or found.get("speaker_mention") is not None \
            or found.get("antecedent_mention") is not None or found.get("speaker_evidence"):
        return None
    para = text.rfind("\n", 0, d.outer_start) + 1
    before = [q for q in items if para <= q.start and q.end <= d.outer_start]
    direct = [q for q in before if q.kind == "direct"]
    if not direct:
        return None
    q = direct[-1]
    if q.cue_start is None or not q.end <= q.cue_start < d.outer_start:
        return None
    if q.speaker_mention is None:
        if not _open_tag_speaker(q):
            return None
    elif (q.speaker_confidence or 0.0) < 0.9:
        return None
    tail = text[q.end : d.outer_start]
    ends = list(_TAG_SENTENCE_END.finditer(tail))
    if len(ends) != 1 or tail[ends[0].end() :].strip() or any(
            x.start < q.end or x.kind == "direct" for x in before if x is not q and x.end > q.end):
        return None  # more than the one tag sentence, or another quotation in between
    if text[q.start : q.end].rstrip(" \"'”’").endswith("?") or _addressee_in_tag(ctx, q.end, d.outer_start):
        return None  # '"Are you hurt?" Roe asked the boy. "No."': the answer may be the one asked
    if q.speaker_mention is None:
        return _same_open_tag_speaker(ctx, q, d.outer_start)
    if any(True for _ in _others_named(ctx, q.speaker_mention, q.end, d.outer_start)):
        return None  # someone else named in the tag: the words after it may be theirs
    who = ctx.mentions[q.speaker_mention].text
    tag = text[q.end : q.cue_end or q.cue_start].strip(" ,\"'”’")
    return _conf({"speaker_mention": q.speaker_mention, "speaker_via": "continuation"},
                 min(q.speaker_confidence or 0.0, 0.85),
                 f"no cue: opens right after the tag '{tag}' of the quotation before it in the same paragraph, "
                 f"a tag that names no one else: {who}'s words split around it")


# the speaker fields a quotation's open (unnamed) speaker gives the quotation after its tag
_OPEN_TAG_FIELDS = ("speaker_text", "speaker_start", "speaker_end", "speaker_via", "pronoun", "pronoun_span",
                    "antecedent_mention", "roles", "org", "org_mention")


def _open_tag_speaker(q: QuoteItem) -> bool:
    """Did the tag after quotation ``q`` give it a speaker in words but no name of its own: a
    pronoun ("he said"), a description ("the editorial board writes") or a name the tagger
    missed, written in the tag itself (its span after the quotation, not carried from before)?"""
    return q.speaker_start is not None and q.speaker_end is not None and q.speaker_via not in (None, "continuation") \
        and q.end <= q.speaker_start and q.cue_start is not None and q.speaker_start < (q.cue_end or q.cue_start) + 200


def _same_open_tag_speaker(ctx: _Ctx, q: QuoteItem, opening: int) -> dict | None:
    """Speaker fields for the cueless quotation opening at ``opening`` right after the one tag
    sentence of quotation ``q``, whose speaker the tag gives in words but not by name ('"Not
    yet," he said. "We wait."', '"...," the editorial board writes. "..."'): the same speaker,
    as open or as resolved as ``q``'s (its words, span, pronoun, the antecedent and the
    confidence the resolver gave, the role and organisation the corpus stage reads), never
    more sure. The second half had no speaker and no evidence at all: an open speaker in
    between ends the carry (``last``), so even the tag's own unresolved "he" broke it, and the
    reader saw the second half of one statement as nobody's. Not when the tag holds another
    candidate (a tagged name, a name the tagger missed) than the speaker's own words: the words
    after it may be theirs. Issue 18, round fifty-five (e1): on the PolNeAR train 301-840 census
    (texts 311-500: 2908 quotes, 888 with no speaker shown) 76 had no speaker at all, 50 of them
    a gold source; the commonest shape with the speaker in reach (10 of the 50) was the second
    half of a quotation split by its tag in one paragraph. Where the tag is plain the joins
    (_tagged_after_pair) already make the halves one statement; left were a first half whose
    tag named no one (a parse with no subject: not carried), a tag naming someone else or
    asking (guarded, as for a named speaker), and a first half whose written speaker was open
    ("he", "the editorial board") with the join's tag shape missed (a mismatched closing mark):
    this rule's case, 1 quote of the 2908 there (bench/attribution.py unchanged: it joins such halves)."""
    lo, hi = q.speaker_start, q.speaker_end
    assert lo is not None and hi is not None, "an open tag speaker has its span"
    own = [(lo, hi)] + ([tuple(q.pronoun_span)] if q.pronoun_span else [])
    for m in ctx.candidates:
        if not (q.end <= m.start < opening) or ctx.inside_quote(m.start):
            continue
        if not any(a < m.end and m.start < b for a, b in own):
            return None  # another candidate in the tag: the words after it may be theirs
    out = {k: getattr(q, k) for k in _OPEN_TAG_FIELDS if getattr(q, k)}
    out["roles"] = list(q.roles)
    words = q.speaker_text or ctx.text[lo:hi]
    tag = ctx.text[q.end : q.cue_end or q.cue_start].strip(" ,\"'“”‘’")
    return _conf(out, min(q.speaker_confidence or 0.0, 0.85),
                 f"no cue: opens right after the tag '{tag}' of the quotation before it in the same paragraph, "
                 f"a tag that names no one else: the same speaker, '{words}', as that quotation's"
                 + ("" if (q.speaker_confidence or 0.0) >= speakers.threshold() else " (open there, open here)"))


def _addressee_in_tag(ctx: _Ctx, start: int, end: int) -> bool:
    """Does the text from ``start`` to ``end`` (a quotation's tag) hold a noun that may name a
    person (``_maybe_person``) other than as the tag's subject or in apposition to it ("Roe told
    the boy", "Roe said to a reporter")? Such a person may speak the words after the tag."""
    for t in ctx.sdoc.char_span(start, end, alignment_mode="expand") or ():
        if t.pos_ == "NOUN" and t.dep_ not in ("nsubj", "appos", "compound") and _maybe_person(t):
            return True
    return False


def _after_broken(c: _Cand, found, last_end: int):
    """_direct_speaker's answer for a cueless quotation right after one _near_lead or
    _subheading left open: open as before (there is no speaker before to take), with the
    evidence saying why rather than none (round thirty-three, carry census)."""
    if found == ({}, None) and c.direct is not None and c.direct.outer_start - last_end < 600:
        return _conf({"speaker_via": "continuation"}, 0.0, "no cue: goes on from the quotation before it, "
                     "itself left open as another's words or a section head: open"), None
    return found


def _short_of_colon_quotes(text: str, cands: list[_Cand]) -> list[_Cand]:
    """A reported content that runs over a colon into a quotation ('Roe told the radio the
    flood was the worst in years: "We have never seen water like it.\n\nThe town is cut
    off."'): the quotation is a content of its own (a direct candidate, whole, over all its
    paragraphs), so the reported one stops at the colon instead of taking the quotation's
    first sentence with it (issue 18, round twenty-one, 18m); a content that holds the whole
    quotation is one statement and stays. What is left before the colon
    is dropped when it only names the quotation's topic ('explained why the disease is a
    concern:', a how/why/what clause): the quotation is what was said."""
    quoted = [(c.direct.outer_start, c.direct.end) for c in cands if c.kind == "direct" and c.direct is not None]
    if not quoted:
        return cands
    out = []
    for c in cands:
        if c.kind not in ("indirect", "according"):
            out.append(c)
            continue
        # only a quotation the content stops inside: 'said the plan had one aim: "keep the
        # schools open"' holds the whole quotation, one statement, and stays
        mark = next((x for x, y in quoted if c.start < x < c.end < y), None)
        mark = _tagged_quotation_end(text, c, quoted) if mark is None else mark
        colon = -1 if mark is None else len(text[:mark].rstrip(" \t\u00a0")) - 1
        if colon <= c.start or text[colon] != ":":
            out.append(c)
            continue
        end = colon
        while end > c.start and text[end - 1] in " \t\u00a0":
            end -= 1
        words = text[c.start : end].split()
        if len(words) < 2 or words[0].lower() in _TOPIC_WORDS:
            continue  # "explained why masks fail:" + the quotation: the quotation is the content
        c.end = end
        c.pieces = [(x, min(y, end)) for x, y in c.pieces if x < end]
        if len(c.pieces) < 2:
            c.pieces = []
        out.append(c)
    return out


def _tagged_quotation_end(text: str, c: _Cand, quoted: list[tuple[int, int]]) -> int | None:
    """The opening mark of a quotation a reported content holds whole at its end when the
    quotation closes on a comma: 'told police that he was asleep when they came: "They tied me up
    and ran off," Roe said. "I was so shocked."' (round fifty-two, seed 167 fnc1_c046 Q3/Q4: the
    content took the quotation's first half, the second was left alone). A quoted statement does
    not end on a comma: its tag follows outside the content, and its words may go on after the
    tag, so the quotation is a direct quote of its own (joined over its tag by
    _join_tagged_after), not the end of the reported one. None when the content does not end on
    such a quotation ('said the plan had one aim: "keep the schools open"' ends on its mark and
    stays one statement)."""
    for x, y in quoted:
        if not c.start < x < y <= c.end or text[y - 1 : y] != ",":
            continue
        if not text[y:c.end].strip(" \t\u00a0" + _MARKS + "’'"):
            return x
    return None


# a relative clause on a whole saying that answers it: ", to which Roe interjected:"
_ANSWERING = re.compile(r"[ \t\u00a0]*(?:to|at|after|upon)[ \t\u00a0]+which\b", re.I)


def _short_of_answering_clause(sdoc, text: str, cands: list[_Cand]) -> list[_Cand]:
    """A reported content that holds a whole quotation led in, after its last comma, by a
    clause opening "to which" (or "at/after/upon which") with a subject and a finite verb of its
    own before a colon ('said that experts had found her plan strong, to which Roe interjected:
    "It is not true."'): the quotation is another voice answering, its own content, so the
    reported one stops at that comma (round thirty-four, wash-post Q10/Q11:
    O'Malley's interjection given to Clinton and to "experts"). _short_of_colon_quotes keeps a
    content holding a whole quotation: 'said the plan had one aim: "keep the schools open"' has
    no clause before the colon and stays, and so does one whose clause before the colon is the
    content's own. Census, PolNeAR train 301-840: 7 reported contents hold a quotation after a
    colon; 3 run into an answering voice (2 after "to which", cut; 1 the sentence's own verb,
    left: see below), 4 are the speaker's own lead-in and stay."""
    quoted = [(c.direct.outer_start, c.direct.end) for c in cands if c.kind == "direct" and c.direct is not None]
    for c in cands:
        if c.kind not in ("indirect", "according") or not quoted:
            continue
        mark = next((x for x, y in quoted if c.start < x and y <= c.end), None)
        if mark is None:
            continue
        colon = len(text[:mark].rstrip(" \t\u00a0")) - 1
        if colon <= c.start or text[colon] != ":":
            continue
        comma = text.rfind(",", c.start, colon)
        if comma < 0 or "\n" in text[comma:colon] or len(text[c.start : comma].split()) < 3:
            continue
        # the lead answers after "to which"; not a clause of the content's own ('told him that,
        # despite the rain, he did not think it would last: "..."'). Nor the sentence's own verb
        # ('When Roe suggested that ..., Doe fired back: "..."'): cut there, the quotation became
        # an item of its own and took Roe, the cue before it, as its speaker (census: 1, wrong)
        if _ANSWERING.match(text, comma + 1) is None:
            continue
        lead = [t for t in sdoc if comma < t.idx < colon]
        if not any(t.tag_ in ("VBD", "VBZ", "VBP")
                   and any(k.dep_ == "nsubj" and comma < k.idx < colon for k in t.children) for t in lead):
            continue
        c.end = comma
        c.pieces = [(x, min(y, comma)) for x, y in c.pieces if x < comma]
        if len(c.pieces) < 2:
            c.pieces = []
    return cands


_FINITE = ("VBZ", "VBD", "VBP", "MD")


def _subjectless_content(ctx: _Ctx, c: _Cand) -> bool:
    """Is an indirect content in one piece only a predicate whose subject stands outside it:
    it opens with a finite verb or auxiliary and no subject of that verb lies inside ("a
    winning streak - something Roe's aides argue is possible after Tuesday", "a drilling
    plan that other firms said was deeply flawed", "a hospital, witnesses say, has
    collapsed")? What the speaker says is possible, flawed or collapsed is left out, and the
    span alone reads as a statement about nothing: the judges call every such item cut
    (issue 18, round thirty-nine, quoteleft: over the judged samples 7 indirect quotes open
    on a finite verb, 6 judged cut for the missing subject, wash-post Q21 of seed 153 among
    them). The quote is left out (abstain): the subject may be a noun phrase, a dash's
    apposition or a clause before, not found safely. Census: PolNeAR train 301-840, 38 left
    out, read, each a predicate without its subject (14 had a named speaker, 13 of them right:
    their cut statement goes with them); Timeline17 dev (108 texts picked by pattern), 10, one
    of them judged whole on an earlier audit ("a mechanism he said had failed to ...")."""
    if c.pieces or c.cue is None:
        return False
    span = ctx.sdoc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) < 2 or span.start <= c.cue.i:
        return False
    first = next((t for t in span if not t.is_punct), None)
    if first is None:
        return False
    if not first.text.islower():
        return False  # "The latest survey shows Trump well ahead": a name the parse took for a verb
    if first.dep_ in ("aux", "auxpass", "neg") or first.pos_ in ("VERB", "AUX") and first.tag_ in _FINITE:
        second = next((t for t in span if t.i > first.i and not t.is_punct), None)
        if second is None or second.pos_ in ("DET", "PRON", "PROPN", "NOUN", "NUM"):
            return False  # an inverted clause ("said had the storm come later, ..."), its subject
            # right after the verb, or a noun phrase the verb governs ("is the best deal")
        verb = first.head if first.dep_ in ("aux", "auxpass", "neg") else first
    elif span.root.dep_ in ("attr", "acomp") and span.root.head.lemma_ == "be" and span.root.head.i < span.start:
        verb = span.root.head  # "what it said were major failures": the copula skipped (18y)
    else:
        return False
    if verb.head.i != c.cue.i or verb.dep_ not in ("ccomp", "xcomp"):
        return False
    if verb.tag_ not in _FINITE and not any(x.tag_ in _FINITE for x in verb.children if x.dep_ in ("aux", "auxpass")):
        return False
    subjects = ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")
    return not any(x.dep_ in subjects and x.i >= span.start for x in verb.children)


def _unstamp(text: str, c: _Cand) -> None:
    """A reported candidate moved past a live page's stamp opening it (``stamps.past_clock_stamp``)."""
    if c.kind in ("indirect", "according"):
        c.start = stamps.past_clock_stamp(text, c.start, c.end)
        if c.pieces:
            c.pieces[0] = (max(c.pieces[0][0], c.start), c.pieces[0][1])


def _mixed_in(c: _Cand, indirect_spans: list[tuple[int, int]], chained: list[tuple[int, int, int]]) -> bool:
    """Is a direct candidate a quoted fragment held in reported speech (kept there as "mixed"):
    inside any reported content when a word stands right before its mark, or inside the content
    of its own cue whose unquoted subject opens it ('The firm would pay, "in full," she said':
    _subject_before_quotation, _clause_before_fragment)?"""
    a, b = c.start, c.end
    if c.embedded and any(x <= a and b <= y for x, y in indirect_spans):
        return True
    return c.cue is not None and any(x <= a and b <= y and i == c.cue.i for x, y, i in chained)


def extract(sdoc, analysis: DocAnalysis) -> list[QuoteItem]:
    text = analysis.document.text
    try:
        directs = find_direct(text)
    except Exception:  # the scanner must never take the document down
        directs = []
    turns = find_transcript(text)
    if turns:
        directs = [d for d in directs if not any(ls - 2 <= d.outer_start < b + 2 or ls <= d.start < b for ls, _, _, b in turns)]
    ctx = _Ctx(sdoc, analysis, directs)
    ctx.quoted += [(a, b) for _, _, a, b in turns]
    titles = _titles(text, directs)
    # a name in marks (round fifty-six: 'calls itself "Friends of X"', 'its headline said: "..."')
    # is no direct quote, and no content of the verb beside it either: a content made of mostly it is none
    in_marks = [d for d in directs if _named_quotation(ctx, d)]
    cands = _direct_cands(ctx, directs, titles, in_marks)
    direct_spans = [(c.start, c.end) for c in cands]
    name_spans = [(d.start, d.end) for d in in_marks]

    quoted_spans = direct_spans + name_spans

    def covered(a: int, b: int) -> bool:
        """Mostly a direct quote already, or a name in marks."""
        inside = sum(max(0, min(b, y) - max(a, x)) for x, y in quoted_spans)
        return b > a and inside / (b - a) > 0.6

    cands += _reported_cands(ctx, sdoc, covered) + _according_cands(ctx, sdoc, covered) + _as_cands(ctx, sdoc, covered)
    cands += _noun_cands(ctx, sdoc, covered)
    cands += _poll_findings_left(ctx, sdoc, covered, cands)
    cands += [_Cand(a, b, "turn", label=(ls, le)) for ls, le, a, b in turns]
    cands = _outside_titles(titles, cands)
    cands = _short_of_colon_quotes(text, cands)
    cands = _short_of_answering_clause(sdoc, text, cands)
    cands.sort(key=lambda c: (c.start, c.end))
    indirect_spans = [(c.start, c.end) for c in cands if c.kind != "direct"]
    # the clause a quoted predicate or fragment ends, with its unquoted subject, tagged by the
    # same cue ('The firm would pay, "in full," she said'): the quotation is "mixed" inside it (26p)
    chained = [(c.start, c.end, c.cue.i) for c in cands
               if c.kind == "indirect" and c.cue is not None and c.start in ctx.chained_subject]
    # a quoted fragment no reported content holds: the clause it ends is the statement (_fragment_clause)
    cands = sorted((_Cand(*c.clause, "indirect", cue=c.cue) if c.kind == "direct" and c.clause is not None
                    and not _mixed_in(c, indirect_spans, chained) else c for c in cands),
                   key=lambda c: (c.start, c.end))

    # "something aides argue is possible ...": a predicate without its subject, left out once
    # the speakers are found, so the speaker it hands on and the pronouns after it read as before
    subjectless_cands = [c for c in cands
                         if c.kind == "indirect" and c.cue is not None and _subjectless_content(ctx, c)]
    items: list[QuoteItem] = []
    bodies: list[tuple[QuoteItem | None, tuple[int, int, str, str]]] = []
    last: dict | None = None
    last_end = -1
    broken = False  # last is None since a quotation _near_lead or _subheading left open (its evidence)
    for c in cands:
        _unstamp(text, c)
        a, b = c.start, c.end
        cue_span = None
        subj = None
        if c.kind == "direct":
            if _mixed_in(c, indirect_spans, chained):
                continue  # a quoted fragment of reported speech: kept there as "mixed"
            found = _direct_speaker(ctx, c, last, last_end)
            found = _after_broken(c, found, last_end) if broken and last is None else found
            if found is None or _inside_speaker_phrase(ctx, found[0], found[1], a, b):
                continue  # (or 'Roe, author of "Oil Wars," told ...': a title inside its speaker's own phrase, 18x)
            speaker, cue_span = found
            speaker = _unclosed_before(ctx, c, speaker, items) or speaker  # 'Roe said: "A.¶¶"B."': B is Roe's
            speaker = _tag_before_in_paragraph(ctx, c, speaker, items) or speaker  # '"A," Roe said, with ... . "B"'
            cue_span = _clause_cue_span(ctx, speaker, cue_span, a, b)  # 'The trust, which says its aim is "..."' (24q)
            speaker = _relative_sayer(ctx, c, cue_span) or speaker  # '... experts who decried X as a "..."' (c084 Q6)
        elif c.kind == "indirect":
            assert c.cue is not None, "an indirect candidate carries its reporting verb"
            speaker, subj = _cue_speaker(ctx, c.cue, last)
            speaker = _not_inside_content(ctx, speaker, c)
            _relayed_evidence(ctx, c.cue, speaker)
            if subj is not None and subj.lower_ in ("i", "you", "we"):
                continue  # first/second person outside quotes: the writer or the reader
            if not speaker:
                continue  # no source at all: an imperative or a fragment
            cue_span = (_negated_cue_start(c.cue), c.cue.idx + len(c.cue))
        elif c.kind == "turn":
            assert c.label is not None, "a transcript turn carries its label"
            speaker = _transcript_speaker(ctx, text[c.label[0] : c.label[1]], *c.label)
        elif c.kind == "noun":
            assert c.cue is not None and c.source is not None, "a noun candidate carries its noun and owner"
            if c.source.lower_ in ("my", "your", "our"):
                continue  # "Your fear that ...": the writer's or the reader's, as "I"/"you" with a verb
            speaker = _speaker(ctx, c.source, c.cue.idx, last)
            if not speaker:
                continue
            cue_span = (c.cue.idx, c.cue.idx + len(c.cue))
        else:
            assert c.cue is not None, "an according candidate carries 'according'"
            speaker = _glued_source(ctx, c, _speaker(ctx, c.source, c.cue.idx, last))
            cue_span = _according_cue_span(c.cue, c.source)
        plain = bool(speaker.pop("plain_antecedent", False))  # a he/she _plain_antecedent named (_conf)
        breaks = bool(speaker.pop("breaks_carry", False))  # left open as another's words (_near_lead, _subheading)
        speaker.pop("quotation_tag", None)  # _tag_name's mark, read by _not_inside_content
        q = _item(text, a, b, "direct" if c.kind in ("direct", "turn") else "indirect", cue_span=cue_span,
                  **_take_body(speaker, bodies))
        if c.kind == "direct" and c.direct is not None and len(c.direct.pieces) > 1:
            q.pieces = [(x, min(y, b)) for x, y in c.direct.pieces]
        elif c.pieces:
            q.pieces = list(c.pieces)
        if c.kind in ("indirect", "according", "noun") and any(a <= x and y <= b for x, y in direct_spans):
            q.mixed = True
        items.append(q)
        _bind_body(bodies, q)
        if c.aside:
            continue  # "..., as Mika put it": the writer's words credited to Mika, no turn of his; a
            # quotation further on without a cue is neither his for it nor nearer the last turn
        _note_open_pronoun(ctx, q)
        ref = _speaker_ref(q)
        if ref["mention"] is not None:
            # named: the speaker is a name in the text (the quote's own, or the one a quote with
            # no cue inherits from such a quote), not a pronoun or a description resolved to one
            named = q.speaker_mention is not None and (q.speaker_via != "continuation" or bool(last and last.get("named")))
            broken = False
            last = dict(ref, span=(a, b), named=named, via=q.speaker_via, pronoun=q.pronoun,
                        outlet=q.kind == "indirect" and q.speaker_mention is not None
                        and speakers.is_outlet(ctx.mentions[q.speaker_mention].text),
                        at={q.speaker_start, (q.pronoun_span or (None,))[0]} - {None},
                        plain=bool(last and last.get("plain") and q.speaker_via == "continuation")
                        or plain)
        elif last is not None and c.kind == "indirect" and (
                last["span"][0] <= a and b <= last["span"][1] and _voiceless(subj)
                or _tag_relative(ctx, subj, last["span"][1])):
            pass  # "Ferguson said the findings confirmed that ...": a report inside the last speaker's
            # own words, by no one who could speak the next quote ("Madsen suggests that some
            # scientists have said ...": the scientists could), is part of what that speaker said.
            # '"A," said Roe, who has since urged the party to unite. "B."': a report in the
            # relative clause of the last quotation's own tag describes the speaker; the
            # quotation after the tag is still Roe's (_tag_relative)
        elif q.speaker_text is not None or q.cue is not None or breaks:
            broken = breaks
            last = None  # an open speaker in between: the next quote without a cue inherits nothing;
            # nor after a cueless quotation _near_lead or _subheading left open as another's words or a
            # head: the next one goes on with it, not with the speaker before it (round thirty-three,
            # carry census: the paragraph after "Sherman wants to ...: '...'" went to the speaker
            # before). Not after one _far_carry or _introduced_by_another left open: there, on the
            # Timeline17 census, the quotation after was the speaker before's three times out of three
            # ("Landrieu: ...", a skipped paragraph of Huhne's or of Hosking's)
        last_end = max(last_end, b + 1)
    # (keyed once _unstamp, first in the loop above, has set each candidate's final span, as the
    # items built from it carry)
    subjectless = {(c.start, c.end, c.cue.idx + len(c.cue)) for c in subjectless_cands if c.cue is not None}
    items = [q for q in items if (q.start, q.end, q.cue_end) not in subjectless]
    out: list[QuoteItem] = []
    for q in sorted(items, key=lambda q: (q.start, q.end)):
        if out and (out[-1].start, out[-1].end) == (q.start, q.end):
            continue
        if _repeats(ctx, q, items):
            continue
        out.append(q)
    out = _whole_words(text, out)
    out = _no_nested_infinitives(text, out)
    out = quote_whole.no_nested_negated(sdoc, out)  # round fifty-seven (m2): seed 172 Q78
    out = _no_declined_tail(ctx, text, out)
    out = _no_teasers(text, out)
    # round forty-nine (m3): the reporter's fronted frames and a quotation finishing a report
    out = quote_frames.no_purpose_cues(sdoc, out)
    out = quote_frames.fronted_participles(sdoc, text, out)
    out = quote_frames.no_according_over_tag(out)
    out = quote_frames.no_according_tag_only(text, out)  # round fifty-seven (m1): "According to X, Y posted: "...""
    out = quote_frames.join_quoted_tail(sdoc, text, out)
    out = _join_interrupted(text, out)
    out = _join_continued(text, out)
    out = _join_tagged_after(text, out, sdoc, ctx)
    out = quote_halves.join_uncued_tag(text, out)  # round fifty-four (m3): '"A," read the statement. "B."'
    out = _join_over_tag_clause(text, out, sdoc, ctx)
    out = _join_same_tag(text, out, sdoc)
    out = _join_tag_participle(text, out)
    out = _join_series(text, out)
    out = _join_own_tag(ctx, out, sdoc)
    out = _join_next_tag(ctx, out, sdoc)
    out = _no_lone_word(out)  # round fifty-seven (m2): seed 172 Q1, a word no join took
    out = quote_halves.join_opened_quotation(text, out)  # round fifty-four (m3): 'told Roe X "came across ...'
    out = quote_halves.no_lone_openings(text, out)
    out = quote_edges.past_dash_aside(sdoc, text, out)
    out = quote_edges.no_reference_tail(text, out)
    out = quote_edges.no_second_act(sdoc, text, out)
    out = quote_edges.no_picture_note(text, out)  # round fifty-five (m2): "... (Roe pictured at a farm)"
    _add_bodies(analysis, bodies, out)
    _explain_open(out)
    _retyped_speaker_evidence(ctx, out)
    return out


def _retyped_speaker_evidence(ctx: _Ctx, out: list[QuoteItem]) -> None:
    """The speaker's evidence tells when the speaker (or the named person a pronoun stands
    for) is a name the tagger typed other than a person and a rule read as one
    (``context.label_evidence``, analyse/entities.py: "Janice Dickinson", typed a facility),
    so a reader sees the retyping the link rests on (round fifty)."""
    for q in out:
        if not q.speaker_confidence or not q.speaker_evidence:
            continue
        i = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
        why = ctx.mentions[i].context.label_evidence if i is not None else None
        if why and why not in q.speaker_evidence:
            q.speaker_evidence += f"; '{ctx.mentions[i].text}' {why}"


# an indirect content opening on the speaker's own he/she/they, then "and would not" (or "but
# declined to", "and refused to") and a verb of telling: the speaker's refusal, in the reporter's words
_DECLINED_TAIL = re.compile(r"(?:he|she|they|He|She|They)\b.{10,}?(,?[ \t]+(?:and|but)[ \t]+(?:would not|wouldn['’]t|"
                            r"declined to|refused to)[ \t]+(\w+))\b")


def _no_declined_tail(ctx: _Ctx, text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` with an indirect content that runs on into the speaker's refusal cut before it:
    "He said he has no plans to switch sides and would not identify a policy that might move
    him": what he said is that he has no plans; that he would not identify a policy is the
    reporter's account of the interview (issue 18, round thirty-nine, quoteleft:
    wash-post Q37 of seed 153). Only a one-piece indirect content that opens on a he/she/they
    (the speaker speaking of herself, as "she said she ..." reads), the refusal a verb of
    telling (data/declined_tail_verbs.txt). Census (PolNeAR train 301-840): 7 indirect contents
    hold "and/but would not, declined to, refused to, did not, could not"; 2 of them a refusal
    to tell, this one the only with the speaker's own pronoun (the other, "confirmed that
    Trump would be meeting ... but would not offer details", has Trump as the content's
    subject: whose refusal it is the words do not settle, left as it is)."""
    verbs = lexicon.words("analyse/declined_tail_verbs.txt")
    for q in out:
        if q.kind != "indirect" or q.pieces or q.cue_start is None or q.cue_start > q.start:
            continue
        m = _DECLINED_TAIL.match(q.text)
        if m is None or m.group(2).lower() not in verbs:
            continue
        if q.text.split(None, 1)[0].lower() not in _speaker_pronouns(ctx, q):
            continue  # "Mary Roe said he had been ill and would not answer ...": his refusal, her words
        q.end = q.start + m.start(1)
        q.text = text[q.start : q.end]
    return out


def _speaker_pronouns(ctx: _Ctx, q: QuoteItem) -> frozenset[str]:
    """The pronouns that may stand for the quote's speaker: the one it is written as, a named
    person's he or she by a first name that tells it (speakers.share_gender), "they" for a body
    or a plural group; none when the words do not tell (the review of round thirty-nine)."""
    if q.pronoun:
        return frozenset({q.pronoun.lower()})
    if q.speaker_mention is not None:
        m = ctx.mentions[q.speaker_mention]
        if m.label in ("ORG", "NORP", "GPE"):
            return frozenset({"they"})
        g = speakers.share_gender(speakers.first_name_gender(m.text))
        return frozenset({"she"} if g == "f" else {"he"} if g == "m" else ())
    words = (q.speaker_text or "").split()
    return frozenset({"they"}) if words and words[-1].lower().endswith("s") else frozenset()


# a comma and "and"/"but" with at most two words (a subject, an adverb) right before a cue
_CLAUSE_AFTER_COMMA = re.compile(r",[ \t]+(?:and|but)[ \t]+(?:[\w'’]+[ \t]+){0,2}$")


def _no_nested_infinitives(text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` without an indirect quote whose content is only an infinitive ("to win Iowa")
    and whose cue stands inside another indirect quote's content that holds it whole: "The
    staff told donors they did not expect to win Iowa" is the staff's told
    statement; "did not expect" -> "to win Iowa" is a cut piece of it, the negation and
    the telling left out (issue 18, round thirty-nine, quoteleft: wash-post Q7 of seed 153,
    PolNeAR train 301-840: 17 left out, Timeline17's 108 picked texts: 4, read, each inside
    the outer content that holds it). The outer quote says it all; the inner one
    adds only a fragment the reader takes for a statement of its own. Not after a comma and
    "and"/"but" ("Roe said Acme had spent $5m, and expected to spend more"): there the outer
    content may have run on over a clause of its own (test_quotes' twin), and the inner quote
    is its subject's own (and, on Timeline17, "Obama said he knows ..., and he pledged to
    rectify that": the pledge is the reporter's second clause, not what Obama said he knows)."""
    outer = [q for q in out if q.kind == "indirect" and q.cue_start is not None]

    def nested(q: QuoteItem) -> bool:
        return (q.kind == "indirect" and q.cue_start is not None and q.text.startswith("to ")
                and any(p is not q and p.start <= q.cue_start and q.end <= p.end and p.end - p.start > q.end - q.start
                        and p.cue_start != q.cue_start
                        and _CLAUSE_AFTER_COMMA.search(text, p.start, q.cue_start) is None for p in outer))
    return [q for q in out if not nested(q)]


def _explain_open(out: list[QuoteItem]) -> None:
    """Evidence for a quote whose cue was found but no rule named a speaker or said why (round
    thirty-seven, cueopen: 50 such quotes over the 450 PolNeAR census texts, shown to the judge as
    "no rule gave a confidence"). They stay open; the evidence tells the reader which shape left
    them so: a relative "who"/"that" hung on no noun ("those who said", "some who warned"), or
    a cue with no subject in the parse and no name beside it ("tweeted another", a title's
    "written by")."""
    for q in out:
        if q.cue is None or q.speaker_mention is not None or q.antecedent_mention is not None \
                or q.speaker_confidence is not None or q.speaker_evidence:
            continue
        q.speaker_confidence = 0.0
        if q.speaker_text and q.speaker_text.lower() in ("who", "that", "which"):
            q.speaker_evidence = (f"'{q.speaker_text}' with '{q.cue}': a relative pronoun the parse hangs on no "
                                  "named noun ('those who', 'some who', a second 'who' clause): no one named")
        else:
            q.speaker_evidence = (f"'{q.cue}': no subject in the parse and no name beside the cue: "
                                  "no one named")


def _ends_in_word(text: str, end: int) -> bool:
    """Does a reported content stop inside a word: a letter or a digit right after its end, or
    an apostrophe with a letter after it ("they do|n’t like her")? The parse cut there, so
    the span may say the reverse of the statement: the content is left out. The small model
    tags a curly "n’t" as a noun, and "saying they don’t like her" gave the content "they do"
    (round thirty-four, politico Q38). Reading the curly clitic as the straight one (its
    lexical features, before the model runs) mended that parse, but on PolNeAR train 301-840
    the new parses of the texts with a curly apostrophe mended 2 contents and moved 3 right or
    open answers to wrong ones (a content cut to its parenthesis, a speaker given as "FBI" with
    0.95, a stage direction as a saying) and left 3 open or out, so the item is dropped
    instead. Census, PolNeAR train 301-840: 1 of 3428 reported contents ends inside a word
    (this one); Timeline17 dev has no curly apostrophe."""
    if end <= 0 or end >= len(text) or not text[end - 1].isalnum():
        return False
    nxt = text[end]
    return nxt.isalnum() or (nxt in "\u2019'" and end + 1 < len(text) and text[end + 1].isalpha())


def _whole_words(text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` without the reported contents cut inside a word (``_ends_in_word``)."""
    return [q for q in out if not (q.kind == "indirect" and _ends_in_word(text, q.end))]


# a quotation's words clipped by an ellipsis ("..." or "…", a full stop may follow) right before
# its closing mark: a teaser of words given whole further on
_CLIPPED = re.compile(r"(.*?\w)[ \t\u00a0]*(?:\.\.\.|…)[.!?]?$", re.S)
_TEASER_MIN_WORDS = 2  # one word recurs by chance ("Never..."); two clipped words are a quotation's opening


def _teaser_of(text: str, q: QuoteItem) -> bool:
    """Is q a headline's teaser of a quotation the body gives whole: a direct quote with no cue,
    standing in the document's first line (the headline: no line break before it), its words
    cut off by an ellipsis, and those words (at least _TEASER_MIN_WORDS) written again, in any
    case, further on (issue 18, round thirty-eight, cuts: west-journal Q16 and Q21 of seed 152,
    "'Instead Of Pimping….'" and "'Didn't Lose A….'", each judged "whole: cut"; the body holds
    the whole words, "stop pimping black votes" and "didn't lose a single person", with their
    speakers). The teaser says no more than the body's quotation and less: it is dropped as a
    repeat. Census (clipped quotations ending in an ellipsis): PolNeAR train 301-840 outside the
    keep-off list, 3, two such headline teasers (the seed-152 pair) and one body quotation left
    unfinished by its speaker (a Clinton answer trailing off in "..."), which stays; Timeline17 dev, 31, none in a first line (readers' comments quoting
    each other, a speaker trailing off: "I began to ache ..." he said), all stay. A
    clipped headline quotation the body does not repeat is kept: it is the only record of
    the words."""
    if q.kind != "direct" or q.cue_start is not None or "\n" in text[: q.start]:
        return False
    m = _CLIPPED.match(q.text.strip())
    if m is None:
        return False
    words = re.findall(r"[\w'’]+", m.group(1))
    if len(words) < _TEASER_MIN_WORDS:
        return False
    said = r"\W+".join("['’]".join(re.escape(x) for x in re.split("['’]", w)) for w in words)
    return re.search(r"(?<!\w)" + said + r"(?!\w)", text[q.end :], re.I) is not None


def _no_teasers(text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` without the headline's clipped teasers of quotations the body gives whole (_teaser_of)."""
    return [q for q in out if not _teaser_of(text, q)]


# the words between the halves of one quoted sentence: '"A," he assures me, "b ..."'
_INTERRUPTION = re.compile(r",?[ \t\u00a0]*[”\"’'][ \t\u00a0]*([^\n\"“”]{2,60}?),[ \t\u00a0]*[“\"‘']")


# the pronoun "I" (and its contractions) opens the second half of an interrupted sentence in
# capitals: '"After that," she said, "I support ..."' goes on as surely as a lower-case word
_I_WORD = re.compile(r"I(?:['’](?:m|ve|d|ll)\b|\b)")


def _goes_on(second: str) -> bool:
    """Does the second half of a quotation interrupted by its tag go on the same sentence? It
    opens in lower case, or with the pronoun "I" (round thirty-three); a name or "The" may
    open a new sentence and stays its own."""
    return second[:1].islower() or _I_WORD.match(second) is not None


def _join_interrupted(text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """One quoted sentence interrupted by its attribution: '"We began clearing the road on
    Monday," he assures me, "the bridge will reopen by the weekend."' is one statement
    in two pieces, not two quotes (the second half alone reads as the whole). Joined when
    the first half ends in a comma, the second opens in lower case or "I" (_goes_on), the words between are
    only the attribution (its cue) and both halves have the same cue and speaker."""
    def interrupted(p: QuoteItem, q: QuoteItem) -> bool:
        return (p.kind == q.kind == "direct" and p.cue_start is not None
                and (p.cue_start, p.cue_end, p.speaker_mention, p.speaker_text) == (q.cue_start, q.cue_end, q.speaker_mention, q.speaker_text)
                and _goes_on(q.text) and (m := _INTERRUPTION.fullmatch(text, p.end, q.start)) is not None
                and m.start(1) <= p.cue_start and p.cue_end is not None and p.cue_end <= m.end(1)
                and (text[p.end - 1 : p.end] == "," or text[p.end : p.end + 1] == ","))
    return _join_adjacent(text, out, interrupted)


def _join_adjacent(text: str, out: list[QuoteItem], joins: Callable[[QuoteItem, QuoteItem], bool]) -> list[QuoteItem]:
    """``out`` with each quote that ``joins`` the one kept before it made a second piece of
    that one (the pieces, the end and the text run on over both)."""
    joined: list[QuoteItem] = []
    for q in out:
        p = joined[-1] if joined else None
        if p is not None and joins(p, q):
            _add_piece(text, p, q)
            continue
        joined.append(q)
    return joined


def _add_piece(text: str, p: QuoteItem, q: QuoteItem) -> None:
    """Make ``q`` the next piece of ``p``: the pieces, the end and the text run on over both."""
    p.pieces = (p.pieces or [(p.start, p.end)]) + (q.pieces or [(q.start, q.end)])
    p.end = q.end
    p.text = text[p.start : p.end]


def _carries_voice(p: QuoteItem, q: QuoteItem) -> bool:
    """Does q, a quotation with no cue, speak with p's voice by continuation? q took the
    mention _speaker_ref handed on: p's name, or, when p's speaker is a he/she or a
    description, the one it was resolved to ('"...," she said.\n\n"..."': the second is
    the antecedent's, the same voice; issue 18, round twenty-five, 25q)."""
    ref = p.speaker_mention if p.speaker_mention is not None else p.antecedent_mention
    return q.speaker_via == "continuation" and ref is not None and q.speaker_mention == ref


# a closed quotation, one paragraph break and a new opening mark, with no word between:
# '... to the site."\n\n"The two ships ...'
_REOPENED = re.compile(r"[ \t\u00a0]*[”\"’'][ \t\u00a0]*\n[ \t\u00a0]*\n?[ \t\u00a0]*[“\"‘']")


# the closing mark and, on the same line, a word in lower case: the quotation's own tag with a
# verb the cue list lacks ('"Will she be the next harbour master?" a clerk wondered')
_TAG_AFTER_CLOSE = re.compile(r"[”\"’'][ \t\u00a0]*,?[ \t\u00a0]*[a-z]")


def _join_continued(text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """A quotation whose tag comes before it and whose words go on in the next paragraph
    under a new opening mark ('Hale told reporters: "The firm will send a ship."\n\n"The two
    ships will collect 9,000 barrels a day."') is one statement in two pieces, not a quote and
    an untagged one (issue 18, round twenty-one, 18m). Joined when nothing but the closing
    and the opening mark and one paragraph break lies between (no tag, no other name: the
    second has no cue of its own and takes the first's speaker, or none when the first's is
    open) and the first is not a question (an answer is someone else's). Nor when words in
    lower case follow the second's closing mark on its line (_TAG_AFTER_CLOSE): its own tag,
    with a verb the cue list lacks ('"Will he ...?" a staffer wondered': round thirty-four,
    wash-post Q37, a staffer's question joined to the speaker's saying). A quotation tagged
    after it ('"...," said Hale.\n\n"..."') stays two: joined, its span would hold the tag."""
    def continued(p: QuoteItem, q: QuoteItem) -> bool:
        return (p.kind == q.kind == "direct" and q.cue_start is None
                and (p.cue_start is not None or p.speaker_text is not None)
                and (_carries_voice(p, q)
                     or q.speaker_mention is None and q.speaker_text is None and p.speaker_mention is None)
                and not p.text.rstrip().endswith("?") and _REOPENED.fullmatch(text, p.end, q.start) is not None
                and _TAG_AFTER_CLOSE.match(text, q.end) is None)
    return _join_adjacent(text, out, continued)


# a closed quotation, its tag after it as one sentence, and a new opening mark: in the next
# paragraph ('... tonight," said Mayor Hale.\n\n"And the army ...') or, in copy that keeps its
# paragraphs whole, in the same one ('... tonight," said Mayor Hale. "And the army ...'; round
# thirty-three: Timeline17's copy puts each sentence on a line of its own, so only the first
# shape was seen; PolNeAR's 2016 articles write the second, and the story showed each half
# as a statement of its own, 13 of 40 sampled quotes on seed 137's wash-post folder)
_TAGGED_AFTER = re.compile(r"[,.!]?[ \t\u00a0]*[”\"’'][ \t\u00a0]*,?[ \t\u00a0]*([^\n\"“”]{2,300}?)\."
                           r"(?:[ \t\u00a0]*\n[ \t\u00a0]*\n?[ \t\u00a0]*|[ \t\u00a0]+)[“\"‘']")
_TAG_WORDS = 12  # a tag is the speaker and the cue ("said Tom Hale, the mayor, on Monday"), not a sentence
_LONG_TAG_WORDS = 40  # a tag whose speaker's description runs long (_speaker_phrase_tag), not a paragraph


def _speaker_phrase_tag(sdoc, a: int, b: int, cue_start: int) -> bool:
    """Is a tag longer than _TAG_WORDS still only the cue and its speaker: '"...," says Jane
    Roe, director of the Centre for the Study of Rivers at the University of Port Ellery.'
    (issue 18, round twenty-six, 26p)? The word count alone took a speaker's long description
    for a sentence of narration, and the next paragraph's quotation, the same speaker's words,
    was left as an item of its own. One sentence, every word of it the cue, the cue's own
    auxiliaries, its subject's phrase (the name with its apposition: what
    the writer says of the speaker) or a phrase of time, place or hearer hung on the cue ("on
    Monday", "in Port Ellery", "told reporters"), with no finite verb but the cue. A clause on
    the cue or in the description ('said Roe, as the water rose over ...', ', and the council
    voted ...', 'said Hale, who spoke after a long meeting with the council ...') may bring in
    another voice: the join is left out, as before."""
    found = _tag_tokens(sdoc, a, b, cue_start)
    if found is None:
        return False
    cue, toks = found
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return False
    keep = {cue.i}
    for c in [subj, *cue.children]:
        if c is subj or c.dep_ in ("aux", "neg", "prep", "npadvmod", "dative", "dobj", "agent"):
            if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in c.subtree):
                return False  # a clause inside the phrase ('Hale, who spoke after a long meeting
                # with the council, ...'): more than who, where or to whom (18p's twin)
            keep |= {t.i for t in c.subtree}
    return bool(toks) and all(t.sent.start == cue.sent.start for t in toks) \
        and all(t.i in keep or t.is_punct for t in toks)


def _tag_tokens(sdoc, a: int, b: int, cue_start: int):
    """The cue's token and the tokens of a tag from a to b (no spaces), or None when no
    token stands at the cue's offset."""
    cue = sdoc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    if cue is None:
        return None
    return cue[0], [t for t in sdoc if a <= t.idx < b and not t.is_space]


def _join_tagged_after(text: str, out: list[QuoteItem], sdoc=None, ctx: _Ctx | None = None) -> list[QuoteItem]:
    """A quotation tagged after it whose words go on under a new opening mark, in the next
    paragraph or the same one (_TAGGED_AFTER), with no cue of their own ('"We open two shelters tonight," said Hale.\n\n"And the army
    brings boats."') is one statement in two pieces (issue 18, round twenty-two, 18p: the
    story kept the first paragraph alone, or the second as its own item). The pieces skip the
    tag, which the story shows as an ellipsis (resolve/quotes.shown_pieces), so the span's tag
    is never shown as the speaker's words. Joined when the words between are only the closing
    mark, the first quotation's own tag (its cue inside, at most _TAG_WORDS words, or up to
    _LONG_TAG_WORDS when the rest is only the speaker's description and the cue's phrases of time,
    place or hearer, _speaker_phrase_tag; one sentence), a space or one paragraph break and the opening mark; the second has no cue and
    takes the first's speaker by continuation (or both are open); the first is no question."""
    return _join_adjacent(text, out, lambda p, q: _tagged_after_pair(text, sdoc, ctx, p, q))


def _tagged_after_pair(text: str, sdoc, ctx: _Ctx | None, p: QuoteItem, q: QuoteItem) -> bool:
    """_join_tagged_after's test for one pair: p tagged after it, q its words going on."""
    if not (p.kind == q.kind == "direct" and q.cue_start is None and p.cue_start is not None and p.cue_end is not None
            and (_carries_voice(p, q)
                 or (q.speaker_mention is None and q.speaker_text is None or _open_tag_carried(p, q))
                 and p.speaker_mention is None and p.speaker_text is not None)):
        return False
    m = _TAGGED_AFTER.fullmatch(text, p.end, q.start)
    if m is not None and p.cue_end <= p.start and _carries_voice(p, q) \
            and _tagged_again(ctx, p, m.start(1), m.end(1)):
        return True
    if m is None or not (m.start(1) <= p.cue_start and p.cue_end <= m.end(1)):
        return False
    if "?" in text[max(p.start, p.end - 1) : m.start(1)] and not _own_answer(text, p, q):
        return False
    words = len(m.group(1).split())
    if sdoc is not None and _narration_in(sdoc, m.start(1), m.end(1)):
        return False
    if words <= _TAG_WORDS and len(m.group(1)) <= 90:
        return True
    if sdoc is None or words > _LONG_TAG_WORDS:
        return False
    return _speaker_phrase_tag(sdoc, m.start(1), m.end(1), p.cue_start) \
        or ("\n" not in text[p.end : q.start] and _one_sentence(sdoc, m.start(1), m.end(1), p.cue_start)
            and (_carries_voice(p, q)
                 or _both_open(p, q) and not _clause_beside(sdoc, m.start(1), m.end(1), p.cue_start)))


def _tag_relative(ctx: _Ctx, subj, after: int) -> bool:
    """Is ``subj``, the subject of an indirect quote's cue, the relative "who" of a clause in
    the tag of the direct quotation that closed at ``after`` ('"A," said Gov. Jane Roe of
    Ohio, a former backer of Sen. Tom Hale, who has since called on the party to unite.
    "B."')? The clause stands in the tag's own sentence, after the closing mark, with no
    other quotation mark between; it describes the speaker (or the one named in her
    apposition) and brings in no new voice, so the quotation after the tag stays the tagged
    speaker's by continuation, as after any tag (_one_sentence). Its open "who" broke the
    carry: the second half stood alone with no speaker and the first was shown cut (issue 18,
    round thirty-nine, quoteleft: west-journal Q7 of seed 153; census in
    _join_over_tag_clause)."""
    if subj is None or subj.lower_ != "who" or subj.dep_ not in ("nsubj", "nsubjpass") or subj.head.dep_ != "relcl":
        return False
    owner = subj.head.head
    text = ctx.text
    mark = re.match(r"[,.!?]?[ \t\u00a0]*[”\"’']", text[after:])  # the quotation's own closing mark
    start = after + (mark.end() if mark else 0)
    if not (start <= owner.idx and start <= subj.idx) or any(ch in text[start:subj.idx] for ch in '"“”\n'):
        return False
    close = ctx.sdoc.char_span(after - 1, after, alignment_mode="expand") if after > 0 else None
    return close is not None and close[-1].sent.start == subj.sent.start


def _join_over_tag_clause(text: str, out: list[QuoteItem], sdoc=None, ctx: _Ctx | None = None) -> list[QuoteItem]:
    """``out`` with a quotation tagged after it and its words going on after the tag joined
    (_tagged_after_pair) over an indirect quote inside the tag's relative clause
    ('"A," said Roe, who has since called on the party to unite. "B."': A and B are one
    statement; "to unite" stays an item of its own). _join_tagged_after joins neighbours
    only, and the clause's quote stood between the halves (issue 18, round thirty-nine,
    quoteleft: west-journal Q7 of seed 153 showed the first half only). Census (PolNeAR train
    301-840): 8 "who" reports between two quotations of one paragraph; 5 pairs joined, read,
    each one speaker's statement; 3 left (a second half with its own cue; a "who" the resolver
    gave another mention of the same name; a "but who" conjunct). Timeline17's copy puts each
    sentence on a line: none."""
    if ctx is None:
        return out
    joined: list[QuoteItem] = []
    for q in out:
        if len(joined) >= 2:
            p, r = joined[-2], joined[-1]
            if r.kind == "indirect" and p.end < r.start and r.end <= q.start and r.cue_start is not None \
                    and _clause_quote_in_tag(ctx, r, p.end) and _tagged_after_pair(text, sdoc, ctx, p, q):
                _add_piece(text, p, q)
                continue
        joined.append(q)
    return joined


def _clause_quote_in_tag(ctx: _Ctx, r: QuoteItem, after: int) -> bool:
    """Is r's cue the verb of a "who" clause in the tag after the quotation closed at
    ``after`` (_tag_relative)?"""
    assert r.cue_start is not None
    cue = ctx.sdoc.char_span(r.cue_start, r.cue_end or r.cue_start + 1, alignment_mode="expand")
    if cue is None:
        return False
    subj = next((c for t in cue for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _tag_relative(ctx, subj, after)


def _tagged_again(ctx: _Ctx | None, p: QuoteItem, a: int, b: int) -> bool:
    """Is the tag from a to b, after a quotation p whose cue stands before it, the same speaker
    tagged a second time: 'Hale said: "We open two shelters tonight. ¶ "The army brings boats,"
    Hale said. "And the navy sends a ship."' (issue 18, round thirty-eight, cuts: usa-today Q34
    of seed 152 showed only the last quotation, "the speaker of the quote just before", its
    first half left out)? p's cue is the one before it, so _join_tagged_after's tag, which must
    hold p's own cue, never matched, and the quotation after the second tag stood alone. Here
    the tag is one short sentence (at most _TAG_WORDS words, no narration) of a cue verb, its
    subject and the cue's own auxiliaries or adverbs, the subject a mention of the same entity as
    p's speaker (a name: not a pronoun or a description), and the quotation after it has no cue
    and already speaks with p's voice (_carries_voice, checked by the caller). A tag with
    another subject ('"...," Roe said. "..."' after Hale's quotation) or with more than the tag
    stays apart. Census (PolNeAR train 301-840 outside the keep-off list): 3 cueless quotations
    after such a tag-shaped gap; 1 a tag of the same name (Q34's), joined, right; 2 a clause, not
    a tag ("last month when asked ...", "which <name> thinks ..."), left apart. Timeline17 dev's
    copy writes each sentence on its own line: no such pair."""
    if ctx is None:
        return False
    who = _who(ctx, p)
    sdoc = ctx.sdoc
    if who is None or len(doc_text(sdoc)[a:b].split()) > _TAG_WORDS or _narration_in(sdoc, a, b):
        return False
    toks = [t for t in sdoc if a <= t.idx < b and not t.is_space]
    cues = [t for t in toks if is_cue(t) and t.pos_ in ("VERB", "AUX")]
    if len(cues) != 1:
        return False
    cue = cues[0]
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i not in ctx.tok_mention or ctx.tok_mention[subj.i] >= ctx.n_named:
        return False
    k = ctx.tok_mention[subj.i]
    if ctx.entity(k) != who and ctx.mentions[k].text != ctx.mentions[p.speaker_mention
                                                                       if p.speaker_mention is not None
                                                                       else p.antecedent_mention].text:
        return False  # the same name written again is the same person here: the entity stage links
        # a short form only to a full name, so two bare "Obama" mentions may stand as two entities
    own = {cue.i} | {t.i for t in subj.subtree} | {c.i for c in cue.children if c.dep_ in ("aux", "neg", "advmod", "npadvmod")
                                                  and not any(True for _ in c.children)}
    return all(t.i in own or t.is_punct for t in toks)


def _both_open(p: QuoteItem, q: QuoteItem) -> bool:
    """Is p's speaker open but written ("one aide close to the talks", "she") and q,
    with no cue, given no one? In one paragraph, '"A," said one aide close to the talks, who
    asked not to be named. "B."': the second quotation has no other tag
    than the first's, so it is that same unnamed person's, as _carries_voice hands a named
    voice on; the long tag's clause ("who spoke ...", "popping a soda as he sat ...") brings in
    no other voice (issue 18, round thirty-six, halves: wash-post Q10 of seed 149 showed half of
    an unnamed executive's words, there after an indirect first half, which stays apart; over PolNeAR train 301-840 outside the audit sample 5 such
    pairs joined, read, each one person's statement; both stay open)."""
    return ((q.speaker_mention is None and q.speaker_text is None or _open_tag_carried(p, q)) and q.cue_start is None
            and p.speaker_mention is None and p.antecedent_mention is None and p.speaker_text is not None)


def _open_tag_carried(p: QuoteItem, q: QuoteItem) -> bool:
    """Does q, with no cue, carry p's open written speaker (_same_open_tag_speaker: the same
    words at the same span, no name)? The joins read it as they read a q given no one (round
    fifty-five, e1): joined as one statement where they joined before, its own item with p's
    speaker only where they did not."""
    return (q.cue_start is None and q.speaker_mention is None and p.speaker_mention is None
            and q.speaker_start is not None and (q.speaker_start, q.speaker_end) == (p.speaker_start, p.speaker_end))


# a closed quotation, its tag after it ending in a full stop or a comma, and a new opening mark in
# the same paragraph ('... tonight," Hale said at the depot. "The army ...' or '... tonight," Hale
# said, "The army ...'); the first quotation's words end in a mark of their own (a fragment the
# reporter's sentence goes on from, '"a lot of things" in the spring, said Roe. "...', is not one)
_SAME_TAG = re.compile(r"[,.!?]?[ \t\u00a0]*[”\"’'][ \t\u00a0]*,?[ \t\u00a0]*([^\n\"“”]{2,300}?)[.,]"
                       r"[ \t\u00a0]+[“\"‘']")


def _ends_on_mark(text: str, p: QuoteItem, marks: str) -> bool:
    """Do p's words end on one of ``marks``, inside the closing mark or right after it ("...,"
    or "...",)? (At the text's end the empty slice counts, as the joins have always read it.)"""
    return text[p.end - 1 : p.end] in marks or text[p.end : p.end + 1] in marks


def _same_speaker(p: QuoteItem, q: QuoteItem) -> bool:
    """Do p and q name their speaker with the same words at the same place (or both none)?"""
    return (p.speaker_start, p.speaker_end, p.speaker_mention, p.speaker_text, p.antecedent_mention) \
        == (q.speaker_start, q.speaker_end, q.speaker_mention, q.speaker_text, q.antecedent_mention)


def _tag_only(text: str, p: QuoteItem, a: int, b: int, sdoc, one_voice: bool) -> bool:
    """Is text[a:b], between two quotations, only p's tag: its cue and speaker inside, opening
    with the cue, the speaker or a capital (a name or title: "DoubleLine manager Bonnie Baha
    said"; not the reporter's "and telling the class, ..." after a quotation that is the object
    of an earlier verb), at most _TAG_WORDS words, or up to _LONG_TAG_WORDS when the rest is the
    speaker's description and the cue's phrases (_speaker_phrase_tag) or, when the second
    quotation already speaks with p's voice (one_voice), one sentence (_one_sentence)?"""
    if p.cue_start is None or p.cue_end is None or not (a <= p.cue_start and p.cue_end <= b):
        return False
    if p.speaker_start is not None and not (a <= p.speaker_start < b):
        return False
    if a not in (p.cue_start, p.speaker_start) and not (text[a].isupper() and _name_opens(sdoc, a)) \
            and not _cue_subject_opens(sdoc, a, p.cue_start):
        return False
    if sdoc is not None and _narration_in(sdoc, a, b):
        return False
    words = len(text[a:b].split())
    if words <= _TAG_WORDS and b - a <= 90:
        return True
    if sdoc is None or words > _LONG_TAG_WORDS:
        return False
    return _speaker_phrase_tag(sdoc, a, b, p.cue_start) or (one_voice and _one_sentence(sdoc, a, b, p.cue_start))


def _cue_subject_opens(sdoc, a: int, cue_start: int) -> bool:
    """Does the word at a open the cue's own subject phrase, a lower-case description before the
    name ('"...," owner Tom Lee told the paper. "..."': "owner")? Such a tag is the speaker's
    phrase and the cue as much as one opening on the name (round forty-six, seed 161, FNC-1
    claim 13 Q1, in-sample: the second half was shown alone). The reporter's own words ("and
    telling the class, ...") open no subject of the cue. Without a parse, no."""
    if sdoc is None:
        return False
    tok = sdoc.char_span(a, a + 1, alignment_mode="expand")
    cue = sdoc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    if tok is None or cue is None:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == tok[0].i and c.i > tok[0].i for c in cue[0].children)


def _name_opens(sdoc, a: int) -> bool:
    """Does the word at a open a name (a proper noun or a tagged entity: "DoubleLine Capital
    portfolio manager ...", "Representative Peter T. King, ...")? A capital alone may open the
    speaker's own words written outside the marks ('"...," The reality is, he added, "..."':
    round thirty-five, one such pair on PolNeAR's nyt copy; "After all, he says, ..."), which
    the pieces would leave out. Without a parse, the capital is taken."""
    if sdoc is None:
        return True
    tok = sdoc.char_span(a, a + 1, alignment_mode="expand")
    return tok is not None and (tok[0].pos_ == "PROPN" or tok[0].ent_type_ != "")


def _join_same_tag(text: str, out: list[QuoteItem], sdoc=None) -> list[QuoteItem]:
    """Two quotations in one paragraph that the speaker finder gave one and the same tag, standing
    between them: '"We open two shelters tonight," Hale said at the depot. "The army brings
    boats."' or '"We open two shelters," Hale said, "The army brings boats."' (issue 18, round
    thirty-five: PolNeAR writes the second quotation as a new sentence after the tag, and the
    story showed each half as a statement of its own, "whole: cut" on 3 of 160 judged quotes).
    _join_tagged_after joins the shape when the second has no cue, _join_interrupted when the
    second goes on in lower case; here the second holds the first's own cue and speaker (same
    words, same place), so no other voice can be in it. Joined when the words between are only
    that tag (_tag_only; one sentence: a sentence of narration between breaks the pair) and the
    first quotation's words end in a mark of their own. A question may open the pair: the tag
    the finder gave the answer is the asker's ('"Who knew?" Roe asked. "Nobody."' with one cue
    is her own answer; another's answer has a tag of its own and is not joined). Census, read:
    35 pairs joined over PolNeAR train 301-840 outside the audit sample and 15 over Timeline17
    dev, every one one speaker's one statement."""
    def same_tag(p: QuoteItem, q: QuoteItem) -> bool:
        if not (p.kind == q.kind == "direct" and p.cue_start is not None
                and (p.cue_start, p.cue_end) == (q.cue_start, q.cue_end) and _same_speaker(p, q)):
            return False
        m = _SAME_TAG.fullmatch(text, p.end, q.start)
        if m is None or not _ends_on_mark(text, p, ",.!?"):
            return False
        return _tag_only(text, p, m.start(1), m.end(1), sdoc, one_voice=True)
    return _join_adjacent(text, out, same_tag)


# a closed quotation, its tag, a participle carrying the tag on (data/tag_participles.txt) and a
# new opening mark: '... tonight," Hale said, adding, "The army ...'; or a bare "that" right
# before the mark, the whole clause quoted: '..., adding that "the army ...' (round
# thirty-six, halves: one such pair on PolNeAR's census and one on Timeline17's, both right; a "that" with words of the reporter's before
# the mark, 'noting that donors feel "..."', stays two: the pieces would drop the clause's subject)
# The tag may name a programme or paper in marks of its own ('... Hale said on NBC's "Meet the
# Press," adding, "..."'): a short capitalised title, closed, counts as tag words (round
# thirty-seven, cuts: politico Q16 of seed 151 showed only the second half; the one pair of
# that shape over the census texts, PolNeAR train 301-840 outside the keep-off list and
# Timeline17 dev). Its words are not the speaker's: the pieces skip the tag.
_TITLE_IN_TAG = r"[“\"][A-Z0-9][^\n\"“”,.!?]{0,40}[,.]?[”\"]"
_TAG_PARTICIPLE = re.compile(r"[,.!?]?[ \t\u00a0]*[”\"’'][ \t\u00a0]*,?[ \t\u00a0]*((?:[^\n\"“”]|" + _TITLE_IN_TAG + r"){2,120}?)"
                             r"(?:,|(?<=,[”\"]))[ \t\u00a0]*([a-z]+)(?:[ \t\u00a0]+that)?[,:]?[ \t\u00a0]*[“\"‘']")
# the same after a reported content, which has no closing mark: '<content>, Hale said, adding,
# "..."' (_join_tag_participle's indirect first half)
_TAG_PARTICIPLE_REPORTED = re.compile(r",[ \t\u00a0]*([^\n\"“”]{2,120}?),"
                                      r"[ \t\u00a0]*([a-z]+)[,:]?[ \t\u00a0]*[“\"‘']")


def _join_tag_participle(text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """'"We open two shelters tonight," Hale said, adding, "The army brings boats."' is one
    speaker's statement in two pieces (issue 18, round thirty-five: nyt Q5 of seed 139 showed
    only the second half, its speaker open). The speaker finder gives the second quotation the
    participle as its cue and the tag's subject as its speaker; joined when that subject is the
    first's speaker (same words, same place), the participle is one of data/tag_participles.txt
    and right before the opening mark, and the words before it are only the first's tag (its
    cue and speaker inside, at most _TAG_WORDS words: _tag_only). The first half may be reported
    words with their tag after them ('<reported words>, Hale said, adding, "B."', round
    thirty-seven, cuts: politico Q24 of seed 151 showed only the reported half): the joint
    stays reported speech holding the quotation ("mixed"), its pieces skipping the tag. Over the
    census texts (PolNeAR train 301-840 outside the keep-off list, Timeline17 dev) 2 such pairs,
    both joined and read, each one speaker's statement; a reported half whose cue stands before
    it ('Hale said <words>, adding, "B"') is not read here (its tag is not between the halves)."""
    def participle(p: QuoteItem, q: QuoteItem) -> bool:
        if not (p.kind in ("direct", "indirect") and q.kind == "direct" and p.cue_start is not None
                and q.cue_start is not None
                and (q.speaker_start is not None or q.speaker_mention is not None) and _same_speaker(p, q)):
            return False
        if p.kind == "indirect":
            m = _TAG_PARTICIPLE_REPORTED.fullmatch(text, p.end, q.start)
            if m is None or p.pieces or p.cue_start < m.start(1) or text[m.start(1)].islower():
                return False  # only '<words>, Name said, adding': the census's 2 pairs; a tag in lower
                # case after reported words ('..., which she said, adding') may be the reporter's clause
        else:
            m = _TAG_PARTICIPLE.fullmatch(text, p.end, q.start)
            if m is None or not _ends_on_mark(text, p, ",.!?"):
                return False
        if not (m.start(2) == q.cue_start
                and m.group(2) in lexicon.words("analyse/tag_participles.txt")
                and _tag_only(text, p, m.start(1), m.end(1), None, one_voice=False)):
            return False
        if p.kind == "indirect":
            p.mixed = True  # reported words with the speaker's own quoted words after them
        return True
    return _join_adjacent(text, out, participle)


# a closed quotation, a link word (data/quote_series_links.txt) and a new opening mark, nothing
# else: '... like you, folks," and, "Is there ...'
_SERIES_LINK = re.compile(r"[,.!?]?[ \t\u00a0]*[”\"’'][ \t\u00a0]*,?[ \t\u00a0]+([a-z]+),?[ \t\u00a0]+[“\"‘']")


def _join_series(text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """'Hale told the crowd, "We build like you," and, "Is there anyone here who does not?"' is
    one speaker's statement in two pieces under one cue (issue 18, round thirty-seven, cuts:
    politico Q3 of seed 151 showed only the second line). Joined when both quotations carry the
    same cue, standing before the first (it governs both: a cue after the first would be its
    tag alone), and the same speaker; only a link word of data/quote_series_links.txt stands
    between them; the first ends in a mark of its own and the second opens in capitals (two
    whole lines, not fragments inside the reporter's sentence: 'called it "bad," and "sad"'
    stays as the reported speech holds it). Census (PolNeAR train 301-840 outside the keep-off
    list, Timeline17 dev): 2 such pairs, both one speaker's lines."""
    links = lexicon.words("analyse/quote_series_links.txt")

    def series(p: QuoteItem, q: QuoteItem) -> bool:
        if not (p.kind == q.kind == "direct" and p.cue_start is not None and p.cue_end is not None
                and (p.cue_start, p.cue_end) == (q.cue_start, q.cue_end) and p.cue_end <= p.start
                and _same_speaker(p, q) and not p.pieces):
            return False
        m = _SERIES_LINK.fullmatch(text, p.end, q.start)
        return (m is not None and m.group(1) in links and _ends_on_mark(text, p, ",.!?")
                and text[q.start : q.start + 1].isupper())
    return _join_adjacent(text, out, series)


def _one_entity(ctx: _Ctx, p: QuoteItem, q: QuoteItem) -> bool:
    """Are p and q confidently given one and the same person (the same entity of the document,
    by name, or by a he/she or description resolved to it), whatever words name them?"""
    who = _who(ctx, p)
    return (who is not None and who == _who(ctx, q)
            and min(p.speaker_confidence or 0.0, q.speaker_confidence or 0.0) >= speakers.threshold())


def _first_end(q: QuoteItem) -> int:
    """Where the words of q's first piece end (its end, when it is one run)."""
    return q.pieces[0][1] if q.pieces else q.end


def _question(text: str, p: QuoteItem) -> bool:
    """Does the quotation p end in a question mark (inside or right after its closing mark)?"""
    return "?" in text[max(p.start, p.end - 1) : p.end + 1]


def _clause_beside(sdoc, a: int, b: int, cue_start: int) -> bool:
    """Does the tag from a to b set a clause of the reporter's beside the cue with a dash ('"A,"
    Roe said - but they would not back the plan. "B," Roe said.', paraphrased)? The words
    after it are narration, and the quotation after the tag may be on another matter (round
    thirty-six, halves: one such pair, Elkins, joined on the census before this check). A
    clause joined to the cue without a dash was tried too (a conj or parataxis of the cue with
    a subject of its own), but the small parse gave that shape to three right pairs' tags (a
    relative clause on the speaker, "popping a soda as he sat ...", a place "Allentown, Pa.,")
    and to no wrong one: left out. A hyphen counts only spaced on both sides ("Al-Tabchi",
    "follow-up" are words). Without a parse, no clause is seen."""
    if sdoc is None:
        return False
    found = _tag_tokens(sdoc, a, b, cue_start)
    return found is None or any(t.text in _dashes() and (len(t.text) > 1 or t.text != "-"
                                                          or bool(t.whitespace_) and t.i > 0 and bool(sdoc[t.i - 1].whitespace_))
                                for t in found[1])


def _join_own_tag(ctx: _Ctx, out: list[QuoteItem], sdoc=None) -> list[QuoteItem]:
    """'"We open two shelters tonight," Hale said in an interview. "The army brings boats," she
    added.' in one paragraph is one speaker's statement in two pieces (issue 18, round
    thirty-six, halves: wash-post Q25 of seed 149 showed only the first half, '"A," Sanders
    said in an interview aboard his plane. "B ...," Sanders continued'). _join_same_tag needs
    the second to hold the first's own cue; here the second has a tag of its own, after its
    first piece, and the speaker finder gave both the same person (_one_entity: one entity,
    confident, whatever words name it). Joined when the words between are only the first's
    tag (_tag_only: one sentence, no narration), the first ends in a mark of its own and is no
    question (an answer may be another's). Census, PolNeAR train 301-840 outside the audit
    sample: 15 such pairs joined (and 1 over Timeline17 dev), read, every one one speaker's run
    of words (one more, Elkins, refused by _clause_beside, was wrong); a tag holding a
    sentence of narration ('"...," Ward said. If they make one false leak, hackers are "..."',
    paraphrased; 4 pairs) stays two. The pieces skip both tags."""
    def own_tag(p: QuoteItem, q: QuoteItem) -> bool:
        if not (p.kind == q.kind == "direct" and p.cue_start is not None and q.cue_start is not None
                and q.cue_start >= _first_end(q) and not _question(ctx.text, p) and _one_entity(ctx, p, q)):
            return False
        m = _SAME_TAG.fullmatch(ctx.text, p.end, q.start)
        if m is None or not _ends_on_mark(ctx.text, p, ",."):
            return False
        return _tag_only(ctx.text, p, m.start(1), m.end(1), sdoc, one_voice=True) \
            and not _clause_beside(sdoc, m.start(1), m.end(1), p.cue_start)
    return _join_adjacent(ctx.text, out, own_tag)


# a closed quotation, its tag as one sentence, and a new sentence that is only the second
# quotation's tag: '... tonight," Hale said. But she added, "The army ...' (the connective, the
# speaker's words and the cue are checked by _join_next_tag; the speaker's words hold no full
# stop, so "Mr. Hale said. But he added" is read with "Mr. Hale said" as the first tag)
_NEXT_TAG = re.compile(r"[,.!]?[ \t\u00a0]*[”\"’'][ \t\u00a0]*,?[ \t\u00a0]*([^\n\"“”]{2,300}?)\.[ \t\u00a0]+"
                       r"(?:([A-Z][a-z]+),?[ \t\u00a0]+)?([^\n\"“”,:.]{1,60}?),?[ \t\u00a0]+([a-z]+)[,:]?[ \t\u00a0]*[“\"‘']")


def _join_next_tag(ctx: _Ctx, out: list[QuoteItem], sdoc=None) -> list[QuoteItem]:
    """'"We open two shelters tonight," Hale said. She added, "The army brings boats."' in one
    paragraph is one speaker's statement in two pieces (issue 18, round thirty-six, halves: the
    tag carried on by a sentence of its own, '"A," Cook wrote, adding: "B"' written as two
    sentences). Joined when the words between are the first's own tag (_tag_only) and a
    sentence holding only an optional connective, the second's speaker and its cue, a verb
    that hands on more of the same statement (data/continuation_tags.tsv: "added",
    "continued"; not "remarked", which on the census opened words said on another day), and
    both are confidently one person (_one_entity); the first is no question. Census, PolNeAR
    train 301-840 outside the audit sample: 5 same-paragraph pairs of this shape, joined and
    read, each one statement. Across a paragraph break the pair stays two."""
    tags = lexicon.kinds_in_order("analyse/continuation_tags.tsv")
    text = ctx.text

    def speaker_span(q: QuoteItem) -> tuple[int, int] | None:
        if q.speaker_start is not None and q.speaker_end is not None:
            return q.speaker_start, q.speaker_end
        if q.speaker_mention is not None and 0 <= q.speaker_mention < len(ctx.mentions):
            return ctx.mentions[q.speaker_mention].start, ctx.mentions[q.speaker_mention].end
        return None

    def next_tag(p: QuoteItem, q: QuoteItem) -> bool:
        if not (p.kind == q.kind == "direct" and p.cue_start is not None and q.cue_start is not None
                and p.end < q.cue_start < q.start and not _question(text, p) and _one_entity(ctx, p, q)):
            return False
        m = _NEXT_TAG.fullmatch(text, p.end, q.start)
        if m is None or m.start(4) != q.cue_start or m.group(4) not in tags.get("cue", ()):
            return False
        if m.group(2) is not None and m.group(2).lower() not in tags.get("connective", ()):
            return False
        if speaker_span(q) != (m.start(3), m.end(3)):
            return False
        if not _ends_on_mark(text, p, ",."):
            return False
        return _tag_only(text, p, m.start(1), m.end(1), sdoc, one_voice=True) \
            and not _clause_beside(sdoc, m.start(1), m.end(1), p.cue_start)
    return _join_adjacent(text, out, next_tag)


def _narration_in(sdoc, a: int, b: int) -> bool:
    """Does a sentence of the reporter's start inside the would-be tag from a to b, after a full
    stop of its own ('"...," Roe said. The council had voted twice before. "..."': the second
    quotation after narration may be anyone's)? A short tag was taken whole on its word count
    alone (round thirty-five: over PolNeAR train 301-840 outside the audit sample, one such pair
    was joined across "... she says. And that shook <name> badly.", paraphrased). Only a sentence start
    after a full stop standing as a token of its own counts: an abbreviation's stop ("Sen.",
    "Mark S. Kirk", "Lt. Gen.") is part of its word, where the parse may still break the sentence."""
    toks = [t for t in sdoc if a <= t.idx < b and not t.is_space]
    return any(t.is_sent_start and t.i > toks[0].i and sdoc[t.i - 1].text in (".", "!", "?")
               for t in toks)


def _own_answer(text: str, p: QuoteItem, q: QuoteItem) -> bool:
    """After a quoted question and its tag, is the quotation that follows in the same paragraph
    the asker's own answer ('"Why is he attacking me?" Roe asked. "He has seven men to beat
    first."')? Across a paragraph break an answer is someone else's, and the pair stays two; in
    one paragraph, when the speaker finder gave the second quotation the asker's voice
    (_carries_voice: a confident speaker, no other name or tag between), the reporter has let
    the speaker answer the question put (issue 18, round thirty-five: 22 question-first pairs
    joined over PolNeAR train 301-840 outside the audit sample, by this or by _join_same_tag,
    read, every answer the asker's: rhetorical questions at rallies, in statements, interviews).
    Two earlier twins (test_quotes_split_r33, test_quotes_doubled_marks) had kept such a pair
    two in one paragraph; they now put the answer in the next paragraph. A question whose asker is open hands on no voice and stays
    apart ('"Will you run?" a reporter asked. "No."')."""
    return "\n" not in text[p.end : q.start] and _carries_voice(p, q)


def _one_sentence(sdoc, a: int, b: int, cue_start: int) -> bool:
    """Is the text from a to b all in the cue's own sentence? In one paragraph, '"A," said Roe,
    who ran the board for a decade. "B."': the second quotation already speaks with Roe's voice
    (continuation, nobody else's tag between), so a clause on the cue or the speaker ("who ...",
    "referring to ...", "noting that ...") that _speaker_phrase_tag refuses brings in no other
    voice; the halves are one statement (round thirty-four: PolNeAR's paragraphs, 67 pairs
    joined over 450 train texts outside the audit sample, every second half the same
    speaker's; 4 of 80 sampled quotes had been shown as half a statement). Across a paragraph
    break the refusal stands (its tests): a narration paragraph's people may speak next."""
    found = _tag_tokens(sdoc, a, b, cue_start)
    if found is None:
        return False
    cue, toks = found
    return bool(toks) and all(t.sent.start == cue.sent.start for t in toks)


def _take_body(speaker: dict, bodies: list) -> dict:
    """The speaker fields without the body a description names (kept in ``bodies`` for the
    quote made next: _add_bodies gives each its mention once the quotes are final)."""
    body = speaker.pop("body", None)
    if body is not None:
        bodies.append((None, body))
    return speaker


def _bind_body(bodies: list, q: QuoteItem) -> None:
    """The body _take_body kept for the quote just made is that quote's."""
    if bodies and bodies[-1][0] is None:
        bodies[-1] = (q, bodies[-1][1])


def _add_bodies(analysis: DocAnalysis, bodies: list[tuple[QuoteItem | None, tuple[int, int, str, str]]],
                kept: list[QuoteItem]) -> None:
    """Each public body a kept quote's description names in its own words ("the Scottish
    government": _named_body) becomes a mention of its own (ORG, source "rule"), and each
    untagged name its own sentence shows is a person's (_untagged_person) one of its own
    (PERSON, source "rule"), appended
    after the tagged ones so no index the other stages hold moves; the corpus stage makes it
    an entity of that name. The quote's speaker is that mention."""
    ids = {id(q) for q in kept}
    starts = [s.start for s in analysis.sentences]
    for q, (a, b, name, label) in bodies:
        if q is None or id(q) not in ids:
            continue
        sent = max(0, bisect.bisect_right(starts, a) - 1) if starts else -1
        analysis.mentions.append(Mention(start=a, end=b, text=name, label=label, sentence=sent, source="rule"))
        q.speaker_mention = len(analysis.mentions) - 1


def _note_open_pronoun(ctx: _Ctx, q: QuoteItem) -> None:
    """Keep the unnamed person a quote's he/she stood for, or its own unnamed speaker described
    as one person (for _same_open_pronoun); a quote with a named or resolved speaker ends it.
    Keep, too, an open organisation's noun ("the company said", for _same_open_nominal); any other
    quote with a speaker or a cue ends that (a quotation with neither goes on with it)."""
    nominal = _open_org_nominal(ctx, q)
    if nominal is not None:
        ctx.open_nominal = (nominal, q.end, q.speaker_text or "")
    elif q.cue is not None or q.speaker_text is not None or q.speaker_mention is not None:
        ctx.open_nominal = None
    if q.pronoun in ("he", "she") and q.pronoun_span is not None and q.speaker_start is not None \
            and q.speaker_end is not None and q.speaker_text and q.speaker_via == "nominal":
        ctx.open_pronoun = (q.pronoun, q.end, q.speaker_text, q.speaker_start, q.speaker_end)
        ctx.open_from_speaker = False
    elif q.speaker_mention is not None or q.antecedent_mention is not None:
        ctx.open_pronoun = None
        ctx.open_from_speaker = False
    else:
        described = _described_person(ctx, q)
        if described is not None:
            ctx.open_pronoun = (described, q.end, q.speaker_text or "", q.speaker_start or 0, q.speaker_end or 0)
            ctx.open_from_speaker = True


def _open_org_nominal(ctx: _Ctx, q: QuoteItem) -> str | None:
    """The head lemma of an open quote's speaker when it is a definite singular organisation's
    noun ("the company said", data/speaker_nominals.tsv, kind ORG) that no rule resolved."""
    if q.pronoun is not None or q.speaker_via != "nominal" or q.speaker_mention is not None \
            or q.antecedent_mention is not None or q.speaker_start is None or q.speaker_end is None:
        return None
    span = ctx.sdoc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    if span is None:
        return None
    return _the_org_noun(span.root)


def _the_org_noun(head) -> str | None:
    """The lemma of a singular organisation's noun with "the" as its one determiner ("the
    company": data/speaker_nominals.tsv, kind ORG), else None: the speaker ``_open_org_nominal``
    keeps and the subject ``_same_open_nominal`` matches against it."""
    lemma = head.lemma_.lower()
    if head.tag_ != "NN" or speakers.org_nominals().get(lemma) != "ORG" or [c.lower_ for c in head.children
                                                                           if c.dep_ == "det"] != ["the"]:
        return None
    return lemma


def _same_open_nominal(ctx: _Ctx, subj, np) -> str | None:
    """Why a definite organisation's noun as a cue's subject stays open (None: resolve it): the
    quote just before had the same noun as its speaker, left open, and nothing in between names
    an organisation (outside quotation marks) or is more than two sentences long. "However, Acme
    said it ... / '...,' the company said in a statement [open: Acme, the subject before, passed
    over for BP] / '...' / The company added: '...'": the same company goes on, so its speaker
    stays what the first one was; the resolver alone, reading past the chain, gave it to BP, the
    organisation the article is about, named further up (round fifty-nine, seed 174 conflicts
    over bpoil_guardian, D262: Halliburton's statement credited to BP). A nominal speaker that
    continues a said/added chain takes the chain's speaker; this one was open."""
    held = ctx.open_nominal
    if held is None or subj.dep_ not in ("nsubj", "nsubjpass") or held[1] > subj.idx or _the_org_noun(subj) != held[0]:
        return None
    if ctx.sent_no(subj.idx) - ctx.sent_no(max(0, held[1] - 1)) > 2:
        return None
    if any(held[1] <= m.start < subj.idx and not ctx.inside_quote(m.start) and m.label in ("ORG", "GPE", "NORP", "FAC", "LOC")
           for m in ctx.mentions):
        return None
    return (f"'{np.text}' goes on from '{held[2]}', the open speaker of the quote just before, with no "
            "organisation named in between: the same one, open")


def _described_person(ctx: _Ctx, q: QuoteItem) -> str | None:
    """The pronoun an open quote's unnamed speaker would be taken up with: a definite
    description of one person ("the author wrote", "the spokesman said") left open, whose head
    is a singular person noun (speakers.person_nouns) -> "he"/"she" when the noun fixes a gender,
    "he/she" when it does not; None otherwise. A he/she subject right after it goes on from that
    person (_same_open_pronoun), not from a name further back (issue 18, round thirty-seven, the
    integrator's in-sample mend: the seed-152 west-journal judges' Q33, "the author wrote ... / He
    went on to say" given to the woman the book is about, whose first name is below the
    first-name table's 98% bar). Not a title ("the Florida senator said ... / he said"): a
    named senator may hold it though the roles rule did not say so (census: the one such case
    had the he right, Rubio)."""
    if q.pronoun is not None or q.speaker_via != "nominal" or q.speaker_start is None or q.speaker_end is None:
        return None
    span = ctx.sdoc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    det = [c.lower_ for c in head.children if c.dep_ == "det"]
    if head.tag_ != "NN" or det != ["the"] or head.lemma_.lower() not in speakers.person_nouns() \
            or head.lemma_.lower() in names.titles():
        return None  # a title ("the Florida senator") may be a named holder's the resolver missed
    g = speakers.person_noun_gender(head)
    return "he" if g == "m" else "she" if g == "f" else "he/she"


def _who(ctx: _Ctx, q: QuoteItem) -> int | None:
    """The entity a quote's speaker is, when the quote names or resolves one."""
    i = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
    if i is None or not 0 <= i < ctx.n_named:
        return None
    return ctx.entity(i)


def _repeats(ctx: _Ctx, q: QuoteItem, items: list[QuoteItem]) -> bool:
    """A quote inside another quote of the same speaker says nothing that one does not:
    "Lehrich said that if she won, 'she would sign this legislation'" is one statement, not
    also the quotation on its own; "he said he doubted any court would enforce it" is not
    also "he doubted ...". A quote inside someone else's words stays ("reports alleging that
    she claimed ...": hers, reported by others)."""
    who = _who(ctx, q)
    if who is None:
        return False
    text = ctx.text
    return any(o is not q and o.start <= q.start and (q.end <= o.end or not text[o.end : q.end].strip(_MARKS + "'’.,"))
               and (o.start, o.end) != (q.start, q.end)
               and o.cue_start is not None and not (q.start <= o.cue_start < q.end) and _who(ctx, o) == who
               for o in items)


def _voiceless(subj) -> bool:
    """A subject that is no one's voice: a common noun that names no person, group,
    organisation or source ("the findings", "tests"), not a name or a pronoun."""
    return subj is not None and subj.pos_ == "NOUN" and not ({subj.lemma_.lower(), subj.lower_} & _human_nouns())


def _speaker_ref(q: QuoteItem) -> dict:
    """The speaker a following quote without a cue inherits: only a confident one."""
    conf = q.speaker_confidence if q.speaker_confidence is not None else 0.0
    if conf < speakers.threshold():
        return {"mention": None, "confidence": conf}
    if q.speaker_mention is not None:
        return {"mention": q.speaker_mention, "confidence": conf}
    if q.antecedent_mention is not None:
        return {"mention": q.antecedent_mention, "confidence": conf}
    return {"mention": None, "confidence": conf}

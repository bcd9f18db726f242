"""A page's headline run into the lead at the very start of a text (round sixteen, 16h).

Text saved from news pages often opens with the page's headline glued to the lead with no
stop between: "Acme plant shuts after Port Ellery flood Jane Roe reports on how ..." or
"Aid reaches Port Ellery harbour Aid workers are landing ...". The older opening rule
(noise._split_glued_opening) finds such a seam by the case of the word after it (a sentence
opener or a common word); it cannot see one before a name ("... harbour Jane Roe reports")
or before a capitalised word that opens a noun phrase ("... harbour US troops are ...").
This reads the parse instead, and only at the text's head (never in the middle of a text):

- an opening span of 3-14 words, capitalised, with no stop, comma or semicolon in it;
- right after it a capitalised word that opens a full clause: parsed alone, the rest has a
  finite verb as its root and its subject's span starts at that word (a name + verb, or a
  subject noun phrase + verb);
- the opening span does not go on into that clause: parsed whole, the span's root is not the
  clause's subject or one of its modifiers (a fronted phrase "Across the city Jane Roe said"
  hangs on the verb, so it is no headline);
- the word before the seam is a content word (not "of", "the", a number word, a possessive,
  nor a word that introduces a name: "mayor Jane Roe"), and the span ends on a noun or a name
  (a span ending on a verb, "... faces | Congress", or a figure, "since 20 | April", goes on);
- after a capitalised word only where that word stands elsewhere in the line before another
  word (else the seam may split one name: "Port | Ellery");
- the clause's subject is short (8 tokens at most) and has no punctuation (a longer one is
  glued text itself), and the line is not a question.

Measured on the 2,148 Timeline17 dev texts (round sixteen): 11 spans cut, 26 split off, all
read (every cut a headline, caption or furniture line; every split a true boundary); the guards
above were written from the wrong seams of a looser first draft (in-sample there).

Written here because no sentence splitter we have sees a boundary without punctuation, and
the parser alone takes a glued headline for a fronted phrase as often as not: the checks
above are what the parse can be trusted with. Whether the span is then cut or only split
off is decided by the caller (noise._split_runin_headline) on the signals of
:func:`title_case` and :func:`said_again`, and of ``Seam.restated`` (the lead's lemmas, round
twenty-two); a span that is a present caption clause is cut as a caption
(head_captions.runin_caption, with ``Seam.verb`` and ``Seam.bound``: round twenty-five, 25b).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .. import lexicon, timenorm

_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[\w'’-]+")
# A word as the cleaning rules count it (letters and digits, with an apostrophe inside:
# "BP's", "don't"), one definition for noise, boxes and credit_captions (runin is the leaf
# module they may all import).
ARTICLE_WORD = re.compile(r"\w+(?:['’]\w+)*")
HEAD_MIN_WORDS, HEAD_MAX_WORDS = 3, 14
TAIL_MIN_WORDS = 6
# Most tokens in the clause's subject: a longer one (a fronted phrase, a caption and a name)
# shows the rest is glued text itself ("Congress - as it happened BP's chief executive ...")
SUBJECT_MAX_TOKENS = 8
# What a headline ends on: a noun or a name. A span ending on a verb ("... faces | Congress"),
# an adjective, a determiner or a figure ("deaths hit 17", "since 20 | April") goes on across
# the seam as often as not (read on the Timeline17 dev texts, round sixteen).
_HEAD_ENDS = {"NOUN", "PROPN"}


@functools.cache
def _calendar() -> frozenset[str]:
    """The month and weekday names and their abbreviations, capitalised ("April", "Sept",
    "Thurs"): the normaliser's (data/timenorm.json), which the dateline reads too."""
    names = timenorm.lexicon()
    return frozenset(w.capitalize() for key in ("months", "weekdays") for w in names[key])


# a finite verb's tags (past, present, modal) and a clause subject's relations: the cleaner's
# one definition (noise reads these too)
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# the head span's root standing as one of these of the clause's verb: the span goes on into
# the clause (its subject, or a fronted modifier), so the seam is no boundary
_INTO_CLAUSE = {"nsubj", "nsubjpass", "csubj", "expl", "prep", "advmod", "advcl", "npadvmod", "amod",
                "compound", "nmod", "poss", "det", "nummod", "mark", "agent", "aux", "auxpass", "neg", "acl", "relcl"}


def finite(tok) -> bool:
    """A verb in a finite tense: its own tag, or an auxiliary of it in one."""
    return tok.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in tok.children)


def stranded_preposition(span) -> bool:
    """A preposition of the parsed ``span`` with no object of its own there (no pobj, pcomp
    or prep child): the span stops short of its phrase ("... coming under pressure from")."""
    return any(t.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp", "prep") for c in t.children) for t in span)


@dataclass(frozen=True)
class Seam:
    at: int  # offset in the sentence where the lead starts
    head: str  # the opening span, stripped
    restated: bool = False  # the lead says the span's words again by lemma (round twenty-two, 16b): cut it
    # round twenty-five (25b): the lemma of the lead's verb, lower-cased, when it takes no object
    # or clause of its own ("... Acme officials said on Monday": the span may be what was said;
    # a verb of saying there keeps a caption clause); empty when it does ("has told staff that ...")
    verb: str = ""
    # round twenty-five (25b): the whole parse hangs the lead's verb on a word of the span, as a
    # relative, adverbial or complement clause ("... to recoup money | US taxpayers are expected
    # to lose", "... the lightweight booms | Acme has laid out", "... since the rig | Acme Star
    # exploded"): one sentence as often as two, so the caption rules leave the seam alone
    bound: bool = False


def _candidates(sentence: str, stop: frozenset[str], name_cues: Callable[[str], bool],
                max_words: int = HEAD_MAX_WORDS) -> Iterator[int]:
    toks = list(_TOKEN.finditer(sentence))
    for i in range(HEAD_MIN_WORDS, min(max_words, len(toks) - TAIL_MIN_WORDS) + 1):
        p, w = toks[i - 1].group(0), toks[i].group(0)
        if not w[:1].isupper() or not w[1:2].isalpha() and len(w) > 1 and w[1:2] not in "'’.":
            continue
        if not (p[-1:].isalpha() or p[-1:].isdigit()):
            continue  # a stop, comma, colon, dash or quote mark before: not this shape
        bare = p.strip("\"“‘'(")
        if bare.lower() in stop or name_cues(bare) or bare.endswith(("'s", "’s")):
            continue  # a function word, a role noun or a possessive goes on into the next word
        if bare[:1].isupper() and not _stands_alone(bare, w, toks, i):
            continue  # after a capitalised word the seam may split one name ("Port | Ellery")
        yield toks[i].start()


def _stands_alone(word: str, after: str, toks: list, i: int) -> bool:
    """Does the capitalised ``word`` before a seam stand elsewhere in the line followed by
    something other than ``after``? Then it ends a name of its own here ("... from Port Ellery |
    Jane Roe reports ... in the Port Ellery harbour" has "Ellery" before "harbour"); a name
    said once ("Port Ellery") gives no such evidence and is not split. (Mikheev's
    document-centred reading of case, as noise._case_evidence; only the line is known here.)"""
    for k, t in enumerate(toks):
        if k != i - 1 and t.group(0).strip("\"“‘'(,;:.") == word:
            nxt = toks[k + 1].group(0) if k + 1 < len(toks) else ""
            if nxt.strip("\"“‘'(,;:.").lower() != after.strip("\"“‘'(,;:.").lower():
                return True
    return False


# a clause hung on a word before it (round twenty-five, 25b: Seam.bound)
_BOUND_CLAUSE = frozenset({"relcl", "acl"})
_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "auxpass", "nsubjpass"})


def _bound(verb, end: int, root, alone) -> bool:
    """Round twenty-five (25b, Seam.bound): whether the lead after the seam may be one
    sentence with the span before it: the whole parse hangs the lead's verb (``verb``) on a
    word of the span (ending at token ``end``) as a relative clause, or a subordinator of the
    lead's verb stands in the span ("... since the rig | Acme Star exploded"); or the span
    ends on a common noun and the lead's last verb (its root ``root``, parsed alone, down its
    infinitives) has no object or complement and is not passive: the noun may be that verb's
    object in a reduced relative ("the booms | Acme has laid out", "money | taxpayers are
    expected to lose"); or the span ends in a coordination ("... and cyclist | Jane Roe is")."""
    if verb.dep_ in _BOUND_CLAUSE and verb.head.i < end or any(
            c.dep_ == "mark" and c.i < end and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children):
        # (a preposition with its own object, "after the spill", the parse reads as a mark of glued text too)
        return True
    words = [t.lower_ for t in alone]
    if "and" in words[-3:] or "or" in words[-3:]:
        return True
    last = root
    while (nxt := next((c for c in last.children if c.dep_ == "xcomp"), None)) is not None:
        last = nxt
    return alone[-1].pos_ == "NOUN" and last.pos_ == "VERB" and not any(c.dep_ in _OBJECTS for c in last.children)
# round forty-eight (c033 K4): a definite noun graded by a comparative or superlative ("two of
# the more exciting products", "the best film") is the head English hangs a reduced relative on
# ("... products Acme has unleashed in years", "the best film I have seen"); a headline ends on
# a plain noun and drops its articles (the census: a page's 'More Headlines" "Less Headlines'
# buttons run into a lead stay split). When the lead's verb may take that noun as its object (Seam.bound), the seam is
# inside one sentence: no seam (the text stays whole). Tags, not words: the parse has them.
_GRADED = frozenset({"JJR", "JJS", "RBR", "RBS"})


def _graded_noun(alone) -> bool:
    """Does the span's last word, a noun, carry a comparative or superlative modifier and a
    definite determiner ("the", a possessive)? A headline drops its articles: "More Headlines",
    "Less Headlines" (a page's buttons) are no such noun phrase."""
    last = alone[-1]
    before = [t for t in last.subtree if t.i < last.i]
    return (last.pos_ == "NOUN" and any(t.tag_ in _GRADED for t in before)
            and any(t.dep_ == "poss" or t.dep_ == "det" and t.lower_ == "the" for t in before))


# a verb's own object or content clause (round twenty-five, 25b: Seam.verb)
_OWN_CONTENT = frozenset({"ccomp", "xcomp", "dobj", "dative", "attr", "oprd"})


def _lead_line(s: str) -> bool:
    """Whether ``s`` (stripped on the right) may be a lead of the run-in shapes: it ends in a
    stop and asks nothing."""
    return s.endswith((".", "!")) and "?" not in s


def _opens_clause(verb):
    """The subject of ``verb`` when ``verb`` is finite and its subject's first word is the
    parse's first word (the clause opens right at the seam); else None."""
    subj = [c for c in verb.children if c.dep_ in SUBJECTS]
    return subj[0] if finite(verb) and subj and subj[0].left_edge.i == 0 else None


def runin_seam(sentence: str, parse: Callable, stop: frozenset[str], name_cues: Callable[[str], bool],
               caption_clause: Callable[[str], bool] | None = None, saying: frozenset[str] = frozenset(),
               max_words: int = HEAD_MAX_WORDS) -> Seam | None:
    """The first seam of ``sentence`` (the text's first sentence) where an opening span
    runs into a full clause (see the module's docstring); None when there is none.
    ``parse``: the English pipeline (text -> Doc); ``stop``: English stop words;
    ``name_cues``: whether a word introduces a name ("mayor", "newspaper").
    ``caption_clause`` (round twenty-five, 25b): whether a span is a caption clause (noise's
    present-clause test: a whole finite clause with its own noun subject); the whole parse
    hanging such a span into the clause after it (as the clause's subject, "Oil is coating
    the coast | Acme has begun ..." read with "coating" the subject of "begun") is the parse
    failing on glued text, not one sentence, and is not taken as a reason to go on, unless the
    clause's verb is one of ``saying`` (lemmas): "<clause> Acme officials said on Monday" is
    a reported clause fronted before its source that lost its comma.
    ``max_words``: the longest span read (round twenty-six, 26b: a caption clause's 15 words
    where only a caption is cut, head_captions.second_seam_caption)."""
    s = sentence.rstrip()
    if not _lead_line(s):
        return None  # a line without a stop is a headline itself; a question is no lead of this shape
    first = s.split(None, 1)[0].strip("\"“‘'(")
    if not s[:1].isupper() or first in lexicon.words("clean/runin_heads.txt"):
        return None
    whole = None  # the sentence parsed whole: the same for every candidate, parsed at most once
    for at in _candidates(s, stop, name_cues, max_words):
        head = s[:at].rstrip()
        if re.search(r"[,;.!?]|\s[-–—]\s|\(", head):
            continue  # punctuation inside: prose or a dateline, not a headline
        if s[at:].split(None, 1)[0].strip(",.") in _calendar():
            continue  # a date goes on across the seam ("since 20 | April")
        alone = parse(head)
        if alone[-1].pos_ not in _HEAD_ENDS:
            continue  # the span ends on a verb, a modifier or a figure: it goes on into the next word
        tail = parse(s[at:])
        sent = next(iter(tail.sents))
        root = sent.root
        subj = _opens_clause(root)
        if subj is None:
            continue  # the rest opens no clause of its own with the word after the seam
        words = list(subj.subtree)
        if len(words) > SUBJECT_MAX_TOKENS or any(t.is_punct for t in words):
            continue  # a long or punctuated subject: the rest is itself glued text, the clause not sure
        if whole is None:
            whole = parse(s)
        span = whole.char_span(0, len(head), alignment_mode="contract")
        if span is None or len(span) != len(alone):
            continue
        # the span's root as the span parsed alone has it (parsed whole, the glued text is
        # often no one phrase), and where the whole parse hangs that word
        hroot = whole[next(iter(alone.sents)).root.i]
        if hroot.head.i != hroot.i and hroot.head.i >= span.end and hroot.dep_ in _INTO_CLAUSE and not (
                caption_clause is not None and root.lemma_.lower() not in saying and caption_clause(head)):
            continue  # the span is the clause's subject or modifier ("Across the city Jane Roe said")
        if any(t.head.i < span.end and t.dep_ in ("nsubj", "nsubjpass") and t.head.i != t.i for t in whole[span.end:]):
            continue  # the clause's subject hangs on the span's verb: one sentence
        verb = next((t for t in whole[span.end:] if t.idx == at + root.idx), None)
        if verb is None or any(c.dep_ == "mark" and c.lower_ in ("that", "whether") and c.i < span.end
                               for c in verb.children):
            continue  # the clause's "that" stands in the span ("Officials said that <Name> | had left"): one sentence
        bound = _bound(verb, span.end, root, alone)
        if bound and _graded_noun(alone):
            continue  # "the more exciting products | Acme has unleashed": a noun and its reduced relative
        return Seam(at=at, head=head, restated=_restated_by_lemma(alone, sent),
                    bound=bound,
                    verb="" if any(c.dep_ in _OWN_CONTENT for c in root.children) else root.lemma_.lower())
    return None


# round twenty-two (16b): the seam found, the span is sure to be the page's headline (and is
# cut, not only split off) when the lead's first sentence says its content words again by
# lemma: at least three of them and half ("Harbour pilot: rescue effort is failing Former pilot
# Jane Roe says the rescue failed ..."). A sentence seldom says its own words twice; a
# headline restates the lead, often in another form of the word ("failing" / "failed"), which
# said_again's crude stems below do not match: the parse's lemmas do (the pipeline has them).
_RESTATED_MIN = 3
_RESTATED_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})


def _restated_by_lemma(head, lead) -> bool:
    """Whether ``lead`` (a parsed span) says again the content words of ``head`` (a parsed
    span) by lemma: at least _RESTATED_MIN of them and half."""
    before = {t.lemma_.lower() for t in head if t.pos_ in _RESTATED_POS and not t.is_stop and len(t.text) > 1}
    later = {t.lemma_.lower() for t in lead}
    shared = before & later
    return len(shared) >= _RESTATED_MIN and 2 * len(shared) >= len(before)


def title_case(head: str, small: frozenset[str]) -> bool:
    """Every word of the span capitalised but the small words (a headline's style)."""
    words = _WORD.findall(head)
    return len(words) >= HEAD_MIN_WORDS and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words)


def stem(word: str) -> str:
    """A word lower-cased, without a possessive "'s" and a plural "s" (not "ss"): a crude
    stem, enough to see a word said again (the cleaner's ``noise._stem`` too)."""
    w = word.lower().replace("’", "'")
    w = w[:-2] if w.endswith("'s") else w
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def said_again(head: str, after: str, stop: frozenset[str]) -> bool:
    """The span's content words said again after it: at least two of them and half."""
    before = {stem(w) for w in _WORD.findall(head) if w.lower() not in stop and len(w) > 1}
    later = {stem(w) for w in _WORD.findall(after)}
    shared = before & later
    return len(shared) >= 2 and 2 * len(shared) >= len(before)


# round eighteen (16q): a broadcaster's clip caption, a speaker and the words quoted from the
# clip, run into the lead at the text's head, after the page's headline or alone:
# '<headline> <Name>[, <role>]: "<words, no stop>" <Lead sentence.>'. The closing mark with
# no stop before it, then a capitalised word opening a full clause, is the seam: a quotation
# inside a sentence either ends in punctuation or goes on in lower case. Split off and kept as a
# heading (nothing removed): the quoted words are the speaker's, and whether they stand in the
# article is not proven here. Counted on the 2,148 Timeline17 dev texts (RESULTS, round eighteen).
# The same shape as noise._SPEAKER_CAPTION / noise._split_speaker_captions, read differently:
# here searched anywhere in the text's first sentence (after a headline), the name may hold
# "of" and a ", <role>" of up to six words, the colon takes a space, only the straight double
# mark, 8-300 characters quoted, no opening mark after the closing one; the clause test is the
# parse's (the root or a fronted reported clause, finite, its unpunctuated subject first), and
# the head is kept as a heading. Unifying the two changes output on a few dev lines (review,
# round eighteen): kept apart for now.
_CLIP_QUOTE = re.compile(r"(?:^|\s)[A-Z][\w.'’-]*(?:\s(?:of\s)?[A-Z][\w.'’-]*){0,4}(?:,\s[\w'’.-]+(?:\s[\w'’.-]+){0,5})?"
                         r":\s\"(?P<quote>[^\"]{8,300})\"\s(?=[A-Z])")
CLIP_HEAD_MAX_WORDS = 30


def clip_quote_seam(sentence: str, parse: Callable) -> Seam | None:
    """The seam after a clip caption's quotation at the head of ``sentence`` (see above), or None."""
    s = sentence.rstrip()
    if not _lead_line(s):
        return None
    m = _CLIP_QUOTE.search(s)
    if m is None or m.group("quote").rstrip()[-1:] in ".,;:!?" or len(s[:m.end()].split()) > CLIP_HEAD_MAX_WORDS:
        return None
    at = m.end()
    if len(s[at:].split()) < TAIL_MIN_WORDS:
        return None
    root = next(iter(parse(s[at:]).sents)).root
    # the rest opens a clause of its own at the word after the mark: the sentence's, or a
    # reported clause fronted before its source ("<clause>, <source> said")
    for verb in (root, *(c for c in root.children if c.dep_ == "ccomp" and c.i < root.i)):
        subj = _opens_clause(verb)
        if subj is not None and not any(t.is_punct and t.tag_ != "HYPH" for t in subj.subtree):
            return Seam(at=at, head=s[:at].rstrip())
    return None


# round nineteen (16b): a headline or caption that names a person by the surname alone, run
# into a lead that introduces that person in full ("<Surname> <verb> ... <role> <First>
# <Surname> <verb> ..."). News prose names a person in full before it shortens the name; a
# bare surname ahead of its own introduction was written for display above the article (a
# headline or a picture's caption). Read only at the text's head, in its first sentence:
# - the sentence opens on a capitalised word S followed by a lower-case word, and S stands
#   again later in that sentence right after another capitalised word (the full name);
# - the seam is the earliest point before the full name where the rest, parsed alone, opens a
#   full clause whose subject starts at the seam and whose head is that full name's S, read
#   as a name (16h's `_opens_clause`), the subject with no comma and no possessive pronoun or article opening
#   it that points back ("his son Jane Roe ...": a relative named in the sentence);
# - the span before the seam has 3-20 words, no stop, comma or bracket, and ends on a noun, a
#   name or a closing quote mark, not on a word that introduces a name ("the singer") nor on a
#   noun a possessive pronoun holds ("his son"): those, and a span ending on a verb ("Roe
#   said", "Roe met"), go on into the named person; so does a span with a subordinator or a
#   relative word in it ("Roe thanked the crew while | Jane Roe ...").
# The span is cut as a headline by the caller: the bare surname is the evidence, not a guess.
# Counted on the 2,148 Timeline17 dev texts (bench/RESULTS.md, round nineteen, 16b).
INTRO_HEAD_MAX_WORDS = 20
_OPENING_SURNAME = re.compile(r"^(?P<s>[A-Z][a-z'’-]{2,})\s+(?=[a-z])")
_BACK_POINTING = frozenset({"his", "her", "their", "its", "our", "my", "your"})


def introduced_name_seam(sentence: str, parse: Callable, stop: frozenset[str],
                         name_cues: Callable[[str], bool]) -> Seam | None:
    """The seam before a lead that introduces in full the person an opening span names by the
    surname alone (see above), or None. ``name_cues``: whether a word introduces a name (a
    span ending on one, "... his son | Jane Roe", goes on into the name)."""
    s = sentence.rstrip()
    if not _lead_line(s):
        return None
    m = _OPENING_SURNAME.match(s)
    if m is None or m.group("s").lower() in stop or m.group("s") in lexicon.words("clean/runin_heads.txt"):
        return None
    surname = m.group("s")
    full = re.search(r"(?<=\s)[A-Z][\w.'’-]*\s+" + re.escape(surname) + r"\b", s)
    if full is None:
        return None
    toks = list(_TOKEN.finditer(s))
    for i in range(HEAD_MIN_WORDS, len(toks)):
        at = toks[i].start()
        if at > full.start() or len(s[:at].split()) > INTRO_HEAD_MAX_WORDS:
            return None
        p, w = toks[i - 1].group(0), toks[i].group(0)
        if not w[:1].isupper():
            continue
        if not (p[-1:].isalpha() or p[-1:] in "\"”'’"):
            continue  # a stop, comma, colon or dash before: not this shape
        head = s[:at].rstrip()
        if re.search(r"[,;.!?]|\s[-–—]\s|\(", head.rstrip("\"”'’")):
            continue
        if p[-1:].isalpha() and name_cues(p):
            continue  # "... the singer | Jane Roe": the role word goes on into the name
        alone = parse(head)
        if p[-1:].isalpha() and (alone[-1].pos_ not in _HEAD_ENDS
                                 or any(c.dep_ == "poss" and c.lower_ in _BACK_POINTING for c in alone[-1].children)):
            continue  # the span ends on a verb, a modifier or a figure, or on "his son": it goes on
        if any(t.pos_ == "SCONJ" or t.dep_ == "mark" or t.tag_ in ("WDT", "WP", "WRB") for t in alone):
            continue  # "... while | Jane Roe waved": the clause after is the span's own subordinate
        tail = parse(s[at:])
        subj = _opens_clause(next(iter(tail.sents)).root)
        if subj is None:
            continue
        words = list(subj.subtree)
        end = full.end() - at
        if words[-1].idx + len(words[-1].text) < end or any(t.text == "," for t in words):
            continue  # the full name is not inside the clause's subject, or the subject is punctuated
        if subj.pos_ != "PROPN" or subj.idx + len(subj.text) != end:
            return None  # the full name is not the subject itself ("... in Port Ellery Aerial footage shows ...")
        if words[0].lower_ in _BACK_POINTING or words[0].lower_ in ("the", "a", "an") and len(words) <= 2:
            continue
        return Seam(at=at, head=head)
    return None

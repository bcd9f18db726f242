"""A caption clause at the very head of a text, run into the lead (round twenty-two, 16k).

A BBC page often sets a picture above its lead, and the picture's caption is a present
clause about what it shows ("Relief crews have reached Port Ellery", "Some families have
already arrived in Marotia"); saved as text, with the headline gone, the caption runs into
the lead with no stop ("... reached Port Ellery With hundreds still missing, ..."). The
caption-clause seams in the middle of a text (16k's ``noise._caption_clause_cut``, 16p's
``name_end_captions``: a piece that passes ``noise._present_caption_clause`` -- one finite
clause in the present, a noun subject, no modal, no verb of saying, 6-15 words, no figure,
bracket, colon or quote mark -- then a seam word the rule reads and a sentence of six words
or more) were kept away from the text's first kept line, which the opening rules read (a
headline run into the lead: ``noise._split_glued_opening``, ``runin``). Those rules take a
span that is a headline (no finite clause of its own, or in title case); a caption clause
at the head is a whole clause and passes them by. Here the same seams are read on the first
kept line too, with the same tests; nothing else is loosened. The piece is cut as a caption
with its own reason.

News leads tell what happened in the past or give a reported view ("... have been rescued
after ...", "<officials> say ..."), and a lead ends in a stop before its next sentence; a
present clause with no stop, glued to a full sentence, is the picture's caption (the tests
and their counts: noise's round seventeen note on ``_present_caption_clause``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import lexicon
from . import runin

if TYPE_CHECKING:  # pragma: no cover
    from .noise import Unit

_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[\w'’-]+")

REASON = "caption: a present-tense caption clause at the text's head run into the lead"

# round twenty-five (25b): the seam the parse finds before the lead's subject (runin.runin_seam,
# a span of 3-14 words with no punctuation, then a capitalised word opening a full clause:
# "... after the spill Acme's new chief has told staff ...", "... miles of coastline Acme has
# begun ...") is cut only when the span is in title case or restated by the lead; otherwise it
# is split off and kept as a heading. When that span is itself a caption clause (the same test
# as above: one present clause, a noun subject, 6-15 words, no modal, figure, quote mark or verb
# of saying), the seam is a caption's, not a headline's, and it is cut as a caption: BBC pages
# set a picture over the lead and its present caption runs into the lead's name or acronym,
# which the seam words of the caption-clause rules (a lower-case word, then a capitalised
# common or number word) do not read.
RUNIN_REASON = "caption: a present-tense caption clause at the text's head run into the lead before its subject"


def runin_caption(head: str, verb: str, present_caption_clause: Callable[[str], bool], saying: Collection[str],
                  bound: bool = False) -> bool:
    """Is the span ``head`` that runin.runin_seam split off the text's first line a caption
    clause (``present_caption_clause``: noise's 16k test)? Then it is cut as a caption. Not
    when the lead's verb (``verb``, a lemma) is one of ``saying``: "<clause> Acme officials
    said on Monday" is a reported clause before its source, its comma lost; nor when the
    whole parse hangs the lead's verb on the span (``bound``: runin.Seam.bound, a reduced
    relative "... to recoup money | Acme taxpayers are expected to lose")."""
    return not bound and verb not in saying and present_caption_clause(head.strip())


# round twenty-six (26b): a BBC page's head saved as one line is "<headline> <caption> <lead>";
# the case rules (noise._split_glued_opening) cut the headline off it and leave "<caption>
# <lead>", whose seam is before the lead's name or acronym ("... along the bay Acme has
# begun ..."), and the run-in seam (runin.runin_seam) was not read once a headline was cut.
# Now it is read on that line's rest, and only to cut a caption: a span the seam splits off
# that is one whole clause with a noun subject, in the present or the past (noise's 16k test
# with the past let in: "Crews laid booms along the coast", "The rig was towed away"), not
# bound into the lead (Seam.bound), the lead's verb no bare verb of saying, no picture credit
# below. Any other span (a phrase, a title, a clause with a comma or a bracket) stays in the lead.
SECOND_SEAM_REASON = "caption: a caption clause between the headline cut off its line and the lead, run into the lead before its subject"


def second_seam_caption(head: str, verb: str, clause: Callable[[str], bool], saying: Collection[str], bound: bool) -> bool:
    """Is the span ``head`` split off the line's rest after a cut headline a caption clause
    (``clause``: noise's 16k test, present or past) to cut? As runin_caption, and not when the
    span ends on a noun that takes a bare clause (data/clause_nouns.txt: "Footage has surfaced
    of the moment | Marotia's oldest bridge gave way ...": the lead is that clause, one sentence)."""
    last = head.split()[-1].strip("\"'’”").lower() if head.split() else ""
    return last not in lexicon.words("clean/clause_nouns.txt") and runin_caption(head, verb, clause, saying, bound)


def after_cut_headline(first: Unit, above: list[Unit]) -> bool:
    """The unit right above ``first`` is a headline cut off ``first``'s own line (as a headline,
    or as a caption restated by the lead; not a standfirst cut between them), and nothing
    above ``first`` is kept (the text's head: "<headline> <caption> <lead>" on one line)."""
    return bool(above) and above[-1].kind in ("headline", "caption", "byline") and not above[-1].standfirst and (
        above[-1].para == first.para) and all(u.kind is not None for u in above)


def opens_text(text: str, u: Unit, units: list[Unit]) -> bool:
    """``u`` opens its line and is the text's first kept line (nothing kept before it)."""
    line_start = text.rfind("\n", 0, u.start) + 1
    return not text[line_start:u.start].strip(" \t") and not any(v.kind is None and v.end <= u.start for v in units)


# round twenty-seven (27k): the page's head saved as one line is, on BBC copy, "<caption>
# <lead>" (or "<headline> <caption> <lead>") with no stop between; the caption is a whole
# clause about the picture, present or past, often longer than 15 words, with commas, ending
# on a name, a figure or an adjective ("<Name> thought the risk was low <Name> has been
# tested ...", "<animal> was given to the zoo by <country> in 2002 <country>'s only ...").
# 16k/25b/26b read only a present clause, or a past one under a cut headline, of 6-15 words
# with no comma, ending on a noun. The layout evidence read here instead: on the text's first
# kept line, nothing kept above it, an opening span that is itself one complete clause (a
# finite verb with a noun subject before it, nothing left open: no dangling preposition, no
# verb of saying or thinking waiting for its clause, no final function word) and, right after
# it with no stop, a capitalised word opening a second complete clause that runs to the
# line's first stop and is long enough to be the lead. Two whole clauses side by side with no
# stop, comma or conjunction between them are not one sentence of edited copy; the one with
# no stop that opens the page is the furniture over the lead. The parse's binding tests (a
# relative hung on the span, a subordinator in it, a reduced relative "the booms | Acme has
# laid out", a noun that takes a bare clause) and a fronted report ("<clause> Acme officials
# said") keep the line whole. The head is cut as a caption (its words stay in the removed
# blocks with this reason); the lead stays.
CLAUSE_SEAM_REASON = "caption: a whole clause with no stop at the text's head, run into the lead's own clause"
CLAUSE_SEAM_WORDS = (5, 24)  # the span's words (a BBC caption runs to two lines of the page)
CLAUSE_SEAM_LEAD_WORDS = 8  # the fewest words of the lead after the seam
_CLAUSE_SEAM_ABSTAIN = re.compile(r"[.;:!?\"“”‘(\[]|\s[-–—]\s|--|'\s|\s'|`")
# what a lead may open on right after a span ending on a noun: a determiner, a figure, an
# adjective, an adverb or a preposition ("... the disease | The government ...", "... in the
# UK | Two more people ...")
_AFTER_NOUN = frozenset({"DET", "NUM", "ADJ", "ADV", "ADP"})
_OPEN_HEAD_POS = frozenset({"PRON", "CCONJ", "SCONJ", "ADV", "INTJ", "AUX", "ADP", "PART"})
_OPEN_END_POS = frozenset({"CCONJ", "SCONJ", "ADP", "DET", "PRON", "AUX", "PART", "PUNCT"})


# round thirty-one (integrator, a whole-story read of seed 127): a span ending "of the
# <Capitalised>" before a capitalised word is a name going on ("Admiral Jane Roe of the US |
# Coast Guard", "the Bank of the West | Indies"), not a caption's end: the seam stays shut.
# Not "of <Place>" without the article: "... in aid of Haiti | Federer", "... the Gulf of
# Mexico | BP's report" end captions (a first version took them too: 3 right cuts lost of 1,183
# dev texts)
_OF_NAME_END = re.compile(r"\bof the \S+$")


def _head_seams(s: str, tools: SeamTools, rest: str, words: tuple[int, int], abstain: re.Pattern,
                quote_end: bool = False):
    """The seams clause_seam and restated_seam both read in the head line ``s``: (tokens, index
    of the lead's first word, the span before it, the span's last word bare, the lead's first
    word), at a capitalised word after a word (``quote_end``: or a closing quote mark), the span
    free of ``abstain``'s marks (the first one ends the search), its last word no function word,
    role noun or possessive, no name the text shows as one with the next word, no date going on."""
    toks = list(_TOKEN.finditer(s))
    lo, hi = words
    for i in range(lo, min(hi, len(toks) - CLAUSE_SEAM_LEAD_WORDS) + 1):
        p, w = toks[i - 1].group(0), toks[i].group(0)
        if not (w[:1].isupper() and (len(w) == 1 or w[1:2].isalpha() or w[1:2] in "'’")):
            continue
        if not (p[-1:].isalnum() or quote_end and p[-1:] in "'’" and not p.endswith(("'s", "’s"))):
            continue  # a comma, a dash or a quote mark before: not this shape
        head = s[:toks[i].start()].rstrip()
        if abstain.search(head):
            return  # a stop, colon, quote mark, bracket or dash in the span: prose or another shape
        bare = p.strip("'’")
        if _function_word(bare, tools) or tools.name_cue(bare) or p.endswith(("'s", "’s")):
            continue  # a function word, a role noun or a possessive goes on into the next word
        if bare[:1].isupper() and not (_cased_apart(bare, s, toks, i) or bare in tools.calendar
                                       or _apart_in_text(bare, w, rest) or _common_opener(toks, i, rest)):
            continue  # after a capitalised word the seam may split one name
        if w.strip(",") in tools.calendar:
            continue  # a date goes on across the seam
        if (bare[:1].isupper() and tools.apposition(w) and i + 1 < len(toks)
                and toks[i + 1].group(0)[:1].isupper()):
            # round thirty-two (issue 16): a title before a name ("... in Acme history US |
            # President Jane Roe has ...") goes on with the name or acronym before it, the
            # lead's own first word: over the dev texts one head cut took "US" off its lead so
            continue
        if _written_together(bare, w, s[toks[i].end():] + " " + rest):
            continue  # the text writes the two words together again: one name ("Defense | Department")
        if bare[:1].isupper() and _OF_NAME_END.search(head):
            continue  # "... Admiral Jane Roe of the US | Coast Guard explains": a name "<X> of the <Y>" goes on in capitals
        yield toks, i, head, bare, w


def _lead_verb_bound(tools: SeamTools, s: str, head: str, at: int, root, alone, whole):
    """The whole line's parse (``whole``, parsed here once), the span ``head`` in it (None when
    the parse does not cut there) and whether the lead's verb (``root`` of the lead parsed from
    ``at``) is bound into the span by the whole parse (runin._bound: a relative, a subordinator,
    a reduced relative), for clause_seam and restated_seam alike."""
    if whole is None:
        whole = tools.parse(s)
    span = whole.char_span(0, len(head), alignment_mode="contract")
    if span is None:
        return whole, None, False
    verb = next((t for t in whole[span.end:] if t.idx == at + root.idx), None)
    return whole, span, verb is None or runin._bound(verb, span.end, root, alone)


def clause_seam(sentence: str, tools: SeamTools, rest: str = "") -> tuple[str, int] | None:
    """The opening span of ``sentence`` (the text's first sentence, as the splitter has it)
    and the offset of the lead after it, when the span is a whole clause with no stop run into
    the lead's own clause (see above); None otherwise."""
    s = sentence.rstrip()
    if not s.endswith((".", "!")) or "?" in s or not s[:1].isupper():
        return None
    whole = None
    for toks, i, head, bare, w in _head_seams(s, tools, rest, CLAUSE_SEAM_WORDS, _CLAUSE_SEAM_ABSTAIN):
        alone = tools.parse(head)
        if not _whole_clause(alone, tools):
            continue
        tail = tools.parse(s[toks[i].start():])
        # a noun or a name after a noun or a name: an apposition, a compound or one name ("the
        # firm | Acme", "chief | Jane Roe", "Port | Ellery", "Acme | Ratings") unless the text
        # below shows the two apart (round thirty-one: see _names_apart, _common_opener)
        joined = alone[-1].pos_ in ("NOUN", "PROPN") and tail[0].pos_ not in _AFTER_NOUN
        if joined and _bare_after_preposition(alone[-1]) and _ACRONYM.fullmatch(w) and not tools.apposition(bare):
            # round fifty-nine: "... in place | UN officials ..." (_bare_after_preposition), bare in
            # the whole line's parse too (not "from west | London", where it modifies the name);
            # only before an acronym: before a person's name ("Storm leaves town in darkness |
            # Jane Roe says ...") the span is left to the run-in rules, which split it off and
            # keep it when unsure (tests/test_clean_runin_headline.py)
            whole = tools.parse(s) if whole is None else whole
            at_end = whole.char_span(0, len(head), alignment_mode="contract")
            joined = at_end is None or not len(at_end) or not _bare_after_preposition(whole[at_end.end - 1])
        if joined and (tools.apposition(bare) or _report_open(alone, tools) or not (
                _common_opener(toks, i, rest) or _names_apart(bare, w, rest, tools.calendar))):
            continue  # (a noun that takes a name in apposition, "drilling firm | Acme", goes on; so
            # does a verb of saying with no clause of its own: "told fans on the radio | Acme's ...")
        if tail[0].pos_ == "PRON":
            continue  # a lead opening on a pronoun goes on from the span: a sentence that lost its stop
        sent = next(iter(tail.sents))
        root = sent.root
        if not _opens_clause(root) and not (root.lemma_.lower() in tools.saying and any(
                c.dep_ == "ccomp" and c.left_edge.i == 0 and _opens_clause(c) for c in root.children)):
            continue  # the lead opens no clause of its own at the seam (nor a report, "<clause>, officials say")
        if len(_WORD.findall(sent.text)) < CLAUSE_SEAM_LEAD_WORDS or sent.end != len(tail) and not sent.text.rstrip().endswith((".", "!")):
            continue
        if root.lemma_.lower() in tools.saying and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in root.children):
            return None  # a fronted report: "<clause> Acme officials said on Monday"
        whole, span, bound = _lead_verb_bound(tools, s, head, toks[i].start(), root, alone, whole)
        if span is None:
            continue
        if bound:
            return None  # one sentence with the span (a relative, a subordinator, a reduced relative)
        if any(t.head.i < span.end and t.dep_ in runin.SUBJECTS and t.head.i != t.i for t in whole[span.end:]):
            return None  # the lead's subject hangs on the span's verb
        if whole[span.end - 1].pos_ in ("ADP", "ADV") and any(
                c.dep_ in ("pobj", "dobj") and c.i >= span.end for c in whole[span.end - 1].children):
            continue  # the whole parse takes the lead's first words as the span's last word's object ("inside | Acme's centre")
        return head, toks[i].start()
    return None


def _opens_clause(verb) -> bool:
    """``verb`` is a finite verb whose subject's span opens the parse (the clause starts at
    the seam)."""
    subj = [c for c in verb.children if c.dep_ in runin.SUBJECTS]
    return verb.pos_ in ("VERB", "AUX") and runin.finite(verb) and bool(subj) and subj[0].left_edge.i == 0


def _function_word(word: str, tools: SeamTools) -> bool:
    """A stop word or a number word, read with its case: an acronym or a month that spells one
    ("US", "IT", "May") is a name, not the word."""
    low = word.lower()
    return low in tools.stop and (not tools.function_words or low in tools.function_words) and not (
        len(word) > 1 and word.isupper() or word in tools.calendar)


def _apart_in_text(word: str, after: str, rest: str) -> bool:
    """``word`` stands in the rest of the text (below the head line) before a word other than
    ``after``, or before a stop or a comma: it ends a name of its own there (Mikheev's
    document-centred reading of case, as runin._stands_alone reads the line)."""
    if not rest:
        return False
    nxt = after.strip("\"“‘'(,;:.").lower()
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])(\S*)\s*(\S*)", rest):
        glued, follow = m.group(1), m.group(2)
        if glued[:1] in (",", ".", ";", ":", ")") or follow and follow.strip("\"“‘'(,;:.").lower() != nxt and not glued:
            return True
    return False


def _names_apart(last: str, first: str, rest: str, calendar: Collection[str] = ()) -> bool:
    """The rest of the text writes the lead's first word (``first``, capitalised) where the
    head's last word (``last``) does not stand before it, and, when ``last`` is capitalised,
    writes ``last`` before another word (or ``last`` is a month or weekday, which ends a date):
    the two are no one name or phrase in this text."""
    word = first.strip("\"“‘'(,;:.")
    word = word[:-2] if word.endswith(("'s", "’s")) else word
    if not rest or not word[:1].isupper():
        return False
    alone = any(m.group(1).strip("\"“‘'(").lower() != last.lower()
                for m in re.finditer(r"(\S*)\s+" + re.escape(word) + r"(?![\w-])", rest))
    return alone and (not last[:1].isupper() or last in calendar or _apart_in_text(last, first, rest))


def _common_opener(toks: list, i: int, rest: str) -> bool:
    """The lead opens (token ``i``) on a common word the text below writes in lower case,
    followed by a lower-case word that is no name's joint ("Oil spilling ...", "Calls to halt
    ..."; not "Search and Rescue Team", a title-case name of common words): no name goes on
    across the seam into it."""
    w = toks[i].group(0).strip("\"“‘'(,")
    nxt = toks[i + 1].group(0) if i + 1 < len(toks) else ""
    return nxt[:1].islower() and nxt not in ("of", "and", "for", "&", "de", "du", "la") and _written_lower(w, rest)


def _written_lower(word: str, rest: str) -> bool:
    """The text below writes ``word`` (capitalised at the seam) in lower case: a common word,
    capitalised here only because a sentence opens on it ("... in Marota | Oil spilling ...")."""
    low = word.lower()
    return low != word and bool(re.search(r"(?<![\w'’-])" + re.escape(low) + r"(?![\w'’-])", rest))


def _cased_apart(word: str, s: str, toks: list, i: int) -> bool:
    """``word`` (capitalised, before the seam at token ``i``) ends a name of its own: an
    acronym or a figure-word ("UK", "H1N1", "2002" pass as they cannot go on into a title-case
    name's next part), or it stands elsewhere in the line before another word (runin's test)."""
    return bool(re.fullmatch(r"[A-Z0-9]{2,}[a-z]?|\d[\d,]*", word)) or runin._stands_alone(word, toks[i].group(0), toks, i)


def _whole_clause(doc, tools: SeamTools) -> bool:
    """The span parsed alone is one complete clause with nothing left open (see above)."""
    sents = list(doc.sents)
    if len(sents) != 1:
        return False
    root = sents[0].root
    if root.pos_ not in ("VERB", "AUX") or not runin.finite(root):
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i]
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return False  # a pronoun subject points back to text before; an expletive opens prose
    if doc[0].pos_ in _OPEN_HEAD_POS or doc[0].tag_ in ("PRP$", "WDT", "WP", "WP$"):
        return False  # goes on from the text before, asks a question, or is no sentence's head
    last = doc[-1]
    if last.pos_ in _OPEN_END_POS or last.is_stop and not (_cased_name(last) or last.pos_ == "NOUN") or (
            last.lower_ in tools.clause_nouns and not _bare_after_preposition(last)):
        return False  # ends on a word that asks for more (or a noun taking a bare clause)
    if not _closed_end(last, root, tools):
        return False
    if any(t.lemma_.lower() in tools.saying and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "auxpass") for c in t.children)
           for t in doc if t.pos_ in ("VERB", "AUX")):
        return False  # a verb of saying or thinking waits for its clause (not a passive: "... was found in ...")
    return not any(t.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp", "prep") for c in t.children)
                   and not (t.i > 0 and doc[t.i - 1].text == "-") for t in doc)  # (not "au" in "Port-au-Prince")


_ACRONYM = re.compile(r"[A-Z]{2,6}(?:'s|’s)?")


def _bare_after_preposition(tok) -> bool:
    """Round fifty-nine (seed 174 H1N1_bbc K6, issue 16): a lower-case singular noun with no
    word of its own (no determiner, adjective, compound or possessive), the object of a
    preposition: "<caption clause> ... precautions in place | UN health officials are ...".
    Such a bare noun closes an idiom of state or place ("in place", "in time", "in hospital");
    it takes no bare clause (a noun of data/clause_nouns.txt does so with its determiner: "the
    place | crews met", "every time | Acme ...") and no name in apposition (that needs a noun
    phrase of its own: "the drilling firm | Acme"; a role noun, "by rival | Acme", stays read as
    one by the apposition list). The parse gives the noun's dependents."""
    return (tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.text.islower() and tok.dep_ == "pobj"
            and tok.head.pos_ == "ADP" and not any(True for _ in tok.children))


def _cased_name(tok) -> bool:
    """A name the stop list spells in lower case: an acronym or a month ("US", "May")."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.lower_ != tok.text


def _closed_end(last, root, tools: SeamTools) -> bool:
    """The span's last word closes its phrase, so that nothing of the lead is its object or
    noun: a noun or a name; an adjective standing as a verb's complement ("... was low"),
    not one that takes a clause (data/clause_adjectives.txt: "make sure | Acme has ..."); a
    year after "in" ("... in 2002"); an adverb of the root ("... home"); a verb closing a
    finite relative or adverbial clause with its own subject ("... where the man stayed").
    An adjective or a figure in a noun phrase ("the massive | Acme spill", "up to 10,000 | US
    troops"), a participle ("the challenge facing | Acme's crews") or the clause's own verb
    (its object may be the lead) goes on."""
    if last.pos_ in ("NOUN", "PROPN"):
        return True
    if last.pos_ == "ADJ":
        return last.dep_ in ("acomp", "attr", "oprd") and last.head.pos_ in ("AUX", "VERB") and last.lower_ not in tools.clause_adjectives
    if last.pos_ == "NUM":
        return last.dep_ == "pobj" and last.head.lower_ == "in" and bool(re.fullmatch(r"(1[89]|20)\d\d", last.text))
    if last.pos_ == "ADV":
        return last.head.i == root.i and last.dep_ in ("advmod", "npadvmod")
    if last.pos_ == "VERB":
        clause = next((a for a in [last, *last.ancestors] if a.dep_ in ("relcl", "advcl")), None)
        subj = next((c for c in clause.children if c.dep_ in runin.SUBJECTS), None) if clause is not None else None
        # (not a relative's own pronoun as its subject: "victims who receive | Acme payments")
        return subj is not None and runin.finite(clause) and subj.tag_ not in ("WDT", "WP")
    return False


@dataclass(frozen=True)
class SeamTools:
    """What clause_seam reads, given by the cleaner (noise) so that this module has no import
    cycle: the English pipeline, stop words, the name-cue test, verbs of saying and thinking
    (lemmas: data/reporting_verbs.txt), the calendar names, the nouns that take a bare clause and the adjectives that take a
    clause."""
    parse: Callable
    stop: frozenset[str]
    name_cue: Callable[[str], bool]
    saying: frozenset[str]
    calendar: frozenset[str]
    clause_nouns: frozenset[str]
    clause_adjectives: frozenset[str]
    apposition: Callable[[str], bool] = lambda word: False
    # round thirty-one: the words that are function words in every use (the parser's library
    # list, met with the stop list: "well", "help", "head" are a stop list's words, not function
    # words, and end a caption as often as any noun)
    function_words: frozenset[str] = frozenset()


# round thirty-one (issue 16): a page's headline or caption run into the lead that the lead
# says again. The seams above read a span that is a whole clause; a BBC headline is as often a
# phrase ("On the ground with <troops> in <place>", "<Name> to get <pension>") and its caption
# a clause the parse takes for the lead's fronted modifier. What the whole head shows instead:
# it restates the lead. On the text's first kept line, an opening span (3-25 words, no stop,
# quote mark or bracket) runs with no stop into a capitalised word that opens a clause of its
# own (its subject first, a finite verb) running to the line's first stop, 8 words or more;
# and the lead's first sentence says the span's content words again by lemma: at least two of
# them and half (three when the span opens on a preposition, a subordinator or an adverb with
# no colon in it: a fronted phrase of the lead, "In the wake of the quake | Marota's
# government ...", may share a word or two with its own sentence). A sentence seldom says its
# own words twice; a headline and a caption restate the lead. The parse's binding tests (a
# relative or subordinate clause hung on the span) keep the line whole. The span is cut as the
# page's headline (its words stay in the removed blocks).
RESTATED_REASON = "headline: the page's headline or caption run into the lead, which says its words again"
RESTATED_WORDS = (3, 25)
_RESTATED_ABSTAIN = re.compile(r"[.;!?\"“”(\[]|\s[-–—]\s|--|`")
_FRONTED_POS = frozenset({"ADP", "SCONJ", "ADV"})


def restated_seam(sentence: str, tools: SeamTools, rest: str = "") -> tuple[str, int] | None:
    """The opening span of ``sentence`` (the text's first sentence) and the offset of the lead
    after it, when the span runs into the lead's clause and the lead says its words again (see
    above); None otherwise."""
    s = sentence.rstrip()
    if not s.endswith((".", "!")) or "?" in s or not s[:1].isupper():
        return None
    whole = None
    for toks, i, head, bare, w in _head_seams(s, tools, rest, RESTATED_WORDS, _RESTATED_ABSTAIN, quote_end=True):
        if tools.apposition(bare):
            continue
        tail = tools.parse(s[toks[i].start():])
        if tail[0].pos_ == "PRON":
            continue
        alone = tools.parse(head)
        last = alone[-1]
        if last.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") or last.is_stop and not _cased_name(last):
            continue  # a span ending on a verb, a preposition or a function word goes on into the lead
        if last.pos_ in ("NOUN", "PROPN") and tail[0].pos_ not in _AFTER_NOUN and not (
                _common_opener(toks, i, rest) or _names_apart(bare, w, rest, tools.calendar)):
            continue  # a noun or a name before the lead's name: one phrase unless the text shows them apart
        sent = next(iter(tail.sents))
        root = sent.root
        if not _opens_clause(root) or root.lemma_.lower() in tools.saying and not any(
                c.dep_ in ("ccomp", "dobj", "xcomp") for c in root.children):
            continue
        if len(_WORD.findall(sent.text)) < CLAUSE_SEAM_LEAD_WORDS or not sent.text.rstrip().endswith((".", "!")):
            continue
        if _report_open(alone, tools):
            continue  # a verb of saying in the span with no clause of its own: the lead may be what was said
        said = _content_lemmas(alone, tools)
        shared = said & _content_lemmas(sent, tools)
        need = 3 if alone[0].pos_ in _FRONTED_POS and ":" not in head else 2
        if len(shared) < need or 2 * len(shared) < len(said):
            continue
        whole, span, bound = _lead_verb_bound(tools, s, head, toks[i].start(), root, alone, whole)
        if span is None:
            continue
        if bound:
            return None  # one sentence with the span (a relative, a subordinator, a reduced relative)
        return head, toks[i].start()
    return None


def _report_open(doc, tools: SeamTools) -> bool:
    """A verb of telling in the span (data/tell_verbs.txt) with no clause of its own under it
    (an object alone, "told fans on the radio"): the clause after the seam may be what was told.
    (Not every verb of saying: "describes the port", "highlight the crisis" take an object and
    close the span.)"""
    tell = lexicon.words("clean/tell_verbs.txt")
    return any(t.lemma_.lower() in tell and not any(c.dep_ in ("ccomp", "xcomp") for c in t.children)
               for t in doc if t.pos_ in ("VERB", "AUX"))


def _written_together(last: str, first: str, elsewhere: str) -> bool:
    """The words on either side of a seam (``last``, ``first``) stand together in ``elsewhere``
    (the line after the seam and the text below): a name or phrase the text uses whole."""
    a, b = last.strip("\"“‘'(,"), first.strip("\"“‘'(,;:.")
    return bool(a and b and re.search(r"(?<![\w'’-])" + re.escape(a) + r"\s+" + re.escape(b) + r"(?![\w-])", elsewhere))


def _content_lemmas(tokens, tools: SeamTools) -> set[str]:
    """The content words' lemmas, lower-cased (not stop words, punctuation or one letter)."""
    return {t.lemma_.lower() for t in tokens
            if not t.is_punct and not t.is_space and len(t.text) > 1 and (
                _cased_name(t) or t.lower_ not in tools.stop and not t.is_stop)}

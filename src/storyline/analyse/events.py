"""Per-document event mentions: one per eventive verb clause.

A clause is an eventive verb (not an auxiliary, not a reporting or mental-state
verb, not a stative verb: ``data/event_stopverbs.txt``) with its arguments; its
span runs over the verb and its argument subtrees, leaving out attached clauses
(advcl, ccomp, conj, parataxis). A clause is kept when it is past tense, passive,
or carries a time expression, and is not a forecast or a possibility (future
tense or a modal: "will not be reduced in 2019", "could decline"). Its time expression is the one whose governing verb
is the clause's verb. "A month after being put on the blacklist, X said ..." links
the saying clause to the "put" clause (``EventItem.after_event``) with the offset, so the
corpus stage can date one from the other.

``EventItem.start/end`` is the clause; ``EventItem.sentence`` is the whole sentence
(the readable summary); actors are the mentions inside the clause.
"""

from __future__ import annotations

import functools
import re

from .. import lexicon
from ..types import DocAnalysis, EventItem
from .timex import other_day_re, tense_of

_MODALS = lexicon.flagged("modals.txt")  # modal and future auxiliaries: either makes a clause not (yet) an event
_BOUNDS = "analyse/event_date_bounds.txt"
_SHIFTS = "analyse/narrative_shift_openers.txt"
_DATING = {"year", "half", "quarter", "season", "month", "week", "weekend", "day", "time"}
_CUT = {"advcl", "ccomp", "conj", "parataxis", "cc", "punct", "mark", "csubj", "xcomp", "dep"}
_CUT_AFTER = {"relcl", "acl"}  # a relative clause after the object is another event


@functools.lru_cache(maxsize=1)
def stop_lemmas() -> frozenset[str]:
    # every reporting verb, whatever its flags ("deny+" too: "Huawei denied the allegations"
    # reports a position, it is not a happening)
    words = lexicon.words("analyse/event_stopverbs.txt") | set(lexicon.flagged("reporting_verbs.txt"))
    return frozenset(w.lower() for w in words)


@functools.lru_cache(maxsize=1)
def _bound_cues() -> tuple[str, ...]:
    return tuple(sorted((w.strip().lower() for w in lexicon.lines(_BOUNDS)), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _shift_openers() -> tuple[str, ...]:
    return tuple(sorted((w.strip().lower() for w in lexicon.lines(_SHIFTS)), key=len, reverse=True))


_DETERMINER = re.compile(r"\s(?:the|a|an|its|their|his|her|this|that)$")


def other_days(text: str, start: int, end: int, timexes=()) -> list[tuple[int, int]]:
    """Spans in ``text[start:end]`` of a day told relative to another day of the text, not
    to the report ("troops fled the day after", "the next morning", "the following day":
    words in ``data/other_day_cues.tsv``), leaving out those a time expression already reads
    so ("the previous day", "a day later", "the day after": ``evrel``, shifted from the one
    day named before, ``timex.relative_days``). What is left is a phrase the reader leaves
    alone ("the day after the siege began", "over the following days"), where "the day"
    would be read as the day named before, a day off."""
    out = []
    for m in other_day_re().finditer(text, start, end):
        read = any(t.start <= m.start() and m.end() <= t.end and t.reading is not None and t.reading.kind == "evrel"
                   for t in timexes)
        if not read:
            out.append((m.start(), m.end()))
    return out


def bound_cue(text: str, start: int) -> str | None:
    """The cue ("by", "since", "from", ...) that makes the time expression at ``start`` a
    bound or a horizon ("by 2022", "stretching to 2047", "since 2008"), or None. Also
    through a determiner, where the date is a noun's ("spilled after the April 20 rig
    explosion", "found dead since the April 20 blowout": after that day, not on it)."""
    before = " ".join(text[max(0, start - 30) : start].lower().split())
    before = _DETERMINER.sub("", " " + before).strip()
    return next((c for c in _bound_cues() if before == c or before.endswith(" " + c)), None)


def is_bound(text: str, start: int) -> bool:
    """Whether the time expression at ``start`` is a bound or a horizon (``bound_cue``),
    which does not date the clause's event."""
    return bound_cue(text, start) is not None


def _in_other_day(text: str, tx, timexes) -> bool:
    """Whether time expression ``tx`` is the day noun of a day told relative to another
    (``other_days``: "the day" of "fled the day after", "morning" of "the next morning")."""
    if any(t.end <= tx.start and text[t.end : tx.start].strip() == "," for t in timexes):
        return False  # in apposition to a day named right before it ("By 9 March, the day after the flood"): that day
    near = other_days(text, max(0, tx.start - 20), min(len(text), tx.end + 10), timexes)
    return any(a < tx.end and tx.start < b for a, b in near)


def _dating(tx) -> bool:
    """A time expression that can date an event: a date or time with a value or a
    relative reading, not a duration, a set or a reference word."""
    if tx.type not in ("DATE", "TIME"):
        return False
    k = tx.reading.kind if tx.reading else None
    if k in ("dur", "set", "ref", "unknown", None) and not tx.value:
        return False
    if tx.granularity is not None and tx.granularity not in _DATING:
        return False
    return k not in ("dur", "set", "ref")


def _clause(verb, sent) -> tuple[int, int]:
    """Token range [i, j) of a verb's own clause inside its sentence."""
    lo, hi = verb.i, verb.i
    for child in verb.children:
        if child.dep_ in _CUT:
            continue
        toks = list(child.subtree)
        if child.dep_ == "prep" and any(t.pos_ == "VERB" and t.dep_ == "pcomp" for t in child.children):
            continue  # "after being put on the blacklist" is an event of its own
        if child.dep_ in _CUT_AFTER:
            continue
        lo = min(lo, toks[0].i)
        hi = max(hi, toks[-1].i)
    lo = max(lo, sent.start)
    hi = min(hi, sent.end - 1)
    # drop a trailing relative clause inside an object ("..., which prevented ...")
    for t in verb.doc[lo : hi + 1]:
        if t.dep_ in ("relcl", "acl") and t.i > verb.i and t.head.i != verb.i:
            cut = min(x.i for x in t.subtree)
            if cut > verb.i:
                hi = min(hi, cut - 1)
    while hi > lo and (verb.doc[hi].is_punct or verb.doc[hi].dep_ in ("cc", "mark")):
        hi -= 1
    while lo < hi and (verb.doc[lo].is_punct or verb.doc[lo].dep_ in ("cc", "mark")):
        lo += 1
    return lo, hi + 1


def _governor(token):
    """The nearest verb above a token (the verb whose clause a time expression dates)."""
    t = token
    for _ in range(10):
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass")):
            return t
        if t.head.i == t.i:  # the root (spaCy makes a new Token per access: no identity test)
            return None
        t = t.head
    return None


def _dates_a_noun(root, gov, span) -> bool:
    """Whether the time expression whose root is ``root`` dates a noun on its way up to the
    verb ``gov``: "the mistakes of the 1989 Exxon Valdez spill", "victims of the 2005
    Texas City blast", "the pandemics of 1918, 1957 and 1968" are the noun's happening,
    not the clause's. Not when the noun is the verb's subject: "the 1918 pandemic killed
    50 million", "last week's earthquake struck" tell the noun's happening."""
    t = root
    for _ in range(12):  # spaCy makes a new Token per access: compare indices, never identity
        if t.i == gov.i or t.head.i == t.i:
            return False
        if t.pos_ in ("NOUN", "PROPN") and not (span.start <= t.i < span.end):
            return t.dep_ not in ("nsubj", "nsubjpass") or t.head.i != gov.i
        t = t.head
    return False


def _phrase(tok, sent) -> tuple[int, int] | None:
    """Token range [i, j) of the noun phrase a relative clause's verb hangs on ("the
    drilling rig that exploded on April 20", "the amount that the Exxon Valdez spilled in
    1989", a reduced one: "its debt coming due next year"), None for a verb of the sentence's own clauses. The date of such a clause is the
    noun's, and a card that showed the whole sentence would lend it to the main event."""
    if tok.dep_ not in ("relcl", "acl") or tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None  # a reduced relative too: "its debt coming due next year", "those affected by"
    toks = list(tok.head.subtree)
    lo, hi = max(toks[0].i, sent.start), min(toks[-1].i, sent.end - 1)
    while hi > lo and (tok.doc[hi].is_punct or tok.doc[hi].dep_ in ("cc", "mark")):
        hi -= 1
    return lo, hi + 1


def _year_before_a_noun(span) -> bool:
    """Whether a bare year stands between a determiner and a noun ("eclipse the 1989 Exxon
    Valdez spill") where spaCy's small model parses the year as the verb's object: it is
    still the noun's date (``_dates_a_noun`` misses it, the parse having no noun above).
    Not as a subject: "The 1989 spill killed birds" tells the spill's own happening."""
    doc = span.doc
    yr = [t for t in span if t.like_num]
    if len(yr) != 1 or len(yr[0].text) != 4 or yr[0].i + 1 >= len(doc):
        return False
    if yr[0].dep_ in ("nsubj", "nsubjpass") or yr[0].head.pos_ in ("NOUN", "PROPN"):
        # a subject, or a noun above it already (``_dates_a_noun`` decides those)
        return False
    before, after = doc[yr[0].i - 1] if yr[0].i > 0 else None, doc[yr[0].i + 1]
    return before is not None and before.lower_ in ("the", "a", "an") and after.pos_ in ("NOUN", "PROPN")


_NON_EVENT = "analyse/non_event_cues.tsv"


@functools.lru_cache(maxsize=1)
def _non_event_cues() -> dict[str, frozenset[str]]:
    return lexicon.kinds(_NON_EVENT)


_CLOSERS = "\"'\u201d\u2019)] "


def not_a_happening(tok, sentence: str, tense: str | None, passive: bool, perfect: bool) -> str | None:
    """Why the clause of verb ``tok`` tells no happening a timeline card should show, or
    None. The event stage keeps such a clause as a mention (document dating and the
    corpus stage read mentions); the corpus stage leaves its card off the event list only
    when no date dates it (``resolve.events.build_events``). Parse rules over the words of
    ``non_event_cues.tsv`` (data), written here because no offline model reads factuality
    or genericity (no such spaCy component or event-factuality model is installed):

    - question: its sentence asks ("Why was the well not capped?");
    - negated: "not", "n't" or "never" on the verb ("the outbreak never came", "was not named");
    - nobody: a subject that says nothing happened ("no deaths were reported");
    - generic: an adverb of habit on the verb ("is usually spread by coughing");
    - hypothetical: a supposition ("whether it was spread by pigs") or an infinitive
      ("expected to be released": told ahead, not told as done);
    - hypothetical, too: a bare past participle after "when", "if", "once" ... with no
      subject, on a clause not told in the past ("when rebuilt, it will ...", "if
      confirmed"): a condition, not a happening;
    - state: a verb of a state with no change ("owned the rig", "lived in Mexico", "based
      in Port Ellery", "aged 18-30"), a present passive that is not in progress ("schools are
      closed", "it is thought"): a state now, not when anything happened; or a passive
      with "already" or "still" ("were already closed", "were still blocked"): the
      state a happening left, not the happening.
    """
    cues = _non_event_cues()
    kids = list(tok.children)
    main = tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")
    if main and sentence.rstrip(_CLOSERS).endswith("?"):
        # the question's own clause; not a relative clause in it ("the question that X
        # posed on Tuesday: what should we do?")
        return "question"
    if any(c.dep_ == "neg" for c in kids):
        return "negated"
    for c in kids:
        if c.dep_ in ("nsubj", "nsubjpass") and (
                c.lower_ in cues.get("nobody", ()) or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
            return "nobody"
    if any(c.dep_ == "advmod" and c.lower_ in cues.get("generic", ()) for c in kids):
        return "generic"
    for c in kids:
        if c.dep_ == "mark":
            before = tok.doc[c.i - 1].lower_ + " " if c.i > 0 else ""
            if c.lower_ in cues.get("hypothetical", ()) or before + c.lower_ in cues.get("hypothetical", ()):
                return "hypothetical"
    if tok.tag_ == "VBN" and tok.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids) \
            and any(c.dep_ in ("mark", "advmod") and c.i < tok.i and c.lower_ in cues.get("reduced", ()) for c in kids) \
            and tense_of(tok.head, 0) != "past":
        # "when rebuilt, the school will ...", "if confirmed": no one happening told; told in
        # the past ("once approved, the plan went ahead") it is one
        return "hypothetical"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and not any(c.dep_ == "aux" and c.lower_ == "have" for c in kids):
        # "expected to be released"; not a perfect infinitive, a past happening told through
        # a belief ("twenty people are known to have died", "thought to have caught the virus")
        return "hypothetical"
    progressive = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in kids)
    if tok.lemma_.lower() in cues.get("state", ()) and not progressive:
        # a state is not told in the progressive: "the virus was still being contained" is an action
        return "state"
    if passive and not perfect and not progressive and any(c.dep_ == "advmod" and c.lower_ in cues.get("state_adverb", ()) for c in kids) \
            and not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'ve", "'d") for c in kids):
        return "state"  # "the pupils were already sent home", "roads were still blocked": the result, not the happening
    if tense == "present" and passive and not perfect and not progressive \
            and not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in kids):
        return "state"
    return None


_RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})
# a doer is any name: the small model labels some people as places ("Mika" LOC), and two
# different names are two doers whatever their labels; numbers and times are no doers
_NOT_AGENT_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _agent_token(tok):
    """The token naming who does the happening of verb ``tok``, or None: its subject (the
    "by" phrase of a passive); for a relative clause whose pronoun is the subject ("Sam,
    who has already laid his vocals down") or an "-ing" participle on a noun, that noun;
    for an "-ing" adverbial or a coordinated verb with no subject of its own ("Jo Roe
    has sung the opening, laying down her vocals"), the subject of the verb it hangs on."""
    t = tok
    for _ in range(3):
        kids = list(t.children)
        passive = any(c.dep_ == "auxpass" for c in kids)
        if passive:
            by = next((c for c in kids if c.dep_ == "agent"), None)
            return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subj is not None:
            if t.dep_ == "relcl" and subj.lower_ in _RELATIVE_SUBJECTS:
                return t.head
            return subj
        if t.dep_ == "acl" and t.tag_ == "VBG":
            return t.head
        if (t.dep_ == "advcl" and t.tag_ == "VBG") or t.dep_ == "conj":
            t = t.head
            continue
        return None
    return None


def _agent_mention(analysis: DocAnalysis, tok) -> int | None:
    """The named mention of ``_agent_token`` (a person, organisation, country, group, whatever its label)."""
    agent = _agent_token(tok)
    if agent is None:
        return None
    # the noun itself, or a name in apposition to it ("the singer Anna Berg")
    for t in (agent, *(c for c in agent.children if c.dep_ == "appos")):
        mi = next((mi for mi, m in enumerate(analysis.mentions)
                   if m.start <= t.idx < m.end and m.label not in _NOT_AGENT_LABELS), None)
        if mi is not None:
            return mi
    return None


def _is_eventive(tok) -> bool:
    if tok.pos_ != "VERB":
        return False
    if tok.dep_ in ("aux", "auxpass", "amod", "compound"):
        return False
    return tok.lemma_.lower() not in stop_lemmas()


def extract(sdoc, analysis: DocAnalysis) -> list[EventItem]:
    text = sdoc.text
    heads = [(s.start, s.end) for s in analysis.sentences if s.heading]
    sent_spans = [(s.start, s.end) for s in analysis.sentences if not s.heading]
    # which timex each verb governs
    timex_of: dict[int, int] = {}
    evrel_of: dict[int, dict] = {}
    said_when: set[int] = set()
    gov_of: dict[int, int] = {}
    for k, tx in enumerate(analysis.timexes):
        span = sdoc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None:
            continue
        gov = _governor(span.root)
        if gov is None:
            continue
        gov_of[k] = gov.i
        if gov.lemma_.lower() in stop_lemmas() or tense_of(gov) == "future":
            said_when.add(k)  # "said on Monday that ...": the date of the saying, not of what is told
        if tx.event_relation:
            # "A month after being put on the blacklist": the signal's object is the anchor event
            evrel_of[gov.i] = {"timex": k, "signal": tx.event_relation.signal}
        if _dates_a_noun(span.root, gov, span) or _year_before_a_noun(span) or _date_is_the_object(span, gov) \
                or _in_other_day(text, tx, analysis.timexes) or _run_in_heading(text, tx):
            said_when.add(k)  # never lent to a clause either
            # "repeated the mistakes of the 1989 spill": the spill's date, not the repeating's;
            # "fled the day after", "the next morning": another day than the one read
            continue
        if tx.type in ("DATE", "TIME") and (tx.value or (tx.reading.kind if tx.reading else None) not in ("dur", "set", "ref", None)):
            if is_bound(text, tx.start):
                continue  # "by 2022", "stretching to 2047": a deadline or horizon, not when it happened
            timex_of.setdefault(gov.i, k)
    items: list[EventItem] = []
    verb_item: dict[int, int] = {}
    for sent in sdoc.sents:
        for tok in sent:
            # a verb the parse gives a date still needs to head a clause: an attributive participle
            # is an adjective ("Thursday, 2 July 2009 First related death", a blog's list of
            # stamped entry titles: round fifty-nine, seed 174 H1N1_bbc V6, dated by the stamp
            # of the entry before it)
            if not _is_eventive(tok) and not (tok.pos_ == "VERB" and tok.dep_ not in ("aux", "auxpass", "amod")
                                              and (tok.i in timex_of or tok.i in evrel_of)):
                continue
            if any(a <= tok.idx < b for a, b in heads):
                continue
            tense = tense_of(tok)
            if not _may_happen(tok, tense):
                continue
            passive = any(c.dep_ == "auxpass" for c in tok.children) or (tok.tag_ == "VBN")
            ti = _own_timex(analysis, timex_of.get(tok.i), tense, tok.lemma_.lower() in stop_lemmas())
            if tense != "past" and not passive and ti is None:
                continue
            sspan = next(((a, b) for a, b in sent_spans if a <= tok.idx < b), None)
            if sspan is None:
                continue
            lo, hi = _clause(tok, sent)
            s, e = sdoc[lo].idx, sdoc[hi - 1].idx + len(sdoc[hi - 1].text)
            # keep the clause inside the analysis sentence (split at paragraph breaks)
            s, e = max(s, sspan[0]), min(e, sspan[1])
            s += len(text[s:e]) - len(text[s:e].lstrip())
            e -= len(text[s:e]) - len(text[s:e].rstrip())
            if e <= s:
                continue
            if ti is not None and not (sspan[0] <= analysis.timexes[ti].start < sspan[1]):
                ti = None
            via = "clause" if ti is not None else None
            if ti is None:
                ti, via = _sentence_timex(analysis, text, sspan, tok, sent_spans, said_when, gov_of)
            actors = [mi for mi, m in enumerate(analysis.mentions) if m.start >= s and m.end <= e and m.label in ("PERSON", "ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC", "EVENT", "LAW")]
            skip = {(m.start, m.end) for m in analysis.mentions}
            args = sorted({t.lemma_.lower() for t in sdoc[lo:hi] if t.pos_ in ("NOUN", "PROPN") and t.i != tok.i
                           and not any(a <= t.idx < b for a, b in skip) and t.idx >= s and t.idx < e})
            ph = _phrase(tok, sent)
            phrase = None
            if ph is not None:
                ps, pe = max(sdoc[ph[0]].idx, sspan[0]), min(sdoc[ph[1] - 1].idx + len(sdoc[ph[1] - 1].text), sspan[1])
                phrase = (ps, pe) if pe > ps else None
            verb_item[tok.i] = len(items)
            perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in tok.children) and tok.tag_ == "VBN"
            items.append(EventItem(
                start=s, end=e, text=text[s:e], trigger=tok.text, actor_mentions=actors, timex=ti,
                trigger_span=(tok.idx, tok.idx + len(tok.text)), sentence=sspan, lemma=tok.lemma_.lower(),
                tense=tense, passive=passive, negated=any(c.dep_ == "neg" for c in tok.children), args=args,
                perfect=perfect, timex_via=via, phrase=phrase,
                not_event=not_a_happening(tok, text[sspan[0] : sspan[1]], tense, passive, perfect),
                agent_mention=_agent_mention(analysis, tok),
            ))
    _carry_on(sdoc, analysis, items, verb_item, sent_spans)
    # link "N units after <event>" to the event inside the signal's phrase
    for vi, link in evrel_of.items():
        if vi not in verb_item:
            continue
        sig_start = link["signal"][0]
        sig = sdoc.char_span(sig_start, link["signal"][1], alignment_mode="expand")
        if sig is None:
            continue
        for t in sig.root.subtree:
            if t.i in verb_item and t.i != vi:
                item = items[verb_item[vi]]
                item.after_event = verb_item[t.i]
                item.evrel_timex = link["timex"]
                break
    return items


_RUN_IN_HEADING = re.compile(r"[^\W\d_]\s+(\d{4})\s*:\s*[A-Z\d]")


def _run_in_heading(text: str, tx) -> bool:
    """Whether time expression ``tx`` is a bare year heading the next entry of a list,
    run into the sentence before it when the copy lost its line break: "... with young
    adults particularly badly affected 1957: Asian flu killed two million people" (round
    fifty-nine, seed 174 H1N1_bbc V1: the 1918 pandemic's sentence was dated 1957). A year
    right after a word (no preposition, no punctuation: "in 2009: ..." or "2009." are
    not such) and before a colon opening a capitalised entry labels what follows, not the
    clause it is run into; it dates no clause (what follows it is cut off from its own
    entry by the lost break too, so it is left undated rather than guessed)."""
    m = _RUN_IN_HEADING.match(text, max(0, tx.start - 2))
    if m is None or m.start(1) != tx.start or m.end(1) != tx.end:
        return False
    word = re.search(r"(\w+)\s*$", text[max(0, tx.start - 30) : tx.start])
    return word is not None and word.group(1).lower() not in _year_lead_words()


@functools.lru_cache(maxsize=1)
def _year_lead_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.words("analyse/year_lead_words.txt"))


@functools.lru_cache(maxsize=1)
def _date_object_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.words("analyse/date_object_verbs.txt"))


def _date_is_the_object(span, gov) -> bool:
    """Whether a date is what its verb sets, not when it acts: "a court set July 8 for
    oral arguments" (the parser makes the date an adverb of "set"). The date stands right
    after a verb of date_object_verbs.txt with no other object, and "for"/"as" right after
    it. Not "set a hearing for July 8" nor "met Thursday for three hours"."""
    doc = span.doc
    if gov.lemma_.lower() not in _date_object_verbs() or span.start != gov.i + 1 or span.end >= len(doc):
        return False
    if any(c.dep_ in ("dobj", "obj") for c in gov.children):
        return False
    return doc[span.end].lower_ in ("for", "as")


def _may_happen(tok, tense: str | None) -> bool:
    """Whether a clause can tell a happening: not a forecast or a possibility ("will not be
    reduced in 2019", "could rise"), nor a condition ("unless we're still talking about
    this in 2011")."""
    if tense == "future" or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children)


def _own_timex(analysis: DocAnalysis, ti: int | None, tense: str | None, state: bool = False) -> int | None:
    """The clause's time expression as the event's date, unless it is a forecast told of a
    past happening: "the vote, due later this month, was delayed"; "results expected later
    today" (a reduced relative, read as past); a present state of a stop verb with a date not
    told ahead; or a year before the document's told of a
    present state: "It looks milder than the strain of 2003" (2003 is that outbreak's:
    a present tense is the writer's now)."""
    if ti is None:
        return None
    tx = analysis.timexes[ti]
    if tense == "past" and tx.tense == "future":
        return None
    if state and tense == "present" and tx.tense != "future":
        # a state told now ("It looks milder than the strain of 2003") is no happening of
        # its clause's date, even when the document's date is unknown; a scheduled one
        # ("the summit is on Tuesday") is
        return None
    if tense == "present" and tx.granularity in ("year", "decade", "century") and tx.value:
        pub = analysis.document.published
        year = pub.value[:4] if pub is not None and pub.value else None
        if year and year.isdigit() and tx.value[:4].isdigit() and tx.granularity == "year" and tx.value[:4] < year:
            return None
    return ti


def _sentence_timex(analysis: DocAnalysis, text: str, sspan: tuple[int, int], verb, sent_spans: list,
                    said_when: set[int], gov_of: dict[int, int]) -> tuple[int | None, str | None]:
    """The time expression that dates an event its own clause does not date.

    Its sentence's, when the sentence has exactly one dating expression (not a bound:
    "by 2022") and it dates a verb coordinated with the event's ("On Saturday rebels
    seized the town and killed 20 soldiers"; not "the vaccine, sold by Wyeth, was
    pulled in 1999", where the date is another clause's); else, for a simple-past event in a sentence with no time expression at
    all, the previous sentence's in the same paragraph when that one has exactly one
    at day granularity ("Rebels seized the town on Saturday. They killed 20 soldiers."),
    across a paragraph break only where the narrative goes on (``_narrative_continues``).
    An expression that dates a reporting verb ("said on Monday that ...") or a
    future clause is never lent to another clause.
    Anything more ambiguous leaves the event undated: the corpus stage then places it
    by its first report.
    """
    def in_span(a: int, b: int) -> list[int]:
        return [i for i, t in enumerate(analysis.timexes) if a <= t.start < b]

    own = in_span(*sspan)
    if any(gov_of.get(i) == verb.i and _recurring(analysis.timexes[i]) for i in own):
        # "Roe attended every year and Doe missed only one, in 2002": a verb with a recurring
        # time of its own ("every year", "each week") tells a habit, no single date to lend
        # it (round sixty, seed 175 bpoil_foxnews V4, dated 2002 by the other clause's year)
        return None, None
    dating = [i for i in own if _dating(analysis.timexes[i])]
    if own:
        g = gov_of.get(dating[0]) if len(dating) == 1 else None
        coordinated = g is not None and ((verb.dep_ == "conj" and verb.head.i == g) or any(
            c.dep_ == "conj" and c.i == g for c in verb.children))
        # a present perfect sums up to the report ("banked $17,000 in 2008 and has lined her
        # war chest with $28,000 overall"): the other verb's date is not its
        perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children)
        if coordinated and not perfect and dating[0] not in said_when and not is_bound(text, analysis.timexes[dating[0]].start) \
                and analysis.timexes[dating[0]].tense != "future" and not _own_other_day(text, verb, analysis.timexes) \
                and not _a_now_beside_a_past(verb, verb.doc[g]) and not _own_time_clause(verb):
            return dating[0], "sentence"
        return None, None
    if not _simple_past(verb) or other_days(text, sspan[0], sspan[1], analysis.timexes):
        return None, None  # "Troops fled the following day": not the day before's
    k = next((j for j, sp in enumerate(sent_spans) if sp == tuple(sspan)), None)
    if not k:
        return None, None
    prev = sent_spans[k - 1]
    # another paragraph: only where the narrative goes on (``_narrative_continues``)
    across = "\n\n" in text[prev[1] : sspan[0]] or "\n\n" in text[prev[0] : prev[1]]
    cands = [i for i in in_span(*prev) if _dating(analysis.timexes[i])]
    if len(cands) == 1 and cands[0] not in said_when:
        tx = analysis.timexes[cands[0]]
        gran = tx.granularity or timenorm_gran(tx)
        if gran in ("day", "time") and not is_bound(text, tx.start) and tx.tense != "future":
            if across and not (_news_day(tx) and _narrative_continues(text, sspan, verb, gov_of.get(cands[0]))):
                return None, None
            return cands[0], "previous sentence"
    return None, None


def _recurring(tx) -> bool:
    """A time expression of a recurring set ("every year", "each Monday": TIMEX3 type SET)."""
    return tx.type == "SET" or (tx.reading is not None and tx.reading.kind == "set")


def _a_now_beside_a_past(verb, dated) -> bool:
    """Whether ``verb`` is told in the present beside a past ``dated`` verb it is
    coordinated with: "it's located in different parts of the country, and was deployed in
    2004" (the force's state now, the writer's present, not the deployment's year). Round
    fifty-nine, seed 174 haiti_bbc V1: the present state was cited under 2004."""
    return tense_of(verb) == "present" and tense_of(dated) == "past"


def _own_time_clause(verb) -> bool:
    """Whether ``verb`` has a temporal clause of its own ("moved with his family to New
    York when he was nine"): its time is that clause's, not
    the date of the verb it is coordinated with ("was born in Haiti in 1972 but moved ...
    when he was nine" is about 1981). Round fifty-nine, seed 174 haiti_bbc V3. The
    conjunctions are data (``analyse/own_time_marks.txt``)."""
    marks = _own_time_marks()
    return any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children)
               for c in verb.children)


@functools.lru_cache(maxsize=1)
def _own_time_marks() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.words("analyse/own_time_marks.txt"))


def _own_other_day(text: str, verb, timexes) -> bool:
    """Whether the verb's own words tell a day relative to another (``other_days``):
    "seized the port on Monday and left it the following day" is not Monday's leaving."""
    toks = list(verb.subtree)
    return bool(other_days(text, toks[0].idx, toks[-1].idx + len(toks[-1].text), timexes))


def _simple_past(verb) -> bool:
    """A simple past, active ("killed") or passive ("was rescued"): the tense that tells
    the next step of a narrative (not a perfect, a progressive or a present)."""
    if verb.tag_ == "VBD":
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ == "VBD"


def _carry_on(sdoc, analysis: DocAnalysis, items: list[EventItem], verb_item: dict[int, int], sent_spans: list) -> None:
    """One sentence further: a simple-past main clause with no time expression, after a
    sentence with none either whose main clause took its day from the sentence before
    ("Rebels seized the town on Saturday. They killed 20 soldiers. They burned the
    bridge."), takes that day too where the narrative goes on (``_narrative_continues``,
    with the previous main clause as the happening that carries the day). One step
    only: a narrative's day is not carried on through a whole article."""
    text = sdoc.text
    starts = [t.start for t in analysis.timexes]
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for vi, ii in verb_item.items():
        sp = items[ii].sentence
        if sp is not None:
            by_sentence.setdefault((sp[0], sp[1]), []).append(vi)
    for k in range(2, len(sent_spans)):
        here, prev = (sent_spans[k][0], sent_spans[k][1]), (sent_spans[k - 1][0], sent_spans[k - 1][1])
        if any(here[0] <= s < here[1] or prev[0] <= s < prev[1] for s in starts) or other_days(text, here[0], here[1], analysis.timexes):
            continue
        lenders: list[tuple[int, int]] = []  # (verb token, timex) of the previous sentence's main clause
        for vi in by_sentence.get(prev, []):
            lent = items[verb_item[vi]]
            if lent.timex is None or lent.timex_via != "previous sentence" or sdoc[vi].dep_ != "ROOT":
                continue
            tx = analysis.timexes[lent.timex]
            if _news_day(tx) and sent_spans[k - 2][0] <= tx.start < sent_spans[k - 2][1]:
                lenders.append((vi, lent.timex))
        if len(lenders) != 1:
            continue
        for vi in by_sentence.get(here, []):
            item = items[verb_item[vi]]
            verb = sdoc[vi]
            if item.timex is None and item.after_event is None and _simple_past(verb) \
                    and _narrative_continues(text, here, verb, lenders[0][0]):
                item.timex = lenders[0][1]
                item.timex_via = "previous sentence"


_PERSONAL = frozenset({"he", "she", "they", "it", "we", "i"})


def _news_day(tx) -> bool:
    """A day told relative to the report ("on Tuesday", "yesterday", "this morning", "eight
    days ago"): the day a news narrative runs on. A calendar date ("on 20 April") further
    down an article mostly tells background, after which the article goes back to its own
    day, so it is not carried across a paragraph break."""
    return tx.reading is not None and tx.reading.kind in ("wd", "off", "ago", "time")


def _same_topic(verb, gov) -> bool:
    """Whether the event's sentence keeps to the topic of the sentence whose day it would
    take: its subject is a personal pronoun ("They blocked the roads"), or the two share a
    noun or name ("Acme's Marotia-listed shares ended 1.4 percent down on Friday. Acme shares in
    Port Ellery ended 2.2 percent down."). Lexical cohesion, the cheap evidence of one topic
    there is without a coreference model (none usable offline here); a sentence that
    shares nothing with the dated one abstains."""
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _PERSONAL for c in verb.children):
        return True

    def content(sent) -> set[str]:
        return {t.lemma_.lower() for t in sent if t.pos_ in ("NOUN", "PROPN") and not t.is_stop and len(t.text) > 2
                and t.ent_type_ not in ("DATE", "TIME")}

    return bool(content(verb.sent) & content(gov.sent))


def _narrative_continues(text: str, sspan: tuple[int, int], verb, gov: int | None) -> bool:
    """Whether a simple-past sentence with no time expression of its own, opening a new
    paragraph, goes on with the happening its previous sentence dated, so that it took
    place that day too. Wire copy puts most sentences in a paragraph of their own
    ("Rebels seized the town on Saturday.\n\nThey killed 20 soldiers."), so the paragraph
    alone says little; what must hold instead:

    - the previous sentence's day dates a happening told in the simple past, in a main
      clause: not a relative, participle or adverbial clause ("The book, published on Monday,
      contains ...", "The rig, which sank on 20 April, is ..."), not a perfect ("had found on Monday"), not a forecast ("would try
      again on Wednesday"), not a saying (never lent anyway);
    - the event is its own sentence's main verb (or one coordinated with it), not told
      inside a saying ("Allen told reporters engineers were moving ..."), not negated;
    - the sentence quotes nobody (a quote is its speaker's time) and does not open with
      a word that moves the time ("Earlier, ...", "Previously, ...": narrative_shift_openers.txt);
    - it keeps to the same topic (``_same_topic``): "The man died April 22 in Norwalk.
      The administration trotted out three officials" is a new story, not that day's.

    Anything else leaves the event to its first report.
    """
    if verb.dep_ != "ROOT" and not (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    sentence = text[sspan[0] : sspan[1]]
    if any(q in sentence for q in '"\u201c\u201d'):
        return False
    opening = " ".join(sentence.lower().split()[:4]).lstrip("\u201c\"'(")
    if any(opening == c or opening.startswith(c + " ") or opening.startswith(c + ",") for c in _shift_openers()):
        return False
    if gov is None:
        return False
    g = verb.doc[gov]
    if not _same_topic(verb, g):
        return False
    if not (g.dep_ == "ROOT" or (g.dep_ == "conj" and g.head.dep_ == "ROOT")) or tense_of(g) != "past":
        return False  # the day of a relative, adverbial or reported clause ("which exploded and sank on 20 April")
    auxes = [c for c in g.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("has", "have", "had", "'ve", "'d") for a in auxes):
        return False  # a perfect sums up, or steps back from, the day it names
    return g.tag_ == "VBD" or any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxes)


def timenorm_gran(tx) -> str | None:
    from .. import timenorm

    return timenorm._gran_of(tx.reading) if tx.reading else None


def masked_text(a: DocAnalysis, item: EventItem) -> str:
    """The clause with entity names and time expressions cut out: what the corpus
    stage embeds to compare event mentions (``resolve.events``).

    Names dominate MiniLM's embedding of a short news clause ("Huawei sold ..." and
    "Huawei was placed ..." come out close); without them the happening itself is
    compared. Actors are compared separately, as entity ids.
    """
    text = a.document.text
    cuts = sorted((m.start, m.end) for m in a.mentions if m.start >= item.start and m.end <= item.end)
    cuts += sorted((t.start, t.end) for t in a.timexes if t.start >= item.start and t.end <= item.end)
    cuts.sort()
    out, pos = [], item.start
    for s, e in cuts:
        if s >= pos:
            out.append(text[pos:s])
            pos = e
    out.append(text[pos : item.end])
    words = " ".join("".join(out).split())
    return words if len(words.split()) >= 2 else item.text

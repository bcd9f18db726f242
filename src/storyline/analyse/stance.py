"""A quote read as a set of predicates, for statement conflicts (per document).

Each predicate has a proposition class, a direction and a negation, and the things it
is about (its objects and named things): "we are not leaving U.S." is presence, -1,
negated -> +1 about {"us"}. The lexicon lives in ``data/stance.tsv``. Reading happens
here, on the document's own parse, so the corpus stage (``resolve.stance``) compares
stored predicates and never parses a quote again.

No NLI model ships offline weights fit to use here, hence rules over the dependency
parse.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import lexicon as lexicon_file
from ..types import DocAnalysis, Predicate, QuoteItem
from .parse import doc_text

DATA = Path(__file__).parent / "data"
_PRONOUN_OBJ = {"it", "this", "that", "them", "they", "we", "us_pron", "he", "she", "i", "you", "which", "what", "who"}


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, tuple[str, ...]]]:
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for parts in lexicon_file.rows(DATA / "stance.tsv"):
        out.setdefault(parts[0], {})[parts[1].lower()] = tuple(parts[2:])
    # antonym pairs: each word of a pair is a predicate of the pair's class, one +1, one -1
    for cls, pos, neg, *_ in antonyms():
        out.setdefault("pred", {})[pos.lower()] = (cls, "1")
        out.setdefault("pred", {})[neg.lower()] = (cls, "-1")
    return out


@functools.lru_cache(maxsize=1)
def antonyms() -> list[tuple[str, ...]]:
    """(class, positive, negative, example positive, example negative) from data/antonyms.tsv."""
    return [tuple(parts) for parts in lexicon_file.rows(DATA / "antonyms.tsv")]


def _tense(tok) -> str:
    """past ("sold", "was interested"), future ("will never sell"), else present."""
    chain = [tok] + ([tok.head] if tok.dep_ in ("acomp", "xcomp", "attr") else [])
    for t in chain:
        for c in t.children:
            if c.dep_ in ("aux", "auxpass"):
                # the future auxiliaries of data/modals.txt ("'ll" and "’ll" both), and "going" to
                if c.lower_ in _future_aux():
                    return "future"
                if c.tag_ == "VBD":
                    return "past"
        if t.tag_ == "VBD":
            return "past"
    return "present"


@functools.lru_cache(maxsize=1)
def _future_aux() -> frozenset[str]:
    """The future auxiliaries of data/modals.txt ("will", "'ll", "’ll", "wo", ...) and "going" (to)."""
    return lexicon_file.with_flag("modals.txt", "+") | {"going"}


@functools.lru_cache(maxsize=1)
def _scope() -> dict[str, dict[str, str]]:
    """data/predicate_scope.tsv by kind: word -> class ("" when the row has none)."""
    out: dict[str, dict[str, str]] = {}
    for parts in lexicon_file.rows(DATA / "predicate_scope.tsv"):
        out.setdefault(parts[0], {})[parts[1].lower()] = parts[2] if len(parts) > 2 else ""
    return out


@functools.lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """The verbs that make a claim only with their object (``light`` rows): "hold a stake"."""
    return frozenset(_scope().get("light", {}))


# how a verb hangs on the verb whose auxiliary it shares: it completes it ("should try to halt",
# "should be liable"); a gerund under a preposition ("can pay without halting") goes up through
# the preposition. A clause of its own (ccomp, advcl, relcl) has its own auxiliaries, unless it is
# non-finite (``_nonfinite``: "can't make the well stop", "must be done to clean it up").
_SHARES_AUX = ("xcomp", "acomp", "attr", "oprd")
_FINITE_TAGS = ("MD", "VBD", "VBZ", "VBP")


def _nonfinite(t) -> bool:
    """A verb with no tense of its own (a bare or "to" infinitive, a participle, a gerund) and
    no subordinator: it is told under the verb it hangs on."""
    return t.tag_ in ("VB", "VBG", "VBN") and not any(
        c.dep_ == "mark" or (c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS) for c in t.children)


def _modality(tok) -> str | None:
    """The modality a predicate is told under, from the parse: the class of a ``modal`` row
    that is an ``aux`` child of the predicate verb, or of the verb it completes ("Acme should
    halt": obligation; "can pay the bill without halting", "could be at risk of catching it":
    ability; "ought to halt", where the modal heads the verb), or of the verb it is coordinated with when it has no subject of its
    own ("should halt the buyback and cut the dividend"), or of the verb whose object a "to"
    infinitive describes ("must give up their right to sue"). "May" the month is never an
    ``aux``; a modal of another clause ("Acme could rise, and Beta fell", "could say that it
    fell") is not this verb's. None for a plain statement."""
    modals = _scope().get("modal", {})
    t = tok
    for _ in range(5):
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in modals:
                return modals[c.lower_]
        if t.i != tok.i and t.tag_ == "MD" and t.lower_ in modals:
            return modals[t.lower_]  # "ought to halt": the modal is the head
        head = t.head
        if head.i == t.i:
            break
        if t.dep_ in _SHARES_AUX or (t.dep_ in ("ccomp", "advcl") and _nonfinite(t)):
            t = head
        elif t.dep_ == "pcomp" and head.dep_ == "prep":
            # up through the prepositional phrases it sits in ("could be at risk of catching it")
            t = head
            for _ in range(4):
                if t.dep_ not in ("prep", "pobj") or t.head.i == t.i:
                    break
                t = t.head
        elif t.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
            t = head
        elif (t.dep_ == "acl" and _nonfinite(t) and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)
              and head.dep_ in ("dobj", "attr", "oprd", "nsubj", "nsubjpass") and head.head.i != head.i):
            t = head.head  # "the right to sue": told under the verb that has the right as its object
        else:
            break
    return None


def _head(tok) -> str | None:
    """A light verb's object head ("held talks with Acme" -> "talk", "is held liable" ->
    "liable", "holds a 20 percent stake" -> "stake"): the lemma of its ``dobj``/``attr``/
    ``acomp``/``oprd`` child, normalised as objects are. None without one, or for a pronoun
    ("held it for years": who "it" is is not known here)."""
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "acomp", "oprd"):
            if c.pos_ == "PRON" or c.tag_ in ("PRP", "PRP$", "WP", "WDT", "DT") or c.lower_ in _PRONOUN_OBJ:
                return None
            return norm_object(c.lemma_) or None
    return None


def _quantified(tok) -> bool:
    """A predicate over a counted object ("sold 206 million smartphones") reports a
    measurement, not a proposition another source could deny."""
    return any(c.dep_ in ("dobj", "attr", "nsubjpass") and any(t.like_num or t.pos_ == "NUM" for t in c.subtree) for c in tok.children)


# the complements that make a verb of ``state`` (data/predicate_scope.tsv) tell a state: a
# predicative adjective or noun ("stay calm", "keep the plant open"), and a clause without "to"
# headed by a gerund, a participle or an adjective ("keep using the cap", "leaving them stranded")
_PREDICATIVE_DEPS = ("oprd", "acomp")
_STATE_CLAUSE_TAGS = ("VBG", "VBN", "JJ")


@functools.lru_cache(maxsize=1)
def _state_verbs() -> frozenset[str]:
    return frozenset(_scope().get("state", {}))


def _predicative(tok) -> bool:
    """Is a verb of being somewhere or holding something (``state`` rows: keep, leave, stay,
    remain) told with a complement that makes it a verb of a state kept, left or caused? Read
    on the parse: an ``oprd``/``acomp`` child ("stay calm", "keep the plant open", "leaving
    residents skeptical"), an ``xcomp``/``ccomp`` child headed by a gerund, a participle or an
    adjective with no "to" ("wants to keep using the cap"), or an adjective after its object
    that the parse hangs on the object ("left thousands of people homeless"). Then "keep" is
    no keeping of a thing and "leave" no departure: round fifty-six (e4), two of the six
    hidden statement conflicts of the seed-1 stories of six Timeline17 dev topics and the
    FNC-1 claims read them so ("keep using a cap" against "selling the oil", "leaving some
    residents skeptical" against "will return to the coast"). "Remain chairman" (a noun
    ``attr``), "keep its unit" and "leave the country" keep their sense."""
    if tok.lemma_.lower() not in _state_verbs():
        return False
    for c in tok.children:
        if c.dep_ in _PREDICATIVE_DEPS:
            return True
        if (c.dep_ in ("xcomp", "ccomp") and c.tag_ in _STATE_CLAUSE_TAGS
                and not any(x.dep_ == "aux" and x.tag_ == "TO" for x in c.children)):
            return True
        if c.dep_ == "dobj" and any(x.dep_ == "amod" and x.pos_ == "ADJ" and x.i > c.i for x in c.children):
            return True
    return False


def _at_all(t) -> bool:
    """Is the word the "all" of "at all" ("did not pay at all": the negation made stronger)?"""
    return t.lower_ == "all" and t.i > 0 and t.doc[t.i - 1].lower_ == "at"


def _scalar_negation(tok) -> bool:
    """Is the negation of the predicate told over the top of a scale (``scalar`` rows of
    data/stance.tsv: all, every, enough, fully, always, ...)? Read on the parse: such a word as
    an adverb of the verb ("not paying them enough", "has not fully stopped the leak"), or as a
    determiner of its object or of the object of one of its prepositions ("did not close all
    its plants", "was not advising the same to all schools"). The negation then denies that
    the top was reached, not the predicate (they are paid, too little; some plants closed):
    the predicate asserts nothing another source could deny by the plain verb. Round
    fifty-six (e4): two of the six hidden statement conflicts of the seed-1 stories of six
    Timeline17 dev topics and the FNC-1 claims were such ("not paying them enough for their
    losses" against a promise to pay claims for losses; "not advising the same to all schools"
    against advice that one school close). Not "any" ("did not close any plants" denies every
    closing), nor a quantifier of the subject ("All the plants did not close" is ambiguous)."""
    scalar = lexicon().get("scalar", {})
    objects = []
    for c in tok.children:
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in scalar and not _at_all(c):
            return True
        if c.dep_ in ("dobj", "dative"):
            objects.append(c)
        elif c.dep_ == "prep":
            objects.extend(x for x in c.children if x.dep_ == "pobj")
    # "all" as the direct object itself ("did not pay all"; not "at all", which strengthens the
    # negation), or the determiner of an object ("all its plants", "to all schools")
    return any(o.dep_ == "dobj" and o.lower_ in scalar
               or any(x.dep_ in ("det", "predet") and x.lower_ in scalar for x in o.children)
               for o in objects)


@dataclass
class Claim:
    text: str
    predicates: list[Predicate] = field(default_factory=list)


def norm_object(word: str) -> str:
    same = lexicon().get("same", {})
    w = word.lower().strip(".,;:!?\"'“”‘’")
    if w in same:
        return same[w][0]
    if w in ("us",):  # "the US": the pronoun "us" is filtered before this (tag PRP)
        return "us"
    if len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return w


def _objects(tok) -> set[str]:
    """What a predicate is about: its objects, prepositional objects, named things below it."""
    out: set[str] = set()
    stack = [c for c in tok.children if c.dep_ in ("dobj", "pobj", "prep", "attr", "acomp", "xcomp", "ccomp", "oprd", "dative", "nsubjpass", "npadvmod", "advmod")]
    seen = 0
    while stack and seen < 40:
        t = stack.pop()
        seen += 1
        if t.ent_type_ in ("DATE", "TIME") or t.lower_ in _time_words():
            continue  # "return tomorrow", "leave today": when, not what it is about
        if t.pos_ in ("NOUN", "PROPN") and t.tag_ != "PRP":
            out.add(norm_object(t.text))
            # "smart phone business" is also about "smartphone": adjacent words joined
            comp = [c for c in t.lefts if c.dep_ in ("compound", "amod")] + [t]
            for x, y in zip(comp, comp[1:]):
                out.add(norm_object(f"{x.text} {y.text}"))
                out.add(norm_object(f"{x.text}{y.text}"))
        elif t.pos_ == "PROPN":
            out.add(norm_object(t.text))
        # "remain at Port-au-Prince's airport" is about the airport, not Port-au-Prince
        stack.extend(c for c in t.children if c.dep_ not in ("punct", "cc", "det", "relcl", "advcl", "poss"))
    same = lexicon().get("same", {})
    return {same.get(o, (o,))[0] for o in out if o and o not in _PRONOUN_OBJ}


def _subject(tok) -> str | None:
    """The proper name a predicate is asserted of ("Gaddafi" in "until Gaddafi leaves"),
    or None: a pronoun or common noun could be anyone, so it never tells two subjects apart."""
    t = tok
    for _ in range(5):
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return norm_object(c.text) if c.pos_ == "PROPN" else None
        # "Huawei is in talks to sell": up through the noun the verb completes
        if t.dep_ in ("xcomp", "acomp", "conj", "acl", "pobj", "prep") and t.head.i != t.i:
            t = t.head
        else:
            break
    return None


@functools.lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    return frozenset(lexicon().get("time", {}))


def _unasserted(tok) -> bool:
    """Is the predicate inside an embedded question ("worried about how they would
    survive", "whether it will leave", "could not say how many passengers were checked")?
    Such a clause asserts nothing either way."""
    t = tok
    for _ in range(4):
        if any(c.dep_ in ("advmod", "mark") and c.lower_ in ("how", "whether") and c.i < tok.i for c in t.children):
            return True
        if _open_question(t, tok):
            return True
        if t.head.i == t.i or t.dep_ not in ("xcomp", "ccomp", "conj", "pcomp", "aux"):
            break
        t = t.head
    return False


def _open_question(clause, tok) -> bool:
    """Is ``clause`` (holding the predicate ``tok``) a question a negated verb of saying or
    knowing leaves open: "could not say how many passengers were checked", "did not know
    what caused the fire", "would not say which plants were inspected"? The clause opens on
    an ``askword`` (data/stance.tsv) and hangs on a negated ``openverb``. "Said how many"
    and "could not say that ..." (no question) are not read here."""
    lex = lexicon()
    gov = clause.head
    if gov.i == clause.i or gov.lemma_.lower() not in lex.get("openverb", {}):
        return False
    # the parse may hang "when the ship would leave" on "say" as an adverbial: a question
    # only when the verb has no other content ("did not say anything when it left": no)
    if clause.dep_ != "ccomp" and not (clause.dep_ == "advcl" and not any(
            c.dep_ in ("ccomp", "dobj", "xcomp") for c in gov.children)):
        return False
    first = clause.left_edge
    if first.i >= tok.i or first.lower_ not in lex.get("askword", {}):
        return False
    return saying_withheld(gov)


@functools.lru_cache(maxsize=1)
def refusals() -> tuple[frozenset[str], frozenset[str]]:
    """analyse/data/refusals.txt read once: (the verbs of refusing to speak, the entries with
    no "=" mark: "decline", "refuse"; the words of speaking they refuse, marked "=":
    "comment", "disclose"), shared with the quote step's refusal readings."""
    data = lexicon_file.flagged("analyse/refusals.txt", "=")
    return frozenset(w for w, mark in data.items() if not mark), frozenset(w for w, mark in data.items() if mark)


def question_left_open(cue, content: str) -> bool:
    """Is a reported "saying" an embedded question the speaker left open: the cue a verb of
    saying or knowing (``openverb``), negated or refused, and its content opening on an
    ``askword`` ("declined to say how many of its 3,000 workers fell ill", "would not say how
    much of the $20 billion was paid")? Such a quote states nothing of the speaker's: a
    figure in it is the reporter's words, not the speaker's claim (round fourteen, 16v)."""
    lex = lexicon()
    words = content.split(maxsplit=1)
    return (bool(words) and words[0].lower() in lex.get("askword", {})
            and cue.lemma_.lower() in lex.get("openverb", {}) and saying_withheld(cue))


def saying_withheld(gov) -> bool:
    """Is the verb of saying or knowing ``gov`` negated ("could not say", "did not know") or
    refused ("refused to say", "declined to say": the head of its infinitive a ``negverb``
    or a verb of refusing)? Round fourteen (16v): "declined to say how many ..." was read
    as asserting the question's clause, "decline" being no ``negverb`` (which it is not
    made: "negverb" negates the clause it governs everywhere, and "decline" is a verb of
    falling too); here it only withholds a saying."""
    if any(c.dep_ == "neg" for c in gov.children):
        return True
    if gov.dep_ != "xcomp":
        return False
    head = gov.head.lemma_.lower()
    return head in lexicon().get("negverb", {}) or head in refusals()[0]


def _flipped(tok) -> bool:
    """Is the predicate in a clause a marker reads the other way round ("until X leaves":
    X stays meanwhile)? The markers are ``flip`` rows of data/stance.tsv."""
    flips = lexicon().get("flip", {})
    t = tok
    for _ in range(2):
        if any(c.dep_ in ("mark", "prep") and c.lower_ in flips for c in t.children):
            return True
        if t.dep_ in ("advcl", "pcomp") and t.head.lower_ in flips:
            return True
        if t.dep_ not in ("xcomp", "conj", "pcomp") or t.head.i == t.i:
            break
        t = t.head
    return False


def _left_negation(tok, start: int = 0, end: int | None = None) -> str | None:
    """A negation in the three words before the predicate: "verb" when it negates the verb
    ("will not leave", "no longer interested"), "complement" when an adjective or noun
    stands between ("it is not right to call this a recession", "not likely to leave"):
    then it negates that word, and the clause asserts nothing either way about the verb
    (the third audit's one hidden H1N1 conflict read "not correct to call" as "not call").
    None without one."""
    window = [t for t in tok.doc[max(0, tok.i - 3) : tok.i] if start <= t.idx and (end is None or t.idx < end)]
    # "doesn’t": a typographic apostrophe read as the straight one (the cleaner keeps it)
    words = [t.lower_.replace("’", "'") for t in window]
    left = " ".join(words)
    if not re.search(r"\b(no longer|not|n't|never)\b", left) or re.search(r"[,.;]", left):
        return None
    last = max(k for k, w in enumerate(words) if w in ("not", "n't", "never", "longer"))
    return "complement" if any(t.pos_ in ("ADJ", "NOUN", "PROPN") for t in window[last + 1 :]) else "verb"


_UNREAD = "unread"


def _under_no_noun(tok, inside) -> bool:
    """Is the predicate in a clause that hangs on a noun "no" determines ("saw no evidence that
    the firm skipped checks to save time", "has no plan to leave")? It is then negated, as
    "did not skip checks to save time" is; not under the ``affirmnoun`` rows ("no doubt that")."""
    exempt = lexicon().get("affirmnoun", {})
    t = tok
    for _ in range(3):
        if t.dep_ not in ("xcomp", "advcl", "ccomp", "acl", "conj") or t.head.i == t.i:
            return False
        head = t.head
        if head.pos_ == "NOUN":
            return (head.lower_ not in exempt and inside(head)
                    and any(c.dep_ == "det" and c.lower_ == "no" and inside(c) for c in head.children))
        t = head
    return False


def _negated(tok, start: int = 0, end: int | None = None, left: str | None = _UNREAD) -> bool:
    """Is the predicate negated by words between characters start..end? A cue outside
    the quote ("Acme denied that ...") is the caller's to apply (``QuoteItem.denial``).
    ``left`` is ``_left_negation(tok, start, end)`` when the caller has read it already."""
    def inside(t) -> bool:
        return start <= t.idx and (end is None or t.idx < end)

    lex = lexicon()
    negs, negverbs = lex.get("neg", {}), lex.get("negverb", {})
    for c in tok.children:
        if not inside(c):
            continue
        if c.dep_ == "neg" or (c.lower_ in negs and c.dep_ != "prep"):
            return True  # "without limitation" qualifies the phrase, not the verb
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
    if (_left_negation(tok, start, end) if left == _UNREAD else left) == "verb":
        return True
    if _under_no_noun(tok, inside):
        return True
    # "denied selling", "refused to leave": a negating verb governs this one
    head = tok.head
    hops = 0
    while head.i != tok.i and hops < 2 and inside(head):
        if head.lemma_.lower() in negverbs and tok.dep_ in ("xcomp", "ccomp", "dobj", "pcomp"):
            return True
        tok, head = head, head.head
        hops += 1
    return False


def _raised_negation(tok) -> bool:
    """Is the predicate the content of a verb of belief or expectation (``negraise`` rows of
    data/stance.tsv) negated by "not"? "said he didn't think Acme
    would seek bankruptcy" says Acme would not seek it: the negation on "think" is read in
    its clause ("neg-raising"). The verb is read wherever it stands, inside the quote or as
    its cue outside ("think" is the cue of "Acme would seek bankruptcy" there): unlike a
    denial, no dispute of another's claim, only the content's polarity. Only the clause the
    verb governs (its ``ccomp`` or ``xcomp``), not clauses under that one. Not "never" ("I
    never thought the pier could flood": it flooded, and "never" is no "not" that raises), not
    the perfect ("had not expected Acme to close the pier": a surprise at what came), not
    under a modal ("I can not believe how slow the repairs are": they are slow), not
    "is not supposed to" (an obligation, no belief). Held-out audit (seed 37), round fifteen
    (20n): the content read as "Acme would seek bankruptcy" clashed with Acme's own denial."""
    if tok.dep_ not in ("ccomp", "xcomp") or tok.head.i >= tok.i:
        return False  # the content after its verb: a clause before it is the parse's guess
    head = tok.head
    lemma = head.lemma_.lower()
    if lemma not in lexicon().get("negraise", {}):
        return False
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "aux" and c.lemma_.lower() != "do" for c in aux) or (lemma == "suppose" and any(c.dep_ == "auxpass" for c in aux)):
        return False  # only "do not" and the passive "is not expected": no perfect, no modal
    return any(c.lower_.replace("\u2019", "'") in ("not", "n't") for c in head.children)


def read(sdoc, start: int = 0, end: int | None = None, offset: int = 0, text: str | None = None) -> Claim:
    """The predicates of ``sdoc`` (a spaCy Doc or Span) between characters start..end.

    ``text`` is ``sdoc``'s text when the caller has it (spaCy rebuilds ``Doc.text`` on
    every call); only the tokens between start and end are visited.
    """
    lex = lexicon()
    preds, light = lex.get("pred", {}), lex.get("light", {})
    text = sdoc.text if text is None else text
    end = len(text) if end is None else end
    claim = Claim(text=text[start:end])
    tokens = sdoc
    if start > 0 or end < len(text):
        tokens = sdoc.char_span(start, end, alignment_mode="expand") or ()
    for tok in tokens:
        if tok.idx < start or tok.idx >= end:
            continue
        lemma = tok.lemma_.lower()
        word = tok.lower_
        prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        if prt:
            # a particle makes another verb ("end up", "give in"): only the phrasal entry counts
            lemma = f"{lemma} {prt}"
            entry = preds.get(lemma)
        else:
            entry = preds.get(lemma) or preds.get(word)
        if entry is None:
            if tok.pos_ != "VERB" or lemma in light:
                continue
            cls, sign = lemma, 1
        else:
            cls, sign = entry[0], int(entry[1])
        if _quantified(tok) or _unasserted(tok) or _predicative(tok):
            continue
        if tok.dep_ in ("relcl", "prep"):
            # background, not what the statement asserts: a relative clause describes its noun
            # ("its Russian investments, which include TNK-BP"), a verb used as a preposition
            # lists ("regulation - including the oil and gas industry")
            continue
        if _told_as_rule(tok):
            continue  # a command or a rule passed on ("never surrender your weapon"): no claim
        left = _left_negation(tok, start, end)  # read once: it also tells _negated
        if left == "complement":
            continue
        neg = _negated(tok, start, end, left)
        if neg and _scalar_negation(tok):
            continue  # "not paying them enough": the top of a scale denied, not the predicate
        if not neg and _raised_negation(tok):
            # never the other way: a clause negated on its own under a negated belief verb
            # ("didn't think it would not sell") is rare, a parse that hangs a clause of its
            # own on the verb is not ("Acme can't fix it, I don't think the port can"): kept
            neg = True
        if _flipped(tok):
            sign = -sign
        claim.predicates.append(Predicate(
            word=tok.text, lemma=lemma, cls=cls, sign=-sign if neg else sign, negated=neg,
            objects=sorted(_objects(tok)), start=tok.idx + offset, end=tok.idx + len(tok.text) + offset, tense=_tense(tok),
            subject=_subject(tok), modality=_modality(tok), head=_head(tok) if lemma in light_verbs() else None,
        ))
    return claim


_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")


def _told_as_rule(tok) -> bool:
    """Is the predicate a command or a rule passed on, not a claim of what was done? Round
    fifty-three (seed 168's fnc1_c056 C1, in-sample: "... Marines who are taught from day one
    never surrender your weapon" was read as "not surrender" against a report that they were
    told to surrender, one report on both sides). Two shapes, from the parse:

    - an imperative: a base-form verb heading its clause (the root, or a clause the parse hangs
      loose or as a complement) with no subject and no auxiliary but "do" ("never surrender your
      weapon", "don't leave"); a coordinated, infinitive or participial verb shares its subject
      and tense elsewhere and is not read here;
    - the infinitive of a verb passing on an order or a rule (data/directive_cues.txt,
      data/norm_verbs.txt: "were told to never leave", "are taught never to surrender", "were
      instructed to surrender"): what someone must (not) do, no claim that it was (not) done.
    """
    if tok.tag_ == "VB" and tok.dep_ in ("ROOT", "dep", "parataxis", "ccomp") and not any(
            c.dep_ in _SUBJECT_DEPS or c.dep_ == "mark" or (c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do")
            for c in tok.children):
        return True
    if tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        lemma = tok.head.lemma_.lower()
        return lemma in _directive_cues() or lemma in _norm_verbs()
    return False


@functools.cache
def _norm_verbs() -> frozenset[str]:
    return lexicon_file.words(DATA / "norm_verbs.txt")


def is_denial(cue_lemma: str | None) -> bool:
    """Does a reporting cue deny what it reports (deny, reject, dismiss, refute)? Not a verb
    that negates an action rather than a claim: "Anadarko has refused to pay any costs" is a
    refusal to pay, no denial of what another source said (so no dispute word)."""
    if not cue_lemma:
        return False
    return cue_lemma.lower() in lexicon().get("negverb", {}) and cue_lemma.lower() not in (
        "stop", "cease", "fail", "abandon", "refuse")


def extract(sdoc, analysis: DocAnalysis) -> list[QuoteItem]:
    """The document's quotes, each read as predicates (and marked when its cue denies
    it), in context: the corpus stage compares them without parsing anything again."""
    text = doc_text(sdoc)
    out = []
    for q in analysis.quotes:
        claim = read(sdoc, q.start, q.end, text=text)
        denial = False
        if q.cue_start is not None and q.cue_end is not None:
            cue = sdoc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")
            denial = bool(cue) and is_denial(cue[-1].lemma_)
            if cue and is_directive(cue[-1].lemma_, q.text):  # the verb ends the cue ("did not urge")
                claim = Claim(text=claim.text)  # a request asserts nothing: no predicate to contradict
        out.append(q.model_copy(update={"predicates": claim.predicates, "denial": denial}))
    return out


@functools.cache
def _directive_cues() -> frozenset[str]:
    return lexicon_file.words(DATA / "directive_cues.txt")


def is_directive(cue_lemma: str | None, content: str) -> bool:
    """A request, advice or order ("advises Obama to close the border"): an infinitive
    content after a directive cue (data/directive_cues.txt). What the speaker wants done
    is no claim: a statement of fact or plan ("has no plans to close the border") answers
    it and contradicts nothing. "warned that ..." reports a claim: the content decides."""
    if not cue_lemma:
        return False
    return cue_lemma.lower() in _directive_cues() and content.lstrip().lower().startswith("to ")

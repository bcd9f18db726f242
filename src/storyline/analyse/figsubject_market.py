"""Whose a quoted share price or price move is (issue 20, item 5, round forty-one): the
stock-market line of business copy, "Acme closed at $12.50, down 25 cents", "Acme shares
closed up 3 percent", "Shares in Acme closed down 5%", "Acme's stock ... fell 30 cents to
close at $14". The figure hangs on a market verb (data/market_subjects.tsv) through "at" or a
move word ("up", "down", "off", "higher", "lower"), and the verb's subject names the company:

- the company's name alone as the subject of a market verb ("Acme closed at $12.50"): only a
  name the recogniser types as an organisation, never coordinated, never a person or a place
  ("Roe ended at 35 percent" is a candidate's tally, not a stock);
- an instrument noun (measures.tsv's ``instrument``: shares, stock, ADRs) whose possessor,
  compound or "of"/"in" phrase is an organisation's name ("Acme shares", "Acme's stock",
  "shares in Acme"); with a change verb or "be" too ("Acme shares were up 3 percent").
  A pronoun or "the" ("The shares", "Its London shares") names no company here: open.
  Where the recogniser left no mention on the name before the instrument noun, the name's
  words are taken as a noun phrase when the same words are an organisation's mention
  elsewhere in the text (census round forty-one: 8 of the 11 Timeline17 prices read so).

Written here: the readers in figures.py take a change verb's subject, and a market verb
("close", "open") is none, so such prices were left open."""

from __future__ import annotations

import functools

from .. import lexicon as lexicon_file
from ..types import FigureItem, Mention
from . import figures as F
from .parse import token_listed

_DATA = "analyse/market_subjects.tsv"


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    return lexicon_file.kinds(_DATA)


def fill(item: FigureItem, span, count_tok, mentions: list[Mention], text: str) -> None:
    """Give a share price or move left open the company the market verb's subject names."""
    words = _words()
    unit = (item.unit or "").split("/")[0]
    if item.currency is None and unit != "%" and unit not in words.get("unit", frozenset()):
        return  # a count ("opened 40 stores") is no price
    verb = _market_verb(span, count_tok, words)
    if verb is None:
        return
    market = verb.lemma_.lower() in words.get("market_verb", frozenset())
    if market and any(c.dep_ == "dobj" and c.lemma_.lower() not in words.get("session", frozenset())
                      and not any(t.i in {s.i for s in span} for t in c.subtree) for c in verb.children):
        return  # "Roe closed the gap to 5 points": a transitive use is no trading session
    vs = _session_subject(verb, words)
    if vs is None or any(c.dep_ == "conj" for c in vs.children) or vs.dep_ == "conj":
        return  # "Acme and Roe closed at ...": whose price is which, not told
    instrument = F._listed(vs, "instrument")
    mi = _issuer(vs, mentions) if instrument else None
    if mi is None and instrument:
        its = _its_issuer(vs, mentions, text)
        if its is not None:
            item.subject_mention, item.subject_from, item.subject_confidence = its, "anaphor", 0.7
            return
    if mi is None and market and vs.pos_ == "PROPN" and verb.lemma_.lower() in words.get("alone_verb", frozenset()):
        mi = _org(vs, mentions)  # "Acme closed at $12.50": the company named alone
    if mi is None and instrument:
        # "Acme shares closed up 4%" where the recogniser took no mention at this "Acme": the
        # issuer's words, when the same words are an organisation's mention elsewhere in the text
        np = _named_issuer(vs, mentions)
        if np is not None:
            item.subject_text, item.subject_start, item.subject_end = np
            item.subject_from, item.subject_confidence = "noun_phrase", 0.5
        return
    if mi is None or F._no_subject_name(text, mentions[mi]):
        return
    item.subject_mention, item.subject_from = mi, "phrase"


def _market_verb(span, count_tok, words):
    """The verb a price or move hangs on, through "at" or a move word, when it is a market
    verb (or, for an instrument's move, a change verb or "be"); else None."""
    low = count_tok if count_tok is not None else span.root
    head = None
    if low.dep_ == "pobj" and low.head.lower_ in words.get("at", frozenset()):
        head = low.head.head  # "closed at $12.50", "closed up 3% at 333p"
    elif low.dep_ in ("npadvmod", "dobj", "advmod"):
        head = low.head  # "closed up 3 percent", "down 50 cents", "2 percent higher"
    if head is None:
        return None
    moved = head.lower_ in words.get("move", frozenset())
    if moved and head.dep_ in ("advmod", "prt", "acomp") and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    lemma = head.lemma_.lower()
    if lemma in words.get("market_verb", frozenset()):
        if low.dep_ != "pobj" and not moved and not any(
                c.dep_ in ("prt", "advmod") and c.lower_ in words.get("move", frozenset()) for c in head.children):
            return None  # "closed 5 percent" with no move word: not read
        return head
    if lemma == "be" or token_listed(head, F.lexicon()["change"]):
        # "Acme shares were up 3 percent": only for an instrument subject (checked by the caller)
        vs = F._subj(head)
        return head if vs is not None and F._listed(vs, "instrument") and (moved or lemma != "be") else None
    return None


def _session_subject(verb, words):
    """The subject of the market verb: its own, or one it shares through coordination or a
    complement ("Acme shares opened at $5 and closed at $6", "is expected to close at $12");
    through an adverbial participle only when that clause's verb is itself one of trading or
    change ("Acme shares fell 3 percent, closing at $12.50"). "Acme is said to make a $15 a
    share offer to Roe, possibly ending up at $18 a share": what ends up at $18 is the offer,
    and the bidder is the subject of making it, not of the price (round fifty-two, in-sample:
    seed 167's fnc1_c048 F6 gave the bidder as the price's subject); None then (open)."""
    cur = verb
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
        if cur.dep_ not in ("conj", "xcomp", "advcl") or cur.head.i == cur.i:
            return None
        if cur.dep_ == "advcl":
            head = cur.head
            lemma = head.lemma_.lower()
            if lemma not in words.get("market_verb", frozenset()) and not token_listed(head, F.lexicon()["change"]):
                return None
        cur = cur.head
    return F._subj(cur)


def _org(tok, mentions: list[Mention]) -> int | None:
    """The organisation mention the token stands in, or None."""
    return F._mention_index(mentions, tok.idx, tok.idx + len(tok.text), {"ORG"})


def _issuer(noun, mentions: list[Mention]) -> int | None:
    """The organisation an instrument noun is of: its possessor or a compound before it
    ("Acme's stock", "Acme shares"), or its "of"/"in" object ("shares in Acme")."""
    for c in noun.children:
        if c.dep_ in ("poss", "compound") and c.i < noun.i:
            if c.lower_ in F._PRONOUNS:
                return None
            mi = _org(c, mentions)
            if mi is not None:
                return mi
        if c.dep_ == "prep" and c.lower_ in ("of", "in"):
            for o in c.children:
                if o.dep_ == "pobj":
                    mi = _org(o, mentions)
                    if mi is not None:
                        return mi
    return None


def _bracketed(noun) -> set[int]:
    """The tokens inside brackets (and the brackets) between the noun's sentence start and the
    noun: a wire's ticker after a company's name ("Acme (ACME.N: Quote) (ACM.TO: Quote)
    shares rose 3 percent"), which the parse hangs on the noun as modifiers of its own (round
    fifty-two, in-sample: seed 167's fnc1_c048 F7 left such a move with no subject)."""
    out: set[int] = set()
    depth = 0
    for t in noun.doc[noun.sent.start : noun.i]:
        if t.text == "(":
            depth += 1
        if depth > 0:
            out.add(t.i)
        if t.text == ")" and depth > 0:
            depth -= 1
    return out if depth == 0 else set()


def _its_issuer(noun, mentions: list[Mention], text: str) -> int | None:
    """The company "its" stands for in "Its Toronto-listed shares were up 3.1 percent" right
    after a market line of one company's instrument ("Shares of Acme were up 3.4 percent at
    $9.81. Its Toronto-listed shares ..."): the wire's second quote of the same stock. Only
    when the sentence before, in the same paragraph, has for its main clause's subject an
    instrument noun of a named organisation (read as ``_issuer`` reads it), and no organisation
    is named in the "its" sentence before "its"; else None (round fifty-two, in-sample: seed
    167's fnc1_c048 F10 left it open)."""
    its = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "its" and c.tag_ == "PRP$"), None)
    sent = noun.sent
    if its is None or sent.start == 0:
        return None
    prev = noun.doc[sent.start - 1].sent
    if "\n" in text[prev.start_char : its.idx]:
        return None  # another paragraph (the parse may end the sentence before past the break)
    if any(m.label == "ORG" and sent.start_char <= m.start < its.idx for m in mentions):
        return None
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not F._listed(subj, "instrument"):
        return None
    return _issuer(subj, mentions)


def _named_issuer(noun, mentions: list[Mention]):
    """(text, start, end) of the proper name before an instrument noun ("Acme shares", "Acme's
    shares": one or more proper nouns right before it, nothing else of the noun's before them)
    when no mention stands there but the same words are an organisation's mention elsewhere; else None.
    A bracketed ticker between the name and the noun is passed over (``_bracketed``)."""
    bracketed = _bracketed(noun)
    before = sorted((c for c in noun.children if c.i < noun.i and c.dep_ not in ("det", "punct") and c.i not in bracketed),
                    key=lambda t: t.i)
    if not before or any(c.dep_ not in ("poss", "compound", "nmod") or c.pos_ != "PROPN" for c in before):
        return None  # "the firm's shares", "its London shares", "U.S.-listed shares": no name alone
    first, last = before[0], before[-1]
    if any(t.i < first.i for c in before for t in c.subtree if t.dep_ != "case" and t.i not in bracketed):
        return None
    if any(t.i not in bracketed and t.dep_ != "case" for t in noun.doc[last.i + 1 : noun.i]):
        return None  # only the name's brackets between the name and the noun
    if F._mention_index(mentions, first.idx, last.idx + len(last.text)) is not None:
        return None  # a mention stands there (a place, a person): read by _issuer or not at all
    words = noun.doc[first.i : last.i + 1].text
    if not any(m.label == "ORG" and m.text == words for m in mentions):
        return None
    return words, first.idx, last.idx + len(last.text)

"""What a price is the price of (issue 20, item 5, round forty-three): a sum in the "for"
phrase of a sale verb (measures.tsv ``sale``: sell, buy, purchase, acquire) is the price of
the thing sold, the verb's object ("sell the remains of the ship's captain for $1 million",
"Acme bought Roe Corp for $3 billion"), or, for "sell" with no object, its subject ("the old
farmhouse sold for $400,000"). figures.py leaves such a sum open on purpose: the seller and
the buyer are agents, not what the price is about; the thing sold is.

Only a thing the phrase says which of: an organisation's name, or a noun phrase with a
possessor, a modifier or an "of" phrase beyond its determiner ("the remains of the captain",
"its Acme unit" is read no further than a name; "the service", "a house" are open, as is a
pronoun, a person's name or a place's: a person "bought for" is rare copy and a place is as
often where). The measure is "price" when no rule named one.

Written here: no library reads which noun a price in running text is the price of."""

from __future__ import annotations

import functools

from .. import lexicon as lexicon_file
from ..types import FigureItem, Mention
from . import figures as F
from .parse import token_listed

_DATA = "analyse/sale_subjects.tsv"


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    return lexicon_file.kinds(_DATA)


def fill(item: FigureItem, span, verb, mentions: list[Mention], text: str) -> None:
    """Give a sale's price left open the thing sold, and a measure when it has none."""
    if item.currency is None or verb is None or "/" in (item.unit or ""):
        return  # a count sold ("sold 2 million phones") or a price per unit ("$15 a share") is no one thing's price
    sold = _thing_sold(span, verb)
    if sold is None:
        sold = _thing_priced(span, verb)
    bought = _thing_acquired(span) if sold is None else None
    if sold is None and bought is None:
        return
    fig = {t.i for t in span}
    if bought is not None:
        # the sum of a noun of buying is its price whether or not the thing bought can be named
        # here ("its $3 billion purchase of the headphone maker", "Acme's $3 billion buyout of
        # Beats" with no ORG mention for the name: the subject stays open, the measure is still
        # the price; audit seed 164, c022 F2, F8, F10 and F11)
        if item.measure is None:
            item.measure = next(iter(_words().get("measure", frozenset())), None)
        # a deal noun's "of" phrase is read for a company's name only: "the purchase of shares",
        # "of the rest of Acme" are parts, which phrase rules would cut wrong (round forty-five)
        mi = F._mention_index(mentions, bought.idx, bought.idx + len(bought.text), {"ORG"})
        if mi is None or F._no_subject_name(text, mentions[mi]) or any(c.dep_ == "conj" for c in bought.children):
            return
        item.subject_mention, item.subject_from = mi, "phrase"
        return
    if item.measure is None and not F._counted(sold):
        # (a count sold, "sold 20 million phones for $3 billion", is sales, no one thing's price)
        # the sum a sale verb's own "for" (or a price verb's "at") gives is a price whether or not
        # the thing sold can be named here ("tried to sell his body for $1 million": "his body"
        # leans on a pronoun, its subject stays open, its measure is still the price; round
        # forty-six, seed 161, FNC-1 claim 15 F5, in-sample)
        item.measure = next(iter(_words().get("measure", frozenset())), None)
    mi = F._mention_index(mentions, sold.idx, sold.idx + len(sold.text))
    if mi is not None:
        m = mentions[mi]
        if m.label != "ORG" or F._no_subject_name(text, m) or any(c.dep_ == "conj" for c in sold.children):
            return  # a person or a place sold, or two things for one price: open
        item.subject_mention, item.subject_from = mi, "phrase"
    else:
        np = F._np_span(sold, fig, mentions) if _says_which(sold) else None
        if np is None or _cut_in_a_list(sold, np):
            return
        item.subject_text, item.subject_start, item.subject_end = np
        item.subject_from, item.subject_confidence = "noun_phrase", 0.5


def deal_price(item: FigureItem, span) -> None:
    """The measure of a sum on a noun of buying with an "of" phrase ("its $3 billion purchase
    of the headphone maker") is its price, whatever its subject: a subject left open or held
    (a possessor the subject rules would not take) leaves the measure to this (audit seed 164,
    c022 F8)."""
    if item.measure is None and item.currency is not None and "/" not in (item.unit or "") and _acquired_objects(span):
        item.measure = next(iter(_words().get("measure", frozenset())), None)


def _thing_sold(span, verb):
    """The noun sold, when the figure is the object of the sale verb's own "for"."""
    lemma = verb.lemma_.lower()
    if lemma not in F.lexicon().get("sale", {}):
        return None
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ == "pobj":
        root = root.head  # "for £20m ($32m)": the conversion stands for the sum
    prep = root.head
    if not (root.dep_ == "pobj" and prep.lower_ == "for" and prep.dep_ in ("prep", "dative") and prep.head.i == verb.i):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) == 1:
        return objs[0] if objs[0].pos_ in ("NOUN", "PROPN") and objs[0].lower_ not in F._PRONOUNS else None
    if objs or lemma not in _words().get("sold_alone", frozenset()) or verb.tag_ == "VBN":
        return None
    # "the farmhouse sold for $400,000": no object, the subject is what was sold
    vs = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return vs if vs is not None and vs.pos_ in ("NOUN", "PROPN") else None


def _thing_priced(span, verb):
    """The noun a price verb prices (sale_subjects.tsv ``priced_*``: "the 16GB model is
    priced at $199", "the sports model will start at $349", "is expected to start at $349"),
    when the figure is the object of the verb's own listed preposition: the verb's object
    when it is active and has one ("Acme priced the phone at $199"), else its subject (or a
    raising head's: ``figures._raised_subjects``). Round forty-six, figsubj46. Not a verb with
    an object of another kind ("started the day at $20": the day is no thing priced), nor a
    time ("starts at 10 a.m." is no sum: the caller reads only money)."""
    lemma = verb.lemma_.lower()
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ == "pobj":
        root = root.head  # "at £250 ($390)": the conversion stands for the sum
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != verb.i:
        return None
    if lemma not in _words().get("priced_" + prep.lower_, frozenset()):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if objs:
        # only "price" takes the thing priced as its object; "start the day at $20" does not
        thing = objs[0] if lemma == "price" and len(objs) == 1 else None
    else:
        thing = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if thing is None:
            thing = next(iter(F._raised_subjects(verb, any_verb=True)[0]), None)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or thing.lower_ in F._PRONOUNS or F._org_anaphor(thing):
        return None
    if token_listed(thing, _words().get("not_priced", frozenset())):
        return None  # "The auction will start at $1 million": a bid, no price (sale_subjects.tsv not_priced)
    return thing


def _thing_acquired(span):
    """The noun bought, when the sum is the price of a noun of buying (data/acquisition_nouns.txt)
    with an "of" phrase: "Apple's $3 billion buyout of Beats", "a $4.7 billion purchase of the
    shale gas producer East Resources", "the takeover of Acme for $2 billion" (round
    forty-five, figsubj45). The buyer, the noun's possessor, is a party to the deal
    (``figures._deal_party``), never the subject; what the price buys is. Only the sum that
    modifies the noun, or the noun's own "for" phrase; a sum elsewhere in its clause ("spent
    $5 million on lawyers for the takeover of Acme") is another cost."""
    objs = _acquired_objects(span)
    if len(objs) != 1 or objs[0].pos_ not in ("NOUN", "PROPN") or objs[0].lower_ in F._PRONOUNS or F._org_anaphor(objs[0]):
        return None  # "its purchase of the company": which company, another sentence says
    return objs[0]


def _acquired_objects(span) -> list:
    """The "of" objects of the noun of buying (data/acquisition_nouns.txt) the sum prices (the
    noun it modifies, or whose own "for" phrase holds it), or [] when it prices none."""
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ == "pobj":
        root = root.head  # "for £20m ($32m)": the conversion stands for the sum
    noun = None
    if root.dep_ in ("compound", "nmod", "amod", "nummod", "quantmod") and root.head.i > root.i:
        noun = root.head  # "its $3 billion purchase of ..."
    elif root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.dep_ == "prep" and root.head.head.pos_ == "NOUN":
        noun = root.head.head  # "the takeover of Acme for $2 billion"
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon_file.words("analyse/acquisition_nouns.txt"):
        return []
    return [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def _cut_in_a_list(head, np) -> bool:
    """Was the phrase cut inside a coordination after it ("business interests in Vietnam
    and Venezuela" read as "... in Vietnam")? One price for two things is neither's alone
    (Timeline17 census, round forty-three): open."""
    return any(c.dep_ == "conj" and c.idx >= np[2] for t in head.subtree if np[1] <= t.idx < np[2] for c in t.children)


def _says_which(noun) -> bool:
    """Does the phrase name which thing beyond its determiner: a possessor (a name, not a
    pronoun: ``_np_span`` refuses those), a modifier before the noun, or an "of" phrase?"""
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and not c.like_num):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children):
            return True
    return False  # a bare name the recogniser left untyped may be a person's: open

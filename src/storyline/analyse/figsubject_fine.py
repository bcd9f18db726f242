"""Who a fine is imposed on (issue 20, item 5, round forty-nine): "BP was fined a record
$87m", "The regulator fined Acme $800,000", "a $5 million fine against Acme", "imposed a $5
million fine on Acme", "hit Acme with a record $87 million fine", "Acme faces fines of up to
$4,300 a barrel". The sum is the fined party's fine: its subject is that party, and its
measure, when no rule named one, is "fine".

Only a sum of money, only in the figure's own clause as the parse gives it, and only a party
the recogniser names (an organisation, a person, a place or a people): a pronoun or a common
noun ("the company was fined", "those who break the order will be fined $10,000") stays
open, as do two parties ("Acme and Bcme were fined"), a relative pronoun and a negated verb.
A fine paid ("Acme paid a $5m fine") is left as the payer rules leave it.

Written here: no library reads whom a fine in running text is against; the words are data
(data/analyse/fine_subjects.tsv)."""

from __future__ import annotations

import functools

from .. import lexicon as lexicon_file
from ..types import FigureItem, Mention
from . import figures as F
from .parse import kind_listed

_DATA = "analyse/fine_subjects.tsv"
_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP"})


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    return lexicon_file.kinds(_DATA)


def _fine_verb(span):
    """The verb of fining whose sum the figure is ("fined $87m", "fined a record $87m",
    "fined a total of $373m"), or None."""
    fig = {t.i for t in span}
    cur = span.root
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return None
        if head.pos_ == "VERB" and kind_listed(head, _DATA, "verb"):
            return head if cur.dep_ in ("dobj", "npadvmod", "attr", "oprd") else None
        if head.i in fig or (head.pos_ == "NOUN" and kind_listed(head, _DATA, "amount")):
            cur = head  # within the figure, or "a record", "a total"
        elif cur.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and kind_listed(head.head, _DATA, "amount"):
            cur = head.head  # "a total of $373m"
        else:
            return None
    return None


def _fine_noun(span):
    """The fine noun the figure is the sum of ("a $5m fine", "a fine of $5m", "$5m in
    fines"), or None."""
    root = span.root
    head = root.head
    if root.dep_ in ("nummod", "compound", "nmod", "quantmod", "amod") and head.tag_ in ("NN", "NNS") and kind_listed(head, _DATA, "noun"):
        return head
    if (root.dep_ == "pobj" and head.lower_ == "of" and head.head.tag_ in ("NN", "NNS")
            and kind_listed(head.head, _DATA, "noun")):
        return head.head
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.dep_ == "pobj" and g.tag_ in ("NN", "NNS") and kind_listed(g, _DATA, "noun"):
                    return g
    return None


def _against(tok):
    """The object of ``tok``'s own "against"/"on" phrase, or None."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in _words().get("against", frozenset())
                 for g in c.children if g.dep_ == "pobj"), None)


def _child(tok, deps: tuple[str, ...]):
    return next((c for c in tok.children if c.dep_ in deps), None)


def _verb_party(verb, span):
    """Who a verb of fining fines: its passive subject, else its object beside the sum."""
    passive = _child(verb, ("nsubjpass",))
    if passive is not None:
        return passive
    fig = {t.i for t in span}
    return next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.pos_ == "PROPN"
                 and not any(t.i in fig for t in c.subtree)), None)


def _noun_party(noun):
    """Who a fine noun is against: its own "against"/"on", its imposing verb's, the object of
    a verb that hits someone with it, or the subject of a verb that faces it."""
    own = _against(noun)
    if own is not None:
        return own, noun
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and kind_listed(verb, _DATA, "impose"):
        return _against(verb), verb
    if noun.dep_ == "pobj" and verb.lower_ == "with" and verb.head.pos_ == "VERB" and kind_listed(verb.head, _DATA, "with"):
        v = verb.head
        return _child(v, ("nsubjpass",)) or _child(v, ("dobj",)), v
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and kind_listed(verb, _DATA, "face"):
        return _child(verb, ("nsubj",)), verb
    return None, None


def _named(party, mentions: list[Mention], text: str) -> int | None:
    """The mention a party token names, when it is a name alone (no pronoun, no second party)."""
    if party is None or party.pos_ != "PROPN" or party.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in party.children):
        return None
    mi = F._mention_index(mentions, party.idx, party.idx + len(party.text), _LABELS)
    if mi is None or F._no_subject_name(text, mentions[mi]):
        return None
    return mi


def fill(item: FigureItem, span, mentions: list[Mention], text: str) -> None:
    """Give a fine left with no subject the party it is imposed on (see the module's note)."""
    if item.currency is None:
        return
    verb = _fine_verb(span)
    if verb is not None:
        party, marker = _verb_party(verb, span), verb
    else:
        noun = _fine_noun(span)
        if noun is None:
            return
        party, governor = _noun_party(noun)
        marker = noun
        verb = governor if governor is not None and governor.pos_ == "VERB" else None
    if verb is not None and any(c.dep_ == "neg" for c in verb.children):
        return  # "Acme was not fined $5m": no fine of its own said
    mi = _named(party, mentions, text)
    if mi is None:
        return
    item.subject_mention, item.subject_from = mi, "phrase"
    item.subject_start, item.subject_end = mentions[mi].start, mentions[mi].end
    if item.measure is None:
        item.measure = "fine"
        item.measure_start, item.measure_end = marker.idx, marker.idx + len(marker.text)

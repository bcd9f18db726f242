"""Measures a figure's own words name although no measure noun stands on it (issue 20, round
forty-eight; seed 163's FNC-1 claim 29 F1, F4, F6 and F9, in-sample), read only when the rules
in figures.py named none (data/value_measures.tsv):

- a deal's value: a sum a transaction noun (``deal``) is "worth", or is "estimated/valued/put at"
  ("a deal worth $2 billion", "in a deal estimated at more than $2 billion", "The deal is reported
  to be worth $2 billion"): "value", the noun its anchor. Not for a count ("a crowd estimated at
  5,000") nor another noun ("a house worth $2 million", "shares worth $5,000": a holding's worth is
  figures.py's);
- a valuation: "value <thing> at <sum>" (``value_at``): the verb's object is the thing valued, not
  a measure of its own ("raised its estimate to 12,000" keeps the rule of figures.py);
- a group's size: "a team of 40 people", "its crew of 12" (``group``): "team size", the noun its
  anchor, so its possessor ("its") is read as whose figure it is, as for "its staff of 40".

Our own rules: spaCy's parse gives the shape; no library names measures."""

from __future__ import annotations

import functools

from .. import lexicon as lexicon_file

_DATA = "analyse/value_measures.tsv"


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    return lexicon_file.kinds(_DATA)


def _said_of(tok):
    """The noun ``tok`` (an adjective or participle) is said of: the noun it modifies ("a deal
    worth", "a deal estimated at"), or its clause's subject ("The deal is (reported to be) worth",
    "The takeover was estimated at"), climbing at most two verbs of an infinitive chain."""
    if tok.dep_ in ("amod", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    cur = tok.head if tok.dep_ in ("acomp", "attr") else tok
    for _ in range(3):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _deal_value(span, q):
    """(name, start, end, anchor) of a transaction's value the figure is (see the module)."""
    words = _words()
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "at" and head.head.lemma_.lower() in words.get("valuing", ()) \
            and head.head.tag_ == "VBN":
        valuer = head.head  # "estimated at $2 billion"
    elif root.dep_ in ("npadvmod", "pobj", "dobj") and head.lower_ in words.get("worth", ()):
        valuer = head  # "worth $2 billion"
    else:
        return None
    noun = _said_of(valuer)
    if noun is None or noun.lemma_.lower() not in words.get("deal", ()):
        return None
    return "value", noun.idx, noun.idx + len(noun.text), noun


def _valuation(span, verb, verbs: dict[str, str]):
    """(name, None, None, None) for a sum that is the "at" object of a ``value_at`` verb."""
    root = span.root
    if verb is None or root.dep_ != "pobj" or root.head.lower_ != "at" or root.head.head.i != verb.i:
        return None
    lemma = verb.lemma_.lower()
    if lemma not in _words().get("value_at", ()) or lemma not in verbs:
        return None
    return verbs[lemma], None, None, None


def _group_size(count_tok):
    """(name, start, end, anchor) of a group's size: the counted noun is the "of" object of a
    ``group`` noun ("its team of about 40 people")."""
    if count_tok is None or count_tok.dep_ != "pobj" or count_tok.head.lower_ != "of":
        return None
    noun = count_tok.head.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _words().get("group", ()):
        return None
    return f"{noun.lemma_.lower()} size", noun.idx, noun.idx + len(noun.text), noun


def measure(span, q, count_tok, verb, verbs: dict[str, str]):
    """(measure, start, end, anchor) named by the module's shapes, else None. ``verbs`` is
    measures.tsv's verb rows (lemma -> measure name)."""
    if q.currency is not None:
        return _deal_value(span, q) or _valuation(span, verb, verbs)
    if q.unit not in ("%", "pp"):
        return _group_size(count_tok)
    return None

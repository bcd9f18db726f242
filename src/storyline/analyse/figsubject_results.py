"""Whose results a company reports (issue 20, item 5, round forty-seven): "Acme reported
revenue of $27.6 billion", "Acme reported $55.9 billion in revenue", "Acme posted a net loss
of $2 billion". The figure stands on a results noun (data/results_subjects.tsv ``noun``)
that is the direct object of a results verb (``verb``), through "of" ("revenue of $N"),
with the noun in the figure's own "in" phrase ("$N in revenue"), or with the figure written
before the noun ("Acme posted a $2 billion loss": round forty-nine); the verb's subject names
the company: only a name the recogniser types as an organisation, never coordinated.

Not when the results noun says whose it is itself (a possessor, a name before it, or a
phrase of its own: "Bcme's revenue", "revenue at its unit", "revenue from ads"; a time
phrase, "a $5 billion profit for the year", and "record" say nothing of whose), nor when
the verb is negated: then the reporter may tell another's figure, and the figure stays open.

Written here: "report" is a reporting verb, so the rules in figures.py take its subject
as who claims the figure and leave whose it is open; for a company's own results the
two are one."""

from __future__ import annotations

import functools

from .. import lexicon as lexicon_file
from ..types import FigureItem, Mention
from . import figures as F

_DATA = "analyse/results_subjects.tsv"


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    return lexicon_file.kinds(_DATA)


# the figure written before its results noun ("a $2 billion loss"): how the parse hangs it there
_BEFORE_NOUN = frozenset({"nummod", "compound", "nmod", "quantmod"})


def _results_noun(span):
    """The results noun the figure stands on, and the verb it is the object of: "revenue
    of $N" (the figure under the noun's "of"), "$N in revenue" (the noun under the
    figure's "in"); else (None, None)."""
    words = _words()
    nouns = words.get("noun", frozenset())
    root = span.root
    noun = None
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in nouns:
        noun = root.head.head  # "revenue of $27.6 billion"
        obj = noun
    elif root.dep_ == "dobj":
        ins = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"]
        pobj = [g for c in ins for g in c.children if g.dep_ == "pobj"]
        if len(pobj) == 1 and pobj[0].lemma_.lower() in nouns:
            noun, obj = pobj[0], root  # "$55.9 billion in revenue"
    elif root.dep_ in _BEFORE_NOUN and root.head.tag_ in ("NN", "NNS") and root.head.lemma_.lower() in nouns:
        noun = obj = root.head  # "posted a $2 billion loss" (round forty-nine)
    if noun is None or obj.dep_ != "dobj" or obj.head.pos_ != "VERB":
        return None, None
    verb = obj.head
    if verb.lemma_.lower() not in words.get("verb", frozenset()) and not _phrasal(verb, words):
        return None, None
    return noun, verb


def _phrasal(verb, words) -> bool:
    """Is ``verb`` with its particle a ``phrasal`` verb of taking in money ("brought in $326 million
    in revenue"; round forty-eight, seed 163's FNC-1 claim 29 F2, in-sample)? Only with the
    particle: "brought $5 million in revenue to the city" is no company's own."""
    return any(c.dep_ == "prt" and f"{verb.lemma_.lower()} {c.lower_}" in words.get("phrasal", frozenset())
               for c in verb.children)


def _says_whose(noun, span) -> bool:
    """Does the results noun name whose results they are itself (a possessor, a name or
    noun before it, a phrase of its own other than the figure's)?"""
    fig = {t.i for t in span}
    for c in noun.children:
        if c.i in fig or c.lemma_.lower() in _words().get("not_whose", frozenset()):
            continue  # the figure itself before the noun ("a $2 billion loss"), "a record loss"
        if c.dep_ in ("poss", "compound", "nmod"):
            return True
        if c.dep_ == "prep" and not any(t.i in fig for t in c.subtree) and not _a_time(c):
            return True  # "revenue at its unit", "losses from the spill"
    return False


def _a_time(prep) -> bool:
    """Is a preposition's object a time ("a $5 billion profit for the year", "in the quarter")?
    It says when, not whose (round forty-nine)."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") or o.lower_ in F._TIME_NOUNS
                              or o.lemma_.lower() in F.lexicon().get("notown", {}) for o in objs)


def fill(item: FigureItem, span, mentions: list[Mention]) -> None:
    """Give a company's reported results left open the company the verb's subject names."""
    if item.currency is None and item.unit not in ("%",):
        return  # results are sums (or a margin in percent); a count is no revenue
    noun, verb = _results_noun(span)
    if noun is None or _says_whose(noun, span):
        return
    if any(c.dep_ == "neg" for c in verb.children):
        return  # "Acme did not report revenue of $2 billion": no result of its own said
    subj = F._subj(verb)
    if subj is None or subj.dep_ != "nsubj" or any(c.dep_ == "conj" for c in subj.children):
        return  # a passive, or "Acme and Bcme reported ...": open
    # money a place or a company "brought in" is its own either way (the recogniser types a company
    # a GPE now and then: "Mojang brought in ...", round forty-eight); a reporting verb's needs an ORG
    labels = {"ORG", "GPE"} if _phrasal(verb, _words()) else {"ORG"}
    mi = F._mention_index(mentions, subj.idx, subj.idx + len(subj.text), labels)
    if mi is None or _a_reporter(mentions[mi].text, verb):
        return
    item.subject_mention, item.subject_from = mi, "phrase"


def _a_reporter(name: str, verb) -> bool:
    """A news outlet or wire ("Bloomberg News reported revenue of $5 billion ...", a name of the
    outlet list or with a masthead word), or a report resting on another source (", citing a person
    who has seen the figures", ", according to a filing"): it tells another's results, not its own
    (round forty-seven, the review)."""
    from . import speakers  # figures imports this module; speakers is read only here

    mastheads = lexicon_file.words("analyse/masthead_words.txt")
    if speakers.is_outlet(name) or any(w.lower() in mastheads for w in name.split()):
        return True
    if name.split() and name.split()[-1].lower() in _words().get("outlet_tail", frozenset()):
        return True  # "Bloomberg News", "Fox News" (round forty-nine: the outlet list holds "Bloomberg" alone)
    return any((c.tag_ == "VBG" and c.lemma_.lower() == "cite") or (c.lower_ == "according" and c.dep_ == "prep")
               for c in verb.subtree)

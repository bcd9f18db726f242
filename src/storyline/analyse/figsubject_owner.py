"""Whose figure a named owner's clause says it is (issue 20, round fifty-six, e2).

The census of open subjects (PolNeAR train 301-840 and FNC-1's claims outside this round's
held-out set; 180 open subjects read) found about a third of them with an owner in the clause,
most often as a verb's subject; many of those are payers, pronouns or persons the rules leave
to the claimant on purpose. Two shapes name their owner without doubt and were left open:

- a sum after "worth" whose verb of being has a named person or organisation for subject ("Roe
  is worth $9 billion", "Roe was personally worth less than the $5 billion estimated by ...":
  the worth is Roe's; a person was skipped, as the subject of most verbs is a claimant);
- a poll share or change on a verb whose subject is an opinion noun with a named "for"/"of"
  object ("support for Roe rose from 11 percent to 19 percent", "approval of Roe has risen 8
  points"): the support is Roe's (the name, in a prepositional phrase, was read by no rule).

Never a pronoun ("he is worth $10 billion"), a common noun ("the ranch is worth $5m": the
noun-phrase rules read it), a place ("Ruritania is worth ...": a place as subject of a verb of
being is no owner), a coordinated or possessed subject ("Roe and Doe are worth ...", "voters'
support for Roe"), nor a phrase without a name ("support for the plan").

Written here: no library reads whose value a number in running text is; the words are data
(data/analyse/owner_subjects.tsv)."""

from __future__ import annotations

from ..types import FigureItem, Mention
from . import figures as F
from .parse import kind_listed, token_listed

_DATA = "analyse/owner_subjects.tsv"
_LABELS = frozenset({"ORG", "PERSON"})


def _named(tok, mentions: list[Mention], span) -> int | None:
    """The person or organisation mention the token heads, alone (no conjunct, no
    possessor), outside the figure; else None."""
    if tok.pos_ != "PROPN" or any(c.dep_ in ("conj", "cc", "poss") for c in tok.children):
        return None
    mi = F._mention_index(mentions, tok.idx, tok.idx + len(tok.text), _LABELS)
    if mi is None or (mentions[mi].start < span.end_char and mentions[mi].end > span.start_char):
        return None
    return mi


def _worth_owner(span, mentions: list[Mention]) -> int | None:
    """The named subject of "<name> is worth <sum>", or None."""
    fig = {t.i for t in span}
    cur = span.root
    for _ in range(5):
        head = cur.head
        if head.i == cur.i:
            return None
        if kind_listed(head, _DATA, "worth"):
            be = head.head
            if head.dep_ != "acomp" or not kind_listed(be, _DATA, "worth_be"):
                return None
            subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
            return _named(subj, mentions, span) if subj is not None else None
        if head.i in fig or kind_listed(head, _DATA, "between") or (cur.dep_ == "conj" and head.ent_type_ == "MONEY"):
            cur = head  # (a second sum joined to the first: "worth either $1 billion or $42 billion")
        else:
            return None
    return None


def _opinion_owner(span, mentions: list[Mention]) -> int | None:
    """The name an opinion noun subject is "for"/"of" ("support for Roe rose to 19
    percent"), when the figure is its verb's change or level; else None."""
    cur = span.root
    if cur.dep_ == "conj":
        cur = cur.head  # "has risen 8 points since October and 12 points since June"
    if cur.dep_ == "pobj" and kind_listed(cur.head, _DATA, "opinion_step"):
        cur = cur.head  # "rose from 11 percent", "stands at 40 percent"
    verb = cur.head
    if cur.dep_ not in ("prep", "npadvmod", "dobj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return None
    lex = F.lexicon()
    lemma = verb.lemma_.lower()
    if not (token_listed(verb, lex["change"]) or lemma in lex.get("opinion_verb", {})):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not kind_listed(subj, _DATA, "opinion") or any(c.dep_ == "poss" for c in subj.children):
        return None
    objs = [g for c in subj.children if c.dep_ == "prep" and kind_listed(c, _DATA, "opinion_prep") for g in c.children if g.dep_ == "pobj"]
    return _named(objs[0], mentions, span) if len(objs) == 1 else None


def fill(item: FigureItem, span, mentions: list[Mention]) -> None:
    """Give an open figure the named owner its clause names (see the module's docstring)."""
    if item.subject_mention is not None or item.subject_text is not None:
        return
    mi = None
    if item.currency is not None:
        mi = _worth_owner(span, mentions)
    elif item.unit in ("%", "pp", "points"):
        mi = _opinion_owner(span, mentions)
    if mi is not None:
        item.subject_mention, item.subject_from = mi, "phrase"
        item.subject_start, item.subject_end = mentions[mi].start, mentions[mi].end

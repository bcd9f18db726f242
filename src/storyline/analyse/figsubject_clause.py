"""What a figure is about where its own clause settles it by the parse (issue 20, item 5, round
sixty, e1).

Seed 174's audit (H1N1_bbc, bpoil_washingtonpost, haiti_bbc) left 27 of 36 figure subjects empty
although the sentence gives them. Most need a reader's inference (a subject only in another
sentence, a place, what a count of people was doing); three shapes name it in the parse and were
left open:

- a measure noun that is the object of a verb of having, with the figure as its "of" value: the
  verb's subject owns it ("The results from the full poll have a margin of sampling error of
  plus or minus three percentage points": bpoil_washingtonpost F4; "The city has a population
  of 200,000");
- a count that is the object of a participle of inclusion hanging on a noun: that noun is the
  whole the count is part of ("the Obama administration's response -- involving about 13,000
  workers": bpoil_washingtonpost F1);
- a count of people that is the subject of a verb of attending: its object is what the count is
  of ("more than 40 celebrities were expected to attend the Hope For Haiti event": haiti_bbc F7).

Only a definite noun phrase or a name ("the survey", "the city's response"), never a pronoun, an
anaphor or a vague noun (``figures._np_span``); a name is given when the subject is one
organisation or place mention alone. Never from another sentence.

Written here: no library reads what a number in running text is about; the words are data
(data/analyse/clause_subjects.tsv)."""

from __future__ import annotations

from ..types import FigureItem, Mention
from . import figures as F
from .parse import kind_listed

_DATA = "analyse/clause_subjects.tsv"
_NAMES = frozenset({"ORG", "GPE"})


def _give(item: FigureItem, head, span, mentions: list[Mention]) -> bool:
    """Set the subject to the phrase ``head`` heads (definite), or to the one organisation or
    place mention it is; False when neither is safe."""
    if head is None or any(c.dep_ in ("conj", "cc") for c in head.children):
        return False
    fig = {t.i for t in span}
    mi = F._mention_index(mentions, head.idx, head.idx + len(head.text), _NAMES)
    if mi is not None and head.pos_ == "PROPN" and not any(c.dep_ == "poss" for c in head.children):
        m = mentions[mi]
        if m.end <= span.start_char or m.start >= span.end_char:
            item.subject_mention, item.subject_from = mi, "phrase"
            item.subject_start, item.subject_end = m.start, m.end
            return True
        return False
    np = F._np_span(head, fig, mentions) if F._definite(head) is not None else None  # (_definite: head or None)
    if np is None:
        return False
    item.subject_text, item.subject_start, item.subject_end = np
    item.subject_from, item.subject_confidence = "noun_phrase", 0.5
    return True


def _had_measure(item: FigureItem, span):
    """The subject of "<X> has a <measure> of <figure>" (the measure noun the figure is the "of"
    value of, up to two "of" steps: "a margin of error of 3 points"), or None."""
    if item.measure_start is None:
        return None
    tok = span.root
    for _ in range(3):
        if not (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ == "of"
                and tok.head.head.pos_ == "NOUN"):
            break
        tok = tok.head.head
        if tok.dep_ == "dobj" and kind_listed(tok.head, _DATA, "have"):
            # the measure the figure is of is this noun's own phrase ("margin of error")
            if not tok.left_edge.idx <= item.measure_start <= tok.right_edge.idx:
                return None
            verb = tok.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.i > tok.i:
                return None
            return subj
    return None


def _whole_of_count(count_tok):
    """The noun a participle of inclusion makes the whole of a count ("the response, involving
    13,000 workers and 460 vessels"), or None."""
    tok = count_tok
    if tok.dep_ == "conj":
        tok = tok.head  # "13,000 workers and 460 vessels": the second conjunct is in the same whole
    part = tok.head
    if tok.dep_ != "dobj" or part.dep_ != "acl" or part.tag_ != "VBG" or not kind_listed(part, _DATA, "whole"):
        return None
    whole = part.head
    if whole.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "nummod" or c.like_num for c in whole.children):
        return None  # "200 people, involving 40 children": a count's part, not a whole's
    return whole


def _attended(count_tok):
    """The object of a verb of attending whose subject is the count ("40 singers attended the
    concert", "5,000 people were expected to attend the march"), or None."""
    if count_tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = count_tok.head
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if count_tok.dep_ == "nsubjpass":
        # "were expected to attend": the attending verb is the passive's infinitive
        if xcomp is None:
            return None
        verb = xcomp
    elif not (kind_listed(verb, _DATA, "attend") or kind_listed(verb, _DATA, "attend_prep")):
        verb = xcomp if xcomp is not None else verb  # "are due to attend"
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if kind_listed(verb, _DATA, "attend"):
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        return objs[-1] if objs else None  # ("the Hope For Haiti event": a name the parse split keeps its head noun last)
    if kind_listed(verb, _DATA, "attend_prep"):
        return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                     for p in c.children if p.dep_ == "pobj"), None)
    return None


def fill(item: FigureItem, span, count_tok, mentions: list[Mention]) -> None:
    """Give an open figure the subject its own clause names (see the module's docstring)."""
    if item.subject_mention is not None or item.subject_text is not None:
        return
    owner = _had_measure(item, span)
    if owner is not None:
        if not _give(item, owner, span, mentions):
            # "The results from the full poll have a margin of error of ...": a vague or measure
            # noun passes on to its "of"/"from" complement, as in ``figures._noun_phrase_subject``
            whole = next((p for c in owner.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                          for p in c.children if p.dep_ == "pobj"), None)
            _give(item, whole, span, mentions)
        return
    if count_tok is None or item.currency is not None or item.unit in ("%", "pp", "points"):
        return
    whole = _whole_of_count(count_tok)
    if whole is not None:
        _give(item, whole, span, mentions)
        return
    obj = _attended(count_tok)
    if obj is not None:
        _give(item, obj, span, mentions)

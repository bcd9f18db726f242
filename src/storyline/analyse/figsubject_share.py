"""Subjects of share and margin figures (%, percentage points, points) that the rules in
``figures`` leave open (issue 20 item 5, round forty).

Each reader here takes one shape of poll copy that the parse (or the text between two names)
decides, and names the candidate or group the share is about, from the figure's own
sentence only; anything else stays open. A pronoun is never a subject: a relative
"who"/"whose" is read as the name it hangs on, and an "its"/"his" share is left alone.

The readers return ``(mention index, None)`` for a named candidate, ``(None, (text, start,
end))`` for a phrase, or None.
"""
from __future__ import annotations

import functools
import re

from .. import lexicon as lexicon_file
from ..types import Mention
from . import figures as F
from .parse import token_listed

_SHARE_UNITS = ("%", "pp", "points")
_PERCENT = r"(?:\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b|points?\b))"
_NUM = r"\d[\d.,]*"


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """kind -> words of data/share_subjects.tsv, through the registry's one reader."""
    return lexicon_file.kinds("analyse/share_subjects.tsv")


def _person_at(mentions: list[Mention], start: int, end: int) -> int | None:
    """The PERSON mention that is exactly this stretch of text, or None."""
    for i, m in enumerate(mentions):
        if m.label == "PERSON" and m.start == start and m.end == end:
            return i
    return None


def _person_ending(mentions: list[Mention], end: int, sent: tuple[int, int]) -> int | None:
    """The PERSON mention of the sentence that ends right at ``end``, or None."""
    for i, m in enumerate(mentions):
        if m.label == "PERSON" and m.end == end and m.start >= sent[0]:
            return i
    return None


def _name_tok(tok, mentions: list[Mention]) -> int | None:
    """One PERSON mention for a name token that is not coordinated (see ``figures._one_person``),
    whose mention holds no share (a run-on "Roe 44 percent" is no name)."""
    mi = F._one_person(tok, mentions)
    if mi is None or F._SHARE_WORD.search(mentions[mi].text):
        return None
    return mi


def _clause_verb(span):
    """The verb the figure hangs on through noun, object and preposition links (the path
    ``figures`` reads a poll share on), or None."""
    cur = span.root
    while cur.head.i != cur.i:
        if cur.dep_ not in F._SHARE_PATH:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _relative_antecedent(span, mentions: list[Mention]) -> int | None:
    """"Roe, who trailed Doe by 20 points", "Roe, who notched 12 percent in the primary",
    "Doe, whose ratings have climbed past 50 percent": the figure hangs on a
    relative clause whose subject is "who" (or a standing noun owned by "whose"), and whose
    verb is one of a poll share, a margin or a change; the subject is the one person the
    clause hangs on. (Not "Roe, who said 40 percent of voters ...": a reporting verb is no
    share verb; nor a share "of" something: "who won 60 percent of Latinos" is read by
    ``figures._share_winner``.)"""
    verb = _clause_verb(span)
    if verb is None or verb.dep_ != "relcl":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children):
        return None
    cues = F._poll_cues()
    lemma = verb.lemma_.lower()
    rel = _words().get("relative", frozenset())
    vs = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if vs is None:
        return None
    if vs.lower_ == "who" and vs.lower_ in rel:
        verbs = (cues.get("share", frozenset()) | cues.get("margin", frozenset()) | cues.get("won", frozenset())
                 | _words().get("share_verb", frozenset()))
        if lemma not in verbs - {"be", "have", "get", "take", "follow"}:
            # "be", "have", "get", "take": too wide with a bare "who" ("who has 20 percent of
            # the shares"); the share verbs that name a result or a poll standing stay
            return None
    elif token_listed(vs, _words().get("standing", frozenset())) or vs.lower_ == "approval":
        whose = next((c for c in vs.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
        if whose is None or lemma not in _words().get("change", frozenset()) | cues.get("share", frozenset()):
            return None
    else:
        return None
    return _name_tok(verb.head, mentions)


def _gapped_name(span, start: int, text: str, sent: tuple[int, int], mentions: list[Mention]):
    """"Roe earned 42 percent, Doe 34 percent and Coe 11 percent", "..., Doe at 12 percent,
    and Ohio Gov. Jim Coe, 9 percent": a share in a list of shares, written right after one
    name (a comma between at most), the list's item before it a share too. The name is the
    person mention ending right before the share, else (the tagger ran the name into the
    share: "Doe 34 percent") the name's own words when the same words are a person mention
    earlier in the sentence. Not a pair ("leads Doe 44 percent to 37 percent": no share
    before the name), nor "Roe and Doe, 11 and 8 percent respectively"."""
    pre = text[sent[0]:start]
    mo = re.search(_NUM + _PERCENT + r"(?:\s+(?:support|backing))?\s*(?:,|;|,?\s+and)\s+((?:[A-Z][\w.'’-]*\s+){0,3}?)"
                   r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),?\s*$", pre)
    if mo is None or re.search(r"\brespectively\b", text[start:sent[1]], re.I):
        return None
    if not F._poll_copy(text, sent) or F._TIED.search(text, sent[0], start):
        return None
    n_start, n_end = sent[0] + mo.start(2), sent[0] + mo.end(2)
    mi = _person_ending(mentions, n_end, sent)
    if mi is not None and mentions[mi].start >= sent[0] + mo.start(1) and not F._SHARE_WORD.search(mentions[mi].text):
        return mi, None
    words = text[n_start:n_end]
    if " " in words:
        return None
    same = [m for m in mentions if m.label == "PERSON" and m.end <= n_start and m.start >= sent[0]
            and (m.text == words or m.text.endswith(" " + words))]
    return (None, (words, n_start, n_end)) if same else None


def _pair_by_text(start: int, end: int, text: str, sent: tuple[int, int], mentions: list[Mention]) -> int | None:
    """"... shows Roe leading Doe 44 percent to 37 percent": the two shares written after
    "<person> <pair verb> <person>", the first the first person's, the second the second's,
    read from the text when the parse does not hang them on the verb. Only in poll copy,
    both names person mentions, nothing else between them and the pair."""
    verbs = _words().get("pair_verb", frozenset())
    if not verbs or not F._poll_copy(text, sent):
        return None
    nouns = "|".join(sorted(_words().get("lead_noun", frozenset()), key=len, reverse=True))
    pm = [m for m in mentions if m.label == "PERSON" and sent[0] <= m.start and m.end <= start]
    index = {id(m): i for i, m in enumerate(mentions)}
    for a, b in zip(pm, pm[1:]):
        mid = text[a.end:b.start].strip().lower()
        if mid not in verbs and not (nouns and re.fullmatch(r"with\s+(?:[a-z]+\s+){0,3}(?:" + nouns + r")\s+over", mid)):
            continue  # "Roe with only a small lead over Doe, 46 percent to 44 percent" is the verb's pair too
        if re.search(r"(?:\band|\bor|&|/|\bboth)\s*$", text[sent[0]:a.start], re.I):
            continue  # "both Doe and Poe beating Roe 45 percent to 40 percent": whose share, not told
        rest = text[b.end:sent[1]]
        mo = re.match(r",?\s*(" + _NUM + _PERCENT + r"?)\s*(?:to|-|–)\s*(" + _NUM + _PERCENT + r"?)", rest)
        if mo is None:
            continue
        first = (b.end + mo.start(1), b.end + mo.end(1))
        second = (b.end + mo.start(2), b.end + mo.end(2))
        who = a if (first[0] <= start < first[1]) else b if (second[0] <= start < second[1]) else None
        if who is not None:
            return index[id(who)]
    return None


def _changed_share(span, text: str, sent: tuple[int, int], mentions: list[Mention]) -> int | None:
    """"Roe rose three points in the Acme survey to 29 points", "Doe's standing improved by
    two percentage points", "Doe's support fell ... to 48 percent": the figure is the object
    or the "to"/"by" phrase of a ``change`` verb whose own subject is one person, or a
    ``standing`` noun that person owns; only in poll copy. Not "from" (the share before the
    change is another time's), nor a share "of" something."""
    root = span.root
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return None
    if root.dep_ == "pobj" and root.head.dep_ in ("prep", "agent") and root.head.lower_ in ("to", "by"):
        verb = root.head.head
        if verb.dep_ == "advmod" and verb.head.pos_ == "VERB":
            verb = verb.head  # "fell ... down to 48 percent"
    elif root.dep_ in ("dobj", "npadvmod"):
        verb = root.head
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _words().get("change", frozenset()):
        return None
    if not F._poll_copy(text, sent):
        return None
    vs = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if vs is None:
        return None
    if vs.pos_ == "PROPN":
        return _name_tok(vs, mentions)
    standing = _words().get("standing", frozenset())
    if token_listed(vs, standing):
        poss = next((c for c in vs.children if c.dep_ == "poss"), None)
        if poss is not None and poss.pos_ == "PROPN":
            return _name_tok(poss, mentions)
    return None


def _owned_share(span, text: str, sent: tuple[int, int], mentions: list[Mention]) -> int | None:
    """"Donald Roe's loyal 22% goes a long way", "with Doe's significant 23 percent": the
    share noun itself owned by one person, in poll copy ("his 32%" is a pronoun: open)."""
    poss = next((c for c in span.root.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ != "PROPN" or not F._poll_copy(text, sent):
        return None
    return _name_tok(poss, mentions)


def _poll_margin_of_error(span, text: str):
    """"The Acme poll carries a margin of error of 3.9 points": the margin of error is the
    poll's; the subject is the poll's phrase when a name stands in it (a bare "the poll" or
    "the new poll" is open: which poll, another sentence says)."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return None
    error = root.head.head
    if error.lower_ != "error" or error.head.lower_ != "of" or error.head.head.lemma_.lower() != "margin":
        return None
    margin = error.head.head
    verb = margin.head
    if margin.dep_ != "dobj" or verb.lemma_.lower() not in ("have", "carry"):
        return None
    vs = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if vs is None or vs.lemma_.lower() not in F._poll_cues().get("noun", frozenset()):
        return None
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in vs.children):
        return None
    toks = [t for t in vs.subtree if t.i <= vs.i]
    if toks[-1].i - toks[0].i + 1 != len(toks):
        return None
    s, e = toks[0].idx, vs.idx + len(vs.text)
    return text[s:e], s, e


def _ahead_by(start: int, text: str, sent: tuple[int, int], mentions: list[Mention]) -> int | None:
    """"Polls show Roe up by 10 points", "with Doe ahead by 4 percentage points": the margin
    written right after one person's name and "up"/"ahead"/"down"/"behind" "by" is that
    person's (poll copy only)."""
    words = "|".join(sorted(_words().get("ahead", frozenset()), key=len, reverse=True))
    if not words or not F._poll_copy(text, sent):
        return None
    for i, m in enumerate(mentions):
        if (m.label == "PERSON" and sent[0] <= m.start and m.end <= start and not F._SHARE_WORD.search(m.text)
                and re.fullmatch(r"\s+(?:" + words + r")\s+by\s+", text[m.end:start], re.I)):
            if _RIVAL_BEFORE.search(text, sent[0], m.start):
                return None  # "Clinton's lead over Trump up by 6 points": the one named after "over" trails
            return i
    return None


# the name after one of these is the rival of a lead or a comparison, not who is ahead (the round-forty review)
_RIVAL_BEFORE = re.compile(r"\b(?:over|against|than|versus|vs\.?)\s+$", re.I)


def _backed_person(span, text: str, sent: tuple[int, int], mentions: list[Mention]) -> int | None:
    """"43% of Ohio voters support Jane Doe": a share that is the subject of a ``backing``
    verb (active) whose object is one person is that person's support (the judges read it
    so: seed 152 usa-today F23); not a verb of view ("82 percent of them view Roe
    unfavorably": the group's), nor a coordinated object."""
    root = span.root
    if root.dep_ != "nsubj" or not F._poll_copy(text, sent):
        return None
    verb = root.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _words().get("backing", frozenset()):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "40% do not support Roe": whose share it is, is not Roe's support
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return _name_tok(obj, mentions) if obj is not None else None


def _included_group(span, text: str, sent: tuple[int, int]):
    """"38% would be scared -- including 62% of Democrats and 17% of Republicans": a share of
    a polled ``group`` (poll_cues.tsv) written after "including" (or coordinated with one
    that is) is that group's, as a share of a group that is its clause's subject is
    (``figures._respondent_group``). Only a short phrase with no clause of its own."""
    root = span.root
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "pobj" or first.head.lemma_.lower() != "include" or not F._poll_copy(text, sent):
        return None
    whole = next((p for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
    if whole is None or whole.pos_ not in ("NOUN", "PROPN"):
        return None
    groups = F._poll_cues().get("group", frozenset())
    low = whole.lower_
    if not {whole.lemma_.lower(), low, low[:-1] if low.endswith("s") else low} & groups:
        return None
    toks = sorted(whole.subtree, key=lambda t: t.i)
    if len(toks) > 6 or toks[-1].i - toks[0].i + 1 != len(toks) or any(t.dep_ in ("relcl", "acl", "cc", "conj", "punct") for t in toks):
        return None
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return text[s:e], s, e


def _part_of_whole(span, text: str):
    """"Ethnic Roes comprise 90 percent of the population", "A super PAC aligned with Doe
    accounts for about 40% of the ads": a share "of" a whole that is the object of a
    ``part_verb`` is the share of the verb's subject, a noun phrase of its own. Not a
    pronoun, a relative ("who make up ...": read elsewhere) nor a phrase pointing back
    ("Those voters", "These groups": which ones, another sentence says)."""
    root = span.root
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return None
    if root.dep_ == "dobj":
        verb = root.head
        prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        form = verb.lemma_.lower() + (" " + prt if prt else "")
    elif root.dep_ == "pobj" and root.head.dep_ == "prep":
        verb = root.head.head
        form = verb.lemma_.lower() + " " + root.head.lower_
    else:
        return None
    if form not in _words().get("part_verb", frozenset()) or verb.pos_ != "VERB":
        return None
    if any(c.lower_ == "together" or (c.dep_ == "prep" and c.lower_ in ("with", "alongside")) for c in verb.children):
        return None  # "Acme, together with Bcme, accounts for 25%": a joint share (as figures._part_subject)
    vs = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if vs is None or vs.pos_ not in ("NOUN", "PROPN") or any(F._org_anaphor(t) for t in vs.subtree):
        return None  # "the company accounts for 8%": an anaphor is read by figures, or open
    if any(t.text in F._BREAKS for t in vs.doc[min(vs.i, verb.i) + 1 : max(vs.i, verb.i)]):
        return None
    # "minority voters in 2008": a time phrase after the noun dates the clause, it is no part
    # of the group's name
    timed = [c.i for c in vs.children if c.dep_ == "prep" and c.i > vs.i
             and any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in c.subtree)]
    toks = sorted((t for t in vs.subtree if not timed or t.i < min(timed)), key=lambda t: t.i)
    if (len(toks) > 8 or toks[-1].i - toks[0].i + 1 != len(toks) or toks[-1].i >= root.i
            or any(t.dep_ in ("relcl", "appos", "punct", "cc", "conj") or t.pos_ == "PRON" for t in toks)
            or toks[0].lower_ in ("those", "these", "this", "that", "such", "both", "each", "other", "others")):
        return None
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return text[s:e], s, e


def _participle_share(span, text: str, sent: tuple[int, int], mentions: list[Mention]) -> int | None:
    """"Johnson fares well in the West, receiving 19 percent support in Idaho, 15 percent in
    Utah and 14 percent in Montana", "Roe won the state, taking 45 percent": a share that is
    the object (or a coordinated one) of a participle of a ``won`` verb hung on the clause's
    verb is the share of that verb's own subject, one person (poll copy only). Not a
    participle with a subject of its own ("with Doe taking 40 percent"), nor a passive one
    ("followed by Roe at 23 percent": the name after "by" is whose share that is)."""
    cues = F._poll_cues()
    cur = span.root
    if cur.dep_ in ("compound", "nummod", "amod", "npadvmod") and cur.head.i > cur.i and cur.head.lemma_.lower() in cues.get("share_noun", frozenset()):
        cur = cur.head  # "19 percent support"
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.lower_ == "at":
        cur = cur.head
    if cur.dep_ not in ("dobj", "npadvmod", "prep"):
        return None
    part = cur.head
    if part.tag_ != "VBG" or part.dep_ != "advcl" or part.lemma_.lower() not in cues.get("won", frozenset()) - {"have"}:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in part.children) or any(c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children):
        return None
    if not F._poll_copy(text, sent):
        return None
    main = part.head
    vs = next((c for c in main.children if c.dep_ == "nsubj"), None)
    return _name_tok(vs, mentions) if vs is not None and vs.pos_ == "PROPN" else None


def share_subject(span, start: int, end: int, unit: str | None, text: str, sent: tuple[int, int],
                  mentions: list[Mention]):
    """The subject of a share or margin figure the rules of ``figures`` left open: ``(mention
    index, None)``, ``(None, (text, start, end))``, or None (see the readers above)."""
    if unit not in _SHARE_UNITS:
        return None
    for read in (lambda: _relative_antecedent(span, mentions),
                 lambda: _owned_share(span, text, sent, mentions) if unit == "%" else None,
                 lambda: _changed_share(span, text, sent, mentions),
                 lambda: _pair_by_text(start, end, text, sent, mentions) if unit == "%" else None,
                 lambda: _ahead_by(start, text, sent, mentions),
                 lambda: _backed_person(span, text, sent, mentions) if unit == "%" else None,
                 lambda: _participle_share(span, text, sent, mentions) if unit == "%" else None):
        mi = read()
        if mi is not None:
            return mi, None
    if unit == "%":
        got = _gapped_name(span, start, text, sent, mentions)
        if got is not None:
            return got
    phrase = _poll_margin_of_error(span, text) or (_included_group(span, text, sent) if unit == "%" else None)
    if phrase is None and unit == "%":
        phrase = _part_of_whole(span, text)
    if phrase is not None:
        return None, phrase
    return None

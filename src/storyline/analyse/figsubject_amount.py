"""Subjects of amounts, counts and sums of money, that figures.py's rules leave open
(issue 20, item 5, round forty). Four shapes of the figure's own clause, read from the
parse, each written as a noun phrase (``subject_text``), never a pronoun, never a name the
entity rules weighed, never from another sentence:

- the event that killed or hurt the people counted (``_harm_cause``): "the bomb went off,
  killing 247 people" (the participle's own clause has no subject: its head clause's is the
  cause), "A car bomb killed 12 people", "100 people were killed in the blasts", "40 people
  a week die from such attacks". Only a ``cause`` noun (data/amount_subjects.tsv): a person
  or a place there is an agent or a setting. Round forty-four: the noun a relative pronoun
  stands for ("the bombing, in which 270 people died"), and a phrase too long only for the
  date phrase that ends it ("The explosion of the rig in April killed 11 people"); round
  forty-six: a relative clause on the people counted ("15 people who were killed in the fire");
- what money paid or spent is for (``_paid_object``): "spent $20 million on TV ads", "paid
  $176,000 for voter files". The rules before read only a definite object ("the
  clean-up"); a bare plural or mass noun is read too when a modifier before it says which
  ("TV ads", "negative ads"), never the payer (the audit's rule for money spent);
- what a reward is offered for (``_reward_for``): "a reward of up to $2 million for
  information that could identify the attackers", with the clause that says which
  information (a bare "information" names nothing);
- who money is given to (``_recipient``): "gave $10 million to the Acme Foundation", "made
  2.5 million contributions to Roe's campaign" (the giver pays: never the subject).

A count of people "left homeless", "affected" or "displaced" by a cause event (``hurt`` in the
data file) is read as a count of harm too.

Written here: no library reads what an amount in running text is about."""

from __future__ import annotations

from .. import lexicon as lexicon_file
from ..types import FigureItem
from . import figures as F
from .parse import token_listed

_DATA = "analyse/amount_subjects.tsv"


def _words(kind: str) -> frozenset[str]:
    """One kind's words of data/amount_subjects.tsv through the registry's cached reader (round
    fifty-eight, e1, code health: it read the rows itself, the same words but for stripping,
    which no entry of the file needs: checked word for word)."""
    return lexicon_file.kinds(_DATA).get(kind, frozenset())


def fill(item: FigureItem, span, count_tok, verb, payers, mentions, text: str) -> None:
    """Give an amount left with no subject the name or noun phrase one of the shapes above reads."""
    mi, np = _recipient(span, count_tok, mentions) if item.currency is not None or count_tok is not None else (None, None)
    if mi is not None and not F._no_subject_name(text, mentions[mi]):
        item.subject_mention, item.subject_from = mi, "phrase"
        item.subject_start, item.subject_end = mentions[mi].start, mentions[mi].end
        return
    if np is None:
        np = _harm_cause(span, count_tok, mentions)
    if np is None and payers == "subject" and verb is not None and item.currency is not None:
        np = _paid_object(span, verb, mentions)
    if np is None and item.currency is not None:
        np = _reward_for(span, verb, payers, mentions)
    if np is None and item.currency is not None and "/" not in (item.unit or ""):
        np = _priced_thing(span, item.measure)
    if np is not None:
        item.subject_text, item.subject_start, item.subject_end = np
        item.subject_from, item.subject_confidence = "noun_phrase", 0.5


def _harm(verb, low) -> bool:
    """A verb of harm (measures.tsv's ``harm``), or "claimed ... lives"."""
    lemma = verb.lemma_.lower()
    return (lemma in F.lexicon().get("harm", {}) or lemma in _words("hurt")
            or (lemma == "claim" and low.lower_ == "lives"))


def _pobj(verb, preps, agent: bool = True):
    """The object of the verb's first preposition among ``preps`` (or of its passive "by")."""
    return next(iter(_pobjs(verb, preps, agent)), None)


def _pobjs(verb, preps, agent: bool = True) -> list:
    """The objects of the verb's prepositions among ``preps`` (and of its passive "by"), in order."""
    out = []
    for c in verb.children:
        if (agent and c.dep_ == "agent") or (c.dep_ == "prep" and c.lower_ in preps):
            out += [o for o in c.children if o.dep_ == "pobj"]
    return out


def _cause_noun(tok) -> bool:
    return tok is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in _words("cause")


def _harm_cause(span, count_tok, mentions):
    """The cause noun phrase of a count of dead or hurt (see the module's note)."""
    low = count_tok if count_tok is not None else span.root
    head = low.head
    cause = None
    if low.dep_ == "dobj" and head.pos_ == "VERB" and _harm(head, low):
        cause = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if cause is None:
            # "the storm is expected to kill 40 people": a raising head's subject (round forty-six)
            cause = next(iter(F._raised_subjects(head)[0]), None)
        if cause is None:
            # "..., killing 80 people in an apparent terrorist attack": the verb's own phrase
            # (or the count's, where the parse hangs it: "killing 80 people in an attack")
            cause = next((p for p in _pobjs(head, ("in",), agent=False) + _pobjs(low, ("in",), agent=False)
                          if _cause_noun(p)), None)
        top = head
        while cause is None and top.dep_ == "conj" and top.head.pos_ == "VERB" and _harm(top.head, low):
            top = top.head  # "killing 247 people and wounding 5,000 others": the first participle's
        before = next((t for t in reversed(head.doc[top.i + 1 : head.i]) if t.pos_ != "ADV"), None)
        if cause is None and top is not head and top.tag_ != "VBG" and before is not None and before.dep_ in ("cc", "punct"):
            # "The blast killed 4 people and hurt 30 others": the second verb of harm has no
            # subject of its own and shares the first one's (round forty-one); a subject of its own
            # ("... and gunmen hurt 30") was read above, and only a cause noun passes below
            cause = next((c for c in top.children if c.dep_ == "nsubj" and c.i < top.i), None)
        if cause is None and top.tag_ == "VBG" and top.dep_ == "advcl" and top.head.pos_ in ("VERB", "AUX"):
            # "the bomb went off, killing 247 people": a participle with no subject of its own
            # tells what its head clause's subject did; only a subject before it
            cause = next((c for c in top.head.children if c.dep_ == "nsubj" and c.i < top.i), None)
    elif (low.dep_ == "nsubjpass" and head.pos_ == "VERB" and _harm(head, low)) or (
            low.dep_ == "nsubj" and head.lemma_.lower() == "die"):
        # "100 people were killed in the blasts", "40 people a week die from such attacks"
        # (the first cause noun among them: "killed by a masked gunman in a mass shooting")
        # ("the bombing, in which 270 people died": the relative pronoun's noun, see _antecedent)
        cause = next((p for p in _pobjs(head, ("in", "from", "by")) if _cause_noun(_antecedent(p))), None)
    else:
        acl = next((c for c in low.children if c.dep_ == "acl" and c.tag_ == "VBN" and _harm(c, low)), None)
        if acl is None:
            acl = _harm_relative(low)
        if acl is not None:
            # "1,000 others wounded in the blasts"
            cause = next((p for p in _pobjs(acl, ("in", "from", "by")) if _cause_noun(p)), None)
    cause = _antecedent(cause)
    if not _cause_noun(cause):
        return None
    if not _which(cause, allow_a=True):
        return None
    fig = {t.i for t in span}
    return _uncut(cause, F._np_span(cause, fig, mentions)) or _undated(cause, fig, mentions)


def _harm_relative(low):
    """The verb of a relative clause on the counted noun that tells the harm done to the
    people counted: "15 people who were killed in the fire", "12 workers who died in the
    blast" (round forty-six, figsubj46). The relative pronoun must be the clause's own
    subject (passive for a verb of harm, active for "die"), and the clause not negated: "the
    men who were not hurt in the crash" counts no harm, "the 3 men who reported the attack"
    no victims. The caller reads only a ``cause`` noun of that verb's own phrase."""
    if (low.dep_ in ("dobj", "dative") and low.head.pos_ == "VERB") or (low.dep_ == "pobj" and low.head.lower_ in ("to", "for")):
        # people counted as the object of another verb ("treated 40 people who were injured in
        # the blast", "gives pensions to 2,000 veterans who were wounded in the war") are counted
        # for that verb's sake, not as the harm's toll (round forty-six's review)
        return None
    for c in low.children:
        if c.dep_ != "relcl" or c.i < low.i or any(k.dep_ == "neg" for k in c.children):
            continue
        rel = next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass") and k.tag_ in ("WP", "WDT")), None)
        if rel is None:
            continue
        # only killing, injuring, wounding or dying: such a clause says who the people counted
        # are (the victims); "2,000 police who were affected by the quake" only describes
        # people counted for another reason (Timeline17 census, round forty-six)
        if (rel.dep_ == "nsubjpass" and c.tag_ == "VBN" and c.lemma_.lower() in F.lexicon().get("harm", {})) or (
                rel.dep_ == "nsubj" and c.lemma_.lower() == "die"):
            return c
    return None


def _antecedent(tok):
    """The noun a relative pronoun stands for, when the harm is told in a relative clause on
    it ("the quake, which killed 200 people", "an accident that killed 15 people", "the
    bombing, in which 270 people died"): the parse hangs the clause (``relcl``) on that noun;
    any other token is returned as it is (round forty-four, figsubj44)."""
    if tok is None or tok.tag_ != "WDT" or tok.lower_ not in ("which", "that"):
        return tok
    clause = tok.head
    if tok.dep_ == "pobj" and clause.dep_ == "prep":
        clause = clause.head  # "in which 270 people died": the preposition hangs on the clause's verb
    if clause.dep_ != "relcl" or clause.head.pos_ != "NOUN":
        return None
    ante = clause.head
    # as figures.py reads a relative subject: abstain when the clause may hang from another
    # noun ("the explosion at its refinery that killed 15"): the parse takes one of two nouns,
    # and either is as likely (a noun above the cause that kills no one, "the cause of the
    # blast, which left 11 missing", leaves only the cause: _account_of, round forty-nine)
    first = tok.head.i if tok.dep_ == "pobj" else tok.i
    if any(t.pos_ in ("NOUN", "PROPN") for t in ante.doc[ante.i + 1 : first]):
        return None
    root = ante
    while root.dep_ in ("appos", "conj") and root.head.i != root.i:
        root = root.head
    if (root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN") and not _time_before_after(root)
            and not _account_of(root)):
        return None
    return ante


def _account_of(pobj) -> bool:
    """"the cause of the blast, which killed 11 workers", "responses to the explosion, which
    killed 11": the noun above the cause names an account, a consequence or a reckoning of the
    event (``inert`` in data/amount_subjects.tsv), which kills no one, so a clause of harm can
    only be the cause's (round forty-nine, as ``_time_before_after`` reads a stretch of time);
    any other noun above ("the driver of the truck, which killed 3") keeps the abstention."""
    upper = pobj.head.head
    return upper.pos_ == "NOUN" and token_listed(upper, _words("inert"))


def _time_before_after(pobj) -> bool:
    """"in the hours before the explosion that killed 11 workers", "six weeks since the
    blast, which killed 40": the noun above the cause is a stretch of time measured from it
    (a time noun, "before"/"after"/"since" between). A stretch of time kills no one, so the
    clause can only be the cause's (round forty-five, figsubj45); any other noun above
    ("the cause of the blast, which ...") keeps the abstention."""
    prep = pobj.head
    return prep.lower_ in ("before", "after", "since", "following") and prep.head.lower_ in F._TIME_NOUNS


def _undated(cause, fig: set[int], mentions):
    """The cause's phrase without a date phrase that ends it ("The explosion of the rig in
    April", "the outbreak of SARS in 2003"): when does not say which, and the whole phrase may
    be too long for ``F._np_span``; the rest must be one short phrase with no clause, no
    pronoun and no figure (round forty-four, figsubj44)."""
    doc = cause.doc
    dated = [c for c in cause.children if c.dep_ == "prep" and c.i > cause.i
             and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in c.children)]
    if not dated:
        return None
    cut = {t.i for c in dated for t in c.subtree}
    cut |= {t.i for c in cause.children if c.dep_ in F._NP_CUT and c.dep_ != "prep" for t in c.subtree}
    toks = sorted((t for t in cause.subtree if t.i not in cut), key=lambda t: t.i)
    if toks[-1].i - toks[0].i + 1 != len(toks):
        return None
    if (len(toks) > 8 or any(t.i in fig for t in toks) or any(t.is_punct or t.like_num and t.ent_type_ != "DATE" for t in toks)
            or any(t.lower_ in F._PRONOUNS for t in toks)
            or F._mention_index(mentions, cause.idx, cause.idx + len(cause.text)) is not None):
        return None
    # the date phrase (or phrases) must come last: a date inside the phrase keeps it whole
    if any(i < toks[-1].i for i in cut if i > cause.i):
        return None
    text = F.doc_text(doc)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return text[start:end], start, end


def _uncut(head, np):
    """The noun phrase ``np`` of ``head``, or, when it was cut inside a coordination of its
    phrase after ("the bombings in Kenya and Tanzania" read as "... in Kenya"), the head's own
    words before that phrase ("the bombings"), or None."""
    if np is None or not any(c.dep_ == "conj" and c.idx >= np[2] for t in head.subtree
                             if np[1] <= t.idx < np[2] and t.i != head.i for c in t.children):
        return np
    left = sorted((t for t in head.subtree if t.i <= head.i), key=lambda t: t.i)
    if left[-1].i - left[0].i + 1 != len(left) or any(t.lower_ in F._PRONOUNS or t.is_punct for t in left):
        return None
    start, end = left[0].idx, head.idx + len(head.text)
    return F.doc_text(head.doc)[start:end], start, end


def _which(noun, allow_a: bool = False) -> bool:
    """Does the phrase say which one it is: a determiner (not "some", "any"; "a" only where
    the sentence tells the event it is about), a possessor, or a modifier before the noun
    ("gun violence", "TV ads")?"""
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an", "some", "any", "no")):
            return True
        if c.dep_ == "det" and c.lower_ in ("a", "an") and allow_a:
            return True
        if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and not c.like_num:
            return True
    return False


def _paid_object(span, verb, mentions):
    """What money paid or spent is for: the verb's "for"/"on" object, when it is a bare
    plural or mass noun that a modifier before it names ("TV ads"); the definite ones the
    rules before read already (``_share_or_paid_subject``)."""
    on_idiom = F.lexicon().get("on_idiom", {})
    objs = []
    for p in F._for_on(verb, span):
        if token_listed(p, on_idiom):
            # "spent on his behalf on TV ads": the parse hangs the second phrase on the idiom's noun
            objs += [o for o in (_pobj(p, ("on", "for"), agent=False),) if o is not None]
        else:
            objs.append(p)
    for p in objs:
        if p.pos_ != "NOUN" or token_listed(p, on_idiom):
            continue
        if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an")) for c in p.children):
            continue  # a definite object was the rules' before; an indefinite one ("a house") says no which
        # ... unless a modifier says which kind ("paid $20,000 for an extra breast", as a bare
        # "TV ads" is read below: round forty-five, figsubj45; the FNC-1 audit of seed 157 read
        # such an object as what the money bought)
        if not any(c.dep_ in ("compound", "amod") and c.i < p.i and not c.like_num for c in p.children):
            continue  # "spent $800,000 on ads": which ads is in a clause after, or nowhere
        np = _uncut(p, F._np_span(p, {t.i for t in span}, mentions))
        if np is not None:
            return np
    return None


def _priced_thing(span, measure: str | None):
    """The thing a sum written before its noun prices or sizes: "the $20,000 implant", "a
    $20bn compensation fund", "a $50m ad campaign" (round forty-five, figsubj45; the FNC-1
    audit of seed 157 read such a thing as the sum's subject: "the $20,000 implant"). The noun phrase begins
    with a determiner or a possessor before the sum ("a", "the", "her", "BP's"), and the words
    after the sum to the noun are only nouns or adjectives (no participle: "a $30,150 priced
    model"; no quote, no number). Never a noun that names the sum itself (data/sum_heads.txt:
    "a $600 million charge", "the $75m cap") or a measure noun (measures.tsv: "a $2 billion
    loss"), nor the noun the measure was read from; the subject is the words from after the
    sum to the noun ("compensation fund")."""
    root = span.root
    head = root.head
    if root.dep_ not in ("compound", "nmod", "amod", "nummod", "quantmod") or head.i <= root.i or head.pos_ != "NOUN":
        return None
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.dep_ == "case":
        before = before.head  # "BP's $20bn fund": the possessor, whose "'s" stands before the sum
    if before is None or before.dep_ not in ("det", "poss") or before.head.i != head.i:
        return None  # "a"/"the"/"her"/"BP's" before the sum, on the same noun: one noun phrase
    lex = F.lexicon()
    low = head.lower_
    # a noun of buying is read for the thing bought (figsubject_sale._thing_acquired)
    barred = lexicon_file.words("analyse/sum_heads.txt") | lexicon_file.words("analyse/acquisition_nouns.txt")
    if (token_listed(head, barred) or any(token_listed(head, lex.get(k, {}))
                                             for k in ("noun", "container", "change", "vague", "payer_noun", "gift", "notown"))
            or low in F._TIME_NOUNS or (measure and low in measure.lower().split())):
        return None
    toks = list(doc[span.end : head.i + 1])
    if not toks or any(t.pos_ not in ("NOUN", "PROPN", "ADJ") or t.tag_ in ("VBN", "VBD", "VBG") or t.like_num
                       or not t.is_alpha and "-" not in t.text for t in toks):
        return None
    if any(t.pos_ == "PROPN" for t in toks):
        return None  # "a $5 billion Acme fund": whose is a name's question, left to the entity rules
    if head.i + 1 < len(doc) and doc[head.i + 1].pos_ in ("ADV", "NOUN", "PROPN", "NUM", "X"):
        # "a $100m relief well is drilled": the parse took "well" for an adverb and "relief"
        # for the head; a word of the phrase after the head means the head may be cut short
        # (Timeline17 census, round forty-five: "relief" given)
        return None
    text = F.doc_text(doc)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return text[start:end], start, end


def _reward_for(span, verb, payers, mentions):
    """What a reward is for: the "for" phrase of a ``reward`` noun the figure is the amount
    of ("a reward of $5 million for ...", "the standard $50,000 reward for ..."), or of a
    verb of offering whose passive subject the sum is ("$80,000 is being offered for
    ..."); the phrase with the clause after its noun that says which, kept short."""
    root = span.root
    holder = None
    if (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN"
            and F._listed(root.head.head, "container")):
        root = root.head.head  # "A total of $80,000 is being offered": the total stands for the sum
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        holder = root.head.head  # "a reward of up to $5 million"
    elif root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.pos_ == "NOUN" and root.head.i > root.i:
        holder = root.head  # "the standard $50,000 reward"
    if holder is not None and holder.lemma_.lower() not in _words("reward"):
        holder = None
    if holder is None and root.dep_ == "nsubjpass" and F.lexicon().get("payer", {}).get(root.head.lemma_.lower()) == "subject":
        holder = root.head  # "A total of $80,000 is being offered for information ..."
    if holder is None:
        return None
    # the "for" phrase on the reward or the verb, or on the sum itself ("a reward of $5 million
    # for information ...": the parse may hang it on either)
    obj = _pobj(holder, ("for",), agent=False) or _pobj(span.root, ("for",), agent=False)
    if obj is None or obj.pos_ != "NOUN":
        return None
    fig = {t.i for t in span}
    if any(t.lower_ in F._PRONOUNS for t in obj.subtree if t.i <= obj.i):
        return None  # "for his capture": whose capture is another sentence's
    clause = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.i > obj.i), None)
    if clause is None:
        return F._np_span(obj, fig, mentions) if _which(obj) else None
    doc = obj.doc
    aside = {t.i for d in clause.subtree if d.dep_ in ("relcl", "appos") and d.i != clause.i
             and d.left_edge.i > 0 and doc[d.left_edge.i - 1].text == ","
             for t in [doc[d.left_edge.i - 1], *d.subtree]}  # "the arrest of Roe, who is charged": the aside is not the phrase
    toks = sorted([t for t in obj.subtree if t.i <= obj.i] + [t for t in clause.subtree if t.i not in aside], key=lambda t: t.i)
    if (toks[-1].i - toks[0].i + 1 != len(toks) or len(toks) > 14 or any(t.i in fig for t in toks)
            or any(t.is_punct for t in toks) or any(t.lower_ in F._PRONOUNS for t in toks)):
        return None  # one short phrase, no aside, no figure of its own, no "his" or "it" to resolve
    text = F.doc_text(obj.doc)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return text[start:end], start, end


def _recipient(span, count_tok, mentions):
    """(mention, noun phrase) of who money is given to: the "to" object of a ``give`` verb
    whose direct object the sum is ("gave $10 million to the Acme Foundation", "gave a total
    of $5,395 to ..."), or of a ``gift`` noun (measures.tsv) the figure is the amount or the
    count of ("made a $2,500 donation to the Acme PAC", "made 2.5 million contributions to
    Roe's campaign"). A name there, or a definite phrase; never the giver."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and F._listed(root.head.head, "container"):
        root = root.head.head  # "a grand total of $5,395"
    holder = None
    if count_tok is not None and F._listed(count_tok, "gift"):
        holder = count_tok  # "2.5 million contributions to ..."
    elif root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.i > root.i and F._listed(root.head, "gift"):
        holder = root.head  # "a $5,000 donation to ..."
    elif count_tok is None and root.dep_ == "dobj" and root.head.lemma_.lower() in _words("give"):
        holder = root.head  # "gave $10 million to ..."
    if holder is None:
        return None, None
    to = next((o for c in holder.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
               for o in c.children if o.dep_ == "pobj"), None)
    if to is None or to.i in {t.i for t in span} or any(c.dep_ == "det" and c.lower_ in ("a", "an", "some", "any") for c in to.children):
        return None, None  # "to a super PAC supporting Roe": which one is not said
    mi = F._mention_index(mentions, to.idx, to.idx + len(to.text), {"ORG", "PERSON", "GPE"})
    if mi is not None:
        m = mentions[mi]
        if " " not in m.text.strip() and any(c.dep_ == "det" for c in to.children):
            return None, None  # "to the PAC": a word standing for a name given before, not the name
        return mi, None
    if to.pos_ == "PROPN":
        return None, None  # a name the recogniser did not take whole ("the Ready for Roe PAC"): its parse is no phrase
    head = F._definite(to)
    return None, (_uncut(head, F._np_span(head, {t.i for t in span}, mentions)) if head is not None else None)

"""Named-entity mentions and their descriptions in one document.

Steps, all on the spaCy Doc of the cleaned text:

1. NER spans of named types, trimmed (leading "the", trailing punctuation) and
   filtered for junk: no capital letter ("buff"), a job title read as a name
   ("COO"), a sentence-initial verb ("Kick off your day"), and in headings or
   title-case lines only the parts of a span the body of the text confirms
   ("Huawei Responds" -> "Huawei").
2. Recovery of names NER missed: a capitalised token equal to a word of a person
   named in the same document, or sounding like one (metaphone) when it is the
   subject of a verb of speech or mental state ("Rain is hoping", next to
   "Huawei CEO Ren Zhangvi").
3. A guard: dateline and page-furniture words ("Thu Jun", "Sun Aug 28", "Views")
   are dropped, a photo credit is cut at its slash, a family ("the Gaddafis", "the
   Gaddafi family") is a group (NORP), never a person.
4. Within-document links for the resolver: ``context.ref`` points a short form
   ("Ren", "Mr. Ren", "Raine", "Li", an acronym the text defines: "National
   Transitional Council (NTC)") at the full-name mention it stands for, with
   ``ref_evidence`` and ``ref_confidence``; a bare surname several people of the
   document bear goes to the one named nearest before it or, when none is or two are
   named in one sentence, stays open (``context.ambiguous``), and so does one the text
   also writes after another first name the tagger missed ("William "Monty" Graham"); an honorific's gender narrows the bearers
   (``context.gender``, from honorifics and pronouns); ``roles`` and ``org`` from
   descriptions.
5. Descriptions: pre-modifiers ("Acme founder Jane Roe") and appositions
   ("Its head of sales in Europe, Jane Li"), each with its span.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict

from .. import firstnames, lexicon
from ..types import DescriptionSpan, DocAnalysis, Mention
from . import gazetteer, names, speakers
from .parse import doc_text

NAMED = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
_DETS = {"the", "a", "an"}
_FUNCTION_POS = {"VERB", "AUX", "ADP", "DET", "PRON", "ADV", "SCONJ", "CCONJ", "INTJ", "PART"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_QUOTE_MARKS = set('"“”«»„')
_MODIFIER_WORDS = {"former", "then", "acting", "deputy", "senior", "chief", "interim", "late", "co", "vice", "executive"}


def _sentence_finder(analysis: DocAnalysis):
    starts = [s.start for s in analysis.sentences]

    def find(pos: int) -> int:
        i = bisect.bisect_right(starts, pos) - 1
        return i if i >= 0 else -1

    return find


def _title_case_line(text: str) -> bool:
    """A headline-style line: most longer words capitalised, no closing full stop."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if len(words) < 3 or text.rstrip().endswith((".", "!", '"', "”")):
        return False
    long = [w for w in words if len(w) > 3]
    return bool(long) and sum(w[0].isupper() for w in long) / len(long) >= 0.7


def _trim(sdoc, start: int, end: int) -> tuple[int, int] | None:
    """Token range without leading determiners/honorific-free punctuation and trailing possessives."""
    while start < end and (sdoc[start].lower_ in _DETS or sdoc[start].is_punct):
        start += 1
    while end > start and (sdoc[end - 1].is_punct or sdoc[end - 1].tag_ == "POS" or sdoc[end - 1].lower_ in {"'s", "’s"}):
        end -= 1
    return (start, end) if end > start else None


@functools.cache
def _saying_lemmas() -> frozenset[str]:
    """Verbs of saying (data/reporting_verbs.txt, without the mental-state ones flagged "*")."""
    return frozenset(w for w, flags in lexicon.flagged("reporting_verbs.txt").items() if "*" not in flags)


def _cue_tail(sdoc, start: int, end: int, label: str) -> tuple[int, int]:
    """A person's span without a verb of saying in the third person that a headline in title
    case ran into it ("Dennis Prager Tells #NeverTrump Conservatives ..." -> "Dennis Prager"):
    the verb is the headline's cue, not a word of the name, and the speaker shown read "Dennis
    Prager Tells" (issue 18, round thirty-nine, quoteleft: west-journal Q9 of seed 153). Only
    when the span's last word is capitalised, ends in "s" and is a verb of saying with that
    taken off ("Tells", "Says", "Warns"), the whole span's words occur nowhere else in the
    text, it is in no quotation marks (a show's title) and another person span of the text
    ends in the word before the verb (the surname: "Prager", "Trump"): a surname that reads
    as such a verb ("Larry Speakes", said again in the story) keeps its span, and so does a
    body the tagger typed a person ("Autism Speaks"). Census (PolNeAR train 301-840): 4 person
    spans end in such a verb: 2 a headline's ("Dennis Prager Tells", "Trump Calls"), trimmed;
    a show ("Andrea Mitchell Reports") and a charity ("Autism Speaks"), kept."""
    if label != "PERSON" or end - start < 2:
        return start, end
    last = sdoc[end - 1]
    w = last.lower_
    if not (last.is_title and w.endswith("s")) or not ({w[:-1], w[:-2] if w.endswith("es") else w[:-1]} & _saying_lemmas()):
        return start, end
    whole = re.escape(sdoc[start:end].text)
    surname = sdoc[end - 2].text
    if len(re.findall(r"(?<!\w)" + whole + r"(?!\w)", doc_text(sdoc))) != 1:
        return start, end
    if start > 0 and sdoc[start - 1].text in _QUOTE_MARKS:
        return start, end  # a title in quotation marks (a show: '"Andrea Mitchell Reports"')
    if not any(e.label_ == "PERSON" and e.start != start and e[-1].text == surname for e in sdoc.ents):
        return start, end  # the surname is no other person's name in the text ("Autism Speaks")
    return start, end - 1


def _lead_verb(sdoc, start: int, end: int, label: str) -> tuple[int, int]:
    """A person's span without a verb the tagger ran into it at the start of a sentence or a
    line ("Suspended Jane Al Roe, her cousin, saying: ...", a machine translation's verb before the
    name): a capitalised first word the tagger reads as a past tense or participle (VBD, VBN:
    an inflected form, not its lemma) that is no first name of the birth lists
    (``firstnames.births``: "Said Ali", "Rose Byrne" keep theirs), before two or more capitalised
    words (a full name left). The verb is no word of the name, and the speaker shown read
    "Suspended Jane Al Roe" (issue 18, round fifty-four, mender m1: fnc1_c076 Q6 of seed 169)."""
    if label != "PERSON" or end - start < 3:
        return start, end
    first = sdoc[start]
    opening = first.is_sent_start or doc_text(sdoc)[: first.idx].rstrip(" \t")[-1:] in ("", "\n")  # a line's first word
    if not opening or not first.is_title or first.tag_ not in ("VBD", "VBN") \
            or first.lemma_.lower() == first.lower_ or firstnames.births(first.text) > 0:
        return start, end
    if not all(t.is_title and t.is_alpha for t in sdoc[start + 1 : end]):
        return start, end
    return start + 1, end


def _clause_inside(sdoc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """A span the tagger ran over a whole clause of saying ("Simone told The New York Post",
    typed WORK_OF_ART): inside it, not as its last word, the sentence's main verb, a verb of
    saying in the past or present tense, with its subject inside the span before it. The
    verb is the quote's cue, not a word of any name, and the mention would give the quote to
    the words after it, the one told (issue 18, round fifty-one, mender m1: fnc1_c036 Q10 of
    seed 166, the addressee shown as the speaker). A person's span keeps the words before the
    verb (the subject, a person's name); any other span is dropped, its type read over the
    whole clause, so the subject is read as an untagged name (``quotes._tagged_elsewhere``:
    the same name the document tags elsewhere, else open). None for a dropped span. A verb
    as the span's last word is ``_cue_tail``'s ("Autism Speaks")."""
    for t in sdoc[start + 1 : end - 1]:
        if t.dep_ == "ROOT" and t.tag_ in ("VBD", "VBZ", "VBP") and t.lemma_.lower() in _saying_lemmas() \
                and any(c.dep_ == "nsubj" and start <= c.i < t.i for c in t.children):
            return (start, t.i) if label == "PERSON" else None
    return start, end


def _name_s(sdoc, start: int, end: int, label: str) -> tuple[int, int]:
    """An organisation's span with the "’s" or "'s" that ends its name ("McDonald’s", "Moody's")
    when that ending possesses nothing: the name is a subject or a preposition's object, not
    the possessor of a noun ("McDonald’s head office", where the ending is the possessive and
    stays off). The tokenizer splits the ending off both apostrophes alike, and the tagger
    takes it into the span or leaves it out as it will; ``_trim`` strips a possessive off every
    span, so "McDonald’s further confirmed" showed its speaker as "McDonald" (issue 18, round
    fifty-one, mender m1: fnc1_c049 Q9 of seed 166, as "Moody" for Moody's in bpoil_bbc-60-79
    Q26). Only for an organisation: a person's name never ends so, and a name's keys drop the
    ending (``names.simple_key``), so the mention clusters with the possessive ones as before."""
    if label != "ORG" or end >= len(sdoc):
        return start, end
    last, after = sdoc[end - 1], sdoc[end]
    if (after.tag_ == "POS" or after.lower_ in ("'s", "’s")) and after.head.i == last.i \
            and last.dep_ in ("nsubj", "nsubjpass", "pobj") and after.idx == last.idx + len(last.text) \
            and _nothing_possessed(sdoc, end + 1):
        return start, end + 1
    return start, end


def _nothing_possessed(sdoc, i: int) -> bool:
    """Is what follows an "’s" no noun phrase it could own: past any adverbs, a finite verb, a
    modal, a preposition, a conjunction, a comma or stop, or the end ("McDonald’s further
    confirmed", "go to McDonald's or the mall")? The parse hangs a possessive on a verb or a
    preposition as its subject or object often enough ("on Apple’s revamped app", "Apple’s
    plans", "Fox News Channel’s “The Kelly File”": FNC-1 census, round fifty-one) that the
    words after decide."""
    while i < len(sdoc) and sdoc[i].pos_ == "ADV":
        i += 1
    if i >= len(sdoc):
        return True
    t = sdoc[i]
    return t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.pos_ in ("ADP", "CCONJ", "SCONJ") or t.text in (",", ".", ";", ":")


def _is_junk(span, label: str) -> bool:
    text = span.text
    if not any(c.isupper() for c in text):
        return True  # "buff", "daily"
    if names.is_title(text) or names.simple_key(text) in names.titles():
        return True  # "COO", "President"
    if len(span) == 1:
        tok = span[0]
        if tok.is_sent_start and tok.pos_ in _FUNCTION_POS and label != "GPE":
            return True  # "Kick off your day"
    return False


_TITLE_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})  # titles may hold a colon ("Star Wars: ...")


def _cut_at_seams(sdoc, start: int, end: int, label: str, alone: dict[str, Counter]) -> list[tuple[int, int, str]]:
    """A span the tagger ran over the seam between two things, cut at the seam (round sixty,
    seed 175 bpoil_foxnews E2, E3, E1, bpoil_reuters E1, E5):

    - a line break, or a colon in a span that is no title ("At the White House: Representatives
      from ...", "In the Gulf: Coast Guard Adm. ..."): the name before it;
    - a news outlet's name (data/source_credits.tsv) as the one told (after "to" or a verb of
      data/addressee_verbs.txt), followed by words the document tags alone as a name that is no
      outlet ("In a statement to Fox News BP said", "told Reuters BP's"): two names, the outlet
      and the other ("analysts at Reuters Breakingviews", and "Washington Post Co", no name
      alone, stay whole);
    - a number after words the document tags alone as a place ("into the Gulf 11 days after":
      "Apollo 11", "ABC 7", "Interstate 15" stay); a trailing lower-case word, after a space,
      whose head in the parse is outside the span and which heads no word of it ("the Gulf
      today", "called Hayward a jerk"): no word of the name ("the Iraq war", "Dow Jones industrial
      average", whose last word heads the rest, and "Kim Jong-un", "op-ed", stay).

    A piece cut off keeps the type the document gives the same words tagged alone ("Gulf 11",
    typed EVENT, is the LOC "Gulf"); with none, a name's type (a person, a body, a place) is
    kept and a title's (EVENT, WORK_OF_ART, ...) dropped: it was read over the glued words.
    Written by hand: the seams are a line's, a colon's and a list's, which the tagger reads no
    better than the words around them."""

    def typed(s: int, e: int) -> list[tuple[int, int, str]]:
        r = _trim(sdoc, s, e)
        if r is None:
            return []
        seen = alone.get(sdoc[r[0] : r[1]].text)
        if seen:
            return [(r[0], r[1], seen.most_common(1)[0][0])]
        return [] if label in _TITLE_LABELS else [(r[0], r[1], label)]

    for k in range(start + 1, end):
        t = sdoc[k]
        if (t.is_space and "\n" in t.text) or "\n" in sdoc[k - 1].whitespace_ \
                or (t.text == ":" and label not in _TITLE_LABELS):
            return typed(start, k) or typed(k + 1, end)
        if t.text == "s" and sdoc[k - 1].whitespace_ and sdoc[k - 1].text[:1].isupper():
            return typed(start, k)  # a possessive that lost its apostrophe ("BP s public relations
            # problem"): the name is the word before it (round sixty, bpoil_foxnews E1 after m3)
    before = sdoc[start - 1] if start > 0 else None
    told = before is not None and (before.lower_ == "to" or before.lemma_.lower() in lexicon.words("analyse/addressee_verbs.txt"))
    if told:  # the outlet's name and the other's, read only after "to" or a verb of telling
        for k in range(end - 1, start, -1):
            head, rest = sdoc[start:k].text, sdoc[k:end].text
            if speakers.is_outlet(head) and not speakers.is_outlet(rest) and alone.get(rest):
                return [(start, k, "ORG"), *typed(k, end)]
    for k in range(start + 1, end):
        if sdoc[k].is_digit and sdoc[k - 1].whitespace_ and any(lab in ("GPE", "LOC") for lab in alone.get(sdoc[start:k].text, ())):
            return typed(start, k)  # "the Gulf 11 days": a place the document tags alone, then a count
    e = end
    while e - 1 > start and sdoc[e - 1].is_lower and sdoc[e - 1].is_alpha \
            and not start <= sdoc[e - 1].head.i < e and sdoc[e - 2].whitespace_ \
            and not any(t.head.i == e - 1 for t in sdoc[start : e - 1]):
        e -= 1
    if e < end:
        return typed(start, e)
    return [(start, end, label)]


def _spans(sdoc, analysis: DocAnalysis) -> list[tuple[int, int, str]]:
    """NER spans (token ranges) after trimming and junk filtering."""
    text = analysis.document.text
    find = _sentence_finder(analysis)
    headish = {
        i for i, s in enumerate(analysis.sentences) if s.heading or _title_case_line(text[s.start : s.end])
    }
    trimmed = [(r0, ent.label_) for ent in sdoc.ents
               if ent.label_ in NAMED and (r0 := _trim(sdoc, ent.start, ent.end)) is not None]
    alone: dict[str, Counter] = defaultdict(Counter)  # the words of each span, the types the tagger gives them
    for r0, label in trimmed:
        alone[sdoc[r0[0] : r0[1]].text][label] += 1
    kept: list[tuple[int, int, str, bool]] = []
    for r0, label in trimmed:
        if _is_junk(sdoc[r0[0] : r0[1]], label):
            continue
        for s0, e0, lab in _cut_at_seams(sdoc, r0[0], r0[1], label, alone):
            if _is_junk(sdoc[s0:e0], lab):
                continue
            r = _clause_inside(sdoc, *_cue_tail(sdoc, s0, e0, lab), lab)
            if r is None:
                continue
            r = _name_s(sdoc, *_lead_verb(sdoc, r[0], r[1], lab), lab)
            shouted = names.is_shouted(sdoc[r[0] : r[1]].text)  # a line in capitals, even one run into a sentence
            kept.append((r[0], r[1], lab, shouted or find(sdoc[r[0]].idx) in headish))
    body = {names.simple_key(sdoc[s:e].text) for s, e, _, head in kept if not head}
    body |= {t.lower_ for t in sdoc if t.is_alpha and t.is_title and find(t.idx) not in headish}
    body_names = {names.simple_key(sdoc[a:b].text) for a, b, _, h in kept if not h}
    out = []
    for s, e, label, head in kept:
        if not head or names.simple_key(sdoc[s:e].text) in body:
            out.append((s, e, label))
            continue
        # A headline fragment: keep the longest part the body confirms as a name.
        best = None
        for i in range(s, e):
            for j in range(e, i, -1):
                if (best is None or j - i > best[1] - best[0]) and names.simple_key(sdoc[i:j].text) in body_names:
                    best = (i, j)
        if best:
            out.append((best[0], best[1], label))
    return out


def _person_index(mentions: list[Mention]) -> dict[str, list[int]]:
    """Full-name person key -> indices of its mentions (two or more name words)."""
    out: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.label == "PERSON" and len(names.person_tokens(m.text)) >= 2:
            out.setdefault(names.person_key(m.text), []).append(i)
    return out


def _person_gender(idx: list[int], mentions) -> str | None:
    """A full-named person's gender from an honorific or the pronouns after it, if one."""
    seen = {mentions[i].context.gender or mentions[i].context.gender_hint for i in idx} - {None}
    return seen.pop() if len(seen) == 1 else None


def _match_person(word: str, persons: dict[str, list[int]], mentions, phonetic: bool,
                  ambiguous: dict | None = None, gender: str | None = None, at: int | None = None,
                  no_bearers: frozenset[str] = frozenset(), kin: frozenset[int] = frozenset(),
                  modifier: bool = False) -> int | None:
    """The full-name mention a single name word stands for.

    Exactly one person of the document bearing the word (full names that are not
    ``names.different_people``: "Barack Obama" / "Barack H. Obama" are one): that one.
    Several (issue 18, round thirty-one: a father and son, a husband and wife, a study's
    author and another man of the surname): with ``at`` (the index of the bare mention),
    the one ``_nearest_bearer`` finds (the one named before it, or the one named nearest
    before in its sentence or the one before), unless another bearer is named in the
    sentence of that full name ("Mary Roe, the wife of John Roe, said") or in the bare
    mention's own sentence; otherwise none, and
    ``ambiguous`` (if given) gets the competing full names, so the word stays a surname
    cluster of its own rather than going to the wrong family member. Abstain rather than
    guess: the most-mentioned bearer is no evidence for a mention that follows the other
    one (rounds up to thirty gave the word to a bearer with twice the other's mentions).
    Without ``at`` (the recovery of untagged words, which only asks whether the word is
    a name word of the document), the most-mentioned when it has twice the next one's
    mentions. A ``modifier`` (the surname before a common noun: "the Obama
    administration", "the Obama daughters") stands for a family or an office as much as
    for one bearer: with several, open. Keys of ``no_bearers`` (a span whose first word is no name: "Thankfully
    Obama", "Neither Allen") count as no bearer beside another. Word positions and sentences, not a coreference model: none installs
    offline here.
    """
    w = word.lower()
    hits = names.surname_bearers(w, persons)
    if not hits and phonetic:
        code = names.phonetic(word)
        hits = names.surname_bearers(w, persons, lambda a, t: bool(code) and len(t) >= 2 and names.phonetic(t) == code
                                     and t[0] == a[0])
    if gender:
        # "Mrs. Clinton" is not Bill Clinton: a bearer of the other gender is out
        hits = [k for k in hits if _person_gender(persons[k], mentions) in (None, gender)]
        if len(hits) > 1:
            # among several, one whose first name tells the other gender is out too ("Mr.
            # Cheney" is not Liz Cheney; speakers.share_gender: 98% of US births or more)
            hits = [k for k in hits if _person_gender(persons[k], mentions) is not None
                    or speakers.share_gender(speakers.first_name_gender(mentions[persons[k][0]].text)) in (None, gender)] or hits
    if len(hits) > 1 and no_bearers:
        hits = [k for k in hits if k not in no_bearers] or hits
    if len(hits) == 1:
        return persons[hits[0]][0]
    if len(hits) < 2 or phonetic:
        return None
    ranked = sorted(hits, key=lambda k: (-len(persons[k]), persons[k][0]))
    people = _bearer_groups(ranked, mentions, persons)
    if len(people) == 1:
        return persons[ranked[0]][0]  # one person written two ways
    if at is None:
        if len(persons[ranked[0]]) >= 2 * len(persons[ranked[1]]):
            return persons[ranked[0]][0]
    elif not modifier:
        ref = _nearest_bearer(at, people, persons, mentions, kin)
        if ref is not None:
            return ref
    if ambiguous is not None:
        ambiguous["candidates"] = [mentions[persons[k][0]].text for k in ranked]
    return None


def _bearer_groups(keys: list[str], mentions, persons: dict[str, list[int]]) -> list[list[str]]:
    """The full-name keys of one surname grouped by person: a key joins a group when it is
    no ``names.different_people`` of any key in it ("Barack H. Obama" joins "Barack
    Obama"; "Mary Roe" and "John Roe" stay apart, and "J. Roe" joins neither when both are
    there: it fits two)."""
    groups: list[list[str]] = []
    for k in keys:
        text = mentions[persons[k][0]].text
        fits = [g for g in groups if not any(names.different_people(text, mentions[persons[o][0]].text) for o in g)]
        if len(fits) == 1:
            fits[0].append(k)
        else:
            groups.append([k])  # fits no one, or several people: a person of its own, so no one is guessed
    return groups


def _nearest_bearer(at: int, people: list[list[str]], persons: dict[str, list[int]], mentions,
                    kin: frozenset[int] = frozenset()) -> int | None:
    """Of several people bearing a surname, the one mention ``at`` stands for: the one named
    before it when the others are named only after it ("Mitch Landrieu ... Landrieu said ...
    his father, Maurice Landrieu"); once two are named before it, the one named nearest
    before, only when that full name is in its sentence or the one before ("Mary Roe, a
    nurse, said ... Roe added"). Its first full-name mention; None when no bearer is named
    before it, when the nearest full name is further back (a column on Senator Kerry whose
    wife was named last, paragraphs before: open), or when another bearer is named in the
    sentence of that full name or in ``at``'s own. Nor, once two are named, a relative the
    nearest full name brings in (``kin``: "His half-brother Nicholas Grene is a professor.
    Mr Grene has a twin brother": the article's Andrew Grene, not Nicholas: open)."""
    before = [(j, g) for g, keys in enumerate(people) for k in keys for j in persons[k] if j < at]
    if not before:
        return None
    j, g = max(before)
    here = mentions[at].sentence
    if len({h for _, h in before}) > 1 and (here is None or mentions[j].sentence is None
                                            or here - mentions[j].sentence > 1 or j in kin):
        return None
    own = {mentions[j].sentence, here} - {None}
    if any(mentions[i].sentence in own for h, keys in enumerate(people) if h != g for k in keys for i in persons[k]):
        return None
    return min(persons[k][0] for k in people[g])


def _speech_subject(tok) -> bool:
    from .quotes import is_cue

    return tok.dep_ == "nsubj" and is_cue(tok.head, mental=True)  # active: not "Rain is expected"


def _subject_read_as_modifier(tok) -> bool:
    """Is ``tok`` (a capitalised word, in ``_recover`` also a name word of a person named in the
    document) the subject of a verb of saying that the parse read as its adverb or adjective:
    "but Early still says ...", "Early says there is a possibility ..." (the surname of a Chris
    Early said "early", the cue left with no subject)? Round fifty-seven (m9), seed 172 Q90: the
    name went unseen, so the "he" of the next quotation went to the speaker named before him.
    Only before its verb, with nothing but adverbs between, or right after it and before a
    full stop ('"...," says Early.'), and only when the verb has no subject of its own
    ("Early on, Roe says ...": Roe's)."""
    from .quotes import is_cue

    if tok.dep_ not in ("advmod", "amod", "npadvmod"):
        return False
    head = tok.head
    while head.dep_ == "advmod" and head.pos_ == "ADV" and head.i > tok.i and head.head.i > head.i:
        head = head.head  # "Early still says": the parse hung the name on the adverb after it
    if not is_cue(head) or head.pos_ != "VERB" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children):
        return False
    if head.i == tok.i - 1:  # '"...," says Early.': the inverted tag, the name right after its verb
        # only before a full stop: '"...," said Keely, explaining ...' is the quotation tag's own
        # untagged surname, which quotes already reads (test_quotes_cueopen_r37)
        return tok.i + 1 == len(tok.doc) or tok.nbor(1).text == "."
    return head.i > tok.i and all(t.dep_ == "advmod" and t.pos_ == "ADV" for t in tok.doc[tok.i + 1 : head.i])


def _recover(sdoc, mentions: list[Mention], analysis: DocAnalysis) -> list[Mention]:
    """Mentions of known person names NER missed."""
    persons = _person_index(mentions)
    if not persons:
        return []
    find = _sentence_finder(analysis)
    taken: set[int] = set()
    for m in mentions:
        taken.update(range(m.start, m.end))
    added = []
    for tok in sdoc:
        if not (tok.is_alpha and tok.is_title) or tok.idx in taken or len(tok) < 2:
            continue
        si = find(tok.idx)
        if si >= 0 and analysis.sentences[si].heading:
            continue
        nxt = tok.nbor(1) if tok.i + 1 < len(sdoc) else None
        if nxt is not None and nxt.is_title and nxt.is_alpha:
            continue  # part of a longer capitalised name NER did not take
        exact = _match_person(tok.text, persons, mentions, phonetic=False)
        ref: int | None
        if exact is not None and (tok.pos_ == "PROPN" or _speech_subject(tok) or _subject_read_as_modifier(tok)):
            ref = exact
        elif exact is None and _speech_subject(tok):
            ref = _match_person(tok.text, persons, mentions, phonetic=True)
            if ref is not None and gazetteer.is_any_place(tok.text):
                ref = None  # a word that names a place is no sound-alike of a person
        else:
            ref = None
        if ref is None:
            continue
        added.append(Mention(start=tok.idx, end=tok.idx + len(tok), text=tok.text, label="PERSON", source="alias"))
    return added


def _speaks(sdoc, m: Mention) -> bool:
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and any(_speech_subject(t) for t in span)


_PLACE_PREPS = lexicon.words("analyse/place_preps.txt")


def _person_role(sdoc, m: Mention) -> bool:
    """A lone name used as a person is: the subject of a verb of speech or thought, a
    possessor ("Hayward's position"), or after a title ("Chief Executive Hayward"); and
    no place cue: a place preposition before it ("in Hayward") or a country or state
    after its comma ("Hayward, California")."""
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand") if sdoc is not None else None
    if span is None:
        return False
    before = sdoc[span.start - 1] if span.start > 0 else None
    after = sdoc[span.end : span.end + 2]
    if before is not None and before.lower_ in _PLACE_PREPS:
        return False
    if len(after) == 2 and after[0].text == "," and gazetteer.place_kind(after[1].text, cities=False):
        return False
    possessive = len(after) >= 1 and (after[0].tag_ == "POS" or after[0].lower_ in {"'s", "’s"})
    titled = before is not None and (before.lower_ in names.titles() or before.lower_.rstrip(".") in names.titles())
    return possessive or titled or any(_speech_subject(t) for t in span)


def _link(sdoc, mentions: list[Mention]) -> None:
    """Point short forms at the full-name mention of the same document.

    Each link says why in ``context.ref_evidence`` and how sure in
    ``context.ref_confidence``; the resolver carries both into story.json.
    """
    persons = _person_index(mentions)
    first = {k: v[0] for k, v in persons.items()}
    junk: frozenset[str] | None = None  # computed when a bare name word first needs it
    kin: frozenset[int] = frozenset()
    barred: dict[int, str | None] = {}  # bearer -> the gender of a relative of the surname (_relation_bar)
    for i, m in enumerate(mentions):
        toks = names.person_tokens(m.text)
        if m.label == "PERSON" and len(toks) >= 2:
            k = names.person_key(m.text)
            if first[k] != i:
                _set_ref(m, first[k], "same name", 1.0)
            continue
        if m.context.ref is not None:
            continue  # an acronym defined in the text
        if m.label in ("ORG", "FAC", "PRODUCT"):
            # "Northrop" for "Northrop Grumman": the first words of one longer organisation here.
            # Not a lone word that is the family name of a person named in full here: a place
            # or firm named after that person ("the Trump Taj Mahal", "Trump Plaza") begins with
            # it, and the tagger's ORG on a lone "Trump" beside "Donald Trump" is its slip; the
            # surname branch below reads it (round thirty-three: the one casino so linked
            # carried Donald Trump's 254 mentions into an entity named after it, seed 137).
            surname = len(toks) == 1 and any(k.split()[-1] == toks[0].lower() for k in persons)
            ref = None if surname else _org_prefix(i, mentions)
            if ref is not None:
                _set_ref(m, ref, "first words of an organisation named in the document", 0.8)
                continue
        if len(toks) != 1 or m.label == "LANGUAGE":
            continue
        if m.label != "PERSON":
            # a lone word NER did not call a person stands for one only as a surname; one
            # typed a place or a people ("As Suttles described", NORP) only when it is no
            # place or people's word of the gazetteers ("Jordan" beside "Michael Jordan",
            # "Hayward" the city beside "Tony Hayward" are left as NER typed them)
            hits = [k for k in persons if k.split()[-1] == toks[0].lower()]
            if len(hits) == 1 and _untagged_bearer(sdoc, toks[0], persons):
                continue  # another first name before the word in the text: another bearer may be meant
            if len(hits) == 1 and _relation_bar(sdoc, i, persons[hits[0]][0], mentions, barred):
                m.context.ner_label, m.label = m.label, "PERSON"  # a family noun's person
                continue
            if (len(hits) == 1 and m.label in ("GPE", "LOC") and not m.context.family
                    and gazetteer.place_kind(m.text, cities=False) is None and _person_role(sdoc, m)):
                # "Hayward said", "Hayward's position", "Chief Executive Hayward": a city's
                # name in a person's role, beside the one full-named bearer, with no place
                # cue ("in Hayward", "Hayward, California") is that person
                _set_ref(m, persons[hits[0]][0], "surname of the one person so named in the document, "
                         "in a person's role", 0.7)
                m.context.ner_label = m.label
                m.label = "PERSON"
                continue
            if len(hits) == 1 and m.label in ("GPE", "LOC", "NORP") and (
                    m.context.family or gazetteer.is_demonym(m.text) or gazetteer.is_any_place(m.text)):
                continue  # "the Gaddafi family" is a group, not its one member of the document
            if len(hits) == 1 and not gazetteer.place_kind(m.text, cities=False) \
                    and not names.is_acronym_form(m.text) \
                    and not _bare_before(sdoc, mentions, persons[hits[0]][0], toks[0]):  # "UN" is no surname of "Doug Coates UN"
                _set_ref(m, persons[hits[0]][0], "surname of the one person so named in the document", 0.8)
                m.context.ner_label = m.label
                m.label = "PERSON"
            elif len(hits) > 1 and m.label not in ("GPE", "LOC", "NORP") and not gazetteer.place_kind(m.text, cities=False) \
                    and not names.is_acronym_form(m.text):
                _several_bearers(sdoc, i, toks[0], persons, mentions, barred)
            continue
        amb: dict = {}
        if junk is None:
            junk = _no_name_first(sdoc, persons, mentions)
            kin = _kin_brought(sdoc, persons, mentions)
        ref = _match_person(toks[0], persons, mentions, phonetic=False, ambiguous=amb,
                            gender=m.context.gender, at=i, no_bearers=junk, kin=kin,
                            modifier=_noun_modifier(sdoc, m))
        bearers = len([k for k in names.surname_bearers(toks[0].lower(), persons) if k not in junk])
        evidence = "title + surname" if names.person_tokens(m.text) != [m.text.strip()] else "name word"
        evidence += (" of the one person so named in the document" if bearers == 1 else
                     " of the person so named nearest before it in the document")
        conf = 0.9 if bearers == 1 else 0.7
        if (ref is None and not amb and m.label == "PERSON" and len(toks[0]) >= 3 and toks[0].lower() not in _PRONOUN_GENDER
                and _speaks(sdoc, m)):
            # a sound-alike ("Raine" for "Ren Zhangvi") only as the subject of a verb of
            # speech or thought, and never a word that names a place ("Brega" is not Barack)
            ref = _match_person(toks[0], persons, mentions, phonetic=True,
                                gender=m.context.gender)
            if ref is not None and gazetteer.is_any_place(m.text):
                ref = None
            evidence, conf = "transliteration similarity + speaker", 0.6
        if ref is not None and evidence != "transliteration similarity + speaker" \
                and (other := _untagged_bearer(sdoc, toks[0], persons)):
            # "Graham said" beside the tagged "Bob Graham" and an untagged "William "Monty"
            # Graham": open, like two tagged bearers
            amb = {"candidates": [mentions[ref].text, *other]}
            ref = None
        if ref is not None and bearers == 1 and evidence != "transliteration similarity + speaker" \
                and _bare_before(sdoc, mentions, ref, toks[0]):
            ref = None
        if ref is not None and _relation_bar(sdoc, i, ref, mentions, barred):
            ref = None  # "Mary Cole, whose son, Private Cole, ...": her relative, another bearer
        if ref is not None and _pronoun_bar(sdoc, i, ref, mentions):
            ref = None  # "Jane Roe ... Roe said he ...": a man of the surname, not Jane Roe
        if ref is not None:
            _set_ref(m, ref, evidence, conf)
        elif amb:
            m.context.ambiguous = amb["candidates"]


def _bare_before(sdoc, mentions: list[Mention], ref: int, word: str) -> bool:
    """Whether the document writes the surname ``word`` alone, twice or more in running text
    (no headline), before it first names its one full-named bearer (mention ``ref``), and
    brings that bearer in as a relative (data/spouse_titles.txt, data/kin_nouns.txt: "first
    lady Michelle Obama", "his wife Jane Roe"): the bare word then stood for someone else
    before that bearer came in, so no bare mention of it is read as that bearer by the document alone.
    Round sixty, seed 175 bpoil_foxnews E4: a timeline writing "President Obama" all through,
    whose last lines name "first lady Michelle Obama", gave her every "Obama" of it, before her
    line and after (111 mentions). As with several bearers (``_nearest_bearer``), a name is
    not read back from one named only after it; the corpus links the bare word to the one
    bearer of the story, or the one its title fits (resolve.entities._lone_word_link). A
    surname modifying a noun ("the Obama administration") names an office or a family as much
    as a person, and is no such earlier use (test_entities_bearers_r31)."""
    w = word.lower()
    text = doc_text(sdoc) if sdoc is not None else ""
    before = text[max(0, mentions[ref].start - 40) : mentions[ref].start].lower().rstrip(" ,")
    if not any(before.endswith(n) and not before[: len(before) - len(n)][-1:].isalnum()  # a whole word: not "Jackson"
               for n in lexicon.words("analyse/spouse_titles.txt") | lexicon.words("analyse/kin_nouns.txt")):
        return False  # the bearer is not brought in as a relative ("first lady", "his wife", "whose son")
    return sum(1 for j in range(ref) if [t.lower() for t in names.person_tokens(mentions[j].text)] == [w]
               and not _noun_modifier(sdoc, mentions[j]) and _in_running_text(text, mentions[j].start)) >= 2


def _in_running_text(text: str, at: int) -> bool:
    """Whether the line holding offset ``at`` ends as a sentence does (a full stop, a question
    or exclamation mark, a closing quotation mark): a headline ("Tensions flare after Sanders
    calls Clinton unqualified;") names people by surname before its body names them in full."""
    end = text.find("\n", at)
    line = text[at : end if end >= 0 else len(text)].rstrip()
    return line.endswith((".", "!", "?", '"', "”", "’", "'"))


def _several_bearers(sdoc, i: int, word: str, persons: dict[str, list[int]], mentions: list[Mention],
                     barred: dict[int, str | None]) -> None:
    """A lone word NER typed other than a person ("In a second post, Roe wrote:", typed ORG)
    that is the family name of several people the document names in full (a daughter and her
    mother): read as a bare surname is (``_match_person`` with its position), so it stands for
    the bearer already named before it, never for one named only after it, and stays open
    (``ambiguous``) when two are named before it. Round fifty, the c037 Q14 mend: such a word
    was left unlinked in its document, and the corpus then gave it to the one bearer whose
    first name is in the birth lists (the mother, named after it), not the daughter who wrote."""
    m = mentions[i]
    amb: dict = {}
    ref = _match_person(word, persons, mentions, phonetic=False, ambiguous=amb, at=i,
                        no_bearers=_no_name_first(sdoc, persons, mentions), kin=_kin_brought(sdoc, persons, mentions),
                        modifier=_noun_modifier(sdoc, m))
    if ref is not None and (_untagged_bearer(sdoc, word, persons) or _relation_bar(sdoc, i, ref, mentions, barred)):
        ref = None
    if ref is not None:
        _set_ref(m, ref, "surname of the person so named nearest before it in the document", 0.7)
        m.context.ner_label, m.label = m.label, "PERSON"
    elif not m.context.ambiguous:
        m.context.ambiguous = amb.get("candidates") or [mentions[persons[k][0]].text for k in
                                                        names.surname_bearers(word.lower(), persons)]


def _no_name_first(sdoc, persons: dict[str, list[int]], mentions) -> frozenset[str]:
    """Full-name keys whose first word is no name: the tagger ran a sentence's opening
    adverb or determiner into the name ("Thankfully Obama", "Neither Allen": a function
    word's part of speech, or an English stop word of spaCy's list), on every mention of
    the key; or a connector ("of", "and") stands inside it ("Photographs of Hayward"). Such a key is no second bearer of the surname (issue 18, round thirty-one)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    out: set[str] = set()
    if sdoc is None:
        return frozenset()
    for k, idx in persons.items():
        firsts = []
        for j in idx:
            span = sdoc.char_span(mentions[j].start, mentions[j].end, alignment_mode="expand")
            if span is not None:
                firsts.append(span[0])
        if firsts and all(t.pos_ in _FUNCTION_POS or t.lower_ in STOP_WORDS for t in firsts):
            out.add(k)
        elif any(w in names.CONNECTORS for w in k.split()[1:-1]):
            out.add(k)  # "Photographs of Hayward": a caption's noun run into the name by "of"
    return frozenset(out)


def _noun_modifier(sdoc, m: Mention) -> bool:
    """A name that modifies a common noun after it ("the Obama administration", "the Obama
    daughters"): the parser's compound or modifier arc to a noun head to its right."""
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand") if sdoc is not None else None
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ == "NOUN" and root.head.i >= span.end


def _kin_brought(sdoc, persons: dict[str, list[int]], mentions) -> frozenset[int]:
    """Full-name person mentions a family noun brings in after a possessive ("his
    half-brother Nicholas Grene", "his wife, Teresa Kerry", "whose daughter Liz Cheney";
    data/kin_nouns.txt, up to two words between: "his younger brother"). A regular
    expression over the words before the name: the parser's apposition is not needed to
    see the pattern, and reads "half-brother" no better."""
    if sdoc is None:
        return frozenset()
    text = doc_text(sdoc)
    pattern = _kin_pattern()
    return frozenset(j for idx in persons.values() for j in idx
                     if pattern.search(text[max(0, mentions[j].start - 60) : mentions[j].start]))


@functools.cache
def _kin_pattern(titled: bool = False) -> re.Pattern:
    """A possessive and a family noun right before a name, up to two words between ("his
    younger brother", "whose husband, "): data/kin_nouns.txt. ``titled``: capitalised words of
    a rank or title may stand between the noun and the name ("whose son, Private Cole"), and
    the noun is captured (``kin``)."""
    kin_words = "|".join(re.escape(w) for w in sorted(lexicon.words("analyse/kin_nouns.txt"), key=len, reverse=True))
    titles = r"(?:[A-Z][\w.]*\s+){0,3}" if titled else ""
    return re.compile(r"\b(?:his|her|their|whose|its)\s+(?:[a-z-]+\s+){0,2}?(?P<kin>" + kin_words + r")\s*,?\s*"
                      + titles + "$", re.IGNORECASE)


def _relation_bar(sdoc, i: int, ref: int, mentions: list[Mention], barred: dict[int, str | None]) -> bool:
    """Leave the lone surname ``i`` open rather than give it to the full-named ``ref``: it is
    a relative of that bearer (``_kin_of_bearer``), or it follows such a relative and nothing
    on it tells the bearer from the relative (a "Mrs." or a he/she after it of the bearer's
    gender, the relative's the other: "Mary Cole, whose son, Private Cole, ... Cole said she
    ..." stays hers). ``barred`` keeps each bearer's relatives' gender (None: several or
    untold). Sets the mention's ``ambiguous`` to the bearer and the relation."""
    m = mentions[i]
    rel = f"a relative of {mentions[ref].text}"
    kin = _kin_of_bearer(sdoc, i, ref, mentions)
    if kin is not None:
        g = speakers.person_nouns().get(kin)
        barred[ref] = g if barred.get(ref, g) == g else None
        m.context.ambiguous = [mentions[ref].text, rel]
        return True
    if ref not in barred:
        return False
    own = m.context.gender or m.context.gender_hint
    if own is not None and barred[ref] is not None and own != barred[ref]:
        return False
    m.context.ambiguous = [mentions[ref].text, rel]
    return True


def _kin_of_bearer(sdoc, i: int, ref: int, mentions: list[Mention]) -> str | None:
    """Is the lone word ``i`` the surname of the full-named ``ref`` brought in as somebody's
    relation ("Mary Cole, whose son, Private Cole, was killed", "Mary Cole ... She said her
    husband, Cole, ...") where that relation cannot be the bearer: the bearer is named before
    it in its own sentence (the possessive's owner there), or the family noun tells the other
    gender from the bearer's (honorific, pronoun hint or first name)? A family shares its
    surname: the relative is another person of the name, never that bearer (issue 18, round
    forty-nine: the son's words would go to his mother, and his "son" in her cluster ruled out
    her "she"). Not a given name ("her husband, Bill" beside "Bill Roe" is Bill Roe himself),
    nor a bearer of the family noun's gender named only in another sentence ("Jim Roe was
    held. The woman said her husband, Roe, hit her": Jim Roe may be that husband). The family
    noun (lower case) when it is, else None."""
    m, full = mentions[i], mentions[ref]
    words = names.person_tokens(full.text)
    if sdoc is None or len(words) < 2 or words[-1].lower() != names.person_tokens(m.text)[0].lower() \
            or m.sentence is None:
        return None  # no text (a test's stand-in), or no surname of the bearer
    hit = _kin_pattern(True).search(doc_text(sdoc)[max(0, m.start - 80) : m.start])
    if hit is None:
        return None
    key = names.person_key(full.text)
    bearer = [o for o in mentions[: i] if o.label == "PERSON" and len(names.person_tokens(o.text)) >= 2
              and names.person_key(o.text) == key]
    noun = hit.group("kin").lower()
    if any(o.sentence == m.sentence for o in bearer):
        return noun
    kin = speakers.person_nouns().get(noun)
    told = {o.context.gender or o.context.gender_hint for o in bearer} - {None}
    if not told:
        told = {speakers.share_gender(speakers.first_name_gender(full.text))} - {None}
    return noun if kin is not None and len(told) == 1 and kin not in told else None


def _pronoun_bar(sdoc, i: int, ref: int, mentions: list[Mention]) -> bool:
    """Leave the lone surname ``i`` open rather than give it to the full-named ``ref`` when a
    he or she in its own sentence (``hint_votes``: the he/she subject right after it), the
    subject of the clause its verb reports (``_reported_own``), tells the gender the first
    name of ``ref`` is not (``speakers.first_name_gender``, at the 98% of US births
    ``share_gender`` asks): "Tanya Roe ... Roe has said he understood ..." is a man of
    the family, not Tanya Roe (issue 18, round fifty-four, mender m1: fnc1_c060 Q7 of seed 169,
    the father's words given to the mother, the one full Roe of the text). Not when the bearer's
    own mentions tell the pronoun's gender (an honorific or a he/she after the full name: the
    text outranks the birth lists), nor on a he/she outside that clause (it may be someone
    else), nor when the full name is written before the surname: a writer who introduced
    "Haley Barbour" and then wrote "Barbour said he" means that man, whatever the birth lists
    say of his first name (tests/test_pronoun_model.py); in c060 the woman is named only after
    the man's surname, the family's other bearer. Sets ``ambiguous`` to the bearer and another person of the surname, so
    neither the resolver nor the speaker stage gives it to the bearer. Pronouns and positions,
    not a coreference model: none installs offline here."""
    m, full = mentions[i], mentions[ref]
    if sdoc is None or full.start < m.start:
        return False  # introduced in full first ("Haley Barbour ... Barbour said he"): the same man
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    named = speakers.share_gender(speakers.first_name_gender(full.text))
    if span is None or named is None:
        return False
    by_token = {t.i: i for t in span}
    said = {g for g, t in hint_votes(sdoc, by_token).get(i, []) if _reported_own(span.root, sdoc[t])}
    own = _person_gender(_person_index(mentions).get(names.person_key(full.text), [ref]), mentions)
    if len(said) != 1 or named in said or own in said:
        return False
    m.context.ambiguous = [full.text, f"another person of the surname ({'he' if 'm' in said else 'she'})"]
    return True


def _reported_own(subj, pron) -> bool:
    """Is the he/she ``pron`` the subject of the clause the verb of the name ``subj`` takes as
    its complement ("Roe has said he understood", "Roe believes she was right")? There the
    pronoun is the speaker's own; a he or she elsewhere in the sentence ("Roe took her home,
    after which she passed out") may be anyone (FNC-1 census: a "she" of the woman he took,
    not of Cosby)."""
    verb = pron.head
    return subj.dep_ == "nsubj" and pron.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" \
        and verb.head.i == subj.head.i


def _untagged_bearer(sdoc, word: str, persons: dict[str, list[int]]) -> list[str]:
    """The names "<First> <word>" the text writes (``speakers.written_given_names``: a
    nickname or a middle initial may stand between) none of whose first names is a given
    name of a tagged full name ending in ``word``: people of the surname the tagger missed or
    mistyped ("William "Monty" Graham" beside the tagged "Bob Graham"). Issue 18, round
    thirty-one: the bare word went to the one tagged bearer."""
    if sdoc is None or not word[:1].isupper() or not word.isalpha():
        return []  # no text (a test's stand-in) or no name word
    # every word of a tagged bearer's name but the surname: "Marie-Laurence Jocelyn Lassegue"
    # is written "Jocelyn Lassegue" too
    tagged = {w for k in names.surname_bearers(word.lower(), persons) for w in k.split() if w != word.lower()}
    return [f"{min(run).title()} {word}" for run in speakers.written_given_names(doc_text(sdoc), word)
            if not any(names.given_fits(g, t) for g in run for t in tagged)]


def _kind_nouns(sdoc, mentions: list[Mention]) -> None:
    """The common noun a name modifies: "the Deepwater Horizon (drilling) rig" -> "rig",
    "BP's Macondo (seabed) well" -> "well" (``context.kind_noun``). The resolver types a
    name by these nouns over the corpus: a rig and a well are facilities, whatever NER
    said. A noun of data/facility_nouns.txt among the next three lowercase words is
    taken as written (the small parser reads "the Macondo well" as an adverb); another
    noun only when the parser makes it the head of the name. And the noun right before
    the name ("oil company Petrobras" -> ``class_noun`` "company"), or before "such as"
    ("sites such as Ushahidi", "antivirals such as Tamiflu" -> "site", "antiviral").
    Nouns of data/product_nouns.txt count as kinds too ("the Tamiflu antiviral drug"), and
    those of data/slogan_nouns.txt ("BP's Beyond Petroleum campaign")."""
    kinds = lexicon.words("facility_nouns.txt") | lexicon.words("product_nouns.txt") | lexicon.words("slogan_nouns.txt")
    for m in mentions:
        span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        chain = []
        for t in sdoc[span.end : span.end + 3]:
            if not (t.is_alpha and t.is_lower):
                break
            chain.append(t)
            # modifiers may stand between: "drilling", "seabed", "offshore"
            if t.lemma_.lower() in kinds or not (t.pos_ in ("NOUN", "ADJ") or t.tag_ in ("VBG", "VBN")):
                break
        before = sdoc[span.start - 1] if span.start > 0 else None
        if span.start >= 3 and sdoc[span.start - 2].lower_ == "such" and before is not None and before.lower_ == "as":
            before = sdoc[span.start - 3]  # "sites such as Ushahidi": the class is the noun before
        if before is not None and before.is_alpha and before.is_lower and before.pos_ == "NOUN":
            m.context.class_noun = before.lemma_.lower()
        after = sdoc[span.end] if span.end < len(sdoc) else None
        if m.label == "ORG" and after is not None and after.lower_ in lexicon.words("analyse/portfolio_titles.txt") and after.is_title:
            # "International Development Secretary Jane Roe": a portfolio in a
            # minister's title, the resolver's clue to the department of that name
            m.context.kind_noun = after.lower_
        elif chain and chain[-1].lemma_.lower() in kinds:
            m.context.kind_noun = chain[-1].lemma_.lower()
        elif span.root.dep_ in ("compound", "nmod", "amod") and span.root.head in chain and span.root.head.pos_ == "NOUN":
            m.context.kind_noun = span.root.head.lemma_.lower()


def _set_ref(m: Mention, ref: int, evidence: str, confidence: float) -> None:
    m.context.ref, m.context.ref_evidence, m.context.ref_confidence = ref, evidence, confidence


def _org_prefix(i: int, mentions: list[Mention]) -> int | None:
    """The one longer organisation mention of the document that this one's words begin."""
    key = names.org_key(mentions[i].text).split()
    if not key or names.is_acronym_form(re.sub(r"['’]s$", "", mentions[i].text)):
        return None  # "BP", "BP's": an acronym is no first word of another name
    longer: dict[str, int] = {}
    for j, o in enumerate(mentions):
        if o.label != "ORG" or j == i:
            continue
        k = names.org_key(o.text).split()
        if k and k[-1] in lexicon.words("analyse/occasion_nouns.txt"):
            continue  # "White House Correspondents Dinner": an occasion named after it, not it (round sixty, bpoil_foxnews E3)
        rest = " ".join(k[len(key) :])
        if k[: len(key)] == key and rest and gazetteer.place_kind(rest, cities=False):
            continue  # "BP America", "Shell Canada": the subsidiary named as such, not "BP PLC" (round sixty, E1)
        if names.product_line(" ".join(key), " ".join(k)):
            return None  # "Apple" beside "Apple Watch": the company whose products are named; no link
        if names.extends_org(" ".join(key), " ".join(k)) and o.start < mentions[i].start:
            longer.setdefault(" ".join(k), j)  # the full name introduced first, then shortened
    return next(iter(longer.values())) if len(longer) == 1 else None


def _gender(sdoc, mentions: list[Mention]) -> None:
    """Gender hints: an honorific before the name, or he/she as the next subject."""
    by_token: dict[int, int] = {}
    for i, m in enumerate(mentions):
        if m.label != "PERSON":
            continue
        span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            by_token[t.i] = i
        prev = sdoc[span.start - 1] if span.start > 0 else None
        first = span[0]
        for t in (prev, first):
            if t is not None:
                hit = names.titles().get(t.lower_)
                if hit and hit[1]:
                    m.context.gender = hit[1]
    gender_votes: dict[int, dict[str, int]] = {}
    for i, voters in hint_votes(sdoc, by_token).items():
        for g, _tok in voters:
            votes = gender_votes.setdefault(i, {})
            votes[g] = votes.get(g, 0) + 1
    for i, m in enumerate(mentions):
        counts = gender_votes.get(i)
        if counts and m.context.gender is None:
            m.context.gender_hint = max(sorted(counts), key=lambda g: counts[g])


def hint_votes(sdoc, by_token: dict[int, int]) -> dict[int, list[tuple[str, int]]]:
    """"X said ... . He added": the he/she subject right after a person subject votes that
    person's gender. Mention index (``by_token``: a PERSON mention's tokens -> its index) ->
    the (gender, pronoun token index) votes, so that the speaker resolver can leave out the
    vote of the very pronoun it resolves (speakers.Scene.gender)."""
    last_subject = None
    out: dict[int, list[tuple[str, int]]] = {}
    for tok in sdoc:
        if tok.dep_ in ("nsubj", "nsubjpass"):
            if tok.i in by_token:
                last_subject = (by_token[tok.i], tok.sent.start)
            elif tok.lower_ in ("he", "she") and last_subject is not None and not _QUOTE_MARKS & set(tok.sent.text):
                i, sent_start = last_subject
                if tok.sent.start - sent_start < 80:  # same or a near sentence
                    out.setdefault(i, []).append((_PRONOUN_GENDER[tok.lower_], tok.i))
                last_subject = None
    return out


def _desc_span(sdoc, a: int, b: int) -> tuple[int, int] | None:
    while a < b and (sdoc[a].is_punct or sdoc[a].lower_ in {"and"}):
        a += 1
    while b > a and (sdoc[b - 1].is_punct or sdoc[b - 1].lower_ in {"and"}):
        b -= 1
    return (a, b) if b > a else None


def _has_role(sdoc, a: int, b: int) -> bool:
    words = [t.lower_ for t in sdoc[a:b]]
    if any(w in names.titles() and names.titles()[w][0] != "honorific" for w in words):
        return True
    joined = " ".join(words)
    return any(" " in k and k in joined for k in names.titles())


def _describe(sdoc, mentions: list[Mention], analysis: DocAnalysis) -> list[DescriptionSpan]:  # noqa: C901 -- over the limit before the gate; split it into rule tables (issue 15, item 4)
    """Roles from pre-modifiers and appositions of person and organisation mentions."""
    in_mention: dict[int, int] = {}
    for i, m in enumerate(mentions):
        span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                in_mention[t.i] = i
    out: list[DescriptionSpan] = []
    for i, m in enumerate(mentions):
        if m.label not in ("PERSON", "ORG"):
            continue
        span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        found: list[tuple[int, int]] = []
        # Pre-modifiers: "NSA whistleblower Edward Snowden", "former US President Donald Trump".
        j = span.start - 1
        while j >= 0 and span.start - j <= 7:
            t = sdoc[j]
            other = in_mention.get(t.i)
            if other is not None and mentions[other].label == "PERSON":
                break
            if t.is_punct or t.is_sent_end:
                break
            ok = (
                t.lower_ in names.titles() and names.titles()[t.lower_][0] != "honorific"
                or t.lower_ in _MODIFIER_WORDS
                or other is not None
                or (t.pos_ in ("NOUN", "PROPN", "ADJ") and t.dep_ in ("compound", "amod", "nmod", "pcomp", "poss"))
            )
            if not ok:
                break
            j -= 1
        r = _desc_span(sdoc, j + 1, span.start)
        if r and (_has_role(sdoc, *r) or (m.label == "ORG" and any(t.pos_ == "NOUN" for t in sdoc[r[0] : r[1]]))):
            if not all(k in in_mention for k in range(*r)):
                found.append(r)
        root = span.root
        # Apposition, description first: "Its head of sales in Europe, Jane Li".
        if root.dep_ == "appos" and root.head.i < span.start and root.head.i not in in_mention:
            head = root.head
            end = span.start
            r = _desc_span(sdoc, head.left_edge.i, end)
            if r and r[1] - r[0] <= 14 and _has_role(sdoc, *r):
                found.append(r)
        # Apposition, name first: "Jane Li, the COO of Huawei,".
        for child in root.children:
            if child.dep_ == "appos" and child.i >= span.end and child.i not in in_mention:
                r = _desc_span(sdoc, child.left_edge.i, child.right_edge.i + 1)
                if r and r[1] - r[0] <= 14 and (_has_role(sdoc, *r) or child.pos_ == "NOUN"):
                    found.append(r)
        # A comma-separated role just before the name the parser attached elsewhere:
        # "executives including CEO and founder, Ren Zhengfei".
        if span.start >= 2 and sdoc[span.start - 1].text == "," and not any(b == span.start - 1 for _, b in found):
            j = span.start - 2
            while j >= 0 and (sdoc[j].lower_ in names.titles() or sdoc[j].lower_ in _MODIFIER_WORDS
                              or sdoc[j].lower_ in ("and", "&", "of") or sdoc[j].tag_ == "POS"
                              or (j in in_mention and mentions[in_mention[j]].label == "ORG")):
                j -= 1
            r = _desc_span(sdoc, j + 1, span.start - 1)
            if r and _has_role(sdoc, *r) and r not in found:
                found.append(r)
        for a, b in found:
            d = sdoc[a:b]
            out.append(DescriptionSpan(mention=i, start=d.start_char, end=d.end_char, text=d.text))
            roles = m.context.roles
            for t in d:
                if t.lower_ in names.titles() and names.titles()[t.lower_][0] != "honorific" and t.lower_ not in roles:
                    roles.append(t.lower_)
            orgs = [mentions[in_mention[k]].text for k in range(a, b)
                    if k in in_mention and mentions[in_mention[k]].label == "ORG"]
            if not orgs and any(t.lower_ in ("its", "their") for t in d):
                prior = [x for x in mentions[:i] if x.label == "ORG" and x.end <= d.start_char]
                if prior:
                    orgs = [prior[-1].text]
            if orgs and m.context.org is None:
                m.context.org = orgs[0]
    return out


_FAMILY_WORDS = {"family", "families", "clan", "dynasty", "household"}


_CREDIT = re.compile(r"^([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+)\s*(?:\\?/)\s*[A-Z]")


def _guard(sdoc, mentions: list[Mention]) -> list[Mention]:
    """Drop dateline and page-furniture junk; a family is a group, not a person.

    "Thu Jun", "Sun Aug 28", "Views" are never entities, unless the word is a name
    word of a person of the document ("May" beside "Theresa May"). "the Gaddafis" and
    "the Gaddafi family" name a family: NORP (a group of people), never merged with
    one of its members.
    """
    person_words = {w.lower() for m in mentions if m.label == "PERSON" for w in names.person_tokens(m.text)
                    if len(names.person_tokens(m.text)) >= 2}
    orgs = {names.org_key(m.text) for m in mentions if m.label == "ORG"}
    starts = {m.start for m in mentions}
    out = []
    surnames = {names.person_tokens(m.text)[-1].lower() for m in mentions
                if m.label == "PERSON" and len(names.person_tokens(m.text)) >= 2}
    mentions = [part for whole in mentions for part in _split_comma_surname(whole, surnames)]
    mentions = [part for whole in mentions for part in _split_defined_acronym(whole)]
    mentions = [part for whole in mentions for part in _split_possessed(sdoc, whole, orgs)]
    for m in [part for whole in mentions for pair in _split_pair(whole) for comp in _split_companies(pair, orgs)
              for one in _split_person_of(comp, orgs) for part in _split_country_after(one)]:
        credit = _CREDIT.match(m.text)
        if credit:  # a photo credit run into the next name: "Jim Young/Reuters BP" -> "Jim Young"
            m.end = m.start + len(credit.group(1))
            m.text = credit.group(1)
        if not _repair(m) or not _unglue(sdoc, m) or _misused_norp(sdoc, m) or _person_demonym(sdoc, m):
            continue
        _extend_org(sdoc, m, starts)
        _extend_place(sdoc, m, starts)
        _extend_person(sdoc, m)
        words = m.text.split()
        if names.is_pronoun(m.text):
            # a bare pronoun is never a name, whether the tagger took one ("He" opening a
            # paragraph as PERSON) or _recover heard a surname in it ("He" for "Hay"): left
            # to the speaker resolver, which links it to a named person or leaves it open
            continue
        if names.is_junk_name(m.text) and not (len(words) == 1 and names.simple_key(m.text) in person_words):
            continue
        if len(words) == 1 and names.simple_key(m.text) in names.org_suffixes():
            # a generic word of organisation names alone ("International" of "International
            # development Secretary", a lowercase portfolio) names no body of its own
            continue
        if m.label in ("PERSON", "NORP", "GPE", "LOC", "FAC") and names.has_legal_form(m.text):
            m.context.ner_label = m.label  # "Transocean Ltd", "Halliburton Co": a company's legal form
            m.label = "ORG"
        if m.label in ("PERSON", "ORG", "GPE") and _is_family(sdoc, m, person_words):
            m.context.ner_label = m.label
            m.context.family = True
            m.label = "NORP"
        out.append(m)
    return out


def _split_defined_acronym(m: Mention) -> list[Mention]:
    """A name and the acronym it defines, which NER ran into one span cut inside the
    parenthesis: "World Health Organization (WHO" is the organisation's name and its acronym,
    two mentions (round thirty-two: ``_repair`` kept only "WHO", and the brief, seeing
    "Health" after a bare "World" outside any name, read a headline seam there and cited
    half a lead). Only when the acronym abbreviates the name (``names.defining``): a
    fragment "International Development (USAID" is left to ``_repair``."""
    if m.label not in ("ORG", "GPE", "LOC", "FAC", "NORP") or ")" in m.text:
        return [m]
    lead = len(m.text) - len(m.text.removeprefix("the ").removeprefix("The "))
    hit = names.defining(m.text[lead:])
    if hit is None:
        return [m]
    out = []
    for part in (1, 2):
        a, b = hit.span(part)
        out.append(Mention(start=m.start + lead + a, end=m.start + lead + b, text=hit.group(part), label=m.label,
                           sentence=m.sentence, source=m.source, context=m.context.model_copy(deep=True)))
    return out


_POSSESSED = re.compile(r"(?<=\w)\s?['’]s\s+(?=[A-Z])")  # (Timeline17's copy is tokenized: "BP 's")


def _split_possessed(sdoc, m: Mention, orgs: set[str]) -> list[Mention]:
    """A possessor and a name that modifies the noun it possesses, which NER ran into one
    span: "[LG’s Apple Watch] deal" is the company "LG" and the name "Apple Watch", two
    mentions (round fifty-five, seed 170 c088 F2: the deal's revenue was given to the glued
    mention, shown as the watch's). Split only when the words before the "’s" are an
    organisation the document names on its own elsewhere ("LG’s stock", "LG said") and the
    parse hangs that possessor on a noun after the span ("deal"): a name that holds a
    possessive ("Women's Health Initiative", "McDonald's Corp", "Moody's Investors Service",
    where the possessor's noun is the span's own last word) stays whole."""
    if m.label not in ("ORG", "PRODUCT") or len(_POSSESSED.findall(m.text)) != 1:
        return [m]
    hit = _POSSESSED.search(m.text)
    assert hit is not None
    head, tail = m.text[: hit.start()], m.text[hit.end():]
    if not head[:1].isupper() or names.org_key(head) not in orgs or not tail:
        return [m]
    span = sdoc.char_span(m.start, m.start + len(head), alignment_mode="expand")
    if span is None or not len(span):
        return [m]
    owner = span[-1]
    if owner.dep_ != "poss" or owner.head.idx < m.end:
        return [m]
    ctx = m.context.model_copy(deep=True)
    at = hit.end()
    out = [Mention(start=m.start, end=m.start + len(head), text=head, label="ORG", sentence=m.sentence,
                   source=m.source, context=ctx)]
    if names.org_key(tail) in orgs:
        # the name after the "’s" is kept only when the document names it on its own too ("the
        # Apple Watch"); a capitalised common noun ("Apple’s Engineering squad") is no entity
        out.append(Mention(start=m.start + at, end=m.end, text=tail, label=m.label, sentence=m.sentence,
                           source=m.source, context=ctx.model_copy(deep=True)))
    return out


def _split_comma_surname(m: Mention, surnames: set[str]) -> list[Mention]:
    """A name NER ran on over a comma into the next clause's subject: "posted on
    [Facebook, Hayward] acknowledged" is the venue "Facebook" and the person "Hayward"
    (issue 18, round twenty-eight: typed one organisation, the venue took Hayward's words).
    Cut when the one word after the comma is the family name of a person the document
    names in full ("Tony Hayward"); the tail is a person mention (PERSON), linked to the
    full name as any surname is. Whole: a legal form or a place after the comma
    ("Replikins, Ltd.", "Hayward, California", "Washington, D.C."): no such surname."""
    if m.text.count(", ") != 1:
        return [m]
    head, tail = m.text.split(", ")
    if " " in tail or not tail[:1].isupper() or tail.lower() not in surnames or not head[:1].isupper() \
            or names.has_legal_form(tail) or gazetteer.place_kind(tail, cities=False):
        return [m]
    at = len(head) + 2
    return [Mention(start=m.start, end=m.start + len(head), text=head, label=m.label, sentence=m.sentence,
                    source=m.source, context=m.context.model_copy(deep=True)),
            Mention(start=m.start + at, end=m.end, text=tail, label="PERSON", sentence=m.sentence, source=m.source,
                    context=m.context.model_copy(update={"ner_label": m.label}, deep=True))]


def _split_companies(m: Mention, orgs: set[str]) -> list[Mention]:
    """A "person" whose every word is an organisation of the document is a list run
    together: "BP, Transocean Halliburton and Cameron" -> "Transocean", "Halliburton"
    (ORG). A person bearing one company's name ("Harrison Ford" beside "Ford") keeps it:
    every word must be one."""
    words = m.text.split()
    if m.label != "PERSON" or len(words) < 2 or not all(names.org_key(w) in orgs for w in words):
        return [m]
    out, pos = [], 0
    for w in words:
        a = m.text.index(w, pos)
        pos = a + len(w)
        out.append(Mention(start=m.start + a, end=m.start + pos, text=w, label="ORG", sentence=m.sentence,
                           source=m.source, context=m.context.model_copy(update={"ner_label": m.label}, deep=True)))
    return out


def _split_person_of(m: Mention, orgs: set[str]) -> list[Mention]:
    """A person span the tagger ran on through " of <Name>": "Stephen Rae of Acme Holdings"
    is the person "Stephen Rae" and the organisation "Acme Holdings" (ORG when the document
    names it as an organisation elsewhere or it bears a legal form, GPE when the gazetteer
    knows it as a place, else the person alone: the tail's type unknown, no entity is made
    for it). Typed as one person, the company is merged with the person and its words put
    in his mouth (issue 18, round nineteen, 18n). Whole: a style ("the Duke of Edinburgh",
    "Baroness Thatcher of Kesteven": a word of data/of_styles.txt before "of"), a one-word name before
    "of" ("Catherine of Aragon"), spans NER typed an organisation ("Bank of America")."""
    if m.label != "PERSON" or m.text.count(" of ") != 1:
        return [m]
    head, tail = m.text.split(" of ")
    words = head.split()
    styles = lexicon.words("analyse/of_styles.txt")
    if len(names.person_tokens(head)) < 2 or not all(w[:1].isupper() for w in words) \
            or any(w.lower().strip(".,") in styles for w in words) or " ".join(words[-2:]).lower() in styles:
        return [m]
    lead = 4 if tail.startswith("the ") else 0
    name = tail[lead:]
    if not name[:1].isupper() or not all(w[:1].isupper() or w in ("of", "and", "&", "for", "the") for w in name.split()):
        return [m]
    kind = "GPE" if gazetteer.place_kind(name) else "ORG" if names.org_key(name) in orgs or names.has_legal_form(name) else None
    ctx = m.context.model_copy(deep=True)
    out = [Mention(start=m.start, end=m.start + len(head), text=head, label="PERSON", sentence=m.sentence,
                   source=m.source, context=ctx)]
    if kind is not None:
        at = len(head) + 4 + lead
        out.append(Mention(start=m.start + at, end=m.end, text=name, label=kind, sentence=m.sentence, source=m.source,
                           context=ctx.model_copy(update={"ner_label": m.label}, deep=True)))
    return out


def _split_country_after(m: Mention) -> list[Mention]:
    """A place name run into a country's acronym after it: "Gulf U.S. [federal waters]"
    is "Gulf" and "U.S." (a qualifier written after the name: "U.S. Gulf" is one name,
    joined by the resolver). Only an acronym ("U.S.", "UK"): a country's full name
    ends whole names ("Papua New Guinea", "Northern Ireland")."""
    words = m.text.split()
    if m.label not in ("GPE", "LOC", "FAC", "ORG") or len(words) < 2 or not names.is_acronym_form(words[-1]) \
            or not gazetteer.qualifier_country(words[-1]) or gazetteer.place_kind(m.text):
        return [m]
    cut = m.text.rindex(words[-1])
    head = m.text[:cut].rstrip()
    if not head[:1].isupper() or names.is_acronym_form(head):
        return [m]  # "US UK": a pair NER ran together is left as cut
    label = m.label
    if label == "ORG":
        if words[-2].lower() not in lexicon.words("place_head_words.txt"):
            return [m]  # "Barclays UK", "BP America": a company's national arm
        label = "LOC"  # "Gulf U.S." NER typed an organisation: a place word heads it
    ctx = m.context.model_copy(deep=True)
    return [Mention(start=m.start, end=m.start + len(head), text=head, label=label, sentence=m.sentence,
                    source=m.source, context=ctx),
            Mention(start=m.start + cut, end=m.end, text=words[-1], label="GPE", sentence=m.sentence,
                    source=m.source, context=ctx.model_copy(update={"ner_label": m.label}, deep=True))]


_PAIR = re.compile(r"\s+(?:or|and)\s+the\s+|\s+or\s+")


def _split_pair(m: Mention) -> list[Mention]:
    """Two names NER ran into one span: "Ministry of Transport or the Road Safety
    Agency" is two organisations. Split at " or " / " and the " when both sides start
    with a capital ("Securities and Exchange Commission" has no "the": one name)."""
    if m.label not in ("ORG", "GPE", "LOC", "FAC"):
        return [m]
    parts, pos = [], 0
    for hit in _PAIR.finditer(m.text):
        parts.append((pos, hit.start()))
        pos = hit.end()
    parts.append((pos, len(m.text)))
    if len(parts) == 1 or not all(m.text[a:b][:1].isupper() for a, b in parts):
        return [m]
    return [Mention(start=m.start + a, end=m.start + b, text=m.text[a:b], label=m.label, sentence=m.sentence,
                    source=m.source, context=m.context.model_copy(deep=True)) for a, b in parts]


def _repair(m: Mention) -> bool:
    """Mend a span that NER cut inside a parenthesis; False when nothing is left.

    "International Development (USAID" (of "US Agency for International Development
    (USAID)") is the acronym inside it, "USAID"; "Foo Bar (of" is "Foo Bar". A person
    name ending in an acronym the data files expand ("Doug Coates UN", a caption run
    into "UN HQ") loses it."""
    t = m.text
    if "(" in t and ")" not in t[t.index("("):]:
        cut = t.index("(")
        inner = t[cut + 1 :].strip()
        if names.is_acronym_form(inner):
            m.start += t.index(inner, cut)
            m.text = inner
        else:
            m.text = t[:cut].rstrip()
        m.end = m.start + len(m.text)
    elif ")" in t and "(" not in t:
        m.text = t[: t.index(")")].rstrip()
        m.end = m.start + len(m.text)
    words = m.text.split()
    if m.label == "PERSON" and len(words) >= 3 and names.is_acronym_form(words[-1]) \
            and names.is_data_acronym(names.simple_key(words[-1])):
        m.text = m.text[: m.text.rindex(words[-1])].rstrip()
        m.end = m.start + len(m.text)
    return bool(m.text.strip()) and any(c.isupper() for c in m.text)


_UNGLUED = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"}


def _unglue(sdoc, m: Mention) -> bool:
    """Cut words NER glued onto a name; False when nothing is left.

    - a leading modifier of the title that follows: "Retired Coast Guard [Admiral]";
    - a trailing word that begins a rank after the span: "Coast Guard Petty [Officer]",
      "U.S. Coast Guard Rear [Admiral]" (a rank of titles.tsv);
    - a trailing pronoun of a sentence run on: "Port-au-Prince She [said]";
    - a leading nationality word before a person's full name: "Briton Ann Barnes"
      (``gazetteer.is_demonym``: a people's word read from the country names);
    - a trailing word after a known place, before a lowercase word, that ends no place
      name (data/place_head_words.txt): "Port-au-Prince Aerial [footage]". A short word
      list and the gazetteer rather than word frequencies: wordfreq's data is CC-BY-SA,
      which this repository does not carry;
    - a trailing lowercase word of an event's name: "Valdez spill" -> "Valdez";
    - a sentence's opening preposition before a person (data/sentence_openers.txt):
      "Following Obama['s election]" -> "Obama";
    - a leading word at the start of the text or of a line, before a known place, that
      begins no gazetteer place name: "Aponte Mexico City" (a credit's surname) -> "Mexico City";
    - a capitalised word after a country where a caption ran into the text: "Haiti
      Britons [have donated]", "in Haiti Food, [water]" -> "Haiti" (GPE);
    - a lone initial after an all-capitals ticker and a line break: "RIGN.\n\nS. British"
      -> "British" (a "S. Korean" after a sentence keeps its initial).
    The words kept are the name's own: "Petty" alone or "Ann Petty" keep their words."""
    if m.label not in _UNGLUED:
        return True
    words = m.text.split()
    start, end = 0, len(words)
    nxt = re.match(r"\s*([A-Za-z]+)", _text_after(sdoc, m))
    titled = m.label == "PERSON" or words[-1].lower() in names.titles() or (nxt and nxt.group(1).lower() in names.titles())
    while titled and end - start > 1 and words[start].lower() in lexicon.words("title_modifiers.txt"):
        start += 1
    rank = f"{words[end - 1].lower()} {nxt.group(1).lower()}" if nxt else ""
    if end - start > 1 and nxt and (rank in names.titles() or rank + "." in lexicon.words("analyse/title_abbreviations.txt")
                                    or _rank_of_after(sdoc, m, words[end - 1])):
        end -= 1  # "Coast Guard Rear [Admiral]", "Coast Guard Rear [Adm.]", "White House Chief [of Staff]"
    if m.label != "PERSON" and re.match(r"\s+[A-Z][a-z]", _text_after(sdoc, m)):
        # an abbreviated title NER ran into the body before the name it titles: "Coast Guard
        # [Adm.] Thad Allen", "Coast Guard Rear [Adm.]", "Coast Guard Commandant [Adm.]"
        # (issue 18, round twenty-eight): kept, the body's short form "Coast Guard" ("a
        # Coast Guard official") linked to "Coast Guard Adm." and the story showed an
        # admiral where the text names none. Only the stopped abbreviations of
        # data/title_abbreviations.txt (their stop says title, and a capitalised name must
        # follow); a spelt-out title word stays ("Rear" is cut by the rule above), and so
        # does the rest of the name: one word of it at least is no title
        abbrevs = lexicon.words("analyse/title_abbreviations.txt")
        while end - start > 1 and words[end - 1].lower() in abbrevs:
            if end - start > 2 and f"{words[end - 2]} {words[end - 1]}".lower() in abbrevs:
                end -= 1  # a rank of two words ("Rear Adm.", "Commandant Adm."): both go
            end -= 1
    placed = False
    if (m.label == "PERSON" and end - start >= 2 and names.titles().get(words[end - 1].lower(), ("",))[0] == "honorific"
            and re.match(r"\s+[A-Z][a-z]", _text_after(sdoc, m)) and gazetteer.place_kind(" ".join(words[start : end - 1]))):
        # a place run into the honorific of the name after it: "Marion Vanner, USA Dr [Baker]:"
        # (round fifty-nine, seed 174 H1N1_bbc E3: a person "USA Dr"). The honorific titles
        # the next name; what is left is the place, typed so, only when the gazetteer knows it
        end -= 1
        placed = True
    if (end - start > 1 and words[end - 1].lower() in {*_PRONOUN_GENDER, "they", "it", "we", "i"}
            and re.match(r"\s+[a-z]", _text_after(sdoc, m)) and not (m.label == "PERSON" and (words[end - 1] == "I" or end - start < 3))):
        end -= 1  # a sentence run on: "Port-au-Prince She [said]"; not "Elizabeth I", "Pa Her"
    if m.label == "PERSON" and end - start >= 3 and gazetteer.is_demonym(words[start]):
        start += 1
    before = doc_text(sdoc)[max(0, m.start - 40) : m.start]
    cut = _after_portfolio(m, words, start, end, before)
    person = cut > start and m.label != "PERSON"
    start = cut
    if (m.label == "PERSON" and end - start >= 2 and words[start].lower() in lexicon.words("analyse/sentence_openers.txt")
            and re.search(r"(?:^|[.!?\"”]\s+|\n\s*)$", before) and words[start + 1][:1].isupper()
            and not gazetteer.is_any_place(m.text)):
        start += 1  # a sentence's opening preposition glued on: "Following [Obama]'s election"
    if (m.label in ("GPE", "LOC") and end - start >= 2 and (m.start == 0 or re.search(r"\n\s*$", before))
            and words[start].isalpha() and words[start][1:].islower()
            and gazetteer.place_kind(" ".join(words[start + 1 : end])) and not gazetteer.is_any_place(m.text)
            and not gazetteer.begins_place_name(words[start]) and not gazetteer.is_demonym(words[start])):
        # a credit's or byline's surname left at the start of the text by the cut before it
        # ("Photograph: Reuters/Eliana | Aponte Mexico City lowered ..."): the rest is a
        # known place, and the word begins no place name of the gazetteer ("Greater",
        # "New", "San" may)
        if any(e.label_ == "ORG" and e.text == words[start] for e in getattr(sdoc, "ents", ())):
            # unless the document tags the word as an organisation elsewhere: "Oxfam America is
            # working ..." at a line's start is the charity's name, not the country (round
            # sixty, seed 175 bpoil_foxnews E10: "America" shown as the United States' alias)
            m.label = "ORG"
            return True
        start += 1
    if (m.label != "PERSON" and end - start >= 2 and re.fullmatch(r"[A-Z]\.", words[start])
            and re.search(r"\b[A-Z]{2,}\.\s*\n\s*$", before)):
        # the tail of a ticker a line break cut ("Transocean Ltd RIGN.\n\nS. British oil
        # major"): the initial after an all-capitals symbol and the break is not the name's
        start += 1
    if (m.label in ("GPE", "LOC") and end - start >= 2 and re.match(r"\s+[a-z]", _text_after(sdoc, m))
            and words[end - 1].lower() not in lexicon.words("place_head_words.txt")
            and gazetteer.place_kind(" ".join(words[start : end - 1])) and not gazetteer.place_kind(m.text)):
        end -= 1  # a caption run into the text: "capital Port-au-Prince Aerial [footage reveals]"
    country = False
    if (m.label not in ("PERSON", "GPE") and end - start >= 2 and _seam_after_country(sdoc, m, words[start:end])):
        end -= 1  # a caption run into the text: "earthquake in Haiti | Britons have donated"
        country = True
    if (m.label == "EVENT" and end - start >= 2 and words[end - 1].isalpha() and words[end - 1].islower()
            and not gazetteer.is_any_place(" ".join(words[start : end - 1]))
            and words[end - 2].lower() not in lexicon.words("place_head_words.txt")):
        # "the Exxon [Valdez] spill": the name is the capitalised words, "spill" a common
        # noun; the corpus's vote types it. Not after a place ("Haiti earthquake", "Gulf spill"): left whole
        end -= 1
    if (start, end) == (0, len(words)):
        return True
    head = len(" ".join(words[:start])) + (1 if start else 0)
    # a word cut after a list's comma leaves the comma on the name: "Hayward, [Salazar] and ..."
    kept = " ".join(words[start:end]).rstrip(",;:")
    offset = m.text.find(kept, head) if m.text.find(kept, head) >= 0 else m.text.find(kept)
    if offset < 0:
        return True  # the span's spacing is not single spaces: left as NER cut it
    m.start += offset
    m.text = kept
    m.end = m.start + len(kept)
    if country:
        m.context.ner_label = m.label
        m.label = "GPE"
    if person:
        m.context.ner_label = m.label
        m.label = "PERSON"
    if placed and m.label == "PERSON":
        m.context.ner_label = m.label
        m.label = "GPE"
    return bool(kept)


def _rank_of_after(sdoc, m: Mention, last: str) -> bool:
    """Does a span's last word open a title of several words the text after it ends: "White
    House Chief [of Staff Rahm Emanuel]" (round fifty-nine, seed 174 bpoil_washingtonpost E6:
    an organisation "White House Chief")? A title of data/titles.tsv of three words at most,
    its rest written right after the span."""
    after = _text_after(sdoc, m).lower().split()
    return any(f"{last.lower()} {' '.join(after[:n])}" in names.titles() for n in (2, 3) if len(after) >= n)


def _after_portfolio(m: Mention, words: list[str], start: int, end: int, before: str) -> int:
    """The department of a title written after "of" run into the name after it (issue 18,
    round thirty): "Secretary of the Interior [Ken Salazar]" came as the organisation
    "Interior Ken Salazar", and his quotes went to "Interior". A person's span, or an
    organisation's whose rest is two or three capitalised words with no body word and no
    place (it becomes a person: NER read the whole run as one body); only right after
    "<title> of (the)" with a title of data/titles.tsv, and only the words of
    data/portfolio_words.txt (the longest entry first), with a capitalised word left: "the
    State Department" or a "Sen. State" keep their words. A short word list, not a model: the
    model itself made the run."""
    if m.label not in ("PERSON", "ORG") or end - start < 2:
        return start
    title = re.search(r"\b([A-Za-z]+(?: [A-Za-z]+)?) of (?:the )?$", before)
    if not title or not (title.group(1).lower() in names.titles() or title.group(1).split()[-1].lower() in names.titles()):
        return start
    portfolios = lexicon.words("analyse/portfolio_words.txt")
    for n in range(min(4, end - start - 1), 0, -1):
        rest = words[start + n : end]
        if " ".join(words[start : start + n]).lower() not in portfolios or not rest[0][:1].isupper():
            continue
        if m.label == "ORG" and not (len(rest) in (2, 3) and all(w.isalpha() and w.istitle() for w in rest)
                                     and not any(w.lower() in names.org_words() for w in rest)
                                     and not gazetteer.is_any_place(" ".join(rest))):
            return start  # NER's organisation becomes a person only when what is left reads as a full name
        return start + n
    return start


def _seam_after_country(sdoc, m: Mention, words: list[str]) -> bool:
    """A country glued to the capitalised word after it where a caption ran into the
    text: the word is a people's word ("Haiti Britons have donated"), or, after "in",
    a common noun the document writes in lowercase elsewhere and nowhere else with a
    capital ("with an aid convoy in Peru Fuel, blankets ..."). A word that names a kind of
    body or place ("Haiti Relief Fund", "Haiti Airport") is part of the name."""
    last = words[-1]
    if not (last.isalpha() and last[:1].isupper() and not last.isupper()):
        return False
    low = last.lower()
    if low in names.org_words() or low in lexicon.words("place_head_words.txt"):
        return False
    if gazetteer.place_kind(" ".join(words[:-1]), cities=False) != "country":
        return False
    if gazetteer.is_demonym(last) or (low.endswith("s") and gazetteer.is_demonym(last[:-1])):
        return True
    if low in lexicon.words("analyse/sentence_adverbs.txt"):
        return True  # "in Mexico Instead, it says" (round fifty-nine, seed 174 H1N1_bbc E1): ends no name
    text = doc_text(sdoc)
    if (low.endswith("s") and low[:-1] in names.org_kinds() and re.match(r"\s+[a-z]", text[m.end : m.end + 3])
            and re.search(r"(?:,|\bin)\s+$", text[max(0, m.start - 8) : m.start])):
        # a credit's place run into the next sentence's plural subject: "director of an
        # orphanage, Haiti | Hospitals in Haiti are ill-equipped" (round fifty-nine, seed 174
        # haiti_bbc E1): a bare plural of a kind of body, a lowercase word after it, the
        # country after a comma or "in"; "Haiti Hospitals Association" ends in a capital
        return True
    if not re.search(r"\bin\s+$", text[max(0, m.start - 8) : m.start]) or not re.match(r"\s*,", text[m.end : m.end + 3]):
        return False
    others = text[: m.start] + text[m.end :]
    return bool(re.search(rf"\b{low}\b", others)) and not re.search(rf"\b{last}\b", others)


def _extend_org(sdoc, m: Mention, starts: set[int]) -> None:
    """NER's organisation span stopped one word short: "For [Reuters] Insider interview"
    is "Reuters Insider" (another body than Reuters). One capitalised word right after,
    mid-sentence, in no other mention, itself no title, junk word, nationality or
    place ("BP America" is left as NER cut it), and not followed by another
    capitalised word (a longer name is NER's call)."""
    if m.label != "ORG":
        return
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= len(sdoc):
        return
    t = sdoc[span.end]
    nxt = sdoc[t.i + 1] if t.i + 1 < len(sdoc) else None
    if (t.idx != m.end + 1 or not (t.is_alpha and t.is_title) or t.is_sent_start or t.idx in starts
            or t.lower_ in names.titles() or t.lower_ in _title_openers() or names.is_junk_name(t.text) or gazetteer.is_demonym(t.text)
            or gazetteer.place_kind(t.text) or (nxt is not None and nxt.is_title and nxt.is_alpha)
            or (nxt is not None and f"{t.lower_} {nxt.lower_}" in lexicon.words("analyse/title_abbreviations.txt"))):
        return  # nor the first word of a rank _unglue cut: "Coast Guard [Rear Adm.]", "White House [Chief of Staff]"
    m.end = t.idx + len(t.text)
    m.text = doc_text(sdoc)[m.start : m.end]


@functools.cache
def _title_openers() -> frozenset[str]:
    """The first words of the titles of several words of names.titles ("chief" of "chief of
    staff", "vice" of "vice president"): _extend_org takes none onto a body's name (round
    fifty-nine, seed 174 bpoil_washingtonpost E6: "White House Chief [of Staff]")."""
    return frozenset(k.split()[0] for k in names.titles() if " " in k)


def _extend_person(sdoc, m: Mention) -> None:
    """NER's person span stopped short of the name a title opens: "Acme CFO Wong Wai [Ming]"
    is "Wong Wai Ming" (issue 18, round fifty-two, seed 167 c048 Q4: the speaker shown as
    "Ming"). A one-word span only, extended left over one or two capitalised words the parse joins to the name
    (compound or flat), in no entity of the tagger's, none a title, a title's modifier, a
    junk word, a nationality, a place or an organisation's word, when the word before them is
    a title (names.titles: "CFO", "Minister"): news copy writes a title, then the full name;
    no word of any title, person noun or title tail (data/title_tail_words.txt) is taken
    ("Attorney General [Rosenstein]" stays "Rosenstein").
    Our own rule: the small model cuts many names written in an order it rarely saw."""
    if m.label != "PERSON" or " " in m.text:
        return  # a name of two words or more the tagger took whole
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return
    start = span.start
    while span.start - start < 2 and start - 1 > span.sent.start and _name_before(sdoc[start - 1], start, span.end):
        start -= 1
    if start == span.start or sdoc[start - 1].lower_.strip(".") not in names.titles():
        return
    m.start = sdoc[start].idx
    m.text = doc_text(sdoc)[m.start : m.end]


@functools.cache
def _title_words() -> frozenset[str]:
    """Every word of a title of names.titles, the last of a title of several too ("Officer" of
    "Chief Executive Officer", "General" of "Attorney General"): none opens a person's name."""
    return (frozenset(w for k in names.titles() for w in k.replace("-", " ").split())
            | frozenset(speakers.person_nouns()) | lexicon.words("analyse/title_tail_words.txt"))


def _name_before(t, start: int, end: int) -> bool:
    """May token ``t``, right before a person's span running ``start``..``end``, be a word of
    its name (_extend_person)?"""
    return (t.is_alpha and t.is_title and t.ent_iob_ == "O" and t.tag_ == "NNP" and t.dep_ in ("compound", "flat")
            and start <= t.head.i < end and not t.is_sent_start and t.lower_ not in _title_words()
            and t.lower_ not in lexicon.words("title_modifiers.txt") and not names.is_junk_name(t.text)
            and t.lower_ not in names.org_words() and not gazetteer.is_demonym(t.text)
            and not gazetteer.place_kind(t.text))


_PLACE_LINK = re.compile(r"[ -](?:au|aux|de|du|des|la|le|les|of|el|do|da|di|del|dos|das)[ -][A-Z][\w'’]*")


def _extend_place(sdoc, m: Mention, starts: set[int]) -> None:
    """NER's place span stopped before a linking word: "in [Port] au Prince" is "Port au
    Prince". Extended over the linking word and the capitalised word after it only when
    the whole is a name of the gazetteer (alternate names included: "Port au Prince",
    "Port of Spain") and no other mention begins there; "Haiti of Prince" or "Paris de
    Gaulle" name no place and are left as NER cut them."""
    if m.label not in ("GPE", "LOC", "FAC"):
        return
    hit = _PLACE_LINK.match(_text_after(sdoc, m))
    if hit is None or m.end + hit.group(0).rfind(" ") + 1 in starts or m.end + hit.group(0).rfind("-") + 1 in starts:
        return
    longer = m.text + hit.group(0)
    if gazetteer.is_any_place(longer) and not gazetteer.place_kind(m.text, cities=False):
        m.end += len(hit.group(0))
        m.text = longer


def _text_after(sdoc, m: Mention) -> str:
    """A few characters of the text right after a mention (the text built once per
    document: spaCy's ``Doc.text`` joins every token on each call)."""
    return doc_text(sdoc)[m.end : m.end + 24]


def _person_demonym(sdoc, m: Mention) -> bool:
    """A one-word nationality noun for one person standing alone after a determiner ("The
    Briton said ...", "a Frenchman", "the Texan"): a description of a person named elsewhere
    (or nowhere), never an entity's name (issue 18, round seventeen, 18q: the tagger made
    "Briton" a PERSON and the quote step gave it the words). Dropped: the speaker step then
    reads the words as a description, like "the executive". A people's word made from the
    place name (``gazetteer.is_demonym``: "Briton", "Haitian", "Iraqi"; not the adjectives in
    -ese/-ish/-ch, which with "the" name a people: "the British", "the Chinese") or one of
    data/demonym_nouns.txt, after a determiner of data/determiners.tsv kind "demonym". Kept:
    a name after it ("Briton Ann Barnes"), a modifier ("the Haitian government"), a plural
    ("the Haitians"), no determiner ("Iraqi said")."""
    word = m.text.strip()
    if " " in word or not word[:1].isupper() or word.isupper():
        return False
    low = word.lower()
    if not (low in lexicon.words("analyse/demonym_nouns.txt")
            or (gazetteer.is_demonym(word) and low.endswith(("an", "on", "i")))):
        return False
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    if tok.dep_ in ("compound", "amod", "nmod") or tok.tag_ not in ("NN", "NNP"):
        return False
    return any(c.dep_ == "det" and c.lower_ in speakers.determiners("demonym") and c.i == tok.i - 1 for c in tok.children)


_APPOSITION_REACH = 6  # tokens from a name's end to its apposition's noun: ", a Texas trial lawyer"


@functools.cache
def _unnamed_person_nouns() -> frozenset[str]:
    """The nouns of data/person_nouns.tsv only ("man", "resident", "driver"): no title of
    titles.tsv, whose "president" or "chairman" stands beside organisations too."""
    firms = lexicon.words("analyse/firm_role_nouns.txt")  # "owner", "adviser": a company too
    return frozenset(word for word, _g in lexicon.rows("person_nouns.tsv") if word not in firms)


def _person_by_apposition(sdoc, m: Mention) -> bool:
    """A name the tagger typed an organisation (or a work, a product) that stands in
    apposition to a noun for one person: "said one man, Jean-Baptiste Wilfried", "Rodrigo
    Valdez, a taxi driver", "her grandfather, Michel Joassaint, was quoted". The parser's
    ``appos`` arc joins them (a comma beside the noun is not enough: "In South Korea, a
    51-year-old woman ..." is a place then a subject). Kept as typed: a name with an
    organisation's word or legal form ("The rig owner, Transocean Ltd."), a place of the
    gazetteers, one word, more than four words, a word in lower case.
    Census (round thirty-two, Timeline17 dev texts minus the held-out sample): of 20 names
    typed other than a person beside such a noun, 11 were people (8 read by an apposition
    arc), none of the 9 others (companies, agencies, places) passes these guards; over three
    whole topics the one wrong firing ("Anadarko Petroleum ..., Transocean ..., the owner")
    is barred by the reach and by data/firm_role_nouns.txt."""
    if m.label not in ("ORG", "WORK_OF_ART", "PRODUCT", "FAC"):
        return False
    words = m.text.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or any(w.isupper() for w in words):
        return False
    org = names.org_words()
    if any(w.lower().strip(".,") in org for w in words) or names.has_legal_form(m.text) or gazetteer.is_any_place(m.text):
        return False
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    nouns = _unnamed_person_nouns()
    root = span.root
    if root.dep_ == "appos" and root.head.i < span.start and root.head.lemma_.lower() in nouns:
        return True
    # the noun right after the name's comma ("Ortiz, a taxi driver", "Gheit, managing director
    # of ..."): a noun of a later list item ("..., Transocean, the owner") is not the name's
    return any(c.dep_ == "appos" and span.end <= c.i <= span.end + _APPOSITION_REACH and c.lemma_.lower() in nouns
               for c in root.children)


def _person_by_speech(sdoc, m: Mention, mentions: list[Mention]) -> str | None:
    """Why a name the tagger typed a place, an organisation, a building or a work is a
    person's, when it is one: a first name and a surname ("Janice Dickinson", typed a
    facility) that is the subject of a verb of saying or thought, or stands in apposition to
    that subject, and that the document shows to be a person's: the apposition's noun is a
    person's or a title ("the health secretary, Nicola Sturgeon, said", typed an
    organisation), or the tagger types the name or its surname a person elsewhere in the
    text ("Ms Byrs", "Dickinson"). Firms named after people ("Morgan Stanley said", "Ralph
    Lauren said") have neither and are left as typed. The first word must be a common US
    first name (speaker_rules.tsv's written_first_name_births, the bar the speaker step sets
    for a written given name; no stop word, title or rank) and no place ("Virginia Tech",
    "Georgia Power"); no organisation word or legal form ("Tony Lama Co.", "Pink News"); two
    or three words in title case. Issue 20 and 18, round fifty: typed other than a person,
    the name is no candidate for the "she" that follows ("Janice Dickinson is revealing ...
    She says ...": the "she" went to an untagged outlet's name) and its entity is an
    organisation. None when the rule does not apply, else the evidence."""
    if m.label not in ("ORG", "FAC", "GPE", "WORK_OF_ART", "PRODUCT"):
        return None
    words = m.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return None
    if not _given_name(words[0]) or gazetteer.is_any_place(words[0]) or gazetteer.is_any_place(m.text):
        return None
    org = names.org_words()
    if names.has_legal_form(m.text) or any(w.lower() in org for w in words):
        return None
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if any(_speech_subject(t) for t in span):
        verb, noun = root.head, None
    elif root.dep_ == "appos" and root.head.i < span.start and root.head.pos_ == "NOUN" and _speech_subject(root.head):
        verb, noun = root.head.head, root.head
    else:
        return None
    if noun is not None and (noun.lemma_.lower() in _unnamed_person_nouns() or names.is_title(noun.text)):
        why = f"in apposition to '{noun.text}', a person's noun, the subject of '{verb.text}'"
    elif any(o.label == "PERSON" and o is not m and o.text.split()[-1] == words[-1] for o in mentions):
        why = f"the subject of '{verb.text}', and '{words[-1]}' is tagged a person elsewhere in the text"
    else:
        return None
    return f"typed {m.label} by the tagger, read as a person: a first name ('{words[0]}') and a surname, {why}"


@functools.cache
def _given_name_bar() -> tuple[dict[str, tuple[float, int]], float, frozenset[str]]:
    from spacy.lang.en.stop_words import STOP_WORDS

    from .. import firstnames

    stops = frozenset(STOP_WORDS) | frozenset(names.titles()) | lexicon.words("analyse/given_name_ranks.txt")
    return firstnames.table(), speakers.weights()["written_first_name_births"], stops


def _given_name(word: str) -> bool:
    """A common US first name (at least written_first_name_births births), no stop word, title
    or rank: the bar speakers.py sets for a written given name."""
    table, least, stops = _given_name_bar()
    low = word.lower()
    return low not in stops and low in table and table[low][1] >= least


def _misused_norp(sdoc, m: Mention) -> bool:
    """A singular nationality word standing alone as a preposition's object ("beaches in
    western Cuban"): a typo for the place, neither the people nor the place; dropped
    (abstain) rather than merged with "Cubans"."""
    if m.label != "NORP" or " " in m.text.strip() or not m.text.endswith("an"):
        return False  # "Cuban", "Haitian" (their people are "Cubans"); "the British", "Chinese" are plurals
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    return (span is not None and len(span) == 1 and span[0].dep_ == "pobj"
            and not any(c.dep_ == "det" for c in span[0].children))


def _is_family(sdoc, m: Mention, person_words: set[str]) -> bool:
    words = m.text.split()
    if len(words) >= 2 and words[-1].lower() in _FAMILY_WORDS:
        return True
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None and span.end < len(sdoc) and sdoc[span.end].lower_ in _FAMILY_WORDS:
        return True  # "the Gaddafi family"
    if span is None or len(words) != 1 or not m.text.endswith("s") or span.start == 0:
        return False
    if sdoc[span.start - 1].lower_ != "the":
        return False
    stem = m.text.lower()
    # "the Gaddafis": a plural of a person's name word, or of a word used as a name
    # elsewhere in the document
    others = {w.lower() for t in sdoc for w in [t.text] if t.is_title and t.idx != m.start}
    return any(stem[:-n] in person_words | others for n in (1, 2) if stem.endswith("es"[2 - n:])) or span[-1].tag_ == "NNPS"


_DEFINITION = re.compile(r"\s*\(\s*((?:[A-Z]\.?){2,7})\s*\)")


def _concepts(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop an acronym the document defines by lowercase words: "corporate social
    responsibility (CSR)", "... known as CSR" abbreviate a concept, not a named body or
    person (a name's expansion is capitalised: "the National Transitional Council
    (NTC)"). Every mention of it in the document goes (abstain)."""
    concepts = set()
    for m in mentions:
        if not names.is_acronym_form(m.text) or m.text in concepts:
            continue
        before = re.search(r"((?:[a-z][a-z-]*\s+){1,6})(?:\(\s*|,?\s*(?:known as|called|or)\s+)$",
                           text[max(0, m.start - 90) : m.start])
        if not before:
            continue
        words = before.group(1).split()
        short = m.text.replace(".", "")
        # title-cased for the matcher, which reads lowercase words as descriptors
        if any(names.abbreviates(short, " ".join(words[-n:]).title()) for n in range(1, len(words) + 1)):
            concepts.add(m.text)
    return [m for m in mentions if m.text not in concepts]


def _acronyms(text: str, mentions: list[Mention]) -> None:
    """A name defined with its acronym, "the National Transitional Council (NTC)":
    the acronym's mentions in the document point at the name (evidence: acronym
    definition). The acronym must abbreviate the name: its words' initials in order,
    connectives ("of", "the", "for") optional, a word giving up to two more letters
    ("Singapore Airlines (SIA)"); see ``names.abbreviates``."""
    defined: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.label == "PERSON" or names.is_acronym_form(m.text):
            continue
        hit = _DEFINITION.match(text, m.end)
        if not hit:
            continue
        short = hit.group(1).replace(".", "").lower()
        if names.abbreviates(short, m.text):
            defined.setdefault(short, i)
    if not defined:
        return
    for m in mentions:
        k = m.text.replace(".", "").lower().strip()
        if names.is_acronym_form(m.text) and k in defined and m.context.ref is None:
            _set_ref(m, defined[k], "acronym definition", 0.95)
            if m.label == "PERSON":
                m.context.ner_label = m.label
                m.label = mentions[defined[k]].label


@functools.cache
def _code_rules() -> tuple[re.Pattern, frozenset[str]]:
    """The shapes of virus and strain codes and the words that may stand beside one
    (data/code_names.tsv)."""
    rows = lexicon.rows("analyse/code_names.tsv")
    shape = re.compile("|".join(f"(?:{v})" for k, v in rows if k == "shape"))
    return shape, frozenset(v.lower() for k, v in rows if k == "word")


# The type a code is given. The tagger's scheme (OntoNotes) has no type for a disease or an
# organism; PRODUCT is its one type of a named thing that is no person, group, body or place,
# and the one the resolver already gives a drug named bare ("Tamiflu", typed NORP by NER).
_CODE_LABEL = "PRODUCT"


def _code_name(m: Mention) -> None:
    """A virus or strain code ("H1N1", "H5N1 virus", "COVID-19") is a thing, never a person:
    the tagger types it PERSON most often, else NORP, ORG or GPE (round fourteen, 16v). Its
    NER type is kept in ``context.ner_label``."""
    shape, beside = _code_rules()
    words = m.text.split()
    if m.label == _CODE_LABEL or not any(shape.fullmatch(w) for w in words):
        return
    if all(shape.fullmatch(w) or w.lower() in beside for w in words):
        m.context.ner_label = m.label
        m.label = _CODE_LABEL


@functools.cache
def _outlet_rules() -> tuple[re.Pattern, frozenset[str], dict[str, frozenset[str]]]:
    """The outlet names of data/source_credits.tsv as one pattern (longest first, case kept; an
    optional "the" before), the names that need a shape (kind outlet_cued), and the shape words
    (outlet_before, outlet_verb, outlet_between, outlet_noun with data/press_nouns.txt)."""
    rows = [(k.strip(), w.strip()) for k, w in lexicon.rows("analyse/source_credits.tsv")]
    cued = frozenset(w for k, w in rows if k == "outlet_cued")
    bare = sorted(speakers.outlet_names(), key=len, reverse=True)
    # not inside a longer written name: "Sun-Times", "Snopes.com", a joint "USA Today/Suffolk University" poll
    pattern = re.compile(r"(?<![\w&'’./-])(?:(?P<the>[Tt]he)\s+)?(?P<name>" + "|".join(re.escape(w) for w in bare)
                         + r")(?![\w&/-]|['’][A-Za-z]{2}|\.\w)")
    words = {k: frozenset(w.lower() for kk, w in rows if kk == k) for k in ("outlet_before", "outlet_verb", "outlet_noun", "outlet_between")}
    words["outlet_noun"] |= lexicon.words("analyse/press_nouns.txt")
    return pattern, cued, words


def _outlet_shape(sdoc, a: int, b: int, lead: int, words: dict[str, frozenset[str]]) -> bool:
    """Does the text around an outlet's name (token range a..b, its "the" from lead) say it is
    the outlet: the subject of a reporting verb right after it ("the Mirror reported", "Axios
    reports", "the Sun has learned"), a reporting verb after a comma or quotation mark right
    before it (', reported the Sun'), a phrase of kind outlet_before before it ("according to
    the Sun", "told the Sun", "Per Vox"), or a press noun beside it ("the Sun newspaper", "the
    tabloid Sun", "Time magazine")? Not after a preposition ("on the Hill said")."""
    j = b
    while j < len(sdoc) and j - b < 2 and sdoc[j].lower_ in words["outlet_between"]:
        j += 1
    before = sdoc[lead - 1] if lead > 0 else None
    if j < len(sdoc) and sdoc[j].lemma_.lower() in words["outlet_verb"] and sdoc[j].is_lower \
            and not (before is not None and before.pos_ == "ADP" and before.lower_ not in words["outlet_before"]):
        return True
    if b < len(sdoc) and sdoc[b].lower_ in words["outlet_noun"]:
        return True
    if before is None:
        return False
    if before.lower_ in words["outlet_noun"]:
        return True
    if before.lemma_.lower() in words["outlet_verb"] and lead > 1 and sdoc[lead - 2].text in {",", '"', "”", "’", "'"}:
        return True
    text = doc_text(sdoc)[max(0, sdoc[lead].idx - 30) : sdoc[lead].idx].lower()
    before_rx = _outlet_before_pattern()
    return before_rx is not None and before_rx.search(text) is not None


@functools.cache
def _outlet_before_pattern() -> re.Pattern | None:
    """The phrases of kind outlet_before ("according to", "per", "told") as one pattern, ending
    right before an outlet's name: compiled once, not a pattern per phrase per name read."""
    phrases = _outlet_rules()[2]["outlet_before"]
    if not phrases:
        return None
    return re.compile(r"(?:^|[^\w])(?:" + "|".join(re.escape(w) for w in sorted(phrases, key=len, reverse=True)) + r")\s+$")


def _outlets(sdoc, mentions: list[Mention], analysis: DocAnalysis) -> list[Mention]:
    """News outlets the tagger left untagged or typed wrongly ("according to TMZ", "Axios
    reports", "the Mail Online reported" typed a law): an organisation mention, so that a
    quote the text credits to it finds it as the speaker (issue 18, round forty-four). The
    names are data/source_credits.tsv's. A name of kind outlet counts wherever it is written
    with its case; one of kind outlet_cued ("Mirror", "Sun", "Time", "Bloomberg") only in a
    shape of ``_outlet_shape``, never in a headline or a line in title case, and, without
    "the", never as a sentence's first word ("People said", "Time will tell"). Either kind:
    not after or before another capitalised word ("Thomson Reuters", "the Sun Valley"), and
    not a word of a person's full name in the document ("Michael Bloomberg ... Bloomberg
    said"). A mention of exactly the name keeps its span and becomes an organisation (the
    tagger's type in ``context.ner_label``); mentions inside the name ("New York" of "New
    York Post") give way to it; a mention across its edge or around it is left as tagged."""
    pattern, cued, words = _outlet_rules()
    text = analysis.document.text
    find = _sentence_finder(analysis)
    person_words = {w.lower() for m in mentions if m.label == "PERSON" and len(names.person_tokens(m.text)) >= 2
                    for w in names.person_tokens(m.text)}
    titled: list[set[str]] = []

    def titled_words() -> set[str]:
        # a word written after a title anywhere ("Mayor Bloomberg", "Mr Forbes") is a surname
        # here; read once, and only for a text with a name of two readings in it
        if not titled:
            titled.append({t.nbor(1).lower_ for t in sdoc if t.i + 1 < len(sdoc) and names.is_title(t.text.rstrip("."))
                           and t.nbor(1).text[:1].isupper()})
        return titled[0]
    out = list(mentions)
    for hit in pattern.finditer(text):
        x, y = hit.span("name")
        name = hit.group("name")
        full = f"The {name}" if hit.group("the") else name
        if name not in cued and full not in cued and f"The {name}" in cued:
            continue  # "Capitol Hill": a name written with "The" needs it
        span = sdoc.char_span(x, y)
        lead_at = hit.start() if hit.group("the") else x
        lead = sdoc.char_span(lead_at, y)
        if span is None or lead is None:
            continue
        prev = sdoc[lead.start - 1] if lead.start > 0 else None
        nxt = sdoc[span.end] if span.end < len(sdoc) else None
        if (prev is not None and prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start) \
                or (nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_sent_start):
            continue  # part of a longer name
        if name.split()[-1].lower() in person_words:
            continue
        if name in cued or full in cued:
            # the review's misfires (round forty-four): a name of two readings the tagger took for
            # a person stays one ("Mayor Bloomberg ... Bloomberg said"), as does one a title or a
            # person's name precedes anywhere in the document; after a possessive it is a person's
            # ("His PA said"); and with no "the", never after a colon, a semicolon or an opening
            # quotation mark, where a sentence may start that the parse does not mark ("one thing:
            # People said", '"People say nothing will change."')
            if any(m.label == "PERSON" and m.start == x and m.end == y for m in out) or name.split()[-1].lower() in titled_words():
                continue
            if prev is not None and (prev.tag_ == "PRP$" or prev.tag_ == "POS") and not hit.group("the"):
                continue
            if not hit.group("the") and prev is not None and prev.text in (":", ";", '"', "“", "‘", "'"):
                continue
            si = find(x)
            if si >= 0 and (analysis.sentences[si].heading or _title_case_line(text[analysis.sentences[si].start : analysis.sentences[si].end])):
                continue
            if not hit.group("the") and span[0].is_sent_start:
                continue
            if not _outlet_shape(sdoc, span.start, span.end, lead.start, words):
                continue
        same = [m for m in out if m.start == x and m.end == y]
        if same:
            for m in same:
                if m.label != "ORG":
                    m.context.ner_label = m.label
                    m.label = "ORG"
            continue
        if any(m.start < y and x < m.end and not (x <= m.start and m.end <= y) for m in out):
            continue  # a mention across the name's edge or around it: the tagger's call
        out = [m for m in out if not (x <= m.start and m.end <= y)]
        out.append(Mention(start=x, end=y, text=name, label="ORG", sentence=find(x), source="rule"))
    out.sort(key=lambda m: (m.start, m.end))
    return out


def extract(sdoc, analysis: DocAnalysis) -> tuple[list[Mention], list[DescriptionSpan]]:
    find = _sentence_finder(analysis)
    mentions = []
    for s, e, label in _spans(sdoc, analysis):
        span = sdoc[s:e]
        mentions.append(Mention(start=span.start_char, end=span.end_char, text=span.text, label=label,
                                sentence=find(span.start_char)))
        _code_name(mentions[-1])
    for m in _recover(sdoc, mentions, analysis):
        m.sentence = find(m.start)
        mentions.append(m)
    mentions.sort(key=lambda m: (m.start, m.end))
    # drop exact duplicates (a span kept twice by the headline trimming)
    uniq: list[Mention] = []
    for m in mentions:
        if not uniq or (uniq[-1].start, uniq[-1].end) != (m.start, m.end):
            uniq.append(m)
    mentions = _concepts(analysis.document.text, _guard(sdoc, uniq))
    mentions = _outlets(sdoc, mentions, analysis)
    _acronyms(analysis.document.text, mentions)
    _kind_nouns(sdoc, mentions)
    for m in mentions:
        if _person_by_apposition(sdoc, m):
            m.context.ner_label = m.label
            m.label = "PERSON"
        elif (why := _person_by_speech(sdoc, m, mentions)) is not None:
            m.context.ner_label, m.context.label_evidence = m.label, why
            m.label = "PERSON"
    _gender(sdoc, mentions)  # first: an honorific's gender narrows whom a surname can stand for
    _link(sdoc, mentions)
    descriptions = _describe(sdoc, mentions, analysis)
    return mentions, descriptions

"""Who a pronoun or a nominal speaker stands for, within one document, with a confidence.

No coreference model installs offline here (spaCy's coref components need weights we
cannot fetch), so this is our own scorer in the tradition of Lappin & Leass (1994) and
the GAP "parallelism" baseline (Webster et al. 2018): every earlier named mention that
agrees with the pronoun (gender, number, person or organisation) is a candidate; it
gets the weights (data/speaker_rules.tsv) of the features it has: distance in
sentences and paragraphs, being a subject, the same grammatical role as the pronoun,
being the speaker of the quote just before, salience, agreement known rather than
assumed. Binding: an object pronoun never refers to the subject of its own verb.

The confidence is a logistic function of the best candidate's margin over the
runner-up (another entity): two men and a "he" with nothing to tell them apart stay
open. Vague groups ("several diplomats", "officials") are never linked to an
organisation (data/speaker_groups.txt); "the company", "the ministry" stand for an
earlier organisation only when one clearly leads (data/speaker_nominals.tsv).

Also open rather than guessed: an impersonal "it" ("it was confirmed", "it is thought":
data/impersonal_cues.txt); a he/she whose nearest subject is an unnamed person ("One
survivor said ... He said": data/person_nouns.tsv) or a name the entity tagger missed
(those names are candidates, ``Scene.candidates`` after ``n_named``, but no entity); a
best candidate more than ``max_sentences`` back (it still counts as a rival of nearer
ones); and no chain runs through a caption or heading paragraph.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .. import firstnames, lexicon
from ..types import Mention
from . import gazetteer, names
from .parse import doc_text, token_listed


@dataclass
class Resolution:
    """A pronoun's or nominal's antecedent: a mention index, or None when open."""

    mention: int | None
    confidence: float
    evidence: str
    group: tuple[int, int] | None = None  # a vague group's character span ("several diplomats")
    one: bool = False  # the span is one unnamed person ("one survivor"), not a group
    ranked: list[tuple[int, float]] = field(default_factory=list)  # (mention, score), best first
    # the hand rules' own pick (mention, confidence) when they and the fitted weights disagree
    # (the choice is then open): quotes._hand_pick weighs whether a reader sides with them
    hand: tuple[int, float] | None = None

    @property
    def resolved(self) -> bool:
        return self.mention is not None and self.confidence >= threshold()


@functools.lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    return {k: float(v) for k, v in lexicon.rows("analyse/speaker_rules.tsv")}


def threshold() -> float:
    return weights()["threshold"]


@functools.lru_cache(maxsize=1)
def learned() -> dict:
    """The weights fitted on GAP development by scripts/fit_pronouns.py (data/pronoun_model.json):
    {"weights": feature -> weight, "slope", "offset", "no_rival", ...}; empty when not shipped.
    They score he/she/his/her/him only: GAP holds people, never organisations or quotes."""
    if not lexicon.path("analyse/pronoun_model.json").exists():
        return {}
    return lexicon.json("analyse/pronoun_model.json")


@functools.lru_cache(maxsize=1)
def pronouns() -> dict[str, tuple[str | None, str, str, str]]:
    """form -> (gender or None, number, kind, case)."""
    out = {}
    for form, g, num, kind, case in lexicon.rows("analyse/pronouns.tsv"):
        out[form] = (None if g == "-" else g, num, kind, case)
    return out


@functools.lru_cache(maxsize=8)
def determiners(kind: str | None = None) -> frozenset[str]:
    """Determiners of one kind ("definite": "the", "its"; "indefinite": "a", "another";
    "demonym": those before a lone nationality noun, entities._person_demonym); with no
    kind, every determiner of the list (figures' claimant and subject phrases)."""
    return frozenset(w for w, k in lexicon.rows("analyse/determiners.tsv") if kind is None or k == kind)


@functools.lru_cache(maxsize=1)
def vague_groups() -> frozenset[str]:
    return frozenset(lexicon.lines("analyse/speaker_groups.txt"))


@functools.lru_cache(maxsize=1)
def org_nominals() -> dict[str, str]:
    return {k: v for k, v in lexicon.rows("analyse/speaker_nominals.tsv")}


@functools.lru_cache(maxsize=1)
def person_nouns() -> dict[str, str | None]:
    """Common nouns for one unnamed person (data/person_nouns.tsv) and the role words of
    titles.tsv -> the gender the noun fixes, or None."""
    out: dict[str, str | None] = {w: None for w, (g, _) in names.titles().items() if g != "honorific" and " " not in w}
    for word, g in lexicon.rows("person_nouns.tsv"):
        out[word] = None if g == "-" else g
    return out


@functools.lru_cache(maxsize=1)
def impersonal_words() -> frozenset[str]:
    return frozenset(lexicon.lines("analyse/impersonal_cues.txt"))


def impersonal(tok) -> bool:
    """An "it" that stands for a clause, not an entity: "It was confirmed yesterday that
    ...", "It is thought ...", "It is clear that ...". Such a subject has no speaker."""
    if tok.lower_ != "it":
        return False
    if tok.dep_ in ("expl", "nsubjpass"):
        return True
    head = tok.head
    if tok.dep_ != "nsubj":
        return False
    if any(c.dep_ == "auxpass" for c in head.children):
        return True
    if head.dep_ == "auxpass" and head.i < head.head.i:
        return True  # "it’s said that": the parse hung "it" on the contracted passive auxiliary
    # "it is known/clear that" parsed with an adjective ("what it said" is BP speaking)
    return (head.pos_ == "ADJ" and head.lower_ in impersonal_words()) or any(
        c.dep_ in ("acomp", "attr") and c.lower_ in impersonal_words() for c in head.children)


_CAPTION = re.compile(r"\((?:left|right|centre|center|pictured|top|above|below|inset|file)\)"
                      r"|\b(?:Photograph|Photo|Picture|Image|Illustration)s?:", re.I)


def confidence(margin: float, w: dict | None = None) -> float:
    w = w or weights()
    return 1.0 / (1.0 + math.exp(-(w["slope"] * margin + w["offset"])))


_PERSON = ("PERSON",)
_ORGS = ("ORG",)


def spans_test(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether a position lies inside any of the half-open ``spans``, by bisection
    over their union (merged once): ``any(a <= pos < b for a, b in spans)`` in a logarithmic
    look-up (round fifty-nine, e1, cost; written as ``quotes._inside_spans`` first)."""
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if a >= b:
            continue  # an empty span holds no position
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [m[0] for m in merged]

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < merged[k][1]

    return inside


class Scene:
    """One document's mentions, with the lookups the resolver needs."""

    def __init__(self, sdoc, mentions, quoted: list[tuple[int, int]] | None = None):
        self.sdoc = sdoc
        self.text = doc_text(sdoc)
        self.mentions = mentions
        self.quoted = list(quoted or [])  # the property below: setting it renews inside_quote's union
        self.tok_mention: dict[int, int] = {}
        self._spans = {}
        for i, m in enumerate(mentions):
            span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
            self._spans[i] = span
            if span is not None:
                for t in span:
                    self.tok_mention.setdefault(t.i, i)
        # candidates for pronouns: the named mentions, then names the entity tagger missed
        # (indices from n_named on; they hold no entity, so a quote given to one stays open)
        self.n_named = len(mentions)
        self.candidates = list(mentions) + _untagged_names(sdoc, self.tok_mention, len(mentions))
        for i in range(self.n_named, len(self.candidates)):
            m = self.candidates[i]
            self._spans[i] = sdoc.char_span(m.start, m.end, alignment_mode="expand")
        self._genders: dict[int, str | None] = {}
        # per-document answers read once per pronoun per candidate: the honorifics' genders by
        # entity (honorific_genders), the told gender by candidate (told_gender)
        self._honorifics: dict[int, frozenset[str]] = {}
        self._told: dict[int, str | None] = {}
        self._told_org: dict[str, bool] = {}  # told_organisation by organisation key
        # description_tokens by (mention's span, whole_appos, copula): read once per document,
        # not once per quote that weighs a description
        self._descriptions: dict[tuple[int, int, bool, bool], tuple] = {}
        self.heading: list[tuple[int, int]] = []  # heading sentences' spans (set by the caller)

    @property
    def quoted(self) -> list[tuple[int, int]]:
        """The quoted spans (half-open character offsets)."""
        return self._quoted

    @quoted.setter
    def quoted(self, spans: list[tuple[int, int]]) -> None:
        self._quoted = spans
        self._inside: tuple[int, Callable[[int], bool]] | None = None  # ``quotes.extract`` adds the transcript's turns with +=, which sets it again

    def inside_quote(self, pos: int) -> bool:
        """Does any quoted span hold ``pos``? By bisection over the spans' union, merged once
        (``spans_test``): the test is asked for nearly every token of a document. Round
        fifty-nine, e1 put that bisection in ``quotes._poll_finding_cands`` alone; it is this
        test's own reading, so it lives here for every caller. The union is rebuilt when the
        list is set again or grows."""
        if self._inside is None or self._inside[0] != len(self._quoted):
            self._inside = (len(self._quoted), spans_test(self._quoted))
        return self._inside[1](pos)

    def span(self, i: int):
        return self._spans.get(i)

    def is_subject(self, i: int) -> bool:
        span = self.span(i)
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")

    def cluster(self, i: int) -> int:
        ref = self.candidates[i].context.ref
        if isinstance(ref, int):
            return ref
        return self._lone_names.get(i, i)

    @functools.cached_property
    def _lone_names(self) -> dict[int, int]:
        """A person the document names only by one name word ("Obama", "President Obama", never
        "Barack Obama"): the entity stage links a short form only to a full name, so each such
        mention was its own cluster and the scorer weighed "Obama" against "Obama" (round
        thirty-eight, issue 18: "'he' -> Obama ...; margin 0.9 over Obama; the hand rules pick
        Obama (0.44): open", seed 152's usa-today Q35, in-sample), and every rule that asks
        whether "another person" is named in between found one in the same man's other mentions.
        Folded here to the first such mention: tagged persons with no ``ref`` and no ``ambiguous``
        bearers, of the same name key, when neither the honorifics nor the pronouns the entity stage
        saw after the mentions tell two genders ("Mr. Roe" and "Mrs. Roe" stay two; so do an "Obama"
        with a "he" after it and one with a "she": the cluster's gender is a vote over its mentions,
        and a tie of two hints made the folded Obama a "she" in the census); and only when one of
        them tells a gender at all: the tagger types a school or a town a person too ("A spokesman
        for Eton said ... He said": folded, the two "Eton"s took the spokesman's "He" in a
        Timeline17 draft, 2 wrong), and a name the document never gives a he or she or an
        honorific is not surely one person's. Only the resolver's view: the entities are left as
        tagged. Census (PolNeAR train 301-840 less the keep-off list, 483 texts): 441 open
        he/she/they speakers, 36 with a runner-up of the pick's own name; the fold touches 38 texts
        and changes 12 speakers, all read: 10 open -> right, 2 right -> open (a 30-times-named
        "Bob" now outweighs the nearer voice, and an unnamed officer between leaves it open), 0
        wrong; Timeline17 (235 texts of four topics) 2 open -> right, 0 wrong."""
        groups: dict[str, list[int]] = {}
        for j in range(self.n_named):
            m = self.candidates[j]
            if m.label != "PERSON" or m.context.ref is not None or m.context.ambiguous:
                continue
            toks = names.person_tokens(m.text)
            if len(toks) == 1:
                groups.setdefault(toks[0].lower(), []).append(j)
        out: dict[int, int] = {}
        for idx in groups.values():
            ctxs = [self.candidates[j].context for j in idx]
            told = ({c.gender for c in ctxs} | {c.gender_hint for c in ctxs}) - {None}
            if len(idx) < 2 or len(told) != 1:
                continue
            for j in idx[1:]:
                out[j] = idx[0]
        return out

    @functools.cached_property
    def animals(self) -> frozenset[int]:
        """The clusters of tagged persons the document tells are animals: a noun of
        data/analyse/animal_nouns.txt written on one of their names as its description ("Bart
        was a kitten", "Rex, a terrier,": description_tokens) or right after it as "the cat"
        ("Bart the cat": the small parse gives that no apposition). An animal is no "he" or
        "she" who speaks (round forty-six, seed 161, in-sample: the owner's words went to his
        cat). The tagger types a pet's name a person, so the word on the name is the only sign."""
        nouns = lexicon.words("analyse/animal_nouns.txt")
        out = set()
        for j in range(self.n_named):
            m = self.candidates[j]
            span = self.span(j)
            if m.label != "PERSON" or span is None:
                continue
            after = self.sdoc[span.end : span.end + 2]
            the_noun = len(after) == 2 and after[0].lower_ == "the" and after[1].lower_ in nouns
            if the_noun or any(t.lemma_.lower() in nouns for t in description_tokens(self, m)):
                out.add(self.cluster(j))
        return frozenset(out)

    def entity(self, i: int) -> int:
        """The cluster a candidate speaks for, organisations folded by names.org_key ("BP"
        and "BP Plc" are one rival, not two: an organisation is no rival of itself)."""
        if i < self.n_named and self.candidates[i].label in _ORGS:
            if not hasattr(self, "_org_first"):
                self._org_first: dict[str, int] = {}
                for j in range(self.n_named):
                    if self.candidates[j].label in _ORGS:
                        self._org_first.setdefault(self.org_key(j), self.cluster(j))
            return self._org_first[self.org_key(i)]
        return self.cluster(i)

    def gender(self, cluster: int) -> str | None:
        """From honorifics ("Ms. Li") first, else from pronouns seen after the name."""
        if cluster not in self._genders:
            self._genders[cluster] = self._gender(cluster)
        return self._genders[cluster]

    def _gender(self, cluster: int) -> str | None:
        for key in ("gender", "gender_hint"):
            votes = [getattr(m.context, key) for j, m in enumerate(self.candidates) if self.cluster(j) == cluster]
            votes = [v for v in votes if v]
            if votes:
                return max(sorted(set(votes)), key=votes.count)
        return None

    def only_own_hint(self, cluster: int, tok) -> bool:
        """Is the cluster's gender only hinted, and only by the he/she ``tok`` itself (the entity
        stage reads a he/she subject right after a person subject as that person's: for that very
        pronoun the hint repeats the guess; round forty-eight, c028 Q9)?"""
        if tok is None or self.firm_gender(cluster):
            return False
        votes = [t for j in range(self.n_named) if self.cluster(j) == cluster for _g, t in self._hint_votes.get(j, ())]
        return bool(votes) and all(t == tok.i for t in votes)

    @functools.cached_property
    def _hint_votes(self) -> dict[int, list[tuple[str, int]]]:
        by_token = {t.i: j for j, span in self._spans.items() if j < self.n_named and span is not None
                    and self.mentions[j].label == "PERSON" for t in span}
        from . import entities  # entities imports this module: read at call time

        return entities.hint_votes(self.sdoc, by_token)

    def firm_gender(self, cluster: int) -> bool:
        """Is the cluster's gender told by an honorific or a title (a mention's own gender), not
        only hinted by a he/she after it? Round forty-eight first left the pronoun's own hint out
        of the gender it is resolved by (seed 163 c028 Q9: "She" right after Kishore hinted him an
        f); the final Timeline17 census showed that hint is most often the only gender a plain
        name has ("Thad Allen wouldn't budge ..., but he said", "David Cameron will travel ...
        where he will stress": five right speakers opened), so the hint stands and a role noun in
        apposition outranks it only where the pronoun's own vote is its only ground (``only_own_hint``)."""
        return any(m.context.gender for j, m in enumerate(self.candidates) if self.cluster(j) == cluster)

    def topic_org(self) -> str | None:
        """The organisation the document is about: named most often and at least three
        times, and either twice as often as any other or the first one named (the lead
        names what a news story is about). names.org_key folds "Huawei Technologies"."""
        if not hasattr(self, "_topic"):
            counts: dict[str, int] = {}
            for m in self.mentions:
                if m.label in _ORGS:
                    k = names.org_key(m.text)
                    counts[k] = counts.get(k, 0) + 1
            top = sorted(counts.items(), key=lambda kv: -kv[1])
            first = next((names.org_key(m.text) for m in self.mentions if m.label in _ORGS), None)
            ok = top and top[0][1] >= 3 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]
                                             or (top[0][0] == first and top[0][1] > top[1][1]))
            self._topic = top[0][0] if ok else None
        return self._topic

    def org_key(self, i: int) -> str:
        return names.org_key(self.mentions[i].text)

    def paragraph(self, pos: int) -> int:
        if not hasattr(self, "_breaks"):
            sep = "\n\n" if "\n\n" in self.text else "\n"
            self._breaks = [m.start() for m in re.finditer(re.escape(sep), self.text)]
            self._sep = len(sep)
        return bisect.bisect_right(self._breaks, pos - self._sep)

    @functools.cached_property
    def sents(self) -> list:
        """The parsed sentences, listed once per document (read per pronoun)."""
        return list(self.sdoc.sents)

    def sent_no(self, pos: int) -> int:
        """The number of the parsed sentence holding a character offset: the one measure of
        distance in sentences (never counting ". ", which "Mr." and "U.S." fool)."""
        if not hasattr(self, "_sent_starts"):
            self._sent_starts = [s.start_char for s in self.sents]
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)

    def para_span(self, pos: int) -> tuple[int, int]:
        k = self.paragraph(pos)
        a = self._breaks[k - 1] + self._sep if k > 0 else 0
        b = self._breaks[k] if k < len(self._breaks) else len(self.text)
        return a, b

    def caption(self, pos: int) -> bool:
        """Is the paragraph holding ``pos`` a caption or a heading: a heading sentence, a
        picture marker ("(right)", "Photograph:"), or a short line without a closing stop.
        A pronoun chain never runs through one (a caption's names are not the story's)."""
        if not hasattr(self, "_captions"):
            self._captions: dict[int, bool] = {}
        k = self.paragraph(pos)
        if k not in self._captions:
            a, b = self.para_span(pos)
            para = self.text[a:b].strip()
            short = len(para.split()) <= 20 and not para.endswith(tuple(".!?\"”’':;…)"))
            self._captions[k] = bool(para) and (
                short or bool(_CAPTION.search(para))
                or any(x < b and a < y and (y - x) >= 0.8 * len(para) for x, y in self.heading))
        return self._captions[k]

    def sentence_index(self) -> dict[int, int]:
        """Sentence start token -> sentence number."""
        if not hasattr(self, "_sents"):
            self._sents = {s.start: k for k, s in enumerate(self.sents)}
        return self._sents


def _name_token(tok, taken: dict[int, int]) -> bool:
    return (tok.pos_ == "PROPN" and not tok.ent_type_ and tok.i not in taken and tok.is_alpha and len(tok) > 1
            and tok.text[0].isupper() and not tok.is_upper and tok.lower_ not in names.titles())


def _untagged_names(sdoc, taken: dict[int, int], first: int) -> list[Mention]:
    """Names spaCy's small model leaves untagged ("Joel Dresse was in the US ... He says";
    a quarter of GAP's names): a run of two or more capitalised proper nouns outside every
    entity, and later the run's last word alone ("Dresse said"). Written here because no
    offline tagger finds them; they are pronoun candidates only, never an entity."""
    out: list[Mention] = []
    surname: dict[str, int] = {}
    i, n = 0, len(sdoc)
    while i < n:
        if not _name_token(sdoc[i], taken):
            i += 1
            continue
        j = i
        while j + 1 < n and _name_token(sdoc[j + 1], taken) and sdoc[j + 1].sent.start == sdoc[i].sent.start:
            j += 1
        span = sdoc[i : j + 1]
        if j > i:
            surname[sdoc[j].text] = first + len(out)
            out.append(Mention(start=span.start_char, end=span.end_char, text=span.text, label="PERSON", source="rule"))
        elif sdoc[i].text in surname:
            out.append(Mention(start=span.start_char, end=span.end_char, text=span.text, label="PERSON", source="rule",
                               context={"ref": surname[sdoc[i].text]}))
        elif _lone_subject_name(sdoc[i]) or _lone_first_name(sdoc[i]):
            surname[sdoc[i].text] = first + len(out)
            out.append(Mention(start=span.start_char, end=span.end_char, text=span.text, label="PERSON", source="rule"))
        i = j + 1
    # a one-word subject the tagger took for a place or a people ("Hirson [GPE] was a regular
    # cast member ... she played") or for an organisation ("Streep [ORG] won ... she"): a
    # rival for he/she, never an entity
    for t in sdoc:
        if t.i in taken and t.ent_type_ in _LONE_TYPES and _lone_subject_name(t, tagged=True) and (
                t.ent_type_ in ("GPE", "NORP") or _surname_like(t)):
            ref = surname.setdefault(t.text, first + len(out))
            out.append(Mention(start=t.idx, end=t.idx + len(t), text=t.text, label="PERSON", source="rule",
                               context={"ref": ref} if ref != first + len(out) else {}))
    return out


def _lone_subject_name(tok, tagged: bool = False) -> bool:
    """A single capitalised proper noun that is a verb's subject and no known place or
    people: most likely a surname ("Prytz appeared opposite ...")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ != "NNP" or not tok.is_alpha or tok.is_upper:
        return False
    if tagged and (tok.ent_iob_ != "B" or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I")):
        return False
    if not tagged and _said_noun_opening(tok):
        return False
    return not (gazetteer.is_any_place(tok.text) or gazetteer.is_demonym(tok.text) or tok.lower_ in names.titles())


def _said_noun_opening(tok) -> bool:
    """A sentence's first word, capitalised only for that, that is a noun of something said
    or written (analyse/statement_nouns.txt, analyse/document_nouns.txt: "News of the cuts
    came from ...", "Word ...", "Reports ..."), tagged a proper noun by the small model: no
    surname, and no candidate for a later he/she (issue 18, round fifty-one, mender m1:
    fnc1_c038 Q10 of seed 166, a "He" scored to "News" two sentences back over the reporter
    named in the same sentence)."""
    first = next((t for t in tok.sent if not (t.is_punct or t.is_space)), None)
    if first is None or first.i != tok.i:
        return False
    low = tok.lower_
    return bool({low, tok.lemma_.lower()} & (lexicon.words("analyse/statement_nouns.txt")
                                              | lexicon.words("analyse/document_nouns.txt")))


_LONE_TYPES = ("GPE", "NORP", "ORG", "PRODUCT")


def _lone_first_name(tok) -> bool:
    """An untagged one-word proper noun that is a common first name ("Bjorn", "Ryan",
    "Dolly" in "... Ryan told him"): a person's name in any role, not only a subject."""
    return (tok.tag_ == "NNP" and tok.is_alpha and not tok.is_upper and common_first_name(tok.text) is not None
            and not (gazetteer.is_any_place(tok.text) or gazetteer.is_demonym(tok.text)))


def _surname_like(tok) -> bool:
    """A one-word subject typed ORG or PRODUCT that reads as a surname: mixed case, no
    organisation word or known organisation alias, never after a determiner ("The Guardian
    said"), never a first name the mistyped-name rule handles (it is a candidate there)."""
    low = tok.lower_
    if low in names.org_words() or names.simple_key(tok.text) in names.org_aliases():
        return False
    if tok.i > 0 and tok.doc[tok.i - 1].dep_ == "det":
        return False
    share = _first_names().get(low)
    w = weights()
    return share is None or max(share, 1.0 - share) < w.get("mistyped_name_share", 1.1)


def _role(tok) -> str:
    """subj, obj or poss for a token heading a mention or being a pronoun."""
    dep = tok.dep_
    if dep in ("nsubj", "nsubjpass"):
        return "subj"
    if dep == "poss":
        return "poss"
    if dep in ("dobj", "iobj", "dative", "attr"):
        return "obj"
    if dep == "pobj":
        return "pobj"
    if dep in ("conj", "appos") and tok.head.i != tok.i:
        return _role(tok.head)
    return "other"


def _commands(subj, tok) -> bool:
    """Is ``subj`` the subject of a verb that dominates ``tok`` in the parse (same sentence)?"""
    verb = subj.head
    if verb.sent.start != tok.sent.start or subj.i >= tok.i:
        return False
    return any(a.i == verb.i for a in tok.ancestors)


def _governor(tok):
    """The verb a subject or object token depends on (climbing prepositions)."""
    h = tok.head
    if tok.dep_ == "pobj":
        h = h.head
    return h


_OPEN_MARKS = "\"“„«"


def lost_boundary(scene: Scene, tok) -> int | None:
    """Where a quotation opens right after a clause with no punctuation between, in the parsed
    sentence of a pronoun that follows its close: 'Jane Roe spent a week in the ruins of her
    house "It hurts, and the pain does not stop for days on end," she said.' (a caption run
    into a paragraph with its stop lost). The words before the mark are not the quotation's
    sentence: a name there is no "same sentence" subject for the "she" of the quotation's tag.
    The quotation must start with a capital and hold eight words or more, and the clause before
    it three words or more ending in a word of its own (no mark, no comma, no colon): a quoted
    fragment inside a sentence ('called it "a disaster"') starts in lower case or is short.
    Returns the opening mark's offset, or None (round fifteen, 18s)."""
    sent = tok.sent
    text = scene.text
    for a, b in scene.quoted:
        if not (sent.start_char < a and b <= tok.idx) or a < 1 or text[a - 1] not in _OPEN_MARKS:
            continue
        before = text[sent.start_char : a - 1]
        body = text[a:b]
        if before != before.rstrip() and before.rstrip()[-1:].isalnum() and "\n" not in before \
                and len(before.split()) >= 3 and body[:1].isupper() and len(body.split()) >= 8:
            return a - 1
    return None


def resolve_pronoun(scene: Scene, tok, last_speaker: int | None = None, *, use_model: bool = True,  # noqa: C901 -- over the limit before the gate; split it into rule tables (issue 15, item 4)
                   trace: list | None = None) -> Resolution:
    """The antecedent of a third-person pronoun token, scored over earlier mentions.
    ``use_model=False`` scores with the hand weights only; ``trace`` (a list) receives
    (candidate index, features, too far) for every candidate scored (scripts/fit_pronouns.py)."""
    info = pronouns().get(tok.lower_)
    if info is None:
        return Resolution(None, 0.0, f"'{tok.text}' is not a third-person pronoun")
    gender, _number, kind, case = info  # number: "they" is the only plural, handled by kind "any"
    w = weights()
    # a he/she/his/her/him is scored by the weights fitted on GAP (scripts/fit_pronouns.py)
    # when shipped; the features GAP never shows (quotes, organisations) keep the hand weights
    model = learned() if kind == "person" and use_model else {}
    wf = dict(w, **model.get("weights", {}), **{k: model[k] for k in ("slope", "offset", "no_rival")}) if model else w
    pos = tok.idx
    labels = _PERSON if kind == "person" else _ORGS  # "they": organisations (weak) or a group below
    pron_role = _role(tok)
    pron_sent_k = scene.sent_no(pos)
    pron_para = scene.paragraph(pos)
    pron_in_quote = scene.inside_quote(pos)
    if impersonal(tok):
        return Resolution(None, 0.0, f"impersonal '{tok.text} {tok.head.text}': the clause, not an entity")
    # how far back an antecedent may be: "it" names its organisation within a few sentences
    max_back = w["max_sentences_thing"] if kind == "thing" else w["max_sentences"]
    last_cluster = scene.entity(last_speaker) if last_speaker is not None else None
    if kind == "any":
        group = _group_before(scene, tok)
        if group is not None and group[1] == _NAMED_BETWEEN:
            return Resolution(None, 0.0, f"'{tok.text}': '{group[0].text}', a name a 'they' may stand for, is the subject "
                              "of a main clause after the nearest plural group: open")
        if group is not None:
            phrase, org = group
            if org is None:
                return Resolution(None, 0.0, f"'{tok.text}' -> vague group '{phrase.text}': not linked",
                                  group=(phrase.start_char, phrase.end_char))
            return Resolution(org, round(confidence(w["no_rival"]), 3),
                              f"'{tok.text}' -> '{phrase.text}' ({scene.mentions[org].text} in the phrase)")
        joint = _joint_before(scene, tok)
        if joint is not None:  # "Acme and Beta hold the field ... they argue": both, not one
            return Resolution(None, 0.0, f"'{tok.text}' -> '{joint.text}': two or more joined, a plural antecedent; "
                              "a quote carries one speaker: open", group=(joint.start_char, joint.end_char))
    counts: dict[int, int] = {}
    scored: dict[int, tuple[float, int, list[str], bool]] = {}  # cluster -> (score, mention, reasons, too far)
    cataphor = _cataphora_subject(tok)
    bound = set()  # binding: "Wu praised him" is never Wu, under any of his names
    if case == "obj":
        for i in range(len(scene.candidates)):
            span = scene.span(i)
            if span is not None and _role(span.root) == "subj" and _governor(tok).i == _governor(span.root).i:
                bound.add(scene.entity(i))
    found: list[tuple[dict[str, float], int, int, list[str], bool, bool]] = []
    lost = lost_boundary(scene, tok)
    for i, m in enumerate(scene.candidates):
        if m.label not in labels and not (kind == "person" and _mistyped_person(m.text, m.label, gender, w, outlets=True)
                                          and not _after_determiner(scene.span(i))
                                          and not told_organisation(scene, i)):
            continue  # a he/she/his/her is a person's: never a name the document tells an organisation
        outlet = m.label not in labels and _outlet_name(m.text)  # "Pink News": a rival, never the choice
        if m.end > pos and not (cataphor is not None and scene.span(i) is not None
                                and scene.span(i).root.i == cataphor.i):
            continue
        c = scene.entity(i)
        counts[c] = counts.get(c, 0) + 1
        span = scene.span(i)
        if span is None or pos - m.end > 2500:
            continue
        dist = max(0, pron_sent_k - scene.sent_no(m.start))
        # before a quotation opened with no punctuation after a clause: not its sentence, and
        # no subject parallel to its tag's pronoun (lost_boundary)
        run_in = lost is not None and dist == 0 and m.end <= lost
        if run_in:
            dist = 1
        # too far back to be chosen, but still a rival: dropping it would make the nearer
        # candidates look surer than they are
        far = dist > max_back and (kind == "thing" or c != last_cluster)
        if kind == "any" and m.label in _ORGS and dist > w["max_sentences_thing"]:
            far = True  # "they" for an organisation reaches back no further than "it"
        # named inside a quotation the pronoun is not in ("'... Acme took a string of
        # risky shortcuts,' it said"): a rival, never the choice
        quoted = (scene.inside_quote(m.start) and not pron_in_quote) or outlet
        if scene.paragraph(m.start) != pron_para and scene.caption(m.start):
            continue  # a caption's or a heading's name: no chain runs through it
        g = scene.gender(c) if m.label == "PERSON" else None
        if gender and g and g != gender:
            continue
        if kind == "person" and c in scene.animals:
            continue  # "Bart was a kitten ... He said": a pet is no he who speaks (Scene.animals)
        if gender and m.label == "PERSON" and (g is None or scene.only_own_hint(c, tok)) \
                and _cluster_appos_gender(scene, c) not in (None, gender):
            # "her son Safiullah" is no "she", though the name tells no gender (round forty-two); "Jugal
            # Kishore, the 25-year-old groom" is no "She" though she, right after him, hinted so (round
            # forty-eight, c028 Q9): a role noun in apposition outranks a gender only the pronoun being
            # resolved hinted, not one other pronouns told ("Dorothy Woods, whose husband, ... Ty Woods"
            # ... "Woods said she ...": a "husband" in the surname's cluster is no bar to her)
            continue
        head = span.root
        if c in bound:
            continue
        if not model and gender in ("m", "f") and m.label == "PERSON" and _told_against(scene, tok, i, gender):
            # the hand rules weigh no first name: "Lisa Murkowski ... McKay ... he said" had them
            # pick her, and their pick then vetoed the fitted weights' McKay (round thirteen, 18n)
            continue
        reasons = []
        f: dict[str, float] = {"base": 1.0}
        if m.end > pos:
            f["cataphora"] = 1.0
            reasons.append("subject after a fronted phrase")
        if dist:
            f["sentence_distance"] = min(dist, 4)
            reasons.append(f"{dist} sentence{'s' if dist > 1 else ''} back")
        else:
            f["same_sentence"] = 1.0
            reasons.append("same sentence")
        if scene.paragraph(m.start) != pron_para:
            f["other_paragraph"] = 1.0
            reasons.append("earlier paragraph")
        role = "other" if run_in else _role(head)
        if run_in:
            reasons.append("before a quotation opened with no punctuation (a lost boundary)")
        if role == "subj":
            f["candidate_subject"] = 1.0
            reasons.append("subject")
        elif role in ("poss", "pobj"):
            f["candidate_oblique"] = 1.0
            f["candidate_" + role] = 1.0
        elif role == "obj":
            f["candidate_object"] = 1.0
        if role == pron_role and role != "other":
            f["parallel_role"] = 1.0
            reasons.append(f"parallel {role}")
        f[f"pronoun_{pron_role}_candidate_{role}"] = 1.0
        if span.start == head.sent.start and not (run_in and kind == "person"):
            f["sentence_start"] = 1.0
        if role == "subj" and _commands(head, tok):
            # "Smith had said he would ...", "Zoe takes her first ...": the subject of a verb
            # above the pronoun in the same sentence (Hobbs 1978: the first subject met
            # climbing the pronoun's tree); binding already removed an object's own subject
            f["clause_subject"] = 1.0
            reasons.append("subject of the clause above")
        if last_speaker is not None and c == last_cluster:
            f["last_speaker"] = 1.0
            reasons.append("speaker of the quote before")
        if scene.inside_quote(m.start) and not pron_in_quote:
            f["inside_quote"] = 1.0
            reasons.append("inside a quote")
        if gender and g == gender:
            f["gender_known"] = 1.0
            reasons.append(f"gender {g}")
        if kind == "any" and m.label in _ORGS:
            f["org_for_they"] = 1.0
        if m.label in _ORGS and scene.topic_org() is not None and scene.org_key(i) == scene.topic_org():
            f["topic_organisation"] = 1.0
            reasons.append("the organisation the article is about")
        f["salience"] = math.log2(1 + counts[c])
        if kind == "person":
            # run in: the fitted weights' sentence-bound cues do not count it either
            _more_features(scene, tok, i, head, c, gender, g, f, run_in)
        if trace is not None:
            trace.append((i, f, far or quoted))
        found.append((f, c, i, reasons, far, quoted))
    # scored together (the trees walk every candidate at once: _ensemble_rows), then kept in the
    # same order as before
    for (_f, c, i, reasons, far, quoted), s_total in zip(found, _scores([x[0] for x in found], wf, model)):
        prev = scored.get(c)
        if far:
            reasons = reasons + ["too far back to choose"]
        elif quoted:
            reasons = reasons + ["named only inside a quotation: not chosen"]
            far = True
        prev_far = prev is not None and prev[3]
        if prev is None or (prev_far and not far) or (prev_far == far and s_total >= prev[0]):
            scored[c] = (s_total, i, reasons, far)  # an entity's nearest eligible mention speaks for it
    if not scored:
        return Resolution(None, 0.0, f"'{tok.text}': no earlier {'person' if kind == 'person' else 'organisation'} that agrees")
    ranked = sorted(scored.values(), key=lambda x: -x[0])
    best = ranked[0]
    past_far = ""  # the note when a near subject stands past a best candidate that cannot be chosen
    if best[3]:
        why = ("is a news outlet's name, no he or she" if _outlet_name(scene.candidates[best[1]].text)
               and scene.candidates[best[1]].label not in labels
               else "is named only inside a quotation" if "named only inside a quotation: not chosen" in best[2]
               else f"is more than {int(max_back)} sentences back")
        near = _near_subject(scene, ranked) if kind == "person" else None
        if near is None:
            return Resolution(None, 0.0, f"'{tok.text}': the best candidate, {scene.candidates[best[1]].text}, {why}",
                              ranked=[(r[1], round(r[0], 3)) for r in ranked])
        past_far = (f"; {scene.candidates[best[1]].text}, scored higher, {why}: the one subject named in this "
                    "sentence or the one before stands")
        ranked = [r for r in ranked if not r[3]]
        best = near
    if kind == "thing":
        lead = scene.span(best[1])
        # a thing subject of the candidate's own sentence counts when the candidate is not its
        # subject ("The suit accuses BP ... it said")
        after = lead.sent.start_char if lead is not None and _role(lead.root) != "subj" else scene.candidates[best[1]].end
        thing = _thing_before(scene, tok, after)
        if thing is not None:
            return Resolution(None, 0.0, f"'{tok.text}' -> '{thing.text}', nearer than "
                              f"{scene.candidates[best[1]].text}: open", group=(thing.start_char, thing.end_char),
                              ranked=[(r[1], round(r[0], 3)) for r in ranked])
        name = untyped_name_before(scene, tok, scene.candidates[best[1]].end)
        if name is not None:
            return Resolution(None, 0.0, f"'{tok.text}': '{name.text}', a name the tagger typed no organisation, is "
                              f"a nearer subject than {scene.candidates[best[1]].text}: open",
                              ranked=[(r[1], round(r[0], 3)) for r in ranked])
        place = _place_subject_before(scene, tok, scene.candidates[best[1]].end)
        if place is not None:
            return Resolution(None, 0.0, f"'{tok.text}': '{place.text}', a name the tagger typed a place or a people (no "
                              f"organisation), is a nearer subject than {scene.candidates[best[1]].text}: open",
                              ranked=[(r[1], round(r[0], 3)) for r in ranked])
    if kind == "person":
        lead = scene.span(best[1])
        after = scene.candidates[best[1]].end
        # a name that is only the object or the addressee of its sentence ("the teacher gave an
        # interview to the Gazette. He told ..."): that sentence's unnamed subject is the nearer
        # person-subject, as for "it" above; read it from the sentence's start (round 42)
        if lead is not None and _role(lead.root) != "subj":
            after = min(after, lead.sent.start_char)
        own = own_person_before(scene, tok, after, gender)
        if own is not None:  # "I told my mom, and she reacted ...": the mother, never the writer
            return Resolution(None, 0.0, f"'{tok.text}' -> '{own.text}' (a person of the first-person writer's own, "
                              f"nearer than {scene.candidates[best[1]].text}): open",
                              group=(own.start_char, own.end_char), one=True, ranked=[(r[1], round(r[0], 3)) for r in ranked])
        nominal = _person_before(scene, tok, after, gender, scene.entity(best[1]))
        held = _held_post(scene, nominal[0], gender) if nominal is not None else None
        if held is not None:  # "President Ann Roe ... The president wrote ... She said": Roe
            phrase, h = nominal[0], held
            return Resolution(h, 0.8, f"'{tok.text}' -> '{phrase.text}', nearer than {scene.candidates[best[1]].text}: "
                              f"the post {scene.mentions[h].text} was named with before, no one else named with it",
                              ranked=[(r[1], round(r[0], 3)) for r in ranked])
        if nominal is not None:
            phrase, why = nominal
            return Resolution(None, 0.0, f"'{tok.text}' -> '{phrase.text}' ({why}), nearer than "
                              f"{scene.candidates[best[1]].text}: open", group=(phrase.start_char, phrase.end_char), one=True,
                              ranked=[(r[1], round(r[0], 3)) for r in ranked])
    # a rival bearing the best one's own name counts only against a pick the text does not
    # settle by itself (the subject of the pronoun's sentence or of the one before): "He" six
    # sentences after "the woman known as Rehana", left open by two "Rehana" entities, is no
    # he to give her on one entity's margin (FNC-1 census, round fifty-four)
    settled = _close_subject(best)
    rivals = [r for r in ranked[1:] if not (settled and same_name_twin(scene, best[1], r[1]))]
    twin = ranked[1] if len(ranked) > 1 and not (rivals and rivals[0] is ranked[1]) else None
    if rivals:
        margin = best[0] - rivals[0][0]
        rival = f"; margin {margin:.1f} over {scene.candidates[rivals[0][1]].text}"
    else:
        margin = max(0.0, best[0]) + wf["no_rival"]
        rival = "; no rival"
    if twin is not None:
        rival += f" ({scene.candidates[twin[1]].text}, ranked next, is the same name: {_TWIN_WHY})"
    conf = round(confidence(margin, wf), 3)
    ev = f"'{tok.text}' -> {scene.candidates[best[1]].text}: " + ", ".join(best[2]) + rival
    hand_pick = None
    if model and gender:
        full = fullest_name(scene, best[1])
        p = first_name_gender(full)
        if p is None and len(full.split()) == 1:
            p = common_first_name(full)
        share = None if p is None else (p if gender == "f" else 1.0 - p)
        # "Haley Barbour ... Barbour said he": the subject of the clause right above the
        # pronoun is syntax, which outranks a first name's birth statistics (a man named Haley);
        # any mention of the chosen entity counts, not only the one the scorer let speak for it
        # (the tree model may rank an earlier "Barbour" above the one right above the pronoun)
        said_above = any(
            sp is not None and _role(sp.root) == "subj" and _commands(sp.root, tok)
            for j in range(len(scene.candidates)) if scene.entity(j) == scene.entity(best[1])
            for sp in (scene.span(j),))
        if share is not None and share <= w["first_name_against"] and not said_above:
            # "she" -> Rory Carroll: the first name is almost never given to a "she"; the
            # pronoun more likely stands for someone the tagger missed. Open, not reassigned.
            return Resolution(None, 0.0, ev + f"; the first name is given to a '{tok.text}' in {share:.1%} of US births: open",
                              ranked=[(r[1], round(r[0], 3)) for r in ranked])
    if model:
        # GAP's paragraphs are short and their pronoun always has a named antecedent; news
        # pronouns often stand for someone unnamed, far back. The fitted weights choose; the
        # hand rules, whose confidence the audits calibrated on news, must agree for the
        # choice to be acted on: their confidence when they pick the same entity, else at
        # most one minus their confidence in their own pick and never above the threshold
        # (the fitted weights can veto, never add a speaker the hand rules doubt). On the audit stories the fitted weights
        # alone gave 3 new wrong speakers (a candidate 5-6 sentences back, a caption's name).
        hand = resolve_pronoun(scene, tok, last_speaker, use_model=False)
        if hand.mention is not None and (scene.entity(hand.mention) == scene.entity(best[1])
                                         or settled and same_name_twin(scene, best[1], hand.mention)):
            conf = hand.confidence
            ev += f"; the hand rules agree ({hand.confidence:.2f})"
        elif hand.mention is None:  # the hand rules leave it open (too far back, a nearer unnamed subject)
            conf = 0.0
            ev += f"; the hand rules leave it open ({hand.evidence})"
        else:
            # below the threshold whatever the margin: one minus a weak hand pick (0.26) let
            # the fitted weights alone set "she" -> Crystle Stewart and "he" -> Simon Jenkins
            # on the H1N1 audit story (both wrong) once their margins grew (18q)
            conf = round(min(conf, 1.0 - hand.confidence, threshold() - 0.01), 3)
            ev += f"; the hand rules pick {scene.candidates[hand.mention].text} ({hand.confidence:.2f}): open"
            hand_pick = hand.mention, hand.confidence
    if kind == "person" and hand_pick is None and _only_premodifier(scene, best[1], pos):
        # "a 17-year-old Limpopo girl ... she": the girl. (With a hand pick of another the choice is
        # open already, and the fitted pick stays for quotes._hand_pick to weigh.)
        return Resolution(None, 0.0, ev + f"; {scene.candidates[best[1]].text} is written only as a word before a "
                          "noun, which names someone else: open", ranked=[(r[1], round(r[0], 3)) for r in ranked])
    if past_far:
        # the hand rules set it (the fitted weights take it only when the hand rules agree, above):
        # the shape, not the margin over a rival two or more sentences back, settles it
        conf, ev = (conf if model else w["near_subject_confidence"]), ev + past_far
    return Resolution(best[1], conf, ev, ranked=[(r[1], round(r[0], 3)) for r in ranked], hand=hand_pick)


def _near_subject(scene: Scene, ranked: list[tuple[float, int, list[str], bool]]) -> tuple[float, int, list[str], bool] | None:
    """The candidate a he/she stands for when the scorer's best cannot be chosen (more than
    max_sentences back, named only inside a quotation, an outlet): the best of the rest, when
    it is the subject of the pronoun's sentence or of the one before and no other candidate
    that could be chosen is named there ("At that moment, the French envoy, Jean Roe, uttered
    a stage whisper. '...,' he said", where a president named all through the story outscored
    Roe on salience and the quote was left open). Round fifty-four's censuses: the best
    candidate "more than 6 sentences back" holds 77 open quotes of PolNeAR train and 17 of
    FNC-1; of the 40 read, most are unnamed or far speakers, a few have the speaker as the
    subject right before ("Donald Trump also criticized Clinton ... / '...,' he said", beside
    an Eric Trump named further up). A subject after a fronted phrase or before a quotation
    opened with no punctuation is not taken. None otherwise."""
    near = [r for r in ranked if not r[3]]
    if not near or not _close_subject(near[0]):
        return None
    pick = near[0]
    if any(_close(r) and not same_name_twin(scene, pick[1], r[1]) for r in near[1:]):
        return None  # another who could be the pronoun is named as near
    return pick


def _close(r: tuple[float, int, list[str], bool]) -> bool:
    """Is a scored candidate (score, mention, reasons, too far) named in the pronoun's
    sentence or the one before?"""
    return "same sentence" in r[2] or "1 sentence back" in r[2]


def _close_subject(r: tuple[float, int, list[str], bool]) -> bool:
    """Is a scored candidate the subject of the pronoun's sentence or of the one before (not a
    subject after a fronted phrase, nor one before a quotation opened with no punctuation)?"""
    return _close(r) and "subject" in r[2] and "subject after a fronted phrase" not in r[2] \
        and not any(x.startswith("before a quotation opened") for x in r[2])


_TWIN_WHY = "one person's name the entity stage left split, not a rival"


def same_name_twin(scene: Scene, i: int, j: int) -> bool:
    """Are candidates i and j, of two entities, one person's name that the entity stage left
    split ("Chandhok Jasdip Singh ... Singh, 47, voted ... He said": the scorer weighs the
    untagged "Singh" against "Chandhok Jasdip Singh" and, finding two near-equal candidates,
    leaves the "he" open)?
    Round fifty-four's censuses (PolNeAR train and FNC-1, base code): 53 open he/she quotes whose
    runner-up bears the best one's name. A tagged person and another, or an untagged word that is the
    tagged one's last name; their fullest names (fullest_name) equal, or one a single word that
    is the other's last; no gender told against the other's; and the document gives that surname to at most one full name, so "Trump" beside
    "Ivanka Trump" and "Donald Trump", or "Clinton" beside Bill and Hillary, stays two rivals.
    resolve_pronoun discounts such a twin only for a pick the text settles by itself (the subject of
    the pronoun's sentence or of the one before, _close_subject): the FNC-1 census gave a "He" to a
    woman's one-word name six sentences back when it did so for any pick.
    Our own rule: the entity stage's clustering is the library-free part this reads after."""
    if i == j or scene.entity(i) == scene.entity(j) or min(i, j) >= scene.n_named:
        return False
    tagged = [k for k in (i, j) if k < scene.n_named]
    if any(scene.candidates[k].label != "PERSON" for k in tagged):
        return False
    a, b = fullest_name(scene, i).split(), fullest_name(scene, j).split()
    if len(tagged) == 1 and len((a, b)[(i, j).index(max(i, j))]) != 1:
        return False  # an untagged word is a twin only as the one-word surname of a tagged name
    if not (a == b or (len(a) == 1 and a[-1] == b[-1]) or (len(b) == 1 and a[-1] == b[-1])):
        return False
    ga, gb = scene.gender(scene.entity(i)), scene.gender(scene.entity(j))
    if ga and gb and ga != gb:
        return False
    surname = a[-1]
    bearers = {m.text for m in scene.candidates[: scene.n_named]
               if m.label == "PERSON" and len(m.text.split()) > 1 and m.text.split()[-1] == surname}
    return len(bearers) <= 1


def _only_premodifier(scene: Scene, i: int, pos: int) -> bool:
    """Is every mention of candidate i's person before ``pos`` a word before a noun
    (_premodifier)? A person named properly anywhere before ("Sanders said ... Sanders
    supporters ... he said") is still a he/she's antecedent; only a name that was never more than
    a modifier ("a 17-year-old Limpopo girl") is not (the PolNeAR census: three right speakers
    whose nearest mention was "Sanders supporters", "gave Beck new impetus" were opened when the
    pick's own mention alone was read)."""
    c = scene.entity(i)
    return all(_premodifier(scene.span(j)) for j in range(len(scene.candidates))
               if scene.entity(j) == c and (scene.candidates[j].end <= pos or j == i))  # (i: a cataphor's pick)


def _premodifier(span) -> bool:
    """Is a name written only as a word before a common noun, which names someone else ("a
    17-year-old Limpopo girl", "a staunch Acme ally")? The tagger may type such a word (a place, a
    firm) a person, and a he/she after it stands for the one the noun names, never for the
    modifier (round fifty-three, seed 168 c055 Q6: "she" went to the province the girl was from).
    The name's root a compound or modifier of a noun after it. Such a mention is scored and ranked
    as before (dropped, or marked never the choice, it changed which mention stood for its person
    and opened two right speakers in the PolNeAR census); only when it is the pick is the pronoun
    left open (unless the hand rules picked another: the choice is open then, and the pick is left
    for quotes._hand_pick to weigh)."""
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN" and root.head.i >= span.end


# the features GAP never shows (a quote's speaker, organisations) and the constant: never
# fitted, they keep the hand weights under any fitted model (scripts/fit_pronouns.py)
NOT_FITTED = ("last_speaker", "inside_quote", "org_for_they", "topic_organisation", "base")


def _scores(fs: list[dict[str, float]], wf: dict[str, float], model: dict) -> list[float]:
    """The candidates' scores: linear in their features (the hand weights, or the fitted ones),
    or, when the shipped model is a tree ensemble (``"trees"``), the ensemble's log-odds
    plus the hand weights of the features it was never fitted on."""
    if not model or "trees" not in model:
        return [sum(v * wf.get(k, 0.0) for k, v in f.items()) for f in fs]
    return [t + sum(f[k] * wf.get(k, 0.0) for k in NOT_FITTED if k in f)
            for f, t in zip(fs, _ensemble_rows(model, fs))]


def _ensemble_rows(model: dict, fs: list[dict[str, float]]) -> list[float]:
    """Gradient-boosted trees read from the model file (fitted by scripts/fit_pronouns.py
    with scikit-learn, written out as plain arrays): walked here rather than unpickled, so
    the package neither loads pickles nor needs scikit-learn at run time, and the file stays
    readable and the same across library versions. A node goes left when the feature is at
    most its threshold (scikit-learn's rule); a missing feature is 0.

    Every tree and every candidate are walked at once, one depth level per step, over arrays
    built once per model (``_forest``): a tree-at-a-time Python walk tripled pronoun
    resolution's cost (18t). Each row's leaves are summed in tree order from the bias
    (``cumsum`` adds sequentially), so a score is the same float as a one-tree-at-a-time
    sum, bit for bit."""
    if not fs:
        return []
    feat, thr, left, right, value, roots, depth, names = _forest(model)
    x = np.array([[float(f.get(k, 0.0)) for k in names] for f in fs])
    rows = np.arange(len(fs))[:, None]
    n = np.broadcast_to(roots, (len(fs), len(roots)))
    for _ in range(depth):
        n = np.where(x[rows, feat[n]] <= thr[n], left[n], right[n])
    return np.cumsum(value[n], axis=1)[:, -1].tolist()


_FORESTS: dict[int, tuple] = {}


def _forest(model: dict) -> tuple:
    """The model's trees as flat numpy arrays (node ids global across trees), cached by the
    model's tree list (kept alive in the cache, so its id is never reused; a model given new
    trees, features or bias is rebuilt). A leaf points to itself on both sides with an
    infinite threshold, so extra steps past a shallow leaf stay on it; the bias sits at node
    0, a leaf every row starts on, so it is summed first."""
    trees, features, bias = model["trees"], model["features"], float(model["bias"])
    hit = _FORESTS.get(id(trees))
    if hit is not None and hit[0] is trees and hit[1] is features and hit[2] == bias:
        return hit[3]
    feat, thr, left, right, value, roots = [0], [math.inf], [0], [0], [bias], []
    depth = 0
    for t_feat, t_thr, t_left, t_right, t_value in trees:
        base = len(feat)
        roots.append(base)
        for k in range(len(t_feat)):
            leaf = t_left[k] < 0
            feat.append(0 if leaf else t_feat[k])
            thr.append(math.inf if leaf else t_thr[k])
            left.append(base + k if leaf else base + t_left[k])
            right.append(base + k if leaf else base + t_right[k])
            value.append(t_value[k])
        depth = max(depth, _tree_depth(t_left, t_right))
    arrays = (np.array(feat, dtype=np.intp), np.array(thr, dtype=np.float64),
              np.array(left, dtype=np.intp), np.array(right, dtype=np.intp),
              np.array(value, dtype=np.float64), np.array([0, *roots], dtype=np.intp), depth,
              list(features))
    if len(_FORESTS) > 8:  # models made by tests and scripts/cv_pronouns.py's folds
        _FORESTS.clear()
    _FORESTS[id(trees)] = (trees, features, bias, arrays)
    return arrays


def _tree_depth(left: list[int], right: list[int], n: int = 0) -> int:
    if left[n] < 0:
        return 0
    return 1 + max(_tree_depth(left, right, left[n]), _tree_depth(left, right, right[n]))


_MISTYPED = ("ORG", "PRODUCT", "WORK_OF_ART")


def _after_determiner(span) -> bool:
    """"The Red Cross", "the Alice Springs council": a name after a determiner is no person's."""
    if span is None:
        return True
    return span.start > 0 and span.doc[span.start - 1].dep_ == "det" or span[0].lower_ in ("the", "a", "an")


def _mistyped_person(text: str, label: str, gender: str | None, w: dict, outlets: bool = False) -> bool:
    """"Connie", "Alice's hand", "AnnaLynne McCord as ...": the small spaCy model types many
    people's names as organisations or products, women's names more often than men's (on GAP
    development, 30 of 163 feminine pronouns against 39 of 237 masculine ones had their gold
    name offered under no person label). Such a name is a he/she candidate when its first word
    is a first name given to the pronoun's gender in at least ``mistyped_name_share`` of US
    births and the name is one to three capitalised words; never a place (a "she" is not
    Georgia) nor a name with an organisation's word in it (that is a title or a lower word)."""
    if label not in _MISTYPED or gender not in ("m", "f"):
        return False
    words = [x for x in text.split() if x.strip(".").lower() not in names.titles()]
    if not 1 <= len(words) <= 3 or not all(x[:1].isupper() and x.replace("-", "").replace("'", "").isalpha()
                                           for x in words):
        return False
    if words[0].isupper() and len(words[0]) > 1:
        # "ISIS", "NASA": a word written wholly in capitals in running copy is an acronym,
        # not a first name (round forty-eight, seed 163 c011 Q9: "she" -> ISIS, as "Isis"
        # is a woman's first name in the births table)
        return False
    if _has_org_word(words) or (not outlets and _outlet_name(text)):
        return False
    share = _first_names().get(words[0].lower())
    if share is None:
        return False
    return (share if gender == "f" else 1.0 - share) >= w.get("mistyped_name_share", 1.1)


def _has_org_word(words) -> bool:
    """Does a name's word list hold an organisation's word (names.org_words: "Corp", "Relief")?"""
    return any(x.strip(".,").lower() in names.org_words() for x in words)


def _outlet_name(text: str) -> bool:
    """Is a name a news outlet's: a listed outlet (is_outlet) or a name holding an outlet's word
    (data/outlet_name_words.txt: "Pink News", "Planet Radio")? A he/she never stands for such a
    name, whatever its first word; resolve_pronoun keeps it as a rival only, as a candidate too
    far back (round fifty-two, seed 167 c047 Q8/Q9)."""
    return is_outlet(text) or any(x.strip(".,").lower() in lexicon.words("analyse/outlet_name_words.txt")
                                  for x in text.split())


def told_organisation(scene: Scene, i: int) -> bool:
    """Does the document tell candidate i, a name the tagger typed ORG, PRODUCT or
    WORK_OF_ART, to be an organisation, so that no he/she/him/his/her may stand for it
    (agreement, person vs organisation)? ``_mistyped_person`` admits such a name for a he/she
    when its first word is a first name ("Grace Harbor Relief said ... / '...,' she said":
    the relief group took the "she"). A mention of the same name (names.org_key, typed so
    too) tells an organisation when it follows a determiner ("the Grace Harbor Relief"),
    holds, heads or follows an organisation's word or has one in apposition ("relief group
    Grace Harbor Relief", "X, a relief group,": names.org_suffixes, names.org_kinds), or is
    the subject of the clause an "its"/"itself" is in ("Grace Harbor Relief said its teams
    ..."). A name typed PERSON is never checked: on GAP the same tests on PERSON names
    ("co-host", "(center)", a misparsed class noun) took real people out. Our own rule
    (round fourteen, 18p): no coreference model installs offline."""
    if i >= scene.n_named or scene.candidates[i].label not in _MISTYPED:
        return False
    key = names.org_key(scene.candidates[i].text)
    if key not in scene._told_org:
        scene._told_org[key] = _told_organisation(scene, key)
    return scene._told_org[key]


def _told_organisation(scene: Scene, key: str) -> bool:
    # not data/speaker_nominals.tsv: "maker", "operator", "carrier" head a person's
    # appositive too ("Jane Roe, a film-maker, ..."); the names module's organisation words only
    orgish = names.org_words()
    its = _its_forms()
    for j in range(scene.n_named):
        m = scene.candidates[j]
        span = scene.span(j)
        if m.label not in _MISTYPED or span is None or names.org_key(m.text) != key:
            continue
        if m.context.class_noun in orgish or m.context.kind_noun in orgish:
            return True
        if any(c.dep_ == "appos" and c.lemma_.lower() in orgish for c in span.root.children):
            return True  # "Grace Harbor Relief, a relief group, said"
        if _after_determiner(span) or _has_org_word(m.text.split()):
            return True
        if any(t.lower_ in its and (subj := _clause_subject(t)) is not None and span.start <= subj.i < span.end
               for t in span.doc[span.end : span.sent.end]):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _its_forms() -> frozenset[str]:
    """The singular thing pronouns that point back to an organisation subject, from
    data/pronouns.tsv: its possessive and reflexive ("its", "itself"); not "it", which is
    also the dummy subject ("it is unclear")."""
    return frozenset(f for f, (g, num, kind, case) in pronouns().items()
                     if kind == "thing" and num == "sg" and case in ("poss", "refl"))


def _clause_subject(tok):
    """The subject of the nearest clause above ``tok`` whose subject does not hold ``tok``
    ("Acme said its teams had left": Acme, not "teams"), or None."""
    for v in tok.ancestors:
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and not any(tok.i == x.i for x in subj[0].subtree):
            return subj[0]
    return None


def _told_against(scene: Scene, tok, i: int, gender: str) -> bool:
    """Is candidate i told to be of the other gender than the pronoun's, apart from the
    pronouns after the name: by an honorific of its entity ("Ms Roe" for a "he"), or by its
    first name (given to the other gender in at least 98% of US births, share_gender), the
    name not being the subject of a clause right above the pronoun ("Haley Barbour said he":
    syntax outranks a first name's statistics, as in resolve_pronoun's own first-name check)."""
    if i < scene.n_named:
        told = told_gender(scene, i)
        if told is None or told == gender:
            return False
        if honorific_genders(scene, i):
            return True
    elif share_gender(first_name_gender(scene.candidates[i].text)) in (None, gender):
        return False
    span = scene.span(i)
    return not (span is not None and _role(span.root) == "subj" and _commands(span.root, tok))


def _more_features(scene: Scene, tok, i: int, head, c: int, gender: str | None, g: str | None,
                   f: dict[str, float], run_in: bool = False) -> None:
    """Features of a person candidate that only the fitted weights use (hand weight 0):
    token distance, other people named in between, an appositive or a name the tagger
    missed, and how well the first name's usual gender fits the pronoun's. ``run_in``: a
    candidate before a lost boundary (``lost_boundary``) gets none of the sentence-bound
    ones (nearest_subject, poss_nearest_subject, prev_sentence_subject, main_subject,
    tree_distance, coargument, pronoun_in_phrase, pronoun_in_appositive, same_clause; nor,
    in ``resolve_pronoun``, sentence_start or clause_subject)."""
    m = scene.candidates[i]
    full = fullest_name(scene, i)
    gap = abs(tok.i - head.i)
    f["token_distance"] = math.log2(1 + gap)
    between = {scene.entity(j) for j, o in enumerate(scene.candidates)
               if o.label == "PERSON" and m.end <= o.start < tok.idx and scene.entity(j) != c}
    f["people_between"] = min(len(between), 3)
    if head.dep_ == "appos" or any(x.dep_ == "appos" for x in head.children):
        f["appositive"] = 1.0
    if i >= scene.n_named:
        f["untagged_name"] = 1.0
    # also when the scene holds a gender for the name: that may come from this very pronoun
    # ("Mary Smith met John Brown ... he": Mary is "m" only by the he after her)
    if gender:
        p = first_name_gender(full)
        if p is not None:
            f["first_name_gender"] = 2.0 * (p if gender == "f" else 1.0 - p) - 1.0
        elif len(full.split()) == 1 and (p := common_first_name(full)) is not None:
            # one word, most often a surname, unless a common first name ("Ned", "Simon")
            f["lone_name_gender"] = 2.0 * (p if gender == "f" else 1.0 - p) - 1.0
    _syntax_features(scene, tok, i, head, f, run_in)
    words = [x for x in full.split() if x.strip(".").lower() not in names.titles()]
    if len(words) >= 2 and words[0].lower() not in _first_names():
        # "A Loud Humming Sound", "Annual World": a capitalised run whose first word is no
        # known first name is less likely a person (many real names too: "Yiyun Li")
        f["no_first_name"] = 1.0


def _syntax_features(scene: Scene, tok, i: int, head, f: dict[str, float], run_in: bool = False) -> None:
    """Syntactic cues from the GAP literature (Webster et al. 2018; Hobbs 1978), features for
    the fitted weights only; scripts/cv_pronouns.py keeps each only where cross-validation
    inside GAP development says it helps:
    - ``nearest_subject``: the candidate is the last person subject before the pronoun;
      ``poss_nearest_subject`` the same for a possessive ("Smith ... his");
    - ``prev_sentence_subject``: the subject of the previous sentence's main verb;
    - ``tree_distance``: the dependency path to the pronoun, in the same sentence;
    - ``first_named``: the first person the text names; ``named_after``: how often the
      candidate is named again after the pronoun (the text's topic, read both ways);
    - ``place_like``: a name the tagger typed PERSON that is a known place or follows "in",
      "at", "near" ("born in Bangalore", "Adelaide");
    - ``coargument``: an object pronoun ("him", "her", "to him") and the candidate an argument
      of the same verb (Principle B: "Wu introduced Lee to him" is not Lee; the subject is already
      excluded by binding);
    - ``in_parentheses``: the name stands inside brackets ("the film (with Ann Lee) ... she");
    - ``pronoun_in_appositive``: the pronoun sits inside an appositive of the candidate ("Ann
      Lee, his wife, ...": his is not Ann Lee); ``pronoun_in_phrase`` inside any phrase the
      candidate heads ("Lee, who said she ...", where it usually is);
    - ``main_subject``: the subject of its sentence's main verb; ``same_clause``: the
      candidate and the pronoun hang on the same verb (binding for a non-reflexive pronoun);
    - ``clause_distance``: clauses (verbs heading one) between the name and the pronoun;
    - ``pronoun_feminine``: the pronoun's own gender, the same for every candidate: nothing
      to a linear ranking, but a tree ensemble reads the other features through it."""
    pron_role = _role(tok)
    _clause_features(scene, tok, i, head, f, run_in)
    votes = _chain_votes(scene, tok)
    c0 = scene.entity(i)
    if votes.get(c0):
        f["pronoun_chain"] = math.log2(1 + votes[c0])
        if votes[c0] == max(votes.values()):
            f["chain_leader"] = 1.0
    m = scene.candidates[i]
    c = scene.entity(i)
    people = [j for j, o in enumerate(scene.candidates) if o.label == "PERSON"]
    if people and scene.entity(min(people, key=lambda j: scene.candidates[j].start)) == c:
        f["first_named"] = 1.0
    after = sum(1 for j in people if scene.candidates[j].start > tok.idx and scene.entity(j) == c)
    if after:
        f["named_after"] = math.log2(1 + after)
    if gazetteer.is_any_place(m.text) or (head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "near")):
        f["place_like"] = 1.0
    if head.dep_ in ("nsubj", "nsubjpass") and not run_in:
        last = None
        for j, o in enumerate(scene.candidates):
            sp = scene.span(j)
            if (o.label == "PERSON" or j >= scene.n_named) and sp is not None and o.end <= tok.idx \
                    and sp.root.dep_ in ("nsubj", "nsubjpass"):
                if last is None or sp.root.i > last:
                    last = sp.root.i
        if last == head.i:
            f["nearest_subject"] = 1.0
            if pron_role == "poss":
                f["poss_nearest_subject"] = 1.0
        k = scene.sent_no(tok.idx)
        if k > 0 and head.sent.start == scene.sents[k - 1].start and head.head.i == head.sent.root.i:
            f["prev_sentence_subject"] = 1.0
    if head.sent.start == tok.sent.start and not run_in:
        up = {a.i: n for n, a in enumerate([head, *head.ancestors])}
        for n, a in enumerate([tok, *tok.ancestors]):
            if a.i in up:
                f["tree_distance"] = math.log2(1 + n + up[a.i])
                break
        obj = tok.dep_ in ("dobj", "iobj", "dative") or (tok.dep_ == "pobj" and tok.head.lower_ == "to")
        if obj and _role(head) in ("obj", "pobj") and \
                _governor(head).i == _governor(tok).i:
            f["coargument"] = 1.0


_CLAUSE_DEPS = ("ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp")


def _clause_head(tok):
    """The verb heading the clause a token stands in (itself when it is one)."""
    for a in [tok, *tok.ancestors]:
        if a.pos_ in ("VERB", "AUX") and a.dep_ in _CLAUSE_DEPS:
            return a
    return tok.sent.root


def _chain_votes(scene: Scene, tok) -> dict[int, int]:
    """The pronouns of the same gender before this one, each given to the nearest person
    subject before it that does not clash in gender (the parallelism heuristic, one pass):
    entity -> how many. The person a text keeps calling "she" is the likeliest "she" again
    ("Schneider signed ... She made her debut ... She won ... Schneider faced Kate Jackson.
    She lost"): a discourse topic that salience, which counts names only, does not see."""
    cache = scene.__dict__.setdefault("_chain_cache", {})
    if tok.i in cache:
        return cache[tok.i]
    info = pronouns().get(tok.lower_)
    gender = info[0] if info else None
    votes: dict[int, int] = {}
    if gender in ("m", "f"):
        subjects = [j for j, m in enumerate(scene.candidates) if m.label == "PERSON" and scene.span(j) is not None
                    and scene.span(j).root.dep_ in ("nsubj", "nsubjpass")]
        for t in scene.sdoc[: tok.i]:
            ti = pronouns().get(t.lower_)
            if ti is None or ti[0] != gender:
                continue
            best = None
            for j in subjects:
                if scene.candidates[j].end > t.idx:
                    break
                g = scene.gender(scene.cluster(j))
                p = first_name_gender(fullest_name(scene, j))
                if (g and g != gender) or (p is not None and (p if gender == "f" else 1.0 - p) < 0.5):
                    continue
                best = j
            if best is not None:
                c = scene.entity(best)
                votes[c] = votes.get(c, 0) + 1
    cache[tok.i] = votes
    return votes


def _clause_features(scene: Scene, tok, i: int, head, f: dict[str, float], run_in: bool = False) -> None:
    """The clause-level cues of ``_syntax_features`` (features for the fitted model only)."""
    info = pronouns().get(tok.lower_)
    if info and info[0] == "f":
        f["pronoun_feminine"] = 1.0
    sent = head.sent
    before = scene.text[sent.start_char:head.idx]
    if before.count("(") > before.count(")"):
        f["in_parentheses"] = 1.0
    if head.head.i == sent.root.i and head.dep_ in ("nsubj", "nsubjpass") and not run_in:
        f["main_subject"] = 1.0
    span = scene.span(i)
    if span is not None and _after_determiner(span):
        f["after_determiner"] = 1.0  # "the Billboard charts", "the Grand Slam": seldom a person
    m = scene.candidates[i]
    if scene.text[max(0, m.start - 2):m.start].strip()[-1:] in ("\"", "“", "'", "`") and \
            scene.text[m.end:m.end + 2].strip()[:1] in ("\"", "”", "'"):
        f["in_quote_marks"] = 1.0  # a title: the song "Girlfriend", the film ``Rocky''

    if sent.start == tok.sent.start and not run_in:
        if head.left_edge.i <= tok.i <= head.right_edge.i and tok.i != head.i:
            f["pronoun_in_phrase"] = 1.0
            if any(c.dep_ == "appos" and c.left_edge.i <= tok.i <= c.right_edge.i for c in head.children):
                f["pronoun_in_appositive"] = 1.0
        if _clause_head(head).i == _clause_head(tok).i:
            f["same_clause"] = 1.0
    a, b = sorted((head.i, tok.i))
    n = sum(1 for t in scene.sdoc[a + 1 : b] if t.pos_ in ("VERB", "AUX") and t.dep_ in _CLAUSE_DEPS)
    f["clause_distance"] = math.log2(1 + n)


def fullest_name(scene: Scene, i: int) -> str:
    """The longest name the candidate's entity goes by in the document ("Rory Carroll" for
    a later "Carroll"): its first word is the one to read a gender from."""
    c = scene.entity(i)
    best = scene.candidates[i].text
    for j, o in enumerate(scene.candidates):
        if o.label == "PERSON" and len(o.text.split()) > len(best.split()) and scene.entity(j) == c:
            best = o.text
    return best


@functools.lru_cache(maxsize=1)
def _first_names() -> dict[str, float]:
    """First name -> share of female births (see ``firstnames.table``)."""
    return {k: v[0] for k, v in firstnames.table().items()}


def common_first_name(word: str) -> float | None:
    """The share of women among people with this first name when the word is a common
    first name (given to at least ``common_first_name_births`` US children: "Simon",
    "Ned", not "Smith" nor "Rubini"), else None. For one-word names, which are most often
    surnames: only a common first name says anything of its bearer's gender."""
    row = firstnames.table().get(word.strip(".,'’").lower())
    if row is None or row[1] < weights().get("common_first_name_births", math.inf):
        return None
    return row[0]


def first_name_gender(text: str) -> float | None:
    """The share of women among people with this name's first name (US births), or None
    when the name has one word (most often a surname) or the first name is not listed. A
    feature with its probability, never a rule: a stated pronoun outranks it."""
    words = [w for w in text.split() if w.strip(".").lower() not in names.titles()]
    if len(words) < 2 or not words[0].isalpha():
        return None
    # (round thirty-nine tried a floor of 1,000 US births under which a first name told no
    # gender, for "Jakaya" Kikwete, 199 births, all girls, whose "he" stays open: on Timeline17
    # it cost more than it gave, "Barack" (247 births), "Fergus" and "Ab" losing the gender that
    # named their speakers, so rare names keep their share)
    return _first_names().get(words[0].lower())


# A first name is taken to tell a gender when at least 98% of the US births given it were
# of that gender (first_name_gender's share of women: >= .98 a woman's, <= .02 a man's).
_WOMAN_SURE, _MAN_SURE = 0.98, 0.02


def share_gender(p: float | None) -> str | None:
    """"f" or "m" when a first name's share of women (first_name_gender) tells it, else None."""
    return None if p is None else "f" if p >= _WOMAN_SURE else "m" if p <= _MAN_SURE else None


def honorific_genders(scene: Scene, i: int) -> frozenset[str]:
    """The genders the honorifics of person mention i's entity tell ("Ms Roe" -> {"f"});
    worked out once per entity and kept on the scene."""
    who = scene.entity(i)
    if who not in scene._honorifics:
        scene._honorifics[who] = frozenset(m.context.gender for j, m in enumerate(scene.candidates[: scene.n_named])
                                           if scene.entity(j) == who and m.context.gender)
    return scene._honorifics[who]


def _cataphora_subject(tok):
    """"In his first season, Smith scored": the main subject after a fronted phrase holding
    the pronoun, in the same sentence."""
    root = tok.sent.root
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i]
    if not subj:
        return None
    s = subj[0]
    fronted = [c for c in root.children if c.i < s.i and c.dep_ in ("prep", "advcl", "npadvmod", "advmod")]
    if any(c.left_edge.i <= tok.i <= c.right_edge.i for c in fronted):
        return s
    return None


def _group_before(scene: Scene, tok):
    """For "they": the nearest plural common-noun subject in this or the two sentences
    before, in the same paragraph ("Several diplomats said ... they said"), with the
    organisation named inside its phrase if any ("Huawei officials")."""
    body = None
    for t in _subjects_before(scene, tok):
        if body is None and _body_main_subject(scene, t):
            body = t
        if t.tag_ not in ("NNS", "NNPS"):
            continue
        if t.i in scene.tok_mention:
            continue  # a named plural ("the Smiths", "Democrats") is an entity, not a group
        if body is not None:
            # "When the traders told Acme ..., Acme did not exempt them. '...,' they explained":
            # a body named as a main clause's subject nearer than the group may be what "they"
            # stands for; neither is sure (round fifty-two, seed 167 c044 Q13)
            return scene.span(scene.tok_mention[body.i]), _NAMED_BETWEEN
        phrase = scene.sdoc[t.left_edge.i : t.i + 1]
        # a place or a people's word in the phrase speaks for the group only as the source
        # nouns' owner ("U.S. officials", "Mississippi state officials": data/source_nouns.txt,
        # as quotes._organisation_voice reads a "said" subject); "Washington police", "Paris
        # prosecutors", "Haitian police" are bodies of their own, not the city or the people
        # (round fifty-four, mender m1: fnc1_c086 Q3 of seed 169, "they" given to Washington)
        voice = t.lower_ in lexicon.words("analyse/source_nouns.txt")
        orgs = [scene.tok_mention[x.i] for x in phrase if x.i in scene.tok_mention
                and (scene.mentions[scene.tok_mention[x.i]].label == "ORG"
                     or (voice and scene.mentions[scene.tok_mention[x.i]].label in ("NORP", "GPE")))]
        return phrase, (orgs[0] if orgs else None)
    return None


_NAMED_BETWEEN = -1  # _group_before: a named body stands between the group and the "they"


def _body_main_subject(scene: Scene, t) -> bool:
    """Is subject token ``t`` a name the tagger typed an organisation or a people's (ORG, NORP),
    the subject of its sentence's main verb (_group_before)?"""
    return (t.i in scene.tok_mention and scene.mentions[scene.tok_mention[t.i]].label in ("ORG", "NORP")
            and t.head.dep_ == "ROOT" and scene.span(scene.tok_mention[t.i]) is not None)


def _subjects_before(scene: Scene, tok):
    """The subjects before a "they", nearest first, in this or the two sentences before, in
    the same paragraph or the one before ("Many scientists believe ... \n\n They warn ...":
    the antecedent may close the paragraph before), outside quotations: the window both
    _group_before and _joint_before read."""
    k = scene.sent_no(tok.idx)
    para = scene.paragraph(tok.idx)
    for s in reversed(scene.sents[max(0, k - 2) : k + 1]):
        for t in reversed(list(s)):
            if t.i >= tok.i or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if scene.paragraph(t.idx) not in (para, para - 1) or scene.inside_quote(t.idx):
                continue
            yield t


def _joint_before(scene: Scene, tok):
    """For "they": a subject joining two or more with "and" ("Acme Corp and Beta Oil hold a
    third of the field ... Still, they argue that ...") in this or the two sentences before,
    in the same paragraph or the one before. A plural pronoun stands for a plural antecedent,
    never for one company of it (nor another) because that one is the most salient."""
    for t in _subjects_before(scene, tok):
        if t.pos_ == "PRON":
            continue
        name = scene.span(scene.tok_mention[t.i]) if t.i in scene.tok_mention else None
        joint = joint_subject(t, name)
        if joint is not None:
            return joint
        # the parse may hang the first name under the second ("Beta Oil and Norway's Gamma
        # Group": "Oil" a modifier of "Group"): names on both sides of an "and" in the phrase
        phrase = scene.sdoc[t.left_edge.i : t.i + 1]
        ands = [x.i for x in phrase if x.dep_ == "cc" and x.lower_ in joint_conjunctions()]
        if ands and name is not None and name.start > ands[0] and any(
                x.pos_ == "PROPN" and x.i < ands[0] for x in phrase):
            return phrase
    return None


def _person_before(scene: Scene, tok, after: int, gender: str | None, best: int | None = None):
    """For "he"/"she": a subject nearer than the best named candidate (which ends at
    ``after``) that names a person we cannot link: an unnamed one ("One survivor said he
    ...", "a hospital director") or a name the entity tagger missed ("Joel Dresse was in
    the US ... He says"). The pronoun more likely stands for it: the speaker stays open
    with those words. In this or the two sentences before, this or the paragraph before."""
    sents = scene.sents
    k = scene.sent_no(tok.idx)
    para = scene.paragraph(tok.idx)
    nouns = person_nouns()
    for s in reversed(sents[max(0, k - 2) : k + 1]):
        for t in reversed(list(s)):
            if t.i >= tok.i or t.idx < after or (t.dep_ not in ("nsubj", "nsubjpass") and not _lost_subject(t)):
                continue
            if scene.paragraph(t.idx) not in (para, para - 1) and not _carried_over(scene, t, tok, para, gender) \
                    or scene.inside_quote(t.idx):
                continue
            if _no_referent(t) or _in_words_of(scene, t, tok):
                continue
            own = {x.i for x in _own_words(t)}
            if t.i in scene.tok_mention or any(
                    x.i in scene.tok_mention and scene.mentions[scene.tok_mention[x.i]].label in _PERSON
                    and (x.i in own or _in_apposition(scene, scene.tok_mention[x.i])
                         and _appos_gender(scene.span(scene.tok_mention[x.i])) in (None, gender)) for x in t.subtree):
                # a named subject, or one named in apposition ("the boy's father, Jim Roe,"), where
                # the parse may hang the name on a noun of the "of" phrase ("The head of the
                # inquiry in Dar, Ken Roe,"); not a name whose apposition's gender rules it out for
                # the pronoun ("The lawyer for the boy's father, Kim Roe, ... she said": the name is
                # the father's, and the lawyer stays an unnamed subject; round forty-two's review)
                continue
            # a place or an organisation inside keeps it unnamed: "A US aid official said he thought"
            if t.tag_ == "NN" and t.lemma_.lower() in nouns:
                if t.lemma_.lower() in names.titles() and any(
                        c.dep_ == "det" and c.lower_ in determiners("definite") or c.dep_ == "poss" for c in t.children) \
                        and _may_hold_post(scene, t, best):
                    continue  # "the health secretary" most often is the person named before with that post
                g = person_noun_gender(t)
                if gender and g and g != gender:
                    continue
                return scene.sdoc[t.left_edge.i : t.i + 1], "an unnamed person"
            member = _one_of_people(t, nouns)
            if member is not None:
                g = person_noun_gender(member)
                if not (gender and g and g != gender):
                    return scene.sdoc[t.i : member.i + 1], "an unnamed person"
            if (t.pos_ == "PROPN" and not t.ent_type_ and t.i > 0 and scene.sdoc[t.i - 1].pos_ == "PROPN"
                    and scene.sdoc[t.i - 1].dep_ == "compound"):
                return scene.sdoc[t.i - 1 : t.i + 1], "a name no entity holds"
    return None


_OBJECT_PRONOUNS = {"m": "him", "f": "her"}


def _carried_over(scene: Scene, t, tok, para: int, gender: str | None) -> bool:
    """An unnamed subject two paragraphs before the pronoun's, carried over by the paragraph
    between: that paragraph holds the same person as an object pronoun ("him"/"her" of the
    pronoun's gender), outside quotations, and names no person. "One young man speaks English. /
    I ask him where he sleeps. / 'On the ground,' he answers": the reporter's one-line paragraphs
    keep the man they met in view, and the he is his, not the official quoted before the scene
    changed (issue 18, round fifty-nine, seed 174 haiti_bbc Q15, judged wrong: the he went to
    the official nine sentences back). With no such pronoun between, or a name there, the
    paragraph window stays as it was."""
    if gender not in _OBJECT_PRONOUNS or scene.paragraph(t.idx) != para - 2:
        return False
    between = [x for x in scene.sdoc[t.sent.end : tok.i] if scene.paragraph(x.idx) == para - 1]
    if not between or any(x.i in scene.tok_mention and scene.mentions[scene.tok_mention[x.i]].label in _PERSON
                          for x in between):
        return False
    return any(x.lower_ == _OBJECT_PRONOUNS[gender] and x.tag_ == "PRP" and x.dep_ in ("dobj", "dative", "pobj")
               and not scene.inside_quote(x.idx) for x in between)


def own_person_before(scene: Scene, tok, after: int, gender: str | None):
    """For "he"/"she" in first-person words (a letter, a note or a post quoted at length, a
    first-person column): a person noun possessed by the writer ("my mom", "our son", "my
    doctor"; data/person_nouns.tsv, possessor of data/first_person_words.txt) in the pronoun's
    sentence or the one before, after the best named candidate (which ends at ``after``) and
    not of the other gender. "I immediately told my mom, and she reacted ..., telling me":
    the he/she of such words is never the writer ("I"), and the one the writer just brought
    in is the nearer person; the speaker stays open with those words. Any role the noun has
    (object, subject): ``_person_before`` reads subjects only, and outside quotations. Round
    fifty, the c037 Q2 mend: the "she" of a suicide note went to its writer, named far above.
    Only a noun in the same quotation as the pronoun, or outside quotations as it is ("'... for
    my brother,' he said": the quotation's own words, whose speaker the he is)."""
    k = scene.sent_no(tok.idx)
    nouns = set(person_nouns()) | lexicon.words("analyse/kin_nouns.txt")
    mine = lexicon.words("analyse/first_person_words.txt")

    def quotation(pos: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in scene.quoted if a <= pos < b), None)

    quoted = quotation(tok.idx)
    for s in reversed(scene.sents[max(0, k - 1) : k + 1]):
        for t in reversed(list(s)):
            if t.i >= tok.i or t.idx < after or t.tag_ != "NN" or t.lemma_.lower() not in nouns:
                continue
            if quotation(t.idx) != quoted:
                continue  # "'... for my brother,' he said": the quotation's own words, not the he's
            if not any(c.dep_ == "poss" and c.lower_ in mine for c in t.children):
                continue
            g = person_noun_gender(t)
            if gender and g and g != gender:
                continue
            return scene.sdoc[t.left_edge.i : t.i + 1]
    return None


def _one_of_people(t, nouns):
    """The people noun of a subject "one of the sources", "one of the three men" (or its
    apposition's, "One of them, a former fighter,"): one unnamed person of a group, for
    ``_person_before``. The parse makes "one" the subject, a number, so the noun test there
    never saw it (round forty-six, seed 161, FNC-1 claim 15: "One of the three sources ...
    said he was approached ... or Foley's family. / He said: ..." had the family's name as
    the only candidate). None for any other subject."""
    if t.lower_ != "one" or t.head.dep_ != "ROOT" or t.head.lemma_.lower() not in lexicon.flagged("reporting_verbs.txt"):
        # (a main clause's subject of a verb of saying: "Brown said that one of the patients was
        # ...", "One of the patients died overnight." bring in no new voice; the review)
        return None
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in nouns:
                    return o
        if c.dep_ == "appos" and c.tag_ == "NN" and c.lemma_.lower() in nouns:
            return c
    return None


def _held_post(scene: Scene, phrase, gender: str | None) -> int | None:
    """The person a he/she's nearer unnamed subject stands for when that subject is a definite
    post ("the president", "the health secretary") and exactly one person was named with that
    post before it ("President Ann Roe met the boy's family. The president wrote on Twitter ...
    She said"): that person's last mention before it. None when the phrase is no definite post
    (an indefinite "a doctor" is someone new), when no one or two people were named with the
    post, or when a first name or honorific tells the other gender. Round forty-six (issue 18):
    the FNC-1 census's "She" after "The president", open as "an unnamed person" though the text
    had named the one president just before."""
    t = phrase[-1]
    if t.tag_ != "NN" or t.lemma_.lower() not in names.titles() or not any(
            c.dep_ == "det" and c.lower_ in determiners("definite") for c in t.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for") or c.dep_ in ("amod", "compound") and c.lower_ in lexicon.words("analyse/other_holder_words.txt")
           for c in t.children):
        return None  # "the interim mayor", "the mayor of the next town": another holder (the review)
    holders = _post_holders(scene, t)
    if len(holders) != 1:
        return None
    who = next(iter(holders))
    mine = [i for i, m in enumerate(scene.mentions[: scene.n_named])
            if m.label == "PERSON" and m.end <= t.idx and scene.entity(i) == who]
    if not mine:
        return None
    told = set(honorific_genders(scene, mine[-1])) | {
        g for g in (share_gender(first_name_gender(scene.mentions[i].text)) for i in mine) if g}
    if gender and told and told != {gender}:
        return None  # the holder is told the other gender (or both): not this he/she
    return mine[-1]


def _no_referent(t) -> bool:
    """"no reasonable doctor", "any doctor", "every surgeon": a quantified subject stands for no
    one in particular, so a he/she after it cannot go on from it (round forty-three, issue 18:
    "X said ... no doctor would operate. He said: ..." had left X's words open)."""
    return any(c.dep_ == "det" and c.lower_ in _QUANTIFIERS for c in t.children)


_QUANTIFIERS = frozenset({"no", "any", "every", "each"})


def _in_words_of(scene: Scene, t, tok) -> bool:
    """Is the unnamed subject ``t`` only someone inside the reported words of a he/she written
    as ``tok`` is, that very pronoun or the same pronoun as the subject of the verb that reports
    them: "she said ... that her sister won't talk to her. She said ...", "The teacher learned
    ..., he explained". The same pronoun, subject of one report after another, goes on with the
    same person; the one reported on is not the new subject (round forty-three, issue 18: such
    quotes were left open). Not after a named reporter ("Jane Roe confirmed that a female patient
    ... / '...,' she added": the patient may be the one who speaks; test_quotes). Only a content
    clause ("ccomp") of a verb whose own subject is that pronoun."""
    if tok.lower_ not in ("he", "she"):
        return False
    x = t
    for _ in range(8):
        if x.dep_ == "ccomp" and x.head.i != x.i:
            subj = [c for c in x.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return subj[0].lower_ == tok.lower_
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def _lost_subject(t) -> bool:
    """Is ``t`` a sentence's subject the parse lost: a common noun opening the sentence made its
    verbless root while a verb later in it has no subject of its own ("The president in her
    tweets described ...", parsed with "described" as a modifier of "tweets"). The writer's
    subject is still the one a following he/she most likely stands for (round forty-three,
    issue 18: "She tweeted ..." went to a woman named six sentences before that subject)."""
    if t.dep_ != "ROOT" or t.pos_ != "NOUN" or t.left_edge.i != t.sent.start:
        return False
    return any(x.i > t.i and x.pos_ == "VERB" and x.tag_ in ("VBD", "VBZ", "VBP", "VBN")
               and not any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children) for x in t.sent)


def _appos_gender(span) -> str | None:
    """The gender a common noun in apposition with a name fixes ("her son Safiullah", "Jim
    Roe, the boy's father,": person_nouns.tsv), or None. Read only to rule a he/she out, for
    a name whose gender nothing else tells."""
    r = span.root
    if r.dep_ == "appos" and r.head.pos_ == "NOUN":
        return person_noun_gender(r.head)
    told = {person_noun_gender(c) for c in r.children if c.dep_ == "appos" and c.pos_ == "NOUN"
            and not _relative_owned(c)} - {None}
    return next(iter(told)) if len(told) == 1 else None


def _relative_owned(noun) -> bool:
    """A noun owned by a relative "whose" ("Dorothy Roe, whose husband, Navy SEAL Ty Roe, was
    ..."): the small parse hangs "husband" on the name as its apposition, but the noun is
    another person, the name's relation, never a description of the name (round forty-nine,
    issue 18: the PolNeAR census, where her husband's "husband" ruled out three of the
    widow's "she")."""
    return any(c.dep_ == "poss" and c.tag_ == "WP$" for c in noun.children)


def _cluster_appos_gender(scene: Scene, c: int) -> str | None:
    """The gender a noun in apposition with any name of cluster ``c`` fixes (_appos_gender),
    if they agree: "Jugal Roe, the 25-year-old groom, ... Roe fell ill ... She declared": the
    later bare "Roe" is the groom too (round forty-eight, seed 163 c028 Q9)."""
    cache = scene.__dict__.setdefault("_appos_genders", {})
    if c not in cache:
        told = {_appos_gender(sp) for j in range(len(scene.candidates)) if scene.cluster(j) == c
                for sp in (scene.span(j),) if sp is not None} - {None}
        cache[c] = next(iter(told)) if len(told) == 1 else None
    return cache[c]


def _in_apposition(scene: Scene, i: int) -> bool:
    span = scene.span(i)
    return span is not None and span.root.dep_ == "appos"


def _own_words(t):
    """The subject phrase of ``t`` without the phrases that only say whose it is: an "of" or
    other prepositional phrase and a possessor ("the mother of James Roe", "Roe's mother").
    A name there is another person, not this one: the phrase still describes an unnamed
    person (round forty-two, FNC-1: "The mother of James Roe ... said she" had given her
    words to a group named earlier). A name in apposition stays ("the mother, Jane Roe,")."""
    out = [t]
    for c in t.children:
        if c.dep_ not in ("prep", "poss"):
            out.extend(c.subtree)
    return out


def _may_hold_post(scene: Scene, t, best: int | None) -> bool:
    """May the best named candidate be the one a definite post nearer to the pronoun describes?
    Yes when that candidate is named with the post, or when no one is and the candidate is
    named with no other post ("Alan Johnson visited ... The health secretary said ... He
    said": most often Johnson). No when someone else holds the post, or the candidate holds
    another ("Former poet laureate Andrew Mott said ... The prime minister ... He said")."""
    holders = _post_holders(scene, t)
    if best in holders:
        return True
    if holders or best is None:
        return False
    mine = [m for i, m in enumerate(scene.mentions) if m.label == "PERSON" and m.end <= t.idx and scene.entity(i) == best]
    word = t.lemma_.lower()
    group = names.role_group(word) or word
    titles = [w for w, (g, _) in names.titles().items() if (g or w) == group or w == word]
    if not any(m.context.roles for m in mine):
        # no post read for the candidate; a description written on the name ("Former poet
        # laureate Ann Mott", "Mott, a poet,") that is not of this post still says it
        # is someone else's ("The prime minister ... He said": not the poet)
        described = [w for m in mine for w in _described_as(scene, m)]
        return not described or any(w in titles or w == word for w in described)
    # the roles read off the text may miss a multiword title ("Jim Farnsworth, Chief Executive
    # of Cobalt" read as "executive"): a title of the post's group written next to the name counts
    return written_near(scene.text, mine, titles)


# how far on either side of a name a title written with it may stand ("business editor
# Jane Roe", "Jane Roe, the business editor")
_TITLE_REACH = 40


def written_near(text: str, mentions: list[Mention], words: list[str]) -> bool:
    """Is one of ``words`` (lower case) written as a whole word within ``_TITLE_REACH``
    characters of one of ``mentions``? The windows are read joined by a space, in order. A
    title's plain-text test, for when the parse's reading of the name's phrase missed it; shared
    by the post holder test here and figures' rival-speaker test."""
    near = " ".join(text[max(0, m.start - _TITLE_REACH) : m.end + _TITLE_REACH].lower() for m in mentions)
    return any(re.search(rf"\b{re.escape(w)}\b", near) for w in words)


def _described_as(scene: Scene, m) -> list[str]:
    """The common nouns written on a name in its own phrase, as lemmas: before it ("former
    poet laureate Ann Mott": poet, laureate) or in its apposition ("Mott, the poet,": poet);
    lower-case words only, so a name's own words and an organisation's ("BP chief Tony
    Hayward": chief) are told apart by case, not by a list (``description_tokens`` with
    ``whole_appos``, without ``copula``)."""
    return [x.lemma_.lower() for x in description_tokens(scene, m, whole_appos=True, copula=False)]


def described_holder_words() -> dict[str, frozenset[str]]:
    """kind (opener, never, own) -> words (``analyse/described_holders.tsv``)."""
    return lexicon.kinds("analyse/described_holders.tsv")


def description_tokens(scene: Scene, m, whole_appos: bool = False, copula: bool = True) -> list:
    """The lower-case nouns written on a name in its own phrase, as tokens: before it
    ("singer Jane Roe", "the veteran singer Jane Roe"), as its apposition ("Jane Roe, the
    singer,", "Roe, a singer from Port Ellery,": the apposition's head), or as the
    complement of "is" with the name its subject ("Jane Roe is a singer").

    ``whole_appos``: every noun of the words' subtrees as the parse gives them (the
    apposition's whole phrase: "Roe, a singer from the port,": singer, port; the words
    before the name unclipped at its start), the reading of ``_described_as``.
    ``copula``: read "Jane Roe is a singer" too. Read once per document and mention span
    (the scene keeps them)."""
    key = (m.start, m.end, whole_appos, copula)
    if key not in scene._descriptions:
        scene._descriptions[key] = tuple(_description_tokens(scene, m, whole_appos, copula))
    return list(scene._descriptions[key])


def _description_tokens(scene: Scene, m, whole_appos: bool, copula: bool) -> list:
    span = scene.sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return []
    root = span.root
    lefts = [c for c in root.lefts if c.i < span.start and c.dep_ in ("compound", "amod", "nmod")]
    appos = [c for c in root.rights if c.dep_ == "appos"]
    if whole_appos:
        out = [x for c in lefts + appos for x in c.subtree]
    else:
        out = [x for c in lefts for x in c.subtree if x.i < span.start] + appos
    if copula and root.dep_ == "nsubj" and root.head.lemma_ == "be":
        out += [c for c in root.head.children if c.dep_ == "attr"]
    return [x for x in out if x.pos_ == "NOUN" and x.text.islower()]


def described_holder(scene: Scene, head, phrase) -> tuple[int, str] | None:
    """"Jane Roe, the singer, ... The singer said", "BBC correspondent John Doe ... our
    correspondent says": a definite singular description with nothing after its head, whose
    head noun the text wrote on exactly one named person before it (``description_tokens``),
    stands for that person. Abstains when two people were described with the noun, when the
    noun was used before of anyone else ("a singer", "other singers", "the singer's band
    mate" is fine only when it is the holder's), when a modifier of the description is not
    written in the holder's own description ("the Irish singer"), or when the noun is a group's, an
    organisation's or a listed word that points to no one (data/described_holders.tsv).
    Returns (the holder's last mention before, the description word) or None. Our own rule:
    no coreference model installs offline here (issue 18), and the entity stage's role words
    (``context.roles``, read by quotes._role_antecedent) are titles only, not "singer"."""
    words = described_holder_words()
    word = head.lemma_.lower()
    if head.tag_ != "NN" or not head.text.islower() or phrase.end != head.i + 1 or phrase[0].lower_ not in words.get("opener", ()):
        return None
    if word in words.get("never", ()) or word in vague_groups() or word in org_nominals() or head.lower_ in org_nominals():
        return None
    mods = list(phrase[1 : head.i - phrase.start])
    if any(t.pos_ not in ("ADJ", "NOUN") or not t.text.islower() for t in mods):
        return None  # "the singer Jane Roe" is a name; "the two singers", "the Port Ellery singer": not one before
    holders: dict[int, list[int]] = {}
    attached: set[int] = set()
    written: set[str] = set()  # the words of the holder's descriptions ("the veteran singer")
    for i, m in enumerate(scene.mentions):
        if m.label not in _PERSON or m.end > phrase.start_char or scene.inside_quote(m.start):
            continue
        toks = [x for x in description_tokens(scene, m) if x.lemma_.lower() == word]
        if toks:
            holders.setdefault(scene.entity(i), []).append(i)
            attached.update(x.i for x in toks)
            written.update(y.lower_ for x in toks for y in x.subtree)
        elif any(r == word for r in m.context.roles):
            holders.setdefault(scene.entity(i), []).append(i)
    if len(holders) != 1:
        return None
    held = next(iter(holders.values()))
    for t in scene.sdoc[: phrase.start]:
        if t.lemma_.lower() != word or t.pos_ != "NOUN" or t.i in attached:
            continue
        bare = [c for c in t.children if c.dep_ not in ("punct",)]
        if t.tag_ == "NN" and len(bare) == 1 and bare[0].dep_ == "det" and bare[0].lower_ == "the":
            continue  # an earlier "the singer": the same pointing back
        return None  # "a singer", "singers", "the band's singer": someone else may hold the noun
    g = person_noun_gender(head)
    if g is not None and scene.gender(scene.cluster(held[-1])) not in (None, g):
        return None
    if any(w.lower_ not in written for w in mods):
        return None  # "the veteran singer": "veteran" written in the holder's own description, else open
    return held[-1], word


@functools.lru_cache(maxsize=1)
def title_abbreviation_nouns() -> dict[str, frozenset[str]]:
    """office noun -> the abbreviated titles that tie a name to it ("senator": {"sen."}),
    from ``analyse/title_abbreviation_nouns.tsv``."""
    out: dict[str, set[str]] = {}
    for abbrev, noun in lexicon.rows("analyse/title_abbreviation_nouns.tsv"):
        out.setdefault(noun, set()).add(abbrev)
    return {k: frozenset(v) for k, v in out.items()}


# how many paragraphs back the holder's last mention may stand for a description with modifiers
# ("the Vermont senator"); an unmodified one ("the senator") needs the holder as the nearest person
_TITLED_PARAGRAPHS = 3


def titled_holder(scene: Scene, head, phrase) -> tuple[int, str, str] | None:
    """"Vermont Sen. Bernie Sanders ... the Vermont senator said": a definite "the [modifiers]
    senator|governor|congressman" stands for the one person the document named with the
    abbreviated title of that office ("Sen.", "Gov.", "Rep.": data/title_abbreviation_nouns.tsv,
    honorifics the entity stage reads no role off), or described with the noun itself
    ("Sanders, the senator from Vermont"), when:
    - exactly one person (entity) is so tied before the phrase, and every "Sen." before it
      stands before a name of that person (an untagged "Sen. Joni Ernst" is a second senator);
    - the noun is not used before of anyone else ("a senator", "senators", "every other
      senator"; "the senator" pointing back is fine);
    - every modifier of the description ("Vermont", "GOP", "former") is written within
      ``_TITLE_REACH`` characters of one of the holder's tied mentions ("Vermont Sen. Bernie
      Sanders", "Sen. Ted Cruz (R-Texas)"), and the holder was named in this or the last
      ``_TITLED_PARAGRAPHS`` paragraphs; a description with no modifier needs the holder to be
      the nearest person named before it, outside quotation marks ("Rubio attacked Sen. Bernie
      Sanders. The senator said": the nearest, Sanders; "Sen. Joni Ernst ... Rubio said ... The
      senator": open, Rubio may be a senator the text never titles).
    Never from what the reader knows of the world ("the billionaire" is not read as anyone).
    Returns (the holder's last mention before, the noun, the tie as written: "Vermont Sen. Jane
    Roe", or "described as senator") or None. Issue 18, round thirty-three:
    over PolNeAR train 301-840 (450 texts, keep-off list out; 6,501 quotes, 2,057 open) 106 open
    quotes had a definite person description as speaker, 20 of them a senator, governor or
    congressman. This gives 4 of those 20 (and PolNeAR dev 3 of 9), all read and right; the rest
    stay open: the holder is not titled in the text ("Bernie Sanders ... the Vermont senator",
    Vermont never written with him), two people fit, or another person was named nearer
    ("Sen. Jane Roe ... Tom Fell ... the senator": Fell may be a senator the text never titles).
    The other 86 ("the billionaire real estate developer", "the GOP front-runner") have no tie
    in their text at all: only world knowledge names them, so they stay open."""
    word = head.lemma_.lower()
    abbrevs = title_abbreviation_nouns().get(word) or title_abbreviation_nouns().get(head.lower_)
    if not abbrevs or head.tag_ != "NN" or not head.text.islower() or phrase.end != head.i + 1 or phrase[0].lower_ != "the":
        return None
    mods = list(phrase[1 : head.i - phrase.start])
    if any(t.pos_ not in ("ADJ", "NOUN", "PROPN") or t.tag_ == "POS" or not t.is_alpha and "-" not in t.text for t in mods):
        return None  # "the state's governor", "the two senators": not one titled name
    text = scene.text
    holders: dict[int, list[int]] = {}
    tied_at: dict[int, int] = {}  # token index of each abbreviation -> the mention it titles
    for i, m in enumerate(scene.mentions):
        if m.label not in _PERSON or m.end > phrase.start_char or scene.inside_quote(m.start):
            continue
        span = scene.span(i)
        if span is None:
            continue
        titled = [t for t in (span[0], scene.sdoc[span.start - 1] if span.start > 0 else None)
                  if t is not None and t.lower_ in abbrevs]
        described = any(r == word for r in m.context.roles) or any(
            x.lemma_.lower() == word for x in description_tokens(scene, m))
        if titled or described:
            holders.setdefault(scene.entity(i), []).append(i)
            for t in titled:
                tied_at[t.i] = i
    if len(holders) != 1:
        return None
    ent, held = next(iter(holders.items()))
    ties = [k for k, j in tied_at.items() if j in held]
    if ties:  # the first title as written, with the words before it in its phrase ("Vermont Sen.")
        k = min(ties)
        name = scene.span(tied_at[k])
        first = k
        while first > max(0, k - 3) and scene.sdoc[first - 1].pos_ in ("PROPN", "ADJ") \
                and first <= scene.sdoc[first - 1].head.i < name.end:
            first -= 1
        tie = text[scene.sdoc[first].idx : scene.mentions[tied_at[k]].end]
    else:
        tie = f"described as {word}"
    for t in scene.sdoc[: phrase.start]:
        if t.lower_ in abbrevs and t.i not in tied_at:
            return None  # a titled name no person mention holds: a second holder
        if t.lemma_.lower() != word or t.pos_ != "NOUN" or scene.inside_quote(t.idx):
            continue
        if t.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and not any(
                c.dep_ in ("det", "poss", "nummod") and c.lower_ != "the" for c in t.children):
            continue  # an earlier "the (Vermont) senator": the same pointing back
        if any(x.lemma_.lower() == word for j in held for x in description_tokens(scene, scene.mentions[j]) if x.i == t.i):
            continue  # the holder's own description ("Sanders, the senator from Vermont")
        return None  # "a senator", "senators", "every other senator": someone else may hold the office
    g = person_noun_gender(head)
    if g is not None and scene.gender(scene.cluster(held[-1])) not in (None, g):
        return None
    last = held[-1]
    later = [i for i, m in enumerate(scene.mentions) if m.label in _PERSON and scene.entity(i) == ent
             and m.end <= phrase.start_char and not scene.inside_quote(m.start)]
    last_any = later[-1] if later else last
    if mods:
        for w in mods:
            if not any(re.search(rf"(?<!\w){re.escape(w.lower_)}(?!\w)", text[max(0, scene.mentions[j].start - _TITLE_REACH):
                                                                           scene.mentions[j].end + _TITLE_REACH].lower())
                       for j in held):
                return None  # "the Florida senator" after "Sen. Joni Ernst, R-Iowa": not written with her
        if scene.paragraph(phrase.start_char) - scene.paragraph(scene.mentions[last_any].start) > _TITLED_PARAGRAPHS:
            return None
        return last, word, tie
    nearest = [i for i, m in enumerate(scene.mentions) if m.label in _PERSON and m.end <= phrase.start_char
               and not scene.inside_quote(m.start)]
    if not nearest or scene.entity(nearest[-1]) != ent:
        return None
    return last, word, tie


def title_match_fillers() -> frozenset[str]:
    """Words left out when a description is matched against a title (analyse/title_match_words.tsv)."""
    return lexicon.kinds("analyse/title_match_words.tsv").get("filler", frozenset())


def _title_words(scene: Scene, i: int) -> tuple[set[str], set[int], set[str]]:
    """The words the document wrote on person mention i in its own phrase, lower case, fillers
    out, their token indices, and the lemmas of the title's head nouns: the words before the
    name in its phrase ("Vice President Joseph R. Biden Jr.": vice, president, head president;
    "Former Bill Clinton pollster Douglas Schoen": former, bill, clinton, pollster), its
    apposition ("Jan Roe, the former secretary of state,": former, secretary, state; not a
    relative clause in it), or the noun it stands in apposition to ("the Democratic
    front-runner, Jan Roe": democratic, front, runner). A head is the noun the name hangs on
    or that hangs on the name ("campaign" in "Trump's campaign manager Jan Roe" is none)."""
    span = scene.span(i)
    if span is None:
        return set(), set(), set()
    root = span.root
    toks = list(scene.sdoc[root.left_edge.i : span.start])
    heads = {c for c in root.lefts if c.i < span.start and c.dep_ in ("compound", "nmod", "amod")}
    for c in root.rights:
        if c.dep_ == "appos":
            cut = {x.i for r in c.subtree if r.dep_ in ("relcl", "acl") for x in r.subtree}
            toks += [t for t in c.subtree if t.i not in cut]
            heads.add(c)
    if root.dep_ == "appos" and root.head.i < span.start:
        toks += list(scene.sdoc[root.head.left_edge.i : root.head.i + 1])
        heads.add(root.head)
    fill = title_match_fillers()
    keep = [t for t in toks if t.is_alpha and t.lower_ not in fill]
    return ({t.lower_ for t in keep}, {t.i for t in keep},
            {t.lemma_.lower() for t in heads if t.pos_ in ("NOUN", "PROPN")})


def _person_keys(scene: Scene, before: int) -> dict[int, int]:
    """Person mention (outside quotation marks, ending before ``before``) -> one key per
    person: the entity, joined with every other mention written the same ("President Obama"
    ... "Obama said": the entity stage may leave the two single "Obama"s apart)."""
    out: dict[int, int] = {}
    by_ent: dict[int, int] = {}
    by_text: dict[str, int] = {}
    for i, m in enumerate(scene.mentions):
        if m.label not in _PERSON or m.end > before or scene.inside_quote(m.start):
            continue
        e = scene.entity(i)
        k = by_ent.get(e, by_text.get(m.text, i))
        by_ent.setdefault(e, k)
        by_text.setdefault(m.text, k)
        out[i] = k
    return out


# how many paragraphs back the holder's last mention may stand for a matched description with
# modifiers; an unmodified one needs the holder to be the nearest person named before it
_MATCHED_PARAGRAPHS = 3


def matched_holder(scene: Scene, head, phrase) -> tuple[int, str] | None:
    """"Vice President Jane Roe ... The plan is reckless, the vice president said": a definite
    description ("the [modifiers] <person noun> [of <noun>]") whose words, every one of them, are among the words the document wrote on exactly one named person
    before it, as a title before the name or an apposition (``_title_words``), stands for that
    person. The words must all be there: "the vice president" is not "President Obama" (no
    "vice"); "the Democratic presidential candidate" is not a person the text only names
    ("Bernie Sanders met the pope ... The Democratic presidential candidate said": open, the
    text never wrote those words on him; who is a candidate is world knowledge, no evidence).
    When two people's titles hold the words, the one whose title is just those words is taken
    ("President Obama" for "the president" over "World Bank President Jim Yong Kim") only when
    he is also the nearest person named before; else it abstains. Abstains too when the head noun is used before of anyone else
    ("a candidate", "candidates", "two other candidates"; "the candidate" pointing back, another
    person's own different title, or the same words again are fine), on a gender the noun fixes
    that the holder does not have, when the holder was named more than ``_MATCHED_PARAGRAPHS``
    paragraphs back, and, for a description with no modifier ("the pollster"), unless the holder
    is the nearest person named before it outside quotation marks (as ``titled_holder``).
    Returns (the holder's last mention before, the words of the title as matched) or None.
    Issue 18, round thirty-six: over PolNeAR train 301-840 (450 texts, keep-off list out; 5,992
    quotes, 1,979 open) 125 open quotes had a definite person description as speaker; the
    senator/governor ones are ``titled_holder``'s, and most others have no title written with
    a name in their text ("the billionaire real estate developer", "the retired neurosurgeon").
    This names 6, all right ("the vice president" x2, "the president" x3 over "World Bank
    President ...", "the former pollster"); left open on purpose: "A federal judge ... Judge Roe
    ... the judge" (the indefinite use blocks), "Pope Francis ... Sanders ... the pope" (someone
    nearer), two chairmen, "the Democratic nominee" written only as a predicate ("as the ...")."""
    if phrase[0].lower_ != "the" or head.tag_ not in ("NN", "NNP") or head.i in scene.tok_mention:
        return None
    word = head.lemma_.lower()
    if word in described_holder_words().get("never", ()) or word in vague_groups() or word in org_nominals():
        return None
    tail = list(phrase[head.i - phrase.start + 1 :])
    if tail and not (tail[0].lower_ == "of" and all(t.pos_ in ("NOUN", "PROPN", "ADP", "DET") for t in tail)):
        return None  # "the campaign manager for Jan Roe", "the head of the rules committee, who"
    mods = list(phrase[1 : head.i - phrase.start])
    if any(t.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT") or t.tag_ == "POS" or t.pos_ == "PUNCT" and t.tag_ != "HYPH"
           or t.i in scene.tok_mention and scene.mentions[scene.tok_mention[t.i]].label in _PERSON for t in mods):
        return None  # "the state's governor", "the two candidates", "the Clinton campaign's chief"
    fill = title_match_fillers()
    want = {t.lower_ for t in phrase[1:] if t.is_alpha and t.lower_ not in fill}
    if not want or head.lower_ not in want:
        return None
    holders: dict[int, list[int]] = {}
    exact: set[int] = set()
    title_toks: dict[int, set[int]] = {}  # person key -> the token indices of its titles
    keys = _person_keys(scene, phrase.start_char)
    for i, k in keys.items():
        words, idx, heads = _title_words(scene, i)
        if want <= words and word in heads:
            holders.setdefault(k, []).append(i)
            if words == want:
                exact.add(k)
        title_toks.setdefault(k, set()).update(idx)
    broken = len(holders) > 1 and len(exact & set(holders)) == 1
    if broken:  # "the president": "President Obama" over "World Bank President Jim Yong Kim"
        holders = {e: v for e, v in holders.items() if e in exact}
    if len(holders) != 1:
        return None
    ent, held = next(iter(holders.items()))
    mine = title_toks[ent]
    others = {x for k, v in title_toks.items() if k != ent for x in v}
    for t in scene.sdoc[: phrase.start]:
        if t.lemma_.lower() != word or t.pos_ not in ("NOUN", "PROPN") or scene.inside_quote(t.idx) or t.i in mine:
            continue
        if t.i in others and t.tag_ in ("NN", "NNP"):
            continue  # another person's own title ("Republican candidate Tom Fell"): not this description
        if t.tag_ in ("NN", "NNP") and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and not any(
                c.dep_ in ("det", "poss", "nummod") and c.lower_ != "the" or c.lower_ in ("other", "another")
                for c in t.children):
            continue  # an earlier "the (vice) president": the same pointing back
        if t.tag_ in ("NN", "NNP") and not any(c.dep_ in ("det", "poss", "nummod") for c in t.children) and want <= {
                x.lower_ for x in t.subtree if x.i <= t.i}:
            continue  # the same words again, with no article ("vice president talks tough" in a headline)
        return None  # "a candidate", "candidates", "other candidates": someone else may be meant
    g = person_noun_gender(head)
    if g is not None and scene.gender(scene.cluster(held[-1])) not in (None, g):
        return None
    last_any = max(i for i, k in keys.items() if k == ent)
    if scene.paragraph(phrase.start_char) - scene.paragraph(scene.mentions[last_any].start) > _MATCHED_PARAGRAPHS:
        return None
    if (broken or not mods and not tail) and keys[max(keys)] != ent:
        return None  # "the pollster" with someone else named nearer: he may be meant
    return held[-1], " ".join(sorted(want))


def _post_holders(scene: Scene, t) -> set[int]:
    """The entities of the people named before ``t`` with its post (the word, or its group:
    "secretary" and "minister" are both government)."""
    word = t.lemma_.lower()
    group = names.role_group(word) or word
    return {scene.entity(i) for i, m in enumerate(scene.mentions)
            if m.label == "PERSON" and m.end <= t.idx and any(
                r == word or (names.role_group(r) or r) == group for r in m.context.roles)}


def _thing_before(scene: Scene, tok, after: int):
    """For "it": a definite singular common-noun subject nearer than the best organisation
    (which ends at ``after``), in this or the sentence before, this or the paragraph before:
    "The document appears to estimate ... It does not indicate", "The suit accuses BP ...
    it said". The pronoun more likely stands for that thing; the speaker stays open. An
    organisation noun ("the company") is left to the organisation it names. In the pronoun's
    own sentence an indefinite subject before a quotation the tag closes counts too: "An email
    from a firm to the minister advises him to ...: '...,' it said" (the email said it; round forty-one, the MEANTIME audit,
    seed 156, airbus Q1, in-sample: the company the sentence named went as the speaker); a
    sentence before whose subject is indefinite ("A fire broke out ...") introduces a thing
    the "it" of the next sentence more often passes over."""
    own = scene.sent_no(tok.idx)
    for t in _near_subjects(scene, tok, after, "NN"):
        if token_listed(t, org_nominals()) or t.lemma_.lower() in person_nouns():
            continue
        # the indefinite one only before a quotation the tag closes: unquoted, the words before
        # ", it said" are what was said, and their subject is its topic ("A recovery is not
        # expected before 2010, it said": the company said it; round forty-one review)
        quoted_between = any(t.idx < a and b <= tok.idx for a, b in scene.quoted)
        kinds = ("definite", "indefinite") if scene.sent_no(t.idx) == own and quoted_between else ("definite",)
        if any(c.dep_ == "det" and any(c.lower_ in determiners(k) for k in kinds) for c in t.children):
            return scene.sdoc[t.left_edge.i : t.i + 1]
    return None


_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})


def _place_subject_before(scene: Scene, tok, after: int):
    """For "it": a country or place the tagger typed (GPE and the like, no organisation) that is
    a main clause's subject nearer than the best organisation, in this or the sentence before,
    this or the paragraph before: "Iraq said it invaded Kuwait over oil. It accused Kuwait of
    ..." stands for Iraq, not for an army named two sentences back (the seed-154 TimeBank
    audit's rebuilt story, Q33, in-sample). A country does speak, but this resolver gives
    only organisations to "it": open."""
    k = scene.sent_no(tok.idx)
    para = scene.paragraph(tok.idx)
    for i in range(len(scene.candidates) - 1, -1, -1):
        m = scene.candidates[i]
        if m.label not in _PLACE_LABELS or m.start < after or m.end > tok.idx or k - scene.sent_no(m.start) > 1:
            continue
        span = scene.span(i)
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass") or scene.inside_quote(m.start):
            continue
        if scene.paragraph(m.start) in (para, para - 1) and span.root.head.dep_ == "ROOT":
            return span
    return None


def _near_subjects(scene: Scene, tok, after: int, tag: str):
    """The untagged subjects of part-of-speech ``tag`` before ``tok`` and after ``after``, nearest
    first, in this or the sentence before, this or the paragraph before, outside quotations:
    the candidates _thing_before and untyped_name_before read."""
    k = scene.sent_no(tok.idx)
    para = scene.paragraph(tok.idx)
    for s in reversed(scene.sents[max(0, k - 1) : k + 1]):
        for t in reversed(list(s)):
            if t.i >= tok.i or t.idx < after or t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ != tag:
                continue
            if scene.paragraph(t.idx) not in (para, para - 1) or scene.inside_quote(t.idx) or t.i in scene.tok_mention:
                continue
            yield t


_INTRODUCED_SENTENCES = 3  # how far back a "a company named X" is read (this and three sentences before)


def introduced_named_body(scene: Scene, head):
    """(noun, participle, name) when a body of the description's own noun was brought in
    shortly before with its name, "a small company named Standzout" (an indefinite subject, a
    participle of naming, data/analyse/naming_participles.txt, and a proper noun), and the
    tagger typed that name no organisation: "... / The aforesaid company calls it ..." means
    that body, so the organisation the scores would give (here a product the tagger typed ORG)
    is not the speaker; with no entity to give, the speaker is open. None when the name is a
    tagged organisation (the scores find it) or no such phrase stands in this or the three
    sentences before, in this or the paragraph before. Issue 18, round forty-eight: the FNC-1
    census gave "The aforesaid company calls it ..." to the Apple Watch."""
    word = head.lemma_.lower()
    k = scene.sent_no(head.idx)
    para = scene.paragraph(head.idx)
    naming = lexicon.words("analyse/naming_participles.txt")
    for s in scene.sents[max(0, k - _INTRODUCED_SENTENCES) : k + 1]:
        for t in s:
            if t.i >= head.i or t.lemma_.lower() != word or t.pos_ != "NOUN" or t.tag_ != "NN" \
                    or t.dep_ not in ("nsubj", "nsubjpass") or scene.inside_quote(t.idx) \
                    or scene.paragraph(t.idx) not in (para, para - 1):
                continue
            if not any(c.dep_ == "det" and c.lower_ in determiners("indefinite") for c in t.children):
                continue
            for v in t.children:
                if v.dep_ != "acl" or v.tag_ != "VBN" or v.lemma_.lower() not in naming:
                    continue
                for n in v.children:
                    if n.dep_ in ("oprd", "dobj", "attr", "xcomp") and n.tag_ == "NNP" and not (
                            n.i in scene.tok_mention and scene.mentions[scene.tok_mention[n.i]].label in _ORGS):
                        return t, v, n
    return None


def group_of_people_before(scene: Scene, head):
    """The phrase that first brought in the description's own noun, when it did so as an
    indefinite body of people, "a group of employees", "a coalition of parents" (the noun with
    "a"/"an" and an "of" whose object is a plural noun naming persons, data/person_nouns.tsv):
    a later "the group" goes on with that body, which the text may never name, not with the
    organisation scored best (the firm the employees criticise). None when the noun's first use
    is anything else, or that phrase describes a named body ("Acme, a group of companies":
    an apposition or a predicate) or holds a name. Round fifty-seven, seed 172 Q16: "The group
    said on Twitter that ..." given to the company its employees' group was attacking. The
    first use is read over the whole text before the phrase (the chain of "the group" goes on
    from it), outside quotation marks."""
    word = head.lemma_.lower()
    doc = head.doc
    first = next((t for t in doc[: head.i] if t.lemma_.lower() == word and t.pos_ == "NOUN"
                  and not scene.inside_quote(t.idx)), None)
    if first is None or first.tag_ != "NN" or first.dep_ in ("appos", "attr"):
        return None
    if not any(c.dep_ == "det" and c.lower_ in determiners("indefinite") for c in first.children):
        return None
    nouns = person_nouns()
    for prep in first.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for o in prep.children:
            if o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in nouns \
                    and not any(x.pos_ == "PROPN" for x in o.subtree):
                return doc[first.left_edge.i : o.right_edge.i + 1]
    return None


def untyped_name_before(scene: Scene, tok, after: int):
    """For "it" or "the company": a proper-noun subject the entity tagger left untagged, nearer
    than the best organisation (which ends at ``after``), in this or the sentence before, this
    or the paragraph before: "Cell phone operators ... the AFP news agency said. / Digicel is
    Haiti's leading operator. / Last week it said ..." (the tagger missed Digicel there, so the
    only organisation on offer was the agency). The pronoun more likely stands for that name;
    with no entity to give, the speaker stays open (issue 18, round nineteen, 18z). Not a place,
    a people, a title or a common first name, nor the last name of a person the document tags
    (an untagged "Hayward" after "Tony Hayward" is his)."""
    surnames = {m.text.split()[-1] for m in scene.mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    for t in _near_subjects(scene, tok, after, "NNP"):
        name = scene.sdoc[min([t.i] + [c.i for c in t.children if c.dep_ == "compound" and c.tag_ == "NNP"]) : t.i + 1]
        if any(x.i in scene.tok_mention or not x.is_alpha or not x.text[:1].isupper() or x.is_upper for x in name):
            continue
        if gazetteer.is_any_place(name.text) or gazetteer.is_demonym(name.text) or t.lower_ in names.titles() \
                or common_first_name(name[0].text) is not None or t.text in surnames:
            continue
        return name
    return None


def subject_possessor(scene: Scene, head, best: int):
    """The proper-noun possessor of a subject in the description's own sentence, before it,
    that names another body than ``best``: "Path's last major development came in June when
    the company announced ...": the company whose development the sentence is about is the one
    its "the company" means, more likely than an organisation the scores favour from sentences
    before. The possessor is an organisation mention other than ``best``, a one-word name the
    tagger typed a person that no person's full name holds (``_lone_person_word``: "Path"), or
    an untagged name (not a place, a people, a title, a common first name or a tagged person's
    last name, as untyped_name_before reads); the token, or None (a person's possessive,
    "Roe's plan", is no company; ``best``'s own, "Acme's shares", agrees). Issue 18, round
    forty-eight: the FNC-1 census gave that "the company" to Apple, named in the paragraph
    before."""
    surnames = {m.text.split()[-1] for m in scene.mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    for t in reversed(list(head.sent)):
        if t.i >= head.i or t.dep_ != "poss" or t.tag_ != "NNP" or t.head.dep_ not in ("nsubj", "nsubjpass") \
                or scene.inside_quote(t.idx):
            continue
        i = scene.tok_mention.get(t.i)
        if i is not None:
            m = scene.mentions[i]
            if m.label in _ORGS and scene.org_key(i) != scene.org_key(best):
                return t
            if m.label == "PERSON" and _lone_person_word(scene, i) and scene.mentions[best].text != m.text:
                return t
            continue
        if not t.is_alpha or gazetteer.is_any_place(t.text) or gazetteer.is_demonym(t.text) or t.lower_ in names.titles() \
                or common_first_name(t.text) is not None or t.text in surnames:
            continue
        return t
    return None


def _own_name_words(phrase, head) -> list[str]:
    """The proper-noun words an organisation noun phrase carries before its head, other
    than a place or a nationality: "the Port Ellery Herald newspaper" -> ["herald"] ("port",
    "ellery" too unless a place), "the British company" -> []. Such a phrase names its own
    body; an earlier organisation that lacks those words is not its referent (issue 18,
    round eighteen: a newspaper named in the phrase was given to the BBC)."""
    words = [t for t in phrase if t.i < head.i and t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper()]
    if not words:
        return []
    run = " ".join(t.text for t in words)
    if gazetteer.place_kind(run) or gazetteer.is_demonym(run):
        return []
    return [t.lower_ for t in words if not gazetteer.is_demonym(t.text) and not gazetteer.place_kind(t.text)]


def _press(scene: Scene, i: int) -> bool:
    """Is organisation mention ``i`` a newspaper's: a word of data/masthead_words.txt in its
    name ("Sunday Mirror", "Denver Post"), or a word of data/press_nouns.txt right before or
    after it ("the daily Sada", "the Advocate newspaper")? What "the paper" may stand
    for; an inquiry named as a topic of the news is not (issue 18, round twenty-three, 18x)."""
    if set(re.findall(r"[a-z]+", scene.mentions[i].text.lower())) & lexicon.words("analyse/masthead_words.txt"):
        return True
    span = scene.span(i)
    if span is None:
        return False
    doc = span.doc
    near = [t for t in doc[max(0, span.start - 2) : span.start]] + [t for t in doc[span.end : span.end + 1]]
    return any(t.lower_ in lexicon.words("analyse/press_nouns.txt") for t in near)


@functools.cache
def outlet_names() -> frozenset[str]:
    """The news outlets' names of data/source_credits.tsv (kinds agency, outlet, outlet_cued),
    a leading "The" taken off (issue 18, round forty-four)."""
    return frozenset(w.strip().removeprefix("The ") for k, w in lexicon.rows("analyse/source_credits.tsv")
                     if k.strip() in ("agency", "outlet", "outlet_cued"))


def is_outlet(name: str) -> bool:
    """Is a mention's text a news outlet's name of data/source_credits.tsv ("Mirror", "the Daily Mail")?"""
    return name.strip().removeprefix("the ").removeprefix("The ") in outlet_names()


def _told_to(scene: Scene, i: int) -> bool:
    """Is organisation mention ``i`` the one a person spoke to ("Roe told AFP"; "in an
    interview with Reuters" is not read): the object of "tell" whose subject is a person or a
    pronoun? An outlet that interviews a speaker, anywhere in the document, is not the company
    or firm a later description stands for (issue 18, round twenty-three, 18x). "Acme told
    investors ..." (the organisation the subject) stays."""
    span = scene.span(i)
    if span is None:
        return False
    root = span.root
    verb = root.head
    if root.dep_ not in ("dobj", "dative") or verb.lemma_.lower() != "tell":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.ent_type_ == "PERSON" or subj.tag_ == "PRP")


def _last_source(scene: Scene, pos: int) -> int | None:
    """The last mention in the sentences before the one at ``pos``, outside quotation marks,
    that the text names as a source: the subject of its sentence's main verb ("The Journal
    reports"), or the object of "according to", "per" or "citing", directly or through a phrase
    ("according to a story in the Journal"). What "the site" or "the outlet" reads back to must
    be that one (round forty-five). The phrase's own sentence is left out: it holds the words
    reported, whose subjects are no sources ("A staffer told investigators ..., the network
    said")."""
    found = None
    own = scene.sent_no(pos)
    for i, m in enumerate(scene.mentions):
        if m.end > pos or scene.sent_no(m.start) >= own:
            continue
        span = scene.span(i)
        if span is None or scene.inside_quote(m.start):
            continue
        tok, steps = span.root, 0
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("ROOT", "parataxis"):
            found = i if found is None or m.start > scene.mentions[found].start else found
            continue
        while steps < 6 and tok.dep_ in ("pobj", "prep", "compound", "poss", "appos") and tok.head.i != tok.i:
            tok, steps = tok.head, steps + 1
            if tok.lower_ in ("according", "per", "citing") or (tok.lower_ == "to" and tok.head.lower_ == "according"):
                found = i if found is None or m.start > scene.mentions[found].start else found
                break
    return found


def _filtered_out(scene: Scene, kind: str, i: int, told: set) -> str | None:
    """Which filter sets organisation mention ``i`` aside for a nominal of ``kind``, or None.
    "the paper" (PRESS): a newspaper, not an inquiry or a ministry named as news (18x); "the
    company" (ORG): not the outlet a person spoke to ("Roe told AFP. / The company says ...",
    18x; ``told``: those outlets' keys); "the site", "the outlet" (OUTLET): a listed news outlet
    or a newspaper, not the company or agency in the news (round forty-five)."""
    if kind == "ORG" and scene.org_key(i) in told:
        return "the outlet a person spoke to (the 'told' filter, 18x)"
    if kind == "PRESS" and not _press(scene, i):
        return "no newspaper (the 'paper' filter, 18x)"
    if kind == "OUTLET" and not (is_outlet(scene.mentions[i].text) or _press(scene, i)):
        return "no news outlet (the 'site' filter, round 45)"
    return None


_MEDIUM_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC"})


def _other_medium_between(scene: Scene, outlet: int, phrase, pos: int) -> str | None:
    """Why "the network"/"the site" may be another body than the outlet ``outlet`` named before
    it (the review of round forty-five: "CNN reported that the hacking group Dark Crew had stolen
    the data. / The network said ...", "Fox News reported that Sunrise TV had fired ...", "The
    Guardian reported that a charity network of food banks ... / The network said"): a medium of
    its own named after the outlet's last mention (an organisation, product or work that is a
    listed outlet or has a word of data/analyse/medium_words.txt in its name or just before it;
    the companies and agencies a report is about are not: "According to The Wall Street Journal,
    ... Apple Watch ... / The publication says"), or the phrase's own noun used of something else
    there. None when neither."""
    key = scene.org_key(outlet)
    last = max((m.end for j, m in enumerate(scene.mentions) if m.end <= pos and scene.org_key(j) == key),
               default=scene.mentions[outlet].end)
    media = lexicon.words("analyse/medium_words.txt")
    other = next((m for j, m in enumerate(scene.mentions) if last <= m.start and m.end <= pos
                  and m.label in _MEDIUM_LABELS and scene.org_key(j) != key
                  and (is_outlet(m.text) or any(w.lower() in media for w in re.findall(r"[A-Za-z]+", scene.text[max(last, m.start - 20):m.end])))),
                 None)
    if other is not None:
        return f"{other.text} is named after {scene.mentions[outlet].text}, the last body before it"
    if re.search(rf"\b{re.escape(phrase.root.lower_)}\b", scene.text[last:phrase.start_char].lower()):
        return f"'{phrase.root.text}' is said of something else after {scene.mentions[outlet].text}"
    body = _body_subject_before(scene, phrase, key)
    if body is not None:
        # "According to Reuters, the drug maker Pharmaco has closed its online store. / The
        # website said ...": the body the sentence before is about may own the site
        return f"{body} is the subject of the sentence before"
    return None


def _body_subject_before(scene: Scene, phrase, key) -> str | None:
    """The name of a body (an organisation mention not of ``key``) heading the main subject of
    the sentence right before ``phrase``'s, directly or through an apposition ("the drug maker
    Pharmaco"); a name only modifying the subject ("Apple executives") is not read."""
    k = scene.sent_no(phrase.start_char)
    if k == 0:
        return None
    root = scene.sents[k - 1].root
    for subj in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
        for tok in [subj] + [c for c in subj.children if c.dep_ == "appos"]:
            for j, m in enumerate(scene.mentions):
                if m.label == "ORG" and m.start <= tok.idx < m.end and scene.org_key(j) != key and m.end == tok.idx + len(tok.text):
                    return m.text
    return None


def _outlet_open(scene: Scene, kind: str, phrase, ranked: list, pos: int, set_aside: str) -> Resolution | None:
    """Why "the site", "the outlet" (kind OUTLET) stays open with the outlets ``ranked`` (score,
    mention) that the filters left before it, or None to score it as any organisation noun
    (and for any other kind)."""
    if kind != "OUTLET":
        return None
    if len(ranked) == 1 and (why := _other_medium_between(scene, ranked[0][1], phrase, pos)):
        return Resolution(None, 0.0, f"'{phrase.text}': {why}: open" + set_aside)
    if len(ranked) == 1:
        last = _last_source(scene, pos)
        if last is None or scene.org_key(last) != scene.org_key(ranked[0][1]):
            # "According to Pop Daily, the singer told TMZ ... / The site claims": the one listed
            # outlet is not the last source the text named (a subject, or after "according to"),
            # which may be an outlet the lists do not hold: open
            return Resolution(None, 0.0, f"'{phrase.text}': {scene.mentions[ranked[0][1]].text} is not the last source "
                              "named before it" + (f" ({scene.mentions[last].text} is)" if last is not None else "")
                              + ": open" + set_aside)
    if len(ranked) > 1:
        # two outlets named before ("According to Hip Hop Daily, she told TMZ ... / The site
        # claims"): the words do not say which one the writer read it in; no score is trusted
        # to choose between two sources of a report (round forty-five)
        return Resolution(None, 0.0, f"'{phrase.text}': {len(ranked)} news outlets named before it ("
                          + ", ".join(scene.mentions[r[1]].text for r in ranked[:3]) + "): open" + set_aside,
                          ranked=[(r[1], round(r[0], 3)) for r in ranked])
    return None


def resolve_nominal(scene: Scene, head, phrase) -> Resolution | None:
    """A nominal speaker ("the company", "several diplomats"): a vague group stays open; an
    organisation noun stands for the one earlier organisation that clearly leads. None when
    the head is neither (left to the caller: roles, "the president of Huawei")."""
    low = head.lower_
    lemma = head.lemma_.lower()
    if low in vague_groups() or lemma in vague_groups():
        return Resolution(None, 0.0, f"vague group '{phrase.text}': not linked to a named organisation",
                          group=(phrase.start_char, phrase.end_char))
    kind = org_nominals().get(low) or org_nominals().get(lemma)
    if kind is None:
        return None
    if phrase[0].lower_ in determiners("indefinite"):
        return Resolution(None, 0.0, f"'{phrase.text}': an indefinite description, not one named before")
    if head.tag_ in ("NNS", "NNPS"):  # "the companies": several, so not the one organisation named before
        return Resolution(None, 0.0, f"'{phrase.text}': a plural, several organisations, not one named before")
    if kind == "NAMED" and scene.inside_quote(head.idx):
        # "“... the server, the foundation, the whole old trust business,” said one of
        # their allies": a body's name word inside the quotation marks is the quoted words, not who
        # speaks (round thirty-eight, opennamed: the one such phrase in the PolNeAR census
        # went to the Clinton Foundation once "foundation" was read as a body's name word)
        return Resolution(None, 0.0, f"'{phrase.text}': inside the quotation marks, the quoted words, not the speaker")
    pos = head.idx
    w = weights()
    own = _own_name_words(phrase, head)
    cands: dict[str, tuple[float, int]] = {}
    counts: dict[str, int] = {}
    told = {scene.org_key(i) for i, m in enumerate(scene.mentions) if m.label in _ORGS and _told_to(scene, i)}
    lead: int | None = None
    aside: dict[str, str] = {}  # an organisation a filter set aside -> which filter and why (the evidence)
    for i, m in enumerate(scene.mentions):
        if m.end > pos:
            continue
        if m.label not in _ORGS:
            if m.label in _LONE_TYPES and _lead_subject(scene, i, pos) and not (
                    gazetteer.is_any_place(m.text) or gazetteer.is_demonym(m.text)):
                lead = i  # "Halliburton" typed a place, yet the subject just before; a real place ("Egypt") is no company
            elif m.label == "PERSON" and _lone_person_word(scene, i) and _lead_subject(scene, i, pos):
                lead = i  # round forty-three: "Path has struggled ... / the company claims" (see _lone_person_word)
            continue
        text = m.text.lower()  # read once for both filters below
        if kind == "NAMED" and lemma not in text and low not in text:
            continue
        medium = _filtered_out(scene, kind, i, told)
        if medium is not None:
            aside.setdefault(m.text, medium)
            continue
        # the own-name test reads whole words, the NAMED one any substring: made one test
        # they would differ (review, round eighteen), so both stay
        if own and not set(own) <= set(text.split()):
            continue  # "the Acme Today newspaper": the phrase names its own body, not this one
        if scene.inside_quote(m.start) and not scene.inside_quote(pos):
            continue
        c = scene.org_key(i)
        counts[c] = counts.get(c, 0) + 1
        dist = max(0, scene.sent_no(pos) - scene.sent_no(m.start))
        if _lead_subject(scene, i, pos):
            lead = i  # the last organisation that is a main clause's subject, this or the sentence before
        s = w["base"] + w["sentence_distance"] * min(dist, 4) + w["salience"] * math.log2(1 + counts[c])
        if scene.span(i) is not None and _role(scene.span(i).root) == "subj":
            s += w["candidate_subject"]
        if c == scene.topic_org():
            s += w["topic_organisation"]
        if c not in cands or s >= cands[c][0]:
            cands[c] = (s, i)
    # the organisations an 18x filter set aside, named in the evidence so an open speaker or a
    # choice says which filter made it (24q)
    near = list(aside.items())[-3:]  # the last three first met before the phrase (each named once, where first met)
    set_aside = "".join(f"; {name} set aside: {why}" for name, why in near) + (
        f" (and {len(aside) - 3} more)" if len(aside) > 3 else "")
    if not cands and own:
        return Resolution(None, 0.0, f"'{phrase.text}': names its own organisation, none of that name before" + set_aside)
    if not cands:
        return Resolution(None, 0.0, f"'{phrase.text}': no earlier organisation named" + (
            " that the filters leave" if set_aside else "") + set_aside)
    ranked = sorted(cands.values(), key=lambda x: -x[0])
    best = ranked[0]
    outlet_open = _outlet_open(scene, kind, phrase, ranked, pos, set_aside)
    if outlet_open is not None:
        return outlet_open
    nearer = _another_body_open(scene, head, phrase, best[1], ranked) if kind != "NAMED" else None
    if nearer is not None:
        return nearer
    if lead is not None and scene.org_key(lead) != scene.org_key(best[1]):
        # "Acme said it found errors in the report. / 'Contractors do not design wells,' the
        # company said": the company goes on from the subject just before, whatever the scores
        # (salience, the organisation the article is about) say for another one named further
        # up or only in passing. The two disagree, so rather than trust either the speaker stays
        # open (issue 18, round twenty-eight: given to the story's BP, not Halliburton). A
        # name the tagger typed a place, a people or a product counts as that subject too (the
        # Halliburton there was typed GPE): with no organisation to give, it can only open.
        return Resolution(None, 0.0, f"'{phrase.text}': {scene.mentions[lead].text}, the subject of this or the "
                          f"sentence before, is passed over for {scene.mentions[best[1]].text}: open" + set_aside,
                          ranked=[(r[1], round(r[0], 3)) for r in ranked])
    margin = best[0] - ranked[1][0] if len(ranked) > 1 else max(0.0, best[0]) + w["no_rival"]
    # two signals agree: the best-scored organisation is also the main subject of this or the
    # sentence before ("Acme Corp. said holders approved ... / The thrift holding company said
    # it expects ..."). A clear margin of one (confidence .599) fell just short of the threshold
    # then, though a rival disagreeing with the lead opens the speaker above (round forty: two
    # such "the company" speakers of the 1989 wire audit, seed 155, Q21 and Q33, were open)
    agrees = lead is not None and margin > 0 and scene.org_key(lead) == scene.org_key(best[1])
    if agrees:
        margin += w["nominal_lead_agrees"]
    conf = round(confidence(margin), 3)
    topic = " (the organisation the article is about)" if scene.org_key(best[1]) == scene.topic_org() else ""
    ev = f"'{phrase.text}' -> {scene.mentions[best[1]].text}{topic}: " + (
        f"margin {margin:.1f} over {scene.mentions[ranked[1][1]].text}" if len(ranked) > 1 else "the only organisation named before") + (
        ", the main subject of this or the sentence before" if agrees else "")
    return Resolution(best[1], conf, ev + set_aside, ranked=[(r[1], round(r[0], 3)) for r in ranked])


def _another_body_open(scene: Scene, head, phrase, best: int, ranked: list) -> Resolution | None:
    """The open Resolution when the text points "the company" at a body the tagger typed no
    organisation rather than the best-scored one ``best``: one brought in as "a company named X"
    (introduced_named_body), one whose doings the sentence is about (subject_possessor), an
    untagged subject nearer than ``best`` (untyped_name_before); None when none is."""
    rank = [(r[1], round(r[0], 3)) for r in ranked]
    best_text = scene.mentions[best].text
    introduced = introduced_named_body(scene, head)
    if introduced is not None:  # "a small company named Standzout will show ... / The company calls it ..."
        return Resolution(None, 0.0, f"'{phrase.text}': '{introduced[0].text} {introduced[1].text} {introduced[2].text}' "
                          "brought in before, a name the tagger typed no organisation: the one meant, no entity to give: open",
                          ranked=rank)
    people = group_of_people_before(scene, head)
    if people is not None:  # "according to a group of employees. ... / The group said ...": not the firm they work for
        return Resolution(None, 0.0, f"'{phrase.text}': '{people.text}' brought in before, a body of people "
                          f"the text never names as {best_text}: the one meant, no entity to give: open", ranked=rank)
    owner = subject_possessor(scene, head, best)
    if owner is not None:  # "Path's last update came when the company announced ...": not the Apple before
        return Resolution(None, 0.0, f"'{phrase.text}': '{owner.text}', whose {owner.head.text} the sentence is about, "
                          f"may be the body meant rather than {best_text}: open", ranked=rank)
    name = untyped_name_before(scene, head, scene.mentions[best].end)
    if name is not None:  # "Digicel, which began in Jamaica, found ... / The company says": not the agency before
        return Resolution(None, 0.0, f"'{phrase.text}': '{name.text}', a name the tagger typed no organisation, is a "
                          f"nearer subject than {best_text}: open", ranked=rank)
    return None


def _lone_person_word(scene: Scene, i: int) -> bool:
    """Is mention ``i`` a one-word name typed a person that no longer person's name in the
    document holds (never introduced as "Jane Roe")? Round forty-three (issue 18; seed-158
    audit, FNC-1 claim 12, in-sample): an app maker named by a common word was typed a person
    ("Path has struggled to gain traction. While the company claims ..."), and "the company"
    went to the article's main organisation named further up. Such a name as the subject just
    before is a lead like a name typed a place: with a rival it opens the speaker, never gives
    it. A person met by a full name first ("Jane Roe ... Roe said") is no such word."""
    word = scene.mentions[i].text.strip()
    if not word or " " in word or not word[:1].isupper():
        return False
    span = scene.span(i)
    if span is not None and any(c.dep_ in ("compound", "amod", "appos") and c.pos_ in ("NOUN", "ADJ")
                                for t in span for c in t.children if not span.start <= c.i < span.end):
        return False  # "Environmental group Greenpeace": named with its kind, no mistyped company (census)
    # (the name before a possessive only: "Dave Morin's Path", tagged one person, names Path as his)
    return not any(m.label == "PERSON" and " " in (full := re.split(r"['’]s\b", m.text.strip())[0].strip())
                   and word in full.split() for m in scene.mentions)


def _lead_subject(scene: Scene, i: int, pos: int) -> bool:
    """Is mention ``i`` a main clause's subject in the sentence of ``pos`` or the one before,
    in its paragraph or the one before, outside quotation marks (resolve_nominal's 'lead')?"""
    m = scene.mentions[i]
    return (scene.sent_no(pos) - scene.sent_no(m.start) <= 1 and scene.paragraph(m.start) >= scene.paragraph(pos) - 1
            and not scene.inside_quote(m.start) and _main_subject(scene, i))


def _main_subject(scene: Scene, i: int) -> bool:
    """Is mention ``i`` the one subject of its sentence's main verb ("Acme said it found ...";
    not "the work met Acme's terms", not "regulators said Acme must ...")? Centering's
    preferred centre: what the next sentence most likely goes on about."""
    span = scene.span(i)
    if span is None:
        return False
    root = span.root
    # a conjoined subject ("Google and Samsung also sell phones") is several: no antecedent of
    # a singular "the company" (tests/test_speakers.py keeps the article's organisation there)
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT" and not any(c.dep_ == "conj" for c in root.children)


def joint_conjunctions() -> frozenset[str]:
    """Words that join two speakers into one subject (``analyse/joint_conjunctions.txt``)."""
    return lexicon.words("analyse/joint_conjunctions.txt")


def joint_subject(subj, name):
    """"Jane Roe and John Doe said ...": the whole conjoined subject (a spaCy span) when the
    subject token ``subj`` has a conjunct joined by "and"/"&"/"or"/"nor" outside ``name`` (the
    span of the mention the subject token heads, so "Procter and Gamble" stays one name);
    None otherwise. A shared statement has two speakers and a quote carries one (schema
    1.6), so the caller leaves it open with these words rather than give it to the first
    conjunct alone. A conjunct is a noun, name or pronoun ("Roe and her lawyers", "Roe and
    others"); a conjoined verb ("Roe said, and Doe agreed") is not the subject's."""
    lo, hi = (name.start, name.end) if name is not None else (subj.i, subj.i + 1)
    conj = [c for c in subj.children if c.dep_ == "conj" and not lo <= c.i < hi
            and c.pos_ in ("PROPN", "NOUN", "PRON", "NUM")]
    if not conj:
        return None
    words = joint_conjunctions()
    last = max(conj, key=lambda c: c.i)
    between = subj.doc[hi:last.i]
    if not any(t.dep_ == "cc" and t.lower_ in words for t in between):
        return None
    end = last.right_edge.i + 1
    while end > last.i + 1 and subj.doc[end - 1].is_punct:  # "..., the police chief, said"
        end -= 1
    return subj.doc[min(subj.left_edge.i, lo) : end]


@functools.lru_cache(maxsize=1)
def gender_modifiers() -> dict[str, str]:
    """Modifiers that fix a person noun's gender ("a male patient"): ``analyse/gender_modifiers.tsv``."""
    return {w.strip().lower(): g.strip() for w, g in lexicon.rows("analyse/gender_modifiers.tsv")}


def person_noun_gender(tok) -> str | None:
    """The gender ("m"/"f") a person noun fixes: its own (person_nouns.tsv: "son", "mother"),
    else one its modifier gives ("a male patient", "a woman doctor"); None when neither does.
    A he/she of the other gender cannot stand for it ("a male patient ... she added": the
    minister named before, not the patient)."""
    g = person_nouns().get(tok.lemma_.lower())
    if g:
        return g
    mods = gender_modifiers()
    told = {mods[c.lower_] for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i and c.lower_ in mods}
    return next(iter(told)) if len(told) == 1 else None


def unnamed_person_before(scene: Scene, start: int, tok, gender: str, proper: bool = False,
                          in_names: bool = False, titled=None) -> bool:
    """Is an unnamed person who could be the he/she ``tok`` (of ``gender``) written from
    ``start`` up to it, outside quotation marks: a person noun ("his son", "the president",
    "a Louisiana shrimper") of that gender or of none (``person_noun_gender``), a NOUN tagged
    NN (``proper``: a NOUN or PROPN tagged NN or NNP), not a word of a tagged mention
    (``in_names``: those count too), and not a title ``titled(t)`` says is the chosen person's
    own? The one scan of ``sole_of_gender`` and of quotes' _rival_in_window, _joint_pick and
    _sole_speaker_before, each with its own options."""
    nouns = person_nouns()
    span = scene.sdoc.char_span(start, tok.idx, alignment_mode="expand")
    for t in span if span is not None else ():
        if t.i >= tok.i or t.lemma_.lower() not in nouns:
            continue
        if not ((t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP")) if proper else (t.pos_ == "NOUN" and t.tag_ == "NN")):
            continue
        if (t.i in scene.tok_mention and not in_names) or scene.inside_quote(t.idx):
            continue
        if person_noun_gender(t) in (None, gender) and not (titled is not None and titled(t)):
            return True
    return False


def introduced_unnamed(scene: Scene, head, after: int):
    """The unnamed person an indefinite subject brought in after ``after`` and before the
    description ``head``, with the description's own head noun: "Roe, the interior secretary,
    ... / A senior official told reporters ... / ..., the official said" -> "official". A
    definite description goes on from the nearest one it fits; that one has no name, so the
    named holder further up is not the speaker (issue 18, round twenty-eight: an unnamed
    official given to the secretary named before). Only a subject ("an official said"), with
    "a"/"an"/"another", outside quotation marks, with no name in apposition ("an official,
    John Doe, said" names him); the token, or None. One scan of the span between."""
    word = head.lemma_.lower()
    span = scene.sdoc.char_span(after, head.idx, alignment_mode="expand")
    for t in span if span is not None else ():
        if t.i >= head.i or t.lemma_.lower() != word or t.pos_ != "NOUN" or t.tag_ != "NN":
            continue
        if t.dep_ not in ("nsubj", "nsubjpass") or t.i in scene.tok_mention or scene.inside_quote(t.idx):
            continue
        if not any(c.dep_ == "det" and c.lower_ in determiners("indefinite") for c in t.children):
            continue
        if any(c.dep_ == "appos" for c in t.children):
            continue
        return t
    return None


def can_speak(label: str) -> bool:
    """Can a name of this entity label be a speaker? Not a law, a product, an event or a
    language (``analyse/silent_labels.txt``): "Phase 5 indicates ..." names an alert level."""
    return label not in lexicon.words("analyse/silent_labels.txt")


def passed_over_subject(scene: Scene, tok, chosen: int) -> str | None:
    """Why a he/she resolved to ``chosen`` must stay open: the subject of the main clause of
    the sentence just before is another named person who could be that pronoun (of its
    gender, or of none told), and ``chosen`` is named only further back. "Hale told reporters
    ... / Jane Roe, professor of law at ..., doubts the plan. / Writing in a weekly, she says:
    ...": the writer introduced just before is the one the pronoun goes on with, whatever
    chain of quotes points further up; the scorer's recency and "speaker of the quote before"
    can outweigh her, so rather than trust either, the quote is left open. None when the
    rule does not apply. Our own rule: no coreference model is available offline."""
    gender = {"he": "m", "she": "f"}.get(tok.lower_)
    k = scene.sent_no(tok.idx)
    if gender is None or k == 0 or chosen >= scene.n_named or scene.inside_quote(tok.idx):
        return None
    before = scene.sents[k - 1]
    who = scene.entity(chosen)
    if any(scene.entity(j) == who and before.start_char <= m.start < tok.idx
           for j, m in enumerate(scene.candidates[: scene.n_named])):
        return None  # the chosen one is named in the sentence before or in this one
    root = before.root
    for t in before:
        if t.i not in scene.tok_mention or t.pos_ != "PROPN" or scene.inside_quote(t.idx):
            continue  # a name, not a common noun the tagger calls a person ("Aides")
        if t.i == root.i:
            pass  # a sentence the parse reads with no verb, its root the name ("Roe, professor ..., doubts it")
        elif _passive_agent_of_root(t, root):
            pass  # the doer of a passive main verb ("This view was backed by Jane Roe, ..."): the
            # sentence's logical subject, introduced as much as a grammatical one would be
            # (round forty-four, integrator, in-sample: seed 159's bpoil_guardian Q3)
        elif t.dep_ not in ("nsubj", "nsubjpass") or not (
                t.head.i == root.i or (t.head.dep_ == "conj" and t.head.head.i == root.i)):
            continue  # no subject, or one inside a clause of the sentence ("said that Doe had left")
        j = scene.tok_mention[t.i]
        m = scene.mentions[j]
        if m.label != "PERSON" or scene.entity(j) == who or scene.entity(j) in scene.animals:
            continue  # (an animal, Scene.animals, could be no he or she who speaks)
        # the first name before the pronouns seen after the name: this very he/she would
        # otherwise give the rival its own gender
        g = share_gender(first_name_gender(fullest_name(scene, j)))
        if g is None:
            g = scene.gender(scene.entity(j))
        if g in (None, gender):
            return (f"{fullest_name(scene, j)}, the subject of the sentence before, could be '{tok.text}' and is "
                    f"passed over for {fullest_name(scene, chosen)}, named further back: open")
    return None


def _passive_agent_of_root(t, root) -> bool:
    """Is ``t`` the object of the "by" that names the doer of the sentence's passive main verb
    ("The point was backed by Jane Roe")? Not "by" of place or means ("was seen by the road",
    where spaCy's dependency is prep, not agent), nor the agent of a verb inside a clause."""
    by = t.head
    return t.dep_ == "pobj" and by.dep_ == "agent" and by.head.i == root.i and root.tag_ == "VBN"


def told_gender(scene: Scene, i: int) -> str | None:
    """A named person's gender as the text tells it: an honorific of the same entity ("Ms
    Roe"), else the first name (given to one gender in at least 98% of US births). Not the
    entity stage's hint from the pronouns after the name, which would read the very pronoun
    being resolved as that person's. (gender-guesser is not installed here; the first-name
    table is the one the resolver already reads.) Kept on the scene by candidate, not by
    entity: the fullest name it reads may differ between two names of one entity."""
    if i not in scene._told:
        scene._told[i] = _told_uncached(scene, i)
    return scene._told[i]


def _told_uncached(scene: Scene, i: int) -> str | None:
    votes = honorific_genders(scene, i)
    if len(votes) > 1:
        return None
    first = share_gender(first_name_gender(fullest_name(scene, i)))
    if votes:
        g = next(iter(votes))
        return g if first in (None, g) else None  # "Mr" before a woman's first name: not told
    return first


def _paragraph_before(scene: Scene, pos: int) -> tuple[int, int] | None:
    """The span of the nearest non-empty paragraph before the one holding ``pos``."""
    a, _ = scene.para_span(pos)
    while a > 0:
        x, y = scene.para_span(a - 1)
        if scene.text[x:y].strip():
            return x, y
        if x >= a:
            return None
        a = x
    return None


def sole_of_gender(scene: Scene, tok, titles_of=None, opening: int | None = None) -> tuple[int, str] | None:
    """"Jim Doe, chief of Acme, defended the plan. / '...,' he said.": a he/she subject of
    a cue (outside quotation marks) when exactly one person of its gender is named in its
    paragraph and the paragraph before, before it and outside quotation marks; every other
    person named there (in the whole of its paragraph, quoted or not) of the other gender,
    told by an honorific or a first name (told_gender); no name the tagger missed there and
    no unnamed person noun of that gender or of none ("a friend of the family") before it,
    except the title of the chosen one (``titles_of``). A reader takes such a pronoun for
    that person; the scorer may still weigh a candidate further back or a chain of quotes.
    ``opening``: where the quotation the pronoun's cue closes opens, when that is in an
    earlier paragraph ('Jane Roe said ... / "... / ...," she says'): the paragraph before
    the quotation is then the one before, and every paragraph of the quotation is the
    pronoun's own (round thirteen, 18c).
    (mention, evidence), or None. Our own rule: no coreference model installs offline."""
    gender = {"he": "m", "she": "f"}.get(tok.lower_)
    if gender is None or tok.dep_ not in ("nsubj", "nsubjpass") or scene.inside_quote(tok.idx) or scene.caption(tok.idx):
        return None
    before = _paragraph_before(scene, tok.idx if opening is None else opening)
    if before is None or scene.caption(before[0]):
        return None
    start, end = before[0], scene.para_span(tok.idx)[1]
    genders: dict[int, str | None] = {}
    last: dict[int, int] = {}
    for j, m in enumerate(scene.candidates):
        if not start <= m.start < end:
            continue
        if m.label != "PERSON":
            p = first_name_gender(m.text)  # "Martin Cole [PRODUCT]": a person the tagger mistyped, a rival
            if p is not None and share_gender(p) != {"m": "f", "f": "m"}[gender]:
                return None
            continue
        if j >= scene.n_named:
            return None  # a name no entity holds: it could be the one meant
        who = scene.entity(j)
        if who not in genders:
            genders[who] = told_gender(scene, j)
        if m.end <= tok.idx and not scene.inside_quote(m.start):
            last[who] = j
    if None in genders.values():
        return None
    same = [w for w, g in genders.items() if g == gender]
    if len(same) != 1 or same[0] not in last:
        return None
    pick = last[same[0]]
    if not _subject_phrase(scene, pick):
        return None  # "Police arrested John Doe. / '...,' he said": an officer may speak, not Doe
    if any(scene.entity(j) == same[0] and start <= m.start < tok.idx and not scene.inside_quote(m.start)
           and bound_by_pronoun(scene, j, tok.lower_) is not None
           for j, m in enumerate(scene.candidates[: scene.n_named])):
        return None  # "He agrees that Mr Doe has not done enough": that "He" is a second man
    def own_title(t) -> bool:
        return titles_of is not None and any(titles_of(scene, t, j) for j, _ in enumerate(scene.candidates[: scene.n_named])
                                             if scene.entity(j) == same[0])
    if unnamed_person_before(scene, start, tok, gender, titled=own_title):
        return None  # "A female friend of the family said ... / She added": an unnamed person
    return pick, (f"'{tok.text}' -> {fullest_name(scene, pick)}: the one person of gender {gender} named in this "
                  "paragraph and the one before, every other person named there of the other gender")


def sole_person_so_far(scene: Scene, tok, titles_of=None) -> tuple[int, str] | None:
    """"Jane Roe, a nurse, ... [many sentences of her story] ... / She told the radio: '...'":
    a he/she subject of a cue (outside quotation marks) when the document names exactly one
    person before it, anywhere (quoted or not, any gender), that person's gender as the text
    tells it (an honorific or a first name) is the pronoun's, no name the tagger missed and no
    mistyped person's name stands before it, and no unnamed person noun of that gender or of
    none ("a nurse", "her mother") is written anywhere before it,
    except the chosen one's own title (``titles_of``). The scorer leaves such a pronoun open
    when the name is more than its window of sentences back; with no other person in the whole
    text so far, a reader has no one else to take it for (round forty-four, issue 18: a
    story about one woman, told in several paragraphs of "she said", left her last quotes
    open). (mention, evidence), or None. Our own rule, as ``sole_of_gender``."""
    gender = {"he": "m", "she": "f"}.get(tok.lower_)
    if gender is None or tok.dep_ not in ("nsubj", "nsubjpass") or scene.inside_quote(tok.idx) or scene.caption(tok.idx):
        return None
    who = None
    pick = None
    for j, m in enumerate(scene.candidates):
        if m.start >= tok.idx:
            continue
        if m.label != "PERSON":
            if first_name_gender(m.text) is not None:
                return None  # "Martin Cole [PRODUCT]": a person the tagger mistyped, a rival
            continue
        if j >= scene.n_named:
            return None  # a name no entity holds: it could be the one meant
        if scene.caption(m.start):
            return None  # "Tom Walker (right) ...": a photo's caption, no sentence of the story
        if who is None:
            who = scene.entity(j)
        elif scene.entity(j) != who:
            return None  # a second person named so far: the scorer's window decides, not this
        if not scene.inside_quote(m.start):
            pick = j
    if who is None or pick is None:
        return None
    if told_gender(scene, pick) != gender:
        return None  # the gender must be told by the text, and agree
    if any(scene.entity(j) == who and m.start < tok.idx and not scene.inside_quote(m.start)
           and bound_by_pronoun(scene, j, tok.lower_) is not None
           for j, m in enumerate(scene.candidates[: scene.n_named])):
        return None  # "He agrees that Ms Roe ...": that pronoun is a second person
    def own_title(t) -> bool:
        return titles_of is not None and any(titles_of(scene, t, j) for j, _ in enumerate(scene.candidates[: scene.n_named])
                                             if scene.entity(j) == who)
    # the whole text before it (offset 0), not only the paragraph before (the review, round
    # forty-four: "The town's mayor, a mother of three, ..." two paragraphs up is a nearer "she"
    # than the one woman named at the top; "His son, who runs the dairy, ..." a nearer "he")
    if unnamed_person_before(scene, 0, tok, gender, titled=own_title):
        return None  # "Her mother said ... / She added": an unnamed person nearer
    return pick, (f"'{tok.text}' -> {fullest_name(scene, pick)}: the one person the document names before it, "
                  f"of gender {gender}, no unnamed person of that gender before it")


def bound_by_pronoun(scene: Scene, j: int, pronoun: str):
    """The ``pronoun`` (he or she, outside quotation marks) that is the subject of a clause
    holding mention j, or None: "He agrees that Mr Doe has not done enough", "She said Jane
    Roe's plan had failed". A name never stands for a pronoun that commands it (binding
    theory, principle C: Chomsky 1981; Huddleston & Pullum 2002, ch. 17), so that pronoun is
    someone else of the same gender, in view beside the named one: the named one is then not
    "the one person of that gender" there (round twenty-nine, issue 18). Only the heads above
    the name are climbed: a pronoun in a clause beside it ("When he came, Doe said") does not
    command it and may be the name's; and the pronoun must come first: a clause fronted
    before its subject ("When I asked Doe why, he smiled") is outside the subject's reach,
    and that "he" is Doe. The parse's own tree, read once per candidate (no coreference
    model installs offline)."""
    span = scene.span(j)
    if span is None:
        return None
    t = span.root
    while t.head.i != t.i:
        t = t.head
        for c in t.children:
            if (c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == pronoun and c.i < span.start
                    and not scene.inside_quote(c.idx)):
                return c
    return None


def _subject_phrase(scene: Scene, j: int) -> bool:
    """Mention j is a subject, or the possessor of one, or a title run on one ("Mr Doe's
    plan was", "Mayor Jane Roe on Monday welcomed"), or the agent of a passive ("rejected by
    Doe"), or the object of the writer's "I asked Doe": the one a following he/she goes on
    with, not another's object ("Police arrested Doe")."""
    span = scene.span(j)
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("poss", "compound", "appos") and root.head.i not in range(span.start, span.end):
        root = root.head
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True  # "a suggestion rejected by Doe": the one who acts
    if root.dep_ == "dobj":  # "When I asked Doe ...", "We track down Doe": the writer meets the one who speaks next
        verb = root.head
        while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in ("xcomp", "conj", "prt") and verb.head.i != verb.i:
            verb = verb.head
        return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)
    return root.dep_ in ("nsubj", "nsubjpass", "ROOT")  # ROOT: a sentence the parse reads with no verb


def _after_honorific(scene: Scene, j: int) -> bool:
    """Does mention j open with an honorific, or stand right after one ("Dr Victor Hale")?"""
    span = scene.span(j)
    if span is None:
        return False
    words = [span[0]] + ([span.doc[span.start - 1]] if span.start > 0 else [])
    return any((names.titles().get(t.lower_) or ("", None))[0] == "honorific" for t in words)


# a name word with an apostrophe inside: "O'Donnell", "D'Souza", "N’Diaye" (one or two letters,
# the mark, a capitalised rest); spaCy keeps each as one token, which ``is_alpha`` refuses
_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]?['’][A-Z][a-z]+")


def name_word(tok) -> bool:
    """Is ``tok`` a word a name may be made of: letters only, or letters with one apostrophe
    inside as "O'Donnell" and "D'Souza" have? Issue 18, round thirty-five: the surname rules
    below tested ``is_alpha`` alone, so a bare "O'Donnell" never reached the full name "Brett
    O'Donnell" the document tags (round thirty-four's census of PolNeAR train 301-840: the
    13 open speakers a reader names for certain held 6 such surnames). A possessive is no name
    word: spaCy splits "Trump's" into "Trump" and "'s"."""
    return tok.is_alpha or apostrophe_name(tok)


def apostrophe_name(tok) -> bool:
    """Is ``tok`` a name word with an apostrophe inside ("O'Donnell", "D’Souza")? Such a word
    is a name whatever the tagger calls it: spaCy's small model tags "O’Donnell" (curly
    mark) a common noun, NN, and types "Brett O’Donnell" ORG."""
    return _APOSTROPHE_NAME.fullmatch(tok.text) is not None


def titled_surname(scene: Scene, tok) -> int | None:
    """"Dr Hale said", the tagger leaving it untagged: ``tok`` is a capitalised name word
    right after an honorific; the tagged person of the document whose name ends in that word
    (its longest mention of two words or more), when every tagged mention ending in it
    stands for one person, whose honorific, if told, agrees. None otherwise."""
    if tok.i == 0 or not name_word(tok) or not tok.text[:1].isupper():
        return None
    title = names.titles().get(tok.doc[tok.i - 1].lower_)
    if title is None or title[0] != "honorific":
        return None
    hits = [j for j, m in enumerate(scene.mentions) if m.text.split()[-1:] == [tok.text]]
    if not hits or any(scene.mentions[j].label != "PERSON" and not _after_honorific(scene, j) for j in hits):
        return None  # "JP Morgan [ORG]" is no Mr Morgan; "Dr Victor Hale [ORG]" is a person mistyped
    pick = _surname_holder(scene, tok, hits)
    if pick is None:
        return None
    if title[1]:
        full = max((scene.mentions[j].text for j in hits), key=len)
        p = first_name_gender(full)
        if told_gender(scene, hits[0]) not in (None, title[1]) or (p is not None and share_gender(p) != title[1]):
            return None  # "Mr Hale" when the one Hale named is Jane Hale
    return pick


def _surname_holder(scene: Scene, tok, hits: list[int]) -> int | None:
    """Of ``hits``, the tagged mentions whose name ends in ``tok``'s word: None unless they
    stand for one entity and one of them has two words or more; else the latest of them
    before ``tok`` (the first, when none is before). What ``titled_surname`` and
    ``surname_held`` share; each weighs the words' types and genders its own way."""
    if len({scene.entity(j) for j in hits}) != 1 or not any(len(scene.mentions[j].text.split()) >= 2 for j in hits):
        return None
    before = [j for j in hits if scene.mentions[j].end <= tok.idx]
    return before[-1] if before else hits[0]


def surname_held(scene: Scene, tok, pronoun: str | None = None) -> int | None:
    """A he/she the scorer gave to a one-word name the tagger left untagged ("Vassiliou
    requested a meeting. / '...,' she added", the full name "Androulla Vassiliou" tagged
    further up): the tagged person of the document whose name ends in that word, as
    ``titled_surname`` finds it but with no honorific before the word. Only when every tagged
    mention ending in the word is typed PERSON and stands for one entity, one of them of two
    words or more (for a he/she, typed PERSON or mistyped as ``held_as_person`` allows; for a
    bare name speaking, typed PERSON or read as a person by ``_named_as_person``, round
    twenty-six);
    when the pronoun's gender, if a pronoun is given, does not clash with the
    person's as the text tells it (an honorific, a first name); and when no other first name stands before the word
    anywhere in the text ("Tom Hale", untagged, beside the tagged "Jane Hale"). None otherwise
    (round sixteen, 18o). Our own rule: no coreference model installs offline here, and the
    document's own tagging is the evidence."""
    if not name_word(tok) or not tok.text[:1].isupper() or tok.i in scene.tok_mention:
        return None
    hits = [j for j in range(scene.n_named) if scene.mentions[j].text.split()[-1:] == [tok.text]]
    if not hits or not all(scene.mentions[j].label == "PERSON" or pronoun is not None and held_as_person(scene, j, pronoun)
                           or pronoun is None and _named_as_person(scene, j, tok) for j in hits):
        return None
    pick = _surname_holder(scene, tok, hits)
    if pick is None:
        return None
    if pronoun is not None:
        gender = pronouns().get(pronoun, (None,))[0]
        full = max((scene.mentions[j].text for j in hits), key=len)
        if gender is None or told_gender(scene, hits[0]) not in (None, gender) \
                or share_gender(first_name_gender(full)) not in (None, gender):
            return None  # "Hale ... she said" when the one Hale named is John Hale; "it" is no one's last name
    own = {w.lower() for j in hits for w in scene.mentions[j].text.split()[:-1]}
    if other_bearer(scene.text, tok.text, own):
        return None  # another first name before the same surname: two people may bear it
    return pick


def other_bearer(text: str, surname: str, own: set[str]) -> bool:
    """Does a first name not in ``own`` (lower case) stand before ``surname`` somewhere in
    ``text`` ("Mitch Landrieu" where the one named person is Mary Landrieu)? Then two people
    of the text may bear the surname and a bare "Landrieu said" is neither's for sure. With no
    first name of one's own (an entity named "Danenberger" alone), only two names before the
    surname with no first name in common tell two bearers ("Elmer Danenberger" alone is that
    man). The names are ``written_given_names``'s: a name run sharing a word with ``own`` is
    the same person ("Mary Frances Landrieu")."""
    runs = written_given_names(text, surname)
    if own:
        return any(not run & own for run in runs)
    return any(not a & b for a in runs for b in runs)


# the words of a name before its surname, read back from it: capitalised words, a nickname
# in quotation marks, a middle initial ("Mary Frances Landrieu", "William "Monty" Graham")
_NAME_RUN = re.compile(r"(?<![\w-])(?:(?:[A-Z][a-z]+|[\"“”'`‘’]+[A-Z][a-z]+[\"“”'`‘’]+|[A-Z]\.)\s+)+$")


def written_given_names(text: str, surname: str) -> list[frozenset[str]]:
    """The names written before ``surname`` in ``text``, tagged or not: for each distinct
    run of name words right before the surname (capitalised words, a nickname in quotation
    marks, a middle initial) whose last plain word is a first name (of the birth lists, given to
    at least ``written_first_name_births`` children, data/speaker_rules.tsv; no title, "Mr",
    "Senator"; no rank, data/given_name_ranks.txt, "Major", "General"; no English stop word of
    spaCy's list, "An Obama aide", "Even Hayward"), the set of its words (lower case) less
    titles, ranks and stop words; a run whose last plain word is no first name ("Chief
    Executive Hayward") is left out. A set, not one word: the first of "BP Chief Executive
    Tony Hayward" is no given name, the last of "Mary Frances Barnes" is her middle name, and
    "Asif" of "Asif Ali Zardari" is in no US list; a run is a person's when any of its words
    is one of that person's given names. Issue 18, round thirty-one: the bare "Graham" of a
    document naming "William "Monty" Graham" went to another Graham of the corpus. A regular
    expression over the text, not the tagger's spans: the tagger misses or mistypes the very
    names that tell two bearers apart."""
    from spacy.lang.en.stop_words import STOP_WORDS

    table, least = firstnames.table(), weights()["written_first_name_births"]
    ranks = lexicon.words("analyse/given_name_ranks.txt")

    def given(w: str) -> bool:
        return (w not in names.titles() and w not in STOP_WORDS and w not in ranks
                and w in table and table[w][1] >= least)

    out: list[frozenset[str]] = []
    for m in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"\b", text):
        run = _NAME_RUN.search(text[max(0, m.start() - 80) : m.start()])  # a hyphen before: "Secretary-General Ban"
        if run is None:
            continue
        plain = re.findall(r"(?<![\"“”'`‘’\w])[A-Z][a-z]+(?=\s)", run.group(0))  # no nickname, no initial
        if not plain or not given(plain[-1].lower()):
            continue  # the word before the surname is no first name: "Chief Executive Hayward"
        firsts = frozenset(low for w in re.findall(r"[A-Z][a-z]+", run.group(0))
                           if (low := w.lower()) not in names.titles() and low not in ranks and low not in STOP_WORDS)
        if firsts not in out:
            out.append(firsts)
    return out


def _named_as_person(scene: Scene, j: int, tok) -> bool:
    """May tagged mention j, typed other than PERSON, be the full name a bare last name
    ``tok`` speaking stands for ("Purdue veterinarian Sandy Amass" typed ORG, then "Amass
    said")? Issue 18, round twenty-six (26s): the small model types many people's names as
    organisations, and a bare surname subject of a saying is read by every reader as the one
    name of the text that ends in it. Only a name of two or three capitalised words, none an
    organisation's word, whose first word is a common first name (``common_first_name``, of
    either gender) and the surname not one ("Morgan Stanley" is no Mr Stanley's), that the
    document does not tell to be an organisation (``told_organisation``). A one-word mention
    ("Amass" typed ORG alone) is never one. The link goes to the entity of that mention
    whatever its type, so a firm named after its founder keeps its own words."""
    m = scene.mentions[j]
    words = [x for x in m.text.split() if x.strip(".").lower() not in names.titles()]
    if m.label not in _MISTYPED or not 2 <= len(words) <= 3 or _has_org_word(words):
        return False
    if not all(x[:1].isupper() and x.replace("-", "").replace("'", "").replace("’", "").isalpha() for x in words):
        return False
    if common_first_name(words[0]) is None or common_first_name(tok.text) is not None:
        return False
    return not told_organisation(scene, j)


# "Fox News’ Sean Hannity", "National Review's Ian Tuttle": an outlet's possessive, then a
# person's first name and last name, the whole typed one organisation by the tagger
_OUTLET_PERSON = re.compile(r"(?:['’]s?)\s+(?P<given>[A-Z][a-z]+)\s+(?P<last>\S+)$")


def outlet_person(scene: Scene, tok) -> tuple[int, int] | None:
    """A bare last name speaking ("Hannity said", "Tuttle added"), no person mention holding
    it here, whose one full name the document writes only inside a mention the tagger typed
    an organisation or a work, after an outlet's possessive ("Fox News’ Sean Hannity",
    "National Review’s Ian Tuttle", typed ORG whole): the character span of that full name
    ("Sean Hannity"), which the caller makes a speaker entity of its own; else None. Only when
    every mention ending in the word is such a mistyped "<outlet>'s <first> <last>" with the
    same first name, or the bare word alone (tagged so elsewhere, the same word unless the
    document tells it an organisation), the first name a common one and the last name not
    (``common_first_name``: "Morgan Stanley" is no Mr Stanley's), no person mention of two
    words or more ends in the word, the document does not tell the mention to be an
    organisation (``told_organisation``), and no other first name stands before the word
    anywhere in the text (``other_bearer``). Issue 18, round thirty-nine (opendesc): PolNeAR
    train 301-840 held 3 such open quotes ("Hannity" 1, "Tuttle" 2); a reader reads the last
    name as the commentator the text just named, but ``_named_as_person`` takes only a
    mention of two or three words, the name alone."""
    if not name_word(tok) or not tok.text[:1].isupper() or tok.i in scene.tok_mention \
            or common_first_name(tok.text) is not None:
        return None
    hits = [j for j in range(scene.n_named) if scene.mentions[j].text.split()[-1:] == [tok.text]]
    if not hits:
        return None
    spans: set[tuple[str, int, int]] = set()
    for j in hits:
        m = scene.mentions[j]
        if m.text == tok.text and not told_organisation(scene, j):
            continue  # the bare word tagged alone elsewhere ("Tuttle" typed PERSON or ORG): the same word
        found = _OUTLET_PERSON.search(m.text)
        if m.label not in _MISTYPED or found is None or found.group("last") != tok.text \
                or common_first_name(found.group("given")) is None \
                or found.group("given").lower() in names.titles() or told_organisation(scene, j):
            return None
        spans.add((found.group("given").lower(), m.start + found.start("given"), m.end))
    if len({g for g, _, _ in spans}) != 1:
        return None
    given = next(iter(spans))[0]
    if other_bearer(scene.text, tok.text, {given}):
        return None
    before = sorted((a, b) for _, a, b in spans if b <= tok.idx)
    a, b = before[-1] if before else min((a, b) for _, a, b in spans)
    return a, b


def full_name_held(scene: Scene, span) -> int | None:
    """An untagged full name speaking ("Igor Sechin told reporters", the tagger missing it)
    whose last word alone the document tags as a person elsewhere ("Sechin" typed PERSON
    further on): that mention, the nearest before (else the first after). Issue 18, round
    twenty-six (26s): the name reads as that person to any reader. Only when every tagged
    mention ending in the word is typed PERSON and is the bare word or this same full name
    (the words, not the scene's clusters, which leave two bare "Sechin" apart), and no other first name stands before the word anywhere in the text
    ("Mitch Landrieu" beside "Mary Landrieu": open); a bare-word mention typed otherwise
    (the tagger typing one "Sechin" ORG) is the same word, unless the document tells it an
    organisation. A one-word name ("Danenberger said", untagged here) is held the same way by
    the bare word tagged a person elsewhere when no full name of another first name is tagged
    with it and at most one first name stands before it in the text (the scene's clusters keep
    two bare "Danenberger" apart, so ``_same_name_mention`` finds no one entity). Our own rule,
    as ``surname_held``."""
    if not 1 <= len(span) <= 3 or any(t.i in scene.tok_mention for t in span):
        return None
    tok = span[-1]
    if not name_word(tok) or not tok.text[:1].isupper():
        return None
    given = [t.text for t in span[:-1]]
    hits = [j for j in range(scene.n_named) if scene.mentions[j].text.split()[-1:] == [tok.text]]
    people = [j for j in hits if scene.mentions[j].label == "PERSON"]
    # the bare word typed otherwise once ("Sechin presides" typed ORG) is the same word, not a rival,
    # unless the document tells it to be an organisation
    odd = [j for j in hits if j not in people]
    if not people or any(scene.mentions[j].text.split()[:-1] not in ([], given) for j in people) \
            or any(scene.mentions[j].text != tok.text or told_organisation(scene, j) for j in odd):
        return None
    if other_bearer(scene.text, tok.text, {w.lower() for w in given}):
        return None
    before = [j for j in people if scene.mentions[j].end <= tok.idx]
    return before[-1] if before else people[0]


def held_as_person(scene: Scene, j: int, pronoun: str) -> bool:
    """May tagged mention j, typed other than PERSON, stand for the person a he/she was
    already given to ("Keiji Fukuda" typed ORG)? Only through the door the scorer opens for
    such names (``_mistyped_person``: a name of two or three capitalised words, none an
    organisation's word, whose first word is a first name given to the pronoun's gender),
    read on the longest mention of j's entity, and never when the document tells the name to
    be an organisation (``told_organisation``). "Huawei" alone is no one's name."""
    gender = pronouns().get(pronoun, (None,))[0]
    who = scene.entity(j)
    full = max((scene.mentions[k] for k in range(scene.n_named) if scene.entity(k) == who),
               key=lambda m: len(m.text))
    if full.label == "PERSON":  # the entity is typed a person elsewhere
        return not told_organisation(scene, j)
    return (len(full.text.split()) >= 2 and _mistyped_person(full.text, full.label, gender, weights())
            and not told_organisation(scene, j))

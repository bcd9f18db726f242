"""Corpus-stage quotes: each document's QuoteItems with the speaker as an entity id.

The speaker is, in order: the entity of the speaker mention; the entity of a
pronoun's or nominal's antecedent mention; or, for a nominal with a role and an
organisation ("the president of Huawei", "Huawei's founder"), the one person the
corpus describes with a role of the same group (data/titles.tsv: CEO, president,
founder are all "head") at the same organisation, preferring people named in the
same document; or, for a name the document never tags ("Nicola Sturgeon said", untagged
throughout), the one person or organisation of the corpus with exactly that name.

Every quote carries ``speaker_confidence`` and ``speaker_evidence`` from the
per-document resolver (analyse/speakers.py); a link by role scores 0.8 when exactly
one person fits. Below the threshold (data/speaker_rules.tsv) ``speaker`` is null and
``speaker_text`` keeps the words ("several diplomats"): an open speaker is a small
loss, a wrong one a false statement about a real person.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .. import lexicon, schema
from ..analyse import names, speakers
from .corpus import Corpus


def _role_index(corpus: Corpus) -> dict[tuple[str, str], set[str]]:
    """(role group, organisation entity id) -> person entity ids described so."""
    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in corpus.analyses:
        doc = a.document.id
        org_ids: dict[str, str] = {}
        for i, m in enumerate(a.mentions):
            eid = corpus.mention_entity.get((doc, i))
            if eid and m.label != "PERSON":
                org_ids.setdefault(names.org_key(m.text), eid)
        for i, m in enumerate(a.mentions):
            if m.label != "PERSON" or not m.context.roles or not m.context.org:
                continue
            pid = corpus.mention_entity.get((doc, i))
            oid = org_ids.get(names.org_key(m.context.org))
            if pid and oid:
                for r in m.context.roles:
                    index[(names.role_group(r) or r, oid)].add(pid)
    return index


def _by_role(corpus: Corpus, index, doc: str, q) -> str | None:
    roles, org_mention = q.roles, q.org_mention
    if not roles or org_mention is None:
        return None
    words = {w.strip("-").lower() for w in re.findall(r"[\w-]+", q.speaker_text or "")}
    if words & lexicon.words("resolve/succession_modifiers.txt"):
        return None  # "Acme's new boss": another holder than the one the corpus knows by the role (round thirty-one)
    oid = corpus.mention_entity.get((doc, org_mention))
    if oid is None:
        return None
    cands: set[str] = set()
    for r in roles:
        cands |= index.get((names.role_group(r) or r, oid), set())
    if len(cands) > 1:
        here = {corpus.mention_entity.get((doc, i)) for i in range(len(corpus.by_id[doc].mentions))}
        cands = cands & here or cands
    return sorted(cands)[0] if len(cands) == 1 else None


def _organisation(corpus: Corpus, doc: str, mention: int) -> tuple[str, float] | None:
    """The entity of a spokesperson's organisation the document typed as a nationality or a
    place ("a Transocean spokesman"), when the corpus types that entity an organisation."""
    eid = corpus.mention_entity.get((doc, mention))
    if eid is None:
        return None
    if "entity_type" not in corpus.memo:
        corpus.memo["entity_type"] = {e.id: e.type for e in corpus.story.entities}
    return (eid, 0.85) if corpus.memo["entity_type"].get(eid) == "ORG" else None


def _named(corpus: Corpus, doc: str, words: str) -> tuple[str, float] | None:
    """The entity of a speaker named by words no mention of its document holds ("Nicola
    Sturgeon, the Scottish health secretary, said", untagged throughout its document): the one
    person or organisation of the corpus with exactly that name or alias (an organisation's
    also by its key name, "Transocean" for "Transocean Ltd"), not an ambiguous one; a one-word person's name only when that person is named in the same document (a bare
    surname is shared by many: "Brown" is not Gordon Brown everywhere) and no other first name
    stands before the word in it ("Mitch Landrieu" beside the entity "Mary L. Landrieu")."""
    if "speaker_names" not in corpus.memo:
        index: dict[str, set[str]] = defaultdict(set)
        for e in corpus.story.entities:
            if e.type in _NAMED_TYPES and not e.ambiguous:
                for n in {e.name, *e.aliases}:
                    index[n].add(e.id)
                    if e.type == "ORG":  # "Transocean" is "Transocean Ltd": an organisation's key name
                        index["\0org:" + names.org_key(n)].add(e.id)
        corpus.memo["speaker_names"] = index
        corpus.memo["speaker_entity"] = {e.id: e for e in corpus.story.entities}
    index = corpus.memo["speaker_names"]
    ids = index.get(words.strip()) or index.get("\0org:" + names.org_key(words), set())
    if len(ids) != 1:
        return None
    e = corpus.memo["speaker_entity"][next(iter(ids))]
    if e.type == "PERSON" and " " not in words.strip():
        if not any(m.doc == doc for m in e.mentions):
            return None
        # two bearers of the surname in the document ("Mitch Landrieu" beside "Mary Landrieu"):
        # the bare "Landrieu said" is neither's for sure (issue 18, round twenty-six, 26s)
        own = {w.lower() for n in (e.name, *e.aliases) for w in n.split()[:-1]}
        if speakers.other_bearer(corpus.by_id[doc].document.text, words.strip(), own):
            return None
    return e.id, 0.8


_NAMED_TYPES = ("PERSON", "ORG")

# what stands for the words left out between a statement's pieces (an interposed "X said",
# a quotation's tag): the reader sees that something was left out, never the tag as the speaker's
_ELIDED = " … "


def shown_pieces(text: str, pieces) -> tuple[list[tuple[int, int]], str | None]:
    """A quote's pieces as the story shows them (issue 18, round twenty-two, 18p): the pieces
    and their words joined by an ellipsis, when some word (a letter or digit) lies between two
    of them ("Her roof, she says, fell in": "Her roof … fell in"); ([], None) when the statement
    is one run or its pieces are only a quotation's paragraphs (nothing but marks and breaks
    between: the whole span is its words)."""
    spans = [(int(x), int(y)) for x, y in pieces or [] if y > x]
    if len(spans) < 2 or not any(any(ch.isalnum() for ch in text[spans[k][1] : spans[k + 1][0]])
                                 for k in range(len(spans) - 1)):
        return [], None
    words = []
    for k, (x, y) in enumerate(spans):
        words.append(text[x:y].strip())
        if k + 1 < len(spans):
            gap = text[y : spans[k + 1][0]]
            words.append(_ELIDED if any(ch.isalnum() for ch in gap) else " ")
    return spans, "".join(words)


def collect(corpus: Corpus) -> list[schema.Quote]:
    index = _role_index(corpus)
    out: list[schema.Quote] = []
    used: set[str] = set()
    for a in corpus.analyses:
        doc = a.document.id
        text = a.document.text
        for q in a.quotes:
            speaker = speaker_text = speaker_span = None
            conf, evidence = q.speaker_confidence, q.speaker_evidence
            if q.speaker_mention is not None and 0 <= q.speaker_mention < len(a.mentions):
                m = a.mentions[q.speaker_mention]
                speaker = corpus.mention_entity.get((doc, q.speaker_mention))
                speaker_text = m.text
                speaker_span = schema.Span(doc=doc, start=m.start, end=m.end)
            elif q.speaker_start is not None and q.speaker_end is not None:
                speaker_text = q.speaker_text
                speaker_span = schema.Span(doc=doc, start=q.speaker_start, end=q.speaker_end)
                if q.antecedent_mention is not None:
                    speaker = corpus.mention_entity.get((doc, q.antecedent_mention))
                if speaker is None and q.speaker_via == "spokesperson" and q.org_mention is not None:
                    org = _organisation(corpus, doc, q.org_mention)
                    if org is not None:
                        speaker, conf = org
                        evidence = (f"'{q.speaker_text}': spokesperson of {q.org}, an organisation in the corpus "
                                    "(typed otherwise in this document): the words are its official position")
                if speaker is None and q.speaker_via == "name" and q.speaker_text:
                    named = _named(corpus, doc, q.speaker_text)
                    if named is not None:
                        speaker, conf = named
                        evidence = (f"'{q.speaker_text}': a name its document never tags, the one "
                                    "person or organisation of the corpus with exactly this name")
                if speaker is None or q.roles:
                    by_role = _by_role(corpus, index, doc, q)
                    if by_role is not None:
                        speaker = by_role
                        conf = max(conf or 0.0, 0.8)
                        evidence = f"'{q.speaker_text}': the one person the corpus describes with this role at this organisation"
            if speaker is not None and (conf is None or conf < speakers.threshold()):
                speaker = None  # open: speaker_text keeps the words
            if conf is None:
                conf = 0.0 if speaker is None else 0.5
                evidence = evidence or "no rule gave a confidence"
            cue_span = None
            if q.cue_start is not None and q.cue_end is not None:
                cue_span = schema.Span(doc=doc, start=q.cue_start, end=q.cue_end)
            assert text[q.start : q.end] == q.text
            qid = f"q-{doc}-{q.start}"
            if qid in used:  # two items from one offset (a quote and a longer report)
                qid = f"q-{doc}-{q.start}-{q.end}"
            used.add(qid)
            pieces, said = shown_pieces(text, q.pieces)
            out.append(
                schema.Quote(
                    id=qid,
                    text=q.text,
                    kind="direct" if q.kind == "direct" else "indirect",
                    speaker=speaker,
                    speaker_text=speaker_text,
                    speaker_span=speaker_span,
                    speaker_confidence=round(conf, 3),
                    speaker_evidence=evidence,
                    cue=q.cue,
                    cue_span=cue_span,
                    span=schema.Span(doc=doc, start=q.start, end=q.end),
                    pieces=[schema.Span(doc=doc, start=x, end=y) for x, y in pieces],
                    said=said,
                )
            )
    return out

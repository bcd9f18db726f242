"""A caption clause that ends on a name, run into the next paragraph (round eighteen, 16p).

A BBC picture caption is often a present clause that ends on the place or person it
shows ("Relief crews are sleeping in tents outside Port Ellery", "Acme volunteers have
reached Marotia"); saved as text it runs into the paragraph below with no stop
("... outside Port Ellery The first flights landed ..."). The lost-boundary splitter
(round fifteen, 16r) never reads a seam after a capitalised word, since a name or a
title goes on there as often as a sentence opens ("hip-hop trio The Fugees",
"celebrated Mass at ..."), and 16k's caption-clause seam reads only a seam after a
lower-case word. This module reads the one seam after a name where the piece before is
itself the evidence: it opens a line below the text's first kept one and is a caption
clause by 16k's test (`noise._present_caption_clause`: one finite clause in the
present, a noun subject, no modal, no verb of saying, 6-15 words, no figure, bracket,
colon or quote mark), it does not end on a date (a month or weekday) and holds no
negation and no scheduled future ("are to reach the valley"). The word after the seam is either
(A) a listed sentence opener (sentence_openers.txt: "The", "A", "She", "As", ...)
followed by a lower-case word, or (B) "The" followed by a capitalised word, after a
lower-case word or a name, where the next sentence's parse gives a subject that starts at
"The" ("... from a relief lorry The Acme Fund has announced ...") and is no bare reporting
clause ("<content> The Herald reported on Tuesday" is one sentence with its comma lost).
A sentence of six words or more follows. The piece is then split off, and 16k's
caption-clause rule (which reads every split-off piece) cuts it.

Measured over all 2,148 Timeline17 dev texts: 12 pieces cut, all read: 9 picture
captions, a crosshead, a headline teaser, a contributor's role line; no article sentence
(the date, negation and scheduled-future guards each came from one article-like firing).

The negation and scheduled-future guards are this seam's alone: 16k's caption-clause test
(`noise._present_caption_clause`), which reads every split-off piece and 16k's own seam,
takes a clause with either shape. Moving them into it would change what it cuts: over
the 2,148 dev texts, 5 of its removals (5 texts) would be kept, 4 with a negation (a site's
"<outlet> is not responsible for <external content>" line, three times; "<people> ... are not
<doing X> generally") and one scheduled future ("<protests> are yet to occur"); none gained
(counted in round eighteen, mend18C).

No library marks captions in plain text; the tagger and parser noise.py already loads
read the clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .noise import ClauseSeam

WordTest = Callable[[str, str, str, str], bool]


def name_end_cut(seams: Callable[[WordTest], Iterator[ClauseSeam]], parse: Callable, *,
                 openers: Callable[[], frozenset[str]], saying: Callable[[], frozenset[str]],
                 lower_word: re.Pattern, calendar: re.Pattern, balanced: Callable[[str], bool]) -> int | None:
    """Where the caption clause opening a unit ends on a name and the next sentence opens
    (an offset into the unit's text); None when there is no such seam (see the module's doc).
    Its caller (noise, which calls this module) gives what it reads with: ``seams`` its
    caption-clause seams (noise._clause_seams: a line below the first kept one, word 6-15, a
    sentence of six words or more after, a caption clause before) given this module's word
    test; ``parse`` its English pipeline (text -> Doc); ``openers`` and ``saying`` its
    sentence openers and verbs of saying; ``lower_word`` a word opening in lower case;
    ``calendar`` a month or weekday name; ``balanced`` whether a piece closes its brackets
    and quotes."""

    def word_ok(p: str, w: str, nxt: str, left: str) -> bool:
        # shape B: "The" before a name opens the next sentence's subject ("... from a relief
        # lorry The Acme Fund has announced ..."), after a lower-case word or a name; the
        # next sentence's parse must say so (its subject starts at "The")
        if not _named_subject(p, w, nxt):
            if not p[:1].isupper() or not lower_word.match(nxt):
                return False  # shape A: only after a capitalised word (a name), before a lower-case word
            if w not in openers():
                # only a listed opener: a capitalised common word after a name goes on with the
                # name ("the White House", "the Gulf Coast", "the North Sea": 22 of the 24 such
                # firings over the dev texts when it was allowed); nor "I" (see 16k)
                return False
        # a date ends the article's own statement of timing ("The new channel is due to
        # open in early June"), a caption the place or person it shows
        return balanced(left) and not calendar.match(p)

    for seam in seams(word_ok):
        parsed = parse(seam.left)
        if any(t.dep_ == "neg" for t in parsed) or _scheduled(parsed):
            # a caption shows what is there; a negation ("is not due ...") or a scheduled
            # future ("Fresh supplies are to reach the valley shortly") is the article's statement
            # (16p's guards alone: see the module's doc)
            continue
        if _named_subject(seam.prev, seam.word, seam.next) and not _subject_opens(parse(seam.right), saying()):
            # "The Road to ..." as a title inside the clause, not a sentence's subject; or
            # "<content> The Herald reported on Tuesday": a reporting clause after its content
            continue
        return seam.at
    return None


def _named_subject(p: str, w: str, nxt: str) -> bool:
    """Shape B's words: "The" before a capitalised word, after a lower-case word or a name."""
    return w == "The" and nxt[:1].isupper() and p.strip("\"“‘(")[:1].isalpha()


def _subject_opens(doc, saying: frozenset[str]) -> bool:
    """The parsed sentence's root has a subject whose phrase starts at its first word, and
    is no verb of saying without its own content (what it reports would be the piece before)."""
    root = next(iter(doc.sents)).root
    if root.lemma_.lower() in saying and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in root.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == 0 for c in root.children)


def _scheduled(doc) -> bool:
    """The clause is "be (due) to <verb>": a scheduled future, a modal in all but name."""
    root = next(iter(doc.sents)).root
    if root.lemma_ != "be":
        return False
    return any(c.dep_ in ("xcomp", "acomp") and any(g.tag_ == "TO" for g in c.subtree) for c in root.children)

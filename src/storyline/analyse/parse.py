"""Sentences and MinHash signatures of a cleaned document."""

from __future__ import annotations

import re

from datasketch import MinHash

from ..schema import Heading
from ..types import Sentence

NUM_PERM = 64
SCHEME = "affine32"
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = 5) -> set[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def minhash(text: str) -> list[int]:
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    for s in sorted(shingles(text)):
        m.update(s.encode("utf-8"))
    return [int(x) for x in m.hashvalues]


def doc_text(sdoc) -> str:
    """The parsed document's text, built once: spaCy's ``Doc.text`` joins every token
    on each call, so calling it in a loop makes an analyser quadratic in length."""
    store = getattr(sdoc, "user_data", None)  # a stand-in with only ``text`` (tests) has none
    if store is None:
        return sdoc.text
    text = store.get("storyline_text")
    if text is None:
        text = store["storyline_text"] = sdoc.text
    return text


def sentences(sdoc, headings: list[Heading]) -> list[Sentence]:
    """spaCy's sentences, split again at paragraph breaks and at headings.

    A heading is its own unit marked ``heading=True`` so analysers treat it as a
    label, not a sentence.
    """
    text = sdoc.text
    heads = {(h.start, h.end) for h in headings}
    out: list[Sentence] = []
    for sent in sdoc.sents:
        start, end = sent.start_char, sent.end_char
        # split on blank lines / newlines spaCy glued together
        pos = start
        for piece in re.split(r"(\n+)", text[start:end]):
            if piece and not piece.startswith("\n"):
                s = pos + (len(piece) - len(piece.lstrip()))
                e = pos + len(piece.rstrip())
                if e > s:
                    out.append(Sentence(start=s, end=e, heading=(s, e) in heads))
            pos += len(piece)
    for h in headings:
        for s in out:
            if s.start >= h.start and s.end <= h.end:
                s.heading = True
    return out

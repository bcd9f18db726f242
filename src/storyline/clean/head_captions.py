"""A caption clause at the very head of a text, run into the lead (round twenty-two, 16k).

A BBC page often sets a picture above its lead, and the picture's caption is a present
clause about what it shows ("Relief crews have reached Port Ellery", "Some families have
already arrived in Marotia"); saved as text, with the headline gone, the caption runs into
the lead with no stop ("... reached Port Ellery With hundreds still missing, ..."). The
caption-clause seams in the middle of a text (16k's ``noise._caption_clause_cut``, 16p's
``name_end_captions``: a piece that passes ``noise._present_caption_clause`` -- one finite
clause in the present, a noun subject, no modal, no verb of saying, 6-15 words, no figure,
bracket, colon or quote mark -- then a seam word the rule reads and a sentence of six words
or more) were kept away from the text's first kept line, which the opening rules read (a
headline run into the lead: ``noise._split_glued_opening``, ``runin``). Those rules take a
span that is a headline (no finite clause of its own, or in title case); a caption clause
at the head is a whole clause and passes them by. Here the same seams are read on the first
kept line too, with the same tests; nothing else is loosened. The piece is cut as a caption
with its own reason.

News leads tell what happened in the past or give a reported view ("... have been rescued
after ...", "<officials> say ..."), and a lead ends in a stop before its next sentence; a
present clause with no stop, glued to a full sentence, is the picture's caption (the tests
and their counts: noise's round seventeen note on ``_present_caption_clause``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from .. import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from .noise import Unit

REASON = "caption: a present-tense caption clause at the text's head run into the lead"

# round twenty-five (25b): the seam the parse finds before the lead's subject (runin.runin_seam,
# a span of 3-14 words with no punctuation, then a capitalised word opening a full clause:
# "... after the spill Acme's new chief has told staff ...", "... miles of coastline Acme has
# begun ...") is cut only when the span is in title case or restated by the lead; otherwise it
# is split off and kept as a heading. When that span is itself a caption clause (the same test
# as above: one present clause, a noun subject, 6-15 words, no modal, figure, quote mark or verb
# of saying), the seam is a caption's, not a headline's, and it is cut as a caption: BBC pages
# set a picture over the lead and its present caption runs into the lead's name or acronym,
# which the seam words of the caption-clause rules (a lower-case word, then a capitalised
# common or number word) do not read.
RUNIN_REASON = "caption: a present-tense caption clause at the text's head run into the lead before its subject"


def runin_caption(head: str, verb: str, present_caption_clause: Callable[[str], bool], saying: Collection[str],
                  bound: bool = False) -> bool:
    """Is the span ``head`` that runin.runin_seam split off the text's first line a caption
    clause (``present_caption_clause``: noise's 16k test)? Then it is cut as a caption. Not
    when the lead's verb (``verb``, a lemma) is one of ``saying``: "<clause> Acme officials
    said on Monday" is a reported clause before its source, its comma lost; nor when the
    whole parse hangs the lead's verb on the span (``bound``: runin.Seam.bound, a reduced
    relative "... to recoup money | Acme taxpayers are expected to lose")."""
    return not bound and verb not in saying and present_caption_clause(head.strip())


# round twenty-six (26b): a BBC page's head saved as one line is "<headline> <caption> <lead>";
# the case rules (noise._split_glued_opening) cut the headline off it and leave "<caption>
# <lead>", whose seam is before the lead's name or acronym ("... along the bay Acme has
# begun ..."), and the run-in seam (runin.runin_seam) was not read once a headline was cut.
# Now it is read on that line's rest, and only to cut a caption: a span the seam splits off
# that is one whole clause with a noun subject, in the present or the past (noise's 16k test
# with the past let in: "Crews laid booms along the coast", "The rig was towed away"), not
# bound into the lead (Seam.bound), the lead's verb no bare verb of saying, no picture credit
# below. Any other span (a phrase, a title, a clause with a comma or a bracket) stays in the lead.
SECOND_SEAM_REASON = "caption: a caption clause between the headline cut off its line and the lead, run into the lead before its subject"


def second_seam_caption(head: str, verb: str, clause: Callable[[str], bool], saying: Collection[str], bound: bool) -> bool:
    """Is the span ``head`` split off the line's rest after a cut headline a caption clause
    (``clause``: noise's 16k test, present or past) to cut? As runin_caption, and not when the
    span ends on a noun that takes a bare clause (data/clause_nouns.txt: "Footage has surfaced
    of the moment | Marotia's oldest bridge gave way ...": the lead is that clause, one sentence)."""
    last = head.split()[-1].strip("\"'’”").lower() if head.split() else ""
    return last not in lexicon.words("clean/clause_nouns.txt") and runin_caption(head, verb, clause, saying, bound)


def after_cut_headline(first: Unit, above: list[Unit]) -> bool:
    """The unit right above ``first`` is a headline cut off ``first``'s own line (as a headline,
    or as a caption restated by the lead; not a standfirst cut between them), and nothing
    above ``first`` is kept (the text's head: "<headline> <caption> <lead>" on one line)."""
    return bool(above) and above[-1].kind in ("headline", "caption") and not above[-1].standfirst and (
        above[-1].para == first.para) and all(u.kind is not None for u in above)


def opens_text(text: str, u: Unit, units: list[Unit]) -> bool:
    """``u`` opens its line and is the text's first kept line (nothing kept before it)."""
    line_start = text.rfind("\n", 0, u.start) + 1
    return not text[line_start:u.start].strip(" \t") and not any(v.kind is None and v.end <= u.start for v in units)

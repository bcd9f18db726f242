"""An outlet's support footer at a text's foot (round fifty, c037 K1, K3, K4, K5).

Pages that report a suicide, abuse or an illness print a standard footer under the story:
"If you or someone you know is struggling, please call the <helpline> at <number>.",
"Editor's Note: If you ... please call <charity> on <number>.", "Find out how you can help
... by reaching out to <charity>". It is the outlet's notice to its reader, the same under
every such story, not the article's prose. The lexicon (data/helpline_footers.tsv) gives
the three parts a footer carries: an opener addressed to the reader ("If you ..."), an act
("call", "visit", "reaching out to") and a service (a helpline, a support charity, or a
telephone number). Only the text's last kept lines are read (``_LAST_LINES``, each a footer
up from the end: a footer run ends the text); the same sentence mid-text ("If you are
worried, call the council's helpline, officials said.") is the article's and stays, and a
closing line that reports on a helpline without addressing the reader ("The Samaritans said
calls rose.") has no opener and stays. Regexes of our own: no maintained library reads a
page's support footers.

noise.py calls ``mark`` (``clean_text``); it only reads and marks its units.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from .noise import Unit

REASON = "promo: the outlet's support footer (call or visit a helpline or charity) at the text's foot"
_LAST_LINES = 2
_MAX_WORDS = 80
# an editor's label before the appeal ("Editor's Note:", "NOTE:")
_LABEL = re.compile(r"^(?:editor['’]?s['’]?\s+note|note)\s*[:\-–—]\s*", re.IGNORECASE)


def _parts() -> dict[str, tuple[re.Pattern, ...]]:
    return lexicon.kind_patterns("clean/helpline_footers.tsv")


def is_footer(line: str) -> bool:
    """Does ``line`` read as a support footer: an opener to the reader, an act, a service?"""
    s = _LABEL.sub("", line.strip(), count=1)
    parts = _parts()
    return (len(s.split()) <= _MAX_WORDS and any(rx.match(s) for rx in parts["opener"])
            and any(rx.search(s) for rx in parts["act"]) and any(rx.search(s) for rx in parts["service"]))


def mark(units: list[Unit], mark_unit: Callable[..., Any]) -> None:
    live = [u for u in units if u.kind is None and u.words]
    for u in reversed(live[-_LAST_LINES:]):
        if not is_footer(u.text):
            return  # the article's own last line: what stands above it is the article's too
        mark_unit(u, "promo", REASON)

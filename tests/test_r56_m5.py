"""Round fifty-six, mender m5: cleaning noise kept (issue 16) and one brief line (issue 23), from
the seed-171 audit: FNC-1 c089 K1 (a pointer in brackets to the site's own guide closing a
paragraph), haiti_bbc K1 (a programme page's clip teasers in more shapes), haiti_bbc K5 (a
byline line in capitals, a name and an organisation) and haiti_bbc B7 (the brief's quotation
whose speaker the line never names).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from storyline.clean import clean_record
from storyline.types import Record

_HEAD = "Port news\n\nThe harbour board met on Monday to talk about the new cranes and what they would cost.\n\n"
_TAIL = "\n\nThe board said the cranes would arrive in the spring after the tender closed in March.\n"


def _clean(text: str):
    return clean_record(Record(source="x.txt", text=text))


def _removed(doc, start: str) -> list[str]:
    return [r.text for r in doc.removed if r.reason.startswith(start)]


# --- c089 K1: a pointer in brackets to the site's own piece closing a line ------------------------

def test_a_bracketed_pointer_to_our_guide_closing_a_line_goes():
    doc = _clean(_HEAD + "Two tools help us check photos online. (For more tips, check out our guide to "
                 "spotting fakes.)" + _TAIL)
    assert "check out our guide" not in doc.text
    assert "Two tools help us check photos online." in doc.text
    assert _removed(doc, "promo: a pointer in brackets")


def test_twin_a_bracketed_aside_with_no_imperative_stays():
    line = "Two tools help us check photos online. (The rangers check our harbour walls every week.)"
    doc = _clean(_HEAD + line + _TAIL)
    assert line in doc.text

"""Round fifty-six, mender m2: quote spans cut short or run on (issue 18), from the seed-171
audits: c089 Q10 (a relative "they said ..." on the object of an infinitive content), c093 Q8
(a comparative correlative, "the older the ..., the less ..."), c093 Q12 ("and they needed ..."
taking up a noun of the content), bpoil_reuters Q3 (the body's own spokesman's doing told by the
writer), Q8 (a time counted from an event after a closed quotation), Q13 (a refusal inside a
relative clause on the content's subject), c098 Q5 (", this report says," another's tag set off
by commas) and c098 Q10 (a straight pair of marks nested in a curly quotation).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed

LEAD = "Markets slid on Tuesday as investors weighed the merger talks between the two firms.\n\n"


def _quotes(body: str):
    a = analysed(LEAD + body + "\n")
    return a, [(q.text, q.cue) for q in a.quotes]


def _cued(body: str, cue: str) -> list[str]:
    return [t for t, c in _quotes(body)[1] if c == cue]


# --- c098 Q10: a straight pair nested in a curly quotation (find_direct) ---------------------------

def test_straight_pair_inside_a_curly_quotation_does_not_close_it():
    from storyline.analyse.quotes import find_direct

    text = ('The paper further noted:\n\n\u201cJohn Smith joined Mary Jones to play a "floods on the loose" '
            "war game to see how they would cope. The leaders grumbled.\u201d\n")
    ds = find_direct(text)
    assert [text[d.start : d.end] for d in ds][0].endswith("The leaders grumbled."), \
        [text[d.start : d.end] for d in ds]


def test_twin_curly_quotation_closed_by_a_straight_mark_still_closes():
    from storyline.analyse.quotes import find_direct

    text = '\u201cWe will win," he said. "We go now.\u201d\n'
    got = [text[d.start : d.end] for d in find_direct(text)]
    assert got[0] == "We will win,", got

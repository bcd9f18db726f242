"""Round forty-eight, mender m2: in-sample cleaning mends of the seed-163 audit (FNC-1 claims
c011, c016, c028, c029, c030, c033). Each rule has a test that fails on the base code and a
must-not-fire twin. Texts written for the test (none is an article's)."""

from __future__ import annotations

from storyline.clean import clean_record
from storyline.types import Record


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


def _cut(d, reason: str) -> list[str]:
    return [r.text for r in d.removed if r.reason.startswith(reason)]


# --- c030 K4: a body sentence restating a title line that has no full stop ---------------

STANDFIRST = "The harbour board was said to have quietly approved a new budget for the ferry pier in a late session"
LEAD = "Mayor Jane Holt, who has led the town for ten years, has been criticised over the plan, according to reports."
AFTER = "The vote is thought to have taken place last Tuesday after most members had left."
CLOSE = "A spokesman said the board would publish the minutes next week."


def test_a_body_sentence_restating_a_stopless_title_line_is_kept():
    d = _clean(f"{STANDFIRST}\n\n{LEAD}\n\n{STANDFIRST}.\n\n{AFTER}\n\n{CLOSE}\n")
    assert f"{STANDFIRST}." in d.text
    assert d.title == STANDFIRST
    assert not _cut(d, "headline: repeats the title")


def test_a_stopless_repeat_of_the_title_is_still_cut():
    # the twin: the body's copy has no stop either (a headline printed again): still a repeat
    d = _clean(f"{STANDFIRST}\n\n{LEAD}\n\n{STANDFIRST}\n\n{AFTER}\n\n{CLOSE}\n")
    assert _cut(d, "headline: repeats the title")
    assert d.text.count("quietly approved") == 0


def test_a_short_line_restating_the_title_with_a_stop_is_still_cut():
    # the twin: a copy of a few words (a headline set again with a stop) is no sentence of the body
    d = _clean(f"Harbour pier to close\n\n{LEAD}\n\nHarbour pier to close.\n\n{AFTER}\n\n{CLOSE}\n")
    assert _cut(d, "headline: repeats the title") == ["Harbour pier to close."]

"""Round forty-three (issue 20; the seed-158 audit of FNC-1 bodies, in-sample, claim 12 F6, F10,
F11): a buyer's possessive is no subject of its purchase's price, and a year on a past passive
the figure's clause is joined to is not the figure's period. Each with a twin. Texts written for
the test."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _figures(text: str):
    an = analyse_record(Record(source="t.txt", text=text))
    t, m = an.document.text, an.mentions
    out = {}
    for f in an.figures:
        sub = t[m[f.subject_mention].start:m[f.subject_mention].end] if f.subject_mention is not None else f.subject_text
        out[f.text] = (sub, f.period)
    return out


def test_a_buyers_possessive_is_not_the_subject_of_the_purchase_price():
    figs = _figures("Bramble's 25 million users probably would not command a sum that nears Globex Inc.'s $19 billion "
                    "purchase of Widgetly, which boasts more than 400 million users.")
    assert figs["$19 billion"][0] != "Globex Inc."


def test_an_owners_possessive_of_a_sum_still_gives_its_subject():
    # the twin: no noun of buying, the sum is the owner's
    figs = _figures("Acme Corp's $3 billion revenue rose sharply last year, the company said.")
    assert figs["$3 billion"][0] == "Acme Corp"


def test_a_year_on_a_past_passive_before_a_present_perfect_is_not_the_sums_period():
    figs = _figures("Bramble was founded in 2010 and has raised about $67 million, including a $25 million round "
                    "disclosed in January.")
    assert figs["about $67 million"][1] is None
    assert figs["$25 million"][1] is None


def test_a_year_that_dates_two_past_verbs_still_dates_the_sum():
    # the twin: both verbs past, the year is the time of both
    figs = _figures("Acme was founded in 2010 and raised $5 million that year.")
    assert figs["$5 million"][1] == "2010"

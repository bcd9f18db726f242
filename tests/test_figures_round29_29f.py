"""Round twenty-nine (29f): the figure's fields a reader sees, and false conflicts (issue 20).

The seed-101 audits' wrong fields as general classes: a day read as the claimant ("up from
Friday's figure of ..."), a rate per an area ("pounds per square inch") shown as a plain
weight, a shareholding read as sales, and an earlier estimate its own sentence says was
replaced set against a later one as a dispute. Each rule has a
must-fire test and a must-not-fire twin, on invented sentences.
"""

from __future__ import annotations

from test_conflicts_dated import corpus, numeric

from storyline.pipeline import analyse_record
from storyline.resolve import figures as r_figures
from storyline.types import Record


def _figures(text: str):
    return analyse_record(Record(source="t", text=text, date="2010-06-01")).figures


def _figure(text: str, figure: str):
    return next(f for f in _figures(text) if f.text == figure)


# ---------------------------------------------------------------- a day is never a claimant


def test_a_day_owning_the_figure_is_no_claimant():
    """"up from Friday's figure of $2.35bn": Friday is when (seed-101 bpoil_guardian F14)."""
    f = _figure("The total is up from Friday's figure of $4.1bn, and includes the cost of the cleanup.", "$4.1bn")
    assert f.claimant_text is None and f.claimant_mention is None
    f = _figure("Monday's estimate of 7,000 barrels a day was too low, engineers said.", "7,000")
    assert f.claimant_text != "Monday"


def test_twin_a_name_owning_the_figure_stays_its_claimant():
    f = _figure("The total is up from Acme's figure of $4.1bn, and includes the cost of the cleanup.", "$4.1bn")
    assert f.claimant_text == "Acme"


# ---------------------------------------------------------------- a rate per an area


def test_a_rate_per_an_area_keeps_its_area():
    """"close to 7,000 pounds per square inch" is a pressure (seed-101 bpoil_bbc F12)."""
    assert _figure("It is a pressure of close to 9,000 pounds per square inch.", "close to 9,000").unit == "pounds/square inch"
    assert _figure("Flats sell for $700 a square foot in the city.", "$700").unit == "USD/square foot"


def test_twin_an_area_not_after_a_rate_word_is_no_rate():
    assert _figure("Rents reached $700, the most in any square mile of the city.", "$700").unit == "USD"


# ---------------------------------------------------------------- a shareholding is no sales


def test_a_shareholding_sold_is_the_holdings_size():
    """"sell its 24.8% shareholding in Ocensa" is no sales (seed-101 bpoil_guardian F30)."""
    assert _figure("Acme announced plans to sell its 31.5% shareholding in Beta last August.", "31.5%").measure == "shareholding"
    assert _figure("Acme will sell its 12% holding in Beta.", "12%").measure == "holding"


def test_twin_sales_are_still_sales():
    assert _figure("Acme's sales rose 5% last year.", "5%").measure == "sales"
    assert _figure("Acme sold 300 stores last year.", "300").measure != "shareholding"


# ---------------------------------------------------------------- a replaced estimate is no dispute


REVISED = ("Ross Lee said experts now estimate that 19,000 barrels a day are spilling from the well, "
           "far more than the {word} estimate of 5,000 barrels a day.")


def test_an_estimate_its_sentence_says_was_replaced_is_no_conflict(nlp):
    """seed-101 bpoil_guardian C1: the coastguard's superseded 1,000 against a later 5,000."""
    c = corpus(nlp, [("a", REVISED.format(word="previous"), "2010-05-27"),
                     ("b", "Ann Kim said the well was leaking 19,000 barrels a day.", "2010-05-27")])
    old = next(f for f in c.story.figures if f.text == "5,000")
    assert r_figures.superseded(c, old)
    assert numeric(c) == []


def test_twin_a_new_estimate_is_still_weighed(nlp):
    c = corpus(nlp, [("a", REVISED.format(word="new"), "2010-05-27"),
                     ("b", "Ann Kim said the well was leaking 19,000 barrels a day.", "2010-05-27")])
    new = next(f for f in c.story.figures if f.text == "5,000")
    assert not r_figures.superseded(c, new)
    assert not any(r_figures.superseded(c, f) for f in c.story.figures)
    assert len(numeric(c)) == 1  # the experts' 5,000 against Ann Kim's 19,000, the same day

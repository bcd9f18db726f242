"""Round fifty-seven, mender m9: the seed-172 audit's quotes (the 181 web pages read through the
HTML path) left wrong after the round's first mends: Q90 (a "he" given to the speaker named
before, past a surname the parse read as an adverb: "Early says ..."), Q22 ("find it at the
hour that it goes live": a relative clause taken for what was found), Q28 ("my toddler revealed
that ...": the writer's own story), Q42 ("the deals promise to be even better": the writer's
forecast of a thing) and Q48 ("They never cite ... but feel that ...": a mind the writer
ascribes).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker
from pipeline_helpers import quotes_holding as _holding

LEAD = "Port news\n\nThe mayor met the crews on Monday.\n\n"



def _shown(a):
    return [(q.text, q.cue, q.kind, shown_speaker(a, q)) for q in a.quotes]


# --- Q90: a surname the parse read as an adverb (entities._subject_read_as_modifier) ------------------

RAIL = ("Rail deal\n\nThe rail firm and the city signed the deal on Monday. \"It is a fair deal,\" said Tom "
        "Early, the city's finance chief. \"We waited a long time for it.\"\n\n\"The trains will run,\" says "
        "Sam Wheeler, the firm's chief. \"We have the staff.\"\n\n\"The line opens in May,\" Wheeler says. "
        "\"We are on time and on budget so far.\"\n\n")


def test_a_he_after_early_says_is_early():
    a = analysed(RAIL + "While the deal is light on details, Early says there is a chance that more lines "
                 "could be built for the city. \"Our aim is to serve as many riders as we can,\" he says. "
                 "\"Everything else comes second.\"\n")
    q = _holding(a, "Our aim is to serve")
    assert q and shown_speaker(a, q[0]) in ("Early", "Tom Early"), _shown(a)


def test_twin_early_as_an_adverb_is_no_name():
    a = analysed(RAIL + "Early on, Wheeler says there is a chance that more lines could be built for the city.\n")
    q = _holding(a, "more lines could be built")
    assert q and shown_speaker(a, q[0]) in ("Wheeler", "Sam Wheeler"), _shown(a)
    assert not [m for m in a.mentions if m.text == "Early" and a.document.text[m.start:m.end + 3] == "Early on"]


# --- Q22: a relative "that" after a noun, the cue with its own object (quotes._relative_that_clause) ---

def test_a_relative_clause_after_find_it_is_no_quote():
    a = analysed(LEAD + "Think about it: you open a shop on a quiet street. Buyers find it at the very hour "
                 "that it opens its doors.\n")
    assert not _holding(a, "it opens its doors"), _shown(a)


def test_twin_found_that_stays():
    a = analysed(LEAD + "The inspectors found that the gates were shut during the storm last week.\n")
    assert _holding(a, "the gates were shut"), _shown(a)


# --- Q28: the writer's own as the cue's subject (quotes._writers_own) ---------------------------------

def test_my_daughter_revealed_is_no_quote():
    a = analysed(LEAD + "I kept the old lamp even after my daughter revealed that the spare key was hidden "
                 "under the kitchen mat.\n")
    assert not _holding(a, "the spare key was hidden"), _shown(a)


def test_twin_the_mayors_daughter_revealed_stays():
    a = analysed(LEAD + "I kept the old lamp even after the mayor's daughter revealed that the spare key was "
                 "hidden under the kitchen mat.\n")
    assert _holding(a, "the spare key was hidden"), _shown(a)


# --- Q42: a thing that promises to be (quotes._thing_promises) ----------------------------------------

def test_sales_that_promise_to_be_better_are_no_quote():
    a = analysed(LEAD + "Prices are high, and the holiday laptop sales promise to be even lower than they "
                 "were last spring.\n")
    assert not _holding(a, "even lower than they were"), _shown(a)


def test_twin_a_company_promising_to_be_open_stays():
    a = analysed(LEAD + "The company promised to be open about the costs of the new line.\n")
    assert _holding(a, "open about the costs"), _shown(a)


# --- Q48: a verb of mind set against what was never said (quotes._never_foreseen) ---------------------

def test_never_cite_but_feel_that_is_no_quote():
    a = analysed(LEAD + "The panel members never cite any broken rule but feel that the mayor is reckless, "
                 "given their own quarrels with his plans.\n")
    assert not _holding(a, "the mayor is reckless"), _shown(a)


def test_twin_never_cite_and_say_that_stays():
    a = analysed(LEAD + "The panel members never cite any broken rule and say that the mayor is reckless "
                 "with the budget.\n")
    assert _holding(a, "the mayor is reckless"), _shown(a)

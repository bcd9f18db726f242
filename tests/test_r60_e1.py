"""Round sixty, e1: figure subjects the parse settles (issue 20, item 5).

Seed 174's audit (H1N1_bbc, bpoil_washingtonpost, haiti_bbc) gave a subject to 9 of 36 figures (8
right, 1 wrong) and left 27 `missing`. The shapes read here name the subject in the figure's own
clause: a measure owned by a verb of having's subject (bpoil_washingtonpost F4: a poll's margin of
error), a count a participle of inclusion makes part of a whole (F1: "the response -- involving
about 13,000 workers"), a count of people attending (haiti_bbc F7), a share that is its clause's
subject under a verb of measure (haiti_bbc F12: "estimated that 75% of the capital will have to be
rebuilt"), money paid "into" a thing (F7) or reimbursed "for" one (F11); and one wrong subject
taken back: the voter of a change to "its" force (haiti_bbc F9).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import figure_and_subject

LEAD = "Port news\n\nThe mayor met the crews on Monday.\n\n"


def _subject(nlp, text: str, fig: str):
    return figure_and_subject(nlp, LEAD + text + "\n", fig)[1]


# --- bpoil_washingtonpost F4: "<X> has a <measure> of <figure>" --------------------------------

def test_a_measure_had_is_its_havers(nlp):
    assert _subject(nlp, "The survey has a margin of error of 3 points.", "3 points") == "The survey"


def test_a_vague_haver_passes_on_to_its_of_phrase(nlp):
    text = "The results of the survey have a margin of error of plus or minus three percentage points."
    assert _subject(nlp, text, "three percentage points") == "the survey"


def test_twin_a_pronoun_haver_stays_open(nlp):
    assert _subject(nlp, "It has a margin of error of 3 points.", "3 points") is None


# --- bpoil_washingtonpost F1: "<whole>, involving <count>" --------------------------------------

def test_a_count_a_response_involves_is_the_responses(nlp):
    text = "The city's response, involving 13,000 workers, was praised."
    assert _subject(nlp, text, "13,000") == "The city's response"


def test_twin_an_indefinite_whole_stays_open(nlp):
    assert _subject(nlp, "A response involving 13,000 workers was praised.", "13,000") is None


def test_twin_a_count_within_a_count_stays_open(nlp):
    assert _subject(nlp, "The 200 people, involving 40 children, were moved.", "40") is None


# --- haiti_bbc F7: a count of people attending ----------------------------------------------------

def test_a_count_attending_is_the_events(nlp):
    text = "More than 40 singers were expected to attend the charity concert on Friday."
    assert _subject(nlp, text, "More than 40") == "the charity concert"


def test_twin_a_count_not_attending_stays_open(nlp):
    text = "About 5,000 people did not attend the rally in the capital."
    assert _subject(nlp, text, "About 5,000") is None


def test_twin_an_indefinite_event_stays_open(nlp):
    assert _subject(nlp, "About 5,000 people attended a rally in the capital.", "About 5,000") is None


# --- haiti_bbc F12: a share that is its clause's subject under a verb of measure -----------------

def test_a_share_subject_under_an_estimate_is_of_its_whole(nlp):
    text = "The agency has estimated that 75% of the capital will have to be rebuilt."
    assert _subject(nlp, text, "75%") == "the capital"


def test_twin_a_producers_share_stays_open(nlp):
    assert _subject(nlp, "Petrobras produces 25% of the world's deep water oil.", "25%") is None


# --- bpoil_washingtonpost F7, F11: money paid into or reimbursed for a thing ----------------------

def test_money_paid_into_a_fund_is_the_funds(nlp):
    text = "Under the deal, the company will pay $5 billion into the trust fund."
    assert _subject(nlp, text, "$5 billion") == "the trust fund"


def test_twin_money_paid_into_an_unnamed_fund_stays_open(nlp):
    text = "Under the deal, the company will pay $5 billion into a fund."
    assert _subject(nlp, text, "$5 billion") is None


def test_money_reimbursed_for_costs_is_the_costs(nlp):
    text = "The firm has reimbursed the state $518 million for the clean-up costs."
    assert _subject(nlp, text, "$518 million") == "the clean-up costs"


def test_twin_money_reimbursed_for_nothing_named_has_no_payer_subject(nlp):
    assert _subject(nlp, "The firm has reimbursed the state $518 million.", "$518 million") is None


# --- haiti_bbc F9: the voter of a change to "its" force -----------------------------------------

def test_a_voter_owns_no_change_it_voted(nlp):
    text = "Meanwhile, the UN Security Council voted to temporarily boost its peacekeeping forces by 3,500 personnel."
    assert _subject(nlp, text, "3,500") is None


def test_twin_a_named_force_boosted_after_a_vote_is_the_forces(nlp):
    text = "The UN Security Council voted to boost the peacekeeping forces by 3,500 personnel."
    assert _subject(nlp, text, "3,500") == "the peacekeeping forces"

"""Round fifty-three, mender m2: in-sample mends of the seed-168 audit's quote contents that are
no statement (issue #18) and one figure claimant (issue #20): FNC-1 c061 Q5, c064 Q6, c061 Q9,
c061 Q12, c065 Q1, Q10, Q4, c066 Q15 and F3.

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

import pytest
from pipeline_helpers import MARKETS_LEAD as _LEAD
from pipeline_helpers import figures_of, quoted_analysis
from pipeline_helpers import led_quote_texts as _texts

from storyline.analyse import nlp as a_nlp


@pytest.fixture(scope="module")
def nlp():
    return a_nlp.load()


# --- c061 Q5, c064 Q6: a scare-quoted label for a person or a source is no statement ------------------

def test_a_quoted_source_label_as_an_object_is_no_quote():
    texts = _texts("A report from the Daily Ledger, however, cited \u201ctwo sources with direct knowledge\u201d as "
                   "saying Smith had told aides that he planned to quit.")
    assert "two sources with direct knowledge" not in texts


def test_a_quoted_person_label_after_a_preposition_is_no_quote():
    texts = _texts("An interview with a \u201cspokesman from the Forest Watch Group\u201d lent the report weight, "
                   "testifying that the reserve is being logged.")
    assert "spokesman from the Forest Watch Group" not in texts
    assert "that the reserve is being logged" in texts


def test_a_quoted_sentence_or_a_label_given_by_a_naming_verb_stays():
    texts = _texts("Smith said: \u201cThe official with the keys is the one to ask about it.\u201d")
    assert "The official with the keys is the one to ask about it." in texts
    texts = _texts("Smith called him a \u201clying official\u201d and left the room.")
    assert any("lying official" in t for t in texts)


# --- c061 Q9: a verb of belief with a small clause ---------------------------------------------------

def test_a_belief_with_a_small_clause_is_no_statement():
    texts = _texts("The story came from the Daily Planet, which considers itself satirical. Nothing there is true.")
    assert "itself satirical" not in texts


def test_a_belief_with_a_full_clause_stays():
    texts = _texts("The Daily Planet considers that its stories are satire.")
    assert "that its stories are satire" in texts


# --- c061 Q12: a cue whose relative's noun is under "no" ---------------------------------------------

def test_no_labels_that_reveal_is_no_statement():
    texts = _texts("Its stories look like news and there are no clear labels that reveal that the material "
                   "is invented.")
    assert "that the material is invented" not in texts


def test_labels_that_reveal_stays():
    texts = _texts("Its stories carry clear labels that reveal that the material is invented.")
    assert "that the material is invented" in texts


# --- c065 Q1, Q10: the gerund object of "propose" is a deed proposed ----------------------------------

def test_a_proposed_gerund_is_no_statement():
    texts = _texts("John Smith was revealed to have proposed setting up the fund in a meeting with the mayor in May.")
    assert not any(t.startswith("setting up the fund") for t in texts)
    texts = _texts("The Post said he proposed using city buses for the event, apparently to cut costs.")
    assert not any(t.startswith("using city buses") for t in texts)


def test_a_proposed_clause_and_a_denied_gerund_stay():
    texts = _texts("John Smith proposed that the city should build a new bridge.")
    assert "that the city should build a new bridge" in texts
    texts = _texts("John Smith denied taking the money.")
    assert "taking the money" in texts


# --- c065 Q4: a fronted "Asked if ..." is the reporter's question -------------------------------------

def test_a_fronted_asked_if_clause_is_no_content_of_the_reply():
    texts = _texts("But Mary Jones said such talks were normal. Asked if it would worry her if someone tried to "
                   "open a channel with the rebels, she replied: \"No\".")
    assert not any(t.startswith("Asked if") for t in texts)


def test_a_fronted_clause_of_saying_before_a_tag_stays():
    texts = _texts("The talks with the rebels would go on for weeks, she replied.")
    assert "The talks with the rebels would go on for weeks" in texts


# --- c066 Q15: "calls to mind" is an idiom of recalling ------------------------------------------------

def test_calls_to_mind_is_no_cue():
    a = quoted_analysis(_LEAD + "The smoke from the plant, which calls to mind the fires of London, hangs over "
                        "the town.\n")
    assert not any(q.cue == "calls" for q in a.quotes)


def test_called_to_say_stays_a_cue():
    texts = _texts("Roe called to say that the plant would close.")
    assert any("the plant would close" in t for t in texts)


# --- c066 F3: a figure framed as a myth is not its teller's claim --------------------------------------

def _claimant(nlp, text: str, fig: str, nth: int = 0):
    a, items = figures_of(nlp, text)
    hits = [f for f in items if f.text == fig]
    f = hits[nth]
    return a.mentions[f.claimant_mention].text if f.claimant_mention is not None else f.claimant_text


def test_a_figure_called_a_myth_has_no_claimant(nlp):
    text = ("Critics like to claim that 90 percent of doctors back the plan. The 90 percent myth stems from a few "
            "flawed polls, as the Daily Ledger explained here.")
    assert _claimant(nlp, text, "90 percent", 1) is None
    assert _claimant(nlp, "The Daily Ledger said the 90 percent figure is a myth.", "90 percent") is None


def test_a_figure_near_a_myth_keeps_its_claimant(nlp):
    text = "The Daily Ledger said 40 percent of voters believe the myth."
    assert _claimant(nlp, text, "40 percent") == "Daily Ledger"

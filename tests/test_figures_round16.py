"""Round sixteen (20s): a figure's subject is never a name that only modifies another noun,
nor the agent of a change made to a named object; on short invented texts, each rule with
its must-not-fire twin."""

from __future__ import annotations

import pytest
from test_figures_extract import analyse

from storyline.analyse import figures


def _figure(nlp, text, fig):
    sdoc, a = analyse(nlp, text)
    items = figures.extract(sdoc, a)
    hits = [f for f in items if f.text == fig]
    assert hits, [f.text for f in items]
    f = hits[0]
    named = a.mentions[f.subject_mention].text if f.subject_mention is not None else None
    return f, named


# --- a place that modifies a participle ("London-based") is no owner --------------------

@pytest.mark.parametrize("text,fig", [
    ("The Paris-based shipping group is selling ports to raise up to $4 billion.", "up to $4 billion"),
    ("The Texas-based refiner has been selling stakes to raise up to $2 billion.", "up to $2 billion"),
])
def test_a_place_before_based_is_no_subject(nlp, text, fig):
    f, named = _figure(nlp, text, fig)
    assert named not in ("Paris", "Texas")


def test_a_company_named_as_the_seller_still_owns_its_sale(nlp):
    # twin: the company named as the verb's subject keeps the figure
    f, named = _figure(nlp, "Acme Corp is selling ports to raise up to $4 billion.", "up to $4 billion")
    assert named is not None and named.startswith("Acme Corp")


# --- a place beside a possessor is where, not whose --------------------------------------

def test_a_place_beside_a_possessor_is_no_subject(nlp):
    f, named = _figure(nlp, "Its Paris shares ended up 3.1 percent.", "3.1 percent")
    assert named != "Paris"


def test_a_company_modifying_shares_owns_them(nlp):
    # twin: an organisation modifying the noun is whose shares they are
    f, named = _figure(nlp, "Acme Corp shares ended up 3.1 percent on Monday.", "3.1 percent")
    assert named is not None and named.startswith("Acme Corp")


# --- the title of a person's name is no owner --------------------------------------------

def test_a_place_in_a_judges_title_is_no_subject(nlp):
    text = "U.S. District Court Judge Jane Roe last week sold her shares in Acme Corp, worth $8,000 or less."
    f, named = _figure(nlp, text, "$8,000")
    assert named not in ("U.S.", "District Court")


def test_an_organisation_as_the_subject_of_a_sale_stays(nlp):
    # twin: no person's title in the way, the seller's holdings are the seller's
    f, named = _figure(nlp, "Acme Corp last week sold shares worth $8,000 or less.", "$8,000")
    assert named is not None and named.startswith("Acme Corp")


# --- a change made "by" the figure to a named object is the object's -------------------

def test_a_change_to_a_named_object_is_not_the_agents(nlp):
    text = "The Port Ellery council is increasing the Acme peace mission in Ruritania by 400 officers to 2,100."
    f, named = _figure(nlp, text, "400")
    assert named is None  # not the council, nor "Acme" (a modifier of the mission)
    assert "mission" in (f.subject_text or "")


def test_a_change_to_the_subjects_own_object_stays_the_subjects(nlp):
    # twin: "its workforce" is the subject's own, so the subject owns the change
    f, named = _figure(nlp, "Acme Corp cut its workforce by 4,000 jobs last year.", "4,000")
    assert named is not None and named.startswith("Acme Corp")


# --- a sale's price is not the seller's or the buyer's figure ---------------------------

@pytest.mark.parametrize("text,fig", [
    ("On Friday, Acme Corp said it would sell two mills to Roe Holdings for $80 million.", "$80 million"),
    ("Acme Corp agreed to buy Roe Holdings for $2 billion in cash.", "$2 billion"),
])
def test_a_sale_price_has_no_seller_as_subject(nlp, text, fig):
    f, named = _figure(nlp, text, fig)
    assert named is None or not named.startswith("Acme")


@pytest.mark.parametrize("text,fig", [
    ("Acme Corp sold 206 million phones last year.", "206 million"),
    ("Acme Corp sold assets worth $2 billion last year.", "$2 billion"),
])
def test_what_a_seller_sold_stays_the_sellers(nlp, text, fig):
    # twin: a count sold, or a worth not in a "for" phrase, keeps its seller
    f, named = _figure(nlp, text, fig)
    assert named is not None and named.startswith("Acme Corp")


def test_an_intransitive_sale_keeps_what_is_sold(nlp):
    # twin of the sale rule: "sells for" without an object, its subject is what is sold
    f, named = _figure(nlp, "Today a $500 home cover plan sells for only $2 a month in Port Ellery.", "$2")
    assert "plan" in (f.subject_text or "")

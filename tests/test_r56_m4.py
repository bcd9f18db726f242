"""Round fifty-six, mender m4: in-sample mends of the seed-171 audit's figures (issue 20): FNC-1
c098 F5 (a weight's conversion read as sterling), c091 F11 (a negated "below" read as an upper
bound), c091 F2, F4, F5, c101 F1, bpoil_reuters F12, c098 F6 (subjects that were not the figure's)
and haiti_bbc F2 (the givers as the measure).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

import pytest
from pipeline_helpers import figure_and_subject, figures_of

from storyline.analyse import nlp as a_nlp
from storyline.analyse import quantities


@pytest.fixture(scope="module")
def nlp():
    return a_nlp.load()


def _units(text: str) -> dict[str, str | None]:
    return {q.text: q.unit for q in quantities.parse(text)}


# --- c098 F5: pounds beside the same weight in kilograms, in brackets, are a weight ------------------

def test_pounds_in_brackets_after_kilograms_are_a_weight():
    units = _units("The two crates weighed 40 and 55 kg (88 and 121 pounds) each.")
    assert "121 pounds" not in units and units.get("121") is None, units


def test_pounds_before_a_bracketed_kilogram_weight_are_a_weight():
    units = _units("The parcel came to 12 pounds (5.4 kg) in all.")
    assert "12 pounds" not in units, units


def test_twin_pounds_beside_a_bracketed_dollar_sum_stay_sterling():
    assert _units("The club paid 40 pounds (about $60) for the kit.")["40 pounds"] == "GBP"
    assert _units("A sack of 5 kg sold for 12 pounds on the day.")["12 pounds"] == "GBP"


# --- c091 F11: a bound said of a negated verb bounds the other side ----------------------------------

def _fig(nlp, text: str, fig: str):
    _, items = figures_of(nlp, text)
    hits = [f for f in items if f.text == fig]
    assert hits, [f.text for f in items]
    return hits[0]


def test_wont_start_below_is_a_floor(nlp):
    f = _fig(nlp, "Dealers agree that the new boat won't start below $9,000 and could cost more than $20,000.",
             "below $9,000")
    assert (f.bound, f.low, f.high) == ("lower", 9000, None)


def test_will_not_exceed_is_a_ceiling(nlp):
    f = _fig(nlp, "The council said the repairs will not exceed $3 million in all.", "$3 million")
    assert (f.bound, f.low, f.high) == ("upper", None, 3000000)


def test_twin_coordinated_and_unnegated_bounds_keep_their_side(nlp):
    f = _fig(nlp, "Dealers agree that the new boat won't start below $9,000 and could cost more than $20,000.",
             "more than $20,000")
    assert (f.bound, f.low) == ("lower", 20000)
    f = _fig(nlp, "It is not clear whether the repairs will exceed $3 million.", "$3 million")
    assert (f.bound, f.low) == ("lower", 3000000)
    f = _fig(nlp, "The council said the repairs could cost no more than $3 million.", "no more than $3 million")
    assert (f.bound, f.high) == ("upper", 3000000)


# --- bpoil_reuters F12: a share modifying a holder noun is of the thing held -------------------------

def test_a_percent_owner_of_a_thing_is_a_stake_in_the_thing(nlp):
    f, subject = figure_and_subject(nlp, "Markets fell.\n\nRoe Drilling Corp, 30 percent owner of the Delta field, "
                                    "was down 2 percent on the day.", "30 percent")
    assert subject == "the Delta field" and f.measure == "stake", (subject, f.measure)


def test_twin_a_percent_owner_without_a_thing_names_no_subject_and_a_rise_keeps_its_own(nlp):
    f, subject = figure_and_subject(nlp, "Markets fell.\n\nThe 30 percent rise of Roe Drilling Corp "
                                    "surprised the owner of the Delta field.", "30 percent")
    assert subject != "the Delta field" and f.measure != "stake", (subject, f.measure)


# --- c098 F6: the bare "of" object of a unit of weight or yield is the stuff, not the subject ---------

def test_tons_of_tnt_gives_no_subject(nlp):
    _, subject = figure_and_subject(nlp, "Arms report\n\nThe old shell has a yield equal to 40 tons of TNT, "
                                    "the paper says.", "40")
    assert subject is None


def test_twin_tons_of_a_firms_steel_keep_the_firm(nlp):
    _, subject = figure_and_subject(nlp, "Port news\n\nThe ship carried 5,000 tons of Acme steel to the port.", "5,000")
    assert subject == "Acme"


# --- c101 F1: those counted in a comitative "with" are the subject's companions, not its count --------

def test_arrested_with_guests_gives_the_guests_no_subject(nlp):
    f, subject = figure_and_subject(nlp, "Raid\n\nThe 50-year old shop owner was arrested with his wife and some 40 "
                                    "customers who were inside.", "some 40")
    assert subject is None and f.subject_text is None, (subject, f.subject_text)


def test_twin_a_count_of_the_subjects_own_keeps_its_subject(nlp):
    f, subject = figure_and_subject(nlp, "Raid\n\nThe police arrested some 40 customers of the shop on Monday.",
                                    "some 40")
    assert subject == "the shop" or f.subject_text == "the shop", (subject, f.subject_text)


# --- haiti_bbc F2: who gives a sum is not its measure ------------------------------------------------

def test_the_givers_of_a_sum_are_not_its_measure(nlp):
    f = _fig(nlp, "Appeal\n\nCable subscribers in the region have contributed more than $2m to the flood appeal.",
             "more than $2m")
    assert f.measure is None or "subscribers" not in f.measure.lower(), f.measure


def test_twin_a_sum_noun_subject_still_measures_the_sum(nlp):
    f = _fig(nlp, "Appeal\n\nThe flood has cost the region more than $2m, officials said.", "more than $2m")
    assert f.measure == "cost", f.measure


# --- c091 F4, F5: no subject across a semicolon ------------------------------------------------------

def test_a_name_before_a_semicolon_is_across_it(nlp):
    # the parse that hung the article's name into the list item's phrase is not reproducible on a
    # short invented text; the rule is the helper the candidates pass through
    from storyline.analyse import figures
    doc = nlp("We expect Acme to show the bike soon; price points: $450, $650 and $850.")
    span = doc.char_span(doc.text.index("$650"), doc.text.index("$650") + 4, alignment_mode="expand")
    acme = next(t for t in doc if t.text == "Acme")
    assert figures._across_semicolon(acme, span)


def test_twin_a_name_in_the_figures_own_clause_stays_beside_a_semicolon(nlp):
    _, subject = figure_and_subject(nlp, "Markets slid.\n\nAcme Corp cut 400 jobs on Monday; a rival hired staff.", "400")
    assert subject == "Acme Corp", subject


# --- c091 F2: a product named after a company is not the company -------------------------------------

def test_a_company_and_its_product_line_are_not_one_name():
    from storyline.analyse import names
    assert not names.extends_org("acme", "acme watch")
    assert not names.extends_org("acme watch", "acme watch sport")
    assert names.product_line("acme", "acme watch sport")


def test_the_company_is_not_linked_to_its_product_in_a_document():
    from pipeline_helpers import analysed
    a = analysed("Watch prices\n\nThe Acme Watch will cost $550, analysts say. Acme said on Monday that it "
                 "would show the Acme Watch in March.\n")
    linked = [(m.text, a.mentions[m.context.ref].text) for m in a.mentions
              if m.context.ref is not None and m.label == "ORG"]
    assert ("Acme", "Acme Watch") not in linked, linked


def test_twin_a_company_and_its_full_name_stay_linked():
    from storyline.analyse import names
    assert names.extends_org("northrop", "northrop grumman")
    assert names.extends_org("acme", "acme motor")

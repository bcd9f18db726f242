"""Round forty-eight, mender m3's in-sample mends from the seed-163 audit (FNC-1 claims 29 and 33):
a site's name with a stop inside no sentence end (c033 B1), a demonstrative with a general noun
anywhere in the first clause out of the brief (c033 B5), a deal's value, a valuation, a team's size
and revenue brought in (c029 F1, F2, F4, F6, F9). Each rule with a twin where it must not fire;
the texts are written for the tests."""

from __future__ import annotations

import pytest
from pipeline_helpers import analysed, analysed_figure
from test_brief import analysis
from test_brief_reads_alone import told

from storyline.resolve import brief


def _sentences(text: str) -> list[str]:
    a = analysed(text)
    return [a.document.text[s.start : s.end] for s in a.sentences]


# --- c033 B1: "Money.UDN" is a name, not two sentences (analyse/parse._join_name_stops) ----------

@pytest.mark.parametrize("name", ["Money.UDN", "Wattan.TV", "Average.DJI"])
def test_a_stop_inside_a_sites_name_ends_no_sentence(name):
    text = f"A new rumour came out on Monday. According to {name}, the phone will have a dual-lens camera. It may ship in May."
    sents = _sentences(text)
    assert f"According to {name}, the phone will have a dual-lens camera." in sents


@pytest.mark.parametrize("text, first", [
    ("The game ended.Next, the team flew home to Port Ellery.", "The game ended."),
    ("The probe was badly stressed.NASA is looking into the fault.", "The probe was badly stressed."),
    ("The band played at the Beacon.CLEVELAND, Ohio - The band won an award.", None),
    ("Roe spoke to Balmaceda.In the old version of the legend, the wolf wins.", "Roe spoke to Balmaceda."),
])
def test_twin_run_together_sentences_stay_split(text, first):
    sents = _sentences(text)
    assert len(sents) >= 2
    if first is not None:
        assert sents[0] == first


def test_twin_an_abbreviation_run_into_a_word_was_never_split():
    assert _sentences("He served in the U.S.Army for ten years. It was hard.") == [
        "He served in the U.S.Army for ten years.", "It was hard."]


# --- c033 B5: "that feature" points back (resolve/data/brief_dependent.txt) --------------------

def _cat(sentence):
    dep = brief.dependent_opening(sentence)
    return dep[0] if dep else None


@pytest.mark.parametrize("sentence", [
    "The older phone did not get that feature.",
    "Winds thwarted that plan within hours.",
    "Analysts doubt these changes will help the port.",
    "The judge has not ruled on this request yet.",
    "Officials rejected those options before June.",
])
def test_a_demonstrative_with_a_general_noun_points_back(sentence):
    assert _cat(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "Groups that deal with burn victims are busy this week.",
    "Ships that move through the oily water are cleaned at the port.",
    "The reality is that change comes slowly in the harbour.",
    "Companies that plan to drill must file a safety case.",
    "Nobody expected this measure of success in the first year.",
    "Acme added a fingerprint reader to the phone, and this feature proved popular.",
    "Residents of Port Ellery were angry about this incident.",
])
def test_twin_a_relative_that_a_degree_or_the_storys_own_event_reads_alone(sentence):
    assert _cat(sentence) is None


def test_the_brief_never_picks_a_sentence_leaning_on_that_feature():
    a = analysis("aaaa", "Acme Phones added optical image stabilisation to its larger model in 2014.\n"
                 "The smaller model did not get that feature.\n"
                 "Acme Phones plans a dual-lens camera for its next phone, a report by Acme News said.",
                 published="2015-02-02")
    texts = [x.text for x in told(a, n=5)]
    assert not any("that feature" in t for t in texts)
    assert any("dual-lens" in t for t in texts)


# --- c029 F1, F4, F6: a deal's value and a valuation (analyse/figmeasure_value) -------------------

@pytest.mark.parametrize("text, fig", [
    ("Acme is in talks to buy Zeta Games in a deal estimated at more than $2 billion.", "more than $2 billion"),
    ("The deal is reported to be worth a whopping $2 billion.", "$2 billion"),
    ("Acme signed a deal worth $3 billion with Zeta Games on Monday.", "$3 billion"),
])
def test_a_sum_a_deal_is_worth_or_estimated_at_is_its_value(text, fig):
    _, f = analysed_figure(text, fig)
    assert f.measure == "value"


def test_a_sum_a_verb_values_its_object_at_is_a_valuation():
    _, f = analysed_figure("The deal would value Zeta Games at more than $2 billion.", "more than $2 billion")
    assert f.measure == "valuation"


@pytest.mark.parametrize("text, fig", [
    ("He bought a house worth $2 million in Port Ellery.", "$2 million"),
    ("A crowd estimated at 5,000 people gathered in the square.", "5,000"),
])
def test_twin_no_deal_value_for_another_noun_or_a_count(text, fig):
    a = analysed(text)
    hits = [f for f in a.figures if f.text == fig]
    assert all(f.measure != "value" for f in hits)


# --- c029 F9: a team's size and its possessor ------------------------------------------------------

def test_a_teams_of_count_is_its_size_and_its_possessor_whose():
    a, f = analysed_figure("Zeta Games has been seen as an unlikely target because its small team of about "
                           "40 people has stayed independent.", "about 40")
    assert f.measure == "team size"
    assert a.mentions[f.subject_mention].text == "Zeta Games"


def test_twin_a_team_that_wins_a_count_has_no_team_size():
    _, f = analysed_figure("The team won 40 games last season in Port Ellery.", "40")
    assert f.measure != "team size"


# --- c029 F2: revenue brought in (figsubject_results._phrasal) --------------------------------------

def test_revenue_brought_in_is_the_subjects():
    a, f = analysed_figure("In 2013, Zeta Games brought in a reported $326 million in revenue.", "$326 million")
    assert f.measure == "revenue"
    assert f.subject_mention is not None and a.mentions[f.subject_mention].text == "Zeta Games"


def test_twin_revenue_brought_to_another_is_not_the_subjects():
    a, f = analysed_figure("The festival brought $5 million in revenue to Port Ellery.", "$5 million")
    assert f.subject_mention is None or a.mentions[f.subject_mention].text != "The festival"


def test_revenue_a_place_brought_in_is_its_own():
    a, f = analysed_figure("In 2013, France brought in $326 million in revenue.", "$326 million")
    assert f.subject_mention is not None and a.mentions[f.subject_mention].text == "France"


def test_twin_a_place_reporting_revenue_is_still_no_subject():
    a, f = analysed_figure("In 2013, France reported $326 million in revenue.", "$326 million")
    assert f.subject_mention is None or a.mentions[f.subject_mention].text != "France"

"""Round forty-seven (figsubj47): subjects of figures (issue 20, item 5;
analyse/figsubject_distance.py, figures.py).

- a distance set right after another phrase (a noun, a comma, a bracket, a dash) tells where
  that phrase's thing lies: the clause subject another rule gave it ("a gunman", "the
  plane") is taken back, and a town named before the comma is read as before.

Each rule has a twin where it must not fire. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure as _figure
from pipeline_helpers import subject_words as _subject

from storyline.analyse import figsubject_distance

# ------------------------------------------------ a distance that is an aside on another phrase


def test_distance_after_a_town_in_a_fronted_phrase_is_the_towns_not_the_agents():
    a, f = _figure("In the town of Dorvik, 40 miles north of Halden, a gunman shot two guards.", "40")
    assert _subject(a, f) != "a gunman"
    assert _subject(a, f) in (None, "Dorvik")


def test_distance_right_after_a_noun_is_not_the_clause_subjects():
    a, f = _figure("The plane dropped 9,000 meals in a fenced area 5 miles east of Halden.", "5")
    assert _subject(a, f) is None


def test_distance_off_a_coast_after_a_comma_is_not_the_clause_subjects():
    a, f = _figure("Oil has been leaking for 12 days from the well, 50 miles off Norland, since a blast.", "50")
    assert _subject(a, f) is None


def test_distance_in_a_bracket_after_a_town_is_not_the_clause_subjects():
    a, f = _figure("The Roads Agency put a sign at an exit in Dorvik (about 45 miles east of Halden) on Friday.",
                   "about 45")
    assert _subject(a, f) != "Roads Agency"
    assert _subject(a, f) != "The Roads Agency"


def test_distance_in_a_bracket_after_a_town_is_the_towns():
    a, f = _figure("The Roads Agency put a sign at an exit in Leeds (about 45 miles east of York) on Friday.",
                   "about 45")
    assert _subject(a, f) == "Leeds"


def test_twin_a_bracket_with_no_distance_gives_the_town_nothing():
    # "45 miles of it" is a length, not how far Leeds is from a place: open
    a, f = _figure("The Roads Agency put a sign in Leeds (about 45 miles of it) on Friday.", "about 45")
    assert _subject(a, f) is None


def test_twin_distance_told_by_the_verb_be_keeps_its_subject():
    a, f = _figure("The air base is 1,700 kilometers from Halden.", "1,700")
    assert _subject(a, f) == "The air base"


def test_twin_distance_after_the_subject_phrase_itself_keeps_it():
    # the distance is an aside on the subject a rule gave it: that subject is not taken back
    text = "The old fort, 40 miles north of Halden, was attacked on Sunday."
    a, f = _figure(text, "40")
    f.subject_mention, f.subject_text, f.subject_start, f.subject_end = None, "The old fort", 0, 12
    assert not figsubject_distance._after_another_phrase(f, None, a.mentions, text)
    f.subject_text, f.subject_start, f.subject_end = "Sunday", 56, 62
    assert figsubject_distance._after_another_phrase(f, None, a.mentions, text)


def test_twin_distance_off_a_coast_after_the_verb_keeps_its_subject():
    a, f = _figure("The rig sank 50 miles off Norland.", "50")
    assert _subject(a, f) == "The rig"


def test_twin_distance_after_an_adverb_keeps_its_subject():
    a, f = _figure("The epicentre of the quake was just 10 miles from Halden.", "10")
    assert _subject(a, f) == "The epicentre of the quake"


# ------------------------------------------------ a verb of weight with a unit of weight


def test_a_thing_that_weighs_a_weight_is_that_weights_subject():
    a, f = _figure("The giant crab can weigh up to 40 pounds.", "up to 40")
    assert _subject(a, f) == "The giant crab"
    assert f.measure == "weight"


def test_weight_in_kilograms_is_a_weight_not_a_kilogram_weight():
    a, f = _figure("The new engine weighs 300 kilograms.", "300")
    assert _subject(a, f) == "The new engine"
    assert f.measure == "weight"


def test_twin_weighing_options_is_no_weight_and_gives_no_subject():
    # "weigh" as "consider": the count is of offers, not a weight of the board's
    a, f = _figure("The board will weigh 3 offers next week.", "3")
    assert _subject(a, f) is None
    assert f.measure != "weight"


def test_twin_a_pronoun_that_weighs_a_weight_stays_open():
    a, f = _figure("It weighs 40 pounds.", "40")
    assert _subject(a, f) is None


# ------------------------------------------------ "it" whose only possible antecedent is one organisation


def test_it_after_a_sentence_naming_one_company_is_that_companys():
    a, f = _figure("Acme Corp was founded in 2010. It employs 4,000 people.", "4,000")
    assert _subject(a, f) == "Acme Corp"
    assert f.subject_from == "anaphor"


def test_it_after_a_sentence_naming_one_company_and_a_person_is_the_companys():
    # a person is no "it": the company is still the one candidate
    a, f = _figure("Acme Corp was founded in 2010 by John Smith. It employs 4,000 people.", "4,000")
    assert _subject(a, f) == "Acme Corp"


def test_twin_it_after_two_companies_stays_open():
    a, f = _figure("Acme Corp sued Bcme Inc in 2010. It employs 4,000 people.", "4,000")
    assert _subject(a, f) is None


def test_twin_it_after_a_company_and_a_thing_stays_open():
    # "it" may be the mill as well as the company: open
    a, f = _figure("Acme Corp bought the mill in 2010, and it now employs 400 people.", "400")
    assert _subject(a, f) is None


def test_twin_it_that_costs_after_a_product_stays_open():
    a, f = _figure("Acme Corp first showed the watch last year. It will cost $350.", "$350")
    assert _subject(a, f) is None


def test_twin_it_in_a_chain_of_it_stays_open():
    # the sentence before has its own "it": the antecedent lies further back, open
    a, f = _figure("Acme Corp is old. It makes tools in Leeds. It employs 4,000 people.", "4,000")
    assert _subject(a, f) is None


# ------------------------------------------------ a company's own results it reports


def test_revenue_a_company_reports_is_that_companys():
    a, f = _figure("During the quarter Acme Corp reported revenue of $27.6 billion.", "$27.6 billion")
    assert _subject(a, f) == "Acme Corp"


def test_a_sum_in_revenue_a_company_reports_is_that_companys():
    a, f = _figure("Acme Corp reported $55.9 billion in revenue.", "$55.9 billion")
    assert _subject(a, f) == "Acme Corp"


def test_a_loss_a_company_posts_is_that_companys():
    a, f = _figure("Acme Corp posted a net loss of $2 billion.", "$2 billion")
    assert _subject(a, f) == "Acme Corp"


def test_twin_revenue_of_a_unit_named_stays_open():
    # the noun says whose revenue it is with a phrase of its own: not the reporter's
    a, f = _figure("Acme Corp reported revenue at its unit of $2 billion.", "$2 billion")
    assert _subject(a, f) is None


def test_twin_revenue_a_person_reports_stays_open():
    # a person who reports revenue is telling someone else's: open
    a, f = _figure("John Smith reported revenue of $2 billion.", "$2 billion")
    assert _subject(a, f) is None


def test_twin_revenue_a_company_did_not_report_stays_open():
    a, f = _figure("Acme Corp did not report revenue of $2 billion.", "$2 billion")
    assert _subject(a, f) is None


def test_twin_revenue_two_companies_report_stays_open():
    a, f = _figure("Acme Corp and Bcme Inc reported revenue of $2 billion.", "$2 billion")
    assert _subject(a, f) is None

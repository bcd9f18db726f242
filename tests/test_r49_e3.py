"""Round forty-nine, e3: subjects of figures (issue 20, item 5).

- a fine is the fined party's (analyse/figsubject_fine.py, data/analyse/fine_subjects.tsv):
  "Acme was fined $5 million", "the regulator fined Acme $800,000", "a $5 million fine
  against Acme", "imposed a fine on Acme", "hit Acme with a fine", "Acme faces fines of up to
  $4,300 a barrel"; its measure "fine" when no rule named one. Only a name: never a pronoun,
  a common noun, two parties, a relative pronoun or a negated verb.

Each rule has a twin where it must not fire. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure as _figure
from pipeline_helpers import subject_words as _subject

# ------------------------------------------------------------------------ a fine is the fined party's


def test_fine_passive_subject_is_the_fined_company():
    a, f = _figure("Microsoft was fined $5 million by the regulator on Tuesday.", "$5 million")
    assert _subject(a, f) == "Microsoft"
    assert f.measure == "fine"


def test_fine_after_a_perfect_passive_is_the_fined_company():
    a, f = _figure("Chevron had been fined more than $1.2 million in the last ten years.", "more than $1.2 million")
    assert _subject(a, f) == "Chevron"


def test_fine_active_object_is_the_fined_company():
    a, f = _figure("The Federal Trade Commission fined Microsoft $800,000 for collecting data.", "$800,000")
    assert _subject(a, f) == "Microsoft"
    assert f.measure == "fine"


def test_fine_noun_against_a_company_is_that_companys():
    a, f = _figure("Regulators imposed a $5 million fine against Microsoft on Tuesday.", "$5 million")
    assert _subject(a, f) == "Microsoft"


def test_fine_noun_levied_on_a_company_is_that_companys():
    a, f = _figure("The court levied a penalty of $2 million on Exxon.", "$2 million")
    assert _subject(a, f) == "Exxon"


def test_fine_a_company_is_hit_with_is_that_companys():
    a, f = _figure("The regulator slapped Microsoft with a $5 million fine.", "$5 million")
    assert _subject(a, f) == "Microsoft"


def test_fine_a_company_faces_is_that_companys():
    a, f = _figure("Exxon faces a $2 million penalty.", "$2 million")
    assert _subject(a, f) == "Exxon"


def test_twin_fine_of_two_parties_stays_open():
    a, f = _figure("Microsoft and Google were fined $5 million.", "$5 million")
    assert _subject(a, f) is None


def test_twin_fine_of_a_common_noun_stays_open():
    a, f = _figure("The company was fined $5 million on Tuesday.", "$5 million")
    assert _subject(a, f) is None


def test_twin_fine_not_imposed_stays_open():
    a, f = _figure("Microsoft was not fined $5 million.", "$5 million")
    assert _subject(a, f) is None


def test_twin_fine_of_a_relative_pronoun_stays_open():
    a, f = _figure("Those who break the order will be fined $10,000.", "$10,000")
    assert _subject(a, f) is None


def test_twin_fine_with_no_party_in_its_clause_stays_open():
    # the fine's party is in another clause ("fined it"): a pronoun, open
    a, f = _figure("Microsoft reported revenue of $5 billion, and the regulator fined it $5 million.", "$5 million")
    assert _subject(a, f) is None


def test_twin_imposing_verb_on_a_date_names_nobody():
    a, f = _figure("The regulator imposed a $5 million fine on Tuesday.", "$5 million")
    assert _subject(a, f) is None


def test_twin_a_fine_on_a_thing_names_no_party():
    # "on each barrel" is what the fine is counted by, no one fined
    a, f = _figure("The law sets a fine of $4,300 on each barrel spilled.", "$4,300")
    assert _subject(a, f) is None


# ------------------------------------------------- a company's results written before their noun


def test_results_sum_before_its_noun_is_the_reporting_companys():
    a, f = _figure("Microsoft posted a $2 billion loss in the third quarter.", "$2 billion")
    assert _subject(a, f) == "Microsoft"


def test_results_sum_before_its_noun_with_a_time_phrase_is_the_companys():
    a, f = _figure("Microsoft reported a $5 billion profit for the year.", "$5 billion")
    assert _subject(a, f) == "Microsoft"


def test_results_record_sum_before_its_noun_is_the_companys():
    a, f = _figure("Microsoft reported a record $5 billion profit.", "$5 billion")
    assert _subject(a, f) == "Microsoft"


def test_twin_results_noun_with_an_owner_of_its_own_stays_open():
    # the loss is the unit's, which the rule does not name
    a, f = _figure("Microsoft reported a $2 billion loss at its phone unit.", "$2 billion")
    assert _subject(a, f) != "Microsoft"


def test_twin_results_sum_before_a_noun_told_by_an_outlet_stays_open():
    a, f = _figure("Bloomberg News reported a $2 billion loss on Tuesday.", "$2 billion")
    assert _subject(a, f) != "Bloomberg News"


def test_twin_results_sum_before_its_noun_of_two_companies_stays_open():
    a, f = _figure("Microsoft and Google posted a $2 billion loss.", "$2 billion")
    assert _subject(a, f) is None


def test_twin_results_told_by_a_news_outlet_of_the_older_shape_stay_open():
    # the "revenue of $N" shape of round forty-seven read "Bloomberg News" as the company
    a, f = _figure("Bloomberg News reported revenue of $5 billion on Tuesday.", "$5 billion")
    assert _subject(a, f) is None


# ------------------------------------- a clause of harm after "the cause of <event>" is the event's


def test_harm_clause_after_the_cause_of_an_event_is_the_events():
    a, f = _figure("The cause of the explosion, which killed 11 workers, remains under investigation.", "11")
    assert _subject(a, f) == "the explosion"


def test_harm_clause_after_responses_to_an_event_is_the_events():
    a, f = _figure("Mr Roe's responses to the blast, which killed 11 workers, have been criticised.", "11")
    assert _subject(a, f) == "the blast"


def test_harm_clause_left_missing_after_the_cause_of_a_blast_is_the_blasts():
    a, f = _figure("The cause of last week's blast, which left 11 workers missing, remains unclear.", "11")
    assert _subject(a, f) == "last week's blast"


def test_twin_harm_clause_after_a_driver_of_a_truck_stays_open():
    # a driver can kill: the clause may be the driver's or the truck's; open
    a, f = _figure("The driver of the truck, which killed 3 people, fled the scene.", "3")
    assert _subject(a, f) is None


def test_twin_harm_clause_after_a_person_of_an_attack_stays_open():
    a, f = _figure("The leader of the attack, which killed 12 people, was arrested.", "12")
    assert _subject(a, f) is None

"""Quote span boundaries of round twenty-seven (27q, issue 18): shapes the seed-73 to seed-83
audits read as cut or running on. Each rule has a text that fires and a twin that must not;
all texts are invented."""

from __future__ import annotations

from pipeline_helpers import quote_texts as _texts

# --- a second act of saying joined to an infinitive content -----------------------------------

def test_finite_cue_after_an_infinitive_content_is_a_second_report():
    got = _texts("The firm always claimed to have been treated unfairly by local officials and now "
                 "claims to have proof that others were to blame.")
    assert "to have been treated unfairly by local officials" in got
    assert "to have proof that others were to blame" in got


def test_present_cue_after_an_infinitive_content_is_a_second_report():
    got = _texts("The firm claimed to have been treated unfairly by local officials and says others were to blame.")
    assert "to have been treated unfairly by local officials" in got
    assert not any("and says" in t for t in got)


def test_bare_infinitive_after_an_infinitive_content_stays_in_the_one_promise():
    got = _texts("The firm promised to review the safety plan by March and announce a decision on the site.")
    assert "to review the safety plan by March and announce a decision on the site" in got


def test_second_to_infinitive_stays_in_the_content():
    got = _texts("The firm claimed to have been treated unfairly by local officials and to have proof of it.")
    assert "to have been treated unfairly by local officials and to have proof of it" in got


# --- a definite quantity named without its value is what will be said, not a statement ------

def test_definite_measure_without_a_value_is_no_statement():
    assert _texts("Acme will announce the size of its next quarterly payout on Friday.") == []
    assert _texts("The bank forecasts Acme's net income for the second quarter.") == []


def test_measure_with_its_value_is_a_statement():
    # (round fifty, seed 165 c039 Q10: the period a forecast is for is part of what it says)
    assert _texts("The bank forecasts net income of $5bn for Acme in the second quarter.") == [
        "net income of $5bn for Acme in the second quarter"]
    assert _texts("Acme announced an extra $100m in aid for the town.") == ["an extra $100m in aid for the town"]


def test_indefinite_measure_and_a_saying_noun_stay():
    assert _texts("Acme announced a dividend on Friday.") == ["a dividend"]
    assert _texts("Officials denied the allegations on Friday.") == ["the allegations"]


def test_a_changing_measure_with_no_owner_stays():
    assert "the rising costs" in _texts("The mayor cited the rising costs, saying the town could not pay.")


# --- a fronted concessive clause of the cue's own is the reporter's, not words around a tag ----

def test_fronted_concessive_clause_of_the_cue_is_no_content():
    got = _texts("The bay recovered within two years, he says.\n\n"
                 "But although the news is good, the divers from the old survey warn against thinking "
                 "the bay will recover quickly this time.")
    assert "The bay recovered within two years" in got
    assert not any("although the news" in t for t in got)


def test_concessive_clause_inside_the_tagged_content_stays():
    assert _texts("Although the bay is clean, the fish are gone, she said.") == [
        "Although the bay is clean, the fish are gone"]
    assert _texts("When the storm came, the pumps failed, the mayor said.") == ["When the storm came, the pumps failed"]


def test_fronted_concessive_clause_before_a_bare_tag_stays_the_content():
    got = _texts("But while food may be arriving in large amounts but there is little sign of a plan on the ground, "
                 "aid workers say.")
    assert len(got) == 1 and got[0].endswith("little sign of a plan on the ground")


def test_fronted_concession_after_a_quotation_paragraph_is_no_content():
    got = _texts('The bay came back within two years, he says.\n\n"It is a puzzle to us all.\n\nWe do not know where '
                 'the oil went."\n\nBut although the news is good, the divers from the old survey warn '
                 "against thinking the bay will recover quickly this time.")
    assert not any("although the news" in t for t in got)


# --- an object cited as the one who says something is a source, not a content ----------------

def test_source_cited_with_its_saying_is_no_content():
    got = _texts('The local paper cited "informed sources" saying that "the firm knows there is support from the banks".')
    assert not any("informed sources" in t for t in got)
    assert "the firm knows there is support from the banks" in got
    got = _texts("The local paper cited well placed officials as saying the plant would close.")
    assert got == ["the plant would close"]


def test_cited_finding_stays_the_content():
    assert _texts("The report cited a lack of training among the workers at the plant.") == [
        "a lack of training among the workers at the plant"]


def test_cited_document_with_its_saying_stays_the_content():
    got = _texts("Her lawyers cited published reports alleging that the mayor had lied.")
    assert "published reports alleging that the mayor had lied" in got

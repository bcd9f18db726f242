"""A he/she/his/her is a person's, never an organisation's (issue 18, round fourteen, 18p):
speakers.told_organisation, checked where the pronoun scorer admits its candidates (names typed
ORG, PRODUCT or WORK_OF_ART only). Invented texts."""

from __future__ import annotations

from scenes import quote_starting, scene, who

from storyline.analyse import speakers
from storyline.pipeline import analyse_record
from storyline.types import Record


def _who(text: str, start: str) -> str | None:
    a = analyse_record(Record(source="x.txt", text=text))
    return who(a, quote_starting(a, start))


def test_she_after_an_organisation_with_its_is_open():
    text = ("Grace Harbor Relief said on Monday that its teams had reached Port Ellery.\n\n"
            "\"The roads are still blocked and the water is running out,\" she said.")
    assert _who(text, "The roads") is None


def test_it_after_the_same_organisation_still_takes_it():
    text = ("Grace Harbor Relief said on Monday that its teams had reached Port Ellery.\n\n"
            "\"The roads are still blocked and the water is running out,\" it said.")
    assert _who(text, "The roads") == "Grace Harbor Relief"


def test_she_after_an_organisation_with_an_appositive_is_open():
    text = ("Grace Harbor Relief, a relief group, said the roads to Port Ellery were blocked.\n\n"
            "\"The water is running out,\" she said.")
    assert _who(text, "The water") is None


def test_she_added_after_a_company_is_never_the_company():
    text = ("Acme Corp said on Monday that the plant in Port Ellery would close by March.\n\n"
            "\"We have no choice but to shut the line,\" she added.")
    assert _who(text, "We have no choice") != "Acme Corp"


def test_told_organisation_fires_on_its_and_not_on_she():
    sdoc, sc = scene("Grace Harbor Relief said on Monday that its teams had reached Port Ellery.")
    i = next(k for k, m in enumerate(sc.mentions) if m.text == "Grace Harbor Relief")
    assert speakers.told_organisation(sc, i)
    # twin: the first pronoun after the name is a "she": nothing tells an organisation
    sdoc, sc = scene("Grace Harbor Relief said she had reached Port Ellery and its mayor agreed.")
    i = next(k for k, m in enumerate(sc.mentions) if m.text == "Grace Harbor Relief")
    assert not speakers.told_organisation(sc, i)


def test_told_organisation_never_checks_a_person_name():
    # twin: a name typed PERSON is not checked, whatever stands in apposition to it
    sdoc, sc = scene("Nurse Jane Roe, co-host of a radio show, said the roads to Port Ellery were blocked.")
    people = [k for k, m in enumerate(sc.mentions) if m.label == "PERSON"]
    assert people
    assert not any(speakers.told_organisation(sc, k) for k in people)


def test_its_of_another_subject_does_not_tell():
    # twin: the "itself" belongs to another clause's subject ("a new threat")
    sdoc, sc = scene("Grace Harbor Relief warned Port Ellery that a new threat was about to show itself.")
    i = next(k for k, m in enumerate(sc.mentions) if m.text == "Grace Harbor Relief")
    assert sc.mentions[i].label == "ORG"
    assert not speakers.told_organisation(sc, i)


def test_a_woman_named_before_the_company_may_still_be_she():
    text = ("Jane Roe has run the plant in Port Ellery for ten years.\n\n"
            "Acme Corp said on Monday that the plant would close by March.\n\n"
            "\"We have no choice but to shut the line,\" she added.")
    assert _who(text, "We have no choice") in (None, "Jane Roe")


def test_a_person_with_a_maker_in_apposition_is_still_a_person():
    # must-not-fire twin: "maker" heads a person's appositive; only the names module's
    # organisation words (company, group, foundation ...) tell an organisation
    text = ("Jane Roe, a film-maker based in Port Ellery and founder of a small charity, said the town needs "
            "help.\n\n\"The roads are still blocked,\" she said.")
    assert _who(text, "The roads") == "Jane Roe"

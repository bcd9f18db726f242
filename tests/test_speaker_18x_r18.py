"""Round eighteen (18x): the wrong speakers and non-statements of the held-out seed-47 audit,
on invented text.

A phrase that names its own organisation ("the Ellery Herald newspaper") is no other body
named before; "the prime minister" is not a health secretary named before; an unnamed
subject's wish for its own act is no statement. Each rule with a must-not-fire twin."""

from __future__ import annotations

from pipeline_helpers import analysed, quote_starting, shown_speaker

from storyline.analyse import speakers

_analyse = analysed
_who = shown_speaker
_quote = quote_starting


# --- a phrase naming its own organisation is no body named before ------------------------------

def test_a_newspaper_named_in_the_phrase_is_not_the_company_before():
    a = _analyse("Acme Corp opened a pump works in Port Ellery on Monday. Acme Corp said the works would hire "
                 "200 people.\n\nThe harbour master of Port Ellery will inspect the works in June, the Ellery Today "
                 "newspaper reports.")
    q = _quote(a, "The harbour master")
    assert _who(a, q) is None
    assert q.speaker_text is not None and "Today" in q.speaker_text


def test_a_nationality_in_the_phrase_still_points_back():
    a = _analyse("Acme Corp opened a pump works in Port Ellery on Monday. The British company said the works "
                 "would hire 200 people.")
    assert _who(a, _quote(a, "the works")) == "Acme Corp"


def test_own_name_words():
    from storyline.analyse import nlp
    doc = nlp.load()("The Ellery Today newspaper reports it. The British company said it.")
    heads = [t for t in doc if t.lower_ in ("newspaper", "company")]
    assert speakers._own_name_words(doc[0:4], heads[0]) == ["ellery", "today"]
    assert speakers._own_name_words(doc[heads[1].i - 2 : heads[1].i + 1], heads[1]) == []


# --- a role's modifier must stand by the holder named before --------------------------------------

_CABINET = ("Jane Roe flew to Port Ellery on Monday; the fever team, led by the health secretary, Jack "
            "Doe, met in her absence.\n\n")


def test_the_prime_minister_is_not_the_health_secretary():
    a = _analyse(_CABINET + '"We will beat this fever together," the prime minister said on arriving '
                 "at the harbour.")
    q = _quote(a, "We will beat")
    assert _who(a, q) != "Jack Doe"


def test_the_health_secretary_is_the_health_secretary():
    a = _analyse(_CABINET + '"We will beat this fever together," the health secretary said on arriving '
                 "at the harbour.")
    assert _who(a, _quote(a, "We will beat")) == "Jack Doe"


# --- a wish for one's own act is no statement (the aim of a leaflet: tried, not shipped) --------------------------

def test_a_hope_for_ones_own_act_is_no_quote():
    a = _analyse("Engineers hope to close the last valve on the tank by Friday.")
    assert not [q for q in a.quotes if "close the last valve" in q.text]


def test_a_hope_that_something_happens_stays():
    a = _analyse("Jane Roe, the mayor of Port Ellery, hopes that the talks will resume next week.")
    assert [q for q in a.quotes if "the talks will resume" in q.text]


def test_a_named_bodys_hope_for_its_next_step_stays():
    a = _analyse("Acme Corp hopes to reopen the pump works in Port Ellery next week.")
    assert [q for q in a.quotes if "reopen the pump works" in q.text]


def test_a_definite_subjects_hope_stays():
    a = _analyse("Acme Corp shut the pump works in Port Ellery on Monday. The company hopes to reopen the "
                 "works next week.")
    assert [q for q in a.quotes if "reopen the" in q.text]


def test_she_after_a_bare_title_before_her_name_is_her():
    a = _analyse("US secretary of state Jane Roe is urging caution to people planning to travel.\n\n"
                 "Heading into a meeting with the trade minister of Port Ellery, she told reporters that the "
                 "ports would stay open.")
    assert _who(a, _quote(a, "that the ports would stay open")) == "Jane Roe"

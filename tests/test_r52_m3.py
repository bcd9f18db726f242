"""Round fifty-two, mender m3: in-sample mends of quote contents (issue 18) and of the brief
(issue 23) that the seed-167 audit judged wrong (fnc1_c052 Q6, c047 Q10, c044 Q1, c046 Q14,
c050 Q14; c047 B7 and B1, c050 B4 and B7, c048 B5). Every rule has a test that fires (fails on
the base code) and a twin it must not fire on, each on a short invented text."""

from __future__ import annotations

from pipeline_helpers import quote_texts

# --- c052 Q6: a saying not yet made ("with the company yet to announce ...") ---

_PHONES = "The company launched three new phones on Tuesday.\n\n"


def test_yet_to_announce_is_no_statement():
    quotes = quote_texts(_PHONES + "The firm said the basic model will cost $199 in the US, with the company yet to "
                         "announce a European price for the larger model.\n")
    assert not any(t.startswith("a European price") for t in quotes)


def test_twin_already_announced_stays_a_statement():
    quotes = quote_texts(_PHONES + "The firm has already announced a European price for the larger model.\n")
    assert "a European price for the larger model" in quotes


# --- c047 Q10: a feeling the writer narrates ("the pupils felt there was ...") ---

_CLASS = "A teacher told his class he was gay.\n\n"


def test_narrated_past_feeling_is_no_statement():
    quotes = quote_texts(_CLASS + "He decided to come out to his class after learning that the pupils felt there was "
                         "something wrong about people who were different.\n")
    assert not any(t.startswith("there was something wrong") for t in quotes)


def test_twin_feeling_under_a_saying_and_present_feeling_stay():
    said = quote_texts(_CLASS + "The teacher said he felt there was something wrong about the way people who were "
                       "different were treated.\n")
    assert any(t.startswith("there was something wrong") for t in said)
    present = quote_texts(_CLASS + "The pupils feel there is something wrong about people who are different.\n")
    assert any(t.startswith("there is something wrong") for t in present)


# --- c044 Q1: the outlet a report cites is its source, not a claim ---

_FUNDS = "A treasurer ran off with the money last week.\n\nThe man took the funds to Turkey, the Daily Star newspaper reported, citing {obj}.\n"


def test_cited_outlet_is_no_content():
    quotes = quote_texts(_FUNDS.format(obj="Local Press Center news site"))
    assert "Local Press Center news site" not in quotes
    assert "The man took the funds to Turkey" in quotes


def test_twin_cited_reason_stays_the_content():
    assert "fears of a wider war" in quote_texts(_FUNDS.format(obj="fears of a wider war"))


# --- c046 Q14: a clause run on after "denied it" is not what was denied ---

_ATTACK = "A man was attacked in the village.\n\nHe had been accused of theft and {rest}\n"


def test_clause_after_a_pronoun_object_is_not_its_content():
    quotes = quote_texts(_ATTACK.format(rest="although he denied it police believe that the attack was a revenge assault."))
    assert not any(t.startswith("police believe") for t in quotes)


def test_twin_pronoun_subject_clause_and_that_clause_stay():
    quotes = quote_texts(_ATTACK.format(rest="although he denied it was true, police believe that the attack was a "
                                        "revenge assault."))
    assert "it was true" in quotes
    quotes = quote_texts(_ATTACK.format(rest="he denied that the attack was a revenge assault."))
    assert "that the attack was a revenge assault" in quotes


# --- c050 Q14: a headline-cased title set out after a colon ---

_BOY = "The boy was suspended twice this year.\n\n"


def test_title_after_a_colon_is_no_quote():
    quotes = quote_texts(_BOY + 'One suspension was for bringing his favorite book to school: "The Big Book of Facts."\n')
    assert not any("Big Book" in t for t in quotes)


def test_twin_sentence_after_a_colon_and_a_named_label_stay():
    quotes = quote_texts(_BOY + 'The school sent a letter home: "Your son broke the rules today."\n')
    assert any(t.startswith("Your son broke the rules") for t in quotes)
    quotes = quote_texts(_BOY + 'Principal Jane Roe: "We Will Not Back Down."\n')
    assert any(t.startswith("We Will Not Back Down") for t in quotes)

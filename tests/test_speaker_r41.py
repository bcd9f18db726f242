"""Round forty-one, issue 18: three wrong speakers of the MEANTIME audit (seed 156, in-sample)
and their must-not-fire twins. A "by" gerund's saying is the main verb's subject's even when the
verb has an object; a name right before a subjectless cue, hung elsewhere by the parse, leaves
the speaker open rather than climbing to a conjunct's subject; an "it" tag after an indefinite
thing subject of its own sentence ("An email ... advises ...: '...,' it said") is open. Every
text here is invented for the test."""

from __future__ import annotations

import pytest
from pipeline_helpers import analysed, shown_speaker

LEAD = "Acme launched a new phone on Monday.\n\n"


def _one(text: str, words: str):
    a = analysed(text)
    hits = [q for q in a.quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


def test_a_by_gerund_saying_is_the_main_subjects_though_the_verb_has_an_object():
    who, _ = _one(LEAD + "Jane Roe, the Acme chief executive, spoke at a conference, where she promoted the Fonephone "
                  'by saying that "we are launching a faster phone at half the price."', "half the price")
    assert who == "Jane Roe"


def test_a_for_gerund_after_an_object_is_still_not_the_subjects():
    # twin: "thanked him for saying": the one thanked said it, never the crowd
    who, _ = _one(LEAD + "Jane Roe spoke at the plant. The crowd thanked Tom Keller for saying that "
                  '"the plant will stay open for good."', "stay open")
    assert who != "The crowd" and who != "Jane Roe"


def test_a_name_right_before_a_subjectless_cue_leaves_the_speaker_open():
    who, q = _one("Acme will cut its prices in the UK.\n\nThe trade commission praised Acme's move and in a "
                  "response to the step Commissioner for Trade Maria Lindqvist said \"the Commission is very "
                  'much in favour of a single market for downloads."', "very much in favour")
    assert who != "European Commission"


def test_a_cue_whose_subject_the_parse_finds_after_a_conjunction_keeps_it():
    # twin: the name is the cue's subject in the parse: named
    who, _ = _one("Acme will cut its prices.\n\nThe union welcomed the plan and Jane Roe said \"we are pleased with it.\"",
                  "pleased with it")
    assert who == "Jane Roe"


EMAIL = ("Acme and Bolt bid for the tanker deal. Acme won it.\n\nAn email from a consulting firm to the Air Force "
         "secretary advises him to release figures favorable to Acme, regardless of the facts: \"I would send a memo "
         "saying the cost of the lease is lower than the last lease Acme signed,\" it said.")


def test_an_it_tag_after_an_indefinite_thing_subject_of_its_own_sentence_is_open():
    who, q = _one(EMAIL, "send a memo")
    assert who is None
    assert "An email" in (q.speaker_evidence or "")


def test_an_it_tag_after_an_indefinite_thing_subject_of_the_sentence_before_is_not_opened_by_it():
    # twin: the indefinite subject stands in the sentence before: the company goes on speaking
    who, _ = _one("Acme makes ferries in Port Ellery.\n\nAcme said on Monday that it had hired 200 welders. A new "
                  "contract with the navy was signed in May. \"We will need more welders next year,\" it said.", "more welders")
    assert who == "Acme"


def test_a_participle_cue_after_a_name_is_not_that_names_saying():
    # the census twin: "a letter to Zucker asking that ...": the name is the letter's addressee
    who, _ = _one("Tom Keller wanted the network to give the money away.\n\nIn September, he wrote a letter to Jane Roe "
                  "asking that all the proceeds of the first debate go to charity.", "all the proceeds")
    assert who != "Jane Roe"


def test_a_by_gerund_with_a_reflexive_subject_of_its_clause_stays_open():
    # "won the spin by declaring himself the 'comeback kid') makes ...": the parse runs the
    # writer's words into the content; the speaker is left open, as before the "by" rule
    a = analysed('Tom Keller won the 1992 primary here, although Jim Ortiz won the spin by declaring himself the '
                 '"comeback kid") makes this a contest that Roe must win.')
    hits = [q for q in a.quotes if "comeback" in q.text]
    assert all(shown_speaker(a, q) != "Jim Ortiz" for q in hits)


# --- the round-forty-one review's cases ---

@pytest.mark.parametrize("text, who", [
    # a name after a preposition belongs to that phrase: the conjunct's subject speaks
    ("Tom Keller arrived in Brussels on Monday and at a news conference with Jim Ortiz said the talks had failed.",
     "Tom Keller"),
    ("Jane Roe welcomed the ruling on Friday and in an interview with CNN said it was long overdue.", "Jane Roe"),
])
def test_a_name_after_a_preposition_before_the_cue_is_not_a_stray_subject(text, who):
    a = analysed(text)
    assert [shown_speaker(a, q) for q in a.quotes] == [who]


def test_an_it_tag_after_an_unquoted_indefinite_subject_keeps_the_company():
    # the words before ", it said" are what was said: their subject is no speaker
    who, _ = _one("Acme Corp reported quarterly results on Tuesday. A recovery is not expected before 2010, it said.",
                  "A recovery")
    assert who == "Acme Corp"

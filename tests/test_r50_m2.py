"""Round fifty, mender m2: in-sample mends of the seed-165 audit (FNC-1 c037, quote spans and content).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name or a figure like the article's at most).
"""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str):
    return analyse_record(Record(source="x.txt", text=text)).quotes


def _spans(text: str) -> list[tuple[str, str, str]]:
    return [(q.text, (q.cue or "").lower(), q.kind) for q in _quotes(text)]


_HEAD = "School vote\n\nThe school board met on Monday after a long fight with the city.\n\n"


# --- c037 Q3: what someone is wished to say is not said -------------------------------------------


def test_a_saying_wished_of_another_is_no_statement():
    text = _HEAD + ('The teacher wrote a letter to the board. I want someone to read that report and say '
                    '"this is wrong" and change it. Change the rules.\n')
    assert not [s for s in _spans(text) if s[1] == "say"]


def test_a_saying_that_was_made_stays_beside_a_wish():
    text = _HEAD + ('The teacher wants the rules changed. Roe read that report and said the figures were wrong '
                    'and the board had to act.\n')
    assert any("figures were wrong" in s[0] and s[1] == "said" for s in _spans(text))


# --- c037 Q7: a counterfactual wish ------------------------------------------------------------------


def test_a_clause_under_wishes_is_no_statement():
    text = _HEAD + ("Either I stay a quiet man who wishes he were a leader or I become a loud man who hates "
                    "himself.\n")
    assert not [s for s in _spans(text) if s[1] == "wishes"]


def test_a_hope_with_a_clause_stays():
    text = _HEAD + "The mayor hopes that the board will reopen the school before the winter.\n"
    assert any("reopen the school" in s[0] and s[1] == "hopes" for s in _spans(text))


# --- c037 Q6: a quotation introduced by a colon and left unclosed --------------------------------------


def test_an_unclosed_single_mark_quotation_runs_to_the_paragraph_end():
    text = _HEAD + ("Martin then adds: 'I'm never going to vote for them. Either I stay a quiet man or I "
                    "become a loud one.\n\nThe vote is due in May.\n")
    spans = _spans(text)
    assert any(s[0].startswith("I'm never going") and s[0].endswith("a loud one.") and s[2] == "direct"
               for s in spans)


def test_a_single_mark_quotation_closed_or_not_introduced_keeps_its_reading():
    text = _HEAD + ("Martin then adds: 'I am never going to vote for them.' He then left the hall.\n\n"
                    "The 'plan' was never going to pass the board in May.\n")
    spans = _spans(text)
    assert any(s[0] == "I am never going to vote for them." and s[2] == "direct" for s in spans)
    assert not any("never going to pass" in s[0] for s in spans)


# --- c037 Q10: a clause in marks ends at its closing mark before a writer's "but" ----------------------


def test_a_marked_clause_ends_at_its_close_before_a_but_clause():
    text = _HEAD + ("I do not need my days to get any worse. Officials say \u201cthe plan works\u201d but "
                    "that isn\u2019t true in my town. It gets worse.\n")
    said = [s for s in _spans(text) if s[1] == "say"]
    assert said and all("true in my town" not in s[0] for s in said)
    assert any("the plan works" in s[0] for s in said)


def test_an_unmarked_clause_still_runs_on_over_its_but_clause():
    text = _HEAD + "Officials say the plan works, but the city will need more money by the spring.\n"
    assert any("more money" in s[0] and s[1] == "say" for s in _spans(text))


# --- c037 Q4: a possessive "her" read as the cue's object ----------------------------------------------


def test_a_possessive_her_opens_the_accused_object():
    text = _HEAD + ("The teacher left a long note accusing her devout Christian parents of refusing to sign "
                    "the form and forbidding her from leaving.\n")
    acc = [s for s in _spans(text) if s[1] == "accusing"]
    assert acc and acc[0][0].startswith("her devout Christian parents")


def test_an_accused_pronoun_with_a_determined_object_is_untouched():
    text = _HEAD + "The teacher left a long note accusing the devout parents of refusing to sign the form.\n"
    acc = [s for s in _spans(text) if s[1] == "accusing"]
    assert acc and acc[0][0].startswith("the devout parents")


# --- c037 Q13: a second gerund of a charge is part of it -----------------------------------------------


def test_a_refusing_gerund_in_a_charge_stays_in_it():
    text = _HEAD + ("The mayor took office in May.\n\nShe accused her devout Christian parents of blocking her "
                    "transfer and refusing to acknowledge her true mandate.\n")
    acc = [s for s in _spans(text) if s[1] == "accused"]
    assert acc and acc[0][0].endswith("refusing to acknowledge her true mandate")


def test_a_reporters_refusal_note_still_ends_the_content():
    text = _HEAD + ("The White House said Obama spoke with Roe on Monday but declined to say what was "
                    "discussed.\n")
    said = [s for s in _spans(text) if s[1] == "said"]
    assert said and all("declined" not in s[0] for s in said)


# --- c037 Q12: a quoted phrase inside a described object ----------------------------------------------


def test_a_quoted_phrase_inside_a_described_object_is_no_statement():
    text = _HEAD + ("After the vote, this letter appeared on the school website describing the pain of being "
                    "\u201ca teacher with no classroom\u201d and the board\u2019s refusal to allow her to stay.\n")
    assert not [s for s in _spans(text) if "teacher with no classroom" in s[0]]


def test_a_quoted_object_of_a_judgement_stays():
    text = _HEAD + ("Roe, the head of the union, described the plan as \u201ca betrayal of every teacher in "
                    "the city\u201d on Monday.\n")
    assert any("betrayal of every teacher" in s[0] for s in _spans(text))


def test_a_quoted_judgement_under_a_participle_of_the_object_stays():
    text = _HEAD + ("The man behind the sign has described the fuss caused by the painted board as \u201ca bit of "
                    "harmless fun for the town\u201d.\n")
    assert any("a bit of harmless fun" in s[0] for s in _spans(text))


def test_a_quoted_phrase_named_inside_the_object_stays():
    text = _HEAD + ("The head of the response, Jane Roe, has written to the board demanding answers to "
                    "\u201cunexplained gaps in the school budget\u201d.\n")
    assert any("unexplained gaps" in s[0] for s in _spans(text))


def test_a_marked_clause_and_a_second_that_clause_stay_one_content():
    text = _HEAD + ('Roe said "we are at the beginning" and that new figures could change what the board '
                    'is thinking.\n')
    assert any("new figures could change" in s[0] and s[1] == "said" for s in _spans(text))

"""Round fifty-four, mender m4: in-sample mends of the seed-169 audit's quote spans judged cut
(issue 18's "whole" field): FNC-1 c053 Q1 and Q10 (a content opening inside the writer's
dash-set aside), c085 Q14 (reference numbers after the stop), c080 Q7 and c086 Q10 (a second act
of the speaker joined by "and"), c060 Q7 (a second "said" glued on), c060 Q6 (only the quoted
fragment of a reported clause), c084 Q6 (a fragment a relative clause's verb of judging takes,
given to the cue's subject).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker
from pipeline_helpers import quote_holding as _quote


def _doc(body: str) -> str:
    return "Town news\n\n" + body + "\n"


# --- c053 Q1, Q10: a content that opens inside the writer's dash-set aside (quote_edges.past_dash_aside) ---

def test_a_content_opening_inside_a_dash_aside_starts_after_it():
    a = analysed(_doc("According to a post on a forum — so treat this with some caution — the mayor of "
                      "Springfield personally ordered that the town fountain be repaired last week."))
    q = _quote(a, "the mayor of Springfield")
    assert q.text.startswith("the mayor of Springfield") and "caution" not in q.text


def test_a_content_opening_inside_a_when_aside_starts_after_it():
    a = analysed(_doc("According to one report posted on a forum — in reply to an earlier thread about the "
                      "council's parking policy — a resident was apparently able to get the parking fines cut in half."))
    q = _quote(a, "a resident was apparently able")
    assert q.text.startswith("a resident") and "thread" not in q.text


def test_twin_a_content_after_a_closed_pair_of_dashes_is_kept():
    a = analysed(_doc("Roe said — without offering any evidence — that the vote in the town had been rigged "
                      "by the council."))
    q = _quote(a, "the vote in the town")
    assert q.text.startswith("that the vote") or q.text.startswith("the vote")


def test_twin_a_dash_inside_a_content_with_no_dash_before_it_is_kept():
    a = analysed(_doc("According to the mayor, the fountain — which is a hundred years old — will be "
                      "repaired by the council next spring."))
    q = _quote(a, "will be repaired")
    assert q.text.startswith("the fountain")


# --- c085 Q14: bracketed reference numbers after the stop (quote_edges.no_reference_tail) ------------

def test_reference_numbers_after_the_stop_are_not_the_statement():
    a = analysed(_doc("Published reviews of about 30 studies have found that despite the rules, the testing "
                      "of new drugs has not followed a set method.(12) (15)"))
    q = _quote(a, "has not followed a set method")
    assert q.text.endswith("a set method")


def test_twin_a_bracket_inside_the_statement_is_kept():
    a = analysed(_doc("Published reviews of about 30 studies have found that the testing of new drugs has not "
                      "followed a set method (in 12 of 15 cases)."))
    q = _quote(a, "has not followed a set method")
    assert "(in 12 of 15 cases)" in q.text


# --- c080 Q7, c086 Q10: a past verb joined to a bare verb of the content (quote_edges.no_second_act) -----

def test_a_past_verb_joined_to_a_modal_verb_ends_the_content():
    a = analysed(_doc("The singer joked that she would “take her time” with the act, and further commented on her talent."))
    q = _quote(a, "take her time")
    assert "commented" not in q.text and q.text.endswith("with the act")


def test_a_past_verb_with_an_object_joined_to_an_infinitive_ends_the_content():
    a = analysed(_doc("But a spokesman for the family on Tuesday said Jones was not authorized to speak for the "
                      "family and called claims that the boy stole money “baseless.”"))
    q = _quote(a, "was not authorized")
    assert q.text.endswith("speak for the family") and "called" not in q.text


def test_twin_a_bare_verb_joined_to_a_bare_verb_stays_in_the_content():
    a = analysed(_doc("Jane Smith said the council would review the plan and announce a decision in May."))
    q = _quote(a, "would review the plan")
    assert "announce a decision in May" in q.text


def test_twin_a_participle_sharing_a_passive_stays_in_the_content():
    a = analysed(_doc("Jane Smith said the workers were forced to leave their homes and stranded at the border."))
    q = _quote(a, "were forced to leave")
    assert "stranded at the border" in q.text


def test_twin_a_past_verb_of_no_saying_after_a_modal_stays_in_the_content():
    a = analysed(_doc("Jane Smith said she would not sign the deal but accepted that the others might sign it."))
    q = _quote(a, "she would not sign the deal")
    assert "accepted that the others might" in q.text


class _Tok:  # a token as the tagger left it: "offset" read as a past form (FNC-1 census, c083)
    def __init__(self, text: str, tag: str):
        self.lower_, self.tag_, self.children = text, tag, []


def test_twin_a_past_form_that_is_also_a_base_form_stays_in_the_content():
    from storyline.analyse import quote_edges

    assert quote_edges._finite_past(_Tok("commented", "VBD"))
    assert not quote_edges._finite_past(_Tok("offset", "VBD"))  # "help to reduce X and offset Y"
    assert not quote_edges._finite_past(_Tok("found", "VBD"))  # "and found of ...", a typo for "founder"


# --- c060 Q7: a second "said" after a content whose verb has only an object (quotes._said_again) -------

def test_a_second_said_ends_a_content_whose_verb_takes_an_object():
    a = analysed(_doc("Tom Brown has said he understood the concerns of the school and said it was the tone "
                      "of the letter that offended."))
    q = _quote(a, "he understood the concerns")
    assert q.text.endswith("the concerns of the school")


def test_twin_a_second_verb_with_no_clause_stays_in_the_content():
    a = analysed(_doc("Tom Brown said he understood the concerns of the school and twice asked for a meeting."))
    q = _quote(a, "he understood the concerns")
    assert "asked for a meeting" in q.text


# --- c060 Q6: a quoted fragment after "the" carries its clause (quotes._fragment_head) -----------------

def test_a_fragment_opening_after_a_determiner_carries_its_clause():
    a = analysed(_doc("She said the cost covers one ticket to the “trip to the zoo including boat rides and "
                      "swimming and lunch.”"))
    q = _quote(a, "trip to the zoo")
    assert q.text.startswith("the cost covers one ticket") and q.kind == "indirect"


def test_twin_a_quotation_holding_a_finite_verb_stays_direct():
    a = analysed(_doc("She said the ticket is for “the trip to the zoo, which includes a boat ride and lunch.”"))
    q = _quote(a, "trip to the zoo")
    assert q.kind == "direct" and q.text.startswith("the trip")


# --- c084 Q6: a fragment a relative clause's verb of judging takes is open (quotes._relative_sayer) -----

def test_a_fragment_decried_in_a_relative_clause_is_not_the_cue_subjects():
    a = analysed(_doc("Deputy Attorney General Alan Brooks cites several judges and other experts who decried "
                      "Smith's actions as a “departure from the court's long respected traditions.”"))
    q = _quote(a, "departure from the court")
    assert shown_speaker(a, q) is None and "relative" in (q.speaker_evidence or "")


def test_twin_a_fragment_of_the_cues_own_clause_keeps_its_speaker():
    a = analysed(_doc("Deputy Attorney General Alan Brooks called Smith's actions a “departure from the "
                      "court's long respected traditions.”"))
    q = _quote(a, "departure from the court")
    assert shown_speaker(a, q) == "Alan Brooks"

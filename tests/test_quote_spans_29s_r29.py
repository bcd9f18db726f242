"""Quote spans and not-a-statement of round twenty-nine (29s, issue 18): the seed-101 audits read
contents cut before a verbless second half, run on into the writer's main clause, a naming
relative clause given as the advice, and the object of a refusal given as what was said. Each
rule has a text that fires and a twin that must not; all texts are invented."""

from __future__ import annotations

from pipeline_helpers import quote_texts as _texts

# --- a verbless phrase the parse coordinated with the cue is the content's second half --------


def test_but_with_a_verbless_phrase_continues_the_content():
    got = _texts("Mr Roe said the pumps had been used on the river before, but in shallow water.")
    assert got == ["the pumps had been used on the river before, but in shallow water"]


def test_and_with_a_second_amount_continues_the_content():
    got = _texts("The club's figures suggest this amounts to 300 tonnes of paper, "
                 "and 200 tonnes of glass, a week in the town alone.")
    assert got == ["this amounts to 300 tonnes of paper, and 200 tonnes of glass, a week in the town alone"]


def test_a_phrase_with_a_verb_after_but_stays_out():
    # twin: how the speaker spoke ("without giving"), a verb: the reporter's, as before
    got = _texts("Mr Roe said the pumps had been used on the river before, but without giving any details.")
    assert got == ["the pumps had been used on the river before"]


def test_a_time_after_and_stays_out():
    # twin: a time as the phrase's head tells when, not what
    got = _texts("Mr Roe said the pumps had been used on the river before, and on Tuesday.")
    assert got == ["the pumps had been used on the river before"]


def test_a_clause_after_and_stays_out():
    # twin: the reporter's next clause, with its own subject and verb
    got = _texts("Mr Roe said the pumps had been used on the river before, and the council closed the road.")
    assert got == ["the pumps had been used on the river before"]


# --- a cue in a clause set before the main clause: the main clause is the writer's ------------


def test_content_of_a_cue_in_a_fronted_while_clause_stops_at_its_end():
    got = _texts("While the council has said the bridge must be repaired as a matter of urgency, "
                 "it is clear that this storm is not seen as reason enough to do so.")
    assert got == ["the bridge must be repaired as a matter of urgency"]


def test_fronted_clause_content_keeps_an_as_if_the_parse_hung_on_the_main_verb():
    # integrator, round twenty-nine: the first version ended the content at the cue's subtree,
    # cutting "as if ..." (a held-out rebuild showed it); it ends before the main clause's subject
    got = _texts("While the mayor and the council have insisted that they treated the outbreak as if it were "
                 "a much wider epidemic, that is not evident from the evolving nature of their response.")
    assert got == ["that they treated the outbreak as if it were a much wider epidemic"]


def test_while_inside_the_content_is_left_alone():
    # twin: the cue is the sentence's main verb; the "while" clause is part of what was said
    got = _texts("The mayor said that while the bridge is safe, it must be repaired soon.")
    assert got == ["that while the bridge is safe, it must be repaired soon"]


def test_misparsed_because_clause_with_no_main_clause_after_is_left_alone():
    # twin: the parse hangs "because he believes ..." on the list's second verb, which has no
    # subject: no main clause follows, the whole list is the belief (the harness showed it)
    got = _texts("The mayor eventually panicked because he believes that his council can right every wrong, "
                 "regulate each activity and protect us from every flood.")
    assert got == ["that his council can right every wrong, regulate each activity and protect us from every flood"]


# --- a naming clause after the cue's infinitive is part of the advice, not the advice ---------


def test_relative_clause_after_the_advised_infinitive_is_no_content_of_its_own():
    got = _texts("The council has advised residents to prepare for a long cold winter "
                 "against the storm it officially calls Storm Alma.")
    assert got == ["to prepare for a long cold winter against the storm it officially calls Storm Alma"]


def test_that_clause_after_the_infinitive_stays_a_content():
    # twin: a second thing told, opened by "that"
    got = _texts("The council told residents to leave their homes and that the water would rise by noon.")
    assert got == ["to leave their homes and that the water would rise by noon"]


def test_writers_aside_after_the_promised_infinitive_makes_no_content():
    # twin: a "what" clause after the infinitive and an adverb is the writer's aside, not a
    # relative clause of the infinitive's noun: as before, nothing is taken from it
    assert _texts("On Thursday, however, the mayor spoke to a gathering of builders, promising to lift the "
                  "rules and open more land to building ― probably not exactly what the governor had in mind.") == []


# --- the noun object of a refusal or a demand is not what was said ----------------------------


def test_object_of_dismissed_is_no_statement():
    assert _texts("The mill dismissed the council's report, accusing it of having ignored the flood maps.") == []


def test_object_of_claiming_damages_is_no_statement():
    assert _texts("The farmers are claiming damages against Acme for breach of contract and negligence.") == []


def test_object_of_a_demand_is_no_statement():
    # round thirty-four decided it: "demand" joined the list (the thing demanded is no statement,
    # as the seed-101 and seed-137 audits' judges read it; tests/test_quotes_not_statement_r34.py)
    assert _texts("The union demanded an apology from the mill owner.") == []
    # twin: with a clause, what is demanded is said
    assert _texts("The union demanded that the mill owner apologise.") == ["that the mill owner apologise"]


def test_object_of_a_denial_stays_as_decided_in_round_ten():
    # twin: "deny" is not in the list (its object is a content by tests/test_quote_contents_r10.py)
    assert _texts("The mayor denied the allegations of fraud at the port.") == ["the allegations of fraud at the port"]


def test_refusal_with_a_predicate_or_a_clause_keeps_its_content():
    # twins: what the verb says of its object, or a clause, is said
    assert _texts("The council dismissed the mill's report as self-serving.") == ["the mill's report as self-serving"]
    assert _texts("The mayor denied that the river was unsafe.") == ["that the river was unsafe"]
    assert _texts("The farmers are claiming that the mill broke the contract.") == ["that the mill broke the contract"]


def test_object_of_a_plain_saying_stays():
    # twin: a verb of announcing is not a refusal; its object is the content, as before
    assert _texts("The mill announced a new plan for the river bank.") == ["a new plan for the river bank"]


# --- a closing "which" comment on a noun or infinitive content is the writer's ----------------


def test_which_comment_after_a_recommended_deed_is_cut():
    got = _texts("Town officials recommend boiling tap water and avoiding crowds, "
                 "which did not stop the last outbreak from spreading, in 1990.")
    assert got == ["boiling tap water and avoiding crowds"]


def test_which_comment_after_a_promised_infinitive_is_cut():
    got = _texts("The mayor promised to pay all the claims for the flood, which will carry the cost to millions.")
    assert got == ["to pay all the claims for the flood"]


def test_which_clause_inside_a_said_clause_stays():
    # twin: a clause content may hold the speaker's own "which"
    got = _texts("The mayor said the council would pay for the dam, which cost five million dollars.")
    assert got == ["the council would pay for the dam, which cost five million dollars"]


def test_restrictive_which_without_a_comma_stays():
    # twin: no comma: the clause says which filter, part of what is recommended
    assert _texts("Town officials recommend a filter which removes the lead.") == ["a filter which removes the lead"]


# --- a cue with a colon hands over the words after it, not a phrase quoted before it -----------


def test_phrase_quoted_before_a_colon_cue_is_not_its_quote():
    text = ("The board verdict: the crew to blame 6.\n\n"
            'Water from the dam was "sent straight into the town" The report says: "The panel finds that the '
            'crew opened the gates too late, and the banks gave way."\n\nThe board verdict: the council to blame 7.')
    got = _texts(text)
    assert "sent straight into the town" not in got
    assert any(t.startswith("The panel finds that the crew") for t in got)


def test_quotation_handed_over_by_its_comma_keeps_the_colon_cue():
    # twin: the first quotation ends with its comma: the tag is its tag too
    got = _texts('"We are ready for the flood," the mayor said: "the pumps are running day and night."')
    assert "We are ready for the flood" in got


def test_participle_taken_for_an_infinitive_does_not_take_the_clause():
    # twin: "warned exporting states it would be ..." is no infinitive with a relative clause after it
    got = _texts("The agency warned exporting states it would be unwise for them to try and push prices higher.")
    assert not any(t.startswith("exporting states") for t in got)

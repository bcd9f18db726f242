"""Quotes: wrong speakers and non-statements of the seed-53 audit, as classes (issue 18, round
nineteen, 18z).

Every text here is invented. Each rule has a case where it fires and a twin where it must not."""

from __future__ import annotations

from scenes import who
from test_quote_contents import _quotes  # (text, cue) of each quote, spans checked against the text

from storyline.pipeline import analyse_record
from storyline.types import Record


def _analysis(text: str):
    return analyse_record(Record(source="x.txt", text=text))


def _by_cue(text: str) -> dict[str, tuple[str, str | None]]:
    """cue -> (quote text, resolved speaker name or None when open), over the quotes of ``text``."""
    a = _analysis(text)
    return {q.cue or "": (q.text, who(a, q)) for q in a.quotes}


# --- a clause joined after the cue's own object is the reporter's -------------------------


def test_a_clause_after_confirmed_cases_and_is_not_what_the_countries_said():
    text = ("Almost 40 countries have now confirmed cases of the fever and about 9,000 people around the world "
            "have been diagnosed with it.")
    assert _quotes(text) == []


def test_a_clause_after_claiming_lives_is_not_what_the_wreck_claimed():
    text = ("Since the N) ferry capsized and sank last month, claiming 40 lives, thousands of gallons of fuel have "
            "been leaking into the bay.")
    assert "claiming" not in [cue for _, cue in _quotes(text)]


def test_a_second_cue_with_its_own_clause_after_the_object_stays():
    text = "The ministry confirmed the figures and said that 40 people had died in the floods."
    assert ("that 40 people had died in the floods", "said") in _quotes(text)


def test_an_object_that_is_the_clauses_subject_stays():
    # the parse takes "the dam" for the object of "said" and the clause after the comma has no subject
    text = "John Doe said the dam, according to the survey, was safe."
    assert ("the dam, according to the survey, was safe", "said") in _quotes(text)


def test_said_with_a_name_after_the_comma_keeps_its_clause():
    # "say" takes no noun object: the parse's "object" is the start of what was said
    text = "But John Doe said the rig operator in this case, Acme Corp should have shut down the well."
    assert any(q.endswith("should have shut down the well") for q, _ in _quotes(text))


def test_a_comma_right_after_the_cue_keeps_its_clause():
    text = "President Jane Roe recently stated, the questions before the council are not a game, they're about homes and jobs."
    assert any("homes and jobs" in q for q, _ in _quotes(text))


# --- a refusal to do something is an act -------------------------------------------------


def test_a_refusal_to_leave_is_no_statement():
    assert _quotes("The captain refused to sail without the missing crew.") == []
    assert _quotes("Acme Corp declined to pay the fine.") == []


def test_a_refusal_with_a_clause_of_its_own_stays():
    text = "The mayor refused to accept that the levee had failed."
    assert [cue for _, cue in _quotes(text)] == ["refused"]


# --- what a company questioned is not its words -------------------------------------------


def test_questioned_estimates_is_no_statement():
    text = "Acme Corp has taken responsibility for the cleanup but has questioned official estimates of how much fuel leaked."
    assert _quotes(text) == []


def test_questioned_whether_stays():
    assert _quotes("Jane Roe questioned whether the dam could hold.") == [("whether the dam could hold", "questioned")]


# --- "according to" after the tag is the source, not the content ---------------------------


def test_an_according_to_phrase_after_a_quotations_tag_is_no_quote():
    text = ('"Get those trucks out on the road and park them where the cameras can find them," manager Dan Hollis said, '
            "according to a written record of a phone call by Hollis kept for a 1994 hearing on the leak.")
    quotes = _quotes(text)
    assert not any(q.startswith("according to") for q, _ in quotes)
    assert any(q.startswith("Get those trucks out") for q, _ in quotes)


def test_a_clause_after_according_to_stays():
    text = "Jane Roe said, according to the minutes, that the dam was safe."
    assert any("the dam was safe" in q for q, _ in _quotes(text))


# --- a tag inside a relative clause ---------------------------------------------------------


def test_a_tag_after_a_relative_pronoun_says_the_rest_of_the_clause():
    text = ("The remarks by the chairman were the latest move in Acme's campaign to mend its name by taking a "
            "firmer stance toward those who have pinned the blaze on habits at Acme that, they said, put "
            "cost-saving before safety.")
    assert ("put cost-saving before safety", "said") in _quotes(text)


def test_a_demonstrative_before_a_tag_stays_in_the_content():
    text = "And that, the mayor said, is why the bridge must close."
    assert ("And that, the mayor said, is why the bridge must close", "said") in _quotes(text)


def test_a_relative_clause_that_ends_before_the_sentence_does_keeps_the_whole():
    # "was passed on Monday" is the reporter's: the rule does not fire where the clause stops early
    text = "The levy, which, the farmers said, will fall hardest on small farms, was passed on Monday."
    assert not any(q == "will fall hardest on small farms, was passed on Monday" for q, _ in _quotes(text))


# --- a judge is not a lawyer; a title with a participle phrase before the name --------------


_LAWYER = ("Those lawsuits cannot go to a jury trial until a court has ruled, said Jeffrey Doe, a Virginia "
           "lawyer who has brought numerous lawsuits.\n\n")


def test_the_judge_is_not_the_lawyer_named_before():
    q = _by_cue(_LAWYER + "The judge said the trial would start in May.")
    assert q["said"][0] == "the trial would start in May" and q["said"][1] is None


def test_the_judge_is_the_judge_named_before():
    text = "Carl Roe, a federal judge, set the hearing for March.\n\nThe judge said the trial would start in May."
    assert _by_cue(text)["said"] == ("the trial would start in May", "Carl Roe")


def test_the_name_after_a_title_with_a_participle_phrase_speaks():
    text = _LAWYER + ("At a September hearing, the judge overseeing the cases, Ellen Morrow, suggested the injury "
                      "cases were good candidates for settlement.")
    assert _by_cue(text)["suggested"][1] == "Ellen Morrow"


# --- a request joined to a pluperfect report, with a pronoun object --------------------------


def test_a_request_of_him_after_a_pluperfect_report_is_not_the_reported_subjects():
    text = ("Senator Ed Morrow said John Doe had refused a request to address a hearing on the spill and asked "
            "him to reconsider.")
    q = _by_cue(text)
    assert q.get("asked", (None, None))[1] != "John Doe"


def test_a_request_with_a_noun_object_after_a_pluperfect_report_stays_the_subjects():
    text = "Jane Roe said the Acme Corp board had met on Monday and urged residents to leave."
    q = _by_cue(text)
    assert "urged" not in q or q["urged"][1] != "Jane Roe"


# --- "it" and "the company" after a name the tagger missed ----------------------------------


_AGENCY = ('"Inside, the buzz of workers fills the floors of the offices," the Acme News agency said.\n\n'
           "Phone companies have been racing to bring their networks back since the storm.\n\n")


def test_it_after_an_untagged_company_name_is_open_not_the_agency():
    text = _AGENCY + ("Norvex is the island's leading wireless operator with 2 million customers.\n\n"
                      "Last week it said that roughly 70% of its masts were up.\n\n"
                      "Norvex, which began in Jamaica, found a captive market when it set up on the island in 2006.\n\n"
                      "The company says the operation cost $260 million.")
    q = _by_cue(text)
    assert q["said"] == ("that roughly 70% of its masts were up", None)
    assert q["says"] == ("the operation cost $260 million", None)
    a = _analysis(text)
    share = [f for f in a.figures if f.text == "roughly 70%"]
    assert share and share[0].subject_mention is None


def test_it_with_no_nearer_name_stays_the_agencys():
    text = _AGENCY + "Last week it said that roughly 70% of the masts were up."
    assert _by_cue(text)["said"] == ("that roughly 70% of the masts were up", "Acme News")

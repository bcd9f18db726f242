"""Round thirty-six, issue 18 ("quoted content that is not a statement", what is left): the
judges of seeds 139 and 149 read as no statement a topic after "did not discuss ..., only how",
a refusal whose deed holds a noun's clause ("refused to go along with an attempt to dispute
the polls showing ..."), a feeling ("some workers felt betrayed"), an op-ed's hypothetical
("could do this by telling him that ..."), the object of a cue's own infinitive ("wants to
lock in what surveys say is ...") and a thing doubted ("doubted the polls showing ...").
Each rule has a text that fires and a twin that must not; all texts are invented."""

from __future__ import annotations

from pipeline_helpers import quote_texts as _texts

# --- a focusing adverb before a question word still opens a topic ----------------------------


def test_only_how_after_discuss_is_a_topic():
    assert _texts("Jane Roe did not discuss a path to citizenship, only how some could earn work permits.") == []


def test_twin_exactly_how_after_explain_stays():
    got = _texts("Jane Roe explained exactly how some could earn work permits.")
    assert got == ["exactly how some could earn work permits"]


# --- a refusal's deed with a clause inside a noun is still a deed ----------------------------


def test_refused_deed_with_a_clause_on_a_noun_is_no_statement():
    assert _texts("On Wednesday, Jane Roe refused to join a partner's bid to question "
                  "the recent surveys showing Mr. Doe ahead of Ms. Poe.") == []


def test_refused_deed_with_a_bare_infinitive_clause_is_no_statement():
    assert _texts("A second website refuses to let John Miller sell the pistol.") == []


def test_twin_refused_to_accept_that_stays():
    assert _texts("Jane Roe refused to accept that the bridge was unsafe.") == ["to accept that the bridge was unsafe"]


# --- a feeling is not a saying ----------------------------------------------------------------


def test_a_feeling_with_no_clause_is_no_statement():
    # the base read "<content>, X felt" and showed the whole sentence, the feeling inside it
    got = _texts("When Acme in May announced 900 job cuts, some staff felt cheated, or as if the owners had stopped caring.")
    assert not any("felt" in g for g in got)
    got = _texts("When Acme in May announced 900 job cuts, Jane Roe felt cheated, or as if the owners had stopped caring.")
    assert not any("felt" in g for g in got)


def test_twin_a_feeling_told_to_reporters_stays():
    assert _texts("Jane Roe told reporters she felt betrayed by the party.") == ["she felt betrayed by the party"]


# --- a saying as the means of a modal's hypothetical -----------------------------------------


def test_could_do_this_by_telling_is_no_statement():
    assert _texts("He could do this by telling Senator John Miller that he will withdraw the nomination.") == []


def test_twin_responded_by_saying_stays():
    assert _texts("Jane Roe responded by saying that the network does not pay for guests.") == [
        "that the network does not pay for guests"]


def test_twin_would_by_urging_is_not_read_as_hypothetical():
    # "would" is the past's future here, not a modal of possibility (data/hypothetical_modals.txt)
    from storyline.analyse import quotes
    from storyline.spacymodel import load
    doc = load()("The theme would carry him to victory by urging that the country unite.")
    tok = next(t for t in doc if t.lower_ == "urging")
    assert not quotes._hypothetical_means(tok)


# --- a clause that is the object of the cue's own infinitive ---------------------------------


def test_object_of_the_cues_infinitive_is_no_statement():
    assert _texts("The mayor wants to keep what surveys suggest is a wide lead over her rival in the race.") == []


def test_twin_a_cues_clause_with_no_infinitive_stays():
    assert _texts("Jane Roe believes that polls show a big lead over John Miller.") == [
        "that polls show a big lead over John Miller"]


# --- the thing doubted ------------------------------------------------------------------------


def test_doubted_the_polls_showing_is_the_thing_doubted():
    got = _texts("Some hosts doubted the polls showing John Miller leading the race.")
    assert "the polls showing John Miller leading the race" not in got


def test_twin_doubted_that_stays():
    assert _texts("Jane Roe doubted that the polls were right.") == ["that the polls were right"]


# --- a quotation named as an old saying -------------------------------------------------------


def test_a_quoted_adage_is_no_statement():
    assert _texts('The old adage, "a rising tide lifts all boats," came to mind when the mayor got '
                  'word that his demands had been answered.') == []


def test_twin_an_adage_cited_by_a_speaker_stays():
    got = _texts('Jane Roe cited the old adage, "a rising tide lifts all boats," when she spoke to the board on Monday.')
    assert "a rising tide lifts all boats" in got


def test_twin_advice_relayed_inside_a_report_is_left_to_the_report():
    # inside another's report the hypothetical is hers: left as it was (its quote kept)
    got = _texts("Jane Roe has told her backers that they ought to reply by hinting that the critics are paid.")
    assert any("the critics are paid" in g for g in got)


# --- a questionnaire's question ---------------------------------------------------------------


def test_a_surveys_question_is_no_statement():
    assert _texts("Another question that asked voters how likely Roe was to win drew mixed answers.") == []
    assert _texts("The survey asks whether any resident has trouble with stairs.") == []


def test_twin_people_asking_stays():
    assert _texts("Reporters asked whether Jane Roe would stay in the race.") == ["whether Jane Roe would stay in the race"]


def test_twin_a_proverb_quoted_by_a_speaker_stays():
    got = _texts('Jane Roe quoted the old proverb "a slow river still reaches the sea" when speaking of the firm.')
    assert "a slow river still reaches the sea" in got

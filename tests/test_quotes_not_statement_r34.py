"""Round thirty-four, issue 18 item 3 ("a bare noun phrase is a content only after verbs that take
one"): quotes whose content is not something anyone said or wrote. The seed-137 audit read a
noun phrase after "proposed", "demanded", "blamed for" and a quoted object of "opposes" as the
speaker's statement, a nickname before a name ("Low energy" Jeb Bush) and a show's title
(a channel's "The Harbour Hour") as quotes. Each rule has a text that fires and a twin that
must not; all texts are invented (the names are common ones, so that the tagger types them)."""

from __future__ import annotations

from pipeline_helpers import quote_texts as _texts

# --- the "for" phrase of a judging verb is the deed judged, not a statement -----------------


def test_for_phrase_after_blamed_in_a_relative_clause_is_no_content():
    assert _texts("The group, which Senator John Miller blamed for the bombing of the market, has grown.") == []


def test_for_phrase_after_a_passive_criticised_is_no_content():
    assert _texts("The port authority, criticised for delaying the new safety checks, said nothing.") == []


def test_twin_called_for_is_no_grounds_phrase():
    # round thirty-eight: the thing called for is no statement either, but as a thing wanted
    # (no_statement.tsv's "thing_called_for", the seed-152 judges' Q10), not as the grounds of a
    # judgement: "call" is no grounds cue
    from storyline import lexicon
    assert "call" not in lexicon.words("analyse/grounds_cues.txt")
    assert _texts("Senator John Miller called for a ban on the fishing boats.") == []


# --- the noun object of "propose" or "demand" is a thing wanted, not said ---------------------


def test_object_of_proposed_is_no_content():
    assert _texts("Senator Ted Cruz proposed a constitutional amendment that would limit judges' terms.") == []


def test_object_of_demanded_is_no_content():
    assert _texts("She backed workers in Ohio who demanded a $15 minimum wage.") == []


def test_twin_proposed_with_a_clause_keeps_it():
    assert _texts("Senator John Miller proposed that the council meet again on Monday.") == [
        "that the council meet again on Monday"]


def test_twin_denied_the_allegations_stays():
    assert _texts("The mayor denied the allegations of fraud at the port.") == ["the allegations of fraud at the port"]


# --- a quoted noun phrase as the object of a verb that says nothing ---------------------------


def test_quoted_object_of_opposes_is_no_quote():
    got = _texts('Maria Lopez backs "higher wages for all nurses" and opposes "any cuts to the hospital budget".')
    assert got == []


def test_quotation_right_after_a_stance_verb_is_no_quote_whatever_the_parse():
    # the parse reads "pay freezes" as a clause (subject and verb): the verb before it decides
    got = _texts('Maria Lopez supports "fair pay raises for nurses," opposes "sudden pay freezes across '
                 'the board" and recalled the long strike: "It was hard for everyone in the ward."')
    assert got == ["It was hard for everyone in the ward."]


def test_twin_quotation_after_a_verb_of_saying_stays():
    got = _texts('Maria Lopez said "pay freezes across the board are unfair to every nurse."')
    assert got == ["pay freezes across the board are unfair to every nurse."]


def test_twin_quoted_predicate_of_called_stays():
    assert _texts('Maria Lopez called the plan "a total disgrace for the city."') == ["a total disgrace for the city."]


def test_twin_quoted_object_of_tweeted_stays():
    assert _texts('Maria Lopez tweeted "a great day for the whole city" on Monday.') == [
        "a great day for the whole city"]


def test_twin_quoted_object_of_a_cue_of_judging_stays():
    got = _texts('Mayor Jane Roe condemned the "raid whose criminal purpose nobody in the town can doubt."')
    assert got == ["raid whose criminal purpose nobody in the town can doubt."]


def test_twin_quoted_object_handed_to_a_tag_stays():
    got = _texts('Riders hold "far higher hopes for the new harbour ferry," she said, and wait for it.')
    assert got == ["far higher hopes for the new harbour ferry"]


def test_twin_quoted_object_inside_a_report_stays():
    got = _texts('Maria Lopez said the board used "the worst possible method" to count the votes.')
    assert any("the worst possible method" in g for g in got)  # held in the report (mixed), as before


# --- a title or a nickname in quote marks names something --------------------------------------


def test_show_title_after_an_owner_is_no_quote():
    got = _texts("Talking with Acme TV's \"The Harbour Hour\" on Monday, Jane Roe said she was tired.")
    assert got == ["she was tired"]


def test_title_after_a_noun_and_a_comma_is_no_quote():
    assert _texts('Fans at the church pass around his memoir, "Gifted Hands," every week.') == []


def test_twin_a_sentence_after_an_owner_stays():
    got = _texts("Jane Roe's answer was short: \"We will not close the school this year.\"")
    assert got == ["We will not close the school this year."]


def test_nickname_before_a_name_is_no_quote():
    assert _texts('Trump mocked his rivals ("Low energy" Jeb Bush, "Little Marco" Rubio).') == []


def test_twin_a_short_quote_handed_to_its_tag_stays():
    got = _texts('"Not a chance," Jeb Bush said on Monday about the deal.')
    assert got == ["Not a chance"]


# --- a "which" clause after a comma is the writer's aside, not what the cue's subject asked -----


def test_which_aside_after_a_comma_is_no_content():
    got = _texts("The sum of erased Jane Roe emails that Donald Trump asked Russia to dig up, "
                 "which would require hacking into Roe's private server.")
    assert not any(g.startswith("which") for g in got)


def test_twin_a_question_opened_by_which_stays():
    assert _texts("Jane Roe asked which assets of the firm were core.") == ["which assets of the firm were core"]

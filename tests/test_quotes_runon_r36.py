"""Reported contents that run on past the statement or stop inside it (issue 18 item 3; round
thirty-six): the reporter's counterpoint after a dash or a comma ("- while X have ...",
", even as X was ..."), a second poll share's answer or the writer's comparison run into a
share's answer, and a list of deeds the parse broke off after its first item. Each rule with a
must-not-fire twin. Texts written for the test."""

from __future__ import annotations

from storyline.analyse.quotes import _infinitive_list_tail
from storyline.pipeline import analyse_record
from storyline.spacymodel import load
from storyline.types import Record


def _contents(text: str) -> list[str]:
    return [q.text for q in analyse_record(Record(source="t.txt", text=text)).quotes if q.kind == "indirect"]


def test_a_participle_after_a_dash_is_left_alone():
    # not shipped: a free participle after a dash is the reporter's gloss as often as the
    # speaker's own words (Timeline17 dev: half of 12), so the content keeps it
    text = "The charity said it is working at seven sites in the capital - trying to feed more than 9,000 people."
    assert _contents(text) == ["it is working at seven sites in the capital - trying to feed more than 9,000 people"]


def test_a_participle_between_paired_dashes_stays_in_the_statement():
    # twin: a pair of dashes sets off an aside inside what was said
    text = "Mayor Ann Keller said the bridge - costing more than $5 million - would be rebuilt by the spring."
    assert _contents(text) == ["the bridge - costing more than $5 million - would be rebuilt by the spring"]


def test_a_dash_inside_the_speakers_quoted_words_stays():
    # twin: the dash and the clause after it stand inside the speaker's own quoted words
    text = 'Mayor Ann Keller said the plan was "unfair to the farmers - while her rivals have lied to them."'
    assert _contents(text) == ['the plan was "unfair to the farmers - while her rivals have lied to them."']


def test_a_pronoun_subject_after_a_dash_stays():
    # twin: "though he ..." may be the speaker going on about himself
    text = "The clerk told the agents he had not made the changes in time - though he gave varying stories later."
    assert _contents(text)[0].endswith("though he gave varying stories later")


def test_a_clause_of_its_own_after_a_dash_is_cut():
    text = "Mayor Ann Keller said the plan was unfair to the farmers - while her rivals have accused the council of lying."
    assert _contents(text) == ["the plan was unfair to the farmers"]


def test_a_noun_phrase_after_a_dash_stays():
    # twin: a noun phrase after the dash is as often the speaker's own as the reporter's
    text = "Mayor Ann Keller said she meets her old friends from school every year - as many farmers as bankers."
    assert _contents(text) == ["she meets her old friends from school every year - as many farmers as bankers"]


def test_an_even_as_clause_closing_the_content_is_cut():
    text = ("Mayor Ann Keller told reporters that she did not know whether the council would back her, "
            "even as talk was growing in town.")
    assert _contents(text) == ["that she did not know whether the council would back her"]


def test_even_as_with_no_clause_stays():
    # twin: "even as a candidate" is no clause with a subject of its own
    text = "Mayor Ann Keller said she had backed the plan, even as a candidate for the council."
    assert _contents(text) == ["she had backed the plan, even as a candidate for the council"]


def test_even_as_inside_the_quoted_words_stays():
    # twin: the speaker's own "even as", inside her quoted words
    text = 'Mayor Ann Keller said the plan was "fair to all, even as times are hard for the farmers."'
    assert _contents(text) == ['the plan was "fair to all, even as times are hard for the farmers."']


def test_a_list_of_deeds_after_a_quoted_first_item_is_kept_whole():
    # the parse hangs "secure" on "said" as an adverbial clause: the content stopped after "machine,"
    text = ('In a video put out by the Hale campaign, Roe said her fellow Ohioan is ready to "take on the '
            'Columbus machine," secure the roads, strengthen the police, and improve health care for farmers.')
    assert _contents(text) == ['her fellow Ohioan is ready to "take on the Columbus machine," secure the roads, '
                               'strengthen the police, and improve health care for farmers']


def test_a_bare_verb_with_no_infinitive_before_is_no_list_tail():
    # twin: with no infinitive in the content before it, a bare verb hung on the cue is not read
    # as the rest of its list
    doc = load()('In a video put out by the Hale campaign, Roe said her fellow Ohioan is ready for "the '
                 'Columbus machine," secure the roads, strengthen the police, and improve health care for farmers.')
    said = next(t for t in doc if t.text == "said")
    tails = [t for t in said.children if t.dep_ == "advcl" and t.tag_ == "VB"]
    assert all(not _infinitive_list_tail(said, t) for t in tails)
    doc = load()('In a video put out by the Hale campaign, Roe said her fellow Ohioan is ready to "take on the '
                 'Columbus machine," secure the roads, strengthen the police, and improve health care for farmers.')
    said = next(t for t in doc if t.text == "said")
    assert any(_infinitive_list_tail(said, t) for t in said.children if t.dep_ == "advcl")


def test_an_even_as_clause_with_a_pronoun_subject_stays():
    # twin: the pronoun carries the content's own subject on: perhaps still what was said
    text = "The company said its engineers were working to measure the leak, even as they fought to stop the flow."
    assert _contents(text)[0].endswith("even as they fought to stop the flow")


def test_a_present_tense_even_as_clause_stays_the_speakers():
    # twin: a general claim in the present is the speaker's own, "even as" and all
    text = "The envoy said that the accord should guide the towns in the years ahead, even as their mayors change."
    assert _contents(text) == ["that the accord should guide the towns in the years ahead, even as their mayors change"]


def test_another_share_of_a_poll_is_not_the_first_shares_content():
    text = ("In a poll last month, 38 percent of voters said the mayor should step down from the board, "
            "while 60 percent said she should be able to stay on if her husband won.")
    assert _contents(text) == ["the mayor should step down from the board",
                               "she should be able to stay on if her husband won"]


def test_the_same_subject_again_is_not_another_share():
    # twin: with no differing figures the same head word may be the speaker again: left as it was
    text = "The council said the old road would close in May, while the council said the bridge stays open."
    assert _contents(text)[0].startswith("the old road would close in May, while")


def test_the_reporters_comparison_after_a_shares_answer_is_cut():
    text = "Thirty-one percent of those polled say they would be glad if she won the race, a bit more than the 25% who fear it."
    assert _contents(text) == ["they would be glad if she won the race"]
    text = "In the new poll, 38 percent said they had a positive view of the mayor, compared with 33 percent last month."
    assert _contents(text) == ["they had a positive view of the mayor"]


def test_a_named_speakers_own_comparison_stays():
    # twin: the speaker is no share of a poll: the comparison is hers
    text = "The mayor said crime fell 20 percent this year, compared with 5 percent in the county."
    assert _contents(text) == ["crime fell 20 percent this year, compared with 5 percent in the county"]

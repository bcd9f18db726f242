"""Round thirty-five, issue 18 ("quoted content that is not a statement"): the seed-149 judges
read as no statement the noun object of "promising" ('promising universal health care') and a
hope or belief the reporter ascribes to a vague group with no saying by anyone ('supporters
hope ...', 'Democrats hope ...'; seed 139's 'foreign observers ... worry'). Each rule has a
text that fires and a twin that must not; all texts are invented (the names are common ones,
so that the tagger types them)."""

from __future__ import annotations

from pipeline_helpers import quote_texts as _texts

# --- the bare noun object of a verb of promising is the thing promised --------------------------


def test_noun_object_of_a_promising_participle_is_no_content():
    assert _texts("Jane Roe toured the state last year, promising universal health care and lower taxes.") == []


def test_noun_object_of_pledged_and_vowed_is_no_content():
    assert _texts("The mayor pledged a full and independent inquiry into the flooding of the valley.") == []
    assert _texts("Senator John Miller vowed a long fight against the new harbour tax.") == []


def test_twin_promised_with_a_clause_or_an_infinitive_keeps_it():
    assert _texts("Jane Roe promised that taxes would fall next year.") == ["that taxes would fall next year"]
    assert _texts("Jane Roe promised to cut taxes for every farmer in the valley.") == [
        "to cut taxes for every farmer in the valley"]


def test_twin_a_quoted_object_of_vowed_stays():
    # the marks say the words are the speaker's own
    got = _texts('Senator John Miller vowed "unwavering support" for the flooded towns.')
    assert len(got) == 1 and got[0].startswith("unwavering support")


# --- a vague group's hope or belief with no saying --------------------------------------------


def test_a_vague_groups_hope_or_worry_is_no_statement():
    assert _texts("Supporters hope the senator will win the primary in March.") == []
    assert _texts("Foreign observers fear the vote could become a model for their own lands.") == []
    assert _texts("Many believe the senator has already lost the race.") == []


def test_a_partys_members_belief_is_no_statement():
    assert _texts("Democrats hope the senator will win the primary in March.") == []


def test_twin_a_named_holders_belief_stays():
    assert _texts("Jane Roe believes the plan will work.") == ["the plan will work"]


def test_twin_a_group_that_says_it_keeps_its_words():
    got = _texts("Democrats said they hope the senator will win the primary.")
    assert "they hope the senator will win the primary" in got


def test_twin_a_poll_share_stays():
    got = _texts("Fifty-seven percent of voters think the plan will work.")
    assert got == ["the plan will work"]


def test_twin_a_named_bodys_members_and_a_definite_group_stay():
    assert _texts("Analysts at Acme Capital believe the costs could exceed $25 billion.") == [
        "the costs could exceed $25 billion"]
    assert _texts("The companies expect to cut $2 billion in costs within three years.") == [
        "to cut $2 billion in costs within three years"]


def test_twin_a_sentence_with_a_saying_keeps_the_belief():
    got = _texts("Some scientists think the oil may spread, but others say it will not.")
    assert "the oil may spread" in got


def test_twin_a_belief_the_group_says_in_the_next_sentence_stays():
    got = _texts("Still, Democrats believe the pressure will become too great. They say it has been evident for weeks.")
    assert "the pressure will become too great" in got


def test_twin_a_quoted_fear_stays():
    got = _texts('Liberal politicians fear "Europe is disintegrating."')
    assert got and "Europe is disintegrating" in got[0]


# --- a cue's gerund as what a course would entail ---------------------------------------------


def test_a_gerund_under_it_would_mean_is_no_statement():
    assert _texts("For Jane Roe, it would mean telling John Fell that the plan had failed.") == []
    assert _texts("In plain political terms, it means conceding that Jane Roe speaks for millions of voters.") == []


def test_twin_a_gerund_under_another_verb_stays():
    assert _texts("Jane Roe spent the day telling reporters that the plan had failed.") == ["that the plan had failed"]

"""Round forty-six (figsubj46): subjects of figures (issue 20, item 5;
analyse/figsubject_amount.py, figures.py).

- a count of people a relative clause on them says were killed, hurt or died in a cause
  event ("14 people who were killed in the blaze"): that event;
- nouns of fighting as cause events ("the siege of the town killed 30 civilians");
- the infinitive of a raising head ("the tunnel is expected to cost $4 billion", "the
  hurricane is likely to kill dozens"): the head's subject is the figure's.

Each rule has a twin where it must not fire. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure as _figure
from pipeline_helpers import subject_words as _subject

# ------------------------------------------------ a relative clause of harm on the people counted


def test_people_who_were_killed_in_an_event_are_that_events():
    a, f = _figure("The ruling added to the toll of 14 people who were killed in the blaze.", "14")
    assert _subject(a, f) == "the blaze"


def test_people_who_died_in_an_event_are_that_events():
    a, f = _figure("The firm said 9 miners who died in the explosion had worked there for years.", "9")
    assert _subject(a, f) == "the explosion"


def test_twin_people_who_died_in_a_place_stay_open():
    # a hospital is where, not what killed them: open
    a, f = _figure("The firm said 9 miners who died in the hospital had worked there for years.", "9")
    assert _subject(a, f) is None


def test_twin_people_who_were_not_hurt_stay_open():
    # a negated clause counts no harm done by the crash
    a, f = _figure("Officials praised the 30 passengers who were not hurt in the crash.", "30")
    assert _subject(a, f) is None


def test_twin_people_who_reported_an_event_stay_open():
    # the clause is no harm done to them: they reported the attack
    a, f = _figure("Police thanked the 12 people who reported the attack on Sunday.", "12")
    assert _subject(a, f) is None


def test_twin_people_a_clause_says_were_affected_stay_open():
    # "affected" describes people counted for another reason: not a count of harm
    a, f = _figure("We have 2,000 police in the capital who are badly affected by the quake.", "2,000")
    assert _subject(a, f) is None


# ------------------------------------------------ nouns of fighting as causes


def test_a_siege_that_killed_people_is_the_deaths_cause():
    a, f = _figure("The siege of the old town killed 30 civilians, officials said.", "30")
    assert _subject(a, f) == "The siege of the old town"


def test_twin_a_war_named_only_as_time_stays_open():
    # "after the war" is when, not what killed them
    a, f = _figure("After the war, 30 civilians were killed by landmines.", "30")
    assert _subject(a, f) is None


# ------------------------------------------------ a raising head's subject


def test_cost_expected_of_a_thing_is_that_things():
    a, f = _figure("The new tunnel is expected to cost $4 billion.", "$4 billion")
    assert _subject(a, f) == "The new tunnel"


def test_cost_likely_of_a_thing_is_that_things():
    a, f = _figure("The new tunnel is likely to cost $4 billion.", "$4 billion")
    assert _subject(a, f) == "The new tunnel"


def test_deaths_a_storm_is_expected_to_cause_are_the_storms():
    a, f = _figure("The hurricane is expected to kill 40 people on the coast.", "40")
    assert _subject(a, f) == "The hurricane"


def test_twin_a_negated_forecast_stays_open():
    a, f = _figure("The new tunnel is not expected to cost $4 billion.", "$4 billion")
    assert _subject(a, f) is None


def test_twin_an_unlisted_head_gives_no_subject_to_a_cost():
    # only a listed raising head passes its subject on; "meant to" is not listed: open
    a, f = _figure("The new tunnel was meant to cost $4 billion.", "$4 billion")
    assert _subject(a, f) is None


def test_twin_a_forecasters_object_is_not_their_cost():
    # the analysts forecast; the tunnel (their object) is what costs: never the analysts
    a, f = _figure("Analysts expect the new tunnel to cost $4 billion.", "$4 billion")
    assert _subject(a, f) != "Analysts"


# ------------------------------------------------ a price verb's sum is its subject's price


def test_a_thing_priced_at_a_sum_is_that_sums_subject():
    a, f = _figure("The basic handset will be priced at $249 in Europe.", "$249")
    assert _subject(a, f) == "The basic handset"


def test_a_thing_that_starts_at_a_sum_is_that_sums_subject():
    a, f = _figure("The cheapest tablet will start at $329 when it goes on sale.", "$329")
    assert _subject(a, f) == "The cheapest tablet"


def test_an_object_priced_at_a_sum_is_that_sums_subject():
    a, f = _figure("Bcme priced the new laptop at $899 on Monday.", "$899")
    assert _subject(a, f) == "the new laptop"


def test_twin_a_bare_noun_that_starts_at_a_sum_stays_open():
    # which tickets, the bare plural does not say: open
    a, f = _figure("Tickets start at $45 for the concert.", "$45")
    assert _subject(a, f) is None


def test_twin_a_pointing_phrase_that_starts_at_a_sum_stays_open():
    # "these models" points back to another sentence: open
    a, f = _figure("These models start from $349.", "$349")
    assert _subject(a, f) is None


# ------------------------------------------------ a passive verb of saying raises as "expected" does


def test_a_thing_said_to_cost_a_sum_is_that_sums_subject():
    a, f = _figure("The new stadium is said to cost $1 billion.", "$1 billion")
    assert _subject(a, f) == "The new stadium"


def test_a_cause_believed_to_have_killed_people_is_the_deaths_cause():
    a, f = _figure("The landslide is believed to have killed 80 people.", "80")
    assert _subject(a, f) == "The landslide"


def test_twin_a_passive_verb_of_making_gives_no_subject():
    # "designed to" says what the builders meant, not a report of the cost: not listed, open
    a, f = _figure("The new stadium was designed to cost $1 billion.", "$1 billion")
    assert _subject(a, f) is None


def test_twin_an_agent_said_to_have_raised_money_gives_no_subject():
    # the raiser is an agent, not what the money is for: the raised reading is not made
    a, f = _figure("The singer is said to have raised more than $1m for the relief effort.", "more than $1m")
    assert _subject(a, f) != "The singer"


def test_a_thing_supposed_to_be_cut_into_pieces_is_the_pieces_subject():
    a, f = _figure("Chocolate bars are supposed to be cut into 12 pieces for children.", "12")
    assert _subject(a, f) == "Chocolate bars"

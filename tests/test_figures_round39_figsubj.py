"""Round thirty-nine (figsubj): whose figure it is, and a claimant that only hopes (issue 20).

Subjects judged `missing` in the seed-151 to -153 samples where the figure's own clause names
whose it is:

- the subject of a verb of needing whose object the count is ("Roe needs 400 delegates":
  usa-today-149 F20, F25);
- a gainer whose "to" phrase is a sum set against the figure, not a recipient ("Roe had
  raised $293,565 to Doe's $199,445": wash-post-153 F24);
- the part a share is, as the object of a ``part`` verb ("the unaffiliated voters who make up
  12 percent of the county's electorate", after wash-post-153 F26).

And a claimant judged wrong: the holders of a hope claim no figure inside it (wash-post-153
F8: the other candidates hope to keep him short of the 1,237 delegates).

Each rule has a twin where it must not fire. Texts are written for the tests. (The spender of
a sum spent was tried and not shipped: the audit guide judges "BP" as the subject of what was
spent `wrong`; see /work/r39share/figsubj.md.)"""

from __future__ import annotations

from pipeline_helpers import analysed_figure as _figure
from pipeline_helpers import subject_words as _subject

# ------------------------------------------------ the subject of a verb of needing


def test_person_who_needs_the_delegates():
    a, f = _figure("Mary Lomax needs 400 delegates to win the nomination outright.", "400")
    assert _subject(a, f) == "Mary Lomax"


def test_twin_pronoun_that_needs_stays_open():
    a, f = _figure("Even if Okafor passed Lomax, he would then need 290 superdelegates to back him.", "290")
    assert _subject(a, f) is None


# ------------------------------------------------ a gainer set against another's sum


def test_raised_to_anothers_sum_is_the_raisers():
    a, f = _figure("As of the last report, Mary Lomax had raised $293,565 to Okafor's $199,445.", "$293,565")
    assert _subject(a, f) == "Mary Lomax"


def test_twin_money_drawn_to_a_recipient_stays_open():
    a, f = _figure("Mary Lomax drew $103 million to her super PAC last year.", "$103 million")
    assert _subject(a, f) is None


# ------------------------------------------------ the part a share is


def test_group_who_make_up_a_share():
    a, f = _figure("The vote is a puzzle for the unaffiliated voters who make up approximately 12 percent "
                   "of the county's electorate.", "approximately 12 percent")
    assert _subject(a, f) == "the unaffiliated voters"


def test_twin_pronoun_that_makes_up_a_share_stays_open():
    a, f = _figure("They make up about 14 percent of the state's electorate.", "about 14 percent")
    assert _subject(a, f) != "They"


# ------------------------------------------------ a hope claims no figure


def test_hope_holder_is_no_claimant():
    a, f = _figure("The other contenders hope to keep him short of the 1,237 delegates needed "
                   "to win the race.", "1,237")
    assert f.claimant_text is None and f.claimant_mention is None


def test_twin_a_saying_keeps_its_claimant():
    a, f = _figure("The other contenders said he would not reach the 1,237 delegates needed to win "
                   "the race.", "1,237")
    assert f.claimant_text == "The other contenders"


def test_twin_the_amount_hoped_for_keeps_its_claimant():
    a, f = _figure("Acme Oil hopes the new cap will carry as much as 60,000 barrels daily to the tankers.",
                   "as much as 60,000")
    assert f.claimant_text == "Acme Oil"


def test_twin_a_mention_of_the_head_alone_names_no_part():
    # round forty: the whole phrase is the part (figsubject_share._part_of_whole, as the judges
    # named it in seed 152 usa-today F2); never the head's mention alone
    a, f = _figure("A super PAC aligned with Mary Lomax accounts for about 40% of the planned advertising.", "about 40%")
    assert f.subject_mention is None and _subject(a, f) in (None, "A super PAC aligned with Mary Lomax")


def test_twin_a_joint_share_stays_open():
    a, f = _figure("Together with rival Shellco, Acme accounted for 25% of the total dividends paid last year.", "25%")
    assert _subject(a, f) != "Acme"


def test_a_quantified_group_keeps_its_name():
    a, f = _figure("Many Democrats - who made up 41 percent of caucus goers - stayed home.", "41 percent")
    assert _subject(a, f) == "Democrats"


def test_twin_bare_plural_restricted_after_it_stays_open():
    a, f = _figure("Men without a high school diploma made up only 31 percent of the turnout in 2008.",
                   "31 percent")
    assert _subject(a, f) != "Men"


def test_twin_a_part_share_is_not_lent_to_the_next_share():
    a, f = _figure("Acme owns about 47% of Pipeco, Shellco 28%, Petrox 20% and smaller holders the rest.", "28%")
    assert _subject(a, f) != "Acme"


def test_twin_a_share_given_in_exchange_is_not_the_takers():
    a, f = _figure("Under the deal Rosco will take 4% of Acme's stock in exchange for roughly "
                   "8.5% of Rosco's own.", "roughly 8.5%")
    assert _subject(a, f) != "Rosco"

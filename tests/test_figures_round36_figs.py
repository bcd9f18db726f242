"""Round thirty-six (figs): figure fields a reader would correct in poll copy (issue 20).

- a date's day is never the first end of a range whose second end has a unit ("from 31
  percent on June 9 to 37 percent" holds no range of 9-37 percent);
- "42%-49%" (a percent sign at both ends, a bare hyphen) is a pair of two sides' shares,
  not a range;
- "the margin of error" is named so, not "margin" (which reads as a lead);
- a percent "earned" by a candidate is a share of a vote, not earnings.

Each rule has a twin where it must not fire. Texts are written for the tests."""

from __future__ import annotations

from storyline.analyse import quantities
from storyline.pipeline import analyse_record
from storyline.types import Record


def _parse(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in quantities.parse(text)]


def _figure(text: str, figure: str, nth: int = 0):
    a = analyse_record(Record(source="t", text=text))
    return [f for f in a.figures if f.text == figure][nth]


# ------------------------------------------------ a date's day is no range end


def test_day_of_month_is_no_range_start_of_a_share():
    got = _parse("Backing for Roe climbed from 31 percent on June 9 to 37 percent by Aug. 2.")
    assert ("9 to 37 percent", "range") not in got
    assert ("37 percent", "value") in got


def test_day_of_month_is_no_range_start_of_a_sum():
    got = _parse("The fund's holding slid from $410 million on March 21 to $233 million in May.")
    assert all(kind != "range" for _, kind in got)
    assert ("$233 million", "value") in got


def test_twin_range_of_days_stays():
    assert ("17-23", "range") in _parse("The poll was taken Jan. 17-23 among 800 voters.")


def test_twin_range_of_shares_after_a_word_stays():
    assert ("14 to 46 percent", "range") in _parse("Support ranged from 14 to 46 percent.")


# ------------------------------------------------ "42%-49%" is a pair of shares


def test_percent_pair_is_no_range():
    assert _parse("Voters there give Roe a 41%-52% split on the job he does.") == [("41%", "value"), ("52%", "value")]


def test_twin_percent_range_written_as_range_stays():
    assert _parse("It kills 40-60% of the birds it infects.") == [("40-60%", "range")]
    assert _parse("Chances were put at 60% to 70% by the firm.") == [("60% to 70%", "range")]
    assert _parse("It kills between 40%-60% of the birds.") == [("40%-60%", "range")]


# ------------------------------------------------ the margin of error


def test_margin_of_error_is_named_so():
    f = _figure("The survey of 900 voters has a margin of error of 3.5 percentage points.",
                "3.5 percentage points")
    assert f.measure == "margin of error"


def test_margin_of_sampling_error_keeps_its_modifier():
    f = _figure("Its margin of sampling error is put at 4.5 percentage points by the pollster.", "4.5 percentage points")
    assert f.measure == "margin of sampling error"


def test_twin_winning_margin_stays_margin():
    f = _figure("Jane Doe won the county by a margin of 126 votes.", "126")
    assert f.measure != "margin of error"


# ------------------------------------------------ a candidate's earned share


def test_earned_percent_is_no_earnings():
    f = _figure("In the new poll, John Roe earned 30 percent.", "30 percent")
    assert f.measure != "earnings"


def test_earned_percent_of_the_vote_is_no_earnings():
    f = _figure("Jane Doe hopes to earn 12 percent of the vote next month, her aide said.", "12 percent")
    assert f.measure != "earnings"


def test_twin_earned_sum_stays_earnings():
    f = _figure("John Roe, a bus driver, earned $41,000 last year.", "$41,000")
    assert f.measure == "earnings"


# ------------------------------------------------ spending on a list of things


def test_spending_on_a_list_names_none_of_them():
    f = _figure("The county spent more than $400 million on court awards, fees and settlements.",
                "more than $400 million")
    assert f.measure == "spending"


def test_twin_spending_on_one_thing_keeps_it():
    f = _figure("The group spent more than $5 million on the Senate race.", "more than $5 million")
    assert f.measure == "race spending"


# ------------------------------------------------ a claimant run across a dash


def _claimant(text: str, figure: str):
    a = analyse_record(Record(source="t", text=text))
    f = [f for f in a.figures if f.text == figure][0]
    return a.mentions[f.claimant_mention].text if f.claimant_mention is not None else f.claimant_text


def test_claimant_cut_at_a_spaced_dash():
    text = ("The levy would bring in $900 billion by 2030, according to the Budget Policy Center "
            "- half a point of the nation's output.")
    assert _claimant(text, "$900 billion") == "Budget Policy Center"  # was "Budget Policy Center - half"


def test_twin_hyphen_inside_a_name_is_kept():
    text = "Jane Doe leads with 46 percent, according to the Washington Post-ABC News poll."
    assert _claimant(text, "46 percent") == "Washington Post-ABC News"

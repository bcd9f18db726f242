"""Round thirty-six (figs): figure fields a reader would correct in poll copy (issue 20).

- a date's day is never the first end of a range whose second end has a unit ("from 40
  percent on July 14 to 46 percent" holds no range of 14-46 percent);
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
    got = _parse("Her support went from 40 percent on July 14 to 46 percent on Aug. 1.")
    assert ("14 to 46 percent", "range") not in got
    assert ("46 percent", "value") in got


def test_day_of_month_is_no_range_start_of_a_sum():
    got = _parse("The stake fell from $585 million on April 20 to $289 million on June 30.")
    assert all(kind != "range" for _, kind in got)
    assert ("$289 million", "value") in got


def test_twin_range_of_days_stays():
    assert ("17-23", "range") in _parse("The poll was taken Jan. 17-23 among 800 voters.")


def test_twin_range_of_shares_after_a_word_stays():
    assert ("14 to 46 percent", "range") in _parse("Support ranged from 14 to 46 percent.")


# ------------------------------------------------ "42%-49%" is a pair of shares


def test_percent_pair_is_no_range():
    assert _parse("He has a negative 42%-49% approval rating.") == [("42%", "value"), ("49%", "value")]


def test_twin_percent_range_written_as_range_stays():
    assert _parse("It kills 40-60% of the birds it infects.") == [("40-60%", "range")]
    assert _parse("Chances were put at 60% to 70% by the firm.") == [("60% to 70%", "range")]
    assert _parse("It kills between 40%-60% of the birds.") == [("40%-60%", "range")]


# ------------------------------------------------ the margin of error


def test_margin_of_error_is_named_so():
    f = _figure("The poll of 900 voters has a margin of error of plus or minus 3.5 percentage points.",
                "3.5 percentage points")
    assert f.measure == "margin of error"


def test_margin_of_sampling_error_keeps_its_modifier():
    f = _figure("The margin of sampling error was plus or minus four percentage points.", "four percentage points")
    assert f.measure == "margin of sampling error"


def test_twin_winning_margin_stays_margin():
    f = _figure("Jane Doe won the county by a margin of 126 votes.", "126")
    assert f.measure != "margin of error"


# ------------------------------------------------ a candidate's earned share


def test_earned_percent_is_no_earnings():
    f = _figure("In the new poll, John Roe earned 30 percent.", "30 percent")
    assert f.measure != "earnings"


def test_earned_percent_of_the_vote_is_no_earnings():
    f = _figure("Jane Doe said she could earn 15 percent of the vote in the polls.", "15 percent")
    assert f.measure != "earnings"


def test_twin_earned_sum_stays_earnings():
    f = _figure("The teacher, John Roe, was earning $37,000 a year.", "$37,000")
    assert f.measure == "earnings"


# ------------------------------------------------ spending on a list of things


def test_spending_on_a_list_names_none_of_them():
    f = _figure("The city spent more than $500 million on court judgments, settlements and legal fees.",
                "more than $500 million")
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
    text = ("The plan would raise only $1.1 trillion over ten years, according to the Tax Policy "
            "Center - half a percentage point of output.")
    assert _claimant(text, "$1.1 trillion") == "Tax Policy Center"


def test_twin_hyphen_inside_a_name_is_kept():
    text = "Jane Doe leads with 46 percent, according to the Washington Post-ABC News poll."
    assert _claimant(text, "46 percent") == "Washington Post-ABC News"

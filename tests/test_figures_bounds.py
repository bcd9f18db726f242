"""Values the text bounds, read as bounds (analyse.quantities, issue 20 round thirteen):
verbs of exceeding, "as high as", a bound written after the number, a converted amount in
a parenthesis, a range of fractions. Each rule beside a twin where it must not fire. All
sentences invented."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.analyse.quantities import parse


def only(text):
    qs = parse(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


def shown(q):
    return (q.kind, q.value, q.low, q.high, q.bound)


# 1. verbs of exceeding, with or without a modal before them

def test_modal_exceed_is_a_lower_bound():
    q = only("Brokers think the repair bill for Acme Corp may well exceed $700m this year.")
    assert q.text == "$700m"  # the verb bounds it and stays outside the text
    assert shown(q) == ("bound", None, 700e6, None, "lower")


def test_past_exceeded_is_a_lower_bound():
    q = only("Ticket sales at Port Ellery exceeded 12,000 seats on Friday.")
    assert shown(q) == ("bound", None, 12000, None, "lower")


def test_likely_to_surpass_is_a_lower_bound():
    q = only("The toll is likely to surpass 3,100 people, Jane Roe said.")
    assert shown(q) == ("bound", None, 3100, None, "lower")


def test_could_top_is_a_lower_bound():
    q = only("Jane Roe thinks the Port Ellery levy may top $65bn by June.")
    assert q.text == "$65bn"
    assert shown(q) == ("bound", None, 65e9, None, "lower")


def test_modal_top_with_an_adverb_between():
    q = only("Port Ellery's bill might quickly top $3 billion.")
    assert shown(q) == ("bound", None, 3e9, None, "lower")


def test_top_as_a_rank_is_no_bound():
    # twin: "the top 20" is a rank, no modal or "to" before it
    q = only("Acme Corp fell out of the top 20 of the index.")
    assert shown(q) == ("value", 20, None, None, None)


def test_exceed_after_a_noun_stays_exact_when_not_before_the_number():
    # twin: "exceed" not right before the number bounds nothing
    q = only("Costs exceed forecasts, and the firm paid $40m in fines.")
    assert shown(q) == ("value", 40e6, None, None, None)


# 2. "as high as"

def test_as_high_as_is_an_upper_bound():
    q = only("The Port Ellery flow could be as high as 42,000 barrels a day.")
    assert shown(q) == ("bound", None, None, 42000, "upper")


def test_high_without_as_is_no_bound():
    q = only("The river stood high at 42,000 cubic feet.")
    assert q.kind == "value" and q.value == 42000


# 3. a bound written after the number

def test_or_more_after_a_counted_noun_is_a_lower_bound():
    q = only("The drought cost an estimated 30 million sheep or more in 1890.")
    assert q.kind == "bound" and q.low == 30e6 and q.bound == "lower" and q.approx


def test_or_even_more_after_money_is_a_lower_bound():
    q = only("Acme Corp may pay $12 billion or even more to settle.")
    assert shown(q) == ("bound", None, 12e9, None, "lower")


def test_or_less_is_an_upper_bound():
    q = only("Replies of 300 words or less are printed.")
    assert shown(q) == ("bound", None, None, 300, "upper")


def test_or_more_likely_is_no_bound():
    # twin: "or more likely" compares, it bounds nothing
    q = only("Patients were 40% or more likely to recover at home.")
    assert shown(q) == ("value", 40, None, None, None)


def test_higher_or_lower_after_the_number_is_no_bound():
    q = only("Prices may end 5% higher or lower by June.")
    assert shown(q) == ("value", 5, None, None, None)


def test_or_more_than_is_no_bound():
    q = only("It rained for 6 days or more than that.")
    assert q.kind == "value"


# 4. an amount converted into another currency in a parenthesis

def test_converted_amount_keeps_the_lower_bound():
    qs = parse("Acme Corp has paid more than $720m (#480m) for the new docks.")
    assert [shown(q) for q in qs] == [("bound", None, 720e6, None, "lower"), ("bound", None, 480e6, None, "lower")]


def test_converted_amount_keeps_the_upper_bound_and_pounds_with_a_spaced_scale():
    qs = parse("The bill could reach up to $16bn (# 10.4 bn), Jane Roe said.")
    assert [shown(q) for q in qs] == [("bound", None, None, 16e9, "upper"), ("bound", None, None, 10.4e9, "upper")]


def test_converted_amount_keeps_the_approximation():
    qs = parse("The work costs about $7m (£4.4m) a week.")
    assert [q.approx for q in qs] == [True, True]
    assert qs[1].value == 4.4e6


def test_hash_pound_with_a_spaced_scale_is_millions():
    qs = parse("The fund released $10m (# 6.25 m) at once.")
    assert [(q.value, q.unit) for q in qs] == [(10e6, "USD"), (6.25e6, "GBP")]


def test_a_breakdown_in_a_parenthesis_keeps_its_own_value():
    # twin: a count broken down in the parenthesis is no conversion
    qs = parse("More than 1,200 cases (400 in Port Ellery) were reported.")
    assert shown(qs[1]) == ("value", 400, None, None, None)


def test_an_exact_amount_converted_stays_exact():
    qs = parse("Acme Corp paid $720m (#480m) for the yard.")
    assert [q.kind for q in qs] == ["value", "value"]


# 5. a range of fractions

def test_fraction_range_is_a_range():
    q = only("Jane Roe guessed that one-third to half of the huts had fallen.")
    assert (q.kind, q.low, q.high, q.unit) == ("range", 33.333, 50, "%")


def test_fraction_range_with_articles_and_an_approximation():
    q = only("Around a quarter to a half of the catch was lost.")
    assert (q.kind, q.low, q.high, q.approx) == ("range", 25, 50, True)


def test_a_single_fraction_stays_one():
    # twin: one fraction of something
    q = only("Half of the huts had fallen.")
    assert (q.kind, q.value) == ("fraction", 50)


def test_fractions_without_of_make_no_range():
    assert parse("They cut it to a third to a half then.") == []


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=999_999),
       st.sampled_from(["exceed", "exceeded", "surpassed", "could top", "would top", "is set to top"]))
def test_any_verb_of_exceeding_bounds_the_number_below(n, verb):
    q = only(f"The total {verb} {n:,} tonnes last year.")
    assert q.kind == "bound" and q.bound == "lower" and q.low == n and q.value is None


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=999_999), st.sampled_from(["more", "even more", "higher", "fewer", "less"]))
def test_any_bound_after_the_number_keeps_its_value_as_the_end(n, word):
    q = only(f"They counted {n:,} tonnes or {word}.")
    end = q.low if q.bound == "lower" else q.high
    assert q.kind == "bound" and end == n and q.value is None
    assert q.bound == ("upper" if word in ("fewer", "less") else "lower")


def test_or_more_after_a_range_keeps_the_range():
    # twin: "20-30 or more" stays the range it was, not a bound on its second end
    q = only("There are maybe 20-30 or more huts on the shore.")
    assert (q.kind, q.low, q.high) == ("range", 20, 30)


def test_as_high_as_then_or_more_is_a_lower_bound():
    # twin of the "as high as" rule: "or more" further on makes it "9,000 or more"
    qs = parse("Jane Roe put the catch as high as 9,000 tonnes (20 million pounds) a day or more.")
    q = qs[0]
    assert q.bound == "lower" and q.low == 9000 and q.value is None


def test_or_more_of_another_number_leaves_the_upper_bound():
    # twin: the "or more" belongs to another count
    q = parse("As many as 2,000 people will lose one or more boats.")[0]
    assert q.bound == "upper" and q.high == 2000

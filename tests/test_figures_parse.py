"""The quantity grammar (analyse.quantities) on sentences written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.analyse.quantities import parse


def one(text):
    qs = parse(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


def test_range_with_shared_percent_sign():
    q = one("Exports to Canada fell by 30-45% last quarter.")
    assert (q.text, q.low, q.high, q.value, q.unit, q.kind) == ("30-45%", 30, 45, None, "%", "range")


def test_range_between_and_with_scale_written_once():
    q = one("The plant will employ between 3 and 5 million workers.")
    assert q.text == "between 3 and 5 million"
    assert (q.low, q.high, q.scale) == (3e6, 5e6, 1e6)


def test_upper_bound_is_open_below():
    q = one("The fund lost less than 12 percent in the crash.")
    assert (q.text, q.high, q.low, q.value, q.bound, q.unit) == ("less than 12 percent", 12, None, None, "upper", "%")


def test_lower_bound_is_open_above():
    q = one("The mine produced more than 7,500 tonnes of ore.")
    assert (q.low, q.high, q.bound) == (7500, None, "lower")


def test_change_is_two_linked_quantities():
    qs = parse("Profit could climb from EUR 2.5 billion to EUR 3 billion next year.")
    assert [q.text for q in qs] == ["EUR 2.5 billion", "EUR 3 billion"]
    a, b = qs
    assert (a.role, b.role, a.partner, b.partner) == ("from", "to", 1, 0)
    assert (a.value, b.value, a.currency, a.scale) == (2.5e9, 3e9, "EUR", 1e9)


def test_currency_prefix_glued_and_spaced_and_suffix():
    assert [(q.currency, q.value) for q in parse("It paid US$12 million, then USD 4 billion and 300 yuan.")] == [
        ("USD", 12e6), ("USD", 4e9), ("CNY", 300)]


def test_glued_scale_abbreviation():
    q = one("The deal is worth £1.2bn in total.")
    assert (q.currency, q.value, q.scale) == ("GBP", 1.2e9, 1e9)


def test_spelled_out_percent_and_compound_number():
    q = one("Nearly twenty-five percent of the staff left.")
    assert (q.value, q.unit, q.approx, q.text) == (25, "%", True, "Nearly twenty-five percent")


def test_fraction_is_a_share_only_before_of():
    q = one("Almost half of the voters stayed home.")
    assert (q.value, q.unit, q.kind, q.approx) == (50, "%", "fraction", True)
    assert parse("The other half went home.") == []


def test_digit_count_words():
    q = one("Analysts expect a double-digit decline.")
    assert (q.low, q.high, q.kind) == (10, 99, "digits")
    q = one("Tickets carry a two- or three-digit price.")
    assert (q.text, q.low, q.high) == ("two- or three-digit", 10, 999)


def test_years_and_model_names_are_no_quantities():
    assert parse("In 2019 the Mate20 and the P40 sold well in 4G markets.") == []


def test_durations_are_marked_as_time():
    (q,) = parse("She has over 16 years of experience.")
    assert q.time_unit == "year"


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 ,.-%$€£") + ["less than ", "from ", " to ", "billion", "USD",
                                                              "half of", "percent", "two-", "digit", "or ", "between ",
                                                              " and ", "nearly ", "bn", "twenty", "-five"]),
                max_size=25).map("".join))
def test_parser_never_crashes_and_spans_are_exact(text):
    for q in parse(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        if q.low is not None and q.high is not None:
            assert q.low <= q.high


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_parser_never_crashes_on_any_text(text):
    for q in parse(text):
        assert text[q.start : q.end] == q.text


def test_fraction_of_a_change():
    q = one("Costs fell by a third in May.")
    assert (q.text, q.value, q.unit) == ("a third", 33.333, "%")


def test_a_spaced_scale_letter_after_money_is_millions():
    # BBC and agency copy write "$2.5 m" and "£40 m": with a currency before the number
    # the letter is the scale, not a unit of length
    q = one("The appeal has raised $2.5 m so far.")
    assert (q.text, q.value, q.currency) == ("$2.5 m", 2_500_000.0, "USD")
    assert one("The stadium cost £40 m to build.").value == 40_000_000.0


def test_a_spaced_scale_letter_without_money_is_not_a_scale():
    # twin: "2.5 m" alone is a length ("5m" glued still reads as five million)
    q = one("The wall is 2.5 m high.")
    assert (q.text, q.value, q.scale) == ("2.5", 2.5, None)


def test_a_bounded_range_keeps_both_ends_and_is_approximate():
    [q] = parse("The storm has left as many as 35,000-40,000 people dead.")
    assert (q.kind, q.low, q.high, q.bound, q.approx) == ("range", 35000, 40000, "upper", True)
    [q] = parse("It could cost up to 45-50 million dollars.")
    assert (q.kind, q.low, q.high, q.bound) == ("range", 45_000_000, 50_000_000, "upper")
    # twins: a bound alone stays a bound; a bound then a smaller number is no range
    [q] = parse("The quake has left as many as 50,000 people dead.")
    assert (q.kind, q.high, q.low) == ("bound", 50000, None)
    qs = parse("as many as 500 - 20 of them")
    assert [q.kind for q in qs] == ["bound", "value"]


# ---- '#' for '£' in old UK copy (ISO 646-GB puts '£' where ASCII has '#'), issue 20


def test_hash_before_millions_is_pounds_with_lower_confidence():
    q = one("Oxfam also opened a # 1m emergency appeal.")
    assert (q.text, q.value, q.currency, q.unit, q.currency_from) == ("# 1m", 1e6, "GBP", "GBP", "hash")
    assert q.currency_confidence is not None and q.currency_confidence < 1
    q = one("The #1.2bn rescue was agreed.")
    assert (q.text, q.value, q.currency) == ("#1.2bn", 1.2e9, "GBP")


def test_hash_before_a_sum_is_pounds_only_in_a_document_that_writes_hash_for_pounds():
    text = "The charity released # 50,000 from its funds."
    assert parse(text)[0].currency is None  # nothing in the text shows '#' stands for '£'
    assert parse(text, hash_document=False)[0].currency is None
    q = parse(text, hash_document=True)[0]
    assert (q.text, q.currency, q.currency_from) == ("# 50,000", "GBP", "hash")
    assert q.currency_confidence < parse("a # 2m appeal")[0].currency_confidence
    both = parse("It gave # 50,000 and then a # 2m grant.")  # the same text shows it
    assert [q.currency for q in both] == ["GBP", "GBP"]


def test_hash_that_is_a_rank_number_or_hashtag_is_no_currency():
    for text in ("Their #1 hit sold 5 million copies.", "The #5 seed lost.", "Item # 4 of the list.",
                 "Track #50 on the album.", "They tweeted #haiti2010 with 3 million others."):
        assert all(q.currency is None for q in parse(text, hash_document=True)), text
    # a text that writes '£' itself has real hashes
    assert [q.currency for q in parse("It cost £5m and # 2m more.")] == ["GBP", None]


# ---- a range written with its count noun, or with a conversion in parentheses (round seven, 20r)


def test_range_between_with_count_noun_and_conversion_is_one_range():
    qs = parse("Engineers put the leak between 3,000 tonnes (6.6 million pounds) and 9,000 tonnes (19.8 million pounds) a week.")
    assert [(q.kind, q.low, q.high) for q in qs] == [("range", 3000, 9000)]
    assert qs[0].text.startswith("between 3,000 tonnes") and qs[0].text.endswith("9,000")


def test_range_from_after_a_range_word_keeps_both_ends():
    qs = parse("Their guesses ranged from 400 sacks (18 tonnes) to 900 sacks (41 tonnes) of grain.")
    assert [(q.kind, q.low, q.high) for q in qs] == [("range", 400, 900)]


def test_from_to_after_a_change_verb_is_no_range():
    # twin: "rose from X sacks to Y sacks" is a change, two figures
    qs = parse("Deliveries rose from 400 sacks (18 tonnes) to 900 sacks (41 tonnes) of grain.")
    assert all(q.kind == "value" for q in qs) and 400 in [q.value for q in qs] and 900 in [q.value for q in qs]


def test_range_word_makes_plain_from_to_a_range_not_a_change():
    q = one("Estimates of the loss ranged from 5 to 10 percent.")
    assert (q.kind, q.low, q.high, q.role) == ("range", 5, 10, None)
    qs = parse("The rate climbed from 5 to 10 percent.")
    assert [q.role for q in qs] == ["from", "to"]


def test_between_two_different_counts_is_no_range():
    qs = parse("The storm killed between 5 people and 60 cattle.")
    assert all(q.kind == "value" for q in qs)

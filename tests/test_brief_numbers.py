"""The numbers a brief sentence states (read by ``analyse.quantities.number_values``, the
project's one number reader), however they are written (issue 23): two sentences
that differ only in a number are two claims, so "Two new cases" is never cited as "Three
new cases", while "1.5 million", "1,500,000" and "one and a half million" are one number."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.analyse.quantities import number_values
from storyline.resolve.brief import Candidate, _same_saying

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """English words for 0 <= n < 10**9, as a newspaper writes them ("three hundred and twelve")."""
    def below_thousand(k: int) -> str:
        words = []
        if k >= 100:
            words.append(f"{_ONES[k // 100]} hundred")
            k %= 100
            if k:
                words.append("and")
        if k >= 20:
            words.append(_TENS[k // 10] + (f"-{_ONES[k % 10]}" if k % 10 else ""))
        elif k or not words:
            words.append(_ONES[k])
        return " ".join(words)

    if n < 1000:
        return below_thousand(n)
    parts = []
    for scale, name in ((10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            parts.append(f"{below_thousand(n // scale)} {name}")
            n %= scale
    if n:
        parts.append(below_thousand(n))
    return " ".join(parts)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=999_999_999))
def test_a_number_in_words_in_digits_and_grouped_digits_is_one_value(n):
    said = "{} people were counted in the shelters on Tuesday."
    assert number_values(said.format(spell(n))) == number_values(said.format(n)) == number_values(said.format(f"{n:,}")) == (float(n),)


@given(st.integers(min_value=0, max_value=10**7), st.integers(min_value=0, max_value=10**7))
def test_different_numbers_are_never_the_same(a, b):
    said = "The death toll rose to {} on Tuesday, officials said."
    assert (number_values(said.format(f"{a:,}")) == number_values(said.format(f"{b:,}"))) == (a == b)


def test_scaled_and_decimal_forms():
    assert number_values("1.5 million people fled") == number_values("1,500,000 people fled") == number_values("1.5m people fled")
    assert number_values("one and a half million people fled") == (1500000.0,)
    assert number_values("The fund is $20bn") == (20000000000.0,)
    assert number_values("Twenty-five people died") == (25.0,)
    assert number_values("Two hundred people died") == (200.0,)
    # twins: a different scale or decimal is another number; no number, none
    assert number_values("1.5 billion people") != number_values("1.5 million people")
    assert number_values("2.5 percent") != number_values("25 percent")
    assert number_values("Rescue teams reached the hills with tents.") == ()


def _cand(doc: str, text: str) -> Candidate:
    return Candidate(doc=doc, start=0, end=len(text), position=0, original=True, text=text)


def test_compound_numbers_in_words_decide_the_same_saying():
    said = "{} people have died in the quake so far, the health minister said today."
    a = _cand("a", said.format("Twenty-five"))
    assert not _same_saying(a, _cand("b", said.format("Twenty-six")), 0.99)
    assert _same_saying(a, _cand("b", said.format("25")), 0.99)
    big = "{} people have lost their homes in the storm, the UN said."
    assert _same_saying(_cand("a", big.format("1.5 million")), _cand("b", big.format("1,500,000")), 0.99)
    assert not _same_saying(_cand("a", big.format("1.5 million")), _cand("b", big.format("two million")), 0.99)


def test_an_article_is_no_number_but_a_scale_after_it_is():
    assert number_values("A bomb killed five people in the port") == number_values("The bomb killed five people in the port") == (5.0,)
    assert number_values("An aftershock hit a week later") == ()
    assert number_values("a million people fled") == (1000000.0,)
    assert number_values("a half million people fled") != ()


def test_numbers_glued_to_letters_tell_claims_apart():
    assert number_values("Airbus wins A380 order from Emirates") != number_values("Airbus wins A350 order from Emirates")
    assert number_values("Leaders met at the G8 summit") != number_values("Leaders met at the G20 summit")
    assert number_values("Airbus wins A380 order") == number_values("Airbus wins an A380 order")


def test_a_single_letter_scale_is_read_as_the_figures_read_it():
    # the one scale rule of analyse.quantities: "m" glued, or after a currency, is a million;
    # a separate "m" after a bare number is a unit (metres), not a scale
    assert number_values("The fund is $2.5 m") == (2500000.0,)
    assert number_values("The wave was 5 m high") == (5.0,)
    assert number_values("They pledged 3 bn dollars") == (3e9,)

"""Round nine's time-expression classes (issue 17 item 4): each rule on a short text of
our own, with a twin it must not fire on."""

from __future__ import annotations

import pytest
from test_timex import _extract


def _found(nlp, text: str, dct: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in _extract(nlp, text, dct)}


@pytest.mark.parametrize(
    "text,span,expected",
    [
        # a year that ends on a date is twelve months, not the calendar year
        ("Revenue was $76 million for the year ended March 31.", "the year", ("DURATION", "P1Y")),
        ("Profit fell in the fiscal year ending June 30, 1990.", "the fiscal year", ("DURATION", "P1Y")),
        ("Sales rose in the year to March, the retailer said.", "the year", ("DURATION", "P1Y")),
        # twins: no closing date, so not a twelve-month stretch
        ("Sales rose 5% for the year, the company said.", "the year", ("DATE", None)),
        ("The company expects the year to be difficult.", "the year", ("DATE", None)),
    ],
)
def test_a_year_ended_on_a_date_is_twelve_months(nlp, text, span, expected):
    found = _found(nlp, text, "1989-11-01")
    assert found.get(span) == expected, found

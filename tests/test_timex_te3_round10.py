"""Round ten's time-expression classes (issue 17 item 4, scope 17te): each rule on a short
text of our own (invented names), with a twin it must not fire on."""

from __future__ import annotations

import pytest
from test_timex import _extract

from storyline import timenorm


def _found(nlp, text: str, dct: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in _extract(nlp, text, dct)}


@pytest.mark.parametrize(
    "text,value",
    [
        ("the last half of 1989", "1989-H2"),
        ("the final half of 2011", "2011-H2"),
        ("the first two quarters of 1990", "1990-H1"),
        ("the last two quarters of 1990", "1990-H2"),
    ],
)
def test_a_half_named_with_its_year(text, value):
    assert timenorm.normalise(text, "1989-10-26") == (value, "half")


@pytest.mark.parametrize("text", ["the last half", "the first two quarters", "the last half of the game", "the last half hour"])
def test_a_half_without_its_year_is_not_read_as_one(text):
    r = timenorm.read(text)
    assert r is None or r.rel.kind not in ("abs", "h"), timenorm.summary(r)


def test_a_half_in_a_sentence(nlp):
    found = _found(nlp, "Acme Corp said the plan will mean lower earnings for the last half of 1989 and for 1990.", "1989-10-26")
    assert found.get("the last half of 1989") == ("DATE", "1989-H2"), found

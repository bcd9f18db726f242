"""The time normaliser's rules (timenorm.RULES): each rule's examples are its tests.

Every example must be taken by its own rule (not an earlier one in the walk) and read
as its summary says; every must-not-fire text must be left alone by the rule.
"""

import pytest

from storyline import timenorm
from storyline.timenorm import RULES, Reading, summary
from storyline.types import TimeReading

_EXAMPLES = [(r.name, text, want) for r in RULES for text, want in r.examples]
_NOT = [(r.name, text) for r in RULES for text in r.not_examples]
_BY_NAME = {r.name: r for r in RULES}


@pytest.mark.parametrize(("name", "text", "want"), _EXAMPLES, ids=[f"{n}:{t}" for n, t, _ in _EXAMPLES])
def test_rule_example(name, text, want):
    rule, reading = timenorm._walk(text)
    assert rule is not None and rule.name == name, f"{text!r} taken by {rule.name if rule else None}, not {name}"
    assert summary(reading) == want


@pytest.mark.parametrize(("name", "text"), _NOT, ids=[f"{n}:{t}" for n, t in _NOT])
def test_rule_must_not_fire(name, text):
    took, reading = _BY_NAME[name].apply(text)
    assert not took and reading is None


def test_every_rule_has_examples_and_a_must_not_fire_twin():
    for rule in RULES:
        assert rule.examples, rule.name
        assert rule.not_examples, rule.name
        assert any(want != "None" for _, want in rule.examples), f"{rule.name}: no example it reads"


def test_rule_names_are_unique():
    assert len(_BY_NAME) == len(RULES)


def test_claiming_rules_stop_the_walk():
    # "sun" matches the weekday rule, which declines it; no later rule may read it
    assert timenorm._walk("sun")[0] is _BY_NAME["weekday"]
    assert timenorm.read("sun") is None
    # a rule that does not claim lets the walk go on: "2021-02-30" is no ISO date
    assert timenorm._walk("2021-02-30")[0] is not _BY_NAME["iso"]


def test_read_goes_through_the_table():
    r = timenorm.read("Last year")
    assert isinstance(r, Reading) and r.rel == TimeReading(kind="off", unit="year", offset=-1)
    assert timenorm.read("in early March") is not None
    assert summary(timenorm.read("in early March")) == "DATE month month=3 mod=START"


def test_summary_of_nothing():
    assert summary(None) == "None"


def test_resolve_has_one_step_per_reading_kind():
    kinds = set(TimeReading.model_fields["kind"].description.split(" | "))
    unanchored, anchored = set(timenorm._UNANCHORED), set(timenorm._ANCHORED)
    assert not unanchored & anchored
    assert unanchored | anchored == kinds


def test_resolve_without_an_anchor_gives_only_the_granularity_of_an_anchored_kind():
    assert timenorm.resolve(TimeReading(kind="month", month=3), None) == (None, "month")
    assert timenorm.resolve(TimeReading(kind="month", month=3), "2021-05-01", "past") == ("2021-03", "month")
    assert timenorm.resolve(TimeReading(kind="abs", value="2019", granularity="year"), None) == ("2019", "year")

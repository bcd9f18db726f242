"""The reasons a cue reports no statement are one table (analyse/data/no_statement.tsv),
read by one function (analyse/quotes._no_statement), issue 15, round thirteen."""

from __future__ import annotations

import pytest

from storyline.analyse import quotes


def test_the_table_names_every_check_once_in_its_order():
    names = quotes._no_statement_reasons()
    assert set(names) == set(quotes._NO_STATEMENT_CHECKS) and len(names) == len(set(names))
    assert names[0] == "state_told_by_another" and names[-1] == "subordinate"


def test_a_reason_with_no_check_fails_on_load(monkeypatch):
    rows = [*quotes.lexicon.rows("analyse/no_statement.tsv"), ["sarcasm", "a reason no check reads"]]
    monkeypatch.setattr(quotes.lexicon, "rows", lambda name: rows)
    with pytest.raises(ValueError, match="sarcasm"):
        quotes._no_statement_reasons.__wrapped__()


def test_a_check_left_out_of_the_table_fails_on_load(monkeypatch):
    rows = [r for r in quotes.lexicon.rows("analyse/no_statement.tsv") if r[0] != "whether"]
    monkeypatch.setattr(quotes.lexicon, "rows", lambda name: rows)
    with pytest.raises(ValueError, match="whether"):
        quotes._no_statement_reasons.__wrapped__()

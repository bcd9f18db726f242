"""docs/api.md: its examples are doctests, run here from the repository root."""

from __future__ import annotations

import doctest

from conftest import ROOT


def test_api_md_examples(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(
        str(ROOT / "docs" / "api.md"),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        verbose=False,
    )
    assert result.attempted >= 20
    assert result.failed == 0, (
        f"{result.failed} of docs/api.md's examples failed (run python -m doctest -v docs/api.md)"
    )

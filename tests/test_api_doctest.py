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


def test_storyline_build_is_the_api_function_also_after_the_build_stage_is_imported():
    """``storyline.build`` is a plain function; the build stage is another module (no name clash)."""
    import storyline
    from storyline import api, builder

    assert storyline.build is api.build and callable(storyline.build)
    assert storyline.StrictError is builder.StrictError
    assert not callable(builder)

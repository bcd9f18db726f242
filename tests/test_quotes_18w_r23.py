"""Issue 18, round twenty-three (18w): quote spans that run on into the reporter's words or
stop short, and a clear error for a malformed line of analyse/data/writer_idioms.txt. Every
text here is invented for the test."""

from __future__ import annotations

import pytest

from storyline.analyse import quotes


def _idioms_from(monkeypatch, tmp_path, body: str):
    f = tmp_path / "writer_idioms.txt"
    f.write_text(body, encoding="utf-8")
    real = quotes.lexicon.path
    monkeypatch.setattr(quotes.lexicon, "path",
                        lambda name: f if name == "analyse/writer_idioms.txt" else real(name))
    return quotes._writer_idioms.__wrapped__()


def test_a_writer_idiom_line_without_its_cue_slot_names_the_file_and_the_line(monkeypatch, tmp_path):
    with pytest.raises(ValueError, match=r"writer_idioms\.txt, line 3: 'having said that'"):
        _idioms_from(monkeypatch, tmp_path, "# a comment\nhaving _say this\nhaving said that\n")


def test_a_bare_underscore_is_no_cue_slot_either(monkeypatch, tmp_path):
    with pytest.raises(ValueError, match=r"line 1: 'having _ that'"):
        _idioms_from(monkeypatch, tmp_path, "having _ that\n")


def test_well_formed_idiom_lines_still_load(monkeypatch, tmp_path):
    assert _idioms_from(monkeypatch, tmp_path, "# c\nhaving _say that\n") == ((("having",), "say", ("that",)),)

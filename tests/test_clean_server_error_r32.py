"""Round thirty-two: a web server's include error printed at a line's start is cut (issue 16)."""

from __future__ import annotations

from storyline.clean.noise import clean_text

LEAD = "Some of the country's best bands are joining festival organisers to raise money for flood victims."


def test_a_server_include_error_is_cut_and_the_text_after_it_stays():
    for mark in ("(an error occurred while processing this directive)", "[an error occurred while processing this directive]"):
        c = clean_text(f"{mark} Mara Lind is selling her touring coat\n\n{LEAD}")
        assert "error occurred" not in c.text
        assert LEAD in c.text
        assert any(r.text == mark and r.reason.startswith("notice") for r in c.removed)


def test_twin_a_sentence_about_an_error_stays():
    line = "Engineers said an error occurred while processing the directive from the regulator."
    c = clean_text(f"{LEAD}\n\n{line}")
    assert line in c.text

"""Round fifty-four, integrator: rules written while merging, each with a test that fires and a
twin where it must not. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import cleaned_parts

_ARTICLE = ("Police in the capital are still looking for the driver who struck a cyclist on Main Street "
            "late on Friday night and drove away without stopping.\n\n")


def test_a_quotation_tagged_with_read_the_statement_is_article_text():
    para = ('"If anyone has information about the crash, please call the department," read the statement. '
            '"The department is offering a reward of up to $5,000."')
    text, removed = cleaned_parts(_ARTICLE + para + "\n")  # the article's last paragraph
    assert "read the statement" in text and not any("read the statement" in r for r in removed)


def test_twin_an_imperative_line_to_the_reader_is_still_cut():
    text, removed = cleaned_parts(_ARTICLE + "Read the full statement on our website.\n\n"
                                  "The cyclist is in a stable condition in hospital.\n")
    assert "Read the full statement" not in text

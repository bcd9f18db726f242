"""A name as a line's label before a quotation in single marks ("Roe: 'We will pay.'", a
headline's style) is a speaker's line, as before double marks (round thirty-three).
Sentences written for the test."""

from __future__ import annotations

import pytest

from storyline.resolve.brief import label_end


@pytest.mark.parametrize("sentence", ["Roe: 'We will pay for the bridge.'", "Roe: ‘We will pay for the bridge.’",
                                      'Roe: "We will pay for the bridge."'])
def test_a_name_label_before_a_quotation_is_a_label(sentence):
    assert label_end(sentence) == len("Roe: ")


@pytest.mark.parametrize("sentence", ["The plan: 'we will pay' was the slogan.", "Roe: 'we will pay', he wrote."])
def test_a_lower_case_quotation_after_the_colon_is_no_label(sentence):
    assert label_end(sentence) == 0

"""Round thirty-seven, the integrator's cleaning mend (issue 16): a race's role noun
("candidate", "nominee", "front-runner") written before a name continues the sentence, so
the glued-caption rule never ends a caption on it. The seed-152 west-journal judge found a
lead's first clause ("<group> released a video and <party> presidential candidate") cut as a
caption, the name after the role read as a new sentence. Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

OPENING = "Floods have cut off the north of the island, where rescue teams are still searching for survivors."
AFTER = "\n\nOfficials said the airport was open again for relief flights carrying food and water."


def _captions(text: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith("caption: a caption with no full stop")]


@pytest.mark.parametrize("sentence", [
    "The militia has just released a propaganda, recruitment video and Democratic presidential candidate "
    "Jane Roe will not like who the group shows as its main target.",
    "Rebels released a new recruitment video and Republican candidate John Doe is not pleased about it at all.",
    "The party issued a short statement and presidential nominee John Doe said he would answer questions later.",
    "The senator lost ground in the polls and front-runner Jane Roe now leads by nine points in the state.",
])
def test_a_role_before_a_name_does_not_end_a_caption(sentence):
    text = f"{OPENING}\n\n{sentence}{AFTER}"
    assert _captions(text) == []
    assert sentence in clean_text(text).text


def test_a_caption_ending_on_another_noun_is_still_cut():
    # the twin: the same rule still cuts a caption whose last word is a common noun of no role
    caption = "Aid workers set up clinics in the camps"
    sentence = "The United Nations says it is sending more troops to the island this week."
    text = f"{OPENING}\n\n{caption} {sentence}{AFTER}"
    assert _captions(text) == [caption]

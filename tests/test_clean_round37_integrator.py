"""Round thirty-seven, the integrator's cleaning mend (issue 16): a race's role noun
("candidate", "nominee", "front-runner") written before a name continues the sentence, so
the glued-caption rule never ends a caption on it. The seed-152 west-journal judge found a
lead's first clause ("<group> released a video and <party> presidential candidate") cut as a
caption, the name after the role read as a new sentence. And typographic spaces read as plain ones
(a repaired tweet's punctuation space before its closing mark had left the quotation unpaired).
Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

OPENING = "Floods have cut off the north of the island, where rescue teams are still searching for survivors."
AFTER = "\n\nOfficials said the airport was open again for relief flights carrying food and water."


def _captions(text: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith("caption: a caption with no full stop")]


@pytest.mark.parametrize("sentence", [
    "The militia has just put out a glossy recruitment film and Democratic presidential candidate "
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


def test_typographic_spaces_read_as_plain_ones_and_keep_offsets():
    from storyline.clean.encoding import plain_spaces
    text = "A\u2008B\u2009C\u202fD\u3000E\u00a0F"
    out = plain_spaces(text)
    assert out == "A B C D E\u00a0F" and len(out) == len(text)  # the no-break space stays


def test_a_punctuation_space_before_a_closing_mark_keeps_the_quotation_paired():
    from storyline.pipeline import analyse_record
    from storyline.types import Record
    body = ("The debate went well for the senator.\n\n\"Debate recap,\" tweeted campaign spokesman John Doe. "
            "\"Jones: 'We came from far away.' Smith: 'This vote is about tomorrow.'\u2008\"\n\nIt was one of many.")
    a = analyse_record(Record(source="x.txt", text=body))
    # the single-quoted lines inside the tweet are not quotes of their own (they are the tweet's words)
    assert not any(q.text.startswith("We came from") for q in a.quotes)



def test_a_fraction_the_table_lacks_after_a_lead_byte_is_left_as_written():
    # the closing review's crash: "3/2" after a lead byte raised KeyError and failed the document
    from storyline.clean.encoding import compose_and_repair
    assert compose_and_repair("x\u00c33\u20442 y") == "x\u00c33\u20442 y"
    assert compose_and_repair("G\u00c31\u20444len") == "G\u00fclen"  # the twin: one the table holds is repaired

"""A caption with no full stop glued before a sentence that opens with a name, where the
joint parse links the name to the caption (haiti_bbc K7, K18 of the round-eight audit):
cut when the name itself says a new sentence opens (noise._split_named_again) -- it names
again the caption's own subject, or it is a person's second mention by title -- and the
pieces on either side are whole; each shape with must-keep twins of the same surface."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

OPENING = ("Floods have cut off the north of the island, where rescue teams are still searching for survivors.\n\n"
           "Jane Roe, a nurse from Kent, and Tom Fell have been missing since the storm.")
AFTER = "\n\nOfficials said the airport was open again for relief flights carrying food and water."
REASON = "caption: a caption with no full stop run into a sentence that opens by naming again"


def _captions(text: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith(REASON)]


@pytest.mark.parametrize("caption, sentence", [
    # the caption's subject named again as R's subject (by its first name)
    ("Nick Ward is trained as an emergency doctor",
     'Nick said: "It was unlike anything I had seen at home."'),
    # the caption's subject named again inside R's subject
    ("Keith Bell ran the supply tents for the search teams",
     "Dorset Search and Rescue's Keith Bell was in charge of the stores for the whole crew."),
    # a clause ending in a place name, then a person named before, by title
    ("Jane Roe, 47, grew up in Stoke-on-Trent, Staffordshire",
     "Ms Roe's sister Irene said the family feared the worst."),
    # a verbless caption ending in a name, then a person named before, by title
    ("Sanitation equipment on its way to the camps",
     'Mr Fell said: "We are sick with worry because we can not get through."'),
])
def test_caption_before_a_name_that_opens_a_new_sentence_is_cut(caption, sentence):
    text = f"{OPENING}\n\n{caption} {sentence}{AFTER}"
    c = clean_text(text)
    assert _captions(text) == [caption]
    assert sentence in c.text and caption not in c.text


@pytest.mark.parametrize("line", [
    # "said" with nothing said after it: a sentence that lost its comma
    "More aid is needed in the north of the country Mrs Roe said.",
    "More aid is needed in the north of the country Mr Fell said on Tuesday.",
    # a verb of saying in L: R is what was said
    "He told reporters on Tuesday Mr Fell would return to Kent next week.",
    # a role noun and a title: one name phrase, and R is no whole clause
    "The charity has sent its best doctor Ms Roe to the island to help the victims.",
    # the same name twice, but L says who spoke: reported speech
    "Tom Fell told the team Tom Fell would lead the search for survivors.",
    # a name run on over the seam: the repeated word is part of one long name
    "Findings from the National Academy of Science and the National Research Council blame the company.",
    # a title for a person the text has not named before: no second mention
    "Aid is slowly starting to arrive in the north Mr Smith said it was far too little.",
    # a role noun before the name, in apposition
    "The world looked to the charity's leader Mr Fell for reassurance that the camps would open.",
    # a relative of the same surname is someone else
    "Mary Fell is the wife of a lost rig worker Tom Fell wants to keep his lawsuit separate.",
    # the repeated word is part of a name in a noun phrase, not a clause's subject
    "Other pension funds, including the Teacher Retirement System of Texas and the State Retirement System say little.",
    # a subordinate clause cut short at the seam: the name goes on with it
    "The Roadster 50 should manage about 190 miles per charge, while the new Roadster 55 is rated for 240 miles.",
    # a pronoun subject in L: the line goes on from what came before
    "It was the worst storm Ms Roe had seen in her thirty years on the island.",
])
def test_real_sentence_with_a_name_after_the_seam_stays(line):
    text = f"{OPENING}\n\n{line}{AFTER}"
    assert _captions(text) == []
    assert line in clean_text(text).text

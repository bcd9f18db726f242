"""A picture caption with no full stop run into the sentence after it, at the head of a
line (haiti_bbc K6, K9, K12, K16, K20): cut when the piece before the seam and the piece
after it are each complete and no phrase links them (noise._split_glued_captions); each
shape with a must-keep twin, most of them real sentences with the same surface."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

OPENING = "Floods have cut off the north of the island, where rescue teams are still searching for survivors."
AFTER = "\n\nOfficials said the airport was open again for relief flights carrying food and water."


def _captions(text: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith("caption: a caption with no full stop")]


@pytest.mark.parametrize("caption, sentence", [
    # a clause, then a sentence opening with a determiner
    ("Aid workers set up clinics in the camps",
     "The United Nations says it is sending more troops to the island this week."),
    # a verbless noun phrase (a finite verb only in its relative clause), then a sentence opener
    ("The moment the boy was pulled from the rubble",
     "The six-year-old was found on Saturday after twelve days under the ruins of a shop."),
])
def test_caption_glued_to_a_sentence_is_cut(caption, sentence):
    text = f"{OPENING}\n\n{caption} {sentence}{AFTER}"
    c = clean_text(text)
    assert _captions(text) == [caption]
    assert sentence in c.text and caption not in c.text


@pytest.mark.parametrize("sentence", [
    # a name opening R: it may go on from the noun before ("what kind of virus Mexico was facing")
    "Officials said they learned only on Thursday what kind of virus Mexico was facing after tests in Canada.",
    "The luckier survivors have been treated by army medics Haiti is the poorest country in the region.",
    # a kind noun before its name: "the capital Marotown"
    "The embassy in the capital Marotown is intact and its staff are safe.",
    # a noun taking a bare relative clause: "the moment Marotia was shaken"
    "Pictures have emerged of the moment Marotia was shaken by the earthquake.",
    # a pronoun subject: the piece goes on from what came before ("a problem [that] Jane Roe knows")
    "It is a problem Jane Roe, who has been pacing the floors of her home, knows much about.",
    # a conjunction opening the piece: a sentence going on from the one before
    "And mass graves are dug outside the cemeteries Doctors say the bodies carry no disease.",
    # a verb of saying without its object: what follows is what was said
    "He said homeless Marotians needed food, water, shelter and medicine.",
    # a number before the name it counts
    "The ministry says eight Marotian citizens have been identified among the victims.",
    # a kind noun not in the lists is read by the parse (a relative clause with no relative
    # word: "the cities [that] Haiti has started to clear")
    "Quake survivors moved out of the cities Haiti has started to clear of rubble.",
    # a role noun before the name
    "Jobs will be lost after car-parts supplier Acme said it would close its factory near the port.",
    # a noun phrase before a name may be the subject of what follows
    "A day after his five-mile ride Charlie said his legs were a bit sore but it was fun.",
])
def test_real_sentence_with_a_lower_then_capital_seam_is_kept(sentence):
    text = f"{OPENING}\n\n{sentence}{AFTER}"
    assert _captions(text) == []
    assert sentence in clean_text(text).text


def test_seam_after_a_sentence_stop_is_not_read():
    # must-keep twin: two sentences with their stops are not a glued caption
    text = f"{OPENING}\n\nQuake survivors moved out of the cities. The government has started moving people out of the capital.{AFTER}"
    assert _captions(text) == []


def test_not_english_text_is_not_parsed():
    text = ("Les survivants ont quitté les villes Le gouvernement a commencé à déplacer la population vers des camps.\n\n"
            "Les secours sont arrivés mercredi et ont commencé à fouiller les bâtiments effondrés de la capitale.")
    assert _captions(text) == []


def test_seam_after_a_label_colon_is_not_read():
    # must-keep twin: a team's label opens the line ("Lakers: ..."): no caption before it
    sentence = ("Rovers: Kyle Roe left the pitch in the second half with a cut eye after defender "
                "Darius Bazley hit him with an elbow on a run.")
    text = f"{OPENING}\n\n{sentence}{AFTER}"
    assert _captions(text) == []


@pytest.mark.parametrize("sentence", [
    # a connective opening the line: it goes on from the sentence before (a lost full stop)
    "By contrast, the new strain appears to have come from pigs The name swine flu is a slight misnomer, experts say.",
    # R opening with a subordinate clause: as often a sentence that lost its stop as a caption's next line
    "The company has been testing different mixes of junk If one mix does not work they will try something else.",
])
def test_sentence_that_lost_its_full_stop_is_kept(sentence):
    text = f"{OPENING}\n\n{sentence}{AFTER}"
    assert _captions(text) == []

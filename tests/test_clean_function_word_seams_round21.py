"""A picture caption run into a paragraph's first sentence in the middle of a text, where the
sentence opens with a capitalised preposition or participle (issue 16, round
twenty-one, 16c): "<caption clause> For <people>, ...",
"<caption ending on a name> Speaking to <outlet>, <role> <Name> said ...", "<caption> Moving
<noun> ... has been hampered ...". The caption is cut (reason ``caption``), the sentence after it
stays whole. Every text is invented; each must-cut shape has must-keep twins of the same surface
(a title in capitals inside a sentence, a caption-like clause with a pronoun subject, a piece with
a comma, a capitalised word that is a name, R that is no clause)."""

from __future__ import annotations

from storyline.clean.noise import clean_text

OPEN = "Floods swept through the valley towns of Port Ellery on Monday, officials said."
TAIL = "\n\nThe Acme Foundation said it would send more boats to the valley on Tuesday."
REASON = "caption: a caption with no full stop run into a sentence that opens with a capitalised"


def _clean(line: str):
    return clean_text(f"{OPEN}\n\n{line}{TAIL}")


def _cut(c) -> list[str]:
    return [r.text for r in c.removed if r.reason.startswith(REASON)]


def _cut_before(caption: str, sentence: str) -> None:
    c = _clean(f"{caption} {sentence}")
    assert _cut(c) == [caption]
    assert sentence in c.text.split("\n\n")


def _kept(line: str) -> None:
    c = _clean(line)
    assert _cut(c) == [], line
    assert line in " ".join(c.text.split()), line  # every word kept (another rule may split the line, keeping both)


def test_a_caption_before_a_capitalised_preposition_is_cut():
    _cut_before("A lorry stands among the ruins of the market",
                "For the families of the valley, there is little left to go back to.")


def test_a_sentence_before_a_subordinator_is_kept():
    # twin: a subordinator after a clause opens a sentence that lost its stop as often as it follows a caption
    _kept("Relief groups say blankets are held up at the harbour "
          "While the harbour at Port Ellery was not damaged by the floods, it cannot take large ships.")


def test_a_caption_ending_on_a_name_before_a_participle_is_cut():
    _cut_before("Many families waited on the hillside during Tuesday",
                "Speaking to Valley Radio, the regional spokesman Tom Reyes said help was on its way.")


def test_a_caption_before_a_participle_that_is_the_subject_is_cut():
    _cut_before("Broken bridges make it slower to bring food into the hills",
                "Moving food to the hill villages has been delayed by landslides and a lack of fuel.")


def test_a_title_in_capitals_inside_a_sentence_is_kept():
    # twin: a name, then a capitalised preposition and a capitalised word: a charity's name
    _kept("Volunteers from the charity Doctors Without Borders arrived in the town on Sunday to set up clinics.")


def test_a_caption_like_clause_with_a_pronoun_subject_is_kept():
    # twin: "They ..." points to a sentence before; no caption names its subject so
    _kept("They waited on the hillside all day For the families of the valley, there is little left to go back to.")


def test_a_piece_with_a_comma_is_kept():
    # twin: a comma before the seam shows a sentence going on
    _kept("On Monday, the teams searched the valley For the families there, little was left to go back to.")


def test_a_participle_that_goes_on_a_name_is_kept():
    # twin: a capitalised -ing word that is a name inside the sentence ("Reading"), not a clause's opener
    _kept("The relief convoy set off from the depot near Reading on Monday morning with food and blankets for the valley.")


def test_a_preposition_with_no_clause_after_it_is_kept():
    # twin: what follows the capitalised word is no clause of its own (a title of a report)
    _kept("The agency published its report Beyond the Flood Line in March with a list of the towns that were hit.")


def test_a_piece_opening_on_a_fronted_phrase_is_kept():
    # twin: a sentence that lost its stop opens on a fronted phrase; a caption names its subject first
    _kept("In the north the river is rising fast Until the rain stops, the teams will keep the boats on the water.")

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
    # a name opening R: it may go on from the noun before ("what kind of fever Marotia was facing")
    "Officials said they learned only on Friday what kind of fever Marotia was facing after tests in Port Ellery.",
    # a kind noun before its name: "the capital Marotown"
    "The embassy in the capital Marotown is intact and its staff are safe.",
    # a noun taking a bare relative clause: "the moment Marotia was shaken"
    "Pictures have emerged of the moment Marotia was shaken by the earthquake.",
    # a pronoun subject: the piece goes on from what came before ("a problem [that] Jane Roe knows")
    "It is a problem Jane Roe, who has walked her kitchen floor all night, knows much about.",
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
    "A day after his eight-mile walk Sammy said his feet were a bit sore but it was fun.",
])
def test_real_sentence_with_a_lower_then_capital_seam_is_kept(sentence):
    text = f"{OPENING}\n\n{sentence}{AFTER}"
    assert _captions(text) == []
    assert sentence in clean_text(text).text


# Round seven (16s): below the lead, a name at the seam is read only when a second signal
# says the line is two sentences: L a whole clause (not a verb of saying), the name R's
# subject, and the parse of both together puts a sentence boundary at the seam with no
# phrase across it (haiti_bbc K5's shape). Must-keep twins: a name after a clause that the
# parse links to it (a "said" chain, a relative clause, a clause joined to the first).
def test_caption_below_the_lead_before_a_name_the_parse_reads_as_a_new_sentence_is_cut():
    caption = "The luckier survivors have been treated by army medics"
    sentence = "Haiti is the poorest country in the region and has no rescue services of its own."
    text = f"{OPENING}\n\n{caption} {sentence}{AFTER}"
    assert _captions(text) == [caption]
    assert sentence in clean_text(text).text


@pytest.mark.parametrize("line", [
    # a verb of saying or telling: the name opens what was said
    "He told reporters Obama would sign the bill on Friday after the vote.",
    # a relative clause with no relative word: "the virus [that] Mexico reported"
    "Officials believe the virus Mexico reported last week has spread to three more states.",
    "The ministry said on Tuesday the new rules Parliament passed last month would come into force.",
    # a clause the parse joins to the first (no sentence boundary at the seam)
    "The minister met the families of the victims Jones said he would visit again.",
    "The company hired a new chief executive last year Smith said the move would help the firm grow.",
    # the name inside a phrase going on from L ("the survivors [whom] Sarah Smith ...")
    "Aid workers have been handing out food to the survivors Sarah Smith is among them and has worked there for weeks.",
])
def test_name_below_the_lead_after_a_clause_the_parse_links_stays(line):
    text = f"{OPENING}\n\n{line}{AFTER}"
    assert _captions(text) == []
    assert line in clean_text(text).text


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


# Round seven (16r): R's first word read by the tagger where the text writes it nowhere
# in lower case ("... on the web Minutes after the quake, ...").
def test_caption_before_a_common_word_the_text_writes_only_here_is_cut():
    caption = "Families overseas leaned on news from their cousins on the web"
    sentence = "Minutes after the quake, as phone lines failed, families tried to reach their relatives online."
    text = f"{OPENING}\n\n{caption} {sentence}{AFTER}"
    assert _captions(text) == [caption]
    assert sentence in clean_text(text).text


def test_seam_word_written_capitalised_inside_a_sentence_elsewhere_is_not_read_as_common():
    # "Minutes" is a title here (the text writes it capitalised after a lower-case word
    # twice more): a name the tagger may read as a noun; the line stays whole
    line = ("Families overseas leaned on news from their cousins on the web "
            "Minutes after the quake, as phone lines failed, families tried to reach their relatives online.")
    text = (f"{OPENING}\n\n{line}\n\nShe wrote for the weekly Minutes column.\n\n"
            f"He edited the local Minutes magazine.{AFTER}")
    assert line in clean_text(text).text


# A caption above the lead, on the text's first line, may run into a lead opening with a
# name when the caption is a whole clause the lead names again.
@pytest.mark.parametrize("headline,caption,sentence", [
    # the lead opens with a name: the caption is a whole clause the lead names again
    ("Marotia starts to move storm victims", "Storm survivors moved out of cities",
     "Marotia has started moving its quake survivors to camps outside the capital."),
    # the caption ends in a name: the lead opens like a sentence and repeats its words
    ("Stars give to Marotia", "Celebs raising millions for Marotia",
     "More than 100 stars took part in a telethon to raise money for the people of Marotia."),
])
def test_caption_over_the_lead_with_a_name_at_the_seam_is_cut(headline, caption, sentence):
    # the page's headline on a line of its own above (cut by the headline rule)
    c = clean_text(f"{headline}\n\n{caption} {sentence}{AFTER}")
    assert [r.text for r in c.removed if r.reason.startswith("caption")] == [caption]
    assert c.text.startswith(sentence)


@pytest.mark.parametrize("line", [
    # (round ten: the same shape below the lead, "... moved out of cities Marotia has
    # started ...", is now cut: the joint parse joins the two clauses with nothing between,
    # see test_clean_glued_rounds.py, r10-caption-run-on-before-a-name)
    # a first line sharing no word across the seam
    "Rescue teams reached the town Leogane was hit hardest by the quake and many buildings fell.",
    # a first line whose parse links the name to the noun before it (a bare relative clause)
    "The agency said the virus Mexico found last week had spread to three more states in the north.",
])
def test_first_line_with_a_name_after_a_noun_stays_when_not_a_caption(line):
    text = f"Marotia starts to move quake victims\n\n{line}{AFTER}"
    assert line.split("\n\n")[-1] in clean_text(text).text


@pytest.mark.parametrize("line", [
    # below the lead: a name ending L stops the rule
    f"{OPENING}\n\nCelebs raising millions for Marotia More than 100 stars took part in a telethon for Marotia.",
    # on the first line, but R shares no word with L
    "Aid workers flew in from Marotia More than 100 doctors arrived at the airport on Tuesday night.",
])
def test_first_line_ending_in_a_name_stays_when_not_a_caption(line):
    text = f"Stars give to Marotia\n\n{line}{AFTER}"
    assert line.split("\n\n")[-1] in clean_text(text).text

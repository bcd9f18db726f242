"""Article text the cleaner cut (issue 16, round thirty-two, read from a seed-127 audit and
the census of every pull-quote and caption removal over the Timeline17 dev texts): the next
sentence of a quotation cut as a pull quote because a later summary quoted it again, and a
clause cut as a caption before a quoted name the parse read as a second clause. Every text
here is invented; each rule has a must-not-fire twin of the same surface."""

from __future__ import annotations

from storyline.clean.noise import clean_text

OPEN = "Floods have cut off the north of Port Ellery, officials in the capital said on Thursday.\n\n"
BODY = ("Aid began to arrive at the airport on Thursday.\n\n"
        "The runway is intact but the terminal was badly damaged.\n\n")
AFTER = "\n\nOfficials said the airport was open again for relief flights carrying food and water."
SECOND = "Rain never stopped this town before and it never will."


def _removed(text: str, start: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith(start)]


def _pulled(text: str) -> list[str]:
    return _removed(text, "caption: pull quote on a line of its own")


# --- a quotation's next sentence on a line of its own (noise._inside_quotation) -------------

def test_a_quotations_second_sentence_on_its_own_line_stays():
    # the speaker's quotation opens on the line above and closes on this one; a summary
    # further down quotes the second sentence again: it is the article's, not a pull quote
    text = (f"{OPEN}The mayor said the town was ready, adding: \"We have been hit hard, but we are fine.\n\n"
            f"{SECOND}\"\n\n{BODY}"
            f"Monday \"So far we are dry... {SECOND}\"{AFTER}")
    c = clean_text(text)
    assert _pulled(text) == []
    assert c.text.count(SECOND) == 2


def test_a_pull_quote_below_a_closed_quotation_is_still_cut():
    # twin: the line above closes its quotation, so this bare line is the page's pull quote
    # of the words the body quotes later
    text = (f"{OPEN}The mayor said the town was ready, adding: \"We have been hit hard, but we are fine.\"\n\n"
            f"{SECOND}\n\n{BODY}"
            f"One resident told Reuters: \"{SECOND} We will rebuild.\"{AFTER}")
    c = clean_text(text)
    assert _pulled(text) == [SECOND]
    assert c.text.count(SECOND) == 1


def test_a_pull_quote_in_its_own_marks_below_an_open_quotation_is_still_cut():
    # twin: a line opening with its own quote mark is set apart as a quotation of its own
    text = (f"{OPEN}The mayor said the town was ready, adding: \"We have been hit hard, but we are fine.\n\n"
            f"\"{SECOND}\"\n\n{BODY}"
            f"One resident told Reuters: \"{SECOND} We will rebuild.\"{AFTER}")
    assert _pulled(text) == [f"\"{SECOND}\""]


# --- a quoted name after a clause (noise._QUOTED_NAME_SEAM) --------------------------------

def _captions(text: str) -> list[str]:
    return _removed(text, "caption: a caption with no full stop")


def test_a_clause_before_a_quoted_name_stays():
    # (the parse reads "round" as the verb of a second clause after the quoted name)
    line = ("Jane Roe spends a relaxing Sunday aboard her yacht \"Bob\" taking part in "
            "the Acme Fund Management round the island race at Port Ellery.")
    text = f"{OPEN}{BODY}{line}{AFTER}"
    assert _captions(text) == []
    assert line in clean_text(text).text


def test_a_caption_before_a_quoted_sentence_is_still_cut():
    # twin: the quotation after the seam runs on as a sentence of its own; the caption goes
    caption = "Aid workers set up clinics in the camps"
    sentence = "\"The Marotians need tents more than anything,\" the charity said on Friday."
    text = f"{OPEN}{BODY}{caption} {sentence}{AFTER}"
    assert _captions(text) == [caption]


# --- a count opening a figures list's line (noise._split_glued_captions) -------------------

FIGURES = ("1,200 sheep have been collected alive by the state's farm service and its partners.\n\n"
           "Of those, 400 sheep have been treated and released.\n\n")
LOANS = "The Acme Relief Fund has approved 150 emergency loans to date, totaling more than $9 million."


def test_a_count_opening_a_figures_line_stays():
    line = f"2,100 animals have died in the flooded valley {LOANS}"
    text = f"{OPEN}{FIGURES}{line}{AFTER}"
    assert _captions(text) == []
    assert "2,100 animals have died in the flooded valley" in clean_text(text).text


def test_a_caption_opening_in_words_before_the_same_sentence_is_still_cut():
    # twin: the same clause with its count in words is read as before
    caption = "Thousands of animals have died in the flooded valley"
    text = f"{OPEN}{FIGURES}{caption} {LOANS}{AFTER}"
    assert _captions(text) == [caption]


# --- a title after a name at the head line's seam (head_captions._head_seams) ---------------

def _seam_words(sentence: str) -> list[str]:
    """The lead's first word at each seam the head-line reader offers."""
    from storyline.clean import head_captions
    from storyline.clean.noise import _seam_tools

    return [w for _, _, _, _, w in head_captions._head_seams(
        sentence, _seam_tools(), "", head_captions.CLAUSE_SEAM_WORDS, head_captions._CLAUSE_SEAM_ABSTAIN)]


def test_no_seam_between_an_acronym_and_the_title_of_the_name_after_it():
    s = ("Jane Roe said her office was facing the worst flood in US history US President Jane Roe "
         "has urged voters to back a new plan for the dams.")
    assert _seam_words(s) == ["US"]  # (the seam before "US" is still read)


def test_a_seam_before_a_title_after_a_common_word_or_before_a_lower_case_word_stays():
    # twins: a title after a common word opens the lead; a role noun after the acronym with a
    # lower-case word after it names no one, and the seam is offered as before
    s = ("Jane Roe said her office was facing the worst flood in recent history President Jane Roe "
         "has urged voters to back a new plan for the dams.")
    assert _seam_words(s) == ["President"]
    s = ("Jane Roe said her office was facing the worst flood in US history US Officials have urged "
         "voters to back a new plan for the dams.")
    assert _seam_words(s) == ["US", "Officials"]

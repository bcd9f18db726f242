"""Round fifty-four, mender m5: in-sample mends of the seed-169 audit's cleaning items (issue 16)
and the brief lines they fed (issue 23): c067 K3 (an opening question to the reader taken as the
title; a chart's slug and source credit kept), c073 K1 (a picture's credit and caption under its
cut file name), c085 K2/B3 (a closing list of references, "You can read the study here."
pointers, a linked page's title under one), c063 K2 (a headline between two ad slots), c080 K2
(an embedded post's author and words between its cut header and stamp), c086 K2 (a pull quote's
credit line), c071 K1 (a short caption at a gallery run's edge).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test. Every text here is invented.
"""

from __future__ import annotations

from storyline.clean.noise import clean_text

LEAD = ("The harbour board voted on Monday to close the old pier for repairs, a decision that "
        "angered the fishing crews who use it every morning.\n\n")
MORE = ("Repairs will take at least six months, the board said in a statement issued after the vote.\n\n"
        "The crews plan to meet the board again next week to ask for a temporary landing place.\n\n"
        "A spokesman for the crews said they had not been consulted before the vote was taken.\n")


def _kept(text: str) -> str:
    return clean_text(text).text


# --- c067 K3: a first line asking the reader to recall is the opening sentence, not the title ---

RECALL = ("Remember how much the council wanted to sell the old pier?\n\n"
          "The council has voted four times to sell it. Each time the harbour board blocked the sale, "
          "saying the pier still earned its keep.\n\n" + MORE)


def test_a_recall_question_opening_the_text_stays_its_first_sentence():
    c = clean_text(RECALL)
    assert c.text.startswith("Remember how much the council wanted")
    assert not c.title


def test_twin_a_headline_question_over_the_lead_is_still_the_title():
    c = clean_text(RECALL.replace("Remember how much the council wanted to sell the old pier?",
                                  "Will the council sell the old pier?"))
    assert c.title == "Will the council sell the old pier?"
    assert c.text.startswith("The council has voted")


# --- c067 K3: a chart's slug over its source credit -------------------------------------------

CHART = LEAD + "Landings at the pier fell by a third last year, the steepest drop on record.\n\nchart2\nSource: Acme Institute (see text)\n" + MORE


def test_a_charts_slug_and_source_credit_are_cut():
    kept = _kept(CHART)
    assert "chart2" not in kept and "Source: Acme" not in kept
    assert "steepest drop on record." in kept


def test_twin_a_source_sentence_under_a_slug_line_stays():
    text = CHART.replace("Source: Acme Institute (see text)", "Source: officials close to the board said the sale was off.")
    assert "officials close to the board said the sale was off." in _kept(text)


# --- c073 K1: a picture's credit and caption under its cut file name --------------------------

PICTURE = (LEAD + "More than 3,000 people shared the edited picture of the pier after it was posted online.\n\n\n"
           "pier_edit.JPG\nJane Roe\nMore than 3,000 people shared this edited photo.\n"
           "The board said the picture had been altered to show the pier collapsing into the sea.\n\n" + MORE)


def test_a_credit_and_caption_under_a_picture_file_name_are_cut():
    kept = _kept(PICTURE)
    assert "pier_edit.JPG" not in kept
    assert "Jane Roe" not in kept and "shared this edited photo." not in kept
    assert "The board said the picture had been altered" in kept


def test_twin_a_long_article_sentence_under_a_file_name_stays():
    text = PICTURE.replace("Jane Roe\nMore than 3,000 people shared this edited photo.\n", "")
    assert "The board said the picture had been altered to show the pier collapsing into the sea." in _kept(text)


# --- c085 K2 / B3: a closing list of references, "You can read ... here." pointers ------------

REFS = (LEAD + MORE + "\nSources:\n\n(1) http://www.example.org/report/pier.pdf\n\n"
        "(2) Roe J, Doe A. Timber decay in harbour piers. J Coast Eng. 2004;21:299–324\n\n"
        "(3) http://www.example.org/board/minutes-2015\n")


def test_a_closing_list_of_references_is_cut():
    kept = _kept(REFS)
    assert "Sources:" not in kept and "http://" not in kept and "2004;21:299" not in kept
    assert "temporary landing place." in kept


def test_twin_a_closing_numbered_list_of_prose_stays():
    text = (LEAD + MORE + "\nSources:\n\n(1) Two officials of the board who asked not to be named.\n\n"
            "(2) The minutes of the board's meeting, which the paper has seen.\n")
    kept = _kept(text)
    assert "Two officials of the board who asked not to be named." in kept


POINTER = (LEAD + "The engineers' study found rot in most of the pier's timber piles. You can read the full study here.\n\n"
           "Harbour Piers Across the Country Are Failing Faster\n"
           "2. The Board Delayed the Repairs\n"
           "The board put off the work twice, its minutes show.\n\n" + MORE)


def test_a_you_can_read_here_pointer_and_the_linked_title_under_it_are_cut():
    kept = _kept(POINTER)
    assert "You can read the full study here." not in kept
    assert "found rot in most of the pier's timber piles." in kept
    assert "Harbour Piers Across the Country Are Failing Faster" not in kept
    assert "2. The Board Delayed the Repairs" in kept


def test_twin_you_can_see_here_names_no_piece_and_a_crosshead_over_prose_stays():
    text = POINTER.replace("You can read the full study here.", "You can see the damage here.")
    kept = _kept(text)
    assert "You can see the damage here." in kept
    assert "Harbour Piers Across the Country Are Failing Faster" in kept


def test_a_pointer_after_a_glued_reference_number_is_cut_and_the_number_stays():
    text = POINTER.replace("timber piles. You can", "timber piles in 2011.(1) You can")
    kept = _kept(text)
    assert "You can read the full study here." not in kept
    assert "timber piles in 2011.(1)" in kept


# --- c063 K2: a headline between two ad slots -------------------------------------------------

ADS = (LEAD + "Advertisement\n\n\n\nHarbour Board Shuts Old Pier Over Safety Fears\n\nAdvertisement\n\n" + MORE)


def test_a_title_case_line_between_two_ad_slots_is_cut():
    kept = _kept(ADS)
    assert "Harbour Board Shuts Old Pier" not in kept and "Advertisement" not in kept


def test_twin_a_sentence_between_two_ad_slots_stays():
    text = ADS.replace("Harbour Board Shuts Old Pier Over Safety Fears", "The pier was built in 1902 and last repaired in 1971.")
    assert "The pier was built in 1902 and last repaired in 1971." in _kept(text)


# --- c080 K2: an embedded post's author and words between its cut header and its stamp --------

POST = (LEAD + "Watch the full video below.\n\n\nFollow\nJoe Bloggs @jbloggs99\nThe old pier is closing. Sad day @HarbourBoard\n"
        "9:29 PM - 18 Oct 2016\n239 239 Retweets   239 239 likes\nTwitter Ads info & Privacy\n" + MORE)


def test_a_posts_author_and_words_between_its_header_and_stamp_are_cut():
    kept = _kept(POST)
    assert "@jbloggs99" not in kept and "Sad day @HarbourBoard" not in kept
    assert "Repairs will take at least six months" in kept


def test_twin_a_handle_line_between_article_paragraphs_stays():
    text = LEAD + "Joe Bloggs @jbloggs99\nThe crews posted their anger online within minutes of the vote.\n\n" + MORE
    assert "Joe Bloggs @jbloggs99" in _kept(text)


# --- c086 K2: a pull quote's credit line ------------------------------------------------------

PULL = ("“Nobody on the board ever asked us what the pier means to this town.”\n- Jane Roe, crew spokeswoman\n\n"
        "The harbour board voted on Monday to close the old pier for repairs, angering the crews.\n\n"
        "“Nobody on the board ever asked us what the pier means to this town,” Roe said after the vote.\n\n" + MORE)


def test_the_credit_line_of_a_cut_pull_quote_is_cut():
    kept = _kept(PULL)
    assert "- Jane Roe, crew spokeswoman" not in kept
    assert "Roe said after the vote." in kept


def test_twin_a_dash_led_credit_under_a_kept_line_stays():
    text = PULL.replace("“Nobody on the board ever asked us what the pier means to this town.”\n",
                        "The crews gathered on the pier at dawn with their banners.\n")
    assert "- Jane Roe, crew spokeswoman" in _kept(text)


# --- c071 K1: a short caption at a gallery run's edge -----------------------------------------

GALLERY = ("The pier war began with a note pinned to the harbour office door, and it ran for weeks.\n\n"
           "Crews: The first note taped to the door\n\n"
           "The note that started the quarrel between the board and the fishing crews on the pier\n\n"
           "The board's first reply, which angered the crews even more than the vote itself\n\n"
           "The crews answer with a banner hung from the end of the old pier at dawn\n\n"
           "Who knew? The board relents\n\n"
           "The board's chairman said the notes had been meant as a joke at first.\n\n"
           "Reply: The board's answer pinned beside the first note\n\n"
           "The quarrel went on until the board agreed to meet the crews in public.\n\n" + MORE)


def test_a_short_stopless_line_at_a_gallery_runs_edge_is_cut():
    kept = _kept(GALLERY)
    assert "The crews answer with a banner" not in kept  # the gallery rule's own run
    assert "Who knew? The board relents" not in kept


def test_twin_a_short_line_with_its_stop_at_the_edge_stays():
    text = GALLERY.replace("Who knew? The board relents", "Who knew? The board relented.")
    assert "Who knew? The board relented." in _kept(text)


# --- brief (issue 23): sentences that lean on another, an outlet's aside, a reference entry ---

def test_c067_b4_ditto_leans_on_the_sentence_before():
    from storyline.resolve import brief
    assert brief.dependent_opening("Ditto for the ports and the two airports.")[0] == "ellipsis"
    assert brief.dependent_opening("Same goes for the ferry terminal.")[0] == "ellipsis"


def test_twin_a_sentence_with_ditto_inside_reads_alone():
    from storyline.resolve import brief
    assert brief.dependent_opening("Sameday Couriers said the pier would reopen in June.") is None


def test_c053_b5_a_contrast_telling_only_what_something_is_not_leans_on_the_next():
    from storyline.resolve import brief
    assert brief.dependent_opening("Part of the case for Roe is not that he is a visionary who can rouse crowds.")[0] == "contrast"
    assert brief.dependent_opening("The mayor's problem isn't that he is losing the vote.")[0] == "contrast"


def test_twin_a_contrast_giving_its_point_after_but_and_not_that_old_read_alone():
    from storyline.resolve import brief
    assert brief.dependent_opening("The board's problem is not that it lacks money, but that it lacks a plan.") is None
    assert brief.dependent_opening("The harbour's pier is not that old, the board said.") is None
    assert brief.dependent_opening("The board's problem isn't that the crews are angry; the problem is that the pier is rotten.") is None


def test_c085_b7_the_study_told_by_its_kind_leans_on_the_sentence_before():
    from storyline.resolve import brief
    assert brief.dependent_opening("The study was based on the analysis of 1,000 samples.")[0] == "anaphor"


def test_twin_the_study_of_and_the_paper_said_are_not_read():
    from storyline.resolve import brief
    assert brief.dependent_opening("The study of 1,000 harbour workers found a link to damp.") is None
    assert brief.dependent_opening("The paper said the mayor would resign.") is None
    assert brief.dependent_opening("The research ship Acme Star made three voyages into the bay.") is None
    assert brief.dependent_opening("The survey, conducted by the Acme Institute, finds the mayor ahead.") is None


def test_c076_b5_b6_an_outlets_aside_on_its_own_translation_is_page_meta():
    from storyline.resolve import brief
    assert brief.noise_category("The group's name may be a Google translation error.") == "meta"
    assert brief.noise_category("The Daily Acme did attempt to clean up the translation, but errors may remain.") == "meta"


def test_twin_a_translation_error_as_the_storys_event_stays():
    from storyline.resolve import brief
    assert brief.noise_category("The ministry blamed a translation error for the diplomatic row.") is None


def test_c085_b3_a_numbered_reference_entry_is_clutter():
    from storyline.resolve import brief
    assert "references" in (brief.clutter_shape("(13) Roe J, Doe A. Timber decay in harbour piers.") or "")


def test_twin_a_numbered_sentence_naming_a_person_is_no_reference():
    from storyline.resolve import brief
    assert brief.clutter_shape("(2) Jane Roe said the pier would close in June.") is None


# --- the brief itself: the sentences above are not told; their twins are ----------------------

BRIEF_LEANING = [
    "Part of the case for the harbour board is not that it has a plan for the pier.",
    "Ditto for the two ferry landings and the fish market on the quay.",
    "The study was based on the analysis of 400 timber piles from three harbours.",
    "The group's name may be a Google translation error.",
]


def test_sentences_leaning_elsewhere_or_asides_are_not_told():
    from test_brief import analysis
    from test_brief_reads_alone import BACKGROUND, told

    for sentence in BRIEF_LEANING:
        a = analysis("aaaa", "The harbour board met on Monday to decide the pier's future.\n" + sentence + "\n" + BACKGROUND)
        assert not any(x.text == sentence for x in told(a)), sentence


def test_twin_the_same_facts_told_whole_are_told():
    from test_brief import analysis
    from test_brief_reads_alone import BACKGROUND, told

    sentence = "An engineers' study of 400 timber piles from three harbours found rot in most of them."
    a = analysis("aaaa", sentence + "\n" + BACKGROUND)
    assert any(x.text == sentence for x in told(a))

"""Round fifty-two, mender m5: in-sample mends of the seed-167 audit's cleaning items (FNC-1
c052 K2, c046 K2, c047 K1, c048 K3, c048 K4).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import cleaned_parts as _clean

from storyline.clean import noise, quote_chips

LEAD = "The mayor of Springfield opened the new bridge on Monday morning before a crowd of residents.\n\n"
FOOT = "\n\nResidents should take care on the new road during the first week of traffic, officials said.\n"




# --- c052 K2: a related-links box run into a paragraph after a sentence ---------------------------

_BOX_MID = ("The council approved the budget on Monday after a long debate. The mayor said the plan would cut "
            "waste. RelatedCity hall to close on Fridays in summer to save moneyMayor wins second term, says Jane "
            "RoeBudget row deepens over deficit The council has not yet said how much the plan will save, but "
            "officials expect as much as $5 million. The vote passed by six to three.\n")
_BOX_END = ("The council approved the budget on Monday after a long debate. The vote passed by six to three. "
            "RelatedSchool board review: Bulky plan but still better than the restPark Review: Style but Still "
            "Not Time for a PoolLibrary Review: the best books in town\n")


def test_a_related_box_run_into_a_paragraph_is_cut_and_the_sentences_around_it_stay():
    text, removed = _clean(_BOX_MID)
    box = ("RelatedCity hall to close on Fridays in summer to save moneyMayor wins second term, says Jane "
           "RoeBudget row deepens over deficit")
    assert box in removed
    assert "The mayor said the plan would cut waste." in text
    assert "The council has not yet said how much the plan will save, but officials expect as much as $5 million." in text
    assert "Related" not in text and "deficit" not in text
    assert noise._glued_related_box("The council met. Unrelated matters came upLater on. The vote.") is None


def test_a_related_box_closing_the_text_is_cut_to_its_end():
    text, removed = _clean(_BOX_END)
    assert text.endswith("The vote passed by six to three.")
    assert any(r.startswith("RelatedSchool board review") and r.endswith("best books in town") for r in removed)


def test_the_last_title_with_no_sentence_opener_stays_rather_than_cut_a_sentence():
    # the last title runs into the next sentence with no capital after it to mark the seam: only the
    # titles up to the last join go, the sentence is kept whole with the title's words before it
    line = ("The council met on Monday. RelatedCity hall to close on FridaysMayor wins second termBudget row "
            "deepens as the council has not yet said how much the plan will save. The vote passed.\n")
    text, removed = _clean(LEAD + line)
    assert "RelatedCity hall to close on FridaysMayor wins second term" in removed
    assert "the council has not yet said how much the plan will save." in text


def test_related_as_a_word_or_a_single_join_stays():
    line = ("The council met on Monday. Related stories ran in the paper all week. The vote passed by six to "
            "three.\n")
    text, _ = _clean(LEAD + line)
    assert "Related stories ran in the paper all week." in text
    line2 = ("The council met on Monday. RelatedItems are listed on the YouTube page of the council today. The "
             "vote passed.\n")
    text, _ = _clean(LEAD + line2)
    assert "RelatedItems are listed on the YouTube page" in text


# --- c046 K2: a site's "<Name> Wants Your Take!" box -------------------------------------------------


def test_a_title_case_call_for_the_readers_take_is_cut():
    text, removed = _clean(LEAD + "The vote passed by six to three, with two members absent.\n\nSpringfield Live Wants Your Take!\n")
    assert "Springfield Live Wants Your Take!" in removed and "Wants Your Take" not in text


def test_a_sentence_asking_for_views_stays():
    line = "The council wants your views on the plan by Friday."
    text, _ = _clean(LEAD + line + FOOT)
    assert line in text


# --- c047 K1: a picture's title in title case above its source-labelled credit -----------------------

_LETTER = ("A week later the mayor received this note from one of the pupils at the school:\n\n"
           "{title}\n\nCourtesy: Springfield News\n\nDear Mayor Quimby:\n\n"
           "Thank you for the new library. We love the books and the big windows in the reading room.")


def test_a_title_above_a_courtesy_credit_is_the_pictures_caption():
    text, removed = _clean(LEAD + _LETTER.format(title="Note to the Mayor") + FOOT)
    assert "Note to the Mayor" in removed and "Note to the Mayor" not in text
    assert "Courtesy: Springfield News" in removed
    assert "Dear Mayor Quimby:" in text


def test_a_sentence_case_line_above_a_credit_or_a_title_above_prose_stays():
    text, _ = _clean(LEAD + _LETTER.format(title="Note to the mayor") + FOOT)
    assert "Note to the mayor" in text
    body = LEAD + "Note to the Mayor\n\nThe note thanked the mayor for the library and asked for a pool." + FOOT
    text, _ = _clean(body)
    assert "Note to the Mayor" in text


# --- c048 K3: a wire's quote links inside a ticker's brackets -------------------------------------


def test_quote_links_inside_tickers_are_cut_and_the_tickers_stay():
    line = ("Acme Corp (ACME.TO: Quote) (ACME.O: Quote) shares rose 3 percent on Monday after a report said Zed "
            "Group (0123.HK: Quote) might bid for it.")
    text, removed = _clean(LEAD + line + FOOT)
    assert "Acme Corp (ACME.TO) (ACME.O) shares rose 3 percent" in text
    assert "Zed Group (0123.HK) might bid" in text
    assert removed.count("Quote") == 3
    assert quote_chips.strip_links("Zed (ZED.N: Quote, Profile, Research) fell.") == ("Zed (ZED.N) fell.", [(": Quote, Profile, Research", 10)])


def test_a_colon_and_quote_outside_a_ticker_stay():
    line = "The mayor said (in a note: Quote) it was fine, as the sign (see Acme: Quote) said."
    text, _ = _clean(LEAD + line + FOOT)
    assert line in text
    text, _ = _clean(LEAD + "A quote (ACME: Quoted) was read at the meeting on Monday." + FOOT)
    assert "(ACME: Quoted)" in text


def test_quote_links_and_a_chip_on_one_line_keep_their_offsets():
    kept, chips = quote_chips.strip("Acme (ACME.TO: Quote) said Zed Corp ZED +2.00%  plans a bid.", noise.english_stopwords())
    kept, links = quote_chips.strip_links(kept)
    assert kept == "Acme (ACME.TO) said Zed Corp plans a bid."
    (chip, off), = quote_chips.shift(chips, links)
    assert chip == "ZED +2.00%" and kept[:off] == "Acme (ACME.TO) said Zed Corp"


# --- c048 K4: a source credit closing the text with no colon ------------------------------------


def test_a_source_credit_with_no_colon_closing_the_text_is_cut():
    text, removed = _clean(LEAD + "The vote passed by six to three, with two members absent.\n\nSource acme, Zed News\n")
    assert "Source acme, Zed News" in removed
    assert text.endswith("with two members absent.")


def test_one_word_after_source_or_a_source_line_inside_the_text_stays():
    text, _ = _clean(LEAD + "The vote passed by six to three, with two members absent.\n\nSource code\n")
    assert "Source code" in text
    body = LEAD + "Sources close to the mayor, the council and the police agree on the plan." + FOOT
    text, _ = _clean(body)
    assert "Sources close to the mayor" in text


# --- c052 K4: a long standfirst with no stop above a lead that says its words again ----------------

_STANDFIRST = ("The gold versions of the new watch are made of rare metal, expected to cost thousands of pounds "
               "and will be sold in a separate room, like a jewellery shop")


def test_a_long_stopless_first_line_the_lead_repeats_is_the_standfirst():
    lead = ("Acme Stores are to be fitted with new safes to look after the gold edition of the watch, which is "
            "expected to cost thousands of pounds.")
    text, removed = _clean(_STANDFIRST + "\n\n" + lead + FOOT)
    assert _STANDFIRST in removed
    assert text.startswith("Acme Stores are to be fitted")
    # a run of function words alone ("it is to be") is no repeat
    assert not noise._lead_repeats("The council said on Monday that it is to be the first town to ban cars",
                                   "The mayor said it is to be a trial of six months.")


def test_a_long_stopless_first_line_the_lead_does_not_repeat_stays():
    lead = ("Acme Stores are to be fitted with new safes to look after the gold edition of the watch, the "
            "company said on Monday.")
    text, _ = _clean(_STANDFIRST + "\n\n" + lead + FOOT)
    assert text.startswith("The gold versions of the new watch")


# --- c047 K2: a headline in title case printed again under the lead ---------------------------------

_PUPIL = ("A letter written by a pupil to her teacher who came out to the class has moved him to tears, "
          "the school said.\n\n")
_AFTER = ("\n\nThe teacher, who has asked not to be named, told the class during a lesson on bullying last "
          "month.\n\nThe head of the school said she was proud of the pupil and of the teacher." + FOOT)


def test_a_title_case_line_under_the_lead_restating_it_is_cut():
    head = "Pupil Writes Moving Letter to Teacher Who came Out to the Class"
    text, removed = _clean(_PUPIL + head + _AFTER)
    assert head in removed and head not in text
    assert text.startswith("A letter written by a pupil")


def test_a_crosshead_saying_something_new_or_a_numbered_head_stays():
    head = "What the School Plans to Do Next About Bullying in Class"
    text, _ = _clean(_PUPIL + head + _AFTER)
    assert head in text
    head2 = "1. Pupil Writes Moving Letter to Teacher Who came Out to the Class"
    text, _ = _clean(_PUPIL + head2 + _AFTER)
    assert head2 in text

"""Round forty-nine, mender m1: in-sample mends of the cleaning items seed 164's audit found
wrong (fnc1_c005, c009, c022, c023). Every text is invented for the test; each rule has a case
that fires and a must-not-fire twin."""

from __future__ import annotations

from storyline.clean import noise, quote_chips


def _clean(text: str):
    return noise.clean_text(text, title=None, links=None)


_R = "The council voted on Tuesday to close the harbour road, the mayor of Port Ellery said."
_R2 = "Residents of the town had asked for the closure for two years, officials said."


def _reasons(c) -> list[str]:
    return [r.reason for r in c.removed]


# --- c022 K1: a "you" inside a hyphenated compound speaks to nobody (noise._hyphen_joined)

def test_a_you_in_a_hyphenated_compound_is_no_address_to_the_reader():
    lead = ("Last spring, Acme bought Zephyr Radio for $2 billion. Since then, its chief has praised the Zephyr "
            "subscription plan, which sells all-you-can-eat songs for $9 a month.")
    c = _clean(f"{lead}\n\n{_R}\n\n{_R2}")
    assert c.text.startswith("Last spring, Acme bought"), _reasons(c)


def test_twin_a_you_standing_alone_still_makes_a_promo_of_a_subscription_line():
    line = "The Zephyr subscription gives you all the songs for $9 a month."
    c = _clean(f"{_R}\n\n{_R2}\n\n{line}")
    assert line not in c.text
    assert any(r.startswith("promo") for r in _reasons(c))


# --- c005 K3: a question to the reader that the writer's next sentence answers is rhetoric
# (noise._question_answered; question_replies.txt "If not, ...")

def test_a_question_the_next_sentence_answers_is_the_writers_hook():
    hook = "Are you a fan of Zed Roe's songs? If not, you may want to become one because it may save your life one day."
    c = _clean(f"{hook}\n\n{_R}\n\n{_R2}")
    assert c.text.startswith("Are you a fan"), _reasons(c)


def test_twin_a_question_with_no_reply_under_it_is_still_cut():
    ask = "Are you a fan of Zed Roe's songs? Many people in the town now are."
    c = _clean(f"{_R}\n\n{_R2}\n\n{ask}")
    assert ask not in c.text


def test_twin_an_answered_question_with_an_imperative_is_still_a_call():
    ask = "Are you a fan of Zed Roe's songs? If so, listen to them now."
    c = _clean(f"{_R}\n\n{_R2}\n\n{ask}")
    assert ask not in c.text


# --- c009 K4/K5: a live stock-quote chip after a company's name inside a sentence (clean/quote_chips.py)

def test_a_quote_chip_after_a_company_name_is_cut_and_the_sentence_kept():
    c = _clean("Acme Co. ACME +2.00%  plans to split in two, people familiar with the matter said.\n\n"
               "It held talks with Zed Corp. ZED -0.49%  , a deal that would have made a giant, and with "
               f"Bolt Technologies, B +1.93%  a maker of gear, and Lono Group Ltd 0992.HK +0.68%  , according to IDC.\n\n{_R}")
    assert c.text.startswith("Acme Co. plans to split in two,")
    assert "Zed Corp., a deal" in c.text and "Bolt Technologies, a maker" in c.text and "Lono Group Ltd, according" in c.text
    assert "%" not in c.text
    chips = [r for r in c.removed if r.reason.startswith("quote chip")]
    assert [r.text for r in chips] == ["ACME +2.00%", "ZED -0.49%", "B +1.93%", "0992.HK +0.68%"]
    assert c.text[chips[0].at:].startswith(" plans")


def test_twin_a_signed_change_in_prose_is_kept():
    for s in ("Shares rose +2.00% on Monday.", "The index rose 2.00% to 1,200.", "The GDP +1.20% figure was revised.",
              "The FTSE 100 +0.50% move was small."):
        assert quote_chips.strip(s, noise.english_stopwords()) == (s, [])


# --- c009 K2: a box's label and title at the text's foot, its blurb cut as a teaser (noise._foot_box_heads)

_BLURB = ("Acme is an American maker of harbour cranes headquartered in Port Ellery that provides products, services "
          "and solutions to ports and shipyards (SM... read more »")


def test_a_foot_box_label_and_title_go_with_its_cut_blurb():
    c = _clean(f"{_R}\n\n{_R2}\n\nMore information:\n\nAcme\n\n{_BLURB}\n\nPowered by Widgetco")
    assert c.text.endswith(_R2), c.text[-120:]
    assert any(r.text.startswith("More information:") for r in c.removed)


def test_twin_a_crosshead_with_its_paragraph_under_it_at_the_foot_stays():
    c = _clean(f"{_R}\n\nThe vote\n\n{_R2}")
    assert "The vote" in c.text


def test_twin_short_lines_at_the_foot_with_no_cut_teaser_under_them_are_not_this_rules():
    c = _clean(f"{_R}\n\n{_R2}\n\nMore information:\n\nAcme")
    assert not any(r.reason == noise._FOOT_BOX_REASON for r in c.removed)


# --- c022 K5: a link pointer ("... here.") run on as a paragraph's last sentence (noise._split_here_pointers)

def test_a_here_pointer_closing_a_paragraph_is_cut_off_it():
    c = _clean(f"{_R}\n\nUpdate: Acme Wire reports that the road will reopen in May. Read the acmewire.com coverage here.\n\n{_R2}")
    assert "Update: Acme Wire reports that the road will reopen in May." in c.text
    assert "coverage here" not in c.text


def test_twin_a_last_sentence_ending_on_here_that_names_no_piece_stays():
    line = "The council met on Monday. Listen to the people who live here."
    c = _clean(f"{_R}\n\n{line}\n\n{_R2}")
    assert line in c.text


def test_twin_a_here_pointer_a_speaker_says_stays():
    line = "The council met on Monday. \"Read the full report here,\" the mayor said."
    c = _clean(f"{_R}\n\n{line}\n\n{_R2}")
    assert line in c.text


# --- c023 K3 and c022 K2: a bare name or a keyword list right above a picture's credit line
# (noise._name_captions_above_credits)

def test_a_bare_name_above_a_photo_credit_is_its_caption():
    c = _clean(f"{_R}\n\nJane Roe\n\nPhoto by John Doe\n\nJane Roe\n\nPhoto by Ann Poe/Getty Images\n\n{_R2}")
    assert "Jane Roe" not in c.text and c.text == f"{_R}\n\n{_R2}"


def test_twin_a_crosshead_of_function_words_above_a_photo_credit_stays():
    c = _clean(f"{_R}\n\nThe Aftermath\n\nPhoto by John Doe\n\n{_R2}")
    assert "The Aftermath" in c.text


def test_a_keyword_list_above_a_picture_credit_is_its_alt_text():
    keys = "harbour, harbour pier, port ellery, old pier, pier at dusk, best harbour views"
    c = _clean(f"{_R}\n\n{keys}\n\n(Getty)\n\n{_R2}")
    assert keys not in c.text
    assert any(r.reason == noise._KEYWORD_CAPTION_REASON for r in c.removed)


def test_twin_a_lower_case_list_with_no_credit_under_it_stays():
    keys = "flour, sugar, two eggs, butter, a pinch of salt"
    c = _clean(f"{_R}\n\n{keys}\n\n{_R2}")
    assert keys in c.text


def test_twin_a_list_written_as_a_sentence_above_a_credit_is_no_keyword_list():
    assert not noise._keyword_list("boats, cranes, nets and ropes")
    assert noise._keyword_list("boats, cranes, nets, ropes")


# --- c023 K4: a roundup's source tag after an aside in parentheses closing the paragraph
# (noise._OUTLET_TAG), and a lead-in to a clip as the text's last line (noise._lead_ins_to_cut_embeds)

def test_an_outlet_tag_after_a_closing_parenthesis_is_cut():
    line = "The singer will join the show next year. (I should write for television, right?) [Acme Gossip]"
    c = _clean(f"{_R}\n\n{line}\n\n{_R2}")
    assert "[Acme Gossip]" not in c.text
    assert "(I should write for television, right?)" in c.text


def test_twin_a_bracket_after_a_parenthesis_with_no_stop_stays():
    line = "The singer will join the show (and the tour) [Acme Gossip] next year."
    c = _clean(f"{_R}\n\n{line}\n\n{_R2}")
    assert line in c.text


def test_a_lead_in_to_a_clip_ending_the_text_is_cut():
    c = _clean(f"{_R}\n\n{_R2}\nHere is a video of the mayor's dog Rufus Ellery Smith playing fetch:")
    assert c.text.endswith(_R2)


def test_twin_a_lead_in_naming_no_clip_ending_the_text_stays():
    c = _clean(f"{_R}\n\n{_R2}\n\nHere is what the mayor of the town told the reporters:")
    assert c.text.endswith("told the reporters:")

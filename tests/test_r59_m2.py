"""Round fifty-nine, mender m2: wire copy's boxes, prompts, promos and captions kept in plain text
(issue 16), from the seed-174 audits of three Timeline17 topics.

Items: bpoil_washingtonpost K3 (a picture's credit whose head was lost at a line break, "Jane Q.
Roe) (Jane Q. Roe - AP)", glued to a graphics promo; the second picture's caption between two
credit lines), H1N1_bbc K5 (a debate page's "This debate is now closed." glued to the last line,
and its question to the reader), haiti_bbc B9 (a satellite picture's caption, "Satellite image of
<place> taken on <day>."), H1N1_bbc K4 (a map's tally box, "<Place>: <count> ...", run into a pull
quote), haiti_bbc K2 (a side box's first-person lines between a speaker's reported words and the
quotation that goes on from them, run into it), bpoil_washingtonpost K4 (a section page left with only
its heading and blurb over other stories' teasers).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from storyline.clean import clean_record
from storyline.types import Record


def _clean(text: str):
    # each line a paragraph of its own, as a page's lines are
    return clean_record(Record(source="r59m2.txt", text=text.replace("\n", "\n\n")))


def _cleaned(text: str) -> str:
    return _clean(text).text


# --- bpoil_washingtonpost K3: a credit with its head lost; a caption between two credits -------

_GALLERY_HEAD = (
    "Council backs harbour plan Mayor John Doe speaks at City Hall in Port Ellery, Monday, May 3, 2010, "
    "after meeting the harbour board.\n"
    "(AP Photo/Jane Roe) (Jane Roe - AP) Mayor John Doe leaves City Hall in Port Ellery, Tuesday, May 4, "
    "2010, for a short boat trip to the docks where he will meet the crews.\n"
)
_GALLERY_BODY = (
    "The city council voted on Tuesday to back the harbour plan after a long and bitter debate.\n"
    "Officials said the works would start in June and last for two years.\n"
    "The plan will cost about $40 million, the council said.\n"
)


def test_a_credit_whose_head_was_lost_is_cut_off_the_promo_after_it():
    text = _cleaned(_GALLERY_HEAD + "Ann Smith) (Q. Ann Smith - AP) Explore all of our harbour graphics to follow "
                    "the works, see their effects, and learn the plan's stages.\n" + _GALLERY_BODY)
    assert "Ann Smith)" not in text, text
    assert "Explore all of our harbour graphics" not in text, text
    assert "The city council voted on Tuesday" in text, text


def test_the_caption_between_two_credit_lines_is_cut():
    text = _cleaned(_GALLERY_HEAD + "Ann Smith) (Q. Ann Smith - AP) Explore all of our harbour graphics to follow "
                    "the works, see their effects, and learn the plan's stages.\n" + _GALLERY_BODY)
    assert "for a short boat trip" not in text, text
    assert text.startswith("The city council voted on Tuesday"), text


def test_twin_a_name_and_bracket_before_another_photographers_credit_stays():
    # the broken head is no end of the credit's name: not read as the credit's
    line = "Mary Major) (Q. Ann Smith - AP) The council's vote was the last of the year."
    text = _cleaned("The city council met on Tuesday to hear the harbour plan again.\n" + line + "\n" + _GALLERY_BODY)
    assert "The council's vote was the last of the year." in text, text
    assert "Mary Major)" in text, text


def test_twin_the_lead_under_the_last_credit_stays():
    text = _cleaned("(AP Photo/Jane Roe) (Jane Roe - AP)\nMayor John Doe left City Hall on Tuesday for a short boat "
                    "trip to the docks, where he met the crews.\n" + _GALLERY_BODY)
    assert "Mayor John Doe left City Hall on Tuesday" in text, text


# --- H1N1_bbc K5: a debate page's notice and its question to the reader ------------------------

_DEBATE_PAGE = (
    "The health agency says 900 people around the world have so far caught the new flu virus.\n"
    "What are your worries about the virus?\n"
    "Some 12 people have died of the virus, but only one death has been recorded outside that country.\n"
    "Leaflets with advice on how to stop the virus spreading are being sent to every home This debate is now closed.\n"
    "A selection of your comments appear below.\n"
    "I think the leaflets are a waste of money and everyone knows to wash their hands already.\n"
    "Here in Port Ellery nobody is worried and the shops are as busy as ever.\n"
    "Jane Roe, Port Ellery, Ruritania\n"
    "We cannot avoid it, so we should get on with life and stop the panic.\n"
)


def test_a_debate_closed_notice_glued_to_the_last_line_is_cut_off():
    text = _cleaned(_DEBATE_PAGE)
    assert "This debate is now closed" not in text, text
    assert "Leaflets with advice on how to stop the virus spreading are being sent to every home" in text, text


def test_twin_a_debate_closed_after_a_colon_is_said_and_stays():
    text = _cleaned("The council chair ended the meeting on Tuesday after two hours of argument.\n"
                    "She told members: This debate is now closed.\n"
                    "A vote on the plan will be held next month, officials said.\n")
    assert "This debate is now closed." in text, text


def test_a_debate_pages_question_to_the_reader_is_cut():
    text = _cleaned(_DEBATE_PAGE)
    assert "What are your worries" not in text, text
    assert "Some 12 people have died of the virus" in text, text


def test_twin_a_question_to_the_reader_on_a_page_with_no_debate_stays():
    text = _cleaned("Flights were cancelled across the region on Tuesday after the storm.\n"
                    "What are your rights if your flight is cancelled?\n"
                    "Airlines must offer a refund or another flight, the regulator said.\n"
                    "Passengers can also claim for meals and hotels in some cases.\n")
    assert "What are your rights if your flight is cancelled?" in text, text


def test_twin_a_question_with_no_you_on_a_debate_page_stays():
    page = _DEBATE_PAGE.replace("What are your worries about the virus?", "What went wrong at the border?")
    text = _cleaned(page)
    assert "What went wrong at the border?" in text, text


# --- haiti_bbc B9: a satellite picture's caption -----------------------------------------------

def test_a_satellite_pictures_bare_caption_is_cut():
    text = _cleaned("Satellite image of Port Ellery, Ruritania taken on 13 January.\n"
                    "It shows the damage done by the quake, which struck on Tuesday south-west of the city.\n"
                    "Hundreds of people are still missing, officials said.\n")
    assert "Satellite image of Port Ellery" not in text, text
    assert "It shows the damage done by the quake" in text, text


def test_twin_a_sentence_about_a_satellite_image_stays():
    text = _cleaned("The quake struck on Tuesday south-west of Port Ellery.\n"
                    "A satellite image of the port taken on Wednesday shows the docks under water.\n"
                    "Satellite images show the damage to the port.\n"
                    "Hundreds of people are still missing, officials said.\n")
    assert "A satellite image of the port taken on Wednesday shows the docks under water." in text, text
    assert "Satellite images show the damage to the port." in text, text


# --- H1N1_bbc K4: a map's tally box run into a pull quote ------------------------------------

_TALLY = ("Ruritania: One death, at least 80 confirmed cases Freedonia: 3 confirmed, 9 probable cases "
          "Elbonia, Latveria: 1 confirmed case each Countries with confirmed cases of local spread")


def test_a_tally_box_run_into_a_pull_quote_is_cut_and_the_quote_stays():
    text = _cleaned("The health agency raised its alert level on Friday as the virus spread.\n"
                    "Officials urged people to carry on life as normal.\n"
                    + _TALLY + " \"We do not need to panic.\"\n"
                    "The agency said it had no plans to raise the level again.\n")
    assert "Freedonia: 3 confirmed" not in text, text
    assert "We do not need to panic." in text, text


def test_twin_a_sentence_with_one_label_and_a_list_with_stops_stay():
    text = _cleaned("The health agency raised its alert level on Friday as the virus spread.\n"
                    "Ruritania: 80 confirmed cases, the agency said.\n"
                    "Freedonia: 3 confirmed cases. Elbonia: 1 confirmed case. Latveria: 2 confirmed cases.\n"
                    "The agency said it had no plans to raise the level again.\n")
    assert "Ruritania: 80 confirmed cases, the agency said." in text, text
    assert "Freedonia: 3 confirmed cases." in text, text


def test_a_tally_box_before_the_articles_lead_in_is_cut_and_the_lead_in_stays():
    text = _cleaned("The health agency raised its alert level on Friday as the virus spread.\n"
                    + _TALLY + " She added: \"We do not need to panic.\"\n"
                    "The agency said it had no plans to raise the level again.\n")
    assert "Freedonia: 3 confirmed" not in text, text
    assert "She added: \"We do not need to panic.\"" in text, text


# --- haiti_bbc K2: a side box's first-person lines run into a quotation ------------------------

_REPORTED = "The head of the aid charity, Jane Roe, told a news agency that aid had to arrive by Thursday evening.\n"
_QUOTED_ON = "\"To save lives, surgery must be available within the first two days,\" she said.\n"
_AFTER = "The agency said the first planes would land at the airport on Friday.\n"


def test_a_side_box_between_reported_words_and_their_quotation_is_cut():
    text = _cleaned("Aid groups say it is a race against time to find people trapped under the rubble.\n" + _REPORTED
                    + "We just don't know what to do.\nYou can see how bad the damage is.\n"
                    + "We have not been able to reach all the areas " + _QUOTED_ON + _AFTER)
    assert "We just don't know what to do." not in text, text
    assert "reach all the areas" not in text, text
    assert "\"To save lives, surgery must be available within the first two days,\" she said." in text, text
    assert "told a news agency that aid had to arrive" in text, text


def test_twin_a_first_person_dispatch_with_no_reported_line_above_stays():
    text = _cleaned("Aid groups say it is a race against time to find people trapped under the rubble.\n"
                    "We drove into the city at dawn.\nWe could see how bad the damage was.\n"
                    "We have not been able to reach all the areas " + _QUOTED_ON + _AFTER)
    assert "We could see how bad the damage was." in text, text
    assert "We drove into the city at dawn." in text, text


def test_twin_lines_in_the_third_person_between_stay():
    # (the glued piece itself is an older rule's, a caption run into a quotation: the whole lines above stay)
    text = _cleaned("Aid groups say it is a race against time to find people trapped under the rubble.\n" + _REPORTED
                    + "Her teams reached the city on Wednesday.\nThey could see how bad the damage was.\n"
                    + "We have not been able to reach all the areas " + _QUOTED_ON + _AFTER)
    assert "Her teams reached the city on Wednesday." in text, text
    assert "They could see how bad the damage was." in text, text


# --- bpoil_washingtonpost K4: a section page of teasers only ---------------------------------

_TEASERS = (
    "Harbour board questioned about the works Article | PORT ELLERY - Investigators on Thursday questioned the "
    "harbour board on the works' history of delays and asked who was in charge of the dredging.\n"
    "Article | PORT ELLERY -- The city moved closer to finishing the harbour works and opened a $2 million fund "
    "for the fishermen on Monday.\n"
    "Article | A panel will begin its next round of hearings on Monday into the harbour works and call witnesses.\n"
)


def test_a_section_pages_heading_and_blurb_over_teasers_only_are_cut():
    doc = _clean("Harbour works and dredging The city, the board and an army of volunteers are working to "
                 "finish the harbour works before the winter storms.\n" + _TEASERS)
    assert doc.text.strip() == "", doc.text


def test_twin_a_section_page_with_an_article_under_its_teasers_keeps_its_lines():
    doc = _clean("Harbour works and dredging The city, the board and an army of volunteers are working to "
                 "finish the harbour works before the winter storms.\n" + _TEASERS
                 + "The harbour board met on Friday to approve the last stage of the works.\n"
                 "Its chair said the dredging would end in March, two months late.\n")
    assert "The harbour board met on Friday" in doc.text, doc.text
    assert "an army of volunteers are working" in doc.text, doc.text


# --- haiti_bbc K3: a reader's signature with a role in lower case ----------------------------

_READERS = (
    "Readers of the site have been describing how the quake has affected them.\n"
    "Jane Roe, Port Ellery, Ruritania I and my co-workers took food and water to the city on Saturday.\n"
    "We filled two trucks with food and water and drove for three hours.\n"
)


def test_a_readers_signature_with_a_role_is_cut_off_the_account_under_it():
    text = _cleaned(_READERS + "John Doe, British survivor now back in the UK I was working for a bank in the city "
                    "when the quake struck.\nWe were in the car when the buildings fell around us.\n")
    assert "British survivor now back in the UK" not in text, text
    assert "I was working for a bank in the city when the quake struck." in text, text


def test_twin_a_name_and_an_apposition_with_its_article_stays():
    text = _cleaned(_READERS + "John Doe, a nurse I met at the camp, said the water ran out on Monday.\n"
                    "We were in the car when the buildings fell around us.\n")
    assert "John Doe, a nurse I met at the camp, said the water ran out on Monday." in text, text


def test_twin_a_role_signature_on_a_page_with_no_reader_signature_stays():
    text = _cleaned("Readers of the site have been describing how the quake has affected them.\n"
                    "John Doe, British survivor now back in the UK I was working for a bank in the city "
                    "when the quake struck.\nWe were in the car when the buildings fell around us.\n")
    assert "John Doe, British survivor now back in the UK I was working" in text, text

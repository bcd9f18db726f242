"""Round forty-eight, mender m2: in-sample cleaning mends of the seed-163 audit (FNC-1 claims
c011, c016, c028, c029, c030, c033). Each rule has a test that fails on the base code and a
must-not-fire twin. Texts written for the test (none is an article's)."""

from __future__ import annotations

import pytest

from storyline.clean import clean_record
from storyline.types import Record


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


def _cut(d, reason: str) -> list[str]:
    return [r.text for r in d.removed if r.reason.startswith(reason)]


# --- c030 K4: a body sentence restating a title line that has no full stop ---------------

STANDFIRST = "The harbour board was said to have quietly approved a new budget for the ferry pier in a late session"
LEAD = "Mayor Jane Holt, who has led the town for ten years, has been criticised over the plan, according to reports."
AFTER = "The vote is thought to have taken place last Tuesday after most members had left."
CLOSE = "A spokesman said the board would publish the minutes next week."


def test_a_body_sentence_restating_a_stopless_title_line_is_kept():
    d = _clean(f"{STANDFIRST}\n\n{LEAD}\n\n{STANDFIRST}.\n\n{AFTER}\n\n{CLOSE}\n")
    assert f"{STANDFIRST}." in d.text
    assert d.title == STANDFIRST
    assert not _cut(d, "headline: repeats the title")


def test_a_stopless_repeat_of_the_title_is_still_cut():
    # the twin: the body's copy has no stop either (a headline printed again): still a repeat
    d = _clean(f"{STANDFIRST}\n\n{LEAD}\n\n{STANDFIRST}\n\n{AFTER}\n\n{CLOSE}\n")
    assert _cut(d, "headline: repeats the title")
    assert d.text.count("quietly approved") == 0


def test_a_short_line_restating_the_title_with_a_stop_is_still_cut():
    # the twin: a copy of a few words (a headline set again with a stop) is no sentence of the body
    d = _clean(f"Harbour pier to close\n\n{LEAD}\n\nHarbour pier to close.\n\n{AFTER}\n\n{CLOSE}\n")
    assert _cut(d, "headline: repeats the title") == ["Harbour pier to close."]


# --- c033 K4: a graded noun and its reduced relative are one sentence -------------------

TAIL = (" Of the two, differences are slight, but the battery Northwind went with on the Zephyr 3 Max"
        " is a good reason to stop. A new rumor suggests buyers might want to wait a few months.")
BODY = ("According to one report, the Zephyr 4 will have a larger battery. We have heard similar rumblings before.\n\n"
        "Much of this seems like guesswork; we are not going to bite on that one.\n")


def test_a_graded_noun_before_its_reduced_relative_is_not_split_as_a_headline():
    first = "The Zephyr 3 and 3 Max are two of the more exciting products Northwind has unleashed in quite some time."
    d = _clean(f"{first}{TAIL}\n\n{BODY}")
    assert d.text.startswith(first)
    assert not d.headings


def test_a_headline_ending_on_a_plain_noun_is_still_split():
    # the twin: the lead's verb takes no object (the seam is "bound"), but the span ends on a
    # plain noun ("... coast"), not on a graded one: still a headline run into the lead
    from storyline.clean import noise, runin

    first = "Storm batters coast Fishermen have waited for days at the harbour for the weather to turn."
    seam = runin.runin_seam(first, noise._parser(), noise.english_stopwords() | noise._number_words(),
                            lambda w: noise._is_name_cue(w) or w.lower() in noise._apposition_nouns(),
                            noise._present_caption_clause, noise._saying_verbs(), runin.HEAD_MAX_WORDS)
    assert seam is not None and seam.bound and seam.head == "Storm batters coast"
    d = _clean(f"{first}{TAIL}\n\n{BODY}")
    assert d.text.startswith("Fishermen have waited")


def test_a_graded_noun_without_an_article_is_still_split():
    # the twin (the census): a page's buttons ("More Headlines", "Less Headlines") drop the
    # article a noun phrase with a reduced relative keeps: the seam stands
    first = ('More Headlines" "Less Headlines The harbour oil spill occurred off Port Ellery on'
             ' March 24, 1989, when a tanker bound for the town struck a reef.')
    d = _clean(f"{first}{TAIL}\n\n{BODY}")
    assert d.text.startswith("The harbour oil spill occurred")


# --- c028 K4, c033 K5: the Indian press's "PLACE:" dateline --------------------------------

LEDE = "All was going well at the harbour festival until the stage collapsed on Sunday evening."
MORE = "Police said nobody was hurt in the accident."


@pytest.mark.parametrize("place", ["MUMBAI", "NEW DELHI", "RAMPUR"])
def test_a_place_and_a_colon_opening_the_text_is_a_dateline(place):
    d = _clean(f"{place}: {LEDE}\n\n{MORE}\n")
    assert d.text.startswith("All was going well")
    assert d.dateline is not None and d.dateline.place == place


@pytest.mark.parametrize("label", ["UPDATE", "WARNING", "EXCLUSIVE", "EDITORIAL", "OBAMA"])
def test_a_label_and_a_colon_is_no_dateline(label):
    d = _clean(f"{label}: {LEDE}\n\n{MORE}\n")
    assert d.text.startswith(f"{label}: All was going well")
    assert d.dateline is None


def test_a_transcript_speaker_named_like_a_city_is_no_dateline():
    # the twin: other lines open on capitals and a colon and end on a stop (speaker turns)
    d = _clean(f"JACKSON: {LEDE}\n\nHOST: {MORE}\n")
    assert d.text.startswith("JACKSON: All was going well")
    assert d.dateline is None


def test_a_place_and_a_colon_before_a_short_line_is_no_dateline():
    d = _clean(f"MUMBAI: the latest\n\n{LEDE}\n\n{MORE}\n")
    assert d.dateline is None


# --- c028 K2, c030 K2: the opening paragraph printed again below --------------------------

COPY = ("The masked gunman, suspected of a string of raids on the harbour, was hurt in a police chase"
        " on Monday, the Gazette reported.")
LEDE2 = "The harbour robber known as the Fox is said to have been hurt in a chase, according to a report."
NEXT = "The Gazette cited an unnamed nurse saying the Fox was treated at the town hospital."


def test_an_opening_paragraph_printed_again_below_is_cut_once():
    d = _clean(f"{COPY}\n\n{LEDE2}\n\n{COPY}\n\n{NEXT}\n\nPolice declined to comment.\n")
    assert d.text.startswith(LEDE2)
    assert d.text.count("masked gunman") == 1
    assert _cut(d, "headline: the page's summary or caption above the story")


def test_an_opening_paragraph_said_again_in_other_words_stays():
    # the twin: the lead's matter said again below in other words is the article's
    other = "The gunman, who wore a mask, was hurt on Monday in a chase with police, the paper said."
    d = _clean(f"{COPY}\n\n{LEDE2}\n\n{other}\n\n{NEXT}\n\nPolice declined to comment.\n")
    assert d.text.startswith(COPY)


def test_a_short_opening_line_said_twice_stays():
    # the twin: a refrain of a few words is no summary of the story
    line = "Residents say they will never forget this."
    d = _clean(f"{line}\n\n{LEDE2}\n\n{line}\n\n{NEXT}\n\nPolice declined to comment.\n")
    assert d.text.startswith(line)


# --- c029 K5: a widget's pitch above its button --------------------------------------------

STORY = ("Acme is in talks to buy the Ellery games studio, according to a few different sources.\n\n"
         "The studio made $300 million last year, a person familiar with the matter said.\n\n")


def test_a_widget_pitch_above_its_button_under_closing_furniture_is_cut():
    d = _clean(f"{STORY}Developing...\n\nSource: Harbour Gazette, Ellery Times\n\n"
               "Instantly compare phones side by side and see which one suits you best!\n\nTry it now →\n")
    assert d.text.endswith("the matter said.")
    assert _cut(d, "promo: a page widget's pitch")


def test_a_closing_line_to_the_reader_without_furniture_above_stays():
    # the twin: the article's own last line addressed to the reader, no cut furniture above it
    d = _clean(f"{STORY}If you want one, you will have to wait until next year!\n\nTry it now →\n")
    assert d.text.endswith("until next year!")


# --- c028 K5: a picture's alt text beside its caption ---------------------------------------

OPEN = "A bride in Ellery married a guest after she learnt her family was kept in the dark about the groom's illness."
REST = ("Everything was going well until the day of the wedding, when the groom fell ill at the hall.\n"
        "Police said the families had settled the matter.\n")


def test_alt_text_beside_its_cut_caption_is_cut():
    d = _clean(f"{OPEN}\n\nbride groom\nA bride and groom attend a mass wedding in Port Ellery. "
               f"[Representational Image] Reuters\n{REST}")
    assert "bride groom" not in d.text
    assert _cut(d, "caption: a picture's alt text")


def test_a_lower_case_line_with_other_words_than_the_caption_stays():
    # the twin: words the caption does not hold are no alt text of it
    d = _clean(f"{OPEN}\n\nharbour lights\nA bride and groom attend a mass wedding in Port Ellery. "
               f"[Representational Image] Reuters\n{REST}")
    assert "harbour lights" in d.text


# --- c011 K2: a short stopless line closing the text ----------------------------------------

QUOTE = "\"The risk is becoming higher and higher,\" she said, \"and I really feel the town let us down.\""
FIRST = "The mayor said the harbour would reopen next week after the storm."


def test_a_short_stopless_line_closing_the_text_is_cut():
    d = _clean(f"{FIRST}\n\n{QUOTE}\n\nMayor escalates campaign against harbour gangs\n\n"
               "Watch Harbour Tonight weeknights 8pm ET. For the latest from Harbour Tonight click here.\n")
    assert d.text.endswith("let us down.\"")
    assert _cut(d, "related: a short line with no stop closing the text")


def test_a_stopless_heading_with_a_paragraph_under_it_stays():
    # the twin: a heading that heads a paragraph below it is the article's crosshead
    d = _clean(f"{FIRST}\n\n{QUOTE}\n\nMayor escalates campaign against harbour gangs\n\n"
               "The mayor has asked the council for more police on the quays this winter.\n")
    assert "Mayor escalates campaign" in d.text


def test_a_closing_quotation_without_its_stop_stays():
    d = _clean(f"{FIRST}\n\n{QUOTE}\n\n'We will be back next year and better'\n")
    assert "We will be back" in d.text

"""Round sixty, mender m1: issue 16 on the seed-175 audit of bpoil_bbc (captions, promos, fact
boxes and widgets left in BBC pages' plain text), and its brief item B10.

K7 (a programme's broadcast slot run into a sentence; a links line whose first age is followed by
a close button's "x"), K8 (captions over a sentence that opens with "When"/"While" and names the
caption's subject again), K9 (a figures box closing on "Data: <source> as of <date>"), K11 (a
video's caption closing the page), K12 (a blog's on-air schedule box and a programme's tagline at
the foot), B10 (a programme page's standfirst, "<programme>'s <reporter> tells the story of ...").
All in clean/glued_boxes.py but K7's links line (noise._ANY_AGE).

Each rule has a test that fails on the base code and a must-keep twin, on short texts written for
the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from storyline.clean import clean_record
from storyline.types import Record

TAIL = ("The barriers were first put up after the floods of last winter .\n"
        "Engineers said the river was rising by several centimetres an hour on Monday .\n"
        "Residents of the lower town were told to move their cars to higher ground .\n")
LEAD = "The harbour board met on Monday to discuss the repairs to the sea wall .\n"


def _clean(text: str):
    return clean_record(Record(source="x.txt", text=text))


def _removed(d, words: str) -> bool:
    return any(words in r.text for r in d.removed)


# --- K7: a programme's broadcast slot run into the sentence after it ------------------------------

def test_broadcast_slot_run_into_a_sentence_is_cut():
    d = _clean(LEAD + "Harbour - Under The Sea , BBC One , Monday , 21 June at 2030BST Then available in the UK via "
               "the link below Jane Roe , a councillor who chairs the harbour board , has accused the firm of "
               "cutting corners .\n" + TAIL)
    assert "Jane Roe, a councillor who chairs the harbour board, has accused the firm" in d.text, d.text
    assert "2030BST" not in d.text, d.text
    assert _removed(d, "BBC One, Monday, 21 June at 2030BST"), d.removed


def test_twin_a_sentence_naming_a_slot_stays():
    d = _clean(LEAD + "The film , shown on BBC One on Monday , 21 June at 2030BST , drew four million viewers .\n" + TAIL)
    assert "The film, shown on BBC One on Monday, 21 June at 2030BST, drew four million viewers." in d.text, d.text


def test_twin_a_sentence_quoting_a_time_stays():
    d = _clean(LEAD + "The pumps were switched off at 1425 local time -LRB- 1925 GMT -RRB- on Thursday , the "
               "board said .\n" + TAIL)
    assert "The pumps were switched off at 1425 local time (1925 GMT) on Thursday" in d.text, d.text


# --- K7: a links line of other sites' headlines, two ages, the first before a lower-case "x" -------

def test_links_line_with_two_ages_is_cut_whatever_follows_the_first():
    d = _clean(LEAD + TAIL + "co. uk HARBOUR WALL FAULT FOUND WEEKS BEFORE STORM HIT - 10 hrs ago x Firm hit with "
               "6,000 claims over the flooded harbour front and its shops - 14 hrs ago Daily Courier .\n")
    assert "10 hrs ago" not in d.text, d.text


def test_twin_a_sentence_with_one_age_stays():
    d = _clean(LEAD + TAIL + "The warning was posted on the board's website - 10 hrs ago at the latest - and was read "
               "by thousands of residents of the lower town before the gates were shut on Monday evening .\n")
    assert "The warning was posted on the board's website" in d.text, d.text


# --- K8: a caption over a sentence opening with a subordinator that names its subject again -------

def test_caption_before_while_naming_its_subject_again_is_cut():
    d = _clean(LEAD + "Mr Kessel has come in for fierce criticism from the local press When Erik Kessel became the "
               "board 's chairman in 2007 he told the council that his first task was safety .\n" + TAIL)
    assert d.text.count("When Erik Kessel became the board's chairman in 2007") == 1, d.text
    assert _removed(d, "Mr Kessel has come in for fierce criticism from the local press"), d.removed


def test_twin_a_sentence_before_a_subordinator_without_the_name_stays():
    d = _clean(LEAD + "Mr Kessel came in for fierce criticism from the local press When the board met in "
               "2007 the council said that its first task was safety .\n" + TAIL)
    # (kept: the line may be split where its stop was lost, but nothing is removed)
    assert "Mr Kessel came in for fierce criticism from the local press" in d.text and "When the board met" in d.text, d.text
    assert not _removed(d, "Kessel"), d.removed


def test_twin_a_clause_going_on_with_a_subordinator_stays():
    # a common-noun subject, no name said again: a sentence that lost its stop, or goes on
    d = _clean(LEAD + "The engineers came in for fierce criticism from the local press When the storm hit "
               "the coast , the engineers had to close the gates .\n" + TAIL)
    assert "The engineers came in for fierce criticism from the local press" in d.text and "When the storm hit" in d.text, d.text
    assert not _removed(d, "engineers came"), d.removed


# --- K9: a figures box of "label: value" lines closing on its data credit -------------------------

def test_figures_box_with_its_data_credit_run_into_a_sentence_is_cut():
    d = _clean(LEAD + "Share price lowest point -LRB- on 25 June -RRB- : 296p -LRB- 55 % fall -RRB- Bond spread "
               "-LRB- 5 years -RRB- : 4.1 % per annum Data : Bloomberg as of 6 July 2010 Or alternatively the "
               "board could sell the harbour to a private buyer .\n" + TAIL)
    assert "Or alternatively the board could sell the harbour to a private buyer." in d.text, d.text
    assert "296p" not in d.text and _removed(d, "Data: Bloomberg as of 6 July 2010"), d.text


def test_twin_a_figure_sourced_in_a_sentence_stays():
    d = _clean(LEAD + "Shares fell to 296p , a drop of 55 % , according to data from Bloomberg as of 6 July 2010 "
               "and the board said the fall would not last .\n" + TAIL)
    assert "Shares fell to 296p, a drop of 55%, according to data from Bloomberg as of 6 July 2010" in d.text, d.text


# --- K11: a video's caption closing the page -------------------------------------------------------

def test_video_caption_closing_the_page_is_cut():
    d = _clean(LEAD + TAIL + "BBC business correspondent Jane Roe spoke to John Doe , an analyst with the "
               "stockbrokers Acme Partners .\n")
    assert "spoke to John Doe" not in d.text, d.text
    assert _removed(d, "spoke to John Doe"), d.removed


def test_twin_a_reporters_line_with_what_was_said_stays():
    d = _clean(LEAD + TAIL + "BBC business correspondent Jane Roe spoke to John Doe , who said the harbour would "
               "reopen within a month .\n")
    assert "spoke to John Doe, who said the harbour would reopen" in d.text, d.text


def test_twin_a_reporters_line_inside_the_story_stays():
    d = _clean(LEAD + "BBC business correspondent Jane Roe spoke to John Doe , an analyst with the stockbrokers "
               "Acme Partners .\n" + TAIL)
    assert "spoke to John Doe" in d.text, d.text


# --- K12: a blog's on-air schedule box and a programme's tagline at the foot ----------------------

def test_schedule_box_and_tagline_at_the_foot_are_cut():
    d = _clean(LEAD + TAIL + "HARB is a global conversation hosted by BBC News .\n"
               "This is when we 're on air : 1100 & 1700GMT Monday to Friday BBC World Service radio , "
               "3 months , 1 week ago You can stay up to date via these feeds .\n")
    assert "on air" not in d.text and "global conversation" not in d.text, d.text


def test_twin_a_tagline_shaped_sentence_inside_the_story_stays():
    d = _clean(LEAD + "HARB is a global conversation hosted by BBC News .\n" + TAIL)
    assert "HARB is a global conversation hosted by BBC News." in d.text, d.text


def test_twin_a_sentence_about_being_on_air_stays():
    d = _clean(LEAD + TAIL + "The station said it was back on air at 1100 GMT after the storm cut its power .\n")
    assert "back on air at 1100 GMT" in d.text, d.text


# --- B10: a programme page's standfirst --------------------------------------------------------

def test_programme_standfirst_is_cut():
    d = _clean("Two months after a storm broke the sea wall , Harbourwatch 's Jane Roe tells the story of the "
               "town 's ` worst night . '\n" + "Harbourwatch examines what went wrong and who is to blame .\n"
               + LEAD + TAIL)
    assert "tells the story of" not in d.text and "Harbourwatch examines" not in d.text, d.text
    assert d.text.startswith("The harbour board met on Monday"), d.text[:200]


def test_twin_a_lead_in_the_past_tense_stays():
    d = _clean("Two months after a storm broke the sea wall , the board 's chairman Jane Roe told the story of the "
               "town 's worst night to the council .\n" + LEAD + TAIL)
    assert d.text.startswith("Two months after a storm broke the sea wall"), d.text[:200]

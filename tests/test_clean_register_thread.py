"""Reader threads with no opener line after the article (issue 16, round eleven, 16m):
the register changes where the article ends; a picture-credits list glued to the next
line; a dateline naming an outlet of several words. Each rule has must-keep twins."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean import dateline
from storyline.clean.noise import clean_text

ARTICLE = "\n\n".join([
    "Acme Corp said on Monday that it would close its plant in Port Ellery by the end of the year.",
    "The company blamed falling demand for its steel and the cost of energy, which has doubled since spring.",
    "About four hundred workers will lose their jobs, the town council said in a statement on Tuesday.",
    "Union leaders met the company's managers on Wednesday, but the talks ended without an agreement.",
    "Shares of Acme rose two percent in early trading after the announcement, then fell back by noon.",
    "The plant opened in 1962 and once employed more than two thousand people from the town and nearby villages.",
])
THREAD = [
    "It amazes me how little these companies care about the towns that made them rich.",
    "Why did nobody on the board see this coming years ago?",
    "They never learn, and the workers always pay for it!",
    "I think the council should have acted much sooner.",
    "The plant was old and the roof leaked for a decade.",
    "I wonder who will buy the land now?",
]
THREAD_TEXT = "\n\n".join(THREAD)
NOTICE = "We welcome comments that add facts, first-hand accounts or useful sources to the report.\n\n" \
    "Views expressed in the comments belong to the readers who post them, not to the newsroom."


def _thread_cuts(c):
    return [r for r in c.removed if "in a reader's register" in r.reason]


# ---- a thread above a comment section, with no opener line: the register changes

def test_thread_after_the_article_with_no_opener_is_cut_as_one_block():
    c = clean_text(ARTICLE + "\n\n" + THREAD_TEXT + "\n\n" + NOTICE)
    assert c.text == ARTICLE
    cuts = _thread_cuts(c)
    assert len(cuts) == 1 and cuts[0].text == THREAD_TEXT


def test_thread_without_a_comment_section_or_credit_stays():
    # nothing witnesses a thread: a first-person ending is as likely the writer's own
    c = clean_text(ARTICLE + "\n\n" + THREAD_TEXT)
    assert THREAD[0] in c.text and not _thread_cuts(c)


def test_a_single_reader_like_paragraph_stays():
    text = ARTICLE + "\n\n" + "I wonder who will buy the land now?" + "\n\n" + NOTICE
    c = clean_text(text)
    assert "I wonder who will buy the land now?" in c.text and not _thread_cuts(c)


def test_a_column_in_its_own_first_person_keeps_its_ending():
    column = "\n\n".join([
        "I grew up two streets from the Acme plant in Port Ellery, and I can still hear its whistle.",
        "My father worked there for thirty years; I spent my summers carrying his lunch to the gate.",
        "When I read on Monday that it would close, I did not feel surprise so much as grief.",
        "The company says demand has fallen, and the figures it published bear that out.",
        "I asked the plant manager what the town should do now. He had no answer for me.",
        "Maybe we should have seen it coming. I know I did not.",
        "What will my neighbours do now?",
        "I do not know, and I am not sure anyone does!",
    ])
    c = clean_text(column + "\n\n" + NOTICE)
    assert "I do not know, and I am not sure anyone does!" in c.text and not _thread_cuts(c)


def test_an_article_ending_on_a_witness_quoted_questions_stays():
    ending = "\n\n".join([
        '"Why did nobody warn us?" asked Jane Roe, who has worked at the plant for twelve years.',
        '"What am I supposed to tell my children?" she said.',
        '"I gave them my whole life!" said John Doe, a welder.',
        '"Where do I go now?" he asked.',
        '"I think they knew for months," said Mary Major, a clerk.',
    ])
    c = clean_text(ARTICLE + "\n\n" + ending + "\n\n" + NOTICE)
    assert "Where do I go now?" in c.text and not _thread_cuts(c)


def test_an_article_paragraph_in_the_third_person_under_the_thread_stays_above_it():
    # the boundary is where the register's run starts, not at the article's last question
    article = ARTICLE + "\n\nWhat happens to the site is not yet clear."
    c = clean_text(article + "\n\n" + THREAD_TEXT + "\n\n" + NOTICE)
    assert c.text == article


# ---- a closing credit line above the thread: the boundary

CREDITS = "Photo credits: ACME\\/Jane Roe (Workers leave the plant gate, May 3, 2010) ACME\\/John Doe (The plant at dusk)"


def test_credit_list_glued_to_the_first_comment_is_split_and_the_thread_cut_from_it():
    first = "The council may not have the money to buy the site, but the mayor certainly has friends who do."
    c = clean_text(ARTICLE + "\n\n" + CREDITS + " " + first + "\n\n" + THREAD_TEXT + "\n\n" + NOTICE)
    assert c.text == ARTICLE
    assert any(r.text == CREDITS for r in c.removed)
    cuts = _thread_cuts(c)
    assert len(cuts) == 1 and cuts[0].text.startswith(first) and "closing credit line" in cuts[0].reason


def test_credit_list_glued_to_an_article_sentence_keeps_the_sentence():
    # a credit list in the middle of the article, followed by more article: no register, nothing cut
    more = "The council will meet on Friday to discuss the future of the site and the workers' pensions."
    text = ARTICLE + "\n\n" + CREDITS + " " + more + "\n\nThe mayor said the town would survive."
    c = clean_text(text)
    assert more in c.text and "The mayor said the town would survive." in c.text
    assert any(r.text == CREDITS for r in c.removed) and not _thread_cuts(c)


def test_reporting_credit_then_article_in_another_voice_stays():
    text = ARTICLE + "\n\n(Reporting by Jane Roe; Editing by John Doe)\n\n" + "\n\n".join([
        "Acme Corp also said it would sell its shipping arm to a rival.",
        "The sale is expected to close in the spring, the company said.",
        "Analysts said the price was fair.",
        "The rival declined to comment on the deal.",
    ])
    c = clean_text(text + "\n\n" + NOTICE)
    assert "Analysts said the price was fair." in c.text and not _thread_cuts(c)


# ---- a dateline that names an outlet of several words

@pytest.mark.parametrize("opening, place, agency", [
    ("LOS ANGELES (Hollywood Reporter) - ", "LOS ANGELES", "Hollywood Reporter"),
    ("NEW YORK (Port Ellery Gazette) -- ", "NEW YORK", "Port Ellery Gazette"),
    ("PORT ELLERY, May 3 (Wall Street Journal) - ", "PORT ELLERY", "Wall Street Journal"),
])
def test_dateline_with_an_outlet_of_several_words(opening, place, agency):
    lead = "Acme Corp said on Monday that it would close its plant by the end of the year."
    c = clean_text(opening + lead + "\n\nThe town council said four hundred jobs would go.")
    assert c.text.startswith(lead)
    assert c.dateline is not None and c.dateline.place == place and c.dateline.agency == agency
    assert any(r.reason.startswith("dateline") for r in c.removed)


@pytest.mark.parametrize("opening", [
    "(Acme Corp declined to comment) - The plan went ahead on Monday anyway.",
    "Jane Roe (Port Ellery Council) - who chairs the board - said the plan would go ahead.",
    "ACME (Port Ellery Works) - the firm's old name - said the plan would go ahead.",
])
def test_a_sentence_opening_with_a_bracketed_aside_is_no_dateline(opening):
    c = clean_text(opening + "\n\nThe town council said four hundred jobs would go.")
    assert c.dateline is None and c.text.startswith(opening)


def test_a_speech_in_the_first_person_plural_keeps_its_second_half():
    # a transcript speaks as "we" and "I" from its start: no change of register where it ends
    speech = "\n\n".join([
        "Following are remarks by the mayor of Port Ellery, as released by her office.",
        "As we meet tonight, our town faces a hard winter.",
        "Our first task is to find work for the people of the Acme plant.",
        "The plant opened in 1962 and once employed two thousand people.",
        "Its closure was announced on Monday, after months of falling orders.",
        "The council has set aside money for retraining, and the county will match it.",
        "I have asked the county to open a jobs office at the gate next week.",
        "We will not leave these families alone.",
        "I know that many of you are angry, and you have every right to be.",
        "I met workers at the gate this morning, and I listened to them.",
        "We will find a buyer for the site!",
        "And I promise you that we will not rest until every worker has a job.",
    ])
    c = clean_text(speech + "\n\n" + NOTICE)
    assert "And I promise you that we will not rest until every worker has a job." in c.text and not _thread_cuts(c)


def test_paragraphs_between_a_credit_line_and_a_thread_found_below_go_with_it():
    # the thread's lower part is cut from a reader's stamp; the paragraphs between the
    # article's closing credit and the stamp are its upper part, however few
    text = ARTICLE + "\n\n" + "Photo credit: ACME/Jane Roe (The plant gate at dawn)" + "\n\n" + \
        "You people never learn, the town pays every time." + "\n\n" + \
        "Posted by portreader7 | Report as abusive I wrote to the council twice and got no answer." + "\n\n" + \
        "I will write again." + "\n\n" + NOTICE
    c = clean_text(text)
    assert c.text == ARTICLE
    assert any(r.text.startswith("You people never learn") for r in _thread_cuts(c))


def test_an_article_paragraph_between_a_credit_line_and_a_thread_below_stays():
    # no reader's register in it: the article went on after its picture's credit
    line = "The council will meet on Friday to discuss the future of the site."
    text = ARTICLE + "\n\n" + "Photo credit: ACME/Jane Roe (The plant gate at dawn)" + "\n\n" + line + "\n\n" + \
        "Posted by portreader7 | Report as abusive I wrote to the council twice and got no answer." + "\n\n" + \
        "I will write again." + "\n\n" + NOTICE
    c = clean_text(text)
    assert line in c.text and not _thread_cuts(c)


_CAP_WORD = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)


@settings(max_examples=60, deadline=None)
# a place's first word is never an agency's: "AP VENICE" reads as a glued photo credit before
# the place (dateline._place), so such words are left out of the generated places
@given(place=st.lists(st.from_regex(r"[A-Z]{3,9}", fullmatch=True).filter(lambda w: w not in dateline.AGENCIES),
                      min_size=1, max_size=2),
       outlet=st.lists(_CAP_WORD, min_size=2, max_size=4))
def test_any_outlet_of_several_words_after_a_place_in_capitals_parses(place, outlet):
    head = f"{' '.join(place)} ({' '.join(outlet)}) - "
    text = head + "Acme Corp said on Monday it would close the plant."
    f = dateline.find(text, [0])
    assert f is not None and f.end == len(head) and f.agency == " ".join(outlet) and f.place == " ".join(place)


@settings(max_examples=60, deadline=None)
@given(words=st.lists(_CAP_WORD, min_size=2, max_size=4), lead=st.sampled_from(["", "The plan ", "Jane Roe "]))
def test_a_bracketed_aside_without_a_place_in_capitals_is_no_dateline(words, lead):
    text = f"{lead}({' '.join(words)}) - Acme Corp said on Monday it would close the plant."
    assert dateline.find(text, [0]) is None

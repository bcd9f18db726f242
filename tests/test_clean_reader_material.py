"""Reader material left in wire and web copy (issue 16, round nine, 16z): reader threads
above a comment notice, readers' signatures glued to their text, questions put to the
readers. Each rule has a must-keep twin."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

ARTICLE = "\n\n".join([
    "The oil company said on Friday that its engineers had slowed the oil escaping from the damaged well.",
    "Officials in the coastal states said the cleanup would take months, and fishing grounds stayed closed.",
    "The company's shares rose in London after the announcement, recovering some of their recent losses.",
])
NOTICE = "We welcome comments that add facts, first-hand accounts or useful sources to the report.\n\n" \
    "Views expressed in the comments belong to the readers who post them, not to the newsroom."


def _above_notice(c):
    return [r for r in c.removed if "above the comment-section notice" in r.reason]


# ---- a reader thread above the notice, opened by what the line says it is

@pytest.mark.parametrize("opener", [
    "this is a comment on something else: your talk at the book fair in the spring.",
    "This is just a reply to the reader above.",
    "I truly, truly enjoyed your choice of examples when you spoke on the panel.",
    "I enjoyed reading your thoughts on the regulators.",
])
def test_thread_opened_by_a_line_that_calls_itself_a_comment(opener):
    thread = opener + "\n\nThe fines were far too low for the banks.\n\nSomebody should go to jail for this."
    c = clean_text(ARTICLE + "\n\n" + thread + "\n\n" + NOTICE)
    assert c.text == ARTICLE
    assert len(_above_notice(c)) == 1 and _above_notice(c)[0].text == thread


@pytest.mark.parametrize("line", [
    # an article's own line about a comment period or a comment it quotes: no reader's register
    "This is a comment period that the regulator opened on Monday and will close in June.",
    "The senator said she enjoyed your typical Washington fight, speaking of the press corps.",
    # a quoted reader's praise stays the article's
    '"I really enjoyed your column," one reader wrote to the editor on Tuesday.',
])
def test_lines_about_comments_in_the_article_stay_above_the_notice(line):
    c = clean_text(ARTICLE + "\n\n" + line + "\n\nThe company said it would answer every letter.\n\n" + NOTICE)
    assert line in c.text and not _above_notice(c)


def test_comment_opener_without_a_notice_stays():
    text = ARTICLE + "\n\nthis is a comment on something else: your talk at the book fair.\n\nThe fines were far too low."
    c = clean_text(text)
    assert "this is a comment" in c.text


# ---- a reader's signature in capitals run into a sentence that opens with "I"

LEAD = "Readers of this site have written in to tell us how the earthquake touched them and their families.\n\n"
TAIL = "\n\nThe phone lines are still down across much of the capital, and aid is slow to arrive."


@pytest.mark.parametrize("line, sentence", [
    ("JANE ROE, PORT AU PRINCE, HAITI I am a teacher at a primary school in the hills above the city.",
     "I am a teacher at a primary school in the hills above the city."),
    ("JOHN SMITH, MIAMI, USA I've been trying to call my brother since Tuesday night.",
     "I've been trying to call my brother since Tuesday night."),
    ("MARY ANN JONES, NEW YORK, USA 12 of my relatives are still missing in the city.",
     "12 of my relatives are still missing in the city."),
])
def test_signature_glued_to_a_sentence_opening_with_i_is_cut(line, sentence):
    c = clean_text(LEAD + line + TAIL)
    assert f"\n\n{sentence}\n\n" in c.text
    assert any(r.reason.startswith("byline") and "signature" in r.reason for r in c.removed)
    assert "ROE" not in c.text and "SMITH" not in c.text and "JONES" not in c.text


@pytest.mark.parametrize("line", [
    # two parts only: a place and a name, not a signature's three
    "JANE ROE, HAITI I am a teacher at a primary school in the hills above the city.",
    # a function word: a heading's words, not a name
    "DAYS OF RAGE, NIGHTS OF FEAR, HAITI I am a teacher at a primary school in the hills above the city.",
    # a one-word first part: no name
    "WAR, PEACE, HUNGER I am a teacher at a primary school in the hills above the city.",
    # acronyms opening a sentence
    "UN, WFP, UNICEF I think the agencies will be there by Friday, an official said.",
])
def test_capitals_that_are_no_signature_stay(line):
    c = clean_text(LEAD + line + TAIL)
    assert "a teacher at a primary school" in c.text or "agencies will be there" in c.text
    assert not any("signature" in r.reason for r in c.removed)


# ---- a question put to the readers right above the call to answer it

BLOG = "\n\n".join([
    "The president lifted restrictions on travel to the island and relaxed controls on money transfers.",
    "He said change would come more quickly if the country reached out to the island's people.",
])
CALL = "Share your views by posting a reply on our Facebook page."


@pytest.mark.parametrize("question", [
    "Will the moves work, or is there a better course the council should take?",
    "Is this the right approach?\n\nOr should the government have waited?",
])
def test_question_above_the_call_to_answer_it_is_cut(question):
    c = clean_text(BLOG + "\n\n" + question + "\n\n" + CALL + "\n\nThe next item of the day follows here, about a beauty queen.")
    assert "?" not in c.text
    assert any(r.reason.startswith("engagement: question put to the readers") for r in c.removed)
    assert "The next item of the day" in c.text and BLOG in c.text


@pytest.mark.parametrize("tail", [
    # the article asks and answers its own question: no call under it
    "Will the moves work?\n\nOfficials in the capital said they expected a first answer within months.",
    # a share button is no call to answer
    "Will the moves work?\n\nShare this article",
    # a quoted question
    '"Will the moves work?"\n\n' + CALL,
])
def test_questions_with_no_call_to_answer_them_stay(tail):
    c = clean_text(BLOG + "\n\n" + tail)
    assert "Will the moves work?" in c.text
    assert not any(r.reason.startswith("engagement: question put to the readers") for r in c.removed)


def test_a_long_question_paragraph_above_the_call_stays():
    # a paragraph of the article that ends on a question is no prompt
    para = ("The administration has now changed course three times in a year, each time after a round of talks "
            "with the island's government that produced nothing but more talks, and the lobby groups in Miami that "
            "once backed the embargo are split, so what, exactly, is the policy now?")
    c = clean_text(BLOG + "\n\n" + para + "\n\n" + CALL)
    assert para in c.text


@pytest.mark.parametrize("tail", [
    # an interview's transcript: the interviewer asks, and asks again what the guest thinks
    "HOST: Should the mayor step aside now, or not?\n\nI know you back him, but what do you think?\n\n"
    "GUEST: Well, he deserves a fair hearing.",
    # a reader's question in a Q&A, then the next reader's
    "Should the mayor step aside now, or not?\n\nSpringfield, Ill.: What do you think about the recall vote? "
    "Tell us your views on the race.",
])
def test_questions_in_a_transcript_or_q_and_a_stay(tail):
    c = clean_text(BLOG + "\n\n" + tail)
    assert "Should the mayor step aside now, or not?" in c.text
    assert not any(r.reason.startswith("engagement: question put to the readers") for r in c.removed)


# ---- one reader's stamp above the closing notice

def test_one_stamp_above_the_notice_cuts_from_its_line_to_the_notice():
    thread = "Posted by harbourgull | Report as abusive Here is my plan for plugging the well.\n\nLast week I got a letter from the firm."
    c = clean_text(ARTICLE + "\n\n" + thread + "\n\n" + NOTICE)
    assert c.text == ARTICLE
    assert any(r.text == thread and "reader's stamp" in r.reason for r in c.removed)


def test_one_stamp_without_a_notice_stays():
    # one stamp alone (no notice, no second stamp) is not enough to call the rest a thread
    text = ARTICLE + "\n\nPosted by harbourgull | Report as abusive Here is my plan for plugging the well.\n\nThe company said it would reply."
    c = clean_text(text)
    assert "The company said it would reply." in c.text


def test_a_stamp_before_the_article_prose_stays():
    text = "Posted by harbourgull | Report as abusive\n\n" + ARTICLE + "\n\n" + NOTICE
    c = clean_text(text)
    assert ARTICLE in c.text


# ---- a call to the readers run into the article's next sentence after a handle or address

LIVE = "\n\n".join([
    "The firm published the results of its own inquiry into the fire at the refinery on Thursday.",
    "The inquiry blamed a chain of mistakes by three contractors working at the site.",
])


@pytest.mark.parametrize("call, sentence", [
    ("You can either comment below or send me a message on Twitter: @jroe",
     "The summary names six main faults that led to the fire, which injured 14 workers."),
    ("If you see a story we have missed, please get in touch - on Twitter @jroe or email jane.roe@paper.co.uk",
     'The Courier has reported "that the worry will outlast the oil," as the town counts its losses.'),
])
def test_call_glued_to_the_next_sentence_is_split_after_the_handle(call, sentence):
    c = clean_text(LIVE + "\n\n" + call + " " + sentence + "\n\n" + "The company's shares fell on the news.")
    assert f"\n\n{sentence}\n\n" in c.text
    assert any(r.text == call for r in c.removed)


@pytest.mark.parametrize("line", [
    # a handle inside the article's sentence: lower case after it
    "Search the town's name on the site and the first post is one from @harbourrescue posted before dawn on Wednesday.",
    # a tweet quoted in a live blog opens with a handle: no call before it
    "@jroe Congrats to the company on its safety award of the year, said one post on the site.",
    # a handle after a line that is no call ("you" but nothing about answering)
    "You may remember the parody account @fakeco Its posts mocked the company's response for weeks.",
])
def test_handles_in_sentences_are_not_split(line):
    c = clean_text(LIVE + "\n\n" + line)
    assert line in c.text


# ---- round thirty-two (issue 16): a column's closing questions above a bare sign-off

COLUMN = "\n\n".join([
    "The network spent a week on the spill before its evening news led with it.",
    "Its anchor flew to the coast on Friday and stood on a beach at Port Ellery.",
    "So did the network put the story first only when the ratings turned?",
    "Or did its editors simply wait for the pictures?",
])


def test_a_columns_closing_questions_above_a_bare_sign_off_stay():
    c = clean_text(COLUMN + "\n\nTell us what you think.")
    assert "So did the network put the story first" in c.text and "Or did its editors" in c.text
    assert not any(r.reason.startswith("engagement: question put to the readers") for r in c.removed)
    assert any(r.text == "Tell us what you think." for r in c.removed)  # the sign-off still goes


@pytest.mark.parametrize("call", [
    # must-cut twins: the call names where to answer (a channel, an address)
    "Tell us what you think in the comments below.",
    "Tell us what you think: send your pictures to pics@paper.example.com",
])
def test_the_same_questions_above_a_call_naming_its_channel_are_cut(call):
    c = clean_text(COLUMN + "\n\n" + call)
    assert "So did the network" not in c.text
    assert any(r.reason.startswith("engagement: question put to the readers") for r in c.removed)


# ---- round thirty-two (issue 16): a digest's run-in section heading glued after a call ending on "below"

HARBOUR = "\n\n".join([
    "The mayor said the harbour would reopen on Monday after a week of repairs.",
    "Fishermen welcomed the news but said the season was already lost.",
])


def test_a_digest_item_glued_after_a_call_ending_below_goes_with_the_call():
    """A news blog's digest of other stories after its comment call is no article text:
    the item is not split off to be kept (the engineer's split was withdrawn: kept, its
    stray quotation mark ran the article's open quote over two paragraphs)."""
    call = "Leave your thoughts in the comments section below"
    item = "Harbour and Town News: The council meets on Tuesday to set the budget."
    c = clean_text(HARBOUR + "\n\n" + call + " " + item + "\n\nThe harbour master thanked the crews.")
    assert item not in c.text


def test_a_teaser_run_glued_after_below_with_no_heading_stays_with_the_call():
    # must-not-fire twin: no "<Heading>:" after "below", so nothing is split off
    line = "Leave your comments below It was significant that the council met on Tuesday to set the budget for the year."
    c = clean_text(HARBOUR + "\n\n" + line + "\n\nThe harbour master thanked the crews.")
    assert "It was significant" not in c.text

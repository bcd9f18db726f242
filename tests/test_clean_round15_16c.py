"""Round fifteen (16c): readers' selections and debate pages under an article, crossheads in
capitals (alone or run into a sentence that opens on an acronym). Each rule with a
must-keep twin; invented text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import clean_text

ARTICLE = "\n\n".join([
    "Acme Corp said on Friday that its engineers had slowed the leak from the damaged well off Port Ellery.",
    "Officials in the coastal counties said the cleanup would take months, and the fishing grounds stayed closed.",
    "The company's shares rose in London after the announcement, recovering some of their recent losses.",
])


def _reasons(c):
    return [r.reason.split(":")[0] for r in c.removed]


# --- readers' selection opener -------------------------------------------------------

def test_selection_of_your_comments_opens_the_readers_block():
    text = ARTICLE + "\n\nThe harbour reopened to small boats on Sunday evening.\n\nBelow is a selection of your comments.\n\n" \
        "I always thought the harbour was safe, but this changed my mind.\n\nThe council should have acted years ago.\n\n" \
        "John Doe, Port Ellery, Freedonia Thank you for a thoughtful piece."
    c = clean_text(text)
    assert "Below is a selection" not in c.text and "harbour was safe" not in c.text and "John Doe" not in c.text
    assert "reopened to small boats" in c.text and "recent losses" in c.text
    assert set(_reasons(c)) == {"comments"}


def test_a_selection_of_comments_inside_a_sentence_stays():
    text = ARTICLE + "\n\nThe council said below is a selection of the comments it received would be printed in the annual report next year."
    c = clean_text(text)
    assert "annual report next year" in c.text


# --- a debate page: the first comment's two stamps, the prompts above it --------------

DEBATE_STAMPED = "\n\n".join([
    "Published: Monday, 18 January, 2010, 14:21 GMT 14:21 UK Added: Tuesday, 19 January, 2010, 17:48 GMT 17:48 UK "
    "A cousin in Port Ellery tells me the ferries are running again.",
    "Jane Roe, Port Ellery, Freedonia",
    "Added: Tuesday, 19 January, 2010, 17:05 GMT 17:05 UK Good comments so far, and the relief effort looks slow.",
    "John Doe, Acme Bay, Freedonia",
])


# a debate page's introduction runs longer than a dateline's window (600 characters): a
# "Published:" stamp in a page's opening is the dateline code's, not this rule's
LONG = ARTICLE + "\n\n" + "\n\n".join([
    "The mayor of Port Ellery has called the residents of the coast the sons and daughters of the harbour.",
    "Neighbouring towns have given $80,000 and $30,000 between them, while Acme Bay has sent doctors and rescue teams.",
    "Should the region be doing more to help the families who lost their homes to the flood last week?",
])


def test_debate_page_first_comment_with_published_and_added_stamps_is_cut():
    text = LONG + "\n\nWhat are you doing to help those in Port Ellery?\n\n" \
        "What lessons can the region learn from the response?\n\n" + DEBATE_STAMPED
    c = clean_text(text)
    assert c.text == LONG
    assert "A cousin in Port Ellery" in " ".join(r.text for r in c.removed)


def test_a_published_stamp_alone_is_no_comment():
    text = ARTICLE + "\n\nPublished: Monday, 18 January, 2010, 14:21 GMT The harbour master said the ferries would run again on Tuesday."
    c = clean_text(text)
    assert "harbour master said the ferries" in c.text


def test_a_question_the_article_asks_above_the_thread_stays_when_no_prompt_speaks_to_the_reader():
    text = LONG + "\n\nWhy did the council wait so long before closing the harbour?\n\n" + DEBATE_STAMPED
    c = clean_text(text)
    assert "Why did the council wait" in c.text
    assert "A cousin in Port Ellery" not in c.text


def test_a_prompt_with_a_statement_between_it_and_the_thread_stays():
    text = LONG + "\n\nDo you remember the last storm?\n\nThe harbour master said the ferries would run again on Tuesday morning.\n\n" \
        + DEBATE_STAMPED
    c = clean_text(text)
    assert "Do you remember the last storm?" in c.text and "ferries would run again on Tuesday" in c.text


# --- crossheads in capitals ---------------------------------------------------------

BODY_ABOVE = "Acme Corp said on Monday that the leak off Port Ellery had slowed, but engineers warned it could take weeks to stop."
BODY_BELOW = "The company has spent more than $2 billion on the cleanup so far, according to its own figures released on Friday."


def test_crosshead_in_capitals_alone_is_cut_as_heading():
    text = f"{BODY_ABOVE}\n\nROLE OF ACME IN THE HARBOUR DEAL\n\n{BODY_BELOW}"
    c = clean_text(text)
    assert "ROLE OF ACME" not in c.text
    assert _reasons(c) == ["heading"]
    assert BODY_ABOVE in c.text and BODY_BELOW in c.text


def test_quoted_crosshead_alone_is_cut():
    text = f"{BODY_ABOVE}\n\n` OIL FLOWING UNTIL AUGUST'\n\n{BODY_BELOW}"
    c = clean_text(text)
    assert "OIL FLOWING" not in c.text and _reasons(c) == ["heading"]


def test_acronym_list_and_shouted_sentence_stay():
    text = f"{BODY_ABOVE}\n\nNASA ESA JAXA\n\n{BODY_BELOW}\n\nWE WILL NOT LEAVE THE HARBOUR.\n\n{BODY_BELOW}"
    c = clean_text(text)
    assert "NASA ESA JAXA" in c.text and "WE WILL NOT LEAVE THE HARBOUR." in c.text


def test_crosshead_run_into_a_sentence_opening_on_an_acronym_is_split_and_cut():
    text = f"{BODY_ABOVE}\n\nULTIMATE HOPES IN THE RELIEF WELL ACME executives say the relief well is the final solution to the leak.\n\n{BODY_BELOW}"
    c = clean_text(text)
    assert "ACME executives say the relief well is the final solution to the leak." in c.text
    assert "ULTIMATE HOPES" not in c.text and _reasons(c) == ["heading"]


def test_crosshead_with_a_figure_run_into_a_sentence_is_split():
    text = f"{BODY_ABOVE}\n\nCASH PILE: AROUND $45 BILLION ACME expects cash flow to cover the cost of the spill this year.\n\n{BODY_BELOW}"
    c = clean_text(text)
    assert "ACME expects cash flow to cover the cost of the spill this year." in c.text
    assert "CASH PILE" not in c.text


def test_heading_before_an_acronym_that_says_keeps_the_sentence_whole():
    # must-keep twin: "BP said ..." after an all-capitals heading; the sentence keeps its subject
    text = f"{BODY_ABOVE}\n\nWHAT THE COMPANY SAID ACME said on Tuesday that it would pay every claim in full.\n\n{BODY_BELOW}"
    c = clean_text(text)
    assert "ACME said on Tuesday that it would pay every claim in full." in c.text
    assert "WHAT THE COMPANY SAID" not in c.text


def test_acronyms_opening_a_sentence_stay():
    text = f"{BODY_ABOVE}\n\nNASA ESA JAXA engineers said the probe would be launched next year from a site near Port Ellery.\n\n{BODY_BELOW}"
    c = clean_text(text)
    assert "NASA ESA JAXA engineers said the probe" in c.text


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["OIL", "FLOW", "ACME", "HARBOUR", "DEAL", "THE", "OF", "IN", "BP", "US"]), min_size=3, max_size=8))
def test_capitals_inside_a_sentence_never_leave_it(words):
    # a run in capitals quoted inside a sentence is not a line of its own: no word is lost
    sentence = f'The banner read "{" ".join(words)}" as the crowd gathered outside the Acme Corp offices in Port Ellery on Monday.'
    c = clean_text(f"{BODY_ABOVE}\n\n{sentence}\n\n{BODY_BELOW}")
    assert sentence in c.text


def test_a_heading_naming_the_speaker_below_stays():
    # must-keep twins: a heading in capitals that says whose words follow
    for head in ("PROFESSOR JANE ROE, ACME INSTITUTE OF MARINE SCIENCE", "JANE ROE - FIRST CONFIRMED CASE IN THE TOWN"):
        text = f"{BODY_ABOVE}\n\n{head}\n\nI have studied the harbour for twenty years and have never seen the water this dark before.\n\n{BODY_BELOW}"
        c = clean_text(text)
        assert head in c.text


def test_a_run_in_capitals_going_on_with_a_conjunction_is_not_split():
    line = "TOTAL SILENCE ON THE HARBOUR OIL SPILL and the ferry company closes its offices, one reader wrote on Monday."
    c = clean_text(f"{BODY_ABOVE}\n\n{line}\n\n{BODY_BELOW}")
    assert line in c.text



def test_a_selection_of_your_comments_appears_below_is_an_opener_too():
    text = ARTICLE + "\n\nThe harbour reopened to small boats on Sunday evening.\n\nA selection of readers' views on this page is published below.\n\n" \
        "I always thought the harbour was safe, but this changed my mind.\n\nJohn Doe, Port Ellery, Freedonia The council waited too long."
    c = clean_text(text)
    assert "appear below" not in c.text and "harbour was safe" not in c.text and "reopened to small boats" in c.text


def test_a_selection_of_comments_that_may_be_published_is_no_opener_here():
    # must-keep twin: the call-out's notice is another rule's (editorial call-outs), and a
    # sentence about a selection that appeared in print stays
    text = ARTICLE + "\n\nThe council said a selection of the comments appeared below the notice in the town hall last week."
    c = clean_text(text)
    assert "appeared below the notice in the town hall" in c.text

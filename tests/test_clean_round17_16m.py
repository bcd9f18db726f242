"""Reader threads glued to the article's last picture credit (issue 16, round seventeen,
16m): a blog page prints the post's last photo, its caption, its credit line
("<AGENCY>/<Name>") and then the readers' comments with no mark, the first comment run on
after the credit on the same line. The credit line is the boundary; the block below it
is cut only when it reads as a thread (most paragraphs in a reader's register, some in the
first person). Each shape has must-keep twins; all text invented."""

from __future__ import annotations

from storyline.clean.noise import clean_text

ARTICLE = "\n\n".join([
    "Acme Corp said on Monday that it would close its plant in Port Ellery by the end of the year.",
    "The company blamed falling demand for its steel and the cost of energy, which has doubled since spring.",
    "About four hundred workers will lose their jobs, the town council said in a statement on Tuesday.",
    "Union leaders met the company's managers on Wednesday, but the talks ended without an agreement.",
    "Shares of Acme rose two percent in early trading after the announcement, then fell back by noon.",
    "The plant opened in 1962 and once employed more than two thousand people from the town and nearby villages.",
])
CAPTION = "File photo shows workers leaving the Acme plant in Port Ellery at the end of a shift, March 3, 2009."
CREDIT = "REUTERS\\/Jane Roe"
THREAD = [
    "Who will answer for this, I wonder?",
    "It amazes me how little these companies care about the towns that made them rich.",
    "Why did nobody on the board see this coming years ago?",
    "They never learn, and the workers always pay for it!",
    "I think the council should have acted much sooner.",
    "I wonder who will buy the land now?",
]
NOTICE = "We welcome comments that add facts, first-hand accounts or useful sources to the report.\n\n" \
    "Views expressed in the comments belong to the readers who post them, not to the newsroom."
MORE_ARTICLE = [
    "The council will meet the company again next month to discuss the site's future.",
    "A spokesman for Acme said the firm would help workers find new jobs in the region.",
]


def _credit_cuts(c):
    return [r for r in c.removed if "last picture credit" in r.reason]


def test_thread_glued_to_the_last_picture_credit_is_cut_from_the_credit_line():
    glued = CREDIT + " " + THREAD[0]
    text = "\n\n".join([ARTICLE, CAPTION, glued, *THREAD[1:], NOTICE])
    c = clean_text(text)
    cuts = _credit_cuts(c)
    assert len(cuts) == 1
    # the credit line is cut on its own as a wire picture's credit (16n splits the first
    # comment glued after it off the line); the thread is cut from that first comment
    assert any(r.text.strip() == CREDIT and "credit" in r.reason for r in c.removed)
    assert cuts[0].text.startswith(THREAD[0]) and cuts[0].text.endswith(THREAD[-1])
    assert "reader's register" in cuts[0].reason
    assert ARTICLE.split("\n\n")[-1] in c.text
    assert not any(t in c.text for t in THREAD)


def test_an_inline_picture_credit_with_the_article_going_on_below_keeps_the_article():
    # the credit of a picture in the middle of the article: what follows is the article,
    # in its own voice, and no thread: nothing after the credit goes
    text = "\n\n".join([ARTICLE, CAPTION, CREDIT, *MORE_ARTICLE, NOTICE])
    c = clean_text(text)
    assert not _credit_cuts(c)
    assert all(t in c.text for t in MORE_ARTICLE)


def test_an_inline_credit_does_not_hide_a_thread_found_below_it():
    # a thread below the article's last paragraphs, an inline credit above those: the block
    # from the credit is not a thread (the article's paragraphs are in it), so the boundary
    # is read as before, from where the register's run starts; the article below the
    # credit stays
    text = "\n\n".join([ARTICLE, CAPTION, CREDIT, *MORE_ARTICLE, *THREAD[1:], NOTICE])
    c = clean_text(text)
    assert not _credit_cuts(c)
    assert all(t in c.text for t in MORE_ARTICLE)
    assert not any(t in c.text for t in THREAD[1:])


def test_an_article_ending_on_its_picture_credit_keeps_its_ending():
    text = "\n\n".join([ARTICLE, CAPTION, CREDIT + " " + MORE_ARTICLE[0], MORE_ARTICLE[1], NOTICE])
    c = clean_text(text)
    assert not _credit_cuts(c)
    assert MORE_ARTICLE[1] in c.text


def test_a_credit_line_with_a_readers_email_quoted_below_stays():
    # the article quotes a reader's email after a picture: quoted words are reported
    # speech, no reader's register
    mail = [
        'One reader wrote in an email: "I think the council should have acted much sooner."',
        'Another asked: "Why did nobody on the board see this coming years ago?"',
        'A third wrote: "I wonder who will buy the land now?"',
        'A fourth said: "It amazes me how little they care!"',
    ]
    text = "\n\n".join([ARTICLE, CAPTION, CREDIT + " " + mail[0], *mail[1:], NOTICE])
    c = clean_text(text)
    assert not _credit_cuts(c)
    assert all(m in c.text for m in mail[1:])


def test_an_op_ed_in_its_own_first_person_keeps_its_paragraphs_after_a_credit():
    # a column that speaks in its own first person and to "you" throughout: no change of
    # register at the credit, so the credit is no boundary
    column = [
        "I have covered this town for twenty years, and I have never seen it so quiet.",
        "You can walk down the high street at noon and meet nobody you know.",
        "I asked my neighbours what they expect, and most of them told me they expect nothing.",
        "Why should you care about a plant you have never seen?",
        "Because I think your town could be next, and I would rather you heard it from me!",
        "My own father worked there for thirty years, and I remember the day he retired.",
    ]
    after = [
        "I went back to the gates on Friday, and you could still smell the furnaces.",
        "Do you remember the last time a plant like this reopened?",
        "I do not, and I have looked for one for a decade!",
        "I hope you will write to your council before it meets.",
    ]
    text = "\n\n".join([*column, CAPTION, CREDIT + " " + after[0], *after[1:], NOTICE])
    c = clean_text(text)
    assert not _credit_cuts(c)
    assert all(t in c.text for t in after[1:])

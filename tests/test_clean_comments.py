"""Comment sections in plain text: cut as one block from their opener to the end, with
reason 'comments'; comment-like lines inside an article stay."""

from __future__ import annotations

from storyline.clean import clean_record
from storyline.clean.noise import clean_text
from storyline.types import Record

ARTICLE = "\n\n".join([
    "The oil company said on Friday that its engineers had slowed the leak from the damaged well.",
    "Officials in the coastal states said the cleanup would take months, and fishing grounds stayed closed.",
    "The company's shares rose in London after the announcement, recovering some of their recent losses.",
])


def _kinds(c):
    return [r.reason.split(":")[0] for r in c.removed]


def test_wire_moderation_notice_opens_the_thread():
    text = ARTICLE + "\n\nWe welcome comments that move the debate on with facts, first-hand accounts, sources and figures.\n\n" \
        "Views expressed in the comments are the readers' own and not the agency's.\n\nThey should have capped it weeks ago.\n\n" \
        "Nobody is ever held responsible for anything."
    c = clean_text(text)
    assert c.text == ARTICLE
    assert set(_kinds(c)) == {"comments"} and "held responsible" in c.removed[-1].text


def test_handle_and_time_stamp_lines_open_the_thread_without_a_header():
    text = ARTICLE + "\n\nAt 12:19 26th Apr 2009, oldtimer77 wrote: This comment was removed because it broke the rules.\n\n" \
        "Thank you, keep it coming.\n\nAt 15:18 26th Apr 2009, Icecold_00 wrote: Why are young adults more affected?"
    c = clean_text(text)
    assert c.text == ARTICLE
    assert _kinds(c) == ["comments"] and "Icecold_00" in c.removed[0].text


def test_signature_after_the_comment():
    text = ARTICLE + "\n\nThis is a problem that stems far deeper Posted by: gulfwatcher9 | April 29, 2010 11:43 PM | Report abuse " \
        "Does anybody believe this?\n\nThe timing was too convenient.\n\nNot my fault Posted by kiwidave | Report as abusive More text."
    c = clean_text(text)
    assert c.text == ARTICLE
    assert set(_kinds(c)) == {"comments"}


def test_one_quote_with_a_time_inside_the_article_stays():
    quote = 'At 12:19 on Tuesday, Jane Roe wrote: "We will not stop until the well is sealed."'
    text = ARTICLE + "\n\n" + quote + "\n\nThe company did not reply to questions about the cost."
    c = clean_text(text)
    assert quote in c.text and c.removed == []


def test_a_single_stamp_like_line_does_not_open_a_thread():
    line = "At 12:19 26th Apr 2009, Reuters wrote: the outbreak had spread to three more states."
    text = ARTICLE + "\n\n" + line + "\n\nThe ministry said the figures would be revised."
    c = clean_text(text)
    assert line in c.text


def test_reporting_comments_in_the_article_stays():
    text = ARTICLE + "\n\nThe minister's comments were meant to frame the mood of the talks.\n\n" \
        "BP declined to comment on the lawsuit, and the views expressed in court were not made public."
    c = clean_text(text)
    assert "declined to comment" in c.text and "minister's comments" in c.text and c.removed == []


def test_teaser_lines_go_and_a_sentence_about_an_article_stays():
    text = ARTICLE + "\n\nU.S. Northeast digs out from blizzard Full Article\n\nRead the full story »\n\n" \
        "The regulator said the full article of the law would apply to the company."
    c = clean_text(text)
    assert "digs out" not in c.text and "Read the full story" not in c.text
    assert "full article of the law" in c.text
    assert all(r.reason.startswith("related") for r in c.removed) and c.removed[0].reason.startswith("related: teaser")


def test_agency_credit_glued_before_the_place_is_not_the_place():
    from storyline.clean import clean_record
    from storyline.types import Record

    doc = clean_record(Record(source="a", text="AP VENICE, La. -- The surface area of the spill tripled.\n\nMore followed."))
    assert doc.dateline.place == "VENICE, La." and doc.text.startswith("The surface area")


GUARDIAN_LEAD = "Doctors in three countries rushed to contain the spread of the fever today as the number of cases rose."


def test_a_photo_credit_glued_to_the_lead_is_cut_and_the_lead_kept():
    """The Guardian's "Photograph: Name/Agency <lead sentence>": the credit goes as a
    caption, the lead stays (the audit found four leads cut with their credits)."""
    text = "Swine flu deaths spark action\n\nPhotograph: Miguel Tovar\\/AP " + GUARDIAN_LEAD + "\n\nThe WHO said at least 81 people had died."
    doc = clean_record(Record(source="a.txt", text=text))
    assert doc.text.startswith(GUARDIAN_LEAD)
    assert any(r.reason.startswith("caption") and r.text == "Photograph: Miguel Tovar\\/AP" for r in doc.removed)
    doc = clean_record(Record(source="a.txt", text="Swine flu deaths spark action\n\nPhotograph: PA " + GUARDIAN_LEAD + "\n\nMore follows today."))
    assert doc.text.startswith(GUARDIAN_LEAD) and not any(GUARDIAN_LEAD[:30] in r.text for r in doc.removed)


def test_a_credit_with_no_sentence_after_it_stays_one_caption():
    for line in ("Photograph: Miguel Tovar/AP", "Photograph: Jim Young/Reuters Masked commuters in Mexico City"):
        doc = clean_record(Record(source="a.txt", text="Swine flu deaths spark action\n\n" + line + "\n\n" + GUARDIAN_LEAD))
        assert doc.text == GUARDIAN_LEAD, doc.text
        assert [r.text for r in doc.removed if r.reason.startswith("caption")] == [line]


def test_debate_page_stamps_open_the_thread_as_one_block():
    thread = ("Added: Tuesday, 19 January, 2010, 17:48 GMT 17:48 UK Just heard from a friend that the governor launched a fund.\n\n"
              "Good comments so far, and I agree with most of them.\n\n"
              "Added: Tuesday, 19 January, 2010, 17:05 GMT 17:05 UK The best help now is to keep the island in the news.")
    c = clean_text(ARTICLE + "\n\n" + thread)
    assert "governor launched a fund" not in c.text and "Good comments so far" not in c.text
    assert "recovering some of their recent losses" in c.text
    assert _kinds(c).count("comments") == 1


def test_one_added_stamp_in_an_article_stays():
    line = "Added: Tuesday, 19 January, 2010, 17:48 GMT The company later said the leak had stopped altogether."
    c = clean_text(ARTICLE + "\n\n" + line + "\n\nThe regulator said it would check the figures on Monday.")
    assert "The regulator said it would check the figures" in c.text


# ---- a reader thread printed ABOVE the comment form's closing notice (issue 16, 16t)

NOTICE = "We welcome comments that move the debate on with facts, first-hand accounts, sources and figures.\n\n" \
    "Views expressed in the comments are the readers' own and not the agency's."
COLUMN = "\n\n".join([
    "The company's engineers say the cap will hold, and you may well believe them.",
    "But you should ask what their earlier estimates were worth before you take this one on trust.",
    "Regulators accepted those figures for years without checking a single one of them.",
])


def _above_notice(c):
    return [r for r in c.removed if "above the comment-section notice" in r.reason]


def test_thread_above_the_notice_is_cut_from_a_line_addressed_to_the_article():
    thread = "\n\n".join([
        "Thank you for this article, it says what nobody else will.",
        "The regulators were asleep for a decade.",
        "Somebody should go to jail for this.",
    ])
    c = clean_text(ARTICLE + "\n\n" + thread + "\n\n" + NOTICE)
    assert c.text == ARTICLE
    assert len(_above_notice(c)) == 1 and _above_notice(c)[0].text == thread


def test_handle_address_and_praise_of_the_author_open_the_thread():
    for opener in ("@rivertom, I had the very same question.", "Good job, Katharine.", "Ms. Ott, have you got any tips for us?",
                   "I find myself nodding and frowning at your post in equal measure.", "Nice article, I saved it."):
        c = clean_text(ARTICLE + "\n\n" + opener + "\n\nThe regulators were asleep for a decade.\n\n" + NOTICE)
        assert c.text == ARTICLE, opener


def test_a_column_that_speaks_to_its_readers_stays_above_the_notice():
    # "you", "your" addressed to the reader is a column's voice, not a reader's comment
    text = COLUMN + "\n\nYour pension fund probably owns the shares, so you pay for this too.\n\n" + NOTICE
    c = clean_text(text)
    assert "Your pension fund" in c.text and not _above_notice(c)


def test_a_quoted_reader_letter_in_the_article_stays():
    text = ARTICLE + "\n\n" + '"Thank you for the article, it saved my business," one reader wrote to the paper on Monday.' \
        + "\n\nThe company said it would answer every letter it received.\n\n" + NOTICE
    c = clean_text(text)
    assert "one reader wrote" in c.text and "answer every letter" in c.text and not _above_notice(c)


def test_no_cut_without_the_closing_notice():
    text = ARTICLE + "\n\nThank you for this article, it says what nobody else will.\n\nThe regulators were asleep for a decade."
    c = clean_text(text)
    assert "Thank you for this article" in c.text and not _above_notice(c)


def test_no_cut_when_the_cue_opens_the_text():
    # a line in the reader's register before the article's prose is no thread: too little above it
    text = "Great article, says our reader.\n\n" + ARTICLE + "\n\n" + NOTICE
    c = clean_text(text)
    assert not _above_notice(c) and ARTICLE in c.text


def test_no_cut_above_a_header_that_already_opened_the_thread():
    # the comment section opens with a header: the thread below it is cut there, nothing above it
    text = ARTICLE + "\n\nYour article misses the point, but it is well written.\n\nComments (2)\n\nFirst comment here.\n\n" + NOTICE
    c = clean_text(text)
    assert not _above_notice(c)


# Round fourteen (16e): a held-out audit's last sentence, "<figures> stood at $N billion,
# <Surname> said.", matched a handle + stamp pattern once its full stop was trimmed
# ("<someone> at <a figure> said") and was cut as comment-thread furniture. An article
# sentence ending on its reporting clause stays; a stamp line ending on a colon goes.
_WETLANDS = "\n\n".join([
    "The parish council said on Monday that the marsh along the bay had lost a third of its area in twenty years.",
    "Restoring the marsh would take decades, and the state has asked the federal government for help with the cost.",
    "The council has not said who would pay for the work on the dykes.",
])


def test_a_last_sentence_with_a_figure_and_a_reporting_clause_stays():
    last = "Repairs to the sea wall alone were put at $9 billion, Roe said."
    c = clean_text(_WETLANDS + "\n\n" + last)
    assert c.text.endswith(last) and c.removed == []


def test_a_reporting_clause_after_at_and_a_time_stays():
    last = "The first barges arrived at 6:30 on Tuesday morning, the harbour master said."
    c = clean_text(_WETLANDS + "\n\n" + last)
    assert c.text.endswith(last) and c.removed == []


def test_the_same_shape_as_a_stamp_line_ending_on_a_colon_is_still_furniture():
    text = _WETLANDS + "\n\nComments\n\nmarshfan22 at 9:14 pm on May 3, 2010 said:\n\nThey should have started years ago."
    c = clean_text(text)
    assert c.text == _WETLANDS
    assert "marshfan22" in " ".join(r.text for r in c.removed)

"""Issue 16, round forty-three (clean43): more web-page furniture left in scraped plain-text
article bodies (the FNC-1 copy of 2014-15): widget and embed lines alone on their line, a
page's script printed as text, a post in another language pasted from its embed, and a
stopless line printed on two paragraphs of its own. Every text is invented; each must-cut
case has a must-keep twin of the same surface."""

from __future__ import annotations

import pytest
from test_clean_promo_round32 import _cut, _kept  # the same two checks

from storyline.clean.noise import clean_text

BODY = ("The council voted on Tuesday to close the harbour road, the mayor said.\n\n"
        "Residents in Port Ellery had asked for the closure for two years.\n\n"
        "Officials said the work would start in the spring and last a month.\n\n"
        "The road will reopen in the summer, engineers said.")


def _around(line: str) -> str:
    return BODY + "\n\n" + line + "\n\n" + BODY


# ---- widget, embed and credit lines alone on their line (data/boilerplate.txt, round forty-three)

@pytest.mark.parametrize("line", [
    "jroe@acmedaily.com",
    "jroe@acmedaily.com Follow on Twitter @jroe",
    "Do you know the driver? Email jane.roe@acmedaily.com",
    "[Acmefeed]",
    "[With AFP]",
    "Related roundup: Harbour Road",
    "Featured Image Credit: Screenshot via YouTube",
    "Facebook: 123456789012345",
    "Video loading   Watch next   Watch this video again",
    "Twitter Ads info & Privacy",
    "4:05 PM - 3 Mar 2015",
    "12 12 Retweets   40 40 likes",
    "SAVE & SHARE",
    "EMAILPRINT",
    "PIN IT",
    "Ads by Acmeads",
    "12 photos",
    "PHOTO GALLERY | 1 of 12 IMAGES",
    "[+] EnlargeJane Roe",
    "harbourroadphoto.JPG",
    "harbour-road-closed-820x420",
    "Watch the latest video at &amp;lt;a href='http://video.acme.com'&amp;gt;video.acme.com&amp;lt;/a&amp;gt;",
    "Read more acmedaily.com",
    "acmedaily.com",
    "[Acmedaily.com]",
    "<!-- ad_size = '300x250'; //-->",
    "@media only screen and (min-width : 500px) {.box { display: none; }}",
    "Source: Acme Wire, Acme TV",
    "update",
    "To see the council's full timetable, CLICK HERE.",
    "Click for more from The Acme Mirror.",
    "Scroll down to read the mayor's letter",
    "Read the full report at Acmecrunch.",
    "WATCH: Harbour road washed away in storm",
    "SHOCK LOSS: Harbour road gone after storm",
])
def test_a_widget_embed_or_credit_line_is_cut(line):
    assert _cut(line, _around(line))


@pytest.mark.parametrize("line", [
    "Write to the council at harbour@portellery.gov before Friday, the mayor said.",
    "Do you know the driver? Police asked anyone who does to email them.",
    "[The council said the road was closed on Monday.]",
    "Related roads: the council said two more would close.",
    "Facebook said 123 accounts were closed on Tuesday.",
    "The video was loading slowly at the harbour office, residents said.",
    "The post drew 12 retweets and 40 likes within an hour, the council said.",
    "The mayor asked residents to save and share the timetable.",
    "She took 12 photos of the flooded road on Monday.",
    "The so-called harbour-road-closure plan was dropped.",
    "Read more about the harbour road at the council's office, the mayor said.",
    "Source: the council said the road would reopen in June.",
    "Update on the harbour road: the council said work would start in May.",
    "Residents who click here and there on the council's site find nothing, the mayor said.",
    "Scroll down the page and read the letter, the mayor told residents on Tuesday.",
    "Watch: the word the mayor used for the engineers who checked the road on Monday.",
    "MAYOR: We will reopen the road in the summer.",
    "HARBOUR ROAD: Closed: 12 days",
])
def test_a_sentence_with_the_same_words_stays(line):
    assert _kept(line, _around(line))


# ---- a page's script printed as text (noise._split_code)

def test_a_script_glued_after_the_last_paragraph_is_cut():
    script = ("ACME_STATIC.queue.push(function () { document.getElementById(\"stamp_1\").innerHTML = "
              "UI.format('2015-03-04 10:32:25', 'update'); });")
    last = "The road will reopen in the summer, engineers said."
    c = clean_text(BODY + "    " + script)
    assert c.text.rstrip().endswith(last)
    assert any(r.text == script and r.reason.startswith("markup: a page's script") for r in c.removed)


def test_a_share_widget_script_opening_a_line_is_cut():
    script = ("var via = 'Acme'; ACME.has('shareTop', { 'id': '27', 'title': 'Harbour road closed', "
              "'hideEmail': true});      9,199 shares     190 View  comments")
    assert _cut(script, _around(script))


@pytest.mark.parametrize("line", [
    # a sentence about code names a function but is no script: no semicolon closes it
    "The council's site ran ACME.queue.push(function () { ... }) on every page, the engineers said.",
    # the code's last semicolon has a sentence after it: the line holds more than code
    "var x = 1; the engineers said the council's site was slow on Tuesday.",
])
def test_a_line_about_code_stays(line):
    assert _kept(line, _around(line))


# ---- a post in another language pasted from its embed (embeds.pasted_posts with noise._foreign_in)

def test_a_post_in_another_language_with_its_picture_link_is_cut():
    post = ("Tenemos razón. Hoy cerraron la carretera del puerto para siempre… pic.twitter.com/Ab12Cd34Ef")
    c = clean_text(_around(post))
    assert post not in c.text
    assert any(r.reason.startswith("markup: an embedded post pasted") for r in c.removed)


def test_an_english_line_with_a_sentence_before_the_post_stays():
    line = "The minister resigned on Tuesday. Thank you all for the years at the harbour pic.twitter.com/Ab12Cd34Ef"
    assert _kept(line, _around(line))


# ---- a stopless line on two paragraphs of its own (noise._repeated_lines)

def test_a_stopless_line_printed_twice_as_a_paragraph_is_cut():
    # (narrowed by the round's review: a headline's copy, in title case)
    alt = "Harbour Road Closed For Good After Storm"
    text = BODY + "\n\n" + alt + "\n\n" + BODY + "\n\n" + alt + "\n\n" + BODY
    c = clean_text(text)
    assert alt not in c.text
    assert sum(1 for r in c.removed if r.reason.startswith("related: a line with no stop printed")) >= 1


def test_a_chant_the_article_prints_twice_stays():
    # the review's twin: no copy of the line is the page's title or a caption
    chant = "We want our jobs back"
    text = BODY + "\n\n" + chant + "\n\n" + BODY + "\n\n" + chant + "\n\n" + BODY
    assert chant in clean_text(text).text


@pytest.mark.parametrize("twice", [
    # a refrain inside a stanza of other lines
    "We shall not be moved\nNot by the council\nWe shall not be moved",
])
def test_a_repeated_line_among_other_kept_lines_stays(twice):
    text = BODY + "\n\n" + twice + "\n\n" + BODY
    c = clean_text(text)
    assert c.text.count("We shall not be moved") == 2


def test_a_plans_items_repeated_as_a_run_stay():
    run = "Walk to the harbour wall\n\nCount the boats at the pier"
    text = BODY + "\n\nMonday\n\n" + run + "\n\n" + BODY + "\n\nTuesday\n\n" + run + "\n\n" + BODY
    c = clean_text(text)
    assert c.text.count("Walk to the harbour wall") == 2 and c.text.count("Count the boats at the pier") == 2


def test_a_stopless_line_said_once_stays():
    line = "Harbour Road Closed For Good After Storm"
    text = BODY + "\n\n" + line + "\n\n" + BODY.replace("two years", "three years")
    assert line in clean_text(text).text


# ---- a long copyright or reprint notice (noise._LONG_LEGAL; data/boilerplate.txt's reprint row)

def test_a_long_copyright_notice_at_the_foot_is_cut():
    notice = ("(TM and © Copyright 2015 Acme Radio Inc. and its relevant subsidiaries. ACME RADIO and its Logo TM "
              "and Copyright 2015 Acme Broadcasting Inc. Used under license. All Rights Reserved. This material may "
              "not be published, broadcast, rewritten, or redistributed. The Acme Wire contributed to this report.)")
    c = clean_text(BODY + "\n\n" + notice)
    assert "Used under license" not in c.text and "engineers said" in c.text


def test_a_long_sentence_about_copyright_stays():
    line = ("Copyright lawyers for the council said on Tuesday that the harbour photographs, taken in 2015 by a "
            "resident, could not be published by the paper, and that all rights reserved by the resident would be "
            "respected by the council, which would pay for the pictures it used in its own leaflets and on its site.")
    assert _kept(line, _around(line))


def test_a_long_reprint_notice_is_cut():
    notice = ("This article originally appeared at Acme Radio. Reprinted with the permission of Acme Radio, 12 Harbour "
              "Street, Port Ellery 20036. Copyright 2015. Follow Acme Radio on Twitter.")
    assert _cut(notice, _around(notice))


def test_a_sentence_on_where_a_story_appeared_stays():
    # (a line of the reprint notice's length, no reprint permission nor copyright year in it)
    line = ("This story originally appeared in the harbour newsletter, which the council has printed every month "
            "since the storm of 1990, and residents say they have read it for years at the harbour office and in "
            "the library.")
    assert _kept(line, _around(line))


# ---- a link cut short after a paragraph's last sentence (noise._TRUNCATED_LINK)

def test_a_truncated_link_after_the_last_sentence_is_cut():
    para = "Residents said the closure might be a stunt. It very well might be. http://acmenews.com/harbour-ro..."
    c = clean_text(BODY + "\n\n" + para + "\n\n" + BODY)
    assert "It very well might be." in c.text and "harbour-ro..." not in c.text
    assert any(r.reason.startswith("markup: a link cut short") for r in c.removed)


def test_a_whole_link_after_a_sentence_stays():
    para = "Residents said the closure might be a stunt. It very well might be. http://acmenews.com/harbour-road"
    assert "http://acmenews.com/harbour-road" in clean_text(BODY + "\n\n" + para + "\n\n" + BODY).text


# ---- other stories' headlines in a run between paragraphs (noise._title_case_runs)

HEADS = ["Harbour Master Retires After Forty Years at the Pier", "Storm Washes Away Part of the Coastal Road",
         "Fishermen Ask Council for a New Pontoon"]


def test_a_run_of_title_case_headlines_is_cut():
    c = clean_text(BODY + "\n\n" + "\n\n".join(HEADS) + "\n\n" + BODY)
    for h in HEADS:
        assert h not in c.text
    assert any(r.reason.startswith("related: other stories' headlines in a run") for r in c.removed)


def test_two_title_case_lines_or_a_list_in_sentence_case_stay():
    two = "\n\n".join(HEADS[:2])
    assert all(h in clean_text(BODY + "\n\n" + two + "\n\n" + BODY).text for h in HEADS[:2])
    items = ["Harbour master retires after forty years", "Storm washes away part of the road",
             "Fishermen ask the council for a pontoon"]
    c = clean_text(BODY + "\n\n" + "\n\n".join(items) + "\n\n" + BODY)
    assert all(i in c.text for i in items)


def test_a_title_line_under_a_caps_label_stays_the_title():
    title = "COMMENTARY: Council right to close the harbour road"
    c = clean_text(title + "\n\n" + BODY)
    assert not any(r.text == title and r.reason.startswith("related") for r in c.removed)


def test_the_lead_in_after_a_caps_teaser_stays():
    # the teaser is one item, no header of a list of links: the article's lead-in under it stays
    teaser = "SHOCK LOSS: Harbour road gone after storm"
    lead_in = "The mayor also noted the damage:"
    text = BODY + "\n\n" + teaser + "\n\n" + lead_in + "\n\n" + BODY
    c = clean_text(text)
    assert teaser not in c.text and lead_in in c.text


def test_a_caps_labelled_post_inside_its_embed_tag_stays():
    post = "PIC: So the harbour rally only fills one end of the pier pic.twitter.com/Ab12Cd34Ef"
    text = (BODY + '\n\n<tweet tweet-author="@janeroe" tweet-date="March 9, 2015">' + post + "<tweet/>.\n\n" + BODY)
    assert post in clean_text(text).text

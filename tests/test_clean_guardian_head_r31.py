"""Issue 16, round thirty-one (guhead): a page's head (standfirst and picture caption) left
between the text's start and the first picture credit glued to the lead
(clean/guardian_head.py). Every text is invented; each must-cut case has must-keep twins."""

from __future__ import annotations

from storyline.clean.guardian_head import REASON, dated_caption
from storyline.clean.noise import clean_text

BODY = ("Engineers said the pumps would run through the night if the weather held.\n"
        "The company has spent $40m on the effort so far, a spokesman said.\n"
        "Fishermen in the bay said they had not worked for three weeks.\n"
        "The coastguard said a second ship would reach the site on Friday.")


def _cut_here(line: str, text: str) -> bool:
    c = clean_text(text)
    return line not in c.text and any(line in r.text and r.reason == REASON for r in c.removed)


def _kept(line: str, text: str) -> bool:
    c = clean_text(text)
    return line in c.text and not any(line in r.text for r in c.removed)


# ---- must cut

HEAD_ONE_LINE = ("Acme ` not leaving Marotia', despite the flood, Jane Roe tells ECC Acme is rebuilding trust in "
                 "Marotia after the Port Ellery flood, its chief executive tells the Ellery Chamber of Commerce Acme "
                 "will not be leaving Marotia, chief executive Jane Roe tells the Ellery Chamber of Commerce in Port "
                 "Ellery.")
LEAD_RESTATES = ("Jane Roe, chief executive of Acme, said today that the company \"will not be leaving Marotia\" after "
                 "the flood that closed its Port Ellery plant.")


def test_standfirst_and_caption_restated_by_the_lead_are_cut():
    text = f"{HEAD_ONE_LINE}\nPhotograph: Jane Roe/Reuters {LEAD_RESTATES}\n{BODY}"
    assert _cut_here(HEAD_ONE_LINE, text)
    assert clean_text(text).text.lstrip().startswith(LEAD_RESTATES)


CAPTION_LINES = ["Sacks of grain stacked on the quay at Port Ellery.",
                 "Each ship can carry 4,000 of these to the coast.",
                 "But the mills upriver still need ten times as much."]


def test_caption_lines_under_the_page_stamp_are_cut():
    # the page's stamp (a dateline) was found above: the lines under it are the caption
    head = ("Acme says grain ships will reach Port Ellery Relief convoy held at the border for a week\n"
            "Monday 17 May 2010 22.40 BST\n" + "\n".join(CAPTION_LINES))
    lead = "The first of the ships left Marotia on Monday with food for the flooded towns, officials said."
    text = f"{head}\nPhotograph: Jane Roe/Corbis {lead}\n{BODY}"
    c = clean_text(text)
    for line in CAPTION_LINES:
        assert line not in c.text
    assert any(r.reason == REASON for r in c.removed)
    assert c.text.lstrip().startswith(lead)


HEAD_DATED = ["Tide of anger may turn a flood into a crisis for the government Forty days on, the anger at the slow "
              "relief effort is felt in every valley town.",
              "As the rains go on, the minister spends more days in the valley while the opposition calls for an "
              "inquiry Protesters hold a banner outside the ministry in Marotia, on 3 June 2010."]


def test_standfirst_and_caption_ending_on_a_british_date_are_cut():
    lead = "The mood is bitter in the towns where the river has taken homes and fields alike."
    text = "\n".join(HEAD_DATED) + f"\nPhotograph: Jane Roe/AFP/Getty Images {lead}\n{BODY}"
    c = clean_text(text)
    for line in HEAD_DATED:
        assert line not in c.text
    assert any(r.reason == REASON for r in c.removed)
    assert c.text.lstrip().startswith(lead)


def test_caption_above_an_illustration_credit_is_cut():
    # the credit's label may be "Illustration:" (a label line the cleaner cuts): the head above it goes
    head = ("Acme admits its staff retouched photos of the Port Ellery control room Acme says this photo of its "
            "control room in Port Ellery was retouched by a contract photographer.")
    lead = "Trying to win back some trust, Acme has posted the untouched photos of its control room online."
    text = f"Acme posts untouched photos of control room\n{head}\nIllustration: Acme {lead}\n{BODY}"
    c = clean_text(text)
    assert head not in c.text
    assert any(r.reason == REASON for r in c.removed)
    assert c.text.lstrip().startswith(lead)


# ---- must keep (twins)

ARTICLE_OPENING = ["The river rose again in Port Ellery on Tuesday, flooding the market square for the third "
                   "time this month.",
                   "Shopkeepers moved their stock to upper floors as water crept along the high street.",
                   "The mayor said the town would ask for help from the national government."]


def test_article_sentences_above_an_inline_picture_stay():
    # twin: the text opens with the article (no headline or stamp cut above it, no picture
    # date), and the line under the credit goes on to a new point: nothing is cut
    after = "Elsewhere, schools in the hill villages reopened after a week of closures."
    text = "\n".join(ARTICLE_OPENING) + f"\nPhotograph: Jane Roe/AP {after}\n{BODY}"
    for line in ARTICLE_OPENING:
        assert _kept(line, text)
    assert _kept(after, text)


def test_three_lines_under_a_headline_stay():
    # twin: three sentences under the headline, above a credit, with no page stamp: more than a
    # standfirst and caption hold when only the headline says where the head is (an article
    # opening under its headline, a picture set below its third sentence); nothing is cut,
    # though the line under the credit names the place again
    lead = "The mayor of Port Ellery asked the government for help as the river rose in the town."
    text = "Flood waters rise in Port Ellery\n" + "\n".join(ARTICLE_OPENING) + f"\nPhotograph: Jane Roe/AP {lead}\n{BODY}"
    c = clean_text(text)
    assert not any(r.reason == REASON for r in c.removed)
    for line in ARTICLE_OPENING:
        assert line in c.text


def test_a_date_told_inside_the_sentence_is_no_caption_date():
    # twin of the date sign: a date inside a sentence that goes on is not a picture's date
    assert dated_caption("Protesters gathered outside the ministry in Marotia on 3 June 2010.", lambda s: False)
    assert not dated_caption("The dam was sealed on 3 June 2010, engineers said.", lambda s: False)
    assert not dated_caption("The dam was sealed on 3 June 2010 and the water fell.", lambda s: False)


# ---- round forty-two: a gallery's promo under a kicker in capitals is not the picture's credit

OPENING_PARAS = ["Although the singer went to the Harbour Clinic for a routine check, the visit was anything but routine.",
                 "As the paper has reported, a second doctor stepped in once the clinic's director found something "
                 "on the singer's throat and asked for a closer look"]
LEAD_AFTER_PROMO = ("The second look was never agreed, as the singer signed no consent form for it, and the clinic's "
                    "director said the singer's throat had been checked twice.")


def test_a_gallery_promo_is_no_credit_and_the_paragraphs_above_it_stay():
    text = "\n\n".join(OPENING_PARAS + ["PHOTOS: Stars Who Left The Stage Too Soon", LEAD_AFTER_PROMO, BODY])
    c = clean_text(text)
    for para in OPENING_PARAS:
        assert para in c.text and not any(para in r.text for r in c.removed)
    assert "PHOTOS:" not in c.text  # the promo itself is still cut


def test_twin_a_credit_in_capitals_still_makes_the_lines_above_it_the_head():
    text = f"{HEAD_ONE_LINE}\nPHOTOGRAPH: JANE ROE/REUTERS\n{LEAD_RESTATES}\n{BODY}"
    assert _cut_here(HEAD_ONE_LINE, text)


def test_promo_kicker_reads_only_a_title_case_headline_after_a_kicker_in_capitals():
    from storyline.clean.guardian_head import promo_kicker
    assert promo_kicker("PHOTOS: Stars Who Left The Stage Too Soon")
    assert promo_kicker("VIDEO: Ten Days That Shook The Port")
    assert not promo_kicker("PHOTO: AP")
    assert not promo_kicker("Photos: Stars Who Left The Stage Too Soon")  # the label not in capitals
    assert not promo_kicker("PHOTOGRAPH: JANE ROE/REUTERS WORLD PICTURES")
    assert not promo_kicker("PHOTOS: the singer at the clinic door on the day of the check")

"""Round fifty-seven, mender m3: promos, credit lines and teasers kept on the HTML path (issue 16,
"captions, teasers and link lines"), from the seed-172 audit of the article-extraction web pages
(extraction_web): K2 (a letters page's promo giving its e-mail address), K5 (a comment form's
button), K6 and Q4 (a sidebar's link cards and a newsletter box at the foot), K9 (a "here" pointer
to the site's review), K11 (an "Originally published on <site>" line), K15 ("Stay tuned for more
<Site> guides!"), K21 and K25 (a deals page's affiliate disclosure and small print), K23 (a
publisher's disclaimer of the piece's views), K30 ("With Post wires"), K31 (a stock-quote widget's
rows and a "... BY CLICKING HERE" promo), Q70/Q71 (a "SEE MORE: <headline>" line inside a
quotation).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the page's at most). Every text here is invented.
"""

from __future__ import annotations

from storyline.clean import clean_record, noise
from storyline.types import Record

_HEAD = "Port news\n\nThe harbour board met on Monday to talk about the new cranes and what they would cost.\n\n"
_BODY = "The board said the cranes would arrive in the spring after the tender closed in March.\n\n"


def _clean(text: str):
    return clean_record(Record(source="x.txt", text=text))


def _removed(doc, start: str) -> list[str]:
    return [r.text for r in doc.removed if r.reason.startswith(start)]


def _ends(line: str):
    return _clean(_HEAD + _BODY + line + "\n")


# --- K30, K11, K23, K31: credit, origin, disclaimer and quote-widget lines (data/boilerplate.txt) ---

def test_a_desk_wire_credit_goes():
    doc = _ends("With Times wires")
    assert "With Times wires" not in doc.text


def test_twin_a_sentence_about_wires_stays():
    line = "With power wires down across the county, the board met by candlelight."
    assert line in _ends(line).text


def test_an_originally_published_line_goes():
    doc = _ends("Originally published on Acme Science.")
    assert "Originally published" not in doc.text


def test_twin_originally_published_in_a_sentence_stays():
    line = "Originally published in 1851, the harbour guide sold poorly until the cranes came."
    assert line in _ends(line).text


def test_a_publishers_disclaimer_of_the_pieces_views_goes():
    doc = _ends("The views and opinions expressed in the article do not necessarily reflect those of Acme Radio.")
    assert "do not necessarily reflect" not in doc.text


def test_twin_views_of_a_report_told_of_stay():
    line = "The views expressed in the report do not necessarily reflect those of the harbour board."
    assert line in _ends(line).text


def test_a_quote_widgets_rows_go():
    doc = _clean(_HEAD + "Ticker Security Last Change Change %\n\nAC ACME PORTS INC. 125.86 -2.99 -2.44%\n\n" + _BODY
                 + "The chairman said the port would hire forty crane drivers.\n")
    assert "Ticker Security" not in doc.text
    assert "125.86" not in doc.text


def test_twin_a_sentence_with_a_price_and_a_change_stays():
    line = "Acme Ports shares closed at 125.86, down 2.99, or 2.44%."
    doc = _clean(_HEAD + line + "\n\n" + _BODY)
    assert line in doc.text


# --- K5: a comment form's button (data/comments.txt) ------------------------------------------------

def test_a_post_comment_button_goes():
    doc = _ends("Post Comment (+)")
    assert "Post Comment" not in doc.text


def test_twin_a_sentence_on_posting_comments_stays():
    line = "Post comments on the harbour plan were read out by the clerk on Tuesday."
    assert line in _ends(line).text


# --- K15, K31: promo lines (data/promo_lines.txt, codes tuned and clickhere) ------------------------

def test_a_stay_tuned_for_more_of_the_series_line_goes():
    doc = _ends("Looking for more harbour walks? Stay tuned for more Acme Walking Guides!")
    assert "Stay tuned" not in doc.text


def test_twin_stay_tuned_given_to_a_speaker_stays():
    line = "\"Stay tuned for more,\" the harbour master told the crews on Monday."
    assert line in _ends(line).text


def test_a_clicking_here_promo_between_paragraphs_goes():
    doc = _clean(_HEAD + "Get Acme News on the go by clicking here\n\n" + _BODY)
    assert "clicking here" not in doc.text


def test_twin_click_here_and_there_stays():
    line = "The clerk said crews would click here and there on the new screens to move the cranes."
    assert line in _clean(_HEAD + line + "\n\n" + _BODY).text


# --- K9: a "here" pointer to the site's review (data/media_pieces.txt) -----------------------------

def test_a_pointer_to_our_review_closing_a_paragraph_goes():
    doc = _ends("We tried the new crane simulator at the fair. It is very good. Read our review-in-progress here.")
    assert "Read our review" not in doc.text
    assert "It is very good." in doc.text


def test_twin_a_review_with_no_pointer_stays():
    line = "We tried the new crane simulator at the fair. The mayor read our review of it aloud here."
    assert "The mayor read our review of it aloud here." in _ends(line).text


# --- K2: a letters page's promo giving its e-mail address (data/promo.txt) --------------------------

def test_a_letters_promo_with_our_email_goes():
    doc = _ends("The Courier welcomes letters to the editor. We'd like to hear what you think about this or any "
                "of our articles. Here are some tips. And here's our email: letters@example.com.")
    assert "letters@example.com" not in doc.text


def test_twin_an_address_told_of_in_the_article_stays():
    line = ("The board set up a line for complaints. Residents can write to complaints@example.com, the "
            "chairman said, and you will get a reply within a week.")
    assert "complaints@example.com" in _ends(line).text


# --- K21, K25: a deals page's affiliate disclosure and small print (noise._affiliate_note) ----------

def test_an_affiliate_disclosure_with_small_print_goes():
    doc = _ends("Follow @AcmeDeals on Twitter to keep up with the latest deals. Quantities may be limited. Prices are "
                "subject to change without notice. Acme may receive a commission on orders placed through this article.")
    assert "commission" not in doc.text
    assert "Quantities may be limited" not in doc.text


def test_an_if_you_buy_disclosure_goes():
    doc = _ends("If you buy something through this post, Acme may get a share of the sale. For more, learn more.")
    assert "share of the sale" not in doc.text


def test_twin_commissions_told_of_in_the_article_stay():
    line = ("Sellers may receive a commission on orders placed through the harbour shop, the board said. "
            "Quantities may be limited.")
    assert "Sellers may receive a commission" in _ends(line).text


def test_twin_a_disclosure_in_an_article_paragraph_stays():
    line = ("The cranes cost four million pounds and will lift forty tonnes. Acme may receive a commission on "
            "orders placed through this article.")
    assert "The cranes cost four million pounds" in _ends(line).text


# --- Q70/Q71: a "SEE MORE: <headline>" line (data/labels.txt) ---------------------------------------

def test_a_see_more_line_inside_a_quotation_goes():
    # on the HTML path (links given): the headline after the label is the link's text
    c = noise.clean_text("The harbour board met on Monday to talk about the new cranes.\n\nThe chairman warned: "
                         "\u201cThe cranes are already here. They are there to show the port is open.\n\nSEE MORE: "
                         "Harbour strike: crews walk out at dawn\n\n\u201cWe will not wait for the tender.\u201d\n\n"
                         + _BODY, links=["Harbour strike: crews walk out at dawn"])
    assert "SEE MORE" not in c.text
    assert "We will not wait for the tender." in c.text


def test_twin_see_more_in_a_sentence_stays():
    line = "Visitors will see more cranes on the skyline next year, the chairman said."
    assert line in _ends(line).text


# --- K6, Q4: a sidebar's link cards and a newsletter box at the foot (noise._foot_link_cards) -------

_ARTICLE = ("The harbour board met on Monday to talk about the new cranes and what they would cost the port.\n\n"
            "The chairman said the cranes would arrive in the spring after the tender closed in March, and that "
            "forty drivers would be hired.\n\n"
            "\"We have waited ten years for this,\" he said.\n\n")
_CARDS = [("Crane drivers win pay award", "The union said the deal was the best in a decade"),
          ("Ferry fares to rise in May", "Operators blame the price of fuel"),
          ("Harbour wall repairs begin", "Work on the north wall will take six weeks"),
          ("Fish market to move", "Traders have until June to pack up")]


def _foot(cards, box: str = "") -> tuple[str, list[str]]:
    text = _ARTICLE + box + "".join(f"{h}\n\n{t}\n\n" for h, t in cards)
    return text, [h for h, _ in cards]


def test_a_sidebars_cards_at_the_foot_go():
    text, links = _foot(_CARDS, box="Harbour Week Newsletter\n\nJoin our Free Harbour Quiz\n\n")
    c = noise.clean_text(text, links=links)
    assert "The union said" not in c.text and "Traders have until June" not in c.text
    assert "Harbour Week Newsletter" not in c.text and "Join our Free Harbour Quiz" not in c.text
    assert "we have waited ten years" in c.text.lower()


def test_twin_two_inline_links_over_short_paragraphs_stay():
    text, links = _foot(_CARDS[:2])
    c = noise.clean_text(text, links=links)
    assert "The union said the deal was the best in a decade" in c.text


def test_twin_a_sentence_broken_at_its_inline_links_stays():
    text = (_ARTICLE + "Still, the shares have slid, and rival\n\nAcme\n\n(ACM) stock is off too.\n\n"
            "The shares are up 40% this year, beating the\n\nDow Jones Industrial Average\n\nand\n\nS&P 500\n\n"
            "over the same span.\n")
    c = noise.clean_text(text, links=["Acme", "Dow Jones Industrial Average", "S&P 500"])
    assert "(ACM) stock is off too." in c.text
    assert "over the same span." in c.text


# --- B22: a deals post's sales pitch in the brief (resolve/data/brief_clutter.txt, code pitch) -----

def test_a_subjectless_gift_pitch_is_clutter_for_the_brief():
    from storyline.resolve.brief import clutter_shape

    assert clutter_shape("Great for a holiday gift this year or for yourself upgrading a harbour office.")


def test_twin_a_gift_told_of_with_its_subject_is_no_clutter():
    from storyline.resolve.brief import clutter_shape

    assert clutter_shape("Traders said the crane sets were great for a holiday gift this year.") is None
    assert clutter_shape("Great crowds came for the gift fair on Monday.") is None

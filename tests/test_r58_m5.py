"""Round fifty-eight, mender m5: noise kept in the cleaned web text (issue 16), from the seed-172
audit of article-extraction's 181 web pages (extraction_web-181-172, cleaning items K).

- K9: a post by the site's own account (its <meta> twitter:site) embedded in its page, the
  site promoting its own offer, ended the text (clean.html._site_accounts, _read_markup).
- K17: CNN's desk dateline glued to a lead opening on "A" ("Hong Kong (CNN Business)A muddled
  view ..."): the desk's name was no agency and "A " no word (clean.dateline).
- K23: a membership pitch opening "If you enjoyed this article, ..." and the heading over it
  (data/reader_pitches.txt, noise._heading_over_closing_promo).
- K24: a share widget's lone "Thank you" (data/boilerplate.txt).
- K25: a voice assistant's flash briefing offered to the reader (data/promo.txt).
- K32: another story's headline in capitals between the article's paragraphs, on the HTML
  path (noise._caps_headline_teasers).
- K34: a picture's caption under it in an element of no caption class, printing the
  picture's alt text (clean.html._alt_captions).

Every text and page here is written for the test (a name at most is the audit's).
"""

from __future__ import annotations

from storyline.clean import clean_record, noise
from storyline.types import Record

LEAD = ("The dock workers of Velmora returned to work on Monday after a strike of three weeks that had "
        "stopped most of the traffic through the harbour, the port authority said in a statement.")
MIDDLE = ("The union said its members would vote on the final terms of the agreement next week, and the "
          "port authority expects the backlog of ships to clear by the end of the month.")
LAST = "Shipping companies said the delays had cost them millions of euros in fees and lost cargo."


def _text(*lines: str) -> str:
    return clean_record(Record(source="t.txt", text="\n\n".join(lines) + "\n")).text


def _page(body: str, meta: str = "") -> str:
    page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Velmora port strike ends</title>
<meta property="og:type" content="article"><meta property="og:title" content="Velmora port strike ends">{meta}
</head><body><article><h1>Velmora port strike ends</h1>
<p>{LEAD}</p>
{body}
<p>{MIDDLE}</p>
<p>{LAST}</p>
</article></body></html>"""
    return clean_record(Record(source="t.html", html=page)).text


# --- K17: a desk's dateline glued to a lead opening on "A" ------------------------------------

def test_a_desk_dateline_glued_to_the_lead_is_cut():
    t = _text("Hong Kong (CNN Business)A muddled view of the port talks once again weighed on the shipping "
              "group's shares on Monday.", MIDDLE, LAST)
    assert t.startswith("A muddled view of the port talks"), t
    assert "CNN Business" not in t


def test_twin_the_desk_named_inside_a_sentence_stays():
    line = ("The figures were first reported by the network's business desk (CNN Business) on Monday, "
            "a day before the union's vote.")
    t = _text(LEAD, line, LAST)
    assert line in t, t


# --- K24: a share widget's lone "Thank you" -----------------------------------------------------

def test_a_lone_thank_you_line_is_cut():
    t = _text(LEAD, MIDDLE, LAST, "Thank you")
    assert "Thank you" not in t, t


def test_twin_a_sentence_of_thanks_stays():
    line = "Thank you, Velmora, for your patience during the strike, the mayor wrote to residents."
    t = _text(LEAD, line, LAST)
    assert line in t, t


# --- K25: a voice assistant's briefing offered to the reader ------------------------------------

def test_a_flash_briefing_promo_is_cut():
    t = _text(LEAD, MIDDLE, LAST, "Have a smart speaker? Now you can hear Port News Daily each morning. "
              "Just search for Velmora Courier in your speaker's flash briefing settings.")
    assert "flash briefing" not in t, t
    assert LAST in t


def test_twin_a_line_about_flash_briefings_or_opening_on_have_stays():
    about = "The Velmora Courier said its flash briefing had reached ten thousand listeners in a month."
    have = "Have the dock workers won? The union thinks so, and its members will vote on the terms next week."
    t = _text(LEAD, about, have, LAST)
    assert about in t and have in t, t


# --- K23: a membership pitch opening "If you enjoyed this article" and its heading ---------------

PITCH = ("If you enjoyed this article, we have a proposition for you: join Courier Plus. Members get all of "
         "our content, no paywalls and unique access to our writers. And importantly, Courier Plus members "
         "help keep the Courier going. Consider it?")


def test_a_membership_pitch_and_its_heading_are_cut():
    t = _text(LEAD, MIDDLE, LAST, "Something to Consider", PITCH)
    assert "proposition" not in t and "Something to Consider" not in t, t
    assert t.rstrip().endswith(LAST), t


def test_twin_a_sentence_opening_if_you_enjoyed_stays():
    line = ("If you enjoyed the harbour festival last summer, the council said, the new waterfront market "
            "will open on the same quay in May.")
    t = _text(LEAD, line, LAST)
    assert line in t, t


def test_twin_a_short_heading_over_the_article_stays():
    t = _text(LEAD, "What comes next", MIDDLE, LAST)
    assert "What comes next" in t, t


# --- K9: a post by the site's own account ------------------------------------------------------

def _post(handle: str, name: str) -> str:
    return (f'<blockquote class="twitter-tweet"><p lang="en">The Courier bundle delivers over 40 apps from just $1 '
            f'each <a href="https://t.co/x">https://t.co/x</a></p>&mdash; {name} (@{handle}) '
            '<a href="https://twitter.com/x/status/1">November 4, 2019</a></blockquote>')


SITE = '<meta name="twitter:site" content="@velcourier">'


def test_a_post_by_the_sites_own_account_is_cut():
    t = _page(_post("velcourier", "Velmora Courier"), SITE)
    assert "bundle" not in t, t
    assert MIDDLE in t


def test_twin_a_post_by_another_account_stays():
    t = _page(_post("janeroe", "Jane Roe"), SITE)
    assert "(@janeroe)" in t and "bundle" in t, t
    t = _page(_post("velcourier", "Velmora Courier"))  # no twitter:site: the site's account unknown
    assert "bundle" in t, t


# --- K34: a caption printing its picture's alt text -------------------------------------------

def _pictured(under: str) -> str:
    return ('<div align="center"><div class="article-img"><img src="https://img.example/a.jpg" '
            'alt="The new crane on the north quay"><noscript><img src="https://img.example/a.jpg"></noscript>'
            f'</div><br>{under}</div>')


def test_a_caption_printing_the_alt_text_is_cut():
    t = _page(_pictured('<span class="minor2 small gray">The new crane on the north quay</span>'))
    assert "north quay" not in t, t
    assert MIDDLE in t


def test_twin_a_paragraph_or_heading_under_a_picture_stays():
    para = ("The new crane on the north quay can lift twice the weight of the old one, the port authority "
            "said on Monday.")
    t = _page(_pictured(f"<p>{para}</p>"))
    assert para in t, t
    t = _page(_pictured("<h2>The new crane on the north quay</h2><p>" + para + "</p>"))
    assert "The new crane on the north quay\n" in t, t


def test_twin_a_step_printing_its_screenshots_alt_text_stays():
    step = "On the quay, click the crane icon. Then, choose the north berth."
    page = ('<div><img src="https://img.example/s.png" alt="' + step + '"></div>'
            f"<p>{step}</p>")
    t = _page(page)
    assert step in t, t


# --- K32: another story's headline in capitals --------------------------------------------------

def test_a_headline_in_capitals_between_paragraphs_is_cut():
    # the teaser is its link's anchor (the line of links the cleaner rescued between paragraphs)
    t = _page("<p><a href=\"/video/1\">VELMORA DOCKERS 'PROUD' OF THE PORT LIVING OUT THEIR HARBOUR DREAM</a></p>")
    assert "PROUD" not in t, t


def test_twin_a_quote_in_capitals_stays():
    # the HTML path's cleaner (anchor texts given), on the text the extractor hands it
    quote = "“WE WILL NOT GO BACK TO WORK UNTIL THE PORT PAYS US FAIRLY,” THE BANNERS READ."
    t = noise.clean_text("\n\n".join((LEAD, quote, MIDDLE, LAST)) + "\n", links=[]).text
    assert quote in t, t
    # and a headline in capitals that closes the text (no article line under it) is not read
    head = "VELMORA DOCKERS 'PROUD' OF THE PORT LIVING OUT THEIR HARBOUR DREAM"
    t = noise.clean_text("\n\n".join((LEAD, MIDDLE, head)) + "\n", links=[head]).text
    assert not any(r.reason.startswith("related: another story's headline") for r in
                   noise.clean_text("\n\n".join((LEAD, MIDDLE, head)) + "\n", links=[head]).removed), t

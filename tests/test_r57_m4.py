"""Round fifty-seven, mender m4: the HTML path's cleaning, part B (issue 16), from the seed-172
audit of article-extraction's 181 web pages (extraction_web-181-172).

- K22, K24: a link or an emphasised word the page's source put on a line of its own, or that
  trafilatura left between two paragraphs of a <div> broken by <br>, stood as a line and was
  cut as a link-only line, losing an article's words ('giant [Home Depot] are dropping',
  'the source is [DigiTimes], we would not') and a sentence's full stop (clean.html._inline,
  _glue).
- K35, K19: an embedded post (blockquote.twitter-tweet) lost its last line to the pasted-post
  rule while its first lines stayed, its date stood as a paragraph, a post unsigned: its words,
  signature and date are now one paragraph, kept whole as a quoted post (clean.html._read_markup
  "post", noise._keep_named_posts, embeds.pasted_posts ``named``).
- K35, Q76: a pop-up name card's hidden text (span.rollover-people-block) ran into the
  sentence: dropped from inside the paragraph ("card").

Every page here is written for the test (a name at most is the audit's).
"""

from __future__ import annotations

from storyline.clean import clean_record, html
from storyline.types import Record

HEAD = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Velmora port strike ends</title>
<meta property="og:type" content="article"><meta property="og:title" content="Velmora port strike ends">
</head><body><article><h1>Velmora port strike ends</h1>
<p>The dock workers of Velmora returned to work on Monday after a strike of three weeks that had stopped
most of the traffic through the harbour, the port authority said in a statement.</p>
"""
TAIL = """<p>The union said its members would vote on the final terms of the agreement next week, and the
port authority expects the backlog of ships to clear by the end of the month.</p>
<p>Shipping companies said the delays had cost them millions of euros in fees and lost cargo.</p>
</article></body></html>"""


def _doc(body: str):
    return clean_record(Record(source="t.html", html=HEAD + body + TAIL))


# --- K22: a link on a line of its own in the page's source stays in its sentence -------------

def test_a_link_on_its_own_source_line_stays_in_its_sentence():
    d = _doc("""<p>Shares of the shipping group
      <a href="/quote/VLM">Velmora Lines</a>
      rose in early trading after the strike ended, easily outpacing the
      <a href="/index/a">Harbour Index</a> and <a href="/index/b">Coastal 40</a> over the same span.</p>""")
    assert "Shares of the shipping group Velmora Lines rose in early trading" in d.text, d.text
    assert "outpacing the Harbour Index and Coastal 40 over the same span." in d.text, d.text


def test_a_line_of_links_stays_a_line_of_links():
    # twin: a list of links (navigation) is still read as lines of links and cut
    d = _doc("""<ul><li><a href="/a">Velmora Lines news</a></li><li><a href="/b">Harbour Index today</a></li>
    <li><a href="/c">Coastal 40 movers</a></li></ul>""")
    assert "Harbour Index today" not in d.text, d.text


def test_a_preformatted_block_keeps_its_lines():
    from lxml import etree

    el = etree.fromstring("<p>one line\nanother line</p>")
    assert html._inline(el) == "one line another line"
    code = etree.fromstring("<code>one line\nanother line</code>")
    assert html._inline(code) == "one line\nanother line"


# --- K24: a <div> of text broken by <br>, a link inside a sentence ---------------------------

def test_a_link_in_a_br_broken_div_stays_in_its_sentence():
    d = _doc("""<div class="content">The strike ended after talks led by the mediator, according to a report in the
    local paper <em><a href="https://courier.example/">Velmora Courier</a></em>. The union confirmed the report.
    <br> <br>The agreement raises wages by four per cent, although given the source is <em>the Courier</em>,
    we would not rule out a larger rise for night shifts in the final text of the deal.
    <br> <br>Port workers will also get two more days of leave a year under the <a href="/deal">new agreement</a>.
    <br> <br>The mayor welcomed the deal and thanked both sides for their patience during the long talks.</div>""")
    assert "in the local paper Velmora Courier. The union confirmed the report." in d.text, d.text
    assert "given the source is the Courier, we would not rule out" in d.text, d.text
    assert "two more days of leave a year under the new agreement." in d.text, d.text


def test_paragraphs_next_to_each_other_are_not_joined():
    # twin: two paragraphs of the page stay two, even when the second opens on a small letter
    d = _doc("""<p>The harbour master said the first ships would dock on Tuesday morning at the latest</p>
    <p>and the port would be back to its normal traffic within a fortnight, he told reporters.</p>""")
    assert "at the latest\n\nand the port" in d.text, d.text


# --- K35, K19: an embedded post is read whole ------------------------------------------------

POST = """<blockquote class="twitter-tweet"><p lang="en" dir="ltr">We have reached a fair deal for the dock workers of Velmora.
<br><br>Thank you to everyone who stood with us. <br><br>Back to work tomorrow! <a href="https://t.co/abc123XYZ">pic.twitter.com/abc123XYZ</a></p>
&mdash; Velmora Dockers (@velmoradockers) <a href="https://twitter.com/velmoradockers/status/1">November 18, 2019</a></blockquote>"""


def test_an_embedded_post_is_kept_whole_and_signed():
    d = _doc(POST)
    paras = [p for p in d.text.split("\n\n") if "fair deal for the dock workers" in p]
    assert len(paras) == 1, d.text
    post = paras[0]
    assert "Thank you to everyone who stood with us." in post and "Back to work tomorrow!" in post, post
    assert post.endswith("— Velmora Dockers (@velmoradockers) November 18, 2019"), post
    assert "pic.twitter.com" not in post  # the picture's link is no word of the post


def test_a_post_pasted_as_text_without_its_markup_is_still_cut():
    # twin: the same post pasted into a paragraph of its own with no embed markup is still read
    # by the pasted-post rule (round forty-two) and cut
    d = _doc("""<p>Back to work tomorrow! pic.twitter.com/abc123XYZ &mdash; Velmora Dockers (@velmoradockers) November 18, 2019</p>""")
    assert "Back to work tomorrow" not in d.text, d.text


def test_an_article_blockquote_stays():
    # twin: a blockquote of the article (no embed class) keeps its words
    d = _doc("""<blockquote class="wp-block-quote"><p>We have reached a fair deal for the dock workers of Velmora,
    and we thank everyone who stood with us during the strike.</p></blockquote>""")
    assert "We have reached a fair deal for the dock workers of Velmora" in d.text, d.text


# --- K35, Q76: a pop-up card's hidden text inside a paragraph --------------------------------

CARD = """<p>The deal was announced by Mayor <span class="rollover-people"><a href="/people/ines-albrecht">Ines Albrecht</a>
<span class="rollover-people-block"><span><a class="name" href="/people/ines-albrecht">Ines Albrecht</a>
<a href="/story/1">Albrecht opposes harbour tax over budget row</a> <a href="/story/2">Mayor vows to end port strike</a>
<a class="more" href="/people/ines-albrecht">MORE</a></span></span></span> (Green), the city hall said on Monday.</p>"""


def test_a_pop_up_card_inside_a_paragraph_is_dropped():
    d = _doc(CARD)
    assert "announced by Mayor Ines Albrecht (Green), the city hall said on Monday." in d.text, d.text
    assert "harbour tax" not in d.text and "MORE" not in d.text, d.text
    assert any("harbour tax" in r.text and r.reason.startswith("card") for r in d.removed)


def test_a_card_class_outside_a_paragraph_is_left_to_the_extractor():
    # twin: the rule drops a card's text only inside a paragraph, and never the sentence around it
    d = _doc("""<p>The deal was announced by Mayor Ines Albrecht on Monday, the city hall said in a short statement.</p>""")
    assert "announced by Mayor Ines Albrecht on Monday" in d.text
    assert not any(r.reason.startswith("card") for r in d.removed)


# --- K37: the headline given again under a title that carries its section --------------------

BODY = ("It was the longest strike the port had seen. For three weeks the cranes stood still and the ships "
        "waited at anchor outside the harbour.\n\nThe union said on Monday that its members had voted to accept "
        "the offer, and work resumed on the night shift.\n")


def test_a_headline_under_a_sectioned_title_is_cut():
    from storyline.clean import noise

    c = noise.clean_text("Is the Velmora Port Strike Over?\n\n" + BODY, title="Opinion | Is the Velmora Port Strike Over?", links=[])
    assert not c.text.startswith("Is the Velmora Port Strike Over?"), c.text
    assert any(r.reason.startswith("headline") for r in c.removed)


def test_a_line_naming_the_titles_site_stays():
    # twin: the title's site part said inside a sentence of the text is no headline
    from storyline.clean import noise

    c = noise.clean_text("Velmora Courier reporters spent the week at the docks talking to the workers and their families.\n\n"
                         + BODY, title="Port strike ends after three weeks - Velmora Courier", links=[])
    assert c.text.startswith("Velmora Courier reporters spent the week"), c.text


# --- K22, K35, K38, K16: stubs and stamps on lines of their own (data/clean/boilerplate.txt) ---

def _cleaned(head: str = "", tail: str = ""):
    from storyline.clean import noise

    return noise.clean_text(head + BODY + tail, title="Port strike ends after three weeks", links=[])


def test_a_bare_byline_label_and_stamps_are_cut():
    assert _cleaned("By\n\n").text.startswith("It was the longest strike"), _cleaned("By\n\n").text
    assert _cleaned("5:45 AM PST 11/19/2019 by Jane Roe\n\n").text.startswith("It was the longest strike")
    assert _cleaned("Back to Gallery\n\n").text.startswith("It was the longest strike")
    c = _cleaned(tail="\nUpdated at 1:23 p.m.\n\nThis article has been sent to\n")
    assert "Updated at" not in c.text and "has been sent to" not in c.text, c.text


def test_sentences_opening_like_a_stamp_or_byline_stay():
    # twins: a sentence that opens on "By", "Updated" or a time, or that goes back to a gallery
    c = _cleaned(tail="\nBy the end of the week the harbour was full again.\n\n"
                      "Updated figures at 5:45 AM showed the queue had halved.\n\n"
                      "Back to the gallery of old cranes went the museum's visitors.\n")
    for line in ("By the end of the week", "Updated figures at 5:45 AM", "Back to the gallery of old cranes"):
        assert line in c.text, c.text


# --- K16: a picture's caption the markup names (data/clean/page_markup.tsv "caption") ---------

GALLERY = """<ul class="gallery"><li><img src="a.jpg" alt="Dock workers at the gate">
<div class="caption"><div class="caption-full">Dock workers leave the harbour gate in Velmora on Monday, Nov. 18, 2019, after
the vote to end the strike.<a class="more-caption"> less</a></div>
<div class="caption-truncated">Dock workers leave the harbour gate in Velmora on Monday, Nov. 18, 2019, after
the vote<a class="more-caption"> ... more</a></div></div></li></ul>"""


def test_a_caption_the_markup_names_is_dropped():
    d = _doc(GALLERY)
    assert "leave the harbour gate" not in d.text, d.text
    assert any(r.reason.startswith("caption") and "harbour gate" in r.text for r in d.removed)


def test_a_long_block_with_a_caption_class_stays():
    # twin: a block of a "caption" class running past a caption's length is left to the cleaner
    long = " ".join(["The dock workers voted by a large majority to accept the offer of the port authority."] * 6)
    d = _doc(f'<div class="caption"><p>{long}</p></div>')
    assert "voted by a large majority" in d.text, d.text


# --- K1, K37, K38: a standfirst set as a subheading that the page's description states --------

DEK = "The dock workers return after three weeks. Here is what the deal means for the harbour and its ships."


def _dek_page(dek_tag: str, description: str) -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Velmora port strike ends</title>
<meta property="og:type" content="article"><meta name="description" content="{description}">
</head><body><article><h1>Velmora port strike ends</h1>
<{dek_tag}>{DEK}</{dek_tag}>
<p>The dock workers of Velmora returned to work on Monday after a strike of three weeks that had stopped
most of the traffic through the harbour, the port authority said in a statement.</p>
""" + TAIL


def test_a_standfirst_subheading_the_description_states_is_dropped():
    d = clean_record(Record(source="t.html", html=_dek_page("h2", DEK)))
    assert "Here is what the deal means" not in d.text, d.text
    assert any(r.reason.startswith("standfirst") for r in d.removed)


def test_a_lead_paragraph_the_description_copies_stays():
    # twins: the same words as the lead's <p> stay (a page's description often copies its lead),
    # and a subheading the description does not state stays
    d = clean_record(Record(source="t.html", html=_dek_page("p", DEK)))
    assert "Here is what the deal means" in d.text, d.text
    d = clean_record(Record(source="t.html", html=_dek_page("h2", "Velmora's port reopens after the strike.")))
    assert "Here is what the deal means" in d.text, d.text


# --- K1: a teaser's text cut off after a word and an ellipsis --------------------------------

def test_a_text_cut_off_after_a_function_word_loses_it():
    c = _cleaned(tail="\nAll...\n")
    assert not c.text.rstrip().endswith("All..."), c.text
    assert any(r.reason.startswith("paywall") for r in c.removed)


def test_a_closing_word_of_content_with_an_ellipsis_stays():
    # twin: a last word that says something stays; and "All..." inside the text stays
    assert _cleaned(tail="\nRemarkable...\n").text.rstrip().endswith("Remarkable..."), _cleaned(tail="\nRemarkable...\n").text
    c = _cleaned(head="All...\n\n")
    assert "All..." in c.text, c.text


# --- K32: a dateline's place and country alone on the first line ------------------------------

def test_a_place_and_country_alone_over_the_lead_is_the_dateline():
    from storyline.clean import noise

    c = noise.clean_text("VELMORA, SWITZERLAND\n\n" + BODY, title="Port strike ends after three weeks", links=[])
    assert c.text.startswith("It was the longest strike"), c.text
    assert any(r.reason.startswith("dateline") for r in c.removed)


def test_a_capitals_line_whose_second_part_is_no_country_stays():
    # twin: a company's name in capitals ("VELMORA PORTS, INC.") is no dateline
    from storyline.clean import noise

    c = noise.clean_text("VELMORA PORTS, INC\n\n" + BODY, title="Port strike ends after three weeks", links=[])
    assert c.text.startswith("VELMORA PORTS, INC"), c.text


# --- K24: a caption closing on its source's credit as a link ("... via <a>Source</a>") ---------

def test_a_caption_closing_on_a_via_link_is_cut():
    d = _doc("""<p>The harbour gate on Monday morning via <a href="https://photos.example/">Velmora Photos</a></p>""")
    assert "The harbour gate on Monday morning" not in d.text, d.text
    assert any(r.reason.startswith("caption") and "via Velmora Photos" in r.text for r in d.removed)


def test_a_sentence_closing_on_a_via_link_stays():
    # twin: a sentence with its stop, ending on a source's link, is the article's
    d = _doc("""<p>The first pictures of the reopened harbour reached the newsroom on Monday morning via
    <a href="https://photos.example/">Velmora Photos</a>.</p>""")
    assert "reached the newsroom on Monday morning via Velmora Photos." in d.text, d.text

"""Round fifty-eight, mender m6: cleaning of the web pages, second round (seed 172 audit of
181 web pages read as one feed).

K20 (clean.html._drop_standfirst): a short subtitle under the headline, word for word the
page's <meta> description, opened the text; the subheading rule read only <head> lines of 8+
words. K34 (clean.html._respace_links): trafilatura cut a <br>-broken run of text at its
links and trimmed the spaces around them ("MacBook Prowas released", "Expercomis knocking");
the page's source says where the spaces were.

Bodies are written in trafilatura's XML (<p>, <ref>) beside the invented page source they
stand for; the texts are invented.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from storyline.clean import html as H

_LEAD = ("The harbour board voted on Tuesday to sell the old ferry pier to a trust of local "
         "fishermen, ending a dispute that has run for a decade.")


def _body(xml: str):
    return etree.fromstring(f"<body>{xml}</body>")


def _page(inner: str, description: str) -> object:
    return lxml_html.fromstring(
        f'<html><head><meta property="og:description" content="{description}"></head>'
        f"<body><h1>Pier sold</h1>{inner}</body></html>")


# --- K20: a short standfirst the <meta> description states -------------------------------------

def test_a_short_subtitle_the_description_states_goes():
    tree = _page(f'<span class="article-subtitle">Time runs short for the pier.</span><p>{_LEAD}</p>',
                 "Time runs short for the pier.")
    body = _body(f"<p>Time runs short for the pier.</p><p>{_LEAD}</p>")
    assert H._drop_standfirst(body, H._descriptions(tree), tree) == "Time runs short for the pier."
    assert H.body_text(body).startswith("The harbour board voted")


def test_twin_a_one_sentence_lead_paragraph_the_description_copies_stays():
    tree = _page(f"<p>{_LEAD}</p><p>The trust will pay in instalments.</p>", _LEAD)
    body = _body(f"<p>{_LEAD}</p><p>The trust will pay in instalments.</p>")
    assert H._drop_standfirst(body, H._descriptions(tree), tree) is None
    assert H.body_text(body).startswith("The harbour board voted")


def test_twin_a_lead_whose_first_sentence_the_description_copies_stays():
    first = "The harbour board voted on Tuesday to sell the old ferry pier."
    lead = first + " The trust will pay in instalments."
    tree = _page(f"<div>{lead}</div>", first)
    body = _body(f"<p>{lead}</p><p>More follows.</p>")
    assert H._drop_standfirst(body, H._descriptions(tree), tree) is None


def test_twin_a_subtitle_the_description_does_not_state_stays():
    tree = _page(f'<span class="article-subtitle">Time runs short.</span><p>{_LEAD}</p>', "Another summary.")
    body = _body(f"<p>Time runs short.</p><p>{_LEAD}</p>")
    assert H._drop_standfirst(body, H._descriptions(tree), tree) is None


# --- K34: a link's spaces trafilatura trimmed ---------------------------------------------------

_SOURCE = ('<div><span>The vote came late.<br><br>\nJust weeks after the last <a href="/p">Pier Trust</a> '
           'was formed, the board sold the pier. '
           '<strong><a href="/m">Marlow</a></strong> is buying the boats.<br><br></span></div>')


def test_a_link_cut_from_its_sentence_gets_its_spaces_back():
    tree = lxml_html.fromstring(_SOURCE)
    body = _body('<p>Just weeks after the last</p><p><ref target="/p">Pier Trust</ref>was formed, the board sold the pier.</p>'
                 '<p><ref target="/m">Marlow</ref>is buying the boats.</p>')
    H._respace_links(body, tree)
    text = H.body_text(body)
    assert "Just weeks after the last Pier Trust was formed, the board sold the pier." in text
    assert "Marlow is buying the boats." in text


def test_twin_a_link_the_source_glues_to_its_word_stays_glued():
    tree = lxml_html.fromstring('<div><span>The vote came late.<br><br>The <a href="/p">Pier Trust</a>s of '
                                'the town met.</span></div>')
    body = _body('<p>The vote came late.</p><p><ref target="/p">Pier Trust</ref>s of the town met.</p>')
    H._respace_links(body, tree)
    assert H.body_text(body) == "The vote came late.\n\nPier Trusts of the town met."


def test_twin_a_link_on_a_line_of_its_own_is_not_joined():
    tree = lxml_html.fromstring('<div><span>Read more from the board<br><br><a href="/p">Pier Trust</a> '
                                'news today.</span></div>')
    body = _body('<p>Read more from the board</p><p><ref target="/p">Pier Trust</ref> news today.</p>')
    H._respace_links(body, tree)
    assert H.body_text(body) == "Read more from the board\n\nPier Trust news today."


# --- K32: an excerpt's bracketed credit ---------------------------------------------------------

from storyline.clean import clean_record  # noqa: E402
from storyline.types import Record  # noqa: E402

_EXCERPT_A = ("The new console streams every game from the cloud, and on a good connection I could not "
              "tell it apart from a machine under the television.")
_EXCERPT_B = ("I found the controller comfortable, but the launch library is thin and the monthly fee "
              "buys only one game for now, which is a hard sell.")
_OURS = "Here is what the early reviews of the console say about its first week on sale in the shops."


def _cleaned(text: str) -> str:
    return clean_record(Record(source="r58m6.txt", text=text)).text


def test_an_excerpts_bracketed_outlet_credit_stays():
    text = _cleaned(f"{_OURS}\n\n{_EXCERPT_A}\n\n[Harbour Review]\n\n{_EXCERPT_B}\n\n[Pier Weekly]\n\n{_OURS}\n")
    assert "[Harbour Review]" in text
    assert "[Pier Weekly]" in text


def test_twin_bracketed_furniture_between_paragraphs_goes():
    for label in ("[Advertisement]", "[Photo]", "[Video]", "[Updated]", "[Editor's note]"):
        text = _cleaned(f"{_OURS}\n\n{_EXCERPT_A}\n\n{label}\n\n{_EXCERPT_B}\n")
        assert label not in text, label


def test_twin_a_blogs_lone_source_credit_at_the_end_goes():
    text = _cleaned(f"{_OURS}\n\n{_EXCERPT_A}\n\n{_EXCERPT_B}\n\n[Acmefeed]\n")
    assert "[Acmefeed]" not in text


def test_a_bracketed_link_crediting_a_blockquote_is_read_as_text():
    tree = lxml_html.fromstring(f"<div><blockquote><p>{_EXCERPT_A}</p></blockquote>"
                                '<p><strong>[</strong><a href="/r"><strong>The Harbour Review</strong></a><strong>]</strong></p>'
                                f"<p>{_OURS}</p></div>")
    assert H._unlink_excerpt_credits(tree) == 1
    assert tree.find(".//a") is None
    assert "[The Harbour Review]" in " ".join(tree.text_content().split())


def test_twin_a_bracketed_link_not_under_a_quote_keeps_its_link():
    tree = lxml_html.fromstring(f'<div><p>{_OURS}</p><p>[<a href="/r">The Harbour Review</a>]</p></div>')
    assert H._unlink_excerpt_credits(tree) == 0
    assert tree.find(".//a") is not None

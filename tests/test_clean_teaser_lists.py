"""Lists of other stories in a page saved as plain text: teasers cut short by an
ellipsis (in any language), and the headers of related-story lists that name their site
or section, or are written in another language. Each rule has a must-keep twin: an
article that trails off with an ellipsis, and a heading of the same look in an article."""

from __future__ import annotations

from storyline.clean.noise import clean_text

ARTICLE = [
    "Harbour officials in Velmora said on Tuesday that the old ferry pier will close for repairs from next month.",
    "The repairs will cost about 4 million euros and should take eight months, according to the port authority.",
    "Fishermen who moor at the pier said they had not been told where their boats should go in the meantime.",
    "The authority said a temporary pontoon would be ready before the work starts, and that fees would not rise.",
]
TEASERS = [
    ("Council votes to rename main square", "VELMORA: The town council voted on Monday to rename the main square after a local poet who..."),
    ("Bus drivers plan weekend strike", "VELMORA: Drivers of the town's buses will strike on Saturday and Sunday over a pay offer that the union called..."),
    ("New library opens in the old station", "VELMORA: The new public library in the old tram station opened its doors on Wednesday, with a reading room for…"),
]


def test_a_list_of_teasers_cut_short_goes_above_and_below_the_article():
    lines: list[str] = []
    for head, summary in TEASERS:
        lines += [head, summary]
    text = "\n\n".join(lines + ARTICLE + ["Top stories in Velmora", "Storm closes coastal road …", "Mayor opens new pool …",
                                          "Museum reopens after fire …"])
    c = clean_text(text)
    for p in ARTICLE:
        assert p in c.text
    assert "rename main square" not in c.text
    assert "weekend strike" not in c.text
    assert "reading room" not in c.text
    assert "coastal road" not in c.text
    assert any(r.reason.startswith("related: run of lines cut short by an ellipsis") for r in c.removed)


def test_truncated_headlines_in_another_language_go():
    heads = ["기적적 독도행 ‘어서와’, 노르웨..", "‘우아한 가’ 배종옥, 여태껏 이..", "설리, 무엇이 이 스물다섯 청춘의..",
             "주인공 자리까지 꿰찬 나영석 PD의.."]
    text = "\n\n".join(ARTICLE + heads)
    c = clean_text(text)
    for p in ARTICLE:
        assert p in c.text
    for h in heads:
        assert h not in c.text


def test_an_article_that_trails_off_between_its_paragraphs_stays_whole():
    # must keep: rhetorical ellipses in a blog post, each followed by the paragraph it opens
    lines = [
        "Here's the thing …",
        "Most small shops never plan their first year, and that is fine as long as they learn from it quickly.",
        "But once you have a product that sells, you will be ready for …",
        "The next big challenge, which is finding customers who come back and tell their friends about you.",
        "And then there is the question of price …",
        "Charge too little and you will never cover your costs, however hard you work through the year.",
    ]
    c = clean_text("\n\n".join(ARTICLE[:2] + lines + ARTICLE[2:]))
    for line in ARTICLE + lines:
        assert line in c.text


def test_two_truncated_lines_are_not_a_list():
    # must keep: a quotation that trails off, then a short line, then another one
    lines = ["“We waited and waited, and then...", "Nothing came", "“They told us to go home and...",
             "The port authority did not answer questions about the delay on Wednesday evening, a spokesman said."]
    c = clean_text("\n\n".join(ARTICLE[:2] + lines + ARTICLE[2:]))
    for line in lines:
        assert line in c.text


def test_headers_naming_their_site_or_section_open_a_list():
    for header in ["More Great Velmora Stories", "Most read in world news", "Top stories in Nation", "More from Velmora",
                   "Also on velmora.example"]:
        text = "\n\n".join(ARTICLE + [header, "Storm closes coastal road", "Mayor opens new pool", "Museum reopens after fire"])
        c = clean_text(text)
        for p in ARTICLE:
            assert p in c.text, header
        assert "coastal road" not in c.text, header
        assert "Museum reopens" not in c.text, header


def test_related_headers_in_other_languages_open_a_list():
    for header in ["Weitere Beiträge zum Thema", "Noticias relacionadas", "Você pode gostar...", "Articoli correlati",
                   "Похожие новости", "많이 본 칼럼"]:
        text = "\n\n".join(ARTICLE + [header, "Sturm sperrt die Küstenstraße", "Neues Hallenbad eröffnet", "Museum wieder offen"])
        c = clean_text(text)
        assert "Küstenstraße" not in c.text, header
        assert "Museum wieder offen" not in c.text, header


def test_headings_of_the_same_look_inside_an_article_stay():
    # must keep: a section heading that begins like a header ("More from the ...", "Most ...")
    # followed by the article's paragraph, and an inline "read also" pointer in Italian
    for heading in ["More money for schools", "Most people agree", "Leggi anche"]:
        text = "\n\n".join(ARTICLE[:2] + [heading] + ARTICLE[2:])
        c = clean_text(text)
        for p in ARTICLE:
            assert p in c.text, heading
    c = clean_text("\n\n".join(ARTICLE[:2] + ["More from the interview"] + ARTICLE[2:]))
    for p in ARTICLE:
        assert p in c.text


GLUED = [
    "Police Arrest Two After Break-In At Velmora BakeryA man and a woman were arrested on Monday after the bakery on the quay was broken into overnight.",
    "Council Approves New Cycle Lanes On Harbour RoadThe council approved the lanes after a long debate about parking for the shops along the road.",
    "Velmora Couple Finds Old Letters During Home RenovationThe letters were hidden under the floor of the kitchen and date from the war years.",
]


def test_headlines_glued_to_their_teasers_in_a_list_go():
    c = clean_text("\n\n".join(ARTICLE + GLUED))
    for p in ARTICLE:
        assert p in c.text
    for g in GLUED:
        assert g not in c.text
    assert any(r.reason.startswith("related: another story's headline glued") for r in c.removed)


def test_camel_case_names_in_sentences_are_no_seam():
    # must keep: names written in camel case at a title-case opening, three times
    lines = [
        "Los Angeles Lakers Forward LeBron James scored thirty points as the team won again on the road in Texas.",
        "Singer John McFee will join the band on stage for the first time in years when the tour opens in spring.",
        "Apple Released New MacBook Pro models with a keyboard that the company said was quieter and more reliable.",
        "New York State Attorney General Letitia James said the office was looking at the company's accounts closely.",
    ]
    c = clean_text("\n\n".join(ARTICLE[:2] + lines + ARTICLE[2:]))
    for line in lines:
        assert line in c.text


def test_two_glued_lines_are_not_a_list():
    c = clean_text("\n\n".join(ARTICLE[:2] + GLUED[:2] + ARTICLE[2:]))
    for g in GLUED[:2]:
        assert g in c.text


def test_a_run_of_truncated_lines_heads_no_list():
    # must keep: the heading after a run of cut-short teasers is the article's, not a link
    teasers = ["Storm closes coastal road after the night's high tide and the council says the...",
               "Mayor opens the new pool in the east of the town and promises a second one on the...",
               "Museum reopens after the fire that closed it last spring, with a room given to the..."]
    c = clean_text("\n\n".join(ARTICLE[:2] + teasers + ["Harbour works"] + ARTICLE[2:]))
    assert "Harbour works" in c.text
    for p in ARTICLE:
        assert p in c.text
    for t in teasers:
        assert t not in c.text


def test_share_counters_and_short_link_buttons_go():
    for line in ["258 Shares", "1.2K shares", "Get short URL", "Follow RT on", "Follow us on"]:
        c = clean_text("\n\n".join(ARTICLE[:2] + [line] + ARTICLE[2:]))
        assert line not in c.text, line
        assert any(r.reason.startswith("boilerplate") for r in c.removed), line


def test_lines_about_shares_and_following_stay():
    # must keep: the same words in the article's own sentences
    lines = ["He sold 258 shares of the ferry company on Monday, a filing showed.",
             "Follow the money, the harbour master told the council on Tuesday."]
    c = clean_text("\n\n".join(ARTICLE[:2] + lines + ARTICLE[2:]))
    for line in lines:
        assert line in c.text


def test_a_caption_with_its_credit_glued_on_goes():
    for line in ["The hunter had killed and eaten a rabbit near the townCredit: Getty - Contributor",
                 "The mayor at the harbour last week.Credit...Jane Roe/The Velmora Times"]:
        c = clean_text("\n\n".join(ARTICLE[:2] + [line] + ARTICLE[2:]))
        assert line not in c.text, line
        assert any(r.reason.startswith("caption") for r in c.removed), line


def test_credit_in_a_sentence_stays():
    # must keep: "credit" as a word of the article, after a space or in lower case
    lines = ["The port gave the fishermen credit: they had kept the pier open through the storm.",
             "Harbour Credit: the new loan scheme for boat owners opens in spring, the authority said."]
    c = clean_text("\n\n".join(ARTICLE[:2] + lines + ARTICLE[2:]))
    for line in lines:
        assert line in c.text

"""The noise cleaner on texts written here (a fictional outlet), not the corpus."""

from __future__ import annotations

import pytest

from storyline.clean import noise

# A fictional article with the kinds of noise real pages carry, worded differently
# from the huawei-us corpus.
LEDGER = """Port of Velmora Reopens After Three-Week Strike

Port of Velmora Reopens After Three-Week Strike

Tags: Shipping, Labour, Velmora

By Priya Nandakumar

Dockworkers at the Port of Velmora returned to work on Monday after a three-week strike that stranded more than 40 container ships in the bay.

Cranes lit up at dawn (Photo: Tomas Ferreira/Harbor Ledger)

The harbour authority said the backlog of cargo would take at least ten days to clear, according to a statement released late on Sunday.

What the deal includes

Union leader Odile Marchetti said the agreement raises wages by 6 percent over two years and limits night shifts to four a week.

"We did not get everything, but we got what matters," Marchetti told reporters outside the terminal gates.

Will prices come down?

Importers warned that shipping surcharges added during the strike were unlikely to disappear before the end of the quarter.

Do you think the strike was worth it? Share your thoughts in the comments below.

Priya Nandakumar has covered maritime trade for the Ledger since 2015. She is based in Lisbon and previously wrote for several business publications, with over 12 years of reporting experience.

Get the Harbor Ledger's weekday newsletter in your inbox. Sign up today, it's free.

© 2023 Harbor Ledger Media. All rights reserved.

3 Comments

seadog77
5 hours ago
The strike was the only way they would listen. Good for the workers.
Reply

marlin_k
4 hours ago
My shipment has been stuck for a month, so I am glad it is over.
Reply
"""

BODY = [
    "Dockworkers at the Port of Velmora returned to work on Monday",
    "The harbour authority said the backlog of cargo would take at least ten days",
    "Union leader Odile Marchetti said the agreement raises wages by 6 percent",
    '"We did not get everything, but we got what matters," Marchetti told reporters',
    "Importers warned that shipping surcharges added during the strike",
]


def kinds(cleaned):
    return [r.reason.split(":")[0] for r in cleaned.removed]


def removed_with(cleaned, fragment):
    hits = [r for r in cleaned.removed if fragment in r.text]
    assert hits, f"{fragment!r} is not in removed"
    return hits[0]


def test_body_survives_and_noise_goes():
    c = noise.clean_text(LEDGER)
    for sentence in BODY:
        assert sentence in c.text
    for fragment, kind in [
        ("Tags: Shipping", "label"),
        ("Cranes lit up at dawn", "caption"),
        ("Share your thoughts in the comments", "engagement"),
        ("has covered maritime trade", "bio"),
        ("weekday newsletter", "promo"),
        ("All rights reserved", "legal"),
        ("3 Comments", "comments"),
        ("seadog77", "comments"),
        ("glad it is over", "comments"),
        ("By Priya Nandakumar", "byline"),
    ]:
        assert fragment not in c.text, fragment
        assert removed_with(c, fragment).reason.startswith(kind), (fragment, removed_with(c, fragment).reason)


def test_title_repeats_and_headings():
    c = noise.clean_text(LEDGER)
    assert c.title == "Port of Velmora Reopens After Three-Week Strike"
    assert "Reopens After Three-Week Strike" not in c.text
    assert kinds(c).count("headline") == 2
    heads = [c.text[h.start:h.end] for h in c.headings]
    assert heads == ["What the deal includes", "Will prices come down?"]


def test_metadata_from_removed_blocks():
    c = noise.clean_text(LEDGER)
    assert c.authors == ["Priya Nandakumar"]
    assert c.outlet in ("Harbor Ledger", "Harbor Ledger Media")


def test_every_removed_block_is_verbatim_and_placed():
    c = noise.clean_text(LEDGER)
    paragraphs = c.text.split("\n\n")
    for p in paragraphs:
        assert p in LEDGER
    starts = {0}
    pos = 0
    for p in paragraphs:
        starts.add(pos)
        pos += len(p) + 2
    starts.add(len(c.text))
    for r in c.removed:
        assert r.text in LEDGER
        assert r.at in starts  # a paragraph boundary of the cleaned text
        assert r.reason.split(":")[0] and ":" in r.reason


def test_removed_at_points_where_the_block_stood():
    c = noise.clean_text(LEDGER)
    caption = removed_with(c, "Cranes lit up")
    assert c.text[caption.at:].startswith("The harbour authority said")
    tail = removed_with(c, "3 Comments")
    assert tail.at == len(c.text)


def test_second_person_article_keeps_its_advice():
    text = """How to Keep Tomatoes Alive in a Heatwave

Water your plants early in the morning, before the sun is high, so the roots can drink before the heat arrives.

Give each plant a deep soak rather than a daily sprinkle; you want the water to reach the lower roots where it stays cool.

Cover the soil with straw or dry leaves. Your mulch keeps the ground several degrees cooler and slows evaporation.

Move potted tomatoes into the shade of a wall in the afternoon if you can, and check the leaves for curling every evening.

Sign up for our gardening newsletter to get a planting calendar in your inbox every month.
"""
    c = noise.clean_text(text)
    for fragment in ["Water your plants early", "Give each plant a deep soak", "Cover the soil with straw", "Move potted tomatoes"]:
        assert fragment in c.text
    assert "gardening newsletter" not in c.text
    assert removed_with(c, "gardening newsletter").reason.startswith("promo")


def test_body_mentions_of_noise_words_stay():
    text = """Regulators in Norland fined the broadcaster for misleading newsletters sent to subscribers in 2021.

The company said it had stopped the campaign and would let customers leave their contracts without a fee.

A spokesperson said readers who had signed up for the newsletter would be contacted by email this week.

The broadcaster's chief executive, Lena Holt, began her career as a reporter and has 20 years of experience in media.

She said the fine would be paid in full before the end of the month.
"""
    c = noise.clean_text(text)
    assert c.text == "\n\n".join(p for p in text.strip().split("\n\n"))
    assert c.removed == []


def test_comment_marker_early_in_the_page_does_not_swallow_the_article():
    text = """Comments (12)

The city council approved the new tram line on Thursday by a vote of nine to two.

Construction is expected to begin next spring and to last about three years, officials said.

The line will connect the northern suburbs with the central station and the university campus.
"""
    c = noise.clean_text(text)
    assert "approved the new tram line" in c.text
    assert "connect the northern suburbs" in c.text
    assert removed_with(c, "Comments (12)").reason.startswith("comments")


def test_plain_page_text_drops_navigation_and_teasers():
    nav = "\n".join(
        ["Home", "World", "Business", "Sport", "Weather", "Culture", "Travel", "Opinion", "Video", "Podcasts", "Subscribe", "Sign in"]
    )
    teasers = "\n".join(
        [
            "More from Sport",
            "Ravens sign new goalkeeper",
            "The club confirmed the transfer on Friday.",
            "Heat wave hits the coast",
            "Temperatures are expected to pass 40C.",
            "Trending",
            "Election results live",
            "Markets close higher",
            "Ferry strike ends after talks",
            "Unions agreed to a new deal late on Sunday.",
            "Follow us",
            "Facebook",
            "Instagram",
        ]
    )
    body = "\n".join(
        [
            "The regional rail operator will add twelve trains a day between Asterby and Colm from next month, the transport ministry announced.",
            "The extra services follow complaints about overcrowding on the morning commute, which a passenger survey found was the worst in the country.",
            "Tickets will not go up in price, the ministry said, although a review of off-peak fares is planned for the autumn.",
        ]
    )
    page = nav + "\n" + body + "\n" + teasers + "\n© 2024 Asterby Post. All rights reserved.\nPrivacy Policy\nTerms of Use"
    c = noise.clean_text(page)
    units = noise._segment(page)
    for u in units:
        noise._classify(u, None)
    assert noise._page_like(units)
    assert c.text.split("\n\n") == body.split("\n")
    assert "Ravens sign" not in c.text and "Heat wave" not in c.text
    assert all(r.text in page for r in c.removed)


def test_link_dense_lines_in_html_mode():
    text = """Shares in Orvik Energy rose 8 percent after the company reported record quarterly profit on Tuesday.

Analysts had expected a smaller gain because of lower gas prices during the summer months.

Orvik Energy stock | Gas prices today | Markets live blog"""
    links = ["Orvik Energy stock", "Gas prices today", "Markets live blog"]
    c = noise.clean_text(text, links=links)
    assert "Markets live blog" not in c.text
    assert removed_with(c, "Markets live blog").reason.startswith("links")
    assert "record quarterly profit" in c.text


def test_hard_wrapped_paragraphs_stay_whole():
    text = (
        "The committee will publish its final report on the collapse of the\n"
        "Brennick Bridge in March, its chair said on Wednesday, after hearing\n"
        "evidence from more than forty engineers and inspectors.\n"
        "\n"
        "Repairs to the approach roads are due to finish before the report is\n"
        "published, according to the county's highways department, which has\n"
        "not said how much the work will cost.\n"
    )
    c = noise.clean_text(text)
    paragraphs = c.text.split("\n\n")
    assert len(paragraphs) == 2
    assert "collapse of the\nBrennick Bridge" in paragraphs[0]


def test_article_is_never_cut_like_a_page():
    """In an article (not a whole page), prose outside the body span stays."""
    for middle in ["By the time officials arrived, the fire had spread", "About Jane Roe", "Read more"]:
        text = (
            "The council met on Monday to discuss the budget for the next year and beyond.\n\n"
            + middle
            + "\n\nThe mayor said the budget would pass easily next week, as expected by most."
        )
        c = noise.clean_text(text)
        assert "The council met on Monday" in c.text
        assert "The mayor said the budget would pass" in c.text
    assert "By the time officials arrived" in noise.clean_text(text.replace("Read more", "By the time officials arrived, the fire had spread")).text


def test_list_heavy_article_is_not_a_page():
    """Many short lines but no page furniture: an article (a plan, a recipe) keeps them."""
    lines = ["The city published its winter gritting plan for the 40 main routes on Tuesday, officials said."]
    for n in range(1, 16):
        lines += [f"Route {n}", f"Gritted from 5am, lorry {n}"]
    lines.append("Residents can report icy pavements to the council by phone, the plan says.")
    text = "\n".join(lines)
    c = noise.clean_text(text)
    assert c.text.split("\n\n") == lines


def test_empty_and_tiny_inputs():
    assert noise.clean_text("").text == ""
    assert noise.clean_text("   \n\n  ").text == ""
    c = noise.clean_text("Just one short line")
    assert c.text == "Just one short line" or c.title == "Just one short line"


TRICKY_BODY = [
    "Copyright infringement cases rose in 2019, the trade body said in its annual report.",
    "The company's privacy policy was changed in 2019 after the regulator's inquiry.",
    "Under the new rules, websites must ask before they use cookies to personalise advertising, and GDPR fines can reach 4 percent of turnover.",
    "By the time firefighters arrived, the warehouse roof had collapsed.",
    "Posted Monday on the ministry's website, the notice gave residents two weeks to object to the plan.",
    "The agency released a video by its chief engineer explaining the delay.",
    "Take the case of the northern line, which has run late on most days since March.",
    "Summary judgments were issued in both cases on Thursday, the court clerk said.",
    "Readers of the Velmora Courier's newsletter were the first to learn of the closure.",
    "Follow-up inspections found no further cracks in the dam, engineers said.",
    "About 300 people attended the meeting, which lasted more than four hours.",
    "Share prices in Orvik Energy fell 3 percent after the announcement.",
    "Ms. Adeyemi, who has covered the industry for a decade as an analyst, said she expected more closures.",
]


def test_tricky_body_sentences_survive():
    """Body sentences that share words with the noise lexicons are not cut."""
    text = "\n\n".join(TRICKY_BODY)
    c = noise.clean_text(text)
    assert c.removed == [], [r.reason for r in c.removed]
    assert c.text == text


def test_tricky_body_sentences_survive_one_per_line():
    text = "\n".join(TRICKY_BODY)
    c = noise.clean_text(text)
    for sentence in TRICKY_BODY:
        assert sentence in c.text


def test_headings_with_single_newlines_and_lists():
    text = "\n".join(
        [
            "The festival will return to the old harbour in June, the organisers said on Friday.",
            "Tickets and prices",
            "Day passes will cost 45 euros, and children under twelve will get in free.",
            "Bands confirmed so far:",
            "The Lanterns",
            "Mira Sol",
            "Organisers expect about 20,000 visitors over the three days of the event.",
        ]
    )
    c = noise.clean_text(text)
    assert c.text.split("\n\n") == text.split("\n")
    heads = [c.text[h.start:h.end] for h in c.headings]
    assert heads == ["Tickets and prices"]


PLATEAU = """Drought forces Castellan farmers to sell herds early
Share this article
By Ana Beltrán and Rui Costa
Published: 14 August 2024
Farmers across the Castellan plateau are selling cattle months ahead of schedule as the worst drought in three decades dries up pastures and wells.
A dry riverbed near Oruel. Photograph: Ana Beltrán/The Plateau Times
Livestock auctions in Oruel recorded 2,300 head sold in July, nearly double the number a year earlier, according to the regional farmers' association.
"We have no grass and hay costs three times what it did," said Tomé Vidal, who sold half of his 80 cows last week.
Read more: Water restrictions extended to 40 towns
The regional government has promised emergency feed subsidies, but farmers say the money has not yet arrived.
Have a story about the drought? Email us at tips@plateautimes.example
Ana Beltrán is a senior reporter at The Plateau Times covering agriculture and climate. Follow her on X @anabeltran.
This article originally appeared in The Plateau Times weekend edition.
Comments are closed.
"""


def test_second_layout_single_lines_noise_first_and_last():
    """Another layout: no blank lines, byline and date on top, tagline-style bio."""
    c = noise.clean_text(PLATEAU)
    assert c.text.split("\n\n") == [
        line for line in PLATEAU.splitlines()
        if line.startswith(("Farmers across", "Livestock auctions", '"We have no grass', "The regional government"))
    ]
    expected = {
        "Share this article": "boilerplate",
        "By Ana Beltrán and Rui Costa": "byline",
        "Published: 14 August 2024": "dateline",  # a publication stamp: read into the dateline
        "A dry riverbed near Oruel": "caption",
        "Read more: Water restrictions": "label",
        "Email us at tips@": "engagement",
        "is a senior reporter at The Plateau Times": "bio",
        "originally appeared in": "boilerplate",
        "Comments are closed.": "comments",
    }
    for fragment, kind in expected.items():
        assert removed_with(c, fragment).reason.startswith(kind), (fragment, removed_with(c, fragment).reason)
    assert c.title == "Drought forces Castellan farmers to sell herds early"
    assert c.authors == ["Ana Beltrán", "Rui Costa"]
    assert c.outlet == "The Plateau Times"
    assert c.dateline.date == "2024-08-14"


def test_second_copy_of_the_article_on_a_page_is_cut():
    body = [
        "The bridge will be closed to traffic for six weeks from Monday, the city said in a statement.",
        "Cyclists and pedestrians will still be able to cross on the north side of the bridge.",
        "Repairs to the deck are expected to cost about 2 million euros, officials estimated.",
    ]
    nav = ["Home", "News", "City", "Sport", "Culture", "Weather", "Jobs", "Search", "Menu", "Login"]
    page = "\n".join(nav + body + nav + ["Related", "2024-05-03T08:00:00", "Page 1"] + body + nav)
    c = noise.clean_text(page)
    assert c.text.split("\n\n") == body
    assert any(r.reason.startswith("duplicate") for r in c.removed)


def test_repeated_lines_in_an_article_stay():
    text = "\n\n".join(
        [
            "Breakfast",
            "Drink a glass of water within 30 minutes after you wake up.",
            "Lunch",
            "Drink a glass of water within 30 minutes after you wake up.",
        ]
    )
    assert noise.clean_text(text).text == text


def test_profile_of_a_source_at_the_end_is_body_not_bio():
    text = "\n\n".join(
        [
            "Orvik Energy will build a second wind farm off the northern coast, its chief executive said on Tuesday.",
            "Follow the money",
            "The project is expected to cost 1.2 billion euros and to be finished by 2029.",
            "Chief executive Marta Lind, who joined Orvik in 2009, has over 20 years of experience in the energy sector. She is based in Bergen.",
        ]
    )
    c = noise.clean_text(text)
    assert c.text == text
    assert [c.text[h.start:h.end] for h in c.headings] == ["Follow the money"]


MARROW = """Ministers approve new coastal defence plan

Image source, Getty Images
Image caption, Waves breaking over the sea wall at Marrow Bay last winter

The government has approved a 300 million pound plan to strengthen sea walls along 40 miles of the eastern coast.

Story continues below advertisement

Environment minister Carla Voss said the work would protect about 12,000 homes from flooding over the next 50 years.

Advertisement

Local councils had warned that several stretches of the existing defences could fail within a decade.

Follow Carla's team on Twitter: @coastwatch

More on this story
Sea walls: how do they work?
Marrow Bay residents fear for homes

Related Topics
Flooding
Climate change

(Reporting by Tom Hale; Editing by Ruth Mbeki)
"""


def test_third_layout_broadcaster_style_captions_and_link_lists():
    c = noise.clean_text(MARROW)
    assert c.text.split("\n\n") == [
        "The government has approved a 300 million pound plan to strengthen sea walls along 40 miles of the eastern coast.",
        "Environment minister Carla Voss said the work would protect about 12,000 homes from flooding over the next 50 years.",
        "Local councils had warned that several stretches of the existing defences could fail within a decade.",
    ]
    for fragment, kind in {
        "Image source, Getty Images": "caption",
        "Image caption, Waves breaking": "caption",
        "Story continues below advertisement": "boilerplate",
        "Follow Carla's team on Twitter": "promo",
        "More on this story": "related",
        "Marrow Bay residents fear for homes": "related",
        "Climate change": "related",
        "(Reporting by Tom Hale": "boilerplate",
    }.items():
        assert removed_with(c, fragment).reason.startswith(kind), (fragment, removed_with(c, fragment).reason)
    assert c.authors == ["Tom Hale"]


def test_role_bylines_gallery_counters_and_contact_lines():
    text = """Nadia Ferro, Senior Science Correspondent

Photo 1 of 12

The observatory detected a burst of radio waves from a galaxy three billion light years away, its director said.

Caption

Astronomers will point two more telescopes at the same region next month to look for a repeat.

Write to Nadia Ferro at n.ferro@example.org
"""
    c = noise.clean_text(text)
    assert c.text.split("\n\n") == [
        "The observatory detected a burst of radio waves from a galaxy three billion light years away, its director said.",
        "Astronomers will point two more telescopes at the same region next month to look for a repeat.",
    ]
    assert removed_with(c, "Senior Science Correspondent").reason.startswith("byline")
    assert removed_with(c, "Photo 1 of 12").reason.startswith("boilerplate")
    assert c.authors == ["Nadia Ferro"]


def test_quote_with_at_and_said_is_not_comment_furniture():
    text = "\n\n".join(
        [
            "The coach said the team would rest its injured players for the rest of the week before the final.",
            "“I haven’t spoken to the physios at all,” Boudreau said.",
        ]
    )
    assert noise.clean_text(text).text == text


def test_a_lead_with_said_on_a_weekday_and_numbers_is_body():
    lead = "Harbour Ferries said on Thursday that fewer than 300 crew had joined the walkout, disputing the union's figure of 1,200."
    text = "\n\n".join([lead, "The company said most crossings ran on time and that talks would resume next week with a mediator."])
    c = noise.clean_text(text)
    assert lead in c.text
    assert not c.removed


def test_a_short_comment_time_stamp_line_is_still_furniture():
    text = "\n\n".join(
        [
            "The council approved the new cycle lanes after a two-hour debate on Tuesday evening in the town hall.",
            "Work on the first two kilometres along the river road will start in May, the council said, and the whole network should be finished by the end of next year.",
            "Comments",
            "Ray Kowalski said on March 3, 2021 at 5:06 pm:",
            "About time, the old lanes were a death trap.",
        ]
    )
    c = noise.clean_text(text)
    assert "5:06" not in c.text and "death trap" not in c.text


# A question that is the article's own sentence is not a call to action (audit
# H1N1_guardian K12: the lead, glued behind a photo credit, was cut as one): a clause
# before the colon states something, then the article asks; a question put to the
# reader opens the sentence or follows a short label.
_CHURCH_BODY = (
    "\n\nThe epidemic has tapped the country's deep religious sentiment, but the church has had to suspend masses."
    "\n\nPriests said they would hold services on the radio and on television instead, starting on Sunday."
)


def test_article_question_after_a_photo_credit_stays():
    q = ("For the island's Catholic church it is a hard choice: how do you comfort the faithful in a time "
         "of fear if you may not hold their hands?")
    text = "A near-empty church in the capital.\n\nPhotograph: Jane Roe/AFP/Getty " + q + _CHURCH_BODY
    c = noise.clean_text(text)
    assert c.text.startswith(q)
    assert not any(r.reason.startswith("cta") for r in c.removed)


@pytest.mark.parametrize("ask", [
    "Have you been affected by the outbreak?",
    "Your say: have you been affected by the outbreak?",
    # a label before the dash, no statement: a promo of another story
    "The new single-rate council tax - how will your bill change?",
    # an aside does not hide the reader the question itself asks
    "And you, the reader, what would you have done?",
])
def test_question_put_to_the_reader_is_cut(ask):
    # must-cut twin: the question to the reader, at the end of the article
    c = noise.clean_text("The church has suspended masses across the country." + _CHURCH_BODY + "\n\n" + ask)
    assert ask not in c.text
    assert any(r.text == ask for r in c.removed)


@pytest.mark.parametrize("q", [
    "But surely, you might think, the priests could hold a few services outdoors to see if anyone came?",
    "Could the bishop, you wonder, not have asked the government for an exception?",
])
def test_rhetorical_question_with_you_as_an_aside_stays(q):
    # must-keep twin: "you" only in an aside set off by commas addresses no one; the
    # question is the writer's own (it was cut as a call to action at an article's end)
    c = noise.clean_text("The church has suspended masses across the country." + _CHURCH_BODY + "\n\n" + q)
    assert q in c.text


def test_article_question_after_a_stating_clause_with_any_verb_stays():
    # must-keep twin of the label: a clause with a verb not in the list ("leads")
    q = "And this in turn leads to another tricky question: how much coal would it take to run them all?"
    c = noise.clean_text("The church has suspended masses across the country." + _CHURCH_BODY + "\n\n" + q)
    assert q in c.text

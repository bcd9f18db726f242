"""Authors and outlet from removed blocks (bylines, bios, promos, legal lines)."""

from __future__ import annotations

from storyline.clean import metadata


def test_authors_from_bylines_and_bios():
    removed = [
        ("By Jane Roe and Tomás Okafor", "byline: author credit line"),
        ("About Mirela Dragan", "bio: 'About <author>' header"),
        ("Kwame Mensah has reported from West Africa since 2009 and is based in Accra.", "bio: third-person career description"),
        ("By 2030 the plant will close", "byline: author credit line"),
        ("About the author: Lin Wei", "bio: header"),
    ]
    assert metadata.authors(removed) == ["Jane Roe", "Tomás Okafor", "Mirela Dragan", "Kwame Mensah", "Lin Wei"]


def test_authors_ignore_other_kinds():
    assert metadata.authors([("About Daniel Sadler", "label: not a bio")]) == []
    assert metadata.authors([("Join the discussion", "comments: header")]) == []


def test_outlet_clues():
    assert metadata.outlet([("Start every morning with The Lantern's free daily newsletter. Sign up.", "promo: x")]) == "The Lantern"
    assert metadata.outlet([("© 2021 Northfield Gazette. All rights reserved.", "legal: x")]) == "Northfield Gazette"
    assert metadata.outlet([("Copyright 2019 Kestrel Media Group", "legal: x")]) == "Kestrel Media Group"
    assert metadata.outlet([("Reporting by Orbit Wire staff", "byline: x")]) == "Orbit Wire"
    assert metadata.outlet([("Subscribe to Harbourlight for unlimited access.", "promo: x")]) == "Harbourlight"


def test_outlet_not_taken_from_reader_comments_or_missing():
    assert metadata.outlet([("I read it in The Courier's weekly newsletter", "comments: reader comment")]) is None
    assert metadata.outlet([("Leave a Reply", "comments: header")]) is None
    assert metadata.outlet([]) is None


def test_a_position_mark_in_a_caption_is_no_copyright_line():
    """Round twenty-two (20v): "(C)" marking who stands in the centre of a picture, followed
    by the caption's verb, named no outlet (the seed-67 audit's claimant "burn off ... from")."""
    caption = "The tug Marlin (L) and the barge Osprey (C) pump water onto the burning hull near the pier."
    assert metadata.outlet([(caption, "headline: caption above the dateline")]) is None
    item = "Viewers may (a) write in, (b) phone in, or (c) comment on the show page."
    assert metadata.outlet([(item, "boilerplate: x")]) is None
    # the twin: the sign in any case before a capitalised owner is still the outlet's line
    assert metadata.outlet([("(c) 2010 Northfield Gazette", "legal: x")]) == "Northfield Gazette"
    assert metadata.outlet([("COPYRIGHT 2008 Kestrel Media", "legal: x")]) == "Kestrel Media"

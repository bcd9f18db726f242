"""Round twenty-nine (issue 16, K8 of H1N1_reuters' seed-101 audit): a wire reporter's bio
of several lines closing the text is cut (page_furniture.reporter_bios); a subject's profile
closing a story, a bio-shaped run about someone named above, and a run with a line about
someone else stay."""

from __future__ import annotations

from storyline.clean.noise import clean_text

STORY = "\n\n".join([
    "Sales of soap and hand gel rose sharply this week as shoppers stocked up against the flu.",
    "Chemists in three cities said their shelves had been cleared by Wednesday afternoon.",
    "Makers of the gels are adding shifts at their plants to keep up with the orders.",
    "Officials said the number of new cases had begun to fall in the worst-hit region.",
])
BIO = [
    "Jane Roe is based in Port Ellery and leads the agency's retail team.",
    "Previously, Jane covered the shipping industry for four years.",
    "She joined the agency in 2001 from a daily paper in the north.",
    "Jane graduated from the University of Port Ellery with a degree in history.",
]


def _bios(text: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith("bio: a reporter's bio")]


def test_a_reporters_bio_closing_the_text_is_cut():
    c = clean_text(STORY + "\n\n" + "\n\n".join(BIO))
    assert c.text == STORY
    assert len(_bios(STORY + "\n\n" + "\n\n".join(BIO))) == 1


def test_a_subjects_profile_closing_the_story_stays():
    # no word of a reporter's trade in the run
    profile = "\n\n".join([
        "Tom Fell joined the company in 1999 after a merger with a rival firm.",
        "He became its finance director in 2004 and its chief executive last year.",
    ])
    c = clean_text(STORY + "\n\n" + profile)
    assert "Tom Fell joined the company" in c.text and "He became its finance director" in c.text


def test_a_bio_shaped_run_about_someone_named_above_stays():
    story = STORY + "\n\nJane Roe, a shop owner, said she had sold out of masks twice."
    text = story + "\n\n" + "\n\n".join(BIO)
    assert _bios(text) == []


def test_a_line_about_someone_else_breaks_the_run():
    lines = [*BIO[:2], "The agency's chief editor praised the team's work this year.", *BIO[2:]]
    assert _bios(STORY + "\n\n" + "\n\n".join(lines)) == []

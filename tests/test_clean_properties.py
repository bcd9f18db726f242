"""Property tests: the cleaner never crashes and never invents or rewrites text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean import noise

LINES = [
    "The minister said the budget would be published on Tuesday after months of delay.",
    "Officials expect the new bridge to open in 2026, two years later than planned.",
    "Summary: a short standfirst line",
    "Topics: Politics, Budget",
    "A crowd outside parliament (Getty Images)",
    "Sign up for our daily newsletter and get the news in your inbox.",
    "What do you think? Let us know in the comments below.",
    "About Jane Roe",
    "Jane Roe has covered politics for a decade and is based in Lisbon, with 12 years of reporting experience.",
    "Leave a Reply",
    "3 hours ago",
    "Reply",
    "• a bullet comment from a reader",
    "© 2024 Example Media. All rights reserved.",
    "Section heading",
    "Why does it matter?",
    "",
    "   ",
    "Home",
    "we use cookies to improve your experience",
]

documents = st.lists(
    st.one_of(st.sampled_from(LINES), st.text(max_size=80)),
    max_size=25,
).map(lambda parts: "\n".join(parts))
separators = st.sampled_from(["\n", "\n\n", "\r\n", "\n   \n"])


def check(text: str, title: str | None = None, links: list[str] | None = None) -> None:
    c = noise.clean_text(text, title=title, links=links)
    if c.text:
        for paragraph in c.text.split("\n\n"):
            assert paragraph in text
    for r in c.removed:
        assert r.text and r.text in text
        assert 0 <= r.at <= len(c.text)
        assert r.reason and ":" in r.reason
    for h in c.headings:
        assert 0 <= h.start < h.end <= len(c.text)
        assert "\n\n" not in c.text[h.start:h.end]
        assert c.text[h.start:h.end] in text


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text(text):
    check(text)


@settings(derandomize=True, max_examples=200, deadline=None)
@given(documents, st.one_of(st.none(), st.sampled_from(LINES[:3]), st.text(max_size=30)))
def test_line_mixtures(text, title):
    check(text, title=title)


@settings(derandomize=True, max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=20), separators, st.lists(st.sampled_from(["Home", "Reply", "budget", "x"]), max_size=3))
def test_html_mode(lines, sep, links):
    check(sep.join(lines), links=links)


@settings(derandomize=True, max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=20), separators)
def test_kept_body_lines_are_whole(lines, sep):
    text = sep.join(lines)
    c = noise.clean_text(text)
    kept = c.text.split("\n\n") if c.text else []
    # every kept paragraph is one or more whole input lines, never a fragment
    for paragraph in kept:
        for line in paragraph.split("\n"):
            assert line.strip() in [x.strip() for x in LINES]

"""Round eighteen (16x): a bullet sign saved as the word "cents" opening a line (a
mis-encoded "•") is cut, the line stays; must-keep twins for a price wrapped over a line's
end, "cents" in prose, and the sign alone. Invented texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import clean_text

LEAD = ("Health officials in Port Ellery said on Tuesday that the number of people taken ill had risen again, "
        "and that two schools would stay shut until next week.\n\n"
        "The council said it would review its advice on Friday after talks with the regional health board.\n\n")
POINT = "There are now 15 confirmed cases in the county, most of them among pupils of Acme High School."


def _reasons(text: str) -> list[tuple[str, str]]:
    return [(r.reason.split(":")[0], r.text) for r in clean_text(text).removed]


def test_mangled_bullet_opening_a_line_is_cut_and_the_line_kept():
    text = LEAD + "cents " + POINT + "\n\ncents Jane Roe, the county's health officer, said no patient was seriously ill.\n"
    c = clean_text(text)
    assert ("separator", "cents") in _reasons(text)
    assert POINT in c.text and "cents" not in c.text
    assert "Jane Roe, the county's health officer, said no patient was seriously ill." in c.text


def test_price_wrapped_over_a_line_end_keeps_cents():
    text = LEAD + "Shares in Acme Corp rose 50\n\ncents Tuesday to close at $12.40, their highest since March.\n"
    c = clean_text(text)
    assert "cents Tuesday to close at $12.40" in c.text
    assert all(r.text != "cents" for r in c.removed)


def test_cents_in_prose_stays():
    text = LEAD + "cents a share was all the dividend came to, Jane Roe said.\n\nAcme paid 40 cents Tuesday.\n"
    c = clean_text(text)
    assert "cents a share was all the dividend came to" in c.text
    assert "Acme paid 40 cents Tuesday." in c.text
    assert all(r.text != "cents" for r in c.removed)


def test_cents_sign_alone_is_not_this_rule():
    text = LEAD + "cents Acme\n\n" + POINT + "\n"
    assert all(r.reason.split(":")[0] != "separator" or r.text != "cents" for r in clean_text(text).removed)


_WORDS = st.sampled_from(["the", "council", "said", "schools", "would", "open", "again", "on", "Monday", "after", "talks"])


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Jane", "Acme", "The", "Port", "Officials", "Schools"]), st.lists(_WORDS, min_size=4, max_size=14))
def test_only_the_sign_goes(first, rest):
    point = " ".join([first, *rest]) + "."
    c = clean_text(LEAD + "cents " + point + "\n\n" + POINT + "\n")
    assert point in c.text
    assert not any(point in r.text for r in c.removed)


def test_opening_run_of_headline_and_points_is_left_to_the_opening_rules():
    opening = ("cents Acme plant shut after Port Ellery flood cents Owners say repairs will take a month "
               "Workers clear mud from the Acme plant in Port Ellery on Tuesday.\n\nPhotograph: Jane Roe/Acme News\n\n")
    c = clean_text(opening + LEAD)
    assert all(r.text != "cents" for r in c.removed)  # the sign stays with the run it opens
    assert not c.text.startswith("Acme plant shut")


def test_second_sign_on_a_body_line_leaves_the_line_whole():
    text = LEAD + "cents Acme shuts plant cents Port Ellery council meets on Friday to review the advice given.\n"
    assert all(r.text != "cents" for r in clean_text(text).removed)

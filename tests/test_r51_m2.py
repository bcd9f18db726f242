"""Round fifty-one, mender m2: in-sample mends of the seed-166 audit (FNC-1 c036, c043, c045,
c051: quote span ends, issue 18 "whole").

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name or a figure like the article's at most).
"""

from __future__ import annotations

from pipeline_helpers import quoted_analysis


def _spans(text: str) -> list[tuple[str, str, str]]:
    return [(q.text, (q.cue or "").lower(), q.kind) for q in quoted_analysis(text).quotes]


def _by_cue(text: str, cue: str) -> list[str]:
    return [s[0] for s in _spans(text) if s[1] == cue]


_HEAD = "Acme shares fell on Monday.\n\n"


# --- c045 Q3: a span never ends on an opening bracket ------------------------------------------------


def test_a_span_does_not_end_on_the_bracket_of_its_parenthetical_tag():
    text = _HEAD + ("Yesterday there were attacks on the border (as Reuters reported)\n\n"
                    "Police on Tuesday shot dead a gunman, local television reported.\n")
    assert _by_cue(text, "reported")[0] == "Yesterday there were attacks on the border"


def test_a_closed_bracket_inside_a_content_stays():
    text = _HEAD + "Roe said the levy (a tax on dairy farms) would rise next year.\n"
    assert any("(a tax on dairy farms) would rise" in s for s in _by_cue(text, "said"))


# --- c051 Q3: a reason with the speaker's own quoted first-person words is hers ------------------------


def test_a_reason_holding_her_quoted_first_person_words_is_part_of_the_content():
    text = _HEAD + ("The cost: $1,500. Smith says it's worth it, because the dog has been \"part of my family\" "
                    "since May. The firm declined to comment.\n")
    assert any(s.endswith('"part of my family" since May') for s in _by_cue(text, "says"))


def test_a_reason_without_first_person_quoted_words_stays_out():
    text = _HEAD + ("The cost: $1,500. Smith says it's worth it, because the dog has been part of the family "
                    "since May. The firm declined to comment.\n")
    assert _by_cue(text, "says") == ["it's worth it"]


# --- c043 Q12: ", echoing a ... report" is the writer's link to another report -------------------------


def test_an_echoing_participle_closing_a_content_is_the_writers():
    text = _HEAD + ("While the feature was dropped, sources tell the Herald that it could return in a later "
                    "model, echoing a Bloomberg report from March. The firm declined to comment.\n")
    assert _by_cue(text, "tell") == ["that it could return in a later model"]


def test_another_participle_closing_a_content_stays():
    text = _HEAD + ("While the feature was dropped, sources tell the Herald that the firm will grow in Ohio, "
                    "opening two plants near Dayton. The firm declined to comment.\n")
    assert any(s.endswith("opening two plants near Dayton") for s in _by_cue(text, "tell"))


# --- c043 Q10: ", leading X to <react>" is the writer's account of the reception -----------------------


def test_leading_people_to_a_reaction_is_the_writers():
    text = _HEAD + ("Before the launch last spring, reports indicated the phone would come with four cameras, "
                    "leading some buyers to find the final model disappointing. The firm declined to comment.\n")
    assert _by_cue(text, "indicated") == ["the phone would come with four cameras"]


def test_leading_to_a_deed_stays():
    text = _HEAD + ("Before the launch last spring, reports indicated the phone would come with four cameras, "
                    "leading the firm to close two plants in Ohio. The firm declined to comment.\n")
    assert any(s.endswith("close two plants in Ohio") for s in _by_cue(text, "indicated"))


# --- c043 Q14: a "with" scene after a request is the writer's ------------------------------------------


def test_a_with_scene_after_a_request_is_not_what_was_asked():
    text = _HEAD + ("Acme is currently asking dealers to have their Acme Drive cars ready by mid-February, with "
                    "some dealers traveling to the firm's Detroit headquarters for help.\n")
    assert _by_cue(text, "asking") == ["to have their Acme Drive cars ready by mid-February"]


def test_a_with_phrase_without_a_scene_stays_in_the_request():
    text = _HEAD + ("The league is asking clubs to have their new stadiums ready by August, with extra seats "
                    "for children.\n")
    assert any(s.endswith("with extra seats for children") for s in _by_cue(text, "asking"))


# --- c036 Q1: a colon after "the reason" gives the reason ----------------------------------------------


def test_the_reason_after_a_colon_is_part_of_the_report():
    text = _HEAD + ("The Daily Herald is reporting that journalist John Smith learned the true reason behind the "
                    "nixed merger: Acme’s buyer was bidding to get access to its patents.\n")
    assert any(s.endswith("bidding to get access to its patents") for s in _by_cue(text, "reporting"))


def test_a_colon_after_another_noun_stays_a_stop():
    text = _HEAD + ("The Daily Herald is reporting that journalist John Smith visited the plant behind the "
                    "nixed merger: Acme’s buyer was bidding to get access to its patents.\n")
    assert _by_cue(text, "reporting") == ["that journalist John Smith visited the plant behind the nixed merger"]


# --- c043 (beside Q12): "echoing a ... report" names another report, no claim ---------------------------


def test_echoing_a_bare_report_is_no_statement():
    text = _HEAD + "The senator spoke to voters on Monday, echoing a Bloomberg report.\n"
    assert not _by_cue(text, "echoing")


def test_echoing_a_warning_with_its_content_stays():
    text = _HEAD + "The senator echoed the warning that the bridge was unsafe.\n"
    assert _by_cue(text, "echoed") == ["the warning that the bridge was unsafe"]

"""Round forty-seven, integrator's in-sample mends of who said it (issue 18), each shape with its
must-not-fire twin. Every text here is invented for the test."""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker


def _one(text: str, words: str):
    a = analysed(text)
    hits = [q for q in a.quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


# --- a branch of a state between the place and the voice (quotes._branch_between) ----------

def test_military_officials_of_a_country_are_not_the_country():
    who, _ = _one("The recruits had been taking part in a training exercise at the base in Port Ellery, "
                  "U.S. military officials said.", "training exercise")
    assert who is None
    who, _ = _one("The convoy was hit twice on the road to the border, Afghan intelligence officials said.",
                  "convoy was hit")
    assert who is None


def test_twin_the_countrys_own_officials_still_speak_for_it():
    who, _ = _one("The recruits had been taking part in a training exercise at the base in Port Ellery, "
                  "U.S. officials said.", "training exercise")
    assert who == "U.S."


def _quotes(text: str) -> list[str]:
    return [q.text for q in analysed(text).quotes]


# --- a report's grounds after its content (quotes._citing_tail, quotes._bare_source) --------

def test_a_citing_clause_closing_a_report_is_no_part_of_its_content():
    got = _quotes("While nothing is confirmed, several news outlets reported that the fighter may have been killed, "
                  "citing a graphic image of a body that had been shared on social media accounts.")
    assert "that the fighter may have been killed" in got
    assert not any("citing" in q or "graphic image" in q for q in got)  # nor is the picture a statement


def test_twin_a_citing_clause_inside_quote_marks_stays():
    got = _quotes("\u201cThe talks have failed, citing nothing at all,\u201d Jane Roe said on Monday.")
    assert any("citing nothing at all" in q for q in got)


# --- "according to" a medium closing a content (quotes._according_tail) --------------------

def test_according_to_local_media_hung_deep_in_the_content_is_cut():
    got = _quotes("Roe says he was trying to drive around the officers. However, police say he was driving toward "
                  "them, and that the officer fired because he feared for his own safety, according to local media.")
    assert "he was driving toward them, and that the officer fired because he feared for his own safety" in got


def test_twin_according_to_a_rule_is_no_source_and_stays():
    got = _quotes("Officials said the grain would be shared among the agencies, according to a running review of needs.")
    assert any("according to a running review of needs" in q for q in got)


# --- "found <someone> dead" is no saying (quotes._found_in_a_state) ------------------------

def test_found_someone_dead_or_alive_is_no_statement():
    assert not any("son dead" in q for q in _quotes("Jane Roe said she rushed to the scene, found her son dead and "
                                                    "picked up his gun, the station reported."))
    assert not any("alive" in q for q in _quotes("Rescuers found the boy alive under the rubble on Tuesday."))


def test_twin_a_finding_of_judgement_or_a_clause_stays():
    assert "the dam unsafe" in _quotes("The inspectors found the dam unsafe, officials said.")
    assert any("the drug was safe" in q for q in _quotes("Researchers found that the drug was safe for children."))


# --- a cue in a "when" clause before the main clause (quotes._fronted_clause_end) ----------

def test_a_when_clauses_content_stops_before_the_main_clause():
    got = _quotes("When the other lady said she was only testing her son, the man tried to tell her that it wasn't him.")
    assert "she was only testing her son" in got


def test_twin_a_when_inside_the_content_stays_in_it():
    got = _quotes("The mayor said that when the dam was checked, it was safe.")
    assert "that when the dam was checked, it was safe" in got


# --- the writer's bare denial after a claim (quotes._rebuttal_tail) -----------------------

def test_a_bare_denial_after_a_claim_is_the_writers():
    assert "it's from a TV show" in _quotes("Some sites are claiming it's from a TV show, but it's not.")


def test_twin_a_denial_with_its_own_verb_stays():
    assert "the bridge fell, but it did not fall" in _quotes("Some sites are claiming the bridge fell, but it did not fall.")


# --- a picture shown is nothing said (quotes._picture_shown) ------------------------------

def test_a_post_showing_an_image_says_nothing():
    assert _quotes("A Facebook post by Jane Roe showed an image of her sister in hospital after the protest.") == []


def test_twin_a_post_showing_a_clause_is_a_statement():
    assert _quotes("A Facebook post by Jane Roe showed that her sister was in hospital after the protest.") \
        == ["that her sister was in hospital after the protest"]


def test_found_dead_in_a_place_is_still_no_statement():
    assert not any("dead in the road" in q for q in _quotes("A neighbor found him dead in the road on Sunday."))

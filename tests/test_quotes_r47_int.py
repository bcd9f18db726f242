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

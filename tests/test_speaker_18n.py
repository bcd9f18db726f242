"""Speaker classes left by round thirteen (issue 18, 18n): the hand rules, which veto or
confirm the fitted weights' pick for a he/she, no longer weigh a person told to be of the
other gender (an honorific, a first name). Each rule on a short invented text with
must-not-fire twins."""

from __future__ import annotations

from scenes import scene as _scene

from storyline.analyse import speakers


def _hand(text: str, pronoun_at: str):
    """The hand rules' pick (use_model=False) for the pronoun starting at ``pronoun_at``."""
    _sdoc, sc = _scene(text)
    at = text.index(pronoun_at)
    tok = next(t for t in sc.sdoc if t.idx == at)
    res = speakers.resolve_pronoun(sc, tok, use_model=False)
    return None if res.mention is None else sc.candidates[res.mention].text, res


def _weighed(text: str, pronoun_at: str) -> set[str]:
    """The names the hand rules weighed for the pronoun (chosen or rival)."""
    _sdoc, sc = _scene(text)
    at = text.index(pronoun_at)
    tok = next(t for t in sc.sdoc if t.idx == at)
    res = speakers.resolve_pronoun(sc, tok, use_model=False)
    return {sc.candidates[i].text for i, _s in res.ranked or []}


# --- the hand rules weigh no one told to be of the other gender ----------------------------

_HEARING = ("Senator Linda Marsh questioned the two executives at the hearing in Port Ellery on Tuesday.\n\n"
            "Acme Corp's chief, Hale, told the panel that the pipeline had passed every test. ")


def test_a_woman_by_first_name_is_no_he():
    text = _HEARING + "He said the company would pay for the repairs."
    assert "Linda Marsh" not in _weighed(text, "He said")


def test_a_woman_by_honorific_is_no_he():
    text = ("Ms Marsh questioned the two executives at the hearing in Port Ellery on Tuesday.\n\n"
            "Acme Corp's chief, Hale, told the panel that the pipeline had passed every test. "
            "He said the company would pay for the repairs.")
    assert not {"Marsh", "Ms Marsh"} & _weighed(text, "He said")


def test_a_woman_is_still_a_she():
    # the twin: the same woman for a "she" is weighed as before
    text = _HEARING + "She said the company would have to pay for the repairs."
    assert "Linda Marsh" in _weighed(text, "She said")


def test_a_name_whose_gender_is_not_told_stays_a_candidate():
    # a first name given to both genders ("Jordan") tells nothing: still weighed for a "he"
    text = ("Jordan Marsh questioned the two executives at the hearing in Port Ellery on Tuesday. "
            "He said the company would have to pay for the repairs.")
    who, res = _hand(text, "He said")
    assert who == "Jordan Marsh", res.evidence


def test_the_subject_right_above_the_pronoun_outranks_a_first_name():
    # "Linda Hale said he ...": the clause subject right above, syntax over birth statistics
    text = "Port Ellery was quiet on Tuesday. Linda Hale said he would pay for the repairs himself."
    who, res = _hand(text, "he would")
    assert who == "Linda Hale", res.evidence

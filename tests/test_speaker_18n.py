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


# --- a second cue joined to a verb deep in the reported clause ------------------------------

def _subject_of(text: str, cue: str) -> str | None:
    from storyline.analyse import quotes
    from storyline.analyse.nlp import load

    doc = load()(text)
    subj = quotes._subject(next(t for t in doc if t.text == cue))
    return None if subj is None else subj.text


def test_a_joined_cue_under_a_things_clause_goes_back_to_the_reporter():
    # "warned" is parsed as joined to "started", in a relative clause under "signs": the
    # strain cannot warn; the agency that said it does
    text = ("The Ellery agency for water safety said on Tuesday there were signs the K7 algae strain had "
            "started to evolve and warned it could spread to other lakes this summer in a more toxic form.")
    assert _subject_of(text, "warned") == "agency"


def test_a_joined_cue_under_a_persons_clause_is_left_to_the_parse():
    # the twin: people may warn; the parse's subject stands (as at BASE)
    text = ("The Ellery agency for water safety said on Tuesday there were signs the local fishermen had "
            "started to organise and warned they could strike in the coming months.")
    assert _subject_of(text, "warned") == "fishermen"


def test_a_joined_cue_with_its_own_subject_keeps_it():
    text = ("The Ellery agency for water safety said on Tuesday there were signs the K7 algae strain had "
            "started to evolve, and Jane Roe warned it could spread to other lakes this summer.")
    assert _subject_of(text, "warned") == "Roe"

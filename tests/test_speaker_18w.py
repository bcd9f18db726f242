"""Wrong speakers on text nobody tuned on (issue 18, round thirteen, 18w): a cue in a
question or a condition ("Does Roe think the plan will work?") is no statement of its
subject's; the speaker stays open. A gerund's object is the one it acts on ("accusing Doe
of ...": never Doe), and in "The Gazette quoted Roe as accusing Doe" the one quoted speaks.

Each rule has a test on a short invented text and a must-not-fire twin (bench/RESULTS.md,
round thirteen, 18w)."""

from __future__ import annotations

from scenes import quote_starting as _quote
from scenes import who as _who

from storyline.pipeline import analyse_record
from storyline.types import Record


def _analyse(text: str):
    return analyse_record(Record(source="x.txt", text=text))


def _asked(text: str, word: str) -> bool:
    from storyline.analyse import quotes
    from storyline.analyse.nlp import load

    return quotes._asked_not_stated(next(t for t in load()(text) if t.text == word))


def test_a_question_about_what_someone_thinks_is_not_their_statement():
    a = _analyse("Jane Roe runs the shelter in Port Ellery. Does Roe think the plan will work? "
                 "\"Time will tell,\" she said.")
    assert _who(a, _quote(a, "the plan will work")) is None
    assert _who(a, _quote(a, "Time will tell")) == "Jane Roe"  # her answer keeps her


def test_twin_a_statement_of_what_someone_thinks_keeps_the_speaker():
    a = _analyse("Jane Roe runs the shelter in Port Ellery. Roe thinks the plan will work.")
    assert _who(a, _quote(a, "the plan will work")) == "Jane Roe"


def test_a_live_blog_question_after_a_time_stamp_is_not_a_statement():
    a = _analyse("9.05 pm: Does Roe think the council misled Acme over the bridge, John Doe, a councillor, asks.")
    for q in a.quotes:
        assert _who(a, q) != "Jane Roe" and _who(a, q) != "Roe", (q.text, q.speaker_evidence)


def test_the_inverted_auxiliary_fires_on_questions_and_conditions_only():
    assert _asked("Does Roe think the plan will work?", "think")
    assert _asked("And did the council believe the river would rise?", "believe")
    assert _asked("Should Acme say the well is sealed, the price will fall.", "say")
    # twins: the subject first, an emphatic "does", a negative inversion (a statement)
    assert not _asked("Roe does think the plan will work.", "think")
    assert not _asked("Roe will say the plan works.", "say")
    assert not _asked("Acme will not pay. Nor does Acme believe the spill will spread.", "believe")
    assert not _asked("Roe said the plan would work.", "said")
    # "have"/"be" are left out (PolNeAR marks such a question's subject as its source)
    assert not _asked("But has Roe called for closing the bridge?", "called")


# --- a gerund's object is not its speaker; "quoted X as ...ing" gives X ------------------


def test_the_one_quoted_as_accusing_speaks_not_the_accused():
    a = _analyse("John Doe visited Port Ellery on Monday. The Ellery Gazette quoted Jane Roe, head "
                 "of Acme, as accusing Doe of \"reckless behaviour\" over the flood and \"ignoring the river\".")
    for q in a.quotes:
        assert _who(a, q) not in ("John Doe", "Doe"), (q.text, q.speaker_evidence)
    assert _who(a, _quote(a, "Doe of")) == "Jane Roe"


def test_an_accused_named_after_a_gerund_is_never_the_speaker():
    a = _analyse("The council met in Port Ellery. Also accusing John Doe of \"reckless behaviour\" over the river.")
    for q in a.quotes:
        assert _who(a, q) != "John Doe", (q.text, q.speaker_evidence)


def test_twin_a_name_after_an_inverted_said_is_still_the_speaker():
    a = _analyse("The river rose overnight. The river will rise again, warned Jane Roe.")
    assert _who(a, _quote(a, "The river will rise")) == "Jane Roe"
    a = _analyse("Jane Roe was quoted as accusing John Doe of lying about the river.")
    assert _who(a, _quote(a, "John Doe of")) == "Jane Roe"


def _quoted(text: str, word: str):
    from storyline.analyse import quotes
    from storyline.analyse.nlp import load

    tok = next(t for t in load()(text) if t.text == word)
    got = quotes._quoted_as(tok, quotes._quoted_as_verb(tok))
    return got.text if got is not None else None


def test_quoted_as_names_the_object_of_an_active_quote_only():
    assert _quoted("The Gazette quoted Jane Roe as accusing John Doe of lying.", "accusing") == "Roe"
    assert _quoted("The Gazette quoted Jane Roe as saying the river would rise.", "saying") == "Roe"
    assert _quoted("Jane Roe was quoted as accusing John Doe of lying.", "accusing") is None  # no object
    assert _quoted("The Gazette described Jane Roe as accusing John Doe of lying.", "accusing") is None


def test_every_dash_of_the_shared_list_opens_a_clause_for_the_auxiliary():
    # the dashes are one list (data/dashes.txt) with the chronology entry's; the en dash too
    for dash in ("-", "--", "\u2014", "\u2013"):
        assert _asked(f"9.05 pm {dash} Does Roe think the plan will work?", "think"), dash
        # twin: after the dash the subject comes first, a statement
        assert not _asked(f"9.05 pm {dash} Roe does think the plan will work.", "think"), dash

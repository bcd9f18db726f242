"""The brief's word budget (issue 23, round fifteen): sentences chosen so that the chosen
set fits, still reaching the story's last phase, printed in time order, with no trust rule
relaxed; with no budget the brief is today's, word for word. Invented stories only."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_brief import analysis, fake_embedder

from storyline.resolve import brief
from storyline.resolve.story import build

# one invented story over eight months: each month's article has a long sentence, a short
# one, and a short one a trust rule bars (an opening pronoun, an unquoted first person)
MONTHS = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08"]
STEPS = [
    ("dockworkers at the Port Ellery harbour walked out over pay", "Dockworkers at Port Ellery walked out over pay."),
    ("Acme Corp cancelled its shipping contracts with the Port Ellery harbour", "Acme Corp cancelled its Port Ellery contracts."),
    ("the harbour board hired Jane Roe to mediate between the union and the port owners", "The harbour board hired Jane Roe to mediate."),
    ("the union rejected the first offer from the port owners after a long vote", "The Port Ellery union rejected the first offer."),
    ("a court in Port Ellery ordered the dockworkers back to work for thirty days", "A Port Ellery court ordered the dockworkers back."),
    ("the port owners raised their offer to a six percent rise over two years", "The port owners raised their offer to six percent."),
    ("the union accepted the raised offer and the strike at the harbour ended", "The Port Ellery union accepted the raised offer."),
    ("the first ships since the strike docked at the Port Ellery harbour again", "Ships docked at the Port Ellery harbour again."),
]


def story_analyses():
    out = []
    for i, (month, (long_, short)) in enumerate(zip(MONTHS, STEPS, strict=True)):
        text = (
            f"In a long day of talks and statements from every side of the dispute, officials said that {long_}, "
            f"a step that observers of the long harbour dispute had expected for weeks.\n"
            f"{short}\n"
            f"He said the harbour dispute had cost the town dearly this month.\n"
            f"I think the harbour dispute will go on for a long time yet, a dockworker wrote.\n"
        )
        out.append(analysis(f"d{i:02d}", text, published=f"{month}-15"))
    return out


def run(words, n=7):
    options = {"brief_sentences": n}
    if words is not None:
        options["brief_words"] = words
    return build(story_analyses(), options, embedder=fake_embedder)


def n_words(story) -> int:
    return sum(len(b.text.split()) for b in story.brief)


def test_a_budget_is_used_in_selection_whole_sentences_that_fit():
    story = run(80)
    texts = {d.id: d.text for d in story.documents}
    assert story.brief and n_words(story) <= 80
    for b in story.brief:  # whole sentences, cited exactly: nothing cut to fit
        c = b.cites[0]
        assert texts[c.doc][c.start : c.end] == b.text and b.text.endswith(".")


@pytest.mark.parametrize("words", [20, 40, 80])
def test_a_budget_still_reaches_the_story_s_last_phase_in_time_order(words):
    story = run(words)
    dates = [b.date.value for b in story.brief]
    assert dates and dates == sorted(dates)
    assert max(dates) >= "2024-08"  # the story's end is told, not cut off
    if words >= 40:
        assert min(dates) <= "2024-02" and len(story.brief) >= 4


def test_no_budget_is_today_s_brief_word_for_word():
    # twin: no budget (the option absent or None) leaves the brief as it was, longer than 80 words
    plain = run(None)
    assert [b.text for b in plain.brief] == [b.text for b in build(story_analyses(), {"brief_sentences": 7, "brief_words": None},
                                                                      embedder=fake_embedder).brief]
    assert n_words(plain) > 80


def test_a_budget_relaxes_no_trust_rule():
    # the barred short sentences score well per word; they stay out under any budget
    for words in (40, 80, 200):
        for b in run(words).brief:
            assert not b.text.startswith(("He ", "I ")), b.text


def test_a_budget_too_small_for_any_sentence_gives_an_empty_brief():
    assert run(3).brief == []


@settings(max_examples=12, deadline=None)
@given(st.integers(min_value=1, max_value=400), st.integers(min_value=1, max_value=12))
def test_any_budget_fits_and_prints_in_time_order(words, n):
    story = run(words, n=n)
    assert n_words(story) <= words and len(story.brief) <= n
    dates = [b.date.value or "" for b in story.brief]
    assert dates == sorted(dates)


def test_a_pick_leaves_room_for_every_other_open_phase():
    # rule: phases 0, 1, 2 open, their shortest candidates 10, 8 and 9 words, 40 words left:
    # a 25-word sentence of phase 0 would leave 15, too few for phases 1 and 2 (17)
    budget = brief._Budget(40, [25, 10, 8, 9], [0, 0, 1, 2])
    budget.look({0, 1, 2, 3}, {0, 1, 2})
    assert not budget.fits(0) and budget.fits(1)
    # twin: once the other phases are told (none open), the same sentence fits
    budget.look({0, 1, 2, 3}, set())
    assert budget.fits(0)


def test_when_the_open_phases_cannot_all_fit_room_is_kept_for_the_latest():
    # rule: phases 0, 1, 2 open, shortest 10, 8, 9 words, only 20 left (27 needed): a pick
    # of phase 0 or 1 must leave the 9 words of phase 2, the story's end
    budget = brief._Budget(20, [12, 10, 8, 9], [0, 0, 1, 2])
    budget.look({0, 1, 2, 3}, {0, 1, 2})
    assert not budget.fits(0) and budget.fits(1) and budget.fits(2)
    # twin: the latest phase's own sentence keeps no room for the others
    assert budget.fits(3)
    big = brief._Budget(20, [20, 10, 8, 9], [2, 0, 1, 2])
    big.look({0, 1, 2, 3}, {0, 1, 2})
    assert big.fits(0)


def test_a_sentence_longer_than_the_words_left_is_passed_over():
    budget = brief._Budget(30, [20, 12, 9], [None, None, None])
    budget.look({0, 1, 2}, set())
    assert budget.fits(0)
    budget.take(0)  # 10 words left
    assert not budget.fits(1) and budget.fits(2)
    # twin: no budget, everything fits
    none = brief._Budget(None, [20, 12, 9], [None, None, None])
    none.look({0, 1, 2}, set())
    none.take(0)
    assert none.fits(1)


@pytest.mark.parametrize("words", [60, 120])
def test_a_budget_never_gives_more_sentences_than_asked(words):
    assert len(run(words, n=3).brief) <= 3


def test_the_budget_reaches_the_corpus_stage_and_its_stamp():
    from types import SimpleNamespace

    from storyline import storybuild

    assert storybuild._brief_options(storybuild.StageOptions(brief_words=50)) == {"brief_sentences": None, "brief_words": 50}
    group = SimpleNamespace(documents=["d00", "d01"])
    plain = storybuild._stamp(group, storybuild.StageOptions())
    # a budget is part of what a stored story was computed from; no budget keeps the stamp it had
    assert storybuild._stamp(group, storybuild.StageOptions(brief_words=50)) != plain
    assert storybuild._stamp(group, storybuild.StageOptions(brief_words=None)) == plain

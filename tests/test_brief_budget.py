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


def test_a_budget_still_reaches_the_story_s_last_phase_in_time_order():
    story = run(80)
    dates = [b.date.value for b in story.brief]
    assert dates == sorted(dates)
    assert max(dates) >= "2024-07"  # the story's end is told, not cut off
    assert min(dates) <= "2024-02"


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


def test_score_per_word_ranks_a_short_sentence_over_a_long_one_of_more_score():
    # rule: under a budget, a positive score ranks by score per word
    assert brief._budgeted_key(0.5, 10) > brief._budgeted_key(1.0, 30)
    # twin: at an equal score per word nothing changes; and a better score per word wins
    assert brief._budgeted_key(1.2, 30) > brief._budgeted_key(0.3, 10)


def test_a_score_at_or_under_zero_keeps_its_plain_order():
    # rule: a positive score ranks above any score at or under zero
    assert brief._budgeted_key(0.01, 60) > brief._budgeted_key(0.0, 6)
    # twin: a negative score is not divided by its length (the longer would win)
    assert brief._budgeted_key(-0.1, 10) > brief._budgeted_key(-0.2, 40)
    assert brief._budgeted_key(-0.1, 40) > brief._budgeted_key(-0.2, 10)


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

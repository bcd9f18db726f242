"""The per-document vectors step embeds exactly what the corpus stage compares, and the
embedder's batching (by token length, a padded-token budget) changes no vector."""

from __future__ import annotations

import inspect

import numpy as np
import pytest

from storyline import embed


def _asked_by_comparisons(analyses) -> set[str]:
    """The texts the corpus stage's event and statement comparisons ask the embedder
    for (the brief's pool of sentences is the corpus stage's own to embed)."""
    from storyline import pipeline

    asked: set[str] = set()
    inner = embed.Embedder()

    def recording(texts: list[str]) -> np.ndarray:
        caller = inspect.stack()[1].filename
        if caller.endswith(("resolve/events.py", "resolve/conflicts.py")):
            asked.update(texts)
        return inner(texts)

    pipeline.build_story(analyses, embedder=recording)
    return asked


def test_the_vectors_step_embeds_exactly_what_the_corpus_stage_compares(averly_analyses):
    from storyline.analyse import vectors

    computed = {t for a in averly_analyses for t in vectors.texts(a)}
    assert computed == _asked_by_comparisons(averly_analyses)
    assert {embed.key(t) for t in computed} == {k for a in averly_analyses for k in a.vectors}


def test_a_quote_no_comparison_reads_is_not_embedded(averly_analyses):
    """Twin: a quote with no predicate can contradict nothing, so the corpus stage never
    compares it, and the per-document stage does not embed it."""
    from storyline.analyse import vectors

    analysis = averly_analyses[0].model_copy(deep=True)
    assert analysis.quotes
    q = analysis.quotes[0]
    analysis.quotes[0] = q.model_copy(update={"predicates": [], "text": "Jane Roe of Acme Corp never compared this."})
    assert "Jane Roe of Acme Corp never compared this." not in vectors.texts(analysis)
    assert q.predicates and q.text in vectors.texts(averly_analyses[0])  # the same quote with its predicate is


@pytest.mark.parametrize(
    ("lengths", "size", "budget", "expected"),
    [
        ([3, 3, 3], 32, 128, [[0, 1, 2]]),
        ([40, 2, 40, 40, 2], 32, 128, [[1, 4, 0], [2, 3]]),  # shortest first; 3 x 40 = 120 fits, a fourth does not
        ([40, 40, 40, 40], 32, 128, [[0, 1, 2], [3]]),  # a fourth 40 would pad to 160 tokens
        ([5] * 5, 2, 128, [[0, 1], [2, 3], [4]]),  # at most batch_size texts
        ([128, 1], 32, 128, [[1], [0]]),  # a text as long as the budget goes alone
        ([], 32, 128, []),
    ],
)
def test_batches_group_texts_by_token_length_within_a_budget(lengths, size, budget, expected):
    assert embed.batches(lengths, size, budget) == expected


def test_batches_never_pad_past_the_budget_and_keep_every_index():
    lengths = [1, 7, 7, 12, 30, 31, 64, 64, 9, 2, 128, 3]
    groups = embed.batches(lengths, 4, 100)
    assert sorted(i for g in groups for i in g) == list(range(len(lengths)))
    assert all(len(g) == 1 or len(g) * max(lengths[i] for i in g) <= 100 for g in groups)
    assert all(len(g) <= 4 for g in groups)


def test_a_vector_does_not_depend_on_its_batch():
    """The padding is masked out: a text alone, among short ones, or among long ones
    (padded to their length) gets the same vector, to the bit."""
    text = "Acme Corp closed the depot at Port Ellery."
    alone = embed.encode([text])[0]
    short = embed.encode(["Jane Roe left.", text, "It rained."])[1]
    long_ = embed.encode([text, "The council of Port Ellery voted on Tuesday night to reopen the depot that Acme Corp had closed in the spring after a strike."] * 2)[0]
    assert np.array_equal(alone, short) and np.array_equal(alone, long_)
    assert np.isclose(float(np.linalg.norm(alone)), 1.0)

"""Issue 23, round twelve (23x): a brief sentence that leaves out what the one before says.

"The flood in Port Ellery is one such." or "No one was there to say otherwise." is read alone in
the brief: such as what, otherwise than what? Invented texts; each rule has a twin that must not
fire (``data/brief_dependent.txt``, categories ``ellipsis`` and ``anaphor``).
"""

from __future__ import annotations

import pytest
from test_brief import analysis, fake_embedder
from test_brief_reads_alone import BACKGROUND, told

from storyline.resolve import brief

BEFORE = "Every few years a storm comes that leaves the whole coast without power for a week."


@pytest.mark.parametrize("sentence, cat", [
    ("The storm that has flattened the harbour of Port Ellery is one such.", "ellipsis"),
    ("The flood at the Acme Corp plant was another such.", "ellipsis"),
    ("Also, nobody has been on the ground in Port Ellery to say otherwise.", "ellipsis"),
    ("The harbour master said the report was wrong to suggest otherwise.", "ellipsis"),
    ("One such storm was the one that hit Port Ellery in the spring of last year.", "ellipsis"),
    ("Some such warnings reached the harbour office before the storm arrived.", "ellipsis"),
])
def test_a_sentence_leaning_on_the_one_before_is_not_told(sentence, cat):
    a = analysis("aaaa", BEFORE + "\n" + sentence + "\n" + BACKGROUND)
    assert brief.dependent_opening(sentence)[0] == cat
    assert not any(x.text == sentence for x in told(a))


@pytest.mark.parametrize("sentence", [
    # twins: what "such" or "otherwise" answers is in the sentence itself
    "The storm was one such as the coast of Port Ellery had not seen in fifty years.",
    "Officials said the harbour was safe, while the cracks in the sea wall suggest otherwise.",
    "Jane Roe said the harbour would reopen on Monday unless the port authority decided otherwise.",
    "No such storm had reached the harbour of Port Ellery in the last fifty years.",
    "The storm flattened the harbour of Port Ellery and cut power to the whole coast.",
])
def test_a_sentence_that_says_it_all_itself_is_told(sentence):
    assert (brief.dependent_opening(sentence) or ("",))[0] not in ("ellipsis", "anaphor")
    a = analysis("aaaa", sentence + "\n" + BACKGROUND)
    assert any(x.text == sentence for x in told(a))


# --- a sentence off the story's topic (a running order's item on something else) ------------

FLOOD = [f"The flood in Port Ellery {verb} {n} homes near the river on day {n} of the flood."
         for n, verb in zip(range(1, 41), ["reached", "damaged", "swamped", "cut off", "closed"] * 8)]
PRIZE = "Acme Prize judges award yearly verse collections; Jane Roe won with lyric poems about orchards."


def test_a_sentence_far_from_the_storys_centre_is_not_told():
    a = analysis("aaaa", "\n".join(FLOOD[:20] + [PRIZE] + FLOOD[20:]))
    picked = [x.text for x in told(a, n=40)]
    assert picked and PRIZE not in picked


def test_the_same_sentence_in_its_own_story_is_not_off_topic():
    # twin: a story about the prize, where the same sentence is near the centre
    prize_story = [f"Acme Prize judges award yearly verse collections; poet {n} was shortlisted with lyric poems about {w}."
                   for n, w in zip(range(1, 35), ["rivers", "orchards", "winter", "the sea", "cities"] * 7)]
    texts = prize_story[:10] + [PRIZE] + prize_story[10:]
    assert not brief.off_topic(fake_embedder(texts))[10]
    flood = FLOOD[:20] + [PRIZE] + FLOOD[20:]
    assert brief.off_topic(fake_embedder(flood)).tolist() == [False] * 20 + [True] + [False] * 20


def test_a_small_story_has_no_centre_to_stray_from():
    # twin: under OFF_TOPIC_MIN candidates no spread is read
    assert not brief.off_topic(fake_embedder(FLOOD[:10] + [PRIZE])).any()

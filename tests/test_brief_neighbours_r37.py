"""The brief passes over sentences that need their neighbours (issue 23, round thirty-seven).

A quote whose speaker is a pronoun is not used even when the quote resolver linked it (the
seed-151 politico audit's B8 and B10: the name shown beside "he" did not save them), and a
quoted concession the same speaker's next sentence turns against ('"X is right," she said.
"But ..."', B1) is not used either. Each with a twin it must not fire on. Small texts
written here.
"""

from __future__ import annotations

import pytest
from test_brief import analysis
from test_brief_reads_alone import BACKGROUND, told
from test_brief_trust import span_of

from storyline import schema
from storyline.resolve import brief
from storyline.types import Mention


@pytest.mark.parametrize("sentence, after", [
    ('"The mayor says what people want to hear," Jane Roe said.', ' "But mayors cannot promise everything."'),
    ('"The plan has merits," said Roe, a council member.', ' "Yet it costs far too much for the town."'),
    ('"The plan has merits," she said.', ' “However, it costs far too much.”'),
    ('"It works," Roe said.', ' "And yet it costs too much."'),
])
def test_a_quoted_concession_turned_against_next_is_barred(sentence, after):
    assert brief.concession_turned(sentence, after)


@pytest.mark.parametrize("sentence, after", [
    ('Jane Roe said the plan had merits.', ' "But it costs too much," a neighbour said.'),  # no quotation of its own
    ('"The plan has merits," Roe said.', '\n\n"But it costs too much," Lee said.'),  # a new paragraph
    ('"The plan has merits," Roe said.', ' "Butter prices rose," she added.'),  # not the word "but"
    ('"The plan has merits," Roe said.', ' "Although it is late, it will pass."'),  # not listed
    ('"The plan has merits," Roe said.', ' Lee said it would fail.'),  # no quotation opens after it
])
def test_a_quotation_not_turned_against_is_kept(sentence, after):
    assert brief.concession_turned(sentence, after) is None


def test_the_concession_is_passed_over_in_the_brief():
    text = ('"The mayor says what people want to hear about the port," Jane Roe said. '
            '"But mayors cannot promise everything to the town."\n' + BACKGROUND)
    texts = [x.text for x in told(analysis("aaaa", text))]
    assert not any(t.startswith('"The mayor says') for t in texts)
    # twin: with no turn after it, the same sentence is told
    text2 = ('"The mayor says what people want to hear about the port," Jane Roe said.\n' + BACKGROUND)
    assert any(t.startswith('"The mayor says') for t in (x.text for x in told(analysis("aaaa", text2))))


def _said(text: str, pronoun_at: str, confidence: float = 0.95):
    a = analysis("aaaa", text)
    he = span_of(a, pronoun_at)
    he = he.model_copy(update={"end": he.start + len(pronoun_at.split()[0])})
    e = schema.Entity(id="e-roe", name="Jane Roe", type="PERSON", mentions=[span_of(a, "Jane Roe")])
    q = schema.Quote(id="q1", text="we will open the port by August", kind="direct", speaker="e-roe", speaker_span=he,
                     speaker_confidence=confidence, span=span_of(a, "we will open the port by August"))
    return [x.text for x in told(a, entities=[e], quotes=[q])]


def test_a_linked_pronoun_speaker_after_a_fronted_clause_is_not_used():
    text = ("Jane Roe met the families of the crew in the town of Port Ellery on Monday morning.\n"
            'When asked about the harbour, she said: "we will open the port by August, whatever it costs."')
    texts = _said(text, "she said")
    assert not any(t.startswith("When asked") for t in texts)
    assert any(t.startswith("Jane Roe met") for t in texts)


def test_a_pronoun_speaker_named_before_in_the_sentence_is_kept():
    # twin: the sentence names the speaker before "she": it reads alone
    text = ('Jane Roe met the families in Port Ellery on Monday and said "we will open the port by August," '
            "she said.\n" + BACKGROUND)
    texts = _said(text, "she said")
    assert any(t.startswith("Jane Roe met the families in Port Ellery") for t in texts)


def _tagged(text: str, words: str, names: tuple[str, ...] = ()):
    """A one-paragraph story whose quote ``words`` is said by a "he" linked to Jane Roe, with
    name mentions at ``names``."""
    a = analysis("aaaa", text)
    mentions = [Mention(start=text.index(n), end=text.index(n) + len(n), text=n, label="GPE") for n in names]
    a = a.model_copy(update={"mentions": mentions})
    he = span_of(a, "he said")
    he = he.model_copy(update={"end": he.start + 2})
    e = schema.Entity(id="e-roe", name="Jane Roe", type="PERSON", mentions=[span_of(a, "Jane Roe")])
    q = schema.Quote(id="q1", text=words, kind="direct", speaker="e-roe", speaker_span=he, speaker_confidence=0.95,
                     span=span_of(a, words))
    return told(a, entities=[e], quotes=[q])


def test_a_trailing_he_after_words_naming_a_place_or_figure_is_kept_with_the_name():
    # the words stand on their own: the old behaviour, the name shown beside "he"
    for words, names in [("The flood has cut every road into Port Ellery since the storm", ("Port Ellery",)),
                         ("The flood has cut 14 roads into the valley since the storm", ())]:
        text = ("Jane Roe met the families of the crew in the town on Monday morning.\n"
                f'"{words}," he said.\n' + BACKGROUND)
        said = [x for x in _tagged(text, words, names) if x.text.startswith('"The flood')]
        assert len(said) == 1, words
        i = said[0].text.index("he said")
        assert [(n.start, n.end, n.entity) for n in said[0].names] == [(i, i + 2, "e-roe")]


def test_a_trailing_he_after_words_naming_nothing_is_not_used():
    words = "The flood has cut every road into the valley since the storm"
    text = ("Jane Roe met the families of the crew in the town on Monday morning.\n"
            f'"{words}," he said.\n' + BACKGROUND)
    assert not any(x.text.startswith('"The flood') for x in _tagged(text, words))


def test_an_opening_he_is_not_used_whatever_the_words_name():
    words = "the flood has cut every road into Port Ellery"
    text = ("Jane Roe met the families of the crew in the town on Monday morning.\n"
            f'On Tuesday he said "{words}" since the storm.\n' + BACKGROUND)
    assert not any(x.text.startswith("On Tuesday") for x in _tagged(text, words, ("Port Ellery",)))

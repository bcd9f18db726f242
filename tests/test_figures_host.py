"""What a time expression hangs on (``analyse.figures._host``, issue 20 round eleven, 20s).

spaCy makes a new Token object on each access, so a climb that stopped at the root by
``head.head is head`` never stopped: a time expression holding its sentence's root (the
verb "last" read inside "last a few days") or a preposition as the root made the figures
step loop forever, and a 60-article build never finished.
The climb is bounded by the sentence: counted here as head look-ups, never timed."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from storyline import pipeline, schema
from storyline.analyse.figures import _host


class _Tok:
    """A token whose ``head`` is a new object on every access, as spaCy's is, counting
    the look-ups so the climb's length can be bounded."""

    def __init__(self, sent: list[tuple[str, int, str, str]], i: int, counter: list[int]):
        self._sent, self.i, self._counter = sent, i, counter
        self.lower_, _, self.dep_, self.pos_ = sent[i][0].lower(), *sent[i][1:]

    @property
    def head(self) -> _Tok:
        self._counter[0] += 1
        return _Tok(self._sent, self._sent[self.i][1], self._counter)


# (word, head index, dep, pos): "Colds last a few days": "last" the root, in the expression
LAST_A_FEW_DAYS = [("Colds", 1, "nsubj", "NOUN"), ("last", 1, "ROOT", "VERB"), ("a", 3, "det", "DET"),
                   ("few", 4, "amod", "ADJ"), ("days", 1, "npadvmod", "NOUN")]
IN_2009 = [("In", 0, "ROOT", "ADP"), ("2009", 0, "pobj", "NUM")]


def test_an_expression_holding_its_root_hangs_on_the_root_in_bounded_steps():
    counter = [0]
    host, prep = _host(_Tok(LAST_A_FEW_DAYS, 4, counter), {1, 2, 3, 4})
    assert (host.i, prep) == (1, None)
    assert counter[0] <= 2 * len(LAST_A_FEW_DAYS) + 2


def test_a_preposition_as_root_is_the_host_in_bounded_steps():
    counter = [0]
    host, prep = _host(_Tok(IN_2009, 1, counter), {1})
    assert (host.i, prep) == (0, None)  # the climb ends on the root before reading it as a prep
    assert counter[0] <= 2 * len(IN_2009) + 2


def test_twin_an_expression_below_the_verb_hangs_on_the_verb_through_its_preposition():
    counter = [0]
    # "Sales rose in 2009": the year hangs on "rose" through "in", as before
    sent = [("Sales", 1, "nsubj", "NOUN"), ("rose", 1, "ROOT", "VERB"), ("in", 1, "prep", "ADP"),
            ("2009", 2, "pobj", "NUM")]
    host, prep = _host(_Tok(sent, 3, counter), {3})
    assert (host.i, prep) == (1, "in")
    assert counter[0] <= 2 * len(sent) + 2


def test_the_same_on_a_spacy_doc():
    words = [w for w, *_ in LAST_A_FEW_DAYS]
    doc = Doc(Vocab(), words=words, heads=[h for _, h, _, _ in LAST_A_FEW_DAYS],
              deps=[d for *_, d, _ in LAST_A_FEW_DAYS], pos=[p for *_, p in LAST_A_FEW_DAYS])
    host, prep = _host(doc[4], {1, 2, 3, 4})
    assert (host.i, prep) == (1, None)


@pytest.mark.parametrize("text", [
    # invented, of the shape that stalled: a duration read with the sentence's root verb
    # (looped forever before: "last a few days" holds the root "last")
    "Strikes at Acme Corp usually last a few days or weeks, and can return in two or three rounds over 14 months.",
    # the twin: a bare year in a sentence of its own, beside a figure (never looped: not the figure's sentence)
    "2009.\n\nAcme Corp said it sold 5,000 units.",
])
def test_a_document_of_that_shape_is_analysed(nlp, text):
    a = pipeline.analyse_document(schema.Document(id="d1", text=text), nlp)
    assert a.figures  # reached the end of the figures step

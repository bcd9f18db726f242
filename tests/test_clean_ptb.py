"""Penn Treebank tokenised copy typeset once at the cleaning stage's door (issue 16,
round twenty-four, 24p): detection from several signals together, the detokeniser, and
``clean_record`` reading the tokenised and the typeset form of one article alike. Every
text is invented."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from storyline.clean import clean_record, ptb
from storyline.types import Record

TOKENISED = "\n".join([
    "Floods cut off the town of Marotia on Monday , officials said .",
    "`` We have fuel for two more nights , '' said Jane Roe , the mayor -LRB- an independent -RRB- .",
    "The river did n't fall until Tuesday , and the town 's bridge was shut .",
])
TYPESET = "\n\n".join([
    "Floods cut off the town of Marotia on Monday, officials said.",
    "\"We have fuel for two more nights,\" said Jane Roe, the mayor (an independent).",
    "The river didn't fall until Tuesday, and the town's bridge was shut.",
])


def test_tokenised_copy_is_detected_and_typeset():
    assert ptb.signals(TOKENISED) == {"brackets", "quotes", "clitics", "commas", "stops", "all stops"}
    assert ptb.looks_tokenised(TOKENISED)
    assert ptb.detokenise(TOKENISED) == TYPESET


def test_short_copy_with_spaced_stops_only_is_detected():
    text = "Rescue teams reached the first villages by boat .\nMany families spent the night on their roofs ."
    assert ptb.looks_tokenised(text)
    assert ptb.detokenise(text) == ("Rescue teams reached the first villages by boat.\n\n"
                                    "Many families spent the night on their roofs.")


def test_one_signal_alone_is_not_enough():
    # commas spaced off, but nothing else PTB: a table of spaced numbers
    assert not ptb.looks_tokenised("Rates : 1 , 2 , 3 , 4\nTotal 10")
    # a bracket token alone in typeset prose (a text about tokenisers)
    assert not ptb.looks_tokenised("The tagger writes -LRB- for a bracket, and the parser reads it back.")


# must-not-fire twins: ordinary typeset copy
TWINS = [
    "The council (which met on Monday) said the bridge would open, and it did.",  # a stray bracket
    "He called it ''a disaster'', and the mayor agreed.\nThe river fell on Tuesday.",  # '' typed as a quote
    "def f(x):\n    return x , y\n\nprint(f(1))",  # a code sample
    "Year  2019  2020\nWheat  1 , 200  1 , 350\nMaize  900  950",  # a table with spaced numbers
    "Q : what ?\nA : the bridge.",  # a question line with spaced marks
    "Quoi ? Il est parti !\nOui, il est parti ce matin ?",  # French spacing
    TYPESET,
]


def test_typeset_twins_are_not_detected():
    for text in TWINS:
        assert not ptb.looks_tokenised(text), text


def test_clean_record_reads_both_forms_alike():
    raw = clean_record(Record(source="tok.txt", text=TOKENISED))
    typeset = clean_record(Record(source="typeset.txt", text=TYPESET))
    assert raw.text == typeset.text
    assert any("Penn Treebank" in w for w in raw.warnings)
    assert not any("Penn Treebank" in w for w in typeset.warnings)


def test_clean_record_leaves_a_typeset_twin_alone():
    text = "The council (which met on Monday) said the bridge would open.\nIt did , on Friday ."
    doc = clean_record(Record(source="t.txt", text=text))
    assert not any("Penn Treebank" in w for w in doc.warnings)


def test_tokenised_wire_credit_and_pull_quote_read_as_typeset():
    # the shapes round twenty-three taught noise.py in PTB spelling now reach it typeset
    body = [
        "Floods swept through the valley towns of Marotia on Monday , cutting off dozens of villages , officials said .",
        "The river rose by two metres overnight after three days of heavy rain in the hills above the towns .",
        "`` We are done , '' she said .",
        "Rescue teams from the capital reached the first villages by boat on Tuesday morning .",
        "-LRB- Reporting by Jane Roe ; Editing by John Doe -RRB-",
    ]
    tok = clean_record(Record(source="tok.txt", text="\n".join(body)))
    typ = clean_record(Record(source="typ.txt", text="\n\n".join(ptb.detok(x) for x in body)))
    assert tok.text == typ.text
    assert "Reporting by" not in tok.text


# -- properties ------------------------------------------------------------------------

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", min_size=1, max_size=8)


@st.composite
def _typeset_sentence(draw) -> str:
    """A typeset sentence of the shapes the detokeniser supports: words, commas, a
    bracketed aside, a clitic, a quotation with its comma inside, a final stop."""
    words = draw(st.lists(_WORD, min_size=3, max_size=8))
    s = " ".join(words)
    if draw(st.booleans()):
        s = s.replace(" ", ", ", 1)
    if draw(st.booleans()):
        s += " (" + " ".join(draw(st.lists(_WORD, min_size=1, max_size=3))) + ")"
    if draw(st.booleans()):
        s = draw(_WORD) + "'s " + s
    if draw(st.booleans()):
        s = '"' + s + ',"' + " she said"
    return s + draw(st.sampled_from([".", "?", "!"]))


def _tokenise(sentence: str) -> str:
    """A PTB tokenisation of the shapes ``_typeset_sentence`` writes."""
    s = re.sub(r'^"', "`` ", sentence)
    s = s.replace(',"', " , ''")
    s = s.replace("(", "-LRB- ").replace(")", " -RRB-")
    s = s.replace("'s ", " 's ")
    s = re.sub(r"(?<=\w),", " ,", s)
    return re.sub(r"([.?!])$", r" \1", s)


@given(st.lists(_typeset_sentence(), min_size=1, max_size=5))
def test_detok_of_a_tokenisation_gives_the_sentence_back(sentences):
    for s in sentences:
        assert ptb.detok(_tokenise(s)) == s
    tokenised = "\n".join(_tokenise(s) for s in sentences)
    if ptb.looks_tokenised(tokenised):
        assert ptb.detokenise(tokenised) == "\n\n".join(sentences)


@given(st.lists(_typeset_sentence(), min_size=1, max_size=6))
def test_typeset_sentences_are_never_detected(sentences):
    assert not ptb.looks_tokenised("\n".join(sentences))
    assert not ptb.looks_tokenised("\n\n".join(sentences))


@given(st.text(alphabet=st.characters(blacklist_characters="`-,.?!'", blacklist_categories=("Cs",)), max_size=300))
def test_text_with_no_ptb_signal_is_never_detected(text):
    assert ptb.signals(text) == set()
    assert not ptb.looks_tokenised(text)


@given(st.lists(_typeset_sentence(), min_size=2, max_size=6))
def test_detokenising_is_idempotent(sentences):
    tokenised = "\n".join(_tokenise(s) for s in sentences)
    once = ptb.detokenise(tokenised)
    assert not ptb.looks_tokenised(once)
    assert ptb.detokenise(once) == once


# -- typeset-path mends the round-23 tokenised tests exposed once copy is typeset ------

_WIRE = ("Regulators will decide next week how much to fine the owner of the tanker, officials said.\n\n"
         "The agency has not said what sum it will seek, and the company declined to comment.\n\n")
_TAIL = "\n\nShares in the company fell 3 percent in early trading on the news."


def test_a_credit_line_alone_is_cut_and_one_a_sentence_goes_on_from_stays():
    from storyline.clean.noise import clean_text

    credit = "(Reporting by Jane Roe; Editing by John Doe)"
    assert credit in [r.text for r in clean_text(_WIRE + credit + _TAIL).removed]
    line = "(Reporting by Acme Wire on the pumps was denied by the mayor) and the pumps stayed idle."
    assert line in clean_text(_WIRE + line + _TAIL).text

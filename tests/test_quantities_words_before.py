"""quantities._words_before: the one reader of "the word(s) before the number" (a label's
noun, the verb of "handing over", the part of "the western half"), written once for the
three patterns it replaced (round sixteen, mend5)."""
import re

from hypothesis import given
from hypothesis import strategies as st

from storyline.analyse import quantities

_TEXT = st.text(alphabet="aAyYer ov\t-9(", max_size=40)


def _old(pattern: str, left: str) -> tuple[str, ...] | None:
    m = re.search(pattern, left)
    return None if m is None else tuple((g or "").lower() for g in m.groups())


def test_two_words_before_a_label_number():
    assert quantities._words_before("pupils in all Year ", 2, " ") == ("all", "year")
    assert quantities._words_before("Year ", 2, " ") == ("", "year")
    assert quantities._words_before("Year  ", 2, " ") is None  # two spaces: not right before it


def test_the_verb_before_over():
    assert quantities._words_before("Acme was handing over ", tail=r"\s+over\s+") == ("handing",)
    assert quantities._words_before("Acme handed-over ", tail=r"\s+over\s+") is None


def test_an_unbounded_word_may_follow_a_hyphen():
    assert quantities._words_before("the south-western ", bounded=False) == ("western",)
    assert quantities._words_before("the south-western ") is None


@given(_TEXT)
def test_the_helper_reads_as_the_three_patterns_it_replaced(left):
    assert quantities._words_before(left, 2, " ") == _old(r"(?:^|[^\w-])(?:([A-Za-z]+)\s+)?([A-Za-z]+) $", left)
    assert quantities._words_before(left, tail=r"\s+over\s+") == _old(r"(?:^|[^\w-])([A-Za-z]+)\s+over\s+$", left)
    assert quantities._words_before(left, bounded=False) == _old(r"([A-Za-z]+)\s+$", left)


_FROM_TEXT = st.text(alphabet="aAyYer frmoFROM\t-9(İK_", max_size=50)


def test_the_word_before_from_may_follow_a_hyphen():
    assert quantities._from_opener("estimates ranged from 5", len("estimates ranged from ")) == "ranged"
    assert quantities._from_opener("long-ranged from 5", len("long-ranged from ")) == "ranged"
    assert quantities._from_opener("rose 5", len("rose ")) is None


@given(_FROM_TEXT, st.sampled_from(["", " from ", " From  ", "-from ", "from\t", " from"]), _FROM_TEXT,
       st.integers(min_value=-3, max_value=3))
def test_the_word_before_from_reads_as_the_two_patterns_it_replaced(head, joint, rest, shift):
    text = head + joint + rest
    start = max(0, len(head + joint) + shift)
    m = re.search(r"\b([a-z]+)\s+from\s+$", text[max(0, start - 40) : start].lower())
    assert quantities._from_opener(text, start) == (None if m is None else m.group(1))

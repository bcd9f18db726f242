"""bench/perf_stories.py: the copies of the chain to 20,000 documents cipher every name key
(so each copy forms stories of its own) and keep every other word and every length."""

from __future__ import annotations

from types import SimpleNamespace

from benchmod import bench
from hypothesis import given
from hypothesis import strategies as st

from storyline.resolve import stories

ps = bench("perf_stories")

TEXT = ("The UK and the US asked the WHO about H5N1 on Tuesday, 28 April 2009. "
        "Dr Margaret Chan of the World Health Organization in Geneva said the virus was spreading. "
        "#swineflu Chan's staff met officials from Córdova and the un-named city.")


def _doc(doc_id: str, text: str, mentions: list[tuple[str, str]]):
    """What the rewrite reads of an analysis: its document and its mentions."""
    return SimpleNamespace(document=SimpleNamespace(id=doc_id, text=text, title=None),
                           mentions=[SimpleNamespace(text=t, label=label) for t, label in mentions])


MENTIONS = [("UK", "GPE"), ("US", "GPE"), ("WHO", "ORG"), ("Margaret Chan", "PERSON"),
            ("the World Health Organization", "ORG"), ("Chan's", "PERSON"), ("Córdova", "GPE"),
            ("Tuesday, 28 April 2009", "DATE")]


def _keys(text: str) -> set[str]:
    """The name keys of the mentions' texts found again at their places in ``text``."""
    out = set()
    for t, label in MENTIONS:
        if label in stories.ENTITY_LABELS:
            i = TEXT.index(t)
            k = stories.name_key(text[i : i + len(t)], label)
            if k:
                out.add(k)
    return out


def test_every_name_key_is_ciphered_short_ones_too():
    a = _doc("d1", TEXT, MENTIONS)
    new = ps.fixer(a, 3)(TEXT)
    assert len(new) == len(TEXT)
    assert not _keys(TEXT) & _keys(new)  # uk, us, who, chan, córdova... none kept
    for word in ("UK", "US", "WHO", "H5N1", "swineflu", "Chan", "Córdova", "Margaret", "Health"):
        assert word not in new.replace("-", " ").split() and f"#{word}" not in new
    assert "2021" in new and "2009" not in new  # years moved 4 a copy


def test_other_words_are_kept():
    """Must not fire: words of no name (lowercase, "the", "of", a possessive's "s", "un-" of
    "un-named") stay as they are."""
    a = _doc("d2", TEXT, MENTIONS)
    new = ps.fixer(a, 3)(TEXT)
    for phrase in ("The ", " and the ", " asked the ", " about ", " on Tuesday, 28 April ", " of the ",
                   " said the virus was spreading", "'s staff met officials from ", "the un-named city"):
        assert phrase in new
    assert ps.fixer(_doc("d3", "no names at all in 1850.", []), 5)("no names at all in 1850.") == "no names at all in 1850."


def test_same_copy_same_cipher_other_copy_another():
    a = _doc("d4", "Chan met the WHO.", [("Chan", "PERSON"), ("WHO", "ORG")])
    b = _doc("d5", "The WHO and CHAN.", [("WHO", "ORG")])
    ka, kb = ps.fixer(a, 1)("Chan met the WHO."), ps.fixer(b, 1)("The WHO and CHAN.")
    assert ka.split()[0].casefold() == kb.split()[-1].rstrip(".").casefold()  # "CHAN" (an acronym-like word) = "Chan"
    assert ka.split()[-1] == kb.split()[1] + "."
    assert ps.fixer(a, 2)("Chan met the WHO.") != ka


@given(st.text(alphabet=st.characters(categories=("Lu", "Ll", "Nd")), min_size=1, max_size=12), st.integers(1, 500))
def test_cipher_keeps_shape_and_changes_the_word(word, k):
    out = ps._cipher(word, k)
    assert len(out) == len(word)
    assert [c.isdigit() for c in out] == [c.isdigit() for c in word]
    assert [c.isupper() for c in out] == [c.isupper() for c in word]
    assert out == ps._cipher(word, k)
    if any(c.isalpha() or c.isdigit() for c in word):
        assert out.casefold() != word.casefold()

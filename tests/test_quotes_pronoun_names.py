"""A bare pronoun is never an entity nor a speaker's name (issue 18, round fourteen, 18e).

On an audit story a "He" opening a paragraph ("He warned that ...") was heard as a
sound-alike of a surname named earlier and became an entity called "He"; the cueless
quotation after it then took "the speaker of the quote just before" and the reader was
shown the speaker "He". The pronoun is now left to the speaker resolver: linked to the
man it stands for, or open, and a carry from an open speaker is open.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storyline.analyse import names
from storyline.pipeline import analyse_record
from storyline.types import Record

_DOCK = ('Dr Peter Gray, the head of planning at the Port Ellery council, said the new dock would open in May.\n\n'
         'Tom Hay, the director of the Acme Harbour Centre, said: "Nobody knows yet who should run it."\n\n'
         'Gray said that the council would first look after the fishing crews.\n\n'
         '"Still, we are prepared to alter those plans fast if need be," he added.\n\n'
         'He warned that the harbour crews would have to change their habits before the winter.\n\n'
         '"Only a third of the crews turn up for the drills. We can not allow that to go on."\n\n')


def _analyse(text: str):
    return analyse_record(Record(source="x.txt", text=text))


def _name(a, q) -> str | None:
    """The name the reader is shown: the speaker's mention (through its link), else the
    pronoun's antecedent."""
    i = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
    if i is None:
        return None
    ref = a.mentions[i].context.ref
    return a.mentions[ref if isinstance(ref, int) else i].text


def _quote(a, start: str):
    hits = [q for q in a.quotes if q.text.startswith(start)]
    assert hits, [q.text for q in a.quotes]
    return hits[0]


def test_a_he_sounding_like_a_surname_is_no_entity():
    a = _analyse(_DOCK)
    assert not [m.text for m in a.mentions if names.is_pronoun(m.text)]
    # the "He" is the resolver's: the man of the "he added" before it
    assert _name(a, _quote(a, "that the harbour crews")) == "Peter Gray"


def test_a_cueless_quote_after_a_resolved_he_carries_that_man():
    a = _analyse(_DOCK)
    q = _quote(a, "Only a third of the crews")
    assert _name(a, q) == "Peter Gray"
    assert q.speaker_text is None or not names.is_pronoun(q.speaker_text)


def test_a_cueless_quote_after_a_named_speaker_still_carries():
    a = _analyse('Jane Roe, the mayor of Port Ellery, said: "The dock will open in May."\n\n'
                 '"Nobody will lose a job over it."\n\n')
    # 18m (round twenty-one): the reopened paragraph with no word between joins the quotation
    # before, one content; the words still carry her name
    q = next(q for q in a.quotes if "Nobody will lose" in q.text)
    assert _name(a, q) == "Jane Roe"


def test_a_cueless_quote_after_an_open_he_is_open():
    a = _analyse('The council met on Monday.\n\n'
                 'He warned that the harbour crews would have to change their habits before the winter.\n\n'
                 '"Only a third of the crews turn up for the drills. We can not allow that to go on."\n\n')
    he = _quote(a, "that the harbour crews")
    assert he.speaker_mention is None and he.antecedent_mention is None  # no one it can stand for: open
    q = _quote(a, "Only a third of the crews")
    assert q.speaker_mention is None and q.antecedent_mention is None and q.speaker_text is None
    assert not [m.text for m in a.mentions if names.is_pronoun(m.text)]


def test_pronoun_forms_and_their_twins():
    for word in ("He", "he", "She", "It", "They", "Him", "We", "I", " her "):
        assert names.is_pronoun(word), word
    # capitals may be an acronym; a name that sounds like a pronoun is a name
    for word in ("US", "IT", "HE", "Hay", "Hew", "Heather", "He Yafei", "Itv", ""):
        assert not names.is_pronoun(word), word


@given(st.text(max_size=30))
def test_is_pronoun_only_for_one_word_of_the_lists(text):
    if names.is_pronoun(text):
        assert text.strip().lower() in names.pronoun_forms()
        assert " " not in text.strip()

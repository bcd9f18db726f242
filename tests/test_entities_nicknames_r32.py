"""A person named with a nickname and with the formal first name is one person (issue 18,
round thirty-two): "Bob Kessler" / "Robert Kessler", in one document and over the corpus,
when the nicknames data relates the two first names as a nickname and its formal name; two
formal names, a nickname of several formal names both in the corpus, and family members stay
apart. Each case with its must-not-fire twin, on short texts written for the test."""

from __future__ import annotations

from pipeline_helpers import analysed
from test_entities_bearers_r31 import _corpus  # resolve() over hand-made mentions

from storyline.analyse import names
from storyline.types import DocAnalysis


def test_a_nickname_and_its_formal_name_pair():
    for a, b in (("bob", "robert"), ("tony", "anthony"), ("bill", "william"), ("jim", "james"),
                 ("robert", "bob"), ("Ken", "Kenneth")):
        assert names.nickname_pair(a, b), (a, b)
    # twins: two formal names (no relation; or one the data relates, given to as many children),
    # names of the other gender, the same name
    for a, b in (("robert", "richard"), ("emma", "emily"), ("eric", "derrick"), ("aaron", "erin"),
                 ("jack", "jacqueline"), ("bob", "bob"), ("bob", "kessler")):
        assert not names.nickname_pair(a, b), (a, b)


def test_a_nickname_is_no_other_person_but_another_first_name_is():
    assert not names.different_people("Bob Kessler", "Robert Kessler")
    assert names.given_fits("bob", "robert")
    # twins: two formal first names, and a nickname in the family name's place
    assert names.different_people("Richard Kessler", "Robert Kessler")
    assert names.different_people("Michelle Kessler", "Barack Kessler")
    assert names.different_people("Bob Kessler", "Kessler Robert")




_BOB = ("Bob Kessler, the chief executive, spoke on Monday.", [("Bob Kessler", "PERSON")])


def test_the_nickname_and_the_formal_name_are_one_entity_over_the_corpus():
    got = _corpus(_BOB, ("Robert Kessler, the chief executive, spoke in London.", [("Robert Kessler", "PERSON")]))
    assert got[("d0", 0)].id == got[("d1", 0)].id
    # twin: another formal first name is another man
    got = _corpus(_BOB, ("Richard Kessler, the chief executive, spoke in London.", [("Richard Kessler", "PERSON")]))
    assert got[("d0", 0)].id != got[("d1", 0)].id


def test_a_nickname_of_two_formal_names_in_the_corpus_joins_neither():
    bill = ("Bill Kessler, the co-chair, spoke on Monday.", [("Bill Kessler", "PERSON")])
    william = ("William Kessler, the co-chair, spoke in London.", [("William Kessler", "PERSON")])
    robert = ("Robert Kessler, a fisherman, spoke in Venice.", [("Robert Kessler", "PERSON")])
    got = _corpus(bill, william, robert)
    assert got[("d0", 0)].id not in (got[("d1", 0)].id, got[("d2", 0)].id)
    assert got[("d1", 0)].id in {p.entity for p in got[("d0", 0)].possible_aliases}
    # twin: the one formal name in the corpus: his
    got = _corpus(bill, william)
    assert got[("d0", 0)].id == got[("d1", 0)].id


def _bare(a: DocAnalysis, word: str) -> list[str | None]:
    return [a.mentions[m.context.ref].text if m.context.ref is not None else None for m in a.mentions if m.text == word]


def test_a_bare_surname_after_the_nickname_and_the_formal_name_is_the_one_man_s():
    a = analysed("Robert Kessler, the chief executive of the firm, said on Monday that the well was shut. "
                 "Bob Kessler told reporters in London that the leak had been stopped. "
                 "Kessler said the company would pay.")
    assert _bare(a, "Kessler") == ["Robert Kessler"]
    # twin: two formal first names in one sentence: open
    a = analysed("Robert Kessler, the brother of Richard Kessler, said on Monday that the well was shut. "
                 "Kessler said the company would pay.")
    assert _bare(a, "Kessler") == [None]

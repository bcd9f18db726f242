"""A bare surname two people of one document bear (issue 18, round thirty-one): it goes to
the bearer named nearest before it, and stays open when no bearer is named before it or
when the two are named in one sentence; the most-mentioned bearer is no evidence. Each
case with its must-not-fire twin, on short texts written for the test."""

from __future__ import annotations

from pipeline_helpers import analysed
from test_entities import resolve_entities

from storyline.types import DocAnalysis


def _bare(a: DocAnalysis, word: str) -> list[str | None]:
    """What each bare mention ``word`` of the analysis links to: the full name, or None (open)."""
    out = []
    for m in a.mentions:
        if m.text == word:
            out.append(a.mentions[m.context.ref].text if m.context.ref is not None else None)
    return out


def test_the_bare_surname_after_the_second_bearer_is_not_given_to_the_most_mentioned():
    a = analysed(
        "John Kessler, the mayor of Port Ellery, said the harbour would reopen on Monday. "
        "John Kessler said the dredging had cost $4 million.\n\n"
        "Mary Kessler, a nurse at the city hospital, said the clinic had treated 12 fishermen. "
        "Kessler added that the clinic needed more staff.")
    assert _bare(a, "Kessler") == ["Mary Kessler"]
    # twin: a bare surname after the first bearer only, the second named later, is his
    a = analysed(
        "John Kessler, the mayor of Port Ellery, said the harbour would reopen on Monday. "
        "Kessler said the dredging had cost $4 million.\n\n"
        "Mary Kessler, a nurse at the city hospital, said the clinic had treated 12 fishermen.")
    assert _bare(a, "Kessler") == ["John Kessler"]


def test_two_bearers_named_in_one_sentence_leave_the_bare_surname_open():
    a = analysed(
        "Mary Kessler, the wife of John Kessler, said on Monday that the harbour had been closed for a week. "
        "Kessler said the fishermen had lost their income.")
    assert _bare(a, "Kessler") == [None]
    # twin: one bearer named with another person of another surname: his
    a = analysed(
        "Mary Dunne, the wife of John Kessler, said on Monday that the harbour had been closed for a week. "
        "Kessler said the fishermen had lost their income.")
    assert _bare(a, "Kessler") == ["John Kessler"]


def test_a_bare_surname_before_any_bearer_is_named_stays_open_when_two_bear_it():
    a = analysed(
        "Kessler said the fishermen had lost their income after the harbour closed.\n\n"
        "John Kessler, the mayor, spoke on Monday. Mary Kessler, a nurse, spoke on Tuesday.")
    assert _bare(a, "Kessler") == [None]


def test_one_person_written_two_ways_is_one_bearer():
    a = analysed(
        "Barack H. Obama said on Monday that the spill was a disaster. "
        "Barack Obama later flew to the coast. Obama said the company would pay.")
    assert _bare(a, "Obama") == ["Barack H. Obama"]


def test_an_honorific_picks_the_bearer_of_its_gender():
    a = analysed(
        "Mrs. Mary Kessler, the wife of Mr. John Kessler, said on Monday that the harbour had been closed for a week. "
        "Mrs. Kessler said the fishermen had lost their income.")
    assert _bare(a, "Kessler") == ["Mary Kessler"]
    # the first names tell it too
    a = analysed(
        "Mary Kessler, the wife of John Kessler, said on Monday that the harbour had been closed for a week. "
        "Mrs. Kessler said the fishermen had lost their income.")
    assert _bare(a, "Kessler") == ["Mary Kessler"]
    # twin: no gender told for either bearer, by honorific or first name: open
    a = analysed(
        "Jordan Kessler, the partner of Taylor Kessler, said on Monday that the harbour had been closed for a week. "
        "Mrs. Kessler said the fishermen had lost their income.")
    assert _bare(a, "Kessler") == [None]


def test_an_open_surname_first_in_a_document_does_not_follow_a_later_linked_one():
    # corpus stage: the open "Kessler" (index 0) and the "Kessler" linked to John Kessler (index 3) are
    # the same word in one document, but the first stays off John Kessler's entity
    got = resolve_entities(
        [("Kessler", "PERSON", None, ["John Kessler", "Mary Kessler"]), ("John Kessler", "PERSON"), ("Mary Kessler", "PERSON"),
         ("Kessler", "PERSON", 1)],
        fields=("ref", "ambiguous"))
    assert got[("d0", 3)].id == got[("d0", 1)].id
    assert got[("d0", 0)].id not in (got[("d0", 1)].id, got[("d0", 2)].id)
    # twin: a linked "Kessler" first and another linked one later are one person
    got = resolve_entities(
        [("John Kessler", "PERSON"), ("Kessler", "PERSON", 0), ("Kessler", "PERSON", 0)], fields=("ref", "ambiguous"))
    assert got[("d0", 1)].id == got[("d0", 2)].id == got[("d0", 0)].id


# --- a bearer the tagger missed ------------------------------------------------------------


def test_the_first_names_written_before_a_surname():
    from storyline.analyse import speakers

    text = ('Study author William "Monty" Kessler spoke. Bob Kessler agreed. Mary L. Kessler left. '
            "Senator Kessler and Mr Kessler stayed.")
    assert set(speakers.written_given_names(text, "Kessler")) == {
        frozenset({"william", "monty"}), frozenset({"bob"}), frozenset({"mary"})}
    # a middle name and a word before the name are read with the given name, never alone; a
    # rank that is also a first name is left out
    text = "Mary Frances Kessler spoke. BP Vice President Tony Kessler agreed. General Kessler left."
    assert speakers.written_given_names(text, "Kessler") == [frozenset({"mary", "frances"}), frozenset({"vice", "tony"})]
    # twin: titles, stop words and a word with no capital before the surname are no first names
    assert speakers.written_given_names("Senator Kessler said, and then Kessler left. An Kessler aide.", "Kessler") == []


_MONTY = ("Bob Kessler, the co-chair of the panel, spoke on Monday in Washington. "
          'The study was led by William "Monty" Kessler, a plankton expert in Alabama. '
          "Kessler said the carbon had returned to normal by September.")


def test_a_bare_surname_stays_open_beside_a_bearer_the_tagger_split():
    a = analysed(_MONTY)
    assert set(_bare(a, "Kessler")) == {None}
    # twin: no other first name written before the surname: the one tagged bearer's
    a = analysed(_MONTY.replace('William "Monty" Kessler', "Kessler"))
    assert set(_bare(a, "Kessler")) == {"Bob Kessler"}


def _corpus(*texts_and_mentions):
    from storyline.resolve.corpus import Corpus
    from storyline.resolve.entities import resolve
    from storyline.schema import Document
    from storyline.types import Mention

    analyses = []
    for n, (text, ms) in enumerate(texts_and_mentions):
        mentions = [Mention(start=text.index(t), end=text.index(t) + len(t), text=t, label=label) for t, label in ms]
        analyses.append(DocAnalysis(version="t", document=Document(id=f"d{n}", text=text), mentions=mentions))
    entities, mapping = resolve(Corpus(analyses=analyses))
    by_id = {e.id: e for e in entities}
    return {k: by_id[v] for k, v in mapping.items()}


def test_a_bare_surname_does_not_join_the_corpus_bearer_when_its_document_names_another():
    bob = ("Bob Kessler, the co-chair of the panel, spoke on Monday.", [("Bob Kessler", "PERSON")])
    got = _corpus(bob, ('The study author, William "Monty" Kessler, was in Alabama. Kessler said it was over.',
                        [("Kessler", "PERSON")]))
    assert got[("d1", 0)].id != got[("d0", 0)].id
    assert got[("d0", 0)].id in {p.entity for p in got[("d1", 0)].possible_aliases}
    # twins: the document writes no first name, or his own, before the surname: his
    got = _corpus(bob, ("The co-chair, Kessler, was in Alabama. Kessler said it was over.", [("Kessler", "PERSON")]))
    assert got[("d1", 0)].id == got[("d0", 0)].id
    got = _corpus(bob, ("The co-chair, Bob Kessler, was in Alabama. Kessler said it was over.",
                        [("Kessler", "PERSON")]))
    assert got[("d1", 0)].id == got[("d0", 0)].id


def test_an_adverb_run_into_a_name_is_no_second_bearer():
    a = analysed("President Barack Obama said the spill was a disaster. Obama is frustrated. "
                 "Thankfully Obama listened to the fishermen. Obama said the company would pay.")
    assert _bare(a, "Obama") == ["Barack Obama", "Barack Obama"]
    # twin: a second bearer with a first name is one: the bare word after her is open or hers
    a = analysed("President Barack Obama said the spill was a disaster. Obama is frustrated. "
                 "Michelle Obama listened to the fishermen. Obama said the company would pay.")
    assert _bare(a, "Obama")[0] == "Barack Obama" and _bare(a, "Obama")[1] in (None, "Michelle Obama")


def test_a_bare_surname_far_after_both_bearers_stays_open():
    a = analysed(
        "Sen. John Kessler held shares in the company. Among them was a trust of his wife, Teresa Kessler, "
        "which was sold in May. The rules on such trusts are old. Lawmakers must report them each year. "
        "Few do so on time. Kessler is the lead negotiator on the energy bill.")
    assert _bare(a, "Kessler")[-1] is None
    # twin: the nearest bearer named in the sentence before: hers
    a = analysed(
        "Sen. John Kessler held shares in the company. The rules on such trusts are old. "
        "Teresa Kessler, a trustee, sold her trust in May. Kessler said the sale had been planned for years.")
    assert _bare(a, "Kessler")[-1] == "Teresa Kessler"


def test_a_middle_name_written_before_the_surname_is_the_same_bearer():
    bob = ("Marie-Laurence Jocelyn Kessler, the minister, spoke on Monday.",
           [("Marie-Laurence Jocelyn Kessler", "PERSON")])
    got = _corpus(bob, ("The minister, Jocelyn Kessler, was in the capital. Kessler said it was over.",
                        [("Kessler", "PERSON")]))
    assert got[("d1", 0)].id == got[("d0", 0)].id


def test_an_honorific_rules_out_a_bearer_whose_first_name_tells_the_other_gender():
    a = analysed(
        "John Kessler ran the agency for eight years. His daughter, Mary Kessler, defended it on Sunday. "
        "If you have a better defense to offer, Mr. Kessler, now is the time.")
    assert _bare(a, "Kessler")[-1] == "John Kessler"
    # twin: without the honorific the bare surname right after a relative brought in by a
    # family noun is open
    a = analysed(
        "John Kessler ran the agency for eight years. His daughter, Mary Kessler, defended it on Sunday. "
        "Kessler said the agency had done its work.")
    assert _bare(a, "Kessler")[-1] is None


def test_a_relative_brought_in_by_a_family_noun_does_not_take_the_bare_surname():
    a = analysed(
        "Andrew Kessler worked for the mission in the capital. His half-brother David Kessler is a professor "
        "in Dublin. Mr Kessler has a twin brother who lives in Chicago.")
    assert _bare(a, "Kessler")[-1] is None
    # twin: the same relative named without a family noun, the bare surname after him is his
    a = analysed(
        "Andrew Kessler worked for the mission in the capital. The professor David Kessler spoke in Dublin "
        "on Monday. Mr Kessler said the mission had lost touch with the capital.")
    assert _bare(a, "Kessler")[-1] == "David Kessler"
    # a caption's noun run into the name by "of" is no bearer either
    a = analysed("Tony Kessler said the well was sealed. Photographs of Kessler were shown on Monday. "
                 "Kessler said the company would pay.")
    assert _bare(a, "Kessler") == ["Tony Kessler"]


def test_a_surname_modifying_a_noun_stays_open_when_two_bear_it():
    a = analysed("First Lady Michelle Obama urged tourists to visit the coast. "
                 "A court rejected the Obama administration's earlier ban. President Barack Obama flew in on Monday.")
    assert _bare(a, "Obama") == [None]
    # twin: one bearer: the modifier is his
    a = analysed("A court rejected the Obama administration's earlier ban. President Barack Obama flew in on Monday. "
                 "The Obama administration appealed.")
    assert _bare(a, "Obama")[-1] == "Barack Obama"

"""Round thirty-seven, the integrator's corpus-stage mend (issue 18): a word typed ORG that its
document always writes after "The" ("As The Hill reported") is a title, not the surname of the
corpus's one person so named; the same word without "The" still is. Texts written for the test."""

from __future__ import annotations


def _entity_of(docs, word):
    from storyline.resolve.corpus import Corpus
    from storyline.resolve.entities import resolve
    from storyline.schema import Document
    from storyline.types import DocAnalysis, Mention

    analyses = []
    for n, (text, ms) in enumerate(docs):
        mentions = []
        for t, label, at in ms:
            start = text.index(t, at)
            mentions.append(Mention(start=start, end=start + len(t), text=t, label=label))
        analyses.append(DocAnalysis(version="t", document=Document(id=f"d{n}", text=text), mentions=mentions))
    entities, mapping = resolve(Corpus(analyses=analyses))
    by_id = {e.id: e for e in entities}
    return by_id[mapping[("d1", 0)]].name


def test_an_org_word_written_after_the_is_no_surname_of_the_corpus_one_bearer():
    # round thirty-seven, the integrator (issue 18, corpus stage): "As The Hill reported" is
    # the outlet, not the corpus's one person named Hill (seed-152 west-journal Q21)
    first = ("Leonard Hill, a professor, spoke on Monday.", [("Leonard Hill", "PERSON", 0)])
    assert _entity_of([first, ("As The Hill reported, the debate ran late.", [("Hill", "ORG", 0)])], "Hill") != "Leonard Hill"
    # twin: the same word typed ORG without "The" is still the one bearer's surname
    assert _entity_of([first, ("As Hill reported, the debate ran late.", [("Hill", "ORG", 0)])], "Hill") == "Leonard Hill"

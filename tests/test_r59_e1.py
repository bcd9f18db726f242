"""Round fifty-nine, engineer e1: code health and cost, no behaviour change.

- Word lists that were written in the code (``_BACKSHIFTED``, ``_QUANTIFIED``, the inline
  "wonder", and other small lists a linguist would extend) are data files read through
  storyline.lexicon: each reads the words the code held, and the rules that read them still
  fire and still keep off their twins.
- resolve/data/brief_referring_nouns.txt: every entry is written as the NN lemma the reader
  compares ("earbud": "earbuds" could never match).
- Per-candidate scans made linear: ``figures._name_at_sentence_start`` reads an index built once
  per parse; ``quotes._direct_cands`` looks titles and named quotations up by identity in sets.

Texts are invented.
"""

from __future__ import annotations

import pytest
from pipeline_helpers import analysed, quote_holding, quotes_holding, shown_speaker

from storyline import lexicon
from storyline.analyse import entities, figures, quotes, speakers
from storyline.analyse import nlp as a_nlp
from storyline.resolve import brief, dating

# the words each list held in the code before round fifty-nine
_FORMER = [
    (lambda: quotes._BACKSHIFTED, {"would", "could", "might", "should"}),
    (lambda: quotes._SHARE_WORDS, {"percent", "%", "majority", "minority", "half", "share", "third", "quarter", "plurality"}),
    (lambda: quotes._COMPARISON_DEGREES, {"a", "bit", "slightly", "far", "much", "well", "just", "only", "somewhat", "little"}),
    (lambda: quotes._ADDRESSEE_VERBS, {"tell", "inform", "assure", "remind", "ask", "warn", "advise"}),
    (lambda: quotes._PASSIVE_SPEAKER, {"quote", "cite"}),
    (lambda: quotes._CONTRAST_MARKS, {"while", "whereas", "although", "though"}),
    (lambda: figures._MEASURED_VERBS, {"be", "have", "cost", "measure", "weigh"}),
    (lambda: figures._NEG_FOCUS, {"only", "just", "merely", "simply"}),
    (lambda: entities._PLACE_PREPS, {"in", "at", "near", "outside", "around", "from", "into", "across", "throughout"}),
    (lambda: brief._DEED_LIGHT_VERBS, {"be", "have", "do", "say", "tell"}),
    (lambda: brief._QUANTIFIED, {"all", "much", "most", "some", "none", "any", "each", "part", "half", "both"}),
    (lambda: dating._PREPOSITIONS - lexicon.words("prepositions.txt"),
     {"between", "into", "early", "late", "mid", "as", "and", "or"} - lexicon.words("prepositions.txt")),
]


@pytest.mark.parametrize("read, former", _FORMER)
def test_moved_lists_read_the_words_the_code_held(read, former):
    assert read() == frozenset(former)


def test_asking_pattern_takes_wonder_from_data():
    pat = brief._asking()
    assert pat.search("She wondered why the bridge was shut")  # must fire: the data file's verb, inflected
    assert pat.search("analysts asked whether it would reopen")  # asked_cues.txt still read
    assert not pat.search("a wonderful bridge")  # must not fire: another word that begins alike


def test_backshifted_report_then_present_perfect_is_the_writers():
    # must fire: "would" (backshifted_modals.txt) after a past cue; the present-perfect sequel is cut off
    a = analysed("Roe said on Monday that a deal would be signed in the spring, "
                 "but the two firms have been slow to agree on the price.")
    q = quote_holding(a, "deal would be signed")
    assert q is not None and "have been slow" not in q.text


def test_backshift_rule_keeps_a_present_cue_whole():
    # must not fire: a present cue ("says") is no backshifted report; the sequel stays in
    a = analysed("Roe says a deal could be signed in the spring, but the two firms have been slow to agree.")
    q = quote_holding(a, "deal could be signed")
    assert q is not None and "have been slow" in q.text


@pytest.fixture(scope="module")
def nlp():
    return a_nlp.load()


def test_referring_nouns_are_all_matchable_lemmas(nlp):
    for word in brief._referring_nouns():
        tok = nlp(f"The {word} is likely to go on sale next week.")[1]
        assert tok.tag_ == "NN" and tok.lemma_.lower() == word, word


def test_bare_definite_earbud_is_read():
    assert brief.bare_definite_subject("The earbud is likely to go on sale next week.")  # must fire


def test_bare_definite_earbud_with_a_name_is_not():
    # must not fire: the description says which one
    assert brief.bare_definite_subject("The Acme earbud is likely to go on sale next week.") is None


def _old_name_at_sentence_start(sdoc, prev, span) -> bool:
    """The round fifty-eight scan, kept here as the reference."""
    ent = span[0]
    if prev.ent_type_ in figures._NAME_TYPES and ent.ent_iob_ == "I" and ent.ent_type_ == prev.ent_type_:
        return True
    return any(t.text == prev.text and t.i != t.sent.start and t.i > 0 and sdoc[t.i - 1].is_alpha
               for t in sdoc if t.i != prev.i)


@pytest.mark.parametrize("text", [
    "You can buy a Thunderbolt dock for your laptop. Thunderbolt 3 docks start at $199.",  # written mid-sentence
    "You can buy a dock for your laptop. Thunderbolt 3 docks start at $199.",  # only at a sentence's start
    "Some 40 workers left. Some 12 stayed, and some said nothing.",
])
def test_name_at_sentence_start_index_agrees_with_the_scan(nlp, text):
    sdoc = nlp(text)
    starts = [s.start for s in sdoc.sents]
    checked = 0
    for i in starts:
        if i + 1 < len(sdoc):
            prev, span = sdoc[i], sdoc[i + 1 : i + 2]
            assert figures._name_at_sentence_start(sdoc, prev, span) == _old_name_at_sentence_start(sdoc, prev, span)
            checked += 1
    assert checked == len(starts)


def test_name_at_sentence_start_fires_on_a_name_written_mid_sentence(nlp):
    sdoc = nlp("You can buy a Thunderbolt dock for your laptop. Thunderbolt 3 docks start at $199.")
    i = [s.start for s in sdoc.sents][1]
    assert figures._name_at_sentence_start(sdoc, sdoc[i], sdoc[i + 1 : i + 2])  # must fire


def test_name_at_sentence_start_keeps_off_a_word_only_at_sentence_starts(nlp):
    sdoc = nlp("Some workers left early. Some 12 stayed behind.")
    i = [s.start for s in sdoc.sents][1]
    assert not figures._name_at_sentence_start(sdoc, sdoc[i], sdoc[i + 1 : i + 2])  # must not fire


def test_direct_candidates_still_drop_a_title_and_keep_a_statement():
    a = analysed('The agency published a report titled "Where Did the Water Go?" on Monday. '
                 '"We will rebuild the harbour wall before winter," Jane Roe said.')
    assert not quotes_holding(a, "Where Did the Water Go")  # must not be a quote: a work's title
    q = quote_holding(a, "rebuild the harbour wall")
    assert q is not None and "Roe" in (shown_speaker(a, q) or "")  # must fire: said, with its speaker


# cost (round fifty-nine, e1): per-candidate work done once, same answers


@pytest.mark.parametrize("spans", [[], [(5, 9)], [(10, 20), (0, 4), (15, 30), (30, 31), (40, 40), (50, 55)], [(3, 8), (3, 8), (7, 12)]])
def test_inside_spans_answers_as_inside_quote(spans):
    inside = speakers.spans_test(spans)
    for pos in range(-1, 60):
        assert inside(pos) == any(a <= pos < b for a, b in spans), pos


def test_inside_quote_follows_its_spans_when_set_again_or_grown(nlp):
    scene = speakers.Scene(nlp("Roe said it was over. Doe said it was not."), [], [(0, 4)])
    assert scene.inside_quote(2) and not scene.inside_quote(10)
    scene.quoted += [(8, 12)]  # as quotes.extract adds the transcript's turns
    assert scene.inside_quote(10)  # must fire: the grown list's span
    scene.quoted = [(20, 25)]  # as the tests set a scene's spans
    assert not scene.inside_quote(2) and scene.inside_quote(22)  # the old spans are gone


def test_forms_cached_reads_as_before(nlp):
    doc = nlp("She was hoping they studied the cases and carried on.")
    for tok in doc:
        w = tok.lower_
        want = {tok.lemma_.lower(), w}
        for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ies", "y")):
            if w.endswith(suffix) and len(w) - len(suffix) >= 2:
                want.add(w[: -len(suffix)] + repl)
        assert quotes._forms(tok) == want


def test_according_pairs_found_once_and_the_same(nlp, monkeypatch):
    built = []
    real = quotes._according_pairs
    monkeypatch.setattr(quotes, "_according_pairs", lambda sdoc: built.append(1) or real(sdoc))
    doc = nlp("According to the agency, the bridge will reopen in May. It was shut in March, according to Acme.")
    first = [(a.i, o.i) for a, o in quotes._according_to(doc)]
    assert len(first) == 2  # must fire: both "according to" with an object
    assert [(a.i, o.i) for a, o in quotes._according_to(doc)] == first  # read again from the parse's store
    assert built == [1]  # the pairs were found once for this parse, not per call (the read-through's note)
    assert list(quotes._according_to(nlp("The bridge will reopen in May, the agency said."))) == []  # must not fire

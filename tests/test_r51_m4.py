"""Round fifty-one, mender m4: in-sample mends of the seed-166 audit (FNC-1 c035, c038, c043,
c049, c051): contents that are no statement (issue 18) and two figure fields (issue 20).

1. c038 Q11: "announced another set of weak quarterly sales figures" names figures without them.
2. c051 Q14: "was shocked to find that ...", "only to find that ...": a discovery the writer tells.
3. c049 Q3: "One might also think that ...": the writer's hypothetical with generic "one".
4. c049 Q1: 'headlined: "..."': a headline after a naming verb and a colon is a title.
5. c049 Q10: 'the Acme Bolt ("The bolt you won't believe!") was sold': a slogan in brackets.
6. c043 F1: "Acme has reportedly asked its suppliers to make 5 million ...": no claimant.
7. c035 F1: "..., with the firm's Lifter selling over 10 million units": not the main subject's.

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name or a figure like the article's at most). Every text is invented.
"""

from __future__ import annotations

from pipeline_helpers import quoted_analysis

_HEAD = "Harbour firm news\n\nThe Portside Shipping Company has had a hard year on the docks.\n\n"


def _analyse(body: str):
    return quoted_analysis(_HEAD + body + "\n")


def _quotes(body: str) -> list[str]:
    return [q.text for q in _analyse(body).quotes]


def _figure(body: str, text: str):
    a = _analyse(body)
    fig = next(f for f in a.figures if f.text == text)
    return a, fig


def _name(a, mention, words):
    return words or (a.mentions[mention].text if mention is not None else None)


# --- 1. c038 Q11: a set of figures named without them ------------------------------------------------


def test_a_set_of_figures_announced_is_no_statement():
    body = "Shares fell on Monday after it announced another set of weak quarterly sales figures for the docks."
    assert not [q for q in _quotes(body) if "set of" in q]


def test_a_set_of_other_things_announced_stays():
    body = "Shares fell on Monday after it announced another set of new rules for its crews on the docks."
    assert any("set of new rules" in q for q in _quotes(body))


# --- 2. c051 Q14: a discovery the writer tells ---------------------------------------------------------


def test_a_discovery_after_a_feeling_or_only_is_no_statement():
    body = ("Last winter a family in Leeds were stunned to find that their pet dog, Rex, was in fact a wolf.\n\n"
            "A sailor came home only to find that his boat had been sold.\n\n"
            "Having found out her husband was cheating, the woman sold his boat.")
    quotes = _quotes(body)
    assert not [q for q in quotes if "wolf" in q or "boat had been sold" in q or "cheating" in q]


def test_a_stated_finding_stays():
    body = ("The inquiry found that the crew had ignored the alarms for an hour.\n\n"
            "Researchers found that the paint on the hull had failed early.")
    quotes = _quotes(body)
    assert any("ignored the alarms" in q for q in quotes)
    assert any("paint on the hull" in q for q in quotes)


# --- 3. c049 Q3: generic "one" under a modal ------------------------------------------------------------


def test_a_generic_one_under_a_modal_is_no_statement():
    body = ("The reporter rang the harbour office at last. (One might also think that a call would be "
            "the first thing a reporter would try.)")
    assert not [q for q in _quotes(body) if "first thing" in q]


def test_one_of_a_group_stays():
    body = "One of the officers said that the plan for the harbour had failed."
    assert any("plan for the harbour had failed" in q for q in _quotes(body))


# --- 4. c049 Q1: a headline after a naming verb and a colon --------------------------------------------


def test_a_headline_after_a_colon_is_no_statement():
    body = ('The story of the Harbour Times headlined boldly: "Attention, dock workers: your jobs are safe '
            'for now." Many readers shared it.')
    assert not [q for q in _quotes(body) if "Attention" in q]


def test_a_saying_after_a_colon_stays():
    body = ('The Harbour Times said: "Attention, dock workers: your jobs are safe for now." Many readers '
            'shared it.')
    assert any("Attention" in q for q in _quotes(body))


# --- 5. c049 Q10: a slogan in brackets after a noun ----------------------------------------------------


def test_a_quotation_filling_brackets_after_a_noun_is_no_statement():
    body = ("Back then the Acme Bolt (\"The bolt you won't believe!\") was sold in every shop on the quay. "
            "Two shops still sell it.")
    assert not [q for q in _quotes(body) if "believe!" in q]


def test_a_quotation_in_brackets_after_a_person_or_with_a_cue_stays():
    body = ('Jane Roe ("I was never told about the cuts") was furious on Monday.\n\n'
            'Later she spoke again (she said: "We will fight these cuts in court.").')
    quotes = _quotes(body)
    assert any("never told" in q for q in quotes)
    assert any("fight these cuts" in q for q in quotes)


# --- 6. c043 F1: a "reportedly" clause names no claimant ----------------------------------------------


def test_a_figure_in_a_reportedly_clause_has_no_claimant():
    a, f = _figure("Portside has reportedly asked its builders to make 5 million to 6 million bolts for "
                   "its first year.", "5 million to 6 million")
    assert _name(a, f.claimant_mention, f.claimant_text) is None


def test_a_figure_in_a_plain_request_keeps_its_claimant():
    a, f = _figure("Portside has asked its builders to make 5 million to 6 million bolts for its first year.",
                   "5 million to 6 million")
    assert _name(a, f.claimant_mention, f.claimant_text) == "Portside"


# --- 7. c035 F1: an absolute "with" clause with its own subject ---------------------------------------


def test_a_figure_in_an_absolute_with_clause_is_not_the_main_subjects():
    # the parse tags "selling" a noun: the figure's verb is read as the main clause's "grown"
    a, f = _figure("Robot mowers have grown in popularity in recent years, with US firm Acme's green Mowbot "
                   "selling well over 10 million units in the 12 years since its debut in 2002.",
                   "over 10 million")
    assert _name(a, f.subject_mention, f.subject_text) is None
    # the parse makes "selling" the with's verb: the climb to the main clause's subject stops at "with"
    a, f = _figure("Cranes have grown in popularity, with the firm's yellow Lifter selling well over "
                   "10 million units in the years since its launch.", "over 10 million")
    assert _name(a, f.subject_mention, f.subject_text) is None


def test_an_absolute_clause_whose_own_verb_holds_the_figure_keeps_its_subject():
    a, f = _figure("Portside now employs 4,000 people, with the new yard in Leeds adding 500 jobs.", "500")
    assert _name(a, f.subject_mention, f.subject_text) == "the new yard in Leeds"
    a, f = _figure("Portside now employs 4,000 people, with the new yard in Leeds adding 500 jobs.", "4,000")
    assert _name(a, f.subject_mention, f.subject_text) == "Portside"


def _parsed(words, heads, deps, tags):
    """A hand-built parse (spaCy's Doc with the heads and labels given): the shape the model
    gives the article's sentence but not a short one written for the test."""
    import spacy
    from spacy.tokens import Doc

    pos = {"VBD": "VERB", "NN": "NOUN", "NNS": "NOUN", "DT": "DET", "IN": "ADP", "JJ": "ADJ", "PRP": "PRON",
           "PRP$": "PRON", ",": "PUNCT"}
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=[pos[t] for t in tags])


def test_a_second_object_after_figures_named_without_them_is_no_content():
    from storyline.analyse import quotes

    # "it announced another set of weak sales figures, its fifth quarter of losses" with the
    # apposition hung on the cue as a second object (the parse of the article's sentence)
    words = ["it", "announced", "another", "set", "of", "weak", "sales", "figures", ",", "its", "fifth", "quarter",
             "of", "losses"]
    heads = [1, 1, 3, 1, 3, 7, 7, 4, 1, 11, 11, 1, 11, 12]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "amod", "compound", "pobj", "punct", "poss", "amod", "dobj",
            "prep", "pobj"]
    tags = ["PRP", "VBD", "DT", "NN", "IN", "JJ", "NNS", "NNS", ",", "PRP$", "JJ", "NN", "IN", "NNS"]
    doc = _parsed(words, heads, deps, tags)
    assert quotes._placeholder_figure(doc[3])
    assert quotes._after_placeholder(doc[1], doc[11])


def test_a_second_object_after_a_plain_object_is_read_as_before():
    from storyline.analyse import quotes

    words = ["it", "announced", "another", "set", "of", "new", "rules", ",", "its", "fifth", "change", "of", "course"]
    heads = [1, 1, 3, 1, 3, 6, 4, 1, 10, 10, 1, 10, 11]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "amod", "pobj", "punct", "poss", "amod", "dobj", "prep", "pobj"]
    tags = ["PRP", "VBD", "DT", "NN", "IN", "JJ", "NNS", ",", "PRP$", "JJ", "NN", "IN", "NN"]
    doc = _parsed(words, heads, deps, tags)
    assert not quotes._placeholder_figure(doc[3])
    assert not quotes._after_placeholder(doc[1], doc[10])

"""Round fifty-five, mender m1: in-sample mends of the seed-170 audit's quotes that were no
statement (issue 18): FNC-1 c082 Q2 ("it seemed logical to assume that ...": the writer's
assumption, its "it" resolved to a noun), c082 Q13 (a nutrient that "encourages the liver cells
to ..."), c069 Q2 (a product's name in marks after "the"), c083 Q2 ("cites tests using the
system" cut before "which it says increased ...", the claim) and c083 Q10 ("those claiming to be
'too busy'": whoever would say it).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed


def _cued(a, cue: str):
    return [q for q in a.quotes if q.cue == cue]


# --- c082 Q2: a linking verb with an adjective before the infinitive (quotes._writer_hedge) -----------

HEDGE = ("Diet advice\n\n"
         "Doctors have studied the diet of sailors for years.\n\n"
         "Because the salt raised blood pressure, {lead} to assume that this would increase the risk of a "
         "stroke. But doctors ignored the rest of the data.\n")


def test_it_seemed_logical_to_assume_is_the_writers_hedge():
    a = analysed(HEDGE.format(lead="it seemed logical"))
    assert not _cued(a, "assume"), [(q.text, q.cue) for q in a.quotes]
    assert not [q for q in a.quotes if "risk of a stroke" in q.text]


def test_it_would_appear_reasonable_is_the_same_hedge():
    a = analysed(HEDGE.format(lead="it would appear reasonable"))
    assert not [q for q in a.quotes if "risk of a stroke" in q.text], [(q.text, q.cue) for q in a.quotes]


def test_twin_it_seems_to_suggest_with_no_adjective_keeps_the_quote():
    # no adjective between: the "it" may be the study named before, which suggests it
    a = analysed("Port talks\n\nThe talks went on all night.\n\n"
                 "The study seems to suggest that the plan would work for the harbour crews.\n")
    q = [x for x in a.quotes if "the plan would work" in x.text]
    assert q and q[0].cue == "suggest" and q[0].speaker_text == "The study"


# --- c082 Q13: a cue of causing with a thing as subject (quotes._caused_deed) ------------------------

CAUSE = ("Why salt matters\n\n"
         "Salt has many effects on the body, including:\n\n"
         "Kidney Health: {subj} encourages the kidney cells to hold more water, which raises the pressure.\n")


def test_a_nutrient_that_encourages_cells_is_no_request():
    a = analysed(CAUSE.format(subj="Table salt"))
    assert not _cued(a, "encourages"), [(q.text, q.cue) for q in a.quotes]


def test_twin_a_person_who_encourages_keeps_the_quote():
    a = analysed("Farm plan\n\nThe ministry met the growers on Monday.\n\n"
                 "The minister encourages the farmers to plant more wheat this year.\n")
    q = _cued(a, "encourages")
    assert q and q[0].text.startswith("to plant more wheat")


def test_twin_a_document_that_encourages_keeps_the_quote():
    a = analysed("Farm plan\n\nThe ministry met the growers on Monday.\n\n"
                 "The letter encourages the farmers to plant more wheat this year.\n")
    assert _cued(a, "encourages")


def test_twin_a_plural_subject_the_lists_miss_keeps_the_quote():
    a = analysed("Charity night\n\nThe show goes out on Friday.\n\n"
                 "During the telethon, celebrities encourage viewers to give cash to the appeal.\n")
    assert _cued(a, "encourage"), [(q.text, q.cue) for q in a.quotes]


# --- c069 Q2: a capitalised name in marks right after a determiner (quotes._determined_name) ---------

DOCK = ("Watch show\n\n"
        "A small firm named Harbourline will be showing its prototype at the fair. The gadget in focus is "
        "the {name} The firm calls it the best watch gadget ever.\n")


def test_a_products_name_after_the_is_no_quote():
    a = analysed(DOCK.format(name='"Harbourline Solar Watch stand."'))
    assert not [q for q in a.quotes if "Solar Watch" in q.text], [(q.text, q.cue) for q in a.quotes]


def test_twin_a_lower_case_fragment_after_the_stays():
    a = analysed(DOCK.format(name='"best stand a runner could wish for."'))
    assert [q for q in a.quotes if "a runner could wish" in q.text], [(q.text, q.cue) for q in a.quotes]


def test_twin_a_name_a_cue_takes_stays():
    a = analysed("Watch show\n\nThe firm showed its prototype at the fair.\n\n"
                 'Jane Roe called it the "Best Watch Stand Ever Made." She left early.\n')
    assert [q for q in a.quotes if "Best Watch Stand" in q.text], [(q.text, q.cue) for q in a.quotes]


# --- c083 Q2: the cited thing's relative clause in the citer's own voice (quotes._own_relative_saying) -

CITES = ("Gym classes\n\n"
         "The chain claims the method has been \"proven to work\". {subj} cites trials using the method "
         "{rel} says increased fitness by 13% in six weeks.\n")


def test_the_citers_own_relative_saying_is_the_content():
    a = analysed(CITES.format(subj="Its website", rel="which it"))
    q = _cued(a, "cites")
    assert q and q[0].text.startswith("trials using the method") and q[0].text.endswith("in six weeks")


def test_twin_anothers_relative_saying_still_ends_the_content():
    a = analysed(CITES.format(subj="Jane Roe", rel="which they"))
    q = _cued(a, "cites")
    assert not q or "13%" not in q[0].text, [(x.text, x.cue) for x in a.quotes]


# --- c083 Q10: a cue's participle on "those" (quotes._generic_holder) -------------------------------

BUSY = ("Short workouts\n\n"
        "Research suggests that these sessions can help to cut blood sugar.\n\n"
        "So no more excuses for {who} previously claiming to be too busy to go to the gym.\n")


def test_those_claiming_is_no_one_reported():
    a = analysed(BUSY.format(who="those"))
    assert not _cued(a, "claiming"), [(q.text, q.cue) for q in a.quotes]


def test_twin_residents_claiming_keep_the_quote():
    a = analysed("Water row\n\nThe town's water turned brown last week.\n\n"
                 "Residents claiming that the water made them ill have written to the council.\n")
    assert _cued(a, "claiming"), [(q.text, q.cue) for q in a.quotes]

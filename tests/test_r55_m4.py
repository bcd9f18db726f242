"""Round fifty-five, mender m4: in-sample mends of the seed-170 audit's wrong figure fields
(issue 20): FNC-1 c074 F2/F3 (a count a quotation credits to another source, "According to
<X>, ...", given to the outlet that relayed it), c088 F2 (a possessor glued to the name that
modifies its noun, "[LG’s Apple Watch] deal", taken for the revenue's subject), c082 F6 (a
weight difference shown as a weight), c082 F10 (a graded judgement, "aren't comprehensive
enough", shown as the measure) and c082 F8 (a rate per day dropped past "of rice and pasta");
then two missing fields with a safe reading: c070 F2/F3's claimant (a report verb the tagger
took for a noun, "People With Money reports ... that") and c082 F2/F3's period (a review
"published in 2010").

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed

LEAD = "Markets slid on Tuesday as investors weighed the merger talks between the two firms.\n\n"


def _figure(a, text: str):
    hits = [f for f in a.figures if f.text == text]
    assert hits, [f.text for f in a.figures]
    return hits[0]


def _claimant(a, f) -> str | None:
    return a.mentions[f.claimant_mention].text if f.claimant_mention is not None else f.claimant_text


def _subject(a, f) -> str | None:
    return a.mentions[f.subject_mention].text if f.subject_mention is not None else f.subject_text


# --- c074 F2/F3: "According to X" inside a quotation credits the count to X (figures._according_governs) --

RELAYED = ("Executions report\n\n" + LEAD
           + '"According to Amnesty International at least 79 people were executed in Norland in 2013 and '
             '34 more people were executed this year," the Daily Ledger reported.\n')


def test_a_count_the_quotation_credits_to_another_source_is_that_sources():
    a = analysed(RELAYED)
    for fig in ("at least 79", "34"):
        f = _figure(a, fig)
        assert _claimant(a, f) == "Amnesty International", fig
        assert f.claimant_kind == "according_to"


def test_twin_a_quoted_count_with_no_source_inside_stays_the_speakers():
    a = analysed(RELAYED.replace("According to Amnesty International at least", "At least"))
    assert _claimant(a, _figure(a, "34")) == "Daily Ledger"


def test_twin_a_source_inside_the_quote_credits_no_count_the_speaker_adds_of_his_own():
    a = analysed("Road report\n\n" + LEAD
                 + '"According to the ministry the road was closed, but we counted 50 trucks there," the driver said '
                   "on Monday.\n")
    assert _claimant(a, _figure(a, "50")) != "ministry"


# --- c088 F2: "X’s <Name> deal" is X and the name, two mentions (entities._split_possessed) -----------

DEAL = ("Screen maker wins order\n\n" + LEAD
        + "Analysts said LG’s stock could rise. Morgan Bank estimates LG’s Apple Watch deal could generate "
          "$1.4 billion in revenue for the company in 2015.\n")


def test_a_possessor_glued_to_the_name_of_its_noun_is_cut_off_it():
    a = analysed(DEAL)
    assert "LG’s Apple Watch" not in [m.text for m in a.mentions]
    assert _subject(a, _figure(a, "$1.4 billion")) != "LG’s Apple Watch"


def test_twin_a_name_that_holds_a_possessive_stays_whole():
    a = analysed("Study report\n\n" + LEAD
                 + "The Women’s Health Initiative said the trial followed 48,000 women. Women’s groups welcomed it.\n")
    assert "Women’s Health Initiative" in [m.text for m in a.mentions]


# --- c082 F6: a weight that scales a difference or a change is no weight (figures._bare_weight) --------


def test_a_weight_difference_is_not_shown_as_a_weight():
    a = analysed("Diet trial\n\n" + LEAD
                 + "After eight years there was only 0.4 kg (1 pound) difference in weight between the groups.\n")
    assert _figure(a, "0.4").measure != "weight"


def test_twin_a_bare_weight_keeps_its_measure():
    a = analysed("Zoo report\n\n" + LEAD + "The keeper said adult bears can reach up to 635 kg in the wild.\n")
    assert _figure(a, "up to 635").measure == "weight"


# --- c082 F10: a denied or graded adjective after a copula is no state of the count (figures._undergone) --


def test_a_graded_judgement_of_the_things_counted_is_no_measure():
    a = analysed("Diet studies\n\n" + LEAD + "Dr. Jim Hale believes those 21 studies aren't comprehensive enough.\n")
    assert _figure(a, "21").measure is None


def test_twin_a_state_the_count_is_in_stays_its_measure():
    a = analysed("Flood report\n\n" + LEAD + "The agency said 2,000 people are homeless after the flood.\n")
    assert _figure(a, "2,000").measure == "homeless"


# --- c082 F8: a rate past an "of" phrase of two things joined (figures._per_pattern) ------------------


def test_a_rate_past_an_of_phrase_of_two_things_is_kept():
    a = analysed("Food rules\n\n" + LEAD + "The old guide recommended up to 11 servings of rice and pasta per day.\n")
    assert _figure(a, "up to 11").unit == "servings/day"


def test_twin_no_rate_word_after_the_of_phrase_keeps_the_plain_unit():
    a = analysed("Food rules\n\n" + LEAD
                 + "The old guide recommended up to 11 servings of rice and pasta, and the new one fewer.\n")
    assert _figure(a, "up to 11").unit == "servings"


# --- c070 F2/F3: a reporting verb tagged a plural noun, and its subject a name the text gives elsewhere --
# (figures._verb_tagged_noun, figures._named_elsewhere)

RANKED = ("Golfer tops rich list\n\n"
          "Tom Lane has taken the top spot on People With Money’s list of the highest-paid golfers.\n\n"
          "People With Money reports on Sunday (January 25) that Lane is the highest-paid golfer in the world, "
          "pulling in an astonishing $46 million last year.\n")


def test_a_report_verb_tagged_a_noun_credits_the_figure_to_its_named_subject():
    a = analysed(RANKED)
    f = _figure(a, "$46 million")
    assert _claimant(a, f) == "People With Money"


def test_twin_a_subject_the_text_names_nowhere_else_gives_no_claimant():
    a = analysed(RANKED.replace("on People With Money’s list of", "among"))
    f = _figure(a, "$46 million")
    assert _claimant(a, f) is None


# --- c082 F2/F3: a work's date, "a review ... published in 2010", dates its figures (figures._published_period) --

REVIEWS = ("Fat studies\n\n" + LEAD
           + "This includes a review of 21 studies with a total of 347,747 participants, published in 2010.\n\n"
             "Another review published in 2014 looked at data from 76 studies.\n")


def test_a_count_of_a_work_takes_the_year_it_was_published():
    a = analysed(REVIEWS)
    assert _figure(a, "21").period == "2010"
    assert _figure(a, "76").period == "2014"


def test_twin_a_thing_built_in_a_year_gives_its_later_count_no_period():
    a = analysed("Bridge report\n\n" + LEAD + "The bridge built in 1990 carries 5,000 cars a day.\n")
    assert _figure(a, "5,000").period is None

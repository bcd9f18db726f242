"""Round fifty-nine, mender m6: three wrong speakers in the sides of conflicts over whole
Timeline17 topics (bench/conflicts_shown.py --n 300 --seed 174; issue 18).

- bpoil_reuters D230: 'X said BP was seeking ... / "...," it said' gave the "it" to BP, named
  inside what X said, not to X, the saying verb's subject (quotes._inner_body_subject).
- bpoil_guardian D262: '"...," the company said [open] / "..." / The company added: "..."' gave
  the second "the company" to the organisation the article is about (quotes._same_open_nominal).
- bpoil_bbc D95: '- Jo Roe, Leeds, UK Prof Doe says: "..."' gave the expert's answer to the
  reader who signed the line before (quotes._signature_before_subject).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed, quote_holding, shown_speaker

LEAD = "Rig news\n\nThe panel met the crews on Monday.\n\n"


def _shown(a):
    return [(q.text, q.cue, shown_speaker(a, q), q.speaker_evidence) for q in a.quotes]


# --- D230: the "it" of a saying chain goes on from the saying verb's subject ----------------------

def test_it_after_a_saying_verb_is_not_the_subject_inside_what_was_said():
    a = analysed(LEAD + "\"The crew failed to act on the influx for forty minutes,\" BP said.\n\n"
                 "But Transocean said BP was seeking to hide the real cause of the blast.\n\n"
                 "\"BP made a series of cost-saving decisions that increased risk,\" it said.\n")
    q = quote_holding(a, "cost-saving decisions")
    assert shown_speaker(a, q) != "BP", _shown(a)


def test_twin_it_stays_with_the_reported_subject_when_a_person_said_it():
    # "it" cannot be Mr Smith: BP, the subject inside his words, is the only one agreeing
    a = analysed(LEAD + "Acme analyst John Smith said BP was seeking to hide the real cause of the blast.\n\n"
                 "\"We made no cost-saving decisions that increased risk,\" it said.\n")
    q = quote_holding(a, "cost-saving decisions")
    assert shown_speaker(a, q) == "BP", _shown(a)


def test_twin_it_stays_when_the_sentence_before_has_no_saying_verb():
    a = analysed(LEAD + "BP drilled the well for months before the blast.\n\n"
                 "\"We made no cost-saving decisions that increased risk,\" it said.\n")
    q = quote_holding(a, "cost-saving decisions")
    assert shown_speaker(a, q) == "BP", _shown(a)


# --- D262: "the company added" after an open "the company said" --------------------------------

GUARDIAN = ("BP and Halliburton knew of flaws in the cement, the panel's lead lawyer found.\n\n"
            "Halliburton, hired by BP to cement the well, learned of the failed tests in February.\n\n"
            "However, Halliburton said it did not believe the foam cement caused the blast.\n\n"
            "\"Halliburton believes the differences in the tests are due to the materials tested,\" "
            "the company said in a statement.\n\n"
            "\"The panel tested off-the-shelf cement, whereas Halliburton tested the blend on the rig.\"\n\n")


def test_the_company_added_goes_on_from_the_open_company_said():
    a = analysed(GUARDIAN + "The company added: \"Halliburton believes a bond log test would have shown "
                 "any problems with the cement.\"\n")
    q = quote_holding(a, "bond log test")
    assert shown_speaker(a, q) != "BP", _shown(a)


def test_twin_the_company_after_another_organisation_is_named_is_resolved_as_before():
    a = analysed(GUARDIAN + "Shares in BP rose two percent on Friday.\n\nThe company said: \"We welcome the "
                 "panel's work and will study the letter.\"\n")
    q = quote_holding(a, "We welcome the panel")
    assert "goes on from" not in (q.speaker_evidence or ""), _shown(a)


# --- D95: a reader's signature run into the expert's answer ------------------------------------

QA = ("Readers sent their ideas on the leak; Prof Iraj Ershaghi of the University of Southern California "
      "assessed them.\n\n\"Drop rocks on the well until it is buried.\"\n\n")


def test_the_speaker_of_says_is_the_name_next_to_it_not_a_signature_before():
    a = analysed(QA + "- Vernon Turner, St Ives, Cambridgeshire, UK Prof Ershaghi says: \"If BP had cut the "
                 "riser in the first week, it would have done what you suggest.\"\n")
    q = quote_holding(a, "cut the riser")
    who = shown_speaker(a, q)
    assert who is None or "Turner" not in who, _shown(a)
    assert who is None or "Ershaghi" in who, _shown(a)


def test_twin_a_joint_subject_with_and_is_not_read_as_a_signature():
    a = analysed(QA + "Tom Baker, Leeds and Prof Ershaghi say: \"The riser should have been cut first.\"\n")
    q = quote_holding(a, "riser should have been cut")
    assert "a signature" not in (q.speaker_evidence or ""), _shown(a)


def test_twin_a_name_with_its_town_says_stays_the_names():
    a = analysed(QA + "Tom Baker, of Leeds, says: \"The riser should have been cut first.\"\n")
    q = quote_holding(a, "riser should have been cut")
    assert shown_speaker(a, q) == "Tom Baker", _shown(a)

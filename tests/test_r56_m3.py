"""Round fifty-six, mender m3: the seed-171 audits' quotes with a wrong speaker, no statement or a
cut span (issue 18). Wrong speakers: haiti_bbc Q11 (a saying the government "ought to" make, set
as a participle on the obliged verb), fnc1_c091 Q5 (a participle after a "when" clause, given to
the clause's "it"), fnc1_c087 Q6 ("Apple can claim ...": the writer's reasoning), fnc1_c098 Q13
(the name inside a group's name, "the Sisters of <Name>"). No statements: fnc1_c087 Q4 ("Let's
assume ..."), bpoil_reuters Q12 ("did not deny that ..."). Spans: haiti_bbc Q5 (an "according to"
content holding its own speaker and "says") and fnc1_c091 Q1 (a dash aside "—presumably ...").

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker
from pipeline_helpers import quotes_holding as _holding

LEAD = "Harbour news\n\nThe storm closed the port of Ellery for three days last week.\n\n"



# --- haiti_bbc Q11: a participle of saying on a verb under "ought to" (quotes._obliged_host) ---------

def test_participle_on_an_obliged_verb_is_no_report():
    a = analysed(LEAD + "Whatever the cost, the port authority ought to come out and talk to the fishermen, "
                 "encouraging them that the season is not lost.\n")
    assert not _holding(a, "season is not lost"), [(q.text, q.cue) for q in a.quotes]


def test_conjunct_cue_sharing_should_is_no_report():
    a = analysed(LEAD + "The port authority should meet the fishermen and tell them that the season is not lost.\n")
    assert not _holding(a, "season is not lost"), [(q.text, q.cue) for q in a.quotes]


def test_twin_participle_on_a_verb_done_keeps_the_quote():
    a = analysed(LEAD + "The port authority came out and talked to the fishermen, "
                 "encouraging them that the season is not lost.\n")
    assert _holding(a, "season is not lost"), [(q.text, q.cue) for q in a.quotes]


# --- fnc1_c091 Q5: a participle after a "when" clause (quotes._participle_in_time_clause) -------------

TIME = ("Phone forecast\n\nAcme will hold a launch event on March 9.\n\n"
        "Jim Roe, an analyst at Beta Bank, expects a price of $550.\n\n"
        "He offered up his thoughts on the new phone {when}saying, \"We expect a battery life of one day.\"\n")


def test_participle_after_a_when_clause_is_not_the_clauses_subjects():
    a = analysed(TIME.format(when="when it launches "))
    q = _holding(a, "battery life of one day")
    assert q and shown_speaker(a, q[0]) not in ("Acme", "it"), (q[0].speaker_text, shown_speaker(a, q[0]))
    assert q[0].speaker_text != "it"


def test_twin_participle_with_no_time_clause_keeps_its_speaker():
    a = analysed(TIME.format(when="on Monday, "))
    q = _holding(a, "battery life of one day")
    assert q and q[0].speaker_text == "He", (q[0].speaker_text, q[0].speaker_evidence)


# --- fnc1_c087 Q6: a verb of contending under "can" (quotes._possible_claim) ---------------------------

def test_can_claim_is_the_writers_reasoning():
    a = analysed(LEAD + "Acme Metals can claim its new alloy is 18 karat because it is mostly gold by weight.\n")
    assert not _holding(a, "18 karat"), [(q.text, q.cue) for q in a.quotes]


def test_twin_claimed_keeps_the_quote():
    a = analysed(LEAD + "Acme Metals claimed its new alloy is 18 karat because it is mostly gold by weight.\n")
    q = _holding(a, "18 karat")
    assert q and q[0].cue == "claimed", [(x.text, x.cue) for x in a.quotes]


# --- fnc1_c098 Q13: a plural proper noun heading "of <Name>" (quotes._plural_name_of) -----------------

def test_sisters_of_a_name_are_not_the_name():
    a = analysed(LEAD + "The Sisters of Jane Roe strongly disagree with the stance, believing "
                 "that every reader has a right to know the truth.\n")
    q = _holding(a, "right to know the truth")
    assert not q or shown_speaker(a, q[0]) != "Jane Roe", (q[0].speaker_text, q[0].speaker_evidence)


def test_twin_the_name_itself_keeps_the_speaker():
    a = analysed(LEAD + "Jane Roe strongly disagrees with the stance, believing "
                 "that every reader has a right to know the truth.\n")
    q = _holding(a, "right to know the truth")
    assert q and shown_speaker(a, q[0]) == "Jane Roe", [(x.text, x.speaker_text) for x in a.quotes]


# --- fnc1_c087 Q4: "Let's assume" (quotes._shared_supposition) ---------------------------------------

def test_lets_assume_is_the_writers_supposition():
    a = analysed(LEAD + "The old ferry cost $216 to build. Let's assume that the new ferry will cost "
                 "no more than that.\n")
    assert not _holding(a, "no more than that"), [(q.text, q.cue) for q in a.quotes]


def test_twin_a_named_holder_who_assumes_keeps_the_quote():
    a = analysed(LEAD + "The old ferry cost $216 to build. Jane Roe, the harbour master, assumes that the "
                 "new ferry will cost no more than that.\n")
    assert _holding(a, "no more than that"), [(q.text, q.cue) for q in a.quotes]


# --- bpoil_reuters Q12: "did not deny" (quotes._non_denial) -------------------------------------------

def test_did_not_deny_is_no_statement():
    a = analysed(LEAD + "In a joint statement, the directors of Acme and Beta did not deny that the early "
                 "estimate was blocked.\n")
    assert not _holding(a, "estimate was blocked"), [(q.text, q.cue) for q in a.quotes]


def test_twin_denied_keeps_the_quote():
    a = analysed(LEAD + "In a joint statement, the directors of Acme and Beta denied that the early "
                 "estimate was blocked.\n")
    assert _holding(a, "estimate was blocked"), [(q.text, q.cue) for q in a.quotes]


def test_twin_never_said_keeps_the_quote():
    a = analysed(LEAD + "Jane Roe never said the pier was safe.\n")
    assert _holding(a, "the pier was safe")


# --- haiti_bbc Q5: "<Name> says X, according to <agency>" (quotes._said_lead_first) -------------------

def test_according_to_content_with_its_own_speaker_is_that_speakers():
    a = analysed(LEAD + "Acme's chief executive, Jane Roe, says more than 1,500 jobs have been cut since "
                 "Tuesday, according to the AFP news agency.\n")
    assert not [q for q in a.quotes if "Jane Roe, says" in q.text], [(q.text, q.cue) for q in a.quotes]
    q = _holding(a, "1,500 jobs")
    assert q and q[0].text.startswith("more than 1,500") and q[0].cue == "says"


def test_twin_according_to_content_with_no_speaker_stays():
    a = analysed(LEAD + "More than 1,500 jobs have been cut at the port since Tuesday, according to the "
                 "AFP news agency.\n")
    q = _holding(a, "1,500 jobs")
    assert q and q[0].cue == "according to", [(x.text, x.cue) for x in a.quotes]


# --- fnc1_c091 Q1: a dash aside with the writer's guess (quotes._writer_dash_aside) -------------------

def test_dash_aside_with_presumably_is_the_writers():
    a = analysed(LEAD + "Acme already announced pricing will start at $349\u2014presumably for the basic "
                 "model\u2014and analysts expect more.\n")
    q = _holding(a, "$349")
    assert q and q[0].text == "pricing will start at $349", [x.text for x in a.quotes]


def test_twin_dash_aside_with_no_guess_stays():
    a = analysed(LEAD + "Acme already announced pricing will start at $349 \u2014 for the basic "
                 "model \u2014 and analysts expect more.\n")
    q = _holding(a, "$349")
    assert q and "basic model" in q[0].text, [x.text for x in a.quotes]

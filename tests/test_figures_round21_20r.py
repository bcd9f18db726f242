"""Figure claimants in shapes the in-sample audits (seeds 13-59) still judged wrong or unclear
(issue 20, round twenty-one, 20r): the subject of a passive reporting verb ("Acme was forecast to
post ...") taken as the claimant; the teller named by a passive's agent ("he has been told by
police that ...") passed over for the quote's speaker; a figure in a relative clause on a noun
of reported speech ("said BP would pay for the flood, which has covered 120 miles") given to the
speaker. Each rule beside a twin where it must not fire. The upstream steps run for real, since
the claimant rules read the quote step's speakers. All sentences invented."""

from __future__ import annotations

from pipeline_helpers import figure_and_subject, figures_of

_one = figure_and_subject


def _claimant(nlp, text: str, fig: str) -> str | None:
    a, _ = figures_of(nlp, text)
    f, _ = figure_and_subject(nlp, text, fig)
    return a.mentions[f.claimant_mention].text if f.claimant_mention is not None else f.claimant_text


# ---------------------------------------------------------------- a passive reporting verb


def test_the_subject_of_a_passive_forecast_is_no_claimant(nlp):
    text = "Ames Corp is forecast to report a 41 percent jump in quarterly profit to $2.1 billion."
    assert _claimant(nlp, text, "41 percent") is None
    assert _claimant(nlp, text, "$2.1 billion") is None


def test_a_passive_forecast_inside_reported_speech_is_no_claim_of_its_subject(nlp):
    text = "Ames Corp is forecast to report a 41 percent jump in quarterly profit, a survey of brokers found."
    assert _claimant(nlp, text, "41 percent") != "Ames Corp"


def test_the_subject_of_an_active_forecast_stays_the_claimant(nlp):
    # twin: the company forecasts its own rise
    text = "Ames Corp forecast a 41 percent jump in quarterly profit for the year."
    assert _claimant(nlp, text, "41 percent") == "Ames Corp"


def test_the_agent_of_a_passive_telling_is_the_claimant(nlp):
    text = "Tom Reed says he has been told by police that 200 people died in the blaze."
    assert _claimant(nlp, text, "200") == "police"


def test_a_speaker_who_tells_it_himself_stays_the_claimant(nlp):
    # twin: an active telling; the speaker's own count
    text = "Tom Reed told reporters that 200 people died in the blaze."
    assert _claimant(nlp, text, "200") == "Tom Reed"


# ---------------------------------------------------------------- a relative clause in reported speech


def test_a_relative_clause_of_reported_speech_leaves_the_claimant_open(nlp):
    text = ("The government has kept up the pressure, saying it would make sure Acme paid for the "
            "flood, which has covered 120 miles of farmland.")
    assert _claimant(nlp, text, "120") is None


def test_a_restrictive_relative_clause_of_reported_speech_leaves_the_claimant_open(nlp):
    text = "The council said the fever that has already reached more than 30 towns would keep spreading."
    assert _claimant(nlp, text, "more than 30") is None


def test_a_count_that_carries_a_relative_clause_stays_the_speakers(nlp):
    # twin: the figure is the content's own count; the clause hangs on it
    text = "Officials said 40 people who were in the building had died."
    assert _claimant(nlp, text, "40") == "Officials"


def test_a_relative_clause_inside_quotation_marks_stays_the_speakers(nlp):
    # twin: in a direct quote the clause is the speaker's own words
    text = '"The storm, which killed 40 people, is moving north," the mayor said.'
    assert _claimant(nlp, text, "40") == "the mayor"


# ---------------------------------------------------------------- twins added after reading the firings


def test_a_passive_event_outside_its_content_stays_the_speakers(nlp):
    # twin: "confirmed in 41 towns" is what happened, not a relayed claim; the agency says it
    text = "Nearly 9,000 cases have been confirmed in 41 towns, the health agency says."
    assert _claimant(nlp, text, "41") == "the health agency"


def test_a_passive_finding_reported_by_a_speaker_is_the_speakers(nlp):
    # twin: the speaker reports a court's finding; the company found liable claims nothing
    text = "Ames Corp was eventually found liable for damages of about $287 million, Fitch said."
    assert _claimant(nlp, text, "about $287 million") == "Fitch"


def test_a_that_complement_of_a_noun_stays_the_speakers(nlp):
    # twin: "an assumption that ..." is the content itself, not a relative clause
    text = 'The army chief has said it is a "fair guess" that up to 9,000 people may have died in the flood.'
    assert _claimant(nlp, text, "up to 9,000") == "The army chief"

"""Figure subjects and claimants in the shapes the held-out seed-43 audit judged wrong
(issue 20, round seventeen, 20k): an "its" of a noun subject, a "he" past a speaker named
by role, a reporting verb across a paragraph. Each rule beside a twin where it must not
fire. The upstream steps (entities, quotes, stance, timexes) run for real, since the claimant
rules read the quote step's speakers. All sentences invented."""

from __future__ import annotations

from pipeline_helpers import figure_and_subject, figures_of

_figures = figures_of
_one = figure_and_subject


# ---------------------------------------------------------------- "its" of a noun subject


def test_its_of_a_noun_subject_is_not_an_organisation_named_before(nlp):
    text = ("Acme Corp reported on the floods. "
            "The island has yet to recover from floods which destroyed nearly 12% of its output.")
    f, subject = _one(nlp, text, "nearly 12%")
    assert subject != "Acme Corp"


def test_its_of_a_named_subject_stays_that_name(nlp):
    # twin: the clause's subject is the organisation itself
    text = "Acme Corp has yet to recover from floods which destroyed nearly 12% of its output."
    f, subject = _one(nlp, text, "nearly 12%")
    assert subject == "Acme Corp"


def test_its_of_the_company_is_not_the_bank_that_reports_it(nlp):
    text = ("Roe Holdings makes toasters in Port Ellery. Most analysts think the group can pay. "
            "Credit Lyon said that if its forecast holds, the firm could keep its payout "
            "only by lifting its debt ratio by 8 percentage points.")
    f, subject = _one(nlp, text, "8 percentage points")
    assert f.claimant_text == "Credit Lyon"
    assert subject != "Credit Lyon"


def test_its_of_the_firm_that_reports_stays_the_firm(nlp):
    # twin: "The company said its ...": the reporter's own "its"
    text = "Acme Corp cut jobs in May. The company said its profit for the period was $1.8bn."
    f, subject = _one(nlp, text, "$1.8bn")
    assert subject == "Acme Corp"


def test_its_after_it_stays_the_reporter(nlp):
    # twin: "it" is the reporter, and so is "its"
    text = "Credit Lyon said it can only keep its payout by lifting its debt ratio by 8 percentage points."
    f, subject = _one(nlp, text, "8 percentage points")
    assert subject == "Credit Lyon"


def test_its_of_a_possessed_subject_stays_the_possessor(nlp):
    # twin: "Its share price ... of its value": the same "its" again, not a new noun
    text = "Acme Corp faces a criminal probe. Its share price has lost about one-third of its value since May."
    f, subject = _one(nlp, text, "about one-third")
    assert subject == "Acme Corp"


# ---------------------------------------------------------------- "he" after a speaker named by role


_SPOKESMAN = "The guard never met the mayor, city spokesman John Smith told reporters. "


def test_he_after_a_minister_named_by_role_is_not_the_person_before(nlp):
    text = (_SPOKESMAN + "Ruritania's farm minister says the harvest is failing. "
            "He says Ruritania has lost 260 farms, including 12 dairies.")
    f, subject = _one(nlp, text, "12")
    assert f.claimant_text != "John Smith"


def test_he_after_a_ministry_is_still_the_person_before(nlp):
    # twin: a body ("the ministry") is no "he"
    text = (_SPOKESMAN + "The farm ministry says the harvest is failing. "
            "He says Ruritania has lost 260 farms, including 12 dairies.")
    f, subject = _one(nlp, text, "12")
    assert f.claimant_text == "John Smith"


# ---------------------------------------------------------------- a paragraph break


def test_a_bullet_line_is_not_the_minister_of_the_paragraph_before(nlp):
    text = ("The farm minister, Jane Roe, told the Port Ellery Courier that, judging by the fields inspected, "
            "the blight was milder than that of last year.\n\n"
            "cents A total of 14 provinces have now reported blight within their borders, Freedonia being the newest.")
    f, subject = _one(nlp, text, "14")
    assert f.claimant_text is None or "minister" not in f.claimant_text


def test_a_figure_in_the_ministers_own_sentence_is_hers(nlp):
    # twin: the same words in the reporting verb's own sentence
    text = "The farm minister, Jane Roe, told the Port Ellery Courier that 9 provinces have now reported blight."
    f, subject = _one(nlp, text, "9")
    assert f.claimant_text == "Jane Roe"


def test_he_after_his_own_title_is_still_the_person_before(nlp):
    # twin: the role is the named person's own title ("editor John Smith ... the editor says")
    text = ("The mayor never met the guard, city editor John Smith told reporters. "
            "The city editor says the harvest is failing. "
            "He says Ruritania has lost 260 farms, including 12 dairies.")
    f, subject = _one(nlp, text, "12")
    assert f.claimant_text == "John Smith"

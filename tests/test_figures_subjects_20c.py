"""Figure subjects in the shapes the seed-41 audit judged wrong (issue 20, round sixteen,
20c): a "-based" modifier is no subject; the rule beside a twin where it must not fire. All sentences invented."""

from __future__ import annotations

from test_figures_extract import analyse, by_text

from storyline.analyse import figures

# ---------------------------------------------------------------- subjects


def test_a_based_modifier_is_never_the_subject(nlp):
    text = "The spill hurt the firm's name in Norway, home to 40 percent of the Oslo-based shipping firm's business."
    sdoc, a = analyse(nlp, text)
    f = by_text(figures.extract(sdoc, a), "40 percent")
    subject = a.mentions[f.subject_mention].text if f.subject_mention is not None else f.subject_text
    assert subject != "Oslo"


def test_a_based_modifier_leaves_the_firm_it_modifies(nlp):
    # twin: the firm's own name, modified by "-based", stays the subject
    text = "Port Ellery, home to 40 percent of the Oslo-based Acme Corp's business, was hit."
    sdoc, a = analyse(nlp, text)
    f = by_text(figures.extract(sdoc, a), "40 percent")
    assert f.subject_mention is not None and a.mentions[f.subject_mention].text.startswith("Acme Corp")

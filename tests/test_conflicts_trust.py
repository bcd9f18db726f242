"""Conflicts a reader can trust: antonym pairs read relative to the predicate, one entry
per disagreement, a confidence with its evidence, growing counts as series (issue 20)."""

from __future__ import annotations

import pytest
from test_conflicts import corpus_of, quote

from storyline import schema
from storyline.analyse import stance as a_stance
from storyline.resolve import conflicts, stance
from storyline.resolve import figures as r_figures

PAIRS = a_stance.antonyms()


def claim(nlp, text):
    return a_stance.read(nlp(text))


def test_the_antonym_lexicon_is_data_and_complete():
    words = {(cls, pos, neg) for cls, pos, neg, *_ in PAIRS}
    assert ("presence", "remain", "leave") in words and ("presence", "stay on", "resign") in words
    assert ("change", "rise", "fall") in words
    assert all(len(row) == 5 for row in PAIRS)  # each pair ships its two test sentences


@pytest.mark.parametrize("row", PAIRS, ids=[f"{r[1]}-{r[2]}" for r in PAIRS])
def test_each_antonym_pair_contradicts_in_both_directions(nlp, row):
    cls, _pos, _neg, ex_pos, ex_neg = row
    a, b = claim(nlp, ex_pos), claim(nlp, ex_neg)
    for x, y in ((a, b), (b, a)):
        c = stance.contradiction(x, y)
        assert c is not None, (ex_pos, ex_neg)
        assert c.a.cls == c.b.cls == cls


@pytest.mark.parametrize("row", PAIRS, ids=[f"{r[1]}-{r[2]}" for r in PAIRS])
def test_each_antonym_pair_negated_takes_the_same_side(nlp, row):
    """'will remain' and 'will not leave' say the same: no conflict, either way round."""
    ex_pos, ex_neg = row[3], row[4]
    same_pos, same_neg = ex_neg.replace(" will ", " will not ", 1), ex_pos.replace(" will ", " will not ", 1)
    for x, y in ((ex_pos, same_pos), (same_pos, ex_pos), (ex_neg, same_neg), (same_neg, ex_neg)):
        assert stance.contradiction(claim(nlp, x), claim(nlp, y)) is None, (x, y)


def test_until_leaves_and_as_long_as_remains_take_the_same_side(nlp):
    a = claim(nlp, "NATO will continue the military campaign until Gaddafi leaves power.")
    b = claim(nlp, "Libyans would never be safe as long as Gaddafi remained in power.")
    assert stance.contradiction(a, b) is None and stance.contradiction(b, a) is None
    # the twin without the marker: leaving against remaining is a conflict
    c = claim(nlp, "Gaddafi leaves power.")
    d = claim(nlp, "Gaddafi remains in power.")
    assert stance.contradiction(c, d) is not None and stance.contradiction(d, c) is not None


def test_different_named_subjects_do_not_conflict(nlp):
    a = claim(nlp, "Gaddafi will leave power.")
    b = claim(nlp, "Mubarak will remain in power.")
    assert stance.contradiction(a, b) is None
    assert stance.contradiction(a, claim(nlp, "Gaddafi will remain in power.")) is not None


def test_one_entry_per_disagreement_with_all_its_items_and_sides(nlp):
    c = corpus_of(nlp, [
        ("a", "Acme said it would stay in Canada."),
        ("b", "Reuters reported that Acme will leave Canada next year."),
        ("c", "The chief said Acme will remain in Canada."),
        ("d", "Bloomberg said Acme will exit Canada."),
        ("e", "Acme said it would sell its cloud business."),
        ("f", "Reuters reported that Acme will keep its cloud business."),
    ])
    c.story.quotes = [
        quote(c, "a", "it would stay in Canada", "Acme"),
        quote(c, "b", "Acme will leave Canada next year", "Reuters"),
        quote(c, "c", "Acme will remain in Canada", "the chief"),
        quote(c, "d", "Acme will exit Canada", "Bloomberg"),
        quote(c, "e", "it would sell its cloud business", "Acme"),
        quote(c, "f", "Acme will keep its cloud business", "Reuters"),
    ]
    found = [x for x in conflicts.find(c) if x.kind == "statement"]
    docs = sorted(sorted(i.split("-")[1] for i in x.items) for x in found)
    assert docs == [["a", "b", "c", "d"], ["e", "f"]]
    canada = next(x for x in found if len(x.items) == 4)
    sides = sorted(sorted(i.split("-")[1] for i in s.items) for s in canada.sides)
    assert sides == [["a", "c"], ["b", "d"]]
    assert "presence" in canada.proposition and "canada" in canada.proposition
    for x in found:
        assert x.confidence is not None and 0 <= x.confidence <= 1 and x.evidence
        assert x.shown == (x.confidence >= stance.SHOW)


def test_agreement_in_other_words_is_no_conflict(nlp):
    c = corpus_of(nlp, [
        ("a", "Acme said it would stay in Canada."),
        ("b", "Reuters reported that Acme will not leave Canada."),
    ])
    c.story.quotes = [quote(c, "a", "it would stay in Canada", "Acme"),
                      quote(c, "b", "Acme will not leave Canada", "Reuters")]
    assert [x for x in conflicts.find(c) if x.kind == "statement"] == []


def test_explicit_dispute_words_raise_confidence():
    base = {"sim": 0.45, "lexical": 1.0, "verb": 0.0, "subject": 0.0, "named": 1.0, "dispute": 0.0, "dispute_a": 0.0,
            "dispute_doc": 0.0, "hedge": 0.0, "neg_mismatch": 0.0}
    assert stance.combined({**base, "dispute": 1.0}) > stance.combined(base)
    assert stance.combined({**base, "subject": 1.0}) > stance.combined(base)
    assert stance.combined({**base, "lexical": 0.0}) < stance.combined(base)


def test_who_does_what_unknown_is_never_shown_without_a_dispute_word():
    """'it will increase' against 'the amount fell': opposite predicates, nobody named."""
    ev = {"sim": 0.9, "lexical": 1.0, "verb": 0.0, "subject": 0.0, "named": 0.0, "dispute": 0.0, "dispute_a": 0.0,
          "dispute_doc": 0.0, "hedge": 0.0, "neg_mismatch": 1.0, "independent": 1.0}
    assert stance.combined(ev) < stance.SHOW
    assert stance.combined({**ev, "dispute": 1.0}) >= stance.SHOW  # the twin: a dispute word makes the case


TOLL = [
    ("d1", "2010-01-13", "Officials said on Wednesday that 500 people were killed in Port-au-Prince."),
    ("d2", "2010-01-15", "Officials said on Friday that 9,000 people were killed in Port-au-Prince."),
    ("d3", "2010-01-20", "Officials said on Wednesday that 70,000 people were killed in Port-au-Prince."),
]


def test_a_toll_told_on_three_days_is_a_series_not_a_conflict(nlp):
    c = corpus_of(nlp, [(doc, text, day) for doc, day, text in TOLL])
    assert [x for x in conflicts.find(c) if x.kind == "numeric"] == []
    (sr,) = r_figures.series(c, c.story.figures)
    assert [p.date for p in sr.points] == ["2010-01-13", "2010-01-15", "2010-01-20"]
    assert [p.value for p in sr.points] == [500, 9000, 70000]
    assert "deaths" in sr.measure


def test_the_same_day_from_different_claimants_conflicts(nlp):
    c = corpus_of(nlp, [
        ("a", "The rebels said 10,000 people were killed in Misrata.", "2011-04-20"),
        ("b", "The government said 300 people were killed in Misrata.", "2011-04-20"),
    ])
    found = [x for x in conflicts.find(c) if x.kind == "numeric"]
    assert len(found) == 1 and found[0].shown
    assert r_figures.series(c, c.story.figures) == []  # one day is no series
    # the twin: the same claimants on different days are a series, not a conflict
    c = corpus_of(nlp, [
        ("a", "The rebels said 10,000 people were killed in Misrata.", "2011-04-20"),
        ("b", "The government said 300 people were killed in Misrata.", "2011-03-01"),
    ])
    assert [x for x in conflicts.find(c) if x.kind == "numeric"] == []


def test_a_story_written_before_1_1_is_still_read():
    old = {"id": "c-s-1", "kind": "statement", "items": ["q1", "q2"], "explanation": "x", "score": 0.8}
    c = schema.Conflict.model_validate(old)
    assert c.confidence == 0.8 and c.shown
    assert schema.Conflict.model_validate({**old, "score": 0.2}).shown is False


# ---- figure subjects: from the figure's own sentence, by the parse


def _figures(text, names):
    from storyline import pipeline
    from storyline.types import Record

    a = pipeline.analyse_record(Record(source="t", text=text))
    out = {}
    for f in a.figures:
        out[f.text] = (a.mentions[f.subject_mention].text if f.subject_mention is not None else None, f.unit)
    return out


def test_the_subject_of_the_verb_is_the_figure_subject():
    got = _figures("The Dow Jones rose 1.2 percent on Monday. The Nasdaq was down 37.63 points at 2,250.", None)
    assert got["37.63 points"] == ("Nasdaq", "points")  # never the other sentence's index, never "pp"
    assert got["1.2 percent"][0] == "Dow Jones"


def test_the_head_nouns_of_phrase_is_the_figure_subject():
    got = _figures("The bank laid off 4,000 employees of Lehman Brothers on Monday.", None)
    assert got["4,000"][0] == "Lehman Brothers"


def test_no_subject_from_another_sentence():
    got = _figures("Lehman Brothers reported a loss on Monday. About 4,000 people lost their jobs in the crisis.", None)
    assert got["About 4,000"][0] is None
    # the twin: an anaphor reaches back to the organisation it stands for
    got = _figures("Lehman Brothers reported a loss on Monday. The company cut 4,000 jobs.", None)
    assert got["4,000"][0] == "Lehman Brothers"


def test_percentage_points_only_when_written_so():
    got = _figures("The central bank raised its rate by 0.25 percentage points. The FTSE fell 40 points.", None)
    assert got["0.25 percentage points"][1] == "pp"
    assert got["40 points"][1] == "points"


def test_story_md_shows_confident_conflicts_and_keeps_the_rest_behind_a_toggle():
    from storyline.render import markdown

    doc = schema.Document(id="d", text="Acme will stay. Acme will leave. Acme may go.")
    q = [schema.Quote(id=f"q-d-{i}", text=t, kind="direct", speaker_text="Acme", span=schema.Span(doc="d", start=s, end=s + len(t)))
         for i, (s, t) in enumerate([(0, "Acme will stay."), (16, "Acme will leave."), (33, "Acme may go.")])]
    sure = schema.Conflict(id="c-s-1", kind="statement", items=["q-d-0", "q-d-1"], explanation="stay against leave",
                           confidence=0.8, evidence=["opposite predicates of one proposition class"], shown=True)
    maybe = schema.Conflict(id="c-s-2", kind="statement", items=["q-d-1", "q-d-2"], explanation="leave against go",
                            confidence=0.3, evidence=["the same predicate, one side negated"], shown=False)
    out = markdown.render(schema.Story(documents=[doc], quotes=q, conflicts=[maybe, sure]))
    conflicts_part = out[out.index("## Conflicts"):]
    assert conflicts_part.index("stay against leave") < conflicts_part.index("Show possible conflicts (1)")
    assert conflicts_part.index("Show possible conflicts (1)") < conflicts_part.index("leave against go")
    assert "confidence 0.80" in conflicts_part and "Evidence: opposite predicates" in conflicts_part


def test_one_claimant_in_two_documents_is_no_implicit_conflict(nlp):
    c = corpus_of(nlp, [
        ("a", "According to Reuters, Acme Corp's revenue in 2020 was $40 billion."),
        ("b", "According to Reuters, Acme Corp's revenue in 2020 was $55 billion."),
    ])
    assert [x for x in conflicts.find(c) if x.kind == "numeric"] == []
    # the twin: two claimants
    c = corpus_of(nlp, [
        ("a", "According to Reuters, Acme Corp's revenue in 2020 was $40 billion."),
        ("b", "According to Bloomberg, Acme Corp's revenue in 2020 was $55 billion."),
    ])
    assert len([x for x in conflicts.find(c) if x.kind == "numeric"]) == 1


def test_without_in_a_phrase_does_not_negate_the_verb(nlp):
    a = claim(nlp, "BP will be held liable without limitation for the damage.")
    assert [p.negated for p in a.predicates if p.lemma == "hold"] == [False]


# ---- the same quantity, referent and time before any reading of values (audit: 0 of 48 real)


def test_figures_dated_only_by_the_year_of_publication_do_not_conflict(nlp):
    """'the spill rate' told in two articles of 2010 on different days: not the same time."""
    c = corpus_of(nlp, [
        ("a", "According to Reuters, Acme Corp's revenue was $40 billion.", "2020-03-01"),
        ("b", "According to Bloomberg, Acme Corp's revenue was $55 billion.", "2020-09-01"),
    ])
    assert [x for x in conflicts.find(c) if x.kind == "numeric"] == []
    # the twin: told the same day by two sources
    c = corpus_of(nlp, [
        ("a", "According to Reuters, Acme Corp's revenue was $40 billion.", "2020-03-01"),
        ("b", "According to Bloomberg, Acme Corp's revenue was $55 billion.", "2020-03-01"),
    ])
    (found,) = [x for x in conflicts.find(c) if x.kind == "numeric"]
    assert found.shown and any("same day" in e for e in found.evidence)


def test_a_year_against_a_day_is_not_the_same_time(nlp):
    c = corpus_of(nlp, [
        ("a", "According to Reuters, Acme Corp's revenue in 2020 was $40 billion.", "2020-03-01"),
        ("b", "According to Bloomberg, Acme Corp's revenue was $55 billion.", "2020-03-01"),
    ])
    assert [x for x in conflicts.find(c) if x.kind == "numeric"] == []


def test_a_measure_inside_another_is_not_the_same_quantity(nlp):
    c = corpus_of(nlp, [
        ("a", "According to Reuters, Acme Corp's revenue in 2020 was $40 billion."),
        ("b", "According to Bloomberg, Acme Corp's cloud revenue in 2020 was $5 billion."),
    ])
    assert [x for x in conflicts.find(c) if x.kind == "numeric"] == []


def test_different_subjects_are_different_referents(nlp):
    c = corpus_of(nlp, [
        ("a", "According to Reuters, Acme Corp's revenue in 2020 was $40 billion."),
        ("b", "According to Bloomberg, Umbrella's revenue in 2020 was $55 billion."),
    ])
    assert [x for x in conflicts.find(c) if x.kind == "numeric"] == []


def test_a_forecast_contradicts_no_count(nlp):
    c = corpus_of(nlp, [
        ("a", "According to Reuters, Acme Corp's revenue in 2020 was $40 billion."),
        ("b", "According to Bloomberg, Acme Corp's revenue in 2020 could be $55 billion."),
    ])
    assert [x for x in conflicts.find(c) if x.kind == "numeric"] == []


def test_an_uncredited_figure_is_at_most_a_possible_conflict(nlp):
    c = corpus_of(nlp, [
        ("a", "Acme Corp's revenue in 2020 was $40 billion."),
        ("b", "According to Bloomberg, Acme Corp's revenue in 2020 was $55 billion."),
    ])
    (found,) = [x for x in conflicts.find(c) if x.kind == "numeric"]
    assert not found.shown and "a side credits no source" in found.evidence
    # in one text, two values it states itself are two things: not even a possible conflict
    c = corpus_of(nlp, [("a", "Acme Corp's revenue in 2020 was $40 billion. Acme Corp's revenue in 2020 was $55 billion.")])
    assert [x for x in conflicts.find(c) if x.kind == "numeric"] == []


# ---- statements: the same referent and the same time, or an explicit dispute


def _statement(nlp, docs, quotes):
    c = corpus_of(nlp, docs)
    c.story.quotes = [quote(c, d, t, who) for d, t, who in quotes]
    return [x for x in conflicts.find(c) if x.kind == "statement"]


def test_a_statement_pair_told_on_different_days_is_no_conflict(nlp):
    docs = [("a", "Alice Wong said Acme will stay in Canada.", "2020-03-01"),
            ("b", "Reuters reported that Acme will leave Canada.", "2020-06-01")]
    qs = [("a", "Acme will stay in Canada", "Alice Wong"), ("b", "Acme will leave Canada", "Reuters")]
    assert _statement(nlp, docs, qs) == []  # both may have held at their time: not even a possible conflict
    # the twin: the same day
    docs = [(d, t, "2020-03-01") for d, t, _ in docs]
    (found,) = _statement(nlp, docs, qs)
    assert found.shown


def test_a_statement_pair_without_the_subject_named_on_both_sides_is_no_conflict(nlp):
    docs = [("a", "Alice Wong said the firm will stay in Canada.", "2020-03-01"),
            ("b", "Reuters reported that Acme will leave Canada.", "2020-03-01")]
    qs = [("a", "the firm will stay in Canada", "Alice Wong"), ("b", "Acme will leave Canada", "Reuters")]
    assert _statement(nlp, docs, qs) == []  # "the firm" of another text may be another firm
    # the twin: in one text, "the firm" stands for the Acme named beside it
    docs = [("a", "Reuters reported that Acme will leave Canada. Alice Wong said the firm will stay in Canada.")]
    qs = [("a", "Acme will leave Canada", "Reuters"), ("a", "the firm will stay in Canada", "Alice Wong")]
    (found,) = _statement(nlp, docs, qs)
    assert found.shown


def test_an_explicit_dispute_word_makes_the_case_across_days(nlp):
    docs = [("a", "Reuters reported that Acme will leave Canada.", "2020-03-01"),
            ("b", "Alice Wong said that, contrary to reports, the firm will stay in Canada.", "2020-06-01")]
    qs = [("a", "Acme will leave Canada", "Reuters"), ("b", "contrary to reports, the firm will stay in Canada", "Alice Wong")]
    (found,) = _statement(nlp, docs, qs)
    assert any("explicit dispute words on a side" in e for e in found.evidence)
    assert found.shown


def test_opposite_verbs_about_an_unnamed_thing_in_two_texts_are_no_conflict(nlp):
    """'the school will close its doors' and 'the school will not close its doors' in two
    articles of one day: two schools as often as one (the audit's schools, baby and child)."""
    docs = [("a", "Jane Doe said the school will close its doors.", "2009-04-30"),
            ("b", "John Roe said the school will not close its doors.", "2009-04-30")]
    qs = [("a", "the school will close its doors", "Jane Doe"), ("b", "the school will not close its doors", "John Roe")]
    assert _statement(nlp, docs, qs) == []
    # the twin: the same named school on both sides
    docs = [("a", "Jane Doe said Hillside will close its doors.", "2009-04-30"),
            ("b", "John Roe said Hillside will not close its doors.", "2009-04-30")]
    qs = [("a", "Hillside will close its doors", "Jane Doe"), ("b", "Hillside will not close its doors", "John Roe")]
    (found,) = _statement(nlp, docs, qs)
    assert "the same named subject" in found.evidence


def test_a_pronoun_subject_stands_for_the_named_speaker_only(nlp):
    """'Acme said it would stay in Canada': 'it' is Acme; 'John Roe said it would' is not."""
    docs = [("a", "Acme said it will stay in Canada.", "2020-03-01"),
            ("b", "Reuters reported that Acme will leave Canada.", "2020-03-01")]
    qs = [("a", "it will stay in Canada", "Acme"), ("b", "Acme will leave Canada", "Reuters")]
    (found,) = _statement(nlp, docs, qs)
    assert "the same named subject" in found.evidence
    # the twin: another speaker's "it" may be anything
    docs = [("a", "John Roe said it will stay in Canada.", "2020-03-01"), docs[1]]
    qs = [("a", "it will stay in Canada", "John Roe"), qs[1]]
    assert _statement(nlp, docs, qs) == []


def test_one_source_later_is_an_update_not_a_conflict(nlp):
    docs = [("a", "Alice Wong said Acme will leave Canada.", "2020-03-01"),
            ("b", "Alice Wong said that, contrary to reports, Acme will stay in Canada.", "2020-06-01")]
    qs = [("a", "Acme will leave Canada", "Alice Wong"), ("b", "contrary to reports, Acme will stay in Canada", "Alice Wong")]
    assert _statement(nlp, docs, qs) == []
    # the twin: another source on the later day disputes it
    qs = [qs[0], (qs[1][0], qs[1][1], "Bob Stone")]
    (found,) = _statement(nlp, docs, qs)
    assert found.shown


def test_a_dispute_word_needs_the_same_things_named_on_both_sides(nlp):
    docs = [("a", "Reuters reported that the firm will leave western Canada.", "2020-03-01"),
            ("b", "Alice Wong said that, contrary to reports, the firm will stay in Canada.", "2020-03-01")]
    qs = [("a", "the firm will leave western Canada", "Reuters"),
          ("b", "contrary to reports, the firm will stay in Canada", "Alice Wong")]
    assert _statement(nlp, docs, qs) == []
    # the twin: the same object phrase on both sides
    docs = [(docs[0][0], docs[0][1].replace("western ", ""), docs[0][2]), docs[1]]
    qs = [("a", "the firm will leave Canada", "Reuters"), qs[1]]
    (found,) = _statement(nlp, docs, qs)
    assert "a dispute word, and the same things named on both sides" in found.evidence


def test_rumour_words_are_not_dispute_words():
    assert stance.dispute_cues("It is not just a rumor about a dividend cut anymore") == []
    assert stance.dispute_cues("Acme denied the report") == ["denied"]


def test_who_reports_a_figure_is_not_its_subject():
    got = _figures("The World Health Organization said at least 81 people had died in Mexico.", None)
    assert got["at least 81"][0] is None
    got = _figures("The United Nations says up to 90% of buildings in Leogane were destroyed.", None)
    assert got["up to 90%"][0] is None
    # the twin: the organisation that does what the figure measures
    got = _figures("General Motors cut 4,000 jobs in Ohio on Monday.", None)
    assert got["4,000"][0] == "General Motors"


def test_no_subject_across_a_clause_or_from_an_earlier_organisation():
    got = _figures("The United Nations has launched an appeal intended to help three million people.", None)
    assert got["three million"][0] is None
    got = _figures("Relatives searched the Red Cross lists, but a Facebook group has more than 160,000 members.", None)
    assert got["more than 160,000"][0] is None


def test_it_after_a_reporting_organisation_is_that_organisation():
    got = _figures("Acme Corp said it aimed to sell assets worth up to $25 billion.", None)
    assert got["up to $25 billion"][0] == "Acme Corp"
    # the twin: a person reports, so "its" reaches back to the organisation named before
    got = _figures("Lehman Brothers reported a loss. Its chief said its shares fell 20 percent.", None)
    assert got["20 percent"][0] == "Lehman Brothers"


def test_one_toll_told_again_is_no_series(nlp):
    c = corpus_of(nlp, [(d, "Officials said that 11 workers were killed in the blast.", day)
                        for d, day in (("a", "2010-04-21"), ("b", "2010-04-25"), ("c", "2010-05-02"))])
    assert r_figures.series(c, c.story.figures) == []


def test_a_rate_per_year_is_no_point_of_a_series(nlp):
    c = corpus_of(nlp, [(doc, text, day) for doc, day, text in TOLL]
                  + [("d4", "Officials said that ordinary flu kills 250,000 people each year.", "2010-01-22")])
    (sr,) = r_figures.series(c, c.story.figures)
    assert [p.value for p in sr.points] == [500, 9000, 70000]


def test_a_toll_in_an_average_year_is_a_rate(nlp):
    c = corpus_of(nlp, [(doc, text, day) for doc, day, text in TOLL]
                  + [("d4", "Officials said that winter fever kills between 150,000 and 400,000 people in a normal year.",
                      "2010-01-22")])
    (sr,) = r_figures.series(c, c.story.figures)
    assert [p.value for p in sr.points] == [500, 9000, 70000]


def test_the_base_of_a_rate_is_no_point_of_a_toll(nlp):
    # H1N1_bbc: a rate's base ("N deaths in every 1,000 of the infected") made a point 1,000 of the deaths
    c = corpus_of(nlp, [(doc, text, day) for doc, day, text in TOLL]
                  + [("d4", "Officials said that would mean four deaths in every 100,000 people killed.", "2010-01-22")])
    (sr,) = r_figures.series(c, c.story.figures)
    assert [p.value for p in sr.points] == [500, 9000, 70000]


def test_a_day_after_dates_a_toll_and_makes_no_rate(nlp):
    # twin of the rate rule: "a day after the quake" says when, not "per day"
    c = corpus_of(nlp, [(doc, text, day) for doc, day, text in TOLL]
                  + [("d4", "Officials said that 120,000 people had died a day after the quake.", "2010-01-25")])
    (sr,) = r_figures.series(c, c.story.figures)
    assert 120000 in [p.value for p in sr.points]


def test_a_sum_of_money_without_a_subject_is_no_series_point(nlp):
    c = corpus_of(nlp, [
        ("a", "The spill has cost $360 million so far, officials said.", "2010-05-10"),
        ("b", "Hurricane Katrina cost insurers $71 billion, officials said.", "2010-06-10"),
    ])
    assert r_figures.series(c, c.story.figures) == []
    # the twin: the cost of one named company told on two days
    c = corpus_of(nlp, [
        ("a", "Officials said Acme Corp's cleanup costs reached $360 million.", "2010-05-10"),
        ("b", "Officials said Acme Corp's cleanup costs reached $990 million.", "2010-06-10"),
    ])
    sr = r_figures.series(c, c.story.figures)
    assert [[p.value for p in s.points] for s in sr] == [[360e6, 990e6]]


def test_the_agent_of_another_verb_is_not_the_subject():
    got = _figures("Among the cargo, which Acme Air flew in at no cost, was 40 tonnes of tents.", None)
    assert got["40"][0] is None
    got = _figures("The United Nations has launched an appeal for $562m intended to help three million people.", None)
    assert got["three million"][0] is None


def test_its_in_a_clause_with_its_own_subject_does_not_reach_back():
    got = _figures("The Acme Fund fed 40,000 people. The Marotian government is to double its aid to $37m.", None)
    assert got["$37m"][0] is None


def test_the_owner_in_the_verbs_object_is_the_subject():
    got = _figures("Investors have already punished Acme Corp, driving its shares down 15 percent since March.", None)
    assert got["15 percent"][0] == "Acme Corp"


def test_it_as_the_subject_of_a_reporting_verb_does_not_reach_back():
    got = _figures("Acme Relief, in Port Ellery, said it estimated that more than a fifth of houses there had been flattened.", None)
    assert got["more than a fifth"][0] is None
    # the twin: 'it' does what the figure measures (a price paid "for" something is left open
    # since round sixteen's 20s: the buyer is the agent, so the twin is a sum the company lost)
    got = _figures("Acme Corp said it had lost $991 million in the first quarter.", None)
    assert got["$991 million"][0] == "Acme Corp"


def _side(nlp, text, context="", whole_document=False):
    return stance.Side(claim(nlp, text), text, context, whole_document=whole_document)


def test_one_side_refuting_what_the_other_asserts_is_evidence_of_a_dispute(nlp):
    """A text calling a claim a hoax disagrees with one asserting it, and agrees with one
    that calls it a hoax too: what counts is that exactly one side refutes."""
    claim_ = "Woman gets a third breast implanted."
    debunk = "The third breast was a hoax, police said."
    ev = stance.evidence(_side(nlp, claim_), _side(nlp, debunk), 0.6)
    assert ev["b_refutes"] == 1.0 and ev["a_refutes"] == 0.0
    both = stance.evidence(_side(nlp, "Third breast a hoax, police say."), _side(nlp, debunk), 0.6)
    assert both["b_refutes"] == 0.0 and both["a_refutes"] == 0.0  # the twin: the same side
    assert stance.confidence(ev) > stance.confidence(both)
    assert "one side refutes or negates what the other asserts" in stance.described(ev)
    assert "one side refutes or negates what the other asserts" not in stance.described(both)
    back = stance.evidence(_side(nlp, "The president did not adopt the boy."), _side(nlp, "The president adopted the boy."), 0.6)
    assert back["a_refutes"] == 1.0 and back["b_refutes"] == 0.0


def test_a_document_that_refutes_lifts_the_cap_only_against_a_side_that_asserts(nlp):
    doc = "The claim is false. It was a hoax. Nothing happened. Police said so. The man is fine."
    ev = stance.evidence(_side(nlp, "A man was attacked."), _side(nlp, "Police said so.", doc, True), 0.6)
    assert ev["b_refutes"] == 1.0 and ev["dispute_doc"] >= 0.1
    assert stance.combined(ev) > stance.CAP
    # the twin in a story: a quote whose article refutes other things elsewhere is no side
    # that refutes this claim (review of #20: the document rate spoke for every quote in it)
    quoted = stance.evidence(_side(nlp, "A man was attacked."), _side(nlp, "Police said so.", doc), 0.6)
    assert quoted["dispute_doc"] >= 0.1 and stance.combined(quoted) <= stance.CAP
    same = stance.evidence(_side(nlp, "The attack was a hoax."), _side(nlp, "Police said so.", doc), 0.6)
    assert same["b_refutes"] == 0.0
    plain = stance.evidence(_side(nlp, "A man was attacked."), _side(nlp, "Police said so.", "Police said so. The man is fine."), 0.6)
    assert plain["b_refutes"] == 0.0 and stance.combined(plain) <= stance.CAP


def test_a_document_whose_lede_refutes_is_evidence_against_a_side_that_asserts(nlp):
    """The lede of a document written to refute a claim says so at once; one that only
    mentions a denial says it further down (the FNC-1 feature chosen by grouped
    cross-validation on the calibration half, 2026-11-30)."""
    claim_ = "A man was attacked by a shark."
    lede = "The shark attack story is a hoax. Police said nothing of the kind happened there. The beach was calm all day."
    late = ("Police were called to the beach on Monday. A crowd gathered near the water then. The beach was calm all day. "
            "A spokesman later said the story was a hoax.")
    ev = stance.evidence(_side(nlp, claim_), _side(nlp, "Police said so.", lede, True), 0.6)
    assert ev["lede_refutes"] == 1.0
    # the twins: the refute word only further down, a side that refutes too, a quote's article
    assert stance.evidence(_side(nlp, claim_), _side(nlp, "Police said so.", late, True), 0.6)["lede_refutes"] == 0.0
    both = stance.evidence(_side(nlp, "The shark attack was a hoax."), _side(nlp, "Police said so.", lede, True), 0.6)
    assert both["lede_refutes"] == 0.0
    assert stance.evidence(_side(nlp, claim_), _side(nlp, "Police said so.", lede), 0.6)["lede_refutes"] == 0.0
    assert stance.confidence(ev) > stance.confidence({**ev, "lede_refutes": 0.0})


def test_a_rumour_is_hedged_not_refuted():
    assert stance.refute_cues("Apple rumors: Apple may buy Path") == []
    assert "rumors" in stance.hedge_cues("Apple rumors: Apple may buy Path")
    assert stance.refute_cues("The rumor is a hoax") == ["hoax"]
    assert stance.refute_cues("Nope. The breasts were exposed as a sham") == ["nope", "exposed as", "sham"]
    assert stance.refute_cues("The show was staged") == ["staged"]
    assert stance.refute_cues("The video is clearly staged") == ["staged"]
    assert stance.refute_cues("Rebels staged an attack on the port") == []  # news: staging an attack refutes nothing
    assert stance.refute_cues("The show was broadcast on stage") == []


def test_plain_news_words_are_no_refutation():
    """Review of #20: "made up of" and "denying access" refute nothing; a denial still does."""
    assert stance.refute_cues("a council made up of 30 members") == []
    assert stance.refute_cues("troops were denying access to aid") == []
    assert stance.dispute_cues("troops were denying access to aid") == ["denying"]  # still a dispute word
    assert stance.refute_cues("The ministry denied the report") == ["denied"]


def test_a_negated_adjective_asserts_nothing_about_the_verb_it_completes(nlp):
    """'It is not accurate to call this <the flu's name>' does not say 'do not call' (the H1N1
    audit's false conflict against 'calling it Mexico flu'); 'will not call' does."""
    assert claim(nlp, "It is not accurate to call this swine flu.").predicates == []
    assert claim(nlp, "It is not likely to leave the market.").predicates == []
    p = claim(nlp, "We will not call it swine flu.").predicates
    assert [(x.lemma, x.negated) for x in p] == [("call", True)]  # the twin
    p = claim(nlp, "The company is no longer leaving the market.").predicates
    assert [x.negated for x in p if x.lemma == "leave"] == [True]


def test_two_kinds_of_one_thing_share_no_object(nlp):
    """'Mexico flu' and 'swine flu' share the word 'flu' but name two things."""
    assert stance.contradiction(claim(nlp, "Israel is calling it Mexico flu."), claim(nlp, "We will not call it swine flu.")) is None
    assert stance.contradiction(claim(nlp, "Acme will leave the Chinese market."),
                                claim(nlp, "Acme will stay in the U.S. market.")) is None
    # the twins: the same kind, or one side not naming a kind
    assert stance.contradiction(claim(nlp, "We will call it swine flu."), claim(nlp, "We will not call it swine flu.")) is not None
    assert stance.contradiction(claim(nlp, "Acme will leave the market."),
                                claim(nlp, "Acme will stay in the Chinese market.")) is not None


def _subjects(text):
    from storyline import pipeline
    from storyline.types import Record

    a = pipeline.analyse_record(Record(source="t", text=text))
    return {f.text: (a.mentions[f.subject_mention].text if f.subject_mention is not None else None,
                     f.subject_from, f.subject_confidence) for f in a.figures}


def test_an_anaphor_reaches_the_organisation_that_is_a_clause_subject_with_a_confidence():
    got = _subjects("Acme Corp named a new chief. Its revenue rose to $5 billion, analysts said.")
    assert got["$5 billion"] == ("Acme Corp", "anaphor", 0.7)
    # the twins: an organisation in an object or a prepositional phrase is as often
    # another party, so the subject stays open
    got = _subjects("BP Plc hired Transocean Ltd to drill the well. The company spent $5 billion on it, analysts said.")
    assert got["$5 billion"][0] is None
    # the only organisation named before: a lower confidence
    got = _subjects("Analysts are interested in Acme Corp. In 2018, the company sold 206 million phones.")
    assert got["206 million"][1:] == ("anaphor", 0.6) and got["206 million"][0].startswith("Acme Corp")
    # the twins: "its" may stand for a rig or a city as well; a place named between the two
    got = _subjects("Analysts are interested in Acme Corp. Since its rig sank, its output fell 5 percent.")
    assert got["5 percent"][0] is None
    got = _subjects("The paper's correspondent Jane Roe writes that people in Mexico City are furious about "
                    "an order closing its 30,000 cafes.")
    assert got["30,000"][0] is None
    # a subject in the figure's own clause is read there, not through an anaphor
    got = _subjects("General Motors cut 4,000 jobs in Ohio on Monday.")
    assert got["4,000"][:2] == ("General Motors", "phrase")


def test_a_bare_it_reaches_no_organisation_but_the_reporting_one():
    got = _subjects("BP Plc defended the estimate. Scientists say it could be as high as 60,000 barrels.")
    assert got["60,000"][0] is None
    got = _subjects("BP Plc defended the estimate. Its flow was 60,000 barrels a day, scientists say.")
    assert got["60,000"][0] == "BP Plc"  # the twin: "its" stands for the company


def test_a_question_is_weighed_as_a_question_on_either_side(nlp):
    """Review of #20: the model reads a question on side a only, and the stronger of the
    two readings won, so a quote that only asks was weighed as an assertion."""
    docs = [("a", "Alice Wong said Acme will stay in Canada.", "2020-03-01"),
            ("b", "Reuters asked: will Acme leave Canada?", "2020-03-01")]
    asked = [("a", "Acme will stay in Canada", "Alice Wong"), ("b", "will Acme leave Canada?", "Reuters")]
    found = _statement(nlp, docs, asked) + _statement(nlp, docs, asked[::-1])
    told = _statement(nlp, [docs[0], ("b", "Reuters said Acme will leave Canada.", "2020-03-01")],
                      [asked[0], ("b", "Acme will leave Canada", "Reuters")])
    assert len(found) == 2 and len(told) == 1
    assert found[0].confidence == found[1].confidence < told[0].confidence


def test_the_left_negation_is_read_once_per_predicate(nlp, monkeypatch):
    """Review of #20: ``read`` and ``_negated`` each read the words before a predicate."""
    calls = []
    real = a_stance._left_negation
    monkeypatch.setattr(a_stance, "_left_negation", lambda *a, **k: calls.append(1) or real(*a, **k))
    got = claim(nlp, "Acme will not leave Canada.")
    assert [p.negated for p in got.predicates] == [True] and len(calls) == 1


def test_a_count_that_falls_to_a_fraction_is_two_counts_and_no_series(nlp):
    # bpoil: a past attack's toll of almost 3,000 dead and, later, the rig's 11 dead
    c = corpus_of(nlp, [
        ("a", "Officials said that almost 3,000 people were killed in the attacks.", "2010-06-14"),
        ("b", "Officials said that 11 people were killed in the blast.", "2010-06-23"),
    ])
    assert r_figures.series(c, c.story.figures) == []
    # the twin: a toll revised down a little is still one toll told over time
    c = corpus_of(nlp, [(doc, text, day) for doc, day, text in TOLL]
                  + [("d4", "Officials said on Friday that 60,000 people were killed in Port-au-Prince.", "2010-01-22")])
    (sr,) = r_figures.series(c, c.story.figures)
    assert [p.value for p in sr.points] == [500, 9000, 70000, 60000]


def _signs(nlp, text):
    return {p.lemma: p.sign for p in claim(nlp, text).predicates}


def test_a_clause_on_a_noun_with_no_is_negated(nlp):
    # bpoil_washingtonpost: "denied compromising safety to save money" against "found no sign
    # that the firm skipped checks to save money" (here invented) is one side, not a conflict
    a = claim(nlp, "He found no sign that the firm skipped checks to save money.")
    b = claim(nlp, "The firm denied it skipped checks to save money.")
    assert stance.contradiction(a, b) is None
    assert _signs(nlp, "Acme has no plan to leave Canada.")["leave"] == -_signs(nlp, "Acme has a plan to leave Canada.")["leave"]
    # the twins: "a sign that" asserts the clause, and "no doubt that" affirms it
    c = claim(nlp, "He found a sign that the company cut costs to save money.")
    assert stance.contradiction(c, b) is not None
    assert (_signs(nlp, "There is no doubt that the company cut costs to save money.")["save"]
            == _signs(nlp, "He found a sign that the company cut costs to save money.")["save"])


def test_a_relative_clause_or_a_verb_as_preposition_asserts_nothing(nlp):
    # bpoil_bbc: "its investments, which include TNK-BP" against "regulation - including the
    # oil and gas industry" were read as 'include' against 'not include'
    got = claim(nlp, "BP plans to sell its Russian investments, which include a stake in Rosneft.").predicates
    assert "include" not in {p.lemma for p in got} and "sell" in {p.lemma for p in got}
    got = claim(nlp, "Acme wants to free trade from red tape - including the fishing industry - now.").predicates
    assert "include" not in {p.lemma for p in got}
    # the twin: the main verb "include" is a predicate
    assert "include" in {p.lemma for p in claim(nlp, "The deal will include a stake in Rosneft.").predicates}


def test_a_refusal_is_no_denial_of_a_claim():
    # bpoil_guardian: a partner's refusal to pay its share of the costs was read as a denial,
    # a dispute word that let it answer "the company will pay" (BP) across two texts
    assert not a_stance.is_denial("refuse")
    # the twins: denying and rejecting are about a claim
    assert a_stance.is_denial("deny") and a_stance.is_denial("reject")


def test_a_hedged_claim_against_a_refuting_side_is_read_together(nlp):
    """A claim told as unconfirmed ("reportedly") asserts less: the hedge and a refuting
    passage or lede are read together, and the refutation weighs less against it (features
    chosen by grouped cross-validation on the FNC-1 calibration half, round seven; the
    shipped weights are negative)."""
    hedged = "A man was reportedly attacked by a shark."
    plain = "A man was attacked by a shark."
    debunk = "The shark attack story is a hoax, police said."
    lede = "The shark attack story is a hoax. Police said nothing of the kind happened. The beach was calm all day."
    ev = stance.evidence(_side(nlp, hedged), _side(nlp, debunk, lede, True), 0.6)
    assert (ev["a_hedge"], ev["a_hedge_b_ref"], ev["a_hedge_lede"]) == (1.0, 1.0, 1.0)
    # the twins: no hedge; a hedged claim that itself negates (both sides refute); a side
    # that refutes nothing; a quote's article lede (not the side's whole document)
    unhedged = stance.evidence(_side(nlp, plain), _side(nlp, debunk, lede, True), 0.6)
    assert (unhedged["a_hedge"], unhedged["a_hedge_b_ref"], unhedged["a_hedge_lede"]) == (0.0, 0.0, 0.0)
    negated = stance.evidence(_side(nlp, "A man was reportedly not attacked by a shark."), _side(nlp, debunk, lede, True), 0.6)
    assert negated["a_hedge_b_ref"] == 0.0 and negated["a_hedge_lede"] == 0.0
    calm = stance.evidence(_side(nlp, hedged), _side(nlp, "Police said the beach was calm."), 0.6)
    assert calm["a_hedge"] == 1.0 and calm["a_hedge_b_ref"] == 0.0
    quoted = stance.evidence(_side(nlp, hedged), _side(nlp, "Police said so.", lede), 0.6)
    assert quoted["a_hedge_lede"] == 0.0
    assert stance.confidence(ev) < stance.confidence(unhedged)


def test_a_request_is_no_claim_a_plan_can_contradict(nlp):
    # "advises X to close the border" is what the party wants done; "has no plans to close
    # the border" answers it and disputes no fact (a false conflict the round-eight audit showed)
    docs = [("a", "The Libertarian Party advises the government to close the border with Canada. "
                  "Janet Napolitano said the administration has no plans to close the Canadian border.", "2020-03-01")]
    qs = [("a", "to close the border with Canada", "Libertarian Party", "advises"),
          ("a", "the administration has no plans to close the Canadian border", "Janet Napolitano", "said")]
    c = corpus_of(nlp, docs)
    c.story.quotes = [quote(c, d, t, who, cue) for d, t, who, cue in qs]
    request, plan = (c.quote_item(q.span) for q in c.story.quotes)
    assert request.predicates == [] and plan.predicates  # a request asserts nothing
    assert [x for x in conflicts.find(c) if x.kind == "statement"] == []


@pytest.mark.parametrize(("lemma", "content", "directive"), [
    ("advise", "to close the border", True), ("Urge", " to act now", True),
    ("warn", "the border will close", False), ("say", "to close the border", False), (None, "to act", False),
])
def test_is_directive(lemma, content, directive):
    assert a_stance.is_directive(lemma, content) is directive


def test_a_claim_after_a_directive_verb_is_still_a_claim(nlp):
    # twin: "warned that ..." reports a claim, not a request: the cue alone does not decide
    docs = [("a", "Alice Wong warned that Acme will leave Canada. Bob Lee said Acme will stay in Canada.", "2020-03-01")]
    qs = [("a", "Acme will leave Canada", "Alice Wong", "warned"), ("a", "Acme will stay in Canada", "Bob Lee", "said")]
    c = corpus_of(nlp, docs)
    c.story.quotes = [quote(c, d, t, who, cue) for d, t, who, cue in qs]
    assert all(c.quote_item(q.span).predicates for q in c.story.quotes)
    (found,) = [x for x in conflicts.find(c) if x.kind == "statement"]
    assert found.shown

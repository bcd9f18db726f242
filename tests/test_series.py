"""Series of growing counts (issue 20, item 4): one series per measure AND place, the place
read from the figure's own clause ("deaths in Mexico", "Mexican deaths", "worldwide"); a
count that names no place in a story that counts several places makes none."""

from __future__ import annotations

import re

from storyline import schema
from storyline.analyse import figures as a_figures
from storyline.analyse.parse import sentences
from storyline.resolve import figures as r_figures
from storyline.resolve.corpus import Corpus
from storyline.types import DocAnalysis, Mention

# mentions by hand, so these tests check the figure and series rules, not the NER model
NAMES = {"Mexico": "GPE", "United States": "GPE", "Mexican": "NORP", "Canada": "GPE",
         "Port-au-Prince": "GPE", "WHO": "ORG", "Acme Corp": "ORG"}


def _analysis(nlp, doc_id, text, published):
    doc = schema.Document(id=doc_id, text=text, published=schema.Published(value=published))
    sdoc = nlp(text)
    a = DocAnalysis(version="t", document=doc)
    a.sentences = sentences(sdoc, [])
    a.mentions = sorted(
        (Mention(start=m.start(), end=m.end(), text=m.group(0), label=label)
         for name, label in NAMES.items() for m in re.finditer(r"\b" + re.escape(name) + r"\b", text)),
        key=lambda m: m.start)
    a.figures = a_figures.extract(sdoc, a)
    return a


def _corpus(nlp, docs):
    corpus = Corpus(analyses=[_analysis(nlp, *d) for d in docs])
    ents = {}
    for a in corpus.analyses:
        for i, m in enumerate(a.mentions):
            eid = "e-" + m.text.lower().replace(" ", "-")
            corpus.mention_entity[(a.document.id, i)] = eid
            ents[eid] = schema.Entity(id=eid, name=m.text, type=m.label)
    corpus.story.entities = list(ents.values())
    corpus.story.figures = r_figures.collect(corpus)
    return corpus


def _series(nlp, docs):
    c = _corpus(nlp, docs)
    return {(s.place_text, tuple(p.value for p in s.points)) for s in r_figures.series(c, c.story.figures)}


def _places(nlp, text):
    a = _analysis(nlp, "d", text, "2009-05-01")
    return {f.text: f.place_text for f in a.figures}


def test_the_place_is_read_from_the_figures_own_clause(nlp):
    assert _places(nlp, "Officials said on Friday that 60 people have died in Mexico.") == {"60": "Mexico"}
    assert _places(nlp, "The virus has killed 300 people around the world.")["300"] == "world"
    assert _places(nlp, "The WHO said there were 800 deaths worldwide.")["800"] == "worldwide"
    assert _places(nlp, "Officials said 70 people have died in Mexico and the United States.")["70"] == (
        "Mexico and the United States")


def test_the_reporters_place_is_not_the_counts():
    # twin: "in Mexico" hangs on the officials who report, not on the count
    from storyline.analyse.nlp import load

    assert _places(load(), "Officials in Mexico said 60 people have died.") == {"60": None}
    # a place in another clause of the sentence is not the count's either
    assert _places(load(), "After the WHO met in Canada, officials said 60 people have died.") == {"60": None}


MEXICO = [("m1", "Officials said 20 people have died in Mexico.", "2009-04-25"),
          ("m2", "Officials said 60 people have died in Mexico.", "2009-04-28"),
          ("m3", "Officials said 100 people have died in Mexico.", "2009-05-02")]
US = [("u1", "Officials said 2 people have died in the United States.", "2009-04-29"),
      ("u2", "Officials said 5 people have died in the United States.", "2009-05-06")]


def test_tolls_of_two_places_are_two_series(nlp):
    got = _series(nlp, MEXICO + US)
    assert got == {("Mexico", (20, 60, 100)), ("United States", (2, 5))}


def test_one_place_written_as_its_people_is_one_series(nlp):
    docs = MEXICO[:2] + [("m3", "The Mexican death toll has risen to 100 people, officials said.", "2009-05-02")]
    c = _corpus(nlp, docs)
    (sr,) = r_figures.series(c, c.story.figures)
    assert [p.value for p in sr.points] == [20, 60, 100] and sr.place_text == "Mexico"
    assert sr.place == "e-mexico"


def test_worldwide_is_its_own_series(nlp):
    world = [("w1", "The WHO said 150 people have died around the world.", "2009-05-01"),
             ("w2", "The WHO said 400 people have died around the world.", "2009-05-20")]
    got = _series(nlp, MEXICO + world)
    assert got == {("Mexico", (20, 60, 100)), ("worldwide", (150, 400))}


def test_a_count_of_several_places_together_is_not_one_places(nlp):
    both = [("b1", "Officials said 70 people have died in Mexico and the United States.", "2009-04-30")]
    assert _series(nlp, MEXICO + both) == {("Mexico", (20, 60, 100))}


def test_a_count_with_no_place_in_a_story_of_several_places_makes_no_series(nlp):
    bare = [("x1", "Officials said 30 people have died.", "2009-04-27"),
            ("x2", "Officials said 90 people have died.", "2009-05-03")]
    assert _series(nlp, MEXICO + US + bare) == {("Mexico", (20, 60, 100)), ("United States", (2, 5))}
    # the twin: with one place named at most, the count with none is a series of its own
    assert _series(nlp, MEXICO + bare) == {("Mexico", (20, 60, 100)), (None, (30, 90))}
    assert _series(nlp, bare) == {(None, (30, 90))}


def test_a_places_own_subject_and_its_clause_place_are_one_key(nlp):
    docs = MEXICO[:2] + [("m3", "Mexico's death toll has risen to 100 people, officials said.", "2009-05-02")]
    c = _corpus(nlp, docs)
    figs = {f.text: f for f in c.story.figures}
    if figs["100"].subject != "e-mexico":
        return  # the parse gives the possessive no subject here: nothing to key on
    (sr,) = r_figures.series(c, c.story.figures)
    assert [p.value for p in sr.points] == [20, 60, 100]


QUAKE = [("q1", "Officials said 500 people were killed in the quake.", "2010-01-13"),
         ("q2", "Officials said 9,000 people were killed in the quake.", "2010-01-15"),
         ("q3", "Officials said 70,000 people were killed in the quake.", "2010-01-20")]


def test_a_rate_further_on_in_the_clause_is_no_point(nlp):
    rate = [("q4", "Doctors said as many as 20,000 people who need surgery may die each day.", "2010-01-21")]
    assert _series(nlp, QUAKE + rate) == {(None, (500, 9000, 70000))}
    # the twin: a time that dates the toll further on makes no rate
    later = [("q4", "Officials said 120,000 people had died by the end of a day after the quake.", "2010-01-21")]
    assert _series(nlp, QUAKE + later) == {(None, (500, 9000, 70000, 120000))}


def test_a_count_that_took_a_neighbours_measure_against_its_own_verb_is_another_count(nlp):
    homeless = [("q4", "The quake killed 90,000 people, while 1.2 million people have been left homeless.",
                 "2010-01-22")]
    c = _corpus(nlp, QUAKE + homeless)
    (sr,) = r_figures.series(c, c.story.figures)
    assert [p.value for p in sr.points] == [500, 9000, 70000, 90000]
    # the twin: a neighbour's measure with no verb of its own stays a point
    more = [("q4", "The quake killed 90,000 people, the Red Cross said, while the UN said 95,000 people.", "2010-01-22")]
    c = _corpus(nlp, QUAKE + more)
    (sr,) = r_figures.series(c, c.story.figures)
    assert [p.value for p in sr.points] == [500, 9000, 70000, 90000, 95000]


def test_a_place_a_noun_names_is_part_of_the_whole(nlp):
    got = _places(nlp, "We drove on to the hillside village where we are told some 3,000 people have been left homeless.")
    assert got == {"some 3,000": "the hillside village"}
    assert _places(nlp, "Officials said 500 people were killed in the capital.") == {"500": "the capital"}
    # twins: what killed them is no place; nor is a "where" clause about another thing
    assert _places(nlp, "Officials said 500 people were killed in the quake.") == {"500": None}
    assert _places(nlp, "Officials said 500 people were killed in the house where the fire started.") == {"500": None}


def test_a_local_count_is_no_point_of_the_whole_toll(nlp):
    local = [("q4", "Officials said 300 people were killed in the capital.", "2010-01-14")]
    assert _series(nlp, QUAKE + local) == {(None, (500, 9000, 70000))}


def _parsed(docs):
    """A corpus of whole per-document analyses (times read and dated), no entities."""
    from storyline import pipeline
    from storyline.types import Record

    corpus = Corpus(analyses=[pipeline.analyse_record(Record(source=d, text=t, date=day)) for d, t, day in docs])
    corpus.story.figures = r_figures.collect(corpus)
    return [(p.date, p.value or p.high) for s in r_figures.series(corpus, corpus.story.figures) for p in s.points]


def test_a_day_long_before_the_report_dates_the_happening_not_the_toll():
    docs = [(d, t.replace("Officials said", "Officials said on Wednesday"), day) for d, t, day in QUAKE]
    late = [("q4", "The tremor on 12 January killed as many as 100,000 people, officials said.", "2010-01-26")]
    assert _parsed(docs + late) == [("2010-01-13", 500), ("2010-01-13", 9000), ("2010-01-20", 70000),
                                    ("2010-01-26", 100000)]
    # the twin: a weekday of the same week dates the point ("on Wednesday", told on Friday the 22nd)
    told = [("q4", "Officials said on Wednesday that 100,000 people were killed in the quake.", "2010-01-22")]
    assert _parsed(docs + told)[-1] == ("2010-01-20", 100000)


def test_a_texts_count_of_a_part_is_no_point_of_its_whole(nlp):
    part = [("q4", "Officials said at least 14 people died when the hotel collapsed. "
                   "The minister said more than 100,000 people were killed in the quake.", "2010-01-21")]
    assert _series(nlp, QUAKE + part) == {(None, (500, 9000, 70000, None))}
    c = _corpus(nlp, QUAKE + part)
    (sr,) = r_figures.series(c, c.story.figures)
    assert [p.low for p in sr.points][-1] == 100000
    # the twin: two close values of one text are both points
    close = [("q4", "Officials said 80,000 people were killed in the quake. "
                    "The minister said 100,000 people were killed in the quake.", "2010-01-21")]
    assert _series(nlp, QUAKE + close) == {(None, (500, 9000, 70000, 80000, 100000))}


def test_a_count_of_another_year_is_no_point(nlp):
    old = [("q4", "In 1976 another quake killed 240,000 people, officials said.", "2010-01-21"),
           ("q5", "The quake of 1976 was worse. It killed 240,000 people, officials said.", "2010-01-22")]
    assert _series(nlp, QUAKE + old) == {(None, (500, 9000, 70000))}
    # the twin: the story's own year named beside the toll keeps the point
    same = [("q4", "In January 2010 the quake killed 240,000 people, officials said.", "2010-01-21")]
    assert _series(nlp, QUAKE + same) == {(None, (500, 9000, 70000, 240000))}


def test_a_count_of_places_or_two_place_phrases_give_no_place(nlp):
    # a number of places is a count, not the place of another count
    assert _places(nlp, "The charity has worked in more than 50 countries.").get("more than 50") is None
    assert _places(nlp, "In Canada, 226 cases were confirmed in the United States.")["226"] is None
    # the twin: one phrase naming one place
    assert _places(nlp, "Officials said 226 cases were confirmed in Mexico.")["226"] == "Mexico"


def test_a_count_of_cases_is_no_point_of_a_death_toll(nlp):
    # H1N1_bbc: a death toll in one country followed by a count of cases in another gave the cases "deaths"
    cases = [("c1", "Officials reported as many as 87 deaths in Peru and 14 cases in Chile.", "2009-04-27"),
             ("c2", "Officials reported as many as 120 deaths in Peru and 31 cases in Chile.", "2009-04-30")]
    c = _corpus(nlp, cases)
    got = {(s.unit, s.place_text, tuple(p.value or p.high for p in s.points)) for s in r_figures.series(c, c.story.figures)}
    assert got == set()  # the cases were (14, 31), a series of "deaths" counted in cases


# ---- a share is no count (round eleven, 20s: "kills roughly 0.1% of those infected" one
# day and "killed one or two percent of the infected" another made a series of deaths in %)

SHARES = [("p1", "The common cold kills roughly 0.1% of those infected each winter.", "2009-05-01"),
          ("p2", "The great fever of the last century killed one or two percent of the infected.", "2009-05-02")]


def test_a_share_of_deaths_told_on_two_days_is_no_series(nlp):
    c = _corpus(nlp, SHARES)
    assert {f.unit for f in c.story.figures if f.measure == "deaths"} == {"%"}  # the shape it guards
    assert r_figures.series(c, c.story.figures) == []


def test_twin_counts_of_deaths_told_on_two_days_are_a_series(nlp):
    counts = [("p1", "The fever has killed 30 people in Port Ellery.", "2009-05-01"),
              ("p2", "The fever has killed 90 people in Port Ellery.", "2009-05-02")]
    (sr,) = r_figures.series(*(lambda c: (c, c.story.figures))(_corpus(nlp, counts)))
    assert [p.value for p in sr.points] == [30, 90]

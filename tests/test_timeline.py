"""Timeline mode: tilse format, N dates, K sentences, dates from resolved time expressions."""

from __future__ import annotations

from storyline import schema
from storyline.types import DocAnalysis


def _doc(nlp, doc_id, date, text):
    from storyline.analyse import parse, timex

    a = DocAnalysis(version="t", document=schema.Document(id=doc_id, text=text, published=schema.Published(value=date, source="metadata")))
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    a.timexes = timex.extract(sdoc, a)
    return a


def test_write_timeline_format(nlp):
    from storyline.render.timeline import write_timeline

    docs = [
        _doc(nlp, "a", "2010-04-22", "The rig exploded on April 20 off the Louisiana coast, killing eleven workers.\nOil began leaking yesterday from the damaged well."),
        _doc(nlp, "b", "2010-04-23", "The Acme Star rig blew up on April 20, and eleven crew members died.\nThe rig went down on Thursday, officials said."),
        _doc(nlp, "c", "2010-05-01", "Since the April 20 explosion, oil has spread across the Gulf of Mexico waters."),
    ]
    out = write_timeline(docs, dates=2, per_date=1)
    blocks = [b for b in out.split("-" * 32 + "\n") if b.strip()]
    assert len(blocks) == 2
    first = blocks[0].splitlines()
    assert first[0] == "2010-04-20"  # the day three documents refer to
    assert len(first) == 2 and "April 20" in first[1]
    days = [b.splitlines()[0] for b in blocks]
    assert days == sorted(days)
    assert out.endswith("-" * 32 + "\n")


def test_write_timeline_empty():
    from storyline.render.timeline import write_timeline

    assert write_timeline([], 3, 2) == ""


def test_publication_days_fill_in(nlp):
    from storyline.render.timeline import write_timeline

    docs = [_doc(nlp, "a", "2010-04-22", "Oil kept leaking from the damaged well into the sea.\nCrews worked through the night to contain it.")]
    out = write_timeline(docs, dates=2, per_date=1)
    assert out.splitlines()[0] == "2010-04-22"
    assert out.splitlines()[1] == "Oil kept leaking from the damaged well into the sea."
    # an estimated or month-only date is never turned into a day
    docs[0].document.published = schema.Published(value="2010-04", estimated=True)
    assert write_timeline(docs, dates=2, per_date=1) == ""


def _cand(doc, day_published, sentence="The well was capped after weeks of leaking oil."):
    from storyline.render.timeline import Cand

    return Cand(doc, sentence, 0, day_published)


def test_a_reference_from_another_day_outweighs_a_documents_own_day():
    """tilse's date reference: a document naming a day it was not published on tells of
    that day; one naming its own publication day ('today') tells less (W_SELF < 1)."""
    from collections import Counter

    from storyline.render import timeline as T

    cands = {
        "2010-04-20": [_cand("a", "2010-04-22"), _cand("b", "2010-04-25")],
        "2010-04-22": [_cand("a", "2010-04-22"), _cand("c", "2010-04-22")],
    }
    s = T.day_scores(cands, Counter())
    assert s["2010-04-20"] > s["2010-04-22"]
    # twin: when the same two documents refer to 04-22 from later days, the days tie
    # (only the sentence count breaks it)
    cands["2010-04-22"] = [_cand("a", "2010-04-23"), _cand("c", "2010-04-24")]
    s = T.day_scores(cands, Counter())
    assert abs(s["2010-04-20"] - s["2010-04-22"]) < 0.01


def test_a_day_retold_on_many_days_outweighs_one_retold_by_many_on_one_day():
    """References count by the distinct other days they come from (a wire story copied
    by three outlets the same morning is one retelling)."""
    from collections import Counter

    from storyline.render import timeline as T

    cands = {
        "2010-04-20": [_cand("a", "2010-04-22"), _cand("b", "2010-04-25"), _cand("c", "2010-05-02")],
        "2010-04-29": [_cand("d", "2010-04-30"), _cand("e", "2010-04-30"), _cand("f", "2010-04-30")],
    }
    s = T.day_scores(cands, Counter())
    assert s["2010-04-20"] > s["2010-04-29"]
    # twin: the same three documents from three days weigh as much
    cands["2010-04-29"] = [_cand("d", "2010-04-30"), _cand("e", "2010-05-01"), _cand("f", "2010-05-03")]
    s = T.day_scores(cands, Counter())
    assert abs(s["2010-04-20"] - s["2010-04-29"]) < 0.01


def test_choose_days_keeps_the_span_and_date_order():
    from storyline.render.timeline import choose_days

    scores = {"2010-04-20": 5.0, "2010-04-22": 1.0, "2010-06-01": 9.0, "2010-03-01": 7.0}
    assert choose_days(scores, 2) == ["2010-03-01", "2010-06-01"]
    assert choose_days(scores, 2, start="2010-04-01", end="2010-05-01") == ["2010-04-20", "2010-04-22"]
    assert choose_days(scores, 9, start="2010-04-21") == ["2010-04-22", "2010-06-01"]


def test_span_bounds_the_timeline(nlp):
    from storyline.render.timeline import select

    docs = [
        _doc(nlp, "a", "2010-04-22", "The rig exploded on April 20 off the Louisiana coast, killing eleven workers."),
        _doc(nlp, "b", "2010-05-03", "The rig exploded on April 20, and eleven workers died in the blast."),
        _doc(nlp, "c", "2010-05-03", "BP began drilling a relief well on May 2, the company said in a statement."),
    ]
    assert list(select(docs, 1, 1)) == ["2010-04-20"]
    assert list(select(docs, 1, 1, start="2010-05-01", end="2010-05-31")) == ["2010-05-02"]


def test_sentences_for_a_day_are_ranked_by_centrality():
    """The sentence most like the day's other sentences comes first; an off-topic one that
    also names the day does not."""
    from collections import Counter

    from storyline.render.timeline import Cand, rank_sentences

    day = "2010-04-20"
    items = [
        Cand("a", "The Acme Star rig blew up on April 20, killing eleven crew.", 0, "2010-05-01"),
        Cand("b", "On April 20 the stock market closed higher on strong earnings reports.", 0, "2010-05-01"),
        Cand("c", "Since the blast on April 20 that killed eleven workers, oil has leaked from the rig.", 0, "2010-05-01"),
        Cand("d", "The Acme Star rig sank after the blast of April 20, the harbour master said.", 0, "2010-05-01"),
    ]
    df = Counter()
    for c in items:
        df.update(set(c.sentence.lower().split()))
    got = rank_sentences(items, day, 2, df, len(items))
    assert len(got) == 2 and all("stock market" not in s for s in got)
    # of two equally central sentences (the same words), the one published the day after
    # the day it names (a report of the day) goes first; twin: both published weeks later
    late = Cand("a", "The rig exploded on April 20, killing eleven workers.", 0, "2010-06-01")
    fresh = Cand("b", "Killing eleven workers, the rig exploded on April 20.", 0, "2010-04-21")
    assert rank_sentences([late, fresh], day, 1, df, 4) == [fresh.sentence]
    assert rank_sentences([late, fresh._replace(published="2010-06-01")], day, 1, df, 4) == [late.sentence]


def _story_with_events(days_docs):
    """A story whose events are dated to the given days, each told by the given documents."""
    from storyline import schema

    docs = {}
    events = []
    for i, (day, doc_ids) in enumerate(days_docs):
        mentions = []
        for d in doc_ids:
            docs.setdefault(d, schema.Document(id=d, text="Something happened there that day.", published=schema.Published(value="2010-09-30")))
            mentions.append(schema.Span(doc=d, start=0, end=10))
        events.append(schema.Event(id=f"ev{i}", date=schema.EventDate(value=day, granularity="day"), summary=f"event {i}", mentions=mentions))
    return schema.Story(documents=list(docs.values()), events=events)


def test_report_key_dates_are_the_days_most_documents_refer_to():
    from storyline.render.timeline import key_dates

    spec = [(f"2010-05-{d:02d}", [f"d{d}"]) for d in range(1, 25)]  # 24 days told by one document each
    spec += [("2010-04-20", ["x1", "x2", "x3", "x4"]), ("2010-04-20", ["x1"]), ("2010-07-15", ["y1", "y2", "y3"])]
    keys = key_dates(_story_with_events(spec))
    assert len(keys) == 10  # 26 dated days: 2 * sqrt(26) ~ 10
    dates = [k.date for k in keys]
    assert dates == sorted(dates) and "2010-04-20" in dates and "2010-07-15" in dates
    k = next(k for k in keys if k.date == "2010-04-20")
    assert k.events == ["ev24", "ev25"] and k.sources == 4  # the best-reported event first


def test_key_dates_are_days_up_to_the_last_publication():
    """A year or a week is background, not a key date; a day after the last publication
    day is a forecast. Twin: the same events dated to days within the story are taken."""
    from storyline import schema
    from storyline.render.timeline import key_dates

    spec = [(f"2010-05-{d:02d}", [f"d{d}"]) for d in range(1, 12)]
    spec += [("1989", ["x1", "x2", "x3", "x4"]), ("2010-W20", ["x1", "x2", "x3"]), ("2010-12-01", ["y1", "y2", "y3"])]
    story = _story_with_events(spec)
    dates = [k.date for k in key_dates(story)]
    assert "1989" not in dates and "2010-W20" not in dates and "2010-12-01" not in dates
    assert len(dates) == 10 and all(d.startswith("2010-05-") for d in dates)
    story.documents[0].published = schema.Published(value="2010-12-05")  # the story now runs to December
    assert "2010-12-01" in [k.date for k in key_dates(story)]


def test_no_key_dates_for_a_short_timeline():
    from storyline.render.timeline import key_count, key_dates

    assert key_dates(_story_with_events([(f"2010-05-{d:02d}", ["a"]) for d in range(1, 11)])) == []
    assert key_count(1) == 10 and key_count(400) == 20 and key_count(64) == 16


def test_a_sentence_serves_one_date_unless_a_day_has_no_other():
    from collections import Counter

    from storyline.render.timeline import Cand, rank_sentences

    both = Cand("a", "The rig exploded on April 20 and sank on April 22, killing eleven.", 0, "2010-04-23")
    other = Cand("b", "The burning rig sank into the Gulf on April 22, officials said.", 0, "2010-04-23")
    df, used = Counter(), set()
    assert rank_sentences([both], "2010-04-20", 1, df, 2, used) == [both.sentence]
    assert rank_sentences([both, other], "2010-04-22", 1, df, 2, used) == [other.sentence]
    # twin: a day whose only candidate is taken keeps it rather than going empty
    assert rank_sentences([both], "2010-04-22", 1, df, 2, used) == [both.sentence]


def test_the_report_page_carries_the_python_key_dates():
    """report.html (and the web app, which serves the same page) draws the key dates the
    Python selection chose; it does not choose its own."""
    from storyline.render import html
    from storyline.render.timeline import key_dates

    spec = [(f"2010-05-{d:02d}", [f"d{d}"]) for d in range(1, 25)] + [("2010-04-20", ["x1", "x2", "x3"])]
    story = _story_with_events(spec)
    data = html.view_model(story)
    assert [k["date"] for k in data["key_dates"]] == [k.date for k in key_dates(story)]
    assert data["key_dates"][0] == {"date": "2010-04-20", "events": ["ev24"], "sources": 3}
    assert "keyDates()" in html.render(story) and "DATA.key_dates" in html.render(story)


def test_a_dateline_opening_a_sentence_is_cut_from_the_timeline():
    """Wire clutter at a sentence's start (dateline, stamp, an agency tag's tail left by a
    split) is no news; the sentence after it is kept. Twins: an agency as the subject, and a
    clock time in a sentence, stay."""
    from storyline.render.timeline import readable

    assert readable("WASHINGTON | Thu Apr 30, 2009 3:18 pm EDT WASHINGTON (Reuters) - Officials said on Thursday the count rose.") == (
        "Officials said on Thursday the count rose.")
    # PTB-tokenised, as TLS corpora come: the cut falls between the original tokens
    assert readable("PORTELLERY , May 3 -LRB- Reuters -RRB- - The Acme Health Board lifted its alert level .") == (
        "The Acme Health Board lifted its alert level .")
    assert readable("Reuters -RRB- - A kind of fever never known before has killed 45 people .") == (
        "A kind of fever never known before has killed 45 people .")
    # a stamp cut at its bracket leaves no sentence
    assert readable("MAROTIA | Wed May 6 , 2009 7:15 pm BST MAROTIA -LRB-") is None
    # twins: must not fire
    assert readable("Reuters said on Thursday the count rose to 20.") == "Reuters said on Thursday the count rose to 20."
    s = "The rig exploded at 9:45 pm EDT, April 20, 2010, killing 11 workers."
    assert readable(s) == s
    assert readable("It sank on Thursday.") is None  # under five words, as before
    # only a stamp that opens the sentence is cut: one further in is never cut (a wrong cut
    # is worse than none); a page's print stamp (a full date, a clock and its zone) glued
    # inside a unit marks a headline run into the lead, and the unit is not shown at all
    glued = "BP will not fight the waiver NEW YORK | Fri Nov 19, 2010 5:41 pm EST NEW YORK (Reuters) - BP said it would pay."
    assert readable(glued) is None
    prose = "The well was sealed on July 15, 2010, at 2:25 pm CDT, the company said."
    assert readable(prose) == prose


def test_a_stamp_tells_of_its_day_but_is_not_shown():
    """A stamp naming the day still counts for the day (``day_scores`` counts documents),
    but a candidate with nothing to show is never a timeline's sentence."""
    from collections import Counter

    from storyline.render.timeline import Cand, day_scores, rank_sentences

    stamp = Cand("a", "", 0, "2010-04-22")
    real = Cand("b", "The burning rig sank on Thursday off the coast of Louisiana.", 0, "2010-04-23")
    assert day_scores({"2010-04-22": [stamp, real]}, Counter())["2010-04-22"] > day_scores({"2010-04-22": [real]}, Counter())["2010-04-22"]
    df = Counter(real.sentence.lower().split())
    assert rank_sentences([stamp, real], "2010-04-22", 2, df, 1) == [real.sentence]
    assert rank_sentences([stamp], "2010-04-22", 1, df, 1) == []


def test_a_finished_sentence_goes_before_a_cut_piece():
    """A unit that does not end as a sentence (cut by the splitter, or a headline run into
    the text) ranks after any finished one, however central; twin: alone, it is still taken."""
    from collections import Counter

    from storyline.render.timeline import Cand, finished, rank_sentences

    assert finished("He said : `` It is over . ''") and finished('He said: "It is over."') and finished("Is it?")
    assert not finished("It went down on Thursday in 4,800 ft -LRB-")
    assert not finished("Obama defends spill response President Obama : `` People are frustrated ''")
    day = "2010-04-22"
    piece = Cand("a", "The burning rig sank on Thursday in 5,000 ft of water off Louisiana -LRB-", 0, "2010-04-23")
    whole = Cand("b", "The rig sank on Thursday after burning for a day and a half.", 0, "2010-04-23")
    df = Counter()
    for c in (piece, whole):
        df.update(set(c.sentence.lower().split()))
    assert rank_sentences([piece, whole], day, 1, df, 2) == [whole.sentence]
    assert rank_sentences([piece], day, 1, df, 2) == [piece.sentence]


def test_a_unit_that_is_no_story_is_not_shown():
    """What the brief's noise lexicon reads as no part of the story (a reader comment, a
    photo gallery's label over what is seen, a headline glued to a page's print stamp, a
    blog's byline line) is not a key date's sentence. Twins: a timeline entry under a day
    label, and a time of day with its zone told in prose, are shown."""
    from storyline.render.timeline import readable

    for unit in [
        "Posted by : riverfan | June 2 , 2010 4:10 PM | Report abuse They should have capped it weeks ago .",
        "AP June 3 : A pelican coated in oil is seen on a beach near Grand Isle .",
        "Spill costs climb for the oil giant Monday 7 June 2010 18.05 BST The company said its bill had reached three billion dollars .",
        "Jane Roe | 10:25 UK time , Monday , 7 June 2010 The company has been criticised from every side this week .",
        "Republicans step up their attack Tuesday , May 25 , 2010 ; 6:20 PM Criticism of the response is growing .",
        "What a mess Posted by : riverfan | May 27 , 2010 8:14 PM | Report abuse The real problem is the well .",
        "A version of this article appeared on p12 of the main section of the paper on Monday 7 June 2010 .",
        "This caption was amended on 9 May 2010 to give the right name of the boat .",
    ]:
        assert readable(unit) is None, unit
    for unit in [
        "June 3 : Engineers slice through the riser pipe and lower a new cap over the well .",
        "The company said the flow stopped at 3:40 p.m. CDT after engineers closed the last valve .",
        "At 4:30 p.m. EDT -LRB- 2030 GMT -RRB- , the company 's shares traded at $ 31.20 .",
        "The hearing began on May 25 , 2010 , at 6:20 p.m. , officials said .",
        "The charity urged its staff to report abuse to the police , the report said .",
        "The findings appeared on page 3 of the inquiry 's report , officials said .",
        "The drilling rules were amended on Monday to cover the deepest wells .",
    ]:
        assert readable(unit) == unit, unit


def test_a_teaser_cut_short_goes_after_a_finished_sentence():
    """A unit that ends in an ellipsis is a teaser cut short ("... all the permits it ..."):
    it ranks after any finished sentence of its day; twins: a sentence that ends with a full
    stop after an abbreviation is finished, and a teaser alone is still taken."""
    from collections import Counter

    from storyline.render.timeline import Cand, finished, rank_sentences

    assert not finished("The agency said Friday it is tightening the rules for all the permits it ...")
    assert not finished("The blast was set off by a bubble of gas that shot up the d. . .")
    assert not finished("The rig sank on Thursday as hopes dimmed …")
    assert finished("The rig was leased by BP Plc.") and finished("He said it was over.")
    day = "2010-04-23"
    teaser = Cand("a", "The agency said Friday it is tightening the rules for the permits it grants to the rigs ...", 0, "2010-04-23")
    whole = Cand("b", "The agency said Friday it would review every permit it granted this year.", 0, "2010-04-23")
    df = Counter()
    for c in (teaser, whole):
        df.update(set(c.sentence.lower().split()))
    assert rank_sentences([teaser, whole], day, 1, df, 2) == [whole.sentence]
    assert rank_sentences([teaser], day, 1, df, 2) == [teaser.sentence]


def test_a_photo_credit_glued_before_a_sentence_is_cut():
    """A photo credit the page printed before the sentence (uncleaned Guardian copy) is
    cut as a stamp is; twins: a sentence about a photograph, and a credit inside a sentence,
    are left whole."""
    from storyline.render.timeline import readable

    assert readable("Photograph : Jane Roe\\/AP The company said on Monday that the cap was holding .") == (
        "The company said on Monday that the cap was holding .")
    assert readable("Photograph : Jane Roe\\/AFP\\/Getty Images Officials closed the beach on Sunday .") == (
        "Officials closed the beach on Sunday .")
    s = "Photograph taken on Friday shows the new cap over the well ."
    assert readable(s) == s
    s = "The paper printed a photograph : Jane Roe\\/AP took it from a boat on Friday ."
    assert readable(s) == s


def test_an_agency_first_photo_credit_is_cut_whole_as_the_cleaner_cuts_it():
    """The timeline cuts a glued credit with the cleaner's own matcher, so an agency-first
    credit ("Photograph: Reuters/Jane Roe <lead>") goes whole: the older pattern alone read one
    word after the slash and left the surname opening the sentence. Twins: another agency after
    the slash is no name (cut by the usual shape, as before), and a credit inside a sentence stays."""
    from storyline.render.timeline import readable

    assert readable("Photograph : Reuters\\/Jane Roe Port Ellery lowered its flood alert on Monday .") == (
        "Port Ellery lowered its flood alert on Monday .")
    assert readable("Photograph : Reuters\\/Getty Images Port Ellery lowered its flood alert on Monday .") == (
        "Port Ellery lowered its flood alert on Monday .")
    s = "A photograph : Reuters\\/Jane Roe Port Ellery lowered its flood alert on Monday ."
    assert readable(s) == s


def test_a_day_announced_on_an_earlier_page_counts_as_a_reference():
    """A page that names a day ahead ("Acme Corp's results are due on Tuesday", "the
    hearing on 12 March") refers to it as a later page does: tilse's date references count
    every sentence dated off its page's day, and on the tuned split such announced days
    include days the gold timeline keeps: dropping them lowered it (17c)."""
    from collections import Counter

    from storyline.render import timeline as T

    cands = {
        # told once ahead (an announcement on 07-26) and once after (07-28)
        "2010-07-27": [_cand("a", "2010-07-26"), _cand("b", "2010-07-28")],
        # told after on two days
        "2010-07-20": [_cand("c", "2010-07-21"), _cand("d", "2010-07-23")],
    }
    s = T.day_scores(cands, Counter())
    assert abs(s["2010-07-27"] - s["2010-07-20"]) < 0.01
    # twin: the same two pages published on the day itself are no reference (their
    # "today"): they count W_SELF each and the day falls behind
    cands["2010-07-27"] = [_cand("a", "2010-07-27"), _cand("b", "2010-07-27")]
    s = T.day_scores(cands, Counter())
    assert s["2010-07-27"] < s["2010-07-20"] - 0.5

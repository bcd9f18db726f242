"""Round twenty-five (25f): figure values and units a reader can trust (issue 20).

The seed-73 audit's wrong values and units as general classes: a range whose ends carry
different scale words, lower bounds written "better than" or "-plus", mixed fractions,
rates carried along a change, a rate the parse hung on a noun, a sum "for each" thing,
"pounds" in dollar copy; measures from an extent, an agent, an idiom; claimants from a
heading, a comparison's group, a teaser across an ellipsis. Each rule has a must-fire test
and a must-not-fire twin, on invented sentences.
"""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from storyline.analyse import figures, quantities
from storyline.pipeline import analyse_record
from storyline.types import Record


def _figures(text: str):
    return analyse_record(Record(source="t", text=text)).figures


def _figure(text: str, figure: str):
    return next(f for f in _figures(text) if f.text == figure)


def _one(text: str):
    (q,) = quantities.parse(text)
    return q


# ---------------------------------------------------------------- values


def test_a_range_whose_high_end_has_a_scale_word():
    """"200,000 to 2 million gallons" is a range (seed-73 bpoil_foxnews F7 showed the high
    end alone as an exact 1 million): the low end written in full keeps its own value."""
    q = _one("an estimated 200,000 to 2 million gallons")
    assert (q.kind, q.low, q.high, q.value) == ("range", 200000.0, 2000000.0, None)


def test_twin_a_scale_written_once_still_scales_both_ends():
    q = _one("20 to 30 million people")
    assert (q.low, q.high) == (20000000.0, 30000000.0)


def test_better_than_is_a_lower_bound():
    """"better than half" is at least half, not an exact 50% (seed-73 bpoil_foxnews F9)."""
    q = _one("the cap caught better than half of the fuel")
    assert (q.kind, q.bound, q.low, q.value) == ("bound", "lower", 50.0, None)


def test_twin_better_than_a_year_is_no_bound():
    assert quantities.parse("the firm did better than 2009") == []


def test_plus_after_the_number_is_a_lower_bound():
    """"$250,000-plus" and "50+ homes" are at least the number (seed-73 bpoil_washingtonpost
    F29 showed an exact 300,000)."""
    q = _one("he needs a $250,000-plus loan")
    assert (q.kind, q.bound, q.low, q.text) == ("bound", "lower", 250000.0, "$250,000-plus")
    assert _one("50+ homes were lost").low == 50.0


def test_twin_a_sum_is_no_bound():
    assert [q.value for q in quantities.parse("3+4 is 7")] == [3.0, 4.0, 7.0]


def test_a_mixed_fraction_typeset_or_glued():
    """"3 1/2 miles" and the glued "31/2 miles" (a typeset "3½"; wire copy escapes the slash)
    are 3.5 (seed-73 bpoil_washingtonpost F12 showed 2)."""
    for text in ("about 3 1/2 miles down", "about 31/2 miles down", "about 31\\/2 miles down"):
        q = _one(text)
        assert (q.value, q.approx) == (3.5, True), text


def test_twin_a_slash_before_no_unit_word_is_left_alone():
    """"11/2" before no unit word may be a date: no mixed fraction 5.5. (Since round 27,
    27f, digits joined by a slash are no quantity at all: not 11 and 2 either.)"""
    assert [q.value for q in quantities.parse("on 11/2 the firm")] == []


@given(st.integers(min_value=1, max_value=9), st.sampled_from([(1, 2), (1, 4), (3, 4), (1, 3), (2, 3), (5, 8)]),
       st.sampled_from(["miles", "years", "hours", "million", "percent"]), st.booleans())
def test_mixed_fractions_read_whole_plus_part(whole, frac, unit, glued):
    n, d = frac
    text = f"about {whole}{'' if glued else ' '}{n}/{d} {unit} away"
    qs = [q for q in quantities.parse(text)]
    assert len(qs) == 1
    q = qs[0]
    value = q.value if q.value is not None else q.low
    scale = q.scale or 1.0
    assert abs(value / scale - (whole + n / d)) < 1e-9


@given(st.text(alphabet="0123456789/\\ .,-+", max_size=20), st.sampled_from(["miles", "days", "", "the"]))
def test_the_parser_never_fails_on_slashes_and_pluses(noise, word):
    for q in quantities.parse(f"{noise} {word}"):
        assert q.start <= q.end


# ---------------------------------------------------------------- units


def test_a_rate_carried_on_past_the_change():
    """"from 2,000 barrels a day to 30,000 barrels or perhaps even 50,000 barrels": the third
    figure is the same rate (seed-73 bpoil_washingtonpost F5 showed plain barrels)."""
    f = _figure("Executives told lawmakers the leak could grow from an estimated 2,000 barrels a day "
                "to 30,000 barrels or perhaps even 50,000 barrels.", "50,000")
    assert f.unit == "barrels/day"


def test_twin_no_change_no_carried_rate():
    f = _figure("The pipe moved 2,000 barrels a day to 30,000 barrels or perhaps even 50,000 barrels in total.", "50,000")
    assert f.unit == "barrels"


def test_a_rate_the_parse_hung_on_a_noun_of_the_verb_phrase():
    """"kills 900 infants under the age of 2 every day": children a day (seed-73 H1N1_reuters F29)."""
    f = _figure("The virus kills an estimated 900 infants under the age of 2 every day, mostly in Asia.", "an estimated 900")
    assert f.unit == "infants/day"


def test_twin_every_inside_another_phrase_is_no_rate():
    f = _figure("The virus killed 900 infants under the age of 2 in the week after every day of rain.", "900")
    assert f.unit == "infants"


def test_a_sum_for_each_thing():
    """"penalties of up to $900 under the statute for each tonne" are USD/tonne (seed-73 bpoil_foxnews F18)."""
    f = _figure("Charges include penalties of up to $900 under the Harbour Statute for each tonne of fuel lost.",
                "up to $900")
    assert f.unit == "USD/tonne"


def test_twin_a_sum_for_a_thing_is_no_price_per():
    assert _figure("The firm paid $5 million for the land, and each year it sells more.", "$5 million").unit == "USD"
    assert _figure("The firm paid $5 million for each of its rivals.", "$5 million").unit == "USD"


def test_a_noun_that_is_the_figure_itself_is_no_unit():
    """"the 3.1 billion estimate" (seed-73 H1N1_reuters F30 showed unit "estimate"): no unit,
    so no figure."""
    assert not any(f.text == "3.1 billion" for f in _figures("The 3.1 billion estimate would be lower next year."))


def test_twin_a_counted_noun_stays_the_unit():
    assert _figure("Makers could produce 3.1 billion doses next year.", "3.1 billion").unit == "doses"


def test_pounds_in_dollar_copy_are_a_weight():
    """American copy that writes money in dollars writes "pounds" of a weight ("70 million
    pounds produced", "30 pounds of oil", "12 pounds per gallon"): no sterling."""
    text = "The farm made $4 million. The state produced 70 million pounds of shrimp, and the mud weighs 12 pounds per gallon."
    assert _figure(text, "70 million").unit == "pounds"
    assert _figure(text, "12").unit == "pounds/gallon"


def test_twin_pounds_told_as_sterling_stay_sterling():
    assert _figure("The firm made $4 million. Its shares lost 20 billion pounds ($30 billion) in value.",
                   "20 billion pounds").unit == "GBP"
    assert _figure("The firm lost 20 billion pounds in value.", "20 billion pounds").unit == "GBP"


def test_pressure_after_a_stop_is_no_sterling():
    """weight_after cues read past a full stop ("per square inch.")."""
    assert quantities.parse("a pressure of 6,000 pounds per square inch.", dollar_document=False)[0].unit is None


# ---------------------------------------------------------------- measures


def test_an_extent_names_no_measure():
    """"kill a well 4,000 feet below the sea": no "foot deaths"; "the crew workers began the
    job 4,000 feet below": no "workers" (seed-73 bpoil_foxnews F28, bpoil_washingtonpost F14)."""
    assert _figure("Engineers doubted it was possible to kill a well 4,000 feet below the sea.", "4,000").measure is None
    assert _figure("At 8 p.m. the crew workers began the hard job 4,000 feet below the surface.", "4,000").measure is None


def test_twin_a_count_the_verb_takes_keeps_its_measure():
    assert _figure("The storm killed 40 people on the roads.", "40").measure == "roads deaths"


def test_an_agent_is_no_measure():
    """"workers recovered 12,000 barrels": the workers acted, the figure is no count of them
    (seed-73 bpoil_washingtonpost F3)."""
    f = _figure("Officials said workers recovered 12,000 barrels of oily water from the sea.", "12,000")
    assert f.measure != "workers"


def test_twin_a_measure_subject_of_a_change_stays():
    assert _figure("Sales reached 4,000 units last year.", "4,000").measure == "sales"


def test_an_on_idiom_names_no_measure():
    """"On the other hand, the virus produced 40 million deaths": no "hand production"
    (seed-73 H1N1_reuters F8)."""
    f = _figure("Bird flu killed few people. On the other hand, the 1918 virus produced an estimated 40 million deaths.",
                "an estimated 40 million")
    assert "hand" not in (f.measure or "")


def test_lay_without_off_is_no_layoff():
    assert "layoffs" not in (_figure("Officials said crews had laid 10,000 feet of boom.", "10,000").measure or "")
    assert _figure("The firm laid off 3,000 workers last year.", "3,000").measure == "layoffs"


# ---------------------------------------------------------------- claimants


def test_a_comparison_group_is_no_claimant():
    """"more voters think ... (40 percent) than ...": the respondents, not who reports it
    (seed-73 bpoil_foxnews F13)."""
    text = ("In addition, more voters think the lesson is that drilling should stop (40 percent) "
            "than think it should be limited (31 percent).")
    assert _figure(text, "40 percent").claimant_text is None


def test_a_heading_in_capitals_is_no_claimant():
    """"VIDEO CLIPS: <names>": a release's heading (seed-73 H1N1_reuters F14 'SOUNDBITES')."""
    text = "VIDEO CLIPS: Ann Lee, manager of Acme Air. COMPANY INFORMATION: Acme Air serves more than 80 cities."
    assert _figure(text, "more than 80").claimant_text is None


def test_twin_a_named_speaker_stays_the_claimant():
    f = _figure("Acme has agreed to pay the city $3.5 billion over five years for the fire, a state judge said.",
                "$3.5 billion")
    assert f.claimant_text == "a state judge"


def _quote(text: str, speaker: str):
    st_ = text.index(speaker)
    return SimpleNamespace(speaker_start=st_, speaker_end=st_ + len(speaker), speaker_text=speaker)


def test_a_speaker_across_a_teaser_ellipsis_is_no_claimant():
    """A page of teasers cut with "...": the next teaser's source is not the figure's
    (seed-73 bpoil_foxnews F2, 'a federal judge')."""
    text = "Acme will pay the city $3.5 billion for the fire, the... Acme reached a deal with fishermen, a state judge said..."
    fig = SimpleNamespace(start=text.index("$3.5"), end=text.index("$3.5") + 12)
    assert figures._no_source(text, _quote(text, "a state judge"), fig)


def test_twin_an_ellipsis_inside_the_quotation_is_the_speakers_cut():
    text = "\"We will pay $3.5 billion... And we will pay more,\" a state official said."
    fig = SimpleNamespace(start=text.index("$3.5"), end=text.index("$3.5") + 12)
    assert not figures._no_source(text, _quote(text, "a state official"), fig)


def test_a_place_owning_or_addressing_the_speaker_is_no_claimant():
    """The quote step's speaker is a place that only owns the speaker ("Norway's FjordRe")
    or closes its address ("a dealer in Port Ellery, Maine said": seed-73 bpoil_foxnews F6
    read "Florida"): the claimant is left open."""
    assert _figure("Norway's FjordRe (FJR.OL) expects to pay claims of up to $60 million.",
                   "up to $60 million").claimant_text is None
    assert _figure("An Acme wholesale dealer in Port Ellery, Maine said local sales are down 30 percent.",
                   "30 percent").claimant_text is None


def test_twin_a_place_that_speaks_stays_the_claimant():
    assert _figure("Norway said its exports rose 5 percent.", "5 percent").claimant_text == "Norway"
    assert _figure("Norway's Statoil said sales rose 5 percent.", "5 percent").claimant_text == "Statoil"


def test_the_level_a_hyphenated_rate_is_raised_to_is_a_rate():
    """"a 2,000-barrel-a-day flow was raised to 7,000 barrels" (seed-73 bpoil_washingtonpost F6)."""
    f = _figure("An early guess of a 2,000-barrel-a-day flow was raised to 7,000 barrels after a new leak was found.",
                "7,000")
    assert f.unit == "barrels/day"


def test_twin_a_hyphenated_rate_and_a_stock_of_the_same_noun():
    f = _figure("A 2,000-barrel-a-day well was sold to a firm that stores 7,000 barrels.", "7,000")
    assert f.unit == "barrels"


def test_twin_pounds_in_dollar_copy_stay_sterling_without_weight_words():
    """Reuters copy writes dollars and the word "pounds" of sterling side by side: only the
    words of quantity_cues.tsv's ``dollar_weight`` ("of", "per gallon", "produced") make it a weight."""
    text = "The firm made $4 million. Investors wiped 5 billion pounds off its value."
    assert _figure(text, "5 billion pounds").unit == "GBP"
    text = "The chief's pension of $10 million would pay 400,000 pounds a year."
    assert _figure(text, "400,000 pounds").unit == "GBP/year"


def test_twin_a_comparative_is_no_extent():
    assert _figure("Acme shares finished 46 cents higher at $31.85.", "46").measure == "share price"


def test_twin_a_plural_container_counts():
    assert _figure("The agency has offered nearly 10 estimates of the flow.", "nearly 10").unit == "estimates"

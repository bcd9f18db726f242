"""Round fifty-seven, mender m6: the seed-172 audit's figures (issue 20, "figures a reader can
trust") read through the HTML path of the article-extraction pages: units that were not what the
text says and fields that said more than the text.

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed

from storyline.analyse import quantities


def _units(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.unit) for q in quantities.parse(text)]


# --- F32: "243 pounds" of a person's weight read as sterling (quantities._undecided_pounds) --------

def test_pounds_in_copy_that_writes_no_money_are_no_sterling():
    text = "The senator had a check-up in March. He came in at 210 pounds, his doctor wrote.\n"
    assert ("210 pounds", "GBP") not in _units(text), _units(text)


def test_pounds_beside_a_weight_word_are_no_sterling():
    text = "The plan costs $5 million. Her body mass went up; she reached 180 pounds on the scale.\n"
    assert ("180 pounds", "GBP") not in _units(text), _units(text)


def test_twin_pounds_in_sterling_copy_stay_money():
    text = "The club paid £5 million for him. He earns 90,000 pounds a week.\n"
    assert ("90,000 pounds", "GBP") in _units(text), _units(text)


def test_twin_scaled_pounds_stay_money():
    text = "The bank lost 5 million pounds last year, the report said.\n"
    assert ("5 million pounds", "GBP") in _units(text), _units(text)


def test_twin_pounds_raised_in_copy_without_money_stay_money():
    text = "The school fair was a success. The charity raised 9,000 pounds at the fair.\n"
    assert ("9,000 pounds", "GBP") in _units(text), _units(text)


# --- F53/F54: "4K streaming" read as 4,000 with the unit "streaming" (quantities._format_name) ----

def test_a_picture_format_is_no_figure():
    text = "The new box plays games at 4K resolution and supports 8K TVs, unlike native 4K consoles.\n"
    assert not [q for q in quantities.parse(text) if q.value == 4000 or q.value == 8000], _units(text)


def test_twin_thousands_glued_to_k_stay():
    text = "The rig pumped 5K barrels a day, and the winner took home $4K in prize money.\n"
    values = [q.value for q in quantities.parse(text)]
    assert 5000 in values and 4000 in values, _units(text)


# --- F17: "from $6 to $12" of a price list shown as an exact $6 (quantities._price_span) ----------

def test_prices_from_to_without_a_change_word_are_a_range():
    text = "The shop sells the lamp in three colours from $15 to $25.\n"
    spans = [(q.kind, q.low, q.high) for q in quantities.parse(text)]
    assert ("range", 15, 25) in spans, spans


def test_twin_a_price_raised_from_to_stays_a_change():
    text = "The shop raised the price of the lamp from $15 to $25.\n"
    roles = [(q.text, q.role) for q in quantities.parse(text)]
    assert ("$15", "from") in roles, roles


# --- F52: "4% per hour" shown as a plain percent (figures._percent_rate) ---------------------------

def test_a_percent_per_hour_keeps_its_rate():
    a = analysed("Laptop review\n\nIn our tests, the dock drained the battery by about 4% per hour under load.\n")
    assert [f.unit for f in a.figures if f.value == 4] == ["%/hour"], [(f.text, f.unit) for f in a.figures]


def test_twin_a_percent_a_year_stays_a_percent():
    a = analysed("Coal report\n\nCoal use in the region is growing about 7 percent a year, the agency said.\n")
    assert [f.unit for f in a.figures if f.value == 7] == ["%"], [(f.text, f.unit) for f in a.figures]


# --- C1: two sums of nothing named paired as one price (conflicts._implicit_verdict) --------------

def _numeric(nlp, a: str, b: str):
    from test_conflicts import corpus_of, numeric
    return numeric(corpus_of(nlp, [("a", a, "2020-05-01"), ("b", b, "2020-05-01")]))


def test_sums_of_nothing_named_do_not_conflict(nlp):
    assert _numeric(nlp, "According to Reuters, the sale price in 2020 was $40.",
                    "According to Bloomberg, the sale price in 2020 was $300.") == []


def test_twin_counts_of_nothing_named_still_conflict(nlp):
    assert len(_numeric(nlp, "According to Reuters, the flood killed 40 people in 2020.",
                        "According to Bloomberg, the flood killed 300 people in 2020.")) == 1


def _measure_of(a, text: str):
    return [f.measure for f in a.figures if f.text == text]


# --- F45: a unit of measurement taken as the measure (figures: measures.tsv measure_unit) ----------

def test_a_unit_word_is_no_measure():
    a = analysed("Car news\n\nThe two versions of the car will have 64 kWh and 90 kWh of battery capacity.\n")
    assert _measure_of(a, "64") == [None], [(f.text, f.unit, f.measure) for f in a.figures]


def test_twin_a_held_count_keeps_its_noun():
    a = analysed("Family news\n\nThe old queen has 19 godchildren, the palace said.\n")
    assert _measure_of(a, "19") == ["godchildren"], [(f.text, f.unit, f.measure) for f in a.figures]


# --- F2: "$6.5 billion in debt and equity" measured as "debt" (figures._in_measure) ----------------

def test_a_sum_in_two_nouns_takes_neither():
    a = analysed("Deal news\n\nThe bank agreed to inject $4.5 billion in debt and equity into the startup.\n")
    assert _measure_of(a, "$4.5 billion") == [None], [(f.text, f.measure) for f in a.figures]


def test_twin_a_sum_in_one_noun_keeps_it():
    a = analysed("Deal news\n\nThe bank agreed to inject $4.5 billion in debt into the startup.\n")
    assert _measure_of(a, "$4.5 billion") == ["debt"], [(f.text, f.measure) for f in a.figures]


# --- F44/F57: "tariffs on $360 billion of goods" measured as "tariffs" (figures._measure) ---------

def test_what_is_laid_on_a_sum_is_no_measure_of_it():
    a = analysed("Trade news\n\nThe president gives mixed signals about whether he wants a deal and if any of his "
                 "tariffs on $200 billion worth of imported steel will be removed.\n")
    assert _measure_of(a, "$200 billion") == [None], [(f.text, f.measure) for f in a.figures]


def test_twin_a_tariff_of_a_sum_keeps_its_measure():
    a = analysed("Trade news\n\nThe country collected tariffs of $200 billion last year.\n")
    assert _measure_of(a, "$200 billion") != [None], [(f.text, f.measure) for f in a.figures]


# --- F47: a review in quotation marks credited to the page's outlet (figures._claimant_found) -----

def _claimants(text: str):
    from storyline.pipeline import analyse_record
    from storyline.types import Record
    a = analyse_record(Record(source="t", text=text, outlet="Acme Stage"))
    return [(f.text, f.claimant_text, f.claimant_kind) for f in a.figures]


def test_a_figure_in_an_unsigned_quotation_is_not_the_outlets():
    found = _claimants("Reviews\n\n\u201cGreat show! Lovely songs! We liked it 90%\u201d\n\n\u2013 Jo****\n")
    assert ("90%", "Acme Stage", "outlet") not in found, found


def test_twin_a_figure_in_the_pages_own_words_stays_the_outlets():
    found = _claimants("Reviews\n\nThe show sold 90% of its seats in its first week.\n")
    assert ("90%", "Acme Stage", "outlet") in found, found


# --- F21: a figure told as of now in a sentence writing another year (resolve.figures._period) ----

def _story_periods(nlp, text: str):
    from test_conflicts_dated import corpus
    c = corpus(nlp, [("a", text, "2019-11-19")])
    return [(f.text, f.period) for f in c.story.figures]


def test_a_sentence_writing_another_year_gives_no_day(nlp):
    found = _story_periods(nlp, "Some 900,000 people, who account for about 0.3 percent of the population, "
                                "reported a use disorder in 2017.")
    assert ("about 0.3 percent", "2019-11-19") not in found, found


def test_twin_a_count_told_as_of_now_keeps_the_day(nlp):
    found = _story_periods(nlp, "Some 900,000 people account for about 0.3 percent of the population.")
    assert ("about 0.3 percent", "2019-11-19") in found, found


# --- F6: "Black Friday pricing" read as the Friday before (timex._named_day) -----------------------

def _timexes(text: str):
    from storyline.pipeline import analyse_record
    from storyline.types import Record
    a = analyse_record(Record(source="t", text=text, date="2019-11-18"))
    return [(t.text, t.value) for t in a.timexes]


def test_a_sale_named_after_a_weekday_is_no_date():
    found = _timexes("Deals\n\nThe shop has Black Friday pricing on lamps from $39 and Cyber Monday deals on desks.\n")
    assert not [t for t in found if t[0] in ("Friday", "Monday")], found


def test_twin_a_plain_weekday_is_still_a_date():
    found = _timexes("Deals\n\nThe shop cut its prices on Friday, the owner said.\n")
    assert ("Friday", "2019-11-15") in found, found


# --- F5: a count in an apposition dated by its clause's time (figures._appositive_path) -----------

def _periods(text: str):
    from storyline.pipeline import analyse_record
    from storyline.types import Record
    a = analyse_record(Record(source="t", text=text, date="2019-11-18"))
    return [(f.text, f.period) for f in a.figures]


def test_a_count_in_an_apposition_takes_no_time_of_the_clause():
    found = _periods("Tour news\n\nThe band will open the tour May 3, 2020 in Austin, TX, the first stop of "
                     "25 cities including Dallas.\n")
    assert [p for t, p in found if t.startswith("25")] == [None], found


def test_twin_a_count_of_the_clause_keeps_its_time():
    found = _periods("Tour news\n\nThe band will play 25 cities on May 3, 2020, its agent said.\n")
    assert [p for t, p in found if t.startswith("25")] == ["2020-05-03"], found


def test_twin_an_inch_mark_opens_no_quotation():
    found = _claimants("Deals\n\nThe 65\" TV is now $549 at the shop.\n")
    assert ("$549", "Acme Stage", "outlet") in found, found


def test_twin_a_code_in_marks_ending_in_a_digit_closes_its_quotation():
    found = _claimants("Deals\n\nUse code \"SAVE50\" to get the 15\" laptop for $799 at the shop.\n")
    assert ("$799", "Acme Stage", "outlet") in found, found

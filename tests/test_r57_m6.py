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

"""Round fifty, mender m3: in-sample mends of quote spans and contents the seed-165 audit judged
wrong (fnc1_c034 Q6, c039 Q4/Q8/Q10, c040 Q11, c041 Q1, c042 Q8, bpoil_washingtonpost Q5/Q6).
Every rule has a test that fires and a twin it must not fire on, each on a short invented text
run through the whole per-document stage."""

from __future__ import annotations

from pipeline_helpers import quoted_analysis, speaker_words

from storyline import spacymodel


def _quotes(text: str) -> list[str]:
    return [q.text for q in quoted_analysis(text).quotes]


# --- c034 Q6: a past run of things as subject of "suggests" is the writer's inference ---

def test_a_history_that_suggests_is_no_speaker():
    text = "Even without a new model, Acme's history of product lineups suggests the old phone would remain in the lineup next year.\n"
    assert not any("old phone would remain" in t for t in _quotes(text))


def test_twin_a_person_who_suggests_keeps_the_quote():
    text = "Even without a new model, Acme's chief executive suggests the old phone would remain in the lineup next year.\n"
    assert any("old phone would remain" in t for t in _quotes(text))


# --- bpoil_washingtonpost Q5: "cited a greatly reduced number" names a figure without giving it ---

def test_a_number_cited_without_its_value_is_no_statement():
    text = ("Although its figures were weeks old, the company cited a much lower number in a news release "
            "filed with the Securities and Exchange Commission.\n")
    assert not any("lower number" in t for t in _quotes(text))


def test_twin_a_number_of_reasons_stays_a_statement():
    text = "The firm cited a number of reasons for the delay in a statement.\n"
    assert any("a number of reasons" in t for t in _quotes(text))


# --- c039 Q4: a trailing ", said X" ends the words an "according to" source relays ---

_RELAYED = ("Before the launch, Acme will reveal more details on the phone, including price and colour "
            "options{tag}, according to a report on the website TechNews.\n")


def test_according_to_after_a_said_tag_takes_no_tag():
    a = quoted_analysis(_RELAYED.format(tag=", said Lund"))
    assert not any("said Lund" in q.text for q in a.quotes)
    assert any(q.text.endswith("colour options") and speaker_words(a, q) == "Lund" for q in a.quotes)


def test_twin_according_to_with_no_tag_keeps_its_quote():
    a = quoted_analysis(_RELAYED.format(tag=""))
    assert any(q.text.endswith("colour options") and q.cue == "according to" for q in a.quotes)


# --- bpoil_washingtonpost Q6: ", and scientists reported that ..." is a second saying ---

_SECOND = "A plan to seal the leaking pipe in the bay has worked, officials said Wednesday, and {rest}.\n"


def test_a_second_saying_after_the_tag_is_not_the_first_speakers():
    a = quoted_analysis(_SECOND.format(rest="state scientists reported that most of the fuel has been removed from the water"))
    first = [q for q in a.quotes if q.cue == "said"]
    assert first and all("scientists" not in q.text for q in first)
    assert any(q.text.startswith("A plan to seal") for q in first)


def test_twin_a_tail_with_no_saying_of_its_own_stays():
    a = quoted_analysis(_SECOND.format(rest="the pipe will be capped next week"))
    assert any(q.cue == "said" and q.text.endswith("capped next week") for q in a.quotes)


# --- c039 Q8: ", and his estimate ... falls in line with ..." is the reporter's comment ---

_COMMENT = "Most parts will ship on time. Lund predicts that Acme will ship 3 million phones in the spring, and {rest}.\n"


def test_a_clause_about_the_statement_itself_ends_it():
    texts = _quotes(_COMMENT.format(rest="his estimate for a May launch falls in line with earlier reports"))
    assert "that Acme will ship 3 million phones in the spring" in texts


def test_twin_a_second_clause_of_the_forecast_stays():
    texts = _quotes(_COMMENT.format(rest="its rivals will follow in the summer"))
    assert any(t.endswith("its rivals will follow in the summer") for t in texts)


# --- c039 Q10: "predicts 5 million sales in its first quarter": the period is forecast ---

def test_a_forecast_period_after_the_object_is_part_of_it():
    text = "The phone may reach stores in May, claims Orbit Bank analyst Peter Lund, who also predicts 4 million sales in its first quarter.\n"
    assert "4 million sales in its first quarter" in _quotes(text)


def test_twin_the_day_a_forecast_was_made_stays_out():
    text = "The phone may reach stores in May, claims Orbit Bank analyst Peter Lund, who also predicted 4 million sales on Tuesday.\n"
    assert "4 million sales" in _quotes(text)


# --- c042 Q8: a relay tag the parse hung the content's tail on does not cut the content ---

def test_a_relay_tag_does_not_cut_the_tail_hung_under_it():
    text = ("The prime minister's media office said the additional U.S. trainers were welcome but the move, "
            "five months after Boko Haram seized much of northern Nigeria, was belated, state television reported.\n")
    said = [q.text for q in quoted_analysis(text).quotes if q.cue == "said"]
    assert said == ["the additional U.S. trainers were welcome but the move, five months after Boko Haram "
                    "seized much of northern Nigeria, was belated"]


def test_twin_a_relay_tag_still_ends_the_content():
    text = "The clinic's head said 300 patients were waiting, AFP reported.\n"
    said = [q.text for q in quoted_analysis(text).quotes if q.cue == "said"]
    assert said == ["300 patients were waiting"]


# --- c041 Q1: "eyes\u2014\u2018especially the tempting ones.\u2019" ---

def test_a_dash_glued_to_an_opening_mark_is_split_off():
    doc = spacymodel.load()("cover their eyes\u2014\u2018especially the idle ones.\u2019")
    assert [t.text for t in doc][2:5] == ["eyes", "\u2014", "\u2018"]


def test_twin_apostrophes_and_plain_dashes_tokenise_as_before():
    doc = spacymodel.load()("it\u2019s the women\u2019s well\u2014known plan")
    assert [t.text for t in doc] == ["it", "\u2019s", "the", "women", "\u2019s", "well", "\u2014", "known", "plan"]


def test_a_single_quotation_after_a_glued_dash_is_taken_whole():
    text = "Norland has announced that it has the right to ban men\u2019s hats\u2014\u2018especially the tall ones.\u2019\n"
    assert "that it has the right to ban men\u2019s hats\u2014\u2018especially the tall ones.\u2019" in _quotes(text)


def test_twin_a_single_quotation_closed_inside_the_content_is_left():
    text = "Norland has announced that it will ban \u2018idle\u2019 hats in May.\n"
    assert "that it will ban \u2018idle\u2019 hats in May" in _quotes(text)


# --- c040 Q11: 'said \u201cA\u201d or \u201cB\u201d so many times over the last decade' ---

def test_quotations_after_a_cue_are_taken_with_their_marks_and_no_tail():
    text = ("Commissioner Mark Steel has so often said \u201cwe're not looking to move\u201d or "
            "\u201cwe have no plans for a move\u201d so many times over the last decade.\n")
    texts = _quotes(text)
    assert not any("so many times" in t for t in texts)
    assert "we're not looking to move" in texts


def test_twin_a_quotation_inside_a_clause_stays_mixed():
    text = "Commissioner Mark Steel said the league is \u201cnot looking to move\u201d this year.\n"
    assert any(t.startswith("the league is") for t in _quotes(text))


# --- twins the census asked for (PolNeAR: rules narrowed after reading every change) ---

def test_twin_and_that_comment_is_the_speakers_second_clause():
    # "that" is the second clause's conjunction, not a determiner of a statement noun
    text = ("But when reached, a spokesperson for the parks office said the office would follow the mayor\u2019s lead "
            "on the issue, and that comment should be sought from the mayor\u2019s aides.\n")
    assert any(t.endswith("sought from the mayor\u2019s aides") for t in _quotes(text))


def test_twin_a_how_clause_after_a_tag_is_no_second_saying():
    text = ("The big question for people close to the campaign now is not whether he quits the race before the "
            "convention \u2014 that won\u2019t happen, they believe \u2014 but how he finds a place in the party.\n")
    assert any(t.endswith("how he finds a place in the party") for t in _quotes(text))


def test_twin_a_quotations_own_tag_before_according_to_joins_nothing():
    text = ("\u201cThere has been a steady drip of filings. When does it stop?,\u201d the judge said, according to the Post. "
            "\u201cThis case is about the public\u2019s right to know.\u201d\n")
    texts = _quotes(text)
    assert "There has been a steady drip of filings. When does it stop?" in texts
    assert "This case is about the public\u2019s right to know." in texts

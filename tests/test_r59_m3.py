"""Round fifty-nine, mender m3: the event dates judged wrong on the seed-174 audits of H1N1_bbc
and haiti_bbc (issue 17/20's events).

H1N1_bbc V1 (a list's year heading run into the sentence before it, "... badly affected 1957:
Asian flu killed ...", read as that sentence's date), V6 (a blog's list of stamped entry titles:
the attributive participle "related" of "First related death" dated by the stamp before it),
V5 and V8 (an undated clause of one report merged, on a shared noun, into another report's
happening of a past year: "The Spanish Pandemic killed ..." under 1957, "Previous pandemics have
started ..." under 1918); haiti_bbc V1 (a present state "it's located in ..." given the year
of the past verb it is coordinated with), V3 ("moved ... when he was nine" folded into "was born
in 1972"), V6 ("the earthquake which destroyed the city" of a 2010 report merged into the 2003
Bam quake).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed
from pipeline_helpers import dates_of as _dates_of
from pipeline_helpers import events_of as _events_of

# --- H1N1_bbc V1: a year heading run into the sentence before it (analyse.events._run_in_heading) ---

def test_a_run_in_year_heading_dates_no_clause():
    text = ("The Port Ellery flu of 1918 remains the worst outbreak of modern times - killing more than 50m "
            "people, with young adults particularly badly hit 1957: Asian flu killed two million people.\n\n"
            "Caused by a form of the virus, H2N2.")
    evs = _events_of({"a.txt": (text, "2009-04-26")})
    assert "1957" not in {d for d, _ in evs}, evs


def test_twin_a_year_after_in_before_a_colon_still_dates():
    text = "The Port Ellery flu struck in 1957: it killed two million people across the region."
    evs = _events_of({"a.txt": (text, "2009-04-26")})
    assert "1957" in _dates_of(evs, "struck"), evs


# --- H1N1_bbc V6: an attributive participle is no clause, dated or not --------------------------

def test_an_attributive_participle_beside_a_stamp_is_no_event():
    text = ("All posts on \"Jane's Health Notes\" by Jane Roe More on masks - 16:10 UK time, Wednesday, 8 July 2009 "
            "Policy shift expected - 08:55 UK time, Thursday, 2 July 2009 First related death - 23:39 UK time, "
            "Sunday, 14 June 2009 Explaining flu - 15:00 UK time, Friday, 22 May 2009 I'm Jane Roe, the Herald's "
            "health editor.\n\nThis is my blog for discussion of medical issues, especially research.\n\n"
            "The clinic closed its doors on Monday after three cases were found.")
    a = analysed(text)
    assert not any(it.trigger == "related" for it in a.events), [it.text for it in a.events]


def test_twin_a_participle_heading_a_clause_with_a_date_is_still_an_event():
    a = analysed("The Port Ellery clinic said the first case, confirmed on Thursday, 2 July 2009, was a nurse.")
    assert any(it.trigger == "confirmed" and it.timex is not None for it in a.events), [it.text for it in a.events]


# --- haiti_bbc V1: a present state takes no past verb's date (analyse.events._a_now_beside_a_past) ---

def test_a_present_state_takes_no_coordinated_past_verbs_year():
    text = ("The relief force numbers around 9,000 people, including police officers; it's located in "
            "different parts of the island, and was sent in 2005 to restore order after a revolt.")
    evs = _events_of({"a.txt": (text, None)})
    assert _dates_of(evs, "located") <= {None}, evs
    assert "2005" in _dates_of(evs, "was sent in 2005"), evs


def test_twin_a_coordinated_past_verb_takes_the_sentences_day():
    evs = _events_of({"a.txt": ("On Saturday rebels seized the town and killed 20 soldiers.", "2010-07-27")})
    assert _dates_of(evs, "killed 20 soldiers") == {"2010-07-24"}, evs


# --- haiti_bbc V3: a clause with its own temporal clause (_own_time_clause, _own_time_after) ---

def test_a_clause_with_a_when_clause_is_not_folded_into_the_dated_one():
    text = ("The painter, who won fame as a member of the art trio The Reds, was born in Peru in 1970 but "
            "moved with his parents to Boston when he was ten.")
    evs = _events_of({"a.txt": (text, None)})
    assert _dates_of(evs, "moved with his parents") <= {None}, evs
    assert "1970" in _dates_of(evs, "born in Peru"), evs


def test_a_coordinated_clause_with_a_when_clause_takes_no_sentence_date():
    text = "The firm was founded in 1990 and moved its offices to Lima when the war ended."
    evs = _events_of({"a.txt": (text, None)})
    assert _dates_of(evs, "moved its offices") <= {None}, evs


def test_twin_an_after_clause_stays_in_the_dated_period():
    # H1N1_guardian (counted): "at the weekend it was removed and put in solitary confinement
    # after visitors became alarmed" is the weekend's; "after" is no mark of a time of its own
    text = "On Saturday the firm closed the plant and moved its staff to Lima after the roof fell in."
    evs = _events_of({"a.txt": (text, "2010-07-27")})
    assert _dates_of(evs, "moved its staff") == {"2010-07-24"}, evs


def test_twin_a_clause_with_no_time_of_its_own_still_folds():
    text = "The painter was born in Peru in 1970 but moved with his parents to Boston."
    evs = _events_of({"a.txt": (text, None)})
    assert _dates_of(evs, "moved with his parents") == {"1970"}, evs


# --- H1N1_bbc V5/V8, haiti_bbc V6: no past year for an undated clause on a noun alone (unnamed_past) ---

def test_generic_pandemics_are_not_the_1918_one():
    evs = _events_of({
        "a.txt": ("Officials fear a second wave. In 1918, an influenza pandemic started that became a global disaster.",
                  "2009-04-29"),
        "b.txt": ("Experts urged calm on Tuesday. Previous pandemics have started in a mild fashion, but developed "
                  "in waves.", "2009-06-02")})
    assert _dates_of(evs, "Previous pandemics") <= {None}, evs
    assert "1918" in _dates_of(evs, "In 1918"), evs


def test_the_city_a_quake_destroyed_is_not_an_earlier_quakes():
    evs = _events_of({
        "a.txt": ("Dr Roe, who worked in Iran after a massive earthquake struck the city of Bam in late 2003, said "
                  "it was the worst.", "2010-01-19"),
        "b.txt": ("A man was pulled alive from the rubble on Tuesday, two weeks after the earthquake which destroyed "
                  "the city.", "2010-01-27")})
    assert _dates_of(evs, "which destroyed the city") <= {None}, evs


def test_an_undated_report_takes_no_past_year_on_a_noun_alone():
    evs = _events_of({
        "a.txt": ("Dr Roe, who worked in Iran after a massive earthquake struck the city of Bam in late 2003, said "
                  "it was the worst.", None),
        "b.txt": ("A man was pulled alive from the rubble, two weeks after the earthquake which destroyed "
                  "the city.", None)})
    assert _dates_of(evs, "which destroyed the city") <= {None}, evs


def test_twin_an_undated_report_of_a_named_past_happening_still_merges():
    evs = _events_of({
        "a.txt": ("The Sea Lion tanker spilled oil into Port Ellery harbour in 1989, fouling the coast.", None),
        "b.txt": ("Fishermen recalled how the Sea Lion tanker spilled oil into Port Ellery harbour, fouling the coast.",
                  None)})
    assert _dates_of(evs, "how the Sea Lion tanker spilled") == {"1989"}, evs


def test_twin_a_named_past_happening_still_merges_across_reports():
    evs = _events_of({
        "a.txt": ("The Sea Lion tanker spilled oil into Port Ellery harbour in 1989, fouling the coast.", "2010-06-15"),
        "b.txt": ("Fishermen recalled how the Sea Lion tanker spilled oil into Port Ellery harbour, fouling the coast.",
                  "2010-06-16")})
    assert _dates_of(evs, "how the Sea Lion tanker spilled") == {"1989"}, evs

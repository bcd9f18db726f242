"""Round sixty, mender m3: entities of the seed-175 audit of three Timeline17 dev topics
(bpoil_bbc, bpoil_foxnews, bpoil_reuters): family members merged into one person, names glued
over a seam, a subsidiary or a thing named after a company merged into it.

bpoil_foxnews E4 (a timeline writing "President Obama" throughout, whose last lines name "first
lady Michelle Obama", gave her every "Obama"), bpoil_foxnews E2/E3/E5 ("White House:
Representatives", "Gulf: Coast Guard", "Gulf 11", "Gulf today"), bpoil_foxnews E1 and
bpoil_reuters E1/E5 ("Fox News BP", "Reuters BP", "Hayward a"), E1 of all three ("BP America",
"BP Macondo" as aliases of BP), bpoil_foxnews E3 ("White House Correspondents Dinner" as an
alias of the White House), bpoil_foxnews E10 ("America" of "Oxfam America" shown as the United
States).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed, entity_names

# --- bpoil_foxnews E4: a surname written before the document's one full-named bearer ---------------

FIRST_LADY_DOC = ("President Obama met the crews on Monday. Obama said the spill was bad.\n\n"
                  "He and first lady Michelle Obama held a picnic on the lawn.\n\n"
                  "President Obama later flew to Chicago.\n")
PRESIDENT_DOC = "President Barack Obama spoke on Tuesday. Obama said the work goes on.\n"


def _refs(a, word):
    return [a.mentions[m.context.ref].text if m.context.ref is not None else None
            for m in a.mentions if m.text == word]


def test_a_surname_written_before_the_one_full_named_bearer_is_not_hers():
    a = analysed(FIRST_LADY_DOC)
    assert "Michelle Obama" not in _refs(a, "Obama"), _refs(a, "Obama")


def test_twin_a_surname_after_the_one_full_named_bearer_is_hers():
    a = analysed("First lady Michelle Obama visited a school on Monday.\n\nObama said the pupils were bright.\n")
    assert _refs(a, "Obama") == ["Michelle Obama"]


def test_the_president_titled_surname_goes_to_the_president_of_the_story():
    names = entity_names(FIRST_LADY_DOC, PRESIDENT_DOC)
    assert names["Obama"] == "Barack Obama" and names["Michelle Obama"] == "Michelle Obama", names


def test_twin_a_lone_surname_in_a_story_with_one_obama_joins_him():
    names = entity_names("President Obama met the crews on Monday. Obama said the spill was bad.\n", PRESIDENT_DOC)
    assert names["Obama"] == "Barack Obama", names


# --- bpoil_foxnews E2, E3, E5: a span run over a colon, a line break or the next words ----------------

def _mentions(text):
    return [(m.text, m.label) for m in analysed(text).mentions]


def test_a_span_stops_at_a_colon():
    ms = _mentions("Oil kept leaking on Monday.\n\nAt the White House: Representatives from 16 federal agencies met. "
                   "The White House said the work goes on.\n")
    assert not any(":" in t for t, _ in ms) and ("White House", "ORG") in ms, ms


def test_twin_a_name_with_no_seam_is_whole():
    ms = _mentions("Oil kept leaking on Monday.\n\nThe Gulf Coast was hit hard. The White House said the work goes on.\n")
    assert ("Gulf Coast", "LOC") in ms, ms


def test_a_number_after_a_place_is_no_word_of_it():
    ms = _mentions("Crude kept spewing into the Gulf 11 days after the blast. The Gulf is large.\n")
    assert ("Gulf", "LOC") in ms and not any(t.startswith("Gulf ") for t, _ in ms), ms


def test_twin_a_lower_case_word_heading_the_span_stays():
    ms = _mentions("Stocks fell on Monday.\n\nThe Dow Jones industrial average fell 2 percent.\n")
    assert not any(t == "Dow Jones" for t, _ in ms), ms


def test_an_outlet_told_before_a_name_is_two_names():
    ms = _mentions("BP said the leak slowed.\n\nIn a statement to Fox News BP said it would pay. "
                   "A spokesman told Reuters BP's outreach was wide.\n")
    texts = [t for t, _ in ms]
    assert "Fox News" in texts and "Fox News BP" not in texts and "Reuters BP" not in texts, ms


def test_twin_an_outlet_s_own_service_and_a_company_stay_whole():
    ms = _mentions("Analysts at Reuters Breakingviews said the deal was weak. Breakingviews is a column.\n\n"
                   "The Washington Post Co said profits rose.\n")
    texts = [t for t, _ in ms]
    assert "Reuters Breakingviews" in texts and "Washington Post Co" in texts, ms


# --- E1 of the three topics: a subsidiary or a thing named after the company -------------------------

def test_a_subsidiary_named_after_a_country_is_another_entity():
    names = entity_names("BP said the leak slowed on Monday. Lamar McKay, president of BP America, told senators "
                         "BP PLC would pay.\n", "BP shares fell on Tuesday.\n")
    assert names["BP America"] == "BP America" and names["BP"] != "BP America", names


def test_a_name_before_a_facility_noun_is_no_company_alias():
    names = entity_names("BP shares fell on Tuesday. Engineers worked on the broken BP Macondo wellhead. "
                         "BP said it was hopeful.\n", "BP said the leak slowed on Monday.\n")
    assert names["BP"] != names["BP Macondo"], names


def test_twin_a_first_word_still_joins_its_one_company():
    names = entity_names("Northrop Grumman Corp. won the contract on Monday.\n",
                         "Shares of Northrop rose on Tuesday after the award.\n")
    assert names.get("Northrop") == names["Northrop Grumman Corp."], names


def test_twin_a_longer_name_ending_in_a_small_place_s_word_is_still_the_company():
    a = analysed("Exxon Mobil reported earnings on Monday. Exxon fell 2 percent in New York trading.\n")
    linked = [a.mentions[m.context.ref].text for m in a.mentions if m.text == "Exxon" and m.context.ref is not None]
    assert linked == ["Exxon Mobil"], linked


def test_an_occasion_named_after_a_body_is_not_its_short_form():
    a = analysed("Obama later attends the White House Correspondents Dinner with the press.\n\n"
                 "The White House said the spill was a priority.\n")
    linked = [a.mentions[m.context.ref].text for m in a.mentions if m.text == "White House" and m.context.ref is not None]
    assert not linked, linked


# --- bpoil_foxnews E10: the country at the end of a body's name ----------------------------------

def test_a_country_after_a_body_s_name_at_a_line_start_is_the_body():
    ms = _mentions("Oxfam has sent teams to the coast.\n\nOxfam America is working to help affected communities.\n")
    assert ("America", "LOC") not in ms and ("America", "GPE") not in ms, ms


def test_twin_a_credit_s_surname_before_a_place_is_still_cut():
    ms = _mentions("Officials met on Monday.\n\nAponte Mexico City lowered its alert.\n")
    assert ("Mexico City", "GPE") in ms, ms

"""Round fifty-three, mender m4: in-sample mends of the seed-168 audit's cleaning items (issue 16:
FNC-1 c059 K1, c054 K1, c061 K2, c054 K2, c056 K3 and B6, c056 K1).

1. c059 K1: a clause of saying run into the quotation it introduces ('X told Y "You ..."') is
   no caption glued to a sentence.
2. c054 K1: "Like X, Y ran the tweet ..." opens on a preposition, no call to action.
3. c061 K2: a related-links list ends at the site's menu row; the label and headline below stay.
4. c054 K2: a title-case label under a sentence pointing to a post "(seen below)" is the embed's.
5. c056 K3/B6: CNN's dateline glued to the lead ("Lima, Peru (CNN)Rebels ..."), and the
   network's closing credit of two sentences.
6. c056 K1: a quoted release's "Phone: <number>" line (and the name above it) and its date line
   with slashes.
7. The paragraph c054 K1 gives back ('The blog wondered if Roe was "..." ..., going on to write,
   "..."'): a participle the parse hangs on an embedded question takes no speaker from it.

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name or a figure like the article's at most). Every text is invented.
"""

from __future__ import annotations

from pipeline_helpers import cleaned_parts as _clean
from pipeline_helpers import quoted_analysis, speaker_words

from storyline.clean import noise

LEAD = "The mayor of Springfield opened the new bridge on Monday morning before a crowd of residents.\n\n"
FOOT = "\n\nResidents should take care on the new road during the first week of traffic, officials said.\n"


# --- 1. c059 K1: a clause of saying before its quotation -----------------------------------------

_TOLD = ("A traveller at the airport was angry because staff wished him a happy new year.\n\n"
         "The man was waiting to board a flight to Denver when a cheerful steward began greeting everyone.\n\n"
         "The traveller told the young steward \"You should not say that because not everyone marks the new year.\"\n\n"
         "The steward replied, \"Well, what should I say then?\"\n")


def test_a_clause_of_saying_run_into_its_quotation_is_no_caption():
    text, removed = _clean(_TOLD)
    assert "The traveller told the young steward \"You should not say that" in text
    assert not any("told the young steward" in r for r in removed)


def test_a_caption_run_into_a_sentence_is_still_cut():
    # a clause that is no saying before a sentence, or before a quotation's mark: still a caption
    opening = "Floods have cut off the north of the island, where rescue teams are still searching for survivors.\n\n"
    for line in ("Aid workers set up clinics in the camps The United Nations says it is sending more troops this week.",
                 "Aid workers set up clinics in the camps \"The United Nations is sending more troops this week,\" "
                 "an official said."):
        _text, removed = _clean(opening + line + FOOT)
        assert "Aid workers set up clinics in the camps" in removed


def test_a_caption_that_already_says_its_words_before_a_quotation_is_still_cut():
    # a video's caption whose verb of saying has its own clause, glued to the next quotation
    opening = "Floods have cut off the north of the island, where rescue teams are still searching for survivors.\n\n"
    line = ("President Roe says the island may not recover from the floods \"What I know is that we will need a lot "
            "of help this year,\" he said.")
    text, removed = _clean(opening + line + FOOT)
    assert "President Roe says the island may not recover from the floods" in removed
    assert text.count("\"What I know is that we will need a lot of help this year,\" he said.") == 1


# --- 2. c054 K1: "Like X, ..." compares --------------------------------------------------------

_LIKE = ("The singer did not post the message, her agent said on Monday.\n\n"
         "Like AcmeOnline, GossipDaily ran the tweet without checking whether the Twitter account belonged to "
         "the singer. The site wondered if she was \"angry\" with her \"bold words,\" going on to write, \"Wow. It "
         "fits.\" That is some careful reporting.\n\n"
         "The agent said the account had been suspended.\n")


def test_a_sentence_opening_on_like_as_a_preposition_is_no_call_to_action():
    text, removed = _clean(_LIKE)
    assert "Like AcmeOnline, GossipDaily ran the tweet" in text
    assert not removed
    assert not noise._is_cta("Like Acme Online, the Daily ran the tweet on Twitter.")


def test_like_as_an_imperative_is_still_a_call_to_action():
    _text, removed = _clean(LEAD + "Like us on Facebook, and follow us on Twitter for the latest news.\n" + FOOT)
    assert any(r.startswith("Like us on Facebook") for r in removed)
    _text, removed = _clean(LEAD + "Like us on Twitter, follow our page for more news.\n" + FOOT)
    assert any(r.startswith("Like us on Twitter") for r in removed)


# --- 3. c061 K2: a menu row closes a related-links list ---------------------------------------------

_LINKS = ("Brief Analysis\nThe report is fiction. It comes from a satire website, which says so itself.\n\n"
          "related Links\nSpotting Fake Stories Online\n'Giant Squid Found in Lake Erie'\n"
          "Fake Picture: 'Flying Cat of Ohio'\n{menu}\n\nExample\nFarmer Finds Giant Pearl in Mississippi River\n\n"
          "A farmer in the south of the state has found what experts say is the biggest pearl ever seen, after "
          "noticing ….\n\nDetailed Analysis\n\nAccording to a report circulating via social media and email, a "
          "farmer found a giant pearl in a river.\n")


def test_a_menu_row_ends_a_related_links_list():
    text, removed = _clean(_LINKS.format(menu="What's New   Top Ten   Special Features   Subscribe"))
    assert "Example" in text and "Farmer Finds Giant Pearl in Mississippi River" in text
    assert "What's New   Top Ten   Special Features   Subscribe" in removed
    assert "Spotting Fake Stories Online" not in text
    assert noise._menu_row("Home | News | Sport | Weather")
    assert not noise._menu_row("The vote was 12   to 3 in the end.")
    assert not noise._menu_row("Roe said   that the plan   would work.")


def test_a_list_with_no_menu_row_is_read_as_before():
    # with no menu row the list's short lines are cut on to the prose, as before
    text, removed = _clean(_LINKS.format(menu="Fake Picture: 'Dog Elected Mayor'"))
    assert "Spotting Fake Stories Online" not in text and "Fake Picture: 'Dog Elected Mayor'" not in text
    assert "A farmer in the south of the state has found" in text


# --- 4. c054 K2: an embed's label under a sentence pointing below -----------------------------------

_SEEN = ("A strange post on an account in the singer's name was a hoax, her manager said on Monday.\n\n"
         "\"That is not her account,\" the manager told reporters.\n\n"
         "{pointer}\n\nJane Roe Fake Acme Tweet\n\n"
         "It got picked up by several news sites and attributed to the singer, who played a doctor on the show.\n")


def test_an_embed_label_under_a_pointer_below_is_cut():
    text, removed = _clean(_SEEN.format(pointer="The tweet (seen below) was posted a day earlier."))
    assert "Jane Roe Fake Acme Tweet" in removed
    assert "The tweet (seen below) was posted a day earlier." in text


def test_a_heading_under_a_sentence_naming_no_embed_below_stays():
    text, _removed = _clean(_SEEN.format(pointer="The account was set up a day earlier."))
    assert "Jane Roe Fake Acme Tweet" in text
    text, _removed = _clean(_SEEN.format(pointer="The details are set out below."))
    assert "Jane Roe Fake Acme Tweet" in text


# --- 5. c056 K3, B6: CNN's glued dateline and closing credit -----------------------------------------

_CNN = ("{head}Rebels took all the embassy's cars parked at the city's airport, an airport official said on Friday.\n\n"
        "The move comes after the United States closed its embassy and moved out its staff because of the fighting.\n\n"
        "\"They are a dangerous group,\" said a spokesman. \"We are watching them closely.\"\n\n{foot}\n")


def test_a_dateline_glued_to_the_lead_is_lifted():
    c = noise.clean_text(_CNN.format(head="Lima, Peru (CNN)", foot="The embassy stays closed."))
    assert c.text.startswith("Rebels took all the embassy's cars")
    assert c.dateline is not None and c.dateline.agency == "CNN" and c.dateline.place == "Lima, Peru"
    c = noise.clean_text(_CNN.format(head="(CNN)", foot="The embassy stays closed."))
    assert c.text.startswith("Rebels took") and c.dateline is not None and c.dateline.agency == "CNN"


def test_a_bracket_after_a_name_that_is_no_place_stays():
    c = noise.clean_text(_CNN.format(head="Jane Roe (CNN) ", foot="The embassy stays closed."))
    assert c.text.startswith("Jane Roe (CNN) Rebels")
    c = noise.clean_text(_CNN.format(head="Mr Smith Jones (CNN)", foot="The embassy stays closed."))
    assert c.text.startswith("Mr Smith Jones (CNN)Rebels")


def test_a_networks_closing_credit_of_two_sentences_is_cut():
    credit = ("Journalist Juan Perez reported from Peru, and CNN's Jane Roe wrote in Atlanta. "
              "CNN's John Doe and Mary Major contributed.")
    text, removed = _clean(_CNN.format(head="", foot=credit))
    assert credit in removed
    assert text.rstrip().endswith("\"We are watching them closely.\"")


def test_a_closing_sentence_about_a_reporter_stays():
    for foot in ("Juan Perez reported from Peru for ten years before he retired. He now writes books.",
                 "Jane Roe wrote in Atlanta that the plan would fail. John Doe agreed."):
        text, _removed = _clean(_CNN.format(head="", foot=foot))
        assert foot in text


# --- 6. c056 K1: a quoted release's phone line and slashed date ---------------------------------------

_RELEASE = ("The rumour spread quickly on Wednesday, but the agency soon put out its own account.\n\n"
            "Then the agency set the record straight on its own website:\n\n{date}\n\n"
            "The guard left the building with only personal weapons, as planned in advance.\n\n"
            "To be clear: no guard handed a weapon to anyone.\n\n"
            "Office of Acme Agency Communication\n{phone}\npress@acme.example.com\n"
            "So why did the rumour go on for three more hours? Nobody at the network would say.\n")


def test_a_release_phone_line_its_office_and_its_slashed_date_are_cut():
    text, removed = _clean(_RELEASE.format(date="March / 4 / 2016", phone="Phone: 202-555-0143"))
    assert "March / 4 / 2016" in removed
    assert "Phone: 202-555-0143" in removed
    assert "Office of Acme Agency Communication" in removed
    assert "To be clear: no guard handed a weapon to anyone." in text


def test_a_sentence_about_a_phone_or_a_date_list_stays():
    text, _removed = _clean(_RELEASE.format(date="March 4 was the day of the move.",
                                            phone="Phone calls to the office went unanswered."))
    assert "Office of Acme Agency Communication" in text
    assert "Phone calls to the office went unanswered." in text
    timeline = LEAD + "March / 4 / 2016\n\nThe guard left.\n\nMarch / 5 / 2016\n\nThe guard came back.\n" + FOOT
    text, _removed = _clean(timeline)
    assert "March / 4 / 2016" in text and "March / 5 / 2016" in text


# --- 7. the paragraph c054 K1 gives back: a participle hung on an embedded question ------------------

_WONDERED = ("The singer did not post the message, her agent said on Monday.\n\n"
             "The blog carelessly wondered {clause}, going on to write, \"Wow. The post fits the case, but it could "
             "be about something else.\" That is some careful reporting.\n")


def _quote(text: str, start: str):
    a = quoted_analysis(text)
    return a, next(q for q in a.quotes if q.text.startswith(start))


def test_a_participle_hung_on_an_if_clause_takes_no_speaker_from_it():
    text = _WONDERED.format(clause="if Jane Roe was \"angry at her old boss\" with her \"bold message\"")
    assert speaker_words(*_quote(text, "Wow.")) is None


def test_a_participle_of_the_main_clause_keeps_its_subject():
    text = _WONDERED.format(clause="about the message for a week")
    assert speaker_words(*_quote(text, "Wow.")) == "The blog"

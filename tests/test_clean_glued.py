"""A headline or caption run into the lead without a full stop (text saved from news
pages): cut off the opening line only, each shape with a must-keep twin."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

BODY = (
    "\n\nRescue teams from several countries arrived on Wednesday and began searching the collapsed buildings."
    "\n\nOfficials said the airport was open again for relief flights carrying food and water."
)


def _head(text: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith("headline: headline or caption run into")]


@pytest.mark.parametrize("glued, head, lead", [
    # a determiner that opens the lead after a lower-case word
    ("Earthquake aftershocks hit island orphanage A ward nurse who works at the orphanage says the tremors have not stopped.",
     "Earthquake aftershocks hit island orphanage", "A ward nurse"),
    # headline, then a caption, then the lead: the last place counts
    # (the caption only restates the lead: it goes with the headline; see the standfirst tests below)
    ("Island earthquake: many feared dead The tremor is the strongest to strike the island in decades There are reports of many deaths after the earthquake hit the island.",
     "Island earthquake: many feared dead The tremor is the strongest to strike the island in decades", "There are reports"),
    # after a closing quote
    ("Island families 'sleeping among the dead' Thousands of people are sleeping outdoors for a second night.",
     "Island families 'sleeping among the dead'", "Thousands of people"),
    # a common word (written in lower case elsewhere in the text) opening the lead
    ("Police say officers safe after the quake Dozens of peacekeepers are missing Officials in the capital have made contact with six of their officers."
     "\n\nThe officials said they were safe.",
     "Police say officers safe after the quake Dozens of peacekeepers are missing", "Officials in the capital"),
    # "The" with a capitalised word and then a lower-case one
    ("River fever: regional alert level raised The Marotian couple being treated for river fever have been named.",
     "River fever: regional alert level raised", "The Marotian couple"),
])
def test_glued_headline_is_cut(glued, head, lead):
    c = clean_text(glued + BODY)
    assert _head(glued + BODY) == [head]
    assert c.text.startswith(lead)
    assert "Officials said the airport" in c.text


@pytest.mark.parametrize("lead", [
    # a newspaper's name after a name-introducing noun
    "Survivors in the capital told newspaper The Times on Monday that they had no water.",
    # an apposition with a determiner before it
    "A report by the think-tank The Heritage Foundation said the aid was too slow.",
    # a charity whose name holds a common word
    "Aid from the charity Save the Children has arrived in the capital by lorry.",
    # a letter as a label
    "Doctors treated patients with influenza A virus at the clinic near the port.",
    "Pupils who got A grades in the exams will be offered places at the college.",
    # a name continued by a common word
    "Reviving its old Port Ellery Shipping Company moniker could hardly hurt matters for the firm.",
    # a title of a work: the word after the opener is capitalised
    "Fans of the drama This Is Us waited for the final episode on Tuesday.",
    # a weekday after a quotation
    "He described the scene as \"apocalyptic\" Tuesday night in the capital.",
])
def test_lead_that_looks_glued_is_kept(lead):
    text = lead + BODY
    assert _head(text) == []
    assert clean_text(text).text.startswith(lead)


def test_only_the_opening_is_read():
    # the same shape in the middle of an article is left alone
    text = ("Rescue teams arrived on Wednesday and began searching the collapsed buildings."
            "\n\nEarthquake aftershocks hit island orphanage A paediatrics nurse says aftershocks are still shaking the walls."
            + BODY)
    assert _head(text) == []
    assert "Earthquake aftershocks hit island orphanage A paediatrics nurse" in clean_text(text).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


def test_a_headline_line_alone_is_not_split():
    # a line with no full stop is a headline itself (the title rule handles it), never a lead
    text = "Haiti devastated by massive quake The aftermath" + BODY
    assert _head(text) == []


def test_a_after_a_name():
    text = "Girl raises hundreds for Marotia A nine-year-old girl has raised money for victims by selling her cakes." + BODY
    assert _head(text) == ["Girl raises hundreds for Marotia"]
    # a letter that labels a place after a capitalised word stays
    lead = "Passengers at Terminal A were moved to another hall after the alarm on Sunday."
    assert _head(lead + BODY) == []


def test_last_boundary_after_a_headline_and_standfirst():
    text = ("River fever and the lessons of 1921 The handling of the Marotian fever outbreak of 1921 holds lessons for how we "
            "should handle river fever And lo it came to pass." + BODY + "\n\nThe Marotian fever outbreak of 1921 killed thousands.")
    assert clean_text(text).text.startswith("And lo it came to pass.")


# ---- the headline restated by the lead (names mark the boundary, no case evidence)

@pytest.mark.parametrize("glued, head, lead", [
    # a sentence opener with a name after it: the headline's names come again
    ("Jane Roe appeals for island flood aid The United Nations envoy to the island, Jane Roe, has asked members to send aid.",
     "Jane Roe appeals for island flood aid", "The United Nations envoy"),
    # the name the headline gave, after a noun that ends the headline
    ("John Doe makes island flood statement US President John Doe has promised full support to the island after the flood.",
     "John Doe makes island flood statement", "US President John Doe"),
    # headline, then a caption, then the lead restating both
    ("Riverside city lifts flood curbs Shops in Riverside City have been hit hard by the floods Riverside City has lifted all the flood curbs imposed last month.",
     "Riverside city lifts flood curbs Shops in Riverside City have been hit hard by the floods", "Riverside City has lifted"),
])
def test_headline_restated_by_the_lead_is_cut(glued, head, lead):
    c = clean_text(glued + BODY)
    assert _head(glued + BODY) == [head]
    assert c.text.startswith(lead)


@pytest.mark.parametrize("lead", [
    # a role noun before a name the text gave before: an apposition, not a boundary
    "John Doe flies island supplies and the Hollywood actor John Doe has flown island supplies in his own jet.",
    # a name after a capitalised word goes on with that name
    "Flooded roads in Riverside City Riverside City Council staff cleared the flooded roads overnight.",
    # a word that introduces names elsewhere in the text ("flood victim Jane Roe")
    "Relatives of flood victim Jane Roe said flood victim Jane Roe had been found alive after the flood.",
    # a name not given before: nothing restated
    "Rescuers searching the flooded island spotted Jane Roe alive after rescuers searching the island heard her.",
    # a common word after a comma (an apposition): "an editor at ... and founding Editor of ..."
    "Everything about the flood: John Doe, an editor at the Journal and founding Editor of the Journal is answering questions about the flood.",
])
def test_restated_names_inside_a_lead_are_kept(lead):
    text = lead + "\n\nFlood victim Jane Roe was rescued on Monday by a team of divers." + BODY
    assert _head(text) == []
    assert clean_text(text).text.startswith(lead)


def test_a_role_noun_before_the_name_goes_with_the_lead():
    glued = "John Doe flies island supplies Hollywood actor John Doe has flown island supplies in his own jet."
    c = clean_text(glued + BODY)
    assert _head(glued + BODY) == ["John Doe flies island supplies"]
    assert c.text.startswith("Hollywood actor John Doe")


def test_a_word_never_capitalised_inside_a_sentence_opens_the_lead():
    glued = "Island flood filmed on a harbour webcam Images have surfaced of the moment the island flood began."
    c = clean_text(glued + BODY)
    assert _head(glued + BODY) == ["Island flood filmed on a harbour webcam"]
    assert c.text.startswith("Images have surfaced")


@pytest.mark.parametrize("lead", [
    # a demonym is capitalised wherever it stands
    "Spill response critics said the spill response faced growing American criticism over the spill response.",
    # after a compound: "a 20-year-old Navy sailor"
    "Flu cases rose as flu cases hit a 20-year-old Navy sailor whose flu cases worsened overnight.",
    # a place before a relative word
    "Flood crews visit towns as flood crews visit Riverside where the flood crews work all night.",
])
def test_proper_words_inside_a_lead_are_kept(lead):
    text = lead + BODY
    assert _head(text) == []
    assert clean_text(text).text.startswith(lead)


# ---- a strong restatement: the lead says again most of the headline's content words

def test_a_name_the_headline_gave_opens_a_lead_that_restates_it():
    glued = ("UK charities prepare to deliver island flood aid UK aid work is under way to help the flood hit island, "
             "where the charities fear the worst.")
    c = clean_text(glued + BODY)
    assert _head(glued + BODY) == ["UK charities prepare to deliver island flood aid"]
    assert c.text.startswith("UK aid work is under way")


def test_a_name_going_on_as_in_the_headline_is_not_a_boundary():
    # the name goes on as in the headline: a verb and its object, not a boundary; the
    # headline and caption before the lead go whole (a caption glued to the lead: two
    # complete clauses, see test_clean_glued_captions.py), never split inside "hit Acme profits"
    lead = ("Acme profits up despite flood Fallout from the flood has not yet hit Acme profits Acme, the flood insurer, "
            "has reported a sharp rise in profits despite the flood.")
    text = clean_text(lead + BODY).text
    assert text.startswith(lead[:40]) or text.startswith("Acme, the flood insurer, has reported")


@pytest.mark.parametrize("lead", [
    # a name after a number word: "nine UK cases"
    "Flood damage shuts UK school Another nine UK cases of flood damage were confirmed at the school today.",
    # a name continued by a name (after a capitalised word only the headline's own word)
    "Flood aid for island Governor Jane Roe as Governor Jane Roe asks for flood aid for the island today.",
])
def test_a_restated_headline_phrase_inside_a_lead_is_kept(lead):
    # never cut inside the lead ("nine | UK cases"); the headline alone may go before a
    # lead that restates it (round eleven, 16c: noise._split_restated_headlines)
    text = clean_text(lead + BODY).text
    assert text.startswith(lead[:40]) or text.startswith("Another nine UK cases of flood damage")



# A standfirst between a glued headline and the lead (audit haiti_bbc K4): a clause that
# gives a name or a number the rest of the text never gives is cut apart from the
# headline, as a caption (policy of round six: a no-full-stop line between the headline
# and the lead is a caption; its text stays in `removed`); a standfirst with a full stop stays.
SF_HEAD = "Island quake: rescue efforts intensify"
SF = "The president of the island, Jean Marot, says thousands may have been killed in last night's earthquake"
SF_LEAD = "Efforts are intensifying to reach those who survived the earthquake and lack food and water."


def test_standfirst_with_its_own_claim_is_cut_as_a_caption():
    text = f"{SF_HEAD} {SF} {SF_LEAD}" + BODY
    c = clean_text(text)
    assert _head(text) == [SF_HEAD]
    assert [r.text for r in c.removed if r.reason.startswith("caption: a line with no full stop")] == [SF]
    assert c.text.startswith(SF_LEAD)
    assert not c.headings and not (c.title or "").startswith("The president")


def test_standfirst_with_a_full_stop_stays():
    # must-keep twin: the same standfirst ending in a full stop is a sentence
    text = f"{SF_HEAD}\n\n{SF}.\n\n{SF_LEAD}" + BODY
    c = clean_text(text)
    assert f"{SF}." in c.text
    assert not any(r.reason.startswith("caption") for r in c.removed), c.removed


def test_standfirst_restating_the_text_goes_with_the_headline():
    # must-cut twin: the same shape, but the body gives the name and the figure again
    text = f"{SF_HEAD} {SF} {SF_LEAD}" + BODY + "\n\nPresident Jean Marot said thousands may have been killed."
    assert _head(text) == [f"{SF_HEAD} {SF}"]


def test_caption_without_a_verb_goes_with_the_headline():
    # must-cut twin: a new name, but no clause (a label, not a statement)
    caption = "The harbour of Port Marot after the earthquake and storm"
    assert _head(f"{SF_HEAD} {caption} {SF_LEAD}" + BODY) == [f"{SF_HEAD} {caption}"]


def test_a_lead_whose_noun_phrase_runs_over_a_capitalised_name_is_not_cut_as_a_restated_headline():
    # round forty-one (issue 16; the MEANTIME audit, seed 156): "... bought 12 new long-distance
    # | Acme ferries ..." shares words with the headline above, but the lower-case word before the
    # name modifies the noun after it: one noun phrase, no seam; the whole lead stays
    text = ("Harbour line buys twelve new long-distance Acme ferries\n"
            "The island's harbour line has bought 12 new long-distance Acme ferries as a way of renewing its ageing "
            "fleet and improving its routes.\n" + BODY)
    assert "The island's harbour line has bought 12 new long-distance Acme ferries as a way" in clean_text(text).text


def test_a_restated_headline_ending_in_a_noun_is_still_cut_before_the_lead():
    # its twin: the headline's last word heads its own phrase ("flood victims"), the lead
    # restates it: the headline is cut, the lead stays
    lead = ("Inside the clinic where nurses treat flood victims Nurses at the clinic have treated more than "
            "300 flood victims since the storm hit the island last week.")
    text = clean_text(lead + BODY).text
    assert text.startswith("Nurses at the clinic have treated")

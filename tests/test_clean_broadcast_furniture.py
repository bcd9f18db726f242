"""Broadcasters' furniture inside an article body: pull quotes run into the next
sentence, clip captions above a media player's notice, reporters' sign-off lines and
bylines run into the report's first sentence; each rule with a must-keep twin (a real
sentence of the same shape)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.clean.noise import _HYPHENED_PLACE, _hyphened_places, clean_text

LEAD = ("Rescue teams from several countries arrived on Wednesday and began searching the collapsed buildings.\n\n"
        "Officials said the airport was open again for relief flights carrying food and water.\n\n")
TAIL = "\n\nThe government said it would publish a full list of the dead by the end of the week."
PLAYER = "To play this content JavaScript has to be switched on and a recent Flash player present."


def _cut(text: str) -> dict[str, str]:
    return {r.text: r.reason.split(":")[0] for r in clean_text(text).removed}


# ---------------------------------------------------------------- pull quotes

def test_pull_quote_glued_before_a_sentence_is_cut_and_its_body_copy_stays():
    pull = "Help is here but it is still woefully inadequate in this battered city"
    glued = pull + " The people of the capital paused on Sunday to remember their dead."
    body = "One aid worker wrote: " + pull + ".\n\n"
    text = LEAD + glued + "\n\n" + body + TAIL
    cleaned = clean_text(text)
    assert _cut(text).get(pull) == "caption"
    assert "The people of the capital paused on Sunday to remember their dead." in cleaned.text
    assert body.strip() in cleaned.text  # the article's own copy stays


def test_quoted_pull_quote_with_a_first_person_sentence_after_it():
    pull = '"Broken bones are the most common injuries we treat"'
    text = LEAD + pull + " I've been living in the north for four years.\n\n" \
        "The doctor said: \"Broken bones are the most common injuries we treat.\"" + TAIL
    assert _cut(text).get(pull) == "caption"
    assert "I've been living in the north for four years." in clean_text(text).text


def test_long_pull_quote_before_a_word_the_text_never_writes_in_lower_case():
    # "Even" is in no list of openers and the text never writes "even": the repeat is long
    # and stands in the body as a whole quotation, closed by a stop (haiti K19, round eight)
    pull = "He was calm, I reached out to shake his hand but I don't think he was too happy about it"
    text = LEAD + pull + " Even though the studio staff were free, each act got a short slot.\n\n" \
        '"' + pull + '," he said.\n\n"' + pull + '."' + TAIL
    assert _cut(text).get(pull) == "caption"
    assert "Even though the studio staff were free, each act got a short slot." in clean_text(text).text


def test_long_repeat_going_on_after_a_comma_before_an_unlisted_word_stays():
    # the same words stand elsewhere followed by a comma only: a sentence going on there,
    # and here too ("... on Tuesday Haitian officials said ...")
    line = "The earthquake struck the capital at five in the afternoon on Tuesday Haitian officials told reporters."
    other = "The earthquake struck the capital at five in the afternoon on Tuesday, the survey said."
    text = LEAD + line + "\n\n" + other + TAIL
    assert line in clean_text(text).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


def test_glued_text_said_nowhere_else_stays():
    # the same shape (no full stop, then a sentence opener), but the words are not repeated
    line = "Help is here but it is still woefully inadequate in this battered city The people of the capital paused."
    text = LEAD + line + TAIL
    c = clean_text(text)
    # nothing cut; since round fifteen (16r) the line is split at its lost boundary, both pieces kept
    assert c.removed == [] and line in c.text.replace("\n\n", " ")


def test_title_case_headline_echoing_a_sentence_stays():
    # a title-case line is a headline echo, not a pull quote printed from the body
    line = "The State Cannot Shield Us From Every Storm We Meet Tuesday night, the governor spoke."
    text = LEAD + line + "\n\nThe state cannot shield us from every storm, critics said." + TAIL
    assert line in clean_text(text).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


def test_short_common_phrase_said_again_inside_a_sentence_stays():
    # six words said again only inside another sentence, not as a sentence or quotation
    line = "Only once in a blue moon The village gets a visit from the governor, residents said."
    text = LEAD + line + "\n\nIt rains here only once in a blue moon during the dry season." + TAIL
    assert line in clean_text(text).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


def test_repeat_that_goes_on_with_the_same_word_stays():
    # the words before "The" are repeated, but the repeat goes on with "The" as well:
    # a phrase of a longer text, not a pull quote
    line = "He told the committee on Monday that all the relief flights The Hague had paid for had landed safely."
    other = "Reporters heard he told the committee on Monday that all the relief flights The Hague sent were late."
    text = LEAD + line + "\n\n" + other + TAIL
    assert line in clean_text(text).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


# ---------------------------------------------------------------- clip captions

@pytest.mark.parametrize("line", [
    "Renzo Fricke is emergency co-ordinator for a medical aid organisation sending help to the island.",
    "The BBC's Jane Roe spent the morning in south Leeds with a family trying to reach their cousins.",
    "Jane Roe, who runs a school outside the capital, gives World Today an account of the night.",
])
def test_caption_above_a_media_player_notice_is_cut(line):
    text = LEAD + line + "\n\n" + PLAYER + TAIL
    assert _cut(text).get(line) == "promo"
    assert line not in clean_text(text).text


@pytest.mark.parametrize("line", [
    # attributed speech right above the player: article text
    "Renzo Fricke said the hospital in the capital had run out of clean water on Tuesday.",
    # two sentences: a paragraph of the article, not a caption
    "Renzo Fricke is emergency co-ordinator for the charity. He arrived on the first relief flight.",
    # no person named: what the article says
    "More aid is expected to arrive by sea once the port has been cleared of wreckage.",
])
def test_article_text_above_a_media_player_notice_stays(line):
    text = LEAD + line + "\n\n" + PLAYER + TAIL
    assert line in clean_text(text).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


def test_identity_line_without_a_player_stays():
    line = "Renzo Fricke is emergency co-ordinator for a medical aid organisation sending help to the island."
    text = LEAD + line + TAIL
    assert line in clean_text(text).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


# ---------------------------------------------------------------- sign-off lines

@pytest.mark.parametrize("line", [
    "Marek Pollard reports from Port-au-Prince.",
    "The BBC's Lena Garvey reports from Glasgow.",
    "Arlo Gantry reports from Venice, Louisiana.",
])
def test_reporters_sign_off_line_is_cut(line):
    text = LEAD + line + TAIL
    assert _cut(text).get(line) == "promo"


@pytest.mark.parametrize("line", [
    "All the reports from the harbour district were of roofs that had caved in.",
    "Jane Roe reports from Port-au-Prince that thousands are sleeping in the streets.",
    "I'm hearing many mixed reports from the island and we can do nothing from here.",
])
def test_reports_in_article_sentences_stay(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


# ---------------------------------------------------------------- glued bylines

@pytest.mark.parametrize(("line", "byline", "sentence"), [
    ("John Doe, BBC News, Haiti The town a day's walk north of the capital is in ruins.",
     "John Doe, BBC News, Haiti", "The town a day's walk north of the capital is in ruins."),
    ("Arlo Gantry, Island News, Venice, Louisiana The newly discovered leak has alarmed fishermen along the coast.",
     "Arlo Gantry, Island News, Venice, Louisiana", "The newly discovered leak has alarmed fishermen along the coast."),
])
def test_byline_glued_to_the_first_sentence_is_cut(line, byline, sentence):
    text = LEAD + line + TAIL
    cleaned = clean_text(text)
    assert _cut(text).get(byline) == "byline"
    assert sentence in cleaned.text


@pytest.mark.parametrize("line", [
    # a name and a role in apposition, then the sentence's own verb
    "Jane Roe, a nurse from the capital, said the hospital was full by noon.",
    # a newsroom, but no sentence opener after the place: the line stays whole
    "John Doe, BBC News, Port-au-Prince Haiti was very short of doctors even before the storm.",
])
def test_name_and_role_lines_that_are_sentences_stay(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


# round thirty (#16): the report's first sentence opens on the byline's place said again
@pytest.mark.parametrize(("line", "byline", "sentence"), [
    ("Tom Farrow, BBC News, Jacmel Jacmel, an old port town, was badly hit by the quake, residents said.",
     "Tom Farrow, BBC News, Jacmel", "Jacmel, an old port town, was badly hit by the quake, residents said."),
    ("Mary Dalton BBC News, Mobile, Alabama Mobile prides itself on its quiet beaches and its fishing fleet.",
     "Mary Dalton BBC News, Mobile, Alabama", "Mobile prides itself on its quiet beaches and its fishing fleet."),
])
def test_byline_before_its_place_said_again_is_cut(line, byline, sentence):
    text = LEAD + line + TAIL
    assert _cut(text).get(byline) == "byline"
    assert sentence in clean_text(text).text


def test_place_that_is_one_word_twice_is_not_split():
    # twin: a place named by one word written twice goes on with a capital: the repeat is
    # the place's own, and the sentence opens at "The" (the older run-on test), not inside it
    line = "Mary Dalton BBC News, Walla Walla The town's mayor said on Friday that the water was safe to drink."
    text = LEAD + line + TAIL
    assert _cut(text).get("Mary Dalton BBC News, Walla Walla") == "byline"
    assert "The town's mayor said on Friday" in clean_text(text).text


def test_place_said_again_in_a_sentence_with_no_byline_stays():
    # twin: a sentence that names a town twice, no newsroom before it: nothing cut
    line = "Officials in Jacmel said Jacmel, an old port town, was badly hit by the quake on Tuesday."
    text = LEAD + line + TAIL
    assert line in clean_text(text).text
    assert not _cut(text)


# round thirty (#16): the reporter's own name said again after the place (a clip caption)
def test_byline_before_its_reporters_name_said_again_is_cut():
    line = ("By Jo Dorran Science reporter, BBC News, Lima Jo Dorran looks at the work inside the control room "
            "Behind the plain front of an office block, engineers work in shifts.")
    text = LEAD + line + TAIL
    assert _cut(text).get("By Jo Dorran Science reporter, BBC News, Lima") == "byline"
    assert "Behind the plain front of an office block, engineers work in shifts." in clean_text(text).text


def test_longer_name_after_the_place_is_not_read_as_the_reporter():
    # twin: the two words go on with a capital: another person's longer name, nothing cut
    line = "Jo Dorran BBC News, Lima Jo Dorran Smith said on Friday that the water in the town was safe to drink."
    text = LEAD + line + TAIL
    assert line in clean_text(text).text
    assert not _cut(text)


# ---------------------------------------------------------------- closing slogans

def test_closing_run_of_slogans_is_cut():
    line = ("A fast low-cost network for freight tracking and parcel delivery A joined-up way to manage payroll, "
            "audit and tax Our newest Acme research toolkit")
    text = LEAD + TAIL.strip() + "\n\n" + line
    assert _cut(text).get(line) == "promo"
    assert "The government said it would publish" in clean_text(text).text


@pytest.mark.parametrize("line", [
    # the article's last sentence without its full stop: it has its verb
    "Residents said they would rebuild the market The council promised help This is welcome news for them",
    "Nobody seems to weigh the danger any longer The danger is near The threat is close",
    # a fact line: its figure
    "Oil spilled so far A total of 4.9 million barrels The cost of the clean-up An estimated sum",
    # one phrase run into another only: not a run of slogans
    "A long road ahead for the fishing villages of the coast and their families",
])
def test_closing_lines_that_are_article_text_stay(line):
    text = LEAD + TAIL.strip() + "\n\n" + line
    assert line in clean_text(text).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


# ---------------------------------------------------------------- lists of other stories

_ARTICLE = ("The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of "
            "its piers, and said repairs would take most of next year.\n\n"
            "Residents on both banks said the detour would add half an hour to every trip into town.\n\n"
            "Shop owners near the bridge said they feared losing customers, and asked the council for help with "
            "their rents while the work goes on. The council said it would consider the request next month, after "
            "it has seen the final cost of the repairs.\n\n")


def test_list_of_other_stories_with_title_author_date_is_cut():
    records = [("Storm floods the harbour road", "Jane Roe", "Wednesday November 20, 2019",
                "The harbour road was closed for the third time this month."),
               ("School meals to cost more", "John Doe", "Tuesday November 19, 2019",
                "Parents will pay ten pence more for each meal from January."),
               ("New mayor sworn in", "Ann Smith", "Monday November 18, 2019",
                "The ceremony took place in the old town hall.")]
    text = _ARTICLE + "\n\n".join("\n\n".join(r) for r in records)
    cleaned = clean_text(text)
    assert "Residents on both banks said" in cleaned.text
    for title, author, date, teaser in records:
        assert all(x not in cleaned.text for x in (title, author, date, teaser))


def test_chronology_with_dates_alone_stays():
    # an article's timeline: a date line above each entry, the previous entry's prose above the date
    entries = [("March 3, 2010", "The first cracks were reported by a ferry captain."),
               ("April 9, 2010", "Engineers closed one lane while they inspected the piers."),
               ("May 21, 2010", "The council received the engineers' report."),
               ("June 30, 2010", "Repairs were put out to tender.")]
    text = (_ARTICLE + "The council's papers show how the problem grew over the year, month by month, from the "
            "first report of a crack to the call for tenders.\n\n" + "\n\n".join(f"{d}\n\n{e}" for d, e in entries))
    cleaned = clean_text(text)
    for d, e in entries:
        assert d in cleaned.text and e in cleaned.text


def test_two_records_are_not_a_list():
    records = [("Storm floods the harbour road", "Jane Roe", "Wednesday November 20, 2019",
                "The harbour road was closed for the third time this month."),
               ("School meals to cost more", "John Doe", "Tuesday November 19, 2019",
                "Parents will pay ten pence more for each meal from January.")]
    text = _ARTICLE + "\n\n".join("\n\n".join(r) for r in records)
    assert "Parents will pay ten pence more" in clean_text(text).text


# ---------------------------------------------------------------- headings in capitals

def test_capitals_heading_run_into_a_quote_is_split_off_as_its_own_line():
    line = ('Here are the main facts about the leak, which began when the platform blew up: THE SIZE OF THE DISASTER '
            '"This may well be the worst spill we have ever dealt with," adviser Carol Browner said on Sunday.')
    cleaned = clean_text(LEAD + line + TAIL)
    # round fifteen (16c): the heading split off is a crosshead and goes as one
    assert "THE SIZE OF THE DISASTER" not in cleaned.text
    assert any(r.text == "THE SIZE OF THE DISASTER" and r.reason.startswith("heading") for r in cleaned.removed)
    assert "which began when the platform blew up:" in cleaned.text
    assert '\n\n"This may well be the worst spill we have ever dealt with," adviser Carol Browner said on Sunday.' in cleaned.text


@pytest.mark.parametrize("line", [
    # acronyms in a sentence: fewer capital words, no function word, a lower-case word after
    "US EPA FDA NOAA officials said more tests were needed before the beaches could reopen.",
    # three acronyms, no function word: names opening a sentence
    "NASA ESA JAXA Engineers said the launch would go ahead on Friday if the weather held.",
    # two capital words only
    "NEW YORK The city council met on Monday to discuss the budget for next year.",
])
def test_acronyms_and_short_capital_runs_stay_in_their_sentence(line):
    assert line in clean_text(LEAD + line + TAIL).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


# ---------------------------------------------------------------- round five, third pass (16g)

@pytest.mark.parametrize(("line", "byline", "sentence"), [
    # the sentence opens with a hyphenated number word
    ("Marek Pollard, BBC News, Haiti Thirty-six hours after the storm, we flew into the capital.",
     "Marek Pollard, BBC News, Haiti", "Thirty-six hours after the storm, we flew into the capital."),
    # the sentence's first word carries a comma ("Food, water ...")
    ("Marek Pollard, BBC correspondent, with an aid convoy in Haiti Food, fuel and tents are needed for months.",
     "Marek Pollard, BBC correspondent, with an aid convoy in Haiti", "Food, fuel and tents are needed for months."),
])
def test_byline_glued_to_a_sentence_opening_with_a_number_word_or_a_list(line, byline, sentence):
    text = LEAD + "The food was running out in the camps.\n\n" + line + TAIL
    cleaned = clean_text(text)
    assert _cut(text).get(byline) == "byline"
    assert sentence in cleaned.text


def test_byline_glued_to_a_sentence_opening_with_a_name_after_the_place_is_cut():
    # no word after the place says by its case where the sentence opens ("Given Brazil's"):
    # the tagger reads the place's words as names and the rest as a complete clause
    line = "Jane Roe, BBC News, Sao Paulo Given Brazil's role in the mission, the quake has caused a lot of concern here."
    text = LEAD + "The food was running out in the camps.\n\n" + line + TAIL
    assert _cut(text).get("Jane Roe, BBC News, Sao Paulo") == "byline"
    assert "Given Brazil's role in the mission, the quake has caused a lot of concern here." in clean_text(text).text


def test_byline_shape_going_on_in_lower_case_stays():
    line = "Jane Roe, BBC News, said the talks would go on through the night in the capital."
    assert line in clean_text(LEAD + line + TAIL).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


def test_byline_shaped_line_with_a_capitalised_place_after_it_stays():
    # "Port-au-Prince" is a name, not a common word: no sentence opens there
    line = "Marek Pollard, BBC News, Haiti Port-au-Prince was almost silent after the second tremor."
    assert line in clean_text(LEAD + line + TAIL).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


@pytest.mark.parametrize(("line", "caption", "sentence"), [
    ("Dorian Dale (left) with Emil Lorne from Operation Kindred Our paramedic team arrived this morning from Israel.",
     "Dorian Dale (left) with Emil Lorne from Operation Kindred", "Our paramedic team arrived this morning from Israel."),
    ("Jane Roe (pictured) at the airport in Miami The first flight carried twenty doctors and nurses.",
     "Jane Roe (pictured) at the airport in Miami", "The first flight carried twenty doctors and nurses."),
])
def test_caption_with_a_position_marker_glued_to_a_sentence_is_cut(line, caption, sentence):
    text = LEAD + line + TAIL
    assert _cut(text).get(caption) == "caption"
    assert sentence in clean_text(text).text


def test_caption_with_a_position_marker_on_its_own_line_is_cut():
    line = "Emil Lorne (second left) with the Operation Kindred team in Port-au-Prince"
    assert _cut(LEAD + line + "\n\n" + TAIL).get(line) == "caption"


@pytest.mark.parametrize("line", [
    # a sentence about the person pictured: the marker, then the sentence's own verb
    "Dorian Dale (left) said the team had worked through the night at the hospital.",
    "Jane Roe (pictured) told the BBC that the first flight carried twenty doctors.",
])
def test_sentence_with_a_position_marker_stays(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)
    assert not _cut(text)


@pytest.mark.parametrize(("line", "heading", "sentence"), [
    # a diary header: a day, a date, a dash and the writer's name (split off, then cut as a
    # byline since round ten: it says who wrote the entry and when)
    ("SUNDAY 4 MARCH - JANE ROE This morning I flew back from my first visit to the capital.",
     "SUNDAY 4 MARCH - JANE ROE", "This morning I flew back from my first visit to the capital."),
])
def test_diary_header_in_capitals_is_split_off_and_cut(line, heading, sentence):
    cleaned = clean_text(LEAD + line + TAIL)
    assert f"\n\n{sentence}" in cleaned.text and heading not in cleaned.text
    assert any(r.text == heading and r.reason.startswith("byline") for r in cleaned.removed)


@pytest.mark.parametrize("line", [
    # a reader's signature run into the reader's text: name, town, country in capitals
    "BARBARA JONES, MILTON KEYNES, UK One of my relatives managed to speak to our family on Friday.",
    # the same on a line of its own
    "JANE ROE, LEIGH-ON-SEA, UK",
])
def test_signature_in_capitals_is_cut_as_a_byline(line):
    cleaned = clean_text(LEAD + line + TAIL)
    assert "JONES" not in cleaned.text and "ROE" not in cleaned.text
    assert any(r.reason.startswith("byline") and "UK" in r.text for r in cleaned.removed)
    if "One of my" in line:
        assert "\n\nOne of my relatives managed to speak to our family on Friday." in cleaned.text


@pytest.mark.parametrize("line", [
    # headings in capitals with commas: a one-word first part, a function word, two parts
    "WAR, PEACE, HUNGER The talks went on through the night in the capital.",
    "DAYS OF RAGE, NIGHTS OF FEAR, WEEKS OF WAITING The talks went on through the night.",
    "DEATH TOLL, DAY THREE The talks went on through the night in the capital.",
])
def test_headings_in_capitals_with_commas_are_not_signatures(line):
    cleaned = clean_text(LEAD + line + TAIL)
    assert "The talks went on through the night" in cleaned.text
    assert not any(r.reason.startswith("byline") for r in cleaned.removed)


@pytest.mark.parametrize("line", [
    # a figure between two acronyms, then lower-case words: a sentence
    "US 17 UK officials said the talks would resume in the spring after the election.",
    # two capital words and a number: too short for a heading
    "NEW YORK, 17 The city council met on Monday to discuss the budget for next year.",
])
def test_capitals_with_numbers_and_commas_in_a_sentence_stay(line):
    assert line in clean_text(LEAD + line + TAIL).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


def test_capitals_run_ending_in_a_preposition_is_not_a_heading():
    line = "REST GRANT THEM O LORD, AND LET LIGHT SHINE UPON The soldiers who died in the war are remembered today."
    assert line in clean_text(LEAD + line + TAIL).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


def test_capitals_heading_ending_in_a_short_preposition_is_split_off():
    line = "THE TOWN WE GREW UP IN Roe is one of those leaders that the voters trust."
    cleaned = clean_text(LEAD + line + TAIL)
    # round fifteen (16c): split off, then cut as a crosshead; the sentence stays whole
    assert "THE TOWN WE GREW UP IN" not in cleaned.text and "\n\nRoe is one of those leaders" in cleaned.text
    assert any(r.text == "THE TOWN WE GREW UP IN" and r.reason.startswith("heading") for r in cleaned.removed)


# ---------------------------------------------------------------- a speaker's video caption

@pytest.mark.parametrize("caption, sentence", [
    ('Ban Ki-moon: "Marotia will need all the help the world can give"',
     "Up to 90 UN staff are still missing after the collapse of the mission's headquarters."),
    ("Jane Roe: ` We are facing a very grave emergency'",
     "Officials said at least 9 people had died when the offices fell in."),
])
def test_speaker_caption_run_into_a_sentence_is_cut(caption, sentence):
    text = LEAD + caption + " " + sentence + TAIL
    assert _cut(text).get(caption) == "caption"
    assert sentence in clean_text(text).text


@pytest.mark.parametrize("line", [
    # a transcript's line: the quotation ends with a stop
    'Mr Smith: "We will rebuild the town." The president spoke in the capital on Tuesday.',
    # the quotation goes on in the sentence: no whole clause after it
    'Jane Roe: "We will make them pay" was the headline on Tuesday morning.',
    # a label, not a name, before the colon
    'Update: "Rescue teams have arrived at the port" The ships were unloaded on Tuesday.',
])
def test_speaker_and_quotation_that_are_prose_stay(line):
    text = LEAD + line + TAIL
    assert line in clean_text(text).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


# 16o: a place written as one hyphenated name ("Port-au-Prince") after the newsroom: the
# tagger splits it at its hyphens; it counts as one place word, and the sentence after it
# opens where the parse says so
@pytest.mark.parametrize(("line", "byline", "sentence"), [
    ("Jane Roe, BBC News, Port-au-Prince Wherever we walked, families were sifting through broken walls for food.",
     "Jane Roe, BBC News, Port-au-Prince", "Wherever we walked, families were sifting through broken walls for food."),
    ("Marek Pollard, BBC News, Stoke-on-Trent The council has closed three schools after the storm on Friday.",
     "Marek Pollard, BBC News, Stoke-on-Trent", "The council has closed three schools after the storm on Friday."),
])
def test_byline_glued_to_a_sentence_after_a_hyphenated_place_is_cut(line, byline, sentence):
    text = LEAD + "The food was running out in the camps.\n\n" + line + TAIL
    cleaned = clean_text(text)
    assert _cut(text).get(byline) == "byline"
    assert sentence in cleaned.text


@pytest.mark.parametrize("line", [
    # the byline's shape goes on after the place with a comma and a verb: a sentence naming a correspondent
    "Jane Roe, BBC News, Port-au-Prince, said the port would reopen on Monday for the first ships.",
    # a second name after the hyphenated place, then a verb in lower case: no word says where a sentence opens
    "Jane Roe, BBC News, Port-au-Prince Ellery had few paved roads long before the storm reached the coast.",
    # a correspondent named inside a sentence, the place hyphenated
    "Jane Roe, the BBC News correspondent in Port-au-Prince, says the camps are running out of water.",
])
def test_sentences_naming_a_correspondent_in_a_hyphenated_place_stay(line):
    text = LEAD + "The food was running out in the camps.\n\n" + line + TAIL
    assert clean_text(text).removed == [] or all("Port-au-Prince" not in r.text for r in clean_text(text).removed)
    assert line in clean_text(text).text.replace("\n\n", " ")


# ------------------------------------------------ the hyphenated-place reader (16o)


@given(st.text(alphabet="Pa-rt Eloy-Ssun,.", max_size=60))
def test_hyphened_places_are_whole_capitalised_words_at_the_line_start(rest):
    spans = _hyphened_places(rest)
    for a, b in spans:
        word = rest[a:b]
        assert _HYPHENED_PLACE.fullmatch(word) and (a == 0 or rest[a - 1].isspace()) and (b == len(rest) or rest[b].isspace())
        assert all(w[:1].isupper() for w in rest[:a].split())  # only in the opening run of capitalised words
    if not rest.split() or not rest.split()[0][:1].isupper():
        assert spans == []

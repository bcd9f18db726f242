"""Round fifty, engineer e2 (issue 18): a colon lead-in that brings in another voice than the
speaker of the quote before breaks the carry (quotes._foreign_lead). Every shape has a test
that fires and a must-not-fire twin, each on a short invented text run through the whole
per-document stage."""

from __future__ import annotations

from pipeline_helpers import quoted_analysis

_BEFORE = "Police chief Tom Lester said the man had been arrested twice. \"He is known to us,\" Lester said.\n\n"


def _speaker(text: str, part: str):
    a = quoted_analysis(text)
    qs = [q for q in a.quotes if part in q.text]
    assert len(qs) == 1, [q.text for q in a.quotes]
    q = qs[0]
    name = a.mentions[q.speaker_mention].text if q.speaker_mention is not None else q.speaker_text
    return name, q


def _carried(text: str, part: str, who: str = "Lester") -> None:
    name, q = _speaker(text, part)
    assert name is not None and who in name and q.speaker_confidence >= 0.5, (name, q.speaker_evidence)


def _open(text: str, part: str, why: str) -> None:
    name, q = _speaker(text, part)
    assert name is None and q.speaker_confidence == 0.0 and why in q.speaker_evidence, (name, q.speaker_evidence)


# --- a told or written thing for the lead's subject ---

def test_the_story_goes_is_no_speakers_lead():
    _open(_BEFORE + "The story goes: \"As the thugs ran through the home, Mr. Hale disarmed them one by one.\"\n",
          "thugs ran", "a told or written thing ('story')")


def test_his_story_goes_on_is_the_speaker_before_twin():
    # a possessive pronoun owner: most often the speaker before's own
    _carried(_BEFORE + "His story goes: \"As the thugs ran through the home, I disarmed them one by one.\"\n",
             "thugs ran")


# --- a round-up's credit of a report to its writer ---

_ROUNDUP = ("\"The shows will go on,\" said Mark Levine, the club's owner.\n\n"
            "FAREWELL - \"The Blue Room to close at the end of May,\" by Times' Ben Sisal: "
            "\"The Blue Room, a nightclub that hosted singers for 18 years, will close.\"\n")


def test_a_reports_credit_to_its_writer_is_no_speakers_lead():
    _open(_ROUNDUP, "nightclub that hosted", "")
    _open(_ROUNDUP, "to close at the end of May", "credited to its writer")


def test_a_lead_that_goes_on_is_the_speaker_before_twin():
    _carried("\"The shows will go on,\" said Mark Levine, the club's owner.\n\n"
             "He went on: \"The Blue Room, a nightclub that hosted singers for 18 years, will close.\"\n",
             "nightclub that hosted", "Levine")


# --- a relay of another's words ---

_SENATOR = "Senator Jane Hill called on Congress to act. \"Funding is needed now,\" Hill said.\n\n"


def test_a_retweeted_message_that_read_is_not_the_retweeters():
    _open(_SENATOR + "She retweeted a message from her adviser, Ann Cole, that read: "
          "\"Public health emergencies are no place for politics.\"\n", "no place for politics", "gives the words of the thing it names")


def test_a_relay_verb_with_another_owner_is_not_the_speakers():
    _open(_SENATOR + "Hill then read a letter from the governor: \"Public health emergencies are no place for politics.\"\n",
          "no place for politics", "relays another's letter")


def test_she_went_on_is_the_speaker_before_twin():
    _carried(_SENATOR + "She went on: \"Public health emergencies are no place for politics.\"\n",
             "no place for politics", "Hill")


# --- a subject marked as someone else, or no one person ---

_FRY = "\"We are glad,\" said Bob Fry, a local shop owner.\n\n"


def test_another_resident_is_not_the_speaker_before():
    _open(_FRY + "Another resident was blunter: \"This town hall was a waste of time.\"\n",
          "waste of time", "marked as someone else")


def test_the_resident_may_be_the_speaker_before_twin():
    _carried(_FRY + "Fry was blunter: \"This town hall was a waste of time.\"\n", "waste of time", "Fry")


def test_they_after_one_mans_words_is_no_carry():
    _open(_FRY + "They were pleading: \"Give us jobs.\"\n", "Give us jobs", "'They', no one person")


def test_the_reader_you_is_no_carry():
    _open(_FRY + "So there you have it: \"Do something!\"\n", "Do something", "'you', no one person")


def test_he_was_pleading_is_the_speaker_before_twin():
    _carried(_FRY + "He was pleading: \"Give us jobs.\"\n", "Give us jobs", "Fry")


def test_a_things_it_doing_a_deed_is_no_carry():
    _open(_FRY + "Once again, it turns the focus on its contractors: \"More information may come from the contractors.\"\n",
          "More information", "a thing doing 'turns'")


def test_a_passive_it_with_the_speakers_explanation_twin():
    # "It was accompanied with the explanation:": the picture's, the speaker before's words
    _carried("\"I saw it myself,\" said Quin Walters, a blogger.\n\n"
             "It was accompanied with the explanation: \"This image of a giant crab was taken last weekend.\"\n",
             "giant crab", "Walters")


# --- a label lead the tagger left untyped, naming another ---

_HEARING = ("5.36 pm: Now it is Henry Waxman's turn.\n\n"
            "Waxman snaps: \"I want to know whether you have kept your commitment.\"\n\n")


def test_an_untyped_label_after_a_stamp_is_not_the_speaker_before():
    # "Hayward" is typed nowhere in this text: the label names another than Waxman, so the
    # words are not carried to him
    name, q = _speaker(_HEARING + "5.33 pm: Hayward: \"With respect, sir, we drill hundreds of wells.\"\n",
                       "we drill hundreds")
    assert name is None or "Waxman" not in name, (name, q.speaker_evidence)


def test_a_label_naming_the_speaker_before_goes_on_twin():
    _carried(_HEARING + "5.33 pm: Waxman: \"With respect, sir, you drill hundreds of wells.\"\n",
             "drill hundreds", "Waxman")


# --- a posting author after a sentence of the writer's in the same paragraph ---

def test_a_posting_author_after_the_writers_sentence_is_the_speaker():
    name, q = _speaker("\"We will fight this,\" the company said in a statement from Acme Corp.\n\n"
                       "Shares in Acme slipped 1.7% at 413.7p. Jane Roe emails: \"Reaction to the report is starting to flow.\"\n",
                       "Reaction to the report")
    assert name == "Jane Roe", (name, q.speaker_evidence)


def test_a_posting_author_opening_the_paragraph_still_reads_twin():
    name, q = _speaker("\"We will fight this,\" the company said in a statement from Acme Corp.\n\n"
                       "Jane Roe emails: \"Reaction to the report is starting to flow.\"\n", "Reaction to the report")
    assert name == "Jane Roe", (name, q.speaker_evidence)


def test_a_we_in_a_lead_that_names_the_speaker_before_twin():
    # "According to Lester, we are not there yet:": the lead names the speaker before; its "we"
    # is his, and the words stay his
    _carried(_BEFORE + "According to Tom Lester, we are not there yet: \"The number of cases remains under twenty.\"\n",
             "remains under twenty")


def test_a_told_thing_inside_a_reported_clause_is_no_subject_of_the_lead_twin():
    # "Lester notes that a report ... raised ...:": the report is the subject of the clause he
    # reports, not of the lead; the words after the colon are his
    name, q = _speaker(_BEFORE + "Lester notes that a report by the council raised six points, but that few are addressed: "
                       "\"The report gives lots of detail but not the detail needed.\"\n\n"
                       "\"You will get the lawyers playing clever games.\"\n", "clever games")
    assert name is not None and "Lester" in name, (name, q.speaker_evidence)
